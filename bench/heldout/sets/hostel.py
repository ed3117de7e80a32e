"""Held-out set hostel: the database of a PHP hostel management system (a students' project:
students apply for a room, the warden admits them, records their fees and answers their
complaints, and guests check in).

``hostel_management.sql``, a phpMyAdmin dump, creates the ten tables and fills them: admitted
students (two tables, ``stud`` and ``studs``) and room requests (``studreq``) with name, register
number, department, father's name and phone, age, date of birth, blood group, e-mail, phone,
address and photo file; a check-in register (``hcheck``) with name, gender, district and address;
complaints (``suggest``) with the student's name; fee amounts and payments; hostels; news; and the
administrator's login.

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), except that every
backtick-quoted identifier is lower-cased and the one trigger (``tr_news_insert``, written between
``DELIMITER //`` and ``DELIMITER ;`` for the ``mysql`` client, which a single multi-statement
script cannot run) is left out, as is the statement making ``news.id`` an ``AUTO_INCREMENT``
column (MariaDB refuses it: ``news.id`` is not a key there, ``news_id`` is); both only number new
rows of ``news``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, lower_identifiers, single_dump

REPO = "iamalwin/Hostel_e-Management"
COMMIT = "008d42671a97d065c77c7c166af6760f4242bc32"
FILES = "hostel_management.sql (the application's database dump; all rows)"
LICENCE = "none stated in the repository"
ENGINE = "mysql"

_NEWS_AUTO = (
    "ALTER TABLE `news`\n  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=5;\n"
)
_TRIGGER = re.compile(r"^DELIMITER //\n.*?^DELIMITER ;\n", re.M | re.S)


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    text = single_dump(read, "hostel_management.sql")
    text, triggers = _TRIGGER.subn("", text)
    if triggers != 1:
        raise SourceError(f"hostel_management.sql has {triggers} DELIMITER blocks, not one")
    if _NEWS_AUTO not in text:
        raise SourceError("hostel_management.sql no longer makes news.id AUTO_INCREMENT")
    text = text.replace(_NEWS_AUTO, "")
    return lower_identifiers(text)
