"""Held-out set spider_egov: the ``e_government`` database of the Spider text-to-SQL benchmark.

A public service's parties (people and organisations who book services and fill in forms), the
individuals and the organisations they are contacts of, addresses, services and forms, all ten
tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file with the DDL
translated by hand: the same snake-case columns in the same order, misspellings included
(``inidividual_phone``, ``service_descriptio``), ``DATETIME`` as ``timestamp``; primary keys kept,
foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/e_government/e_government.sqlite (Spider's e_government, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "addresses": (
        "Addresses",
        (
            "address_id integer NOT NULL",
            "line_1_number_building varchar(80)",
            "town_city varchar(50)",
            "zip_postcode varchar(20)",
            "state_province_county varchar(50)",
            "country varchar(50)",
        ),
        "PRIMARY KEY (address_id)",
    ),
    "services": (
        "Services",
        (
            "service_id integer NOT NULL",
            "service_type_code varchar(15) NOT NULL",
            "service_name varchar(80)",
            "service_descriptio varchar(255)",
        ),
        "PRIMARY KEY (service_id)",
    ),
    "forms": (
        "Forms",
        (
            "form_id integer NOT NULL",
            "form_type_code varchar(15) NOT NULL",
            "service_id integer",
            "form_number varchar(50)",
            "form_name varchar(80)",
            "form_description varchar(255)",
        ),
        "PRIMARY KEY (form_id)",
    ),
    "individuals": (
        "Individuals",
        (
            "individual_id integer NOT NULL",
            "individual_first_name varchar(80)",
            "individual_middle_name varchar(80)",
            "inidividual_phone varchar(80)",
            "individual_email varchar(80)",
            "individual_address varchar(255)",
            "individual_last_name varchar(80)",
        ),
        "PRIMARY KEY (individual_id)",
    ),
    "organizations": (
        "Organizations",
        (
            "organization_id integer NOT NULL",
            "date_formed timestamp",
            "organization_name varchar(255)",
            "uk_vat_number varchar(20)",
        ),
        "PRIMARY KEY (organization_id)",
    ),
    "parties": (
        "Parties",
        (
            "party_id integer NOT NULL",
            "payment_method_code varchar(15) NOT NULL",
            "party_phone varchar(80)",
            "party_email varchar(80)",
        ),
        "PRIMARY KEY (party_id)",
    ),
    "organization_contact_individuals": (
        "Organization_Contact_Individuals",
        (
            "individual_id integer NOT NULL",
            "organization_id integer NOT NULL",
            "date_contact_from timestamp NOT NULL",
            "date_contact_to timestamp",
        ),
        "PRIMARY KEY (individual_id, organization_id)",
    ),
    "party_addresses": (
        "Party_Addresses",
        (
            "party_id integer NOT NULL",
            "address_id integer NOT NULL",
            "date_address_from timestamp NOT NULL",
            "address_type_code varchar(15) NOT NULL",
            "date_address_to timestamp",
        ),
        "PRIMARY KEY (party_id, address_id)",
    ),
    "party_forms": (
        "Party_Forms",
        (
            "party_id integer NOT NULL",
            "form_id integer NOT NULL",
            "date_completion_started timestamp NOT NULL",
            "form_status_code varchar(20) NOT NULL",
            "date_fully_completed timestamp",
        ),
        "PRIMARY KEY (party_id, form_id)",
    ),
    "party_services": (
        "Party_Services",
        (
            "booking_id integer NOT NULL",
            "customer_id integer NOT NULL",
            "service_id integer NOT NULL",
            "service_datetime timestamp NOT NULL",
            "booking_made_date timestamp",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of e_government as one PostgreSQL script."""
    data = read("datasets/spider/database/e_government/e_government.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
