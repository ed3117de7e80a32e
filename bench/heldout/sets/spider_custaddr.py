"""Held-out set spider_custaddr: the ``customers_and_addresses`` database of Spider (text-to-SQL).

Customers (full names, some with titles and suffixes such as ``Dr. Julia Wuckert MD``, payment
method, date they became customers), their addresses (street, city, zip code, state, country)
with the address type and dates, their contact channels (e-mail, cell, fax, handheld: all holding
phone-shaped numbers), orders, order items and three products, all seven tables and all their
rows, loaded into MariaDB from the benchmark's SQLite file with the DDL translated by hand: the
file's MySQL-style types kept (``INTEGER`` as ``INT``, ``DATETIME``, ``VARCHAR`` lengths as
written), names as written; primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/customers_and_addresses/customers_and_addresses.sqlite "
    "(Spider's customers_and_addresses, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "addresses": (
        "Addresses",
        (
            "address_id INT NOT NULL",
            "address_content VARCHAR(80)",
            "city VARCHAR(50)",
            "zip_postcode VARCHAR(20)",
            "state_province_county VARCHAR(50)",
            "country VARCHAR(50)",
            "other_address_details VARCHAR(255)",
        ),
        "PRIMARY KEY (address_id)",
    ),
    "products": (
        "Products",
        ("product_id INT NOT NULL", "product_details VARCHAR(255)"),
        "PRIMARY KEY (product_id)",
    ),
    "customers": (
        "Customers",
        (
            "customer_id INT NOT NULL",
            "payment_method VARCHAR(15) NOT NULL",
            "customer_name VARCHAR(80)",
            "date_became_customer DATETIME",
            "other_customer_details VARCHAR(255)",
        ),
        "PRIMARY KEY (customer_id)",
    ),
    "customer_addresses": (
        "Customer_Addresses",
        (
            "customer_id INT NOT NULL",
            "address_id INT NOT NULL",
            "date_address_from DATETIME NOT NULL",
            "address_type VARCHAR(15) NOT NULL",
            "date_address_to DATETIME",
        ),
        "",
    ),
    "customer_contact_channels": (
        "Customer_Contact_Channels",
        (
            "customer_id INT NOT NULL",
            "channel_code VARCHAR(15) NOT NULL",
            "active_from_date DATETIME NOT NULL",
            "active_to_date DATETIME",
            "contact_number VARCHAR(50) NOT NULL",
        ),
        "",
    ),
    "customer_orders": (
        "Customer_Orders",
        (
            "order_id INT NOT NULL",
            "customer_id INT NOT NULL",
            "order_status VARCHAR(15) NOT NULL",
            "order_date DATETIME",
            "order_details VARCHAR(255)",
        ),
        "PRIMARY KEY (order_id)",
    ),
    "order_items": (
        "Order_Items",
        ("order_id INT NOT NULL", "product_id INT NOT NULL", "order_quantity VARCHAR(15)"),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of customers_and_addresses as one MariaDB script."""
    data = read("datasets/spider/database/customers_and_addresses/customers_and_addresses.sqlite")
    return "SET NAMES utf8mb4;\n" + sqlitesource.script(data, _TABLES, ENGINE)
