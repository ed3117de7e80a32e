"""Held-out set spider_doctracking: the ``cre_Doc_Tracking_DB`` database of Spider (text-to-SQL).

A document archive: employees (one name column, a mostly empty gender code, birth date, role, empty
other details), roles, locations, a calendar, documents (some named after the person whose CV they
are), where they are kept and which employees authorised and carried out their destruction, all
eight tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file with the
DDL translated by hand: the same Pascal-snake-case columns in the same order, ``DATETIME`` as
``timestamp``; primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/cre_Doc_Tracking_DB/cre_Doc_Tracking_DB.sqlite "
    "(Spider's cre_Doc_Tracking_DB, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "ref_document_types": (
        "Ref_Document_Types",
        (
            "Document_Type_Code char(15) NOT NULL",
            "Document_Type_Name varchar(255) NOT NULL",
            "Document_Type_Description varchar(255) NOT NULL",
        ),
        "PRIMARY KEY (Document_Type_Code)",
    ),
    "ref_calendar": (
        "Ref_Calendar",
        (
            "Calendar_Date timestamp NOT NULL",
            "Day_Number integer",
        ),
        "PRIMARY KEY (Calendar_Date)",
    ),
    "ref_locations": (
        "Ref_Locations",
        (
            "Location_Code char(15) NOT NULL",
            "Location_Name varchar(255) NOT NULL",
            "Location_Description varchar(255) NOT NULL",
        ),
        "PRIMARY KEY (Location_Code)",
    ),
    "roles": (
        "Roles",
        (
            "Role_Code char(15) NOT NULL",
            "Role_Name varchar(255)",
            "Role_Description varchar(255)",
        ),
        "PRIMARY KEY (Role_Code)",
    ),
    "all_documents": (
        "All_Documents",
        (
            "Document_ID integer NOT NULL",
            "Date_Stored timestamp",
            "Document_Type_Code char(15) NOT NULL",
            "Document_Name char(255)",
            "Document_Description char(255)",
            "Other_Details varchar(255)",
        ),
        "PRIMARY KEY (Document_ID)",
    ),
    "employees": (
        "Employees",
        (
            "Employee_ID integer NOT NULL",
            "Role_Code char(15) NOT NULL",
            "Employee_Name varchar(255)",
            "Gender_MFU char(1) NOT NULL",
            "Date_of_Birth timestamp NOT NULL",
            "Other_Details varchar(255)",
        ),
        "PRIMARY KEY (Employee_ID)",
    ),
    "document_locations": (
        "Document_Locations",
        (
            "Document_ID integer NOT NULL",
            "Location_Code char(15) NOT NULL",
            "Date_in_Location_From timestamp NOT NULL",
            "Date_in_Locaton_To timestamp",
        ),
        "PRIMARY KEY (Document_ID, Location_Code, Date_in_Location_From)",
    ),
    "documents_to_be_destroyed": (
        "Documents_to_be_Destroyed",
        (
            "Document_ID integer NOT NULL",
            "Destruction_Authorised_by_Employee_ID integer",
            "Destroyed_by_Employee_ID integer",
            "Planned_Destruction_Date timestamp",
            "Actual_Destruction_Date timestamp",
            "Other_Details varchar(255)",
        ),
        "PRIMARY KEY (Document_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of cre_Doc_Tracking_DB as one PostgreSQL script."""
    data = read("datasets/spider/database/cre_Doc_Tracking_DB/cre_Doc_Tracking_DB.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
