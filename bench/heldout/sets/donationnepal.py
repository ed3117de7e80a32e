"""Held-out set donationnepal: the databases of a donation management web application for a
charity (plain PHP, a student project from Nepal, March 2024), where donors register and give
goods in kind (clothes, food, health supplies, toys, school materials) to campaigns an
administrator opens for named beneficiaries, arrange their collection, and write to the
charity through a contact form that the administrator answers.

``1ex/database/*.sql`` are thirteen phpMyAdmin dumps (MariaDB 10.4, March 2024), one per
database the application connects to, each creating and filling one table: the administrators
(``admin``: log-in id, password hash, e-mail, phone number, full name, position, address,
profile picture file name), the donors (``donor``: log-in id, password hash, full name,
location, e-mail, phone number, profile picture file name), the contact messages (``message``:
e-mail, message, time, reply status), for each of five kinds of goods (``cloth``, ``food``,
``health``, ``toy``, ``education``) the donations (campaign id and title, the donor's name,
e-mail and location, what is given and how much, description, collection method, the donor's
log-in id, status, donation status, date, and the campaign's beneficiaries, their location and
phone and end date copied in) and the campaigns (``cloth_camp``, ``food_camp``, ...: image URL,
title, description, beneficiaries, their location and phone, end date, campaign and donation
status).

Loaded into MariaDB as one database: the thirteen dumps in file-name order, each as written
except that the tables that have the same name in several databases are named after their
database (``donations`` of ``cloth``: ``cloth_donations``; ``campaigns`` of ``cloth_camp``:
``cloth_campaigns``, of ``edu_camp``: ``edu_campaigns``), and every backtick-quoted identifier
is lower-cased (``campaignId``: ``campaignid``); ``admin_table``, ``donor_table`` and
``messages`` keep their names. No dump names a database of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, lower_identifiers, single_dump

REPO = "sirpahada/Donation-Management-System"
COMMIT = "0ee1a1e349f5b6a4498c4b409bc3e217766c7a4d"
FILES = (
    "1ex/database/*.sql (the 13 phpMyAdmin dumps of the application's databases, one table "
    "each, March 2024; all tables and rows)"
)
LICENCE = "none stated (the repository has no licence file; README.md shows screenshots only)"
ENGINE = "mysql"

DIRECTORY = "1ex/database"
# dump file (without .sql) -> (table in it, name given to it here)
DUMPS = {
    "admin": ("admin_table", "admin_table"),
    "cloth": ("donations", "cloth_donations"),
    "cloth_camp": ("campaigns", "cloth_campaigns"),
    "donor": ("donor_table", "donor_table"),
    "edu_camp": ("campaigns", "edu_campaigns"),
    "education": ("donations", "education_donations"),
    "food": ("donations", "food_donations"),
    "food_camp": ("campaigns", "food_campaigns"),
    "health": ("donations", "health_donations"),
    "health_camp": ("campaigns", "health_campaigns"),
    "message": ("messages", "messages"),
    "toy": ("donations", "toy_donations"),
    "toy_camp": ("campaigns", "toy_campaigns"),
}


def script(read: Callable[[str], bytes]) -> str:
    """The thirteen dumps, each table renamed as ``DUMPS`` says, identifiers lower-cased."""
    parts = []
    for dump, (table, name) in DUMPS.items():
        text = single_dump(read, f"{DIRECTORY}/{dump}.sql")
        if f"`{table}`" not in text:
            raise SourceError(f"{dump}.sql no longer creates `{table}`")
        parts.append(lower_identifiers(re.sub(f"`{table}`", f"`{name}`", text)))
    return "\n".join(parts)
