"""A large estate's exports written by a process of their own (lineage.export.outputs): the same
files, the same failures, and everything written here when that process cannot help."""

from __future__ import annotations

import json
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

import lineage
from lineage.core.model import Snapshot
from lineage.export import outputs
from lineage.export.outputs import OutputIncomplete

EXPORTS = ["exports/fides_datasets.yaml", "exports/openlineage.jsonl"]


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def apart(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Every estate counts as large; records whether each write started the exports' process."""
    started: list[bool] = []
    real = outputs._ExportsApart.start.__func__  # type: ignore[attr-defined]

    def start(cls: type[outputs._ExportsApart], *args: Any) -> outputs._ExportsApart | None:
        found = real(cls, *args)
        started.append(found is not None)
        return found

    monkeypatch.setattr(outputs, "EXPORTS_APART_MIN_FIELDS", 0)
    monkeypatch.setattr(outputs._ExportsApart, "start", classmethod(start))
    return started


def test_exports_written_apart_are_the_same_files_byte_for_byte(
    demo_snapshot: Snapshot, tmp_path: Path, apart: list[bool]
) -> None:
    here = lineage.write_outputs(demo_snapshot, tmp_path / "here", formats=["dot"])
    assert apart == [True]
    with pytest.MonkeyPatch.context() as m:
        m.setattr(outputs, "EXPORTS_APART_MIN_FIELDS", 10**9)
        alone = lineage.write_outputs(demo_snapshot, tmp_path / "alone", formats=["dot"])
    assert apart == [True, False]
    assert files(tmp_path / "here") == files(tmp_path / "alone")  # manifest.json included
    assert [p.name for p in here.paths] == [p.name for p in alone.paths]
    assert {"fides_datasets.yaml", "openlineage.jsonl"} <= {p.name for p in here.paths}


def test_an_export_that_fails_apart_is_the_same_issue_as_here(
    demo_snapshot: Snapshot, tmp_path: Path, apart: list[bool]
) -> None:
    messages, issues = [], []
    for name, threshold in (("apart", 0), ("here", 10**9)):
        out = tmp_path / name
        out.mkdir()
        (out / "exports").write_text("a file where the folder goes")
        with pytest.MonkeyPatch.context() as m:
            m.setattr(outputs, "EXPORTS_APART_MIN_FIELDS", threshold)
            with pytest.raises(OutputIncomplete) as failed:
                lineage.write_outputs(demo_snapshot, out, formats=["dot"])
        messages.append(str(failed.value).replace(str(out), "OUT"))
        found = json.loads((out / "snapshot.json").read_text())["issues"]
        issues.append([i for i in found if i["subject"].startswith("artefact ")])
    assert apart == [True, False]
    assert messages[0] == messages[1]
    assert issues[0] == issues[1]
    assert [i["subject"] for i in issues[0]] == [f"artefact {name}" for name in EXPORTS]
    assert "FileExistsError" in issues[0][0]["message"]


class BrokenPool:
    """An executor whose process died before it wrote anything."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.closed = False

    def submit(self, *args: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_exception(BrokenProcessPool("killed"))
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        self.closed = True


def test_the_exports_are_written_here_when_their_process_dies(
    demo_snapshot: Snapshot, tmp_path: Path, apart: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outputs, "ProcessPoolExecutor", BrokenPool)
    written = lineage.write_outputs(demo_snapshot, tmp_path, formats=["dot"])
    assert apart == [True]
    assert not written.issues
    assert {"fides_datasets.yaml", "openlineage.jsonl"} <= {p.name for p in written.paths}
    assert (tmp_path / "exports" / "openlineage.jsonl").stat().st_size > 0


def test_no_process_is_started_for_a_small_estate(
    demo_snapshot: Snapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a process was started")

    monkeypatch.setattr(outputs, "ProcessPoolExecutor", refuse)
    assert len(demo_snapshot.fields) < outputs.EXPORTS_APART_MIN_FIELDS
    assert not lineage.write_outputs(demo_snapshot, tmp_path, formats=["dot"]).issues
