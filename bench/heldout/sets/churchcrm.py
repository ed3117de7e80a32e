"""Held-out set churchcrm: the demo database of ChurchCRM, a PHP church management web application
(families and their members, groups and their roles, Sunday school classes, events and
attendance, pledges, donations and deposits, fundraisers, notes, properties, custom fields,
queries, users and their settings, calendars), read from a copy of the project.

``demo/ChurchCRM-Database.sql`` is the dump (mysqldump-php, July 2024) of the database behind the
project's public demo site, which the repository ships for developers to load: 69 tables and two
views. It holds families (name, address, phones, e-mail, wedding date, coordinates, envelope
number), persons (title, first, middle and last name, suffix, address, phones, e-mails, birth date
in three columns, gender, family role, membership date, social media handles), custom person and
family fields, groups (Sunday school classes among them) with their members and per-group
property tables (``groupprop_N``), events with attendance and head counts, pledges and payments
with deposits and funds, a fundraiser, notes, properties, saved queries, the application's users
(user name, password hash, login counters, two-factor fields, API key) with settings and
permissions, calendars, menu links, tokens, configuration and the version table.

Loaded into MariaDB as written (the dump names no database), except that every backtick-quoted
identifier is lower-cased and the ``DEFINER`` clause of the two views (the demo site's database
user, which the local server lacks) is left out.

The repository is ``Philip-007/crmchurch``, a copy of ``ChurchCRM/CRM`` (MIT) whose history is
too large for the mirror; the dump is the project's own file.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, lower_identifiers, single_dump

REPO = "Philip-007/crmchurch"
COMMIT = "cdb952b4ea5d9279060770b1aa8dfe7e8608e115"
FILES = "demo/ChurchCRM-Database.sql (the demo site's database; all tables and rows)"
LICENCE = "MIT (LICENSE of the repository, ChurchCRM's)"
ENGINE = "mysql"

_DEFINER = re.compile(r"^/\*!50013 DEFINER=`\w+`@`%` SQL SECURITY DEFINER \*/\n", re.M)


def script(read: Callable[[str], bytes]) -> str:
    """The dump without its views' definer, identifiers lower-cased, as one MariaDB script."""
    text = single_dump(read, "demo/ChurchCRM-Database.sql")
    text, definers = _DEFINER.subn("", text)
    if definers != 2 or "DEFINER" in text:
        raise SourceError(f"ChurchCRM-Database.sql has {definers} view definers, not two")
    return lower_identifiers(text)
