"""Faults of a database server in the middle of a scan, through a loopback proxy in front of the
real PostgreSQL and MariaDB (tests/faultproxy.py): frozen, dropped, reset, killed, slow.

Each test scans an estate of two systems through the real CLI: ``faulty``, behind the proxy, and
``healthy``, on the other server directly. Every fault must end the scan (no hang) with exit 3,
the failure under ``issues``, the healthy system scanned and written, and what was read from the
faulty system before the fault kept. Timeouts are 1-2 s so the suite stays fast.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from lineage.cli import main

from .conftest import MY_ADMIN, PG_ADMIN, write_estate
from .faultproxy import FaultProxy

TABLES = [f"t_{i:02d}" for i in range(1, 9)]
#: The first statement naming this table meets the fault: t_01 and t_02 are read before it.
FAULTY = "t_03"
#: Seconds after which a scan is taken for hung (far above any deadline the estate sets).
HANG = 90
TIMEOUTS = "connect_timeout: 1, statement_timeout: 1"


def _tables_sql(schema_prefix: str, timestamp: str) -> str:
    rows = ", ".join(f"({i}, 'user{i}@example.com', '2024-01-0{i} 10:00:00')" for i in (1, 2, 3))
    return "\n".join(
        f"CREATE TABLE {schema_prefix}{t} (id int PRIMARY KEY, email text, created_at "
        f"{timestamp}); INSERT INTO {schema_prefix}{t} VALUES {rows};"
        for t in TABLES
    )


@pytest.fixture(scope="module")
def pg(pg_db):
    pg_db.run("CREATE SCHEMA shop;\n" + _tables_sql("shop.", "timestamptz") + "ANALYZE;")
    # Tables a test locks, so that reading them outlasts statement_timeout.
    pg_db.run(
        "CREATE SCHEMA slow;\n"
        + "".join(f"CREATE TABLE slow.a_{i} (id int, note text);\n" for i in range(1, 4))
        + "CREATE TABLE slow.z_last (id int PRIMARY KEY, email text);"
        + "INSERT INTO slow.z_last VALUES (1, 'someone@example.com'); ANALYZE;"
    )
    return pg_db


@pytest.fixture(scope="module")
def my(my_db):
    my_db.run(_tables_sql("", "datetime"))
    return my_db


def _pg_dsn(pg: Any, port: int) -> str:
    return f"postgresql://postgres@127.0.0.1:{port}/{pg.name}?sslmode=disable"


def _my_dsn(my: Any, port: int) -> str:
    return f"mysql://root@127.0.0.1:{port}/{my.name}"


def _scan(
    tmp_path: Path, faulty: str, healthy: str, timeouts: str = TIMEOUTS
) -> tuple[int, str, dict[str, Any]]:
    """``piimap scan`` of the two-system estate; exit code, output and snapshot.json."""
    path = write_estate(
        tmp_path,
        f"""
systems:
  faulty: {{{faulty}, {timeouts}}}
  healthy: {{{healthy}, {TIMEOUTS}}}
""",
    )
    out = tmp_path / "out"
    done: dict[str, Any] = {}

    def run() -> None:
        done["result"] = CliRunner().invoke(main, ["scan", str(path), "--out", str(out)])

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(HANG)
    assert not worker.is_alive(), f"the scan hung for {HANG} s"
    result = done["result"]
    assert "Traceback" not in result.output, result.output
    snapshot = json.loads((out / "snapshot.json").read_text())
    return result.exit_code, result.output, snapshot


def _pg_system(pg: Any, port: int, schema: str = "shop") -> str:
    return f"connector: postgresql, dsn: '{_pg_dsn(pg, port)}', schemas: [{schema}]"


def _my_system(my: Any, port: int) -> str:
    return f"connector: mysql, dsn: '{_my_dsn(my, port)}'"


def _datasets(snapshot: dict[str, Any], system: str) -> dict[str, dict[str, Any]]:
    return {d["name"].split(".")[-1]: d for d in snapshot["datasets"] if d["system"] == system}


def _issues(snapshot: dict[str, Any], prefix: str) -> list[dict[str, Any]]:
    return [i for i in snapshot["issues"] if i["subject"].split("/")[0] == prefix]


def _assert_healthy_written(snapshot: dict[str, Any]) -> None:
    systems = {s["id"]: s for s in snapshot["systems"]}
    assert systems["healthy"]["scanned"] is True
    healthy = _datasets(snapshot, "healthy")
    assert sorted(healthy) == TABLES
    assert all(d["scanned"] for d in healthy.values())
    assert not _issues(snapshot, "healthy")
    assert any(f["system"] == "healthy" and f["name"] == "email" for f in snapshot["fields"])


def _assert_stopped_after_fault(snapshot: dict[str, Any]) -> None:
    """Tables before the fault kept; the faulty table and the next two lost their connection;
    the system then stopped, the rest listed as not scanned with one issue for the system."""
    datasets = _datasets(snapshot, "faulty")
    assert sorted(datasets) == TABLES
    assert datasets["t_01"]["scanned"] and datasets["t_02"]["scanned"]
    signals = {
        f["dataset"].split(".")[-1]: {s for e in f["entities"] for s in e["signals"]}
        for f in snapshot["fields"]
        if f["system"] == "faulty" and f["name"] == "email"
    }
    assert "values" in signals["t_02"]  # classified on the values read before the fault
    assert signals["t_08"] == {"names"}  # known from the catalog only
    lost = [t for t, d in datasets.items() if d["not_scanned_reason"].startswith("connection lost")]
    assert lost == ["t_03", "t_04", "t_05"]  # then the breaker: no reconnect per table
    for name in ("t_06", "t_07", "t_08"):
        assert datasets[name]["scanned"] is False
        assert (
            "stopped after 3 consecutive connection failures"
            in (datasets[name]["not_scanned_reason"])
        )
    system_issues = [i for i in snapshot["issues"] if i["subject"] == "faulty"]
    assert len(system_issues) == 1
    assert "3 of 8 tables not scanned" in system_issues[0]["message"]
    assert len(_issues(snapshot, "faulty")) == 4  # three tables and the system


# --- PostgreSQL behind the proxy ----------------------------------------------------------------


def test_pg_frozen_in_the_middle_of_a_scan_stops_that_system_only(pg, my, tmp_path):
    with FaultProxy((PG_ADMIN["host"], PG_ADMIN["port"])) as proxy:
        proxy.when_sent(FAULTY.encode(), "freeze")
        code, output, snapshot = _scan(
            tmp_path, _pg_system(pg, proxy.port), _my_system(my, MY_ADMIN["port"])
        )
    assert code == 3, output
    _assert_stopped_after_fault(snapshot)
    datasets = _datasets(snapshot, "faulty")
    # The client's own deadline, not the server's; then each new connection times out.
    assert "no answer within 2 s" in datasets["t_03"]["not_scanned_reason"]
    assert "timeout expired" in datasets["t_04"]["not_scanned_reason"]
    _assert_healthy_written(snapshot)


def test_pg_frozen_while_reading_the_catalog_is_a_system_not_scanned(pg, my, tmp_path):
    with FaultProxy((PG_ADMIN["host"], PG_ADMIN["port"])) as proxy:
        proxy.when_sent(b"relispartition", "freeze")  # the catalog query
        code, output, snapshot = _scan(
            tmp_path, _pg_system(pg, proxy.port), _my_system(my, MY_ADMIN["port"])
        )
    assert code == 3, output
    systems = {s["id"]: s for s in snapshot["systems"]}
    assert systems["faulty"]["scanned"] is False
    assert "cannot read the catalog" in systems["faulty"]["not_scanned_reason"]
    assert "no answer within 2 s" in systems["faulty"]["not_scanned_reason"]
    _assert_healthy_written(snapshot)


def test_pg_frozen_before_connecting_honours_connect_timeout(pg, my, tmp_path):
    with FaultProxy((PG_ADMIN["host"], PG_ADMIN["port"])) as proxy:
        proxy.freeze()
        code, output, snapshot = _scan(
            tmp_path, _pg_system(pg, proxy.port), _my_system(my, MY_ADMIN["port"])
        )
    assert code == 3, output
    systems = {s["id"]: s for s in snapshot["systems"]}
    assert "cannot connect" in systems["faulty"]["not_scanned_reason"]
    assert "timeout" in systems["faulty"]["not_scanned_reason"]
    _assert_healthy_written(snapshot)


def test_pg_server_killed_in_the_middle_of_a_scan(pg, my, tmp_path):
    with FaultProxy((PG_ADMIN["host"], PG_ADMIN["port"])) as proxy:
        proxy.when_sent(FAULTY.encode(), "kill")
        code, output, snapshot = _scan(
            tmp_path, _pg_system(pg, proxy.port), _my_system(my, MY_ADMIN["port"])
        )
    assert code == 3, output
    _assert_stopped_after_fault(snapshot)
    assert "Connection refused" in _datasets(snapshot, "faulty")["t_04"]["not_scanned_reason"]
    _assert_healthy_written(snapshot)


@pytest.mark.parametrize("fault", ["drop", "reset"])
def test_pg_connection_lost_once_costs_one_table(pg, my, tmp_path, fault):
    with FaultProxy((PG_ADMIN["host"], PG_ADMIN["port"])) as proxy:
        proxy.when_sent(FAULTY.encode(), fault)
        code, output, snapshot = _scan(
            tmp_path, _pg_system(pg, proxy.port), _my_system(my, MY_ADMIN["port"])
        )
        assert proxy.connections == 2  # one reconnect, for the table after the fault
    assert code == 3, output
    datasets = _datasets(snapshot, "faulty")
    assert [t for t, d in datasets.items() if not d["scanned"]] == ["t_03"]
    assert datasets["t_03"]["not_scanned_reason"].startswith("connection lost")
    assert [i["subject"] for i in _issues(snapshot, "faulty")] == ["faulty/shop.t_03"]
    _assert_healthy_written(snapshot)


def test_pg_time_budget_ends_a_frozen_statement_and_the_rest_of_the_system(pg, my, tmp_path):
    """With a long statement_timeout, the system's time budget is what ends the wait."""
    with FaultProxy((PG_ADMIN["host"], PG_ADMIN["port"])) as proxy:
        proxy.when_sent(FAULTY.encode(), "freeze")
        code, output, snapshot = _scan(
            tmp_path,
            _pg_system(pg, proxy.port),
            _my_system(my, MY_ADMIN["port"]),
            timeouts="connect_timeout: 1, statement_timeout: 60, time_budget: 3",
        )
    assert code == 3, output
    datasets = _datasets(snapshot, "faulty")
    assert datasets["t_01"]["scanned"] and datasets["t_02"]["scanned"]
    budget = "the time budget of this system (3 s) ran out"
    assert datasets["t_03"]["not_scanned_reason"] == f"connection lost: {budget}"
    for name in TABLES[3:]:
        assert datasets[name]["not_scanned_reason"] == budget
    system_issues = [i["message"] for i in snapshot["issues"] if i["subject"] == "faulty"]
    assert system_issues == [f"{budget}; 5 of 8 tables not scanned"]
    _assert_healthy_written(snapshot)


def test_pg_time_budget_spent_while_connecting_gives_no_advice_on_the_host(pg, my, tmp_path):
    """A budget that runs out while the session is being set up is the budget's doing: the
    reason says so, without telling the user to check a server that is fine."""
    with FaultProxy((PG_ADMIN["host"], PG_ADMIN["port"])) as proxy:
        proxy.delay(0.5)  # every exchange of the connection and its first queries is slow
        code, output, snapshot = _scan(
            tmp_path,
            _pg_system(pg, proxy.port),
            _my_system(my, MY_ADMIN["port"]),
            timeouts="connect_timeout: 5, statement_timeout: 60, time_budget: 1",
        )
    assert code == 3, output
    reason = {s["id"]: s for s in snapshot["systems"]}["faulty"]["not_scanned_reason"]
    assert "the time budget of this system (1 s) ran out" in reason, reason
    assert "Check the host" not in reason
    _assert_healthy_written(snapshot)


def test_pg_statements_the_server_cancels_do_not_stop_the_system(pg, my, tmp_path):
    """A statement the server ends (its statement_timeout, here behind another session's
    lock) fails one table, not the connection: three in a row (the breaker's limit) neither
    reconnect nor stop the system."""
    import psycopg

    with (
        psycopg.connect(dbname=pg.name, **PG_ADMIN) as locker,  # type: ignore[arg-type]
        FaultProxy((PG_ADMIN["host"], PG_ADMIN["port"])) as proxy,
    ):
        locker.execute("LOCK TABLE slow.a_1, slow.a_2, slow.a_3")
        code, output, snapshot = _scan(
            tmp_path, _pg_system(pg, proxy.port, "slow"), _my_system(my, MY_ADMIN["port"])
        )
        locker.rollback()
        assert proxy.connections == 1
    assert code == 3, output
    datasets = _datasets(snapshot, "faulty")
    for name in ("a_1", "a_2", "a_3"):
        assert "could not read rows" in datasets[name]["not_scanned_reason"]
        assert "statement timeout" in datasets[name]["not_scanned_reason"]
    assert datasets["z_last"]["scanned"] is True
    assert not [i for i in snapshot["issues"] if i["subject"] == "faulty"]


def test_pg_slow_server_within_the_deadlines_is_scanned_whole(pg, my, tmp_path):
    with FaultProxy((PG_ADMIN["host"], PG_ADMIN["port"])) as proxy:
        proxy.delay(0.02)
        code, output, snapshot = _scan(
            tmp_path, _pg_system(pg, proxy.port), _my_system(my, MY_ADMIN["port"])
        )
    assert code == 0, output
    assert all(d["scanned"] for d in _datasets(snapshot, "faulty").values())
    assert snapshot["issues"] == []


# --- MariaDB behind the proxy -------------------------------------------------------------------


def test_mariadb_frozen_in_the_middle_of_a_scan_stops_that_system_only(pg, my, tmp_path):
    with FaultProxy((MY_ADMIN["host"], MY_ADMIN["port"])) as proxy:
        proxy.when_sent(FAULTY.encode(), "freeze")
        code, output, snapshot = _scan(
            tmp_path, _my_system(my, proxy.port), _pg_system(pg, PG_ADMIN["port"])
        )
    assert code == 3, output
    _assert_stopped_after_fault(snapshot)
    datasets = _datasets(snapshot, "faulty")
    assert "(timed out)" in datasets["t_03"]["not_scanned_reason"]
    assert "(timed out)" in datasets["t_04"]["not_scanned_reason"]
    _assert_healthy_written(snapshot)


def test_mariadb_server_killed_in_the_middle_of_a_scan(pg, my, tmp_path):
    with FaultProxy((MY_ADMIN["host"], MY_ADMIN["port"])) as proxy:
        proxy.when_sent(FAULTY.encode(), "kill")
        code, output, snapshot = _scan(
            tmp_path, _my_system(my, proxy.port), _pg_system(pg, PG_ADMIN["port"])
        )
    assert code == 3, output
    _assert_stopped_after_fault(snapshot)
    assert "Connection refused" in _datasets(snapshot, "faulty")["t_04"]["not_scanned_reason"]
    _assert_healthy_written(snapshot)


def test_mariadb_frozen_before_connecting_waits_connect_timeout_not_the_read_timeout(
    pg, my, tmp_path
):
    """PyMySQL read the handshake with its read timeout (statement_timeout + 10 s): 40 s by
    default where connect_timeout said 10. Here statement_timeout is 30 s and connect_timeout
    1 s: the scan must not wait anywhere near the statement deadline."""
    with FaultProxy((MY_ADMIN["host"], MY_ADMIN["port"])) as proxy:
        proxy.freeze()
        path = write_estate(
            tmp_path,
            f"""
systems:
  faulty: {{{_my_system(my, proxy.port)}, connect_timeout: 1, statement_timeout: 30}}
""",
        )
        started = time.monotonic()
        result = CliRunner().invoke(main, ["scan", str(path), "--out", str(tmp_path / "o")])
        waited = time.monotonic() - started
    assert result.exit_code == 3, result.output
    snapshot = json.loads((tmp_path / "o" / "snapshot.json").read_text())
    reason = snapshot["systems"][0]["not_scanned_reason"]
    assert "cannot connect" in reason and "timed out" in reason
    assert waited < 15, waited  # 1 s connect timeout; the statement deadline would be 35 s


# --- what every connection carries ---------------------------------------------------------------


@pytest.mark.parametrize("connector", ["postgresql", "mysql"])
def test_connections_carry_keepalives_and_a_tcp_user_timeout(pg, my, connector):
    """For a network that silently drops everything: keepalive probes after 10 s idle, and
    unacknowledged data ends the connection after the statement deadline (2 s here)."""
    import socket

    from connectors.mysql import MySQLConnector
    from connectors.postgresql import PostgreSQLConnector
    from connectors.sql import DatabaseConfig, SqlConnector

    cls: type[SqlConnector]
    if connector == "postgresql":
        cls, dsn = PostgreSQLConnector, _pg_dsn(pg, PG_ADMIN["port"])
    else:
        cls, dsn = MySQLConnector, _my_dsn(my, MY_ADMIN["port"])
    scanner = cls("s", DatabaseConfig(connector=connector, dsn=dsn, statement_timeout=1))
    engine = scanner.create_engine(scanner.url())
    try:
        with engine.connect() as conn:
            fd = scanner.socket_fd(conn.connection.dbapi_connection)
            assert fd is not None
            sock = socket.socket(fileno=fd)
            try:
                assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) == 1
                assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE) == 10
                assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_USER_TIMEOUT) == 2000
            finally:
                sock.detach()  # the driver owns the socket
    finally:
        engine.dispose()
