"""Shared machinery of the SQL connectors (SQLite, PostgreSQL, MySQL/MariaDB) on SQLAlchemy 2.

A dialect subclass supplies the URL, session settings (read-only, timeouts), its bulk catalog
queries, its facts and its sampling SQL; this module runs them in read-only transactions, one
table at a time, and turns per-table failures into "not scanned" records instead of stopping.
"""

from __future__ import annotations

import fnmatch
import logging
import re
from abc import abstractmethod
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from lineage.core.errors import ConfigError, ConnectorError
from lineage.core.ids import dataset_id
from lineage.core.model import (
    Control,
    Dataset,
    Fact,
    Field,
    ForeignKey,
    ScanIssue,
    Status,
)
from lineage.core.redact import mask_literals

from .atrest import ciphertext_evidence
from .audit import ServerAudit, Trigger, by_dataset, dataset_audit
from .base import Connector, ConnectorResult, Link, Progress
from .db_errors import db_reason
from .platforms.discover import platform_findings

log = logging.getLogger(__name__)

#: Longest prefix of any sampled value kept in memory (characters or bytes).
MAX_VALUE_LENGTH = 256
#: Rows fetched per table are ``sample_size * ROW_FACTOR`` so sparse columns still get values.
ROW_FACTOR = 3
#: Tables estimated at or below this many rows are sampled by a seeded random order.
SMALL_TABLE_ROWS = 100_000
#: Tables without a catalog row estimate are counted exactly when no larger than this.
EXACT_COUNT_BYTES = 64 * 1024 * 1024
#: Seed of every random sample, so the same data gives the same samples (and the same snapshot).
SAMPLE_SEED = 42

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
#: DSN query parameters that hold a secret (libpq's password, sslpassword; PyMySQL's passwd).
_SECRET_PARAM = re.compile(r"pass|pwd|secret|token|key", re.I)
#: Ports a DSN without one connects to.
DEFAULT_PORTS = {"postgresql": 5432, "mysql": 3306}
#: Shared by every field whose at-rest state nothing measured (controls are immutable).
_NOT_MEASURED = Control()
_TIME_TYPE = re.compile(r"date|time", re.I)
_BINARY_TYPE = re.compile(r"bytea|blob|binary|varbinary|raw", re.I)
#: Kinds that hold rows of their own, so changes to them can be audited.
_AUDITED_KINDS = frozenset({"table", "partitioned table"})


class ColumnInfo(NamedTuple):
    """A column as the catalog describes it (a tuple: 40,000 of them are made per 2,000 tables)."""

    name: str
    data_type: str
    nullable: bool = True
    comment: str = ""
    position: int = 0


@dataclass
class TableInfo:
    """One relation as the catalog describes it."""

    schema: str
    name: str
    kind: str = "table"
    comment: str = ""
    row_estimate: int | None = None
    row_evidence: str = ""
    readable: bool = True
    unreadable_reason: str = ""
    view_definition: str | None = None
    columns: list[ColumnInfo] = field(default_factory=list)
    primary_key: tuple[str, ...] = ()
    foreign_keys: list[ForeignKey] = field(default_factory=list)
    at_rest: Control | None = None

    @property
    def dataset_name(self) -> str:
        return f"{self.schema}.{self.name}" if self.schema else self.name

    @property
    def sampled_kinds(self) -> bool:
        return self.kind in ("table", "partitioned table", "materialized view")


@dataclass
class SystemFacts:
    facts: list[Fact] = field(default_factory=list)
    transit: Control = field(default_factory=Control)
    at_rest: Control = field(default_factory=Control)


class SqlConnector(Connector):
    """Template for SQL connectors; subclasses implement the dialect-specific parts."""

    drivername: ClassVar[str]
    url_schemes: ClassVar[tuple[str, ...]]

    # --- dialect hooks -------------------------------------------------------------------------

    @abstractmethod
    def session_statements(self, dbapi_conn: Any) -> list[str]:
        """SQL run on every new (DB-API) connection: read-only mode and timeouts."""

    def connect_args(self) -> dict[str, Any]:
        return {}

    @abstractmethod
    def read_catalog(self, conn: Connection) -> list[TableInfo]:
        """Every table and view with columns and keys, in a bounded number of queries."""

    @abstractmethod
    def read_facts(self, conn: Connection, url: URL) -> SystemFacts:
        """Server version, TLS of this connection, at-rest markers."""

    @abstractmethod
    def sample_sql(self, table: TableInfo, columns: list[ColumnInfo], rows: int) -> str:
        """A SELECT returning up to ``rows`` rows of ``columns``, spread over the table."""

    def read_links(self, conn: Connection, issues: list[ScanIssue]) -> list[Link]:
        """Replication, foreign-data and FEDERATED links to other databases; a link that cannot
        be read fully is kept with what is known and an issue saying what is missing."""
        return []

    def read_server_audit(self, conn: Connection) -> ServerAudit:
        """The server-wide audit trail of data changes (pgaudit, an audit plugin)."""
        return ServerAudit(Control(), "not read")

    def read_triggers(self, conn: Connection) -> list[Trigger]:
        """Every trigger of the scanned tables, in a bounded number of queries."""
        return []

    def table_server_audit(self, table: TableInfo, server: ServerAudit) -> ServerAudit:
        """The server-wide audit as it applies to one table (pgaudit object auditing is per
        table); the server's own by default."""
        return server

    def hidden_triggers(self, table: TableInfo) -> str:
        """Why triggers of ``table`` may exist that the scan cannot see ("" when it sees all)."""
        return ""

    def size_bytes(self, conn: Connection, table: TableInfo) -> int | None:
        """On-disk size of a table without a row estimate, to decide whether to count it."""
        return None

    def quote(self, ident: str) -> str:
        return self._engine.dialect.identifier_preparer.quote(ident)

    def table_ref(self, table: TableInfo) -> str:
        if table.schema:
            return f"{self.quote(table.schema)}.{self.quote(table.name)}"
        return self.quote(table.name)

    # --- connection ------------------------------------------------------------------------------

    def url(self) -> URL:
        """The SQLAlchemy URL from ``dsn`` (and ``password_file``), with the real driver."""
        dsn = self.config.dsn
        if not dsn:
            raise ConfigError(f"systems.{self.system_id}: a {self.name} system needs 'dsn'.")
        try:
            url = make_url(dsn)
        except ArgumentError:
            raise ConfigError(
                f"systems.{self.system_id}.dsn: not a database URL; expected "
                f"{self.url_schemes[0]}://user@host:port/database."
            ) from None
        if url.drivername.split("+")[0] not in self.url_schemes:
            raise ConfigError(
                f"systems.{self.system_id}.dsn: scheme {url.drivername!r} does not "
                f"fit connector {self.name!r}; expected {self.url_schemes[0]}://..."
            )
        url = url.set(drivername=self.drivername)
        if self.config.password_file:
            path = (
                self.estate.resolve(self.config.password_file)
                if self.estate
                else Path(self.config.password_file)
            )
            try:
                url = url.set(password=path.read_text().strip())
            except OSError as exc:
                raise ConfigError(
                    f"systems.{self.system_id}.password_file: cannot read {path} ({exc.strerror})."
                ) from None
        return url

    def display_url(self, url: URL) -> str:
        """The URL for messages: no password, neither in the userinfo nor in the query."""
        query = {k: ("hidden" if _SECRET_PARAM.search(k) else v) for k, v in url.query.items()}
        shown = url.set(drivername=url.drivername.split("+")[0], query=query)
        return shown.render_as_string(hide_password=True)

    def create_engine(self, url: URL) -> Engine:
        try:
            engine = create_engine(url, connect_args=self.connect_args())
        except NoSuchModuleError as exc:
            raise ConnectorError(
                f"{self.system_id}: the {self.name} driver is not installed "
                f"({exc}); pip install piimap again."
            ) from None

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            for sql in self.session_statements(dbapi_conn):
                cur.execute(sql)
            cur.close()

        return engine

    # --- the scan --------------------------------------------------------------------------------

    def scan(self, progress: Progress | None = None) -> ConnectorResult:
        url = self.resolved_url = self.url()
        self._engine = self.create_engine(url)
        try:
            conn = self._engine.connect()
        except DBAPIError as exc:
            raise ConnectorError(
                f"{self.system_id}: cannot connect to {self.display_url(url)}: "
                f"{db_reason(exc)}. {self.connect_hint(exc)}"
            ) from None
        try:
            with conn:
                return self._scan(conn, url, progress)
        finally:
            self._engine.dispose()

    def connect_hint(self, exc: DBAPIError) -> str:
        return "Check the host, port, credentials and that the server is running."

    def _scan(self, conn: Connection, url: URL, progress: Progress | None) -> ConnectorResult:
        try:
            facts = self.read_facts(conn, url)
            catalog = self.read_catalog(conn)
            tables = [t for t in catalog if self._selected(t)]
        except DBAPIError as exc:
            raise ConnectorError(
                f"{self.system_id}: cannot read the catalog of "
                f"{self.display_url(url)}: {db_reason(exc)}."
            ) from None
        finally:
            conn.rollback()
        issues: list[ScanIssue] = []
        facts.facts.extend(self._endpoint_facts(url))
        server, triggers, links = self._read_inferred(conn, tables, issues)
        platform = platform_findings(
            self.system_id, conn, {t.dataset_name: [c.name for c in t.columns] for t in catalog},
            self.quote,
        )  # fmt: skip
        result = ConnectorResult(
            system=self.config.system(
                self.system_id,
                self.name,
                facts=tuple(sorted(facts.facts + platform.facts, key=lambda f: f.name)),
                transit=facts.transit,
                at_rest=facts.at_rest,
                audit=server.control,
            ),
            issues=issues + platform.issues,
            links=links,
            third_parties=platform.third_parties,
            gaps=platform.gaps,
            platform=platform.hints,
        )
        retention = self.config.retention
        for i, table in enumerate(tables):
            if progress:
                progress(i, len(tables), table.dataset_name)
            samples, oldest, reason = self._read_rows(conn, table)
            fields = self._fields(table, samples)
            scanned = not reason
            result.datasets.append(
                Dataset(
                    system=self.system_id,
                    name=table.dataset_name,
                    kind=table.kind,
                    comment=table.comment,
                    row_count=table.row_estimate,
                    row_count_evidence=table.row_evidence,
                    primary_key=table.primary_key,
                    foreign_keys=tuple(table.foreign_keys),
                    # Kept for lineage; literals can hold secrets or personal data.
                    view_definition=mask_literals(table.view_definition)
                    if table.view_definition
                    else None,
                    retention_policy=retention.for_dataset(table.dataset_name)
                    if retention
                    else None,
                    oldest_record=oldest[0] if oldest else None,
                    oldest_record_evidence=oldest[1] if oldest else "",
                    at_rest=table.at_rest or result.system.at_rest,
                    audit=dataset_audit(
                        table.dataset_name,
                        None if triggers is None else triggers.get(table.dataset_name, []),
                        self.table_server_audit(table, server),
                        self.hidden_triggers(table),
                    )
                    if table.kind in _AUDITED_KINDS
                    else _NOT_MEASURED,
                    scanned=scanned,
                    not_scanned_reason=reason,
                )
            )
            if reason:
                result.issues.append(
                    ScanIssue(dataset_id(self.system_id, table.dataset_name), "not_scanned", reason)
                )
            result.fields.extend(fields)
            for f in fields:
                if samples.get(f.name):
                    result.samples[f.id] = samples[f.name]
        if progress:
            progress(len(tables), len(tables), "")
        return result

    def _endpoint_facts(self, url: URL) -> list[Fact]:
        """Host and port the scan connected to (never the user or password), for exports that
        name datasets by server."""
        if not url.host:
            return []
        port = url.port or DEFAULT_PORTS.get(self.name)
        where = "the DSN's host and port"
        return [Fact("host", url.host, where)] + ([Fact("port", str(port), where)] if port else [])

    def _read_inferred(
        self, conn: Connection, tables: list[TableInfo], issues: list[ScanIssue]
    ) -> tuple[ServerAudit, dict[str, list[Trigger]] | None, list[Link]]:
        """The server-wide audit, triggers by dataset (None when unread) and the links of the
        selected tables; a catalog that cannot be read is an issue, not a failed scan."""

        def guarded(what: str, read: Any) -> Any:
            try:
                return read(conn)
            except DBAPIError as exc:
                conn.rollback()
                issues.append(
                    ScanIssue(self.system_id, "partial", f"{what} not read: {db_reason(exc)}")
                )
                return None

        server = guarded("server-wide audit settings", self.read_server_audit) or ServerAudit(
            Control(Status.UNKNOWN, ("the server-wide audit settings could not be read",)),
            "the server-wide audit settings could not be read",
        )
        triggers = guarded("triggers", self.read_triggers)
        links = guarded("links to other databases", lambda c: self.read_links(c, issues)) or []
        conn.rollback()
        selected = {t.dataset_name for t in tables}
        links = [link for link in links if not link.local_dataset or link.local_dataset in selected]
        return server, None if triggers is None else by_dataset(triggers), links

    def _selected(self, table: TableInfo) -> bool:
        names = (table.dataset_name, table.name)
        include, exclude = self.config.include, self.config.exclude
        if include and not any(fnmatch.fnmatchcase(n, p) for p in include for n in names):
            return False
        return not any(fnmatch.fnmatchcase(n, p) for p in exclude for n in names)

    def _read_rows(
        self, conn: Connection, table: TableInfo
    ) -> tuple[dict[str, tuple[object, ...]], tuple[str, str] | None, str]:
        """Samples per column, the oldest record, and a reason when the table was not read."""
        if not table.sampled_kinds or self.config.sample_size == 0:
            return {}, None, ""
        if not table.readable:
            return {}, None, table.unreadable_reason
        columns = table.columns
        try:
            if (
                table.row_estimate is None
                and (self.size_bytes(conn, table) or 0) <= EXACT_COUNT_BYTES
            ):
                table.row_estimate = conn.exec_driver_sql(
                    f"SELECT count(*) FROM {self.table_ref(table)}"
                ).scalar()
                table.row_evidence = "count(*): the catalog has no estimate (never analysed)"
            rows = conn.exec_driver_sql(
                self.sample_sql(table, columns, self.config.sample_size * ROW_FACTOR)
            ).fetchall()
        except DBAPIError as exc:
            conn.rollback()
            return {}, None, f"could not read rows: {db_reason(exc)}"
        samples = collect_samples(columns, rows, self.config.sample_size)
        oldest = None
        column = timestamp_column(columns)
        if column is not None:
            try:
                value = conn.exec_driver_sql(
                    f"SELECT MIN({self.quote(column.name)}) FROM {self.table_ref(table)}"
                ).scalar()
                if value is not None:
                    oldest = (iso(value), f"MIN({column.name}) in {table.dataset_name}")
            except DBAPIError as exc:
                log.warning(
                    "%s/%s: oldest record not read: %s",
                    self.system_id,
                    table.dataset_name,
                    db_reason(exc),
                )
        conn.rollback()
        return samples, oldest, ""

    def _fields(self, table: TableInfo, samples: dict[str, tuple[object, ...]]) -> list[Field]:
        """The table's fields; binary columns whose samples look encrypted get at-rest evidence."""
        dataset = table.dataset_name
        fields = []
        for c in table.columns:
            at_rest = _NOT_MEASURED
            values = samples.get(c.name)
            if values and _BINARY_TYPE.search(c.data_type):
                evidence = ciphertext_evidence(values)
                if evidence:
                    at_rest = Control(Status.OK, (f"{dataset}.{c.name}: {evidence}",))
            fields.append(
                Field(
                    self.system_id,
                    dataset,
                    c.name,
                    c.data_type,
                    c.nullable,
                    c.comment,
                    c.position,
                    (),
                    at_rest,
                )
            )
        return fields


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
