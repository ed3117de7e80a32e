"""Held-out set admidio: the demo database of Admidio, a PHP membership management web application
for clubs and associations (members and their profile fields, roles and groups, memberships,
events and participation, rooms, announcements, documents, photos, a forum, messages, inventory
with lending, registrations, relationships between members, single sign-on clients, sessions).

``demo_data/admidio-mysql.sql`` is a phpMyAdmin dump (October 2025) of the database behind the
project's demo site, which ``demo_data/build.php`` loads to reset the demo: 49 tables, no views.
It holds the demo club's users (login name, password hash, photo, login counters, UUIDs) and
their profile data in a key-value table (``user_data``: one row per user and profile field, the
fields - names, address, phones, e-mail, birthday, gender, website, social media accounts,
IBAN and account holder among them - defined in ``user_fields``), roles with their
memberships, relationships between users, events with their participants, rooms,
announcements, forum topics and posts, messages with recipients and contents, photo albums,
folders and files, links, lists and their columns, inventory items with borrowing records,
registrations, preferences, texts, the change log of profile fields, auto-login and session
records, OpenID Connect and SAML clients and tokens, SSO keys and the menu.

Loaded into MariaDB as written (the dump names no database), except that the table prefix
placeholder ``%PREFIX%`` becomes ``adm`` (the application's default, as ``build.php`` does) and
every backtick-quoted identifier is lower-cased.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import SourceError, lower_identifiers, single_dump

REPO = "Admidio/admidio"
COMMIT = "de13dd84039b7721d33b5ecfb4c71d65609a45d4"
FILES = "demo_data/admidio-mysql.sql (the demo site's database; all tables and rows)"
LICENCE = "GPL-2.0 (LICENSE of the repository)"
ENGINE = "mysql"

_PATH = "demo_data/admidio-mysql.sql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with the table prefix filled in and identifiers lower-cased, as one script."""
    text = single_dump(read, _PATH)
    if "%PREFIX%_users" not in text:
        raise SourceError("admidio-mysql.sql no longer uses the %PREFIX% placeholder")
    text = text.replace("%PREFIX%", "adm")
    if "%" in "".join(line for line in text.splitlines() if line.startswith("CREATE TABLE")):
        raise SourceError("admidio-mysql.sql has another placeholder in a table name")
    return lower_identifiers(text)
