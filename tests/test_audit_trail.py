"""Audit trails: triggers that record changes per table, and the server-wide audit log, read from
real PostgreSQL, MariaDB and SQLite catalogs (pgaudit and MySQL's audit_log are not installable
here: their rules are checked on the settings they would show)."""

from __future__ import annotations

import sqlite3
import uuid

import pytest

from connectors.audit import ServerAudit, Trigger, dataset_audit
from connectors.mysql import MySQLConnector, mysql_server_audit
from connectors.postgresql import PostgreSQLConnector, pgaudit_audit
from connectors.sql import DatabaseConfig
from connectors.sqlite import SQLiteConfig, SQLiteConnector
from lineage.core.model import Control, Status

from .conftest import MY_ADMIN, count_statements
from .test_db_links import mariadb_plugin

# --- PostgreSQL ----------------------------------------------------------------------------------

PG_SCHEMA = """
CREATE SCHEMA shop;
CREATE SCHEMA audit;
CREATE TABLE audit.logged_actions (id bigserial, table_name text, action text, row_data jsonb);
CREATE TABLE shop.customer (id int PRIMARY KEY, email text);
CREATE TABLE shop.customer_audit (changed_at timestamptz, op text, old jsonb);
CREATE FUNCTION shop.audit_customer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO shop.customer_audit VALUES (now(), TG_OP, to_jsonb(OLD));
  RETURN NULL;
END $$;
CREATE TRIGGER customer_audit AFTER UPDATE OR DELETE ON shop.customer
  FOR EACH ROW EXECUTE FUNCTION shop.audit_customer();

CREATE TABLE shop.orders (id int PRIMARY KEY, total numeric);
CREATE TABLE shop.orders_log (id int, logged_at timestamptz);
CREATE FUNCTION shop.note_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO shop.orders_log VALUES (NEW.id, now()); RETURN NEW; END $$;
CREATE TRIGGER orders_created AFTER INSERT ON shop.orders
  FOR EACH ROW EXECUTE FUNCTION shop.note_order();

CREATE TABLE shop.ledger (id int PRIMARY KEY, amount numeric);
CREATE FUNCTION audit.if_modified_func() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit.logged_actions (table_name, action, row_data)
  VALUES (TG_TABLE_NAME, TG_OP, to_jsonb(OLD));
  RETURN NULL;
END $$;
CREATE TRIGGER ledger_changes AFTER UPDATE ON shop.ledger
  FOR EACH ROW EXECUTE FUNCTION audit.if_modified_func();

CREATE TABLE shop.subscription (id int PRIMARY KEY, plan text);
CREATE FUNCTION shop.versioning() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RETURN NEW; END $$;
CREATE TRIGGER versioning_trigger BEFORE INSERT OR UPDATE OR DELETE ON shop.subscription
  FOR EACH ROW EXECUTE FUNCTION shop.versioning('sys_period', 'subscription_history', 'true');

CREATE TABLE shop.address (id int PRIMARY KEY, street text);
CREATE TRIGGER address_audit AFTER UPDATE ON shop.address
  FOR EACH ROW EXECUTE FUNCTION shop.audit_customer();
ALTER TABLE shop.address DISABLE TRIGGER address_audit;

CREATE TABLE shop.note (id int PRIMARY KEY, body text, updated_at timestamptz);
CREATE FUNCTION shop.set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER note_touch BEFORE UPDATE ON shop.note
  FOR EACH ROW EXECUTE FUNCTION shop.set_updated_at();
"""


@pytest.fixture(scope="module")
def pg_shop(pg_db):
    pg_db.run(PG_SCHEMA)
    return pg_db


def _pg(dsn: str, **options) -> PostgreSQLConnector:
    return PostgreSQLConnector(
        "shop", DatabaseConfig(connector="postgresql", dsn=dsn, sample_size=0, **options)
    )


def _audit(result) -> dict[str, Control]:
    return {d.name: d.audit for d in result.datasets}


def test_postgres_triggers_decide_each_tables_audit_trail(pg_shop):
    result = _pg(pg_shop.dsn, schemas=["shop"]).scan()
    audit = _audit(result)
    assert audit["shop.customer"] == Control(
        Status.OK, ("trigger customer_audit runs audit_customer() after UPDATE, DELETE",)
    )
    assert audit["shop.orders"].status is Status.GAP
    assert "records inserts only; updates and deletes go unrecorded" in "".join(
        audit["shop.orders"].evidence
    )
    assert audit["shop.ledger"].status is Status.OK
    assert audit["shop.ledger"].evidence[0] == (
        "trigger ledger_changes writes into audit.logged_actions after UPDATE"
    )
    assert "DELETE on shop.ledger fires no audit trigger" in audit["shop.ledger"].evidence
    assert audit["shop.subscription"].status is Status.OK
    assert "versioning('subscription_history')" in audit["shop.subscription"].evidence[0]
    assert audit["shop.address"].status is Status.GAP
    assert (
        "audit trigger address_audit on shop.address is disabled" in audit["shop.address"].evidence
    )
    assert audit["shop.note"] == Control(
        Status.GAP,
        ("no audit trigger on shop.note and no server-wide audit (pgaudit is not loaded)",),
    )


def test_postgres_without_pgaudit_is_a_server_wide_gap(pg_shop):
    system = _pg(pg_shop.dsn, schemas=["shop"]).scan().system
    if "pgaudit" in _pg_setting(pg_shop, "shared_preload_libraries"):
        pytest.skip("this server loads pgaudit")
    assert system.audit.status is Status.GAP
    assert system.audit.evidence[0].startswith("pgaudit is not loaded (shared_preload_libraries=")
    assert "data changes are not audited server-wide" in system.audit.evidence[0]


def test_postgres_trigger_reading_does_not_grow_with_the_number_of_tables(pg_shop):
    before = count_statements(_pg(pg_shop.dsn))
    pg_shop.run(
        "CREATE SCHEMA many;"
        + "".join(
            f"CREATE TABLE many.t{i} (id int); CREATE TRIGGER t{i}_audit AFTER UPDATE ON "
            f"many.t{i} FOR EACH ROW EXECUTE FUNCTION shop.audit_customer();"
            for i in range(25)
        )
    )
    try:
        after = count_statements(_pg(pg_shop.dsn))
    finally:
        pg_shop.run("DROP SCHEMA many CASCADE")
    assert after == before


def test_pgaudit_object_auditing_covers_only_tables_the_audit_role_may_change(pg_shop):
    role = f"piimap_auditor_{uuid.uuid4().hex[:8]}"
    pg_shop.run(f"CREATE ROLE {role}; GRANT UPDATE ON shop.note TO {role};")
    connector = _pg(pg_shop.dsn, schemas=["shop"])
    engine = connector.create_engine(connector.url())
    try:
        with engine.connect() as conn:
            covered = connector.object_audit(conn, role)
    finally:
        engine.dispose()
        pg_shop.run(f"DROP OWNED BY {role}; DROP ROLE {role};")
    assert covered["shop.note"] is True
    assert covered["shop.customer"] is False


PRELOAD = ("pgaudit,pg_stat_statements", "configuration file")


@pytest.mark.parametrize(
    ("settings", "status", "says"),
    [
        ({"shared_preload_libraries": PRELOAD, "pgaudit.log": ("write, ddl", "c")}, "ok", "write"),
        ({"shared_preload_libraries": PRELOAD, "pgaudit.log": ("all, -misc", "c")}, "ok", "all"),
        ({"shared_preload_libraries": PRELOAD, "pgaudit.log": ("all,-write", "c")}, "gap", "no w"),
        ({"shared_preload_libraries": PRELOAD, "pgaudit.log": ("ddl", "c")}, "gap", "no writes"),
        ({"shared_preload_libraries": PRELOAD, "pgaudit.log": ("none", "c")}, "gap", "no writes"),
        (
            {
                "shared_preload_libraries": PRELOAD,
                "pgaudit.log": ("none", "c"),
                "pgaudit.role": ("auditor", "c"),
            },
            "ok",
            "object auditing through role auditor",
        ),
        ({"shared_preload_libraries": PRELOAD}, "unknown", "pgaudit.log is hidden"),
        ({"shared_preload_libraries": ("", "default")}, "gap", "shared_preload_libraries=''"),
        ({}, "unknown", "needs pg_read_all_settings"),
    ],
)
def test_pgaudit_rules(settings, status, says):
    audit = pgaudit_audit(settings)
    assert audit.control.status == status
    assert says in audit.control.evidence[0]


def _pg_setting(db, name: str) -> str:
    import psycopg

    from .conftest import PG_ADMIN

    with psycopg.connect(dbname=db.name, **PG_ADMIN) as conn:  # type: ignore[arg-type]
        return str(conn.execute(f"SHOW {name}").fetchone()[0])  # type: ignore[arg-type,index]


# --- MySQL / MariaDB -----------------------------------------------------------------------------

MY_SCHEMA = """
CREATE TABLE customer (id INT PRIMARY KEY, email VARCHAR(100));
CREATE TABLE customer_history (id INT, email VARCHAR(100), op CHAR(1), at DATETIME);
CREATE TRIGGER customer_upd AFTER UPDATE ON customer FOR EACH ROW
  INSERT INTO customer_history VALUES (OLD.id, OLD.email, 'U', NOW());
CREATE TRIGGER customer_del AFTER DELETE ON customer FOR EACH ROW
  INSERT INTO customer_history VALUES (OLD.id, OLD.email, 'D', NOW());
CREATE TABLE orders (id INT PRIMARY KEY, total DECIMAL(10, 2));
CREATE TABLE orders_log (id INT, at DATETIME);
CREATE TRIGGER orders_ins AFTER INSERT ON orders FOR EACH ROW
  INSERT INTO orders_log VALUES (NEW.id, NOW());
CREATE TABLE product (id INT PRIMARY KEY, name VARCHAR(100), updated_at DATETIME);
CREATE TRIGGER product_touch BEFORE UPDATE ON product FOR EACH ROW SET NEW.updated_at = NOW();
"""


@pytest.fixture(scope="module")
def my_shop(my_db):
    my_db.run(MY_SCHEMA)
    return my_db


def _my(dsn: str, **options) -> MySQLConnector:
    return MySQLConnector(
        "shop", DatabaseConfig(connector="mysql", dsn=dsn, sample_size=0, **options)
    )


def test_mysql_triggers_decide_each_tables_audit_trail(my_shop):
    result = _my(my_shop.dsn).scan()
    if result.system.audit.status is not Status.GAP:
        pytest.skip("this server already runs an audit plugin")
    audit = {name.split(".", 1)[1]: control for name, control in _audit(result).items()}
    db = my_shop.name
    assert audit["customer"] == Control(
        Status.OK,
        (
            "trigger customer_del writes into customer_history after DELETE",
            "trigger customer_upd writes into customer_history after UPDATE",
        ),
    )
    assert audit["orders"].status is Status.GAP
    assert "records inserts only" in audit["orders"].evidence[-1]
    assert audit["product"] == Control(
        Status.GAP,
        (f"no audit trigger on {db}.product and no server-wide audit (no audit plugin is active)",),
    )
    assert "no audit plugin is active" in result.system.audit.evidence[0]


def test_mysql_triggers_hidden_from_a_user_without_the_trigger_privilege(my_shop):
    user, password = f"paud{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    my_shop.run(
        f"CREATE USER '{user}'@'%' IDENTIFIED BY '{password}';"
        f"GRANT SELECT ON `{my_shop.name}`.* TO '{user}'@'%';"
    )
    dsn = my_shop.dsn.replace("root@", f"{user}:{password}@")
    try:
        hidden = _audit(_my(dsn).scan())
        my_shop.run(f"GRANT TRIGGER ON `{my_shop.name}`.* TO '{user}'@'%'")
        shown = _audit(_my(dsn).scan())
    finally:
        my_shop.run(f"DROP USER '{user}'@'%'")
    customer = f"{my_shop.name}.customer"
    assert hidden[customer].status is Status.UNKNOWN
    assert "lacks the TRIGGER privilege" in hidden[customer].evidence[0]
    assert shown[customer].status is Status.OK


def test_mysql_trigger_reading_does_not_grow_with_the_number_of_tables(my_shop):
    before = count_statements(_my(my_shop.dsn))
    my_shop.run(
        "".join(
            f"CREATE TABLE extra_{i} (id INT); CREATE TRIGGER extra_{i}_audit AFTER UPDATE ON "
            f"extra_{i} FOR EACH ROW INSERT INTO orders_log VALUES (OLD.id, NOW());"
            for i in range(20)
        )
    )
    try:
        after = count_statements(_my(my_shop.dsn))
    finally:
        my_shop.run("".join(f"DROP TABLE extra_{i};" for i in range(20)))
    assert after == before


def test_mariadb_server_audit_plugin_covers_tables_without_triggers(my_shop):
    with mariadb_plugin("server_audit", "SERVER_AUDIT") as loaded:
        if not loaded:
            pytest.skip("the server_audit plugin cannot be loaded on this server")
        names = ("server_audit_logging", "server_audit_events", "server_audit_output_type")
        saved = _my_variables(names)
        try:
            # syslog output: the test writes no audit file into the server's data directory.
            _my_admin(
                "SET GLOBAL server_audit_output_type = 'syslog'",
                "SET GLOBAL server_audit_events = 'QUERY_DML_NO_SELECT'",
            )
            off = _my(my_shop.dsn).scan()
            _my_admin("SET GLOBAL server_audit_logging = ON")
            on = _my(my_shop.dsn).scan()
        finally:
            # Logging off first, so switching the output back to a file writes nothing.
            _my_admin(*(f"SET GLOBAL {name} = '{saved[name]}'" for name in names))
    assert off.system.audit.status is Status.GAP
    assert "server_audit_logging=OFF" in off.system.audit.evidence[0]
    assert on.system.audit.status is Status.OK
    assert "server_audit_events=QUERY_DML_NO_SELECT" in on.system.audit.evidence[0]
    audit = _audit(on)
    covered = "covered by server_audit (server_audit_events=QUERY_DML_NO_SELECT)"
    assert audit[f"{my_shop.name}.product"] == Control(
        Status.OK, (f"{my_shop.name}.product: {covered}",)
    )
    assert audit[f"{my_shop.name}.customer"].evidence[0].startswith("trigger customer_del")


@pytest.mark.parametrize(
    ("plugins", "variables", "status", "says"),
    [
        ({"SERVER_AUDIT": "ACTIVE"}, {"server_audit_logging": "ON"}, "ok", "every event"),
        (
            {"SERVER_AUDIT": "ACTIVE"},
            {"server_audit_logging": "ON", "server_audit_events": "CONNECT"},
            "gap",
            "logs CONNECT only",
        ),
        (
            {"SERVER_AUDIT": "ACTIVE"},
            {"server_audit_logging": "ON", "server_audit_events": "CONNECT,TABLE"},
            "ok",
            "server_audit_events=CONNECT,TABLE",
        ),
        ({"AUDIT_LOG": "ACTIVE"}, {"audit_log_policy": "ALL"}, "ok", "audit_log_policy=ALL"),
        ({"AUDIT_LOG": "ACTIVE"}, {"audit_log_policy": "LOGINS"}, "gap", "logs no queries"),
        (
            {"AUDIT_LOG": "ACTIVE"},
            {"audit_log_policy": "LOGINS", "audit_log_filter_id": "0"},
            "unknown",
            "rule-based filters",
        ),
        ({"QUERY_RESPONSE_TIME_AUDIT": "ACTIVE"}, {}, "gap", "no audit plugin is active"),
        ({"SERVER_AUDIT": "DISABLED"}, {}, "gap", "no audit plugin is active"),
    ],
)
def test_mysql_audit_plugin_rules(plugins, variables, status, says):
    audit = mysql_server_audit(plugins, variables)
    assert audit.control.status == status
    assert says in audit.control.evidence[0]


def _my_admin(*statements: str) -> None:
    import pymysql

    conn = pymysql.connect(autocommit=True, **MY_ADMIN)  # type: ignore[arg-type]
    try:
        with conn.cursor() as cur:
            for sql in statements:
                cur.execute(sql)
    finally:
        conn.close()


def _my_variables(names: tuple[str, ...]) -> dict[str, str]:
    import pymysql

    conn = pymysql.connect(**MY_ADMIN)  # type: ignore[arg-type]
    try:
        with conn.cursor() as cur:
            cur.execute("SHOW GLOBAL VARIABLES WHERE Variable_name IN %s", (names,))
            return dict(cur.fetchall())
    finally:
        conn.close()


# --- SQLite and the shared rules -----------------------------------------------------------------


NO_LOG = "SQLite keeps no audit log of its own"


@pytest.fixture
def sqlite_file(tmp_path):
    path = tmp_path / "shop.db"
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE TABLE customer (id INTEGER PRIMARY KEY, email TEXT);
        CREATE TABLE "customer changes" (id INTEGER, email TEXT, op TEXT);
        CREATE TRIGGER IF NOT EXISTS "customer on update" AFTER UPDATE OF email ON customer
        BEGIN INSERT INTO "customer changes" VALUES (old.id, old.email, 'U'); END;
        CREATE TABLE orders (id INTEGER PRIMARY KEY);
        CREATE TABLE orders_journal (id INTEGER);
        CREATE TEMP TABLE ignored (id INTEGER);
        CREATE TRIGGER orders_ins AFTER INSERT ON orders
        BEGIN INSERT OR REPLACE INTO orders_journal VALUES (new.id); END;
        CREATE TABLE tag (id INTEGER PRIMARY KEY);
    """)
    conn.close()
    return path


def test_sqlite_triggers_and_no_server_wide_log(sqlite_file):
    result = SQLiteConnector("shop", SQLiteConfig(connector="sqlite", path=str(sqlite_file))).scan()
    assert result.system.audit == Control(Status.GAP, (NO_LOG,))
    audit = _audit(result)
    assert audit["customer"].status is Status.OK
    assert audit["customer"].evidence[0] == (
        "trigger customer on update writes into customer changes after UPDATE"
    )
    assert audit["orders"].status is Status.GAP
    assert audit["tag"] == Control(
        Status.GAP,
        ("no audit trigger on tag and no server-wide audit (" + NO_LOG + ")",),
    )


UNKNOWN_SERVER = ServerAudit(Control(), "not read")
OK_SERVER = ServerAudit(Control(Status.OK, ("pgaudit.log=write",)), "pgaudit (pgaudit.log=write)")


@pytest.mark.parametrize(
    ("triggers", "server", "hidden", "status", "says"),
    [
        ([], OK_SERVER, "", "ok", "t: covered by pgaudit (pgaudit.log=write)"),
        (None, UNKNOWN_SERVER, "", "unknown", "the triggers of t were not read"),
        ([], UNKNOWN_SERVER, "", "unknown", "whether a server-wide audit covers it is not known"),
        ([], UNKNOWN_SERVER, "no TRIGGER privilege", "unknown", "no TRIGGER privilege"),
        (
            [Trigger("t", "t_log", "AFTER", frozenset({"INSERT"}))],
            OK_SERVER,
            "",
            "ok",
            "t: covered by pgaudit",
        ),
        (
            [Trigger("t", "t_bump", "BEFORE", frozenset({"UPDATE"}), body="SET NEW.v = 1")],
            UNKNOWN_SERVER,
            "",
            "unknown",
            "no audit trigger on t",
        ),
        (
            [Trigger("t", "t_upd", "AFTER", frozenset({"UPDATE"}), body="CALL log_change(1)")],
            UNKNOWN_SERVER,
            "",
            "ok",
            "trigger t_upd calls log_change() after UPDATE",
        ),
        (
            [Trigger("t", "catalog_sync", "AFTER", frozenset({"UPDATE"}), body="")],
            UNKNOWN_SERVER,
            "",
            "unknown",
            "no audit trigger on t",
        ),
    ],
)
def test_dataset_audit_rules(triggers, server, hidden, status, says):
    control = dataset_audit("t", triggers, server, hidden)
    assert control.status == status
    assert says in control.evidence[0]
