"""What a table's rows give a scan: sampled values per column, and the column that dates a
record (whose minimum is the oldest record).

>>> columns = [ColumnInfo("email", "text"), ColumnInfo("created_at", "timestamp")]
>>> collect_samples(columns, [("ada@example.com", None), ("  ", "2024-01-31")], 5)
{'email': ('ada@example.com',), 'created_at': ('2024-01-31',)}
>>> timestamp_column(columns).name
'created_at'
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from .sql_catalog import ColumnInfo

#: Longest prefix of any sampled value kept in memory (characters or bytes).
MAX_VALUE_LENGTH = 256

_CREATED = re.compile(
    r"(^|_)(created|creation|create|inserted|insert|registered|registration|"
    r"added|signup|signed_up|joined|date_add|opened)(_|$)",
    re.I,
)
_UPDATED = re.compile(
    r"(^|_)(updated|update|modified|modify|changed|last_update|date_upd)(_|$)", re.I
)
#: Event and fact tables date a record by when its event happened.
_EVENT = re.compile(
    r"(^|_)(occurred|happened|logged|recorded|received|sent|started|placed|ordered|first|"
    r"event|visited|timestamp|ts)(_|$)",
    re.I,
)
_TIME_TYPE = re.compile(r"date|time", re.I)


def collect_samples(
    columns: list[ColumnInfo], rows: Any, limit: int
) -> dict[str, tuple[object, ...]]:
    """Up to ``limit`` non-null, non-empty values per column, truncated, in row order."""
    out: dict[str, list[object]] = {c.name: [] for c in columns}
    for row in rows:
        for column, value in zip(columns, row, strict=False):
            bucket = out[column.name]
            if value is None or len(bucket) >= limit:
                continue
            if isinstance(value, memoryview | bytearray):
                value = bytes(value)
            if isinstance(value, bytes):
                value = value[:MAX_VALUE_LENGTH]
            else:
                value = str(value)[:MAX_VALUE_LENGTH]
                if not value.strip():
                    continue
            bucket.append(value)
    return {k: tuple(v) for k, v in out.items() if v}


def timestamp_column(columns: list[ColumnInfo]) -> ColumnInfo | None:
    """The column telling when a record was created (or, failing that, last updated)."""

    def timeish(c: ColumnInfo) -> bool:
        return bool(_TIME_TYPE.search(c.data_type)) or bool(
            re.search(r"(_at|_on|date|time)$", c.name, re.I)
        )

    candidates = [c for c in columns if timeish(c)]
    for pattern in (_CREATED, _EVENT, _UPDATED):
        for c in candidates:
            if pattern.search(c.name):
                return c
    return None


def iso(value: object) -> str:
    """A timestamp as ISO 8601 text (values stored as text are kept as they are)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)[:40]
