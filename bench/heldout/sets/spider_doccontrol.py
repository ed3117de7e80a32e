"""Held-out set spider_doccontrol: the ``cre_Doc_Control_Systems`` database of Spider (text-to-SQL).

Documents sent by shipping agents, their drafts and copies, the employees (first names, a role
code, a one-letter ``other_details``) who handled the copies, and the addresses documents were
mailed to (``address_details`` holds only a country code); reference tables of document types,
statuses, roles and agents. All tables and all their rows, loaded into PostgreSQL from the
benchmark's SQLite file under DDL typed from the file's own declarations and checked against its
values: ``INT``/``INTEGER`` as ``integer``, ``REAL`` as ``double precision``,
``DECIMAL``/``NUMERIC`` as ``numeric``, ``DATETIME`` as ``timestamp``, ``DATE`` as ``date``,
``TEXT`` and ``VARCHAR``/``CHAR`` lengths kept, names unquoted (so lower case) unless they need
quotes; primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/cre_Doc_Control_Systems/cre_Doc_Control_Systems.sqlite "
    "(Spider's cre_Doc_Control_Systems, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "ref_document_types": (
        "Ref_Document_Types",
        (
            "document_type_code char(15) NOT NULL",
            "document_type_description varchar(255)",
        ),
        "PRIMARY KEY (document_type_code)",
    ),
    "roles": (
        "Roles",
        (
            "role_code char(15) NOT NULL",
            "role_description varchar(255)",
        ),
        "PRIMARY KEY (role_code)",
    ),
    "addresses": (
        "Addresses",
        (
            "address_id integer NOT NULL",
            "address_details varchar(255)",
        ),
        "PRIMARY KEY (address_id)",
    ),
    "ref_document_status": (
        "Ref_Document_Status",
        (
            "document_status_code char(15) NOT NULL",
            "document_status_description varchar(255)",
        ),
        "PRIMARY KEY (document_status_code)",
    ),
    "ref_shipping_agents": (
        "Ref_Shipping_Agents",
        (
            "shipping_agent_code char(15) NOT NULL",
            "shipping_agent_name varchar(255)",
            "shipping_agent_description varchar(255)",
        ),
        "PRIMARY KEY (shipping_agent_code)",
    ),
    "documents": (
        "Documents",
        (
            "document_id integer NOT NULL",
            "document_status_code char(15)",
            "document_type_code char(15)",
            "shipping_agent_code char(15)",
            "receipt_date timestamp",
            "receipt_number varchar(255)",
            "other_details varchar(255)",
        ),
        "PRIMARY KEY (document_id)",
    ),
    "employees": (
        "Employees",
        (
            "employee_id integer NOT NULL",
            "role_code char(15)",
            "employee_name varchar(255)",
            "other_details varchar(255)",
        ),
        "PRIMARY KEY (employee_id)",
    ),
    "document_drafts": (
        "Document_Drafts",
        (
            "document_id integer NOT NULL",
            "draft_number integer NOT NULL",
            "draft_details varchar(255)",
        ),
        "PRIMARY KEY (document_id, draft_number)",
    ),
    "draft_copies": (
        "Draft_Copies",
        (
            "document_id integer NOT NULL",
            "draft_number integer NOT NULL",
            "copy_number integer NOT NULL",
        ),
        "PRIMARY KEY (document_id, draft_number, copy_number)",
    ),
    "circulation_history": (
        "Circulation_History",
        (
            "document_id integer NOT NULL",
            "draft_number integer NOT NULL",
            "copy_number integer NOT NULL",
            "employee_id integer NOT NULL",
        ),
        "PRIMARY KEY (document_id, draft_number, copy_number, employee_id)",
    ),
    "documents_mailed": (
        "Documents_Mailed",
        (
            "document_id integer NOT NULL",
            "mailed_to_address_id integer NOT NULL",
            "mailing_date timestamp",
        ),
        "PRIMARY KEY (document_id, mailed_to_address_id)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of cre_Doc_Control_Systems as one PostgreSQL script."""
    data = read("datasets/spider/database/cre_Doc_Control_Systems/cre_Doc_Control_Systems.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
