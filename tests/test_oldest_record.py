"""The oldest record: taken only from a date or timestamp column, written in one ISO 8601 form
(never the stored value), and when it cannot be read the scan says so as an issue and the
retention is ``unknown`` with the reason, never "no timestamp column"."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import uuid

from click.testing import CliRunner

from lineage.assess.statuses import dataset_retention, flow_retention
from lineage.cli import main
from lineage.core.config import load_estate
from lineage.core.model import Dataset, Flow, Status
from lineage.pipeline.run import scan_estate

from .conftest import write_estate

NOT_READ = "oldest record not read: "


def _marker() -> str:
    return f"Mk{uuid.uuid4().hex[:10]}"


def _datasets(snapshot) -> dict[str, Dataset]:
    return {d.name: d for d in snapshot.datasets}


# --- SQLite: declared types are free text ------------------------------------------------------


def test_sqlite_dates_records_only_by_a_declared_date_type_holding_dates(tmp_path):
    marker = _marker()
    db = tmp_path / "shop.db"
    with sqlite3.connect(db) as conn:
        conn.executescript(
            f"""
            CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT, created_at TEXT);
            INSERT INTO customers VALUES (1, 'a@example.com', '{marker} 2020-01-01');
            CREATE TABLE orders (id INTEGER PRIMARY KEY, email TEXT, created_at DATETIME);
            INSERT INTO orders VALUES (1, 'b@example.com', '2021-06-01 10:20:30.123'),
                                      (2, 'c@example.com', '2022-01-01 00:00:00');
            CREATE TABLE visits (id INTEGER PRIMARY KEY, email TEXT, visited_at TIMESTAMP);
            INSERT INTO visits VALUES (1, 'd@example.com', '0-{marker}'),
                                      (2, 'e@example.com', '2023-01-01T00:00:00+02:00');
            """
        )
    estate = write_estate(
        tmp_path,
        "systems:\n  shop:\n    connector: sqlite\n    path: shop.db\n"
        "    retention: {default: P1Y}\n",
    )
    snapshot = scan_estate(load_estate(estate))
    datasets = _datasets(snapshot)
    # A text column named created_at dates nothing.
    assert datasets["customers"].oldest_record is None
    assert datasets["customers"].oldest_record_evidence == ""
    # A DATETIME column: its minimum, in one form.
    assert datasets["orders"].oldest_record == "2021-06-01T10:20:30Z"
    assert datasets["orders"].oldest_record_evidence == "MIN(created_at) in orders"
    # A TIMESTAMP column whose minimum is no date: not read, said so, never echoed.
    visits = datasets["visits"]
    assert visits.scanned and visits.oldest_record is None
    assert (
        visits.oldest_record_evidence
        == f"{NOT_READ}MIN(visited_at) in visits is not a date or time value"
    )
    assert ("shop/visits", "partial", visits.oldest_record_evidence) in [
        (i.subject, i.kind, i.message) for i in snapshot.issues
    ]
    assert visits.retention.status == Status.UNKNOWN
    assert visits.retention.evidence == (
        f"shop/visits: policy P1Y declared; {visits.oldest_record_evidence}",
    )
    assert marker not in json.dumps(dataclasses.asdict(snapshot), default=str)


def test_a_declared_time_zone_is_converted_to_utc(tmp_path):
    db = tmp_path / "shop.db"
    with sqlite3.connect(db) as conn:
        conn.executescript(
            "CREATE TABLE events (id INTEGER PRIMARY KEY, occurred_at TIMESTAMP);"
            "INSERT INTO events VALUES (1, '2023-01-01T01:30:00+02:00');"
        )
    estate = write_estate(tmp_path, "systems:\n  shop: {connector: sqlite, path: shop.db}\n")
    (events,) = scan_estate(load_estate(estate)).datasets
    assert events.oldest_record == "2022-12-31T23:30:00Z"


# --- The assessment ------------------------------------------------------------------------------


def test_a_failed_oldest_record_query_makes_retention_unknown_with_the_reason():
    reason = (
        f"{NOT_READ}MIN(created_at) in public.orders: canceling statement due to statement timeout"
    )
    orders = Dataset("shop", "public.orders", retention_policy="P1Y", oldest_record_evidence=reason)
    control = dataset_retention(orders, True, "2026-11-27T00:00:00Z")
    assert control.status == Status.UNKNOWN
    assert control.evidence == (f"shop/public.orders: policy P1Y declared; {reason}",)
    assert "no timestamp column" not in control.evidence[0]
    # A flow landing there inherits the status and the reason.
    landed = dataclasses.replace(orders, retention=control)
    flow = Flow("declared:web", "web", "shop/public.orders", "declared")
    status = flow_retention(flow, {}, {landed.id: landed}, {}, {})
    assert status == control


def test_an_oldest_record_that_is_no_date_is_never_quoted():
    stale = Dataset("shop", "orders", retention_policy="P1Y", oldest_record="Mk-not-a-date")
    control = dataset_retention(stale, True, "2026-11-27T00:00:00Z")
    assert control.status == Status.UNKNOWN and "Mk-not-a-date" not in control.evidence[0]


# --- PostgreSQL and MySQL ------------------------------------------------------------------------


def _slow_min(monkeypatch, connector_cls, sleep_sql: str) -> None:
    """Make the oldest-record query of every table sleep past the statement timeout, on the
    real server (the sampling queries run as usual)."""
    from sqlalchemy import event

    create = connector_cls.create_engine

    def create_engine(self, url):
        engine = create(self, url)

        @event.listens_for(engine, "before_cursor_execute", retval=True)
        def slow(conn, cursor, statement, parameters, context, executemany):
            if statement.startswith("SELECT MIN("):
                statement = statement.replace(" FROM ", f" FROM ({sleep_sql}) AS slow, ", 1)
            return statement, parameters

        return engine

    monkeypatch.setattr(connector_cls, "create_engine", create_engine)


def test_postgresql_text_and_timestamps_and_a_timed_out_min(pg_db, tmp_path, monkeypatch):
    from connectors.postgresql import PostgreSQLConnector

    marker = _marker()
    pg_db.run(
        "CREATE SCHEMA om;"
        "CREATE TABLE om.customers (id int, email text, created_at text);"
        f"INSERT INTO om.customers VALUES (1, 'a@example.com', '{marker}');"
        "CREATE TABLE om.orders (id int, email text, created_at timestamptz, day date);"
        "INSERT INTO om.orders VALUES (1, 'b@example.com', '2021-06-01 12:00:00+02', '2021-06-01'),"
        "    (2, 'c@example.com', '-infinity', '-infinity'),"
        "    (3, 'd@example.com', '2022-01-01 00:00:00+00', '2022-01-01');"
        "CREATE TABLE om.visits (id int, email text, visited_on date);"
        "INSERT INTO om.visits VALUES (1, 'c@example.com', '2020-02-29');"
    )
    estate = write_estate(
        tmp_path,
        f"systems:\n  shop:\n    connector: postgresql\n    dsn: '{pg_db.dsn}'\n"
        "    schemas: [om]\n    statement_timeout: 1\n    retention: {default: P1Y}\n",
    )
    datasets = _datasets(scan_estate(load_estate(estate)))
    assert datasets["om.customers"].oldest_record is None
    assert datasets["om.orders"].oldest_record == "2021-06-01T10:00:00Z"
    assert datasets["om.visits"].oldest_record == "2020-02-29T00:00:00Z"

    _slow_min(monkeypatch, PostgreSQLConnector, "SELECT pg_sleep(3)")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["scan", str(estate), "--out", str(out), "--format", "dot"])
    assert result.exit_code == 3, result.output
    snapshot = json.loads((out / "snapshot.json").read_text())
    orders = next(d for d in snapshot["datasets"] if d["name"] == "om.orders")
    expected = (
        f"{NOT_READ}MIN(created_at) in om.orders: canceling statement due to statement timeout"
    )
    assert orders["scanned"] is True and orders.get("oldest_record") is None
    fields = snapshot["fields"]
    email = next(f for f in fields if f["dataset"] == "om.orders" and f["name"] == "email")
    assert "values" in email["entities"][0]["signals"]  # its sample is kept all the same
    assert orders["oldest_record_evidence"] == expected
    assert {"subject": "shop/om.orders", "kind": "partial", "message": expected} in snapshot[
        "issues"
    ]
    assert orders["retention"]["status"] == "unknown"
    assert orders["retention"]["evidence"] == [f"shop/om.orders: policy P1Y declared; {expected}"]
    # The table without a dating column is not an issue; its status says what is missing.
    customers = next(d for d in snapshot["datasets"] if d["name"] == "om.customers")
    assert "no timestamp column" in customers["retention"]["evidence"][0]
    assert marker not in (out / "snapshot.json").read_text()


def test_mysql_varchar_datetime_and_zero_dates(my_db, tmp_path):
    marker = _marker()
    my_db.run(
        "CREATE TABLE customers (id int, email varchar(99), created_at varchar(40));"
        f"INSERT INTO customers VALUES (1, 'a@example.com', '{marker}');"
        "CREATE TABLE orders (id int, email varchar(99), created_at datetime(3));"
        "INSERT INTO orders VALUES (1, 'b@example.com', '2021-06-01 10:20:30.456');"
        # MySQL's zero date (OpenCart keeps them) stands for no date, not for the oldest.
        "SET SESSION sql_mode = '';"
        "INSERT INTO orders VALUES (2, 'c@example.com', '0000-00-00 00:00:00');"
    )
    estate = write_estate(tmp_path, f"systems:\n  shop: {{connector: mysql, dsn: '{my_db.dsn}'}}\n")
    snapshot = scan_estate(load_estate(estate))
    datasets = _datasets(snapshot)
    assert datasets[f"{my_db.name}.customers"].oldest_record is None
    assert datasets[f"{my_db.name}.orders"].oldest_record == "2021-06-01T10:20:30Z"
    assert not snapshot.issues
    assert marker not in str(snapshot)
