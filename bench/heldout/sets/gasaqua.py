"""Held-out set gasaqua: the database of an Indian LPG gas agency and packaged-water plant.

AnandMurti is a small group of companies at Natepute (Solapur district, Maharashtra) with an LPG
distributorship ("Go Gas") and a drinking-water plant ("Aqua", 20-litre jars delivered to homes
and shops). Softinfology wrote it a web application in 2017 (plain PHP with mysqli behind an
AngularJS front end) to run both: the gas agency's customers, their new connections (cylinder
deposit, hotplate, pass book, stamp, tube, lighter), refills paid in cash, cheque or NEFT, sales
of gas products, stock inwards from the distributor by vehicle, and invoices of each kind; the
water plant's customers, jar types, orders with a delivery address, time and vehicle, and
invoices; the delivery vehicles of each business (owner's name, number, contact number); the
expenses of each business (who was paid, for what, how much); the administrators; and the site's
enquiry form.

``anandmurti_db.sql`` is the phpMyAdmin dump (MariaDB 10.1, April 2017) of the developers'
database, with their test rows: 20 tables, 19 of them with rows (``tbl_enquiry`` is empty).
Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), with every
backtick-quoted identifier lower-cased (they already are).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "dnyaneshmali/anandmurti"
COMMIT = "924443d42afce6e4389d78c88bacb8c6eb8f0b4e"
FILES = (
    "anandmurti_db.sql (the application's phpMyAdmin dump, last changed 7 April 2017; "
    "all 20 tables and rows)"
)
LICENCE = "none stated (the repository has no licence file; README.md names the project only)"
ENGINE = "mysql"

DUMP = "anandmurti_db.sql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, DUMP))
