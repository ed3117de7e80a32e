"""Held-out set bus365: the database of a bus line's ticketing and back-office web application,
Bus365 (bdtask's CodeIgniter PHP bus reservation script, every table and column named in
English) as one developer (Nisa Delgado, 43 commits from September 2022 to January 2023, commit
messages in Spanish) adapted it for a bus company (the dump's database is ``unebus_admin``):
passengers book seats on scheduled trips, online or through ticket agents, pay by bank or at the
counter, give feedback and ask refunds, and the company also carries parcels (couriers,
merchandise priced per kilogram), keeps its fleet, its staff, a cash box (``caja``), sales and
an accounting ledger.

``database.sql``, a phpMyAdmin 4.9.7 dump of MySQL 5.7.40 generated on 4 January 2023, creates
the 52 tables and fills 35 of them: passengers (``tkt_passenger``: names, phone, e-mail,
password hash, address, national id, ...), bookings and their history, agents and their ledger,
employees (``employee_history``), the application's users, parcels (``merchandise``, with the
receiver's identity number, name, e-mail, phone and birth date) and their senders (``couriers``),
ticket sales at the counter (``sales``: name, identity number, phone, birth date), the cash box,
trips, routes, locations, fleet, prices, offers, settings, menus and roles.

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), except that every
backtick-quoted identifier is lower-cased.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "c-digital/bus365"
COMMIT = "da27388b21571d497a2a537d71e5af8379949216"
FILES = "database.sql (the phpMyAdmin dump of the application's database; all rows)"
LICENCE = "none stated (no licence file; Bus365 is a commercial script of bdtask)"
ENGINE = "mysql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, "database.sql"))
