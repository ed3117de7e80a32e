"""Held-out set spider_fnol: the ``insurance_fnol`` database of Spider (text-to-SQL).

An insurer's customers (full names, some with titles), services, available policies with a
customer's phone number in each, customers' policies, first notifications of loss, claims and
settlements, all seven tables and all their rows, loaded into MariaDB from the benchmark's SQLite
file with the DDL translated by hand: the same Pascal-snake-case columns in the same order,
``REAL`` as ``DOUBLE``, ``policy_type_code`` widened from ``CHAR(15)`` to ``CHAR(20)`` for the
file's values; primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/insurance_fnol/insurance_fnol.sqlite "
    "(Spider's insurance_fnol, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "customers": (
        "Customers",
        (
            "Customer_ID INT NOT NULL",
            "Customer_name VARCHAR(40)",
        ),
        "PRIMARY KEY (Customer_ID)",
    ),
    "services": (
        "Services",
        (
            "Service_ID INT NOT NULL",
            "Service_name VARCHAR(40)",
        ),
        "PRIMARY KEY (Service_ID)",
    ),
    "available_policies": (
        "Available_Policies",
        (
            "Policy_ID INT NOT NULL",
            "policy_type_code CHAR(20)",
            "Customer_Phone VARCHAR(255)",
        ),
        "PRIMARY KEY (Policy_ID)",
    ),
    "customers_policies": (
        "Customers_Policies",
        (
            "Customer_ID INT NOT NULL",
            "Policy_ID INT NOT NULL",
            "Date_Opened DATE",
            "Date_Closed DATE",
        ),
        "PRIMARY KEY (Customer_ID, Policy_ID)",
    ),
    "first_notification_of_loss": (
        "First_Notification_of_Loss",
        (
            "FNOL_ID INT NOT NULL",
            "Customer_ID INT NOT NULL",
            "Policy_ID INT NOT NULL",
            "Service_ID INT NOT NULL",
        ),
        "PRIMARY KEY (FNOL_ID)",
    ),
    "claims": (
        "Claims",
        (
            "Claim_ID INT NOT NULL",
            "FNOL_ID INT NOT NULL",
            "Effective_Date DATE",
        ),
        "PRIMARY KEY (Claim_ID)",
    ),
    "settlements": (
        "Settlements",
        (
            "Settlement_ID INT NOT NULL",
            "Claim_ID INT",
            "Effective_Date DATE",
            "Settlement_Amount DOUBLE",
        ),
        "PRIMARY KEY (Settlement_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of insurance_fnol as one MariaDB script."""
    data = read("datasets/spider/database/insurance_fnol/insurance_fnol.sqlite")
    return "SET NAMES utf8mb4;\n" + sqlitesource.script(data, _TABLES, ENGINE)
