"""Held-out set spider_contacts: Spider's ``customers_and_products_contacts`` database.

Customers (a first name as ``customer_name``, a customer number, street address, phone, e-mail),
the customers' contact people (gender as ``male``/``female``, names, phone), an address table used
by customers only and its history, products, orders and their items, all seven tables and all their
rows, loaded into MariaDB from the benchmark's SQLite file with the DDL translated by hand: the
same snake-case columns in the same order, ``gender`` widened from ``VARCHAR(1)`` to
``VARCHAR(10)`` for the file's values; primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/customers_and_products_contacts/"
    "customers_and_products_contacts.sqlite (Spider's customers_and_products_contacts, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "addresses": (
        "Addresses",
        (
            "address_id INT NOT NULL",
            "line_1_number_building VARCHAR(80)",
            "city VARCHAR(50)",
            "zip_postcode VARCHAR(20)",
            "state_province_county VARCHAR(50)",
            "country VARCHAR(50)",
        ),
        "PRIMARY KEY (address_id)",
    ),
    "products": (
        "Products",
        (
            "product_id INT NOT NULL",
            "product_type_code VARCHAR(15)",
            "product_name VARCHAR(80)",
            "product_price DOUBLE",
        ),
        "PRIMARY KEY (product_id)",
    ),
    "customers": (
        "Customers",
        (
            "customer_id INT NOT NULL",
            "payment_method_code VARCHAR(15)",
            "customer_number VARCHAR(20)",
            "customer_name VARCHAR(80)",
            "customer_address VARCHAR(255)",
            "customer_phone VARCHAR(80)",
            "customer_email VARCHAR(80)",
        ),
        "PRIMARY KEY (customer_id)",
    ),
    "contacts": (
        "Contacts",
        (
            "contact_id INT NOT NULL",
            "customer_id INT NOT NULL",
            "gender VARCHAR(10)",
            "first_name VARCHAR(80)",
            "last_name VARCHAR(50)",
            "contact_phone VARCHAR(80)",
        ),
        "PRIMARY KEY (contact_id)",
    ),
    "customer_address_history": (
        "Customer_Address_History",
        (
            "customer_id INT NOT NULL",
            "address_id INT NOT NULL",
            "date_from DATETIME NOT NULL",
            "date_to DATETIME",
        ),
        "",
    ),
    "customer_orders": (
        "Customer_Orders",
        (
            "order_id INT NOT NULL",
            "customer_id INT NOT NULL",
            "order_date DATETIME NOT NULL",
            "order_status_code VARCHAR(15)",
        ),
        "PRIMARY KEY (order_id)",
    ),
    "order_items": (
        "Order_Items",
        (
            "order_item_id INT NOT NULL",
            "order_id INT NOT NULL",
            "product_id INT NOT NULL",
            "order_quantity VARCHAR(80)",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of customers_and_products_contacts as one MariaDB script."""
    data = read(
        "datasets/spider/database/customers_and_products_contacts/customers_and_products_contacts.sqlite"
    )
    return "SET NAMES utf8mb4;\n" + sqlitesource.script(data, _TABLES, ENGINE)
