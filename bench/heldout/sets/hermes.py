"""Held-out set hermes: the database of Hermes, a Belgian municipality's online counter.

Hermes is a student project of the University of Namur (2018, package ``be.unamur.hermes``), a
Spring Boot 1.5 web application on MySQL with which the citizens of a Belgian commune, and the
companies they represent, file requests online (a nationality certificate, a parking card)
that the commune's departments and their employees then handle, comment and answer with
documents. ``data-access/src/main/resources/schema.sql`` creates twenty tables and
``data.sql`` (run by Spring Boot at start-up, ``spring.datasource.initialize=true``) fills them
with the team's bootstrap rows: user accounts (roles, password hash, status), a shared address
table (street, number, suffix, postcode, municipality, state, country) behind citizens,
employees, municipalities, departments and companies, six municipalities (name, e-mail, phone,
mayor's name), citizens (first and last name, e-mail, phone, national register number, birth
date), employees (the same plus bank account number, arrival date, gender, civil status,
dependent children and people), one company (number, VAT number, legal form, contact person)
and its mandatary, departments with their heads and employees, request types, statuses, field
definitions, event types, document titles and per-municipality parameters (XML settings);
requests, their field values, events and documents are empty.

Translation: none beyond names: ``schema.sql`` with its identifiers lower-cased outside string
literals and comments (``firstName`` becomes ``firstname``, ``nationalRegisterNb``
``nationalregisternb``), then ``data.sql`` as written (positional INSERTs into lower-case table
names, MySQL double-quoted strings), both loaded into MariaDB in that order, as Spring Boot runs
them. One type changes: the events' ``comment``, ``VARCHAR(20000)``, is ``text``, as MariaDB
refuses a varchar that long in utf8mb4 (the table is empty); and a line of ``data.sql`` that
holds only ``;`` (an empty statement after a comment, which Spring skips) is left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "michelCalu/WebApp-Spring_java"
COMMIT = "f8682324158092c8d73ebc35af52ad4f3efb6030"
FILES = (
    "data-access/src/main/resources/schema.sql and data-access/src/main/resources/data.sql "
    "(the Spring Boot schema and bootstrap data of Hermes, a Belgian commune's online counter "
    "for citizens' requests, University of Namur students, 2018; all 20 tables and all rows)"
)
LICENCE = "none stated (the repository has no licence file)"
ENGINE = "mysql"

SCHEMA = "data-access/src/main/resources/schema.sql"
DATA = "data-access/src/main/resources/data.sql"
TABLES = 20

# string literals and comments are kept as they are; everything else is lower-cased
_KEEP = re.compile(r"'(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.|\"\")*\"|--[^\n]*|/\*.*?\*/", re.S)


def _lower_outside_literals(sql: str) -> str:
    out: list[str] = []
    last = 0
    for m in _KEEP.finditer(sql):
        out.append(sql[last : m.start()].lower())
        out.append(m.group(0))
        last = m.end()
    out.append(sql[last:].lower())
    return "".join(out)


def script(read: Callable[[str], bytes]) -> str:
    """The lower-cased schema, then the bootstrap rows, as one MariaDB script."""
    schema = _lower_outside_literals(text_of(read(SCHEMA)))
    created = len(re.findall(r"(?i)\bcreate\s+table\b", schema))
    if created != TABLES:
        raise SourceError(f"schema.sql creates {created} tables, not {TABLES}")
    # too long a varchar for utf8mb4 (16,383 characters at most): text, as MariaDB asks
    schema, n = re.subn(r"\bvarchar\(20000\)", "text", schema)
    if n != 1:
        raise SourceError(f"schema.sql has {n} varchar(20000) columns, not 1")
    data = text_of(read(DATA))
    if re.search(r"(?i)\b(create|drop|alter)\s+table\b", data):
        raise SourceError("data.sql now changes tables")
    # a line holding only ";" (an empty statement, which Spring skips and MariaDB refuses)
    data, n = re.subn(r"(?m)^[ \t]*;[ \t]*$", "", data)
    if n > 1:
        raise SourceError(f"data.sql has {n} empty statements, not at most 1")
    return schema.rstrip() + "\n\n" + data.strip() + "\n"
