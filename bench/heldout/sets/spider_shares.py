"""Held-out set spider_shares: the ``tracking_share_transactions`` database of Spider (text-to-SQL).

Investors (a one-letter ``Investor_details``), their lots, share transactions (type, date, amount,
share count) and the sales and purchases among them, all ``*_details`` columns single letters. All
tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values: ``INTEGER`` as ``INT``, ``REAL``
as ``DOUBLE``, ``TEXT`` as ``VARCHAR(255)``, ``DATETIME``, ``DATE``, ``DECIMAL`` and
``VARCHAR``/``CHAR`` lengths kept, names as written; primary keys kept where the file's rows are
unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/tracking_share_transactions/tracking_share_transactions.sqlite "
    "(Spider's tracking_share_transactions, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "investors": (
        "Investors",
        (
            "investor_id INT NOT NULL",
            "Investor_details VARCHAR(255)",
        ),
        "PRIMARY KEY (investor_id)",
    ),
    "lots": (
        "Lots",
        (
            "lot_id INT NOT NULL",
            "investor_id INT",
            "lot_details VARCHAR(255)",
        ),
        "PRIMARY KEY (lot_id)",
    ),
    "ref_transaction_types": (
        "Ref_Transaction_Types",
        (
            "transaction_type_code VARCHAR(10) NOT NULL",
            "transaction_type_description VARCHAR(80)",
        ),
        "PRIMARY KEY (transaction_type_code)",
    ),
    "transactions": (
        "Transactions",
        (
            "transaction_id INT NOT NULL",
            "investor_id INT",
            "transaction_type_code VARCHAR(10)",
            "date_of_transaction DATETIME",
            "amount_of_transaction DECIMAL(19,4)",
            "share_count VARCHAR(40)",
            "other_details VARCHAR(255)",
        ),
        "PRIMARY KEY (transaction_id)",
    ),
    "sales": (
        "Sales",
        (
            "sales_transaction_id INT NOT NULL",
            "sales_details VARCHAR(255)",
        ),
        "PRIMARY KEY (sales_transaction_id)",
    ),
    "purchases": (
        "Purchases",
        (
            "purchase_transaction_id INT",
            "purchase_details VARCHAR(255)",
        ),
        "",
    ),
    "transactions_lots": (
        "Transactions_Lots",
        (
            "transaction_id INT",
            "lot_id INT",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of tracking_share_transactions as one MariaDB script."""
    data = read(
        "datasets/spider/database/tracking_share_transactions/tracking_share_transactions.sqlite"
    )
    return sqlitesource.script(data, _TABLES, ENGINE)
