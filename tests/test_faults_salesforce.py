"""Fault injection against the Salesforce fake: each fault ends with the documented exit code,
the issues an auditor reads in snapshot.json, and every result read before the fault kept.

The scans run through ``piimap scan`` (exit code, snapshot.json) or the connector (what it
keeps); the fake's switches are :class:`connectors.salesforce.fake.Faults`. Retries are one, with
no backoff, so every test is quick.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from connectors.salesforce.fake import FakeSalesforce, Faults
from lineage.cli import main

from .conftest import write_estate
from .test_salesforce_connector import ORG, RECORD_VALUES, connector, session_auth

OBJECTS = ["Account", "Contact", "Individual", "Loyalty__c"]  # scanned in this order
OPTIONS = {"retries": 1, "retry_backoff": 0}


@pytest.fixture
def fake() -> Iterator[FakeSalesforce]:
    with FakeSalesforce(copy.deepcopy(ORG), faults=Faults(), page_size=2) as server:
        yield server


def calls_before(path_end: str, soql: str = "") -> int:
    """Data calls a clean scan makes before its first call to ``path_end`` (with ``soql`` in
    its query, when given): where to set ``Faults.request_limit_after``. Measured, not hard-coded,
    so a change in the calls a scan makes does not move the fault elsewhere."""
    with FakeSalesforce(copy.deepcopy(ORG), page_size=2) as clean:
        counted: list[str] = []
        original = clean.handle

        def handle(method: str, raw_path: str, headers: Any, body: bytes) -> tuple[int, Any]:
            if "/services/data/v" in raw_path:
                counted.append(raw_path)
            return original(method, raw_path, headers, body)

        clean.handle = handle  # type: ignore[method-assign]
        auth, env = session_auth(clean)
        connector(auth, env, options=OPTIONS).scan()
    for i, raw in enumerate(counted):
        path = raw.split("?")[0].rstrip("/")
        if path.endswith(path_end) and soql.replace(" ", "+") in raw.replace("%20", "+"):
            return i
    raise AssertionError(f"a clean scan makes no call to {path_end}")


def scan_cli(fake: FakeSalesforce, tmp_path: Path, **system: Any) -> tuple[int, dict[str, Any]]:
    """``piimap scan`` of an estate with the fake org; the exit code and snapshot.json."""
    options = json.dumps({**OPTIONS, **system.pop("options", {})})
    extra = "".join(f"    {k}: {json.dumps(v)}\n" for k, v in system.items())
    path = write_estate(
        tmp_path,
        f"""
systems:
  crm:
    connector: salesforce
    auth: {{method: session, instance_url: "{fake.url}", session_id: "${{SF_SESSION}}"}}
    options: {options}
{extra}""",
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["-q", "scan", str(path), "--out", str(out)], env={"SF_SESSION": fake.session_id}
    )
    assert "Traceback" not in result.output, result.output
    written = (out / "snapshot.json").read_text() if (out / "snapshot.json").exists() else "{}"
    for value in [*RECORD_VALUES, fake.session_id]:
        assert value not in result.output and value not in written
    return result.exit_code, json.loads(written)


def datasets(snapshot: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {d["name"]: d for d in snapshot["datasets"]}


def pii_fields(snapshot: dict[str, Any], dataset: str) -> set[str]:
    return {f["name"] for f in snapshot["fields"] if f["dataset"] == dataset and f["entities"]}


# --- REQUEST_LIMIT_EXCEEDED -----------------------------------------------------------------


def test_api_limit_mid_scan_keeps_the_objects_read_and_exits_3(fake, tmp_path):
    fake.faults.request_limit_after = calls_before("sobjects/Individual/describe")
    code, snapshot = scan_cli(fake, tmp_path)
    assert code == 3
    found = datasets(snapshot)
    assert set(found) == set(OBJECTS)
    # Account and Contact were read before the limit: kept with their fields and findings.
    assert found["Account"]["scanned"] and found["Contact"]["scanned"]
    assert found["Contact"]["oldest_record"] == "2019-03-04T05:06:07Z"
    assert {"Email", "Phone"} <= pii_fields(snapshot, "Contact")
    # The rest are listed, not scanned, with the reason.
    for name in ("Individual", "Loyalty__c"):
        assert not found[name]["scanned"]
        assert (
            "API request limit was reached (REQUEST_LIMIT_EXCEEDED)"
            in (found[name]["not_scanned_reason"])
        )
    # One issue says what happened and what to do; the system counts as scanned.
    issues = snapshot["issues"]
    assert len(issues) == 1 and issues[0]["subject"] == "crm" and issues[0]["kind"] == "partial"
    message = issues[0]["message"]
    assert "Salesforce API request limit exceeded during describe Individual" in message
    assert "gave up after 1 retries" in message
    assert "2 of 4 object(s) were read and kept" in message
    assert "2 are listed as not scanned (Individual, Loyalty__c)" in message
    assert "third parties were not read" in message and "use include:" in message
    assert {s["id"]: s["scanned"] for s in snapshot["systems"]}["crm"] is True
    # No call was made after the limit but the one retry of the call that hit it.
    assert fake.api_usage == fake.faults.request_limit_after + 2


def test_api_limit_while_sampling_keeps_the_objects_fields(fake):
    sampling = calls_before("/query", "SELECT FirstName")  # Contact's sampling query
    fake.faults.request_limit_after = sampling
    auth, env = session_auth(fake)
    result = connector(auth, env, options=OPTIONS).scan()
    found = {d.name: d for d in result.datasets}
    assert found["Account"].scanned and not found["Contact"].scanned
    assert found["Contact"].not_scanned_reason.endswith("while this object was read")
    # Contact's describe was read before the limit: its fields are kept, its values are not.
    assert {"Email", "Phone"} <= {f.name for f in result.fields if f.dataset == "Contact"}
    assert not [k for k in result.samples if k.startswith("crm/Contact/")]
    assert [i.kind for i in result.issues] == ["partial"]
    assert (
        "3 are listed as not scanned (Contact, Individual, Loyalty__c)" in result.issues[0].message
    )


def test_api_limit_while_reading_third_parties_keeps_every_object(fake):
    fake.faults.request_limit_after = calls_before("/query", "FROM NamedCredential")
    auth, env = session_auth(fake)
    result = connector(auth, env, options=OPTIONS).scan()
    assert all(d.scanned for d in result.datasets) and len(result.datasets) == 4
    # Third parties read before the limit (installed packages, remote sites) are kept.
    assert {"installed_package", "remote_site"} <= {t.kind for t in result.third_parties}
    assert "named_credential" not in {t.kind for t in result.third_parties}
    (issue,) = result.issues
    assert "4 of 4 object(s) were read and kept" in issue.message
    assert "third parties were read only in part" in issue.message


def test_api_limit_at_the_record_counts_lists_every_object_not_scanned(fake, tmp_path):
    fake.faults.request_limit_after = calls_before("limits/recordCount")
    code, snapshot = scan_cli(fake, tmp_path)
    assert code == 3
    assert {n: d["scanned"] for n, d in datasets(snapshot).items()} == dict.fromkeys(OBJECTS, False)
    (issue,) = snapshot["issues"]
    assert "0 of 4 object(s) were read and kept" in issue["message"]
    assert not [p for _, p in fake.requests if p.endswith("/describe")]


def test_api_limit_before_anything_is_read_is_a_system_not_scanned(fake, tmp_path):
    fake.faults.request_limit_exceeded = True
    code, snapshot = scan_cli(fake, tmp_path)
    assert code == 3
    (system,) = snapshot["systems"]
    assert not system["scanned"] and "REQUEST_LIMIT_EXCEEDED" in system["not_scanned_reason"]
    assert [i["kind"] for i in snapshot["issues"]] == ["not_scanned"]
    assert snapshot["datasets"] == []


# --- sessions, 5xx, slow answers ------------------------------------------------------------


def test_session_expiring_mid_scan_keeps_the_objects_read(fake, tmp_path):
    fake.faults.expire_session_after = calls_before("sobjects/Loyalty__c/describe")
    code, snapshot = scan_cli(fake, tmp_path)
    assert code == 3
    found = datasets(snapshot)
    assert [n for n in OBJECTS if found[n]["scanned"]] == ["Account", "Contact", "Individual"]
    assert "the scan of the org stopped" in found["Loyalty__c"]["not_scanned_reason"]
    (issue,) = snapshot["issues"]
    assert "session expired or invalid during describe Loyalty__c" in issue["message"]
    assert "get a new session id" in issue["message"]
    assert "3 of 4 object(s) were read and kept" in issue["message"]


def test_transient_server_errors_are_retried_and_leave_no_issue(fake, tmp_path):
    fake.faults.server_errors = 1
    code, snapshot = scan_cli(fake, tmp_path, options={"retries": 2})
    assert code == 0, snapshot.get("issues")
    assert all(d["scanned"] for d in snapshot["datasets"])
    assert snapshot["issues"] == []


def test_one_objects_query_failing_after_retries_costs_only_that_object(fake, tmp_path):
    fake.faults.query_errors = {"SELECT FirstName": "SERVER_UNAVAILABLE"}  # Contact's sampling
    code, snapshot = scan_cli(fake, tmp_path)
    assert code == 3
    found = datasets(snapshot)
    assert not found["Contact"]["scanned"]
    reason = found["Contact"]["not_scanned_reason"]
    assert reason == (
        "sampling Contact failed: SERVER_UNAVAILABLE: Service temporarily unavailable "
        "(HTTP 503 after 1 retries)"
    )
    assert all(found[n]["scanned"] for n in ("Account", "Individual", "Loyalty__c"))
    assert [(i["subject"], i["kind"]) for i in snapshot["issues"]] == [
        ("crm/Contact", "not_scanned")
    ]
    # Its fields are still known and classified from their names and the org's classification.
    assert "Email" in pii_fields(snapshot, "Contact")


def test_an_object_whose_every_query_fails_is_one_issue_not_two(fake, tmp_path):
    """Its oldest record fails too, but the object is not scanned: that one issue says it."""
    fake.faults.query_errors = {"FROM Contact": "SERVER_UNAVAILABLE"}
    code, snapshot = scan_cli(fake, tmp_path)
    assert code == 3
    assert not datasets(snapshot)["Contact"]["scanned"]
    assert [(i["subject"], i["kind"]) for i in snapshot["issues"]] == [
        ("crm/Contact", "not_scanned")
    ]


def test_persistent_server_errors_at_the_start_are_a_system_not_scanned(fake, tmp_path):
    fake.faults.server_errors = 100
    code, snapshot = scan_cli(fake, tmp_path)
    assert code == 3
    (system,) = snapshot["systems"]
    assert not system["scanned"]
    assert "describeGlobal" in system["not_scanned_reason"]
    assert "HTTP 503 after 1 retries" in system["not_scanned_reason"]


def test_an_org_slower_than_the_timeout_is_a_system_not_scanned(fake, tmp_path):
    fake.faults.slow_ms = 1500
    code, snapshot = scan_cli(fake, tmp_path, statement_timeout=1, options={"retries": 0})
    assert code == 3
    (system,) = snapshot["systems"]
    assert not system["scanned"]
    assert system["not_scanned_reason"] == (
        f"crm: cannot reach {fake.url} during describeGlobal: timed out."
    )


# --- the oldest record (defect 5) -----------------------------------------------------------


def test_a_failed_oldest_record_query_is_an_issue_not_a_missing_timestamp(fake, tmp_path):
    fake.faults.query_errors = {"MIN(CreatedDate) FROM Contact": "QUERY_TIMEOUT"}
    code, snapshot = scan_cli(fake, tmp_path, retention={"default": "P3Y"})
    assert code == 3
    contact = datasets(snapshot)["Contact"]
    expected = (
        "oldest record not read: MIN(CreatedDate) of Contact: QUERY_TIMEOUT: "
        "Your query request was running for too long"
    )
    # Still scanned (its values were sampled), but its age is unknown, and says why.
    assert contact["scanned"] and contact["oldest_record"] is None
    assert contact["oldest_record_evidence"] == expected
    assert snapshot["issues"] == [
        {"subject": "crm/Contact", "kind": "partial", "message": expected}
    ]
    assert "Email" in pii_fields(snapshot, "Contact")
    # The retention check says unknown, with the reason, not "no timestamp column".
    assert contact["retention"] == {
        "status": "unknown",
        "evidence": [f"crm/Contact: policy P3Y declared; {expected}"],
    }
    # The other objects' oldest records were read.
    assert datasets(snapshot)["Account"]["oldest_record"] == "2021-05-01T00:00:00Z"


def test_an_oldest_record_query_failing_after_its_retries(fake):
    fake.faults.query_errors = {"MIN(CreatedDate) FROM Account": "SERVER_UNAVAILABLE"}
    auth, env = session_auth(fake)
    result = connector(auth, env, options=OPTIONS).scan()
    account = {d.name: d for d in result.datasets}["Account"]
    assert account.scanned and account.oldest_record is None
    assert account.oldest_record_evidence == (
        "oldest record not read: MIN(CreatedDate) of Account: SERVER_UNAVAILABLE: "
        "Service temporarily unavailable (HTTP 503 after 1 retries)"
    )
    assert [(i.subject, i.kind) for i in result.issues] == [("crm/Account", "partial")]
    assert sum("MIN(CreatedDate) FROM Account" in q for q in fake.soql) == 2  # one retry


def test_an_empty_object_has_no_oldest_record_and_no_issue(fake):
    auth, env = session_auth(fake)
    result = connector(auth, env, options=OPTIONS).scan()
    individual = {d.name: d for d in result.datasets}["Individual"]
    assert individual.oldest_record is None and individual.oldest_record_evidence == ""
    assert not result.issues


# --- what the scan identity cannot see --------------------------------------------------------

DEFAULT_USER = "005000000000001AAA"  # the fake's scan identity when the org has no User rows
LACKS_VIEW_ALL = "the scan identity lacks View All Data"


def org_with_profile(view_all: bool, modify_all: bool = False) -> dict[str, Any]:
    """ORG whose scan identity holds one profile (and one extra permission set, granting
    nothing) with or without View All Data."""
    org = copy.deepcopy(ORG)
    sets = [
        {"Id": "0PS000000000011AAA", "Name": "X00e000000000011AAA", "IsOwnedByProfile": True,
         "PermissionsViewAllData": view_all, "PermissionsModifyAllData": modify_all},
        {"Id": "0PS000000000012AAA", "Name": "Marketing_Reader", "IsOwnedByProfile": False,
         "PermissionsViewAllData": False, "PermissionsModifyAllData": False},
    ]  # fmt: skip
    org.setdefault("data", {})["PermissionSet"] = sets
    org["data"]["PermissionSetAssignment"] = [
        {"Id": f"0Pa00000000001{i}AAA", "AssigneeId": DEFAULT_USER, "PermissionSetId": s["Id"]}
        for i, s in enumerate(sets)
    ]
    return org


def grants(snapshot: dict[str, Any]) -> dict[str, str]:
    system = next(s for s in snapshot["systems"] if s["id"] == "crm")
    return {f["name"]: f["value"] for f in system["facts"] if f["name"].startswith("grants.")}


def test_hidden_object_without_view_all_data_is_a_partial_scan(tmp_path):
    faults = Faults(denied={"Contact"}, hidden_fields={"Account.Phone"})
    with FakeSalesforce(org_with_profile(view_all=False), faults=faults) as server:
        code, snapshot = scan_cli(server, tmp_path)
    # Contact is hidden from the identity: absent, and the auditor is told why it may be.
    assert code == 3
    assert "Contact" not in datasets(snapshot)
    assert grants(snapshot) == {"grants.view_all_data": "no", "grants.modify_all_data": "no"}
    issues = snapshot["issues"]
    assert [(i["subject"], i["kind"]) for i in issues] == [("crm", "partial")]
    assert issues[0]["message"].startswith(LACKS_VIEW_ALL)
    assert "grant View All Data (or a permission set with it)" in issues[0]["message"]
    # The objects it can see are scanned as usual.
    assert datasets(snapshot)["Account"]["scanned"]


def test_identity_with_view_all_data_scans_clean_and_records_the_grant(tmp_path):
    with FakeSalesforce(org_with_profile(view_all=True)) as server:
        code, snapshot = scan_cli(server, tmp_path)
    assert code == 0 and snapshot["issues"] == []
    assert grants(snapshot) == {"grants.view_all_data": "yes", "grants.modify_all_data": "no"}
    system = next(s for s in snapshot["systems"] if s["id"] == "crm")
    fact = next(f for f in system["facts"] if f["name"] == "grants.view_all_data")
    assert "PermissionsViewAllData in: X00e000000000011AAA" in fact["evidence"]
    assert set(datasets(snapshot)) == set(OBJECTS)


def test_default_fake_identity_holds_view_all_data(fake, tmp_path):
    code, snapshot = scan_cli(fake, tmp_path)
    assert code == 0
    assert grants(snapshot) == {"grants.view_all_data": "yes", "grants.modify_all_data": "yes"}


@pytest.mark.parametrize(
    ("faults", "reason"),
    [
        (Faults(denied={"PermissionSetAssignment"}), "INVALID_TYPE: SELECT PermissionSet.Name"),
        (Faults(query_errors={"FROM PermissionSetAssignment": "INSUFFICIENT_ACCESS"}),
         "INSUFFICIENT_ACCESS"),
    ],
)  # fmt: skip
def test_refused_permission_query_is_a_partial_issue_with_the_reason(tmp_path, faults, reason):
    with FakeSalesforce(copy.deepcopy(ORG), faults=faults) as server:
        code, snapshot = scan_cli(server, tmp_path)
    assert code == 3
    assert grants(snapshot) == {}
    issues = snapshot["issues"]
    assert [(i["subject"], i["kind"]) for i in issues] == [("crm", "partial")]
    message = issues[0]["message"]
    assert message.startswith("the scan identity's permissions could not be read (")
    assert reason in message and "grant View All Data" in message
    assert set(datasets(snapshot)) == set(OBJECTS)  # everything else was scanned


def test_jwt_login_reads_the_permissions_of_the_jwt_user(tmp_path):
    """A token for a named user: userinfo names that user, not the fake's default one."""
    from .test_salesforce_connector import CONSUMER_KEY, SCANNER, _rsa_key

    org = org_with_profile(view_all=True)  # the default user holds View All Data
    scanner = "005000000000002AAA"  # the JWT user holds only Marketing_Reader
    org["objects"]["User"] = {
        "fields": [{"name": "Username", "type": "string"}],
        "records": [{"Id": DEFAULT_USER, "Username": "admin@example.com"},
                    {"Id": scanner, "Username": SCANNER}],
    }  # fmt: skip
    org["data"]["PermissionSetAssignment"].append(
        {"Id": "0Pa000000000019AAA", "AssigneeId": scanner, "PermissionSetId": "0PS000000000012AAA"}
    )
    with FakeSalesforce(org) as server:
        key = _rsa_key(tmp_path)
        auth = {"method": "jwt", "username": SCANNER, "consumer_key": CONSUMER_KEY,
                "private_key_file": key.name, "instance_url": server.url}  # fmt: skip
        result = connector(auth, base=tmp_path, options=OPTIONS, exclude=["User"]).scan()
    facts = {f.name: f.value for f in result.system.facts}
    assert facts["grants.view_all_data"] == "no"
    assert [i.kind for i in result.issues] == ["partial"]
    assert result.issues[0].message.startswith(LACKS_VIEW_ALL)
