"""Salesforce as real orgs answer (issue 18): compound fields, FieldDefinition's real rows, person
accounts, objects that refuse unfiltered queries, short pages, and the classifier on standard
fields.

The org below is shaped as a real org answers: FieldDefinition has rows for the compound parents
(``Name``, ``MailingAddress``), none for their parts (``FirstName``, ``MailingCity``), so the
org's classification and history tracking sit on the parents.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from classifiers import default_classifier
from connectors.salesforce.connector import SalesforceConnector
from connectors.salesforce.fake import FakeSalesforce
from lineage.assess.statuses import history_audit, history_tracked
from lineage.core.config import parse_estate
from lineage.core.model import Status
from lineage.pipeline.classify import classify

NAME_PARTS = [
    {"name": "Salutation", "type": "picklist", "values": ["Mr.", "Ms.", "Dr."]},
    {"name": "FirstName", "type": "string", "length": 40, "label": "First Name"},
    {"name": "LastName", "type": "string", "length": 80, "label": "Last Name"},
    {"name": "Name", "type": "string", "length": 121, "label": "Full Name"},
]
MAILING = [
    {"name": "MailingStreet", "type": "textarea", "label": "Mailing Street"},
    {"name": "MailingCity", "type": "string", "length": 40, "label": "Mailing City"},
    {"name": "MailingPostalCode", "type": "string", "length": 20, "label": "Mailing Zip"},
    {"name": "MailingCountry", "type": "string", "length": 80, "label": "Mailing Country"},
    {"name": "MailingLatitude", "type": "double", "label": "Mailing Latitude"},
    {"name": "MailingLongitude", "type": "double", "label": "Mailing Longitude"},
    {"name": "MailingAddress", "type": "address", "label": "Mailing Address"},
]
CITIES = ["Leeds", "York", "Bristol", "Cardiff", "Glasgow", "Belfast"]
FIRST = ["Amelia", "Oliver", "Isla", "George", "Ava", "Harry"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans"]


def _contacts() -> list[dict[str, Any]]:
    return [
        {"Id": f"003000000000{n:03d}AAA", "FirstName": FIRST[n % 6], "LastName": LAST[n % 6],
         "Salutation": "Ms.", "Email": f"{FIRST[n % 6].lower()}{n}@example.org",
         "Phone": f"+44 113 496 0{n:03d}", "Fax": f"+44 113 496 1{n:03d}",
         "MailingStreet": f"{n} Park Lane", "MailingCity": CITIES[n % 6],
         "MailingPostalCode": f"LS{n % 9 + 1} {n % 9}AB", "MailingCountry": "United Kingdom",
         "AccountId": "001000000000001AAA",
         "CreatedDate": f"2022-0{n % 9 + 1}-01T00:00:00.000+0000"}
        for n in range(1, 13)
    ]  # fmt: skip


def _accounts() -> list[dict[str, Any]]:
    business = [
        {"Id": f"001000000000{n:03d}AAA", "Name": name, "AccountNumber": number,
         "IsPersonAccount": False, "CreatedDate": "2021-01-01T00:00:00.000+0000"}
        for n, (name, number) in enumerate(
            [("Acme Corporation", "CD451796"), ("Globex Ltd", "CD736025"),
             ("Initech Inc", "CC213425"), ("Umbrella plc", "CD355118"),
             ("Stark Industries", "CC947211"), ("Wayne Enterprises", "CD656092")], start=1)
    ]  # fmt: skip
    people = [
        {"Id": f"001000000001{n:03d}AAA", "FirstName": FIRST[n % 6], "LastName": LAST[n % 6],
         "PersonEmail": f"p{n}@example.net", "IsPersonAccount": True,
         "PersonMailingCity": CITIES[n % 6], "CreatedDate": "2023-01-01T00:00:00.000+0000"}
        for n in range(1, 7)
    ]  # fmt: skip
    return business + people


# fmt: off
ORG: dict[str, Any] = {
    "org_id": "00D000000000018AAA",
    "objects": {
        "Account": {
            "keyPrefix": "001",
            "person_accounts": True,
            "share": True,  # AccountShare: an associate object, not scanned
            "fields": [
                {"name": "Name", "type": "string", "length": 255, "label": "Account Name"},
                {"name": "AccountNumber", "type": "string", "length": 40,
                 "label": "Account Number"},
            ],
            "definition_only": [{"name": "CompareName", "type": "string", "length": 80},
                                {"name": "OwnerAlias", "type": "string", "length": 30}],
            "field_definitions": {"Name": {"ComplianceGroup": "PII"}},
            "records": _accounts(),
        },
        "Contact": {
            "keyPrefix": "003",
            "page_size": 5,  # real orgs send short pages when records are wide
            "fields": [
                *NAME_PARTS,
                {"name": "Email", "type": "email"},
                {"name": "Phone", "type": "phone"},
                {"name": "Fax", "type": "phone", "label": "Business Fax"},
                *MAILING,
                {"name": "AccountId", "type": "reference", "referenceTo": ["Account"],
                 "relationshipName": "Account"},
            ],
            "definition_only": [{"name": "OwnerAlias", "type": "string", "length": 30}],
            "field_definitions": {
                "Name": {"ComplianceGroup": "PII", "SecurityClassification": "Confidential",
                         "IsFieldHistoryTracked": True},
                "MailingAddress": {"ComplianceGroup": "GDPR;PII",
                                   "SecurityClassification": "Confidential",
                                   "IsFieldHistoryTracked": True},
                "Email": {"ComplianceGroup": "PII;GDPR", "IsFieldHistoryTracked": True},
                "Phone": {"IsFieldHistoryTracked": True},
                "Fax": {"IsFieldHistoryTracked": True},
                "AccountId": {"IsFieldHistoryTracked": True, "BusinessStatus": "Active"},
            },
            "records": _contacts(),
        },
        "Vote": {
            "keyPrefix": "0VT",
            "requires_filter": ["ParentId", "Id"],
            "fields": [
                {"name": "ParentId", "type": "reference", "referenceTo": ["Idea"],
                 "relationshipName": "Parent"},
                {"name": "Type", "type": "picklist", "values": ["Up", "Down"]},
            ],
            "records": [{"Id": "0VT000000000001AAA", "ParentId": "087000000000001AAA",
                         "Type": "Up", "CreatedDate": "2022-01-01T00:00:00.000+0000"}],
        },
    },
}
# fmt: on


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeSalesforce]:
    with FakeSalesforce(copy.deepcopy(ORG)) as server:
        yield server


def scan(fake: FakeSalesforce, **system: Any) -> Any:
    auth = {"method": "session", "session_id": "${SF}", "instance_url": fake.url}
    raw = {"systems": {"crm": {"connector": "salesforce", "auth": auth,
                               "options": {"retry_backoff": 0}, **system}}}  # fmt: skip
    config = parse_estate(raw, "estate.yaml", {"SF": fake.session_id})
    return SalesforceConnector("crm", config.systems["crm"]).scan()


@pytest.fixture(scope="module")
def result(fake: FakeSalesforce) -> Any:
    return scan(fake, sample_size=10)


@pytest.fixture(scope="module")
def entities(result: Any) -> dict[str, set[str]]:
    """Each field's entities as the default classifier gives them, by ``Object.Field``."""
    fields = classify(result.fields, result.samples, result.datasets, default_classifier(),
                      result.platform)  # fmt: skip
    return {f"{f.dataset}.{f.name}": {e.entity for e in f.entities} for f in fields}


# --- 1. a part is tracked when its compound parent is -------------------------------------------
def test_parts_of_a_tracked_compound_field_are_tracked(result):
    facts = {f.name: f for f in result.system.facts}
    tracked = set(facts["field_history.Contact"].value.split(", "))
    assert {"FirstName", "LastName", "MailingStreet", "MailingCity", "MailingPostalCode",
            "MailingLatitude", "Name", "MailingAddress"} <= tracked  # fmt: skip
    assert "MailingAddress (MailingCity," in facts["field_history.Contact"].evidence
    city = result.platform["crm/Contact/MailingCity"]
    assert city["IsFieldHistoryTracked"] == "true" and city["historyObject"] == "ContactHistory"


def test_audit_trail_gap_does_not_list_parts_of_tracked_parents(result):
    """The CC7.2 check on an org tracking every field: no gap for FirstName, MailingCity..."""
    contact = next(d for d in result.datasets if d.name == "Contact")
    personal = [
        f
        for f in result.fields
        if f.dataset == "Contact"
        and f.name
        in ("FirstName", "LastName", "MailingStreet", "MailingCity", "MailingLatitude", "Email")
    ]
    audit = history_audit(contact, personal, history_tracked([result.system])["crm/Contact"])
    assert audit.status is Status.OK, audit.evidence


# --- 2. parts inherit their parent's classification ---------------------------------------------
def test_parts_inherit_the_parents_classification(result):
    for part, parent in (("MailingCity", "MailingAddress"), ("MailingStreet", "MailingAddress"),
                         ("FirstName", "Name"), ("LastName", "Name")):  # fmt: skip
        p = result.platform[f"crm/Contact/{part}"]
        assert p["ComplianceGroup"] == result.platform[f"crm/Contact/{parent}"]["ComplianceGroup"]
        assert p["SecurityClassification"] == "Confidential" and p["inheritedFrom"] == parent


def test_export_scan_classifies_parts_from_the_parents_metadata(fake, tmp_path):
    """No samples: the part's entity comes from its name and the inherited ComplianceGroup."""
    exported = scan(fake, sample_size=0)
    fields = classify(exported.fields, {}, exported.datasets, default_classifier(),
                      exported.platform)  # fmt: skip
    street = next(f for f in fields if f.id == "crm/Contact/MailingStreet")
    assert street.entities and any("ComplianceGroup" in e.explanation for e in street.entities)


# --- 3. FieldDefinition's real rows -------------------------------------------------------------
def test_lookup_rows_named_by_relationship_and_rows_without_describe_field(result):
    """FieldDefinition names AccountId ``Contact.Account``; CompareName/OwnerAlias have no
    describe field and are not listed as fields."""
    assert result.platform["crm/Contact/AccountId"]["IsFieldHistoryTracked"] == "true"
    names = {f.name for f in result.fields}
    assert not {"CompareName", "OwnerAlias"} & names
    assert result.platform["crm/Contact/Fax"]["DataType"] == "Fax"


def test_associate_objects_are_skipped(result, fake):
    """AccountShare is queryable, but an associate object (sharing rows, no personal data)."""
    assert "AccountShare" in {s["name"] for s in fake_describe_global(fake)}
    assert "AccountShare" not in {d.name for d in result.datasets}


def fake_describe_global(fake: FakeSalesforce) -> list[dict[str, Any]]:
    answer = requests.get(
        f"{fake.url}/services/data/v59.0/sobjects/",
        headers={"Authorization": f"Bearer {fake.session_id}"},
    )
    return list(answer.json()["sobjects"])


def test_short_pages_are_followed(result, fake):
    assert len(result.samples["crm/Contact/FirstName"]) == 10  # two pages of 5, and more
    assert any("/query/01g" in path for _, path in fake.requests)


# --- 4. objects that refuse unfiltered queries --------------------------------------------------
def test_object_requiring_a_filter_is_listed_not_sampled_not_failed(result):
    vote = next(d for d in result.datasets if d.name == "Vote")
    assert vote.scanned and not vote.not_scanned_reason
    assert vote.oldest_record is None
    assert "the object requires a filter" in vote.oldest_record_evidence
    issues = [i for i in result.issues if i.subject == "crm/Vote"]
    assert [i.kind for i in issues] == ["partial"]
    assert issues[0].message.startswith(
        "not sampled: the object requires a filter (MALFORMED_QUERY"
    )
    assert not any(i.kind == "not_scanned" for i in result.issues)
    assert {f.name for f in result.fields if f.dataset == "Vote"} >= {"ParentId", "Type"}


# --- 5. the classifier on standard fields -------------------------------------------------------
def test_account_number_is_not_a_bank_account(entities):
    assert "BANK_ACCOUNT" not in entities["Account.AccountNumber"]


def test_compliance_group_on_name_adds_no_city(entities):
    assert "CITY" not in entities["Contact.Name"]
    assert "CITY" not in entities["Account.Name"]


def test_business_account_name_is_not_a_person_name(entities):
    assert "PERSON_NAME" not in entities["Account.Name"]
    assert "PERSON_NAME" in entities["Account.FirstName"] | entities["Account.LastName"]
    assert "EMAIL_ADDRESS" in entities["Account.PersonEmail"]


def test_reference_and_id_fields_take_no_entity_from_values(result, entities):
    for fid in ("Contact.AccountId", "Contact.Id", "Vote.ParentId", "Account.PersonContactId"):
        assert f"crm/{fid.replace('.', '/')}" not in result.samples
        assert not entities[fid] - {"OTHER_PERSONAL_DATA"}, fid


# --- the fake against recorded real payloads ----------------------------------------------------
RECORDED = Path(__file__).parent / "fixtures/salesforce/entity_particle_account.json"


def test_fake_entity_particles_match_recorded_real_payloads():
    """A part nests its parent's FieldDefinition, a lookup is named by its relationship and
    CompareName has a row, as in a real org's answer (see fixtures/salesforce/README.md)."""
    recorded = json.loads(RECORDED.read_text())["records"]
    org = {"objects": {"Account": {"keyPrefix": "001", "fields": [
        {"name": "Name", "type": "string"},
        {"name": "MasterRecordId", "type": "reference", "referenceTo": ["Account"],
         "relationshipName": "MasterRecord"},
        {"name": "BillingCity", "type": "string", "length": 40},
        {"name": "BillingAddress", "type": "address"}],
        "definition_only": [{"name": "CompareName", "type": "string", "length": 80}]}}}  # fmt: skip
    soql = ("SELECT QualifiedApiName, DeveloperName, DataType, IsCompound, IsComponent, "
            "FieldDefinition.DataType FROM EntityParticle "
            "WHERE EntityDefinition.QualifiedApiName = 'Account'")  # fmt: skip
    with FakeSalesforce(org) as server:
        answer = requests.get(
            f"{server.url}/services/data/v54.0/tooling/query/", params={"q": soql},
            headers={"Authorization": f"Bearer {server.session_id}"}).json()  # fmt: skip
    fake_rows = {r["QualifiedApiName"]: r for r in answer["records"]}
    for real in recorded:
        mine = fake_rows[real["QualifiedApiName"]]
        for key in ("DeveloperName", "DataType", "IsCompound", "IsComponent"):
            assert mine[key] == real[key], (real["QualifiedApiName"], key)
        assert mine["attributes"]["url"] == real["attributes"]["url"]
        fd_real, fd_mine = real["FieldDefinition"], mine["FieldDefinition"]
        assert fd_mine["attributes"]["url"] == fd_real["attributes"]["url"]
        assert fd_mine["DataType"] == fd_real["DataType"]


def test_business_account_names_that_look_like_people_are_not_person_names():
    """An org without person accounts: every Account is a business, whatever its name."""
    names = ["Garcia-Kerr", "Rice-Thomas", "Logan-Meyer", "Mendoza-Williams", "Liebelt",
             "Galvan-Rodriguez", "Moreno and Sons", "Jones, Johnston and Kidd"]  # fmt: skip
    org = {"objects": {"Account": {"keyPrefix": "001", "fields": [
        {"name": "Name", "type": "string", "label": "Account Name"},
        {"name": "Industry", "type": "picklist", "values": ["Retail"]}],
        "records": [{"Id": f"001000000000{n:03d}AAA", "Name": v, "Industry": "Retail"}
                    for n, v in enumerate(names, start=1)]}}}  # fmt: skip
    with FakeSalesforce(org) as server:
        found = scan(server, sample_size=10)
    fields = classify(found.fields, found.samples, found.datasets, default_classifier(),
                      found.platform)  # fmt: skip
    name = next(f for f in fields if f.id == "crm/Account/Name")
    assert "PERSON_NAME" not in {e.entity for e in name.entities}
