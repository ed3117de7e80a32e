"""Held-out set spider_elearning: the ``e_learning`` database of the Spider text-to-SQL benchmark.

An e-learning site's course authors and tutors and its students (login names, password hashes,
``personal_name`` / ``middle_name`` / ``family_name``, an author's one-column postal address),
subjects, courses, enrolments and test results, all six tables and all their rows, loaded into
PostgreSQL from the benchmark's SQLite file with the DDL translated by hand: the same snake-case
columns in the same order, ``DATETIME`` as ``timestamp``; primary keys kept, foreign keys left
out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/e_learning/e_learning.sqlite (Spider's e_learning, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "course_authors_and_tutors": (
        "Course_Authors_and_Tutors",
        (
            "author_id integer NOT NULL",
            "author_tutor_ATB varchar(3)",
            "login_name varchar(40)",
            "password varchar(40)",
            "personal_name varchar(80)",
            "middle_name varchar(80)",
            "family_name varchar(80)",
            "gender_mf varchar(1)",
            "address_line_1 varchar(80)",
        ),
        "PRIMARY KEY (author_id)",
    ),
    "students": (
        "Students",
        (
            "student_id integer NOT NULL",
            "date_of_registration timestamp",
            "date_of_latest_logon timestamp",
            "login_name varchar(40)",
            "password varchar(10)",
            "personal_name varchar(40)",
            "middle_name varchar(40)",
            "family_name varchar(40)",
        ),
        "PRIMARY KEY (student_id)",
    ),
    "subjects": (
        "Subjects",
        (
            "subject_id integer NOT NULL",
            "subject_name varchar(120)",
        ),
        "PRIMARY KEY (subject_id)",
    ),
    "courses": (
        "Courses",
        (
            "course_id integer NOT NULL",
            "author_id integer NOT NULL",
            "subject_id integer NOT NULL",
            "course_name varchar(120)",
            "course_description varchar(255)",
        ),
        "PRIMARY KEY (course_id)",
    ),
    "student_course_enrolment": (
        "Student_Course_Enrolment",
        (
            "registration_id integer NOT NULL",
            "student_id integer NOT NULL",
            "course_id integer NOT NULL",
            "date_of_enrolment timestamp NOT NULL",
            "date_of_completion timestamp NOT NULL",
        ),
        "PRIMARY KEY (registration_id)",
    ),
    "student_tests_taken": (
        "Student_Tests_Taken",
        (
            "registration_id integer NOT NULL",
            "date_test_taken timestamp NOT NULL",
            "test_result varchar(255)",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of e_learning as one PostgreSQL script."""
    data = read("datasets/spider/database/e_learning/e_learning.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
