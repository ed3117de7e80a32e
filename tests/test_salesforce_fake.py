"""The fake Salesforce org, driven through simple-salesforce's real HTTP stack over loopback.

simple-salesforce builds every URL as ``https://host``; :class:`LoopbackSession` (the pattern in
shared/salesforce/FACTS.md section 7) sends them to the fake's plain-http port instead.
"""

from __future__ import annotations

import base64
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
import requests
from simple_salesforce import Salesforce
from simple_salesforce.api import SFType
from simple_salesforce.exceptions import (
    SalesforceAuthenticationFailed,
    SalesforceExpiredSession,
    SalesforceGeneralError,
    SalesforceMalformedRequest,
    SalesforceRefusedRequest,
    SalesforceResourceNotFound,
)

from connectors.salesforce.fake import FakeSalesforce, Faults, load_org

DEMO_ORG = Path(__file__).resolve().parents[1] / "sample_data" / "demo" / "salesforce_org.json"
SCAN_USER = "piimap-scan@larkspur-co.example"
FIELD_DEFINITIONS = (
    "SELECT QualifiedApiName, DataType, SecurityClassification, ComplianceGroup, "
    "BusinessOwnerId, BusinessStatus, IsFieldHistoryTracked, IsCalculated, Description "
    "FROM FieldDefinition WHERE EntityDefinition.QualifiedApiName = '{}'"
)
# The per-field describe keys FACTS.md section 2 lists for PII work.
DESCRIBE_KEYS = {
    "name", "label", "type", "soapType", "length", "custom", "calculated", "calculatedFormula",
    "encrypted", "externalId", "unique", "nillable", "compoundFieldName", "extraTypeInfo",
    "referenceTo", "relationshipName", "mask", "maskType", "inlineHelpText", "idLookup",
    "filterable", "deprecatedAndHidden",
}  # fmt: skip


class LoopbackSession(requests.Session):
    """Sends simple-salesforce's ``https://`` URLs (any host) to the fake's plain-http port."""

    def __init__(self, fake: FakeSalesforce) -> None:
        super().__init__()
        self.fake = fake
        self.trust_env = False

    def request(self, method: str, url: Any, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("timeout", 5)
        url = re.sub(r"^https://[^/]*", self.fake.url, str(url))
        return super().request(method, url, *args, **kwargs)


@pytest.fixture(scope="module")
def org() -> dict[str, Any]:
    return load_org(DEMO_ORG)


@pytest.fixture(scope="module")
def private_key() -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


@pytest.fixture
def fake(org: dict[str, Any]) -> Iterator[FakeSalesforce]:
    with FakeSalesforce(org, page_size=25) as server:
        yield server


def connect(fake: FakeSalesforce) -> Salesforce:
    """A client on the fake's pre-issued session id (no login, so no automatic re-login)."""
    return Salesforce(
        instance_url=fake.instance_url, session_id=fake.session_id, session=LoopbackSession(fake)
    )


def jwt_login(fake: FakeSalesforce, key: str, **overrides: Any) -> Salesforce:
    kwargs = dict(username=SCAN_USER, consumer_key=fake.org.auth["client_id"], privatekey=key)
    kwargs.update(overrides)
    return Salesforce(domain="larkspur.my", session=LoopbackSession(fake), **kwargs)


def client_credentials_login(fake: FakeSalesforce, secret: str | None = None) -> Salesforce:
    return Salesforce(
        consumer_key=fake.org.auth["client_id"],
        consumer_secret=secret or fake.org.auth["client_secret"],
        domain="larkspur.my",
        session=LoopbackSession(fake),
    )


def sobjects(sf: Salesforce) -> list[dict[str, Any]]:
    """describeGlobal through simple-salesforce's ``describe()`` (GET .../sobjects)."""
    body = sf.describe()
    assert body is not None
    return list(body["sobjects"])


def sobject(sf: Salesforce, name: str) -> SFType:
    """``sf.Contact`` and friends, typed."""
    return cast(SFType, getattr(sf, name))


def tooling(sf: Salesforce, soql: str) -> Any:
    return sf.restful("tooling/query/", params={"q": soql})


def error_of(exc: pytest.ExceptionInfo[Exception]) -> dict[str, Any]:
    """The first entry of a Salesforce error array carried by a simple-salesforce exception."""
    content: list[dict[str, Any]] = exc.value.content  # type: ignore[attr-defined]
    return content[0]


def token_posts(fake: FakeSalesforce) -> int:
    return sum(1 for m, p in fake.requests if (m, p) == ("POST", "/services/oauth2/token"))


# --- describe -------------------------------------------------------------------------------
def test_describe_global_lists_objects_and_their_history(fake: FakeSalesforce) -> None:
    by_name = {s["name"]: s for s in sobjects(connect(fake))}

    assert {"Contact", "Lead", "Account", "Storefront_Order__c", "NamedCredential"} <= set(by_name)
    assert by_name["Storefront_Order__c"]["custom"] is True
    history = by_name["ContactHistory"]
    assert (history["associateEntityType"], history["associateParentEntity"]) == (
        "History",
        "Contact",
    )
    assert by_name["Storefront_Order__History"]["associateParentEntity"] == "Storefront_Order__c"
    assert (
        by_name["Contact"]["urls"]["describe"] == "/services/data/v59.0/sobjects/Contact/describe"
    )


def test_describe_contact_carries_every_pii_key(fake: FakeSalesforce) -> None:
    describe = sobject(connect(fake), "Contact").describe()
    fields = {f["name"]: f for f in describe["fields"]}

    assert all(set(f) >= DESCRIBE_KEYS for f in fields.values())
    assert fields["Birthdate"]["type"] == "date" and fields["Birthdate"]["encrypted"] is True
    assert fields["Email"]["encrypted"] is False
    national = fields["National_Id__c"]
    assert (national["type"], national["maskType"], national["filterable"]) == (
        "encryptedstring",
        "lastFour",
        False,
    )
    assert fields["MailingCity"]["compoundFieldName"] == "MailingAddress"
    assert fields["MailingAddress"]["type"] == "address"
    assert fields["FirstName"]["compoundFieldName"] == "Name"
    assert (fields["AccountId"]["referenceTo"], fields["AccountId"]["relationshipName"]) == (
        ["Account"],
        "Account",
    )
    children = {c["relationshipName"]: c["childSObject"] for c in describe["childRelationships"]}
    assert children["Storefront_Orders__r"] == "Storefront_Order__c"
    assert children["Histories"] == "ContactHistory"


def test_formula_field_and_paths_with_or_without_trailing_slash(fake: FakeSalesforce) -> None:
    headers = {"Authorization": f"Bearer {fake.session_id}"}
    for path in ("sobjects/Storefront_Order__c/describe", "sobjects/Storefront_Order__c/describe/"):
        r = requests.get(f"{fake.url}/services/data/v62.0/{path}", headers=headers, timeout=5)
        assert r.status_code == 200
    fields = {f["name"]: f for f in r.json()["fields"]}
    assert fields["Customer_Name__c"]["calculated"] is True
    assert "Contact__r.FirstName" in fields["Customer_Name__c"]["calculatedFormula"]


# --- data queries ---------------------------------------------------------------------------
def test_query_all_follows_next_records_url_across_pages(fake: FakeSalesforce) -> None:
    sf = connect(fake)
    first = sf.query("SELECT Id, Email, Account.Name FROM Contact ORDER BY LastName")
    assert first["done"] is False and first["totalSize"] == 60 and len(first["records"]) == 25
    assert re.fullmatch(r"/services/data/v59\.0/query/01g\w+-25", first["nextRecordsUrl"])

    records = sf.query_all("SELECT Id, Email, Account.Name FROM Contact ORDER BY LastName")[
        "records"
    ]

    assert len(records) == 60 and len({r["Id"] for r in records}) == 60
    assert records[0]["attributes"]["type"] == "Contact"
    account = records[0]["Account"]
    assert account["attributes"]["type"] == "Account" and account["Name"]
    assert sum(1 for _, p in fake.requests if "/query/01g" in p) >= 2


def test_query_all_with_deleted_sees_the_recycle_bin(fake: FakeSalesforce) -> None:
    sf = connect(fake)
    everything = sf.query_all("SELECT Id, IsDeleted FROM Contact", include_deleted=True)
    assert everything["totalSize"] == 62
    assert sum(r["IsDeleted"] for r in everything["records"]) == 2


def test_filters_relationships_and_masked_classic_encryption(fake: FakeSalesforce) -> None:
    sf = connect(fake)
    email = sf.query("SELECT Email FROM Contact LIMIT 1")["records"][0]["Email"]
    found = sf.query(f"SELECT Id, Name FROM Contact WHERE Email = '{email.upper()}'")
    assert found["totalSize"] == 1  # '=' on text is case-insensitive, as in SOQL

    orders = sf.query_all(
        "SELECT Order_Number__c, Contact__r.Email FROM Storefront_Order__c "
        "WHERE Status__c IN ('Shipped', 'Delivered') AND Contact__c != null"
    )["records"]
    assert orders and all("@" in o["Contact__r"]["Email"] for o in orders)

    values = [
        r["National_Id__c"]
        for r in sf.query_all("SELECT National_Id__c FROM Contact")["records"]
        if r["National_Id__c"]
    ]
    assert values and all(re.fullmatch(r"\*\*\*-\*\*-\d{4}", v) for v in values)


def test_count_min_and_record_counts(fake: FakeSalesforce) -> None:
    sf = connect(fake)
    assert sf.query("SELECT COUNT() FROM Lead") == {"totalSize": 40, "done": True, "records": []}
    oldest = sf.query("SELECT MIN(CreatedDate) FROM Contact")["records"][0]
    assert oldest["attributes"]["type"] == "AggregateResult"
    assert oldest["expr0"].startswith("2022-10-03T")
    counts = sf.restful("limits/recordCount", params={"sObjects": "Contact,Lead,Nope__c"})
    assert counts == {"sObjects": [{"count": 60, "name": "Contact"}, {"count": 40, "name": "Lead"}]}


@pytest.mark.parametrize(
    ("soql", "code", "text"),
    [
        (
            "SELECT Id, Emial FROM Contact",
            "INVALID_FIELD",
            "No such column 'Emial' on entity 'Contact'",
        ),
        ("SELECT Id FROM Contacts", "INVALID_TYPE", "sObject type 'Contacts' is not supported."),
        (
            "SELECT Id FROM Contact WHERE National_Id__c = 'x'",
            "INVALID_FIELD",
            "can not be filtered",
        ),
        (
            "SELECT Id FROM Contact WHERE CreatedDate > '2024-01-01'",
            "INVALID_FIELD",
            "type dateTime",
        ),
        ("SELECT Id FROM Contact WHERE", "MALFORMED_QUERY", "unexpected token"),
        ("SELECT Id, Metadata FROM WorkflowOutboundMessage", "INVALID_TYPE", "not supported"),
    ],
)
def test_soql_errors_as_salesforce_reports_them(
    fake: FakeSalesforce, soql: str, code: str, text: str
) -> None:
    with pytest.raises(SalesforceMalformedRequest) as exc:
        connect(fake).query(soql)
    assert error_of(exc)["errorCode"] == code
    assert text in error_of(exc)["message"]


# --- Tooling --------------------------------------------------------------------------------
def test_tooling_field_definition_carries_classification(fake: FakeSalesforce) -> None:
    result = tooling(connect(fake), FIELD_DEFINITIONS.format("Contact"))
    assert (result["entityTypeName"], result["done"], result["queryLocator"]) == (
        "FieldDefinition",
        True,
        None,
    )
    assert result["size"] == result["totalSize"] == len(result["records"]) > 15  # one page
    rows = {r["QualifiedApiName"]: r for r in result["records"]}
    # As a real org: rows for the compound fields, none for their parts (EntityParticles)
    assert {"Name", "MailingAddress"} <= set(rows)
    assert not {"FirstName", "LastName", "MailingStreet", "MailingCity"} & set(rows)
    email = rows["Email"]
    assert email["attributes"]["url"].endswith("/tooling/sobjects/FieldDefinition/Contact.Email")
    assert (email["DataType"], email["ComplianceGroup"], email["IsFieldHistoryTracked"]) == (
        "Email",
        "PII;GDPR",
        True,
    )
    assert email["BusinessOwnerId"].startswith("005")
    assert rows["MobilePhone"]["ComplianceGroup"] == "GDPR;CCPA"
    assert rows["AccountId"]["DataType"] == "Lookup(Account)"
    # a standard lookup is named by its relationship in DurableId, as real orgs do
    assert rows["AccountId"]["attributes"]["url"].endswith("/FieldDefinition/Contact.Account")
    assert rows["Fax"]["DataType"] == "Fax"  # describe says phone
    assert rows["National_Id__c"]["SecurityClassification"] == "Restricted"
    assert rows["Fax"]["BusinessStatus"] == "DeprecateCandidate"


def test_tooling_metadata_objects_enforce_their_limits(fake: FakeSalesforce) -> None:
    sf = connect(fake)
    with pytest.raises(SalesforceMalformedRequest) as exc:
        tooling(sf, "SELECT QualifiedApiName FROM FieldDefinition WHERE DataType = 'Email'")
    assert "a filter on a reified column is required" in error_of(exc)["message"]
    with pytest.raises(SalesforceMalformedRequest) as exc:
        tooling(
            sf,
            "SELECT QualifiedApiName FROM FieldDefinition WHERE EntityDefinition.QualifiedApiName"
            " = 'Contact' OR EntityDefinition.QualifiedApiName = 'Lead'",
        )
    assert error_of(exc)["errorCode"] == "MALFORMED_QUERY"
    custom = tooling(
        sf,
        "SELECT DurableId, QualifiedApiName FROM EntityDefinition WHERE IsCustomizable = true "
        "LIMIT 1",  # ignored, as Salesforce ignores it here
    )
    names = {r["QualifiedApiName"] for r in custom["records"]}
    assert {"Contact", "Lead", "Storefront_Order__c"} <= names and "ContactHistory" not in names
    by_id = next(r["DurableId"] for r in custom["records"] if r["QualifiedApiName"].endswith("__c"))
    fields = tooling(
        sf, f"SELECT QualifiedApiName FROM FieldDefinition WHERE EntityDefinitionId = '{by_id}'"
    )
    assert "Customer_Email__c" in {r["QualifiedApiName"] for r in fields["records"]}


def test_outbound_message_metadata_needs_one_row(fake: FakeSalesforce) -> None:
    sf = connect(fake)
    ids = tooling(sf, "SELECT Id, Name, EntityDefinitionId FROM WorkflowOutboundMessage")
    assert ids["totalSize"] == 2
    with pytest.raises(SalesforceMalformedRequest) as exc:
        tooling(sf, "SELECT Id, Metadata FROM WorkflowOutboundMessage")
    assert "no more than one row" in error_of(exc)["message"]

    order = next(r for r in ids["records"] if r["Name"] == "Order to ShipFast")
    one = tooling(sf, f"SELECT Metadata FROM WorkflowOutboundMessage WHERE Id = '{order['Id']}'")
    assert "Customer_Email__c" in one["records"][0]["Metadata"]["fields"]
    record = sf.restful(f"tooling/sobjects/WorkflowOutboundMessage/{order['Id']}")
    assert record is not None and record["Metadata"]["endpointUrl"].startswith("https://")


def test_third_party_extensions(fake: FakeSalesforce) -> None:
    sf = connect(fake)
    packages = tooling(
        sf,
        "SELECT Id, SubscriberPackageId, SubscriberPackage.NamespacePrefix, "
        "SubscriberPackage.Name, SubscriberPackageVersion.MajorVersion "
        "FROM InstalledSubscriberPackage ORDER BY SubscriberPackageId",
    )["records"]
    assert {p["SubscriberPackage"]["NamespacePrefix"] for p in packages} == {"mc4sf", "dfsle"}
    assert packages[0]["SubscriberPackage"]["attributes"]["type"] == "SubscriberPackage"
    sites = tooling(sf, "SELECT SiteName, EndpointUrl, ProtocolMismatch FROM RemoteProxy")
    insecure = [s["EndpointUrl"] for s in sites["records"] if s["ProtocolMismatch"]]
    assert insecure == ["http://api.shipfast.example"]
    cdc = tooling(sf, "SELECT SelectedEntity FROM PlatformEventChannelMember")["records"]
    assert [c["SelectedEntity"] for c in cdc] == ["ContactChangeEvent"]
    tokens = sf.query_all("SELECT AppName, UseCount, User.Username FROM OauthToken")["records"]
    sync = next(t for t in tokens if t["AppName"] == "Storefront Sync")
    assert sync["User"]["Username"] == "integration@larkspur-co.example"
    sources = sf.query("SELECT Endpoint, NamedCredentialId FROM ExternalDataSource")["records"]
    assert sources[0]["Endpoint"].startswith("callout:ShipFast_API")


# --- login ----------------------------------------------------------------------------------
def test_jwt_bearer_login(fake: FakeSalesforce, private_key: str) -> None:
    sf = jwt_login(fake, private_key)
    assert sf.session_id != fake.session_id and sf.sf_instance == f"127.0.0.1:{fake.port}"
    assert sf.query("SELECT COUNT() FROM Contact")["totalSize"] == 60
    with pytest.raises(SalesforceAuthenticationFailed, match="invalid_client_id"):
        jwt_login(fake, private_key, consumer_key="3MVG9-someone-else")
    with pytest.warns(UserWarning), pytest.raises(SalesforceAuthenticationFailed):
        jwt_login(fake, private_key, username="nobody@larkspur-co.example")


def test_jwt_assertion_claims_are_checked(fake: FakeSalesforce) -> None:
    def post(claims: dict[str, Any]) -> requests.Response:
        def part(data: dict[str, Any]) -> str:
            return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

        assertion = f"{part({'alg': 'RS256'})}.{part(claims)}.c2ln"
        grant = "urn:ietf:params:oauth:grant-type:jwt-bearer"
        data = {"grant_type": grant, "assertion": assertion}
        return requests.post(f"{fake.url}/services/oauth2/token", data=data, timeout=5)

    good = {
        "iss": fake.org.auth["client_id"],
        "sub": SCAN_USER,
        "aud": "https://login.salesforce.com",
        "exp": int(time.time()) + 180,
    }
    assert post(good).status_code == 200
    for broken in ({"exp": int(time.time()) - 5}, {"aud": "https://evil.example"}):
        r = post(good | broken)
        assert r.status_code == 400 and r.json()["error"] == "invalid_grant"
    r = post({k: v for k, v in good.items() if k != "aud"})
    assert r.json() == {
        "error": "invalid_grant",
        "error_description": "invalid assertion: missing aud",
    }


def test_client_credentials_login(fake: FakeSalesforce) -> None:
    sf = client_credentials_login(fake)
    assert sf.query("SELECT COUNT() FROM Lead")["totalSize"] == 40
    with pytest.raises(SalesforceAuthenticationFailed, match="invalid_client"):
        client_credentials_login(fake, secret="wrong")


# --- faults ---------------------------------------------------------------------------------
@pytest.mark.parametrize("method", ["jwt", "client_credentials"])
def test_expired_session_logs_in_again(org: dict[str, Any], private_key: str, method: str) -> None:
    with FakeSalesforce(org, faults=Faults(expire_session_after=2)) as fake:
        sf = jwt_login(fake, private_key) if method == "jwt" else client_credentials_login(fake)
        for _ in range(5):
            assert sf.query("SELECT COUNT() FROM Account")["totalSize"] == 20
        assert token_posts(fake) == 3  # the first login, then one per two calls
        assert ("GET", "/services/data/v59.0/query/") in fake.requests


def test_expired_session_without_credentials_raises(org: dict[str, Any]) -> None:
    with FakeSalesforce(org, faults=Faults(expire_session_after=1)) as fake:
        sf = connect(fake)
        sf.query("SELECT COUNT() FROM Account")
        with pytest.raises(SalesforceExpiredSession) as exc:
            sf.query("SELECT COUNT() FROM Account")
    assert error_of(exc) == {
        "message": "Session expired or invalid",
        "errorCode": "INVALID_SESSION_ID",
    }


def test_request_limit_exceeded(org: dict[str, Any]) -> None:
    faults = Faults(request_limit_exceeded=True)
    with FakeSalesforce(org, faults=faults) as fake, pytest.raises(SalesforceRefusedRequest) as exc:
        connect(fake).describe()
    assert error_of(exc)["errorCode"] == "REQUEST_LIMIT_EXCEEDED"


def test_server_errors_then_recovery(org: dict[str, Any]) -> None:
    with FakeSalesforce(org, faults=Faults(server_errors=2)) as fake:
        sf = connect(fake)
        for _ in range(2):
            with pytest.raises(SalesforceGeneralError) as exc:
                sf.query("SELECT COUNT() FROM Contact")
            assert exc.value.status == 503
        assert sf.query("SELECT COUNT() FROM Contact")["totalSize"] == 60
        assert fake.faults.server_errors == 0


def test_denied_objects_look_like_a_missing_permission(org: dict[str, Any]) -> None:
    faults = Faults(denied={"NamedCredential", "RemoteProxy", "Lead"})
    with FakeSalesforce(org, faults=faults) as fake:
        sf = connect(fake)
        for call in (
            lambda: sf.query("SELECT Id FROM NamedCredential"),
            lambda: tooling(sf, "SELECT Id, EndpointUrl FROM RemoteProxy"),
        ):
            with pytest.raises(SalesforceMalformedRequest) as exc:
                call()
            assert error_of(exc)["errorCode"] == "INVALID_TYPE"
            assert (
                "is not supported. If you are attempting to use a custom object"
                in (error_of(exc)["message"])
            )
        with pytest.raises(SalesforceResourceNotFound):
            sobject(sf, "Lead").describe()
        assert "Lead" not in {s["name"] for s in sobjects(sf)}
        assert tooling(sf, FIELD_DEFINITIONS.format("Lead"))["totalSize"] == 0


def test_field_level_security_hides_fields(org: dict[str, Any]) -> None:
    with FakeSalesforce(org, faults=Faults(hidden_fields={"Contact.Birthdate"})) as fake:
        sf = connect(fake)
        assert "Birthdate" not in {f["name"] for f in sobject(sf, "Contact").describe()["fields"]}
        rows = tooling(sf, FIELD_DEFINITIONS.format("Contact"))["records"]
        assert "Birthdate" not in {r["QualifiedApiName"] for r in rows}
        with pytest.raises(SalesforceMalformedRequest, match="INVALID_FIELD"):
            sf.query("SELECT Birthdate FROM Contact")


def test_api_usage_header_and_request_log(fake: FakeSalesforce) -> None:
    sf = connect(fake)
    sf.describe()
    sf.query_all("SELECT Id FROM Storefront_Order__c")  # 80 records: 4 pages of 25
    usage = sf.api_usage["api-usage"]
    assert (usage.used, usage.total) == (fake.api_usage, 15000) == (5, 15000)
    assert fake.requests[0] == ("GET", "/services/data/v59.0/sobjects")
    assert fake.soql == ["SELECT Id FROM Storefront_Order__c"]


def test_versions_need_no_session_and_writes_are_refused(fake: FakeSalesforce) -> None:
    versions = requests.get(f"{fake.url}/services/data/", timeout=5).json()
    assert [v["version"] for v in versions] == ["59.0", "60.0", "61.0", "62.0"]
    r = requests.get(f"{fake.url}/services/data/v59.0/sobjects/", timeout=5)
    assert r.status_code == 401 and r.json()[0]["errorCode"] == "INVALID_SESSION_ID"
    assert r.headers["Sforce-Limit-Info"] == "api-usage=0/15000"
    headers = {"Authorization": f"Bearer {fake.session_id}"}
    r = requests.patch(
        f"{fake.url}/services/data/v59.0/sobjects/Contact/x", headers=headers, timeout=5
    )
    assert r.status_code == 405 and r.json()[0]["errorCode"] == "METHOD_NOT_ALLOWED"


def test_the_server_is_shut_down(org: dict[str, Any]) -> None:
    with FakeSalesforce(org) as fake:
        url = fake.url
        assert requests.get(f"{url}/services/data", timeout=5).status_code == 200
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{url}/services/data", timeout=5)


def test_classification_on_a_compound_part_is_refused() -> None:
    """A real org has no FieldDefinition row for MailingCity: an org JSON may not classify it."""
    org = {"objects": {"Contact": {"fields": [
        {"name": "MailingCity", "type": "string"}, {"name": "MailingAddress", "type": "address"}],
        "field_definitions": {"MailingCity": {"ComplianceGroup": "PII"}}}}}  # fmt: skip
    with pytest.raises(ValueError, match="MailingCity is a part of MailingAddress"):
        FakeSalesforce(org)
