"""Flow discovery: SQL jobs and views as column lineage, database links matched to the estate,
entities carried along column links; against the real PostgreSQL server where it matters."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from connectors.base import Link
from lineage.core.config import load_estate
from lineage.core.errors import ConfigError
from lineage.core.model import ColumnLink, Control, Dataset, EntityHit, Field, Flow, Status, System
from lineage.flows.index import DatasetIndex
from lineage.flows.links import link_flows
from lineage.flows.propagation import propagate_entities
from lineage.pipeline.run import scan_estate

from .conftest import write_estate

SCHEMA = """
CREATE SCHEMA shop;
CREATE SCHEMA dw;
CREATE TABLE shop.customer (
    id serial PRIMARY KEY,
    email text NOT NULL,
    full_name text,
    phone text,
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO shop.customer (email, full_name, phone)
SELECT 'user' || g || '@example.org', 'Ann Example' || g, '+1 202 555 01' || lpad(g::text, 2, '0')
FROM generate_series(1, 30) AS g;
CREATE TABLE dw.contact_keys (contact_key text, name_initial text, customers bigint);
CREATE TABLE dw.contacts (id int, mail text, phone text);
CREATE VIEW dw.reachable AS SELECT c.id, lower(c.mail) AS mail FROM dw.contacts AS c;
"""

JOB = """
-- nightly: keys for the warehouse
INSERT INTO dw.contact_keys (contact_key, name_initial, customers)
SELECT md5(lower(email)), left(full_name, 1), count(*) FROM shop.customer GROUP BY 1, 2;
INSERT INTO dw.contacts (id, mail, phone) SELECT id, email, phone FROM shop.customer;
INSERT INTO dw.broken SELEC nothing;
"""


@pytest.fixture(scope="module")
def warehouse(pg_db, tmp_path_factory):
    pg_db.run(SCHEMA)
    folder = tmp_path_factory.mktemp("estate")
    (folder / "jobs").mkdir()
    (folder / "jobs" / "load.sql").write_text(JOB)
    estate = write_estate(
        folder,
        f"""
systems:
  shop: {{connector: postgresql, dsn: "{pg_db.dsn}", schemas: [shop], owner: Web team,
          retention: {{default: P3Y}}}}
  dw: {{connector: postgresql, dsn: "{pg_db.dsn}", schemas: [dw], owner: Data team}}
flows:
  - name: warehouse-load
    from: shop
    to: dw
    sql: jobs/load.sql
    schedule: "0 2 * * *"
    purpose: Reporting
""",
    )
    return scan_estate(load_estate(estate), scanned_at="2027-06-01T00:00:00Z")


def test_sql_job_becomes_column_level_flows_between_the_systems(warehouse):
    flows = {f.id: f for f in warehouse.flows if f.kind == "sql_job"}
    contacts = flows["sql_job:warehouse-load:shop/shop.customer->dw/dw.contacts"]
    assert {(c.source, c.target, c.how) for c in contacts.columns} == {
        ("shop/shop.customer/id", "dw/dw.contacts/id", "copied"),
        ("shop/shop.customer/email", "dw/dw.contacts/mail", "copied"),
        ("shop/shop.customer/phone", "dw/dw.contacts/phone", "copied"),
    }
    assert {"EMAIL_ADDRESS", "PHONE_NUMBER"} <= set(contacts.entities)
    assert contacts.schedule == "0 2 * * *" and contacts.purpose == "Reporting"
    assert "jobs/load.sql statement 2" in contacts.evidence[0]
    # Two systems and no transport declared: encryption in transit is not proven.
    assert contacts.transit.status is Status.UNKNOWN
    keys = flows["sql_job:warehouse-load:shop/shop.customer->dw/dw.contact_keys"]
    hows = {(c.source.rsplit("/", 1)[1], c.target.rsplit("/", 1)[1]): c.how for c in keys.columns}
    assert hows[("email", "contact_key")] == "pseudonymised"
    assert hows[("full_name", "name_initial")] == "derived"
    assert "EMAIL_ADDRESS" in keys.entities  # a hash of an email is still personal data


def test_hashed_and_copied_targets_hold_the_source_entities(warehouse):
    fields = {f.id: f for f in warehouse.fields}
    key = fields["dw/dw.contact_keys/contact_key"]
    hit = next(e for e in key.entities if e.entity == "EMAIL_ADDRESS")
    assert "lineage" in hit.signals
    assert "pseudonymised from shop/shop.customer/email" in hit.explanation
    assert fields["dw/dw.contact_keys/customers"].entities == ()  # count(*) carries no person


def test_unreadable_statement_is_an_issue_and_the_rest_is_traced(warehouse):
    problems = [i for i in warehouse.issues if i.subject == "flows.warehouse-load"]
    assert len(problems) == 1
    assert problems[0].message.startswith("jobs/load.sql: statement 3:")
    assert warehouse.partial


def test_view_definition_is_lineage_inside_the_database(warehouse):
    view = {f.id: f for f in warehouse.flows}["view:dw/dw.reachable:dw/dw.contacts"]
    assert view.kind == "view" and view.transit.status is Status.OK
    assert ("dw/dw.contacts/mail", "dw/dw.reachable/mail", "derived") in {
        (c.source, c.target, c.how) for c in view.columns
    }


def test_retention_and_gaps_follow_the_flows(warehouse):
    datasets = {d.id: d for d in warehouse.datasets}
    assert datasets["shop/shop.customer"].retention.status is Status.OK
    assert datasets["dw/dw.contacts"].retention.status is Status.GAP  # PII, no policy
    controls = {(g.control, g.subject) for g in warehouse.gaps}
    assert ("GDPR Art. 5(1)(e)", "dw/dw.contacts") in controls
    load = "sql_job:warehouse-load:shop/shop.customer->dw/dw.contacts"
    assert ("SOC2 CC6.7", load) in controls


def test_missing_sql_file_or_unknown_dialect_is_a_config_error(tmp_path):
    base = """
systems:
  a: {connector: sqlite, path: a.db}
flows:
  - {name: job, from: a, to: a, sql: jobs/nope.sql}
"""
    (tmp_path / "a.db").write_bytes(b"")  # the SQLite file must exist
    with pytest.raises(ConfigError, match=r"flows\.0\.sql: jobs/nope\.sql does not exist"):
        load_estate(write_estate(tmp_path, base))
    (tmp_path / "job.sql").write_text("SELECT 1")
    bad = base.replace("jobs/nope.sql}", "job.sql, dialect: postgress}")
    with pytest.raises(ConfigError, match="Did you mean postgres"):
        load_estate(write_estate(tmp_path, bad))


def test_dataset_index_places_qualified_and_bare_names():
    index = DatasetIndex(
        [
            Dataset("shop", "public.customers"),
            Dataset("shop", "sales.customers"),
            Dataset("dw", "customers"),
        ]
    )
    assert index.resolve("customers", ["dw"]) == "dw/customers"
    assert index.resolve("sales.customers", ["shop"]) == "shop/sales.customers"
    assert index.resolve("customers", ["shop"], anywhere=False) is None  # two candidates
    assert index.resolve("shop.public.customers", ["dw"]) == "shop/public.customers"


def _link(**kw) -> Link:
    base = dict(
        kind="fdw",
        name="legacy",
        direction="in",
        local_dataset="public.legacy_users",
        remote_dataset="public.users",
        host="db.legacy.internal",
        port=5432,
        database="legacy",
        transit=Control(Status.GAP, ("sslmode=disable",)),
        auth="static_credential",
    )
    base.update(kw)
    return Link(**base)


def test_links_reach_the_estate_system_that_owns_the_remote_database(tmp_path):
    estate = load_estate(
        write_estate(
            tmp_path,
            """
systems:
  app: {connector: postgresql, dsn: "postgresql://scan@db.app.internal/app"}
  legacy: {connector: postgresql, dsn: "postgresql://scan@db.legacy.internal:5432/legacy"}
""",
        )
    )
    systems = [System("app", "postgresql"), System("legacy", "postgresql")]
    datasets = [Dataset("app", "public.legacy_users"), Dataset("legacy", "public.users")]
    fields = [Field("app", "public.legacy_users", "email", "text")]
    found = link_flows([("app", _link())], estate, systems, datasets, fields)
    (flow,) = found.flows
    assert (flow.source, flow.target, flow.kind) == (
        "legacy/public.users",
        "app/public.legacy_users",
        "fdw",
    )
    assert flow.columns == (
        ColumnLink("legacy/public.users/email", "app/public.legacy_users/email", "copied"),
    )
    assert flow.transit.status is Status.GAP and flow.auth == "static_credential"
    assert found.systems == []


def test_a_link_to_a_database_outside_the_estate_becomes_an_unlisted_system(tmp_path):
    (tmp_path / "a.db").write_bytes(b"")  # the SQLite file must exist
    estate = load_estate(
        write_estate(tmp_path, "systems:\n  app: {connector: sqlite, path: a.db}\n")
    )
    found = link_flows(
        [("app", _link(host="10.1.2.3", database="crm_copy"))],
        estate,
        [System("app", "sqlite")],
        [Dataset("app", "public.legacy_users")],
        [],
    )
    (system,) = found.systems
    assert system.id == "ext.10.1.2.3.crm_copy" and system.kind == "unlisted_database"
    assert found.flows[0].source == "ext.10.1.2.3.crm_copy/public.users"


def _replication(tmp_path, published: str, subscribed: str, local: str) -> list:
    """The flows of a publication on ``primary`` and a subscription to ``subscribed`` (a name
    or ``"p1,p2"``) on ``replica``, whose local table is ``local`` (``""``: not listed)."""
    estate = load_estate(
        write_estate(
            tmp_path,
            """
systems:
  primary: {connector: postgresql, dsn: "postgresql://scan@127.0.0.1:5432/shop"}
  replica: {connector: postgresql, dsn: "postgresql://scan@127.0.0.1:5433/shop"}
""",
        )
    )
    out = _link(
        kind="replication",
        name=published,
        direction="out",
        local_dataset="public.customer",
        remote_dataset="public.customer",
        host="",
        port=None,
        database="",
        transit=Control(),
        auth="unknown",
    )
    sub = _link(
        kind="replication",
        name=subscribed,
        direction="in",
        local_dataset=local,
        remote_dataset=local,
        host="localhost",
        port=5432,
        database="shop",
        transit=Control(Status.OK, ("sslmode=verify-full",)),
    )
    datasets = [Dataset("primary", "public.customer"), Dataset("replica", "public.customer")]
    systems = [System("primary", "postgresql"), System("replica", "postgresql")]
    found = link_flows([("primary", out), ("replica", sub)], estate, systems, datasets, [])
    assert found.systems == []  # nothing placed outside the estate
    return [(f.source, f.target, f.transit.status) for f in found.flows]


def test_subscription_uses_the_publishers_tables_and_replaces_its_publication(tmp_path):
    assert _replication(tmp_path, "pub", "pub", "") == [
        ("primary/public.customer", "replica/public.customer", Status.OK)
    ]


def test_a_subscription_to_two_publications_replaces_each_publication(tmp_path):
    assert _replication(tmp_path, "p1", "p1,p2", "public.customer") == [
        ("primary/public.customer", "replica/public.customer", Status.OK)
    ]


def test_entities_follow_copies_and_hashes_but_not_aggregates():
    email = EntityHit("EMAIL_ADDRESS", 0.95, ("name", "values"), "")
    fields = [
        Field("a", "t", "email", "text", entities=(email,)),
        Field("b", "t", "h", "text"),
        Field("c", "t", "h2", "text"),
        Field("b", "t", "n", "int"),
    ]
    flows = [
        Flow(
            "j1",
            "a/t",
            "b/t",
            "sql_job",
            columns=(
                ColumnLink("a/t/email", "b/t/h", "pseudonymised"),
                ColumnLink("a/t/email", "b/t/n", "aggregated"),
            ),
        ),
        Flow("j2", "b/t", "c/t", "sql_job", columns=(ColumnLink("b/t/h", "c/t/h2", "copied"),)),
    ]
    out = {f.id: f for f in propagate_entities(fields, flows)}
    assert [e.entity for e in out["c/t/h2"].entities] == ["EMAIL_ADDRESS"]
    assert out["c/t/h2"].entities[0].explanation == "copied from b/t/h by j2"
    assert out["b/t/n"].entities == ()
    assert out["a/t/email"].entities == (email,)


def test_entities_follow_a_chain_of_any_length_whatever_its_ids():
    # 30 jobs, each copying the previous table's column into a table whose id sorts before it.
    names = [f"s/t{i:02d}/c" for i in range(30, -1, -1)]
    email = EntityHit("EMAIL_ADDRESS", 0.95, ("name",), "")
    fields = [Field(*names[0].split("/"), "text", entities=(email,))]
    fields += [Field(*n.split("/"), "text") for n in names[1:]]
    flows = [
        Flow(f"j{i}", "s/a", "s/b", "sql_job", columns=(ColumnLink(a, b, "copied"),))
        for i, (a, b) in enumerate(pairwise(names))
    ]
    out = {f.id: f for f in propagate_entities(fields, flows)}
    assert all([e.entity for e in out[n].entities] == ["EMAIL_ADDRESS"] for n in names)
    assert out["s/t00/c"].entities[0].explanation == "copied from s/t01/c by j29"


def test_a_field_takes_an_entity_from_its_first_complete_source():
    # b is fed by c (which gets the email only through a) and by d (its own weak guess): it
    # takes the entity from c, first in id order once c is complete, so e is reached too.
    strong = EntityHit("EMAIL_ADDRESS", 0.95, ("name",), "")
    weak = EntityHit("EMAIL_ADDRESS", 0.3, ("values",), "")
    fields = [
        Field("a", "t", "email", "text", entities=(strong,)),
        Field("b", "t", "x", "text"),
        Field("c", "t", "x", "text"),
        Field("d", "t", "x", "text", entities=(weak,)),
        Field("e", "t", "x", "text"),
    ]
    flows = [
        Flow("j1", "a/t", "c/t", "sql_job", columns=(ColumnLink("a/t/email", "c/t/x", "copied"),)),
        Flow("j2", "c/t", "b/t", "sql_job", columns=(ColumnLink("c/t/x", "b/t/x", "copied"),)),
        Flow("j3", "d/t", "b/t", "sql_job", columns=(ColumnLink("d/t/x", "b/t/x", "copied"),)),
        Flow("j4", "b/t", "e/t", "sql_job", columns=(ColumnLink("b/t/x", "e/t/x", "copied"),)),
    ]
    out = {f.id: f for f in propagate_entities(fields, flows)}
    assert out["b/t/x"].entities == (
        EntityHit("EMAIL_ADDRESS", 0.95, ("lineage",), "copied from c/t/x by j2"),
    )
    assert out["e/t/x"].entities[0].explanation == "copied from b/t/x by j4"


def test_entities_go_round_a_cycle_of_jobs():
    email = EntityHit("EMAIL_ADDRESS", 0.95, ("name",), "")
    fields = [Field("a", "t", "email", "text", entities=(email,))]
    fields += [Field(s, "t", "x", "text") for s in ("b", "c")]
    links = [("a/t/email", "b/t/x"), ("b/t/x", "c/t/x"), ("c/t/x", "b/t/x")]
    flows = [
        Flow(f"j{i}", "s/a", "s/b", "sql_job", columns=(ColumnLink(a, b, "copied"),))
        for i, (a, b) in enumerate(links)
    ]
    out = {f.id: f for f in propagate_entities(fields, flows)}
    assert [e.explanation for e in out["b/t/x"].entities] == ["copied from a/t/email by j0"]
    assert [e.explanation for e in out["c/t/x"].entities] == ["copied from b/t/x by j1"]


def test_sql_job_inside_one_database_needs_no_transport(tmp_path):
    import sqlite3

    db = tmp_path / "a.db"
    with sqlite3.connect(db) as conn:
        conn.executescript(
            "CREATE TABLE customers (id INTEGER, email TEXT);"
            "CREATE TABLE mailing (email TEXT);"
            "INSERT INTO customers VALUES (1, 'ann@example.org');"
        )
    Path(tmp_path / "job.sql").write_text("INSERT INTO mailing SELECT email FROM customers;")
    estate = write_estate(
        tmp_path,
        """
systems:
  a: {connector: sqlite, path: a.db}
flows:
  - {name: copy, from: a, to: a, sql: job.sql}
""",
    )
    snapshot = scan_estate(load_estate(estate), scanned_at="2026-11-27T00:00:00Z")
    (flow,) = [f for f in snapshot.flows if f.kind == "sql_job"]
    assert flow.transit.status is Status.OK
    assert "the job runs inside a" in flow.transit.evidence[0]


def test_mysql_view_definition_is_lineage(my_db, tmp_path):
    my_db.run(
        "CREATE TABLE customer (id INT PRIMARY KEY, email VARCHAR(200), name VARCHAR(100));"
        "INSERT INTO customer VALUES (1, 'ann@example.org', 'Ann Lee'), (2, 'bo@example.net', "
        "'Bo Diaz');"
        "CREATE VIEW customer_contact AS SELECT id, UPPER(email) AS email_upper, "
        "MD5(name) AS name_key FROM customer;"
    )
    estate = write_estate(tmp_path, f'systems:\n  shop: {{connector: mysql, dsn: "{my_db.dsn}"}}\n')
    snapshot = scan_estate(load_estate(estate), scanned_at="2026-11-27T00:00:00Z")
    db = my_db.name
    view = {f.id: f for f in snapshot.flows}[f"view:shop/{db}.customer_contact:shop/{db}.customer"]
    assert {
        (c.source.rsplit("/", 1)[1], c.target.rsplit("/", 1)[1], c.how) for c in view.columns
    } == {
        ("id", "id", "copied"),
        ("email", "email_upper", "derived"),
        ("name", "name_key", "pseudonymised"),
    }
    assert "EMAIL_ADDRESS" in view.entities
    assert not [i for i in snapshot.issues if i.kind == "view_lineage"]


@pytest.fixture
def second_pg_db():
    import uuid

    import psycopg

    from .conftest import PG_ADMIN, PgDatabase

    name = f"piimap_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(dbname="postgres", autocommit=True, **PG_ADMIN) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield PgDatabase(name)
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **PG_ADMIN) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_foreign_table_flows_from_the_estate_system_it_reads(pg_db, second_pg_db, tmp_path):
    second_pg_db.run(
        "CREATE TABLE public.users (id int, email text);"
        "INSERT INTO public.users VALUES (1, 'ann@example.org'), (2, 'bo@example.net');"
    )
    pg_db.run(
        "CREATE EXTENSION IF NOT EXISTS postgres_fdw;"
        "CREATE SCHEMA app;"
        "CREATE SERVER legacy_srv FOREIGN DATA WRAPPER postgres_fdw OPTIONS "
        f"(host '127.0.0.1', port '5432', dbname '{second_pg_db.name}', sslmode 'require');"
        "CREATE USER MAPPING FOR CURRENT_USER SERVER legacy_srv OPTIONS "
        "(user 'postgres', password 'not-a-real-password-77');"
        "CREATE FOREIGN TABLE app.legacy_users (id int, email text) SERVER legacy_srv "
        "OPTIONS (schema_name 'public', table_name 'users');"
    )
    estate = write_estate(
        tmp_path,
        f"""
systems:
  app: {{connector: postgresql, dsn: "{pg_db.dsn}", schemas: [app]}}
  legacy: {{connector: postgresql, dsn: "{second_pg_db.dsn}", schemas: [public]}}
""",
    )
    snapshot = scan_estate(load_estate(estate), scanned_at="2026-11-27T00:00:00Z")
    (flow,) = [f for f in snapshot.flows if f.kind == "fdw"]
    assert (flow.source, flow.target) == ("legacy/public.users", "app/app.legacy_users")
    assert ("legacy/public.users/email", "app/app.legacy_users/email", "copied") in {
        (c.source, c.target, c.how) for c in flow.columns
    }
    assert flow.transit.status is Status.OK and flow.auth == "static_credential"
    assert "EMAIL_ADDRESS" in flow.entities
    assert "not-a-real-password-77" not in str(snapshot)
    assert not [s for s in snapshot.systems if s.kind == "unlisted_database"]


def _sqlite_shop(tmp_path):
    import sqlite3

    with sqlite3.connect(tmp_path / "a.db") as conn:
        conn.executescript(
            "CREATE TABLE customers (id INTEGER, email TEXT, phone TEXT);"
            "INSERT INTO customers VALUES (1, 'ann@example.org', '+44 20 7946 0958');"
            "CREATE TABLE mailing (contact TEXT);"
        )


def test_declared_flows_naming_fields_carry_their_entities(tmp_path):
    _sqlite_shop(tmp_path)
    estate = write_estate(
        tmp_path,
        """
systems:
  a: {connector: sqlite, path: a.db, owner: x}
  mailer: {kind: third_party, region: EU}
flows:
  - {name: by-field, from: a/customers/email, to: mailer, transport: {url: "http://m.example"}}
  - {name: by-fields, from: a/customers, to: mailer, fields: [a/customers/phone]}
""",
    )
    snapshot = scan_estate(load_estate(estate), scanned_at="2026-11-27T00:00:00Z")
    flows = {f.id: f for f in snapshot.flows}
    assert flows["declared:by-field"].entities == ("EMAIL_ADDRESS",)
    assert flows["declared:by-fields"].entities == ("PHONE_NUMBER",)
    assert ("SOC2 CC6.7", "declared:by-field") in {(g.control, g.subject) for g in snapshot.gaps}


def test_an_override_is_final_even_against_lineage(tmp_path):
    _sqlite_shop(tmp_path)
    (tmp_path / "job.sql").write_text("INSERT INTO mailing (contact) SELECT email FROM customers;")
    (tmp_path / "overrides.yaml").write_text(
        "overrides:\n  - {field: a/mailing/contact, action: reject,\n"
        "     reason: Holds a hashed campaign key after review}\n"
    )
    estate = write_estate(
        tmp_path,
        """
systems:
  a: {connector: sqlite, path: a.db}
flows:
  - {name: job, from: a, to: a, sql: job.sql}
classification: {overrides: overrides.yaml}
""",
    )
    snapshot = scan_estate(load_estate(estate), scanned_at="2026-11-27T00:00:00Z")
    contact = next(f for f in snapshot.fields if f.id == "a/mailing/contact")
    assert contact.entities == ()


def test_repeated_flow_ids_are_numbered_not_lost():
    from lineage.flows.found import unique_ids

    flows = [Flow("webhook:s:h", "s", "t", "webhook", evidence=(n,)) for n in ("b", "a")]
    assert [f.id for f in unique_ids(flows)] == ["webhook:s:h", "webhook:s:h#2"]


def test_a_table_name_both_systems_hold_is_read_from_the_source(tmp_path):
    import sqlite3

    with sqlite3.connect(tmp_path / "a.db") as conn:
        conn.executescript(
            "CREATE TABLE customers (id INTEGER, email TEXT);"
            "INSERT INTO customers VALUES (1, 'ann@example.org');"
        )
    with sqlite3.connect(tmp_path / "b.db") as conn:
        conn.executescript(
            "CREATE TABLE customers (id INTEGER, email TEXT, phone TEXT, city TEXT, notes TEXT);"
        )
    (tmp_path / "job.sql").write_text(
        "INSERT INTO b.customers (id, email) SELECT * FROM customers;"
    )
    estate = write_estate(
        tmp_path,
        """
systems:
  a: {connector: sqlite, path: a.db}
  b: {connector: sqlite, path: b.db}
flows:
  - {name: copy, from: a, to: b, sql: job.sql, dialect: sqlite}
""",
    )
    snapshot = scan_estate(load_estate(estate), scanned_at="2026-11-27T00:00:00Z")
    (flow,) = [f for f in snapshot.flows if f.kind == "sql_job"]
    assert (flow.source, flow.target) == ("a/customers", "b/customers")
    assert {(c.source, c.target) for c in flow.columns} == {
        ("a/customers/id", "b/customers/id"),
        ("a/customers/email", "b/customers/email"),
    }


def test_trace_sees_field_anchored_flows_and_follows_only_the_start_data():
    from lineage.core.model import Snapshot
    from lineage.graph.query import trace

    email, phone = EntityHit("EMAIL_ADDRESS", 0.9), EntityHit("PHONE_NUMBER", 0.9)
    snapshot = Snapshot(
        "2026-01-01T00:00:00Z",
        "0",
        fields=(
            Field("shop", "customers", "email", "text", entities=(email,)),
            Field("shop", "customers", "phone", "text", entities=(phone,)),
            Field("dw", "people", "email", "text", entities=(email,)),
            Field("dw", "people", "phone", "text", entities=(phone,)),
        ),
        flows=(
            Flow(
                "declared:mail",
                "shop/customers/email",
                "mailer",
                "declared",
                entities=("EMAIL_ADDRESS",),
            ),
            Flow(
                "declared:copy",
                "shop/customers",
                "dw/people",
                "declared",
                entities=("EMAIL_ADDRESS", "PHONE_NUMBER"),
            ),
            Flow("declared:sms", "dw/people", "smsco", "declared", entities=("PHONE_NUMBER",)),
        ),
    )
    down = {h.target for h in trace(snapshot, "shop/customers")}
    assert "mailer" in down  # a flow from one of its fields
    from_email = {h.target for h in trace(snapshot, "shop/customers/email")}
    assert from_email == {"mailer", "dw/people"}  # not smsco: it gets phone numbers only


def test_postgresql_view_on_a_table_whose_name_another_schema_also_has(pg_db, tmp_path):
    pg_db.run(
        "CREATE SCHEMA IF NOT EXISTS archive;"
        "CREATE TABLE public.members (id int, email text);"
        "CREATE TABLE archive.members (id int, email text, left_at date);"
        "CREATE VIEW public.member_emails AS SELECT id, lower(email) AS email FROM members;"
    )
    estate = write_estate(
        tmp_path,
        f'systems:\n  db: {{connector: postgresql, dsn: "{pg_db.dsn}",\n'
        "      schemas: [public, archive]}\n",
    )
    snapshot = scan_estate(load_estate(estate), scanned_at="2027-06-01T00:00:00Z")
    view = next(f for f in snapshot.flows if f.id.startswith("view:db/public.member_emails"))
    assert view.source == "db/public.members"
    assert not [i for i in snapshot.issues if i.kind == "view_lineage"]


def test_a_subscription_whose_server_is_unreadable_has_an_unknown_source(tmp_path):
    (tmp_path / "a.db").write_bytes(b"")  # the SQLite file must exist
    estate = load_estate(
        write_estate(tmp_path, "systems:\n  app: {connector: sqlite, path: a.db}\n")
    )
    link = _link(kind="replication", name="pub", host="", port=None, database="")
    found = link_flows([("app", link)], estate, [System("app", "sqlite")], [], [])
    (system,) = found.systems
    assert system.id == "app.pub.source" and system.name == "Source of replication pub (unknown)"
    assert found.flows[0].source.startswith("app.pub.source")
