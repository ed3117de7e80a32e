"""Held-out set spider_store: the ``department_store`` database of the Spider text-to-SQL benchmark.

A department-store chain's stores, departments, staff and their assignments, customers and their
orders, products and suppliers, all fourteen tables and all their rows, loaded into PostgreSQL
from the benchmark's SQLite file with the DDL translated by hand: the same snake-case columns in
the same order, ``DATETIME`` as ``timestamp``, ``DECIMAL(19,4)`` as ``numeric(19,4)``; primary
keys kept, foreign keys left out. Customers and suppliers share one address table.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/department_store/department_store.sqlite "
    "(Spider's department_store, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "addresses": (
        "Addresses",
        ("address_id integer NOT NULL", "address_details varchar(255)"),
        "PRIMARY KEY (address_id)",
    ),
    "staff": (
        "Staff",
        ("staff_id integer NOT NULL", "staff_gender varchar(1)", "staff_name varchar(80)"),
        "PRIMARY KEY (staff_id)",
    ),
    "suppliers": (
        "Suppliers",
        ("supplier_id integer NOT NULL", "supplier_name varchar(80)", "supplier_phone varchar(80)"),
        "PRIMARY KEY (supplier_id)",
    ),
    "department_store_chain": (
        "Department_Store_Chain",
        ("dept_store_chain_id integer NOT NULL", "dept_store_chain_name varchar(80)"),
        "PRIMARY KEY (dept_store_chain_id)",
    ),
    "customers": (
        "Customers",
        (
            "customer_id integer NOT NULL",
            "payment_method_code varchar(20) NOT NULL",
            "customer_code varchar(20)",
            "customer_name varchar(80)",
            "customer_address varchar(255)",
            "customer_phone varchar(80)",
            "customer_email varchar(80)",
        ),
        "PRIMARY KEY (customer_id)",
    ),
    "products": (
        "Products",
        (
            "product_id integer NOT NULL",
            "product_type_code varchar(10) NOT NULL",
            "product_name varchar(80)",
            "product_price numeric(19,4)",
        ),
        "PRIMARY KEY (product_id)",
    ),
    "supplier_addresses": (
        "Supplier_Addresses",
        (
            "supplier_id integer NOT NULL",
            "address_id integer NOT NULL",
            "date_from timestamp NOT NULL",
            "date_to timestamp",
        ),
        "PRIMARY KEY (supplier_id, address_id)",
    ),
    "customer_addresses": (
        "Customer_Addresses",
        (
            "customer_id integer NOT NULL",
            "address_id integer NOT NULL",
            "date_from timestamp NOT NULL",
            "date_to timestamp",
        ),
        "PRIMARY KEY (customer_id, address_id)",
    ),
    "customer_orders": (
        "Customer_Orders",
        (
            "order_id integer NOT NULL",
            "customer_id integer NOT NULL",
            "order_status_code varchar(10) NOT NULL",
            "order_date timestamp NOT NULL",
        ),
        "PRIMARY KEY (order_id)",
    ),
    "department_stores": (
        "Department_Stores",
        (
            "dept_store_id integer NOT NULL",
            "dept_store_chain_id integer",
            "store_name varchar(80)",
            "store_address varchar(255)",
            "store_phone varchar(80)",
            "store_email varchar(80)",
        ),
        "PRIMARY KEY (dept_store_id)",
    ),
    "departments": (
        "Departments",
        (
            "department_id integer NOT NULL",
            "dept_store_id integer NOT NULL",
            "department_name varchar(80)",
        ),
        "PRIMARY KEY (department_id)",
    ),
    "order_items": (
        "Order_Items",
        (
            "order_item_id integer NOT NULL",
            "order_id integer NOT NULL",
            "product_id integer NOT NULL",
        ),
        "PRIMARY KEY (order_item_id)",
    ),
    "product_suppliers": (
        "Product_Suppliers",
        (
            "product_id integer NOT NULL",
            "supplier_id integer NOT NULL",
            "date_supplied_from timestamp NOT NULL",
            "date_supplied_to timestamp",
            "total_amount_purchased varchar(80)",
            "total_value_purchased numeric(19,4)",
        ),
        "PRIMARY KEY (product_id, supplier_id)",
    ),
    "staff_department_assignments": (
        "Staff_Department_Assignments",
        (
            "staff_id integer NOT NULL",
            "department_id integer NOT NULL",
            "date_assigned_from timestamp NOT NULL",
            "job_title_code varchar(20) NOT NULL",
            "date_assigned_to timestamp",
        ),
        "PRIMARY KEY (staff_id, department_id)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of department_store as one PostgreSQL script."""
    data = read("datasets/spider/database/department_store/department_store.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
