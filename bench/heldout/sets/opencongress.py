"""Held-out set opencongress: the Cucumber fixtures of OpenCongress (a Rails site on Congress).

OpenCongress (opencongress.org, the Participatory Politics Foundation with the Sunlight
Foundation, 2005-2013; Rails 2 on PostgreSQL) showed the bills, amendments, votes and members of
the United States Congress from GovTrack's data, and let registered users track bills and
members, rate them and write about them. Its Cucumber features load
``features/fixtures/<table>.yml``, which the project extracted from a copy of its database
(files of August 2009 and July 2010) with its own ``db:extract_fixtures`` task
(``lib/tasks/fixtures.rake``: ``SELECT *`` of each table written with Ruby 1.8's ``to_yaml``, so
every value is a string, and strings with non-ASCII letters or a tab are base64 under
``!binary``): 446 members of Congress (``people``: names, nicknames, birthday, gender,
religion, party, title, state, district, OpenSecrets, Bioguide, MetaVid and YouTube ids, web
site, office, phone, fax, contact form, a full-text vector of the names, the users' average
approval and page and article counts), 1093 terms in the House
and Senate and of the President (``roles``), two bills and 506 amendments of the 111th Congress,
two bill actions, sixteen hot-bill categories, two blog articles, their two tags and taggings,
four user roles, two user accounts (login, full name, e-mail, SHA-1 password hash and salt, ZIP
code, district, instant-messenger names, home page, pictures, feed key, flags and times) and
2918 ZIP+4 codes with their congressional district.

Translation: the twelve fixture files, all rows, into PostgreSQL. The DDL is that of
``db/migrate/initial_schema.sql`` (the repository's PostgreSQL schema: its ``CREATE TABLE``
statements for these tables, with their primary keys), keeping only the columns the fixtures
have (the ten columns of the 2012 schema that the fixtures lack are left out); the values
are the fixtures' strings, decoded from ``!binary`` where so written, and PostgreSQL casts
them to the schema's types (integers, Unix times in integers, dates, timestamps, booleans written
``t``/``f``, ``tsvector``). The fixture labels (``people_001``...) are not columns: the rows carry
their own ids.
"""

from __future__ import annotations

import base64
import datetime
import re
from collections.abc import Callable

import yaml
from sqlsource import SourceError, pg_literal, text_of

REPO = "opencongress/opencongress"
COMMIT = "850b602f50f9fc8a98fd31b297f35a56bae136df"
FILES = (
    "features/fixtures/{actions,amendments,articles,bills,hot_bill_categories,people,roles,"
    "taggings,tags,user_roles,users,zipcode_districts}.yml (the Cucumber fixtures, extracted from"
    " the site's database in 2009-2010; all rows) and db/migrate/initial_schema.sql (the"
    " PostgreSQL schema: column types and primary keys)"
)
LICENCE = (
    "GPL-3.0 (the fixtures were added in 2009 and 2010, before OpenCongress version 3 of July"
    " 2011; the README says components added before version 3 are GPLv3 and the whole is AGPLv3:"
    " LICENSE, LICENSE-AGPLv3)"
)
ENGINE = "postgresql"

_TABLES = (
    "actions",
    "amendments",
    "articles",
    "bills",
    "hot_bill_categories",
    "people",
    "roles",
    "taggings",
    "tags",
    "user_roles",
    "users",
    "zipcode_districts",
)


class _Loader(yaml.SafeLoader):
    """YAML of Ruby 1.8's ``to_yaml``: ``!binary`` scalars are base64 UTF-8 strings."""


_Loader.add_constructor(
    "!binary", lambda loader, node: base64.b64decode(loader.construct_scalar(node)).decode("utf-8")
)


def _schema(text: str, table: str) -> tuple[list[tuple[str, str]], str]:
    """(column, definition) pairs of ``table`` in the schema, and its primary-key column list."""
    found = re.search(rf"^CREATE TABLE {table} \((.*?)\n\);", text, re.S | re.M)
    key = re.search(rf"ADD CONSTRAINT {table}_pkey PRIMARY KEY \(([^)]*)\);", text)
    if found is None or key is None:
        raise SourceError(f"initial_schema.sql has no table {table} or no primary key for it")
    columns = []
    for line in found.group(1).strip().splitlines():
        definition = line.strip().rstrip(",")
        columns.append((definition.split()[0].strip('"'), definition))
    return columns, key.group(1)


def _value(value: object) -> str:
    if isinstance(value, datetime.datetime | datetime.date):
        return pg_literal(
            value.isoformat(sep=" ") if isinstance(value, datetime.datetime) else str(value)
        )
    if isinstance(value, bool | int | float):
        return pg_literal(str(value))
    if value is None or isinstance(value, str):
        return pg_literal(value)
    raise SourceError(f"a fixture value of an unexpected kind: {type(value).__name__}")


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""
    schema = text_of(read("db/migrate/initial_schema.sql"))
    out: list[str] = []
    for table in _TABLES:
        rows = yaml.load(text_of(read(f"features/fixtures/{table}.yml")), Loader=_Loader) or {}
        present = {name for row in rows.values() for name in row}
        columns, key = _schema(schema, table)
        unknown = present - {name for name, _ in columns}
        if unknown:
            raise SourceError(f"{table}: fixture columns not in the schema: {sorted(unknown)}")
        kept = [(name, definition) for name, definition in columns if name in present]
        body = ",\n    ".join([d for _, d in kept] + [f"PRIMARY KEY ({key})"])
        out.append(f"CREATE TABLE {table} (\n    {body}\n);")
        names = [name for name, _ in kept]
        quoted = ", ".join(f'"{n}"' for n in names)
        values = ",\n".join(
            "(" + ", ".join(_value(row.get(n)) for n in names) + ")" for row in rows.values()
        )
        out.append(f"INSERT INTO {table} ({quoted}) VALUES\n{values};")
    return "\n".join(out) + "\n"
