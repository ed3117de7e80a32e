"""PostgreSQL through psycopg 3: a bounded number of catalog queries, read-only sessions.

Besides tables it reads links to other databases (:mod:`connectors.pglinks`), triggers and the
pgaudit settings, for audit trails.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from typing import Any, ClassVar

from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError

from lineage.core.ids import dataset_id
from lineage.core.model import Control, Fact, ForeignKey, ScanIssue, Status

from . import pglinks
from .access import AccessFound
from .audit import ServerAudit, Trigger
from .base import Link
from .deadlines import KEEPALIVE, Watchdog
from .pgaccess import read_pg_access
from .sql import (
    SAMPLE_SEED,
    SMALL_TABLE_ROWS,
    ColumnInfo,
    DatabaseConfig,
    SqlConnector,
    SystemFacts,
    TableInfo,
)

_KINDS = {
    "r": "table",
    "p": "partitioned table",
    "v": "view",
    "m": "materialized view",
    "f": "foreign table",
}

# Descriptions come from a join on pg_description: obj_description()/col_description() per row
# cost 15x more on 2,000 tables. Keys come back as attribute numbers, named from the columns.
_RELATIONS = """
SELECT c.oid, n.nspname, c.relname, c.relkind, c.reltuples::bigint, c.relispartition,
       coalesce(d.description, ''),
       has_table_privilege(c.oid, 'SELECT'),
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END,
       i.inhparent
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_description d
  ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
LEFT JOIN pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND {schemas}
ORDER BY 2, 3
"""

# A column's type as declared (format_type) and, for a domain, an enum or an array of them, its
# base type: domains resolved through every level (a domain over a domain), enums as "enum",
# arrays as their element's base type with "[]". The classifiers' guards judge the base type (a
# boolean behind CREATE DOMAIN is still a flag).
_COLUMNS = """
WITH RECURSIVE dom AS (
  SELECT t.oid AS top, t.typbasetype AS base, t.typtypmod AS mod, 1 AS depth
  FROM pg_type t WHERE t.typtype = 'd'
  UNION ALL
  SELECT dom.top, b.typbasetype, b.typtypmod, dom.depth + 1
  FROM dom JOIN pg_type b ON b.oid = dom.base WHERE b.typtype = 'd' AND dom.depth < 16
), resolved AS (SELECT DISTINCT ON (top) top, base, mod FROM dom ORDER BY top, depth DESC)
SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull,
       coalesce(d.description, ''), a.attnum,
       CASE WHEN et.typtype = 'e' OR bt.typtype = 'e' THEN 'enum'
            WHEN et.typtype = 'd' THEN format_type(r.base, r.mod) END
       || CASE WHEN et.oid <> a.atttypid THEN '[]' ELSE '' END
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type ty ON ty.oid = a.atttypid
JOIN pg_type et
  ON et.oid = CASE WHEN ty.typcategory = 'A' AND ty.typelem <> 0 THEN ty.typelem ELSE ty.oid END
LEFT JOIN resolved r ON r.top = et.oid
LEFT JOIN pg_type bt ON bt.oid = r.base
LEFT JOIN pg_description d
  ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped AND NOT c.relispartition
  AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND {schemas}
"""

_KEYS = """
SELECT con.conrelid, con.contype, con.conkey, con.confrelid, fn.nspname || '.' || fc.relname,
       con.confkey
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class fc ON fc.oid = con.confrelid
LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
WHERE con.contype IN ('p', 'f') AND NOT c.relispartition AND {schemas}
ORDER BY con.conrelid, con.conname
"""

# Column names of tables outside the scanned schemas that scanned tables reference.
_OTHER_COLUMNS = """
SELECT attrelid, attnum, attname FROM pg_attribute WHERE attrelid = ANY(%(oids)s) AND attnum > 0
"""


# pg_settings hides settings the role may not read (shared_preload_libraries needs
# pg_read_all_settings), so a missing row is "cannot be read" unless the library is not loaded.
_SETTINGS = """
SELECT name, setting, source FROM pg_settings
WHERE name IN ('shared_preload_libraries', 'pgaudit.log', 'pgaudit.role', 'ssl')
UNION ALL
SELECT 'subconninfo readable',
       has_column_privilege('pg_catalog.pg_subscription', 'subconninfo', 'SELECT')::text, ''
"""

# tgtype bits: 2 BEFORE, 4 INSERT, 8 DELETE, 16 UPDATE, 32 TRUNCATE, 64 INSTEAD OF.
_TRIGGERS = """
SELECT n.nspname || '.' || c.relname, t.tgname, t.tgtype, t.tgenabled IN ('O', 'A'), p.proname,
       CASE WHEN p.prolang <> 13 THEN p.prosrc ELSE '' END, encode(t.tgargs, 'escape')
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_proc p ON p.oid = t.tgfoid
WHERE NOT t.tgisinternal AND c.relkind IN ('r', 'p') AND {schemas}
ORDER BY 1, 2
"""

# Tables on which pgaudit object auditing (pgaudit.role) logs writes: the role's own grants.
_OBJECT_AUDIT = """
SELECT n.nspname || '.' || c.relname,
       has_table_privilege(r.oid, c.oid, 'UPDATE') OR has_table_privilege(r.oid, c.oid, 'DELETE')
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_roles r ON r.rolname = %(role)s
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND {schemas}
"""

# The scan role's standing: superuser, pg_read_all_data (PostgreSQL 14+: no row before), the
# roles it belongs to directly, and its privileges on the database.
_ROLE_GRANTS = """
SELECT r.rolsuper, r.rolbypassrls,
       (SELECT pg_has_role(a.oid, 'MEMBER') FROM pg_roles a WHERE a.rolname = 'pg_read_all_data'),
       coalesce((SELECT string_agg(b.rolname, ', ' ORDER BY b.rolname) FROM pg_auth_members m
                 JOIN pg_roles b ON b.oid = m.roleid WHERE m.member = r.oid), ''),
       has_database_privilege(current_database(), 'CONNECT'),
       has_database_privilege(current_database(), 'CREATE'),
       has_database_privilege(current_database(), 'TEMPORARY')
FROM pg_roles r WHERE r.rolname = current_user
"""

_SCHEMA_GRANTS = """
SELECT n.nspname, has_schema_privilege(n.oid, 'USAGE') FROM pg_namespace n
WHERE {schemas} ORDER BY 1
"""

# Per column of the tables the role may not SELECT as a whole: may it read that column?
_COLUMN_GRANTS = """
SELECT n.nspname, c.relname, a.attname, has_column_privilege(c.oid, a.attnum, 'SELECT')
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE (n.nspname, c.relname) IN (SELECT * FROM unnest(%(schemas)s::text[], %(names)s::text[]))
ORDER BY 1, 2, a.attnum
"""

EMPTY = "''"
_PGAUDIT_CLASSES = ("read", "write", "function", "role", "ddl", "misc", "misc_set")


class PostgreSQLConnector(SqlConnector):
    """Scan a PostgreSQL database: ``dsn: postgresql://scanner@host:5432/shop?sslmode=verify-full``."""

    name: ClassVar[str] = "postgresql"
    config: DatabaseConfig
    drivername: ClassVar[str] = "postgresql+psycopg"
    url_schemes: ClassVar[tuple[str, ...]] = ("postgresql", "postgres")
    file_options: ClassVar[tuple[str, ...]] = ("sslrootcert", "sslcert", "sslkey", "sslcrl")
    special_file_values: ClassVar[tuple[str, ...]] = ("system",)  # libpq: the system's CAs

    def connect_args(self) -> dict[str, Any]:
        timeout_ms = self.config.statement_timeout * 1000
        idle, interval, count = KEEPALIVE
        return {
            "connect_timeout": self.config.connect_timeout,
            "application_name": "piimap",
            # A network that drops everything ends the connection (a stopped server process
            # still answers keepalives: the client's statement deadline covers that).
            "keepalives": 1,
            "keepalives_idle": idle,
            "keepalives_interval": interval,
            "keepalives_count": count,
            "tcp_user_timeout": int(self.statement_deadline() * 1000),
            "options": (
                f"-c default_transaction_read_only=on -c statement_timeout={timeout_ms} "
                f"-c lock_timeout=5000 -c idle_in_transaction_session_timeout="
                f"{timeout_ms * 2}"
            ),
        }

    def socket_fd(self, dbapi_conn: Any) -> int | None:
        return int(dbapi_conn.pgconn.socket)

    def open_connection(self, dialect: Any, cargs: Any, cparams: Any) -> Any:
        # libpq has no client-side deadline: every wait for the server goes through
        # Connection.wait, which this subclass wraps with the connector's watchdog.
        dbapi_conn = _watched_connection_class().connect(*cargs, **cparams)
        dbapi_conn.watchdog = self._watchdog
        return dbapi_conn

    def session_statements(self, dbapi_conn: Any) -> list[str]:
        # The connect options above already make the session read-only with timeouts; repeat
        # them here so a pooler that drops startup options (PgBouncer) still gets them.
        return [
            "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
            f"SET statement_timeout = {self.config.statement_timeout * 1000}",
            "SET lock_timeout = 5000",
        ]

    def _schema_filter(self) -> tuple[str, dict[str, Any]]:
        if self.config.schemas:
            return "n.nspname = ANY(%(schemas)s)", {"schemas": list(self.config.schemas)}
        return (
            "NOT (n.nspname = ANY(%(excluded)s)) AND n.nspname !~ '^pg_(toast|temp)'",
            {"excluded": ["pg_catalog", "information_schema"]},
        )

    def read_catalog(self, conn: Connection) -> list[TableInfo]:
        where, params = self._schema_filter()
        # pg_get_viewdef leaves out the schema of tables the search path reaches; with only
        # pg_catalog on it, every table in a view definition comes schema-qualified, so view
        # lineage never confuses public.customers with archive.customers. (Until the rollback.)
        conn.exec_driver_sql("SET LOCAL search_path = pg_catalog")
        tables: dict[int, TableInfo] = {}
        partitions: dict[int, list[int]] = defaultdict(list)
        for row in conn.exec_driver_sql(_RELATIONS.format(schemas=where), params).fetchall():
            oid, schema, name, kind, tuples, is_part, comment, can_read, viewdef, parent = row
            if is_part:
                partitions[parent].append(tuples)
                continue
            tables[oid] = TableInfo(
                schema=schema,
                name=name,
                kind=_KINDS[kind],
                comment=comment,
                row_estimate=tuples if tuples >= 0 and kind in "rpm" else None,
                row_evidence="pg_class.reltuples (estimate)"
                if tuples >= 0 and kind in "rm"
                else "",
                readable=can_read,
                unreadable_reason=""
                if can_read
                else f"the scan role lacks SELECT on {schema}.{name} (has_table_privilege)",
                view_definition=viewdef,
            )
        for parent, counts in partitions.items():
            table = tables.get(parent)
            if table is not None and all(c >= 0 for c in counts):
                table.row_estimate = sum(counts)
                table.row_evidence = (
                    f"sum of pg_class.reltuples over {len(counts)} partitions (estimate)"
                )
        names: dict[int, dict[int, str]] = defaultdict(dict)
        for oid, col, col_type, nullable, comment, num, base in conn.exec_driver_sql(
            _COLUMNS.format(schemas=where), params
        ).fetchall():
            names[oid][num] = col
            if base:  # shown as declared, then the base type: "yes_no (boolean)"
                col_type = f"{col_type} ({base})"
            if oid in tables:
                tables[oid].columns.append(ColumnInfo(col, col_type, nullable, comment, num))
        for table in tables.values():
            table.columns.sort(key=lambda c: c.position)
        keys = conn.exec_driver_sql(_KEYS.format(schemas=where), params).fetchall()
        outside = sorted(
            {ref for _, kind, _, ref, _, _ in keys if kind == "f" and ref not in names}
        )
        if outside:
            for oid, num, col in conn.exec_driver_sql(_OTHER_COLUMNS, {"oids": outside}).fetchall():
                names[oid][num] = col
        for oid, kind, cols, ref_oid, ref, ref_cols in keys:
            table = tables.get(oid)
            if table is None:
                continue
            columns = tuple(names[oid][n] for n in cols)
            if kind == "p":
                table.primary_key = columns
            else:
                ref_names = tuple(names[ref_oid].get(n, str(n)) for n in ref_cols)
                table.foreign_keys.append(ForeignKey(columns, ref, ref_names))
        return list(tables.values())

    def size_bytes(self, conn: Connection, table: TableInfo) -> int | None:
        # Asked per table, and only for tables without statistics: pg_total_relation_size in the
        # catalog query stats every file of every table and made discovery 10x slower.
        value = conn.exec_driver_sql(
            "SELECT pg_total_relation_size(%(t)s::regclass)", {"t": self.table_ref(table)}
        ).scalar()
        return int(value) if value is not None else None

    def read_facts(self, conn: Connection, url: URL) -> SystemFacts:
        version, user, database = conn.exec_driver_sql(
            "SELECT current_setting('server_version'), current_user, current_database()"
        ).one()
        facts = [
            Fact("server_version", f"PostgreSQL {version}", "current_setting('server_version')"),
            Fact("scan_role", user, "current_user"),
            Fact("database", database, "current_database()"),
        ]
        sslmode = str(url.query.get("sslmode", "prefer (libpq default)"))
        facts.append(Fact("sslmode", sslmode, "DSN query parameter sslmode"))
        row = conn.exec_driver_sql(
            "SELECT ssl, version, cipher FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
        ).first()
        if row is None:
            transit = Control(Status.UNKNOWN, ("pg_stat_ssl has no row for this connection",))
        elif row[0]:
            note = (
                ""
                if sslmode.startswith("verify")
                else "; the server certificate is not verified (use sslmode=verify-full)"
            )
            transit = Control(
                Status.OK,
                (
                    f"pg_stat_ssl: the scanner's connection uses {row[1]} ({row[2]}); "
                    f"sslmode={sslmode}{note}",
                ),
            )
            facts.append(Fact("tls", f"{row[1]} {row[2]}", "pg_stat_ssl"))
        else:
            transit = Control(
                Status.GAP,
                (
                    f"pg_stat_ssl: the scanner's connection is not encrypted (ssl=false, "
                    f"sslmode={sslmode})",
                ),
            )
            facts.append(Fact("tls", "off", "pg_stat_ssl"))
        extensions: dict[str, str] = dict(
            conn.exec_driver_sql("SELECT extname, extversion FROM pg_extension").all()
        )
        evidence = [
            "PostgreSQL has no built-in at-rest encryption visible over SQL; "
            "volume encryption, if any, is not visible to piimap"
        ]
        for ext in ("pgcrypto", "pgaudit", "postgres_fdw", "pg_tde"):
            if ext in extensions:
                facts.append(Fact(f"extension.{ext}", extensions[ext], "pg_extension"))
        if "pgcrypto" in extensions:
            evidence.append(
                f"pgcrypto {extensions['pgcrypto']} is installed "
                "(column-level encryption is possible; see field evidence)"
            )
        at_rest = Control(Status.UNKNOWN, tuple(evidence))
        if "pg_tde" in extensions:
            at_rest = Control(
                Status.UNKNOWN,
                (
                    f"pg_tde {extensions['pg_tde']} is installed; which tables use it is not "
                    "read yet",
                ),
            )
        return SystemFacts(facts, transit, at_rest)

    # --- grants ------------------------------------------------------------------------------

    def read_grants(
        self, conn: Connection, tables: list[TableInfo]
    ) -> tuple[list[Fact], list[ScanIssue]]:
        """What the scan role may read, as facts, and what it may not. pg_class shows every
        table to every role, so a table the role may not read is listed (not scanned, with the
        reason); one it may read only some columns of is sampled on those, with an issue."""
        row = conn.exec_driver_sql(_ROLE_GRANTS).one()
        superuser, bypass_rls, read_all, member_of, *database = row
        where, params = self._schema_filter()
        rows = conn.exec_driver_sql(_SCHEMA_GRANTS.format(schemas=where), params).all()
        schemas: dict[str, bool] = {str(n): bool(u) for n, u in rows}
        for table in tables:
            if table.readable and not schemas.get(table.schema, True):
                table.readable = False
                table.unreadable_reason = (
                    f"the scan role lacks USAGE on schema {table.schema} (has_schema_privilege)"
                )
        issues = self._column_grants(conn, [t for t in tables if not t.readable])
        standing = [
            "superuser" if superuser else "not superuser",
            "member of pg_read_all_data"
            if read_all
            else "not a member of pg_read_all_data"
            if read_all is not None
            else "pg_read_all_data does not exist (before PostgreSQL 14)",
        ]
        if bypass_rls:
            standing.append("bypasses row-level security")
        standing.append(f"member of {member_of}" if member_of else "member of no other role")
        privileges = [
            p for p, held in zip(("CONNECT", "CREATE", "TEMPORARY"), database, strict=True) if held
        ]
        facts = [
            Fact(
                "grants.role",
                "; ".join(standing),
                "pg_roles.rolsuper, rolbypassrls and pg_has_role(pg_read_all_data, MEMBER) of "
                "current_user; pg_auth_members",
            ),
            Fact(
                "grants.database",
                ", ".join(privileges) or "none",
                "has_database_privilege(current_database(), CONNECT / CREATE / TEMPORARY)",
            ),
            Fact(
                "grants.schemas",
                "; ".join(f"{n}: {'USAGE' if u else 'no USAGE'}" for n, u in schemas.items())
                or "none",
                "has_schema_privilege(schema, USAGE) on the scanned schemas",
            ),
            Fact("grants.tables", table_grants(tables), _TABLE_GRANTS_EVIDENCE),
        ]
        return facts, issues

    def _column_grants(self, conn: Connection, unreadable: list[TableInfo]) -> list[ScanIssue]:
        """Tables the role may read only some columns of become readable on those columns; an
        issue names the columns it may not read."""
        if not unreadable:
            return []
        by_table: dict[tuple[str, str], dict[str, bool]] = defaultdict(dict)
        params = {"schemas": [t.schema for t in unreadable], "names": [t.name for t in unreadable]}
        for schema, name, column, allowed in conn.exec_driver_sql(_COLUMN_GRANTS, params).all():
            by_table[(schema, name)][column] = allowed
        issues = []
        for table in unreadable:
            columns = by_table.get((table.schema, table.name), {})
            allowed = [c for c, ok in columns.items() if ok]
            if not allowed or table.unreadable_reason.startswith("the scan role lacks USAGE"):
                continue
            hidden = [c for c, ok in columns.items() if not ok]
            table.readable, table.unreadable_reason = True, ""
            table.hidden_columns = frozenset(hidden)
            issues.append(
                ScanIssue(
                    dataset_id(self.system_id, table.dataset_name),
                    "partial",
                    f"the scan role may read only columns {', '.join(allowed)} of "
                    f"{table.dataset_name} (column grants); the values of {', '.join(hidden)} "
                    "were not read (has_column_privilege)",
                )
            )
        return issues

    # --- access ------------------------------------------------------------------------------

    access_grants_needed: ClassVar[str] = (
        "any role may read pg_roles, pg_auth_members, pg_class and pg_attribute; only a "
        "superuser may read whether roles have passwords (pg_authid)"
    )

    def read_access(self, conn: Connection, tables: list[TableInfo]) -> AccessFound:
        return read_pg_access(conn, self.system_id, tables, self._schema_filter())

    # --- links and audit trails -------------------------------------------------------------

    def _read_settings(self, conn: Connection) -> dict[str, tuple[str, str]]:
        rows = conn.exec_driver_sql(_SETTINGS).all()
        return {name: (value, source) for name, value, source in rows}

    def read_server_audit(self, conn: Connection) -> ServerAudit:
        self._pg_settings: dict[str, tuple[str, str]] | None = None
        self._object_audit: dict[str, bool] | None = None
        settings = self._pg_settings = self._read_settings(conn)
        audit = pgaudit_audit(settings)
        role = settings.get("pgaudit.role", ("", ""))[0]
        log = settings.get("pgaudit.log", ("", ""))[0]
        if audit.control.status is Status.OK and role and "write" not in pgaudit_classes(log):
            self._object_audit = self.object_audit(conn, role)
        return audit

    def object_audit(self, conn: Connection, role: str) -> dict[str, bool]:
        """Per table: does pgaudit object auditing through ``role`` log its updates or deletes?"""
        where, params = self._schema_filter()
        rows = conn.exec_driver_sql(_OBJECT_AUDIT.format(schemas=where), {**params, "role": role})
        return dict(rows.all())

    def table_server_audit(self, table: TableInfo, server: ServerAudit) -> ServerAudit:
        covered = getattr(self, "_object_audit", None)
        if covered is None or covered.get(table.dataset_name):
            return server
        role = (self._pg_settings or {}).get("pgaudit.role", ("?", ""))[0]
        return ServerAudit(
            Control(Status.GAP, ()),
            f"pgaudit object auditing logs no writes to {table.dataset_name}: role {role} "
            "holds no UPDATE or DELETE grant on it",
        )

    def read_triggers(self, conn: Connection) -> list[Trigger]:
        where, params = self._schema_filter()
        triggers = []
        for dataset, name, tgtype, enabled, function, source, args in conn.exec_driver_sql(
            _TRIGGERS.format(schemas=where), params
        ).all():
            events = frozenset(
                e
                for bit, e in ((4, "INSERT"), (8, "DELETE"), (16, "UPDATE"), (32, "TRUNCATE"))
                if tgtype & bit
            )
            timing = "INSTEAD OF" if tgtype & 64 else "BEFORE" if tgtype & 2 else "AFTER"
            arguments = tuple(a for a in (args or "").split("\\000") if a)
            triggers.append(
                Trigger(dataset, name, timing, events, function, source or "", enabled, arguments)
            )
        return triggers

    def read_links(self, conn: Connection, issues: list[ScanIssue]) -> list[Link]:
        settings = getattr(self, "_pg_settings", None) or self._read_settings(conn)
        major = (conn.dialect.server_version_info or (0,))[0]
        new = isinstance(major, int) and major >= 15
        rows = conn.exec_driver_sql(
            pglinks.PUBLICATIONS.format(
                columns=pglinks.PUBLICATION_COLUMNS_15 if new else pglinks.PUBLICATION_COLUMNS_OLD
            )
        ).all()
        subscribers = conn.exec_driver_sql(pglinks.SUBSCRIBERS).all() if rows else []
        links = pglinks.publication_links(rows, subscribers, settings.get("ssl", (None, ""))[0])
        readable = settings.get("subconninfo readable", ("false", ""))[0] == "true"
        subscriptions = conn.exec_driver_sql(
            pglinks.SUBSCRIPTIONS.format(conninfo="s.subconninfo" if readable else "NULL::text")
        ).all()
        if subscriptions and not readable:
            issues.append(
                ScanIssue(
                    self.system_id,
                    "missing_permission",
                    "pg_subscription.subconninfo: the scan role needs superuser, pg_read_all_data "
                    "or GRANT SELECT (subconninfo) ON pg_subscription; the publishers of "
                    f"subscriptions {', '.join(r[0] for r in subscriptions)} are not known.",
                )
            )
        links += pglinks.subscription_links(subscriptions, readable)
        where, params = self._schema_filter()
        foreign = conn.exec_driver_sql(pglinks.FOREIGN_TABLES.format(schemas=where), params).all()
        if foreign:
            mappings = conn.exec_driver_sql(pglinks.USER_MAPPINGS).all()
            links += pglinks.fdw_links(foreign, mappings)
        return links

    def sample_sql(self, table: TableInfo, columns: list[ColumnInfo], rows: int) -> str:
        hidden = table.hidden_columns
        cols = ", ".join("NULL" if c.name in hidden else self._truncated(c) for c in columns)
        ref = self.table_ref(table)
        estimate = table.row_estimate
        if estimate is not None and estimate > SMALL_TABLE_ROWS:
            percent = min(100.0, 100.0 * rows * 4 / estimate)
            return (
                f"SELECT {cols} FROM {ref} TABLESAMPLE BERNOULLI ({percent:.6f}) "
                f"REPEATABLE ({SAMPLE_SEED}) LIMIT {rows}"
            )
        # Small (or never analysed) tables: a hash of the row's physical position is a random
        # order that repeats exactly while the table is unchanged.
        order = "ctid::text"
        if hidden:  # ctid needs SELECT on the whole table: order by the readable values
            readable = ", ".join(self.quote(c.name) for c in columns if c.name not in hidden)
            order = f"ROW({readable})::text"
        return f"SELECT {cols} FROM {ref} ORDER BY md5({order} || '{SAMPLE_SEED}') LIMIT {rows}"

    def _truncated(self, column: ColumnInfo) -> str:
        name = self.quote(column.name)
        if column.data_type == "bytea" or column.data_type.endswith(" (bytea)"):
            return f"substring({name} from 1 for 256)"
        return f"left({name}::text, 256)"

    def connect_hint(self, exc: DBAPIError) -> str:
        text = str(exc.orig).lower()
        url = self.resolved_url
        if "permission denied for database" in text or "connect privilege" in text:
            return (
                "The role lacks rights on the database: have an administrator run GRANT "
                f'CONNECT ON DATABASE "{url.database}" TO "{url.username}" (and USAGE on its '
                "schemas, SELECT on its tables, or pg_read_all_data)."
            )
        if "invalid sslmode" in text:
            return (
                f"Set sslmode in systems.{self.system_id}.dsn to one of disable, allow, prefer, "
                "require, verify-ca, verify-full."
            )
        if "certificate" in text or "ssl" in text.split("failed:")[-1]:
            return (
                f"Check sslmode and the sslrootcert/sslcert/sslkey files in systems."
                f"{self.system_id}.dsn, and the server's TLS setup."
            )
        if "invalid connection option" in text or ("invalid" in text and "value" in text):
            return f"Correct or remove that option in systems.{self.system_id}.dsn."
        if "password" in text or "authentication" in text or "role" in text:
            return "Check the user and the password given through the environment or password_file."
        if "does not exist" in text:
            return "Check the database name in the DSN."
        return "Check the host and port, and that PostgreSQL is running and reachable."


_TABLE_GRANTS_EVIDENCE = (
    "has_table_privilege(table, SELECT), has_column_privilege(table, column, SELECT) and "
    "has_schema_privilege(schema, USAGE) for each scanned table"
)


def table_grants(tables: list[TableInfo]) -> str:
    """How many of ``tables`` the role may read, and which it may read only in part or not.

    >>> table_grants([TableInfo("s", "a"), TableInfo("s", "b", readable=False)])
    '1 of 2 readable; not readable: s.b'
    """
    whole = [t for t in tables if t.readable and not t.hidden_columns]
    partly = [t.dataset_name for t in tables if t.readable and t.hidden_columns]
    denied = [t.dataset_name for t in tables if not t.readable]
    parts = [f"{len(whole)} of {len(tables)} readable"]
    if partly:
        parts.append(f"some columns only: {_names(partly)}")
    if denied:
        parts.append(f"not readable: {_names(denied)}")
    return "; ".join(parts)


def _names(names: list[str], limit: int = 20) -> str:
    more = f" and {len(names) - limit} more" if len(names) > limit else ""
    return ", ".join(names[:limit]) + more


def pgaudit_audit(settings: dict[str, tuple[str, str]]) -> ServerAudit:
    """System audit from pg_settings rows (name -> (setting, source)); absent rows were hidden.

    >>> pgaudit_audit({"shared_preload_libraries": ("pg_stat_statements", "configuration file")})
    ... # doctest: +ELLIPSIS
    ServerAudit(control=Control(status=<Status.GAP: 'gap'>, evidence=('pgaudit is not loaded...
    """
    libraries = settings.get("shared_preload_libraries")
    if libraries is None:
        why = "shared_preload_libraries is hidden from the scan role (needs pg_read_all_settings)"
        return ServerAudit(
            Control(Status.UNKNOWN, (f"{why}: whether pgaudit is loaded is not known",)), why
        )
    loaded = [lib.strip().strip('"') for lib in libraries[0].split(",")]
    if "pgaudit" not in loaded:
        return ServerAudit(
            Control(
                Status.GAP,
                (
                    f"pgaudit is not loaded (shared_preload_libraries={libraries[0] or EMPTY}); "
                    "data changes are not audited server-wide",
                ),
            ),
            "pgaudit is not loaded",
        )
    log, source = settings.get("pgaudit.log", (None, ""))
    role = settings.get("pgaudit.role", ("", ""))[0]
    if log is None:
        why = "pgaudit is loaded but pgaudit.log is hidden from the scan role"
        return ServerAudit(Control(Status.UNKNOWN, (why,)), why)
    if "write" in pgaudit_classes(log):
        return ServerAudit(
            Control(
                Status.OK,
                (
                    f"pgaudit is loaded and pgaudit.log={log} (pg_settings, set in {source}) logs "
                    "every INSERT, UPDATE, DELETE and TRUNCATE",
                ),
            ),
            f"pgaudit (pgaudit.log={log})",
        )
    if role:
        return ServerAudit(
            Control(
                Status.OK,
                (
                    f"pgaudit object auditing through role {role} (pgaudit.role, pg_settings): "
                    "writes are logged on the tables that role may update or delete",
                ),
            ),
            f"pgaudit object auditing (pgaudit.role={role})",
        )
    return ServerAudit(
        Control(
            Status.GAP,
            (
                f"pgaudit is loaded but pgaudit.log={log or 'none'} logs no writes and "
                "pgaudit.role is not set (pg_settings)",
            ),
        ),
        f"pgaudit logs no writes (pgaudit.log={log or 'none'})",
    )


def pgaudit_classes(log: str) -> set[str]:
    """The statement classes ``pgaudit.log`` turns on (``all, -misc`` is everything but misc).

    >>> sorted(pgaudit_classes("all, -read, -misc, -misc_set"))
    ['ddl', 'function', 'role', 'write']
    """
    classes: set[str] = set()
    for item in (i.strip().lower() for i in log.split(",")):
        minus = item.startswith("-")
        name = item.lstrip("-").strip()
        names = set(_PGAUDIT_CLASSES) if name == "all" else {name} if name else set()
        classes = classes - names if minus else classes | names
    return classes - {"none"}


@cache
def _watched_connection_class() -> Any:
    """A psycopg Connection whose every wait for the server has the scan's statement deadline
    (imported on first use: the command line starts without psycopg)."""
    import psycopg

    class WatchedConnection(psycopg.Connection[Any]):
        watchdog: Watchdog | None = None

        def wait(self, gen: Any, *args: Any, **kwargs: Any) -> Any:
            watchdog = self.watchdog
            if watchdog is None:
                return super().wait(gen, *args, **kwargs)
            watchdog.arm(self)
            try:
                return super().wait(gen, *args, **kwargs)
            finally:
                watchdog.disarm()

    return WatchedConnection
