"""Links a database keeps to other databases, read from the real servers' catalogs: PostgreSQL
publications, subscriptions and postgres_fdw foreign tables, MariaDB FEDERATED tables.

Nothing here connects to the made-up remotes (replica.internal...): subscriptions are created with
``connect = false`` and foreign tables without IMPORT FOREIGN SCHEMA. Stored passwords must appear
in no link, evidence, issue or log line.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from connectors.mylinks import federated_link, parse_connection
from connectors.mysql import MySQLConnector
from connectors.pglinks import publication_links
from connectors.postgresql import PostgreSQLConnector
from connectors.sql import DatabaseConfig
from lineage.core.model import Status

from .conftest import MY_ADMIN, PG_ADMIN, PgDatabase, _unavailable

SUB_SECRET = f"Sub-{uuid.uuid4().hex[:12]}"
FDW_SECRET = f"Fdw-{uuid.uuid4().hex[:12]}"


@pytest.fixture(scope="module")
def publisher() -> Iterator[PgDatabase]:
    """A second database on the same server that one subscription really reads its tables from."""
    try:
        import psycopg

        admin = psycopg.connect(dbname="postgres", autocommit=True, connect_timeout=5, **PG_ADMIN)  # type: ignore[arg-type]
    except Exception as exc:
        _unavailable("PostgreSQL", exc)
    name = f"piimap_pub_{uuid.uuid4().hex[:10]}"
    admin.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
    try:
        db = PgDatabase(name)
        db.run(
            "CREATE SCHEMA shop; CREATE TABLE shop.customer (id int PRIMARY KEY, email text);"
            "CREATE PUBLICATION pub_remote FOR TABLE shop.customer;"
        )
        yield db
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]
        admin.close()


SUBSCRIPTIONS = {
    "sub_verified": f"host=replica.internal port=5433 dbname=shop user=repl "
    f"password={SUB_SECRET} sslmode=verify-full",
    "sub_plain": "host=10.1.2.3 dbname=shop user=repl sslmode=disable",
    "sub_default": "host=replica.internal dbname=shop user=repl",
    "sub_loop": "host=127.0.0.1 dbname=shop user=repl",
}


@pytest.fixture(scope="module")
def linked(pg_db, publisher):
    pg_db.run(
        f"""
        CREATE SCHEMA shop;
        CREATE TABLE shop.customer (id int PRIMARY KEY, email text, phone text);
        CREATE TABLE shop.orders (id int PRIMARY KEY, customer_id int, total numeric);
        CREATE PUBLICATION pub_customer FOR TABLE shop.customer (id, email);
        CREATE PUBLICATION pub_orders FOR TABLE shop.orders;
        CREATE EXTENSION postgres_fdw;
        CREATE SERVER crm_srv FOREIGN DATA WRAPPER postgres_fdw
            OPTIONS (host 'crm.internal', port '6543', dbname 'crm', sslmode 'verify-full');
        CREATE SERVER legacy_srv FOREIGN DATA WRAPPER postgres_fdw
            OPTIONS (host 'legacy.internal', dbname 'old', sslmode 'disable');
        CREATE USER MAPPING FOR postgres SERVER crm_srv
            OPTIONS (user 'fdw', password '{FDW_SECRET}');
        CREATE USER MAPPING FOR PUBLIC SERVER legacy_srv OPTIONS (user 'reader');
        CREATE SCHEMA ext;
        CREATE FOREIGN TABLE ext.crm_contact (id int, email text, phone text) SERVER crm_srv
            OPTIONS (schema_name 'sales', table_name 'contact');
        CREATE FOREIGN TABLE ext.legacy_customer (id int, name text) SERVER legacy_srv;
        """
    )
    for name, conninfo in SUBSCRIPTIONS.items():
        pg_db.run(
            f"CREATE SUBSCRIPTION {name} CONNECTION '{conninfo}' PUBLICATION pub_a, pub_b "
            "WITH (connect = false, create_slot = false, enabled = false, slot_name = NONE)"
        )
    # Connects to the publisher only to list its tables into pg_subscription_rel (no slot).
    pg_db.run(
        f"CREATE SUBSCRIPTION sub_tables CONNECTION 'host={PG_ADMIN['host']} "
        f"port={PG_ADMIN['port']} dbname={publisher.name} user=postgres' PUBLICATION pub_remote "
        "WITH (create_slot = false, enabled = false, slot_name = NONE, copy_data = false)"
    )
    try:
        yield pg_db
    finally:
        for name in [*SUBSCRIPTIONS, "sub_tables"]:
            pg_db.run(f"DROP SUBSCRIPTION IF EXISTS {name}")


def _scan(dsn: str, **options):
    connector = PostgreSQLConnector(
        "shop", DatabaseConfig(connector="postgresql", dsn=dsn, sample_size=0, **options)
    )
    return connector.scan()


def _links(result, kind, direction):
    return [link for link in result.links if link.kind == kind and link.direction == direction]


def test_publications_are_outgoing_links_with_their_column_lists(linked):
    result = _scan(linked.dsn)
    out = {link.local_dataset: link for link in _links(result, "replication", "out")}
    assert set(out) == {"shop.customer", "shop.orders"}
    customer = out["shop.customer"]
    assert customer.name == "pub_customer"
    assert customer.remote_dataset == "shop.customer"
    assert customer.fields == ("id", "email")  # phone is not published
    assert out["shop.orders"].fields == ()  # no column list: every column
    assert (customer.host, customer.port, customer.database) == ("", None, "")
    assert "publication pub_customer publishes shop.customer" in customer.evidence[0]
    ssl = _setting(linked, "ssl")
    if ssl == "off":
        assert customer.transit.status is Status.GAP
        assert "ssl=off" in customer.transit.evidence[0]
    else:
        assert customer.transit.status is Status.UNKNOWN
        assert "no subscriber is connected" in customer.transit.evidence[0]


def test_subscriptions_transit_follows_sslmode_and_a_stored_password_is_only_a_fact(linked):
    result = _scan(linked.dsn)
    incoming = _links(result, "replication", "in")
    by_host = {(link.host, link.name): link for link in incoming if link.local_dataset == ""}
    verified = by_host[("replica.internal", "pub_a")]
    assert ("replica.internal", "pub_b") in by_host  # one link per publication
    assert (verified.port, verified.database) == (5433, "shop")
    assert verified.transit.status is Status.OK
    assert "sslmode=verify-full" in verified.transit.evidence[0]
    assert verified.auth == "static_credential"
    assert any("a password is stored" in e for e in verified.evidence)
    assert any("disabled" in e for e in verified.evidence)
    plain = by_host[("10.1.2.3", "pub_a")]
    assert plain.transit.status is Status.GAP
    assert "sslmode=disable" in plain.transit.evidence[0]
    assert plain.auth == "unknown"
    default = next(
        link
        for link in incoming
        if link.host == "replica.internal" and "sub_default" in link.evidence[0]
    )
    assert default.transit.status is Status.UNKNOWN
    assert "libpq's default prefer falls back to plain text" in default.transit.evidence[0]
    loop = by_host[("127.0.0.1", "pub_a")]
    assert loop.transit.status is Status.OK
    assert "stays on loopback" in loop.transit.evidence[0]


def test_a_subscription_with_tables_gives_one_link_per_local_table(linked, publisher):
    result = _scan(linked.dsn)
    (link,) = [link for link in _links(result, "replication", "in") if link.name == "pub_remote"]
    assert (link.local_dataset, link.remote_dataset) == ("shop.customer", "shop.customer")
    assert (link.host, link.database) == (PG_ADMIN["host"], publisher.name)
    assert "pg_subscription_rel lists shop.customer" in link.evidence


def test_foreign_tables_name_the_remote_table_and_whether_a_password_is_stored(linked):
    result = _scan(linked.dsn)
    fdw = {link.local_dataset: link for link in _links(result, "fdw", "in")}
    crm = fdw["ext.crm_contact"]
    assert crm.remote_dataset == "sales.contact"
    assert (crm.host, crm.port, crm.database) == ("crm.internal", 6543, "crm")
    assert crm.fields == ("id", "email", "phone")
    assert crm.transit.status is Status.OK
    assert crm.auth == "static_credential"
    assert any("stores a password" in e for e in crm.evidence)
    legacy = fdw["ext.legacy_customer"]
    assert legacy.remote_dataset == "ext.legacy_customer"  # postgres_fdw defaults: local names
    assert legacy.transit.status is Status.GAP
    assert legacy.auth == "unknown"
    assert any("store no password" in e for e in legacy.evidence)
    kinds = {d.name: d.kind for d in result.datasets}
    assert kinds["ext.crm_contact"] == "foreign table"


def test_schemas_option_keeps_only_links_of_scanned_tables(linked):
    result = _scan(linked.dsn, schemas=["ext"])
    assert {link.kind for link in result.links if link.local_dataset} == {"fdw"}


def test_a_role_without_privileges_gets_an_issue_and_no_secret(linked, caplog):
    role = f"piimap_scan_{uuid.uuid4().hex[:8]}"
    linked.run(
        f"CREATE ROLE {role} LOGIN; GRANT USAGE ON SCHEMA shop, ext TO {role};"
        f"GRANT SELECT ON ALL TABLES IN SCHEMA shop TO {role};"
    )
    try:
        with caplog.at_level(logging.DEBUG):
            result = _scan(linked.dsn.replace("postgres@", f"{role}@"))
    finally:
        linked.run(f"DROP OWNED BY {role}; DROP ROLE {role};")
    (issue,) = [i for i in result.issues if i.kind == "missing_permission"]
    assert "pg_read_all_data" in issue.message and "sub_verified" in issue.message
    incoming = [link for link in _links(result, "replication", "in") if "sub_verified" in str(link)]
    assert incoming and all(link.host == "" for link in incoming)
    assert all(link.transit.status is Status.UNKNOWN for link in incoming)
    crm = next(link for link in result.links if link.local_dataset == "ext.crm_contact")
    assert crm.auth == "unknown"
    assert any("hidden from the scan role" in e for e in crm.evidence)
    assert result.system.audit.status is Status.UNKNOWN  # shared_preload_libraries is hidden
    _assert_no_secret(result, caplog)


def test_no_password_reaches_links_evidence_issues_or_logs(linked, caplog):
    with caplog.at_level(logging.DEBUG):
        result = _scan(linked.dsn)
    assert any(link.auth == "static_credential" for link in result.links)
    _assert_no_secret(result, caplog)


def test_a_connected_subscriber_is_named_with_its_tls_state():
    rows = [("pub_customer", "shop", "customer", None, None, True, True, True)]
    subscribers = [
        ("sub_eu", "sub_eu", "10.0.0.5", True, "TLSv1.3"),
        ("sub_bi", "sub_bi", "10.0.0.9", False, None),
    ]
    links = {link.host: link for link in publication_links(rows, subscribers, "on")}
    assert links["10.0.0.5"].transit.status is Status.OK
    assert "TLSv1.3" in links["10.0.0.5"].transit.evidence[0]
    assert links["10.0.0.9"].transit.status is Status.GAP
    assert any("slot sub_bi" in e for e in links["10.0.0.9"].evidence)
    # With two publications the publisher cannot tell which one a subscriber reads.
    rows.append(("pub_orders", "shop", "orders", None, None, True, True, True))
    links2 = publication_links(rows, subscribers, "on")
    assert {link.host for link in links2} == {""}
    assert any("cannot be told apart" in e for e in links2[0].evidence)


def _setting(db: PgDatabase, name: str) -> str:
    import psycopg

    with psycopg.connect(dbname=db.name, **PG_ADMIN) as conn:  # type: ignore[arg-type]
        return str(conn.execute(f"SHOW {name}").fetchone()[0])  # type: ignore[arg-type,index]


def _assert_no_secret(result, caplog, secrets=(SUB_SECRET, FDW_SECRET)) -> None:
    text = repr(result.links) + repr(result.issues) + repr(result.system) + repr(result.datasets)
    text += caplog.text
    for secret in secrets:
        assert secret not in text


# --- MySQL/MariaDB FEDERATED ---------------------------------------------------------------------

MY_SECRET = f"My-{uuid.uuid4().hex[:12]}"
SERVER_SECRET = f"Srv-{uuid.uuid4().hex[:12]}"


@contextmanager
def mariadb_plugin(soname: str, plugin: str) -> Iterator[bool]:
    """Load a MariaDB plugin for the block when it is not active, and unload it after (yields
    False when it cannot be loaded here). A named lock keeps concurrent test runs from unloading
    it under each other."""
    import pymysql

    conn = pymysql.connect(autocommit=True, **MY_ADMIN)  # type: ignore[arg-type]
    cur = conn.cursor()
    lock = f"piimap_test_plugin_{plugin}"
    cur.execute("SELECT GET_LOCK(%s, 300)", (lock,))
    loaded_here = False
    try:
        cur.execute(
            "SELECT PLUGIN_STATUS FROM information_schema.PLUGINS WHERE PLUGIN_NAME = %s", (plugin,)
        )
        row = cur.fetchone()
        if not row or row[0] != "ACTIVE":
            try:
                cur.execute(f"INSTALL SONAME '{soname}'")
                loaded_here = True
            except pymysql.MySQLError:
                yield False
                return
        yield True
    finally:
        if loaded_here:
            cur.execute(f"UNINSTALL SONAME '{soname}'")
        cur.execute("SELECT RELEASE_LOCK(%s)", (lock,))
        conn.close()


@pytest.fixture(scope="module")
def federated(my_db):
    with mariadb_plugin("ha_federatedx", "FEDERATED") as loaded:
        if not loaded:
            pytest.skip("the FEDERATED engine cannot be loaded on this server (ha_federatedx)")
        db, user = my_db.name, f"pfed{uuid.uuid4().hex[:8]}"
        server = f"crm_{uuid.uuid4().hex[:8]}"
        port = _my_scalar("SELECT @@port")
        # The "remote" is this same server: FEDERATED checks the connection when a table is made.
        my_db.run(
            f"""
            CREATE TABLE crm_customer (id INT PRIMARY KEY, email VARCHAR(100), phone VARCHAR(30));
            CREATE USER '{user}'@'127.0.0.1' IDENTIFIED BY '{MY_SECRET}';
            CREATE USER '{user}'@'localhost' IDENTIFIED BY '{MY_SECRET}';
            GRANT SELECT ON `{db}`.crm_customer TO '{user}'@'127.0.0.1';
            GRANT SELECT ON `{db}`.crm_customer TO '{user}'@'localhost';
            CREATE TABLE loop_customer (id INT PRIMARY KEY, email VARCHAR(100), phone VARCHAR(30))
                ENGINE=FEDERATED
                CONNECTION='mysql://{user}:{MY_SECRET}@127.0.0.1:{port}/{db}/crm_customer';
            CREATE SERVER {server} FOREIGN DATA WRAPPER mysql OPTIONS
                (HOST '127.0.0.1', DATABASE '{db}', USER '{user}', PASSWORD '{MY_SECRET}',
                 PORT {port});
            CREATE TABLE crm_contact (id INT PRIMARY KEY, email VARCHAR(100)) ENGINE=FEDERATED
                CONNECTION='{server}/crm_customer';
            """
        )
        # Now point the server somewhere this machine cannot reach (ALTER SERVER does not connect).
        my_db.run(
            f"ALTER SERVER {server} OPTIONS (HOST 'crm.internal', PASSWORD '{SERVER_SECRET}')"
        )
        try:
            yield my_db, server
        finally:
            my_db.run(
                f"DROP TABLE IF EXISTS loop_customer, crm_contact; DROP SERVER IF EXISTS {server};"
                f"DROP USER IF EXISTS '{user}'@'127.0.0.1', '{user}'@'localhost';"
            )


def _my_scan(dsn: str, **options):
    return MySQLConnector("shop", DatabaseConfig(connector="mysql", dsn=dsn, **options)).scan()


def test_federated_tables_are_links_and_are_never_opened(federated, caplog):
    db, server = federated
    with caplog.at_level(logging.DEBUG):
        # crm_contact's remote does not resolve: opening it would fail the catalog read.
        result = _my_scan(db.dsn, sample_size=20)
    links = {link.local_dataset: link for link in result.links if link.kind == "federated"}
    loop = links[f"{db.name}.loop_customer"]
    assert loop.direction == "in"
    assert loop.remote_dataset == f"{db.name}.crm_customer"
    assert (loop.host, loop.database) == ("127.0.0.1", db.name)
    assert loop.fields == ("id", "email", "phone")
    assert loop.transit.status is Status.OK
    assert "stays on loopback" in loop.transit.evidence[0]
    assert loop.auth == "static_credential"
    assert any(
        "password is stored in plain text in the table definition" in e for e in loop.evidence
    )
    contact = links[f"{db.name}.crm_contact"]
    assert contact.name == server
    assert (contact.host, contact.database) == ("crm.internal", db.name)
    assert contact.remote_dataset == f"{db.name}.crm_customer"
    assert contact.transit.status is Status.GAP
    assert "FEDERATED has no TLS option" in contact.transit.evidence[0]
    assert contact.auth == "static_credential"
    assert any("mysql.servers" in e for e in contact.evidence)
    datasets = {d.name: d for d in result.datasets}
    assert datasets[f"{db.name}.crm_contact"].kind == "foreign table"
    assert not any(k.startswith(f"shop/{db.name}.crm_contact/") for k in result.samples)
    assert not result.issues
    _assert_no_secret(result, caplog, (MY_SECRET, SERVER_SECRET))


def test_a_user_who_cannot_read_mysql_servers_gets_an_issue(federated, caplog):
    db, server = federated
    user, password = f"pscan{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    db.run(
        f"CREATE USER '{user}'@'%' IDENTIFIED BY '{password}';"
        f"GRANT SELECT ON `{db.name}`.* TO '{user}'@'%';"
    )
    try:
        with caplog.at_level(logging.DEBUG):
            result = _my_scan(db.dsn.replace("root@", f"{user}:{password}@"), sample_size=0)
    finally:
        db.run(f"DROP USER '{user}'@'%'")
    (issue,) = [i for i in result.issues if i.kind == "missing_permission"]
    assert "SELECT on mysql.servers" in issue.message and server in issue.message
    contact = next(link for link in result.links if link.local_dataset.endswith("crm_contact"))
    assert contact.host == "" and contact.transit.status is Status.UNKNOWN
    loop = next(link for link in result.links if link.local_dataset.endswith("loop_customer"))
    assert loop.auth == "static_credential"  # read from SHOW CREATE TABLE, which SELECT allows
    _assert_no_secret(result, caplog, (MY_SECRET, SERVER_SECRET))


@pytest.mark.parametrize(
    ("connection", "host", "status", "auth"),
    [
        ("mysql://app:pw@crm.internal:3307/crm/customer", "crm.internal", Status.GAP, "static"),
        ("mysql://app@localhost/crm/customer", "localhost", Status.OK, "unknown"),
        ("mysql://app:p@ss:w0rd@10.0.0.7/crm/customer", "10.0.0.7", Status.GAP, "static"),
    ],
)
def test_connection_strings(connection, host, status, auth):
    remote = parse_connection(f"CREATE TABLE t (id int) ENGINE=FEDERATED CONNECTION='{connection}'")
    link = federated_link("shop.t", ("id",), remote, None)
    assert (link.host, link.remote_dataset, link.database) == (host, "crm.customer", "crm")
    assert link.transit.status is status
    assert link.auth.startswith(auth)
    assert "pw" not in repr(link) and "w0rd" not in repr(link)


def _my_scalar(sql: str):
    import pymysql

    conn = pymysql.connect(**MY_ADMIN)  # type: ignore[arg-type]
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
            return cur.fetchone()[0]
    finally:
        conn.close()
