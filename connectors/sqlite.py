"""SQLite: a database file, opened read-only (``mode=ro``, ``PRAGMA query_only``)."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import quote

from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import DBAPIError

from lineage.core.errors import ConfigError, ConnectorError
from lineage.core.model import Control, Fact, ForeignKey, Status

from .audit import ServerAudit, Trigger, body_events
from .base import ScanConfig
from .sql import (
    SAMPLE_SEED,
    SMALL_TABLE_ROWS,
    ColumnInfo,
    SqlConfig,
    SqlConnector,
    SystemFacts,
    TableInfo,
)

#: ``CREATE [TEMP] TRIGGER [IF NOT EXISTS] name``, before its timing and events.
_TRIGGER_HEAD = re.compile(
    r"^\s*CREATE\s+(?:TEMP(?:ORARY)?\s+)?TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?"
    r"(?:\"(?:[^\"]|\"\")*\"|`[^`]*`|\[[^\]]*\]|[\w.$]+)",
    re.I,
)
_NO_AUDIT_LOG = "SQLite keeps no audit log of its own"


class SQLiteConfig(SqlConfig):
    """A SQLite system: ``path`` (or ``dsn: sqlite:///file.db``)."""

    #: The database file, relative to the estate file.
    path: str | None = None


class SQLiteConnector(SqlConnector):
    """Scan a SQLite file: ``path: shop.db`` (relative to the estate file) or ``dsn: sqlite:///...``."""

    name: ClassVar[str] = "sqlite"
    drivername: ClassVar[str] = "sqlite"
    url_schemes: ClassVar[tuple[str, ...]] = ("sqlite",)
    config_model: ClassVar[type[ScanConfig]] = SQLiteConfig
    config: SQLiteConfig

    @classmethod
    def check(cls, system_id: str, config: ScanConfig, base_dir: Path) -> None:
        """``path`` or a ``sqlite:///`` DSN, and a database file there, when the estate is
        loaded (the file is opened by the scan)."""
        connector = cls(system_id, config)
        path = connector.file()
        path = path if path.is_absolute() else base_dir / path
        if not path.is_file():
            key = "path" if connector.config.path else "dsn"
            problem = "is a folder, not" if path.is_dir() else "is not"
            raise ConfigError(
                f"systems.{system_id}.{key}: {path} {problem} a SQLite database file; give the "
                "path of the database (relative to the estate file)."
            )

    def file(self) -> Path:
        if self.config.path:
            raw = self.config.path
        elif self.config.dsn and self.config.dsn.startswith("sqlite:///"):
            raw = self.config.dsn.removeprefix("sqlite:///")
        else:
            raise ConfigError(
                f"systems.{self.system_id}.path: a sqlite system needs 'path' "
                f"(or dsn: sqlite:///file.db)."
            )
        return self.estate.resolve(raw) if self.estate else Path(raw)

    def url(self) -> URL:
        path = self.file()
        if not path.is_file():
            raise ConnectorError(f"{self.system_id}: no SQLite database at {path}; check 'path'.")
        return make_url(f"sqlite:///file:{quote(str(path.resolve()))}?mode=ro&uri=true")

    def display_url(self, url: URL) -> str:
        return str(self.file())

    def connect_args(self) -> dict[str, object]:
        return {"timeout": self.config.connect_timeout}

    def session_statements(self, dbapi_conn: Any) -> list[str]:
        return [
            "PRAGMA query_only = ON",
            f"PRAGMA busy_timeout = {self.config.statement_timeout * 1000}",
        ]

    def read_catalog(self, conn: Connection) -> list[TableInfo]:
        tables: dict[str, TableInfo] = {}
        self._without_rowid: set[str] = set()
        for kind, name, sql in conn.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'view') "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall():
            tables[name] = TableInfo(
                schema="", name=name, kind=kind, view_definition=sql if kind == "view" else None
            )
            if kind == "table" and "without rowid" in (sql or "").lower():
                self._without_rowid.add(name)
        pk: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for table, cid, col, col_type, notnull, pk_pos in self._columns(conn, tables):
            tables[table].columns.append(
                ColumnInfo(col, (col_type or "").lower(), not notnull, "", cid + 1)
            )
            if pk_pos:
                pk[table].append((pk_pos, col))
        for table, keys in pk.items():
            tables[table].primary_key = tuple(c for _, c in sorted(keys))
        fks: dict[tuple[str, int], list[tuple[str, str, str]]] = defaultdict(list)
        for table, fk_id, ref, col, ref_col in conn.exec_driver_sql(
            'SELECT m.name, f.id, f."table", f."from", f."to" FROM sqlite_master m '
            "JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' "
            "ORDER BY m.name, f.id, f.seq"
        ).fetchall():
            fks[(table, fk_id)].append((ref, col, ref_col))
        for (table, _), parts in sorted(fks.items()):
            ref = parts[0][0]
            ref_cols = tuple(
                p[2] or (tables[ref].primary_key[i] if ref in tables else "")
                for i, p in enumerate(parts)
            )
            tables[table].foreign_keys.append(ForeignKey(tuple(p[1] for p in parts), ref, ref_cols))
        self._row_counts(conn, tables)
        return list(tables.values())

    def _columns(self, conn: Connection, tables: dict[str, TableInfo]) -> list[Any]:
        """(table, cid, name, type, notnull, pk) of every column; a view whose definition no
        longer resolves (it reads a dropped table) has none, and reading it reports why."""
        rows: list[Any] = [
            *conn.exec_driver_sql(
                'SELECT m.name, p.cid, p.name, p.type, p."notnull", p.pk FROM sqlite_master m '
                "JOIN pragma_table_info(m.name) p WHERE m.type = 'table' "
                "AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid"
            ).fetchall()
        ]
        for view in (t.name for t in tables.values() if t.kind == "view"):
            try:
                rows += conn.exec_driver_sql(
                    'SELECT ?, cid, name, type, "notnull", pk FROM pragma_table_info(?) '
                    "ORDER BY cid",
                    (view, view),
                ).fetchall()
            except DBAPIError:
                continue
        return rows

    def _row_counts(self, conn: Connection, tables: dict[str, TableInfo]) -> None:
        """Exact counts: SQLite is a local file, and ``sqlite_stat1`` may be stale or absent."""
        for table in tables.values():
            if table.kind == "table":
                table.row_estimate = conn.exec_driver_sql(
                    f"SELECT count(*) FROM {self.quote(table.name)}"
                ).scalar()
                table.row_evidence = "count(*)"

    def read_triggers(self, conn: Connection) -> list[Trigger]:
        triggers = []
        for name, table, sql in conn.exec_driver_sql(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        ).fetchall():
            sql = sql or ""
            head = _TRIGGER_HEAD.sub("", sql, count=1)
            on = re.search(r"\bON\b", head, re.I)
            timing, events = body_events(head[: on.start()] if on else "")
            triggers.append(Trigger(table, name, timing, events, body=sql))
        return triggers

    def read_server_audit(self, conn: Connection) -> ServerAudit:
        return ServerAudit(Control(Status.GAP, (_NO_AUDIT_LOG,)), _NO_AUDIT_LOG)

    def read_facts(self, conn: Connection, url: URL) -> SystemFacts:
        version = conn.exec_driver_sql("SELECT sqlite_version()").scalar()
        path = self.file()
        with path.open("rb") as fh:
            header = fh.read(16)
        facts = [
            Fact("server_version", f"SQLite {version}", "sqlite_version()"),
            Fact("file", path.name, "estate config 'path'"),
        ]
        transit = Control(Status.OK, (f"local file {path.name}: read without a network",))
        plain = (
            "a plaintext SQLite header"
            if header.startswith(b"SQLite format 3")
            else "an unrecognised header"
        )
        at_rest = Control(
            Status.UNKNOWN,
            (
                f"{path.name} has {plain} (not SQLCipher); volume "
                "encryption, if any, is not visible to piimap",
            ),
        )
        return SystemFacts(facts, transit, at_rest)

    def sample_sql(self, table: TableInfo, columns: list[ColumnInfo], rows: int) -> str:
        cols = ", ".join(f"substr({self.quote(c.name)}, 1, 256)" for c in columns)
        order = ""
        if table.name in self._without_rowid:
            return f"SELECT {cols} FROM {self.table_ref(table)} LIMIT {rows}"
        if table.row_estimate is None or table.row_estimate > rows:
            # A seeded hash of rowid spreads the sample over the file and repeats exactly.
            order = f" ORDER BY (rowid * 2654435761 + {SAMPLE_SEED}) % 4294967311"
            if (table.row_estimate or 0) > SMALL_TABLE_ROWS:
                order = (
                    f" WHERE rowid % {max(1, (table.row_estimate or 0) // SMALL_TABLE_ROWS)} = 0"
                    + order
                )
        return f"SELECT {cols} FROM {self.table_ref(table)}{order} LIMIT {rows}"
