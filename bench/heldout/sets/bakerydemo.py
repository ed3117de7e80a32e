"""Held-out set bakerydemo: the demo site of Wagtail (an open-source CMS on Django), "The Wagtail
Bakery".

The demo ships its whole database as one Django fixture (a JSON list of ``{"model", "pk",
"fields"}`` objects): six CMS users (user name, first and last name in several scripts, e-mail
address, PBKDF2 password hash, last login, groups), their profiles (language, time zone), the
bakery's staff shown on the site (first and last name, job title, photo), blog posts and recipes
linked to them, bakery locations with a street address and coordinates and their opening hours,
breads with origin country and ingredients, a contact form and one submission of it (a JSON object
with a visitor's name and e-mail address), comments and workflow states by user, page revisions
(the whole page as JSON, with the editing user), audit-log entries, images, documents, embeds,
redirects, search promotions, and the pages, sites, locales and collections of the CMS.

Every object of the fixture, one table per model named ``<app>_<model>`` as Django names them
(``auth_user``, ``base_person``), an ``id`` column for the primary key and one column per field,
named as in the fixture (a foreign key ``owner`` stays ``owner``, not Django's ``owner_id``; it
holds a number, or a user name in a JSON array when the fixture uses natural keys, as in
``["editor"]``), loaded into PostgreSQL. Columns are typed here from the values, by these rules:
integers ``bigint``, other numbers ``double precision``, booleans ``boolean``, ISO timestamps
``timestamptz``, ISO dates ``date``, times of day ``time``, lists and objects (many-to-many fields,
natural keys, a form submission's data) ``jsonb``, other strings and any column mixing kinds
``text`` (a list or object there written as JSON); a missing or null field is NULL. Column names
are quoted (``user``, ``order`` are reserved words).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "wagtail/bakerydemo"
COMMIT = "8e2b625755d8942412d5b7627b146a795933b8b2"
FILES = "bakerydemo/base/fixtures/bakerydemo.json (the demo site's Django fixture, all objects)"
LICENCE = "BSD-3-Clause"
ENGINE = "postgresql"

_KINDS = (
    ("timestamptz", re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?")),
    ("date", re.compile(r"\d{4}-\d\d-\d\d")),
    ("time", re.compile(r"\d\d:\d\d(:\d\d)?")),
)


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "bigint"
    if isinstance(value, float):
        return "double precision"
    if isinstance(value, list | dict):
        return "jsonb"
    if isinstance(value, str):
        for kind, pattern in _KINDS:
            if pattern.fullmatch(value):
                return kind
        return "text"
    raise SourceError(f"unexpected value of type {type(value).__name__} in the fixture")


def _literal(value: object, kind: str) -> str:
    if value is None:
        return "NULL"
    if kind == "boolean":
        return "TRUE" if value else "FALSE"
    if kind in ("bigint", "double precision"):
        return repr(value)
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return "'" + text.replace("'", "''") + "'"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the fixture as one PostgreSQL script."""
    objects = json.loads(text_of(read("bakerydemo/base/fixtures/bakerydemo.json")))
    tables: dict[str, list[dict[str, object]]] = {}
    for obj in objects:
        if not isinstance(obj.get("pk"), int) or not isinstance(obj.get("fields"), dict):
            raise SourceError(f"an object of {obj.get('model')} without an integer pk")
        if "id" in obj["fields"]:
            raise SourceError(f"{obj['model']} has a field named id")
        table = obj["model"].replace(".", "_")
        tables.setdefault(table, []).append({"id": obj["pk"], **obj["fields"]})
    out: list[str] = []
    for table in sorted(tables):
        rows = tables[table]
        columns: dict[str, set[str]] = {}
        for row in rows:
            for name, value in row.items():
                columns.setdefault(name, set())
                if value is not None:
                    columns[name].add(_kind(value))
        types = {n: (k.pop() if len(k) == 1 else "text") for n, k in columns.items()}
        ddl = ",\n    ".join(
            f'"{n}" {t}' + (" PRIMARY KEY" if n == "id" else "") for n, t in types.items()
        )
        out.append(f"CREATE TABLE {table} (\n    {ddl}\n);")
        values = [
            "(" + ", ".join(_literal(row.get(n), t) for n, t in types.items()) + ")" for row in rows
        ]
        names = ", ".join(f'"{n}"' for n in types)
        out.append(f"INSERT INTO {table} ({names}) VALUES\n" + ",\n".join(values) + ";")
    return "\n".join(out) + "\n"
