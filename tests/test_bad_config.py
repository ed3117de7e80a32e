"""Every config mistake, and every --out that cannot be written, through the command line: exit 2,
one line on stderr naming the file and the key, no traceback, nothing scanned or written.

Each case is an estate (or a command line) a user could get wrong, with the key the message must
name. None reaches a server: the checks run before anything is scanned.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from lineage.cli import main
from lineage.pipeline.demo_estate import demo_estate_path

SHOP = "systems:\n  shop:\n    connector: {connector}\n    connect_timeout: 1\n{extra}"
CRM = "systems:\n  crm:\n    connector: salesforce\n{extra}"
SESSION = "    auth:\n      method: session\n      session_id: ${{SF_SID}}\n{extra}"
SECRET = "Sekr3t-pw"


@dataclass(frozen=True)
class Case:
    """An estate.yaml, what the message must name, and text that must appear nowhere in the
    output (a password)."""

    estate: str
    key: str
    env: dict[str, str] = field(default_factory=dict)
    hidden: tuple[str, ...] = ()
    #: The --out folder, relative to the test's folder, when it is the mistake ("": --out "").
    out: str = "out"
    #: Other files of the test's folder the estate names (name: text).
    files: dict[str, str] = field(default_factory=dict)
    #: What is given as the estate instead of estate.yaml (relative to the test's folder).
    argument: str = ""
    #: The file the mistake is in, which the message names.
    file: str = "estate.yaml"


def _shop(connector: str, extra: str = "") -> str:
    return SHOP.format(connector=connector, extra=extra)


def _crm(extra: str) -> str:
    return CRM.format(extra=extra)


def _session(extra: str = "") -> str:
    return _crm(SESSION.format(extra=extra))


CASES: dict[str, Case] = {
    # A DSN whose scheme does not fit the connector, that is no URL, or that is missing.
    "postgres_with_mysql_dsn": Case(
        _shop("postgresql", "    dsn: mysql://scan@127.0.0.1/shop\n"), "systems.shop.dsn"
    ),
    "mysql_with_postgres_dsn": Case(
        _shop("mysql", "    dsn: postgresql://scan@127.0.0.1/shop\n"), "systems.shop.dsn"
    ),
    "dsn_in_libpq_keyword_form": Case(
        _shop("postgresql", "    dsn: host=127.0.0.1 dbname=shop\n"), "systems.shop.dsn"
    ),
    "postgres_without_dsn": Case(_shop("postgresql"), "systems.shop.dsn"),
    "mariadb_without_dsn": Case(_shop("mariadb"), "systems.shop.dsn"),
    "empty_dsn": Case(_shop("postgresql", "    dsn: ''\n"), "systems.shop.dsn"),
    # The port: a typo, out of range.
    "port_typo": Case(
        _shop("postgresql", "    dsn: postgresql://scan@127.0.0.1:5432x/shop\n"),
        "systems.shop.dsn",
    ),
    "port_out_of_range": Case(
        _shop("mysql", "    dsn: mysql://scan@127.0.0.1:99999/shop\n"), "systems.shop.dsn"
    ),
    # A whole DSN from the environment: the message never shows its password.
    "unclosed_environment_reference": Case(
        _shop("sqlite", "    path: shop.db\n    name: ${UNCLOSED\n"), "systems.shop.name"
    ),
    "env_dsn_with_wrong_scheme": Case(
        _shop("postgresql", "    dsn: ${SHOP_DSN}\n"),
        "systems.shop.dsn",
        env={"SHOP_DSN": f"mysql://scan:{SECRET}@127.0.0.1/shop"},
        hidden=(SECRET,),
    ),
    "env_dsn_with_port_typo_and_at_in_password": Case(
        _shop("postgresql", "    dsn: ${SHOP_DSN}\n"),
        "systems.shop.dsn",
        env={"SHOP_DSN": f"postgresql://scan:{SECRET}@tail@127.0.0.1:5432x/shop"},
        hidden=(SECRET, "tail"),
    ),
    "env_dsn_not_a_url": Case(
        _shop("mysql", "    dsn: ${SHOP_DSN}\n"),
        "systems.shop.dsn",
        env={"SHOP_DSN": f"host=127.0.0.1 password={SECRET}"},
        hidden=(SECRET,),
    ),
    "env_dsn_with_unencoded_at_in_password": Case(
        _shop("mysql", "    dsn: ${SHOP_DSN}\n"),
        "systems.shop.dsn",
        env={"SHOP_DSN": f"mysql://scan:{SECRET}@tail@127.0.0.1/shop"},
        hidden=(SECRET, "tail"),
    ),
    # password_file.
    "password_file_missing": Case(
        _shop(
            "postgresql",
            "    dsn: postgresql://scan@127.0.0.1/shop\n    password_file: no-such.pw\n",
        ),
        "systems.shop.password_file",
    ),
    "password_file_is_a_folder": Case(
        _shop("mysql", "    dsn: mysql://scan@127.0.0.1/shop\n    password_file: .\n"),
        "systems.shop.password_file",
    ),
    "password_file_not_text": Case(
        _shop(
            "postgresql",
            "    dsn: postgresql://scan@127.0.0.1/shop\n    password_file: shop.db\n",
        ),
        "systems.shop.password_file",
    ),
    # A password_file that is no password: read at most 64 KiB of it, one reader for all.
    **{
        f"password_file_endless_{connector}": Case(
            _shop(connector, f"    {location}\n    password_file: /dev/zero\n"),
            "systems.shop.password_file",
        )
        for connector, location in (
            ("postgresql", "dsn: postgresql://scan@127.0.0.1/shop"),
            ("redis", "dsn: redis://scan@127.0.0.1:6379/0"),
            ("rabbitmq", "url: https://rabbit.example:15672"),
        )
    },
    # SQLite.
    "sqlite_without_path": Case(_shop("sqlite"), "systems.shop.path"),
    "sqlite_with_a_postgres_dsn": Case(
        _shop("sqlite", "    dsn: postgresql://scan@127.0.0.1/shop\n"), "systems.shop"
    ),
    # Salesforce: the URL, the auth block, the options.
    "salesforce_http_to_a_remote_host": Case(
        _session("      instance_url: http://crm.example.com\n"),
        "systems.crm.auth.instance_url",
        env={"SF_SID": SECRET},
        hidden=(SECRET,),
    ),
    "salesforce_not_a_salesforce_host": Case(
        _crm(
            "    auth:\n      method: jwt\n      username: scan@acme.com\n"
            "      consumer_key: abc\n      private_key_file: key.pem\n"
            "      instance_url: https://crm.example.com\n"
        ),
        "systems.crm.auth",
    ),
    "salesforce_without_auth_or_path": Case(_crm(""), "systems.crm.auth"),
    "salesforce_auth_not_a_mapping": Case(_crm("    auth: jwt\n"), "systems.crm.auth"),
    "salesforce_unknown_method": Case(
        _crm("    auth:\n      method: jwtt\n"), "systems.crm.auth.method"
    ),
    "salesforce_method_without_a_required_key": Case(
        _crm("    auth:\n      method: jwt\n      consumer_key: abc\n"), "systems.crm.auth"
    ),
    "salesforce_unknown_auth_key": Case(
        _session("      instance_url: https://acme.my.salesforce.com\n      usernme: x\n"),
        "systems.crm.auth.usernme",
        env={"SF_SID": SECRET},
    ),
    "salesforce_secret_file_missing": Case(
        _crm(
            "    auth:\n      method: session\n      session_id_file: no-such.txt\n"
            "      instance_url: https://acme.my.salesforce.com\n"
        ),
        "systems.crm.auth.session_id_file",
    ),
    "salesforce_private_key_not_pem": Case(
        _crm(
            "    auth:\n      method: jwt\n      username: scan@acme.com\n"
            "      consumer_key: abc\n      private_key_file: shop.db\n"
            "      domain: login\n"
        ),
        "systems.crm.auth.private_key_file",
    ),
    "salesforce_bad_domain": Case(
        _crm(
            "    auth:\n      method: password\n      username: scan@acme.com\n"
            "      password: ${SF_SID}\n      security_token: ${SF_SID}\n"
            "      domain: https://acme.my.salesforce.com\n"
        ),
        "systems.crm.auth.domain",
        env={"SF_SID": SECRET},
        hidden=(SECRET,),
    ),
    "salesforce_unknown_option": Case(
        _session("      instance_url: https://acme.my.salesforce.com\n    options: {retry: 3}\n"),
        "systems.crm.options.retry",
        env={"SF_SID": SECRET},
    ),
    "salesforce_bad_api_version": Case(
        _session(
            "      instance_url: https://acme.my.salesforce.com\n    options: {api_version: v59}\n"
        ),
        "systems.crm.options.api_version",
        env={"SF_SID": SECRET},
    ),
    "salesforce_retries_not_a_number": Case(
        _session(
            "      instance_url: https://acme.my.salesforce.com\n    options: {retries: many}\n"
        ),
        "systems.crm.options.retries",
        env={"SF_SID": SECRET},
    ),
    "salesforce_export_file_missing": Case(_crm("    path: no-such.json\n"), "systems.crm.path"),
    # The YAML itself.
    "duplicate_top_level_key": Case(
        _shop("sqlite", "    path: shop.db\n") + "systems:\n  other: {kind: third_party}\n",
        "systems",
    ),
    "duplicate_system_key": Case(
        _shop("sqlite", "    path: shop.db\n    path: other.db\n"), "path"
    ),
    "unknown_top_level_key_typo": Case(
        "sytems:\n  shop: {connector: sqlite, path: shop.db}\n", "sytems"
    ),
    "unknown_top_level_key_next_to_systems": Case(
        _shop("sqlite", "    path: shop.db\n") + "polcy: policy.yaml\n", "polcy"
    ),
    # A declared flow's transport URL is quoted as evidence: credentials in it are refused.
    "transport_url_with_password_holding_at": Case(
        _shop("sqlite", "    path: shop.db\n")
        + "  klaviyo: {kind: third_party}\nflows:\n  - name: sync\n    source: shop\n"
        + "    target: klaviyo\n    transport: {url: 'https://u:Sek@r3t/pw@a.klaviyo.com/api'}\n",
        "flows.0.transport.url",
        hidden=("Sek", "r3t"),
    ),
    # The files the estate names: the SQLite database, the DSN's certificates, the
    # classification files; what a DSN's options say (a charset).
    "sqlite_path_missing": Case(_shop("sqlite", "    path: no-such.db\n"), "systems.shop.path"),
    "sqlite_path_is_a_folder": Case(_shop("sqlite", "    path: .\n"), "systems.shop.path"),
    "sqlite_dsn_file_missing": Case(
        _shop("sqlite", "    dsn: sqlite:///no-such.db\n"), "systems.shop.dsn"
    ),
    "mysql_ssl_ca_missing": Case(
        _shop("mysql", "    dsn: mysql://scan@127.0.0.1/shop?ssl_ca=/nonexistent/ca.pem\n"),
        "systems.shop.dsn",
    ),
    "mysql_ssl_key_is_a_folder": Case(
        _shop("mysql", "    dsn: mysql://scan@127.0.0.1/shop?ssl_cert=shop.db&ssl_key=/\n"),
        "systems.shop.dsn",
    ),
    "mysql_unknown_charset": Case(
        _shop("mysql", "    dsn: mysql://scan@127.0.0.1/shop?charset=nonsense\n"),
        "systems.shop.dsn",
    ),
    "postgres_sslrootcert_missing": Case(
        _shop(
            "postgresql",
            "    dsn: postgresql://scan@127.0.0.1/shop?sslmode=verify-full"
            "&sslrootcert=/nonexistent/root.crt\n",
        ),
        "systems.shop.dsn",
    ),
    "postgres_sslkey_missing": Case(
        _shop(
            "postgresql",
            "    dsn: postgresql://scan@127.0.0.1/shop?sslcert=shop.db&sslkey=/nonexistent/k\n",
        ),
        "systems.shop.dsn",
    ),
    "overrides_file_missing": Case(
        _shop("sqlite", "    path: shop.db\n") + "classification: {overrides: nope.yaml}\n",
        "classification.overrides",
    ),
    "overrides_file_with_a_misspelt_entity": Case(
        _shop("sqlite", "    path: shop.db\n") + "classification: {overrides: overrides.yaml}\n",
        "overrides #1 (shop/customers/email): entities",
        file="overrides.yaml",
        files={
            "overrides.yaml": "overrides:\n  - field: shop/customers/email\n    action: accept\n"
            "    entities: [EMAIL_ADRESS]\n    reason: checked\n"
        },
    ),
    "recognizer_file_missing": Case(
        _shop("sqlite", "    path: shop.db\n") + "classification: {recognizers: [nope.yaml]}\n",
        "classification.recognizers.0",
    ),
    # password_file that names nothing, or a file holding nothing.
    "password_file_empty_string": Case(
        _shop("postgresql", "    dsn: postgresql://scan@127.0.0.1/shop\n    password_file: ''\n"),
        "systems.shop.password_file",
    ),
    "password_file_empty": Case(
        _shop("mysql", "    dsn: mysql://scan@127.0.0.1/shop\n    password_file: empty.pw\n"),
        "systems.shop.password_file",
        files={"empty.pw": " \n"},
    ),
    # What a flow or a system says that cannot be so.
    "flow_entity_misspelt": Case(
        _shop("sqlite", "    path: shop.db\n")
        + "  klaviyo: {kind: third_party}\nflows:\n  - name: sync\n    from: shop\n"
        + "    to: klaviyo\n    entities: [EMAIL_ADRESS]\n",
        "flows.0.entities: unknown entity 'EMAIL_ADRESS'. Did you mean 'EMAIL_ADDRESS'?",
    ),
    "flow_end_with_too_many_parts": Case(
        _shop("sqlite", "    path: shop.db\n")
        + "  klaviyo: {kind: third_party}\nflows:\n  - name: sync\n    from: shop/a/b/c/d\n"
        + "    to: klaviyo\n",
        "flows.0.from",
    ),
    "connector_and_third_party": Case(
        _shop("sqlite", "    path: shop.db\n    kind: third_party\n"), "systems.shop"
    ),
    "boolean_statement_timeout": Case(
        _shop("sqlite", "    path: shop.db\n    statement_timeout: true\n"),
        "systems.shop.statement_timeout",
    ),
    "boolean_threshold": Case(
        _shop("sqlite", "    path: shop.db\n") + "classification: {threshold: true}\n",
        "classification.threshold",
    ),
    # The estate given is a folder.
    "estate_is_a_folder": Case(_shop("sqlite", "    path: shop.db\n"), "", argument="adir"),
    # --out that cannot be created or written: a valid estate, checked before it is scanned.
    "out_empty": Case(_shop("sqlite", "    path: shop.db\n"), "", out=""),
    "out_under_a_file": Case(_shop("sqlite", "    path: shop.db\n"), "", out="shop.db/out"),
    "out_in_proc": Case(_shop("sqlite", "    path: shop.db\n"), "", out="/proc/piimap-out"),
    "out_is_a_file": Case(_shop("sqlite", "    path: shop.db\n"), "", out="shop.db"),
}


def _shop_db(folder: Path) -> None:
    with sqlite3.connect(folder / "shop.db") as db:
        db.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT)")
        db.execute("INSERT INTO customers (email) VALUES ('a@example.com')")
    db.close()


def one_error_line(stderr: str) -> str:
    """The one ``piimap: error:`` line of ``stderr``, which must hold nothing else."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("piimap: error: "), stderr
    return lines[0]


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_is_one_line_exit_2_and_nothing_written(tmp_path, monkeypatch, name):
    case = CASES[name]
    monkeypatch.chdir(tmp_path)  # what a bad --out would write in the current folder is seen
    _shop_db(tmp_path)
    (tmp_path / "adir").mkdir()
    for file, text in case.files.items():
        (tmp_path / file).write_text(text)
    estate = tmp_path / "estate.yaml"
    estate.write_text(case.estate)
    given = tmp_path / case.argument if case.argument else estate
    out = str(tmp_path / case.out) if case.out else ""
    before = sorted(tmp_path.rglob("*"))
    result = CliRunner().invoke(main, ["scan", str(given), "--out", out], env=case.env)
    assert result.exit_code == 2, result.output + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output + result.stderr
    line = one_error_line(result.stderr)
    if case.key:  # a config mistake: the estate file and the key
        assert f"{tmp_path / case.file}" in line, line
        assert case.key in line, line
    elif case.argument:  # the estate given is no file
        assert f"{given}: " in line, line
    else:  # an --out mistake: the folder given
        assert f"--out {out!r}" in line if not out else out in line, line
    for text in case.hidden:
        assert text not in result.output + result.stderr
    assert result.stdout == ""
    assert sorted(tmp_path.rglob("*")) == before  # nothing created or written


def test_unknown_top_level_key_says_what_was_meant(tmp_path):
    estate = tmp_path / "estate.yaml"
    estate.write_text(CASES["unknown_top_level_key_typo"].estate)
    result = CliRunner().invoke(main, ["scan", str(estate), "--out", str(tmp_path / "o")])
    line = one_error_line(result.stderr)
    assert "sytems: unknown key; did you mean 'systems'?" in line


def test_duplicate_key_names_both_lines(tmp_path):
    estate = tmp_path / "estate.yaml"
    estate.write_text(CASES["duplicate_system_key"].estate)
    result = CliRunner().invoke(main, ["scan", str(estate), "--out", str(tmp_path / "o")])
    line = one_error_line(result.stderr)
    assert f"{estate}:6:5: duplicate key 'path' (first at line 5)" in line


@pytest.mark.parametrize(
    "args",
    [
        ["bundle", "{demo}", "--out", "{tmp}/file/x.zip"],
        ["bundle", "{demo}", "--out", "/proc/piimap.zip"],
        ["diff", "{demo}", "{demo}", "--output", "{tmp}/file/diff.txt"],
        ["check", "{demo}", "--policy", "{policy}", "--output", "/proc/piimap/check.txt"],
        ["baseline", "accept", "{demo}", "-r", "x", "--baseline", "{tmp}/file/b.json"],
    ],
    ids=["bundle_under_a_file", "bundle_in_proc", "diff", "check", "baseline"],
)
def test_other_commands_refuse_an_output_they_cannot_write(tmp_path, demo_out, args):
    (tmp_path / "file").write_text("not a folder")
    policy = demo_estate_path().parent / "policy.yaml"
    args = [a.format(demo=demo_out, tmp=tmp_path, policy=policy) for a in args]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output + result.stderr
    assert "Traceback" not in result.output + result.stderr
    line = one_error_line(result.stderr)
    written = args[-1]  # the --out, --output or --baseline path
    assert written in line, line
    assert not Path(written).exists()
