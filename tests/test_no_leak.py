"""No sampled value and no piece of a password reaches any output or log: marker values are
seeded, hostile passwords (``@ : / % # ? &``, percent-encoded and not) given to every connector,
then every artefact, stdout, stderr and the -vv log are searched."""

from __future__ import annotations

import logging
import re
import uuid
import zipfile
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner

from lineage.cli import main

from .conftest import MY_ADMIN, PG_ADMIN, write_estate


def artefact_texts(out: Path) -> dict[str, str]:
    """Every file written under ``out`` as text, workbooks opened (a zip of XML parts)."""
    texts = {str(p): p.read_text(errors="replace") for p in out.rglob("*") if p.is_file()}
    for book in out.rglob("*.xlsx"):
        with zipfile.ZipFile(book) as archive:
            for name in archive.namelist():
                texts[f"{book}:{name}"] = archive.read(name).decode("utf-8", "replace")
    return texts


def test_seeded_marker_values_appear_in_no_output_and_no_log(pg_db, tmp_path, caplog):
    marker = uuid.uuid4().hex[:12]
    values = {
        "email": [f"mk{marker}{i}@example.com" for i in range(60)],
        "phone": [f"+1 415 555 {1000 + i:04d} x{marker[:4]}" for i in range(60)],
        "full_name": [f"Zed{marker}{i} Quill" for i in range(60)],
        "notes": [f"call mk{marker}n{i}@example.org before noon" for i in range(60)],
        "password_hash": [f"$2b$12${i:02d}{marker}{'A' * 41}" for i in range(60)],
    }
    rows = ", ".join("(" + ", ".join(f"'{values[c][i]}'" for c in values) + ")" for i in range(60))
    pg_db.run(
        f"CREATE TABLE leak_probe ({', '.join(f'{c} text' for c in values)});"
        f"INSERT INTO leak_probe VALUES {rows};"
    )
    estate = write_estate(
        tmp_path,
        f"systems:\n  probe: {{connector: postgresql, dsn: "
        f"'{pg_db.dsn}', include: [public.leak_probe]}}\n",
    )
    out = tmp_path / "out"
    with caplog.at_level(logging.DEBUG):
        result = CliRunner().invoke(
            main, ["-vv", "scan", str(estate), "--out", str(out), "--format", "svg,dot"]
        )
    assert result.exit_code == 0, result.output
    snapshot = (out / "snapshot.json").read_text()
    assert "EMAIL_ADDRESS" in snapshot and "PASSWORD_HASH" in snapshot  # the data was classified
    texts = artefact_texts(out)
    assert any(name.endswith("sheet1.xml") for name in texts)  # the workbook was read
    assert {"report.html", "openlineage.jsonl", "fides_datasets.yaml"} <= {
        Path(name).name for name in texts
    }
    texts["stdout+stderr"] = result.output
    texts["log"] = caplog.text
    for where, text in texts.items():
        assert marker not in text, f"a sampled value reached {where}"


def test_a_password_in_the_dsn_query_is_not_shown_when_the_connection_fails(pg_db, tmp_path):
    from lineage.core.config import load_estate
    from lineage.pipeline.run import scan_estate

    secret = f"QueryPw{uuid.uuid4().hex[:10]}"
    dsn = pg_db.dsn.rsplit("/", 1)[0] + "/no_such_database_here?password=${QPW}&sslmode=prefer"
    estate = write_estate(tmp_path, f'systems:\n  shop: {{connector: postgresql, dsn: "{dsn}"}}\n')
    snapshot = scan_estate(load_estate(estate, env={"QPW": secret}))
    (issue,) = snapshot.issues
    assert "cannot connect to" in issue.message and "password=hidden" in issue.message
    assert secret not in str(snapshot)


def test_sql_literals_are_masked_in_problem_lines_and_stored_view_definitions(pg_db, tmp_path):
    from lineage.core.config import load_estate
    from lineage.pipeline.run import scan_estate

    secret = f"Lit{uuid.uuid4().hex[:10]}"
    pg_db.run(
        "CREATE SCHEMA leak; CREATE TABLE leak.users (id int, email text, token text);"
        f"CREATE VIEW leak.active AS SELECT id, email FROM leak.users WHERE token <> '{secret}';"
    )
    (tmp_path / "job.sql").write_text(
        f"CREATE USER etl WITH PASSWORD '{secret}';\n"
        f"INSERT INTO leak.users (id, email) SELECT 1, 'x', '{secret}' FROM leak.users;\n"
    )
    estate = write_estate(
        tmp_path,
        f'systems:\n  shop: {{connector: postgresql, dsn: "{pg_db.dsn}", schemas: [leak]}}\n'
        "flows:\n  - {name: job, from: shop, to: shop, sql: job.sql}\n",
    )
    snapshot = scan_estate(load_estate(estate))
    problems = [i.message for i in snapshot.issues if i.subject == "flows.job"]
    assert problems and all("'…'" in p for p in problems)
    view = next(d for d in snapshot.datasets if d.name == "leak.active")
    assert view.view_definition and "'…'" in view.view_definition
    assert secret not in str(snapshot)


# --- Hostile passwords ---------------------------------------------------------------------------


def _word() -> str:
    return "Lk" + uuid.uuid4().hex[:5]


def hostile(shape: str) -> str:
    """``shape`` with each ``w`` a random word: ``w@w`` -> ``Lk3fa9c@Lk07be1``."""
    return re.sub("w", lambda _: _word(), shape)


def fragments(password: str) -> list[str]:
    """The pieces of a password between its special characters (3 characters or more), and
    those of its percent-encoded form."""
    pieces = re.split(r"[@:/%#?&]", password) + re.split(r"[@:/%#?&]", quote(password, safe=""))
    return sorted({p for p in pieces if len(p) >= 3})


def assert_nowhere(password: str, texts: dict[str, str]) -> None:
    for where, text in texts.items():
        leaked = [f for f in fragments(password) if f.lower() in text.lower()]
        assert not leaked, f"{leaked} of the password reached {where}"


#: Read whole from a raw DSN: every special character but '@', which the host would swallow.
RAW = ["w:w/w", "w#w?w&w", "w%w:w/w"]
#: Given percent-encoded: '@' too.
ENCODED = ["w@w", "w:w/w@w", "w#w?w&w@w", "w@w%w:w"]


@pytest.fixture
def leak_user(my_db):
    """A MariaDB user whose password holds every special character."""
    password = hostile("w@w:w/w%w#w?w&w")
    user = f"leaks_{uuid.uuid4().hex[:8]}"
    hosts = ("%", "localhost", "127.0.0.1")
    my_db.run(
        "".join(f"CREATE USER '{user}'@'{h}' IDENTIFIED BY '{password}';" for h in hosts)
        + "".join(f"GRANT SELECT ON `{my_db.name}`.* TO '{user}'@'{h}';" for h in hosts)
        + "CREATE TABLE IF NOT EXISTS people (id int, email varchar(99), created_at datetime);"
        "INSERT INTO people VALUES (1, 'ada@example.com', '2020-01-01 00:00:00');"
    )
    try:
        yield user, password
    finally:
        my_db.run("".join(f"DROP USER IF EXISTS '{user}'@'{h}';" for h in hosts))


def _scan(estate: Path, out: Path, caplog) -> tuple[int, dict[str, str]]:
    with caplog.at_level(logging.DEBUG):
        result = CliRunner().invoke(
            main, ["-vv", "scan", str(estate), "--out", str(out), "--format", "svg,dot"]
        )
    texts = artefact_texts(out) if out.exists() else {}
    texts["stdout+stderr"] = result.output
    texts["log"] = caplog.text
    return result.exit_code, texts


def test_hostile_passwords_in_whole_dsns_reach_no_output(
    pg_db, my_db, leak_user, tmp_path, caplog, monkeypatch
):
    """Each database scanned with a whole DSN from the environment whose password is hostile
    (raw, or percent-encoded when it holds an '@'); the MariaDB user really logs in with its
    password; a PostgreSQL and a MariaDB system then fail to connect. Config files name URLs
    with such passwords, unencoded."""
    pg_db.run("CREATE TABLE IF NOT EXISTS people (id int, email text, created_at timestamptz);")
    user, my_password = leak_user
    raw, encoded = [hostile(s) for s in RAW], [hostile(s) for s in ENCODED]
    passwords = raw + encoded + [my_password]
    in_dsn = raw + [quote(p, safe="") for p in encoded]
    pg = f"{PG_ADMIN['host']}:{PG_ADMIN['port']}"
    my = f"{MY_ADMIN['host']}:{MY_ADMIN['port']}"
    env = {
        f"PG_DSN_{i}": f"postgresql://postgres:{p}@{pg}/{pg_db.name}" for i, p in enumerate(in_dsn)
    }
    env["PG_DOWN_DSN"] = f"postgresql://postgres:{in_dsn[-1]}@{pg}/leaks_no_such_db"
    env["MY_DSN"] = f"mysql://{user}:{quote(my_password, safe='')}@{my}/{my_db.name}"
    env["MY_DOWN_DSN"] = f"mysql://{user}:{quote(my_password, safe='')}@{my}/leaks_no_such_db"
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "app.env").write_text(
        "".join(
            f"HOOK_{i}_URL=https://svc:{p}@hooks.example.com/v1/in\n"
            f"REPLICA_{i}_DSN=postgresql://app:{p}@replica.example.com:5432/shop\n"
            for i, p in enumerate(passwords)
        )
    )
    systems = "".join(
        f"  pg{i}: {{connector: postgresql, dsn: '${{PG_DSN_{i}}}', include: [public.people]}}\n"
        for i in range(len(in_dsn))
    )
    estate = write_estate(
        tmp_path,
        f"systems:\n{systems}"
        "  pgdown: {connector: postgresql, dsn: '${PG_DOWN_DSN}', connect_timeout: 3}\n"
        "  my: {connector: mysql, dsn: '${MY_DSN}'}\n"
        "  mydown: {connector: mysql, dsn: '${MY_DOWN_DSN}', connect_timeout: 3}\n"
        "integration_configs:\n  - {path: conf/, system: pg0}\n",
    )
    out = tmp_path / "out"
    code, texts = _scan(estate, out, caplog)
    assert code == 3, texts["stdout+stderr"]
    snapshot = texts[str(out / "snapshot.json")]
    # Every password was read whole: each system with a good database was scanned...
    for sid in [f"pg{i}" for i in range(len(in_dsn))] + ["my"]:
        assert f'"{sid}/public.people"' in snapshot or f'"{sid}/{my_db.name}.people"' in snapshot
    # ...the others failed with a message naming the database, not the password.
    assert "cannot connect to postgresql://postgres:***@127.0.0.1:5432/leaks_no_such_db" in snapshot
    assert f"cannot connect to mysql://{user}:***@127.0.0.1:3306/leaks_no_such_db" in snapshot
    assert "hooks.example.com" in snapshot and "replica.example.com" in snapshot
    assert {"report.html", "systems.svg", "systems.dot", "stores.csv"} <= {
        Path(name).name for name in texts
    }
    for password in passwords:
        assert_nowhere(password, texts)


@pytest.mark.parametrize(
    ("connector", "shape"),
    [
        ("postgresql", "w@w"),  # the issue's case
        ("postgresql", "w@w/w"),
        ("mysql", "w@w?w&w"),
        ("mariadb", "w:w/w%w#w?w&w@w"),
        ("mysql", "w@w:w"),
    ],
)
def test_a_whole_dsn_whose_password_holds_an_unencoded_at_is_refused_unquoted(
    tmp_path, caplog, monkeypatch, connector, shape
):
    password = hostile(shape)
    scheme = "postgresql" if connector == "postgresql" else "mysql"
    monkeypatch.setenv("SHOP_DSN", f"{scheme}://scan:{password}@db.example.com:5432/shop")
    estate = write_estate(
        tmp_path, f"systems:\n  shop: {{connector: {connector}, dsn: '${{SHOP_DSN}}'}}\n"
    )
    code, texts = _scan(estate, tmp_path / "out", caplog)
    assert code == 2, texts["stdout+stderr"]
    assert "systems.shop.dsn" in texts["stdout+stderr"]
    assert not (tmp_path / "out").exists()
    assert_nowhere(password, texts)


def test_a_sqlite_dsn_with_userinfo_is_refused_unquoted(tmp_path, caplog, monkeypatch):
    password = hostile("w:w/w%w#w?w&w@w")
    monkeypatch.setenv("LITE_DSN", f"sqlite://u:{password}@/{tmp_path}/x.db")
    estate = write_estate(tmp_path, "systems:\n  lite: {connector: sqlite, dsn: '${LITE_DSN}'}\n")
    code, texts = _scan(estate, tmp_path / "out", caplog)
    assert code == 2 and "systems.lite" in texts["stdout+stderr"]
    assert_nowhere(password, texts)


@pytest.mark.parametrize("shape", ["w@w", "w/w@w", "w:w?w&w@w", "w%w#w@w", "w:w/w"])
def test_a_salesforce_instance_url_with_credentials_is_refused_unquoted(
    shape, tmp_path, caplog, monkeypatch
):
    password = hostile(shape)
    monkeypatch.setenv("SF_URL", f"https://scan:{password}@acme.my.salesforce.com")
    monkeypatch.setenv("SID", "00Dx!y")
    estate = write_estate(
        tmp_path,
        "systems:\n  crm:\n    connector: salesforce\n"
        "    auth: {method: session, session_id: '${SID}', instance_url: '${SF_URL}'}\n",
    )
    code, texts = _scan(estate, tmp_path / "out", caplog)
    assert code == 2 and "instance_url" in texts["stdout+stderr"]
    assert_nowhere(password, texts)


# --- Documents, free text and photos (issue 15) ---------------------------------------------------


def test_values_read_inside_documents_free_text_and_photos_reach_no_output(pg_db, tmp_path, caplog):
    """The document, free-text and photo signals read JSON keys and leaves, XML tags and texts,
    PHP-serialised keys and values, HTML, prose and image bytes: markers seeded in each (a key
    and a tag that are data too) appear in no output or log, while the fields are still
    classified."""
    # Letters only, so that names made of it still look like names to the value signal.
    marker = uuid.uuid4().hex[:12].translate(str.maketrans("0123456789", "ghijklmnop"))
    rows = []
    for i in range(30):
        contact = (
            f'{{"mk{marker}k{i}": {{"email": "mk{marker}{i}@mail.example.net", '
            f'"phone": "+1 415 555 {1000 + i}"}}, "mk{marker}": "mk{marker}v{i}"}}'
        )
        cv = (
            f"<cv><Email>cv{marker}{i}@mail.example.net</Email><Name.First>Zed{marker}"
            f"{'abcdefghijklmnopqrstuvwxyz'[i % 26]}</Name.First><Name.Last>Quill{marker}"
            f"</Name.Last><mk{marker}>mk{marker}t{i}</mk{marker}></cv>"
        )
        notes = f"Spoke to mk{marker}n{i} about the renewal and the school fees of his daughter"
        photo = f"decode('ffd8ffe000104a464946' || encode('mk{marker}{i}', 'hex'), 'hex')"
        # PHP's serialize() of {"email": ..., "mk<marker>": ...} and HTML notes
        email, key, val = f"mk{marker}{i}@mail.example.net", f"mk{marker}", f"mk{marker}w{i}"
        php = f's:5:"email";s:{len(email)}:"{email}";s:{len(key)}:"{key}";s:{len(val)}:"{val}";'
        html = f"<p>Met <b>mk{marker}h{i}</b> at the fair; wants the <i>brochure</i> by post.</p>"
        rows.append(
            f"({i}, 'Zed{marker}', 'Quill{marker}', 'z{marker}{i}@mail.example.net', "
            f"'{contact}', '{cv}', '{notes}', {photo}, 'photos/mk{marker}{i}.jpg', "
            f"'a:2:{{{php}}}', '{html}')"
        )
    pg_db.run(
        "CREATE TABLE leak_people (id int, first_name text, last_name text, email text, "
        "contact_info jsonb, resume xml, notes text, photo bytea, photo_path text, "
        "preferences text, html_notes text);"
        f"INSERT INTO leak_people VALUES {', '.join(rows)};"
    )
    estate = write_estate(
        tmp_path,
        f"systems:\n  probe: {{connector: postgresql, dsn: "
        f"'{pg_db.dsn}', include: [public.leak_people]}}\n",
    )
    out = tmp_path / "out"
    with caplog.at_level(logging.DEBUG):
        result = CliRunner().invoke(
            main, ["-vv", "scan", str(estate), "--out", str(out), "--format", "svg,dot"]
        )
    assert result.exit_code == 0, result.output
    import json

    fields = json.loads((out / "snapshot.json").read_text())["fields"]
    found = {f["name"]: {e["entity"] for e in f["entities"]} for f in fields}
    assert {"EMAIL_ADDRESS", "PHONE_NUMBER"} <= found["contact_info"]
    assert {"PERSON_NAME", "EMAIL_ADDRESS"} <= found["resume"]
    assert "FREE_TEXT" in found["notes"]
    assert "PHOTO" in found["photo"] and "PHOTO" in found["photo_path"]
    assert "EMAIL_ADDRESS" in found["preferences"]  # read as a PHP-serialised document
    assert found["html_notes"]  # HTML read as the text it formats
    texts = artefact_texts(out)
    texts["stdout+stderr"] = result.output
    texts["log"] = caplog.text
    for where, text in texts.items():
        assert marker not in text, f"a value read inside a document or text reached {where}"


def test_account_passwords_and_their_hashes_reach_no_output_of_the_access_review(
    pg_db, my_db, tmp_path, caplog
):
    """Accounts with hostile passwords on both servers, scanned by superusers who may read the
    account catalogs (pg_authid, mysql.user, mysql.global_priv): access.csv lists them, and
    neither a password nor its hash (nor a piece of either) is in any artefact, the workbook's
    XML, the access review workbook, stdout or the -vv log."""
    tag = uuid.uuid4().hex[:8]
    pg_role, my_user = f"leak_pg_{tag}", f"leak_my_{tag}"
    pg_password, my_password = hostile("w:w/w%w#w"), hostile("w@w:w/w%w#w?w")
    pg_db.run(
        "CREATE TABLE IF NOT EXISTS people (id int, email text, created_at timestamptz);"
        f"CREATE ROLE {pg_role} LOGIN PASSWORD '{pg_password}';"
        f"GRANT SELECT ON people TO {pg_role};"
    )
    my_db.run(
        "CREATE TABLE IF NOT EXISTS people (id int, email varchar(99), created_at datetime);"
        f"CREATE USER '{my_user}'@'%' IDENTIFIED BY '{my_password}';"
        f"GRANT SELECT ON `{my_db.name}`.people TO '{my_user}'@'%';"
    )
    try:
        import psycopg
        import pymysql

        with psycopg.connect(dbname="postgres", **PG_ADMIN) as conn:  # type: ignore[arg-type]
            row = conn.execute(
                "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (pg_role,)
            ).fetchone()
        assert row is not None
        pg_hash = str(row[0])
        admin = pymysql.connect(**MY_ADMIN)  # type: ignore[arg-type]
        try:
            with admin.cursor() as cur:
                cur.execute(
                    "SELECT authentication_string FROM mysql.user WHERE User = %s", (my_user,)
                )
                my_hash = str(cur.fetchone()[0])  # type: ignore[index]
        finally:
            admin.close()
        estate = write_estate(
            tmp_path,
            f"systems:\n  pg: {{connector: postgresql, dsn: '{pg_db.dsn}'}}\n"
            f"  my: {{connector: mysql, dsn: '{my_db.dsn}'}}\n",
        )
        code, texts = _scan(estate, tmp_path / "out", caplog)
    finally:
        pg_db.run(f"DROP OWNED BY {pg_role}; DROP ROLE {pg_role};")
        my_db.run(f"DROP USER IF EXISTS '{my_user}'@'%'")
    review = tmp_path / "review" / "review.xlsx"  # the access review workbook made from it
    made = CliRunner().invoke(main, ["access-review", str(tmp_path / "out"), "--out", str(review)])
    assert made.exit_code == 0, made.output
    reviewed = artefact_texts(review.parent)
    assert any(pg_role in text for text in reviewed.values())
    texts.update(reviewed)
    access = texts[str(tmp_path / "out" / "tables" / "access.csv")]
    assert f"pg,{pg_role},account,no,active" in access
    assert f"my,'{my_user}'@'%',account,no,active" in access
    assert pg_hash.startswith("SCRAM-SHA-256$") and my_hash.startswith("*")
    # The hash whole, its salt and keys (SCRAM), the hex digest (MariaDB), in any case.
    pieces = [pg_hash, *re.split(r"[$:]", pg_hash)[2:], my_hash, my_hash.lstrip("*")]
    for where, text in texts.items():
        leaked = [p for p in pieces if len(p) >= 8 and p.lower() in text.lower()]
        assert not leaked, f"a password hash reached {where}"
    for password in (pg_password, my_password):
        assert_nowhere(password, texts)
    assert code in (0, 3), texts["stdout+stderr"]


def test_admin_console_hashes_keys_and_tokens_reach_no_output(pg_db, tmp_path, caplog):
    """Issue 20: the storefront admin consoles' password hashes, API keys, OAuth tokens and
    secrets (tests/platform_schemas.py HASHES) are in no artefact, workbook, line printed or
    -vv log line of a scan of every platform, MariaDB and PostgreSQL."""
    from . import platform_schemas as schemas
    from .test_access_platforms import MYSQL_DATABASES, PG_SCHEMAS

    pg_db.run("".join(f"CREATE SCHEMA {schema};" for schema in PG_SCHEMAS))
    pg_db.run("".join(PG_SCHEMAS.values()))
    with schemas.mysql_databases(MYSQL_DATABASES, "piimap_test_leak") as engines:
        systems = "".join(
            f"  {key}: {{connector: mariadb, dsn: "
            f"'mysql://root@{e.url.host}:{e.url.port}/{e.url.database}'}}\n"
            for key, e in engines.items()
        )
        systems += f"  pg: {{connector: postgresql, dsn: '{pg_db.dsn}'}}\n"
        estate = write_estate(tmp_path, f"systems:\n{systems}")
        out = tmp_path / "out"
        with caplog.at_level(logging.DEBUG):
            result = CliRunner().invoke(main, ["-vv", "scan", str(estate), "--out", str(out)])
    assert result.exit_code in (0, 1, 3), result.output
    texts = artefact_texts(out)
    access = texts[str(out / "tables" / "access.csv")]
    # every platform's console was read: the check below looks where the values would be
    for name in ("magento:admin", "woocommerce:admin", "prestashop:admin@ps.example.com",
                 "opencart:api Default", "shopware:admin", "saleor:root@saleor.example.com",
                 "medusa:secret key Backoffice sync", "spree:oauth application ERP"):  # fmt: skip
        assert name in access, name
    texts["stdout+stderr"] = result.output
    texts["log"] = caplog.text
    for where, text in texts.items():
        for name, value in schemas.HASHES.items():
            assert value not in text, f"{name} reached {where}"


def test_rabbitmq_messages_and_the_scan_users_password_reach_no_output(tmp_path, caplog):
    """A broker scanned with message sampling on, by a monitoring user whose password holds
    every special character: no sampled value and no piece of the password in any artefact,
    stdout, stderr or the -vv log."""
    import json as _json

    import pika

    from .rabbit_broker import _unavailable, api

    marker = uuid.uuid4().hex[:12]
    password = hostile("w@w:w/w%w#w?w&w")
    vhost = f"rabbit_helper_{uuid.uuid4().hex[:10]}"
    user = f"rabbit_helper_{uuid.uuid4().hex[:8]}"
    try:
        api("PUT", f"vhosts/{vhost}")
    except Exception as exc:  # the broker is down: as the other broker tests do
        _unavailable(exc)
    try:
        api("PUT", f"users/{user}", {"password": password, "tags": "monitoring"})
        perms = {"configure": "", "write": "", "read": ".*"}
        api("PUT", f"permissions/{vhost}/{user}", perms)
        api("PUT", f"permissions/{vhost}/guest", {"configure": ".*", "write": ".*", "read": ".*"})
        params = pika.ConnectionParameters(
            "127.0.0.1", 5672, vhost, pika.PlainCredentials("guest", "guest")
        )
        with pika.BlockingConnection(params) as conn:
            ch = conn.channel()
            ch.queue_declare("leak-probe")
            for i in range(5):
                body = {"email": f"mk{marker}{i}@example.com", "name": f"Zed{marker} Quill"}
                ch.basic_publish("", "leak-probe", _json.dumps(body).encode())
        (tmp_path / "pw").write_text(password)
        estate = write_estate(
            tmp_path,
            f"systems:\n  events: {{connector: rabbitmq, url: 'http://127.0.0.1:15672', "
            f"user: {user}, password_file: pw, vhosts: [{vhost}], sample_messages: true}}\n",
        )
        code, texts = _scan(estate, tmp_path / "out", caplog)
        assert code in (0, 3), texts["stdout+stderr"]
        snapshot = texts[str(tmp_path / "out" / "snapshot.json")]
        assert "EMAIL_ADDRESS" in snapshot  # the messages were sampled and classified
        for where, text in texts.items():
            assert marker not in text, f"a sampled message value reached {where}"
        assert_nowhere(password, texts)
    finally:
        api("DELETE", f"vhosts/{vhost}")
        api("DELETE", f"users/{user}")


def test_the_demo_brokers_password_hashes_reach_no_output(tmp_path):
    """The demo's definitions export holds password hashes: none reaches an artefact."""
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["demo", "--out", str(out), "--format", "svg"])
    assert result.exit_code == 0, result.output
    texts = artefact_texts(out)
    assert any("events/shop:order-events" in t for t in texts.values())
    for where, text in texts.items():
        assert "NOTxxAxxREAL" not in text, f"a password hash reached {where}"


# --- Redis -----------------------------------------------------------------------------------


@pytest.fixture
def redis_store():
    from .redis_store import open_store

    yield from open_store()


def test_redis_values_key_names_and_passwords_reach_no_output(
    redis_store, tmp_path, caplog, monkeypatch
):
    """Marker e-mails in key names, PHP sessions, hashes and JSON; a value too large to read;
    an ACL user whose hostile password comes from the environment (in the DSN) and from a
    file; a system whose login fails with it. Nothing of them reaches any output or log."""
    import json

    from .redis_store import READ_ONLY, php_session

    marker = uuid.uuid4().hex[:12]
    p, r = redis_store.prefix, redis_store.admin
    for i in range(20):
        email = f"mk{marker}{i}@example.com"
        r.set(f"{p}newsletter:{email}", "1")
        r.set(
            f"{p}PHPREDIS_SESSION:{uuid.uuid4().hex}",
            php_session(user=json.dumps({"email": email})),
        )
        r.hset(
            f"{p}customer:{i}:profile", mapping={"email": email, "name": f"Zed{marker}{i} Quill"}
        )
        r.set(f"{p}cart:{i}", json.dumps({"note": f"call mk{marker}n{i}@example.org"}))
    r.setrange(f"{p}cart:999", 2 * 1024 * 1024, f"mk{marker}big".encode())
    password = hostile("w@w:w/w%w#w?w&w")
    user, _ = redis_store.user(READ_ONLY)
    r.execute_command("ACL", "SETUSER", user, "resetpass", f">{password}")
    (tmp_path / "redis.pw").write_text(password + "\n")
    monkeypatch.setenv("REDIS_PW", password)
    monkeypatch.setenv("REDIS_BAD_PW", password + "x")
    host = f"127.0.0.1:{r.connection_pool.connection_kwargs['port']}/11"
    estate = write_estate(
        tmp_path,
        "systems:\n"
        f"  cache: {{connector: redis, dsn: 'redis://{user}:${{REDIS_PW}}@{host}', "
        f"match: '{p}*'}}\n"
        f"  cache2: {{connector: redis, dsn: 'redis://{user}@{host}', password_file: redis.pw, "
        f"match: '{p}*'}}\n"
        f"  refused: {{connector: redis, dsn: 'redis://{user}:${{REDIS_BAD_PW}}@{host}'}}\n",
    )
    out = tmp_path / "out"
    code, texts = _scan(estate, out, caplog)
    assert code == 3, texts["stdout+stderr"]
    snapshot = texts[str(out / "snapshot.json")]
    assert "EMAIL_ADDRESS" in snapshot and "newsletter:<email>" in snapshot  # it was read
    assert "login to redis://" in snapshot and "larger than max_value_bytes" in snapshot
    for where, text in texts.items():
        assert marker not in text, f"a value or key name reached {where}"
    assert_nowhere(password, texts)
