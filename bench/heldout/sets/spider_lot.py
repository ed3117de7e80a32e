"""Held-out set spider_lot: the ``local_govt_and_lot`` database of Spider (text-to-SQL).

A local government's customers (full names with titles in ``customer_details``), properties (street
addresses of houses and flats), their residents (full names in ``other_details``), organisations
(company names), services, things, customer events and notes, and the timed status and location
(cut-off street addresses) of things, all eleven tables and all their rows, loaded into PostgreSQL
from the benchmark's SQLite file with the DDL translated by hand: the same snake-case columns in
the same order, ``DATETIME`` as ``timestamp``; primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/local_govt_and_lot/local_govt_and_lot.sqlite "
    "(Spider's local_govt_and_lot, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "customers": (
        "Customers",
        (
            "customer_id integer NOT NULL",
            "customer_details varchar(255)",
        ),
        "PRIMARY KEY (customer_id)",
    ),
    "properties": (
        "Properties",
        (
            "property_id integer NOT NULL",
            "property_type_code char(15) NOT NULL",
            "property_address varchar(255)",
            "other_details varchar(255)",
        ),
        "PRIMARY KEY (property_id)",
    ),
    "residents": (
        "Residents",
        (
            "resident_id integer NOT NULL",
            "property_id integer NOT NULL",
            "date_moved_in timestamp NOT NULL",
            "date_moved_out timestamp NOT NULL",
            "other_details varchar(255)",
        ),
        "PRIMARY KEY (resident_id, property_id, date_moved_in)",
    ),
    "organizations": (
        "Organizations",
        (
            "organization_id integer NOT NULL",
            "parent_organization_id integer",
            "organization_details varchar(255)",
        ),
        "PRIMARY KEY (organization_id)",
    ),
    "services": (
        "Services",
        (
            "service_id integer NOT NULL",
            "organization_id integer NOT NULL",
            "service_type_code char(15) NOT NULL",
            "service_details varchar(255)",
        ),
        "PRIMARY KEY (service_id)",
    ),
    "residents_services": (
        "Residents_Services",
        (
            "resident_id integer NOT NULL",
            "service_id integer NOT NULL",
            "date_moved_in timestamp",
            "property_id integer",
            "date_requested timestamp",
            "date_provided timestamp",
            "other_details varchar(255)",
        ),
        "PRIMARY KEY (resident_id, service_id)",
    ),
    "things": (
        "Things",
        (
            "thing_id integer NOT NULL",
            "organization_id integer NOT NULL",
            "Type_of_Thing_Code char(15) NOT NULL",
            "service_type_code char(10) NOT NULL",
            "service_details varchar(255)",
        ),
        "PRIMARY KEY (thing_id)",
    ),
    "customer_events": (
        "Customer_Events",
        (
            "Customer_Event_ID integer NOT NULL",
            "customer_id integer",
            "date_moved_in timestamp",
            "property_id integer",
            "resident_id integer",
            "thing_id integer NOT NULL",
        ),
        "PRIMARY KEY (Customer_Event_ID)",
    ),
    "customer_event_notes": (
        "Customer_Event_Notes",
        (
            "Customer_Event_Note_ID integer NOT NULL",
            "Customer_Event_ID integer NOT NULL",
            "service_type_code char(15) NOT NULL",
            "resident_id integer NOT NULL",
            "property_id integer NOT NULL",
            "date_moved_in timestamp NOT NULL",
        ),
        "PRIMARY KEY (Customer_Event_Note_ID)",
    ),
    "timed_status_of_things": (
        "Timed_Status_of_Things",
        (
            "thing_id integer NOT NULL",
            "Date_and_Date timestamp NOT NULL",
            "Status_of_Thing_Code char(15) NOT NULL",
        ),
        "PRIMARY KEY (thing_id, Date_and_Date, Status_of_Thing_Code)",
    ),
    "timed_locations_of_things": (
        "Timed_Locations_of_Things",
        (
            "thing_id integer NOT NULL",
            "Date_and_Time timestamp NOT NULL",
            "Location_Code char(15) NOT NULL",
        ),
        "PRIMARY KEY (thing_id, Date_and_Time, Location_Code)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of local_govt_and_lot as one PostgreSQL script."""
    data = read("datasets/spider/database/local_govt_and_lot/local_govt_and_lot.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
