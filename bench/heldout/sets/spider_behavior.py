"""Held-out set spider_behavior: the ``behavior_monitoring`` database of Spider (text-to-SQL).

A school's students and teachers (names, mobile numbers, e-mail addresses), their addresses and
rentals, assessment notes, behaviour incidents, detentions and reference tables, all eleven tables
and all their rows, loaded into PostgreSQL from the benchmark's SQLite file with the DDL
translated by hand: the same snake-case columns in the same order, ``DATETIME`` as
``timestamp``, ``DECIMAL(19,4)`` as ``numeric(19,4)``; primary keys kept, foreign keys left out.
The address table is used by students and teachers only.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/behavior_monitoring/behavior_monitoring.sqlite "
    "(Spider's behavior_monitoring, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "ref_address_types": (
        "Ref_Address_Types",
        (
            "address_type_code varchar(15) NOT NULL",
            "address_type_description varchar(80)",
        ),
        "PRIMARY KEY (address_type_code)",
    ),
    "ref_detention_type": (
        "Ref_Detention_Type",
        (
            "detention_type_code varchar(10) NOT NULL",
            "detention_type_description varchar(80)",
        ),
        "PRIMARY KEY (detention_type_code)",
    ),
    "ref_incident_type": (
        "Ref_Incident_Type",
        (
            "incident_type_code varchar(10) NOT NULL",
            "incident_type_description varchar(80)",
        ),
        "PRIMARY KEY (incident_type_code)",
    ),
    "addresses": (
        "Addresses",
        (
            "address_id integer NOT NULL",
            "line_1 varchar(120)",
            "line_2 varchar(120)",
            "line_3 varchar(120)",
            "city varchar(80)",
            "zip_postcode varchar(20)",
            "state_province_county varchar(50)",
            "country varchar(50)",
            "other_address_details varchar(255)",
        ),
        "PRIMARY KEY (address_id)",
    ),
    "students": (
        "Students",
        (
            "student_id integer NOT NULL",
            "address_id integer NOT NULL",
            "first_name varchar(80)",
            "middle_name varchar(40)",
            "last_name varchar(40)",
            "cell_mobile_number varchar(40)",
            "email_address varchar(40)",
            "date_first_rental timestamp",
            "date_left_university timestamp",
            "other_student_details varchar(255)",
        ),
        "PRIMARY KEY (student_id)",
    ),
    "teachers": (
        "Teachers",
        (
            "teacher_id integer NOT NULL",
            "address_id integer NOT NULL",
            "first_name varchar(80)",
            "middle_name varchar(80)",
            "last_name varchar(80)",
            "gender varchar(1)",
            "cell_mobile_number varchar(40)",
            "email_address varchar(40)",
            "other_details varchar(255)",
        ),
        "PRIMARY KEY (teacher_id)",
    ),
    "assessment_notes": (
        "Assessment_Notes",
        (
            "notes_id integer NOT NULL",
            "student_id integer",
            "teacher_id integer NOT NULL",
            "date_of_notes timestamp",
            "text_of_notes varchar(255)",
            "other_details varchar(255)",
        ),
        "",
    ),
    "behavior_incident": (
        "Behavior_Incident",
        (
            "incident_id integer NOT NULL",
            "incident_type_code varchar(10) NOT NULL",
            "student_id integer NOT NULL",
            "date_incident_start timestamp",
            "date_incident_end timestamp",
            "incident_summary varchar(255)",
            "recommendations varchar(255)",
            "other_details varchar(255)",
        ),
        "PRIMARY KEY (incident_id)",
    ),
    "detention": (
        "Detention",
        (
            "detention_id integer NOT NULL",
            "detention_type_code varchar(10) NOT NULL",
            "teacher_id integer",
            "datetime_detention_start timestamp",
            "datetime_detention_end timestamp",
            "detention_summary varchar(255)",
            "other_details varchar(255)",
        ),
        "PRIMARY KEY (detention_id)",
    ),
    "student_addresses": (
        "Student_Addresses",
        (
            "student_id integer NOT NULL",
            "address_id integer NOT NULL",
            "date_address_from timestamp NOT NULL",
            "date_address_to timestamp",
            "monthly_rental numeric(19,4)",
            "other_details varchar(255)",
        ),
        "",
    ),
    "students_in_detention": (
        "Students_in_Detention",
        (
            "student_id integer NOT NULL",
            "detention_id integer NOT NULL",
            "incident_id integer NOT NULL",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of behavior_monitoring as one PostgreSQL script."""
    data = read("datasets/spider/database/behavior_monitoring/behavior_monitoring.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
