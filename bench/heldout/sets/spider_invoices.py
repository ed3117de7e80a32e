"""Held-out set spider_invoices: the ``customers_and_invoices`` database of Spider (text-to-SQL).

Customers (with login names and password hashes, middle initials, gender as 0/1, town and state),
their orders, accounts and financial transactions, invoices, products and product categories, all
nine tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file with the
DDL translated by hand: the same snake-case columns in the same order, ``DATETIME`` as
``timestamp``, ``DECIMAL(19,4)`` as ``numeric(19,4)``; primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/customers_and_invoices/customers_and_invoices.sqlite "
    "(Spider's customers_and_invoices, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "customers": (
        "Customers",
        (
            "customer_id integer NOT NULL",
            "customer_first_name varchar(50)",
            "customer_middle_initial varchar(1)",
            "customer_last_name varchar(50)",
            "gender varchar(1)",
            "email_address varchar(255)",
            "login_name varchar(80)",
            "login_password varchar(20)",
            "phone_number varchar(255)",
            "town_city varchar(50)",
            "state_county_province varchar(50)",
            "country varchar(50)",
        ),
        "PRIMARY KEY (customer_id)",
    ),
    "orders": (
        "Orders",
        (
            "order_id integer NOT NULL",
            "customer_id integer NOT NULL",
            "date_order_placed timestamp NOT NULL",
            "order_details varchar(255)",
        ),
        "PRIMARY KEY (order_id)",
    ),
    "invoices": (
        "Invoices",
        (
            "invoice_number integer NOT NULL",
            "order_id integer NOT NULL",
            "invoice_date timestamp",
        ),
        "PRIMARY KEY (invoice_number)",
    ),
    "accounts": (
        "Accounts",
        (
            "account_id integer NOT NULL",
            "customer_id integer NOT NULL",
            "date_account_opened timestamp",
            "account_name varchar(50)",
            "other_account_details varchar(255)",
        ),
        "PRIMARY KEY (account_id)",
    ),
    "product_categories": (
        "Product_Categories",
        (
            "production_type_code varchar(15) NOT NULL",
            "product_type_description varchar(80)",
            "vat_rating numeric(19,4)",
        ),
        "PRIMARY KEY (production_type_code)",
    ),
    "products": (
        "Products",
        (
            "product_id integer NOT NULL",
            "parent_product_id integer",
            "production_type_code varchar(15) NOT NULL",
            "unit_price numeric(19,4)",
            "product_name varchar(80)",
            "product_color varchar(20)",
            "product_size varchar(20)",
        ),
        "PRIMARY KEY (product_id)",
    ),
    "financial_transactions": (
        "Financial_Transactions",
        (
            "transaction_id integer NOT NULL",
            "account_id integer NOT NULL",
            "invoice_number integer",
            "transaction_type varchar(15) NOT NULL",
            "transaction_date timestamp",
            "transaction_amount numeric(19,4)",
            "transaction_comment varchar(255)",
            "other_transaction_details varchar(255)",
        ),
        "",
    ),
    "order_items": (
        "Order_Items",
        (
            "order_item_id integer NOT NULL",
            "order_id integer NOT NULL",
            "product_id integer NOT NULL",
            "product_quantity varchar(50)",
            "other_order_item_details varchar(255)",
        ),
        "PRIMARY KEY (order_item_id)",
    ),
    "invoice_line_items": (
        "Invoice_Line_Items",
        (
            "order_item_id integer NOT NULL",
            "invoice_number integer NOT NULL",
            "product_id integer NOT NULL",
            "product_title varchar(80)",
            "product_quantity varchar(50)",
            "product_price numeric(19,4)",
            "derived_product_cost numeric(19,4)",
            "derived_vat_payable numeric(19,4)",
            "derived_total_cost numeric(19,4)",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of customers_and_invoices as one PostgreSQL script."""
    data = read("datasets/spider/database/customers_and_invoices/customers_and_invoices.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
