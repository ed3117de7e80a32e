"""Snapshots of older schema versions load; newer or unknown ones fail saying what to do."""

from __future__ import annotations

import dataclasses
import json

import pytest
from click.testing import CliRunner

from lineage.ci.diff import diff
from lineage.cli import main
from lineage.core import snapshot as snapshot_io
from lineage.core.errors import SnapshotError
from lineage.core.model import SCHEMA_VERSION, Organisation, Status

_CONTROL_OK = {"status": "ok", "evidence": ["https://api.example"]}
_UNKNOWN = {"status": "unknown", "evidence": []}

#: A snapshot as piimap wrote it at schema_version 1: no retention or audit status, no column
#: links, purpose or legal basis on flows, no related controls or titles on gaps, no organisation.
V1 = {
    "schema_version": 1,
    "scanned_at": "2026-03-01T00:00:00Z",
    "piimap_version": "0.1.0",
    "config_hash": "ab" * 32,
    "systems": [
        {"id": "mailer", "kind": "third_party", "name": "Mailer", "owner": "", "region": "US",
         "boundary": "third_party", "vendor": "Mailer Inc", "facts": [], "transit": _UNKNOWN,
         "at_rest": _UNKNOWN, "scanned": True, "not_scanned_reason": ""},
        {"id": "shop", "kind": "sqlite", "name": "Shop", "owner": "web team", "region": "",
         "boundary": "internal", "vendor": "", "facts": [], "transit": _UNKNOWN,
         "at_rest": _UNKNOWN, "scanned": True, "not_scanned_reason": ""},
    ],
    "datasets": [
        {"system": "shop", "name": "customers", "kind": "table", "comment": "", "row_count": 3,
         "row_count_evidence": "count(*)", "primary_key": ["id"], "foreign_keys": [],
         "view_definition": None, "retention_policy": "P3Y", "oldest_record": "2025-01-01",
         "oldest_record_evidence": "min(created_at)", "at_rest": _UNKNOWN, "scanned": True,
         "not_scanned_reason": ""},
    ],
    "fields": [
        {"system": "shop", "dataset": "customers", "name": "email", "data_type": "text",
         "nullable": False, "comment": "", "position": 1, "at_rest": _UNKNOWN,
         "entities": [{"entity": "EMAIL_ADDRESS", "confidence": 0.99, "signals": ["name"],
                       "explanation": "column name"}]},
    ],
    "flows": [
        {"id": "declared:newsletter", "source": "shop/customers", "target": "mailer",
         "kind": "declared", "fields": [], "entities": ["EMAIL_ADDRESS"],
         "transit": _CONTROL_OK, "auth": "static_credential", "schedule": "",
         "evidence": ["declared in estate config flows[0]"]},
    ],
    "gaps": [
        {"control": "SOC2 CC6.1", "subject": "declared:newsletter", "severity": "medium",
         "evidence": ["api key"], "remediation": "Use OAuth."},
    ],
    "issues": [],
}  # fmt: skip


def test_a_version_1_snapshot_loads_with_not_recorded_defaults():
    snapshot = snapshot_io.loads(json.dumps(V1))
    assert snapshot.schema_version == 1  # kept: readers know what it could not record
    (dataset,) = snapshot.datasets
    assert dataset.retention.status == Status.UNKNOWN and dataset.retention.evidence == ()
    assert dataset.audit.status == Status.UNKNOWN
    (flow,) = snapshot.flows
    assert (flow.columns, flow.purpose, flow.legal_basis) == ((), "", "")
    assert flow.transit.status == Status.OK and flow.auth == "static_credential"
    assert snapshot.gaps[0].title == "" and snapshot.gaps[0].related == ()
    assert snapshot.organisation == Organisation()
    assert snapshot.fields[0].entities[0].confidence == 0.99


def test_a_migrated_snapshot_still_says_version_1_and_round_trips():
    snapshot = snapshot_io.loads(json.dumps(V1))
    text = snapshot_io.dumps(snapshot)
    assert json.loads(text)["schema_version"] == 1
    assert snapshot_io.loads(text) == snapshot
    assert snapshot_io.dumps(snapshot_io.loads(text)) == text


def test_a_current_snapshot_says_the_current_version(demo_snapshot):
    assert SCHEMA_VERSION == 3
    assert demo_snapshot.schema_version == SCHEMA_VERSION


def test_diff_against_a_version_1_snapshot_does_not_invent_status_changes():
    old = snapshot_io.loads(json.dumps(V1))
    d = diff(old, dataclasses.replace(old, schema_version=2))
    assert not d.changes
    assert any("schema_version 1" in note for note in d.notes)


def _error(data: object) -> str:
    with pytest.raises(SnapshotError) as caught:
        snapshot_io.loads(json.dumps(data))
    return str(caught.value)


def test_a_newer_version_says_who_wrote_it_and_to_upgrade():
    message = _error({**V1, "schema_version": 7, "piimap_version": "3.1.0"})
    assert "schema_version 7 was written by piimap 3.1.0" in message
    assert "reads schema versions 1 to 3" in message
    assert "upgrade piimap (pip install -U piimap)" in message


@pytest.mark.parametrize("version", [0, -1, "2", 1.5, True, None])
def test_an_unknown_version_says_to_rescan(version):
    message = _error({**V1, "schema_version": version})
    assert f"schema_version {version!r} is not one piimap writes (1 to 3)" in message
    assert "re-scan the estate (piimap scan)" in message


def test_no_schema_version_is_not_a_snapshot():
    assert "not a piimap snapshot (no schema_version)" in _error({"systems": []})


def test_the_cli_loads_a_version_1_snapshot_and_refuses_a_newer_one(tmp_path):
    old = tmp_path / "v1.json"
    old.write_text(json.dumps(V1))
    result = CliRunner().invoke(main, ["where", "EMAIL_ADDRESS", "--snapshot", str(old)])
    assert result.exit_code == 0, result.output
    assert "shop/customers/email" in result.output
    newer = tmp_path / "v9.json"
    newer.write_text(json.dumps({**V1, "schema_version": 9, "piimap_version": "9.0.0"}))
    result = CliRunner().invoke(main, ["where", "EMAIL_ADDRESS", "--snapshot", str(newer)])
    assert result.exit_code == 2
    assert result.output.startswith(f"piimap: error: {newer}: schema_version 9 was written by")
    assert "Traceback" not in result.output
