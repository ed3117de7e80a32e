"""Shared fixtures: real PostgreSQL and MariaDB databases created and dropped per test module.

With PIIMAP_REQUIRE_SERVICES=1 (as CI sets it) a server that is down fails the tests instead of
skipping them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

PG_ADMIN = dict(
    host=os.environ.get("PIIMAP_TEST_PGHOST", "127.0.0.1"),
    port=int(os.environ.get("PIIMAP_TEST_PGPORT", "5432")),
    user="postgres",
)
MY_ADMIN = dict(
    host=os.environ.get("PIIMAP_TEST_MYHOST", "127.0.0.1"),
    port=int(os.environ.get("PIIMAP_TEST_MYPORT", "3306")),
    user="root",
    password="",
)
REQUIRE = os.environ.get("PIIMAP_REQUIRE_SERVICES") == "1"
REPO = Path(__file__).resolve().parents[1]


def _unavailable(service: str, exc: Exception) -> None:
    message = f"{service} is not reachable ({exc}); start it as README.md says"
    if REQUIRE:
        pytest.fail(message)
    pytest.skip(message)


class PgDatabase:
    """A fresh PostgreSQL database; ``run`` executes SQL as the superuser."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.dsn = f"postgresql://postgres@{PG_ADMIN['host']}:{PG_ADMIN['port']}/{name}"

    def run(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(dbname=self.name, autocommit=True, **PG_ADMIN) as conn:  # type: ignore[arg-type]
            conn.execute(sql)  # type: ignore[arg-type]


class MyDatabase:
    def __init__(self, name: str) -> None:
        self.name = name
        self.dsn = f"mysql://root@{MY_ADMIN['host']}:{MY_ADMIN['port']}/{name}"

    def run(self, sql: str) -> None:
        import pymysql
        from pymysql.constants import CLIENT

        conn = pymysql.connect(
            database=self.name, client_flag=CLIENT.MULTI_STATEMENTS, autocommit=True, **MY_ADMIN
        )  # type: ignore[arg-type]
        try:
            with conn.cursor() as cur:
                cur.execute(sql)
                while cur.nextset():
                    pass
        finally:
            conn.close()


@pytest.fixture(scope="module")
def pg_db() -> Iterator[PgDatabase]:
    try:
        import psycopg

        admin = psycopg.connect(dbname="postgres", autocommit=True, connect_timeout=5, **PG_ADMIN)  # type: ignore[arg-type]
    except Exception as exc:
        _unavailable("PostgreSQL", exc)
    name = f"piimap_test_{uuid.uuid4().hex[:10]}"
    admin.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
    try:
        yield PgDatabase(name)
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]
        admin.close()


@pytest.fixture(scope="module")
def my_db() -> Iterator[MyDatabase]:
    try:
        import pymysql

        admin = pymysql.connect(autocommit=True, connect_timeout=5, **MY_ADMIN)  # type: ignore[arg-type]
    except Exception as exc:
        _unavailable("MariaDB/MySQL", exc)
    name = f"piimap_test_{uuid.uuid4().hex[:10]}"
    with admin.cursor() as cur:
        cur.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4")
    try:
        yield MyDatabase(name)
    finally:
        with admin.cursor() as cur:
            cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
        admin.close()


def write_estate(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "estate.yaml"
    path.write_text(text)
    return path


def count_statements(connector: Any) -> int:
    """Scan with ``connector`` and return how many SQL statements it sent."""
    from sqlalchemy import event

    count = 0
    original = connector.create_engine

    def counting_engine(url: Any) -> Any:
        engine = original(url)

        @event.listens_for(engine, "before_cursor_execute")
        def _count(*_args: Any) -> None:
            nonlocal count
            count += 1

        return engine

    connector.create_engine = counting_engine
    connector.scan()
    return count


@pytest.fixture(scope="session")
def demo_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``piimap demo`` run once for the session, at a fixed scan time."""
    from click.testing import CliRunner

    from lineage.cli import main

    out = tmp_path_factory.mktemp("demo")
    result = CliRunner().invoke(
        main, ["demo", "--out", str(out)], env={"SOURCE_DATE_EPOCH": "1790000000"}
    )
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="session")
def demo_snapshot(demo_out: Path) -> Any:
    from lineage.core import snapshot as snapshot_io

    return snapshot_io.load(demo_out / "snapshot.json")
