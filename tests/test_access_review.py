"""The quarterly access review end to end, on a real PostgreSQL database whose roles and grants
the tests create (unique names, dropped in a ``finally``): the review workbook, accepting it
into the baseline, next quarter's check failing only on access changed since, the policy's
``access:`` rules and the evidence bundle carrying the accepted review.

PostgreSQL roles are cluster-wide and other tests create some at the same time, so the checks
of a re-scan look at this module's own roles; the "nothing changed" check is of the snapshot
reviewed itself.
"""

from __future__ import annotations

import json
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from openpyxl import load_workbook

import lineage
from lineage.cli import main

from .conftest import REPO, PgDatabase, write_estate

DEMO = REPO / "sample_data" / "demo"

SCHEMA = """
CREATE SCHEMA shop;
CREATE TABLE shop.customer (id int PRIMARY KEY, email text, phone text);
CREATE TABLE shop.people (id int PRIMARY KEY, email text, ssn text);
INSERT INTO shop.customer
SELECT n, 'customer' || n || '@example.com', '+1 415 555 01' || lpad(n::text, 2, '0')
FROM generate_series(1, 30) AS n;
INSERT INTO shop.people
SELECT n, 'person' || n || '@example.com', '123-45-' || lpad(n::text, 4, '0')
FROM generate_series(1, 30) AS n;
ANALYZE;
"""


def invoke(*args: str) -> Result:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output, result.output
    return result


def one_line_error(result: Result) -> str:
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    return lines[0]


@pytest.fixture(scope="module")
def roles(pg_db: PgDatabase) -> Iterator[dict[str, str]]:
    tag = uuid.uuid4().hex[:8]
    r = {k: f"rev_{k}_{tag}" for k in ("support", "sync", "analyst", "admin", "newadmin")}
    pg_db.run(SCHEMA)
    try:
        pg_db.run(
            f"CREATE ROLE {r['support']} LOGIN PASSWORD 'support-{tag}';"
            f"CREATE ROLE {r['sync']} LOGIN PASSWORD 'sync-{tag}';"
            f"CREATE ROLE {r['analyst']} LOGIN PASSWORD 'analyst-{tag}';"
            f"CREATE ROLE {r['admin']} LOGIN SUPERUSER;"
            f"GRANT USAGE ON SCHEMA shop TO {r['support']}, {r['sync']}, {r['analyst']};"
            f"GRANT SELECT ON shop.customer TO {r['support']};"
            f"GRANT SELECT ON shop.customer TO {r['sync']};"  # email and phone: too much
            f"GRANT SELECT (id, email) ON shop.people TO {r['analyst']};"
        )
        yield r
    finally:
        for role in r.values():
            pg_db.run(
                f"DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "
                f"EXECUTE 'DROP OWNED BY {role}'; EXECUTE 'DROP ROLE {role}'; END IF; END $$"
            )


def scan(pg_db: PgDatabase, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    estate = write_estate(
        folder, f"systems:\n  db:\n    connector: postgresql\n    dsn: {pg_db.dsn}\n"
    )
    out = folder / "out"
    result = invoke("-q", "scan", str(estate), "--out", str(out))
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def q3(pg_db: PgDatabase, roles: dict[str, str], tmp_path_factory) -> Path:
    return scan(pg_db, tmp_path_factory.mktemp("q3"))


def fill(workbook: Path, decide: dict[str, tuple[str, str]], default: tuple[str, str]) -> None:
    """Decide each row as a reviewer would in Excel: ``decide`` by principal, else ``default``
    (decision, reviewer); an empty decision leaves the row undecided."""
    wb = load_workbook(workbook)
    ws = wb["Principals"]
    header = [c.value for c in ws[1]]
    col = {name: header.index(name) + 1 for name in ("principal", "decision", "reviewer")}
    for row in range(2, ws.max_row + 1):
        principal = ws.cell(row, col["principal"]).value
        decision, reviewer = decide.get(principal, default)
        ws.cell(row, col["decision"]).value = decision or None
        ws.cell(row, col["reviewer"]).value = reviewer or None
    wb.save(workbook)


def rows(workbook: Path) -> dict[str, dict[str, object]]:
    ws = load_workbook(workbook)["Principals"]
    lines = list(ws.iter_rows(values_only=True))
    return {r[1]: dict(zip(lines[0], r, strict=True)) for r in lines[1:]}


def test_the_review_workbook_lists_who_can_read_personal_data_and_no_secret(q3, roles, tmp_path):
    review = tmp_path / "review.xlsx"
    result = invoke("access-review", str(q3), "--out", str(review))
    assert result.exit_code == 0, result.output
    found = rows(review)
    assert result.output.startswith(f"Wrote {review}: {len(found)} principal(s)")
    support = found[roles["support"]]
    assert (support["system"], support["kind"], support["privileged"]) == ("db", "account", "no")
    assert support["can_read"] == "EMAIL_ADDRESS;PHONE_NUMBER"
    assert support["credential"] == "password:scram-sha-256"
    assert f"GRANT SELECT ON shop.customer TO {roles['support']}" in str(support["evidence"])
    assert found[roles["sync"]]["kind"] == "integration"
    admin = found[roles["admin"]]
    assert admin["privileged"] == "yes"
    assert str(admin["privileged_reason"]).startswith("superuser (pg_roles.rolsuper)")
    assert found[roles["analyst"]]["can_read"] == "EMAIL_ADDRESS"  # its column grant leaves ssn
    assert all(r["decision"] is None and r["reviewer"] is None for r in found.values())

    wb = load_workbook(review)
    about = {r[0]: r[1] for r in wb["About this review"].iter_rows(values_only=True) if r[0]}
    snapshot = lineage.load(q3).snapshot
    from lineage.core.review import snapshot_sha256

    assert about["Snapshot sha256"] == snapshot_sha256(snapshot)
    assert about["Scanned at"] == snapshot.scanned_at
    assert about["Principals to review"] == len(found)
    assert any("keep" in str(line) and "revoke" in str(line) for line in about)
    (choice,) = wb["Principals"].data_validations.dataValidation
    assert choice.type == "list" and choice.formula1 == '"keep,revoke"'
    header = [c.value for c in wb["Principals"][1]]
    column = chr(ord("A") + header.index("decision"))
    assert str(choice.sqref) == f"{column}2:{column}{len(found) + 1}"

    with zipfile.ZipFile(review) as archive:
        text = "".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    assert "SCRAM-SHA-256$" not in text  # no password hash
    for role in ("support", "sync", "analyst"):
        assert f"{role}-{roles[role].rsplit('_', 1)[1]}" not in text  # no password


def test_accept_refuses_an_incomplete_or_foreign_review(q3, roles, tmp_path):
    review = tmp_path / "review.xlsx"
    assert invoke("-q", "access-review", str(q3), "--out", str(review)).exit_code == 0
    baseline = tmp_path / "piimap-baseline.json"
    accept = ("access-review", "--accept", str(review), "--baseline", str(baseline))

    line = one_line_error(invoke(*accept))
    assert "row(s) not decided" in line and "set decision to keep or revoke" in line

    fill(review, {roles["support"]: ("maybe", "alice")}, ("keep", "alice"))
    line = one_line_error(invoke(*accept))
    assert f"(db/@{roles['support']}): decision 'maybe' is neither keep nor revoke" in line

    fill(review, {roles["sync"]: ("revoke", "")}, ("keep", "alice"))
    line = one_line_error(invoke(*accept))
    assert "1 decided row(s) name no reviewer" in line and f"db/@{roles['sync']}" in line

    # Another snapshot: the same estate scanned at another time has another sha256.
    other = tmp_path / "other.json"
    snapshot = lineage.load(q3).snapshot
    from dataclasses import replace

    from lineage.core import snapshot as snapshot_io

    snapshot_io.save(replace(snapshot, scanned_at="2027-01-01T00:00:00Z"), other)
    fill(review, {}, ("keep", "alice"))
    line = one_line_error(invoke(*accept[:1], str(other), *accept[1:]))
    assert "made from the snapshot of" in line and "not from this one of 2027-01-01" in line

    # A row removed: the review no longer covers everyone who can read personal data.
    wb = load_workbook(review)
    wb["Principals"].delete_rows(2)
    wb.save(review)
    line = one_line_error(invoke(*accept))
    assert "no row for" in line and "rows cannot be removed" in line
    assert not baseline.exists()  # nothing accepted

    not_a_review = tmp_path / "notes.xlsx"
    not_a_review.write_text("hello")
    line = one_line_error(invoke("access-review", "--accept", str(not_a_review)))
    assert line == f"piimap: error: {not_a_review}: not an Excel workbook (.xlsx)."


@pytest.fixture(scope="module")
def accepted(q3, roles, tmp_path_factory) -> tuple[Path, Path]:
    """The Q3 review, filled in (the sync integration revoked) and accepted: the workbook and
    the baseline."""
    folder = tmp_path_factory.mktemp("review")
    review, baseline = folder / "review-q3.xlsx", folder / "piimap-baseline.json"
    assert invoke("-q", "access-review", str(q3), "--out", str(review)).exit_code == 0
    fill(
        review,
        {roles["sync"]: ("revoke", "bob")},
        ("keep", "alice"),
    )
    result = invoke(
        "access-review", "--accept", str(review), "--baseline", str(baseline), "--by", "dpo"
    )
    assert result.exit_code == 0, result.output
    assert "accepted by dpo" in result.output and "1 revoke" in result.output
    return review, baseline


def test_accept_records_who_decided_what_on_which_snapshot(q3, roles, accepted):
    review, baseline = accepted
    data = json.loads(baseline.read_text())
    (record,) = data["access_reviews"]
    from lineage.core.review import snapshot_sha256
    from lineage.export.review import file_sha256

    assert record["snapshot_sha256"] == snapshot_sha256(lineage.load(q3).snapshot)
    assert record["workbook"] == review.name and record["workbook_sha256"] == file_sha256(review)
    assert record["accepted_by"] == "dpo" and record["reviewers"] == ["alice", "bob"]
    decisions = {p["principal"]: p for p in record["principals"]}
    assert decisions[roles["sync"]]["decision"] == "revoke"
    assert decisions[roles["sync"]]["reviewer"] == "bob"
    assert decisions[roles["support"]]["decision"] == "keep"
    assert decisions[roles["support"]]["reads"] == [
        "db/shop.customer/email",
        "db/shop.customer/phone",
    ]
    # A baseline made by the review holds the reviewed snapshot, as baseline accept would.
    assert lineage.load(baseline).snapshot == lineage.load(q3).snapshot


def test_the_reviewed_snapshot_itself_fails_only_on_the_revoke_not_done(
    q3, roles, accepted, tmp_path
):
    _, baseline = accepted
    policy = tmp_path / "policy.yaml"
    policy.write_text("version: 1\n")
    result = lineage.check(q3, policy, baseline=baseline)
    failing = [(v.rule, v.subject, v.key) for v in result.failures]
    assert failing == [("access_review", f"db/@{roles['sync']}", "revoke_not_done")]
    (v,) = result.failures
    assert "bob decided to revoke" in v.message
    assert any(f"GRANT SELECT ON shop.customer TO {roles['sync']}" in e for e in v.evidence)


def test_next_quarter_fails_on_access_changed_since_the_review(
    pg_db, q3, roles, accepted, tmp_path
):
    """Q4: the sync integration's grant is revoked as decided, the analyst gains a table, and a
    new superuser appears. The check fails on the last two only; the principals whose access is
    unchanged pass."""
    _, baseline = accepted
    pg_db.run(
        f"REVOKE SELECT ON shop.customer FROM {roles['sync']};"
        f"GRANT SELECT ON shop.customer TO {roles['analyst']};"
        f"CREATE ROLE {roles['newadmin']} LOGIN SUPERUSER;"
    )
    try:
        q4 = scan(pg_db, tmp_path / "q4")
    finally:
        pg_db.run(
            f"GRANT SELECT ON shop.customer TO {roles['sync']};"
            f"REVOKE SELECT ON shop.customer FROM {roles['analyst']};"
            f"DROP ROLE {roles['newadmin']};"
        )
    policy = tmp_path / "policy.yaml"
    policy.write_text("version: 1\nchanges: {}\n")
    result = invoke("check", str(q4), "--policy", str(policy), "--baseline", str(baseline))
    assert result.exit_code == 1, result.output
    checked = lineage.check(q4, policy, baseline=baseline)
    mine = {
        (v.rule, v.subject, v.key)
        for v in checked.failures
        if any(role in v.subject for role in roles.values())
    }
    assert mine == {
        ("access_review", f"db/@{roles['newadmin']}", "privileged_added"),
        ("access_review", f"db/@{roles['newadmin']}", "granted:db/shop.customer"),
        ("access_review", f"db/@{roles['newadmin']}", "granted:db/shop.people"),
        ("access_review", f"db/@{roles['analyst']}", "granted:db/shop.customer"),
    }
    # Access is judged against the review, not twice through the baseline's changes.
    assert not [v for v in checked.failures if v.rule == "changes" and "@" in v.subject]
    assert any("judged against the access review" in n for n in checked.notes)
    assert f"db/@{roles['newadmin']}" in result.output
    # Code scanning reads it too: the SARIF is valid and names the principal.
    import jsonschema

    from lineage.ci.reports import to_sarif

    sarif = json.loads(to_sarif(checked, "policy.yaml"))
    schema = json.loads((REPO / "tests/fixtures/sarif/sarif-schema-2.1.0.json").read_text())
    jsonschema.validate(sarif, schema)
    names = {
        loc["fullyQualifiedName"]
        for r in sarif["runs"][0]["results"]
        if r["ruleId"] == "access_review"
        for loc in r["locations"][0]["logicalLocations"]
    }
    assert f"db/@{roles['newadmin']}" in names


def test_policy_access_rules(q3, roles, accepted, tmp_path):
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        "version: 1\n"
        "access:\n"
        "  max_full_admins: 0\n"
        "  dormant_days: 90\n"
        "  allowed_integrations:\n"
        "    EMAIL_ADDRESS: [rev_sync_*]\n"
        "    PHONE_NUMBER: [crm-sync]\n"
        "  review_every: P92D\n"
    )
    result = lineage.check(q3, policy)
    by_key = {(v.subject, v.key): v for v in result.violations if v.rule == "access"}
    sync = by_key[(f"db/@{roles['sync']}", "integration:PHONE_NUMBER")]
    assert sync.fails and sync.where == "access.allowed_integrations.PHONE_NUMBER"
    assert sync.line == 7  # the policy's line, for SARIF and the text report
    assert "does not list it for PHONE_NUMBER" in sync.message
    admins = by_key[("db", "more superusers or full admins than the policy allows")]
    assert admins.fails and roles["admin"] in admins.message
    # PostgreSQL records no last login: whether superusers are dormant is a warning.
    dormant = by_key[("db", "whether privileged accounts are dormant is not known")]
    assert (dormant.level, dormant.fails) == ("warning", False)
    overdue = [v for (s, k), v in by_key.items() if k.startswith("review_overdue")]
    assert overdue and "no access review accepted" in overdue[0].message
    # With the accepted review (of the same day as the scan): the review is recent.
    _, baseline = accepted
    with_review = lineage.check(q3, policy, baseline=baseline)
    assert not [v for v in with_review.violations if v.key.startswith("review_overdue")]


def test_policy_access_rules_are_validated(tmp_path):
    policy = tmp_path / "policy.yaml"
    policy.write_text("access:\n  allowed_integrations:\n    EMAIL_ADRESS: [x]\n")
    line = one_line_error(invoke("check", str(tmp_path), "--policy", str(policy)))
    assert "access.allowed_integrations" in line and "did you mean 'EMAIL_ADDRESS'?" in line
    policy.write_text("access:\n  dormant_dys: 90\n")
    line = one_line_error(invoke("check", str(tmp_path), "--policy", str(policy)))
    assert "unknown key; did you mean 'dormant_days'?" in line


def test_the_bundle_carries_the_accepted_review(q3, accepted, tmp_path):
    review, baseline = accepted
    zipped = tmp_path / "audit.zip"
    result = invoke(
        "bundle", str(q3), "--out", str(zipped), "--review", str(review), "-b", str(baseline)
    )
    assert result.exit_code == 0, result.output
    assert "with the accepted access review review-q3.xlsx" in result.output
    with zipfile.ZipFile(zipped) as archive:
        assert archive.read(f"access-review/{review.name}") == review.read_bytes()
        record = json.loads(archive.read("access-review/acceptance.json"))
        manifest = json.loads(archive.read("manifest.json"))
    assert record["accepted_by"] == "dpo" and record["reviewers"] == ["alice", "bob"]
    from lineage.export.review import file_sha256

    listed = manifest["evidence"][f"access-review/{review.name}"]
    assert listed["sha256"] == file_sha256(review)
    assert invoke("verify", str(zipped)).exit_code == 0

    edited = tmp_path / "edited.xlsx"
    edited.write_bytes(review.read_bytes())
    fill(edited, {}, ("revoke", "mallory"))
    line = one_line_error(
        invoke(
            "bundle",
            str(q3),
            "--out",
            str(tmp_path / "b.zip"),
            "--review",
            str(edited),
            "-b",
            str(baseline),
        )
    )
    assert "was not accepted in" in line and "edited since?" in line


def test_access_review_asks_for_one_thing_at_a_time(tmp_path):
    line = one_line_error(invoke("access-review", str(tmp_path)))
    assert line == "piimap: error: give either --out FILE (write a review) or --accept FILE."
    both = ("--out", str(tmp_path / "r.xlsx"), "--accept", str(tmp_path / "r.xlsx"))
    assert one_line_error(invoke("access-review", *both)) == line
    line = one_line_error(invoke("access-review", "--out", str(tmp_path / "r.xlsx")))
    assert "--out needs the SNAPSHOT to review" in line
    assert not (tmp_path / "r.xlsx").exists()


def test_the_demo_review_shows_its_admins_and_the_integration_with_too_much_access(
    demo_out, tmp_path
):
    """The demo's wholesale shop: the review lists its WordPress administrators (one dormant)
    and the Mailchimp integration's user; revoking the integration's access and accepting the
    review makes the check fail until it is carried out."""
    review = tmp_path / "review.xlsx"
    result = invoke("access-review", str(demo_out), "--out", str(review))
    assert result.exit_code == 0, result.output
    found = rows(review)
    brandt = found["woocommerce:m.brandt"]
    assert (brandt["system"], brandt["privileged"], brandt["status"]) == (
        "wholesale",
        "yes",
        "active",
    )
    assert str(brandt["last_login"]).startswith("2026-03-02")  # dormant: March
    sync = found["woocommerce:mailchimp-sync"]
    assert (sync["kind"], sync["privileged"]) == ("integration", "yes")
    assert "EMAIL_ADDRESS" in str(sync["can_read"]) and "PHONE_NUMBER" in str(sync["can_read"])

    fill(review, {"woocommerce:mailchimp-sync": ("revoke", "dpo")}, ("keep", "ops"))
    baseline = tmp_path / "piimap-baseline.json"
    result = invoke("access-review", "--accept", str(review), "-b", str(baseline), "--by", "dpo")
    assert result.exit_code == 0, result.output
    policy = DEMO / "policy.yaml"
    checked = lineage.check(demo_out, policy, baseline=baseline)
    revokes = {(v.subject, v.key) for v in checked.failures if v.rule == "access_review"}
    assert revokes == {("wholesale/@woocommerce:mailchimp-sync", "revoke_not_done")}


def test_a_review_with_no_principal_is_not_accepted(tmp_path):
    """A snapshot whose systems' accounts were not read (SQLite files) has nothing to review:
    accepting its empty review is refused rather than recorded as a review nobody made."""
    from lineage.core import snapshot as snapshot_io
    from lineage.core.model import Snapshot, System

    path = tmp_path / "snapshot.json"
    snapshot_io.save(
        Snapshot("2026-09-30T00:00:00Z", "0", systems=(System("shop", "sqlite"),)), path
    )
    review = tmp_path / "review.xlsx"
    result = invoke("access-review", str(path), "--out", str(review))
    assert result.exit_code == 0, result.output
    assert "0 principal(s)" in result.output and rows(review) == {}
    line = one_line_error(
        invoke("access-review", "--accept", str(review), "-b", str(tmp_path / "b"))
    )
    assert "no principal may read personal data in the snapshot reviewed" in line
    assert not (tmp_path / "b").exists()


def test_a_new_baseline_acceptance_keeps_the_accepted_review(q3, roles, accepted, tmp_path):
    _, original = accepted
    baseline = tmp_path / "piimap-baseline.json"
    baseline.write_bytes(original.read_bytes())
    result = invoke("baseline", "accept", str(q3), "-b", str(baseline), "--reason", "Q3 as is")
    assert result.exit_code == 0, result.output
    data = json.loads(baseline.read_text())
    assert len(data["history"]) == 2 and len(data["access_reviews"]) == 1
    policy = tmp_path / "policy.yaml"
    policy.write_text("version: 1\n")
    failing = {(v.rule, v.key) for v in lineage.check(q3, policy, baseline=baseline).failures}
    assert failing == {("access_review", "revoke_not_done")}  # still judged by the review


def test_the_policy_dormant_period_is_its_own(tmp_path):
    """The policy's dormant_days judges the snapshot's last logins itself: an administrator
    last seen 60 days before the scan passes the estate's default 90 days (no gap in the scan)
    but fails a policy asking for 30; one never used fails either way."""
    from lineage.core import snapshot as snapshot_io
    from lineage.core.model import Principal, Snapshot, System

    def admin(name: str, last: str | None, evidence: str) -> Principal:
        return Principal(
            "shop", name, "person", "active", True, "administrator role",
            last_login=last, last_login_evidence=evidence,
        )  # fmt: skip

    snapshot = Snapshot(
        "2026-09-30T00:00:00Z",
        "0",
        systems=(System("shop", "sqlite"),),
        principals=(
            admin("recent", "2026-09-20T00:00:00Z", "wc_last_active"),
            admin("sixty", "2026-08-01T00:00:00Z", "wc_last_active"),
            admin("unused", None, "never logged in (no wc_last_active)"),
        ),
    )
    path = tmp_path / "snapshot.json"
    snapshot_io.save(snapshot, path)
    policy = tmp_path / "policy.yaml"
    policy.write_text("access:\n  dormant_days: 30\n")
    failing = {(v.subject, v.key) for v in lineage.check(path, policy).failures}
    assert failing == {
        ("shop/@sixty", "privileged account unused for longer than the dormant period"),
        ("shop/@unused", "privileged account never used"),
    }
    policy.write_text("access:\n  dormant_days: 90\n")
    failing = {(v.subject, v.key) for v in lineage.check(path, policy).failures}
    assert failing == {("shop/@unused", "privileged account never used")}
