"""Systems scanned at once (``--jobs``) and classified batch by batch: the same snapshot bytes
whatever the number of jobs, on the real servers and SQLite; no batch holds a whole large
system's samples; the progress display keeps one line per running system."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from connectors.base import Batch
from connectors.sql import BATCH_FIELDS
from connectors.sqlite import SQLiteConnector
from lineage.cli import main
from lineage.core.config import load_estate

from .conftest import MyDatabase, PgDatabase, write_estate

#: 30 tables of 16 columns: 480 fields, more than one batch.
TABLES, COLUMNS = 30, 16


def _people_sql(table: str, rows: int = 25) -> list[str]:
    cols = ", ".join(f"note_{j:02d} VARCHAR(40)" for j in range(COLUMNS - 4))
    sql = [
        f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, email VARCHAR(80), "
        f"full_name VARCHAR(80), created_at DATE, {cols})"
    ]
    for i in range(1, rows + 1):
        notes = ", ".join(f"'n{i * j % 7}-{j}'" for j in range(COLUMNS - 4))
        sql.append(
            f"INSERT INTO {table} VALUES ({i}, 'person{i}@example.org', 'Ada Person{i}', "
            f"'2024-01-{1 + i % 28:02d}', {notes})"
        )
    return sql


def _sqlite(path: Path, tables: int) -> Path:
    db = sqlite3.connect(path)
    for t in range(tables):
        db.executescript(";\n".join(_people_sql(f"t{t:02d}")) + ";")
    db.commit()
    db.close()
    return path


@pytest.fixture(scope="module")
def estate(pg_db: PgDatabase, my_db: MyDatabase, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four systems: PostgreSQL and MariaDB with a few tables, a large SQLite (several batches)
    and a small one."""
    folder = tmp_path_factory.mktemp("estate")
    pg_db.run(";\n".join(_people_sql("customers") + _people_sql("staff")))
    pg_db.run("ANALYZE")
    my_db.run(";\n".join(_people_sql("customers") + _people_sql("leads")))
    _sqlite(folder / "big.sqlite", TABLES)
    _sqlite(folder / "small.sqlite", 2)
    return write_estate(
        folder,
        f"""
classification: {{processes: 1}}
systems:
  warehouse: {{connector: postgresql, dsn: "{pg_db.dsn}"}}
  crm: {{connector: mysql, dsn: "{my_db.dsn}"}}
  archive: {{connector: sqlite, path: big.sqlite}}
  shop: {{connector: sqlite, path: small.sqlite}}
""",
    )


def _scan(estate: Path, out: Path, *options: str) -> bytes:
    """snapshot.json of ``piimap scan`` at a fixed time."""
    result = CliRunner(env={"SOURCE_DATE_EPOCH": "1767225600"}).invoke(
        main, ["-q", "scan", str(estate), "--out", str(out), *options]
    )
    assert result.exit_code == 0, result.output
    return (out / "snapshot.json").read_bytes()


def test_the_snapshot_is_the_same_whatever_the_number_of_jobs(estate: Path, tmp_path: Path) -> None:
    one = _scan(estate, tmp_path / "one", "--jobs", "1")
    three = _scan(estate, tmp_path / "three", "--jobs", "3")
    assert one == three
    text = one.decode()
    for system in ("warehouse", "crm", "archive", "shop"):
        assert f'"{system}/' in text  # every system's datasets are in it
    assert "EMAIL_ADDRESS" in text


def test_worker_processes_classify_as_this_process_does(estate: Path, tmp_path: Path) -> None:
    here = json.loads(_scan(estate, tmp_path / "here"))
    workers = estate.parent / "workers.yaml"
    workers.write_text(estate.read_text().replace("processes: 1", "processes: 2"))
    there = json.loads(_scan(workers, tmp_path / "there", "--jobs", "2"))
    assert here["config_hash"] != there["config_hash"]
    del here["config_hash"], there["config_hash"]
    assert here == there


def test_classification_sees_batches_not_whole_systems(
    estate: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lineage.pipeline import stages

    real = stages.classify
    seen: list[tuple[str, int, int]] = []

    def recording(fields: Any, samples: Any, *args: Any) -> Any:
        seen.append((fields[0].system if fields else "", len(fields), len(samples)))
        return real(fields, samples, *args)

    monkeypatch.setattr(stages, "classify", recording)
    _scan(estate, tmp_path / "out", "--jobs", "2")
    archive = [n for system, n, _ in seen if system == "archive"]
    assert sum(archive) == TABLES * COLUMNS
    assert len(archive) > 1 and max(archive) < BATCH_FIELDS + COLUMNS


def test_a_connector_hands_whole_tables_over_in_batches(tmp_path: Path) -> None:
    path = write_estate(tmp_path, "systems:\n  archive: {connector: sqlite, path: big.sqlite}\n")
    _sqlite(tmp_path / "big.sqlite", TABLES)
    estate = load_estate(path)
    connector = SQLiteConnector("archive", estate.config.systems["archive"], estate)
    batches: list[Batch] = []
    connector.sink = batches.append
    result = connector.scan()
    handed = [f for b in batches for f in b.fields] + result.fields
    assert len(handed) == len({f.id for f in handed}) == TABLES * COLUMNS
    for batch in batches:
        assert {f.dataset_id for f in batch.fields} == {d.id for d in batch.datasets}
        assert set(batch.samples) <= {f.id for f in batch.fields}
    assert len(batches) >= 1 and all(len(b.fields) >= BATCH_FIELDS for b in batches)
    assert len(result.fields) < BATCH_FIELDS  # only what was left after the last batch


def test_the_progress_display_keeps_one_line_per_running_system() -> None:
    from rich.console import Console
    from rich.progress import Progress

    from lineage.cli.scan import ProgressBars

    console = Console(file=io.StringIO(), force_terminal=False)
    with Progress(console=console) as progress:
        bars = ProgressBars(progress, console, systems=3)
        for sid in ("a", "b", "c"):
            bars.system_started(sid, "sqlite")
        bars.progress("b", 3, 10, "t03")
        assert len(progress.tasks) == 4  # the estate's line and one per running system
        bars.system_finished("a", None)
        bars.system_finished("b", "b: cannot connect")
        assert [t.description.strip() for t in progress.tasks] == ["systems", "c (sqlite)"]
        assert progress.tasks[0].completed == 2
    assert "not scanned: b: cannot connect" in console.file.getvalue()  # type: ignore[attr-defined]


def test_the_streamed_snapshot_file_is_the_canonical_text(
    demo_snapshot: Any, tmp_path: Path
) -> None:
    from lineage.core import snapshot

    snapshot.save(demo_snapshot, tmp_path / "snapshot.json")
    assert (tmp_path / "snapshot.json").read_bytes() == snapshot.dumps(demo_snapshot).encode()


def test_timings_name_each_phase(tmp_path: Path) -> None:
    _sqlite(tmp_path / "shop.sqlite", 1)
    path = write_estate(tmp_path, "systems:\n  shop: {connector: sqlite, path: shop.sqlite}\n")
    result = CliRunner().invoke(
        main, ["-q", "scan", str(path), "--out", str(tmp_path / "out"), "--timings"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.split("timings (wall and CPU seconds", 1)[1].splitlines()[1:]
    phases = {line.split()[0] for line in lines if line.strip()}
    for phase in ("catalog", "sampling", "classification", "scan_systems", "outputs"):
        assert phase in phases


def test_a_scan_classified_in_workers_never_loads_presidio_itself(tmp_path: Path) -> None:
    """Presidio and spaCy (about a second and 100 MB) are loaded by the worker processes that
    classify; a scan whose batches all go to them does not load them in its own process."""
    _sqlite(tmp_path / "big.sqlite", TABLES)
    path = write_estate(
        tmp_path,
        "classification: {processes: 2}\n"
        "systems:\n  archive: {connector: sqlite, path: big.sqlite}\n",
    )
    code = (
        f"import sys, lineage; estate = lineage.scan({str(path)!r}); "
        "print(len(estate.where('EMAIL_ADDRESS')), "
        "[m for m in ('presidio_analyzer', 'spacy') if m in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == f"{TABLES} []"
