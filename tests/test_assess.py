"""Assessment rules: retention against the oldest record, Salesforce history as an audit trail,
flow retention at the target, and the gaps with their control ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from lineage.assess import GAP_RULES, assess, sorted_gaps
from lineage.assess.statuses import dataset_retention, flow_retention
from lineage.core.config import Retention, SystemConfig
from lineage.core.dates import days
from lineage.core.model import (
    Boundary,
    Control,
    Dataset,
    EntityHit,
    Fact,
    Field,
    Flow,
    Gap,
    Status,
    System,
)

NOW = "2026-11-27T00:00:00Z"
DOCS = Path(__file__).resolve().parents[1] / "docs" / "assessment.md"
EMAIL = (EntityHit("EMAIL_ADDRESS", 0.9),)


def _dataset(**kw) -> Dataset:
    base = dict(
        system="shop",
        name="customers",
        retention_policy="P1Y",
        oldest_record="2026-01-01T00:00:00",
        oldest_record_evidence="MIN(created_at)",
    )
    base.update(kw)
    return Dataset(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kw", "pii", "status", "words"),
    [
        ({}, True, Status.OK, "within the declared P1Y"),
        ({"oldest_record": "2024-06-01"}, True, Status.GAP, "beyond the declared P1Y"),
        ({"oldest_record": None}, True, Status.UNKNOWN, "no timestamp column"),
        ({"retention_policy": None}, True, Status.GAP, "no retention policy is declared"),
        ({"retention_policy": None}, False, Status.UNKNOWN, "no retention policy"),
        ({"scanned": False}, True, Status.UNKNOWN, "was not scanned"),
    ],
)
def test_dataset_retention(kw, pii, status, words):
    control = dataset_retention(_dataset(**kw), pii, NOW)
    assert control.status is status
    assert words in control.evidence[0]


def test_durations():
    assert days("P7Y") == pytest.approx(2556.75)
    assert days("P1M2W") == pytest.approx(44.4375)
    with pytest.raises(ValueError, match="not an ISO 8601 duration"):
        days("3 years")


def test_third_party_retention_is_unknown_when_declared_and_a_gap_when_not():
    systems = {"klaviyo": System("klaviyo", "third_party", boundary=Boundary.THIRD_PARTY)}
    flow = Flow("f", "shop/customers", "klaviyo", "declared", entities=("EMAIL_ADDRESS",))
    declared = {"klaviyo": SystemConfig(kind="third_party", retention=Retention(default="P30D"))}
    control = flow_retention(flow, systems, {}, declared, {})
    assert control.status is Status.UNKNOWN and "cannot be observed" in control.evidence[0]
    control = flow_retention(flow, systems, {}, {"klaviyo": SystemConfig(kind="third_party")}, {})
    assert control.status is Status.GAP and "systems.klaviyo.retention" in control.evidence[0]


def test_flow_to_a_whole_system_takes_its_worst_personal_data_store():
    systems = {"dw": System("dw", "postgresql")}
    good = _dataset(system="dw", name="a", retention=Control(Status.OK, ("a ok",)))
    bad = _dataset(system="dw", name="b", retention=Control(Status.GAP, ("b too old",)))
    pii = {
        "dw/a": [Field("dw", "a", "e", "text", entities=EMAIL)],
        "dw/b": [Field("dw", "b", "e", "text", entities=EMAIL)],
    }
    flow = Flow("f", "shop", "dw", "declared")
    control = flow_retention(flow, systems, {"dw/a": good, "dw/b": bad}, {}, pii)
    assert control == Control(Status.GAP, ("b too old",))


def _snapshot_parts():
    crm = System(
        "crm",
        "salesforce",
        boundary=Boundary.CRM,
        owner="Sales",
        facts=(Fact("field_history.Contact", "Email", "FieldDefinition.IsFieldHistoryTracked"),),
    )
    shop = System("shop", "sqlite", owner="")
    vendor = System("crm.acme", "third_party", boundary=Boundary.THIRD_PARTY)
    datasets = [
        Dataset("crm", "Contact", retention_policy="P5Y", oldest_record="2025-01-01"),
        _dataset(oldest_record="2020-01-01"),
    ]
    fields = [
        Field("crm", "Contact", "Email", "email", entities=EMAIL),
        Field("crm", "Contact", "Phone", "phone", entities=(EntityHit("PHONE_NUMBER", 0.9),)),
        Field(
            "shop",
            "customers",
            "card",
            "text",
            entities=(EntityHit("CREDIT_CARD", 0.9),),
            at_rest=Control(Status.GAP, ("plaintext PAN",)),
        ),
    ]
    flows = [
        Flow(
            "out",
            "crm/Contact",
            "crm.acme",
            "outbound_message",
            entities=("EMAIL_ADDRESS",),
            transit=Control(Status.GAP, ("http://acme.example is not encrypted",)),
            auth="static_credential",
        ),
    ]
    return [crm, shop, vendor], datasets, fields, flows


def test_assessment_statuses_and_gaps_with_control_ids():
    systems, datasets, fields, flows = _snapshot_parts()
    assessed, out_flows, gaps = assess(NOW, {}, systems, datasets, fields, flows)
    contact = next(d for d in assessed if d.id == "crm/Contact")
    assert contact.audit.status is Status.GAP
    assert "changes to Phone are not recorded" in contact.audit.evidence[0]
    assert out_flows[0].retention.status is Status.GAP  # no retention for the third party
    found = {(g.control, g.subject): g for g in gaps}
    transit = found[("SOC2 CC6.7", "out")]
    assert transit.severity == "high"
    assert set(transit.related) == {"GDPR Art. 32", "SOC2 CC6.6"}
    assert "carries EMAIL_ADDRESS" in transit.evidence
    assert found[("SOC2 CC6.1", "out")].title == "a static credential guards a personal-data flow"
    assert ("GDPR Art. 28", "out") in found
    assert found[("SOC2 CC9.2", "crm.acme")].severity == "medium"  # not declared in the estate
    assert ("SOC2 CC7.2", "crm") in found
    at_rest = found[("SOC2 CC6.1", "shop")]
    assert at_rest.severity == "high" and "shop/customers/card (CREDIT_CARD)" in at_rest.evidence
    retention = found[("GDPR Art. 5(1)(e)", "shop/customers")]
    assert retention.severity == "high" and retention.related == ("SOC2 C1.2",)
    assert ("GDPR Art. 30", "shop") in found  # holds personal data, names no owner
    for gap in gaps:
        assert gap.evidence and gap.remediation and gap.title


def test_gaps_sort_by_severity_first():
    gaps = [
        Gap("B", "x", "low", ("e",), "r"),
        Gap("A", "y", "high", ("e",), "r"),
        Gap("A", "a", "medium", ("e",), "r"),
    ]
    assert [g.severity for g in sorted_gaps(gaps)] == ["high", "medium", "low"]


def test_oldest_record_after_the_scan_is_not_evidence():
    control = dataset_retention(_dataset(oldest_record="2030-01-01"), True, NOW)
    assert control.status is Status.UNKNOWN and "after the scan time" in control.evidence[0]


def test_views_raise_no_store_gaps_and_art28_needs_a_third_party_target():
    systems = [
        System("shop", "postgresql", owner="Web"),
        System("stripe", "third_party", boundary=Boundary.THIRD_PARTY),
    ]
    view = Dataset("shop", "v_customers", kind="view")
    fields = [Field("shop", "v_customers", "email", "text", entities=EMAIL)]
    inbound = Flow(
        "in",
        "stripe",
        "shop/v_customers",
        "declared",
        entities=("EMAIL_ADDRESS",),
        transit=Control(Status.OK, ("https",)),
    )
    _, _, gaps = assess(NOW, {}, systems, [view], fields, [inbound])
    assert not [g for g in gaps if g.subject == "shop/v_customers"]
    assert not [g for g in gaps if g.control == "GDPR Art. 28"]


@pytest.mark.parametrize("rule", GAP_RULES, ids=lambda rule: rule.__name__)
def test_every_gap_rule_names_its_control_in_the_docs(rule):
    control = (rule.__doc__ or "").split(":")[0]
    rows = [r for r in DOCS.read_text(encoding="utf-8").splitlines() if r.startswith("| ")]
    assert any(f"| {control} |" in r for r in rows), f"{rule.__name__}: no row for {control!r}"
