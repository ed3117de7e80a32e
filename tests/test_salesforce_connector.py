"""The Salesforce connector against the loopback fake org: real HTTP, simple-salesforce's stack.

Discovery (fields, types, encryption, data classification, counts, oldest record, history
tracking), third parties, each login method, plain http refused off loopback, and the faults a
real org produces: expired sessions, API limits, 5xx answers, missing permissions, pagination.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests

from connectors.salesforce.connector import SalesforceConnector
from connectors.salesforce.fake import FakeSalesforce, Faults, load_org
from lineage.core.config import parse_estate
from lineage.core.errors import ConfigError, ConnectorError
from lineage.core.model import Status

REPO = Path(__file__).resolve().parents[1]
DEMO_ORG = REPO / "sample_data/demo/salesforce_org.json"
CONSUMER_KEY = "3MVG9.test-consumer-key"
CLIENT_SECRET = "cc-secret-value-9f2d"
SCANNER = "scanner@acme.example"
PASSWORD, TOKEN = "pw-Hunter2-xyz", "tok-AbC123"


def _contact(n: int, created: str, **extra: Any) -> dict[str, Any]:
    return {
        "Id": f"003000000000{n:03d}AAA",
        "FirstName": f"Ada{n}",
        "LastName": f"Lovelace{n}",
        "Email": f"ada{n}@example.com",
        "Phone": f"+44 20 7946 0{n:03d}",
        "SSN__c": f"123-45-{n:04d}",
        "MailingCity": "London",
        "AccountId": "001000000000001AAA",
        "CreatedDate": created,
        **extra,
    }


# fmt: off
ORG: dict[str, Any] = {
    "org_id": "00D000000000042AAA",
    "name": "Test org",
    "auth": {
        "client_id": CONSUMER_KEY,
        "client_secret": CLIENT_SECRET,
        "jwt_subjects": [SCANNER],
        "client_credentials_user": SCANNER,
    },
    "objects": {
        "Account": {
            "keyPrefix": "001",
            "fields": [{"name": "Name", "type": "string"}],
            "records": [
                {"Id": "001000000000001AAA", "Name": "Acme",
                 "CreatedDate": "2021-05-01T00:00:00.000+0000"}
            ],
        },
        "Contact": {
            "keyPrefix": "003",
            "fields": [
                {"name": "FirstName", "type": "string", "label": "First Name"},
                {"name": "LastName", "type": "string", "label": "Last Name"},
                {"name": "Email", "type": "email", "encrypted": True},
                {"name": "Phone", "type": "phone"},
                {"name": "SSN__c", "type": "encryptedstring", "label": "SSN", "mask": "X",
                 "maskType": "lastFour"},
                {"name": "MailingStreet", "type": "textarea"},
                {"name": "MailingCity", "type": "string"},
                {"name": "MailingAddress", "type": "address"},
                {"name": "Greeting__c", "type": "string", "calculated": True,
                 "calculatedFormula": "'Dear ' & FirstName"},
                {"name": "AccountId", "type": "reference", "referenceTo": ["Account"],
                 "relationshipName": "Account"},
            ],
            "field_definitions": {
                "Email": {
                    "SecurityClassification": "Confidential",
                    "ComplianceGroup": "PII;GDPR",
                    "BusinessOwnerId": "005000000000001AAA",
                    "BusinessStatus": "Active",
                    "IsFieldHistoryTracked": True,
                },
                "Phone": {"ComplianceGroup": "PII", "IsFieldHistoryTracked": True},
            },
            "records": [
                _contact(1, "2023-01-02T10:00:00.000+0000"),
                _contact(2, "2019-03-04T05:06:07.000+0000"),
                _contact(3, "2024-07-08T09:10:11.000+0000"),
                _contact(4, "2022-02-02T02:02:02.000+0000"),
                _contact(5, "2020-12-12T12:12:12.000+0000"),
                _contact(6, "2018-01-01T00:00:00.000+0000", IsDeleted=True),
            ],
        },
        "Loyalty__c": {
            "durableId": "01I000000000077",
            "fields": [
                {"name": "Tier__c", "type": "picklist", "values": ["Gold", "Silver"]},
                {"name": "Birthday__c", "type": "date", "label": "Birthday"},
            ],
            "field_definitions": {"Birthday__c": {"IsFieldHistoryTracked": True}},
            "records": [{"Id": "a01000000000001AAA", "Tier__c": "Gold", "Birthday__c": "1990-01-31",
                         "CreatedDate": "2022-01-01T00:00:00.000+0000"}],
        },
        "Individual": {
            "keyPrefix": "0PK",
            "fields": [{"name": "ShouldForget", "type": "boolean"}],
            "records": [],
        },
    },
    "data": {
        "NamedCredential": [
            {"Id": "0XA000000000001AAA", "DeveloperName": "Klaviyo", "MasterLabel": "Klaviyo API",
             "Endpoint": "https://a.klaviyo.com/api", "PrincipalType": "NamedUser",
             "AuthProviderId": "0SO000000000001AAA"},
        ],
        "ExternalDataSource": [
            {"Id": "0XC000000000001AAA", "DeveloperName": "Warehouse",
             "MasterLabel": "Warehouse OData", "Endpoint": "callout:Klaviyo/odata",
             "Type": "OData4", "PrincipalType": "NamedUser", "Protocol": "Password",
             "IsWritable": False},
        ],
        "ConnectedApplication": [
            {"Id": "0H4000000000001AAA", "Name": "Shop Sync", "RefreshTokenValidityPeriod": None,
             "OptionsRefreshTokenValidityMetric": None, "StartUrl": None},
        ],
        "OauthToken": [
            {"Id": f"0CQ00000000000{i}AAA", "AppName": "Shop Sync", "UserId": "005000000000001AAA",
             "LastUsedDate": f"2026-09-0{i}T00:00:00.000+0000", "UseCount": 10 * i}
            for i in range(1, 4)
        ],
    },
    "tooling": {
        "InstalledSubscriberPackage": [
            {"Id": "0A3000000000001AAA", "SubscriberPackageId": "033000000000001AAA",
             "SubscriberPackage": {"Id": "033000000000001AAA", "Name": "Mailchimp for Salesforce",
                                   "NamespacePrefix": "mc4sf"},
             "SubscriberPackageVersion": {"Id": "04t000000000001AAA", "Name": "Spring",
                                          "MajorVersion": 1, "MinorVersion": 2,
                                          "PatchVersion": 0, "BuildNumber": 3}},
        ],
        "RemoteProxy": [
            {"Id": "0rp000000000001AAA", "SiteName": "ShipFast",
             "EndpointUrl": "http://api.shipfast.example", "IsActive": True,
             "ProtocolMismatch": False},
            {"Id": "0rp000000000002AAA", "SiteName": "Klaviyo",
             "EndpointUrl": "https://a.klaviyo.com", "IsActive": True, "ProtocolMismatch": False},
            {"Id": "0rp000000000003AAA", "SiteName": "LegacyCRM",
             "EndpointUrl": "https://legacy.example.net", "IsActive": True,
             "ProtocolMismatch": True},
        ],
        "WorkflowOutboundMessage": [
            {"Id": "04k000000000001AAA", "Name": "Contact_to_ERP", "EntityDefinitionId": "Contact",
             "FullName": "Contact.Contact_to_ERP",
             "Metadata": {"endpointUrl": "https://erp.example.com/sf",
                          "fields": ["Id", "FirstName", "Email"], "includeSessionId": True,
                          "integrationUser": SCANNER}},
            {"Id": "04k000000000002AAA", "Name": "Loyalty_to_CDP",
             "EntityDefinitionId": "01I000000000077", "FullName": "Loyalty__c.Loyalty_to_CDP",
             "Metadata": {"endpointUrl": "http://cdp.example.org/in",
                          "fields": ["Birthday__c", "Tier__c"], "includeSessionId": False}},
        ],
        "PlatformEventChannelMember": [
            {"Id": "0v8000000000001AAA", "DeveloperName": "ChangeEvents_ContactChangeEvent",
             "EventChannel": "ChangeEvents", "SelectedEntity": "ContactChangeEvent"},
        ],
    },
}
# fmt: on
#: Values of the org's records: none may appear in any error, fact, issue or evidence.
RECORD_VALUES = [c["Email"] for c in ORG["objects"]["Contact"]["records"]] + [
    c["SSN__c"] for c in ORG["objects"]["Contact"]["records"]
]


@pytest.fixture
def fake() -> Iterator[FakeSalesforce]:
    with FakeSalesforce(copy.deepcopy(ORG), faults=Faults(), page_size=2) as server:
        yield server


def connector(
    auth: dict[str, Any],
    env: dict[str, str] | None = None,
    base: Path | None = None,
    **system: Any,
) -> SalesforceConnector:
    """A connector built from estate config the way the CLI builds it (``${ENV}`` expanded)."""
    system.setdefault("options", {"retry_backoff": 0})
    raw = {"systems": {"crm": {"connector": "salesforce", "auth": auth, **system}}}
    config = parse_estate(raw, "estate.yaml", env or {})
    estate = None
    if base is not None:
        from lineage.core.config import Estate

        estate = Estate(base / "estate.yaml", config, "")
    return SalesforceConnector("crm", config.systems["crm"], estate)


def session_auth(fake: FakeSalesforce) -> tuple[dict[str, Any], dict[str, str]]:
    auth = {"method": "session", "session_id": "${SF_SESSION_ID}", "instance_url": fake.url}
    return auth, {"SF_SESSION_ID": fake.session_id}


def scan(fake: FakeSalesforce, **system: Any) -> Any:
    """Scan ``fake`` with a session id from the environment (the result has ``platform`` and
    ``third_parties`` besides the ConnectorResult fields)."""
    auth, env = session_auth(fake)
    return connector(auth, env, **system).scan()


def texts(result: Any) -> str:
    """Every string the result would put into a snapshot or a report, joined."""
    parts = [str(f) for f in result.system.facts] + [str(i) for i in result.issues]
    parts += [str(d) for d in result.datasets] + [str(t) for t in result.third_parties]
    parts += [str(f) for f in result.fields] + [str(result.platform)]
    return "\n".join(parts)


# --- discovery --------------------------------------------------------------------------------


def test_discovers_data_objects_fields_types_counts_and_oldest_record(fake):
    result = scan(fake, sample_size=3)
    datasets = {d.name: d for d in result.datasets}
    # History objects and setup objects read as third parties are not data objects.
    assert set(datasets) == {"Account", "Contact", "Individual", "Loyalty__c"}
    contact = datasets["Contact"]
    assert contact.kind == "sobject" and contact.comment == "Contact" and contact.scanned
    assert contact.row_count == 5  # the deleted record is in the Recycle Bin, not counted
    assert contact.row_count_evidence == "limits/recordCount?sObjects=Contact"
    assert contact.oldest_record == "2019-03-04T05:06:07Z"  # the API's form, normalised
    assert contact.oldest_record_evidence == "SELECT MIN(CreatedDate) FROM Contact"
    assert ("AccountId",) in [fk.columns for fk in contact.foreign_keys]
    types = {f.name: f.data_type for f in result.fields if f.dataset == "Contact"}
    assert types["Email"] == "email" and types["Phone"] == "phone"
    assert types["SSN__c"] == "encryptedstring" and types["MailingAddress"] == "address"
    assert types["Id"] == "id" and types["AccountId"] == "reference"
    fields = {f.name: f for f in result.fields if f.dataset == "Contact"}
    assert fields["FirstName"].comment == "First Name" and not fields["Id"].nullable
    # One recordCount call for every object.
    assert sum(1 for _, p in fake.requests if p.endswith("/limits/recordCount")) == 1


def test_encryption_at_rest_from_shield_and_classic_encryption(fake):
    result = scan(fake)
    fields = {f.name: f for f in result.fields if f.dataset == "Contact"}
    assert fields["Email"].at_rest.status is Status.OK
    assert fields["Email"].at_rest.evidence == (
        "Contact.Email: Shield Platform Encryption (describe encrypted=true)",
    )
    assert fields["SSN__c"].at_rest.status is Status.OK
    assert fields["SSN__c"].at_rest.evidence == (
        "Contact.SSN__c: Classic encrypted field (type encryptedstring, mask lastFour X)",
    )
    assert fields["Phone"].at_rest.status is Status.UNKNOWN
    facts = {f.name: f for f in result.system.facts}
    assert facts["encrypted_fields"].value == "2"
    assert "Contact.Email, Contact.SSN__c" in facts["encrypted_fields"].evidence


def test_platform_metadata_classification_formulas_and_compound_fields(fake):
    result = scan(fake)
    email = result.platform["crm/Contact/Email"]
    assert email["ComplianceGroup"] == "PII;GDPR"
    assert email["SecurityClassification"] == "Confidential"
    assert email["BusinessOwnerId"] == "005000000000001AAA"
    assert email["BusinessStatus"] == "Active"
    assert email["IsFieldHistoryTracked"] == "true"
    assert email["historyObject"] == "ContactHistory"
    assert email["encryption"] == "shield" and email["type"] == "email"
    assert result.platform["crm/Contact/SSN__c"]["encryption"] == "classic"
    assert result.platform["crm/Contact/Greeting__c"]["calculatedFormula"] == "'Dear ' & FirstName"
    assert result.platform["crm/Contact/MailingCity"]["compoundFieldName"] == "MailingAddress"
    assert result.platform["crm/Contact/AccountId"]["referenceTo"] == "Account"
    assert result.platform["crm/Contact/FirstName"]["IsFieldHistoryTracked"] == "false"
    loyalty = result.platform["crm/Loyalty__c/Birthday__c"]
    assert loyalty["historyObject"] == "Loyalty__History" and loyalty["label"] == "Birthday"
    facts = {f.name: f for f in result.system.facts}
    history = facts["field_history.Contact"]
    assert history.value == "Email, Phone"
    assert "ContactHistory keeps old and new values" in history.evidence
    assert facts["privacy_objects"].value == "Individual"


def test_samples_are_bounded_paginated_and_skip_encrypted_fields(fake):
    result = scan(fake, sample_size=3)
    first_names = result.samples["crm/Contact/FirstName"]
    assert first_names == ("Ada1", "Ada2", "Ada3")  # ORDER BY Id, no deleted record
    assert "crm/Contact/Email" not in result.samples  # Shield: never read
    assert "crm/Contact/SSN__c" not in result.samples  # classic: never read
    assert "crm/Contact/CreatedDate" not in result.samples
    sampling = [q for q in fake.soql if q.startswith("SELECT FirstName")]
    assert len(sampling) == 1 and "Email" not in sampling[0] and "SSN__c" not in sampling[0]
    assert "LIMIT 9" in sampling[0]
    # page_size=2: the 5 records came in 3 pages through nextRecordsUrl.
    assert sum(1 for _, p in fake.requests if "/query/01g" in p) >= 2
    assert not any(v in texts(result) for v in RECORD_VALUES)


def test_sample_size_zero_reads_no_values(fake):
    result = scan(fake, sample_size=0)
    assert result.samples == {}
    assert not any(q.startswith("SELECT FirstName") for q in fake.soql)


def test_include_and_exclude_select_objects(fake):
    result = scan(fake, include=["Con*", "Acc*"], exclude=["Account"])
    assert [d.name for d in result.datasets] == ["Contact"]


# --- third parties --------------------------------------------------------------------------


def test_third_parties_with_transit_auth_and_fields_sent(fake):
    result = scan(fake)
    parties = {(t.kind, t.name): t for t in result.third_parties}
    shipfast = parties["remote_site", "ShipFast"]
    assert shipfast.transit.status is Status.GAP and "not encrypted" in shipfast.transit.evidence[0]
    assert parties["remote_site", "Klaviyo"].transit.status is Status.OK
    legacy = parties["remote_site", "LegacyCRM"]
    assert legacy.transit.status is Status.GAP
    assert "protocol security disabled" in legacy.transit.evidence[0]
    erp = parties["outbound_message", "Contact_to_ERP"]
    assert erp.endpoint == "https://erp.example.com/sf" and erp.transit.status is Status.OK
    assert erp.dataset == "Contact" and erp.fields == ("Email", "FirstName", "Id")
    assert any("includeSessionId=true" in e for e in erp.evidence)
    klaviyo = parties["named_credential", "Klaviyo API"]
    assert klaviyo.auth == "short_lived_oauth" and klaviyo.vendor == "klaviyo.com"
    warehouse = parties["external_data_source", "Warehouse OData"]
    assert warehouse.endpoint == "https://a.klaviyo.com/api"  # callout:Klaviyo resolved
    assert warehouse.auth == "static_credential"
    app = parties["connected_app", "Shop Sync"]
    assert app.transit.status is Status.OK
    assert any("3 token(s), used 60 time(s)" in e for e in app.evidence)
    package = parties["installed_package", "Mailchimp for Salesforce"]
    assert package.vendor == "mc4sf" and "version 1.2.0" in package.evidence[0]
    cdc = parties["cdc", "Change Data Capture: ContactChangeEvent on ChangeEvents"]
    assert cdc.dataset == "Contact" and cdc.transit.status is Status.UNKNOWN
    cdp = parties["outbound_message", "Loyalty_to_CDP"]
    assert cdp.dataset == "Loyalty__c" and cdp.transit.status is Status.GAP  # DurableId resolved
    assert cdp.fields == ("Birthday__c", "Tier__c")
    facts = {f.name: f for f in result.system.facts}
    assert facts["third_party.remote_site.LegacyCRM"].value.endswith("(transit gap)")
    # Outbound message Metadata is read one record at a time.
    assert (
        "GET",
        "/services/data/v59.0/tooling/sobjects/WorkflowOutboundMessage/04k000000000001AAA",
    ) in fake.requests


# --- authentication ---------------------------------------------------------------------------


def test_session_id_from_environment(fake):
    result = scan(fake)
    facts = {f.name: f for f in result.system.facts}
    assert facts["auth_method"].value == "session"
    assert facts["instance"].value == "http://127.0.0.1"  # no port: it changes every run
    assert result.system.transit.status is Status.OK
    assert "loopback test server" in result.system.transit.evidence[0]
    assert result.system.vendor == "Salesforce"
    assert facts["api_daily_limit"].value == "15000"
    assert "Sforce-Limit-Info" in facts["api_daily_limit"].evidence


def test_literal_password_is_refused(fake):
    with pytest.raises(ConfigError, match="literal secret"):
        connector(
            {"method": "password", "username": SCANNER, "password": PASSWORD,
             "security_token": "${T}", "instance_url": fake.url},
            {"T": TOKEN},
        )  # fmt: skip


def _rsa_key(tmp_path: Path) -> Path:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    path = tmp_path / "sf.key"
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return path


def test_jwt_bearer_with_a_generated_rsa_key(fake, tmp_path):
    key = _rsa_key(tmp_path)
    auth = {"method": "jwt", "username": SCANNER, "consumer_key": "${SF_CONSUMER_KEY}",
            "private_key_file": key.name, "instance_url": fake.url}  # fmt: skip
    result = connector(auth, {"SF_CONSUMER_KEY": CONSUMER_KEY}, base=tmp_path).scan()
    facts = {f.name: f.value for f in result.system.facts}
    assert facts["auth_method"] == "jwt" and facts["auth_credential"] == "short_lived_oauth"
    assert facts["scan_identity"] == SCANNER
    assert ("POST", "/services/oauth2/token") in fake.requests
    assert {d.name for d in result.datasets} == {"Account", "Contact", "Individual", "Loyalty__c"}


def test_jwt_for_an_unknown_user_is_a_one_line_error(fake, tmp_path):
    key = _rsa_key(tmp_path)
    auth = {"method": "jwt", "username": "nobody@acme.example", "consumer_key": CONSUMER_KEY,
            "private_key_file": str(key), "instance_url": fake.url}  # fmt: skip
    with pytest.raises(ConnectorError) as err:
        connector(auth).scan()
    message = str(err.value)
    assert "refused the OAuth 2.0 JWT bearer login" in message
    assert "user hasn't approved this consumer" in message and "\n" not in message
    assert "PRIVATE KEY" not in message


def test_jwt_private_key_file_missing_is_a_config_error(fake, tmp_path):
    auth = {"method": "jwt", "username": SCANNER, "consumer_key": CONSUMER_KEY,
            "private_key_file": str(tmp_path / "absent.key"), "instance_url": fake.url}  # fmt: skip
    with pytest.raises(ConfigError, match=r"auth\.private_key_file: cannot read"):
        connector(auth).scan()


def test_client_credentials(fake):
    auth = {"method": "client_credentials", "consumer_key": CONSUMER_KEY,
            "consumer_secret": "${SF_SECRET}", "instance_url": fake.url}  # fmt: skip
    result = connector(auth, {"SF_SECRET": CLIENT_SECRET}).scan()
    facts = {f.name: f.value for f in result.system.facts}
    assert facts["auth_method"] == "client_credentials"
    assert facts["auth_credential"] == "short_lived_oauth"
    with pytest.raises(ConnectorError, match="invalid client credentials") as err:
        connector(auth, {"SF_SECRET": "wrong-secret-1"}).scan()
    assert "wrong-secret-1" not in str(err.value) and CLIENT_SECRET not in str(err.value)


class SoapFront:
    """The fake org has no SOAP login; this loopback front answers ``/services/Soap/u/`` with a
    session the fake issued and forwards every other request to the fake unchanged."""

    def __init__(self, fake: FakeSalesforce) -> None:
        self.fake = fake
        self.logins: list[str] = []
        front = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.path.startswith("/services/Soap/u/"):
                    status, data = front.soap_login(body.decode())
                    content_type = "text/xml"
                else:
                    headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
                    r = requests.request(self.command, front.fake.url + self.path,
                                         headers=headers, data=body, timeout=10)  # fmt: skip
                    status, data = r.status_code, r.content
                    content_type = r.headers.get("Content-Type", "application/json")
                    limit = r.headers.get("Sforce-Limit-Info")
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                if not self.path.startswith("/services/Soap/") and limit:
                    self.send_header("Sforce-Limit-Info", limit)
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _forward

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()

    def soap_login(self, envelope: str) -> tuple[int, bytes]:
        self.logins.append(envelope)
        if f"<n1:password>{PASSWORD}{TOKEN}</n1:password>" not in envelope:
            fault = (
                "<soapenv:Envelope xmlns:soapenv='http://schemas.xmlsoap.org/soap/envelope/' "
                "xmlns:sf='urn:fault.partner.soap.sforce.com'><soapenv:Body><soapenv:Fault>"
                "<faultcode>INVALID_LOGIN</faultcode><detail><sf:LoginFault>"
                "<sf:exceptionCode>INVALID_LOGIN</sf:exceptionCode><sf:exceptionMessage>Invalid "
                "username, password, security token; or user locked out.</sf:exceptionMessage>"
                "</sf:LoginFault></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>"
            )
            return 500, fault.encode()
        host = self.url.removeprefix("http://")
        ok = (
            "<soapenv:Envelope xmlns:soapenv='http://schemas.xmlsoap.org/soap/envelope/'>"
            "<soapenv:Body><loginResponse><result>"
            f"<serverUrl>https://{host}/services/Soap/u/59.0/00D000000000042</serverUrl>"
            f"<sessionId>{self.fake.new_session()}</sessionId>"
            "</result></loginResponse></soapenv:Body></soapenv:Envelope>"
        )
        return 200, ok.encode()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def soap(fake) -> Iterator[SoapFront]:
    front = SoapFront(fake)
    yield front
    front.close()


def test_password_login_works_and_is_flagged_static(soap):
    auth = {"method": "password", "username": SCANNER, "password": "${SF_PASSWORD}",
            "security_token": "${SF_TOKEN}", "instance_url": soap.url}  # fmt: skip
    result = connector(auth, {"SF_PASSWORD": PASSWORD, "SF_TOKEN": TOKEN}).scan()
    facts = {f.name: f for f in result.system.facts}
    assert facts["auth_method"].value == "password"
    assert facts["auth_credential"].value == "gap: static_credential"
    assert "use method jwt" in facts["auth_credential"].evidence
    assert len(soap.logins) == 1 and result.datasets
    assert PASSWORD not in texts(result) and TOKEN not in texts(result)
    with pytest.raises(ConnectorError, match="INVALID_LOGIN") as err:
        connector(auth, {"SF_PASSWORD": "wrong-pw-77", "SF_TOKEN": TOKEN}).scan()
    assert "wrong-pw-77" not in str(err.value) and TOKEN not in str(err.value)


def test_unreachable_org_is_a_one_line_error_without_retries():
    import socket

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    auth = {"method": "session", "session_id": "${SID}", "instance_url": f"http://127.0.0.1:{port}"}
    with pytest.raises(ConnectorError, match=r"cannot reach http://127\.0\.0\.1:\d+.*refused"):
        connector(auth, {"SID": "00D!abc"}, options={"retry_backoff": 60}).scan()


def test_a_jwt_key_that_is_not_rsa_pem_is_a_config_error(fake, tmp_path):
    (tmp_path / "bad.key").write_text("not a key")
    auth = {"method": "jwt", "username": SCANNER, "consumer_key": CONSUMER_KEY,
            "private_key_file": str(tmp_path / "bad.key"), "instance_url": fake.url}  # fmt: skip
    with pytest.raises(ConfigError, match="not an unencrypted PEM private key"):
        connector(auth).scan()


@pytest.mark.parametrize(
    "url",
    ["http://acme.my.salesforce.com", "http://10.0.0.5:8080", "http://127.0.0.1.nip.io:8080"],
)
def test_plain_http_is_refused_off_loopback(url):
    auth = {"method": "session", "session_id": "${SID}", "instance_url": url}
    with pytest.raises(ConfigError, match=r"plain http is refused .*use https://"):
        connector(auth, {"SID": "00D!abc"}).scan()


@pytest.mark.parametrize(
    ("auth", "message"),
    [
        ({"method": "oauth"}, "unknown method 'oauth'"),
        ({"method": "jwt", "username": "u", "consumer_key": "k", "private_key_file": "k.pem",
          "instance_url": "https://acme.my.salesforce.com", "consumer_secret_file": "s"},
         "consumer_secret_file: not used by method 'jwt'"),
        ({"method": "client_credentials", "consumer_key": "k", "consumer_secret_file": "s"},
         "needs 'instance_url'"),
        ({"method": "jwt", "username": "u", "consumer_key": "k", "private_key_file": "k.pem",
          "instance_url": "https://crm.acme.com"}, "not a Salesforce host"),
    ],
)  # fmt: skip
def test_auth_block_mistakes_are_config_errors(auth, message):
    with pytest.raises(ConfigError, match=message):
        connector(auth).scan()


# --- faults -----------------------------------------------------------------------------------


def test_expired_token_is_renewed_for_jwt(fake, tmp_path):
    fake.faults.expire_session_after = 5
    auth = {"method": "jwt", "username": SCANNER, "consumer_key": CONSUMER_KEY,
            "private_key_file": str(_rsa_key(tmp_path)), "instance_url": fake.url}  # fmt: skip
    result = connector(auth).scan()
    assert not [i for i in result.issues if i.kind != "missing_permission"]
    assert fake.requests.count(("POST", "/services/oauth2/token")) > 2
    assert {d.name for d in result.datasets if d.scanned} == {
        "Account",
        "Contact",
        "Individual",
        "Loyalty__c",
    }


def test_expired_session_id_is_a_one_line_error(fake):
    fake.faults.expire_session_after = 0  # mid-scan expiry: tests/test_faults_salesforce.py
    with pytest.raises(ConnectorError) as err:
        scan(fake)
    message = str(err.value)
    assert message.startswith("crm: Salesforce session expired or invalid")
    assert "INVALID_SESSION_ID" in message and "get a new session id" in message
    assert fake.session_id not in message and "\n" not in message


def test_request_limit_exceeded_backs_off_then_stops(fake):
    fake.faults.request_limit_exceeded = True
    with pytest.raises(ConnectorError) as err:
        scan(fake, options={"retries": 2, "retry_backoff": 0.01})
    assert "API request limit exceeded" in str(err.value)
    assert "REQUEST_LIMIT_EXCEEDED" in str(err.value) and "after 2 retries" in str(err.value)
    assert len([p for _, p in fake.requests if p.endswith("/sobjects")]) == 3


def test_server_errors_are_retried(fake):
    fake.faults.server_errors = 2
    result = scan(fake)
    assert {d.name for d in result.datasets if d.scanned} == {
        "Account",
        "Contact",
        "Individual",
        "Loyalty__c",
    }
    assert len([p for _, p in fake.requests if p.endswith("/sobjects")]) == 3


def test_persistent_server_errors_stop_the_scan(fake):
    fake.faults.server_errors = 100
    with pytest.raises(ConnectorError, match=r"describeGlobal.*503.*after 3 retries"):
        scan(fake)


def test_missing_setup_permission_is_a_warning_and_the_rest_goes_on(fake):
    fake.faults.denied = {"FieldDefinition", "RemoteProxy", "NamedCredential"}
    result = scan(fake)
    warnings = [i for i in result.issues if i.kind == "missing_permission"]
    assert {w.message.split(":")[0] for w in warnings} == {
        "Tooling FieldDefinition",
        "RemoteProxy",
        "NamedCredential",
    }
    assert all("View Setup and Configuration" in w.message for w in warnings)
    assert all(d.scanned for d in result.datasets)
    assert "ComplianceGroup" not in result.platform["crm/Contact/Email"]
    kinds = {t.kind for t in result.third_parties}
    assert "remote_site" not in kinds and {"outbound_message", "connected_app"} <= kinds
    # FieldDefinition was tried once, not once per object.
    assert sum("FROM FieldDefinition" in q for q in fake.soql) == 1


def test_an_object_denied_during_the_scan_is_reported_not_scanned(fake):
    def deny_contact(done: int, total: int, what: str) -> None:
        if what == "Contact":
            fake.faults.denied = {"Contact"}

    auth, env = session_auth(fake)
    result = connector(auth, env).scan(deny_contact)
    datasets = {d.name: d for d in result.datasets}
    assert not datasets["Contact"].scanned
    assert "needs Read on Contact" in datasets["Contact"].not_scanned_reason
    assert datasets["Individual"].scanned and datasets["Account"].scanned
    assert any(i.subject == "crm/Contact" and i.kind == "not_scanned" for i in result.issues)


# --- the demo org -----------------------------------------------------------------------------


def test_discovers_the_demo_org():
    with FakeSalesforce(load_org(DEMO_ORG)) as demo:
        result = scan(demo)
        calls = demo.api_usage
    assert not result.issues
    datasets = {d.name: d for d in result.datasets}
    assert {"Account", "Contact", "Lead", "Storefront_Order__c", "User"} <= set(datasets)
    assert not any(n.endswith("History") for n in datasets)
    assert datasets["Storefront_Order__c"].row_count == 80
    assert datasets["Contact"].oldest_record and datasets["Contact"].oldest_record_evidence
    fields = {f.id: f for f in result.fields}
    birthdate, national_id = fields["crm/Contact/Birthdate"], fields["crm/Contact/National_Id__c"]
    assert "Shield Platform Encryption" in birthdate.at_rest.evidence[0]
    assert national_id.data_type == "encryptedstring"
    assert "Classic encrypted field" in national_id.at_rest.evidence[0]
    assert "crm/Contact/Birthdate" not in result.samples
    assert "crm/Contact/National_Id__c" not in result.samples
    assert result.platform["crm/Contact/Email"]["ComplianceGroup"] == "PII;GDPR"
    assert result.platform["crm/Contact/Birthdate"]["SecurityClassification"] == "Restricted"
    history = {f.name: f.value for f in result.system.facts}["field_history.Contact"]
    # MailingAddress is tracked, so are its parts (a real org has no FieldDefinition row for them)
    assert history == (
        "Email, MailingAddress, MailingCity, MailingCountry, MailingPostalCode, MailingState, "
        "MailingStreet, Phone"
    )
    assert result.platform["crm/Contact/FirstName"]["ComplianceGroup"] == "PII"  # from Name
    parties = {(t.kind, t.name): t for t in result.third_parties}
    labels = parties["remote_site", "ShipFast_Labels"]
    assert labels.transit.status is Status.GAP
    assert "protocol security disabled" in labels.transit.evidence[0]
    order = parties["outbound_message", "Order to ShipFast"]
    assert order.dataset == "Storefront_Order__c" and "Customer_Email__c" in order.fields
    assert len(result.samples["crm/Contact/Email"]) == 60
    assert calls < 60  # about 4 calls per object plus the shared ones
