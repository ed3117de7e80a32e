"""Shared machinery of the SQL connectors (SQLite, PostgreSQL, MySQL/MariaDB) on SQLAlchemy 2.

A dialect subclass supplies the URL, session settings (read-only, timeouts), its bulk catalog
queries, its facts and its sampling SQL; this module runs them in read-only transactions, one
table at a time, and turns per-table failures into "not scanned" records instead of stopping.
"""

from __future__ import annotations

import fnmatch
import os
import re
import ssl
import time
from abc import abstractmethod
from pathlib import Path
from typing import Any, ClassVar

import pydantic
from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from lineage.core.dates import instant
from lineage.core.errors import ConfigError, ConnectorError
from lineage.core.ids import dataset_id
from lineage.core.model import (
    OLDEST_RECORD_NOT_READ,
    Control,
    Dataset,
    Fact,
    Field,
    ScanIssue,
    Status,
)
from lineage.core.redact import mask_literals
from lineage.core.timing import phase

from .access import AccessFound
from .atrest import ciphertext_evidence
from .audit import ServerAudit, Trigger, by_dataset, dataset_audit
from .base import UNREAD, Batch, Connector, ConnectorResult, Link, Progress, ScanConfig
from .db_errors import db_reason, password_cut_short, shown_dsn
from .deadlines import Breaker, Watchdog, grace
from .platforms.discover import PlatformFindings, platform_findings
from .secrets import read_password_file
from .sql_catalog import ColumnInfo, SystemFacts, TableInfo
from .sql_samples import collect_samples, timestamp_column

__all__ = [
    "SAMPLE_SEED",
    "SMALL_TABLE_ROWS",
    "ColumnInfo",
    "DatabaseConfig",
    "SqlConfig",
    "SqlConnector",
    "SystemFacts",
    "TableInfo",
    "db_reason",
]


#: Rows fetched per table are ``sample_size * ROW_FACTOR`` so sparse columns still get values.
ROW_FACTOR = 3
#: Tables estimated at or below this many rows are sampled by a seeded random order.
SMALL_TABLE_ROWS = 100_000
#: Tables without a catalog row estimate are counted exactly when no larger than this.
EXACT_COUNT_BYTES = 64 * 1024 * 1024
#: Seed of every random sample, so the same data gives the same samples (and the same snapshot).
SAMPLE_SEED = 42
#: Fields read before they are handed to the scan's sink as one batch (whole tables only).
BATCH_FIELDS = 400

#: How the evidence of an oldest record that could not be read starts; the assessment then
#: says ``unknown`` with it (the Salesforce connector words it the same way).
#: Ports a DSN without one connects to.
DEFAULT_PORTS = {"postgresql": 5432, "mysql": 3306}
#: Shared by every field whose at-rest state nothing measured (controls are immutable).
_NOT_MEASURED = Control()
_BINARY_TYPE = re.compile(r"bytea|blob|binary|varbinary|raw", re.I)
#: Kinds that hold rows of their own, so changes to them can be audited.
_AUDITED_KINDS = frozenset({"table", "partitioned table"})


class SqlConfig(ScanConfig):
    """The keys of every SQL system."""

    #: Database URL: ``postgresql://user@host:5432/db?sslmode=verify-full``.
    dsn: str | None = None
    #: Seconds the whole scan of the system may take; tables left when it runs out are listed
    #: as not scanned and the scan goes on to the next system.
    time_budget: int = pydantic.Field(default=3600, ge=1, le=7 * 24 * 3600)


class DatabaseConfig(SqlConfig):
    """A database server's system (PostgreSQL, MySQL/MariaDB)."""

    #: A file holding the database password (read by the scanner, never copied).
    password_file: str | None = None
    #: PostgreSQL schemas or MySQL databases to scan (default: all but the system's own).
    schemas: list[str] | None = None


class SqlConnector(Connector):
    """Template for SQL connectors; subclasses implement the dialect-specific parts."""

    drivername: ClassVar[str]
    url_schemes: ClassVar[tuple[str, ...]]
    config_model: ClassVar[type[ScanConfig]] = DatabaseConfig
    config: SqlConfig
    #: DSN query options naming a file the driver opens (certificates, keys).
    file_options: ClassVar[tuple[str, ...]] = ()
    #: Values of those options that name no file (libpq's ``sslrootcert=system``).
    special_file_values: ClassVar[tuple[str, ...]] = ()
    _watchdog: Watchdog
    _breaker: Breaker

    # --- dialect hooks -------------------------------------------------------------------------

    @abstractmethod
    def session_statements(self, dbapi_conn: Any) -> list[str]:
        """SQL run on every new (DB-API) connection: read-only mode and timeouts."""

    def connect_args(self) -> dict[str, Any]:
        return {}

    def socket_fd(self, dbapi_conn: Any) -> int | None:
        """The file descriptor of a DB-API connection's socket (None for a file database)."""
        return None

    def open_connection(self, dialect: Any, cargs: Any, cparams: Any) -> Any:
        """A new DB-API connection; a dialect whose driver has no deadline of its own returns
        one that arms ``self._watchdog`` around each wait for the server."""
        return dialect.connect(*cargs, **cparams)

    def prepare_connection(self, dbapi_conn: Any) -> None:
        """Driver settings of a new DB-API connection, before anything is sent on it."""

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

    def read_grants(
        self, conn: Connection, tables: list[TableInfo]
    ) -> tuple[list[Fact], list[ScanIssue]]:
        """The scan role's effective grants (facts, never a secret) and issues for what they keep
        it from seeing or reading; may mark ``tables`` unreadable or set their hidden columns."""
        return [], []

    def read_access(self, conn: Connection, tables: list[TableInfo]) -> AccessFound:
        """The system's accounts and roles, and who may read which of ``tables``
        (docs/access.md); a catalog the scan role may not read is a note of the result
        (``unread``), which becomes the system's ``access.unread`` fact."""
        return AccessFound()

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
        base_dir = self.estate.base_dir if self.estate else Path()
        return self.config_url(self.system_id, self.config, base_dir)

    @classmethod
    def check(cls, system_id: str, config: ScanConfig, base_dir: Path) -> None:
        """The DSN (scheme, host, port), the files its options name and ``password_file``,
        checked when the estate is loaded."""
        cls.check_options(f"systems.{system_id}.dsn", cls.config_url(system_id, config, base_dir))

    @classmethod
    def check_options(cls, key: str, url: URL) -> None:
        """The DSN's query options the driver would only refuse when it connects: the files
        ``file_options`` name exist and can be read (relative paths from the current folder, as
        the driver opens them). ConfigError naming ``key`` otherwise."""
        for option in cls.file_options:
            value = url.query.get(option)
            if not isinstance(value, str) or value in cls.special_file_values:
                continue
            path = Path(value).expanduser()
            if path.is_file() and os.access(path, os.R_OK):
                continue
            problem = (
                "is a folder"
                if path.is_dir()
                else "does not exist"
                if not path.exists()
                else "cannot be read (permission denied)"
            )
            raise ConfigError(f"{key}: {option} {value} {problem}; give the path of the PEM file.")

    @classmethod
    def config_url(cls, system_id: str, config: ScanConfig, base_dir: Path) -> URL:
        """The URL a system's config gives, with the real driver; ConfigError naming the key
        otherwise. Messages never quote the DSN: a whole DSN may come from the environment
        with its password."""
        where = f"systems.{system_id}"
        dsn = config.dsn if isinstance(config, SqlConfig) else None
        scheme = cls.url_schemes[0]
        expected = f"{scheme}://user@host:{DEFAULT_PORTS.get(scheme, 'port')}/database"
        if not dsn:
            raise ConfigError(f"{where}.dsn: a {cls.name} system needs 'dsn: {expected}'.")
        try:
            url = make_url(dsn)
        except ArgumentError:
            raise ConfigError(f"{where}.dsn: not a database URL; expected {expected}.") from None
        except ValueError:  # the only number in a URL: its port
            raise ConfigError(
                f"{where}.dsn: the port is not a number; expected {expected}."
            ) from None
        if url.drivername.split("+")[0] not in cls.url_schemes:
            raise ConfigError(
                f"{where}.dsn: scheme {url.drivername!r} does not "
                f"fit connector {cls.name!r}; expected {expected}."
            )
        if url.port is not None and not 0 < url.port < 65536:
            raise ConfigError(f"{where}.dsn: the port is not between 1 and 65535.")
        if password_cut_short(url, dsn):
            raise ConfigError(
                f"{where}.dsn: an '@' outside the user name and password (in the host, database "
                "or query); write an '@' of the user name or password as %40."
            )
        url = url.set(drivername=cls.drivername)
        if isinstance(config, DatabaseConfig) and config.password_file is not None:
            password = read_password_file(f"{where}.password_file", config.password_file, base_dir)
            url = url.set(password=password)
        return url

    def display_url(self, url: URL) -> str:
        """The URL for messages: no password, neither in the userinfo nor in the query."""
        return shown_dsn(url, self.system_id)

    def statement_deadline(self) -> float:
        """Seconds the client waits for any one statement before it drops the connection."""
        return self.config.statement_timeout + grace(self.config.statement_timeout)

    def create_engine(self, url: URL) -> Engine:
        try:
            engine = create_engine(url, connect_args=self.connect_args())
        except NoSuchModuleError as exc:
            raise ConnectorError(
                f"{self.system_id}: the {self.name} driver is not installed "
                f"({exc}); pip install piimap again."
            ) from None
        breaker = self._breaker = Breaker(self.config.time_budget)
        seconds = self.statement_deadline()
        late = (
            f"no answer within {seconds:g} s (statement_timeout "
            f"{self.config.statement_timeout} s and a margin); the client closed the connection"
        )
        self._watchdog = Watchdog(self.socket_fd, seconds, late, breaker.ends, breaker.out_of_time)

        @event.listens_for(engine, "do_connect")
        def _do_connect(dialect: Any, _rec: Any, cargs: Any, cparams: Any) -> Any:
            # The driver bounds the connect itself (connect_timeout); the connection it
            # returns keeps the statement deadline on everything sent after (the dialect's
            # first queries, the session statements, each statement and rollback).
            dbapi_conn = self.open_connection(dialect, cargs, cparams)
            self.prepare_connection(dbapi_conn)
            return dbapi_conn

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            for sql in self.session_statements(dbapi_conn):
                cur.execute(sql)
            cur.close()

        return engine

    def _reason(self, exc: DBAPIError) -> str:
        """What went wrong, in a user's words: the watchdog's reason when it ended the wait."""
        return self._watchdog.fired or db_reason(exc)

    def _failure(self, conn: Connection, exc: DBAPIError) -> tuple[str, bool]:
        """Why a statement failed, and whether it lost the connection (or could not make it
        again) rather than failed alone; connection failures count towards stopping the
        system."""
        reason = self._reason(exc)
        lost = bool(self._watchdog.fired or exc.connection_invalidated or conn.invalidated)
        self._watchdog.fired = ""
        if lost:
            self._breaker.failed(reason)
        return reason, lost

    # --- the scan --------------------------------------------------------------------------------

    def scan(self, progress: Progress | None = None) -> ConnectorResult:
        url = self.resolved_url = self.url()
        self._engine = self.create_engine(url)
        try:
            try:
                conn = self._engine.connect()
            except DBAPIError as exc:
                reason = self._reason(exc)
                # Out of time is the budget's doing, not the server's: no advice on the host.
                hint = "" if reason == self._breaker.out_of_time else f" {self.connect_hint(exc)}"
                raise ConnectorError(
                    f"{self.system_id}: cannot connect to {self.display_url(url)}: {reason}.{hint}"
                ) from None
            except Exception as exc:  # the driver's own check of the DSN's options
                failure = self.connect_failure(exc, url)
                if failure is None:
                    raise
                raise ConnectorError(f"{self.system_id}: {failure}") from None
            with conn:
                return self._scan(conn, url, progress)
        finally:
            self._watchdog.stop()
            self._engine.dispose()

    def connect_hint(self, exc: DBAPIError) -> str:
        return "Check the host, port, credentials and that the server is running."

    def connect_failure(self, exc: Exception, url: URL) -> str | None:
        """One line for an error the driver raised before it reached the server (a DSN option
        it rejects, a certificate file it cannot read): the key and what to do. None when it is
        none of those (a bug, reported as such)."""
        key = f"systems.{self.system_id}.dsn"
        options = {k: v for k, v in url.query.items() if isinstance(v, str)}
        files = [k for k in sorted(options) if k.startswith("ssl") and "/" in options[k]]
        if isinstance(exc, ssl.SSLError):
            return (
                f"{key}: the TLS setup failed ({exc.reason or type(exc).__name__}); check the "
                f"PEM file given as {', '.join(files) or 'ssl_ca'}."
            )
        if isinstance(exc, OSError):
            bad = [k for k in files if options[k] == exc.filename or not Path(options[k]).is_file()]
            if bad:
                return (
                    f"{key}: {bad[0]} {options[bad[0]]} is not a readable file "
                    f"({exc.strerror or type(exc).__name__}); give the path of the PEM file."
                )
        unknown = re.search(r"unexpected keyword argument '(\w+)'", str(exc))
        if isinstance(exc, TypeError) and unknown:
            return (
                f"{key}: option {unknown.group(1)!r} is not one the {self.name} driver knows; "
                "remove it from the DSN's query string."
            )
        return None

    def _scan(self, conn: Connection, url: URL, progress: Progress | None) -> ConnectorResult:
        """The server's facts and catalog, what the server keeps about audit and links, what a
        storefront platform's tables add, then each selected table in turn."""
        with phase("catalog"):
            facts, catalog = self._read_server(conn, url)
            tables = [t for t in catalog if self._selected(t)]
            issues: list[ScanIssue] = []
            facts.facts.extend(self._endpoint_facts(url))
            facts.facts.extend(self._read_grants(conn, tables, issues))
            server, triggers, links = self._read_inferred(conn, tables, issues)
            access = self._read_access(conn, tables, issues)
            facts.facts.extend(
                Fact("access.unread", note, "the access review's catalogs (docs/access.md)")
                for note in access.unread
            )
            platform = (
                PlatformFindings()
                if self._breaker.check()
                else self._platform_findings(conn, catalog)
            )
            result = self._result(facts, server, platform, issues, links)
            result.principals = access.principals + platform.principals
            result.grants = access.grants + platform.grants
        left = 0
        for i, table in enumerate(tables):
            if progress:
                progress(i, len(tables), table.dataset_name)
            stopped = self._breaker.check()
            if stopped:
                left += 1
                audit = self._table_audit(table, server, triggers)
                result.datasets.append(
                    self._dataset(table, None, stopped, audit, result.system.at_rest)
                )
                result.fields.extend(self._fields(table, {}))
            else:
                self._scan_table(conn, table, server, triggers, result)
            if self.sink is not None and len(result.fields) >= BATCH_FIELDS:
                self._hand_over(result)
        if progress:
            progress(len(tables), len(tables), "")
        if left:
            result.issues.append(
                ScanIssue(
                    self.system_id,
                    "partial",
                    f"{self._breaker.stopped}; {left} of {len(tables)} tables not scanned",
                )
            )
        return result

    def _hand_over(self, result: ConnectorResult) -> None:
        """The tables read so far, with their samples, to the scan's sink: out of the result."""
        assert self.sink is not None
        hints = result.platform
        platform = {f.id: hints[f.id] for f in result.fields if f.id in hints}
        batch = Batch(result.datasets, result.fields, result.samples, platform)
        result.datasets, result.fields, result.samples = [], [], {}
        start = time.monotonic()
        self.sink(batch)
        waited = time.monotonic() - start  # classifying is not the system's time
        self._breaker.extend(waited)
        self._watchdog.extend_budget(waited)

    def _read_server(self, conn: Connection, url: URL) -> tuple[SystemFacts, list[TableInfo]]:
        """The server's facts and its whole catalog; without them there is nothing to scan."""
        try:
            return self.read_facts(conn, url), self.read_catalog(conn)
        except DBAPIError as exc:
            raise ConnectorError(
                f"{self.system_id}: cannot read the catalog of "
                f"{self.display_url(url)}: {self._reason(exc)}."
            ) from None
        finally:
            conn.rollback()

    def _read_grants(
        self, conn: Connection, tables: list[TableInfo], issues: list[ScanIssue]
    ) -> list[Fact]:
        """The scan role's grants as facts, and what they keep from it as issues; grants that
        cannot be read are an issue, not a failed scan."""
        try:
            facts, found = self.read_grants(conn, tables)
        except DBAPIError as exc:
            issues.append(
                ScanIssue(
                    self.system_id, "partial", f"the scan role's grants not read: {db_reason(exc)}"
                )
            )
            return []
        finally:
            conn.rollback()
        issues.extend(found)
        return facts

    def _read_access(
        self, conn: Connection, tables: list[TableInfo], issues: list[ScanIssue]
    ) -> AccessFound:
        """:meth:`read_access`, whose failure (a timeout, a lost connection) is an issue saying
        what was not read, not a failed scan; a catalog it may not read is a note of the
        result."""
        stopped = self._breaker.check()
        if stopped:
            issues.append(
                ScanIssue(self.system_id, "partial", f"accounts and grants not read: {stopped}")
            )
            return AccessFound()
        try:
            found = self.read_access(conn, tables)
        except DBAPIError as exc:
            reason = self._failure(conn, exc)[0]
            issues.append(
                ScanIssue(
                    self.system_id,
                    "partial",
                    f"accounts and grants not read: {reason}; {self.access_grants_needed}",
                )
            )
            return AccessFound()
        finally:
            conn.rollback()
        return found

    #: What the scan role needs to read accounts and grants (docs/access.md).
    access_grants_needed: ClassVar[str] = ""

    def _platform_findings(self, conn: Connection, catalog: list[TableInfo]) -> PlatformFindings:
        """What a storefront platform's own tables add; the whole catalog, selected or not,
        tells which platform it is."""
        columns = {t.dataset_name: [c.name for c in t.columns] for t in catalog}
        return platform_findings(self.system_id, conn, columns, self.quote)

    def _result(
        self,
        facts: SystemFacts,
        server: ServerAudit,
        platform: PlatformFindings,
        issues: list[ScanIssue],
        links: list[Link],
    ) -> ConnectorResult:
        """The result before any table is read: the system with its facts and controls, and
        what the server and the platform found."""
        return ConnectorResult(
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

    def _scan_table(
        self,
        conn: Connection,
        table: TableInfo,
        server: ServerAudit,
        triggers: dict[str, list[Trigger]] | None,
        result: ConnectorResult,
    ) -> None:
        """One table's dataset, fields and samples into ``result``; a table whose rows cannot
        be read is kept as not scanned, with an issue saying why."""
        with phase("sampling"):
            samples, oldest, reason = self._read_rows(conn, table)
        fields = self._fields(table, samples)
        audit = self._table_audit(table, server, triggers)
        result.datasets.append(self._dataset(table, oldest, reason, audit, result.system.at_rest))
        if reason:
            result.issues.append(
                ScanIssue(dataset_id(self.system_id, table.dataset_name), "not_scanned", reason)
            )
        if oldest and oldest[0] is None:  # the table was read, its oldest record was not
            result.issues.append(
                ScanIssue(dataset_id(self.system_id, table.dataset_name), "partial", oldest[1])
            )
        result.fields.extend(fields)
        for f in fields:
            if samples.get(f.name):
                result.samples[f.id] = samples[f.name]
            elif f.name in table.hidden_columns:  # no sampled value says nothing of it
                result.platform.setdefault(f.id, {})[UNREAD] = "true"

    def _dataset(
        self,
        table: TableInfo,
        oldest: tuple[str | None, str] | None,
        reason: str,
        audit: Control,
        system_at_rest: Control,
    ) -> Dataset:
        """The dataset record of a table, as the catalog and its rows describe it."""
        retention = self.config.retention
        return Dataset(
            system=self.system_id,
            name=table.dataset_name,
            kind=table.kind,
            comment=table.comment,
            row_count=table.row_estimate,
            row_count_evidence=table.row_evidence,
            primary_key=table.primary_key,
            foreign_keys=tuple(table.foreign_keys),
            # Kept for lineage; literals can hold secrets or personal data.
            view_definition=mask_literals(table.view_definition) if table.view_definition else None,
            retention_policy=retention.for_dataset(table.dataset_name) if retention else None,
            oldest_record=oldest[0] if oldest else None,
            oldest_record_evidence=oldest[1] if oldest else "",
            at_rest=table.at_rest or system_at_rest,
            audit=audit,
            scanned=not reason,
            not_scanned_reason=reason,
        )

    def _table_audit(
        self, table: TableInfo, server: ServerAudit, triggers: dict[str, list[Trigger]] | None
    ) -> Control:
        """The audit trail of a table's changes: its triggers and the server's audit as it
        applies to the table. Only tables hold rows of their own; views are not measured."""
        if table.kind not in _AUDITED_KINDS:
            return _NOT_MEASURED
        return dataset_audit(
            table.dataset_name,
            None if triggers is None else triggers.get(table.dataset_name, []),
            self.table_server_audit(table, server),
            self.hidden_triggers(table),
        )

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
            stopped = self._breaker.check()
            if stopped:
                issues.append(ScanIssue(self.system_id, "partial", f"{what} not read: {stopped}"))
                return None
            try:
                return read(conn)
            except DBAPIError as exc:
                reason = self._failure(conn, exc)[0]
                conn.rollback()
                issues.append(ScanIssue(self.system_id, "partial", f"{what} not read: {reason}"))
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
    ) -> tuple[dict[str, tuple[object, ...]], tuple[str | None, str] | None, str]:
        """Samples per column, the oldest record, and a reason when the table was not read."""
        if not table.sampled_kinds or self.config.sample_size == 0:
            return {}, None, ""
        if not table.readable:
            return {}, None, table.unreadable_reason
        columns = table.columns
        self._watchdog.fired = ""  # a wait it ended that nothing reported is not this table's
        try:
            self._count_rows(conn, table)
            rows = conn.exec_driver_sql(
                self.sample_sql(table, columns, self.config.sample_size * ROW_FACTOR)
            ).fetchall()
        except DBAPIError as exc:
            reason, lost = self._failure(conn, exc)
            conn.rollback()
            what = "connection lost" if lost else "could not read rows"
            return {}, None, f"{what}: {reason}"
        self._breaker.succeeded()
        samples = collect_samples(columns, rows, self.config.sample_size)
        oldest = self._oldest_record(conn, table)
        conn.rollback()
        return samples, oldest, ""

    def _count_rows(self, conn: Connection, table: TableInfo) -> None:
        """Count the rows of a table the catalog has no estimate for, unless it is too large."""
        if table.row_estimate is None and (self.size_bytes(conn, table) or 0) <= EXACT_COUNT_BYTES:
            table.row_estimate = conn.exec_driver_sql(
                f"SELECT count(*) FROM {self.table_ref(table)}"
            ).scalar()
            table.row_evidence = "count(*): the catalog has no estimate (never analysed)"

    def _oldest_record(self, conn: Connection, table: TableInfo) -> tuple[str | None, str] | None:
        """When the table's oldest record was made, in one ISO 8601 form, and the evidence, from
        the date or timestamp column that dates its records; None when no column does or the
        table is empty. When the query fails or its result is no date, the value is None and
        the evidence says why (``oldest record not read: ...``), which is also an issue."""
        column = timestamp_column(table.columns)
        if column is None:
            return None
        query = f"MIN({column.name}) in {table.dataset_name}"
        name = self.quote(column.name)
        sql = f"SELECT MIN({name}) FROM {self.table_ref(table)}"
        if conn.dialect.name == "postgresql":  # '-infinity' is no date a driver can read
            sql += f" WHERE isfinite({name})"
        try:
            value = conn.exec_driver_sql(sql).scalar()
            if isinstance(value, str) and value.startswith("0000-00-00"):
                # MySQL's zero date stands for no date: the oldest is the least real one.
                value = conn.exec_driver_sql(f"{sql} WHERE {name} >= '1000-01-01'").scalar()
        except DBAPIError as exc:
            reason, _lost = self._failure(conn, exc)  # a lost connection counts towards stopping
            conn.rollback()
            return None, f"{OLDEST_RECORD_NOT_READ}{query}: {reason}"
        if value is None:
            return None
        when = instant(value)
        if when is None:  # SQLite: a declared DATETIME holding text that is no date
            return None, f"{OLDEST_RECORD_NOT_READ}{query} is not a date or time value"
        return when, query

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
