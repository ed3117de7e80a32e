"""Held-out set opensis: openSIS Classic, a student information system for schools, with the
sample school its installer offers ("install with sample data"): students with their
demographics, enrolment, schedules, grades, attendance and medical notes, the staff (teachers and
administrators) with their addresses, contacts and emergency contacts, parents' and staff logins,
the school, its years, terms, periods, courses, rooms and calendar, and the configuration rows.

The installer runs ``install/OpensisSchemaMysqlInc.sql`` (the tables, indexes, views and a
function), then the sample data: the SQL text of ``install/SqlSampleDataInc.php`` (a PHP string
holding a phpMyAdmin dump of INSERTs) and two more INSERTs that the same file runs on its own
(gradebook assignments and logins).

Loaded into MariaDB: of the schema only the tables the sample data fills (53 of the 97; the
others stay empty in a sample install), with their ``ALTER TABLE`` and ``CREATE INDEX``
statements; no views and no function. Then the sample's INSERTs as the file writes them (PHP
would expand a ``$name`` inside its double-quoted strings; the password hashes of the logins go in
as written), without the final ``CALL CALC_MISSING_ATTENDANCE()`` (a procedure of the
installer's procedures file, not loaded).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "OS4ED/openSIS-Classic"
COMMIT = "23c59bf5a0bf3e43b1be1d85157b7af409807705"
FILES = (
    "install/OpensisSchemaMysqlInc.sql (the tables the sample fills) and "
    "install/SqlSampleDataInc.php (the installer's sample school; all rows)"
)
LICENCE = "GPL-2.0 (docs/License.txt and the files' headers)"
ENGINE = "mysql"

_BLOCK_COMMENT = re.compile(r"/\*(?!!).*?\*/", re.S)
_LINE_COMMENT = re.compile(r"^\s*--[^\n]*$", re.M)
_STATEMENT_END = re.compile(r";[ \t\r]*\n")
_TABLE_OF = (
    re.compile(r"^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?`?(\w+)`?", re.I),
    re.compile(r"^ALTER\s+TABLE\s+`?(\w+)`?", re.I),
    re.compile(r"^CREATE\s+(?:UNIQUE\s+)?INDEX\s+\w+\s+(?:USING\s+\w+\s+)?ON\s+`?(\w+)`?", re.I),
)
_SAMPLE_TEXT = re.compile(r'^\$text = "\n(.*?)";\n', re.M | re.S)
_QUERY = re.compile(r'^\$dbconn->query\("(INSERT INTO .*?)"\);$', re.M | re.S)
_INSERTED = re.compile(r"^INSERT INTO `?(\w+)`?", re.M)


def _schema(text: str, tables: set[str]) -> list[str]:
    """The schema's statements about ``tables`` (tables, keys, indexes)."""
    text = _LINE_COMMENT.sub("", _BLOCK_COMMENT.sub("", text))
    kept: list[str] = []
    created: set[str] = set()
    for statement in _STATEMENT_END.split(text):
        statement = statement.strip().rstrip(";")
        for pattern in _TABLE_OF:
            found = pattern.match(statement)
            if found:
                if found.group(1) in tables:
                    kept.append(statement + ";")
                    if pattern is _TABLE_OF[0]:
                        created.add(found.group(1))
                break
    if created != tables:
        raise SourceError(f"no CREATE TABLE for {', '.join(sorted(tables - created))}")
    return kept


def script(read: Callable[[str], bytes]) -> str:
    """The filled tables' DDL and the sample school's rows, as one MariaDB script."""
    php = text_of(read("install/SqlSampleDataInc.php"))
    sample = _SAMPLE_TEXT.search(php)
    if sample is None or '"' in sample.group(1):
        raise SourceError("SqlSampleDataInc.php: no $text string of plain SQL")
    queries = _QUERY.findall(php)
    if len(queries) != 2:
        raise SourceError(f"SqlSampleDataInc.php: expected 2 more INSERTs, found {len(queries)}")
    rows = [sample.group(1)] + [q.rstrip(";") + ";" for q in queries]
    tables = set(_INSERTED.findall("\n".join(rows)))
    ddl = _schema(text_of(read("install/OpensisSchemaMysqlInc.sql")), tables)
    return "\n".join(["SET NAMES utf8mb4;", *ddl, *rows]) + "\n"
