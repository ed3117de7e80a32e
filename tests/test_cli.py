"""The piimap command: exit codes, one-line errors, partial scans, help and docs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from lineage.cli import main
from lineage.pipeline.demo_estate import demo_estate_path

from .conftest import REPO, write_estate


def _invoke(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env)


def _one_line_error(result, code: int) -> str:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("piimap: error:")]
    assert len(errors) == 1, result.output
    return errors[0]


def test_malformed_yaml_exits_2_with_the_position(tmp_path):
    path = write_estate(tmp_path, "systems:\n  shop: {connector: sqlite\n")
    line = _one_line_error(_invoke("scan", str(path), "--out", str(tmp_path / "o")), 2)
    assert f"{path}:" in line and "malformed YAML" in line


def test_unknown_connector_exits_2_with_did_you_mean(tmp_path):
    path = write_estate(tmp_path, "systems:\n  shop: {connector: postgress, dsn: x}\n")
    line = _one_line_error(_invoke("scan", str(path), "--out", str(tmp_path / "o")), 2)
    assert "Did you mean 'postgres'?" in line


def test_literal_password_exits_2(tmp_path):
    path = write_estate(
        tmp_path,
        "systems:\n  shop: {connector: postgresql, dsn: 'postgresql://u:pw-literal-1@h/db'}\n",
    )
    line = _one_line_error(_invoke("scan", str(path), "--out", str(tmp_path / "o")), 2)
    assert "pw-literal-1" not in line and "environment variable" in line


def test_unreachable_system_is_a_partial_scan_that_keeps_the_rest(tmp_path):
    demo = demo_estate_path().parent
    for name in ("storefront.sqlite", "analytics.sqlite"):
        shutil.copy(demo / name, tmp_path / name)
    (tmp_path / "gone.sqlite").write_text("not a database")  # a missing file is a config error
    path = write_estate(
        tmp_path,
        """
systems:
  shop: {connector: sqlite, path: storefront.sqlite}
  warehouse: {connector: postgresql, dsn: "postgresql://scan@127.0.0.1:1/dw", connect_timeout: 2}
  gone: {connector: sqlite, path: gone.sqlite}
""",
    )
    out = tmp_path / "out"
    result = _invoke("scan", str(path), "--out", str(out))
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output
    assert "Partial scan: 2 item(s) could not be scanned" in result.output
    snapshot = json.loads((out / "snapshot.json").read_text())
    systems = {s["id"]: s for s in snapshot["systems"]}
    assert systems["shop"]["scanned"] is True
    assert systems["warehouse"]["scanned"] is False
    assert "cannot connect" in systems["warehouse"]["not_scanned_reason"]
    assert "file is not a database" in systems["gone"]["not_scanned_reason"]
    assert {i["subject"] for i in snapshot["issues"]} == {"warehouse", "gone"}
    assert any(f["name"] == "email" for f in snapshot["fields"])
    assert (out / "tables/pii_fields.csv").exists()


def test_quiet_prints_nothing_on_success(tmp_path):
    result = _invoke("--quiet", "demo", "--out", str(tmp_path / "o"))
    assert result.exit_code == 0
    assert result.output == ""


def test_format_option_writes_each_format(tmp_path):
    result = _invoke("-q", "demo", "--out", str(tmp_path), "--format", "svg,png,dot")
    assert result.exit_code == 0, result.output
    for suffix in ("svg", "png", "dot"):
        assert (tmp_path / "diagrams" / f"systems.{suffix}").stat().st_size > 0
    assert (tmp_path / "diagrams" / "systems.png").read_bytes()[:4] == b"\x89PNG"


def test_unknown_format_is_a_usage_error(tmp_path):
    result = _invoke("demo", "--out", str(tmp_path), "--format", "svg,gif")
    assert result.exit_code == 2
    assert "unknown format 'gif'" in result.output


def _commands():
    return sorted(main.commands)


@pytest.mark.parametrize("name", _commands())
def test_every_command_has_help_with_an_example_and_is_documented(name):
    command = main.commands[name]
    assert command.help and "Example:" in command.help
    docs = (REPO / "docs" / "cli.md").read_text()
    assert f"piimap {name}" in docs


def test_exit_codes_are_documented():
    docs = Path(REPO / "docs" / "cli.md").read_text()
    for code in ("0", "1", "2", "3"):
        assert f"| {code} |" in docs


def test_importing_the_cli_imports_nothing_heavy():
    """`piimap --help` and `piimap lineage` start fast because the CLI imports click and its
    own modules only; every command imports the library when it runs."""
    import subprocess
    import sys

    heavy = ("pandas", "sqlalchemy", "presidio_analyzer", "openpyxl", "networkx", "numpy")
    code = (
        "import sys, lineage.cli; "
        f"print([m for m in {heavy!r} if m in sys.modules]); "
        "print(sorted(m for m in sys.modules if m.startswith(('lineage.', 'connectors', "
        "'classifiers'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded, ours = done.stdout.splitlines()
    assert loaded == "[]", loaded
    assert all(m.startswith("'lineage.cli") for m in ours.strip("[]").split(", ")), ours


def test_every_command_calls_the_library_it_documents():
    """The CLI holds no logic the library lacks: each command's body imports from the
    documented API (docs/api.md, 'What each command calls') and never from the scan pipeline,
    the connectors' internals or the renderers' views."""
    import inspect

    from lineage.cli import ask, ci, evidence, salesforce, scan

    api_doc = (REPO / "docs" / "api.md").read_text()
    for module in (ask, ci, evidence, salesforce, scan):
        source = inspect.getsource(module)
        assert "lineage.pipeline.run" not in source, module.__name__
        assert "lineage.render" not in source, module.__name__
    for name in main.commands:
        assert f"`piimap {name}" in api_doc, f"piimap {name} is not in docs/api.md"


def test_out_is_checked_before_the_estate_and_nothing_is_created(tmp_path):
    (tmp_path / "taken").write_text("a file")
    path = write_estate(tmp_path, "systems:\n  shop: {connector: postgres}\n")  # no dsn
    out = tmp_path / "taken" / "out"
    line = _one_line_error(_invoke("scan", str(path), "--out", str(out)), 2)
    assert line.startswith(f"piimap: error: --out {out}: cannot create the folder")
    line = _one_line_error(_invoke("demo", "--out", "/proc/piimap-demo"), 2)
    assert "--out /proc/piimap-demo: cannot write the folder" in line
    good = tmp_path / "new" / "out"
    line = _one_line_error(_invoke("scan", str(path), "--out", str(good)), 2)
    assert f"{path}: systems.shop.dsn:" in line
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize(
    "failure", [KeyboardInterrupt(), "config"], ids=["ctrl_c", "error_after_the_checks"]
)
def test_a_scan_that_fails_before_writing_leaves_no_out_folder(tmp_path, monkeypatch, failure):
    """--out is proved writable before the scan; when the scan then fails (Ctrl-C, an error in
    preparing the classifiers), no folder it created is left behind."""
    import lineage
    from lineage.core.errors import ConfigError

    def fail(*args, **kwargs):
        raise failure if isinstance(failure, BaseException) else ConfigError("x.yaml: broken.")

    monkeypatch.setattr(lineage, "scan", fail)
    path = write_estate(tmp_path, "systems:\n  shop: {connector: sqlite, path: shop.db}\n")
    (tmp_path / "shop.db").write_bytes(b"")
    (tmp_path / "kept").mkdir()
    result = _invoke("scan", str(path), "--out", str(tmp_path / "new" / "deeper" / "out"))
    if isinstance(failure, KeyboardInterrupt):
        assert result.exit_code != 0
    else:
        assert _one_line_error(result, 2) == "piimap: error: x.yaml: broken."
    assert not (tmp_path / "new").exists()
    result = _invoke("scan", str(path), "--out", str(tmp_path / "kept"))
    assert (tmp_path / "kept").is_dir() and not list((tmp_path / "kept").iterdir())


def test_a_crash_in_prepare_leaves_no_out_folder(tmp_path, monkeypatch):
    """A crash where the classifiers are made ready (after --out was proved) is one line and
    exit 2, and nothing is written."""
    from lineage.pipeline import run

    def broken(scan):
        raise RuntimeError("boom")

    monkeypatch.setattr(run, "prepare", broken)
    monkeypatch.setattr(run, "STAGES", (broken, *run.STAGES[1:]))
    (tmp_path / "shop.db").write_bytes(b"")
    path = write_estate(tmp_path, "systems:\n  shop: {connector: sqlite, path: shop.db}\n")
    line = _one_line_error(_invoke("scan", str(path), "--out", str(tmp_path / "out")), 2)
    assert "the scan could not start" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["estate.yaml", "shop.db"]


@pytest.mark.parametrize(
    "args",
    [
        ["demo", "--out", ""],
        ["bundle", "{demo}", "--out", ""],
        ["diff", "{demo}", "{demo}", "--output", ""],
        ["baseline", "accept", "{demo}", "-r", "x", "--baseline", " "],
    ],
    ids=["demo", "bundle", "diff", "baseline"],
)
def test_an_empty_output_path_is_refused(tmp_path, monkeypatch, demo_out, args):
    """An empty --out/--output/--baseline is not the current folder: one line, exit 2, nothing
    written there."""
    monkeypatch.chdir(tmp_path)
    args = [a.format(demo=demo_out) for a in args]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output + result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"piimap: error: {args[-2]} "), result.stderr
    assert "empty path" in lines[0]
    assert list(tmp_path.iterdir()) == []
