"""Held-out set spider_deliveries: the ``customer_deliveries`` database of Spider (text-to-SQL).

A delivery business's customers and employees (names, phones, e-mail addresses), one address
table for customers, employees and delivery locations, delivery routes and locations named after
companies, trucks, regular and actual orders, products and deliveries, all thirteen tables and
all their rows, loaded into MariaDB from the benchmark's SQLite file with the DDL translated by
hand: the same snake-case columns in the same order; ``location_code`` widened from
``VARCHAR(10)`` to ``VARCHAR(20)`` because the file holds longer values (SQLite does not enforce
the length); primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/customer_deliveries/customer_deliveries.sqlite "
    "(Spider's customer_deliveries, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "products": (
        "Products",
        (
            "product_id INT NOT NULL",
            "product_name VARCHAR(20)",
            "product_price DECIMAL(19,4)",
            "product_description VARCHAR(255)",
        ),
        "PRIMARY KEY (product_id)",
    ),
    "addresses": (
        "Addresses",
        (
            "address_id INT NOT NULL",
            "address_details VARCHAR(80)",
            "city VARCHAR(50)",
            "zip_postcode VARCHAR(20)",
            "state_province_county VARCHAR(50)",
            "country VARCHAR(50)",
        ),
        "PRIMARY KEY (address_id)",
    ),
    "customers": (
        "Customers",
        (
            "customer_id INT NOT NULL",
            "payment_method VARCHAR(10) NOT NULL",
            "customer_name VARCHAR(80)",
            "customer_phone VARCHAR(80)",
            "customer_email VARCHAR(80)",
            "date_became_customer DATETIME",
        ),
        "PRIMARY KEY (customer_id)",
    ),
    "regular_orders": (
        "Regular_Orders",
        (
            "regular_order_id INT NOT NULL",
            "distributer_id INT NOT NULL",
        ),
        "PRIMARY KEY (regular_order_id)",
    ),
    "regular_order_products": (
        "Regular_Order_Products",
        (
            "regular_order_id INT NOT NULL",
            "product_id INT NOT NULL",
        ),
        "",
    ),
    "actual_orders": (
        "Actual_Orders",
        (
            "actual_order_id INT NOT NULL",
            "order_status_code VARCHAR(10) NOT NULL",
            "regular_order_id INT NOT NULL",
            "actual_order_date DATETIME",
        ),
        "PRIMARY KEY (actual_order_id)",
    ),
    "actual_order_products": (
        "Actual_Order_Products",
        (
            "actual_order_id INT NOT NULL",
            "product_id INT NOT NULL",
        ),
        "",
    ),
    "customer_addresses": (
        "Customer_Addresses",
        (
            "customer_id INT NOT NULL",
            "address_id INT NOT NULL",
            "date_from DATETIME NOT NULL",
            "address_type VARCHAR(10) NOT NULL",
            "date_to DATETIME",
        ),
        "",
    ),
    "delivery_routes": (
        "Delivery_Routes",
        (
            "route_id INT NOT NULL",
            "route_name VARCHAR(50)",
            "other_route_details VARCHAR(255)",
        ),
        "PRIMARY KEY (route_id)",
    ),
    "delivery_route_locations": (
        "Delivery_Route_Locations",
        (
            "location_code VARCHAR(20) NOT NULL",
            "route_id INT NOT NULL",
            "location_address_id INT NOT NULL",
            "location_name VARCHAR(50)",
        ),
        "PRIMARY KEY (location_code)",
    ),
    "trucks": (
        "Trucks",
        (
            "truck_id INT NOT NULL",
            "truck_licence_number VARCHAR(20)",
            "truck_details VARCHAR(255)",
        ),
        "PRIMARY KEY (truck_id)",
    ),
    "employees": (
        "Employees",
        (
            "employee_id INT NOT NULL",
            "employee_address_id INT NOT NULL",
            "employee_name VARCHAR(80)",
            "employee_phone VARCHAR(80)",
        ),
        "PRIMARY KEY (employee_id)",
    ),
    "order_deliveries": (
        "Order_Deliveries",
        (
            "location_code VARCHAR(20) NOT NULL",
            "actual_order_id INT NOT NULL",
            "delivery_status_code VARCHAR(10) NOT NULL",
            "driver_employee_id INT NOT NULL",
            "truck_id INT NOT NULL",
            "delivery_date DATETIME",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of customer_deliveries as one MariaDB script."""
    data = read("datasets/spider/database/customer_deliveries/customer_deliveries.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
