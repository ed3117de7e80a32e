"""A file given where a snapshot, a baseline or a scan folder is expected, that is not text:
every command that reads one says so in one line (exit 2), with no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from lineage.cli import main

BINARY = b"\xff\xfe\x00\x81piimap\x00\xc3\x28"


@pytest.fixture
def binary(tmp_path: Path) -> Path:
    path = tmp_path / "snapshot.json"
    path.write_bytes(BINARY)
    return path


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    result = CliRunner().invoke(main, ["-q", "demo", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out / "snapshot.json"


@pytest.mark.parametrize(
    "command",
    [
        ["where", "EMAIL_ADDRESS", "--snapshot", "{binary}"],
        ["trace", "storefront", "--snapshot", "{binary}"],
        ["diff", "{binary}", "{good}"],
        ["diff", "{good}", "{binary}"],
        ["check", "{binary}", "--policy", "{policy}"],
        ["check", "{good}", "--policy", "{policy}", "--baseline", "{binary}"],
    ],
    ids=["where", "trace", "diff-old", "diff-new", "check", "check-baseline"],
)
def test_a_binary_snapshot_or_baseline_is_one_line(
    command: list[str], binary: Path, scanned: Path
) -> None:
    policy = binary.parent / "policy.yaml"
    policy.write_text("version: 1\n")
    args = [a.format(binary=binary, good=scanned, policy=policy) for a in command]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("piimap: error: "), result.output
    assert str(binary) in lines[0] and "not UTF-8 text" in lines[0]
