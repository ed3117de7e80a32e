"""Heroku Connect mirrors: a real PostgreSQL schema laid out as Heroku Connect writes it, next to
the loopback fake org, gives a flow from the org to the mirror (and back when ``_trigger_log``
holds rows); a table missing one of the marker columns is not a mirror."""

from __future__ import annotations

from pathlib import Path

import pytest

from connectors.salesforce.fake import FakeSalesforce, load_org
from lineage.core.config import load_estate
from lineage.core.model import Dataset, Field, Status, System
from lineage.flows.heroku_connect import heroku_connect_flows
from lineage.pipeline.run import scan_estate

from .conftest import REPO, write_estate

DEMO_ORG = REPO / "sample_data/demo/salesforce_org.json"

MIRROR = """
CREATE SCHEMA salesforce;
CREATE TABLE salesforce.contact (
    id serial PRIMARY KEY,
    sfid varchar(18) CONSTRAINT hcu_idx_contact_sfid UNIQUE,
    systemmodstamp timestamp,
    isdeleted boolean,
    _hc_lastop varchar(32),
    _hc_err text,
    email text,
    firstname text,
    lastname text,
    createddate timestamp
);
CREATE INDEX hc_idx_contact_systemmodstamp ON salesforce.contact (systemmodstamp);
-- Looks like a mirror but lacks _hc_err: not taken as one.
CREATE TABLE salesforce.account (
    id serial PRIMARY KEY,
    sfid varchar(18) UNIQUE,
    _hc_lastop varchar(32),
    name text
);
CREATE TABLE salesforce._hcmeta (id serial PRIMARY KEY, hcver integer, details text);
CREATE TABLE salesforce._trigger_log (
    id bigserial PRIMARY KEY,
    txid bigint,
    created_at timestamptz DEFAULT now(),
    updated_at timestamptz DEFAULT now(),
    processed_at timestamptz,
    table_name varchar(128),
    record_id integer,
    sfid varchar(18),
    action varchar(7),
    state varchar(8),
    sf_message text
);
INSERT INTO salesforce.contact
    (sfid, systemmodstamp, isdeleted, _hc_lastop, _hc_err, email, firstname, lastname, createddate)
SELECT '0038d0000' || lpad(n::text, 9, '0'), now(), false, 'SYNCED', NULL,
       'person' || n || '@example.com', 'Ada' || n, 'Lovelace' || n, now() - n * interval '1 day'
FROM generate_series(1, 40) AS n;
INSERT INTO salesforce.account (sfid, _hc_lastop, name)
SELECT '0018d0000' || lpad(n::text, 9, '0'), 'SYNCED', 'Account ' || n
FROM generate_series(1, 5) AS n;
INSERT INTO salesforce._hcmeta (hcver, details) VALUES (3, 'synthetic');
INSERT INTO salesforce._trigger_log (table_name, record_id, action, state)
SELECT 'contact', n, 'UPDATE', 'SUCCESS' FROM generate_series(1, 6) AS n;
ANALYZE;
"""


@pytest.fixture(scope="module")
def mirror_db(pg_db):
    pg_db.run(MIRROR)
    return pg_db


@pytest.fixture
def snapshot(mirror_db, tmp_path: Path, monkeypatch):
    with FakeSalesforce(load_org(DEMO_ORG)) as fake:
        monkeypatch.setenv("SF_SESSION", fake.session_id)
        path = write_estate(
            tmp_path,
            f"""
systems:
  app:
    connector: postgresql
    dsn: {mirror_db.dsn}
    schemas: [salesforce]
  crm:
    connector: salesforce
    auth: {{method: session, instance_url: "{fake.url}", session_id: "${{SF_SESSION}}"}}
""",
        )
        return scan_estate(load_estate(path))


def test_mirror_of_the_scanned_org_gives_flows_both_ways(snapshot):
    assert not snapshot.issues
    flows = {f.id: f for f in snapshot.flows}
    down = flows["heroku_connect:crm:app/salesforce.contact"]
    assert (down.kind, down.source, down.target) == (
        "heroku_connect",
        "crm/Contact",
        "app/salesforce.contact",
    )
    mirrored = {f.rsplit("/", 1)[1] for f in down.fields}
    assert {"email", "firstname", "lastname", "sfid", "createddate"} <= mirrored
    assert not {"id", "_hc_lastop", "_hc_err"} & mirrored
    assert "EMAIL_ADDRESS" in down.entities
    assert down.transit.status is Status.UNKNOWN and down.transit.evidence
    assert "Heroku Connect mirror of Contact" in down.evidence[0]

    up = flows["heroku_connect_writeback:crm:app/salesforce.contact"]
    assert (up.source, up.target) == ("app/salesforce.contact", "crm/Contact")
    assert "crm/Contact/Email" in up.fields and "EMAIL_ADDRESS" in up.entities
    assert any("_trigger_log has 6 rows" in e for e in up.evidence)


def test_a_table_without_hc_err_is_not_a_mirror(snapshot):
    assert not [f for f in snapshot.flows if "account" in f.id.lower()]
    assert {f.kind for f in snapshot.flows if f.id.startswith("heroku")} == {
        "heroku_connect",
        "heroku_connect_writeback",
    }


# --- the pure function ------------------------------------------------------------------------


def _fields(system: str, dataset: str, *names: str) -> list[Field]:
    return [Field(system, dataset, n, "text") for n in names]


SYSTEMS = [System("crm", "salesforce"), System("db", "sqlite")]
DATASETS = [
    Dataset("crm", "Storefront_Order__c"),
    Dataset("db", "storefront_order__c"),
    Dataset("db", "_trigger_log", row_count=0),
]
FIELDS = _fields("crm", "Storefront_Order__c", "Id", "Customer_Email__c", "Status__c") + _fields(
    "db", "storefront_order__c", "id", "SFID", "_HC_LastOp", "_hc_err", "customer_email__c", "extra"
)


def test_custom_object_matches_case_insensitively_without_writeback():
    (flow,) = heroku_connect_flows(SYSTEMS, DATASETS, FIELDS)
    assert flow.id == "heroku_connect:crm:db/storefront_order__c"
    assert flow.source == "crm/Storefront_Order__c"
    assert flow.fields == (
        "db/storefront_order__c/SFID",
        "db/storefront_order__c/customer_email__c",
    )
    assert flow.auth == "unknown"
    assert flow.transit.evidence == (
        "Heroku Connect's own connection to Salesforce is not visible to the scan",
    )


def test_no_flows_without_a_scanned_org_or_a_matching_object():
    assert heroku_connect_flows(SYSTEMS[1:], DATASETS[1:], FIELDS[3:]) == []
    assert heroku_connect_flows(SYSTEMS, DATASETS[1:], FIELDS[3:]) == []
