"""Schema discovery benchmark: piimap's bulk catalog read against per-table SQLAlchemy reflection.

Creates (once) a PostgreSQL database with many tables, then times, best of ``--repeat`` runs:

(a) piimap: ``PostgreSQLConnector(...).scan()`` with ``sample_size=0`` (catalog and server facts,
    no row sampling), counting the SQL statements it sends;
(b) ``inspect(engine).get_columns(table, schema)`` once per table after ``get_table_names``: the
    per-table reflection loop many catalog tools are built on;
(c) SQLAlchemy 2's bulk ``inspect(engine).get_multi_columns()``, for reference;
(d) one ``information_schema.columns`` query, for reference.

Every run starts from a new engine and a new server connection, as a scan does. Run from the
repository root::

    .venv/bin/python bench/introspect.py            # 2,000 tables x 20 columns, best of 3
    .venv/bin/python bench/introspect.py --drop     # and remove the database afterwards
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import psycopg
import sqlalchemy
from _common import command_line, cpu, revision
from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import URL, Engine, make_url

from connectors.postgresql import PostgreSQLConnector
from connectors.sql import DatabaseConfig

DEFAULT_DSN = "postgresql://postgres@127.0.0.1:5432/piimap_bench_introspect"
SCHEMA = "public"
#: Tables created per transaction: one transaction for all of them would exhaust the lock table
#: (each new table, its primary-key index and its TOAST table take a lock until commit).
BATCH = 200

#: Column name stems and types, cycled so every table mixes types like a real storefront does.
_COLUMNS = (
    ("email", "text"),
    ("status", "varchar(32)"),
    ("amount", "numeric(12,2)"),
    ("created_at", "timestamptz"),
    ("quantity", "integer"),
    ("is_active", "boolean"),
    ("payload", "jsonb"),
    ("external_id", "uuid"),
    ("birth_date", "date"),
    ("client_ip", "inet"),
    ("note", "text"),
    ("code", "char(3)"),
    ("weight", "double precision"),
    ("raw", "bytea"),
    ("tags", "text[]"),
    ("updated_at", "timestamp"),
    ("counter", "bigint"),
    ("label", "varchar(255)"),
    ("ratio", "real"),
)


@dataclass
class Timing:
    method: str
    seconds: float
    statements: int
    tables: int
    columns: int


# --- the benchmark database -----------------------------------------------------------------------


def table_sql(i: int, columns: int) -> str:
    """DDL of table ``i``: a primary key, mixed types, a foreign key on every 4th table after the
    first, a table comment on every 10th and two column comments on every 5th."""
    name = f"t{i:05d}"
    cols = ["id bigint PRIMARY KEY"]
    for j in range(1, columns):
        stem, sql_type = _COLUMNS[(i + j) % len(_COLUMNS)]
        cols.append(f"{stem}_{j:02d} {sql_type}")
    if i > 0 and i % 4 == 0 and columns > 1:
        cols[1] = f"parent_id bigint REFERENCES {SCHEMA}.t{i - 1:05d}(id)"
    sql = [f"CREATE TABLE {SCHEMA}.{name} ({', '.join(cols)});"]
    if i % 10 == 0:
        sql.append(f"COMMENT ON TABLE {SCHEMA}.{name} IS 'Benchmark table {i}';")
    if i % 5 == 0 and columns > 2:
        for col in cols[-2:]:
            sql.append(
                f"COMMENT ON COLUMN {SCHEMA}.{name}.{col.split()[0]} IS 'Column comment {i}';"
            )
    return "\n".join(sql)


def libpq(url: URL, database: str | None = None) -> str:
    """A libpq connection string for psycopg from a SQLAlchemy URL."""
    parts = {
        "host": url.host or "127.0.0.1",
        "port": url.port or 5432,
        "user": url.username or "postgres",
        "dbname": database or url.database,
    }
    if url.password:
        parts["password"] = url.password
    return " ".join(f"{k}={v}" for k, v in parts.items())


def shape(url: URL) -> tuple[int, int] | None:
    """(tables, columns) in the benchmark schema, or None when the database does not exist."""
    with psycopg.connect(libpq(url, "postgres"), autocommit=True) as admin:
        if not admin.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (url.database,)
        ).fetchone():
            return None
    with psycopg.connect(libpq(url)) as conn:
        row = conn.execute(
            "SELECT count(DISTINCT c.oid), count(a.attnum) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
            "WHERE n.nspname = %s AND c.relkind = 'r'",
            (SCHEMA,),
        ).fetchone()
        assert row is not None
        return int(row[0]), int(row[1])


def create_database(url: URL, tables: int, columns: int) -> float:
    """Drop and create the benchmark database; seconds taken."""
    start = time.perf_counter()
    with psycopg.connect(libpq(url, "postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{url.database}"')
    with psycopg.connect(libpq(url)) as conn:
        for first in range(0, tables, BATCH):
            script = "\n".join(
                table_sql(i, columns) for i in range(first, min(first + BATCH, tables))
            )
            conn.execute(script.encode())
            conn.commit()
        conn.execute(f"ANALYZE {SCHEMA}.t00000".encode())
        conn.commit()
    return time.perf_counter() - start


def drop_database(url: URL) -> None:
    with psycopg.connect(libpq(url, "postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')


# --- the methods measured -------------------------------------------------------------------------


def counting(engine: Engine) -> list[int]:
    """Count every statement SQLAlchemy sends on ``engine`` (one-item list, updated in place)."""
    count = [0]

    @event.listens_for(engine, "before_cursor_execute")
    def _count(*_args: object) -> None:
        count[0] += 1

    return count


def sa_url(url: URL) -> URL:
    return url.set(drivername="postgresql+psycopg")


def user_schemas(insp: sqlalchemy.Inspector) -> list[str]:
    return [
        s
        for s in insp.get_schema_names()
        if s not in ("information_schema", "pg_catalog") and not s.startswith("pg_")
    ]


def piimap_scan(url: URL) -> Timing:
    connector = PostgreSQLConnector(
        "bench",
        DatabaseConfig(
            connector="postgresql",
            dsn=url.render_as_string(hide_password=False),
            sample_size=0,
        ),
    )
    original = connector.create_engine
    counters: list[list[int]] = []

    def counting_engine(u: URL) -> Engine:
        engine = original(u)
        counters.append(counting(engine))
        return engine

    connector.create_engine = counting_engine  # type: ignore[method-assign,assignment]
    start = time.perf_counter()
    result = connector.scan()
    seconds = time.perf_counter() - start
    return Timing(
        "piimap `PostgreSQLConnector.scan()`, sample_size=0 (catalog + facts)",
        seconds,
        sum(c[0] for c in counters),
        len(result.datasets),
        len(result.fields),
    )


def per_table_get_columns(url: URL) -> Timing:
    start = time.perf_counter()
    engine = create_engine(sa_url(url))
    count = counting(engine)
    tables = columns = 0
    try:
        insp = inspect(engine)
        for schema in user_schemas(insp):
            for table in insp.get_table_names(schema=schema):
                columns += len(insp.get_columns(table, schema=schema))
                tables += 1
    finally:
        engine.dispose()
    return Timing(
        "SQLAlchemy `inspect(engine).get_columns(t)` per table (after `get_table_names`)",
        time.perf_counter() - start,
        count[0],
        tables,
        columns,
    )


def multi_columns(url: URL) -> Timing:
    start = time.perf_counter()
    engine = create_engine(sa_url(url))
    count = counting(engine)
    tables = columns = 0
    try:
        insp = inspect(engine)
        for schema in user_schemas(insp):
            found = insp.get_multi_columns(schema=schema)
            tables += len(found)
            columns += sum(len(c) for c in found.values())
    finally:
        engine.dispose()
    return Timing(
        "SQLAlchemy 2 `inspect(engine).get_multi_columns()`",
        time.perf_counter() - start,
        count[0],
        tables,
        columns,
    )


def information_schema(url: URL) -> Timing:
    start = time.perf_counter()
    engine = create_engine(sa_url(url))
    count = counting(engine)
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT table_schema, table_name, column_name, data_type, is_nullable "
                "FROM information_schema.columns "
                "WHERE table_schema NOT IN ('information_schema', 'pg_catalog') "
                "ORDER BY table_schema, table_name, ordinal_position"
            ).all()
    finally:
        engine.dispose()
    return Timing(
        "one `information_schema.columns` query",
        time.perf_counter() - start,
        count[0],
        len({(r[0], r[1]) for r in rows}),
        len(rows),
    )


METHODS: tuple[Callable[[URL], Timing], ...] = (
    piimap_scan,
    per_table_get_columns,
    multi_columns,
    information_schema,
)
BASELINE = 1  # index of (b) in METHODS
#: Code whose uncommitted changes would change the numbers.
CODE = ("connectors", "lineage")


# --- reporting ------------------------------------------------------------------------------------


def machine(url: URL) -> str:
    with psycopg.connect(libpq(url)) as conn:
        row = conn.execute("SELECT current_setting('server_version')").fetchone()
    version = row[0] if row else "?"
    return (
        f"{cpu()}, PostgreSQL {version} on {url.host}:{url.port or 5432}, "
        f"Python {platform.python_version()}, SQLAlchemy {sqlalchemy.__version__}, "
        f"psycopg {psycopg.__version__}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dsn", default=DEFAULT_DSN, help="benchmark database (created if absent)")
    parser.add_argument("--tables", type=int, default=2000)
    parser.add_argument("--columns", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3, help="runs per method; the best counts")
    parser.add_argument("--recreate", action="store_true", help="rebuild the database first")
    parser.add_argument("--drop", action="store_true", help="drop the database afterwards")
    args = parser.parse_args(argv)

    url = make_url(args.dsn)
    if url.drivername.split("+")[0] not in ("postgresql", "postgres") or not url.database:
        parser.error("--dsn must be postgresql://user@host:port/database")

    wanted = (args.tables, args.tables * args.columns)
    found = shape(url)
    if args.recreate or found != wanted:
        why = (
            "--recreate"
            if args.recreate
            else "absent"
            if found is None
            else f"has {found[0]} tables/{found[1]} columns"
        )
        print(
            f"Creating {url.database} ({args.tables} tables x {args.columns} columns; {why})...",
            file=sys.stderr,
        )
        seconds = create_database(url, args.tables, args.columns)
        print(f"Created in {seconds:.1f} s.", file=sys.stderr)

    best: list[Timing | None] = [None] * len(METHODS)
    for round_ in range(args.repeat):
        for i, method in enumerate(METHODS):
            timing = method(url)
            print(
                f"run {round_ + 1}/{args.repeat} {method.__name__}: {timing.seconds:.3f} s, "
                f"{timing.statements} statements",
                file=sys.stderr,
            )
            current = best[i]
            if current is None or timing.seconds < current.seconds:
                best[i] = timing
    results = [t for t in best if t is not None]

    baseline = results[BASELINE].seconds
    print(
        f"## Schema discovery: {args.tables:,} tables x {args.columns} columns "
        f"(best of {args.repeat})\n"
    )
    print("| method | seconds | statements | tables | columns | speed-up vs (b) |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, t in zip("abcd", results, strict=True):
        print(
            f"| ({label}) {t.method} | {t.seconds:.3f} | {t.statements:,} | {t.tables:,} | "
            f"{t.columns:,} | {baseline / t.seconds:.1f}x |"
        )
    print()
    print(f"Machine: {machine(url)}")
    print(f"Command: `{command_line()}`; piimap revision {revision(CODE)}")
    print(
        "Statements: SQL sent through the engine (counted by a `before_cursor_execute` "
        "listener). Not counted, for any method: SQLAlchemy's dialect initialisation on the "
        "first connection; for (a) also piimap's three per-connection SET statements (read-only "
        "session, timeouts), which go through the raw DB-API cursor."
    )
    sys.stdout.flush()

    if args.drop:
        drop_database(url)
        print(f"Dropped {url.database}.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
