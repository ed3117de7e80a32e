"""Held-out set spider_company: the ``company_1`` database of the Spider text-to-SQL benchmark.

The "COMPANY" database of a database textbook: employees keyed by SSN (first name, middle initial,
last name, birth date, one-column address, sex, salary, the supervisor's SSN), departments (the
manager's SSN), projects, hours worked on projects and employees' dependants (name, sex, birth
date, relationship), all six tables and all their rows, loaded into MariaDB from the benchmark's
SQLite file with the DDL translated by hand: the same abbreviated columns (``Fname``, ``Minit``,
``Ssn``, ``Bdate``, ``Super_ssn``, ``Essn``) in the same order, the SQLite file's ``TEXT`` and
``REAL`` columns typed as the textbook does (``VARCHAR``, ``CHAR(1)``, ``DATE``,
``DECIMAL(3,1)``); primary keys kept.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/company_1/company_1.sqlite (Spider's company_1, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "works_on": (
        "works_on",
        (
            "Essn INT NOT NULL",
            "Pno INT NOT NULL",
            "Hours DECIMAL(3,1)",
        ),
        "PRIMARY KEY (Essn, Pno)",
    ),
    "employee": (
        "employee",
        (
            "Fname VARCHAR(15)",
            "Minit CHAR(1)",
            "Lname VARCHAR(15)",
            "Ssn INT NOT NULL",
            "Bdate DATE",
            "Address VARCHAR(30)",
            "Sex CHAR(1)",
            "Salary INT",
            "Super_ssn INT",
            "Dno INT",
        ),
        "PRIMARY KEY (Ssn)",
    ),
    "department": (
        "department",
        (
            "Dname VARCHAR(15)",
            "Dnumber INT NOT NULL",
            "Mgr_ssn INT",
            "Mgr_start_date DATE",
        ),
        "PRIMARY KEY (Dnumber)",
    ),
    "project": (
        "project",
        (
            "Pname VARCHAR(15)",
            "Pnumber INT NOT NULL",
            "Plocation VARCHAR(15)",
            "Dnum INT",
        ),
        "PRIMARY KEY (Pnumber)",
    ),
    "dependent": (
        "dependent",
        (
            "Essn INT NOT NULL",
            "Dependent_name VARCHAR(15) NOT NULL",
            "Sex CHAR(1)",
            "Bdate DATE",
            "Relationship VARCHAR(8)",
        ),
        "PRIMARY KEY (Essn, Dependent_name)",
    ),
    "dept_locations": (
        "dept_locations",
        (
            "Dnumber INT NOT NULL",
            "Dlocation VARCHAR(15) NOT NULL",
        ),
        "PRIMARY KEY (Dnumber, Dlocation)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of company_1 as one MariaDB script."""
    data = read("datasets/spider/database/company_1/company_1.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
