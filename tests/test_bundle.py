"""The evidence bundle: manifest.json of every scan, piimap bundle and piimap verify."""

from __future__ import annotations

import json
import shutil
import zipfile

from click.testing import CliRunner

from lineage.cli import main


def _invoke(*args):
    return CliRunner().invoke(main, list(args))


def test_scan_writes_a_manifest_of_every_artefact(demo_out):
    manifest = json.loads((demo_out / "manifest.json").read_text())
    files = {p.relative_to(demo_out).as_posix() for p in demo_out.rglob("*") if p.is_file()}
    assert set(manifest["files"]) == files - {"manifest.json"}
    assert manifest["scanned_at"] == "2026-09-21T14:13:20Z"
    assert len(manifest["config_hash"]) == 64 and manifest["piimap_version"]
    assert all(len(e["sha256"]) == 64 for e in manifest["files"].values())


def test_bundle_then_verify_intact_and_deterministic(demo_out, tmp_path):
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    result = _invoke("bundle", str(demo_out), "--out", str(first))
    assert result.exit_code == 0, result.output
    assert "Wrote" in result.output and "config sha256" in result.output
    _invoke("bundle", str(demo_out), "--out", str(second))
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        assert "manifest.json" in archive.namelist() and "snapshot.json" in archive.namelist()
    result = _invoke("verify", str(first))
    assert result.exit_code == 0 and "intact" in result.output


def test_verify_names_the_changed_missing_and_added_files(demo_out, tmp_path):
    bundle = tmp_path / "evidence.zip"
    assert _invoke("bundle", str(demo_out), "--out", str(bundle)).exit_code == 0
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(tampered, "w") as dst:
        for name in src.namelist():
            if name == "tables/flows.csv":
                continue  # removed
            data = src.read(name)
            if name == "tables/gaps.csv":
                data = data.replace(b"high", b"low")  # edited
            dst.writestr(name, data)
        dst.writestr("tables/extra.csv", b"x\n")
    result = _invoke("verify", str(tampered))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert f"{tampered}: changed: tables/gaps.csv" in lines
    assert f"{tampered}: missing: tables/flows.csv" in lines
    assert f"{tampered}: not in the manifest: tables/extra.csv" in lines


def test_bundle_refuses_a_folder_edited_since_the_scan(demo_out, tmp_path):
    copy = tmp_path / "out"
    shutil.copytree(demo_out, copy)
    (copy / "tables" / "gaps.csv").write_text("severity\n")
    result = _invoke("bundle", str(copy), "--out", str(tmp_path / "x.zip"))
    assert result.exit_code == 2
    assert "changed: tables/gaps.csv" in result.output and "re-run the scan" in result.output
    assert not (tmp_path / "x.zip").exists()
    result = _invoke("verify", str(copy))
    assert result.exit_code == 1 and "changed: tables/gaps.csv" in result.output


def test_verify_of_something_else_is_a_usage_error(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    result = _invoke("verify", str(tmp_path / "notes.txt"))
    assert result.exit_code == 2 and "not a zip file or an output folder" in result.output
    result = _invoke("bundle", str(tmp_path), "--out", str(tmp_path / "in.zip"))
    assert result.exit_code == 2 and "outside the folder" in result.output


def test_a_rescan_into_the_same_folder_removes_only_its_own_stale_files(tmp_path):
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(main, ["demo", "--out", str(out), "--format", "svg,dot"]).exit_code == 0
    (out / "my-notes.txt").write_text("keep me")
    assert runner.invoke(main, ["demo", "--out", str(out), "--format", "svg"]).exit_code == 0
    assert not list(out.glob("diagrams/*.dot"))  # written by the first scan only
    assert (out / "my-notes.txt").read_text() == "keep me"
    manifest = json.loads((out / "manifest.json").read_text())
    assert "my-notes.txt" not in manifest["files"]


def test_a_zip_bomb_is_refused_by_verify_and_period_before_it_is_unpacked(tmp_path, monkeypatch):
    """A member that unpacks beyond the bound (lowered here; 2 GiB in use) is one line, read
    by neither ``verify`` nor ``read_scan`` (``piimap period``)."""
    import pytest

    from lineage.core.errors import SnapshotError
    from lineage.export import bundle

    monkeypatch.setattr(bundle, "MAX_MEMBER_BYTES", 1_000_000, raising=False)
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps({"files": {}}))
        archive.writestr("snapshot.json", b" " * 5_000_000)
    result = _invoke("verify", str(bomb))
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "snapshot.json unpacks to 5000000 bytes" in result.output + result.stderr
    with pytest.raises(SnapshotError, match=r"snapshot.json unpacks to 5000000 bytes"):
        bundle.read_scan(bomb)
