"""Who can read personal data in a Salesforce org, read from the loopback fake org over
simple-salesforce: users with their profile, permission sets and permission set groups, system
permissions (View All Data, Modify All Data...), object permissions and field-level security,
API-only integration users, site guest users; the access gaps they raise; what happens when the
scan identity may not read the setup objects; and no secret in any output."""

from __future__ import annotations

import copy
import csv
import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from connectors.salesforce.fake import FakeSalesforce, Faults
from lineage.cli import main

from .conftest import write_estate
from .test_no_leak import artefact_texts


def _ago(days: int) -> str:
    """A Salesforce datetime ``days`` before now (``2024-01-31T10:00:00.000+0000``)."""
    return (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%S.000+0000")


def _id(prefix: str, n: int) -> str:
    return f"{prefix}{n:012d}AAA"


ADMIN, STANDARD, ERP, GUEST, CUSTOMER = (_id("00e", n) for n in (1, 2, 3, 4, 5))
PS_ADMIN, PS_STANDARD, PS_ERP, PS_GUEST, PS_PHONE, PS_GROUP, PS_CUSTOMER = (
    _id("0PS", n) for n in range(1, 8)
)
GROUP = _id("0PG", 1)
SCANNER = "scanner@acme.example"
USERS = {  # username -> (profile, active, last login days ago or None)
    SCANNER: (ADMIN, True, 1),
    "ada.admin@acme.example": (ADMIN, True, 2),
    "old.admin@acme.example": (ADMIN, True, 200),
    "erp@acme.example": (ERP, True, 1),
    "sam.sales@acme.example": (STANDARD, True, 3),
    "pat.support@acme.example": (STANDARD, True, 5),
    "gone.user@acme.example": (ADMIN, False, 400),
    "shop_site@acme.force.com": (GUEST, True, None),
    "jo.customer@shop.example": (CUSTOMER, True, 9),
    "al.customer@shop.example": (CUSTOMER, True, 9),
}
USER_IDS = {name: _id("005", n) for n, name in enumerate(USERS, 1)}
ALL_DATA = {"PermissionsViewAllData": True, "PermissionsModifyAllData": True}


def _profile_set(ps: str, profile: str, **permissions: bool) -> dict[str, Any]:
    return {"Id": ps, "Name": f"X{profile}", "Label": profile[:15], "Type": "Profile",
            "IsOwnedByProfile": True, "ProfileId": profile, "PermissionSetGroupId": None,
            **permissions}  # fmt: skip


def _object(ps: str, obj: str, n: int, **permissions: bool) -> dict[str, Any]:
    return {"Id": _id("110", n), "ParentId": ps, "SobjectType": obj, "PermissionsRead": True,
            **permissions}  # fmt: skip


def _field(ps: str, name: str, n: int) -> dict[str, Any]:
    obj = name.split(".")[0]
    return {"Id": _id("01k", n), "ParentId": ps, "SobjectType": obj, "Field": name,
            "PermissionsRead": True, "PermissionsEdit": False}  # fmt: skip


def _assign(n: int, user: str, ps: str, group: str | None = None) -> dict[str, Any]:
    return {"Id": _id("0Pa", n), "AssigneeId": USER_IDS[user], "PermissionSetId": ps,
            "PermissionSetGroupId": group, "IsActive": True, "ExpirationDate": None}  # fmt: skip


PROFILE_SETS = {
    ADMIN: PS_ADMIN, STANDARD: PS_STANDARD, ERP: PS_ERP, GUEST: PS_GUEST, CUSTOMER: PS_CUSTOMER
}  # fmt: skip
# fmt: off
CONSUMER_KEY, CLIENT_SECRET = "3MVG9.access-consumer-key", "cc-Secret-7c1e-@:/%#"
ORG: dict[str, Any] = {
    "org_id": "00D000000000042AAA",
    "auth": {"client_id": CONSUMER_KEY, "client_secret": CLIENT_SECRET,
             "client_credentials_user": SCANNER},
    "objects": {
        "User": {
            "keyPrefix": "005",
            "fields": [
                {"name": "Username", "type": "string", "unique": True},
                {"name": "LastName", "type": "string", "nillable": False},
                {"name": "Email", "type": "email"},
                {"name": "IsActive", "type": "boolean"},
                {"name": "UserType", "type": "picklist",
                 "values": ["Standard", "Guest", "CspLitePortal"]},
                {"name": "ProfileId", "type": "reference", "referenceTo": ["Profile"],
                 "relationshipName": "Profile", "nillable": False},
                {"name": "LastLoginDate", "type": "datetime"},
                {"name": "LastPasswordChangeDate", "type": "datetime"},
                {"name": "IsPortalEnabled", "type": "boolean"},
            ],
            "records": [
                {"Id": USER_IDS[name], "Username": name, "LastName": name.split("@")[0],
                 "Email": name, "IsActive": active,
                 "UserType": {GUEST: "Guest", CUSTOMER: "CspLitePortal"}.get(profile, "Standard"),
                 "ProfileId": profile,
                 "LastLoginDate": None if days is None else _ago(days),
                 "LastPasswordChangeDate": None if profile in (ERP, GUEST) else _ago(30),
                 "IsPortalEnabled": profile == CUSTOMER}
                for name, (profile, active, days) in USERS.items()
            ],
        },
        "Contact": {
            "keyPrefix": "003",
            "fields": [
                {"name": "FirstName", "type": "string"},
                {"name": "LastName", "type": "string", "nillable": False},
                {"name": "Email", "type": "email"},
                {"name": "Phone", "type": "phone"},
                {"name": "MailingStreet", "type": "textarea"},
                {"name": "MailingCity", "type": "string"},
                {"name": "MailingAddress", "type": "address"},
            ],
            "records": [
                {"Id": _id("003", n), "FirstName": f"Ada{n}", "LastName": f"Lovelace{n}",
                 "Email": f"ada{n}@example.com", "Phone": f"+44 20 7946 0{n:03d}",
                 "MailingStreet": f"{n} Downing Street", "MailingCity": "London"}
                for n in range(1, 9)
            ],
        },
        "Lead": {
            "keyPrefix": "00Q",
            "fields": [
                {"name": "LastName", "type": "string", "nillable": False},
                {"name": "Email", "type": "email"},
            ],
            "records": [
                {"Id": _id("00Q", n), "LastName": f"Hopper{n}", "Email": f"grace{n}@example.com"}
                for n in range(1, 9)
            ],
        },
        "Account": {
            "keyPrefix": "001",
            "fields": [{"name": "Name", "type": "string"}],
            "records": [{"Id": _id("001", 1), "Name": "Acme"}],
        },
    },
    "tooling": {name: [] for name in ("InstalledSubscriberPackage", "RemoteProxy",
                                      "WorkflowOutboundMessage", "PlatformEventChannelMember")},
    "data": {
        **{name: [] for name in ("NamedCredential", "ExternalDataSource", "ConnectedApplication",
                                 "OauthToken")},
        "Profile": [
            {"Id": ADMIN, "Name": "System Administrator", "UserType": "Standard"},
            {"Id": STANDARD, "Name": "Standard User", "UserType": "Standard"},
            {"Id": ERP, "Name": "ERP Integration", "UserType": "Standard"},
            {"Id": GUEST, "Name": "Shop Site Guest", "UserType": "Guest"},
            {"Id": CUSTOMER, "Name": "Customer Community User", "UserType": "CspLitePortal"},
        ],
        "PermissionSet": [
            _profile_set(PS_ADMIN, ADMIN, **ALL_DATA, PermissionsApiEnabled=True,
                         PermissionsManageUsers=True, PermissionsViewSetup=True),
            _profile_set(PS_STANDARD, STANDARD, PermissionsApiEnabled=True),  # as in real orgs
            _profile_set(PS_ERP, ERP, **ALL_DATA, PermissionsApiEnabled=True,
                         PermissionsApiUserOnly=True),
            _profile_set(PS_GUEST, GUEST),
            _profile_set(PS_CUSTOMER, CUSTOMER),
            {"Id": PS_PHONE, "Name": "Phone_Access", "Label": "Phone Access", "Type": "Regular",
             "IsOwnedByProfile": False, "ProfileId": None, "PermissionSetGroupId": None},
            {"Id": PS_GROUP, "Name": "Support_Team_aggregate", "Label": "Support Team",
             "Type": "Group", "IsOwnedByProfile": False, "ProfileId": None,
             "PermissionSetGroupId": GROUP, "PermissionsExportReport": True},
        ],
        "PermissionSetGroup": [
            {"Id": GROUP, "DeveloperName": "Support_Team", "MasterLabel": "Support Team",
             "Status": "Updated"},
        ],
        "PermissionSetAssignment": [
            *(_assign(n, name, PROFILE_SETS[profile])
              for n, (name, (profile, _, _)) in enumerate(USERS.items(), 1)),
            _assign(20, "pat.support@acme.example", PS_PHONE),
            # a group's assignment may name the group only, not its aggregate permission set
            {**_assign(21, "pat.support@acme.example", PS_GROUP, GROUP), "PermissionSetId": None},
        ],
        "ObjectPermissions": [
            *(_object(PS_ADMIN, o, n, PermissionsViewAllRecords=True,
                      PermissionsModifyAllRecords=True)
              for n, o in enumerate(("Account", "Contact", "Lead", "User"), 1)),
            _object(PS_STANDARD, "Contact", 10),
            _object(PS_STANDARD, "Account", 11),
            _object(PS_ERP, "Contact", 20, PermissionsViewAllRecords=True),
            _object(PS_GUEST, "Lead", 30),
        ],
        "FieldPermissions": [
            *(_field(PS_ADMIN, f, n) for n, f in enumerate(
                ("Contact.FirstName", "Contact.Email", "Contact.Phone", "Lead.Email",
                 "User.Email"), 1)),
            _field(PS_STANDARD, "Contact.Email", 10),
            _field(PS_STANDARD, "Contact.FirstName", 11),
            _field(PS_STANDARD, "Contact.MailingAddress", 12),
            _field(PS_PHONE, "Contact.Phone", 20),
            _field(PS_ERP, "Contact.Email", 30),
            _field(PS_GUEST, "Lead.Email", 40),
        ],
    },
}
# fmt: on


@pytest.fixture
def fake() -> Iterator[FakeSalesforce]:
    with FakeSalesforce(copy.deepcopy(ORG), faults=Faults(), page_size=3) as server:
        yield server


def scan(
    fake: FakeSalesforce, tmp_path: Path, caplog: Any = None, auth: str = "session"
) -> tuple[int, Path, str]:
    """``piimap scan`` of the fake org, logged in with a session id (or client credentials)
    from the environment."""
    login = (
        "{method: session, session_id: '${SF_SESSION_ID}'"
        if auth == "session"
        else f"{{method: client_credentials, consumer_key: '{CONSUMER_KEY}', "
        "consumer_secret: '${SF_SECRET}'"
    )
    estate = write_estate(
        tmp_path,
        "systems:\n  crm:\n    connector: salesforce\n    options: {retry_backoff: 0}\n"
        f"    auth: {login}, instance_url: '{fake.url}'}}\n",
    )
    out = tmp_path / "out"
    runner = CliRunner(env={"SF_SESSION_ID": fake.session_id, "SF_SECRET": CLIENT_SECRET})
    if caplog is not None:
        with caplog.at_level(logging.DEBUG):
            result = runner.invoke(main, ["-vv", "scan", str(estate), "--out", str(out)])
    else:
        result = runner.invoke(main, ["-q", "scan", str(estate), "--out", str(out)])
    assert "Traceback" not in result.output, result.output
    return result.exit_code, out, result.output


def access_rows(out: Path) -> dict[str, dict[str, str]]:
    with (out / "tables" / "access.csv").open() as f:
        return {row["principal"]: row for row in csv.DictReader(f)}


def gap_rows(out: Path) -> list[dict[str, str]]:
    with (out / "tables" / "gaps.csv").open() as f:
        return list(csv.DictReader(f))


def test_users_their_kind_status_last_login_and_privileges(fake, tmp_path):
    code, out, output = scan(fake, tmp_path)
    assert code == 0, output
    rows = access_rows(out)
    admin = rows["ada.admin@acme.example"]
    assert (admin["kind"], admin["privileged"], admin["status"]) == ("person", "yes", "active")
    assert "View All Data (profile System Administrator)" in admin["evidence"]
    assert "Modify All Data" in admin["evidence"] and "Manage Users" in admin["evidence"]
    assert admin["last_login"][:10] == _ago(2)[:10]
    assert admin["member_of"] == "profile:System Administrator"
    erp = rows["erp@acme.example"]
    assert (erp["kind"], erp["privileged"]) == ("integration", "yes")
    assert "API only" in erp["credential_evidence"] and "api_only" in erp["facts"]
    # deactivated users and the site's customers are not listed; the customers are counted
    assert "gone.user@acme.example" not in rows and "jo.customer@shop.example" not in rows
    system = json.loads((out / "snapshot.json").read_text())["systems"][0]
    facts = {f["name"]: f["value"] for f in system["facts"]}
    assert facts["access.customer_users"] == "2"
    sam = rows["sam.sales@acme.example"]
    # API Enabled (every Standard User has it) is recorded but makes no one privileged alone
    assert (sam["kind"], sam["privileged"]) == ("person", "no")
    assert "api_enabled" in sam["facts"]
    assert sam["credential"].startswith("password") and "30 days" in sam["credential"]
    pat = rows["pat.support@acme.example"]
    assert (
        pat["privileged"] == "yes"
        and "Export Reports (permission set group Support_Team)" in (pat["evidence"])
    )
    assert set(pat["member_of"].split(";")) == {
        "profile:Standard User",
        "permission set:Phone_Access",
        "permission set group:Support_Team",
    }
    profile = rows["profile:System Administrator"]
    assert (profile["kind"], profile["status"], profile["privileged"]) == (
        "group",
        "cannot_log_in",
        "yes",
    )


def test_field_level_security_decides_which_fields_a_user_reads(fake, tmp_path):
    """sam's profile reads Contact and its Email, not its Phone; pat holds the same profile and
    a permission set that grants Phone's field-level security alone: pat reads Phone."""
    scan(fake, tmp_path)
    import lineage

    estate = lineage.load(tmp_path / "out" / "snapshot.json")
    readers = {
        (r["principal"], r["field"])
        for r in estate.who_can_read("crm/Contact/Phone").to_dict("records")
    }
    email_readers = {
        r["principal"] for r in estate.who_can_read("crm/Contact/Email").to_dict("records")
    }
    phone_readers = {p for p, _ in readers}
    assert "sam.sales@acme.example" in email_readers
    assert "sam.sales@acme.example" not in phone_readers
    assert "pat.support@acme.example" in phone_readers
    # field-level security on a compound address is on its parts
    city_readers = {
        r["principal"] for r in estate.who_can_read("crm/Contact/MailingCity").to_dict("records")
    }
    assert "sam.sales@acme.example" in city_readers
    assert {"ada.admin@acme.example", "erp@acme.example"} <= email_readers
    # the site guest reads Lead's email and nothing of Contact
    assert "shop_site@acme.force.com" not in email_readers
    rows = access_rows(tmp_path / "out")
    assert "Read (combined)" in rows["pat.support@acme.example"]["evidence"]
    assert "permission set Phone Access" in rows["pat.support@acme.example"]["evidence"]


def test_access_gaps_dormant_admin_too_many_admins_broad_integration_and_guest(fake, tmp_path):
    scan(fake, tmp_path)
    gaps = gap_rows(tmp_path / "out")
    by = {(g["control"], g["subject"]): g for g in gaps}
    dormant = by[("SOC2 CC6.2", "crm/@old.admin@acme.example")]
    assert "200 days before the scan" in dormant["evidence"]
    assert ("SOC2 CC6.2", "crm/@ada.admin@acme.example") not in by
    assert ("SOC2 CC6.2", "crm/@gone.user@acme.example") not in by  # deactivated: no gap
    admins = by[("SOC2 CC6.3", "crm")]
    assert "4 active superusers or full admins" in admins["evidence"]
    broad = by[("SOC2 CC6.3", "crm/@erp@acme.example")]
    assert (
        "Modify All Data" in broad["evidence"]
        and "1 of 4 scanned objects: Contact" in broad["evidence"]
    )
    guest = by[("SOC2 CC6.1", "crm/@shop_site@acme.force.com")]
    assert guest["severity"] == "high" and "Lead" in guest["evidence"]
    # Salesforce records last logins: no "not known" gap for the org
    assert not [g for g in gaps if g["subject"] == "crm" and "not known" in g["title"]]


def test_setup_objects_the_identity_may_not_read_are_access_unread_not_a_crash(fake, tmp_path):
    fake.faults.denied |= {"ObjectPermissions", "FieldPermissions"}
    code, out, output = scan(fake, tmp_path)
    assert code == 0, output
    snapshot = (out / "snapshot.json").read_text()
    assert "ObjectPermissions: the scan identity may not read it" in snapshot
    assert "View Setup and Configuration" in snapshot
    rows = access_rows(out)
    assert rows["ada.admin@acme.example"]["privileged"] == "yes"  # users are still listed


def test_no_user_readable_is_a_gap_saying_who_can_read_is_not_known(fake, tmp_path):
    """The identity may not read User: no principal is listed, the scan is complete (exit 0) and
    a gap says who can read the org's personal data is not known, naming what is needed."""
    fake.faults.denied |= {"User"}
    code, out, output = scan(fake, tmp_path)
    assert code == 0, output
    assert not access_rows(out)
    gaps = [g for g in gap_rows(out) if g["subject"] == "crm" and g["control"] == "SOC2 CC6.2"]
    assert len(gaps) == 1 and "User: the scan identity may not read it" in gaps[0]["evidence"]
    assert "no user is listed" in gaps[0]["evidence"]


@pytest.mark.parametrize("auth", ["session", "client_credentials"])
def test_no_session_id_secret_or_record_value_reaches_any_output_or_log(
    fake, tmp_path, caplog, auth
):
    """A scan with the access review, at -vv: no session id or token the org issued, no client
    secret and no value of a record is in any artefact, stdout, stderr or the log."""
    code, out, output = scan(fake, tmp_path, caplog, auth)
    assert code == 0, output
    texts = artefact_texts(out)
    texts["stdout+stderr"] = output
    texts["log"] = caplog.text
    assert "erp@acme.example" in texts[str(out / "tables" / "access.csv")]
    sessions = list(fake._sessions)  # every session id and token the fake issued
    assert len(sessions) >= (1 if auth == "session" else 2)
    secrets = [CLIENT_SECRET, *sessions, *(s.split("!")[-1] for s in sessions)]
    values = [c["Phone"] for c in ORG["objects"]["Contact"]["records"]]
    for where, text in texts.items():
        for secret in secrets + values:
            assert secret not in text, f"{secret[:6]}... reached {where}"


def test_an_access_query_that_fails_otherwise_is_a_partial_issue(fake, tmp_path):
    """A timeout is not a missing permission: the scan is partial (exit 3) and says which
    object of the access review was not read and what is therefore not known."""
    fake.faults.query_errors["FROM FieldPermissions"] = "QUERY_TIMEOUT"
    code, out, output = scan(fake, tmp_path)
    assert code == 3, output
    issues = json.loads((out / "snapshot.json").read_text())["issues"]
    partial = [i["message"] for i in issues if i["message"].startswith("access review:")]
    assert len(partial) == 1 and "FieldPermissions: QUERY_TIMEOUT" in partial[0]
    assert "which fields they read is not known" in partial[0]
    assert access_rows(out)["ada.admin@acme.example"]["privileged"] == "yes"


def test_the_access_review_asks_a_fixed_number_of_queries_whatever_the_users():
    """One query per setup object (and one COUNT), never one per user or permission set: an org
    with 60 more users costs no more queries (pages of 2,000 records aside)."""
    from connectors.salesforce.connector import SalesforceConnector
    from lineage.core.config import parse_estate

    def access_queries(org: dict[str, Any]) -> list[str]:
        with FakeSalesforce(org) as server:
            raw = {
                "systems": {
                    "crm": {
                        "connector": "salesforce",
                        "auth": {
                            "method": "session",
                            "session_id": "${S}",
                            "instance_url": server.url,
                        },
                    }
                }
            }
            config = parse_estate(raw, "estate.yaml", {"S": server.session_id})
            SalesforceConnector("crm", config.systems["crm"], None).scan()
            setup = (
                "FROM User ",
                "FROM User\n",
                "FROM Profile",
                "FROM PermissionSet",
                "FROM ObjectPermissions",
                "FROM FieldPermissions",
            )
            return [q for q in server.soql if q.startswith("SELECT") and any(
                s in q for s in setup) and "MIN(CreatedDate)" not in q and "LIMIT" not in q
                and "AssigneeId = " not in q]  # fmt: skip

    small = access_queries(copy.deepcopy(ORG))
    big = copy.deepcopy(ORG)
    users = big["objects"]["User"]["records"]
    for n in range(60):
        users.append({**users[1], "Id": _id("005", 100 + n), "Username": f"u{n}@acme.example"})
        big["data"]["PermissionSetAssignment"].append(
            {**_assign(1, SCANNER, PS_STANDARD), "Id": _id("0Pa", 100 + n),
             "AssigneeId": _id("005", 100 + n)}
        )  # fmt: skip
    assert len(small) == len(access_queries(big)) == 8, small
