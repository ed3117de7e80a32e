"""The MySQL/MariaDB connector against the real server: catalog, read-only, sampling, faults."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text

from connectors.mysql import MySQLConnector
from connectors.sql import DatabaseConfig
from lineage.core.errors import ConnectorError
from lineage.core.model import Status

from .conftest import count_statements

SCHEMA = """
CREATE TABLE customer (
    id INT AUTO_INCREMENT PRIMARY KEY,
    email VARCHAR(200) NOT NULL COMMENT 'Login e-mail',
    firstname VARCHAR(64),
    tax_id_enc VARBINARY(64),
    date_added DATETIME NOT NULL
) COMMENT = 'Storefront customers';
CREATE TABLE address (
    id INT AUTO_INCREMENT PRIMARY KEY,
    customer_id INT NOT NULL,
    postcode VARCHAR(10),
    location POINT,
    CONSTRAINT fk_address_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);
CREATE TABLE hidden_notes (id INT PRIMARY KEY, note TEXT);
CREATE VIEW customer_emails AS SELECT id, email FROM customer;
INSERT INTO customer (email, firstname, tax_id_enc, date_added)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
SELECT CONCAT('user', i, '@example.com'), CONCAT('Name', i),
       AES_ENCRYPT(CONCAT('VAT-', i), 'not-a-real-key'),
       TIMESTAMP('2019-05-01 00:00:00') + INTERVAL i DAY
FROM n;
INSERT INTO address (customer_id, postcode, location)
SELECT id, CONCAT('PC', id), POINT(id, id) FROM customer;
INSERT INTO hidden_notes VALUES (1, 'do not read');
ANALYZE TABLE customer, address;
"""


@pytest.fixture(scope="module")
def shop(my_db):
    my_db.run(SCHEMA)
    return my_db


def _connector(dsn: str, **options) -> MySQLConnector:
    return MySQLConnector("shop", DatabaseConfig(connector="mysql", dsn=dsn, **options))


def test_catalog_tables_views_keys_comments(shop):
    result = _connector(shop.dsn).scan()
    datasets = {d.name: d for d in result.datasets}
    db = shop.name
    assert set(datasets) == {
        f"{db}.customer",
        f"{db}.address",
        f"{db}.hidden_notes",
        f"{db}.customer_emails",
    }
    assert datasets[f"{db}.customer"].comment == "Storefront customers"
    assert datasets[f"{db}.customer"].primary_key == ("id",)
    assert datasets[f"{db}.customer_emails"].kind == "view"
    assert "email" in datasets[f"{db}.customer_emails"].view_definition
    (fk,) = datasets[f"{db}.address"].foreign_keys
    assert (fk.columns, fk.ref_dataset, fk.ref_columns) == (
        ("customer_id",),
        f"{db}.customer",
        ("id",),
    )
    email = next(f for f in result.fields if f.name == "email" and f.dataset.endswith("customer"))
    assert email.comment == "Login e-mail"
    assert email.data_type == "varchar(200)"


def test_catalog_queries_do_not_grow_with_the_number_of_tables(shop):
    before = count_statements(_connector(shop.dsn, sample_size=0))
    shop.run(
        "".join(f"CREATE TABLE extra_{i} (id INT PRIMARY KEY, email TEXT);" for i in range(30))
    )
    try:
        after = count_statements(_connector(shop.dsn, sample_size=0))
    finally:
        shop.run("".join(f"DROP TABLE extra_{i};" for i in range(30)))
    assert after == before


def test_sessions_are_read_only_with_a_statement_timeout(shop):
    connector = _connector(shop.dsn, statement_timeout=9)
    engine = connector.create_engine(connector.url())
    with engine.connect() as conn:
        assert conn.execute(text("SELECT @@session.tx_read_only")).scalar() == 1
        assert float(conn.execute(text("SELECT @@session.max_statement_time")).scalar()) == 9.0
        with pytest.raises(Exception, match="READ ONLY"):
            conn.execute(text("INSERT INTO hidden_notes VALUES (2, 'x')"))
    engine.dispose()


def test_samples_are_random_bounded_and_repeatable(shop):
    first = _connector(shop.dsn, sample_size=30).scan()
    second = _connector(shop.dsn, sample_size=30).scan()
    key = f"shop/{shop.name}.customer/email"
    emails = first.samples[key]
    assert len(emails) == 30 == len(set(emails))
    assert emails == second.samples[key]
    ids = sorted(int(e[4:].split("@")[0]) for e in emails)
    assert ids != list(range(1, 31))  # not simply the first rows
    points = first.samples[f"shop/{shop.name}.address/location"]
    assert points[0].startswith("POINT(")


def test_facts_tls_at_rest_and_oldest_record(shop):
    result = _connector(shop.dsn).scan()
    facts = {f.name: f.value for f in result.system.facts}
    assert "MariaDB" in facts["server_version"] or "MySQL" in facts["server_version"]
    assert result.system.transit.status is Status.GAP
    assert "Ssl_cipher is empty" in result.system.transit.evidence[0]
    customer = next(d for d in result.datasets if d.name.endswith(".customer"))
    assert customer.oldest_record.startswith("2019-05-02")
    assert customer.oldest_record_evidence.startswith("MIN(date_added)")
    enc = next(f for f in result.fields if f.name == "tax_id_enc")
    assert enc.at_rest.status is Status.OK
    assert "ciphertext" in enc.at_rest.evidence[0]


def test_a_table_the_user_cannot_read_is_recorded_and_the_rest_goes_on(shop):
    user = f"pscan{uuid.uuid4().hex[:8]}"
    password = uuid.uuid4().hex
    shop.run(
        f"CREATE USER '{user}'@'%' IDENTIFIED BY '{password}';"
        f"GRANT SELECT ON `{shop.name}`.customer TO '{user}'@'%';"
        f"GRANT SELECT ON `{shop.name}`.address TO '{user}'@'%';"
        f"GRANT REFERENCES ON `{shop.name}`.hidden_notes TO '{user}'@'%';"
    )
    try:
        dsn = shop.dsn.replace("root@", f"{user}:{password}@")
        result = _connector(dsn).scan()
    finally:
        shop.run(f"DROP USER '{user}'@'%'")
    hidden = next(d for d in result.datasets if d.name.endswith("hidden_notes"))
    assert hidden.scanned is False
    assert "SELECT command denied" in hidden.not_scanned_reason
    assert password not in hidden.not_scanned_reason
    assert any(k.endswith("customer/email") for k in result.samples)
    # Table grants only: tables it holds no privilege on may exist unseen (tests/test_grants.py).
    assert [i.subject for i in result.issues] == ["shop", f"shop/{shop.name}.hidden_notes"]
    assert result.issues[0].message.startswith("the scan role sees only tables granted to it")


def test_wrong_password_is_one_line_without_the_password(shop):
    user = f"pscan{uuid.uuid4().hex[:8]}"
    shop.run(f"CREATE USER '{user}'@'%' IDENTIFIED BY 'right-password'")
    try:
        with pytest.raises(ConnectorError) as err:
            _connector(shop.dsn.replace("root@", f"{user}:wrong-password@")).scan()
    finally:
        shop.run(f"DROP USER '{user}'@'%'")
    message = str(err.value)
    assert "\n" not in message
    assert "wrong-password" not in message
    assert "Access denied" in message
    assert "Check the user and the password" in message


def test_unreachable_server():
    with pytest.raises(ConnectorError, match=r"cannot connect to mysql://root@127\.0\.0\.1:1/x"):
        _connector("mysql://root@127.0.0.1:1/x", connect_timeout=2).scan()
