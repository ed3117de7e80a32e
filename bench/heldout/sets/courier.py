"""Held-out set courier: the database of PHP Courier, a CodeIgniter web application for a
courier's parcel deliveries (senders and receivers with their addresses, parcels with
consignment numbers, their status log, SMS notices to senders and receivers, price lists,
destinations, staff users and roles).

``database/courier.sql`` is a phpMyAdmin dump (December 2014) of a courier company's
installation, with its test and early rows: 18 tables, 17 of them filled. It holds senders and
receivers (a name, a reference number that reads as a national identity card number, for
senders an account number, and a link to an address row), their addresses (a postal box line, a
telephone number, a town and a country id), parcels (consignment number, dates, sender,
receiver, type, quantity, weight, amount, payment type, a free-text description, origin and
destination, transport mode, invoice and batch numbers, status), the status log of each parcel
(time, remark, station, the staff user who changed it), the SMS texts sent (recipient number,
message, time) and their templates per status, staff users (a name, user name, an unsalted MD5
password hash, station, role), user roles, a price list, parcel, payment and transport types,
destinations, the countries list, the company's own settings (name, postal address, phone,
fax, e-mail) and an empty services table.

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), with every
backtick-quoted identifier lower-cased (they already are).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "iturbryan/Courier"
COMMIT = "91fe00c29540ea67728d49f9589e61d5f9006fa8"
FILES = "database/courier.sql (the application's database dump; all tables and rows)"
LICENCE = "none stated for the dump (license.txt is the licence of CodeIgniter, the framework)"
ENGINE = "mysql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, "database/courier.sql"))
