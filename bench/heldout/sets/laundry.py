"""Held-out set laundry: the database of a laundry shop's management system (backup-laundryms,
a PHP student project from San Jose del Monte, Bulacan, in the Philippines, November 2024):
walk-in and delivery customers, their laundry service requests and payment transactions, the
price lists of services, categories of items and delivery options, and the shop's staff and
administrator accounts, with archive tables for deleted customers, users, services and
categories.

``laundry_system/laundry_db.sql``, a phpMyAdmin dump of MariaDB 10.4 (of the database
``laundry_db``, 23 November 2024, the newest of the repository's six dumps), creates 16 tables
and fills every one of them: customers (name, contact number, province, city, street address,
barangay) and archived customers (the same with the time archived); service requests (order
number, the customer's name and contact number repeated, service and category with their
names, quantity, weight, price, dates, order status, remarks); transactions (the customer's
name and address repeated, delivery or pick-up, standard or rush, amounts, fees, amount
tendered and change); users (user name, first and last name, role, password hash, last active,
status, a security question and its hashed answer, date created), archived users (user name,
names, role) and a user profile (user name, a plain-text password, role); and the catalogues:
laundry categories, services, delivery categories, service options and their prices, the
price of each service and category, and the shop's settings (minimum and maximum kilos,
delivery days).

Loaded into MariaDB as written, except that every backtick-quoted identifier is lower-cased
(``d_categoryID``: ``d_categoryid``), as the labels name them; the dump names no database of its
own (only in a comment).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "roiroiroiyourboat/backup-laundryms"
COMMIT = "51bda676d8720991b049d109a8797ce2d9126a04"
FILES = (
    "laundry_system/laundry_db.sql (the application's phpMyAdmin dump, MariaDB 10.4, "
    "November 2024; all tables and rows; not the five older dumps)"
)
LICENCE = "none stated (no licence file or README in the repository)"
ENGINE = "mysql"

DUMP = "laundry_system/laundry_db.sql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, DUMP))
