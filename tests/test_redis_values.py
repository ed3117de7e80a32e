"""How Redis key names become dataset patterns and values become fields: case tables for the
key placeholders, the value formats (JSON, PHP serialised, PHP and Magento sessions) and
values no parser should choke on."""

from __future__ import annotations

import json
import zlib

import pytest

from connectors.redis_facts import parse_acl
from connectors.redis_keys import group_keys, key_pattern
from connectors.redis_values import MAX_LEAVES, decode


@pytest.mark.parametrize(
    ("key", "pattern"),
    [
        ("cart:1042", "cart:<n>"),
        ("customer:77:profile", "customer:<n>:profile"),
        ("customer:ada.lovelace@example.com:profile", "customer:<email>:profile"),
        ("token:6f1c2a1e-8d3b-4c2f-9a7e-0b1d2c3e4f5a", "token:<uuid>"),
        ("PHPREDIS_SESSION:k2jd8s7fh3l0qp4mz6xv1c9bn5", "PHPREDIS_SESSION:<id>"),
        ("sess_k2jd8s7fh3l0qp4mz6xv1c9bn5", "sess_<id>"),
        ("zc:k:9d1b3c0a6f2e4d7c8b5a", "zc:k:<hex>"),
        ("rate:10.0.0.12", "rate:<ip>"),
        ("otp:+14155550123", "otp:<phone>"),
        ("sms:415-555-0123", "sms:<phone>"),
        ("callback:+44 20 7946 0000", "callback:<phone>"),
        ("visits:2024-01-05", "visits:<date>"),
        ("customer:Ada Lovelace:cart", "customer:<text>:cart"),
        ("rate:192.168.10.20", "rate:<ip>"),
        ("config:storefront_settings", "config:storefront_settings"),
        ("feature-flags", "feature-flags"),
    ],
)
def test_key_patterns(key, pattern):
    assert key_pattern(key) == pattern


def test_words_no_placeholder_knows_collapse_when_many_keys_differ_there():
    names = [f"wishlist:{n}:items" for n in ("ann", "bo", "cy", "di", "ed", "flo", "gus", "hal")]
    groups = group_keys([*names, "wishlist:count"])
    assert list(groups) == ["wishlist:*:items", "wishlist:count"]
    assert len(groups["wishlist:*:items"]) == 8
    # Few distinct words stay apart: they name datasets, not people.
    assert sorted(group_keys(["cache:config:a", "cache:layout:a"])) == [
        "cache:config:a",
        "cache:layout:a",
    ]


def _php(value: object) -> str:
    if isinstance(value, dict):
        body = "".join(_php(k) + _php(v) for k, v in value.items())
        return f"a:{len(value)}:{{{body}}}"
    if isinstance(value, int):
        return f"i:{value};"
    text = str(value)
    return f's:{len(text.encode())}:"{text}";'


SESSION = (
    "_session_validator_data|"
    + _php({"remote_addr": "203.0.113.9", "http_user_agent": "Mozilla/5.0"})
    + "customer_base|"
    + _php({"customer_id": 42, "email": "ada@example.com"})
    + "checkout|"
    + _php({"quote_id_1": 7, "shipping": {"telephone": "+44 20 7946 0958"}})
).encode()


@pytest.mark.parametrize(
    ("raw", "fmt", "leaves"),
    [
        (
            json.dumps({"customer": {"email": "ada@example.com"}, "lines": [{"sku": "A"}]}),
            "json",
            {"customer.email": ["ada@example.com"], "lines[].sku": ["A"]},
        ),
        (
            _php({"email": "ada@example.com", "7": 2}),
            "php",
            {"email": ["ada@example.com"], "<n>": [2]},
        ),
        (
            'O:8:"stdClass":1:{s:5:"email";s:15:"ada@example.com";}',
            "php",
            {"email": ["ada@example.com"]},
        ),
        (
            json.dumps({"profile": json.dumps({"phone": "+1 415 555 0100"})}),
            "json",
            {"profile.phone": ["+1 415 555 0100"]},
        ),
        ("plain words", "text", {"": ["plain words"]}),
        (b"\xff\xfe\x00binary", "binary", {}),
        ('{"broken": ', "text", {"": ['{"broken": ']}),
        ('a:1:{s:99:"short";}', "text", {"": ['a:1:{s:99:"short";}']}),
    ],
)
def test_value_formats(raw, fmt, leaves):
    assert decode(raw if isinstance(raw, bytes) else raw.encode()) == (fmt, leaves)


def test_a_php_session_is_read_name_by_name():
    fmt, leaves = decode(SESSION)
    assert fmt == "php-session"
    assert leaves["customer_base.email"] == ["ada@example.com"]
    assert leaves["checkout.shipping.telephone"] == ["+44 20 7946 0958"]
    assert leaves["_session_validator_data.remote_addr"] == ["203.0.113.9"]
    assert "checkout.quote_id_<n>" in leaves  # numbered keys are one field


def test_magentos_compressed_session_is_unpacked_within_a_bound():
    assert decode(b":gz:" + zlib.compress(SESSION)) == decode(SESSION)
    bomb = b":gz:" + zlib.compress(b"a|" + b'"' * (64 * 1024 * 1024))
    fmt, _ = decode(bomb)  # 64 MB unpacked is over the bound: not unpacked, not parsed
    assert fmt in ("text", "binary")


def test_deep_or_wide_values_are_bounded():
    deep = "[" * 5000 + "]" * 5000
    assert decode(deep.encode())[0] == "text"  # too deep for json: kept as text, no crash
    wide = json.dumps({"lines": [{"email": f"u{i}@example.com"} for i in range(5000)]})
    _fmt, leaves = decode(wide.encode())
    assert sum(len(v) for v in leaves.values()) == MAX_LEAVES


def test_acl_list_is_read_without_hashes_and_default_passwords_are_known():
    import hashlib

    foobared = hashlib.sha256(b"foobared").hexdigest()
    strong = hashlib.sha256(b"Zq8!long-and-random").hexdigest()
    users = parse_acl(
        [
            f"user default on #{foobared} ~* &* +@all",
            f"user app on #{strong} ~cart:* +get",
            "user old off nopass",
        ]
    )
    assert [(u.name, u.on, u.nopass, u.well_known_password) for u in users] == [
        ("default", True, False, True),
        ("app", True, False, False),
        ("old", False, True, False),
    ]
    assert foobared not in repr(users)


def test_a_slash_in_a_json_key_cannot_split_a_field_id():
    """``/`` separates system, dataset and field in piimap's ids: a key holding one is written
    ``%2F``, as the RabbitMQ and API connectors write it."""
    fmt, leaves = decode(b'{"billing/address": {"email": "ada@example.com"}}')
    assert fmt == "json" and list(leaves) == ["billing%2Faddress.email"]
