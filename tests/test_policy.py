"""piimap check: the demo against its policy, the quarter's changes, each rule, the policy file's
errors, and the four formats (SARIF validated against the 2.1.0 schema, JUnit read back)."""

from __future__ import annotations

import json

import jsonschema
import pytest
from click.testing import CliRunner
from junitparser import Failure, JUnitXml, Skipped

from lineage.ci.policy import load_policy, matches, selector
from lineage.ci.rules import check
from lineage.cli import main
from lineage.core import snapshot as snapshot_io
from lineage.core.errors import ConfigError
from lineage.core.model import ScanIssue

from .ci_estate import QUARTER, policy, scanned
from .conftest import REPO

SARIF_SCHEMA = json.loads((REPO / "tests/fixtures/sarif/sarif-schema-2.1.0.json").read_text())

#: The rules the demo policy has, in the order every report lists them.
RULES_RUN = [
    "third_parties", "transit", "at_rest", "retention", "banned_flows", "owners", "gaps", "access",
    "scan",
]  # fmt: skip
#: What the demo fails, by rule and subject (sample_data/demo/policy.yaml says why).
DEMO_FAILURES = {
    ("third_parties", "cdc:crm:change-data-capture-contactchangeevent-on-changeevents"),
    ("third_parties", "extension:wholesale:mailchimp-intuit"),
    ("third_parties", "outbound_message:crm:new-lead-to-marketing"),
    ("third_parties", "webhook:wholesale:hooks-partner-erp-example"),
    ("transit", "declared:shipping-labels"),
    ("retention", "analytics/customer_ltv"),
    ("banned_flows", "cdc:crm:change-data-capture-contactchangeevent-on-changeevents"),
    ("gaps", "analytics/customer_ltv"),
    ("gaps", "declared:shipping-labels"),
    ("gaps", "integrations/klaviyo.yaml:7"),
    ("gaps", "storefront/admin_users"),
    ("gaps", "storefront/customers"),
    ("gaps", "wholesale: wp_options: woocommerce_stripe_settings[secret_key]"),
    ("gaps", "wholesale: wp_wc_webhooks: webhook 1 (order.created, active) secret"),
    ("gaps", "wholesale: wp_woocommerce_api_keys: key 1 (read_write) consumer_secret"),
    ("gaps", "wholesale: wp_woocommerce_api_keys: key 2 (write) consumer_secret"),
    # Access: more full admins than two, a dormant administrator, the Mailchimp integration's
    # user (an administrator), its application password and its API key reading more than
    # e-mail addresses.
    ("access", "crm/@dean.thompson@larkspur-co.example"),
    ("access", "wholesale"),
    ("access", "wholesale/@woocommerce:m.brandt"),
    ("access", "wholesale/@woocommerce:mailchimp-sync"),
    (
        "access",
        "wholesale/@woocommerce:mailchimp-sync application password Mailchimp for WooCommerce",
    ),
    ("access", "wholesale/@woocommerce:api key 1 Mailchimp for WooCommerce"),
    # The Redis session store: its open default user and no TLS, carts and cached profiles
    # that never expire.
    ("gaps", "session_store"),
    ("gaps", "session_store/cart:<n>"),
    ("gaps", "session_store/customer:<n>:profile"),
}


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return scanned(tmp_path_factory)


@pytest.fixture(scope="module")
def quarter(tmp_path_factory):
    return scanned(tmp_path_factory, *QUARTER)


@pytest.fixture
def demo_policy(tmp_path):
    return policy(tmp_path)


def _check(*args: str):
    return CliRunner().invoke(main, ["check", *args])


def _failing(result) -> set[tuple[str, str]]:
    return {(v.rule, v.subject) for v in result.failures}


def test_the_demo_fails_its_policy_in_the_expected_ways(base, demo_policy):
    result = check(snapshot_io.load(base), load_policy(demo_policy))
    assert _failing(result) == DEMO_FAILURES
    warnings = {(v.rule, v.subject) for v in result.violations if v.level == "warning"}
    assert ("at_rest", "storefront/admin_users/password_hash") in warnings
    assert (
        "transit",
        "sql_job:nightly-warehouse-load:storefront/orders->analytics/customer_ltv",
    ) in warnings
    assert ("retention", "crm/Contact") in warnings  # no retention declared for the CRM
    assert [o.rule for o in result.rules] == RULES_RUN
    assert result.notes == ("changes: not reviewed, as no baseline was given (--baseline)",)


def test_the_demo_check_exits_1_and_says_why(base, demo_policy):
    result = _check("--policy", str(demo_policy), str(base))
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(
        "piimap check: FAILED: 26 violation(s) fail the check, 21 warning(s) (policy "
    )
    assert (
        "  FAIL     declared:shipping-labels: storefront -> shipfast carries PERSON_NAME, "
        "PHONE_NUMBER, POSTAL_CODE, STREET_ADDRESS unencrypted"
    ) in lines
    assert (
        "  FAIL     cdc:crm:change-data-capture-contactchangeevent-on-changeevents: crm/Contact -> "
        "crm.cdc carries NATIONAL_ID, banned from crm.*: national ids never leave the CRM"
    ) in lines
    assert "owners (line 44): 0 failing of 6 checked" in lines


def test_the_quarter_adds_the_violations_its_changes_cause(base, quarter, demo_policy):
    loaded = load_policy(demo_policy)
    before = {v.fingerprint for v in check(snapshot_io.load(base), loaded).failures}
    after = check(snapshot_io.load(quarter), loaded).failures
    new = {(v.rule, v.subject, v.message) for v in after if v.fingerprint not in before}
    assert new == {
        # TLS turned off
        (
            "transit",
            "declared:newsletter-sync",
            "storefront/newsletter_subscriptions -> klaviyo carries EMAIL_ADDRESS unencrypted",
        ),
        (
            "gaps",
            "declared:newsletter-sync",
            "SOC2 CC6.7 (high): personal data travels unencrypted",
        ),
        # longer retention
        (
            "retention",
            "storefront/orders",
            "storefront/orders declares retention P10Y, longer than the P7Y "
            "retention.max.personal allows",
        ),
        # a new third party the policy does not allow
        (
            "third_parties",
            "declared:loyalty-sync",
            "storefront/customers -> loyaltyhub sends EMAIL_ADDRESS, PERSON_NAME; "
            "third_parties.allowed does not list loyaltyhub for EMAIL_ADDRESS, personal",
        ),
    }
    # The new e-mail column and the http endpoint (no personal data known to go there) break no
    # rule of their own: a baseline's change review catches them (tests/test_baseline.py).


def test_card_data_into_the_crm_is_a_banned_flow(tmp_path_factory, base, demo_policy):
    cards = scanned(tmp_path_factory, "cards_to_crm")
    result = _check("--policy", str(demo_policy), str(cards))
    assert result.exit_code == 1
    assert (
        "  FAIL     declared:card-to-crm: storefront/payments -> crm/Contact carries CREDIT_CARD, "
        "banned from crm: card data stays out of the CRM (PCI DSS scope)"
    ) in result.output.splitlines()


def test_a_policy_the_demo_meets_exits_0(base, tmp_path):
    path = policy(
        tmp_path,
        "owners: {required_for_pii: true}\n"
        "transit: {require_encryption_for: [CREDIT_CARD, sensitive_authentication_data]}\n"
        "third_parties: {allowed: {user.financial: [stripe]}}\n",
    )
    result = _check("--policy", str(path), str(base))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("piimap check: passed: 0 violation(s) fail the check")


# --- the rules one by one, on the demo ------------------------------------------------------


def _run(snapshot, tmp_path, text: str):
    return check(snapshot, load_policy(policy(tmp_path, text)))


@pytest.mark.parametrize(
    ("unknown", "failing", "warned"), [("fail", 11, 0), ("warn", 1, 10), ("ignore", 1, 0)]
)
def test_transit_unknown_is_configurable(demo_snapshot, tmp_path, unknown, failing, warned):
    result = _run(
        demo_snapshot,
        tmp_path,
        f"transit: {{require_encryption_for: [personal], unknown: {unknown}}}\n"
        "scan: {partial: ignore}\n",
    )
    assert len(result.failures) == failing
    assert sum(v.level == "warning" for v in result.violations) == warned


def test_retention_takes_the_strictest_limit(demo_snapshot, tmp_path):
    result = _run(
        demo_snapshot,
        tmp_path,
        "retention:\n  max: {personal: P10Y, EMAIL_ADDRESS: P2Y}\n  systems: {storefront: P5Y}\n"
        "  undeclared: ignore\n",
    )
    orders = [v for v in result.violations if v.subject == "storefront/orders"]
    assert {v.key for v in orders} == {"declared", "oldest"}
    assert all(v.where == "retention.max.EMAIL_ADDRESS" for v in orders)
    assert orders[0].line == 2  # the line of max: in the policy file


def test_owners_names_a_system_without_one(tmp_path):
    from lineage.core.model import EntityHit, Field, Snapshot, System

    snapshot = Snapshot(
        scanned_at="2026-01-01T00:00:00Z",
        piimap_version="0",
        systems=(System("shop", "sqlite"),),
        fields=(
            Field("shop", "users", "email", "text", entities=(EntityHit("EMAIL_ADDRESS", 1),)),
        ),
    )
    result = _run(snapshot, tmp_path, "owners: {required_for_pii: true}\n")
    (v,) = result.failures
    assert (v.rule, v.subject, v.evidence) == ("owners", "shop", ("shop/users",))
    assert v.message == "shop holds personal data in 1 dataset(s) and names no owner"


def test_a_partial_scan_fails_unless_the_policy_says_otherwise(demo_snapshot, tmp_path):
    import dataclasses

    partial = dataclasses.replace(
        demo_snapshot, issues=(ScanIssue("warehouse", "not_scanned", "cannot connect"),)
    )
    (v,) = _run(partial, tmp_path, "description: only the defaults\n").failures
    assert (v.rule, v.subject, v.message) == (
        "scan",
        "warehouse",
        "warehouse was not scanned: cannot connect",
    )
    assert not _run(partial, tmp_path, "scan: {partial: warn}\n").failures


def test_a_misspelt_system_is_a_note(demo_snapshot, tmp_path):
    result = _run(demo_snapshot, tmp_path, "retention: {systems: {analytcs: P2Y}}\n")
    assert "retention.systems: no system 'analytcs' in the snapshot; did you mean 'analytics'?" in (
        result.notes
    )


@pytest.mark.parametrize(
    ("sel", "entity", "expected"),
    [
        ("EMAIL_ADDRESS", "EMAIL_ADDRESS", True),
        ("EMAIL_ADDRESS", "PHONE_NUMBER", False),
        ("personal", "MY_CUSTOM_ENTITY", True),
        ("sensitive", "MY_CUSTOM_ENTITY", False),
        ("cardholder_data", "CREDIT_CARD", True),
        ("cardholder_data", "CARD_LAST4", False),
        ("sensitive_authentication_data", "CARD_CVV", True),
        ("pci", "CARD_CVV", True),
        ("sensitive", "NATIONAL_ID", True),
        ("sensitive", "EMAIL_ADDRESS", False),
        ("special", "NATIONAL_ID", False),
        ("special", "HEALTH", True),
        ("special", "CRIMINAL_OFFENCE", False),  # Art. 10 data is no Art. 9 special category
        ("criminal", "CRIMINAL_OFFENCE", True),
        ("criminal", "HEALTH", False),
        ("sensitive", "CRIMINAL_OFFENCE", True),
        ("user.criminal_history", "CRIMINAL_OFFENCE", True),
        ("customer_records", "PHONE_NUMBER", True),
        ("user.financial", "BANK_ACCOUNT", True),
        ("user.financial", "PAYMENT_TOKEN", False),  # user.payment
        ("user.contact", "EMAIL_ADDRESS", True),
    ],
)
def test_selectors(sel, entity, expected):
    assert matches(selector(sel), entity) is expected


# --- the policy file's errors ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("transits: {}\n", "transits: unknown key; did you mean 'transit'?"),
        ("transit: {require_encryption: [personal]}\n",
         "transit.require_encryption: unknown key; did you mean 'require_encryption_for'?"),
        ("transit: {require_encryption_for: [cardholder]}\n",
         "transit.require_encryption_for: unknown category 'cardholder'; did you mean "
         "'cardholder_data'?"),
        ("at_rest: {require_encryption_for: [EMAIL_ADRESS]}\n",
         "unknown entity 'EMAIL_ADRESS'; did you mean 'EMAIL_ADDRESS'?"),
        ("retention: {max: {personal: 3 years}}\n",
         "retention.max: expected an ISO 8601 duration such as P3Y or P90D, got '3 years'"),
        ("transit: {unknown: maybe}\n",
         "transit.unknown: Input should be 'fail', 'warn' or 'ignore'"),
        ("banned_flows: [{entities: [CREDIT_CARD], to: crm, form: shop}]\n",
         "banned_flows.0.form: unknown key; did you mean 'from'?"),
        ("banned_flows: [{entities: [CREDIT_CARD]}]\n", "banned_flows.0.to: Field required"),
        ("changes: {review: [third_party_add]}\n",
         "changes.review: unknown kind of change 'third_party_add'; did you mean "
         "'third_party_added'?"),
        ("gaps: {fail_on: [critical]}\n",
         "gaps.fail_on.0: Input should be 'high', 'medium' or 'low'"),
        ("version: 2\n", "version: Input should be 1"),
        ("- transit\n", "expected a mapping of rules"),
        ("transit: {require_encryption_for: [personal]\n", "malformed YAML"),
    ],
)  # fmt: skip
def test_policy_errors_exit_2_with_one_line(base, tmp_path, text, message):
    path = policy(tmp_path, text)
    result = _check("--policy", str(path), str(base))
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    (line,) = result.output.splitlines()
    assert line.startswith(f"piimap: error: {path}")
    assert message in line
    with pytest.raises(ConfigError):
        load_policy(path)


def test_usage_errors_exit_2(base, tmp_path):
    assert _check(str(base)).exit_code == 2  # no --policy
    missing = _check("--policy", str(tmp_path / "none.yaml"), str(base))
    assert missing.exit_code == 2 and "cannot read the policy" in missing.output
    nothing = _check("--policy", str(policy(tmp_path)), str(tmp_path / "none"))
    assert nothing.exit_code == 2 and "no snapshot there" in nothing.output
    assert _check("--policy", str(policy(tmp_path)), "--format", "xml", str(base)).exit_code == 2


# --- formats ---------------------------------------------------------------------------------


def test_sarif_validates_against_the_2_1_0_schema(base, demo_policy, tmp_path):
    out = tmp_path / "piimap.sarif"
    result = _check("--policy", str(demo_policy), "--format", "sarif", "-o", str(out), str(base))
    assert result.exit_code == 1
    assert result.output.startswith("piimap check: FAILED: 26 violation(s)")
    log = json.loads(out.read_text())
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    (run,) = log["runs"]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rules == RULES_RUN
    assert len(run["results"]) == 47
    levels = [r["level"] for r in run["results"]]
    assert levels.count("error") == 26 and levels.count("warning") == 21
    shipping = next(
        r for r in run["results"]
        if r["ruleId"] == "transit" and r["level"] == "error"
    )  # fmt: skip
    (location,) = shipping["locations"]
    assert location["logicalLocations"] == [
        {"fullyQualifiedName": "declared:shipping-labels", "kind": "resource"}
    ]
    physical = location["physicalLocation"]
    assert physical["region"]["startLine"] == 20  # require_encryption_for in the policy
    assert demo_policy.read_text().splitlines()[19].strip().startswith("require_encryption_for")
    assert rules[shipping["ruleIndex"]] == "transit"
    fingerprints = [r["partialFingerprints"]["primaryLocationLineHash"] for r in run["results"]]
    assert len(set(fingerprints)) == len(fingerprints)


def test_junit_reads_back_with_a_junit_parser(base, demo_policy, tmp_path):
    out = tmp_path / "piimap.xml"
    result = _check("--policy", str(demo_policy), "--format", "junit", "-o", str(out), str(base))
    assert result.exit_code == 1
    xml = JUnitXml.fromfile(str(out))
    suites = {suite.name: suite for suite in xml}
    assert list(suites) == RULES_RUN
    assert (suites["third_parties"].tests, suites["third_parties"].failures) == (10, 4)
    assert (suites["owners"].tests, suites["owners"].failures) == (6, 0)
    # 26 violations in 25 cases: the session store's two gaps are one case (subject session_store).
    assert xml.failures == 25 and xml.errors == 0
    failed = {
        case.name for case in suites["transit"] if any(isinstance(r, Failure) for r in case.result)
    }
    assert failed == {"declared:shipping-labels"}
    case = next(c for c in suites["transit"] if c.name == "declared:shipping-labels")
    assert case.classname == "piimap.transit"
    (failure,) = case.result
    assert failure.type == "high" and "unencrypted" in failure.message
    assert "evidence: estate config flows[2] (shipping-labels)" in failure.text
    warned = next(c for c in suites["at_rest"] if c.name == "storefront/admin_users/password_hash")
    assert warned.is_passed and "warn: " in warned.system_out
    assert not any(isinstance(r, Skipped) for s in xml for c in s for r in c.result)


def test_markdown_is_a_comment(base, demo_policy):
    result = _check("--policy", str(demo_policy), "--format", "markdown", str(base))
    assert result.exit_code == 1
    text = result.output
    assert text.startswith("### piimap check: FAILED: 26 violation(s) fail the check")
    assert "| `transit` | 18 | 1 | 10 | 0 |" in text
    assert "- **FAIL** `declared:shipping-labels`: storefront -> shipfast carries" in text
