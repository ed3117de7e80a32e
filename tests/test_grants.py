"""What the scan role may not see or read is visible: its grants are facts, what they keep from it
is an issue. Real restricted roles on the real PostgreSQL and MariaDB servers, scanned through
``piimap scan``; every role is dropped afterwards."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from lineage.cli import main

from .conftest import MY_ADMIN, PG_ADMIN, MyDatabase, PgDatabase, write_estate

PG_SCHEMA = """
CREATE SCHEMA shop;
CREATE SCHEMA vault;
CREATE TABLE shop.customer (id int PRIMARY KEY, email text, created_at timestamptz);
CREATE TABLE shop.people (id int PRIMARY KEY, email text, ssn text, birth_date date);
CREATE TABLE shop.salary (id int PRIMARY KEY, amount int);
CREATE TABLE vault.api_keys (id int PRIMARY KEY, api_key text);
INSERT INTO shop.customer
SELECT n, 'customer' || n || '@example.com', timestamptz '2020-01-01' + n * interval '1 day'
FROM generate_series(1, 30) AS n;
INSERT INTO shop.people
SELECT n, 'person' || n || '@example.com', '123-45-' || lpad(n::text, 4, '0'), date '1980-01-01'
FROM generate_series(1, 30) AS n;
ANALYZE;
"""

MY_SCHEMA = """
CREATE TABLE customer (id INT PRIMARY KEY, email VARCHAR(100), created_at DATETIME);
CREATE TABLE people (id INT PRIMARY KEY, email VARCHAR(100), ssn VARCHAR(20));
CREATE TABLE salary (id INT PRIMARY KEY, amount INT);
CREATE TABLE audit_copy (id INT PRIMARY KEY, email VARCHAR(100));
INSERT INTO customer
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
SELECT i, CONCAT('customer', i, '@example.com'), TIMESTAMP('2020-01-01') + INTERVAL i DAY FROM n;
INSERT INTO people
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
SELECT i, CONCAT('person', i, '@example.com'), CONCAT('123-45-', LPAD(i, 4, '0')) FROM n;
"""


def scan(tmp_path: Path, system: str) -> tuple[int, dict[str, Any], str]:
    """``piimap scan`` of one system: exit code, snapshot.json and everything printed."""
    path = write_estate(tmp_path, f"systems:\n  db:\n{system}")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["-q", "scan", str(path), "--out", str(out)])
    assert "Traceback" not in result.output, result.output
    return result.exit_code, json.loads((out / "snapshot.json").read_text()), result.output


def facts(snapshot: dict[str, Any]) -> dict[str, str]:
    (system,) = snapshot["systems"]
    return {f["name"]: f["value"] for f in system["facts"]}


def issues(snapshot: dict[str, Any]) -> dict[tuple[str, str], str]:
    return {(i["subject"], i["kind"]): i["message"] for i in snapshot["issues"]}


def entities(snapshot: dict[str, Any], dataset: str) -> dict[str, list[str]]:
    return {
        f["name"]: [e["entity"] for e in f["entities"]]
        for f in snapshot["fields"]
        if f["dataset"] == dataset
    }


# --- PostgreSQL -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pg_grants(pg_db: PgDatabase) -> Iterator[tuple[PgDatabase, str]]:
    role = f"grants_{uuid.uuid4().hex[:10]}"
    pg_db.run(PG_SCHEMA)
    pg_db.run(
        f"CREATE ROLE {role} LOGIN;"
        f"GRANT USAGE ON SCHEMA shop TO {role};"
        f"GRANT SELECT ON shop.customer TO {role};"
        f"GRANT SELECT (id, email) ON shop.people TO {role};"
        f"GRANT SELECT ON vault.api_keys TO {role};"  # but no USAGE on schema vault
    )
    try:
        yield pg_db, role
    finally:
        pg_db.run(f"DROP OWNED BY {role}; DROP ROLE {role};")


def test_postgresql_role_grants_are_facts_and_what_it_cannot_read_is_listed(pg_grants, tmp_path):
    db, role = pg_grants
    dsn = f"postgresql://{role}@{PG_ADMIN['host']}:{PG_ADMIN['port']}/{db.name}"
    code, snapshot, _ = scan(tmp_path, f"    connector: postgresql\n    dsn: {dsn}\n")
    assert code == 3
    found = facts(snapshot)
    assert found["scan_role"] == role
    assert found["grants.role"] == (
        "not superuser; not a member of pg_read_all_data; member of no other role"
    )
    assert found["grants.database"] == "CONNECT, TEMPORARY"  # PUBLIC's defaults
    assert found["grants.schemas"] == "public: USAGE; shop: USAGE; vault: no USAGE"
    assert found["grants.tables"] == (
        "1 of 4 readable; some columns only: shop.people; not readable: shop.salary, vault.api_keys"
    )
    datasets = {d["name"]: d for d in snapshot["datasets"]}
    # pg_class shows every table: those it may not read are listed, not scanned, with why.
    assert datasets["shop.customer"]["scanned"]
    assert not datasets["shop.salary"]["scanned"]
    assert datasets["shop.salary"]["not_scanned_reason"] == (
        "the scan role lacks SELECT on shop.salary (has_table_privilege)"
    )
    assert datasets["vault.api_keys"]["not_scanned_reason"] == (
        "the scan role lacks USAGE on schema vault (has_schema_privilege)"
    )
    # Column grants: sampled on the columns allowed, the others named in an issue.
    assert datasets["shop.people"]["scanned"]
    found_issues = issues(snapshot)
    assert found_issues["db/shop.people", "partial"] == (
        "the scan role may read only columns id, email of shop.people (column grants); the "
        "values of ssn, birth_date were not read (has_column_privilege)"
    )
    assert ("db/shop.salary", "not_scanned") in found_issues
    assert ("db/vault.api_keys", "not_scanned") in found_issues
    # email's values were read; ssn's were not: what is known of it comes from its name alone.
    signals = {
        f["name"]: {s for e in f["entities"] for s in e["signals"]}
        for f in snapshot["fields"]
        if f["dataset"] == "shop.people"
    }
    assert signals["email"] == {"names", "values"}
    assert signals["ssn"] == {"names"}


def test_postgresql_columns_hidden_by_grants_are_marked_unread(pg_grants):
    """The columns the role may not read are sampled as NULL: the connector marks them unread,
    so the classifiers never take them for empty columns (the columns it read are not marked)."""
    from connectors.base import UNREAD
    from connectors.postgresql import PostgreSQLConnector
    from connectors.sql import DatabaseConfig

    db, role = pg_grants
    dsn = f"postgresql://{role}@{PG_ADMIN['host']}:{PG_ADMIN['port']}/{db.name}"
    result = PostgreSQLConnector(
        "db", DatabaseConfig(connector="postgresql", dsn=dsn, schemas=["shop"])
    ).scan()
    unread = {i for i, hints in result.platform.items() if hints.get(UNREAD)}
    assert unread == {"db/shop.people/ssn", "db/shop.people/birth_date"}
    assert "db/shop.people/email" in result.samples


def test_postgresql_superuser_reads_everything_and_says_so(pg_grants, tmp_path):
    db, _ = pg_grants
    code, snapshot, _ = scan(tmp_path, f"    connector: postgresql\n    dsn: {db.dsn}\n")
    found = facts(snapshot)
    assert found["grants.role"].startswith("superuser; ")
    assert found["grants.tables"] == "4 of 4 readable"
    assert not [i for i in snapshot["issues"] if "scan role" in i["message"]], snapshot["issues"]
    assert code == 0, snapshot["issues"]


# --- MariaDB / MySQL --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def my_grants(my_db: MyDatabase) -> Iterator[MyDatabase]:
    my_db.run(MY_SCHEMA)
    return my_db


def _my_user(db: MyDatabase, tmp_path: Path, grants: list[str]) -> tuple[str, str, str]:
    """A user with ``grants`` (``{user}`` and ``{db}`` filled in); its name, password and the
    estate's system block (the password from a file)."""
    user, password = f"grants_{uuid.uuid4().hex[:10]}", f"pw@{uuid.uuid4().hex[:12]}"
    db.run(f"CREATE USER '{user}'@'%' IDENTIFIED BY '{password}'")
    for grant in grants:
        db.run(grant.format(user=f"'{user}'@'%'", db=f"`{db.name}`"))
    secret = tmp_path / "password"
    secret.write_text(password)
    dsn = f"mysql://{user}@{MY_ADMIN['host']}:{MY_ADMIN['port']}/{db.name}"
    system = f"    connector: mysql\n    dsn: {dsn}\n    password_file: {secret}\n"
    return user, password, system


def test_mysql_tables_and_columns_hidden_by_grants_are_an_issue(my_grants, tmp_path):
    db = my_grants
    role = f"grants_r{uuid.uuid4().hex[:8]}"
    db.run(f"CREATE ROLE {role}; GRANT SELECT ON `{db.name}`.audit_copy TO {role}")
    user, password, system = _my_user(
        db,
        tmp_path,
        [
            "GRANT SELECT ON {db}.customer TO {user}",
            "GRANT SELECT (id, email) ON {db}.people TO {user}",
            f"GRANT {role} TO {{user}}",
            f"SET DEFAULT ROLE {role} FOR {{user}}",
        ],
    )
    try:
        code, snapshot, output = scan(tmp_path, system)
        hashed = _password_hash(db, password)
    finally:
        db.run(f"DROP USER '{user}'@'%'; DROP ROLE {role}")
    assert code == 3
    found = facts(snapshot)
    # The role's grants too; sorted by target, each once.
    assert found["grants"] == (
        f"role `{role}`; USAGE ON *.*; SELECT ON `{db.name}`.`audit_copy`; "
        f"SELECT ON `{db.name}`.`customer`; SELECT (`email`, `id`) ON `{db.name}`.`people`"
    )
    assert found["grants.scope"] == "tables granted to it"
    # salary is invisible to the user: not in the snapshot, but the issue says others may exist.
    assert {d["name"].split(".")[1] for d in snapshot["datasets"]} == {
        "customer",
        "people",
        "audit_copy",
    }
    found_issues = issues(snapshot)
    assert found_issues["db", "partial"].startswith(
        "the scan role sees only tables granted to it; others may exist unseen (grants: role `"
    )
    assert found_issues[f"db/{db.name}.people", "partial"] == (
        f"the scan role may read only columns email, id of {db.name}.people (column grants); "
        "its other columns, if any, are hidden from it and were not read"
    )
    assert {f["name"] for f in snapshot["fields"] if f["dataset"].endswith(".people")} == {
        "id",
        "email",
    }
    assert entities(snapshot, f"{db.name}.people")["email"] == ["EMAIL_ADDRESS"]
    written = json.dumps(snapshot) + output
    assert password not in written and hashed not in written and "IDENTIFIED" not in written


def test_mysql_whole_database_grant_leaves_nothing_unseen(my_grants, tmp_path):
    db = my_grants
    user, _, system = _my_user(db, tmp_path, ["GRANT SELECT ON {db}.* TO {user}"])
    try:
        code, snapshot, _ = scan(tmp_path, system)
    finally:
        db.run(f"DROP USER '{user}'@'%'")
    found = facts(snapshot)
    assert found["grants"] == f"USAGE ON *.*; SELECT ON `{db.name}`.*"
    assert found["grants.scope"] == "whole databases"
    assert len(snapshot["datasets"]) == 4
    assert not [i for i in snapshot["issues"] if "scan role" in i["message"]], snapshot["issues"]
    assert code == 0, snapshot["issues"]


def _password_hash(db: MyDatabase, password: str) -> str:
    import pymysql

    conn = pymysql.connect(**MY_ADMIN)  # type: ignore[arg-type]
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT PASSWORD(%s)", (password,))
            row = cur.fetchone()
    finally:
        conn.close()
    assert row is not None
    return str(row[0])
