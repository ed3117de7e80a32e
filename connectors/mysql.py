"""MySQL and MariaDB through PyMySQL: four information_schema queries, read-only sessions."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, ClassVar

from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError

from lineage.model import Control, Fact, ForeignKey, Status

from .sql import SAMPLE_SEED, SMALL_TABLE_ROWS, ColumnInfo, SqlConnector, SystemFacts, TableInfo

_SYSTEM_SCHEMAS = ("mysql", "information_schema", "performance_schema", "sys")

_TABLES = """
SELECT t.TABLE_SCHEMA, t.TABLE_NAME, t.TABLE_TYPE, t.TABLE_ROWS, t.TABLE_COMMENT,
       t.CREATE_OPTIONS, t.ENGINE, v.VIEW_DEFINITION
FROM information_schema.TABLES t
LEFT JOIN information_schema.VIEWS v
  ON v.TABLE_SCHEMA = t.TABLE_SCHEMA AND v.TABLE_NAME = t.TABLE_NAME
WHERE {schemas}
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
WHERE {schemas} AND (CONSTRAINT_NAME = 'PRIMARY' OR REFERENCED_TABLE_NAME IS NOT NULL)
ORDER BY 1, 2, 3, ORDINAL_POSITION
"""


class MySQLConnector(SqlConnector):
    """Scan MySQL or MariaDB: ``dsn: mysql://scanner@host:3306/shop?ssl_ca=/etc/ssl/ca.pem``."""

    name: ClassVar[str] = "mysql"
    aliases: ClassVar[tuple[str, ...]] = ("mariadb",)
    drivername: ClassVar[str] = "mysql+pymysql"
    url_schemes: ClassVar[tuple[str, ...]] = ("mysql", "mariadb")

    def connect_args(self) -> dict[str, Any]:
        return {
            "connect_timeout": self.config.connect_timeout,
            "read_timeout": self.config.statement_timeout + 10,
            "program_name": "piimap",
        }

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
        for schema, name, ttype, rows, comment, options, engine, viewdef in conn.exec_driver_sql(
            _TABLES.format(schemas=where), params
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
        for schema, name, constraint, col, ref_schema, ref_table, ref_col in conn.exec_driver_sql(
            _KEYS.format(schemas=where), params
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
                "'require_secure_transport', "
                "'innodb_encrypt_tables', 'default_table_encryption', 'server_audit_logging')"
            ).all()
        )
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
        return "Check the host and port, and that the server is running and reachable."


def _encrypted(options: str) -> bool:
    lowered = options.lower().replace('"', "").replace("'", "")
    return "encrypted=yes" in lowered or "encryption=y" in lowered
