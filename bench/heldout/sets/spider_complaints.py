"""Held-out set spider_complaints: the ``customer_complaints`` database of Spider (text-to-SQL).

Staff (gender as ``0``/``1``, names, e-mail addresses, phones), customers with no name column
(street lines, town, state, e-mail, phone and a credit-rating code), products and complaints, all
four tables and all their rows, loaded into MariaDB from the benchmark's SQLite file with the DDL
translated by hand: the same snake-case columns in the same order; primary keys kept, foreign keys
left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/customer_complaints/customer_complaints.sqlite "
    "(Spider's customer_complaints, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "staff": (
        "Staff",
        (
            "staff_id INT NOT NULL",
            "gender VARCHAR(1)",
            "first_name VARCHAR(80)",
            "last_name VARCHAR(80)",
            "email_address VARCHAR(255)",
            "phone_number VARCHAR(80)",
        ),
        "PRIMARY KEY (staff_id)",
    ),
    "customers": (
        "Customers",
        (
            "customer_id INT NOT NULL",
            "customer_type_code VARCHAR(20) NOT NULL",
            "address_line_1 VARCHAR(80)",
            "address_line_2 VARCHAR(80)",
            "town_city VARCHAR(80)",
            "state VARCHAR(80)",
            "email_address VARCHAR(255)",
            "phone_number VARCHAR(80)",
        ),
        "PRIMARY KEY (customer_id)",
    ),
    "products": (
        "Products",
        (
            "product_id INT NOT NULL",
            "parent_product_id INT",
            "product_category_code VARCHAR(20) NOT NULL",
            "date_product_first_available DATETIME",
            "date_product_discontinued DATETIME",
            "product_name VARCHAR(80)",
            "product_description VARCHAR(255)",
            "product_price DECIMAL(19,4)",
        ),
        "PRIMARY KEY (product_id)",
    ),
    "complaints": (
        "Complaints",
        (
            "complaint_id INT NOT NULL",
            "product_id INT NOT NULL",
            "customer_id INT NOT NULL",
            "complaint_outcome_code VARCHAR(20) NOT NULL",
            "complaint_status_code VARCHAR(20) NOT NULL",
            "complaint_type_code VARCHAR(20) NOT NULL",
            "date_complaint_raised DATETIME",
            "date_complaint_closed DATETIME",
            "staff_id INT NOT NULL",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of customer_complaints as one MariaDB script."""
    data = read("datasets/spider/database/customer_complaints/customer_complaints.sqlite")
    return "SET NAMES utf8mb4;\n" + sqlitesource.script(data, _TABLES, ENGINE)
