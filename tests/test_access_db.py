"""Who can read personal data, read from the real PostgreSQL and MariaDB servers: roles, users,
memberships, table and column grants, PUBLIC, row-level security, anonymous, wildcard-host and
password-less accounts, created here under unique names and dropped afterwards (roles and
accounts are server-wide: every one is dropped in a ``finally``)."""

from __future__ import annotations

import csv
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import lineage
from lineage.cli import main

from .conftest import MY_ADMIN, PG_ADMIN, MyDatabase, PgDatabase, write_estate

PG_SCHEMA = """
CREATE SCHEMA shop;
CREATE TABLE shop.customer (id int PRIMARY KEY, email text, created_at timestamptz);
CREATE TABLE shop.people (id int PRIMARY KEY, email text, ssn text);
CREATE TABLE shop.orders (id int PRIMARY KEY, total int);
INSERT INTO shop.customer
SELECT n, 'customer' || n || '@example.com', timestamptz '2020-01-01' + n * interval '1 day'
FROM generate_series(1, 30) AS n;
INSERT INTO shop.people
SELECT n, 'person' || n || '@example.com', '123-45-' || lpad(n::text, 4, '0')
FROM generate_series(1, 30) AS n;
INSERT INTO shop.orders SELECT n, n * 10 FROM generate_series(1, 30) AS n;
ANALYZE;
"""

MY_SCHEMA = """
CREATE TABLE customer (id INT PRIMARY KEY, email VARCHAR(100), phone VARCHAR(30));
CREATE TABLE people (id INT PRIMARY KEY, email VARCHAR(100), ssn VARCHAR(20));
CREATE TABLE orders (id INT PRIMARY KEY, total INT);
INSERT INTO customer
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
SELECT i, CONCAT('customer', i, '@example.com'), CONCAT('+1 415 555 01', LPAD(i, 2, '0')) FROM n;
INSERT INTO people
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
SELECT i, CONCAT('person', i, '@example.com'), CONCAT('123-45-', LPAD(i, 4, '0')) FROM n;
INSERT INTO orders
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30) SELECT i, i FROM n;
"""


def scan(tmp_path: Path, system: str, extra: str = "") -> tuple[int, Path, str]:
    """``piimap scan`` of one system (``extra``: more of the estate file): exit code, output
    folder and everything printed."""
    path = write_estate(tmp_path, f"systems:\n  db:\n{system}{extra}")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["-q", "scan", str(path), "--out", str(out)])
    assert "Traceback" not in result.output, result.output
    return result.exit_code, out, result.output


def access_rows(out: Path) -> dict[str, dict[str, str]]:
    with (out / "tables" / "access.csv").open() as f:
        return {row["principal"]: row for row in csv.DictReader(f)}


def gap_rows(out: Path) -> list[dict[str, str]]:
    with (out / "tables" / "gaps.csv").open() as f:
        return list(csv.DictReader(f))


def every_output(out: Path) -> str:
    """Every text file the scan wrote (the workbook's cells come from the same frames)."""
    return "".join(
        p.read_text(errors="replace")
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.suffix != ".xlsx"
    )


# --- PostgreSQL -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pg_access(pg_db: PgDatabase) -> Iterator[tuple[PgDatabase, dict[str, str]]]:
    tag = uuid.uuid4().hex[:8]
    r = {k: f"acc_{k}_{tag}" for k in ("reader", "app", "analyst", "admin", "scanner")}
    pg_db.run(PG_SCHEMA)
    try:
        pg_db.run(
            f"CREATE ROLE {r['reader']};"
            f"CREATE ROLE {r['app']} LOGIN PASSWORD 'app-{tag}' IN ROLE {r['reader']};"
            f"CREATE ROLE {r['analyst']} LOGIN PASSWORD 'an-{tag}' VALID UNTIL '2030-01-01';"
            f"CREATE ROLE {r['admin']} LOGIN SUPERUSER;"
            f"CREATE ROLE {r['scanner']} LOGIN;"
            f"GRANT USAGE ON SCHEMA shop TO {r['reader']}, {r['analyst']}, {r['scanner']};"
            f"GRANT SELECT ON shop.customer TO {r['reader']};"
            f"GRANT SELECT (id, email) ON shop.people TO {r['analyst']};"
            "GRANT SELECT (email) ON shop.customer TO PUBLIC;"
            f"GRANT SELECT ON ALL TABLES IN SCHEMA shop TO {r['scanner']};"
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA shop GRANT SELECT ON TABLES TO {r['reader']};"
            "ALTER TABLE shop.people ENABLE ROW LEVEL SECURITY;"
            "CREATE POLICY own_rows ON shop.people USING (id = 1);"
            f"GRANT SELECT ON shop.people TO {r['reader']};"
        )
        yield pg_db, r
    finally:
        for role in r.values():
            pg_db.run(
                f"DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "
                f"EXECUTE 'DROP OWNED BY {role}'; EXECUTE 'DROP ROLE {role}'; END IF; END $$"
            )


@pytest.fixture(scope="module")
def pg_scan(pg_access, tmp_path_factory) -> tuple[int, Path, str]:
    db, _ = pg_access
    tmp = tmp_path_factory.mktemp("pg_access")
    policy = "access:\n  max_full_admins: 1\n"  # postgres and the test's own superuser are 2
    return scan(tmp, f"    connector: postgresql\n    dsn: {db.dsn}\n", policy)


def test_postgresql_roles_memberships_and_grants_give_who_can_read_what(pg_access, pg_scan):
    _, r = pg_access
    code, out, _ = pg_scan
    assert code == 0
    rows = access_rows(out)
    app = rows[r["app"]]
    assert (app["kind"], app["status"], app["privileged"]) == ("integration", "active", "no")
    assert app["credential"] == "password:scram-sha-256"
    # Through the reader role: the customer table (and people, under row-level security).
    assert app["can_read"] == "EMAIL_ADDRESS;NATIONAL_ID"
    assert f"SELECT through {r['reader']}: GRANT SELECT ON shop.customer" in app["evidence"]
    assert app["member_of"] == f"PUBLIC;{r['reader']}"
    reader = rows[r["reader"]]
    assert (reader["kind"], reader["status"]) == ("group", "cannot_log_in")
    assert "default_privileges: SELECT on tables postgres creates in schema shop" in reader["facts"]
    analyst = rows[r["analyst"]]
    assert analyst["credential"] == "password:scram-sha-256, expires 2030-01-01T00:00:00Z"
    assert analyst["datasets"] == "shop.customer;shop.people"  # customer.email through PUBLIC
    admin = rows[r["admin"]]
    assert (admin["privileged"], admin["can_read"]) == ("yes", "EMAIL_ADDRESS;NATIONAL_ID")
    assert admin["evidence"].startswith("privileged: superuser (pg_roles.rolsuper)")
    assert admin["credential"] == "no_password"
    assert rows["PUBLIC"]["can_read"] == "EMAIL_ADDRESS"

    estate = lineage.load(out)
    ssn = estate.who_can_read("db/shop.people/ssn").set_index("principal")
    # The analyst's column grant leaves ssn out; the reader's table grant is limited by RLS.
    assert r["analyst"] not in ssn.index
    assert "row-level security: policies own_rows" in ssn.loc[r["app"], "evidence"]
    assert ssn.loc[r["app"], "via"] == r["reader"]
    assert {r["admin"], r["reader"], r["app"], r["scanner"]} <= set(ssn.index)
    orders = estate.who_can_read("db/shop.orders")
    assert orders.empty  # it holds no personal data: no grant on it is kept


def test_postgresql_access_gaps(pg_access, pg_scan):
    _, r = pg_access
    _, out, _ = pg_scan
    gaps = gap_rows(out)
    public = [g for g in gaps if g["subject"] == "db/@PUBLIC"]
    assert public and public[0]["control"] == "SOC2 CC6.1"
    assert "EMAIL_ADDRESS" in public[0]["evidence"]
    by_title = {g["title"]: g for g in gaps if g["subject"] == "db"}
    # PostgreSQL keeps no last login: dormant superusers cannot be told apart, and it says so.
    dormant = by_title["whether privileged accounts are dormant is not known"]
    assert (dormant["control"], dormant["severity"]) == ("SOC2 CC6.2", "low")
    assert (
        r["admin"] in dormant["evidence"]
        and "PostgreSQL records no last login" in (dormant["evidence"])
    )
    admins = by_title["more superusers or full admins than the policy allows"]
    assert admins["control"] == "SOC2 CC6.3"
    assert r["admin"] in admins["evidence"] and "postgres" in admins["evidence"]
    generic = [g for g in gaps if g["subject"] == "db/@postgres"]
    assert [g["title"] for g in generic] == ["generic or shared account name"]
    assert not [g for g in gaps if g["subject"] == f"db/@{r['app']}"]


def test_postgresql_role_without_pg_authid_says_what_is_unknown(pg_access, tmp_path):
    db, r = pg_access
    dsn = f"postgresql://{r['scanner']}@{PG_ADMIN['host']}:{PG_ADMIN['port']}/{db.name}"
    code, out, _ = scan(tmp_path, f"    connector: postgresql\n    dsn: {dsn}\n")
    assert code == 0  # what it may not read of the accounts is a fact, not a partial scan
    rows = access_rows(out)
    assert rows[r["app"]]["credential"] == "unknown"
    assert rows[r["app"]]["can_read"] == "EMAIL_ADDRESS;NATIONAL_ID"  # grants are readable by all
    snapshot = json.loads((out / "snapshot.json").read_text())
    (system,) = snapshot["systems"]
    unread = [f["value"] for f in system["facts"] if f["name"] == "access.unread"]
    assert unread == [
        "pg_authid: only superusers may read it, so whether each role has a password is "
        "unknown (credential: unknown in access.csv); scan as a superuser to know"
    ]


def test_postgresql_outputs_hold_no_password_hash(pg_access, pg_scan):
    _, r = pg_access
    _, out, output = pg_scan
    import psycopg

    with psycopg.connect(dbname="postgres", **PG_ADMIN) as conn:  # type: ignore[arg-type]
        hashes = [
            row[0]
            for row in conn.execute(
                "SELECT rolpassword FROM pg_authid WHERE rolpassword IS NOT NULL "
                "AND rolname = ANY(%s)",
                (list(r.values()),),
            )
        ]
    assert len(hashes) == 2
    written = every_output(out) + output
    for h in hashes:
        assert h not in written
        assert h.split("$")[-1].split(":")[0] not in written  # nor the salt or key part
    assert "SCRAM-SHA-256$" not in written


# --- MariaDB / MySQL --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def my_access(my_db: MyDatabase) -> Iterator[tuple[MyDatabase, dict[str, str], dict[str, str]]]:
    tag = uuid.uuid4().hex[:8]
    db = f"`{my_db.name}`"
    role = f"acc_role_{tag}"
    users = {
        "app": f"'acc_app_{tag}'@'%'",
        "nopw": f"'acc_nopw_{tag}'@'10.9.%'",
        "locked": f"'acc_locked_{tag}'@'localhost'",
        "dbreader": f"'acc_dbr_{tag}'@'localhost'",
        "anon": f"''@'anon-{tag}.invalid'",
        "admin": f"'acc_admin_{tag}'@'localhost'",
    }
    passwords = {"app": f"pw-{tag}-app", "locked": f"pw-{tag}-locked"}
    my_db.run(MY_SCHEMA)
    try:
        my_db.run(
            f"CREATE ROLE {role};"
            f"GRANT SELECT ON {db}.customer TO {role};"
            f"CREATE USER {users['app']} IDENTIFIED BY '{passwords['app']}';"
            f"GRANT {role} TO {users['app']};"
            f"SET DEFAULT ROLE {role} FOR {users['app']};"
            f"CREATE USER {users['nopw']};"
            f"GRANT SELECT (id, email) ON {db}.people TO {users['nopw']};"
            f"CREATE USER {users['locked']} IDENTIFIED BY '{passwords['locked']}' ACCOUNT LOCK;"
            f"CREATE USER {users['dbreader']} IDENTIFIED BY 'pw-{tag}-dbr';"
            f"GRANT SELECT ON {db}.* TO {users['dbreader']};"
            f"CREATE USER {users['anon']};"
            f"GRANT SELECT (email) ON {db}.customer TO {users['anon']};"
            f"CREATE USER {users['admin']} IDENTIFIED BY 'pw-{tag}-adm';"
            f"GRANT ALL PRIVILEGES ON *.* TO {users['admin']} WITH GRANT OPTION;"
        )
        yield my_db, {**users, "role": role}, passwords
    finally:
        for user in users.values():
            my_db.run(f"DROP USER IF EXISTS {user}")
        my_db.run(f"DROP ROLE IF EXISTS {role}")


@pytest.fixture(scope="module")
def my_scan(my_access, tmp_path_factory) -> tuple[int, Path, str]:
    db, _, _ = my_access
    tmp = tmp_path_factory.mktemp("my_access")
    return scan(tmp, f"    connector: mysql\n    dsn: {db.dsn}\n")


def test_mariadb_accounts_roles_and_grants_give_who_can_read_what(my_access, my_scan):
    db, u, _ = my_access
    code, out, _ = my_scan
    assert code == 0
    rows = access_rows(out)
    app = rows[u["app"]]
    assert (app["kind"], app["status"]) == ("integration", "active")
    assert app["can_read"] == "EMAIL_ADDRESS;PHONE_NUMBER"
    assert app["member_of"] == u["role"]
    assert f"SELECT through {u['role']}: GRANT SELECT ON `{db.name}`.`customer`" in app["evidence"]
    assert app["credential"].startswith("password, set ")
    nopw = rows[u["nopw"]]
    assert nopw["credential"] == "none"
    assert nopw["can_read"] == "EMAIL_ADDRESS"  # its column grant leaves ssn out
    assert "host: 10.9.%" in nopw["facts"]
    assert rows[u["locked"]]["status"] == "locked"
    assert rows[u["dbreader"]]["datasets"] == f"{db.name}.customer;{db.name}.people"
    anon = rows[u["anon"]]
    assert "anonymous: yes" in anon["facts"] and anon["can_read"] == "EMAIL_ADDRESS"
    admin = rows[u["admin"]]
    assert admin["privileged"] == "yes" and "full_admin: yes" in admin["facts"]
    assert rows[u["role"]]["status"] == "cannot_log_in"


def test_mariadb_access_gaps(my_access, my_scan):
    _, u, _ = my_access
    _, out, _ = my_scan
    by_subject: dict[str, list[dict[str, Any]]] = {}
    for g in gap_rows(out):
        by_subject.setdefault(g["subject"], []).append(g)
    anon = by_subject[f"db/@{u['anon']}"]
    assert any("anonymous" in g["title"] for g in anon)
    nopw = by_subject[f"db/@{u['nopw']}"]
    assert {g["control"] for g in nopw} >= {"SOC2 CC6.1"}
    assert any("without a password" in g["title"] for g in nopw)
    assert not any("password" in g["title"] for g in by_subject.get(f"db/@{u['locked']}", []))


def test_mariadb_user_without_grant_tables_is_told_what_to_grant(my_access, tmp_path):
    db, _, _ = my_access
    tag = uuid.uuid4().hex[:8]
    user, password = f"acc_plain_{tag}", f"pw-{tag}"
    db.run(
        f"CREATE USER '{user}'@'%' IDENTIFIED BY '{password}';"
        f"GRANT SELECT ON `{db.name}`.* TO '{user}'@'%'"
    )
    try:
        secret = tmp_path / "password"
        secret.write_text(password)
        dsn = f"mysql://{user}@{MY_ADMIN['host']}:{MY_ADMIN['port']}/{db.name}"
        system = f"    connector: mysql\n    dsn: {dsn}\n    password_file: {secret}\n"
        code, out, _ = scan(tmp_path, system)
    finally:
        db.run(f"DROP USER '{user}'@'%'")
    assert code == 0
    assert access_rows(out) == {}
    (system,) = json.loads((out / "snapshot.json").read_text())["systems"]
    (unread,) = [f["value"] for f in system["facts"] if f["name"] == "access.unread"]
    assert unread.startswith("accounts and grants not read: mysql.user: (1142) SELECT command")
    assert "the scan user needs SELECT on mysql.user, mysql.db" in unread
    (gap,) = [g for g in gap_rows(out) if g["title"].startswith("who can read personal data")]
    assert (gap["subject"], gap["control"]) == ("db", "SOC2 CC6.2")


def test_mariadb_outputs_hold_no_password_hash(my_access, my_scan):
    _, _, passwords = my_access
    _, out, output = my_scan
    import pymysql

    conn = pymysql.connect(**MY_ADMIN)  # type: ignore[arg-type]
    try:
        with conn.cursor() as cur:
            hashes = []
            for pw in passwords.values():
                cur.execute("SELECT PASSWORD(%s)", (pw,))
                row = cur.fetchone()
                assert row is not None
                hashes.append(str(row[0]))
    finally:
        conn.close()
    written = every_output(out) + output
    for pw, h in zip(passwords.values(), hashes, strict=True):
        assert pw not in written and h not in written and h.lstrip("*") not in written
