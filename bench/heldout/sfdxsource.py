"""Reading Salesforce sample data in the ``sf data import tree`` format (the ``data/*.json`` files
of the Trailhead sample apps), so that a set module (``sets/<set>.py``) can load the records into
PostgreSQL or MariaDB under DDL written by hand in the module.

A file holds ``{"records": [...]}``; each record has ``attributes`` (its object type and a
``referenceId``) and one key per field it sets; a value ``"@SomeRef"`` points at another record's
``referenceId``. A set module describes each table as ``(file, object type, columns as "name
TYPE", extra clauses)``, the first column holding the ``referenceId`` (the record's id) and the
others named as the fields are; :func:`script` checks that the file's records set exactly those
fields (each at least once, none besides), keeps a reference as the ``referenceId`` it names, and
writes the CREATE TABLE and INSERT statements; a field a record does not set is NULL::

    >>> data = b'''{"records": [
    ...   {"attributes": {"type": "Contact", "referenceId": "C1"}, "LastName": "O'Hara",
    ...    "AccountId": "@A1"},
    ...   {"attributes": {"type": "Contact", "referenceId": "C2"}, "LastName": "Wu"}]}'''
    >>> columns = ("id VARCHAR(20)", "LastName VARCHAR(80)", "AccountId VARCHAR(20)")
    >>> print(script(lambda path: data, {"contact": ("c.json", "Contact", columns, "")}, "mysql"))
    CREATE TABLE contact (
        id VARCHAR(20),
        LastName VARCHAR(80),
        AccountId VARCHAR(20)
    ) DEFAULT CHARSET=utf8mb4;
    INSERT INTO contact VALUES
    ('C1', 'O''Hara', 'A1'),
    ('C2', 'Wu', NULL);
    <BLANKLINE>
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence

from sqlitesource import column_name, literal

#: table -> (file in the repository, object type, columns as "name TYPE" (the id first), clauses)
Tables = Mapping[str, tuple[str, str, Sequence[str], str]]

_REFERENCE = re.compile(r"@[A-Za-z0-9_]+")


def records(data: bytes, path: str, sobject: str) -> list[dict[str, object]]:
    """The records of one tree-format file, each as ``{"id": referenceId, field: value, ...}``.

    >>> case = b'{"records": [{"attributes": {"type": "Case", "referenceId": "K1"}}]}'
    >>> records(case, "f", "Case")
    [{'id': 'K1'}]
    >>> records(case, "f", "Lead")
    Traceback (most recent call last):
    ...
    ValueError: f: a Case record, expected only Lead
    """
    out: list[dict[str, object]] = []
    for record in json.loads(data)["records"]:
        attributes = record.get("attributes", {})
        if attributes.get("type") != sobject:
            raise ValueError(f"{path}: a {attributes.get('type')} record, expected only {sobject}")
        row: dict[str, object] = {"id": attributes["referenceId"]}
        for field, value in record.items():
            if field == "attributes":
                continue
            if isinstance(value, dict | list):
                raise ValueError(f"{path}: field {field} holds nested records")
            if isinstance(value, str) and _REFERENCE.fullmatch(value):
                value = value[1:]
            row[field] = value
        out.append(row)
    return out


def script(read: Callable[[str], bytes], tables: Tables, engine: str) -> str:
    """DDL and rows of ``tables``, each read from its file with ``read``, as one script."""
    out: list[str] = []
    suffix = " DEFAULT CHARSET=utf8mb4" if engine == "mysql" else ""
    for table, (path, sobject, columns, clauses) in tables.items():
        rows = records(read(path), path, sobject)
        names = [column_name(c) for c in columns]
        found = ["id", *dict.fromkeys(f for row in rows for f in row if f != "id")]
        if sorted(found) != sorted(names):
            raise ValueError(f"{path} has fields {found}, expected {names}")
        body = ",\n    ".join([*columns, *([clauses] if clauses else [])])
        out.append(f"CREATE TABLE {table} (\n    {body}\n){suffix};")
        values = [
            "(" + ", ".join(literal(row.get(name), engine) for name in names) + ")" for row in rows
        ]
        out.append(f"INSERT INTO {table} VALUES\n" + ",\n".join(values) + ";")
    return "\n".join(out) + "\n"
