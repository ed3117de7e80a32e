"""Held-out set spider_hire: the ``products_for_hire`` database of Spider (text-to-SQL).

A hire shop's customers (names, gender as ``0``/``1``, a good-or-bad flag, a coupon), discount
coupons, bookings with their amounts, products for hire (book and DVD collections), payments and
booked products, all seven tables and all their rows (``View_Product_Availability`` is a table),
loaded into PostgreSQL from the benchmark's SQLite file with the DDL translated by hand: the same
snake-case columns in the same order, ``DATETIME`` as ``timestamp``, ``FLOAT`` as ``double
precision``, ``booking_status_code`` widened from ``varchar(10)`` to ``varchar(15)`` for the file's
``Provisional``; primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/products_for_hire/products_for_hire.sqlite "
    "(Spider's products_for_hire, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "discount_coupons": (
        "Discount_Coupons",
        (
            "coupon_id integer NOT NULL",
            "date_issued timestamp",
            "coupon_amount numeric(19,4)",
        ),
        "PRIMARY KEY (coupon_id)",
    ),
    "customers": (
        "Customers",
        (
            "customer_id integer NOT NULL",
            "coupon_id integer NOT NULL",
            "good_or_bad_customer varchar(4)",
            "first_name varchar(80)",
            "last_name varchar(80)",
            "gender_mf varchar(1)",
            "date_became_customer timestamp",
            "date_last_hire timestamp",
        ),
        "PRIMARY KEY (customer_id)",
    ),
    "bookings": (
        "Bookings",
        (
            "booking_id integer NOT NULL",
            "customer_id integer NOT NULL",
            "booking_status_code varchar(15) NOT NULL",
            "returned_damaged_yn varchar(40)",
            "booking_start_date timestamp",
            "booking_end_date timestamp",
            "count_hired varchar(40)",
            "amount_payable numeric(19,4)",
            "amount_of_discount numeric(19,4)",
            "amount_outstanding numeric(19,4)",
            "amount_of_refund numeric(19,4)",
        ),
        "PRIMARY KEY (booking_id)",
    ),
    "products_for_hire": (
        "Products_for_Hire",
        (
            "product_id integer NOT NULL",
            "product_type_code varchar(15) NOT NULL",
            "daily_hire_cost numeric(19,4)",
            "product_name varchar(80)",
            "product_description varchar(255)",
        ),
        "PRIMARY KEY (product_id)",
    ),
    "payments": (
        "Payments",
        (
            "payment_id integer NOT NULL",
            "booking_id integer",
            "customer_id integer NOT NULL",
            "payment_type_code varchar(15) NOT NULL",
            "amount_paid_in_full_yn varchar(1)",
            "payment_date timestamp",
            "amount_due numeric(19,4)",
            "amount_paid numeric(19,4)",
        ),
        "PRIMARY KEY (payment_id)",
    ),
    "products_booked": (
        "Products_Booked",
        (
            "booking_id integer NOT NULL",
            "product_id integer NOT NULL",
            "returned_yn varchar(1)",
            "returned_late_yn varchar(1)",
            "booked_count integer",
            "booked_amount double precision",
        ),
        "PRIMARY KEY (booking_id, product_id)",
    ),
    "view_product_availability": (
        "View_Product_Availability",
        (
            "product_id integer NOT NULL",
            "booking_id integer NOT NULL",
            "status_date timestamp NOT NULL",
            "available_yn varchar(1)",
        ),
        "PRIMARY KEY (status_date)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of products_for_hire as one PostgreSQL script."""
    data = read("datasets/spider/database/products_for_hire/products_for_hire.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
