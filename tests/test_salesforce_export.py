"""`piimap salesforce export` against the fake demo org, and scanning the file without network."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from click.testing import CliRunner

from connectors.salesforce.fake import FakeSalesforce, load_org
from lineage.cli import main

from .conftest import REPO, write_estate

DEMO_ORG = REPO / "sample_data/demo/salesforce_org.json"
#: Audit timestamps: the oldest CreatedDate is metadata the export keeps on purpose.
TIMESTAMPS = {"CreatedDate", "LastModifiedDate", "SystemModstamp"}
ONLINE = """
systems:
  crm:
    connector: salesforce
    options: {retry_backoff: 0}
    auth: {method: session, instance_url: "${SF_URL}", session_id: "${SF_SESSION}"}
  shop: {connector: sqlite, path: shop.sqlite}
"""


def _invoke(*args: str, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(main, list(args), env=env)


def _one_line_error(result: Any, code: int) -> str:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("piimap: error:")]
    assert len(errors) == 1, result.output
    return errors[0]


def _record_values(org: dict[str, Any]) -> set[str]:
    """Every string value longer than 5 characters of the org's data records, except those its
    metadata holds too (a field's BusinessOwnerId is a User's Id; a label shares a word)."""
    metadata = json.dumps(
        {**org, "objects": {n: {**o, "records": []} for n, o in org["objects"].items()}}
    )
    return {
        value
        for obj in org["objects"].values()
        for record in obj.get("records", [])
        for key, value in record.items()
        if isinstance(value, str) and len(value) > 5 and key not in TIMESTAMPS
        if value not in metadata
    }


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, Any]]]:
    """The demo org exported through the CLI; the fake is stopped once the export is written."""
    tmp = tmp_path_factory.mktemp("export")
    estate = write_estate(tmp, ONLINE)
    (tmp / "shop.sqlite").write_bytes(b"")  # the SQLite file must exist
    with FakeSalesforce(load_org(DEMO_ORG)) as fake:
        env = {"SF_URL": fake.url, "SF_SESSION": fake.session_id, "SOURCE_DATE_EPOCH": "1767225600"}
        result = _invoke("salesforce", "export", str(estate), "crm", "--out", str(tmp / "org.json"))
        assert result.exit_code == 2  # SF_* are not set yet: a config error, nothing written
        result = _invoke(
            "salesforce", "export", str(estate), "crm", "--out", str(tmp / "org.json"), env=env
        )
    assert result.exit_code == 0, result.output
    assert "Wrote" in result.output
    yield tmp, json.loads((tmp / "org.json").read_text())


def test_export_holds_objects_fields_classification_and_third_parties(exported):
    _, doc = exported
    assert doc["format"] == "piimap-salesforce-export" and doc["version"] == 1
    assert doc["exported_at"] == "2026-01-01T00:00:00Z"
    assert doc["instance"] == "127.0.0.1"
    objects = {o["name"]: o for o in doc["objects"]}
    assert {"Account", "Contact", "Lead"} <= set(objects)
    contact = objects["Contact"]
    assert contact["row_count"] == 60  # 62 records, 2 of them deleted (in the Recycle Bin)
    assert contact["oldest_record"]
    fields = {f["name"]: f for f in contact["fields"]}
    assert fields["Email"]["data_type"] == "email"
    assert fields["FirstName"]["platform"]["label"] == "First Name"
    assert fields["FirstName"]["platform"]["length"] == "40"
    assert fields["AccountId"]["platform"]["referenceTo"] == "Account"
    assert fields["Birthdate"]["platform"]["encryption"] == "shield"
    assert any("ComplianceGroup" in f["platform"] for o in objects.values() for f in o["fields"])
    assert doc["third_parties"] and all(t["name"] for t in doc["third_parties"])
    assert {f["name"] for f in doc["system"]["facts"]} >= {"instance", "auth_method"}


def test_export_holds_no_record_value_or_secret(exported):
    tmp, _ = exported
    text = (tmp / "org.json").read_text()
    org = load_org(DEMO_ORG)
    leaked = sorted(v for v in _record_values(org) if v in text)
    assert not leaked
    assert "session_id" not in text and "client_secret" not in text


def test_scan_of_the_export_matches_the_org_without_network(exported, tmp_path, monkeypatch):
    tmp, doc = exported

    def no_network(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the offline scan made an HTTP request")

    monkeypatch.setattr(requests.Session, "request", no_network)
    (tmp_path / "exports").mkdir()
    (tmp_path / "exports/org.json").write_text((tmp / "org.json").read_text())
    estate = write_estate(
        tmp_path, "systems:\n  sf: {connector: salesforce, path: exports/org.json}\n"
    )
    result = _invoke("scan", str(estate), "--out", str(tmp_path / "out"), "--format", "dot")
    assert result.exit_code == 0, result.output
    snapshot = json.loads((tmp_path / "out/snapshot.json").read_text())
    assert {d["name"] for d in snapshot["datasets"]} == {o["name"] for o in doc["objects"]}
    assert {(f["dataset"], f["name"]) for f in snapshot["fields"]} == {
        (o["name"], f["name"]) for o in doc["objects"] for f in o["fields"]
    }
    fields = {f"{f['dataset']}.{f['name']}": f for f in snapshot["fields"]}
    assert "EMAIL_ADDRESS" in {e["entity"] for e in fields["Contact.Email"]["entities"]}
    system = next(s for s in snapshot["systems"] if s["id"] == "sf")
    facts = {f["name"]: f for f in system["facts"]}
    assert facts["source"]["value"] == "export file org.json, exported_at 2026-01-01T00:00:00Z"
    assert "not sampled" in facts["source"]["evidence"]


@pytest.mark.parametrize(
    "content, expected",
    [
        ("not json", "not a Salesforce export"),
        ('{"systems": {}}', "not a Salesforce export"),
        ('{"format": "piimap-salesforce-export", "version": 1}', "malformed Salesforce export"),
    ],
)
def test_a_file_that_is_not_an_export_is_a_one_line_config_error(tmp_path, content, expected):
    (tmp_path / "org.json").write_text(content)
    estate = write_estate(tmp_path, "systems:\n  sf: {connector: salesforce, path: org.json}\n")
    line = _one_line_error(_invoke("scan", str(estate), "--out", str(tmp_path / "out")), 2)
    assert "org.json" in line and expected in line and "piimap salesforce export" in line


def test_export_of_a_system_that_is_not_salesforce_is_a_usage_error(exported):
    tmp, _ = exported
    estate = str(tmp / "estate.yaml")
    out = str(tmp / "x.json")
    env = {"SF_URL": "https://acme.my.salesforce.com", "SF_SESSION": "00D!x"}
    line = _one_line_error(
        _invoke("salesforce", "export", estate, "shop", "--out", out, env=env), 2
    )
    assert "not a salesforce system" in line and "crm" in line
    line = _one_line_error(_invoke("salesforce", "export", estate, "cmr", "--out", out, env=env), 2)
    assert "Did you mean 'crm'?" in line


def test_parts_carry_their_parents_classification_in_the_export_and_its_scan(exported, tmp_path):
    """MailingCity has no FieldDefinition row of its own: the export gives it MailingAddress's
    classification and tracking; a file written before that still gets them when scanned."""
    from connectors.salesforce.config import SalesforceConfig
    from connectors.salesforce.export_file import load_export

    _, doc = exported
    contact = next(o for o in doc["objects"] if o["name"] == "Contact")
    city = next(f for f in contact["fields"] if f["name"] == "MailingCity")["platform"]
    assert (city["ComplianceGroup"], city["IsFieldHistoryTracked"]) == ("GDPR;CCPA", "true")
    assert city["inheritedFrom"] == "MailingAddress"
    for f in contact["fields"]:  # as an export written before parts inherited
        if f["platform"].pop("inheritedFrom", None):
            for key in ("ComplianceGroup", "SecurityClassification", "IsFieldHistoryTracked"):
                f["platform"].pop(key, None)
    old = tmp_path / "old.json"
    old.write_text(json.dumps(doc))
    result = load_export(old, "crm", SalesforceConfig(connector="salesforce", path=str(old)))
    first = result.platform["crm/Contact/FirstName"]
    assert first["ComplianceGroup"] == "PII" and first["inheritedFrom"] == "Name"
    assert result.platform["crm/Contact/MailingCity"]["IsFieldHistoryTracked"] == "true"
