"""APIs in a whole scan: the gaps of issue 22, flows to the API's clients, endpoints linked to
the database behind them, `piimap where`, the policy's api.allowed, and the outputs."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

import lineage
from lineage.cli import main

API = Path(__file__).parent / "fixtures" / "api"

#: An API whose values are named unlike personal data: only the database behind it tells.
HANDLES = """\
openapi: 3.0.3
info: {title: handles, version: "1"}
servers: [{url: "https://handles.shop.example"}]
security: [{key: []}]
paths:
  /customers/{id}:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  handle: {type: string}
                  note: {type: string}
"""


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    """One scan of an estate with four API descriptions, a broken one and the shop database."""
    root = tmp_path_factory.mktemp("api_estate")
    db = sqlite3.connect(root / "shop.db")
    db.executescript(
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT, first_name TEXT,"
        " handle TEXT, note TEXT);"
        "CREATE TABLE staff (id INTEGER PRIMARY KEY, note TEXT);"
        "CREATE TABLE reviews (id INTEGER PRIMARY KEY, author_email TEXT, body TEXT);"
    )
    db.executemany(
        "INSERT INTO customers (email, first_name, handle, note) VALUES (?, ?, ?, ?)",
        [(f"user{i}@example.com", "Jane", f"shopper{i}@mail.example.org", "x") for i in range(30)],
    )
    db.commit()
    db.close()
    (root / "handles.yaml").write_text(HANDLES, encoding="utf-8")
    (root / "estate.yaml").write_text(
        f"""\
systems:
  shopdb: {{connector: sqlite, path: shop.db}}
  shop-api: {{connector: openapi, path: {API}/shop/openapi.yaml, backed_by: shopdb,
             purpose: the storefront}}
  handles: {{connector: openapi, path: handles.yaml, backed_by: shopdb}}
  legacy: {{connector: openapi, path: {API}/legacy-swagger.json}}
  gql: {{connector: graphql, path: {API}/storefront.graphql, anonymous: ["Query.*"],
        introspection: true, endpoint: "https://shop.example/graphql"}}
  broken: {{connector: openapi, path: {API}/broken.yaml}}
""",
        encoding="utf-8",
    )
    estate = lineage.scan(root / "estate.yaml", scanned_at="2026-12-01T00:00:00Z")
    out = root / "out"
    lineage.write_outputs(estate, out)
    return root, estate, out


def _gaps(estate, control=None):
    return {
        (g.subject, g.title): g
        for g in estate.snapshot.gaps
        if control is None or g.control == control
    }


def test_an_unauthenticated_operation_returning_personal_data_is_api2(scanned):
    _, estate, _ = scanned
    gaps = {g.subject: g for g in estate.snapshot.gaps if "OWASP API2:2023" in g.related}
    assert set(gaps) == {"shop-api/GET public.customers", "legacy/GET users", "gql/Query.products"}
    public = gaps["shop-api/GET public.customers"]
    assert public.control == "SOC2 CC6.1" and "SOC2 CC6.6" in public.related
    assert public.severity == "high"
    assert "security: [] (no credential required)" in public.evidence[0]
    assert "data[].email (EMAIL_ADDRESS)" in public.evidence[1]
    # GET health needs no credential either, but returns no personal data
    assert not [g for g in estate.snapshot.gaps if g.subject == "shop-api/GET health"]


def test_a_catalogue_operation_returning_contact_data_is_api3(scanned):
    _, estate, _ = scanned
    gaps = {g.subject: g for g in estate.snapshot.gaps if "OWASP API3:2023" in g.related}
    assert set(gaps) == {"shop-api/GET products.{id}", "gql/Query.products"}
    product = gaps["shop-api/GET products.{id}"]
    assert product.evidence[0] == "GET /products/{id}: a catalogue operation (tag 'catalog')"
    assert "reviews[].author_email (EMAIL_ADDRESS)" in product.evidence[1]
    assert "GDPR Art. 5(1)(c)" in product.related


def test_plain_http_servers_personal_data_in_urls_and_introspection(scanned):
    _, estate, _ = scanned
    http = {
        g.subject: g
        for g in estate.snapshot.gaps
        if g.title == "an API declares a plain http server"
    }
    assert set(http) == {"shop-api", "legacy"}
    assert http["shop-api"].control == "SOC2 CC6.7"
    assert http["shop-api"].evidence[0].startswith("server http://legacy.shop.example/v1 (")
    in_url = {g.subject for g in estate.snapshot.gaps if "in its URL" in g.title}
    assert in_url == {"shop-api/GET orders", "shop-api/POST newsletter.{email}", "legacy/GET users"}
    (intro,) = [g for g in estate.snapshot.gaps if g.title == "GraphQL introspection is enabled"]
    assert (intro.subject, intro.control, intro.related) == (
        "gql",
        "SOC2 CC6.6",
        ("OWASP API8:2023",),
    )


def test_endpoints_store_nothing(scanned):
    _, estate, _ = scanned
    endpoint_subjects = {d.id for d in estate.snapshot.datasets if d.kind == "endpoint"}
    for g in estate.snapshot.gaps:
        if g.control in ("GDPR Art. 5(1)(e)", "SOC2 CC7.2"):
            assert g.subject not in endpoint_subjects
    at_rest = [g for g in estate.snapshot.gaps if g.subject in ("shop-api", "gql", "legacy")]
    assert not [g for g in at_rest if "at-rest" in g.title]


def test_responses_flow_to_the_api_clients(scanned):
    _, estate, _ = scanned
    flows = {f.id: f for f in estate.snapshot.flows}
    public = flows["api_response:shop-api:GET public.customers"]
    assert (public.source, public.target) == ("shop-api/GET public.customers", "shop-api.clients")
    assert "EMAIL_ADDRESS" in public.entities and public.auth == "none"
    assert public.transit.status == "gap"  # one of its servers is plain http
    assert public.purpose == "the storefront"
    assert not [f for f in public.fields if f.rsplit("/", 1)[1].startswith(("?", "{"))]
    gql = flows["api_response:gql:Query.me"]
    assert gql.transit.status == "ok" and gql.auth == "unknown"
    clients = {s.id: s for s in estate.snapshot.systems}["shop-api.clients"]
    assert clients.kind == "api_clients"
    assert "api_response:shop-api:GET health" not in flows  # no personal data in it


def test_endpoint_values_are_linked_to_the_stored_columns_behind_them(scanned):
    _, estate, _ = scanned
    flows = {f.id: f for f in estate.snapshot.flows if f.kind == "api_backing"}
    customer = flows["api_backing:shop-api:GET customers.{id}<-customers"]
    links = {(c.source, c.target) for c in customer.columns}
    assert ("shopdb/customers/email", "shop-api/GET customers.{id}/email") in links
    assert ("shopdb/customers/first_name", "shop-api/GET customers.{id}/first_name") in links
    # handle looks like nothing by its name; the column behind it holds e-mail addresses
    fields = {f.id: f for f in estate.snapshot.fields}
    handle = fields["handles/GET customers.{id}/handle"]
    assert [e.entity for e in handle.entities] == ["EMAIL_ADDRESS"]
    assert "lineage" in handle.entities[0].signals
    # `note` is in customers and staff: the endpoint's resource (customers) decides
    handles = flows["api_backing:handles:GET customers.{id}<-customers"]
    assert ("shopdb/customers/note", "handles/GET customers.{id}/note") in {
        (c.source, c.target) for c in handles.columns
    }


def test_an_ambiguous_name_links_nothing():
    from lineage.core.model import Dataset, Field, System
    from lineage.flows.api_flows import api_flows

    systems = [System("db", "sqlite"), System("api", "openapi")]
    datasets = [
        Dataset("db", "buyers"),
        Dataset("db", "sellers"),
        Dataset("api", "GET people", kind="endpoint"),
    ]
    fields = [
        Field("db", "buyers", "email", "text"),
        Field("db", "sellers", "email", "text"),
        Field("api", "GET people", "email", "email"),
    ]
    from lineage.core.config import SystemConfig

    class Api(SystemConfig):
        backed_by: str = "db"

    found = api_flows(systems, datasets, fields, {"api": Api(connector="openapi")})
    assert [f for f in found.flows if f.kind == "api_backing"] == []


def test_a_broken_description_is_one_issue_and_the_rest_is_scanned(scanned):
    _, estate, _ = scanned
    issues = [i.message for i in estate.snapshot.issues if i.subject == "broken"]
    assert issues == ["broken: broken.yaml:3:30: malformed YAML: did not find expected ',' or ']'"]
    assert {d.system for d in estate.snapshot.datasets} >= {"shop-api", "legacy", "gql", "handles"}


def test_where_lists_the_endpoints_returning_an_entity(scanned):
    _, _, out = scanned
    result = CliRunner().invoke(main, ["where", "EMAIL_ADDRESS", "--snapshot", str(out)])
    assert result.exit_code == 0, result.output
    returned = result.output.split("API endpoint(s):\n", 1)[1].splitlines()
    assert "  shop-api/GET public.customers  (data[].email)" in returned
    assert "  gql/Query.products  (edges[].node.reviews[].author.email)" in returned
    # GET orders takes an e-mail address in its query string but returns none
    assert not [line for line in returned if "GET orders" in line]


def test_policy_api_allowed_limits_what_operations_return(scanned, tmp_path):
    _, _, out = scanned
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        'version: 1\napi:\n  allowed:\n    "/products/*": []\n'
        '    "/customers/*": [user.contact, PERSON_NAME]\nscan: {partial: ignore}\n',
        encoding="utf-8",
    )
    result = lineage.check(out, policy)
    assert not result.passed
    found = {(v.subject, v.key) for v in result.violations if v.rule == "api"}
    assert ("shop-api/GET products.{id}", "returns:EMAIL_ADDRESS") in found
    assert ("shop-api/GET products.{id}", "returns:PERSON_NAME") in found
    assert ("shop-api/GET customers.{id}", "returns:IP_ADDRESS") in found
    assert ("shop-api/GET customers.{id}", "returns:EMAIL_ADDRESS") not in found
    (outcome,) = [r for r in result.rules if r.rule == "api"]
    assert "legacy/GET users" not in outcome.checked  # no pattern matches it


def test_outputs_show_endpoints(scanned):
    _, _, out = scanned
    stores = list(csv.DictReader((out / "tables" / "stores.csv").open(encoding="utf-8")))
    assert {r["kind"] for r in stores if r["system"] == "shop-api"} == {"endpoint"}
    pii = list(csv.DictReader((out / "tables" / "pii_fields.csv").open(encoding="utf-8")))
    assert {"shop-api", "GET customers.{id}", "email"} <= {
        v for r in pii if r["dataset"] == "GET customers.{id}" for v in r.values()
    }
    svg = (out / "diagrams" / "systems.svg").read_text(encoding="utf-8")
    assert "API clients" in svg and "shop&#45;api clients" in svg
    report = (out / "report.html").read_text(encoding="utf-8")
    assert "GET public.customers" in report and "OWASP API2:2023" in report
    controls = {r["criterion"]: r for r in csv.DictReader((out / "tables" / "controls.csv").open())}
    gaps = list(csv.DictReader((out / "tables" / "gaps.csv").open(encoding="utf-8")))
    api2 = [g["gap"] for g in gaps if "OWASP API2:2023" in g["related"]]
    assert api2 and all(g in controls["SOC2 CC6.1"]["exceptions"] for g in api2)


def test_the_record_of_processing_counts_no_endpoint_as_a_store(scanned):
    _, _, out = scanned
    rows = list(csv.DictReader((out / "tables" / "ropa.csv").open(encoding="utf-8")))
    (storefront,) = [r for r in rows if r["purpose"] == "the storefront"]
    assert "shop-api clients (shop-api.clients, internal)" in storefront["recipients"]
    assert "shopdb/customers" in storefront["erasure_time_limits"]
    assert "GET " not in storefront["erasure_time_limits"]


def test_a_mistyped_entity_in_api_allowed_is_named(tmp_path):
    from lineage.ci.policy import load_policy
    from lineage.core.errors import ConfigError

    policy = tmp_path / "policy.yaml"
    policy.write_text('version: 1\napi:\n  allowed:\n    "/products/*": [EMAIL_ADRESS]\n')
    with pytest.raises(ConfigError, match=r"did you mean 'EMAIL_ADDRESS'\?"):
        load_policy(policy)
