"""Reading Ruby on Rails test fixtures (``test/fixtures/<table>.yml``), so that a set module
(``sets/<set>.py``) can load an application's fixture rows into PostgreSQL.

Each file is one table: a YAML mapping from a row's label to its columns. Rails runs the file
through ERB first; here only the tags a set names are replaced: relative times such as
``<%= 3.days.ago %>``, ``<%= 2.day.ago.midday.to_date %>``, ``<%= Time.current %>``, ``<%=
Time.zone.now %>`` or ``<%= Date.current %>`` become fixed values counted from
:data:`REFERENCE`, so that a load does not depend on the day; ``<%=
ActiveRecord::FixtureSet.identify(:label) %>`` becomes the id of the row labelled ``label`` (see
below); the set module gives the value of any other tag (``extra``); a tag that is none of these
stops the load. A row gets the ``id`` Rails gives a labelled fixture with an integer key
(``zlib.crc32(label) % (2**30 - 1)``) unless the file gives one; an association written as a
label (``user: david``) stays that label, in a column named as in the file. Columns are typed from
the values: integers ``bigint``, other numbers ``numeric``, booleans ``boolean``, timestamps
``timestamptz``, dates ``date``, lists and mappings ``jsonb``, other strings and any column mixing
kinds ``text``; a missing key or empty value is NULL::

    >>> rows = {"users": "<% d = 1 %>\\nbob:\\n  name: Bob\\n  seen: <%= 2.days.ago %>\\n"}
    >>> print(script(rows.__getitem__, ["users"], {"<% d = 1 %>": ""}))
    CREATE TABLE "users" (
        "id" bigint,
        "name" text,
        "seen" timestamptz
    );
    INSERT INTO "users" ("id", "name", "seen") VALUES
    (902541635, 'Bob', '2025-12-30 12:00:00');
    <BLANKLINE>
"""

from __future__ import annotations

import datetime
import json
import re
import zlib
from collections.abc import Callable, Mapping, Sequence

import yaml

#: the moment relative times are counted from
REFERENCE = datetime.datetime(2026, 1, 1, 12, 0, 0)

_TAG = re.compile(r"<%.*?%>", re.S)
_RELATIVE = re.compile(
    r"<%=\s*(?:(\d+)\.(minute|hour|day|week|month|year)s?\.(ago|from_now)"
    r"|(Time\.current|Time\.now|Time\.zone\.now|Time\.zone\.today|Date\.current|Date\.today)"
    r"(\.utc)?(\.beginning_of_month|\.end_of_month)?)"
    r"(\.midday)?(\.to_date)?(\.to_fs\(:db\))?\s*%>"
)
_IDENTIFY = re.compile(r"<%=\s*ActiveRecord::FixtureSet\.identify\(:(\w+)\)\s*%>")
_HOURS = {
    "minute": 1 / 60,
    "hour": 1,
    "day": 24,
    "week": 24 * 7,
    "month": 24 * 30,
    "year": 24 * 365,
}


class FixtureError(ValueError):
    """A fixture file the reader does not understand."""


def _relative(match: re.Match[str]) -> str:
    count, unit, direction, now, _utc, month_edge, midday, to_date, _db = match.groups()
    moment = REFERENCE
    day_only = bool(to_date) or (now or "").startswith("Date") or (now or "").endswith("today")
    if count is not None:
        step = datetime.timedelta(hours=int(count) * _HOURS[unit])
        moment = moment - step if direction == "ago" else moment + step
    if month_edge == ".beginning_of_month":
        moment = moment.replace(day=1)
    elif month_edge == ".end_of_month":
        moment = moment.replace(month=moment.month % 12 + 1, day=1) - datetime.timedelta(days=1)
    if midday:
        moment = moment.replace(hour=12, minute=0, second=0)
    return moment.date().isoformat() if day_only else moment.isoformat(sep=" ")


def expand(text: str, extra: Mapping[str, str]) -> str:
    """``text`` with every ERB tag replaced (relative times, or by ``extra``), else an error."""

    def one(match: re.Match[str]) -> str:
        tag = match.group(0)
        if tag in extra:
            return extra[tag]
        label = _IDENTIFY.fullmatch(tag)
        if label is not None:
            return str(identify(label.group(1)))
        found = _RELATIVE.fullmatch(tag)
        if found is None:
            raise FixtureError(f"an ERB tag the set does not name: {tag[:60]!r}")
        return _relative(found)

    return _TAG.sub(one, text)


def identify(label: str) -> int:
    """The integer id Rails gives the fixture labelled ``label``."""
    return zlib.crc32(label.encode()) % (2**30 - 1)


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "bigint"
    if isinstance(value, float):
        return "numeric"
    if isinstance(value, datetime.datetime):
        return "timestamptz"
    if isinstance(value, datetime.date):
        return "date"
    if isinstance(value, list | dict):
        return "jsonb"
    return "text"


def _literal(value: object, kind: str) -> str:
    if value is None:
        return "NULL"
    if kind == "boolean":
        return "TRUE" if value else "FALSE"
    if kind in ("bigint", "numeric"):
        return repr(value)
    if isinstance(value, list | dict):
        text = json.dumps(value, ensure_ascii=False, default=str)
    elif isinstance(value, bool):
        text = "true" if value else "false"
    else:
        text = str(value)
    if "\x00" in text:
        raise FixtureError("a NUL character in a value")
    return "'" + text.replace("'", "''") + "'"


def script(
    read: Callable[[str], str], tables: Sequence[str], extra: Mapping[str, str] | None = None
) -> str:
    """CREATE TABLE and INSERT statements for ``tables``; ``read(table)`` gives a file's text."""
    out: list[str] = []
    for table in tables:
        data = yaml.safe_load(expand(read(table), extra or {})) or {}
        if not isinstance(data, dict):
            raise FixtureError(f"{table}: not a mapping of labelled rows")
        rows: list[dict[str, object]] = []
        for label, row in data.items():
            if label == "DEFAULTS" or row is None:
                continue
            if not isinstance(row, dict):
                raise FixtureError(f"{table}: row {label!r} is not a mapping")
            rows.append({"id": identify(str(label)), **row})
        kinds: dict[str, set[str]] = {}
        for row in rows:
            for name, value in row.items():
                kinds.setdefault(name, set())
                if value is not None:
                    kinds[name].add(_kind(value))
        types = {n: (k.pop() if len(k) == 1 else "text") for n, k in kinds.items()}
        name = table.replace("/", "_")
        body = ",\n    ".join(f'"{c}" {t}' for c, t in types.items())
        out.append(f'CREATE TABLE "{name}" (\n    {body}\n);')
        if rows:
            names = ", ".join(f'"{c}"' for c in types)
            values = ",\n".join(
                "(" + ", ".join(_literal(r.get(c), t) for c, t in types.items()) + ")" for r in rows
            )
            out.append(f'INSERT INTO "{name}" ({names}) VALUES\n{values};')
    return "\n".join(out) + "\n"
