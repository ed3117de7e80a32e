"""Held-out set spider_cards: the ``customers_card_transactions`` database of the Spider
text-to-SQL benchmark.

A card issuer's customers, their accounts, their payment cards and the card transactions, all four
tables and all their rows, loaded into MariaDB from the benchmark's SQLite file with the DDL
translated by hand: the same snake-case columns in the same order, ``DATETIME`` and ``DOUBLE``
kept; primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/customers_card_transactions/customers_card_transactions.sqlite "
    "(Spider's customers_card_transactions, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "accounts": (
        "Accounts",
        (
            "account_id INT NOT NULL",
            "customer_id INT NOT NULL",
            "account_name VARCHAR(50)",
            "other_account_details VARCHAR(255)",
        ),
        "PRIMARY KEY (account_id)",
    ),
    "customers": (
        "Customers",
        (
            "customer_id INT NOT NULL",
            "customer_first_name VARCHAR(20)",
            "customer_last_name VARCHAR(20)",
            "customer_address VARCHAR(255)",
            "customer_phone VARCHAR(255)",
            "customer_email VARCHAR(255)",
            "other_customer_details VARCHAR(255)",
        ),
        "PRIMARY KEY (customer_id)",
    ),
    "customers_cards": (
        "Customers_Cards",
        (
            "card_id INT NOT NULL",
            "customer_id INT NOT NULL",
            "card_type_code VARCHAR(15) NOT NULL",
            "card_number VARCHAR(80)",
            "date_valid_from DATETIME",
            "date_valid_to DATETIME",
            "other_card_details VARCHAR(255)",
        ),
        "PRIMARY KEY (card_id)",
    ),
    "financial_transactions": (
        "Financial_Transactions",
        (
            "transaction_id INT NOT NULL",
            "previous_transaction_id INT",
            "account_id INT NOT NULL",
            "card_id INT NOT NULL",
            "transaction_type VARCHAR(15) NOT NULL",
            "transaction_date DATETIME",
            "transaction_amount DOUBLE",
            "transaction_comment VARCHAR(255)",
            "other_transaction_details VARCHAR(255)",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of customers_card_transactions as one MariaDB script."""
    data = read(
        "datasets/spider/database/customers_card_transactions/customers_card_transactions.sqlite"
    )
    return "SET NAMES utf8mb4;\n" + sqlitesource.script(data, _TABLES, ENGINE)
