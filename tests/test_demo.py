"""The demo estate end to end: outputs, determinism, round trip, and no raw values anywhere."""

from __future__ import annotations

import csv
import sqlite3

import networkx as nx

from lineage.core import snapshot as snapshot_io
from lineage.core.config import load_estate
from lineage.core.model import Status
from lineage.graph.estate import build_graph
from lineage.pipeline.demo_estate import demo_estate_path, demo_org
from lineage.pipeline.run import scan_estate

DEMO = demo_estate_path()


def _pii(snapshot):
    return {
        (f.system, f.dataset, f.name): {e.entity for e in f.entities} for f in snapshot.pii_fields()
    }


def test_demo_writes_the_documented_outputs(demo_out):
    for name in (
        "snapshot.json",
        "manifest.json",
        "report.html",
        "tables/pii_fields.csv",
        "tables/flows.md",
        "tables/third_parties.json",
        "tables/ropa.csv",
        "tables/ccpa.csv",
        "tables/gaps.csv",
        "tables/piimap.xlsx",
        "diagrams/systems.svg",
        "diagrams/datasets.svg",
        "diagrams/trace_EMAIL_ADDRESS.svg",
        "diagrams/systems.mmd",
        "diagrams/diagrams.md",
        "exports/fides_datasets.yaml",
        "exports/openlineage.jsonl",
    ):
        assert (demo_out / name).stat().st_size > 0, name
    with open(demo_out / "tables/pii_fields.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0])[:5] == ["system", "dataset", "field", "entities", "confidence"]
    emails = [r for r in rows if r["dataset"] == "customers" and r["field"] == "email"]
    assert emails and emails[0]["entities"].split(";")[0] == "EMAIL_ADDRESS"
    svg = (demo_out / "diagrams/systems.svg").read_text()
    assert "Storefront DB" in svg and "Klaviyo" in svg and "ShipFast" in svg


def test_demo_finds_the_storefronts_personal_data(demo_snapshot):
    pii = _pii(demo_snapshot)
    expected = {
        ("storefront", "customers", "email"): "EMAIL_ADDRESS",
        ("storefront", "customers", "first_name"): "PERSON_NAME",
        ("storefront", "customers", "date_of_birth"): "DATE_OF_BIRTH",
        ("storefront", "addresses", "postal_code"): "POSTAL_CODE",
        ("storefront", "payments", "card_last4"): "CARD_LAST4",
        ("storefront", "sessions", "ip_address"): "IP_ADDRESS",
        ("storefront", "admin_users", "password_hash"): "PASSWORD_HASH",
        ("analytics", "web_events", "ip_address"): "IP_ADDRESS",
    }
    for key, entity in expected.items():
        assert entity in pii.get(key, set()), key
    # The catalogue is the no-PII control, and boolean flags named after PII are not PII.
    assert not [k for k in pii if k[1] in ("products", "categories", "product_categories")]
    assert ("storefront", "customers", "email_verified") not in pii


def test_demo_facts_and_evidence(demo_snapshot):
    datasets = {d.id: d for d in demo_snapshot.datasets}
    customers = datasets["storefront/customers"]
    assert customers.row_count and customers.row_count_evidence == "count(*)"
    assert customers.oldest_record and customers.oldest_record_evidence.startswith("MIN(")
    assert customers.retention_policy == "P3Y"
    assert datasets["storefront/orders"].retention_policy == "P7Y"
    fields = {f.id: f for f in demo_snapshot.fields}
    assert fields["storefront/customers/tax_id_enc"].at_rest.status is Status.OK
    assert fields["storefront/customers/email"].at_rest.status is Status.UNKNOWN
    flows = {f.id: f for f in demo_snapshot.flows}
    assert flows["declared:shipping-labels"].transit.status is Status.GAP
    assert flows["declared:newsletter-sync"].transit.status is Status.OK
    load = "sql_job:nightly-warehouse-load:storefront/sessions->analytics/web_events"
    assert flows[load].transit.status is Status.UNKNOWN
    assert not demo_snapshot.issues


def test_same_estate_gives_the_same_bytes(demo_out, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1790000000")
    with demo_org(DEMO):
        again = scan_estate(load_estate(DEMO))
    assert snapshot_io.dumps(again) == (demo_out / "snapshot.json").read_text()


def test_snapshot_loads_back_into_the_same_graph(demo_out, demo_snapshot):
    text = (demo_out / "snapshot.json").read_text()
    assert snapshot_io.dumps(demo_snapshot) == text
    with demo_org(DEMO):
        scanned = scan_estate(load_estate(DEMO), scanned_at=demo_snapshot.scanned_at)
    original = build_graph(scanned)
    loaded = build_graph(demo_snapshot)
    assert nx.utils.graphs_equal(original, loaded)
    assert set(loaded.successors("storefront/customers")) >= {"storefront/customers/email"}
    flows = [d["data"] for _, _, d in loaded.edges(data=True) if d["kind"] == "flow"]
    assert len([f for f in flows if f.kind == "declared"]) == 5
    assert len([f for f in flows if f.kind == "sql_job"]) == 4
    assert len(flows) == len(demo_snapshot.flows)


def test_demo_includes_the_crm_its_third_parties_and_the_sync_flows(demo_snapshot):
    systems = {s.id: s for s in demo_snapshot.systems}
    crm = systems["crm"]
    assert crm.kind == "salesforce" and crm.boundary.value == "crm" and crm.scanned
    crm_pii = {(f.dataset, f.name) for f in demo_snapshot.pii_fields() if f.system == "crm"}
    assert ("Contact", "Email") in crm_pii
    fields = {f.id: f for f in demo_snapshot.fields}
    assert fields["crm/Contact/Birthdate"].at_rest.status is Status.OK  # Shield
    assert "Shield" in fields["crm/Contact/Birthdate"].at_rest.evidence[0]
    flows = {f.id: f for f in demo_snapshot.flows}
    assert flows["declared:nightly-contact-sync"].target == "crm/Contact"
    crm_flows = [f for f in demo_snapshot.flows if f.source.startswith("crm")]
    kinds = {f.kind for f in crm_flows}
    assert {"installed_package", "remote_site", "outbound_message"} <= kinds
    gaps = [f for f in crm_flows if f.transit.status is Status.GAP]
    assert any("protocol security disabled" in e for f in gaps for e in f.transit.evidence)
    outbound = next(f for f in crm_flows if f.kind == "outbound_message")
    assert "EMAIL_ADDRESS" in outbound.entities
    targets = {f.target.split("/")[0] for f in crm_flows}
    # One system per vendor: Mailchimp's package, connected app and remote site are one vendor;
    # the storefront's own connected app leads back to the storefront.
    assert {"crm.mailchimp", "storefront", "shipfast"} <= targets
    assert all(systems[t].boundary.value == "third_party" for t in targets - {"storefront"})


def test_no_sampled_value_reaches_any_output(demo_out):
    db = sqlite3.connect(DEMO.parent / "storefront.sqlite")
    values = set()
    for table, column in (
        ("customers", "email"),
        ("customers", "last_name"),
        ("customers", "phone"),
        ("addresses", "address_line1"),
        ("sessions", "ip_address"),
        ("admin_users", "password_hash"),
        ("payments", "card_token"),
    ):
        values.update(
            v for (v,) in db.execute(f"SELECT {column} FROM {table}") if v and len(str(v)) > 6
        )
    db.close()
    assert len(values) > 1000
    for path in demo_out.rglob("*"):
        if path.is_file():
            content = path.read_text(errors="replace")
            leaked = [v for v in values if str(v) in content]
            assert not leaked, f"{path.name} contains sampled values such as {leaked[0][:3]}***"
