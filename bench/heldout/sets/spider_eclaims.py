"""Held-out set spider_eclaims: the ``insurance_and_eClaims`` database of Spider (text-to-SQL).

Insurance customers (full names with titles in ``Customer_Details``), staff (first names in
``Staff_Details``), policies, claim headers (claim types such as child birth or a phone subsidy,
amounts claimed and paid), claim documents and processing stages. All tables and all their rows,
loaded into MariaDB from the benchmark's SQLite file under DDL typed from the file's own
declarations and checked against its values: ``INTEGER`` as ``INT``, ``REAL`` as ``DOUBLE``,
``TEXT`` as ``VARCHAR(255)``, ``DATETIME``, ``DATE``, ``DECIMAL`` and ``VARCHAR``/``CHAR`` lengths
kept, names as written; primary keys kept where the file's rows are unique on them, foreign keys
left out. Besides: ``Claim_Headers.Claim_Type_Code`` widened from ``CHAR(15)`` to ``CHAR(21)``: the
file holds longer values.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/insurance_and_eClaims/insurance_and_eClaims.sqlite "
    "(Spider's insurance_and_eClaims, all rows)"
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
    "staff": (
        "Staff",
        (
            "Staff_ID INT NOT NULL",
            "Staff_Details VARCHAR(255)",
        ),
        "PRIMARY KEY (Staff_ID)",
    ),
    "policies": (
        "Policies",
        (
            "Policy_ID INT NOT NULL",
            "Customer_ID INT",
            "Policy_Type_Code CHAR(15)",
            "Start_Date DATETIME",
            "End_Date DATETIME",
        ),
        "PRIMARY KEY (Policy_ID)",
    ),
    "claim_headers": (
        "Claim_Headers",
        (
            "Claim_Header_ID INT NOT NULL",
            "Claim_Status_Code CHAR(15)",
            "Claim_Type_Code CHAR(21)",
            "Policy_ID INT",
            "Date_of_Claim DATETIME",
            "Date_of_Settlement DATETIME",
            "Amount_Claimed DECIMAL(20,4)",
            "Amount_Piad DECIMAL(20,4)",
        ),
        "PRIMARY KEY (Claim_Header_ID)",
    ),
    "claims_documents": (
        "Claims_Documents",
        (
            "Claim_ID INT NOT NULL",
            "Document_Type_Code CHAR(15) NOT NULL",
            "Created_by_Staff_ID INT",
            "Created_Date INT",
        ),
        "PRIMARY KEY (Claim_ID, Document_Type_Code)",
    ),
    "claims_processing_stages": (
        "Claims_Processing_Stages",
        (
            "Claim_Stage_ID INT NOT NULL",
            "Next_Claim_Stage_ID INT",
            "Claim_Status_Name VARCHAR(255)",
            "Claim_Status_Description VARCHAR(255)",
        ),
        "PRIMARY KEY (Claim_Stage_ID)",
    ),
    "claims_processing": (
        "Claims_Processing",
        (
            "Claim_Processing_ID INT NOT NULL",
            "Claim_ID INT",
            "Claim_Outcome_Code CHAR(15)",
            "Claim_Stage_ID INT",
            "Staff_ID INT",
        ),
        "PRIMARY KEY (Claim_Processing_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of insurance_and_eClaims as one MariaDB script."""
    data = read("datasets/spider/database/insurance_and_eClaims/insurance_and_eClaims.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
