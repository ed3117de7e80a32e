"""Issue 5 on the demo estate: every transit and retention status with its evidence in the
outputs, the SQL job's column lineage, and the where / trace / lineage commands."""

from __future__ import annotations

import csv
import json

from click.testing import CliRunner

from lineage.cli import main
from lineage.pipeline.demo_estate import demo_estate_path

DEMO_DIR = demo_estate_path().parent


def _rows(demo_out, name):
    with open(demo_out / "tables" / name, newline="") as fh:
        return list(csv.DictReader(fh))


def test_flows_csv_shows_each_transit_and_retention_status_with_evidence(demo_out):
    rows = _rows(demo_out, "flows.csv")
    for column in ("transit", "retention"):
        statuses = {r[column] for r in rows if r["entities"]}
        assert statuses >= {"ok", "gap", "unknown"}, column
        for r in rows:
            assert r[f"{column}_evidence"], (r["flow"], column)
    by_id = {r["flow"]: r for r in rows}
    assert (
        "http://api.shipfast.example is not encrypted"
        in by_id["declared:shipping-labels"]["transit_evidence"]
    )
    assert "cannot be observed" in by_id["declared:newsletter-sync"]["retention_evidence"]
    web = by_id["sql_job:nightly-warehouse-load:storefront/sessions->analytics/web_events"]
    assert web["retention"] == "ok" and "within the declared P2Y" in web["retention_evidence"]
    assert web["transit"] == "unknown" and "no transport URL given" in web["transit_evidence"]


def test_the_warehouse_job_hashes_the_email_and_the_hash_is_still_personal(demo_snapshot):
    flows = {f.id: f for f in demo_snapshot.flows}
    ltv = flows["sql_job:nightly-warehouse-load:storefront/orders->analytics/customer_ltv"]
    links = {(c.source, c.target): c.how for c in ltv.columns}
    email = ("storefront/orders/customer_email", "analytics/customer_ltv/customer_email_sha256")
    assert links[email] == "pseudonymised"
    assert ltv.entities == ("EMAIL_ADDRESS",)  # created_at only aggregated: no more
    daily = flows["sql_job:nightly-warehouse-load:storefront/orders->analytics/daily_sales"]
    assert daily.entities == ()


def test_gaps_csv_lists_control_ids_severity_evidence_and_remediation(demo_out):
    rows = _rows(demo_out, "gaps.csv")
    assert list(rows[0]) == [
        "gap",
        "severity",
        "control",
        "related",
        "subject",
        "title",
        "evidence",
        "remediation",
    ]
    order = {"high": 0, "medium": 1, "low": 2}
    assert [order[r["severity"]] for r in rows] == sorted(order[r["severity"]] for r in rows)
    controls = {r["control"] for r in rows}
    assert {"SOC2 CC6.7", "SOC2 CC6.1", "GDPR Art. 5(1)(e)", "SOC2 CC9.2", "GDPR Art. 28"} <= (
        controls
    )
    shipping = [r for r in rows if r["subject"] == "declared:shipping-labels"]
    transit = next(r for r in shipping if r["control"] == "SOC2 CC6.7")
    assert transit["severity"] == "high" and "GDPR Art. 32" in transit["related"]
    assert all(r["evidence"] and r["remediation"] for r in rows)


def test_stores_csv_gives_at_rest_audit_and_retention_per_dataset(demo_out):
    rows = {(r["system"], r["dataset"]): r for r in _rows(demo_out, "stores.csv")}
    contact = rows[("crm", "Contact")]
    assert contact["audit"] in ("ok", "gap") and "field history" in contact["audit_evidence"]
    customers = rows[("storefront", "customers")]
    assert customers["retention"] == "gap" and customers["retention_policy"] == "P3Y"
    assert "SQLite" in customers["at_rest_evidence"]


def _invoke(*args):
    return CliRunner().invoke(main, list(args))


def test_where_lists_fields_and_flows_as_text_and_json(demo_out):
    result = _invoke("where", "email", "--snapshot", str(demo_out))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("EMAIL_ADDRESS: ")
    assert "storefront/customers/email" in result.output
    result = _invoke("where", "EMAIL_ADDRESS", "-s", str(demo_out / "snapshot.json"), "--json")
    data = json.loads(result.output)
    fields = {r["field"] for r in data["fields"]}
    assert {"storefront/customers/email", "crm/Contact/Email"} <= fields
    assert all(r["retention"] in ("ok", "gap", "unknown") for r in data["fields"])
    assert any(f["target"] == "klaviyo" for f in data["flows"])


def test_where_unknown_entity_is_a_usage_error_with_a_suggestion(demo_out):
    result = _invoke("where", "EMAIL_ADRESS", "-s", str(demo_out))
    assert result.exit_code == 2
    assert "Did you mean 'EMAIL_ADDRESS'?" in result.output


def test_trace_down_and_up(demo_out):
    result = _invoke("trace", "storefront/orders/customer_email", "-s", str(demo_out), "--json")
    assert result.exit_code == 0, result.output
    hops = json.loads(result.output)["hops"]
    first = {(h["target"], h["how"]) for h in hops if h["depth"] == 1}
    assert ("analytics/customer_ltv/customer_email_sha256", "pseudonymised") in first
    assert any(h["target"] == "shipfast" and h["depth"] == 2 for h in hops)
    result = _invoke("trace", "analytics/customer_ltv", "--up", "-s", str(demo_out))
    assert result.exit_code == 0, result.output
    assert "analytics/customer_ltv <- storefront/orders" in result.output


def test_trace_unknown_node_and_missing_snapshot_are_one_line_errors(demo_out, tmp_path):
    result = _invoke("trace", "storefront/customer", "-s", str(demo_out))
    assert result.exit_code == 2 and "Did you mean 'storefront/customers'?" in result.output
    result = _invoke("where", "EMAIL_ADDRESS", "-s", str(tmp_path))
    assert result.exit_code == 2 and "no snapshot there" in result.output


def test_lineage_prints_the_edges_of_a_sql_file():
    job = DEMO_DIR / "jobs" / "warehouse_load.sql"
    result = _invoke("lineage", str(job), "--dialect", "sqlite")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert (
        "orders.customer_email -> analytics.customer_ltv.customer_email_sha256 pseudonymised"
    ) in lines
    assert "sessions.ip_address -> analytics.web_events.ip_address copied" in lines
    data = json.loads(_invoke("lineage", str(job), "-d", "sqlite", "--json").output)
    assert {"source", "target", "how", "statement"} <= set(data["edges"][0])


def test_lineage_bad_statement_exit_3_and_bad_dialect_exit_2(tmp_path):
    sql = tmp_path / "job.sql"
    sql.write_text("INSERT INTO t SELEC x;\nINSERT INTO dw.u (a) SELECT email FROM crm.c;\n")
    result = CliRunner().invoke(main, ["lineage", str(sql), "-d", "postgres"])
    assert result.exit_code == 3
    assert "crm.c.email -> dw.u.a copied" in result.output
    assert "statement 1" in result.output  # the warning on stderr (mixed in by CliRunner)
    result = _invoke("lineage", str(sql), "-d", "postgress")
    assert result.exit_code == 2 and "Did you mean postgres" in result.output


def test_hard_coded_credential_is_a_gap_citing_file_and_line_never_the_value(demo_out):
    text = (DEMO_DIR / "integrations" / "klaviyo.yaml").read_text()
    line = next(i for i, t in enumerate(text.splitlines(), 1) if "private_api_key" in t)
    secret = text.splitlines()[line - 1].split(":", 1)[1].strip()
    rows = [r for r in _rows(demo_out, "gaps.csv") if r["subject"].startswith("integrations/")]
    assert [(r["control"], r["subject"], r["severity"]) for r in rows] == [
        ("SOC2 CC6.1", f"integrations/klaviyo.yaml:{line}", "high")
    ]
    assert "klaviyo.private_api_key" in rows[0]["evidence"]
    for path in demo_out.rglob("*"):
        if path.is_file():
            assert secret not in path.read_text(errors="ignore"), path
    newsletter = {r["flow"]: r for r in _rows(demo_out, "flows.csv")}["declared:newsletter-sync"]
    assert "integrations/klaviyo.yaml:5 (klaviyo.api_url)" in newsletter["evidence"]
    assert "a credential is hard-coded in integrations/klaviyo.yaml" in newsletter["evidence"]


def test_change_data_capture_is_its_own_recipient_not_a_vendor_called_change(demo_snapshot):
    cdc = [f for f in demo_snapshot.flows if f.kind == "cdc"]
    assert cdc and {f.target for f in cdc} == {"crm.cdc"}


def test_a_file_listed_twice_in_integration_configs_counts_once(tmp_path):
    import shutil

    from lineage.core.config import load_estate
    from lineage.pipeline.demo_estate import demo_org
    from lineage.pipeline.run import scan_estate

    copy = tmp_path / "demo"
    shutil.copytree(DEMO_DIR, copy)
    estate = copy / "estate.yaml"
    text = estate.read_text().replace(
        "  - {path: integrations/, system: storefront}",
        "  - {path: integrations/, system: storefront}\n  - integrations/klaviyo.yaml",
    )
    estate.write_text(text)
    with demo_org(estate):
        snapshot = scan_estate(load_estate(estate), scanned_at="2026-09-21T14:13:20Z")
    credentials = [g for g in snapshot.gaps if g.subject.startswith("integrations/klaviyo")]
    assert len(credentials) == 1
