"""piimap diff: the demo a quarter later (a new column of e-mails, a new http endpoint, TLS off,
longer retention, a new third party) and hand-made snapshots for each kind of change."""

from __future__ import annotations

import dataclasses
import json

import pytest
from click.testing import CliRunner

from lineage.ci.diff import KINDS, diff, to_json, to_markdown, to_text
from lineage.cli import main
from lineage.core import snapshot as snapshot_io
from lineage.core.model import (
    Boundary,
    Control,
    Dataset,
    EntityHit,
    Field,
    Flow,
    Gap,
    Snapshot,
    Status,
    System,
)

from .ci_estate import QUARTER, scanned


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return scanned(tmp_path_factory)


@pytest.fixture(scope="module")
def quarter(tmp_path_factory):
    return scanned(tmp_path_factory, *QUARTER)


def _invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def test_the_quarter_diff_names_each_change(base, quarter):
    d = diff(snapshot_io.load(base), snapshot_io.load(quarter))
    found = {(c.kind, c.subject, c.before, c.after) for c in d.changes}
    (hits,) = [c.after for c in d.changes if c.kind == "pii_field_added"]
    assert hits.startswith("EMAIL_ADDRESS (")  # and its confidence
    assert found == {
        # a new column of e-mails
        ("pii_field_added", "storefront/customers/recovery_email", "", hits),
        # a new http endpoint in an integration config: an undeclared third party and its flow
        ("third_party_added", "storefront.rewardly", "", "storefront.rewardly"),
        ("flow_added", "integration_config:storefront:points-rewardly-example", "", ""),
        # TLS turned off on the newsletter sync
        ("transit_changed", "declared:newsletter-sync", "ok", "gap"),
        ("gap_added", "declared:newsletter-sync", "", "SOC2 CC6.7 (high)"),
        # orders kept longer
        ("retention_policy_changed", "storefront/orders", "P7Y", "P10Y"),
        # a new third party receiving e-mails and names
        ("third_party_added", "loyaltyhub", "", "loyaltyhub"),
        ("flow_added", "declared:loyalty-sync", "", "EMAIL_ADDRESS, PERSON_NAME"),
        ("gap_added", "declared:loyalty-sync", "", "GDPR Art. 28 (medium)"),
    }
    assert all(c.worse for c in d.changes)
    assert d.notes == ()


def test_the_text_diff_reads_as_a_review_list(base, quarter):
    result = _invoke("diff", str(base), str(quarter))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].endswith("9 change(s), 9 adding risk")
    assert "  +! new third party loyaltyhub (LoyaltyHub)" in lines
    assert (
        "  ~! declared:newsletter-sync: encryption in transit ok -> gap (estate config flows[1] "
        "(newsletter-sync): transport http://a.klaviyo.com is not encrypted)"
    ) in lines
    assert "  ~! storefront/orders: declared retention P7Y -> P10Y" in lines
    sections = [line for line in lines[1:] if not line.startswith(" ")]
    assert sections == [
        "Third parties:",
        "Personal-data fields:",
        "Flows:",
        "Encryption in transit:",
        "Retention:",
        "Gaps:",
    ]


def test_exit_code_flag_exits_1_on_differences_and_0_without(base, quarter):
    assert _invoke("diff", "--exit-code", str(base), str(quarter)).exit_code == 1
    same = _invoke("diff", "--exit-code", str(base), str(base))
    assert same.exit_code == 0, same.output
    assert same.output.splitlines()[0].endswith(": no changes")


def test_json_is_deterministic_and_complete(base, quarter, tmp_path):
    first = _invoke("diff", "--format", "json", str(base), str(quarter))
    second = _invoke("diff", "--format", "json", str(base), str(quarter), "-o", str(tmp_path / "d"))
    assert first.exit_code == second.exit_code == 0
    assert first.output == (tmp_path / "d").read_text()
    data = json.loads(first.output)
    assert data["counts"] == {
        "third_party_added": 2,
        "pii_field_added": 1,
        "flow_added": 2,
        "transit_changed": 1,
        "retention_policy_changed": 1,
        "gap_added": 2,
    }
    assert data["confidence_threshold"] == 0.2
    assert data["base"]["label"] == str(base) and data["new"]["scanned_at"]
    assert set(data["changes"][0]) == {"kind", "subject", "before", "after", "description", "worse"}


def test_markdown_is_a_pull_request_comment(base, quarter):
    result = _invoke("diff", "--format", "markdown", str(base), str(quarter))
    assert result.exit_code == 0
    text = result.output
    assert text.startswith("### piimap diff: 9 change(s), 9 adding risk\n")
    assert "| third party added | 2 |" in text
    assert "#### Encryption in transit" in text
    assert "- + new third party loyaltyhub (LoyaltyHub) **adds risk**" in text
    assert "<" not in text.replace("&lt;", "")  # no raw HTML from names or evidence


def test_diff_from_a_scan_folder_and_usage_errors(base, quarter, tmp_path):
    assert _invoke("diff", str(base.parent), str(quarter)).exit_code == 0
    missing = _invoke("diff", str(tmp_path / "nothing.json"), str(quarter))
    assert missing.exit_code == 2
    assert missing.output.startswith("piimap: error: ") and "no snapshot there" in missing.output
    bad = _invoke("diff", "--format", "html", str(base), str(quarter))
    assert bad.exit_code == 2 and "'html' is not one of" in bad.output
    (tmp_path / "broken.json").write_text("{")
    broken = _invoke("diff", str(tmp_path / "broken.json"), str(quarter))
    assert broken.exit_code == 2 and "invalid JSON at line 1" in broken.output


# --- hand-made snapshots: every kind of change, the threshold, unscanned systems -----------


def _hit(entity: str, confidence: float) -> EntityHit:
    return EntityHit(entity, confidence)


BASE = Snapshot(
    scanned_at="2026-01-01T00:00:00Z",
    piimap_version="1",
    systems=(
        System("shop", "sqlite", owner="web"),
        System("dw", "postgresql", owner="data"),
        System("mailer", "third_party", boundary=Boundary.THIRD_PARTY),
    ),
    datasets=(
        Dataset("shop", "customers", retention_policy="P3Y"),
        Dataset("shop", "legacy"),
        Dataset("dw", "facts"),
    ),
    fields=(
        Field("shop", "customers", "email", "text", entities=(_hit("EMAIL_ADDRESS", 0.6),)),
        Field("shop", "customers", "phone", "text", entities=(_hit("PHONE_NUMBER", 0.9),)),
        Field("shop", "customers", "note", "text"),
        Field("shop", "legacy", "name", "text", entities=(_hit("PERSON_NAME", 0.8),)),
        Field("dw", "facts", "email", "text", entities=(_hit("EMAIL_ADDRESS", 0.9),)),
    ),
    flows=(
        Flow(
            "declared:mail",
            "shop/customers",
            "mailer",
            "declared",
            entities=("EMAIL_ADDRESS",),
            transit=Control(Status.OK, ("https://mailer",)),
            auth="short_lived_oauth",
        ),
        Flow("sql_job:load", "shop/customers", "dw/facts", "sql_job"),
    ),
    gaps=(
        Gap("SOC2 CC7.2", "shop", "medium", ("1 dataset",), "", title="1 dataset(s) unaudited"),
        Gap("GDPR Art. 30", "mailer", "low", ("no purpose",), "", title="no purpose"),
    ),
)


def _changed(**changes) -> Snapshot:
    return dataclasses.replace(BASE, scanned_at="2026-04-01T00:00:00Z", **changes)


def _kinds(d) -> list[tuple[str, str]]:
    return [(c.kind, c.subject) for c in d.changes]


def test_every_kind_of_removal_and_status_change():
    new = _changed(
        systems=(
            System("shop", "sqlite", owner="", at_rest=Control(Status.OK, ("SQLCipher",))),
            System("dw", "postgresql", owner="data"),
        ),
        datasets=(Dataset("shop", "customers", retention_policy=None), Dataset("dw", "facts")),
        fields=(
            Field("shop", "customers", "email", "text", entities=(_hit("EMAIL_ADDRESS", 0.95),)),
            Field("shop", "customers", "phone", "text"),
            Field("shop", "customers", "note", "text", entities=(_hit("PERSON_NAME", 0.7),)),
            Field("dw", "facts", "email", "text", entities=(_hit("EMAIL_ADDRESS", 0.9),),
                  at_rest=Control(Status.GAP, ("plaintext",))),
        ),
        flows=(
            Flow("declared:mail", "shop/customers", "mailer", "declared",
                 entities=("EMAIL_ADDRESS", "PHONE_NUMBER"),
                 transit=Control(Status.OK, ("https://mailer",)), auth="static_credential"),
        ),
        gaps=(
            Gap("SOC2 CC7.2", "shop", "high", ("2 datasets",), "", title="2 dataset(s) unaudited"),
        ),
    )  # fmt: skip
    d = diff(BASE, new)
    assert _kinds(d) == [
        ("owner_changed", "shop"),
        ("third_party_removed", "mailer"),
        ("dataset_removed", "shop/legacy"),
        ("pii_field_removed", "shop/legacy/name"),
        ("entity_added", "shop/customers/note"),
        ("entity_removed", "shop/customers/phone"),
        ("confidence_changed", "shop/customers/email"),
        ("flow_removed", "sql_job:load"),
        ("flow_entity_added", "declared:mail"),
        ("at_rest_changed", "dw/facts/email"),
        ("at_rest_changed", "shop"),
        ("retention_policy_changed", "shop/customers"),
        ("auth_changed", "declared:mail"),
        ("gap_resolved", "mailer"),
        ("gap_severity_changed", "shop"),
    ]
    worse = {(c.kind, c.subject) for c in d.changes if c.worse}
    assert worse == {
        ("owner_changed", "shop"),  # no owner any more
        ("entity_added", "shop/customers/note"),
        ("flow_entity_added", "declared:mail"),
        ("at_rest_changed", "dw/facts/email"),  # unknown -> gap
        ("retention_policy_changed", "shop/customers"),  # none declared now
        ("auth_changed", "declared:mail"),  # OAuth -> a static key
        ("gap_severity_changed", "shop"),
    }
    assert "shop/customers/email: EMAIL_ADDRESS confidence 0.60 -> 0.95" in to_text(d)


@pytest.mark.parametrize(
    ("threshold", "reported"), [(0.2, False), (0.15, True), (0.35, False), (0.1, True)]
)
def test_confidence_changes_are_reported_past_the_threshold(threshold, reported):
    moved = _changed(
        fields=(
            Field("shop", "customers", "email", "text", entities=(_hit("EMAIL_ADDRESS", 0.75),)),
            *BASE.fields[1:],
        )
    )
    d = diff(BASE, moved, confidence_threshold=threshold)
    assert [c.kind for c in d.changes] == (["confidence_changed"] if reported else [])


def test_a_system_not_scanned_is_reported_not_emptied():
    down = _changed(
        systems=(
            System("shop", "sqlite", owner="web", scanned=False, not_scanned_reason="refused"),
            *BASE.systems[1:],
        ),
        datasets=BASE.datasets[2:],
        fields=BASE.fields[4:],
        flows=(),
    )
    d = diff(BASE, down)
    assert _kinds(d) == [("system_not_scanned", "shop")]
    assert d.changes[0].description == "shop was not scanned: refused"
    assert d.notes == (
        "shop was not scanned in the new snapshot: its datasets, fields and flows are not compared",
    )


def test_new_systems_datasets_and_flows():
    new = _changed(
        systems=(*BASE.systems, System("crm", "salesforce", boundary=Boundary.CRM)),
        datasets=(*BASE.datasets, Dataset("crm", "Contact")),
        fields=(
            *BASE.fields,
            Field("crm", "Contact", "Email", "email", entities=(_hit("EMAIL_ADDRESS", 1.0),)),
        ),
        flows=(*BASE.flows, Flow("declared:crm", "shop/customers", "crm/Contact", "declared")),
    )
    d = diff(BASE, new)
    assert [c.description for c in d.changes] == [
        "new system crm (salesforce)",
        "new table crm/Contact",
        "new personal-data field crm/Contact/Email: EMAIL_ADDRESS (1.00)",
        "new flow declared:crm: shop/customers -> crm/Contact (transit unknown)",
    ]


def test_every_kind_has_a_section_and_the_order_is_stable():
    assert set(KINDS) >= {c.kind for c in diff(BASE, _changed(systems=())).changes}
    a = diff(BASE, _changed(systems=(), flows=()))
    b = diff(BASE, _changed(systems=(), flows=()))
    assert to_json(a) == to_json(b) and to_markdown(a) == to_markdown(b)


def test_markdown_caps_long_sections():
    many = _changed(
        datasets=(*BASE.datasets, *(Dataset("dw", f"t{i:03d}") for i in range(80))),
    )
    text = to_markdown(diff(BASE, many), per_section=50)
    assert text.count("- + new table dw/t") == 50
    assert "- ... and 30 more (see the JSON diff)" in text
