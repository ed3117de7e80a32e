"""A crash in any stage after scanning, or in the writer of any artefact, still writes what was
found: the failure is an issue (kind ``error``, naming the stage or artefact and the exception
type, never the exception's text), exit 3, and no traceback unless -vv asks for it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from lineage.cli import main

#: The text of every injected exception: a value that must appear nowhere.
SECRET = "jane.doe@example.com"

#: (stage, what the stage calls that is made to crash: a name in lineage.pipeline.stages, or
#: the module and name of what the stage imports when it runs).
STAGE_CRASHES = [
    ("scan_systems", "classify"),
    ("discover_flows", "lineage.flows.sql_flows.view_flows"),
    ("discover_flows", "link_flows"),
    ("discover_flows", "heroku_connect_flows"),
    ("propagate", "lineage.flows.propagation.propagate_entities"),
    ("carry_entities", "lineage.flows.propagation.carried_entities"),
    ("read_integration_configs", "integration_flows"),
    ("number_flows", "unique_ids"),
    ("assess_estate", "assess"),
]

#: (artefact, module and name of its writer).
ARTEFACT_CRASHES = [
    ("tables/", "lineage.export.outputs", "write_tables"),
    ("diagrams/", "lineage.render.diagrams", "write_diagrams"),
    ("exports/fides_datasets.yaml", "lineage.export.outputs", "write_fides"),
    ("exports/openlineage.jsonl", "lineage.export.outputs", "write_openlineage"),
    ("report.html", "lineage.export.outputs", "write_report"),
    ("manifest.json", "lineage.export.outputs", "write_manifest"),
]


@pytest.fixture(scope="module")
def estate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite shop with a table of customers and a view over it."""
    folder = tmp_path_factory.mktemp("estate")
    db = sqlite3.connect(folder / "shop.db")
    db.executescript(
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT, name TEXT);"
        f"INSERT INTO customers VALUES (1, '{SECRET}', 'Jane Doe'), (2, 'b@example.org', 'Bo');"
        "CREATE VIEW v_customers AS SELECT id, email FROM customers;"
    )
    db.commit()
    db.close()
    (folder / "app.env").write_text("MAILER_URL=https://api.mailer.example/v3\n")
    path = folder / "estate.yaml"
    path.write_text(
        "systems:\n  shop: {connector: sqlite, path: shop.db}\n"
        "integration_configs: [{path: app.env, system: shop}]\n"
    )
    return path


def crash(*_args: Any, **_kwargs: Any) -> Any:
    raise KeyError(SECRET)


def scan(estate: Path, out: Path, *options: str) -> Result:
    return CliRunner().invoke(main, [*options, "scan", str(estate), "--out", str(out)])


def assert_partial_without_traceback(result: Result, out: Path) -> list[dict[str, str]]:
    """Exit 3, no traceback, no value; snapshot.json written; its issues returned."""
    assert result.exit_code == 3, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert SECRET not in result.output
    text = (out / "snapshot.json").read_text()
    assert SECRET not in text
    return json.loads(text)["issues"]


def test_a_clean_scan_of_the_estate_has_no_issue(estate: Path, tmp_path: Path) -> None:
    result = scan(estate, tmp_path)
    assert result.exit_code == 0, result.output
    flows = json.loads((tmp_path / "snapshot.json").read_text())["flows"]
    assert any(f["kind"] == "view" for f in flows)


@pytest.mark.parametrize(("stage", "name"), STAGE_CRASHES)
def test_a_crashing_stage_is_an_issue_and_the_rest_is_written(
    estate: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stage: str, name: str
) -> None:
    monkeypatch.setattr(name if "." in name else f"lineage.pipeline.stages.{name}", crash)
    result = scan(estate, tmp_path)
    issues = assert_partial_without_traceback(result, tmp_path)
    errors = [i for i in issues if i["kind"] == "error"]
    if name.endswith("carried_entities"):  # read_integration_configs calls it too
        assert errors[1]["subject"] == "stage read_integration_configs"
        errors = errors[:1]
    assert len(errors) == 1, issues
    if stage == "scan_systems":  # the system is not scanned; the scan goes on
        assert errors[0]["subject"] == "shop"
    else:
        assert errors[0]["subject"] == f"stage {stage}"
        assert errors[0]["message"].startswith(f"stage {stage} failed")
    assert "(KeyError)" in errors[0]["message"] and "-vv" in errors[0]["message"]
    assert (tmp_path / "report.html").exists() and (tmp_path / "manifest.json").exists()
    snapshot = json.loads((tmp_path / "snapshot.json").read_text())
    if stage != "scan_systems":  # what the scan found is kept
        assert {d["name"] for d in snapshot["datasets"]} == {"customers", "v_customers"}
        assert any(f["entities"] for f in snapshot["fields"])
    if name.split(".")[-1] not in ("classify", "view_flows"):  # the view's flow is kept
        assert any(f["kind"] == "view" for f in snapshot["flows"]), snapshot["flows"]


def test_a_crash_classifying_one_system_keeps_the_others(
    estate: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    two = tmp_path / "estate.yaml"
    two.write_text(
        f"systems:\n  shop: {{connector: sqlite, path: {estate.parent / 'shop.db'}}}\n"
        f"  copy: {{connector: sqlite, path: {estate.parent / 'shop.db'}}}\n"
    )
    from lineage.pipeline import stages

    real = stages.classify

    def crash_on_copy(fields: Any, *args: Any) -> Any:
        if fields and fields[0].system == "copy":
            raise KeyError(SECRET)
        return real(fields, *args)

    monkeypatch.setattr(stages, "classify", crash_on_copy)
    out = tmp_path / "out"
    issues = assert_partial_without_traceback(scan(two, out), out)
    assert [(i["subject"], i["kind"]) for i in issues] == [("copy", "error")]
    systems = json.loads((out / "snapshot.json").read_text())["systems"]
    assert {(s["id"], s["scanned"]) for s in systems} == {("copy", False), ("shop", True)}


@pytest.mark.parametrize(("artefact", "module", "name"), ARTEFACT_CRASHES)
def test_a_crashing_artefact_writer_costs_only_that_artefact(
    estate: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    artefact: str,
    module: str,
    name: str,
) -> None:
    monkeypatch.setattr(f"{module}.{name}", crash)
    result = scan(estate, tmp_path)
    issues = assert_partial_without_traceback(result, tmp_path)
    assert [i["subject"] for i in issues] == [f"artefact {artefact}"]
    assert "KeyError" in issues[0]["message"]
    assert f"could not write {artefact}" in result.output  # the one line on stderr
    assert "Wrote " in result.output and "Scanned 1 system(s)" in result.output  # the summary
    expected = {"snapshot.json", "report.html", "manifest.json", "tables", "diagrams", "exports"}
    expected -= {artefact.split("/")[0]}
    present = {p.name for p in tmp_path.iterdir()}
    assert expected <= present
    if artefact.startswith("exports/"):  # the other export is still written
        assert len(list((tmp_path / "exports").iterdir())) == 1


def test_a_rerun_after_a_crashed_writer_leaves_no_stale_file_listed(
    estate: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert scan(estate, tmp_path).exit_code == 0
    monkeypatch.setattr("lineage.export.outputs.write_report", crash)
    assert scan(estate, tmp_path).exit_code == 3
    assert not (tmp_path / "report.html").exists()  # the last scan's report is not this scan's
    listed = json.loads((tmp_path / "manifest.json").read_text())["files"]
    assert "report.html" not in listed and "snapshot.json" in listed


def test_the_traceback_is_logged_at_debug_level_only(
    estate: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("lineage.flows.propagation.propagate_entities", crash)
    assert "Traceback" not in scan(estate, tmp_path / "a", "-v").output
    debug = scan(estate, tmp_path / "b", "-vv")
    assert debug.exit_code == 3
    assert "Traceback" in debug.output and "stage propagate failed" in debug.output


def test_a_crash_before_scanning_is_one_line_and_writes_nothing(
    estate: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("lineage.pipeline.stages.default_classifier", crash)
    result = scan(estate, tmp_path / "out")
    assert result.exit_code == 2
    assert "Traceback" not in result.output and SECRET not in result.output
    assert "stage prepare failed (KeyError)" in result.output
    assert not list((tmp_path / "out").glob("*"))  # --out may be made (checked) before the scan


def test_an_out_folder_that_cannot_be_created_is_one_line(estate: Path, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    result = scan(estate, tmp_path / "file" / "out")
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "--out" in result.output


def test_a_disk_that_fills_up_after_the_snapshot_costs_the_rest_not_a_traceback(
    estate: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """snapshot.json fits; every later text file finds the disk full: exit 3, one line naming
    what could not be written, snapshot.json whole, no half-written or temporary file left."""
    import errno

    real, real_open = Path.write_text, Path.open

    def first_snapshot(path: Path) -> bool:
        return path.name == "snapshot.json.tmp" and not (path.parent / "snapshot.json").exists()

    def full_after_the_snapshot(self: Path, *args: Any, **kwargs: Any) -> int:
        if first_snapshot(self):
            return real(self, *args, **kwargs)
        raise OSError(errno.ENOSPC, "No space left on device")

    def open_full_after_the_snapshot(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if "w" not in mode or first_snapshot(self):  # writers that stream open the file
            return real_open(self, mode, *args, **kwargs)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full_after_the_snapshot)
    monkeypatch.setattr(Path, "open", open_full_after_the_snapshot)
    result = scan(estate, tmp_path)
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output
    assert "No space left on device" in result.output  # the one error line says why
    assert "report.html" in result.output and "manifest.json" in result.output
    snapshot = json.loads((tmp_path / "snapshot.json").read_text())
    assert {d["name"] for d in snapshot["datasets"]} == {"customers", "v_customers"}
    assert not list(tmp_path.rglob("*.tmp"))
    assert not (tmp_path / "report.html").exists()
