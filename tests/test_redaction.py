"""Hostile passwords (``@ : / % # ? &``, percent-encoded and not) in DSNs and URLs: a DSN is read
with its whole password or refused when the estate is loaded, and no text made from it or from a
driver's error shows any piece of the password. The end-to-end scans are in test_no_leak.py."""

from __future__ import annotations

import random
import re
import string
from urllib.parse import quote

import pytest
from sqlalchemy.engine import make_url

from connectors import get_connector
from connectors.db_errors import db_reason, shown_dsn
from connectors.integration_config import sanitise_url, scan_integration_configs
from lineage.core.config import parse_estate
from lineage.core.errors import ConfigError
from lineage.core.redact import scrub_secrets

_RNG = random.Random(14)


def _word() -> str:
    return "".join(_RNG.choice(string.ascii_letters) for _ in range(5)) + str(_RNG.randrange(10))


def hostile(shape: str) -> str:
    """``shape`` with each ``w`` replaced by a random word: ``w@w`` -> ``QxkTe3@pLmAa7``."""
    return re.sub("w", lambda _: _word(), shape)


#: Shapes of passwords: each special character alone, with an '@', and all of them together.
SHAPES = [
    "w@w",
    "w@w@w",
    "w:w@w",
    "w/w@w",
    "w#w@w",
    "w?w&w@w",
    "w%w@w",
    "w%40w@w",
    "w@w:w",
    "w@w/w",
    "w@w?w",
    "w@w#w",
    "w:w/w%w#w?w&w@w",
    "w@w:w/w%w#w?w&w",
]
PASSWORDS = [hostile(s) for s in SHAPES]


def fragments(password: str) -> list[str]:
    """Each piece of the password between special characters, 3 characters or more, and the
    same of its percent-encoded form."""
    pieces = re.split(r"[@:/%#?&]", password) + re.split(r"[@:/%#?&]", quote(password, safe=""))
    return sorted({p for p in pieces if len(p) >= 3})


def assert_no_fragment(text: str, password: str) -> None:
    leaked = [f for f in fragments(password) if f in text]
    assert not leaked, f"{leaked} of the password shows in: {text}"


def _load(connector: str, dsn: str):
    """The system's URL as the scan would connect to it, through the estate's load-time check
    (the whole DSN comes from the environment, as the issue's case did)."""
    raw = {"systems": {"shop": {"connector": connector, "dsn": "${SHOP_DSN}"}}}
    config = parse_estate(raw, "estate.yaml", {"SHOP_DSN": dsn})
    return get_connector(connector)("shop", config.systems["shop"]).url()


@pytest.mark.parametrize("connector", ["postgresql", "mysql", "mariadb"])
@pytest.mark.parametrize("password", PASSWORDS)
def test_a_raw_password_is_read_whole_or_refused_without_being_quoted(connector, password):
    scheme = "postgresql" if connector == "postgresql" else "mysql"
    dsn = f"{scheme}://scan:{password}@db.example.com:5432/shop?sslmode=require"
    try:
        url = _load(connector, dsn)
    except ConfigError as exc:
        # An '@' the host would swallow: refused, naming the key, quoting no piece of it.
        assert "systems.shop.dsn" in str(exc)
        assert_no_fragment(str(exc), password)
        return
    assert (url.username, url.password, url.host, url.port, url.database) == (
        "scan",
        password,
        "db.example.com",
        5432,
        "shop",
    )
    shown = shown_dsn(url, "shop")
    assert shown == f"{scheme}://scan:***@db.example.com:5432/shop?sslmode=require"
    assert_no_fragment(shown, password)


def test_the_issues_case_is_refused_without_its_password():
    with pytest.raises(ConfigError) as err:
        _load("postgresql", "postgresql://u:Pw@tailpiece@host/db")
    assert "systems.shop.dsn" in str(err.value) and "tailpiece" not in str(err.value)


@pytest.mark.parametrize("connector", ["postgresql", "mysql"])
@pytest.mark.parametrize("password", PASSWORDS)
def test_a_percent_encoded_password_is_read_whole_and_never_shown(connector, password):
    url = _load(connector, f"{connector}://scan:{quote(password, safe='')}@db:5432/shop")
    assert (url.password, url.host, url.database) == (password, "db", "shop")
    assert_no_fragment(shown_dsn(url, "shop"), password)


@pytest.mark.parametrize("password", PASSWORDS)
def test_a_password_in_the_query_is_hidden(password):
    query = f"password={quote(password, safe='')}&sslmode=require"
    shown = shown_dsn(make_url(f"postgresql://scan@db/shop?{query}"), "shop")
    assert "password=hidden" in shown and "sslmode=require" in shown
    assert_no_fragment(shown, password)


@pytest.mark.parametrize("password", PASSWORDS)
def test_driver_errors_quoting_a_dsn_or_a_conninfo_show_no_password(password):
    messages = [
        f"could not connect to postgresql://scan:{password}@db:5432/shop: timeout",
        f'invalid dsn: "mysql://scan:{password}@db/shop"',
        f"invalid connection option in host=db password={password} user=scan",
        "invalid conninfo: password='" + password.replace("'", "\\'") + " x' user=scan",
    ]
    for message in messages:
        assert_no_fragment(db_reason(Exception(message)), password)
        assert_no_fragment(scrub_secrets(message), password)


def test_a_dsn_that_cannot_be_shown_is_named_by_its_key():
    misread = make_url("postgresql://u:Pw@tailpiece@host/db")  # as SQLAlchemy reads it
    assert shown_dsn(misread, "shop") == "the DSN in systems.shop.dsn"


@pytest.mark.parametrize("password", PASSWORDS)
def test_integration_config_urls_keep_no_piece_of_the_password(password, tmp_path):
    for scheme in ("https", "postgresql", "jdbc:mysql"):
        raw = f"{scheme}://svc:{password}@api.example.com:8443/v1/hooks?x=1"
        url = sanitise_url(raw)
        assert url is None or "api.example.com" in url
        assert_no_fragment(url or "", password)
    (tmp_path / "app.env").write_text(
        f"WEBHOOK_URL=https://svc:{password}@api.example.com/v1/hooks\n"
        f"DATABASE_URL=postgresql://app:{password}@db.internal:5432/shop\n"
    )
    result = scan_integration_configs(["."], tmp_path)
    assert {e.host for e in result.endpoints} == {"api.example.com", "db.internal"}
    assert_no_fragment(repr(result), password)


@pytest.mark.parametrize("password", [p for p in PASSWORDS if "?" in p or "#" in p])
def test_malformed_config_files_quote_no_piece_of_a_password(password, tmp_path):
    url = f"postgresql://app:{password}@db.internal/shop"
    files = {
        "a.yaml": f"db: {url}\n  bad: [\n",
        "b.json": f'{{"db": "{url}", }}\n',
        "c.env": f"DB='{url}\n",
        "d.properties": f"db={url}\n\\\n",
        "e.ini": f"db = {url}\n[broken\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    result = scan_integration_configs(["."], tmp_path)
    assert result.files  # the files were read
    assert_no_fragment(repr(result), password)
