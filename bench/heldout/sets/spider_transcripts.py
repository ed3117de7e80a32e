"""Held-out set spider_transcripts: the ``student_transcripts_tracking`` database of the Spider
text-to-SQL benchmark.

A university's students (with an ``ssn`` column, a current and a permanent address), their
addresses, departments, degree programmes, courses, sections, semesters, enrolments and
transcripts, all eleven tables and all their rows, loaded into PostgreSQL from the benchmark's
SQLite file with the DDL translated by hand: the same snake-case columns in the same order,
``DATETIME`` as ``timestamp``; primary keys kept, foreign keys left out. The address table is used
by the students only.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/student_transcripts_tracking/student_transcripts_tracking.sqlite "
    "(Spider's student_transcripts_tracking, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "addresses": (
        "Addresses",
        (
            "address_id integer NOT NULL",
            "line_1 varchar(255)",
            "line_2 varchar(255)",
            "line_3 varchar(255)",
            "city varchar(255)",
            "zip_postcode varchar(20)",
            "state_province_county varchar(255)",
            "country varchar(255)",
            "other_address_details varchar(255)",
        ),
        "PRIMARY KEY (address_id)",
    ),
    "courses": (
        "Courses",
        (
            "course_id integer NOT NULL",
            "course_name varchar(255)",
            "course_description varchar(255)",
            "other_details varchar(255)",
        ),
        "PRIMARY KEY (course_id)",
    ),
    "departments": (
        "Departments",
        (
            "department_id integer NOT NULL",
            "department_name varchar(255)",
            "department_description varchar(255)",
            "other_details varchar(255)",
        ),
        "PRIMARY KEY (department_id)",
    ),
    "degree_programs": (
        "Degree_Programs",
        (
            "degree_program_id integer NOT NULL",
            "department_id integer NOT NULL",
            "degree_summary_name varchar(255)",
            "degree_summary_description varchar(255)",
            "other_details varchar(255)",
        ),
        "PRIMARY KEY (degree_program_id)",
    ),
    "sections": (
        "Sections",
        (
            "section_id integer NOT NULL",
            "course_id integer NOT NULL",
            "section_name varchar(255)",
            "section_description varchar(255)",
            "other_details varchar(255)",
        ),
        "PRIMARY KEY (section_id)",
    ),
    "semesters": (
        "Semesters",
        (
            "semester_id integer NOT NULL",
            "semester_name varchar(255)",
            "semester_description varchar(255)",
            "other_details varchar(255)",
        ),
        "PRIMARY KEY (semester_id)",
    ),
    "students": (
        "Students",
        (
            "student_id integer NOT NULL",
            "current_address_id integer NOT NULL",
            "permanent_address_id integer NOT NULL",
            "first_name varchar(80)",
            "middle_name varchar(40)",
            "last_name varchar(40)",
            "cell_mobile_number varchar(40)",
            "email_address varchar(40)",
            "ssn varchar(40)",
            "date_first_registered timestamp",
            "date_left timestamp",
            "other_student_details varchar(255)",
        ),
        "PRIMARY KEY (student_id)",
    ),
    "student_enrolment": (
        "Student_Enrolment",
        (
            "student_enrolment_id integer NOT NULL",
            "degree_program_id integer NOT NULL",
            "semester_id integer NOT NULL",
            "student_id integer NOT NULL",
            "other_details varchar(255)",
        ),
        "PRIMARY KEY (student_enrolment_id)",
    ),
    "student_enrolment_courses": (
        "Student_Enrolment_Courses",
        (
            "student_course_id integer NOT NULL",
            "course_id integer NOT NULL",
            "student_enrolment_id integer NOT NULL",
        ),
        "PRIMARY KEY (student_course_id)",
    ),
    "transcripts": (
        "Transcripts",
        (
            "transcript_id integer NOT NULL",
            "transcript_date timestamp",
            "other_details varchar(255)",
        ),
        "PRIMARY KEY (transcript_id)",
    ),
    "transcript_contents": (
        "Transcript_Contents",
        (
            "student_course_id integer NOT NULL",
            "transcript_id integer NOT NULL",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of student_transcripts_tracking as one PostgreSQL script."""
    data = read(
        "datasets/spider/database/student_transcripts_tracking/student_transcripts_tracking.sqlite"
    )
    return sqlitesource.script(data, _TABLES, ENGINE)
