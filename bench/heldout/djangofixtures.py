"""Reading Django fixtures (the JSON that ``manage.py dumpdata`` writes and ``loaddata`` reads), so
that a set module (``sets/<set>.py``) can load an application's fixture objects into PostgreSQL.

A fixture is a JSON list of ``{"model": "<app>.<model>", "pk": ..., "fields": {...}}`` objects.
Each model becomes one table named ``<app>_<model>`` as Django names it (``auth_user``,
``base_person``), with an ``id`` column for the primary key and one column per field, named as in
the fixture (a foreign key ``owner`` stays ``owner``, not Django's ``owner_id``; it holds a number,
or a natural key in a JSON array, as in ``["editor"]``). When several fixture files are loaded in
turn, an object whose model and primary key were already loaded replaces the earlier one, as
``loaddata`` does. Columns are typed from the values: integers ``bigint``, other numbers ``double
precision``, booleans ``boolean``, ISO timestamps ``timestamptz``, ISO dates ``date``, times of
day ``time``, lists and objects (many-to-many fields, natural keys, JSON fields) ``jsonb``, other
strings and any column mixing kinds ``text`` (a list or object there written as JSON); a missing
or null field is NULL. Table and column names are quoted (``user``, ``order`` are reserved words)::

    >>> fixture = '[{"model": "auth.user", "pk": 1, "fields": {"username": "ann", "groups": []}}]'
    >>> print(script(objects(fixture)))
    CREATE TABLE "auth_user" (
        "id" bigint PRIMARY KEY,
        "username" text,
        "groups" jsonb
    );
    INSERT INTO "auth_user" ("id", "username", "groups") VALUES
    (1, 'ann', '[]');
    <BLANKLINE>
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable

from sqlsource import SourceError

_KINDS = (
    ("timestamptz", re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?")),
    ("date", re.compile(r"\d{4}-\d\d-\d\d")),
    ("time", re.compile(r"([01]\d|2[0-4]):[0-5]\d(:[0-6]\d)?")),  # of day, not "70:46"
)


def objects(text: str) -> list[dict[str, object]]:
    """The objects of one fixture file, each checked to have a model, an integer pk and fields."""
    data = json.loads(text)
    if not isinstance(data, list):
        raise SourceError("a Django fixture is a JSON list of objects")
    for obj in data:
        if not isinstance(obj, dict) or not isinstance(obj.get("model"), str):
            raise SourceError("an object of the fixture without a model")
        if not isinstance(obj.get("pk"), int) or not isinstance(obj.get("fields"), dict):
            raise SourceError(f"an object of {obj.get('model')} without an integer pk")
        if "id" in obj["fields"]:
            raise SourceError(f"{obj['model']} has a field named id")
    return data


def numbered(
    objs: list[dict[str, object]], model: str, keys: tuple[type, ...] = (int,)
) -> list[dict[str, object]]:
    """The objects with those of ``model`` that have no primary key (``dumpdata
    --natural-primary``: ``loaddata`` finds them by their natural key) numbered 1, 2, ... in
    file order, as an empty database numbers them; every object then needs a key of one of
    ``keys`` and no field named ``id``, or the fixture is refused."""
    count = 0
    for obj in objs:
        if obj["model"] == model and obj.get("pk") is None:
            count += 1
            obj["pk"] = count
        fields = obj["fields"]
        if not isinstance(obj.get("pk"), keys) or not isinstance(fields, dict) or "id" in fields:
            raise SourceError(f"{obj['model']}: an object without a usable primary key")
    return objs


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
        if isinstance(value, float) and not math.isfinite(value):  # JSON Infinity, NaN
            return f"'{value!r}'::double precision"
        return repr(value)
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if "\x00" in text:
        raise SourceError("a NUL character in a value")
    return "'" + text.replace("'", "''") + "'"


def script(objs: Iterable[dict[str, object]]) -> str:
    """DDL and rows of every model in ``objs`` (in load order) as one PostgreSQL script."""
    tables: dict[str, dict[object, dict[str, object]]] = {}
    for obj in objs:
        fields = obj["fields"]
        assert isinstance(fields, dict) and isinstance(obj["model"], str)
        table = obj["model"].replace(".", "_")
        tables.setdefault(table, {})[obj["pk"]] = {"id": obj["pk"], **fields}
    out: list[str] = []
    for table in sorted(tables):
        rows = list(tables[table].values())
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
        out.append(f'CREATE TABLE "{table}" (\n    {ddl}\n);')
        values = [
            "(" + ", ".join(_literal(row.get(n), t) for n, t in types.items()) + ")" for row in rows
        ]
        names = ", ".join(f'"{n}"' for n in types)
        out.append(f'INSERT INTO "{table}" ({names}) VALUES\n' + ",\n".join(values) + ";")
    return "\n".join(out) + "\n"
