"""``piimap scan --executor dask://HOST:PORT`` on a real Dask LocalCluster of two worker
processes: the same snapshot bytes as a local scan; no secret in what the client sends the
cluster, the workers expanding the estate's ${VARS} from their own environment; one-line errors
for a scheduler that cannot be reached and a malformed address."""

from __future__ import annotations

import logging
import pickle
import socket
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dask
import pytest
from click.testing import CliRunner
from distributed import LocalCluster
from distributed.diagnostics.plugin import SchedulerPlugin

from lineage.cli import main

from .conftest import PG_ADMIN, PgDatabase, write_estate

SECRET = "Zq81-s3cret-pw"
#: Set in the workers' environment only (the test process sets it while a test runs).
WORKER_ENV = {"PIIMAP_TEST_PW": SECRET}


class Sent(SchedulerPlugin):
    """Records, pickled, every task the scheduler receives from a client: what crossed the
    network to the cluster (the scheduler hands the same to the workers)."""

    def __init__(self) -> None:
        self.payloads: list[bytes] = []

    def update_graph(self, scheduler: Any, *, keys: Any, **kwargs: Any) -> None:
        for key in keys:
            self.payloads.append(pickle.dumps(scheduler.tasks[key].run_spec))


@pytest.fixture(scope="module")
def cluster() -> Iterator[tuple[str, Sent]]:
    """Two worker processes; their environment holds the password, the test process's not."""
    sent = Sent()
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",
        silence_logs=logging.ERROR,
        env=WORKER_ENV,
    ) as local:
        local.scheduler.add_plugin(sent)
        yield "dask://" + local.scheduler_address.removeprefix("tcp://"), sent


def _sqlite(path: Path, table: str) -> None:
    db = sqlite3.connect(path)
    db.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, email TEXT, full_name TEXT)")
    db.executemany(
        f"INSERT INTO {table} VALUES (?, ?, ?)",
        [(i, f"person{i}@example.org", f"Ada Person{i}") for i in range(30)],
    )
    db.commit()
    db.close()


@pytest.fixture(scope="module")
def estate(pg_db: PgDatabase, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three SQLite systems and a PostgreSQL one whose DSN takes its password from
    ${PIIMAP_TEST_PW} (trust authentication accepts any)."""
    folder = tmp_path_factory.mktemp("estate")
    pg_db.run(
        "CREATE TABLE customers (id int PRIMARY KEY, email text, phone text);"
        "INSERT INTO customers SELECT i, 'c' || i || '@example.com', '+44 20 7946 0' || "
        "lpad(i::text, 3, '0') FROM generate_series(1, 30) i; ANALYZE"
    )
    for name in ("shop", "crm", "archive"):
        _sqlite(folder / f"{name}.sqlite", f"{name}_people")
    host, port = PG_ADMIN["host"], PG_ADMIN["port"]
    dsn = f"postgresql://postgres:${{PIIMAP_TEST_PW}}@{host}:{port}/{pg_db.name}"
    return write_estate(
        folder,
        f"""
classification: {{processes: 1}}
systems:
  warehouse: {{connector: postgresql, dsn: "{dsn}"}}
  shop: {{connector: sqlite, path: shop.sqlite}}
  crm: {{connector: sqlite, path: crm.sqlite}}
  archive: {{connector: sqlite, path: archive.sqlite}}
""",
    )


def _scan(estate: Path, out: Path, *options: str, code: int = 0) -> Any:
    result = CliRunner(env={"SOURCE_DATE_EPOCH": "1767225600"}).invoke(
        main, ["-q", "scan", str(estate), "--out", str(out), "--format", "dot", *options]
    )
    assert result.exit_code == code, result.output
    return result


def test_the_cluster_gives_the_local_snapshot_and_is_sent_no_secret(
    cluster: tuple[str, Sent], estate: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    address, sent = cluster
    monkeypatch.setenv("PIIMAP_TEST_PW", SECRET)  # the client loads (and checks) the estate too
    _scan(estate, tmp_path / "here", "--jobs", "2")
    sent.payloads.clear()
    _scan(estate, tmp_path / "there", "--executor", address)
    here = (tmp_path / "here" / "snapshot.json").read_bytes()
    there = (tmp_path / "there" / "snapshot.json").read_bytes()
    assert here == there
    text = there.decode()
    for system in ("warehouse", "shop", "crm", "archive"):
        assert f'"{system}/' in text  # scanned, on the workers
    assert "EMAIL_ADDRESS" in text and SECRET not in text
    assert len(sent.payloads) == 4  # a task per system...
    sent_bytes = b"".join(sent.payloads)
    assert b"${PIIMAP_TEST_PW}" in sent_bytes  # ...whose DSN is sent as written
    assert SECRET.encode() not in sent_bytes


def test_a_variable_the_workers_lack_leaves_its_system_not_scanned(
    cluster: tuple[str, Sent], estate: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    address, _ = cluster
    lacking = estate.parent / "lacking.yaml"
    lacking.write_text(estate.read_text().replace("PIIMAP_TEST_PW", "PIIMAP_TEST_CLIENT_ONLY"))
    monkeypatch.setenv("PIIMAP_TEST_CLIENT_ONLY", SECRET)  # here, not on the workers
    result = _scan(lacking, tmp_path / "out", "--executor", address, code=3)
    snapshot = (tmp_path / "out" / "snapshot.json").read_text()
    assert '"shop/' in snapshot and '"warehouse/' not in snapshot
    assert SECRET not in snapshot and SECRET not in result.output
    assert "warehouse: not scanned on the Dask worker" in snapshot
    assert "environment variable PIIMAP_TEST_CLIENT_ONLY is not set" in snapshot


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_scheduler_that_cannot_be_reached_is_a_one_line_error(
    estate: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PIIMAP_TEST_PW", SECRET)
    port = _closed_port()
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = _scan(estate, tmp_path / "out", "--executor", f"dask://127.0.0.1:{port}", code=2)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith(
        f"piimap: error: cannot reach the Dask scheduler at dask://127.0.0.1:{port}"
    )
    assert not (tmp_path / "out").exists()  # nothing written


def test_a_scheduler_without_workers_is_a_one_line_error(
    estate: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PIIMAP_TEST_PW", SECRET)
    with (
        LocalCluster(n_workers=0, dashboard_address=":0", silence_logs=logging.ERROR) as empty,
        dask.config.set({"distributed.comm.timeouts.connect": "1s"}),
    ):
        address = "dask://" + empty.scheduler_address.removeprefix("tcp://")
        result = _scan(estate, tmp_path / "out", "--executor", address, code=2)
    assert result.output.strip() == (
        f"piimap: error: the Dask scheduler at {address} has no worker (none joined in 1 s); "
        f"start workers with: dask worker tcp://{address.removeprefix('dask://')}"
    )
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("executor", ["dask:/127.0.0.1:8786", "dask://127.0.0.1", "spark://h:1"])
def test_a_malformed_executor_is_a_one_line_error(
    executor: str, estate: Path, tmp_path: Path
) -> None:
    result = _scan(estate, tmp_path / "out", "--executor", executor, code=2)
    assert result.output.strip() == (
        f"piimap: error: executor {executor!r}: expected 'local' or dask://HOST:PORT, the address "
        "of a Dask scheduler (e.g. dask://10.0.0.5:8786)."
    )
    assert not (tmp_path / "out").exists()


def test_without_dask_installed_the_error_says_what_to_install(
    estate: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PIIMAP_TEST_PW", SECRET)
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed: ImportError
    result = _scan(estate, tmp_path / "out", "--executor", "dask://127.0.0.1:8786", code=2)
    assert result.output.strip() == (
        "piimap: error: --executor dask://: Dask is not installed; pip install 'piimap[dask]'"
    )
    assert not (tmp_path / "out").exists()
