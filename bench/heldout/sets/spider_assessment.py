"""Held-out set spider_assessment: the ``student_assessment`` database of Spider (text-to-SQL).

People (names, mobile numbers, e-mail addresses, login names and SHA-1 password hashes), their
addresses (an address table used by people only) and the dates they lived there, students and
candidates whose one column besides the key holds a first name (``student_details``,
``candidate_details``), courses, registrations, attendance and candidates' assessments, all nine
tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file with the DDL
translated by hand: the same snake-case columns in the same order, ``DATETIME`` as ``timestamp``;
primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/student_assessment/student_assessment.sqlite "
    "(Spider's student_assessment, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "addresses": (
        "Addresses",
        (
            "address_id integer NOT NULL",
            "line_1 varchar(80)",
            "line_2 varchar(80)",
            "city varchar(50)",
            "zip_postcode char(20)",
            "state_province_county varchar(50)",
            "country varchar(50)",
        ),
        "PRIMARY KEY (address_id)",
    ),
    "people": (
        "People",
        (
            "person_id integer NOT NULL",
            "first_name varchar(255)",
            "middle_name varchar(255)",
            "last_name varchar(255)",
            "cell_mobile_number varchar(40)",
            "email_address varchar(40)",
            "login_name varchar(40)",
            "password varchar(40)",
        ),
        "PRIMARY KEY (person_id)",
    ),
    "students": (
        "Students",
        (
            "student_id integer NOT NULL",
            "student_details varchar(255)",
        ),
        "PRIMARY KEY (student_id)",
    ),
    "courses": (
        "Courses",
        (
            "course_id varchar(100) NOT NULL",
            "course_name varchar(120)",
            "course_description varchar(255)",
            "other_details varchar(255)",
        ),
        "PRIMARY KEY (course_id)",
    ),
    "people_addresses": (
        "People_Addresses",
        (
            "person_address_id integer NOT NULL",
            "person_id integer NOT NULL",
            "address_id integer NOT NULL",
            "date_from timestamp",
            "date_to timestamp",
        ),
        "PRIMARY KEY (person_address_id)",
    ),
    "student_course_registrations": (
        "Student_Course_Registrations",
        (
            "student_id integer NOT NULL",
            "course_id integer NOT NULL",
            "registration_date timestamp NOT NULL",
        ),
        "PRIMARY KEY (student_id, course_id)",
    ),
    "student_course_attendance": (
        "Student_Course_Attendance",
        (
            "student_id integer NOT NULL",
            "course_id integer NOT NULL",
            "date_of_attendance timestamp NOT NULL",
        ),
        "PRIMARY KEY (student_id, course_id)",
    ),
    "candidates": (
        "Candidates",
        (
            "candidate_id integer NOT NULL",
            "candidate_details varchar(255)",
        ),
        "PRIMARY KEY (candidate_id)",
    ),
    "candidate_assessments": (
        "Candidate_Assessments",
        (
            "candidate_id integer NOT NULL",
            "qualification char(15) NOT NULL",
            "assessment_date timestamp NOT NULL",
            "asessment_outcome_code char(15) NOT NULL",
        ),
        "PRIMARY KEY (candidate_id, qualification)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of student_assessment as one PostgreSQL script."""
    data = read("datasets/spider/database/student_assessment/student_assessment.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
