"""Held-out set spider_driving: the ``driving_school`` database of the Spider text-to-SQL benchmark.

A driving school's staff (with nicknames and birth dates), its customers (birth dates, amounts
outstanding, two phone numbers), their payments, lessons and vehicles, and one address table for
staff and customers, all six tables and all their rows, loaded into MariaDB from the benchmark's
SQLite file with the DDL translated by hand: the same snake-case columns in the same order;
``payment_method_code`` widened from ``VARCHAR(10)`` to ``VARCHAR(20)`` because the file holds
longer values (SQLite does not enforce the length); primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/driving_school/driving_school.sqlite "
    "(Spider's driving_school, all rows)"
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
    "staff": (
        "Staff",
        (
            "staff_id INT NOT NULL",
            "staff_address_id INT NOT NULL",
            "nickname VARCHAR(80)",
            "first_name VARCHAR(80)",
            "middle_name VARCHAR(80)",
            "last_name VARCHAR(80)",
            "date_of_birth DATETIME",
            "date_joined_staff DATETIME",
            "date_left_staff DATETIME",
        ),
        "PRIMARY KEY (staff_id)",
    ),
    "vehicles": (
        "Vehicles",
        (
            "vehicle_id INT NOT NULL",
            "vehicle_details VARCHAR(255)",
        ),
        "PRIMARY KEY (vehicle_id)",
    ),
    "customers": (
        "Customers",
        (
            "customer_id INT NOT NULL",
            "customer_address_id INT NOT NULL",
            "customer_status_code VARCHAR(15) NOT NULL",
            "date_became_customer DATETIME",
            "date_of_birth DATETIME",
            "first_name VARCHAR(80)",
            "last_name VARCHAR(80)",
            "amount_outstanding DOUBLE",
            "email_address VARCHAR(250)",
            "phone_number VARCHAR(255)",
            "cell_mobile_phone_number VARCHAR(255)",
        ),
        "PRIMARY KEY (customer_id)",
    ),
    "customer_payments": (
        "Customer_Payments",
        (
            "customer_id INT NOT NULL",
            "datetime_payment DATETIME NOT NULL",
            "payment_method_code VARCHAR(20) NOT NULL",
            "amount_payment DOUBLE",
        ),
        "PRIMARY KEY (customer_id, datetime_payment)",
    ),
    "lessons": (
        "Lessons",
        (
            "lesson_id INT NOT NULL",
            "customer_id INT NOT NULL",
            "lesson_status_code VARCHAR(15) NOT NULL",
            "staff_id INT",
            "vehicle_id INT NOT NULL",
            "lesson_date DATETIME",
            "lesson_time VARCHAR(10)",
            "price DOUBLE",
        ),
        "PRIMARY KEY (lesson_id)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of driving_school as one MariaDB script."""
    data = read("datasets/spider/database/driving_school/driving_school.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
