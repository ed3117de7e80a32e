"""The PostgreSQL connector against the real server: catalog, read-only, sampling, facts, faults."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text

from connectors.postgresql import PostgreSQLConnector
from connectors.sql import DatabaseConfig
from lineage.core.errors import ConnectorError
from lineage.core.model import Status

from .conftest import count_statements

SCHEMA = """
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE SCHEMA shop;
CREATE TABLE shop.customer (
    id serial PRIMARY KEY,
    email text NOT NULL,
    first_name text,
    nickname text,
    created_at timestamptz NOT NULL,
    national_id_enc bytea
);
COMMENT ON TABLE shop.customer IS 'Registered shoppers';
COMMENT ON COLUMN shop.customer.first_name IS 'Given name of the shopper';
CREATE TABLE shop.orders (
    id serial PRIMARY KEY,
    customer_id int REFERENCES shop.customer(id),
    total numeric(10, 2),
    placed_at timestamptz
);
CREATE VIEW shop.customer_emails AS SELECT id, email FROM shop.customer;
CREATE TABLE shop.events (id bigint, ip inet, happened_at timestamptz NOT NULL)
    PARTITION BY RANGE (happened_at);
CREATE TABLE shop.events_2024 PARTITION OF shop.events
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE shop.events_2025 PARTITION OF shop.events
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE shop.secret_notes (id int PRIMARY KEY, note text);
INSERT INTO shop.customer (email, first_name, nickname, created_at, national_id_enc)
SELECT 'user' || i || '@example.com', 'Name' || i, CASE WHEN i % 10 = 0 THEN 'nick' || i END,
       timestamptz '2020-01-01 00:00+00' + i * interval '1 day',
       pgp_sym_encrypt('ID-' || i, 'not-a-real-key')
FROM generate_series(1, 500) AS i;
INSERT INTO shop.orders (customer_id, total, placed_at)
SELECT 1 + i % 500, i, timestamptz '2021-01-01 00:00+00' + i * interval '1 hour'
FROM generate_series(1, 800) AS i;
INSERT INTO shop.events
SELECT i, ('10.0.' || (i % 250) || '.' || (i % 200))::inet,
       timestamptz '2024-06-01 00:00+00' + i * interval '1 hour'
FROM generate_series(1, 600) AS i;
INSERT INTO shop.secret_notes VALUES (1, 'do not read');
"""


@pytest.fixture(scope="module")
def shop(pg_db):
    pg_db.run(SCHEMA)
    return pg_db


def _connector(dsn: str, **options) -> PostgreSQLConnector:
    return PostgreSQLConnector("shop", DatabaseConfig(connector="postgresql", dsn=dsn, **options))


def _by_name(result):
    return {d.name: d for d in result.datasets}


def test_catalog_lists_tables_views_and_partitioned_parents_with_keys_and_comments(shop):
    result = _connector(shop.dsn, schemas=["shop"]).scan()
    datasets = _by_name(result)
    assert set(datasets) == {
        "shop.customer",
        "shop.orders",
        "shop.customer_emails",
        "shop.events",
        "shop.secret_notes",
    }
    assert datasets["shop.events"].kind == "partitioned table"
    assert datasets["shop.events"].row_count == 600
    assert datasets["shop.customer_emails"].kind == "view"
    assert "email" in datasets["shop.customer_emails"].view_definition
    assert datasets["shop.customer"].comment == "Registered shoppers"
    assert datasets["shop.customer"].primary_key == ("id",)
    (fk,) = datasets["shop.orders"].foreign_keys
    assert (fk.columns, fk.ref_dataset, fk.ref_columns) == (
        ("customer_id",),
        "shop.customer",
        ("id",),
    )
    fields = {f.name: f for f in result.fields if f.dataset == "shop.customer"}
    assert fields["first_name"].comment == "Given name of the shopper"
    assert fields["email"].nullable is False
    assert fields["national_id_enc"].data_type == "bytea"


def test_catalog_queries_do_not_grow_with_the_number_of_tables(shop):
    before = count_statements(_connector(shop.dsn, sample_size=0))
    shop.run(
        "CREATE SCHEMA many;"
        + "".join(
            f"CREATE TABLE many.t{i} (id int PRIMARY KEY, email text, parent int REFERENCES "
            f"many.t{max(i - 1, 0)}(id));"
            for i in range(40)
        )
    )
    try:
        after = count_statements(_connector(shop.dsn, sample_size=0))
    finally:
        shop.run("DROP SCHEMA many CASCADE")
    assert after == before


def test_sessions_are_read_only_with_timeouts(shop):
    connector = _connector(shop.dsn, statement_timeout=7)
    engine = connector.create_engine(connector.url())
    with engine.connect() as conn:
        assert conn.execute(text("SHOW transaction_read_only")).scalar() == "on"
        assert conn.execute(text("SHOW statement_timeout")).scalar() == "7s"
        assert conn.execute(text("SHOW lock_timeout")).scalar() == "5s"
        with pytest.raises(Exception, match="read-only transaction"):
            conn.execute(text("INSERT INTO shop.secret_notes VALUES (2, 'x')"))
    engine.dispose()


def test_samples_are_bounded_non_null_and_repeatable(shop):
    first = _connector(shop.dsn, schemas=["shop"], sample_size=40).scan()
    second = _connector(shop.dsn, schemas=["shop"], sample_size=40).scan()
    emails = first.samples["shop/shop.customer/email"]
    assert len(emails) == 40
    assert len(set(emails)) == 40
    assert emails == second.samples["shop/shop.customer/email"]
    # Spread over the table, not the first 40 rows by id.
    assert max(int(e[4:].split("@")[0]) for e in emails) > 100
    nicknames = first.samples["shop/shop.customer/nickname"]
    assert 0 < len(nicknames) <= 40 and all(n is not None for n in nicknames)
    assert "shop/shop.customer_emails/email" not in first.samples  # views are not sampled


def test_facts_tls_and_at_rest_evidence(shop):
    result = _connector(shop.dsn + "?sslmode=disable", schemas=["shop"]).scan()
    facts = {f.name: f.value for f in result.system.facts}
    assert facts["server_version"].startswith("PostgreSQL ")
    assert facts["sslmode"] == "disable"
    assert facts["tls"] == "off"
    assert "extension.pgcrypto" in facts
    assert result.system.transit.status is Status.GAP
    assert "pg_stat_ssl" in result.system.transit.evidence[0]
    assert result.system.at_rest.status is Status.UNKNOWN
    enc = next(f for f in result.fields if f.name == "national_id_enc")
    assert enc.at_rest.status is Status.OK
    assert "OpenPGP" in enc.at_rest.evidence[0]
    email = next(f for f in result.fields if f.name == "email" and f.dataset == "shop.customer")
    assert email.at_rest.status is Status.UNKNOWN


def test_oldest_record_and_row_counts(shop):
    datasets = _by_name(_connector(shop.dsn, schemas=["shop"]).scan())
    customer = datasets["shop.customer"]
    assert customer.oldest_record.startswith("2020-01-02")
    assert customer.oldest_record_evidence == "MIN(created_at) in shop.customer"
    assert customer.row_count == 500
    assert datasets["shop.secret_notes"].oldest_record is None


def test_a_table_the_role_cannot_read_is_recorded_and_the_rest_goes_on(shop):
    role = f"piimap_scan_{uuid.uuid4().hex[:8]}"
    shop.run(
        f"CREATE ROLE {role} LOGIN; GRANT USAGE ON SCHEMA shop TO {role}; "
        f"GRANT SELECT ON ALL TABLES IN SCHEMA shop TO {role}; "
        f"REVOKE SELECT ON shop.secret_notes FROM {role};"
    )
    try:
        dsn = shop.dsn.replace("postgres@", f"{role}@")
        result = _connector(dsn, schemas=["shop"]).scan()
    finally:
        shop.run(f"DROP OWNED BY {role}; DROP ROLE {role};")
    datasets = _by_name(result)
    assert datasets["shop.secret_notes"].scanned is False
    assert "lacks SELECT on shop.secret_notes" in datasets["shop.secret_notes"].not_scanned_reason
    assert datasets["shop.customer"].scanned is True
    assert "shop/shop.customer/email" in result.samples
    assert [i.subject for i in result.issues] == ["shop/shop.secret_notes"]


def test_unreachable_server_is_one_clear_line():
    with pytest.raises(ConnectorError) as err:
        _connector("postgresql://postgres@127.0.0.1:1/nothing", connect_timeout=2).scan()
    message = str(err.value)
    assert "\n" not in message
    assert "cannot connect to postgresql://postgres@127.0.0.1:1/nothing" in message
    assert "Check the host and port" in message


def test_unknown_role_names_the_credentials_without_the_password(shop, monkeypatch):
    dsn = shop.dsn.replace("postgres@", "nobody_here:s3cr3t-value@")
    with pytest.raises(ConnectorError) as err:
        _connector(dsn).scan()
    message = str(err.value)
    assert "s3cr3t-value" not in message
    assert "nobody_here:***@" in message
    assert "Check the user and the password" in message
