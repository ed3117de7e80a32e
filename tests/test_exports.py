"""exports/: fideslang datasets the fideslang models accept, OpenLineage events the spec's JSON
schemas accept (tests/fixtures/openlineage), on the demo and on small hand-built snapshots."""

from __future__ import annotations

import dataclasses
import json
import re
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from fideslang.default_taxonomy import DEFAULT_TAXONOMY
from fideslang.manifests import ingest_manifests
from fideslang.models import Dataset as FidesDataset
from fideslang.parse import load_manifests_into_taxonomy
from jsonschema import Draft202012Validator, FormatChecker, ValidationError
from referencing import Registry, Resource

from classifiers.taxonomy import TAXONOMY
from lineage.core.model import (
    Boundary,
    ColumnLink,
    Control,
    Dataset,
    EntityHit,
    Fact,
    Field,
    Flow,
    Snapshot,
    Status,
    System,
)
from lineage.export import fides as export_fides
from lineage.export import openlineage as export_openlineage
from lineage.export.openlineage import FACETS, Location, locations
from lineage.export.outputs import write_exports

from .conftest import REPO

SCHEMAS = Path(__file__).parent / "fixtures" / "openlineage"
SPEC = "https://openlineage.io/spec/2-0-2/OpenLineage.json"
DEMO = REPO / "sample_data" / "demo"
FIDES_KEYS = {c.fides_key for c in DEFAULT_TAXONOMY.data_category}


@pytest.fixture(scope="module")
def exported(demo_snapshot: Snapshot, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("exports")
    paths = write_exports(demo_snapshot, out)
    assert paths == [out / "exports" / "fides_datasets.yaml", out / "exports" / "openlineage.jsonl"]
    return out / "exports"


@pytest.fixture(scope="module")
def fides_doc(exported: Path) -> dict[str, Any]:
    return yaml.safe_load((exported / "fides_datasets.yaml").read_text())


@pytest.fixture(scope="module")
def events(exported: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (exported / "openlineage.jsonl").read_text().splitlines()]


# --- OpenLineage schema validation -----------------------------------------------------------

_REGISTRY: Registry = Registry().with_resources(
    (schema["$id"], Resource.from_contents(schema))
    for schema in (json.loads(p.read_text()) for p in sorted(SCHEMAS.rglob("*.json")))
)
_FORMATS = FormatChecker()


@_FORMATS.checks("uri", raises=ValueError)
def _is_uri(value: object) -> bool:
    return not isinstance(value, str) or bool(urlsplit(value).scheme)


@_FORMATS.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:
    return not isinstance(value, str) or bool(datetime.fromisoformat(value).tzinfo)


def validate(instance: Any, schema_url: str) -> None:
    """Validate against the stored schema ``schema_url`` names (an ``$id``, maybe ``#/$defs/X``)."""
    Draft202012Validator(
        {"$ref": schema_url}, registry=_REGISTRY, format_checker=_FORMATS
    ).validate(instance)


def facets_of(event: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for ds in [event.get("dataset"), *event.get("inputs", []), *event.get("outputs", [])]:
        if ds:
            found += ds.get("facets", {}).values()
    return found + list(event.get("job", {}).get("facets", {}).values())


def validate_event(event: dict[str, Any]) -> None:
    validate(event, SPEC)
    kind = "DatasetEvent" if "dataset" in event else "JobEvent"
    assert event["schemaURL"] == f"{SPEC}#/$defs/{kind}"
    validate(event, event["schemaURL"])
    for facet in facets_of(event):
        assert facet["_schemaURL"] in FACETS.values()
        validate(facet, facet["_schemaURL"])


def test_the_stored_schemas_are_those_the_facets_name():
    stored = {json.loads(p.read_text())["$id"] for p in SCHEMAS.rglob("*.json")}
    assert {url.split("#")[0] for url in FACETS.values()} | {SPEC} == stored


def test_validation_catches_a_broken_event_and_a_broken_facet(events):
    event = next(e for e in events if "columnLineage" in e.get("dataset", {}).get("facets", {}))
    validate_event(event)
    with pytest.raises(ValidationError, match="'eventTime' is a required property"):
        validate({k: v for k, v in event.items() if k != "eventTime"}, event["schemaURL"])
    with pytest.raises(ValidationError, match="'no scheme' is not a 'uri'"):
        validate({**event, "producer": "no scheme"}, event["schemaURL"])
    with pytest.raises(ValidationError, match="is not valid under any of the given schemas"):
        validate({k: v for k, v in event.items() if k != "dataset"}, SPEC)
    facet = json.loads(json.dumps(event["dataset"]["facets"]["columnLineage"]))
    next(iter(facet["fields"].values()))["inputFields"][0].pop("field")
    with pytest.raises(ValidationError, match="'field' is a required property"):
        validate(facet, facet["_schemaURL"])
    with pytest.raises(ValidationError, match="'_producer' is a required property"):
        validate({"fields": {}, "_schemaURL": FACETS["columnLineage"]}, FACETS["columnLineage"])


def test_every_demo_event_and_facet_validates(events):
    assert events
    for event in events:
        validate_event(event)


def test_one_dataset_event_per_dataset_and_third_party_and_one_job_event_per_flow(
    demo_snapshot, events
):
    where = locations(demo_snapshot)
    datasets = [
        Location(e["dataset"]["namespace"], e["dataset"]["name"]) for e in events if "dataset" in e
    ]
    assert len(datasets) == len(set(datasets))
    assert {where[d.id] for d in demo_snapshot.datasets} <= set(datasets)
    third = {where[s.id] for s in demo_snapshot.systems if s.boundary == Boundary.THIRD_PARTY}
    assert third <= set(datasets)
    jobs = [e["job"]["name"] for e in events if "job" in e]
    assert jobs == sorted(f.id for f in demo_snapshot.flows)
    assert all(e["job"]["namespace"] == "piimap" for e in events if "job" in e)
    assert all(e["eventTime"] == demo_snapshot.scanned_at for e in events)
    # datasets first, each group in a fixed order
    kinds = ["dataset" in e for e in events]
    assert kinds == sorted(kinds, reverse=True)
    assert datasets == sorted(datasets)


def _dataset_event(events, namespace, name):
    return next(
        e["dataset"]
        for e in events
        if "dataset" in e and (e["dataset"]["namespace"], e["dataset"]["name"]) == (namespace, name)
    )


def test_the_warehouse_load_hash_is_a_masking_transformation(events):
    ltv = _dataset_event(events, "sqlite:///analytics.sqlite", "customer_ltv")
    fields = ltv["facets"]["columnLineage"]["fields"]
    assert fields["customer_email_sha256"]["inputFields"] == [
        {
            "namespace": "sqlite:///storefront.sqlite",
            "name": "orders",
            "field": "customer_email",
            "transformations": [
                {
                    "type": "DIRECT",
                    "subtype": "TRANSFORMATION",
                    "description": "pseudonymised",
                    "masking": True,
                }
            ],
        }
    ]
    # segment is fed by both flows of the job into customer_ltv
    sources = {(i["name"], i["field"]) for i in fields["segment"]["inputFields"]}
    assert {("orders", "created_at"), ("order_items", "quantity")} <= sources
    assert {
        t["subtype"] for i in fields["segment"]["inputFields"] for t in i["transformations"]
    } == {"AGGREGATION"}
    job = next(
        e
        for e in events
        if e.get("job", {}).get("name", "").endswith("storefront/orders->analytics/customer_ltv")
    )
    assert job["inputs"] == [{"namespace": "sqlite:///storefront.sqlite", "name": "orders"}]
    (output,) = job["outputs"]
    assert (output["namespace"], output["name"]) == ("sqlite:///analytics.sqlite", "customer_ltv")
    only = output["facets"]["columnLineage"]["fields"]
    assert only["customer_email_sha256"] == fields["customer_email_sha256"]
    assert {i["name"] for f in only.values() for i in f["inputFields"]} == {"orders"}


def test_a_copied_column_is_identity(events):
    web = _dataset_event(events, "sqlite:///analytics.sqlite", "web_events")
    (ip,) = web["facets"]["columnLineage"]["fields"]["ip_address"]["inputFields"]
    assert (ip["name"], ip["field"]) == ("sessions", "ip_address")
    assert ip["transformations"] == [
        {"type": "DIRECT", "subtype": "IDENTITY", "description": "copied", "masking": False}
    ]


def test_tags_carry_entities_categories_and_controls(demo_snapshot, events):
    contact = _dataset_event(events, "salesforce://127.0.0.1", "Contact")
    tags = {(t.get("field"), t["key"], t["value"]) for t in contact["facets"]["tags"]["tags"]}
    assert (None, "system", "crm") in tags and (None, "contains_pii", "true") in tags
    assert ("Email", "pii", "EMAIL_ADDRESS") in tags
    assert ("Email", "fides_data_category", "user.contact.email") in tags
    assert ("Birthdate", "at_rest_encryption", "ok") in tags
    assert ("National_Id__c", "sensitive", "true") in tags
    assert all(t["source"] == "PIIMAP" for t in contact["facets"]["tags"]["tags"])
    schema = {f["name"]: f for f in contact["facets"]["schema"]["fields"]}
    assert schema["Email"]["type"] == "email" and schema["Email"]["ordinal_position"] >= 1
    assert contact["facets"]["symlinks"]["identifiers"] == [
        {"namespace": "piimap", "name": "crm/Contact", "type": "SOBJECT"}
    ]
    assert contact["facets"]["dataSource"]["uri"] == "salesforce://127.0.0.1"
    assert contact["facets"]["datasetType"]["subType"] == "SOBJECT"


# --- namespaces ------------------------------------------------------------------------------

T = "2026-01-01T00:00:00Z"


def snap(*systems: System, datasets=(), fields=(), flows=()) -> Snapshot:
    return Snapshot(T, "0.1.0", systems=systems, datasets=datasets, fields=fields, flows=flows)


def facts(**values: str) -> tuple[Fact, ...]:
    return tuple(Fact(k, v, "test") for k, v in values.items())


@pytest.mark.parametrize(
    ("system", "dataset", "expected"),
    [
        (
            System("pg", "postgresql", facts=facts(host="db.internal", database="shop")),
            "public.customers",
            ("postgres://db.internal:5432", "shop.public.customers"),
        ),
        (
            System("pg", "postgresql", facts=facts(host="DB.internal", port="6432")),
            "public.customers",
            ("postgres://db.internal:6432", "public.customers"),
        ),
        (
            System("my", "mysql", facts=facts(host="10.0.0.5", port="3307")),
            "shop.orders",
            ("mysql://10.0.0.5:3307", "shop.orders"),
        ),
        (
            System("lite", "sqlite", facts=facts(file="my shop.db")),
            "orders",
            ("sqlite:///my%20shop.db", "orders"),
        ),
        (
            System("crm", "salesforce", facts=facts(instance="https://acme.my.salesforce.com")),
            "Contact",
            ("salesforce://acme.my.salesforce.com", "Contact"),
        ),
        (
            System(
                "crm",
                "salesforce",
                facts=facts(instance="https://u:p4ss@acme.my.salesforce.com:8443/x"),
            ),
            "Lead",
            ("salesforce://acme.my.salesforce.com:8443", "Lead"),
        ),
        # the snapshot does not say where it is: piimap's own id
        (
            System("pg", "postgresql", facts=facts(database="shop")),
            "public.t",
            ("piimap", "pg/public.t"),
        ),
        (
            System("pg", "postgresql", facts=facts(host="u:p@h")),
            "public.t",
            ("piimap", "pg/public.t"),
        ),
        (
            System("crm", "salesforce", facts=facts(instance="not a url")),
            "Lead",
            ("piimap", "crm/Lead"),
        ),
    ],
)
def test_dataset_namespaces(system, dataset, expected):
    assert (
        locations(snap(system, datasets=(Dataset(system.id, dataset),)))[f"{system.id}/{dataset}"]
        == expected
    )


def test_systems_third_parties_and_collisions():
    a = System("a", "sqlite", facts=facts(file="shop.db"))
    b = System("b", "sqlite", facts=facts(file="shop.db"))  # same file name, other folder
    vendor = System("mc", "third_party", boundary=Boundary.THIRD_PARTY, vendor="mailchimp.com")
    named = System("stripe", "third_party", boundary=Boundary.THIRD_PARTY, vendor="Stripe")
    s = snap(
        a,
        b,
        vendor,
        named,
        datasets=(Dataset("a", "orders"), Dataset("a", "users"), Dataset("b", "orders")),
        flows=(Flow("f", "a", "mc", "declared"), Flow("g", "a/users", "stripe", "declared")),
    )
    where = locations(s)
    assert where["a/orders"] == ("piimap", "a/orders")
    assert where["b/orders"] == ("piimap", "b/orders")
    assert where["a/users"] == ("sqlite:///shop.db", "users")
    assert where["mc"] == ("https://mailchimp.com", "mc")
    assert where["stripe"] == ("piimap", "stripe")
    assert where["a"] == ("piimap", "a")
    for event in export_openlineage.events(s):
        validate_event(event)


# --- hand-built snapshot: every facet and both formats ---------------------------------------


def small() -> Snapshot:
    pg = System(
        "Shop-EU",
        "postgresql",
        name="Shop",
        region="eu-west-1",
        facts=facts(host="db.internal", database="shop"),
        at_rest=Control(Status.OK, ("pg_tde on every table",)),
    )
    crm = System("crm", "salesforce", facts=facts(instance="https://acme.my.salesforce.com"))
    email = EntityHit("EMAIL_ADDRESS", 0.93, ("names", "values"), "values: e.g. a***@b***.com")
    card = EntityHit("CREDIT_CARD", 0.99, ("values",), "values: e.g. 4***")
    fields = (
        Field("Shop-EU", "public.customers", "id", "integer", position=1),
        Field("Shop-EU", "public.customers", "email", "text", position=2, entities=(email,)),
        Field(
            "Shop-EU",
            "public.customers",
            "card",
            "text",
            position=3,
            entities=(card, EntityHit("MY_OWN", 0.5)),
            at_rest=Control(Status.OK, ("pgcrypto pgp_sym_encrypt",)),
        ),
        Field("Shop-EU", "public.v_customers", "email_hash", "text", entities=(email,)),
        Field("crm", "Contact", "Email", "email", comment="Email", entities=(email,)),
    )
    datasets = (
        Dataset(
            "Shop-EU",
            "public.customers",
            comment="Customers",
            row_count=10,
            row_count_evidence="reltuples",
            primary_key=("id",),
            retention_policy="P3Y",
            retention=Control(Status.GAP, ("oldest record 2019-01-01 is beyond P3Y",)),
            audit=Control(Status.OK, ("pgaudit",)),
        ),
        Dataset("Shop-EU", "public.v_customers", kind="view"),
        Dataset("Shop-EU", "public.secret", scanned=False, not_scanned_reason="permission denied"),
        Dataset("crm", "Contact", kind="sobject"),
    )
    flows = (
        Flow(
            "view:Shop-EU/public.v_customers",
            "Shop-EU/public.customers",
            "Shop-EU/public.v_customers",
            "view",
            columns=(
                ColumnLink(
                    "Shop-EU/public.customers/email",
                    "Shop-EU/public.v_customers/email_hash",
                    "pseudonymised",
                ),
            ),
        ),
        Flow(
            "declared:sync",
            "Shop-EU/public.customers",
            "crm/Contact",
            "declared",
            entities=("EMAIL_ADDRESS",),
            purpose="Customer service",
            legal_basis="contract",
            columns=(ColumnLink("Shop-EU/public.customers/email", "crm/Contact/Email", "copied"),),
        ),
    )
    return snap(pg, crm, datasets=datasets, fields=fields, flows=flows)


def test_a_field_of_art_9_and_art_10_data_carries_both_gdpr_tags():
    base = small()
    both = Field(
        "Shop-EU",
        "public.customers",
        "screening_notes",
        "text",
        position=4,
        entities=(EntityHit("HEALTH", 0.6), EntityHit("CRIMINAL_OFFENCE", 0.6)),
    )
    snapshot = dataclasses.replace(base, fields=(*base.fields, both))
    events = export_openlineage.events(snapshot)
    customers = _dataset_event(events, "postgres://db.internal:5432", "shop.public.customers")
    gdpr = {
        t["value"]
        for t in customers["facets"]["tags"]["tags"]
        if t.get("field") == "screening_notes" and t["key"] == "gdpr"
    }
    assert gdpr == {"criminal", "special"}


def test_small_snapshot_events_validate_and_locate():
    events = export_openlineage.events(small())
    for event in events:
        validate_event(event)
    view = _dataset_event(events, "postgres://db.internal:5432", "shop.public.v_customers")
    assert view["facets"]["datasetType"] == {
        "_producer": "https://github.com/piimap/piimap/tree/0.1.0",
        "_schemaURL": FACETS["datasetType"],
        "datasetType": "VIEW",
    }
    (src,) = view["facets"]["columnLineage"]["fields"]["email_hash"]["inputFields"]
    assert src["name"] == "shop.public.customers" and src["transformations"][0]["masking"]
    customers = _dataset_event(events, "postgres://db.internal:5432", "shop.public.customers")
    tags = {(t.get("field"), t["key"], t["value"]) for t in customers["facets"]["tags"]["tags"]}
    assert {("card", "pci", "cardholder_data"), ("card", "pii", "MY_OWN")} <= tags
    assert {(None, "retention", "gap"), (None, "retention_policy", "P3Y")} <= tags
    assert customers["facets"]["documentation"]["description"] == "Customers"
    hidden = _dataset_event(events, "postgres://db.internal:5432", "shop.public.secret")
    assert ("scanned", "false") in {
        (t["key"], t["value"]) for t in hidden["facets"]["tags"]["tags"]
    }
    job = next(e for e in events if e.get("job", {}).get("name") == "declared:sync")
    assert job["outputs"][0]["name"] == "Contact"
    assert job["job"]["facets"]["documentation"]["description"] == "Customer service"


def test_small_snapshot_fides_dataset():
    (doc,) = export_fides.fides_datasets(small())["dataset"][:1]
    model = FidesDataset.model_validate(doc)
    assert model.fides_key == "shop-eu"
    customers = next(c for c in model.collections if c.name == "public.customers")
    by_name = {f.name: f for f in customers.fields}
    id_meta = by_name["id"].fides_meta
    assert by_name["id"].data_categories is None and id_meta and id_meta.primary_key
    assert by_name["card"].data_categories == ["user.financial.credit_card"]  # MY_OWN has no key
    assert model.meta is not None
    piimap = model.meta["piimap"]
    meta = piimap["collections"]["public.customers"]
    assert meta["retention"] == {
        "policy": "P3Y",
        "status": "gap",
        "evidence": ["oldest record 2019-01-01 is beyond P3Y"],
    }
    assert meta["audit_trail"]["status"] == "ok" and meta["row_count"] == 10
    assert meta["fields"]["card"]["at_rest_encryption"] == {
        "status": "ok",
        "evidence": ["pgcrypto pgp_sym_encrypt"],
    }
    assert "id" not in meta["fields"]
    secret = piimap["collections"]["public.secret"]
    assert secret["scanned"] is False and secret["not_scanned_reason"] == "permission denied"
    assert piimap["system"]["at_rest_encryption"]["status"] == "ok"


def test_fides_keys_are_safe_and_distinct():
    s = snap(System("Shop", "sqlite"), System("shop", "sqlite"), System("EU shop/1", "sqlite"))
    keys = [d["fides_key"] for d in export_fides.fides_datasets(s)["dataset"]]
    assert len(set(keys)) == 3
    for key in keys:
        assert re.fullmatch(r"[a-z0-9_.-]+", key), key
        FidesDataset(fides_key=key, collections=[])


# --- fideslang on the demo -------------------------------------------------------------------


def _kept(sent: Any, parsed: Any, where: str = "") -> None:
    """Everything written survives fideslang's models (they drop unknown keys silently)."""
    if isinstance(sent, dict):
        for key, value in sent.items():
            assert key in parsed, f"fideslang dropped {where}.{key}"
            _kept(value, parsed[key], f"{where}.{key}")
    elif isinstance(sent, list):
        assert len(sent) == len(parsed), where
        for i, (a, b) in enumerate(zip(sent, parsed, strict=True)):
            _kept(a, b, f"{where}[{i}]")
    else:
        assert sent == parsed, where


def test_fideslang_models_accept_the_demo_datasets_and_keep_everything(demo_snapshot, fides_doc):
    assert list(fides_doc) == ["dataset"]
    keys = [d["fides_key"] for d in fides_doc["dataset"]]
    assert keys == ["analytics", "crm", "events", "session_store", "storefront", "wholesale"]
    for doc in fides_doc["dataset"]:
        model = FidesDataset.model_validate(doc)
        _kept(doc, model.model_dump(mode="json"), doc["fides_key"])
        names = [c.name for c in model.collections]
        assert names == sorted(
            d.name for d in demo_snapshot.datasets if d.system == doc["fides_key"]
        )


def test_the_file_loads_as_the_fides_cli_loads_manifests(exported):
    taxonomy = load_manifests_into_taxonomy(ingest_manifests(str(exported / "fides_datasets.yaml")))
    assert [d.fides_key for d in taxonomy.dataset] == [
        "analytics",
        "crm",
        "events",
        "session_store",
        "storefront",
        "wholesale",
    ]


def test_demo_data_categories_are_the_taxonomy_keys(demo_snapshot, fides_doc):
    by_id = {
        f"{d['fides_key']}/{c['name']}/{f['name']}": f
        for d in fides_doc["dataset"]
        for c in d["collections"]
        for f in c["fields"]
    }
    assert set(by_id) == {f.id for f in demo_snapshot.fields}
    for f in demo_snapshot.fields:
        expected = list(dict.fromkeys(TAXONOMY[e.entity].fides for e in f.entities))
        assert by_id[f.id].get("data_categories", []) == expected, f.id
        assert set(expected) <= FIDES_KEYS


def test_demo_encryption_retention_and_audit_are_under_meta(fides_doc):
    crm = next(d for d in fides_doc["dataset"] if d["fides_key"] == "crm")["meta"]["piimap"]
    assert crm["system"]["kind"] == "salesforce" and crm["system"]["region"] == "EU"
    birthdate = crm["collections"]["Contact"]["fields"]["Birthdate"]["at_rest_encryption"]
    assert birthdate["status"] == "ok" and "Shield Platform Encryption" in birthdate["evidence"][0]
    ltv = next(d for d in fides_doc["dataset"] if d["fides_key"] == "analytics")["meta"]["piimap"]
    ltv = ltv["collections"]["customer_ltv"]
    assert ltv["retention"]["policy"] == "P2Y" and ltv["retention"]["status"] == "gap"
    assert ltv["audit_trail"]["status"] == "gap" and isinstance(ltv["row_count"], int)
    hashed = ltv["fields"]["customer_email_sha256"]
    assert hashed["confidence"] >= 0.9 and "override" in str(hashed)  # lineage, then reviewed


# --- determinism and leaks -------------------------------------------------------------------


def test_same_snapshot_same_bytes_whatever_the_order(demo_snapshot, exported, tmp_path):
    shuffled = dataclasses.replace(
        demo_snapshot,
        systems=demo_snapshot.systems[::-1],
        datasets=demo_snapshot.datasets[::-1],
        fields=demo_snapshot.fields[::-1],
        flows=demo_snapshot.flows[::-1],
    )
    write_exports(shuffled, tmp_path)
    for name in ("fides_datasets.yaml", "openlineage.jsonl"):
        assert (tmp_path / "exports" / name).read_bytes() == (exported / name).read_bytes(), name


def _demo_secrets_and_samples() -> list[str]:
    klaviyo = yaml.safe_load((DEMO / "integrations" / "klaviyo.yaml").read_text())
    values = [klaviyo["klaviyo"]["private_api_key"]]
    with sqlite3.connect(DEMO / "wholesale.sqlite") as conn:
        options = " ".join(v for (v,) in conn.execute("SELECT option_value FROM wp_options"))
    values += re.findall(r"sk_live_\w+", options)
    with sqlite3.connect(DEMO / "storefront.sqlite") as conn:
        values += [v for (v,) in conn.execute("SELECT email FROM customers LIMIT 50")]
        values += [
            v for (v,) in conn.execute("SELECT phone FROM customers WHERE phone > '' LIMIT 50")
        ]
    org = json.loads((DEMO / "salesforce_org.json").read_text())
    contacts = org["objects"]["Contact"]["records"]
    values += [r[k] for r in contacts for k in ("Email", "Phone", "National_Id__c") if r.get(k)]
    return values


def test_no_secret_sample_or_explanation_in_the_exports(exported):
    values = _demo_secrets_and_samples()
    assert len(values) > 50 and any(v.startswith("sk_live_") for v in values)
    for name in ("fides_datasets.yaml", "openlineage.jsonl"):
        text = (exported / name).read_text()
        for value in values:
            assert value not in text, f"{name} holds a secret or sampled value"
        assert "e.g." not in text and "explanation" not in text


def test_no_userinfo_ever_reaches_a_namespace():
    crm = System(
        "crm", "salesforce", facts=facts(instance="https://scanner:hunter2@acme.my.salesforce.com")
    )
    pg = System("pg", "postgresql", facts=facts(host="scanner:hunter2@db", port="5432"))
    s = snap(crm, pg, datasets=(Dataset("crm", "Lead"), Dataset("pg", "public.t")))
    text = export_openlineage.dumps(s) + export_fides.dumps(s)
    assert "hunter2" not in text and "scanner" not in text


# --- docs/exports.md agrees with the code ----------------------------------------------------

DOCS = (REPO / "docs" / "exports.md").read_text()


def test_the_documented_transformations_are_the_code():
    rows = re.findall(r"^\| `(\w+)` \| `(\w+)` \| `(\w+)` \| (true|false) \|$", DOCS, re.M)
    documented = {how: (kind, sub, masking == "true") for how, kind, sub, masking in rows}
    assert documented == export_openlineage.TRANSFORMATIONS


def test_the_documented_facets_are_the_code():
    rows = re.findall(
        r"^\| (?:dataset|job|job output) \| `(\w+)` \| (\w+) (\d-\d-\d) \|", DOCS, re.M
    )
    documented = {f"{version}/{name}" for _, name, version in rows}
    assert documented == {url.split("/facets/")[1].split(".json")[0] for url in FACETS.values()}


def test_the_demo_brokers_flows_are_streaming_jobs_from_and_to_its_queue(events):
    jobs = {e["job"]["name"]: e for e in events if "job" in e}
    publish = jobs["amqp_publish:storefront->events/shop:order-events"]
    consume = jobs["amqp_consume:events/shop:order-events->events.fulfilment-worker"]
    for job in (publish, consume):
        assert job["job"]["facets"]["jobType"]["processingType"] == "STREAMING"
    assert [o["name"] for o in publish["outputs"]] == [i["name"] for i in consume["inputs"]]
