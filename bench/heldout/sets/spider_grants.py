"""Held-out set spider_grants: Spider's ``tracking_grants_for_research`` database (text-to-SQL).

Research grants to organisations (named only by lorem-ipsum ``organisation_details``), their
documents, projects, tasks and outcomes, research staff (lorem-ipsum ``staff_details``) and their
roles on projects with start and end dates; ``tasks`` has a column named ``eg Agree Objectives``
(empty). All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file
under DDL typed from the file's own declarations and checked against its values:
``INT``/``INTEGER`` as ``integer``, ``REAL`` as ``double precision``, ``DECIMAL``/``NUMERIC`` as
``numeric``, ``DATETIME`` as ``timestamp``, ``DATE`` as ``date``, ``TEXT`` and ``VARCHAR``/``CHAR``
lengths kept, names unquoted (so lower case) unless they need quotes; primary keys kept where the
file's rows are unique on them, foreign keys left out. Besides: ``eg Agree Objectives`` quoted (a
name with spaces).
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/tracking_grants_for_research/tracking_grants_for_research.sqlite "
    "(Spider's tracking_grants_for_research, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "document_types": (
        "Document_Types",
        (
            "document_type_code varchar(10) NOT NULL",
            "document_description varchar(255)",
        ),
        "PRIMARY KEY (document_type_code)",
    ),
    "documents": (
        "Documents",
        (
            "document_id integer NOT NULL",
            "document_type_code varchar(10)",
            "grant_id integer",
            "sent_date timestamp",
            "response_received_date timestamp",
            "other_details varchar(255)",
        ),
        "PRIMARY KEY (document_id)",
    ),
    "grants": (
        "Grants",
        (
            "grant_id integer NOT NULL",
            "organisation_id integer",
            "grant_amount numeric(19,4)",
            "grant_start_date timestamp",
            "grant_end_date timestamp",
            "other_details varchar(255)",
        ),
        "PRIMARY KEY (grant_id)",
    ),
    "organisation_types": (
        "Organisation_Types",
        (
            "organisation_type varchar(10) NOT NULL",
            "organisation_type_description varchar(255)",
        ),
        "PRIMARY KEY (organisation_type)",
    ),
    "organisations": (
        "Organisations",
        (
            "organisation_id integer NOT NULL",
            "organisation_type varchar(10)",
            "organisation_details varchar(255)",
        ),
        "PRIMARY KEY (organisation_id)",
    ),
    "project_outcomes": (
        "Project_Outcomes",
        (
            "project_id integer",
            "outcome_code varchar(10)",
            "outcome_details varchar(255)",
        ),
        "",
    ),
    "project_staff": (
        "Project_Staff",
        (
            "staff_id double precision NOT NULL",
            "project_id integer",
            "role_code varchar(10)",
            "date_from timestamp",
            "date_to timestamp",
            "other_details varchar(255)",
        ),
        "PRIMARY KEY (staff_id)",
    ),
    "projects": (
        "Projects",
        (
            "project_id integer NOT NULL",
            "organisation_id integer",
            "project_details varchar(255)",
        ),
        "PRIMARY KEY (project_id)",
    ),
    "research_outcomes": (
        "Research_Outcomes",
        (
            "outcome_code varchar(10) NOT NULL",
            "outcome_description varchar(255)",
        ),
        "PRIMARY KEY (outcome_code)",
    ),
    "research_staff": (
        "Research_Staff",
        (
            "staff_id integer NOT NULL",
            "employer_organisation_id integer",
            "staff_details varchar(255)",
        ),
        "PRIMARY KEY (staff_id)",
    ),
    "staff_roles": (
        "Staff_Roles",
        (
            "role_code varchar(10) NOT NULL",
            "role_description varchar(255)",
        ),
        "PRIMARY KEY (role_code)",
    ),
    "tasks": (
        "Tasks",
        (
            "task_id integer NOT NULL",
            "project_id integer",
            "task_details varchar(255)",
            '"eg Agree Objectives" varchar(1)',
        ),
        "PRIMARY KEY (task_id)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of tracking_grants_for_research as one PostgreSQL script."""
    data = read(
        "datasets/spider/database/tracking_grants_for_research/tracking_grants_for_research.sqlite"
    )
    return sqlitesource.script(data, _TABLES, ENGINE)
