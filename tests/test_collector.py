"""While a scan reads its systems and while its outputs are written, the cycle collector runs no
full collection of its own (lineage.core.collector); its thresholds are restored afterwards,
whatever happens inside, however the uses nest or overlap."""

from __future__ import annotations

import gc
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

import lineage
from lineage.core.collector import NO_FULL_COLLECTION, young_collections_only
from lineage.core.model import Snapshot
from lineage.export import outputs
from lineage.pipeline import stages


def test_thresholds_come_back_after_nested_uses_and_an_error() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), young_collections_only():
        with young_collections_only():
            assert gc.get_threshold() == (*before[:2], NO_FULL_COLLECTION)
        assert gc.get_threshold()[2] == NO_FULL_COLLECTION  # the outer use still holds
        raise RuntimeError
    assert gc.get_threshold() == before


def test_overlapping_uses_from_threads_restore_once_the_last_ends() -> None:
    before = gc.get_threshold()
    inside, leave = threading.Event(), threading.Event()

    def hold() -> None:
        with young_collections_only():
            inside.set()
            leave.wait(10)

    other = threading.Thread(target=hold)
    other.start()
    assert inside.wait(10)
    with young_collections_only():
        pass
    assert gc.get_threshold()[2] == NO_FULL_COLLECTION  # the other thread's use goes on
    leave.set()
    other.join(10)
    assert gc.get_threshold() == before


def test_the_outputs_are_written_without_full_collections(
    demo_snapshot: Snapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[int, ...]] = []
    real = outputs._write_artefacts

    def spy(*args: Any) -> None:
        seen.append(gc.get_threshold())
        real(*args)

    monkeypatch.setattr(outputs, "_write_artefacts", spy)
    before = gc.get_threshold()
    written = lineage.write_outputs(demo_snapshot, tmp_path, formats=["dot"])
    assert seen == [(*before[:2], NO_FULL_COLLECTION)]
    assert gc.get_threshold() == before
    assert (tmp_path / "report.html").exists() and not written.issues


def test_systems_are_scanned_with_full_collections_as_usual(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[int, ...]] = []
    real = stages._scan_here

    def spy(*args: Any) -> Any:
        seen.append(gc.get_threshold())
        return real(*args)

    monkeypatch.setattr(stages, "_scan_here", spy)
    db = tmp_path / "shop.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT)")
        conn.executemany(
            "INSERT INTO customers (email) VALUES (?)", [(f"u{i}@example.org",) for i in range(9)]
        )
    estate = tmp_path / "estate.yaml"
    estate.write_text(f"systems:\n  shop:\n    connector: sqlite\n    path: {db}\n")
    before = gc.get_threshold()
    snapshot = lineage.scan(estate)
    # a connector's cycles are freed as the scan goes: an estate of many systems keeps none
    assert seen == [before]
    assert any(f.name == "email" and f.entities for f in snapshot.snapshot.fields)
