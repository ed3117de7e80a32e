"""Times and durations, in one place: the scan's clock (``SOURCE_DATE_EPOCH`` for reproducible
runs), ISO 8601 timestamps as the snapshot writes them, and ISO 8601 durations in days.

>>> days("P3Y"), days("P90D"), days("PT12H")
(1095.75, 90.0, 0.5)
>>> moment("2026-01-01T00:00:00Z").isoformat(), moment("yesterday")
('2026-01-01T00:00:00+00:00', None)
>>> instant("2024-01-31 10:00:00.5"), instant(date(2024, 1, 31)), instant("ada@example.com")
('2024-01-31T10:00:00Z', '2024-01-31T00:00:00Z', None)
"""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime

_DURATION = re.compile(
    r"^P(?:(?P<Y>\d+)Y)?(?:(?P<M>\d+)M)?(?:(?P<W>\d+)W)?(?:(?P<D>\d+)D)?"
    r"(?:T(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>\d+)S)?)?$"
)
_DAYS = {"Y": 365.25, "M": 30.4375, "W": 7.0, "D": 1.0, "h": 1 / 24, "m": 1 / 1440, "s": 1 / 86400}


def now() -> str:
    """Now in UTC to the second (``2026-01-01T00:00:00Z``), or the time ``SOURCE_DATE_EPOCH``
    gives, so that a run can be repeated byte for byte."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    instant = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return instant.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def moment(text: str) -> datetime | None:
    """An ISO 8601 timestamp as an aware datetime (UTC when it names no zone); None when
    ``text`` is not one."""
    try:
        instant = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return instant if instant.tzinfo else instant.replace(tzinfo=UTC)


def instant(value: object) -> str | None:
    """A date or time value in the one form snapshots write (``2026-01-01T00:00:00Z``, UTC to
    the second); None when ``value`` is no date or time, so that a value read from a database
    is never written as it is. A value without a zone is read as UTC, as :func:`moment` reads it;
    a date is its midnight."""
    if isinstance(value, datetime):
        when = value
    elif isinstance(value, date):
        when = datetime(value.year, value.month, value.day)
    elif isinstance(value, str) and len(value) <= 40 and value[:1].isdigit():
        parsed = moment(value.strip())
        if parsed is None:
            return None
        when = parsed
    else:
        return None
    try:
        when = when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)
    except OverflowError:  # 9999-12-31 in a zone west of UTC
        return None
    return when.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def days(duration: str) -> float:
    """The length of an ISO 8601 duration in days (a year is 365.25 days, a month 30.4375)."""
    match = _DURATION.match(duration)
    if not match:
        raise ValueError(f"not an ISO 8601 duration: {duration!r}")
    return sum(float(v) * _DAYS[k] for k, v in match.groupdict().items() if v)
