"""Baselines: accept the demo as it is, then the gate fails only on what the quarter changed and
the policy does not allow; re-accepting keeps the history."""

from __future__ import annotations

import json

import jsonschema
import pytest
from click.testing import CliRunner
from junitparser import JUnitXml, Skipped

from lineage.ci import baseline as baselines
from lineage.ci.policy import load_policy
from lineage.ci.rules import check
from lineage.cli import main
from lineage.core import snapshot as snapshot_io

from .ci_estate import QUARTER, policy, scanned
from .conftest import REPO

SARIF_SCHEMA = json.loads((REPO / "tests/fixtures/sarif/sarif-schema-2.1.0.json").read_text())
REASON = "Q3 review: known findings tracked in PRIV-12"

#: What the quarter's changes fail against a baseline of the demo, by rule and subject.
QUARTER_FAILURES = {
    # new violations of the policy's rules
    ("third_parties", "declared:loyalty-sync"),
    ("transit", "declared:newsletter-sync"),
    ("retention", "storefront/orders"),
    ("gaps", "declared:newsletter-sync"),
    # changes since the baseline that add risk, each needing a review
    ("changes", "storefront/customers/recovery_email"),  # the new column of e-mails
    ("changes", "storefront.rewardly"),  # the http endpoint's third party
    ("changes", "integration_config:storefront:points-rewardly-example"),  # ... and its flow
    ("changes", "declared:newsletter-sync"),  # TLS off (the transit change and the new gap)
    ("changes", "storefront/orders"),  # longer retention
    ("changes", "loyaltyhub"),  # the new third party
    ("changes", "declared:loyalty-sync"),  # ... its flow and its gap
}


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return scanned(tmp_path_factory)


@pytest.fixture(scope="module")
def quarter(tmp_path_factory):
    return scanned(tmp_path_factory, *QUARTER)


def _invoke(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env)


@pytest.fixture
def accepted(base, tmp_path):
    """The demo accepted with its policy's current violations, by alice."""
    path = tmp_path / "piimap-baseline.json"
    result = _invoke(
        "baseline", "accept", str(base), "--policy", str(policy(tmp_path)),
        "--reason", REASON, "--baseline", str(path),
        env={"GITHUB_ACTOR": "alice", "SOURCE_DATE_EPOCH": "1790000100"},
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output == (
        "Accepted the snapshot of 2026-09-21T14:13:20Z with 47 violation(s) in "
        f"{path} (acceptance 1, by alice).\n"
    )
    return path


def test_the_baseline_records_who_when_why_and_what(accepted, base):
    data = json.loads(accepted.read_text())
    (record,) = data["history"]
    assert record["by"] == "alice" and record["reason"] == REASON
    assert record["at"] == "2026-09-21T14:15:00Z"
    assert record["snapshot_scanned_at"] == "2026-09-21T14:13:20Z" and record["violations"] == 47
    assert len(record["snapshot_sha256"]) == len(record["policy_sha256"]) == 64
    assert len(data["violations"]) == 47
    assert snapshot_io.from_data(data["snapshot"]) == snapshot_io.load(base)
    text = accepted.read_text()
    assert "pk_6f1e0c9b8a7d4e3f2a1b0c9d8e7f6a5b4c" not in text  # the demo's plain-text key


def test_the_accepted_state_passes(accepted, base, tmp_path):
    result = _invoke(
        "check", "--policy", str(policy(tmp_path)), "--baseline", str(accepted), str(base)
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(
        "piimap check: passed: 0 violation(s) fail the check, 47 accepted in the baseline"
    )
    assert lines[1] == (
        "baseline: snapshot of 2026-09-21T14:13:20Z accepted by alice on 2026-09-21T14:15:00Z: "
        f"{REASON} (47 violation(s) accepted)"
    )
    assert "  accepted declared:shipping-labels: storefront -> shipfast carries" in result.output


def test_the_quarter_fails_on_what_changed(accepted, quarter, tmp_path):
    loaded = load_policy(policy(tmp_path))
    result = check(snapshot_io.load(quarter), loaded, baselines.load(accepted))
    assert {(v.rule, v.subject) for v in result.failures} == QUARTER_FAILURES
    changes = {v.key for v in result.failures if v.rule == "changes"}
    assert changes == {
        "pii_field_added:" + next(k.split(":", 1)[1] for k in changes if k.startswith("pii_")),
        "third_party_added:storefront.rewardly",
        "flow_added:",
        "transit_changed:gap",
        "gap_added:SOC2 CC6.7 (high)",
        "retention_policy_changed:P10Y",
        "third_party_added:loyaltyhub",
        "flow_added:EMAIL_ADDRESS, PERSON_NAME",
        "gap_added:GDPR Art. 28 (medium)",
    }
    assert sum(bool(v.accepted) for v in result.violations) == 47  # nothing was fixed
    assert result.resolved == ()
    assert result.notes == ()
    cli = _invoke(
        "check", "--policy", str(policy(tmp_path)), "--baseline", str(accepted), str(quarter)
    )
    assert cli.exit_code == 1
    assert (
        "  FAIL     storefront/customers/recovery_email: not in the baseline: new personal-data "
        "field storefront/customers/recovery_email: EMAIL_ADDRESS ("
    ) in cli.output


def test_changes_the_policy_allows_pass(accepted, quarter, tmp_path):
    text = (
        (REPO / "sample_data/demo/policy.yaml")
        .read_text()
        .replace(
            '    - {kind: pii_field_added, subject: "analytics/*"',
            '    - {kind: pii_field_added, subject: "storefront/customers/*"}\n'
            '    - {kind: "*", subject: "storefront.rewardly"}\n'
            '    - {kind: pii_field_added, subject: "analytics/*"',
        )
    )
    result = check(
        snapshot_io.load(quarter), load_policy(policy(tmp_path, text)), baselines.load(accepted)
    )
    changes = {v.subject for v in result.failures if v.rule == "changes"}
    assert "storefront/customers/recovery_email" not in changes
    assert "storefront.rewardly" not in changes
    assert "changes: 2 change(s) since the baseline allowed by policy" in result.notes
    assert any(
        n.startswith("the policy changed since the baseline was accepted") for n in result.notes
    )


def test_reaccepting_keeps_the_history_and_passes(accepted, quarter, base, tmp_path):
    result = _invoke(
        "baseline", "accept", str(quarter), "-p", str(policy(tmp_path)), "-b", str(accepted),
        "--reason", "Q4: loyalty programme approved (DPIA-7)", "--by", "bob",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "(acceptance 2, by bob)" in result.output
    history = json.loads(accepted.read_text())["history"]
    assert [(h["by"], h["reason"]) for h in history] == [
        ("alice", REASON),
        ("bob", "Q4: loyalty programme approved (DPIA-7)"),
    ]
    passed = _invoke("check", "-p", str(policy(tmp_path)), "-b", str(accepted), str(quarter))
    assert passed.exit_code == 0, passed.output
    # Going back to the old state resolves the quarter's findings and reviews nothing new.
    back = check(snapshot_io.load(base), load_policy(policy(tmp_path)), baselines.load(accepted))
    assert back.passed
    assert any("declared:loyalty-sync" in m for m in back.resolved)


def test_sarif_and_junit_mark_accepted_findings(accepted, quarter, tmp_path):
    out = tmp_path / "piimap.sarif"
    args = ["check", "-p", str(policy(tmp_path)), "-b", str(accepted), str(quarter)]
    assert _invoke(*args, "--format", "sarif", "-o", str(out)).exit_code == 1
    log = json.loads(out.read_text())
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    results = log["runs"][0]["results"]
    unchanged = [r for r in results if r["baselineState"] == "unchanged"]
    new = [r for r in results if r["baselineState"] == "new"]
    assert len(unchanged) == 47 and all(
        r["suppressions"][0]["status"] == "accepted" for r in unchanged
    )
    assert unchanged[0]["suppressions"][0]["justification"].endswith(REASON)
    assert {r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] for r in new} == {
        subject for _, subject in QUARTER_FAILURES
    }
    xml_path = tmp_path / "piimap.xml"
    assert _invoke(*args, "--format", "junit", "-o", str(xml_path)).exit_code == 1
    xml = JUnitXml.fromfile(str(xml_path))
    skipped = [c for s in xml for c in s if any(isinstance(r, Skipped) for r in c.result)]
    assert skipped and all(REASON in c.result[0].message for c in skipped)
    suites = {s.name: s for s in xml}
    assert suites["changes"].failures == 7  # one test case per subject: 9 changes, 7 subjects


def test_diff_against_the_baseline(accepted, quarter):
    result = _invoke("diff", "--format", "markdown", str(accepted), str(quarter))
    assert result.exit_code == 0
    assert result.output.startswith("### piimap diff: 9 change(s), 9 adding risk")


def test_accept_errors_exit_2(base, tmp_path):
    empty = _invoke("baseline", "accept", str(base), "--reason", "  ", "-b", str(tmp_path / "b"))
    assert empty.exit_code == 2 and "--reason is empty" in empty.output
    assert _invoke("baseline", "accept", str(base)).exit_code == 2  # --reason is required
    broken = tmp_path / "broken.json"
    broken.write_text('{"piimap_baseline": 1, "history": []}')
    refused = _invoke("baseline", "accept", str(base), "--reason", "x", "-b", str(broken))
    assert refused.exit_code == 2
    assert refused.output == f"piimap: error: {broken}: malformed baseline: no 'violations' key.\n"
    assert broken.read_text() == '{"piimap_baseline": 1, "history": []}'  # not overwritten
    broken.write_text('{"piimap_baseline": 1, "history": [], "violations": []}')
    refused = _invoke("baseline", "accept", str(base), "--reason", "x", "-b", str(broken))
    assert "malformed baseline: no acceptance in its history" in refused.output
    newer = tmp_path / "newer.json"
    newer.write_text('{"piimap_baseline": 2}')
    result = _invoke("check", "-p", str(policy(tmp_path)), "-b", str(newer), str(base))
    assert (
        result.exit_code == 2 and "baseline format 2 is not one this piimap reads" in result.output
    )


def test_the_acceptor_comes_from_the_environment():
    assert baselines.acceptor({"GITLAB_USER_LOGIN": "carol", "USER": "ci"}) == "carol"
    assert baselines.acceptor({}) == "unknown"


@pytest.mark.parametrize(
    ("question", "flow"),
    [
        (("where", "EMAIL_ADDRESS", "--json"), "declared:newsletter-sync"),
        (("trace", "storefront/customers/email", "--json"), "declared:nightly-contact-sync"),
    ],
)
def test_where_and_trace_read_a_baseline_as_diff_and_check_do(accepted, base, question, flow):
    """One loader for every command: the accepted snapshot answers as the snapshot itself."""
    on_baseline = _invoke(*question, "--snapshot", str(accepted))
    on_snapshot = _invoke(*question, "--snapshot", str(base))
    assert on_baseline.exit_code == 0, on_baseline.output
    assert on_baseline.output == on_snapshot.output
    assert f'"flow": "{flow}"' in on_baseline.output
