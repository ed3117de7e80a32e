"""What a table's rows give a scan: sampled values per column, and the column that dates a
record (whose minimum is the oldest record).

>>> columns = [ColumnInfo("email", "text"), ColumnInfo("created_at", "timestamp")]
>>> collect_samples(columns, [("ada@example.com", None), ("  ", "2024-01-31")], 5)
{'email': ('ada@example.com',), 'created_at': ('2024-01-31',)}
>>> timestamp_column(columns).name
'created_at'

Only a column of a date or timestamp type dates records: a text column named ``created_at``
may hold anything, and its minimum would be a raw value in every output.

>>> timestamp_column([ColumnInfo("created_at", "text"), ColumnInfo("opened", "time")]) is None
True
"""

from __future__ import annotations

import re
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
#: Types holding a date or a point in time: not a time of day, an interval, a range or an array.
_TEMPORAL_TYPE = re.compile(
    r"^\s*(?:date|datetime\w*|smalldatetime|timestamp\w*)\b(?![^\[]*\[)", re.I
)


def collect_samples(
    columns: list[ColumnInfo], rows: Any, limit: int
) -> dict[str, tuple[object, ...]]:
    """Up to ``limit`` non-null, non-empty values per column, truncated, in row order (a
    column at a time, each left once it has ``limit`` values: a table is read with three times
    as many rows as are kept, for sparse columns)."""
    out: dict[str, tuple[object, ...]] = {}
    for column, values in zip(columns, zip(*rows, strict=False), strict=False):
        bucket: list[object] = []
        for value in values:
            if value is None:
                continue
            if isinstance(value, str):
                value = value[:MAX_VALUE_LENGTH]
                if not value.strip():
                    continue
            elif isinstance(value, bytes | memoryview | bytearray):
                value = bytes(value)[:MAX_VALUE_LENGTH]
            else:
                value = str(value)[:MAX_VALUE_LENGTH]
                if not value.strip():
                    continue
            bucket.append(value)
            if len(bucket) >= limit:
                break
        if bucket:
            out[column.name] = tuple(bucket)
    return out


def is_temporal(data_type: str) -> bool:
    """Whether a column type holds a date or a point in time (for SQLite, whose declared
    types are free text, whether the declared type names one).

    >>> [is_temporal(t) for t in ("timestamp with time zone", "datetime(6)", "DATE", "text")]
    [True, True, True, False]
    >>> [is_temporal(t) for t in ("time", "interval", "daterange", "timestamp[]")]
    [False, False, False, False]
    """
    return bool(_TEMPORAL_TYPE.search(data_type))


def timestamp_column(columns: list[ColumnInfo]) -> ColumnInfo | None:
    """The date or timestamp column telling when a record was created (or, failing that, when
    its event happened or it was last updated)."""
    candidates = [c for c in columns if is_temporal(c.data_type)]
    for pattern in (_CREATED, _EVENT, _UPDATED):
        for c in candidates:
            if pattern.search(c.name):
                return c
    return None
