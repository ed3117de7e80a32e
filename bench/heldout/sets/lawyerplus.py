"""Held-out set lawyerplus: the database of LawyerPlus, a plain-PHP and MySQL web application for
a law practice in Sri Lanka (2023): lawyers and their assistants, clients, their cases,
appointments, client statements to their lawyers, lawyers' free times, payments, the site's user
accounts, and the records of deleted clients, deleted lawyers and users awaiting activation.

``database/lawyerplus.sql`` of the repository ThimiraSadeesha/LaywerPlus_System is the
phpMyAdmin dump (MariaDB 10.4, generated 10 August 2023) that the developers kept of their
installation, with their test rows. It creates 13 tables, fills 10 of them (``assistant``,
``deleted_lawyers`` and ``payment`` are empty), adds the primary keys, indexes and four foreign
keys, and defines 13 triggers (copying a lawyer's, an assistant's or a client's name and password
into ``user`` on insert and update, deleting the user with the lawyer or client, and moving
deleted lawyers and clients into ``deleted_lawyers`` and ``deleted_client`` and back).

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), except that every
backtick-quoted identifier is lower-cased (``DOB``, ``Appointment_id``, ``Case_Type``, ``Email``,
``Available_Date``...) and the 13 triggers, each written between ``DELIMITER $$`` and
``DELIMITER ;`` for the ``mysql`` client (which a single multi-statement script cannot run), are
left out. Each trigger follows its table's rows in the dump and none fires on the dump's own
INSERTs, so the rows are the same with or without them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, lower_identifiers, single_dump

REPO = "ThimiraSadeesha/LaywerPlus_System"
COMMIT = "ed06fb16b93627c5422ab99731031ea2cebe6ed5"
DUMP = "database/lawyerplus.sql"
FILES = (
    "database/lawyerplus.sql (the phpMyAdmin dump of the application's database, MariaDB 10.4, "
    "August 2023; all 13 tables and all rows; not its 13 triggers)"
)
LICENCE = "none stated in the repository (only the licences of vendored PHP libraries)"
ENGINE = "mysql"

_TRIGGER = re.compile(r"^DELIMITER \$\$\n.*?^DELIMITER ;\n", re.M | re.S)
_TRIGGERS = 13


def script(read: Callable[[str], bytes]) -> str:
    """The dump without its triggers, identifiers lower-cased, as one MariaDB script."""
    text = single_dump(read, DUMP).replace("\r\n", "\n")
    text, triggers = _TRIGGER.subn("", text)
    if triggers != _TRIGGERS or "DELIMITER" in text:
        raise SourceError(f"{DUMP} has {triggers} DELIMITER blocks, not {_TRIGGERS}")
    return lower_identifiers(text)
