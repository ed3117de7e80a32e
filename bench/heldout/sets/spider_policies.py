"""Held-out set spider_policies: the ``insurance_policies`` database of Spider (text-to-SQL).

Insurance customers (full names with titles in ``Customer_Details``), their car, life and property
policies, claims, settlements and payments (method as a card brand, amounts). All tables and all
their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed from the file's
own declarations and checked against its values: ``INTEGER`` as ``INT``, ``REAL`` as ``DOUBLE``,
``TEXT`` as ``VARCHAR(255)``, ``DATETIME``, ``DATE``, ``DECIMAL`` and ``VARCHAR``/``CHAR`` lengths
kept, names as written; primary keys kept where the file's rows are unique on them, foreign keys
left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/insurance_policies/insurance_policies.sqlite "
    "(Spider's insurance_policies, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "customers": (
        "Customers",
        (
            "Customer_ID INT NOT NULL",
            "Customer_Details VARCHAR(255)",
        ),
        "PRIMARY KEY (Customer_ID)",
    ),
    "customer_policies": (
        "Customer_Policies",
        (
            "Policy_ID INT NOT NULL",
            "Customer_ID INT",
            "Policy_Type_Code CHAR(15)",
            "Start_Date DATE",
            "End_Date DATE",
        ),
        "PRIMARY KEY (Policy_ID)",
    ),
    "claims": (
        "Claims",
        (
            "Claim_ID INT NOT NULL",
            "Policy_ID INT",
            "Date_Claim_Made DATE",
            "Date_Claim_Settled DATE",
            "Amount_Claimed INT",
            "Amount_Settled INT",
        ),
        "PRIMARY KEY (Claim_ID)",
    ),
    "settlements": (
        "Settlements",
        (
            "Settlement_ID INT NOT NULL",
            "Claim_ID INT",
            "Date_Claim_Made DATE",
            "Date_Claim_Settled DATE",
            "Amount_Claimed INT",
            "Amount_Settled INT",
            "Customer_Policy_ID INT",
        ),
        "PRIMARY KEY (Settlement_ID)",
    ),
    "payments": (
        "Payments",
        (
            "Payment_ID INT NOT NULL",
            "Settlement_ID INT",
            "Payment_Method_Code VARCHAR(255)",
            "Date_Payment_Made DATE",
            "Amount_Payment INT",
        ),
        "PRIMARY KEY (Payment_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of insurance_policies as one MariaDB script."""
    data = read("datasets/spider/database/insurance_policies/insurance_policies.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
