"""Held-out set jorani: the demo database of Jorani (then called LMS), a PHP leave management
system (a CodeIgniter application: employees request leaves and overtime, their managers accept
or reject them, HR manages contracts, entitlements, the organisation tree and non-working days).

``sql/lms_schema_demo_data.sql`` of December 2014, the schema with the project's demo and
load-test rows, creates 27 tables and fills most of them: users (employees with first and last
name, login, e-mail, bcrypt password hash, role, manager, organisation, contract, position, date
hired, company identifier and language: a handful of named demo people and generated test
employees), their leaves (dates, half-day flags, duration, type, status and the employee's cause),
overtime requests with their reasons, entitled days, contracts, the organisation tree, positions,
leave types, statuses, roles, non-working days, and empty activity, task, time, setting and
``*_history`` audit tables (a copy of each row with who changed it and when).

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), except that every
backtick-quoted identifier is lower-cased and the three stored functions at the top (each dropped
and created between ``DELIMITER $$`` and ``DELIMITER ;`` for the ``mysql`` client, which a single
multi-statement script cannot run) are left out: they only walk the organisation tree. The rows of
``contracts`` also give a ``weekly_duration`` (0 in every row) that the file's own ``contracts``
table lacks, so that column and its zeros are left out of their INSERT.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, lower_identifiers, single_dump

REPO = "bbalet/jorani"
COMMIT = "f2590e295f18ccf3c7f00a5bfbc7c6dae94e8a03"
FILES = "sql/lms_schema_demo_data.sql (the schema with the demo rows; all tables and rows)"
LICENCE = "GPL-3.0-or-later (the file's header; the repository is AGPL-3.0 today)"
ENGINE = "mysql"

_CONTRACTS = re.compile(
    r"(INSERT INTO `contracts` \(`id`, `name`, `startentdate`, `endentdate`), `weekly_duration`\)"
    r"( VALUES\n(?:\(\d+, '[^']*', '[\d/]+', '[\d/]+', 0\)[,;]\n)+)"
)
_ZERO = re.compile(r"(\(\d+, '[^']*', '[\d/]+', '[\d/]+'), 0\)")
_FUNCTION = re.compile(
    r"^DROP FUNCTION IF EXISTS `\w+`;\nDELIMITER \$\$\n.*?^DELIMITER ;\n", re.M | re.S
)


def script(read: Callable[[str], bytes]) -> str:
    """The dump without its stored functions, identifiers lower-cased, as one MariaDB script."""
    text = single_dump(read, "sql/lms_schema_demo_data.sql")
    text, functions = _FUNCTION.subn("", text)
    if functions != 3 or "DELIMITER" in text:
        raise SourceError(f"lms_schema_demo_data.sql has {functions} stored functions, not three")
    m = _CONTRACTS.search(text)
    if m is None:
        raise SourceError("lms_schema_demo_data.sql: the contracts rows changed")
    rows = _ZERO.sub(r"\1)", m.group(2))
    text = text[: m.start()] + m.group(1) + ")" + rows + text[m.end() :]
    return lower_identifiers(text)
