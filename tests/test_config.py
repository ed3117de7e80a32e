"""Estate config: validation messages name the file, the key and what was expected."""

from __future__ import annotations

import pytest
import yaml

from lineage.core.config import load_estate, parse_estate
from lineage.core.errors import ConfigError

from .conftest import write_estate


def _error(tmp_path, text: str, env: dict[str, str] | None = None) -> str:
    path = write_estate(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_estate(path, env=env or {})
    message = str(err.value)
    assert "\n" not in message, "errors are one line"
    assert str(path) in message, "errors name the file"
    return message


def test_valid_config_with_env_expansion(tmp_path):
    path = write_estate(
        tmp_path,
        """
systems:
  shop:
    connector: postgres
    dsn: postgresql://scan:${SHOP_PW}@db.internal/shop
    retention: {default: P3Y, tables: {orders: P7Y}}
  klaviyo: {kind: third_party, vendor: Klaviyo, region: US}
flows:
  - {name: sync, from: shop, to: klaviyo, transport: {url: "https://a.klaviyo.com", auth: api_key}}
""",
    )
    estate = load_estate(path, env={"SHOP_PW": "p@ss/word"})
    shop = estate.config.systems["shop"]
    assert shop.dsn == "postgresql://scan:p%40ss%2Fword@db.internal/shop"
    assert shop.retention.for_dataset("public.orders") == "P7Y"
    assert shop.retention.for_dataset("public.customer") == "P3Y"
    assert estate.config.flows[0].source == "shop"
    assert len(estate.config_hash) == 64


@pytest.mark.parametrize(
    "text, expected",
    [
        ("systems:\n  shop: [unclosed\n", "parsing a flow sequence that starts at line 2"),
        (
            "systems:\n  shop:\n    connector: postgress\n    dsn: x\n",
            "systems.shop.connector: unknown connector 'postgress'. Did you mean 'postgres'?",
        ),
        (
            "systems:\n  shop:\n    connector: sqlite\n    sampel_size: 5\n",
            "systems.shop.sampel_size: unknown key; did you mean 'sample_size'?",
        ),
        (
            "systems:\n  shop: {connector: postgres, dsn: 'postgresql://db/s', pasword_file: pw}\n",
            "systems.shop.pasword_file: unknown key; did you mean 'password_file'?",
        ),
        (
            "systems:\n  crm: {connector: sfdc, auht: {method: jwt}}\n",
            "systems.crm.auht: unknown key; did you mean 'auth'?",
        ),
        (
            "systems:\n  shop: {connector: sqlite, path: a.db, schemas: [main]}\n",
            "systems.shop.schemas: unknown key for connector 'sqlite'",
        ),
        (
            "systems:\n  klaviyo: {kind: third_party, sample_size: 5}\n",
            "systems.klaviyo.sample_size: unknown key",
        ),
        (
            "systems:\n  shop:\n    connector: sqlite\n    sample_size: lots\n",
            "systems.shop.sample_size: Input should be a valid integer",
        ),
        (
            "systems:\n  shop:\n    connector: sqlite\n    retention: {default: 3 years}\n",
            "systems.shop.retention.default: expected an ISO 8601 duration such as P3Y",
        ),
        (
            "systems:\n  shop: {vendor: X}\n",
            "systems.shop: expected 'connector' (a system to scan) or 'kind: third_party'",
        ),
        (
            "systems:\n  shop: {connector: sqlite}\nflows:\n  - {name: f, from: shop, to: shopp}\n",
            "flows.0.to: unknown system 'shopp'; did you mean 'shop'?",
        ),
        ("systems: {}\n", "systems: Dictionary should have at least 1 item"),
        ("- just\n- a list\n", "expected a mapping with a 'systems' key"),
        (
            "systems:\n  shop: {connector: sqlite, dsn: '${NOT_SET_ANYWHERE}'}\n",
            "systems.shop.dsn: environment variable NOT_SET_ANYWHERE is not set",
        ),
        (
            "systems:\n  a: {kind: third_party}\nflows:\n  - {name: f, from: a, to: a, "
            "transport: {auth: oauth_jwtt}}\n",
            "did you mean 'oauth_jwt'?",
        ),
    ],
)
def test_bad_config_names_file_key_and_expectation(tmp_path, text, expected):
    assert expected.lower() in _error(tmp_path, text).lower()


def test_unknown_connector_with_no_close_match_lists_the_known_ones(tmp_path):
    message = _error(tmp_path, "systems:\n  shop: {connector: oracle}\n")
    assert (
        "Known: graphql, mariadb, mysql, openapi, postgres, postgresql, rabbitmq, redis,"
        " salesforce, sfdc, sqlite" in message
    )


@pytest.mark.parametrize(
    "block, key",
    [
        ("dsn: postgresql://scan:hunter2-literal@db/shop", "systems.shop.dsn"),
        ("dsn: mysql://scan@db/shop?password=hunter2-literal", "systems.shop.dsn"),
        (
            "auth: {method: password, username: u, password: hunter2-literal}",
            "systems.shop.auth.password",
        ),
        ("auth: {method: jwt, client_secret: hunter2-literal}", "systems.shop.auth.client_secret"),
    ],
)
def test_literal_secrets_are_refused_without_echoing_them(tmp_path, block, key):
    message = _error(tmp_path, f"systems:\n  shop:\n    connector: postgresql\n    {block}\n")
    assert key in message
    assert "hunter2-literal" not in message
    assert "environment variable" in message


def test_secret_references_and_files_are_accepted(tmp_path):
    path = write_estate(
        tmp_path,
        """
systems:
  shop: {connector: postgresql, dsn: "postgresql://scan:${PW}@db/shop", password_file: pw.txt}
  warehouse: {connector: mysql, dsn: "${WH_DSN}"}
  crm:
    connector: salesforce
    auth:
      method: client_credentials
      consumer_key: abc
      consumer_secret: "${SF_SECRET}"
      instance_url: https://acme.my.salesforce.com
""",
    )
    (tmp_path / "pw.txt").write_text("x\n")
    estate = load_estate(path, env={"PW": "x", "WH_DSN": "mysql://u:p@h/db", "SF_SECRET": "s"})
    assert estate.config.systems["warehouse"].dsn == "mysql://u:p@h/db"
    assert estate.config.systems["crm"].auth["consumer_secret"] == "s"
    assert estate.resolve("pw.txt") == tmp_path / "pw.txt"


def test_dollar_dollar_escapes_a_literal_reference(tmp_path):
    path = write_estate(tmp_path, "systems:\n  a: {kind: third_party, name: 'cost $${X}'}\n")
    assert load_estate(path, env={}).config.systems["a"].name == "cost ${X}"


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot read the estate config"):
        load_estate(tmp_path / "nope.yaml")


def test_unknown_legal_basis_is_refused_with_a_suggestion(tmp_path):
    from lineage.core.config import load_estate
    from lineage.core.errors import ConfigError

    from .conftest import write_estate

    path = write_estate(
        tmp_path,
        "systems:\n  a: {connector: sqlite, path: a.db}\n  k: {kind: third_party}\n"
        "flows:\n  - {name: f, from: a, to: k, legal_basis: consnet}\n",
    )
    with pytest.raises(ConfigError, match="unknown legal basis 'consnet'; did you mean 'consent'"):
        load_estate(path)


def test_flow_names_must_be_unique(tmp_path):
    from lineage.core.config import load_estate
    from lineage.core.errors import ConfigError

    from .conftest import write_estate

    path = write_estate(
        tmp_path,
        "systems:\n  a: {connector: sqlite, path: a.db}\n  k: {kind: third_party}\n"
        "flows:\n  - {name: f, from: a, to: k}\n  - {name: f, from: k, to: a}\n",
    )
    with pytest.raises(ConfigError, match=r"flows\.1\.name: 'f' is already the name of flows\.0"):
        load_estate(path)


def test_every_key_of_every_connector_is_documented():
    from lineage.core.plugins import CONNECTORS

    from .conftest import REPO

    docs = (REPO / "docs" / "config.md").read_text()
    for name, connector in CONNECTORS.entries().items():
        for key in connector.config_model.model_fields:
            assert f"`{key}`" in docs, f"docs/config.md does not describe {name}'s key {key!r}"


def test_each_connector_validates_its_systems_with_its_own_model(tmp_path):
    (tmp_path / "a.db").write_bytes(b"")
    path = write_estate(
        tmp_path,
        "systems:\n  shop: {connector: sqlite, path: a.db}\n"
        "  crm:\n    connector: sfdc\n    auth: {method: session, session_id: '${SID}',\n"
        "           instance_url: 'https://acme.my.salesforce.com'}\n"
        "  k: {kind: third_party}\n",
    )
    systems = load_estate(path, env={"SID": "s"}).config.systems
    assert systems["shop"].path == "a.db" and systems["shop"].sample_size == 100
    assert systems["crm"].auth["session_id"] == "s"
    assert systems["crm"].system("crm", "salesforce").boundary == "crm"
    assert systems["k"].system("k", "third_party").boundary == "third_party"
    assert not hasattr(systems["k"], "sample_size")


def test_a_key_from_a_yaml_merge_may_be_overridden(tmp_path):
    (tmp_path / "a.db").write_bytes(b"")
    (tmp_path / "b.db").write_bytes(b"")
    path = write_estate(
        tmp_path,
        "systems:\n  a: &a {connector: sqlite, path: a.db, sample_size: 5}\n"
        "  b:\n    <<: *a\n    path: b.db\n",
    )
    systems = load_estate(path, env={}).config.systems
    assert (systems["b"].path, systems["b"].sample_size) == ("b.db", 5)


def test_a_repeated_key_is_refused_in_every_yaml_file_piimap_reads(tmp_path):
    from lineage.core.config import read_yaml

    path = tmp_path / "policy.yaml"
    path.write_text("rules:\n  - id: a\n    severity: high\n    severity: low\n")
    with pytest.raises(ConfigError) as err:
        read_yaml(path, "policy")
    assert str(err.value).startswith(f"{path}:4:5: duplicate key 'severity' (first at line 3)")


def test_sql_systems_read_their_password_file_relative_to_the_estate(tmp_path):
    from connectors.postgresql import PostgreSQLConnector

    (tmp_path / "pw.txt").write_text("s3cret\n")
    path = write_estate(
        tmp_path,
        "systems:\n  shop:\n    connector: postgresql\n"
        "    dsn: postgresql://scan@db.internal:6432/shop\n    password_file: pw.txt\n",
    )
    estate = load_estate(path, env={})
    url = PostgreSQLConnector("shop", estate.config.systems["shop"], estate).url()
    assert (url.host, url.port, url.password, url.drivername) == (
        "db.internal",
        6432,
        "s3cret",
        "postgresql+psycopg",
    )


@pytest.mark.parametrize(
    ("system", "key"),
    [
        ("statement_timeout: true", "systems.shop.statement_timeout"),
        ("sample_size: false", "systems.shop.sample_size"),
        ("time_budget: true", "systems.shop.time_budget"),
    ],
)
def test_a_boolean_is_not_a_number(system, key):
    """YAML's true/false would be taken as 1/0 by pydantic: refused, naming the key."""
    raw = yaml.safe_load(f"systems:\n  shop: {{connector: sqlite, path: a.db, {system}}}\n")
    with pytest.raises(ConfigError, match=rf"e\.yaml: {key}: expected a number, got (true|false)"):
        parse_estate(raw, "e.yaml")


def test_numbers_are_still_numbers():
    raw = yaml.safe_load(
        "systems:\n  shop: {connector: sqlite, path: a.db, statement_timeout: 5}\n"
        "classification: {threshold: 1, processes: 2}\n"
    )
    config = parse_estate(raw, "e.yaml")
    assert config.systems["shop"].statement_timeout == 5
    assert config.classification.threshold == 1.0 and config.classification.processes == 2
    raw["classification"]["threshold"] = 0.75
    assert parse_estate(raw, "e.yaml").classification.threshold == 0.75


def test_a_flow_end_has_at_most_system_dataset_and_field():
    base = "systems:\n  shop: {connector: sqlite, path: a.db}\n  k: {kind: third_party}\n"
    ok = base + "flows:\n  - {name: f, from: shop/main.customers/email, to: k}\n"
    assert parse_estate(yaml.safe_load(ok), "e.yaml").flows[0].source.endswith("/email")
    for end in ("shop/a/b/c", "shop//email"):
        raw = yaml.safe_load(base + f"flows:\n  - {{name: f, from: '{end}', to: k}}\n")
        with pytest.raises(ConfigError, match=r"flows\.0\.from: .*write system, system/dataset"):
            parse_estate(raw, "e.yaml")
