"""MySQL and MariaDB through PyMySQL: a bounded number of information_schema queries, read-only.

FEDERATED tables are never opened: reading their row counts (or sampling them) makes the server
connect to the remote, and one unreachable remote fails the whole information_schema query.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any, ClassVar, NamedTuple

from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError

from lineage.core.errors import ConfigError
from lineage.core.ids import dataset_id
from lineage.core.model import Control, Fact, ForeignKey, ScanIssue, Status

from . import mylinks
from .access import AccessFound
from .audit import ServerAudit, Trigger
from .base import Link
from .deadlines import tune_socket
from .myaccess import GRANTS_NEEDED, read_my_access
from .myaccess import like as _like
from .sql import (
    SAMPLE_SEED,
    SMALL_TABLE_ROWS,
    ColumnInfo,
    DatabaseConfig,
    SqlConnector,
    SystemFacts,
    TableInfo,
    db_reason,
)

_SYSTEM_SCHEMAS = ("mysql", "information_schema", "performance_schema", "sys")

# Names and engines come from the table definitions alone; no table is opened.
_FEDERATED = """
SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_COMMENT FROM information_schema.TABLES
WHERE {schemas} AND ENGINE = 'FEDERATED'
ORDER BY 1, 2
"""

# TABLE_ROWS and CREATE_OPTIONS open each table; ``{skip}`` leaves FEDERATED tables out by name,
# a condition the server applies before opening anything.
_TABLES = """
SELECT t.TABLE_SCHEMA, t.TABLE_NAME, t.TABLE_TYPE, t.TABLE_ROWS, t.TABLE_COMMENT,
       t.CREATE_OPTIONS, t.ENGINE, v.VIEW_DEFINITION
FROM information_schema.TABLES t
LEFT JOIN information_schema.VIEWS v
  ON v.TABLE_SCHEMA = t.TABLE_SCHEMA AND v.TABLE_NAME = t.TABLE_NAME
WHERE {schemas}{skip}
ORDER BY 1, 2
"""

_COLUMNS = """
SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_COMMENT,
       ORDINAL_POSITION
FROM information_schema.COLUMNS
WHERE {schemas}
ORDER BY 1, 2, ORDINAL_POSITION
"""

_KEYS = """
SELECT TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_SCHEMA,
       REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME
FROM information_schema.KEY_COLUMN_USAGE
WHERE {schemas}{skip} AND (CONSTRAINT_NAME = 'PRIMARY' OR REFERENCED_TABLE_NAME IS NOT NULL)
ORDER BY 1, 2, 3, ORDINAL_POSITION
"""

# One row per trigger (MariaDB 11 lists several events of one trigger comma-separated).
_TRIGGERS = """
SELECT EVENT_OBJECT_SCHEMA, EVENT_OBJECT_TABLE, TRIGGER_NAME, ACTION_TIMING, EVENT_MANIPULATION,
       ACTION_STATEMENT
FROM information_schema.TRIGGERS
WHERE {schemas}
ORDER BY 1, 2, 3
"""

# information_schema.TRIGGERS lists only triggers of tables the user holds TRIGGER on.
_TRIGGER_GRANTS = """
SELECT '*', '*' FROM information_schema.USER_PRIVILEGES
WHERE PRIVILEGE_TYPE = 'TRIGGER' AND GRANTEE = %(grantee)s
UNION ALL
SELECT TABLE_SCHEMA, '*' FROM information_schema.SCHEMA_PRIVILEGES
WHERE PRIVILEGE_TYPE = 'TRIGGER' AND GRANTEE = %(grantee)s
UNION ALL
SELECT TABLE_SCHEMA, TABLE_NAME FROM information_schema.TABLE_PRIVILEGES
WHERE PRIVILEGE_TYPE = 'TRIGGER' AND GRANTEE = %(grantee)s
"""

#: ``GRANT <privileges> ON <target> TO <grantee>`` as SHOW GRANTS prints it; the grantee part
#: (which may hold ``IDENTIFIED BY PASSWORD '<hash>'``) is never kept.
_GRANT = re.compile(
    r"GRANT (?P<privileges>.+?) ON (?P<target>(?:(?:PROCEDURE|FUNCTION|PACKAGE(?: BODY)?) )?"
    r"(?:\*|`(?:[^`]|``)*`)(?:\.(?:\*|`(?:[^`]|``)*`))?) TO ",
    re.S,
)
#: ``GRANT <role> TO <grantee>``: a role granted to the user (its grants follow as lines).
_ROLE_GRANT = re.compile(r"GRANT (?P<role>`(?:[^`]|``)*`(?:@`(?:[^`]|``)*`)?) TO ")

_AUDIT_PLUGINS = """
SELECT PLUGIN_NAME, PLUGIN_STATUS FROM information_schema.PLUGINS WHERE PLUGIN_TYPE = 'AUDIT'
"""
#: Variables kept as facts; the audit plugins' own variables are read too but not kept.
_FACT_VARIABLES = (
    "have_ssl",
    "require_secure_transport",
    "innodb_encrypt_tables",
    "default_table_encryption",
    "server_audit_logging",
)


class MySQLConnector(SqlConnector):
    """Scan MySQL or MariaDB: ``dsn: mysql://scanner@host:3306/shop?ssl_ca=/etc/ssl/ca.pem``."""

    name: ClassVar[str] = "mysql"
    config: DatabaseConfig
    drivername: ClassVar[str] = "mysql+pymysql"
    url_schemes: ClassVar[tuple[str, ...]] = ("mysql", "mariadb")
    file_options: ClassVar[tuple[str, ...]] = ("ssl_ca", "ssl_cert", "ssl_key")

    @classmethod
    def check_options(cls, key: str, url: URL) -> None:
        """Besides the certificate files: a ``charset`` PyMySQL knows."""
        from pymysql.charset import charset_by_name

        charset = url.query.get("charset")
        if isinstance(charset, str) and charset_by_name(charset) is None:
            raise ConfigError(
                f"{key}: charset {charset!r} is not a character set MySQL knows; use "
                "charset=utf8mb4 or leave it out."
            )
        super().check_options(key, url)

    def connect_args(self) -> dict[str, Any]:
        # PyMySQL applies connect_timeout to the TCP connect only and read_timeout to the
        # handshake after it: both are the connect timeout until the connection is made
        # (prepare_connection then gives reads and writes the statement deadline).
        return {
            "connect_timeout": self.config.connect_timeout,
            "read_timeout": self.config.connect_timeout,
            "write_timeout": self.config.connect_timeout,
            "program_name": "piimap",
        }

    def socket_fd(self, dbapi_conn: Any) -> int | None:
        sock = dbapi_conn._sock
        return None if sock is None else int(sock.fileno())

    def prepare_connection(self, dbapi_conn: Any) -> None:
        # PyMySQL has no public setter: its socket timeouts are read from these attributes
        # before each read and write (a backstop, 1 s after the statement watchdog).
        deadline = self.statement_deadline()
        dbapi_conn._read_timeout = dbapi_conn._write_timeout = deadline + 1
        fd = self.socket_fd(dbapi_conn)
        if fd is not None:
            tune_socket(fd, deadline)

    def session_statements(self, dbapi_conn: Any) -> list[str]:
        seconds = self.config.statement_timeout
        timeout = (
            f"max_statement_time = {seconds}"
            if "mariadb" in dbapi_conn.get_server_info().lower()
            else f"max_execution_time = {seconds * 1000}"
        )
        return [
            "SET SESSION TRANSACTION READ ONLY",
            f"SET SESSION lock_wait_timeout = 5, innodb_lock_wait_timeout = 5, {timeout}",
        ]

    def _schema_filter(self, column: str = "TABLE_SCHEMA") -> tuple[str, dict[str, Any]]:
        if self.config.schemas:
            return f"{column} IN %(schemas)s", {"schemas": tuple(self.config.schemas)}
        database = self.resolved_url.database
        if database:
            return f"{column} = %(db)s", {"db": database}
        return f"{column} NOT IN %(excluded)s", {"excluded": _SYSTEM_SCHEMAS}

    def read_catalog(self, conn: Connection) -> list[TableInfo]:
        where, params = self._schema_filter("t.TABLE_SCHEMA")
        tables: dict[tuple[str, str], TableInfo] = {}
        plain_where, _ = self._schema_filter()
        federated = [
            (str(schema), str(name), str(comment or ""))
            for schema, name, comment in conn.exec_driver_sql(
                _FEDERATED.format(schemas=plain_where), params
            ).fetchall()
        ]
        for schema, name, comment in federated:
            # Rows live on the remote server: "foreign table" keeps them from being sampled.
            tables[(schema, name)] = TableInfo(schema, name, "foreign table", comment)
        self._federated = [tables[(s, n)] for s, n, _ in federated]
        skip, skip_params = _skip(federated, "t.")
        for schema, name, ttype, rows, comment, options, engine, viewdef in conn.exec_driver_sql(
            _TABLES.format(schemas=where, skip=skip), {**params, **skip_params}
        ).fetchall():
            is_view = ttype == "VIEW"
            encrypted = _encrypted(options or "")
            tables[(schema, name)] = TableInfo(
                schema=schema,
                name=name,
                kind="view" if is_view else "table",
                comment="" if is_view else (comment or ""),
                row_estimate=None if is_view or rows is None else int(rows),
                row_evidence=""
                if is_view
                else (
                    "information_schema.TABLES.TABLE_ROWS (exact)"
                    if engine in ("MyISAM", "Aria")
                    else "information_schema.TABLES.TABLE_ROWS (estimate)"
                ),
                view_definition=viewdef,
                at_rest=Control(Status.OK, (f"{schema}.{name}: CREATE_OPTIONS {options}",))
                if encrypted
                else None,
            )
        where, params = self._schema_filter()
        for schema, name, col, col_type, nullable, comment, pos in conn.exec_driver_sql(
            _COLUMNS.format(schemas=where), params
        ).fetchall():
            if (schema, name) in tables:
                tables[(schema, name)].columns.append(
                    ColumnInfo(col, col_type, nullable == "YES", comment or "", int(pos))
                )
        pk: dict[tuple[str, str], list[str]] = defaultdict(list)
        fks: dict[tuple[str, str, str], list[tuple[str, str, str]]] = defaultdict(list)
        skip, skip_params = _skip(federated)
        for schema, name, constraint, col, ref_schema, ref_table, ref_col in conn.exec_driver_sql(
            _KEYS.format(schemas=where, skip=skip), {**params, **skip_params}
        ).fetchall():
            if constraint == "PRIMARY":
                pk[(schema, name)].append(col)
            else:
                fks[(schema, name, constraint)].append((col, f"{ref_schema}.{ref_table}", ref_col))
        for key, cols in pk.items():
            if key in tables:
                tables[key].primary_key = tuple(cols)
        for (schema, name, _), parts in fks.items():
            if (schema, name) in tables:
                tables[(schema, name)].foreign_keys.append(
                    ForeignKey(tuple(p[0] for p in parts), parts[0][1], tuple(p[2] for p in parts))
                )
        return list(tables.values())

    def read_facts(self, conn: Connection, url: URL) -> SystemFacts:
        version, user = conn.exec_driver_sql("SELECT VERSION(), CURRENT_USER()").one()
        self._current_user = str(user)
        product = "MariaDB" if "mariadb" in version.lower() else "MySQL"
        facts = [
            Fact("server_version", f"{product} {version}", "SELECT VERSION()"),
            Fact("scan_role", user, "CURRENT_USER()"),
        ]
        status: dict[str, str] = dict(
            conn.exec_driver_sql(
                "SHOW SESSION STATUS WHERE Variable_name IN ('Ssl_cipher', 'Ssl_version')"
            ).all()
        )
        variables: dict[str, str] = dict(
            conn.exec_driver_sql(
                "SHOW GLOBAL VARIABLES WHERE Variable_name IN ('have_ssl', "
                "'require_secure_transport', 'innodb_encrypt_tables', 'default_table_encryption') "
                "OR Variable_name LIKE 'server_audit%%' OR Variable_name LIKE 'audit_log%%'"
            ).all()
        )
        self._variables = variables
        ssl_params = sorted(k for k in url.query if k.startswith("ssl"))
        facts.append(Fact("dsn_ssl", ", ".join(ssl_params) or "none", "DSN query parameters ssl_*"))
        cipher = status.get("Ssl_cipher", "")
        if cipher:
            transit = Control(
                Status.OK,
                (
                    f"Ssl_cipher={cipher}, Ssl_version="
                    f"{status.get('Ssl_version', '?')} on the scanner's "
                    "connection",
                ),
            )
            facts.append(
                Fact(
                    "tls",
                    f"{status.get('Ssl_version', '')} {cipher}".strip(),
                    "SHOW SESSION STATUS Ssl_cipher",
                )
            )
        else:
            transit = Control(
                Status.GAP,
                (
                    f"Ssl_cipher is empty: the scanner's connection is not encrypted "
                    f"(have_ssl={variables.get('have_ssl', '?')}, DSN ssl parameters: "
                    f"{', '.join(ssl_params) or 'none'})",
                ),
            )
            facts.append(Fact("tls", "off", "SHOW SESSION STATUS Ssl_cipher"))
        for name, value in sorted(variables.items()):
            if name in _FACT_VARIABLES:
                facts.append(Fact(f"variable.{name}", str(value), "SHOW GLOBAL VARIABLES"))
        encrypt = str(
            variables.get("innodb_encrypt_tables")
            or variables.get("default_table_encryption")
            or ""
        ).upper()
        if encrypt in ("ON", "FORCE"):
            at_rest = Control(
                Status.OK,
                (
                    f"InnoDB table encryption is {encrypt} "
                    "(innodb_encrypt_tables / default_table_encryption)",
                ),
            )
        else:
            at_rest = Control(
                Status.UNKNOWN,
                (
                    f"InnoDB table encryption is {encrypt or 'not configured'}; volume encryption, "
                    "if "
                    "any, is not visible to piimap",
                ),
            )
        return SystemFacts(facts, transit, at_rest)

    # --- grants ------------------------------------------------------------------------------

    def read_grants(
        self, conn: Connection, tables: list[TableInfo]
    ) -> tuple[list[Fact], list[ScanIssue]]:
        """The grants of the scan user (SHOW GRANTS, with its roles'), as facts. information_schema
        shows a user only the tables and columns it holds a privilege on, so the others are not
        listed: when the grants are narrower than whole databases, an issue says that others may
        exist unseen, and a table readable only by column grants has an issue of its own."""
        lines = [str(r[0]) for r in conn.exec_driver_sql("SHOW GRANTS").all()]
        grants = parse_grants(lines)
        # Sorted, without repeats: SHOW GRANTS lists in no set order, and each role's USAGE.
        shown = "; ".join(
            f"role {g.role}" if g.role else f"{g.privileges} ON {g.target}"
            for g in sorted(set(grants), key=lambda g: (not g.role, g.role, g.target, g.privileges))
        )
        scope = self._grant_scope(grants)
        facts = [
            Fact("grants", shown or "none", "SHOW GRANTS (privileges and targets only)"),
            Fact("grants.scope", scope or "whole databases", "SHOW GRANTS"),
        ]
        issues = []
        if scope:
            issues.append(
                ScanIssue(
                    self.system_id,
                    "partial",
                    f"the scan role sees only {scope}; others may exist unseen (grants: "
                    f"{shown}): information_schema lists only what a user holds a privilege "
                    "on. Grant SELECT on the whole database to scan everything.",
                )
            )
        for table in tables:
            columns = column_grants(grants, table.schema, table.name)
            if columns:
                issues.append(
                    ScanIssue(
                        dataset_id(self.system_id, table.dataset_name),
                        "partial",
                        f"the scan role may read only columns {', '.join(columns)} of "
                        f"{table.dataset_name} (column grants); its other columns, if any, are "
                        "hidden from it and were not read",
                    )
                )
        return facts, issues

    def _grant_scope(self, grants: list[Grant]) -> str:
        """ "" when SELECT is granted on every database scanned (or on all); else what is seen."""
        if any(g.reads and g.target == "*.*" for g in grants):
            return ""
        wanted = list(self.config.schemas or [])
        if not wanted and self.resolved_url.database:
            wanted = [self.resolved_url.database]
        databases = [g.database for g in grants if g.reads and g.table == "*" and g.database]
        if wanted and all(any(_like(d, w) for d in databases) for w in wanted):
            return ""
        if databases and not wanted:
            return f"databases granted to it ({', '.join(sorted(set(databases)))})"
        return "tables granted to it"

    # --- access ------------------------------------------------------------------------------

    access_grants_needed: ClassVar[str] = GRANTS_NEEDED

    def read_access(self, conn: Connection, tables: list[TableInfo]) -> AccessFound:
        return read_my_access(conn, self.system_id, tables)

    # --- links and audit trails -------------------------------------------------------------

    def read_links(self, conn: Connection, issues: list[ScanIssue]) -> list[Link]:
        remotes: list[tuple[TableInfo, mylinks.Federated | None]] = []
        for table in getattr(self, "_federated", []):
            try:
                create = conn.exec_driver_sql(f"SHOW CREATE TABLE {self.table_ref(table)}").one()
            except DBAPIError as exc:
                issues.append(
                    ScanIssue(
                        dataset_id(self.system_id, table.dataset_name),
                        "partial",
                        f"the definition of FEDERATED table {table.dataset_name} was not read "
                        f"({db_reason(exc)}); where its rows come from is not known",
                    )
                )
                continue
            remotes.append((table, mylinks.parse_connection(create[1])))
            del create  # the definition may hold a password
        servers: dict[str, tuple] | None = {}
        names = sorted({r.server for _, r in remotes if r is not None and r.server})
        if names:
            try:
                rows = conn.exec_driver_sql(mylinks.SERVERS, {"names": tuple(names)}).all()
                servers = {str(r[0]): tuple(r) for r in rows}
            except DBAPIError as exc:
                conn.rollback()
                servers = None
                issues.append(
                    ScanIssue(
                        self.system_id,
                        "missing_permission",
                        f"mysql.servers: {db_reason(exc)}; the scan user needs SELECT on "
                        f"mysql.servers to know the hosts of servers {', '.join(names)} that "
                        "FEDERATED tables use.",
                    )
                )
        links = []
        for table, remote in remotes:
            columns = tuple(c.name for c in table.columns)
            if remote is None:
                issues.append(
                    ScanIssue(
                        dataset_id(self.system_id, table.dataset_name),
                        "partial",
                        f"FEDERATED table {table.dataset_name} has no CONNECTION that piimap "
                        "understands; where its rows come from is not known",
                    )
                )
                continue
            row = None if servers is None else servers.get(remote.server)
            links.append(mylinks.federated_link(table.dataset_name, columns, remote, row))
        return links

    def read_server_audit(self, conn: Connection) -> ServerAudit:
        plugins = {str(n): str(s) for n, s in conn.exec_driver_sql(_AUDIT_PLUGINS).all()}
        return mysql_server_audit(plugins, getattr(self, "_variables", {}))

    def read_triggers(self, conn: Connection) -> list[Trigger]:
        user, _, host = getattr(self, "_current_user", "").rpartition("@")
        grants = conn.exec_driver_sql(_TRIGGER_GRANTS, {"grantee": f"'{user}'@'{host}'"}).all()
        self._trigger_grants = [(str(s), str(t)) for s, t in grants]
        where, params = self._schema_filter("EVENT_OBJECT_SCHEMA")
        triggers = []
        for schema, table, name, timing, events, body in conn.exec_driver_sql(
            _TRIGGERS.format(schemas=where), params
        ).all():
            triggers.append(
                Trigger(
                    f"{schema}.{table}",
                    name,
                    timing,
                    frozenset(e.strip().upper() for e in events.split(",")),
                    body=body or "",
                )
            )
        return triggers

    def hidden_triggers(self, table: TableInfo) -> str:
        for schema, name in getattr(self, "_trigger_grants", [("*", "*")]):
            if _like(schema, table.schema) and name in ("*", table.name):
                return ""
        return (
            f"the scan user lacks the TRIGGER privilege on {table.dataset_name}, and "
            "information_schema.TRIGGERS shows triggers only to holders"
        )

    def sample_sql(self, table: TableInfo, columns: list[ColumnInfo], rows: int) -> str:
        cols = ", ".join(self._truncated(c) for c in columns)
        ref = self.table_ref(table)
        estimate = table.row_estimate or 0
        if estimate > SMALL_TABLE_ROWS:
            # Bernoulli-style: each row kept with probability p, spread over the whole table,
            # stopping once enough rows are found; seeded so it repeats.
            p = min(1.0, rows * 4 / estimate)
            return f"SELECT {cols} FROM {ref} WHERE RAND({SAMPLE_SEED}) < {p:.8f} LIMIT {rows}"
        return f"SELECT {cols} FROM {ref} ORDER BY RAND({SAMPLE_SEED}) LIMIT {rows}"

    def _truncated(self, column: ColumnInfo) -> str:
        name = self.quote(column.name)
        if any(t in column.data_type for t in ("blob", "binary")):
            return f"SUBSTRING({name}, 1, 256)"
        if any(t in column.data_type for t in ("geometry", "point", "polygon", "linestring")):
            return f"ST_AsText({name})"
        return f"LEFT(CAST({name} AS CHAR), 256)"

    def connect_hint(self, exc: DBAPIError) -> str:
        code = exc.orig.args[0] if exc.orig is not None and exc.orig.args else None
        if code in (1045, 1698):
            return "Check the user and the password given through the environment or password_file."
        if code == 1049:
            return "Check the database name in the DSN."
        if code == 1044:  # "Access denied for user 'u'@'h' to database 'd'"
            user = re.search(r"user ('[^']*'@'[^']*')", str(exc.orig))
            who = user.group(1) if user else f"'{self.resolved_url.username}'@'%'"
            return (
                "The role lacks rights on the database: have an administrator run GRANT "
                f"SELECT, SHOW VIEW ON `{self.resolved_url.database}`.* TO {who}."
            )
        if code == 2026:
            return "Check the ssl_* options of the DSN and the server's TLS setup."
        return "Check the host and port, and that the server is running and reachable."

    def connect_failure(self, exc: Exception, url: URL) -> str | None:
        from pymysql.charset import charset_by_name

        charset = url.query.get("charset")
        if isinstance(charset, str) and charset_by_name(charset) is None:
            return (
                f"systems.{self.system_id}.dsn: charset {charset!r} is not a character set "
                "MySQL knows; use charset=utf8mb4 or leave it out."
            )
        return super().connect_failure(exc, url)


class Grant(NamedTuple):
    """One line of SHOW GRANTS: privileges on a target, or a role granted."""

    privileges: str = ""
    target: str = ""
    role: str = ""

    @property
    def database(self) -> str:
        """The database of the target, unquoted (a LIKE pattern for a database grant)."""
        parts = _split_target(self.target)
        return parts[0] if len(parts) == 2 and parts[0] != "*" else ""

    @property
    def table(self) -> str:
        parts = _split_target(self.target)
        return parts[1] if len(parts) == 2 else ""

    @property
    def reads(self) -> bool:
        """SELECT on the whole target (not on some columns only)."""
        return any(p in ("SELECT", "ALL PRIVILEGES", "ALL") for p in _privileges(self.privileges))


def parse_grants(lines: list[str]) -> list[Grant]:
    """Privileges, targets and roles of SHOW GRANTS lines; never the grantee or its password.

    >>> parse_grants(["GRANT USAGE ON *.* TO `u`@`%` IDENTIFIED BY PASSWORD '*4D56'",
    ...               "GRANT SELECT (`email`, `id`) ON `shop`.`people` TO `u`@`%`",
    ...               "GRANT `reader` TO `u`@`%`"])  # doctest: +NORMALIZE_WHITESPACE
    [Grant(privileges='USAGE', target='*.*', role=''),
     Grant(privileges='SELECT (`email`, `id`)', target='`shop`.`people`', role=''),
     Grant(privileges='', target='', role='`reader`')]
    """
    grants = []
    for line in lines:
        m = _GRANT.match(line)
        if m:
            grants.append(Grant(m["privileges"].strip(), m["target"]))
            continue
        m = _ROLE_GRANT.match(line)
        if m:
            grants.append(Grant(role=m["role"]))
    return grants


def column_grants(grants: list[Grant], schema: str, table: str) -> list[str]:
    """The columns a user may SELECT of a table it holds no SELECT on as a whole ([] when it
    holds one, or none on any column)."""
    columns: list[str] = []
    for g in grants:
        if g.role or not g.target or g.target.startswith(("PROCEDURE ", "FUNCTION ", "PACKAGE ")):
            continue
        if g.target != "*.*" and not (_like(g.database, schema) and g.table in ("*", table)):
            continue
        if g.reads:
            return []
        for privilege in _privileges(g.privileges):
            if privilege.startswith("SELECT ("):
                columns += _unquote_list(privilege[len("SELECT (") : -1])
    return sorted(set(columns))


def _privileges(text: str) -> list[str]:
    """``SELECT (`a`, `b`), INSERT`` as ``["SELECT (`a`, `b`)", "INSERT"]``."""
    out, depth, quoted, start = [], 0, False, 0
    for i, c in enumerate(text):
        if c == "`":
            quoted = not quoted
        elif not quoted and c in "()":
            depth += 1 if c == "(" else -1
        elif not quoted and depth == 0 and c == ",":
            out.append(text[start:i].strip())
            start = i + 1
    out.append(text[start:].strip())
    return [p for p in out if p]


def _split_target(target: str) -> list[str]:
    """```shop`.`people``` as ``["shop", "people"]``; ``*.*`` as ``["*", "*"]``."""
    return _unquote_list(target, ".")


def _unquote_list(text: str, separator: str = ",") -> list[str]:
    names, current, quoted, i = [], "", False, 0
    while i < len(text):
        c = text[i]
        if c == "`":
            if quoted and text[i + 1 : i + 2] == "`":
                current, i = current + "`", i + 2
                continue
            quoted = not quoted
        elif c == separator and not quoted:
            names.append(current.strip())
            current = ""
        else:
            current += c
        i += 1
    names.append(current.strip())
    return names


def _encrypted(options: str) -> bool:
    lowered = options.lower().replace('"', "").replace("'", "")
    return "encrypted=yes" in lowered or "encryption=y" in lowered


def mysql_server_audit(plugins: dict[str, str], variables: dict[str, str]) -> ServerAudit:
    """System audit from the active AUDIT plugins and their variables (SHOW GLOBAL VARIABLES).

    >>> mysql_server_audit({}, {}).label
    'no audit plugin is active'
    """
    active = {name.upper() for name, status in plugins.items() if status == "ACTIVE"}
    where = "(information_schema.PLUGINS, SHOW GLOBAL VARIABLES)"
    if "SERVER_AUDIT" in active:
        logging = variables.get("server_audit_logging", "?")
        events = variables.get("server_audit_events", "")
        if logging != "ON":
            return ServerAudit(
                Control(
                    Status.GAP,
                    (f"MariaDB server_audit is active but server_audit_logging={logging} {where}",),
                ),
                f"server_audit is not logging (server_audit_logging={logging})",
            )
        chosen = {e.strip().upper() for e in events.split(",") if e.strip()}
        writes = chosen & {"QUERY", "QUERY_DML", "QUERY_DML_NO_SELECT", "TABLE"}
        if chosen and not writes:
            return ServerAudit(
                Control(
                    Status.GAP,
                    (f"MariaDB server_audit logs {events} only: no data changes {where}",),
                ),
                f"server_audit logs no data changes (server_audit_events={events})",
            )
        output = variables.get("server_audit_output_type", "?")
        if output == "file":
            output += f" {variables.get('server_audit_file_path', '')}".rstrip()
        evidence = [
            f"MariaDB server_audit is active with server_audit_logging=ON and server_audit_events="
            f"{events or '(empty: every event)'}, output {output} {where}"
        ]
        if writes == {"TABLE"}:
            evidence.append(
                "TABLE events name the tables each statement changed, not the statement"
            )
        for scope in ("incl", "excl"):
            users = variables.get(f"server_audit_{scope}_users", "")
            if users:
                only = "only " if scope == "incl" else "all but "
                evidence.append(f"server_audit_{scope}_users={users}: {only}these users are logged")
        return ServerAudit(
            Control(Status.OK, tuple(evidence)),
            f"server_audit (server_audit_events={events or 'all'})",
        )
    if "AUDIT_LOG" in active:
        policy = variables.get("audit_log_policy", "")
        if policy in ("ALL", "QUERIES"):
            return ServerAudit(
                Control(
                    Status.OK, (f"audit_log is active with audit_log_policy={policy} {where}",)
                ),
                f"audit_log (audit_log_policy={policy})",
            )
        if policy and "audit_log_filter_id" not in variables:
            return ServerAudit(
                Control(
                    Status.GAP,
                    (f"audit_log is active but audit_log_policy={policy} logs no queries {where}",),
                ),
                f"audit_log logs no queries (audit_log_policy={policy})",
            )
        why = (
            f"audit_log is active with audit_log_policy={policy or 'unset'}; its rule-based "
            "filters (mysql.audit_log_filter) are not read"
        )
        return ServerAudit(Control(Status.UNKNOWN, (why,)), why)
    others = sorted(active - {"QUERY_RESPONSE_TIME_AUDIT"})
    if others:
        why = f"audit plugin {', '.join(others)} is active; its settings are not read"
        return ServerAudit(Control(Status.UNKNOWN, (why,)), why)
    return ServerAudit(
        Control(
            Status.GAP,
            (
                "no audit plugin is active (information_schema.PLUGINS has no active SERVER_AUDIT "
                "or AUDIT_LOG); data changes are not audited server-wide",
            ),
        ),
        "no audit plugin is active",
    )


def _skip(tables: list[tuple[str, str, str]], prefix: str = "") -> tuple[str, dict[str, str]]:
    """A condition leaving ``tables`` out by schema and name, and its parameters."""
    parts, params = [], {}
    for i, (schema, name, *_) in enumerate(tables):
        schema_is, name_is = f"%(skip_s{i})s", f"%(skip_t{i})s"
        parts.append(
            f" AND NOT ({prefix}TABLE_SCHEMA = {schema_is} AND {prefix}TABLE_NAME = {name_is})"
        )
        params[f"skip_s{i}"], params[f"skip_t{i}"] = schema, name
    return "".join(parts), params
