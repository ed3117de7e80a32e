"""Held-out set spider_campaigns: Spider's ``customers_campaigns_ecommerce`` database (text-to-SQL).

Customers (a first name as ``customer_name``, phone, e-mail, street address, an empty login column
and ten-hex-digit password hashes), premises (street addresses of residences, offices and
warehouses, used as customers' billing and shipping addresses), products, mailshot campaigns and
each customer's response, orders and their items, all eight tables and all their rows, loaded into
PostgreSQL from the benchmark's SQLite file with the DDL translated by hand: the same snake-case
columns in the same order, ``DATETIME`` as ``timestamp``; primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/customers_campaigns_ecommerce/customers_campaigns_ecommerce.sqlite "
    "(Spider's customers_campaigns_ecommerce, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "premises": (
        "Premises",
        (
            "premise_id integer NOT NULL",
            "premises_type varchar(15) NOT NULL",
            "premise_details varchar(255)",
        ),
        "PRIMARY KEY (premise_id)",
    ),
    "products": (
        "Products",
        (
            "product_id integer NOT NULL",
            "product_category varchar(15) NOT NULL",
            "product_name varchar(80)",
        ),
        "PRIMARY KEY (product_id)",
    ),
    "customers": (
        "Customers",
        (
            "customer_id integer NOT NULL",
            "payment_method varchar(15) NOT NULL",
            "customer_name varchar(80)",
            "customer_phone varchar(80)",
            "customer_email varchar(80)",
            "customer_address varchar(255)",
            "customer_login varchar(80)",
            "customer_password varchar(10)",
        ),
        "PRIMARY KEY (customer_id)",
    ),
    "mailshot_campaigns": (
        "Mailshot_Campaigns",
        (
            "mailshot_id integer NOT NULL",
            "product_category varchar(15)",
            "mailshot_name varchar(80)",
            "mailshot_start_date timestamp",
            "mailshot_end_date timestamp",
        ),
        "PRIMARY KEY (mailshot_id)",
    ),
    "customer_addresses": (
        "Customer_Addresses",
        (
            "customer_id integer NOT NULL",
            "premise_id integer NOT NULL",
            "date_address_from timestamp NOT NULL",
            "address_type_code varchar(15) NOT NULL",
            "date_address_to timestamp",
        ),
        "",
    ),
    "customer_orders": (
        "Customer_Orders",
        (
            "order_id integer NOT NULL",
            "customer_id integer NOT NULL",
            "order_status_code varchar(15) NOT NULL",
            "shipping_method_code varchar(15) NOT NULL",
            "order_placed_datetime timestamp NOT NULL",
            "order_delivered_datetime timestamp",
            "order_shipping_charges varchar(255)",
        ),
        "PRIMARY KEY (order_id)",
    ),
    "mailshot_customers": (
        "Mailshot_Customers",
        (
            "mailshot_id integer NOT NULL",
            "customer_id integer NOT NULL",
            "outcome_code varchar(15) NOT NULL",
            "mailshot_customer_date timestamp",
        ),
        "",
    ),
    "order_items": (
        "Order_Items",
        (
            "item_id integer NOT NULL",
            "order_item_status_code varchar(15) NOT NULL",
            "order_id integer NOT NULL",
            "product_id integer NOT NULL",
            "item_status_code varchar(15)",
            "item_delivered_datetime timestamp",
            "item_order_quantity varchar(80)",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of customers_campaigns_ecommerce as one PostgreSQL script."""
    data = read(
        "datasets/spider/database/customers_campaigns_ecommerce/customers_campaigns_ecommerce.sqlite"
    )
    return sqlitesource.script(data, _TABLES, ENGINE)
