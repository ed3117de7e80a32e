"""Held-out set spider_loan: the ``loan_1`` database of Spider (text-to-SQL).

Bank branches (name, city, state, customer count), three customers (first name, account type,
balance, number of loans, credit score, state) and their loans. All tables and all their rows,
loaded into PostgreSQL from the benchmark's SQLite file under DDL typed from the file's own
declarations and checked against its values: ``INT``/``INTEGER`` as ``integer``, ``REAL`` as
``double precision``, ``DECIMAL``/``NUMERIC`` as ``numeric``, ``DATETIME`` as ``timestamp``,
``DATE`` as ``date``, ``TEXT`` and ``VARCHAR``/``CHAR`` lengths kept, names unquoted (so lower
case) unless they need quotes; primary keys kept where the file's rows are unique on them, foreign
keys left out. Besides: ``bank.city`` widened from ``varchar(10)`` to ``varchar(14)`` and
``customer.acc_type`` from ``char(1)`` to ``char(8)``: the file holds longer values.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/loan_1/loan_1.sqlite (Spider's loan_1, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "bank": (
        "bank",
        (
            "branch_ID integer NOT NULL",
            "bname varchar(20)",
            "no_of_customers integer",
            "city varchar(14)",
            "state varchar(20)",
        ),
        "PRIMARY KEY (branch_ID)",
    ),
    "customer": (
        "customer",
        (
            "cust_ID varchar(3) NOT NULL",
            "cust_name varchar(20)",
            "acc_type char(8)",
            "acc_bal integer",
            "no_of_loans integer",
            "credit_score integer",
            "branch_ID integer",
            "state varchar(20)",
        ),
        "PRIMARY KEY (cust_ID)",
    ),
    "loan": (
        "loan",
        (
            "loan_ID varchar(3) NOT NULL",
            "loan_type varchar(15)",
            "cust_ID varchar(3)",
            "branch_ID varchar(3)",
            "amount integer",
        ),
        "PRIMARY KEY (loan_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of loan_1 as one PostgreSQL script."""
    data = read("datasets/spider/database/loan_1/loan_1.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
