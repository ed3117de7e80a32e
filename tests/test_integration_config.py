"""Integration config files: endpoints and credentials with the file, line and key a user would
cite, and never a secret value anywhere."""

from __future__ import annotations

import json
import logging
import random
import string
from pathlib import Path

import pytest

from connectors.integration_config import (
    ConfigCredential,
    IntegrationScan,
    check_paths,
    sanitise_url,
    scan_integration_configs,
)
from lineage.core.errors import ConfigError

# Secrets are built at run time so this file holds none a secret scanner would flag.
_RNG = random.Random(5)


def _token(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


STRIPE = "sk_" + "live_" + _token(24)
AWS = "AKIA" + _token(16, string.ascii_uppercase + string.digits)
PASSWORD = "Pw" + _token(14) + "9q"


def write(base: Path, name: str, text: str) -> Path:
    path = base / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def scan(base: Path, *paths: str) -> IntegrationScan:
    return scan_integration_configs(list(paths) or ["."], base)


def found(result: IntegrationScan) -> list[tuple[str, int, str, str]]:
    return [(e.file, e.line, e.key, e.url) for e in result.endpoints]


def creds(result: IntegrationScan) -> list[tuple[str, int, str, str]]:
    return [(c.file, c.line, c.key, c.kind) for c in result.credentials]


# --- Endpoints per format --------------------------------------------------------------------


def test_yaml_endpoints_cite_the_value_line_and_dotted_key(tmp_path: Path) -> None:
    write(
        tmp_path,
        "shop.yaml",
        "# integrations\n"
        "klaviyo:\n"
        "  api_url: https://a.klaviyo.com/api\n"
        "  timeout: 30\n"
        "hooks:\n"
        "  - name: orders\n"
        "    url: 'https://hooks.example.com/orders'\n"
        "  - url:\n"
        '      "http://labels.shipfast.example/v1"\n'
        "defaults: &defaults\n"
        "  cdn: https://cdn.example.com\n"
        "eu:\n"
        "  <<: *defaults\n"
        "---\n"
        "queue: amqps://mq.example.com/vhost\n",
    )
    result = scan(tmp_path, "shop.yaml")
    assert found(result) == [
        ("shop.yaml", 3, "klaviyo.api_url", "https://a.klaviyo.com/api"),
        ("shop.yaml", 7, "hooks[0].url", "https://hooks.example.com/orders"),
        ("shop.yaml", 9, "hooks[1].url", "http://labels.shipfast.example/v1"),
        ("shop.yaml", 11, "defaults.cdn", "https://cdn.example.com"),
        ("shop.yaml", 15, "queue", "amqps://mq.example.com/vhost"),
    ]
    assert [(e.scheme, e.host) for e in result.endpoints][:3] == [
        ("https", "a.klaviyo.com"),
        ("https", "hooks.example.com"),
        ("http", "labels.shipfast.example"),
    ]
    assert result.files == ["shop.yaml"] and result.issues == []


def test_json_endpoints_cite_the_value_line_and_path(tmp_path: Path) -> None:
    write(
        tmp_path,
        "hooks.json",
        "{\n"
        '  "klaviyo": {\n'
        '    "api_url": "https://a.klaviyo.com/api",\n'
        '    "retries": 3,\n'
        '    "enabled": true\n'
        "  },\n"
        '  "hooks": [\n'
        '    {"url": "https://hooks.example.com/orders"},\n'
        "    {\n"
        '      "name": "labels \\"v1\\"",\n'
        '      "url": "http://labels.shipfast.example/v1"\n'
        "    }\n"
        "  ],\n"
        '  "mirror": "ftp://files.example.com/in", "escaped": "https:\\/\\/esc.example.com"\n'
        "}\n",
    )
    assert found(scan(tmp_path)) == [
        ("hooks.json", 3, "klaviyo.api_url", "https://a.klaviyo.com/api"),
        ("hooks.json", 8, "hooks[0].url", "https://hooks.example.com/orders"),
        ("hooks.json", 11, "hooks[1].url", "http://labels.shipfast.example/v1"),
        ("hooks.json", 14, "escaped", "https://esc.example.com"),
        ("hooks.json", 14, "mirror", "ftp://files.example.com/in"),
    ]


@pytest.mark.parametrize("indent", [2, 4, "\t"])
def test_json_lines_match_the_text_of_pretty_printed_json(
    tmp_path: Path, indent: int | str
) -> None:
    data = {
        "vendors": [
            {"name": f"v{i}", "endpoint": {"url": f"https://api{i}.vendor.example/v{i}"}}
            for i in range(5)
        ],
        "smtp": {"relay": "smtp://mail.example.com:25", "ports": [25, 587]},
    }
    text = json.dumps(data, indent=indent)
    write(tmp_path, "vendors.json", text)
    lines = text.split("\n")
    result = scan(tmp_path)
    assert len(result.endpoints) == 6
    for e in result.endpoints:
        assert e.url in lines[e.line - 1], e
    assert [e.key for e in result.endpoints][-1] == "smtp.relay"


def test_dotenv_endpoints(tmp_path: Path) -> None:
    write(
        tmp_path,
        ".env",
        "# shop\n"
        "KLAVIYO_URL=https://a.klaviyo.com/api\n"
        "export SHIP_URL='http://labels.shipfast.example/v1'\n"
        'NOTE="two\n'
        'lines"\n'
        "SMTP_HOST=smtp.sendgrid.net:587  # relay\n"
        "REDIS_URL = redis://cache.internal:6379/0\n",
    )
    result = scan(tmp_path, ".env")
    assert found(result) == [
        (".env", 2, "KLAVIYO_URL", "https://a.klaviyo.com/api"),
        (".env", 3, "SHIP_URL", "http://labels.shipfast.example/v1"),
        (".env", 6, "SMTP_HOST", "smtp.sendgrid.net:587"),
        (".env", 7, "REDIS_URL", "redis://cache.internal:6379/0"),
    ]
    assert result.endpoints[2].scheme == "" and result.endpoints[2].host == "smtp.sendgrid.net"


def test_windows_line_endings_keep_line_numbers(tmp_path: Path) -> None:
    (tmp_path / "a.env").write_bytes(
        b"# x\r\nA_URL=https://a.example.com\r\n\r\nB_URL=https://b.example.com\r\n"
    )
    assert [(e.line, e.key) for e in scan(tmp_path).endpoints] == [(2, "A_URL"), (4, "B_URL")]


def test_properties_endpoints(tmp_path: Path) -> None:
    write(
        tmp_path,
        "app.properties",
        "# comment\n"
        "! another comment\n"
        "klaviyo.url=https://a.klaviyo.com/api\n"
        "ship.url : http://labels.shipfast.example/v1\n"
        "api.url https://api.example.com/\\\n"
        "    v2/orders\n"
        "mail.host=smtp.example.com\n"
        "odd\\:key=https\\://esc.example.com\n",
    )
    assert found(scan(tmp_path)) == [
        ("app.properties", 3, "klaviyo.url", "https://a.klaviyo.com/api"),
        ("app.properties", 4, "ship.url", "http://labels.shipfast.example/v1"),
        ("app.properties", 5, "api.url", "https://api.example.com/v2/orders"),
        ("app.properties", 7, "mail.host", "smtp.example.com"),
        ("app.properties", 8, "odd:key", "https://esc.example.com"),
    ]


def test_ini_endpoints(tmp_path: Path) -> None:
    write(
        tmp_path,
        "setup.cfg",
        "top_url = https://top.example.com\n"
        "[klaviyo]\n"
        "api_url = https://a.klaviyo.com/api\n"
        "; a comment\n"
        "[hooks]\n"
        "urls =\n"
        "    https://one.example.com/a\n"
        "    https://two.example.com/b\n"
        "server: ldap.example.com ; the directory\n",
    )
    assert found(scan(tmp_path)) == [
        ("setup.cfg", 1, "top_url", "https://top.example.com"),
        ("setup.cfg", 3, "klaviyo.api_url", "https://a.klaviyo.com/api"),
        ("setup.cfg", 7, "hooks.urls", "https://one.example.com/a"),
        ("setup.cfg", 8, "hooks.urls", "https://two.example.com/b"),
        ("setup.cfg", 9, "hooks.server", "ldap.example.com"),
    ]


# --- What counts as an endpoint ----------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, url",
    [
        ("https://user:pw@hooks.example.com/x?token=abc", "https://hooks.example.com/x"),
        ("HTTPS://API.Example.COM/Path#frag", "https://api.example.com/Path"),
        ("jdbc:postgresql://DB.internal:5432/shop?user=app&password=x", "jdbc:postgresql://db.internal:5432/shop"),
        ("jdbc:mysql://db.example.com:3306/shop;password=x", "jdbc:mysql://db.example.com:3306/shop"),
        ("postgresql://app:pw@db.example.com/shop?sslmode=require", "postgresql://db.example.com/shop"),
        ("mysql://u:p@127.0.0.1:3306/shop", "mysql://127.0.0.1:3306/shop"),
        ("rediss://:pa/ss@cache.example.com:6380/0", "rediss://cache.example.com:6380/0"),
        ("https://user:pa#ss@host.example.com/x", "https://host.example.com/x"),
        ("http://[2001:db8::1]:8080/x", "http://[2001:db8::1]:8080/x"),
        ("https://medium.com/@shop/post", "https://medium.com/@shop/post"),
        # A password with '/' after digits reads like host:port/path; the '@' decides.
        ("postgresql://admin:2024/Secret@db.example.com/shop", "postgresql://db.example.com/shop"),
        ("redis://cache:${REDIS_PORT}/0", "redis://cache/0"),
        # Webhook keys live in the path: it is cut before them.
        ("https://hooks.slack.com/services/T0ABCDEFG/B0ABCDEFG/AbCdEfGhIjKlMnOpQrStUvWx", "https://hooks.slack.com/services/T0ABCDEFG/B0ABCDEFG"),
        ("https://hooks.zapier.com/hooks/catch/123456/abcdefghij1234567890xyz/", "https://hooks.zapier.com/hooks/catch/123456"),
        ("https://${API_HOST}/v1", None),
        ("${API_URL}", None),
        ("file:///etc/passwd", None),
        ("mailto:privacy@example.com", None),
    ],
)  # fmt: skip
def test_sanitise_url(raw: str, url: str | None) -> None:
    assert sanitise_url(raw) == url


def test_userinfo_and_query_are_reported_nowhere(tmp_path: Path) -> None:
    write(tmp_path, "hooks.yaml", "hook: https://user:pw@hooks.example.com/x?token=abc\n")
    result = scan(tmp_path)
    assert found(result) == [("hooks.yaml", 1, "hook", "https://hooks.example.com/x")]
    assert creds(result) == [("hooks.yaml", 1, "hook", "Basic Auth Credentials")]
    assert "pw" not in repr(result) and "abc" not in repr(result)


def test_jdbc_and_multi_host_urls(tmp_path: Path) -> None:
    write(
        tmp_path,
        "db.properties",
        "primary=jdbc:postgresql://db1.internal:5432/shop?ssl=true\n"
        "replicas=postgresql://r1.internal:5432,r2.internal:5433/shop\n",
    )
    result = scan(tmp_path)
    assert [(e.line, e.url, e.scheme, e.host) for e in result.endpoints] == [
        (1, "jdbc:postgresql://db1.internal:5432/shop", "jdbc:postgresql", "db1.internal"),
        (2, "postgresql://r1.internal:5432/shop", "postgresql", "r1.internal"),
        (2, "postgresql://r2.internal:5433/shop", "postgresql", "r2.internal"),
    ]


@pytest.mark.parametrize(
    "key, value, hosts",
    [
        ("smtp_host", "smtp.sendgrid.net", ["smtp.sendgrid.net"]),
        ("DB_HOSTNAME", "db.internal.example", ["db.internal.example"]),
        ("apiEndpoint", "api.vendor.example:8443", ["api.vendor.example:8443"]),
        ("mail_server", "10.0.0.12", ["10.0.0.12"]),
        ("redis_host", "localhost", ["localhost"]),
        ("bootstrap_servers", "k1.example.com:9092,k2.example.com:9092",
         ["k1.example.com:9092", "k2.example.com:9092"]),
        ("host_name", "shop.example.com", ["shop.example.com"]),
        ("mail_server", "mail", []),  # one label: a service name or a word, not told apart
        ("server_cert", "server.pem", []),
        ("ssl_server_file", "server.example.com", []),
        ("host", "${SMTP_HOST}", []),
        ("hostname_pattern", "*.example.com", []),
        ("hosted", "yes.example.com", []),
        ("name", "shop.example.com", []),
    ],
)  # fmt: skip
def test_bare_hosts_under_host_keys(tmp_path: Path, key: str, value: str, hosts: list[str]) -> None:
    write(tmp_path, "x.env", f"{key}={value}\n")
    result = scan(tmp_path)
    assert [e.url for e in result.endpoints] == hosts
    assert all(e.scheme == "" for e in result.endpoints)


def test_placeholders_schemas_and_doc_links_are_not_endpoints(tmp_path: Path) -> None:
    write(
        tmp_path,
        "x.yaml",
        "$schema: https://json-schema.org/draft/2020-12/schema\n"
        "xmlns: http://www.w3.org/2001/XMLSchema-instance\n"
        "wsdl_ns: http://schemas.xmlsoap.org/wsdl/\n"
        "docs: https://developers.klaviyo.com/en/reference\n"
        "help_url: https://help.example.com\n"
        "homepage: https://example.com\n"
        "api: ${API_URL}\n"
        "tpl: '{{ api_url }}'\n"
        "py: '%(url)s'\n"
        "text: see https://example.org for details\n"
        "kept: http://localhost:8080/health\n"
        "help_desk_url: https://acme.zendesk.com\n",
    )
    assert [e.key for e in scan(tmp_path).endpoints] == ["kept", "help_desk_url"]


def test_a_credential_on_a_shared_line_names_the_key_holding_it(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.json",
        f'{{"url": "https://api.example.com", "password": "{PASSWORD}"}}\n',
    )
    assert creds(scan(tmp_path)) == [("a.json", 1, "password", "Secret Keyword")]


# --- Credentials --------------------------------------------------------------------------------


DB_YAML = f"db:\n  host: db.example.com\n  password: {PASSWORD}\n"
AWS_JSON = f'{{\n  "aws": {{\n    "access_key_id": "{AWS}"\n  }}\n}}\n'
DB_JSON = f'{{\n  "db": {{\n    "password": "{PASSWORD}"\n  }}\n}}\n'
SMTP_INI = f"[smtp]\nhost = smtp.example.com\npassword = {PASSWORD}\n"


@pytest.mark.parametrize(
    "name, text, expected",
    [
        pytest.param("a.yaml", DB_YAML, [(3, "db.password", "Secret Keyword")], id="yaml"),
        pytest.param(
            "a.yaml", f"stripe:\n  key: {STRIPE}\n", [(2, "stripe.key", "Stripe Access Key")],
            id="yaml-stripe",
        ),
        pytest.param(
            "a.json", AWS_JSON, [(3, "aws.access_key_id", "AWS Access Key")], id="json-aws"
        ),
        pytest.param("a.json", DB_JSON, [(3, "db.password", "Secret Keyword")], id="json"),
        pytest.param(
            ".env", f"STRIPE_SECRET={STRIPE}\nDB_PASSWORD={PASSWORD}\n",
            [(1, "STRIPE_SECRET", "Stripe Access Key"), (2, "DB_PASSWORD", "Secret Keyword")],
            id="dotenv-unquoted-beside-another-secret",
        ),
        pytest.param(
            "a.properties", f"# db\ndb.password={PASSWORD}\n",
            [(2, "db.password", "Secret Keyword")], id="properties",
        ),
        pytest.param("a.ini", SMTP_INI, [(3, "smtp.password", "Secret Keyword")], id="ini"),
        pytest.param(
            "a.conf", f"[aws]\nkey_id = {AWS}\n", [(2, "aws.key_id", "AWS Access Key")],
            id="conf-aws",
        ),
    ],
)  # fmt: skip
def test_credentials_per_format(
    tmp_path: Path, name: str, text: str, expected: list[tuple[int, str, str]]
) -> None:
    write(tmp_path, name, text)
    result = scan(tmp_path)
    assert [(c.line, c.key, c.kind) for c in result.credentials] == expected
    assert all(c.file == name for c in result.credentials)


def test_environment_references_are_not_credentials(tmp_path: Path) -> None:
    refs = ["${DB_PASSWORD}", "$DB_PASSWORD", "{{ db_password }}", 'os.environ["DB_PASSWORD"]',
            "os.getenv('DB_PASSWORD')", "process.env.DB_PASSWORD", "%(db_password)s",
            "ENV['DB_PASSWORD']", "env('DB_PASSWORD')", "<DB_PASSWORD>"]  # fmt: skip
    write(
        tmp_path, "a.yaml", "".join(f"password{i}: {json.dumps(r)}\n" for i, r in enumerate(refs))
    )
    write(tmp_path, "a.env", "".join(f"PASSWORD{i}={r}\n" for i, r in enumerate(refs)))
    write(tmp_path, "b.properties", "".join(f"db.password{i}={r}\n" for i, r in enumerate(refs)))
    write(tmp_path, "c.ini", "[db]\n" + "".join(f"password{i} = {r}\n" for i, r in enumerate(refs)))
    write(tmp_path, "d.json", json.dumps({f"password{i}": r for i, r in enumerate(refs)}, indent=2))
    result = scan(tmp_path)
    assert result.credentials == []
    assert len(result.files) == 5 and result.issues == []


def test_one_credential_per_line_with_the_most_specific_kind(tmp_path: Path) -> None:
    # Stripe's own detector, the keyword and the entropy detectors all fire on this line.
    write(tmp_path, "a.yaml", f'stripe_secret_key: "{STRIPE}"\n')
    assert creds(scan(tmp_path)) == [("a.yaml", 1, "stripe_secret_key", "Stripe Access Key")]


def test_allowlist_pragma_silences_a_line(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.yaml",
        f"a:\n  password: {PASSWORD}  # pragma: allowlist secret\n"
        f"  # pragma: allowlist nextline secret\n  api_key: {PASSWORD}\n  secret: {PASSWORD}\n",
    )
    write(
        tmp_path,
        "b.env",
        f"DB_PASSWORD={PASSWORD} # pragma: allowlist secret\n"
        f"# pragma: allowlist nextline secret\nAPI_KEY={PASSWORD}\nSECRET={PASSWORD}\n",
    )
    write(
        tmp_path,
        "c.ini",
        f"[a]\npassword = {PASSWORD} # pragma: allowlist secret\n"
        f"# pragma: allowlist nextline secret\napi_key = {PASSWORD}\nsecret = {PASSWORD}\n",
    )
    write(tmp_path, "d.json", f'{{"password": "{PASSWORD}", "_": "// pragma: allowlist secret"}}\n')
    assert creds(scan(tmp_path)) == [
        ("a.yaml", 5, "a.secret", "Secret Keyword"),
        ("b.env", 4, "SECRET", "Secret Keyword"),
        ("c.ini", 5, "a.secret", "Secret Keyword"),
    ]


def test_secret_in_a_webhook_path_is_cut_from_the_url(tmp_path: Path) -> None:
    hook = f"https://hooks.slack.com/services/T{_token(8)}/B{_token(8)}/{_token(24)}"
    write(tmp_path, "a.yaml", f"alerts:\n  slack: {hook}\n")
    result = scan(tmp_path)
    assert found(result) == [("a.yaml", 2, "alerts.slack", "https://hooks.slack.com")]
    assert creds(result) == [("a.yaml", 2, "alerts.slack", "Slack Token")]


# --- Files, folders, problems ----------------------------------------------------------------


def test_folder_walk(tmp_path: Path) -> None:
    base = tmp_path / "estate"
    write(base, "integrations/klaviyo.yaml", "url: https://a.klaviyo.com/api\n")
    write(base, "integrations/sub/ship.json", '{"url": "https://labels.shipfast.example"}\n')
    write(base, "integrations/sub/.env.production", "URL=https://prod.example.com\n")
    write(base, "integrations/.env", "URL=https://env.example.com\n")
    write(base, "integrations/.git/config.yaml", "url: https://git.example.com\n")
    write(base, "integrations/README.md", "See https://docs.example.com\n")
    write(base, "integrations/hook.py", 'URL = "https://py.example.com"\n')
    write(base, "integrations/big.yaml", "x: " + "a" * (1024 * 1024) + "\n")
    write(base, "other.env", "URL=https://other.example.com\n")
    write(base, "notes.txt", "URL=https://txt.example.com\nfree text line\n")
    result = scan(base, "integrations/", "other.env", "notes.txt", "integrations/klaviyo.yaml")
    assert result.files == [
        "integrations/.env",
        "integrations/klaviyo.yaml",
        "integrations/sub/.env.production",
        "integrations/sub/ship.json",
        "notes.txt",
        "other.env",
    ]
    assert sorted(e.host for e in result.endpoints) == [
        "a.klaviyo.com", "env.example.com", "labels.shipfast.example",
        "other.example.com", "prod.example.com", "txt.example.com",
    ]  # fmt: skip
    assert [(i.subject, i.kind) for i in result.issues] == [("integrations/big.yaml", "unreadable")]
    assert "larger than 1 MB" in result.issues[0].message


def test_paths_outside_the_estate_folder_are_cited_relative_to_it(tmp_path: Path) -> None:
    write(tmp_path, "shared/vendors.env", "URL=https://v.example.com\n")
    (tmp_path / "estate").mkdir()
    result = scan(tmp_path / "estate", "../shared/vendors.env")
    assert result.files == ["../shared/vendors.env"]


def test_malformed_yaml_is_one_issue_and_the_scan_goes_on(tmp_path: Path) -> None:
    write(
        tmp_path,
        "bad.yaml",
        f"db:\n  password: {PASSWORD}\n  url: https://x.example.com\n  bad: [unclosed\n",
    )
    write(tmp_path, "good.yaml", "url: https://good.example.com\n")
    result = scan(tmp_path)
    assert result.files == ["bad.yaml", "good.yaml"]
    assert [(i.subject, i.kind) for i in result.issues] == [("bad.yaml", "malformed")]
    message = result.issues[0].message
    assert message.startswith("bad.yaml:5:1: malformed YAML:") and "\n" not in message
    assert "line 4" in message  # where the unclosed sequence starts
    assert [e.host for e in result.endpoints] == ["good.example.com"]
    assert creds(result) == [("bad.yaml", 2, "password", "Secret Keyword")]


def test_malformed_json_names_the_line(tmp_path: Path) -> None:
    write(tmp_path, "bad.json", '{\n  "url": "https://x.example.com",\n  "b": 1,\n}\n')
    result = scan(tmp_path)
    assert result.endpoints == []
    assert [i.message for i in result.issues] == [
        "bad.json:4:1: malformed JSON: Expecting property name enclosed in double quotes"
    ]


def test_malformed_ini_keeps_the_good_lines(tmp_path: Path) -> None:
    write(tmp_path, "a.ini", "[a]\nurl = https://a.example.com\nthis is not ini\n")
    result = scan(tmp_path)
    assert [e.host for e in result.endpoints] == ["a.example.com"]
    assert [i.message for i in result.issues] == [
        "a.ini:3:1: malformed INI: expected [section] or key = value"
    ]


def test_alias_bomb_yaml_is_scanned_without_expanding_it(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    lines += ["hook: https://hooks.example.com", f"password: {PASSWORD}"]
    write(tmp_path, "bomb.yaml", "\n".join(lines) + "\n")
    result = scan(tmp_path)  # detect-secrets' own YAML reading takes minutes here
    assert found(result) == [("bomb.yaml", 10, "hook", "https://hooks.example.com")]
    assert creds(result) == [("bomb.yaml", 11, "password", "Secret Keyword")]


def test_binary_file_is_an_issue(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_bytes(b"\xff\xfe\x00bad")
    result = scan(tmp_path)
    assert result.files == [] and [i.kind for i in result.issues] == ["unreadable"]


def test_missing_path(tmp_path: Path) -> None:
    write(tmp_path, "there.env", "A=1\n")
    check_paths(["there.env"], tmp_path)
    with pytest.raises(ConfigError) as err:
        check_paths(["there.env", "integrations/"], tmp_path)
    assert str(err.value) == (
        f"integration_configs: integrations/ does not exist (relative to {tmp_path}); "
        "fix the path or remove it"
    )
    result = scan(tmp_path, "integrations/", "there.env")
    assert result.files == ["there.env"]
    assert [(i.subject, i.kind) for i in result.issues] == [("integrations/", "unreadable")]


def test_results_are_sorted_and_repeatable(tmp_path: Path) -> None:
    write(
        tmp_path,
        "b.env",
        f"Z_URL=https://z.example.com\nA_URL=https://a.example.com\nPASSWORD={PASSWORD}\n",
    )
    write(
        tmp_path,
        "a.yaml",
        f"z: https://z.example.com\na: https://a.example.com\npassword: {PASSWORD}\n",
    )
    first, second = scan(tmp_path), scan(tmp_path)
    assert first == second
    assert [(e.file, e.line) for e in first.endpoints] == [
        ("a.yaml", 1), ("a.yaml", 2), ("b.env", 1), ("b.env", 2)
    ]  # fmt: skip
    assert [(c.file, c.line) for c in first.credentials] == [("a.yaml", 3), ("b.env", 3)]


# --- No secret value anywhere -------------------------------------------------------------------


def test_no_secret_value_reaches_results_logs_or_output(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    hook_key = _token(24)
    seeded = {
        "stripe": STRIPE,
        "aws": AWS,
        "password": PASSWORD,
        "url password": "Up" + _token(12),
        "query token": "Qt" + _token(20),
        "hook key": hook_key,
        "malformed": "Mf" + _token(14),
        "allowlisted": "Al" + _token(14),
    }
    write(
        tmp_path,
        "cfg/vendors.yaml",
        f"stripe:\n  secret_key: {seeded['stripe']}\n"
        f"aws:\n  key: {seeded['aws']}\n"
        f"feed: https://shop:{seeded['url password']}@feeds.example.com/p"
        f"?token={seeded['query token']}\n"
        f"slack: https://hooks.slack.com/services/T{_token(8)}/B{_token(8)}/{hook_key}\n",
    )
    write(tmp_path, "cfg/.env", f"DB_PASSWORD={seeded['password']}\nAWS_KEY={seeded['aws']}\n")
    write(tmp_path, "cfg/app.properties", f"db.password={seeded['password']}\n")
    write(
        tmp_path,
        "cfg/app.ini",
        f"[db]\npassword = {seeded['password']}\n"
        f"old_password = {seeded['allowlisted']}  # pragma: allowlist secret\n",
    )
    write(tmp_path, "cfg/app.json", f'{{\n  "password": "{seeded["password"]}"\n}}\n')
    write(tmp_path, "cfg/broken.yaml", f"password: '{seeded['malformed']}\nx: [\n")
    # Even with detect-secrets' own logger turned up (it logs skipped values at INFO).
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="detect-secrets")
    result = scan(tmp_path, "cfg")
    out, err = capfd.readouterr()
    assert len(result.credentials) >= 8 and result.issues  # the seeded secrets were found
    assert "connectors.integration_config" in caplog.text  # the scan did log
    texts = {"result": repr(result), "log": caplog.text, "stdout": out, "stderr": err}
    for where, text in texts.items():
        for what, secret in seeded.items():
            assert secret not in text, f"the {what} reached the {where}"
    assert all(isinstance(c, ConfigCredential) for c in result.credentials)


def test_a_secret_used_as_a_key_is_not_shown_as_the_key(tmp_path: Path) -> None:
    secret = "sk_live_YamlKeyIsSecret4dE5fG6hI7jK8"
    (tmp_path / "a.yaml").write_text(f"tokens:\n  {secret}: shop\n")
    (tmp_path / "b.properties").write_text(f"# keys\n{secret.replace('Yaml', 'Prop')}\n")
    result = scan_integration_configs(["a.yaml", "b.properties"], tmp_path)
    assert [(c.file, c.line, c.key) for c in result.credentials] == [
        ("a.yaml", 2, "tokens.…"),
        ("b.properties", 2, "…"),
    ]
    assert "sk_live" not in repr(result)
