"""One platform's tables on an open connection: quoted names, guarded reads, its report."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from ..db_errors import db_reason
from . import PlatformMatch, PlatformReport
from .values import MAX_VALUE, Settings

Row = dict[str, Any]


class Source:
    """Reads the tables of ``match`` through ``conn`` (inside the connector's read-only
    session); a table that cannot be read becomes one line in ``report.problems``."""

    def __init__(self, conn: Connection, match: PlatformMatch, quote: Callable[[str], str]) -> None:
        self.conn = conn
        self.match = match
        self.quote = quote
        self.report = PlatformReport(match)
        self.settings = Settings()

    def name(self, base: str) -> str:
        """The table's own name (``oc_setting``), as locations and evidence cite it."""
        return f"{self.match.prefix}{base}"

    def ref(self, base: str) -> str:
        table = self.quote(self.name(base))
        return f"{self.quote(self.match.schema)}.{table}" if self.match.schema else table

    def select(
        self,
        base: str,
        columns: Sequence[str] = (),
        where: str = "",
        order: Sequence[str] = (),
    ) -> list[Row] | None:
        """Rows of ``base`` as dicts (every column when ``columns`` is empty), or None when
        the table cannot be read."""
        cols = ", ".join(self.quote(c) for c in columns) if columns else "*"
        sql = f"SELECT {cols} FROM {self.ref(base)}"
        if where:
            sql += f" WHERE {where}"
        if order:
            sql += " ORDER BY " + ", ".join(self.quote(c) for c in order)
        try:
            result = self.conn.exec_driver_sql(sql)
            return [dict(row) for row in result.mappings()]
        except DBAPIError as exc:
            self.conn.rollback()
            self.report.problems.append(f"{self.name(base)}: not read ({db_reason(exc)})")
            return None

    def finish(self) -> PlatformReport:
        """The report with the judged settings and a line per table with values too large
        to search."""
        self.report.settings.extend(self.settings.judged())
        for table, count in sorted(self.settings.too_large.items()):
            self.report.problems.append(
                f"{table}: {count} value(s) over {MAX_VALUE // 1024} KB not searched for "
                "endpoints or keys"
            )
        return self.report


def truthy(value: object) -> bool:
    """A flag as MySQL (1), PostgreSQL (true) or a text column ('1', 'yes') stores it."""
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    if isinstance(value, str):
        return value.strip().lower() in ("1", "t", "true", "yes", "y", "on", "enabled")
    return bool(value)


def text(value: object) -> str:
    """A column value as text ("" for NULL)."""
    if value is None:
        return ""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("utf-8", "replace")
    return str(value)
