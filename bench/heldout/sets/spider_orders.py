"""Held-out set spider_orders: the ``tracking_orders`` database of Spider (text-to-SQL).

Customers (first names, a lorem-ipsum ``customer_details``), orders and order items, products,
invoices and shipments with tracking numbers. All tables and all their rows, loaded into PostgreSQL
from the benchmark's SQLite file under DDL typed from the file's own declarations and checked
against its values: ``INT``/``INTEGER`` as ``integer``, ``REAL`` as ``double precision``,
``DECIMAL``/``NUMERIC`` as ``numeric``, ``DATETIME`` as ``timestamp``, ``DATE`` as ``date``,
``TEXT`` and ``VARCHAR``/``CHAR`` lengths kept, names unquoted (so lower case) unless they need
quotes; primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/tracking_orders/tracking_orders.sqlite "
    "(Spider's tracking_orders, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "customers": (
        "Customers",
        (
            "customer_id integer NOT NULL",
            "customer_name varchar(80)",
            "customer_details varchar(255)",
        ),
        "PRIMARY KEY (customer_id)",
    ),
    "invoices": (
        "Invoices",
        (
            "invoice_number integer NOT NULL",
            "invoice_date timestamp",
            "invoice_details varchar(255)",
        ),
        "PRIMARY KEY (invoice_number)",
    ),
    "orders": (
        "Orders",
        (
            "order_id integer NOT NULL",
            "customer_id integer",
            "order_status varchar(10)",
            "date_order_placed timestamp",
            "order_details varchar(255)",
        ),
        "PRIMARY KEY (order_id)",
    ),
    "products": (
        "Products",
        (
            "product_id integer NOT NULL",
            "product_name varchar(80)",
            "product_details varchar(255)",
        ),
        "PRIMARY KEY (product_id)",
    ),
    "order_items": (
        "Order_Items",
        (
            "order_item_id integer NOT NULL",
            "product_id integer",
            "order_id integer",
            "order_item_status varchar(10)",
            "order_item_details varchar(255)",
        ),
        "PRIMARY KEY (order_item_id)",
    ),
    "shipments": (
        "Shipments",
        (
            "shipment_id integer NOT NULL",
            "order_id integer",
            "invoice_number integer",
            "shipment_tracking_number varchar(80)",
            "shipment_date timestamp",
            "other_shipment_details varchar(255)",
        ),
        "PRIMARY KEY (shipment_id)",
    ),
    "shipment_items": (
        "Shipment_Items",
        (
            "shipment_id integer",
            "order_item_id integer",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of tracking_orders as one PostgreSQL script."""
    data = read("datasets/spider/database/tracking_orders/tracking_orders.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
