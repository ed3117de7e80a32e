"""The value signal and its guards: a case table of columns and what piimap must say of them."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from classifiers import FieldContext, default_classifier

from .conftest import REPO

CLASSIFIER = default_classifier()

EMAILS = tuple(
    f"{n}.{i}@example{i % 7}.com" for i, n in enumerate(["ann", "bob", "cy", "dee"] * 10)
)
PHONES = tuple(f"+1 415 555 {1000 + i * 37:04d}" for i in range(40))
IPS = tuple(f"10.{i}.{i * 3 % 250}.{i * 7 % 250}" for i in range(40))
BCRYPT = tuple(
    "$2b$12$"
    + ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ./0123"[i:] + "0123456789" * 6)[:53]
    for i in range(40)
)


def _entities(name: str, values, data_type: str = "text", table: str = "customer") -> set[str]:
    ctx = FieldContext("s", table, name, data_type, samples=tuple(values))
    return {hit.entity for hit in CLASSIFIER.classify([ctx])[0]}


CASES = [
    # (column, values, data type, table, expected entities)
    ("email", EMAILS, "text", "customer", {"EMAIL_ADDRESS"}),
    ("contact", EMAILS, "varchar(200)", "lead", {"EMAIL_ADDRESS"}),  # values alone
    ("c7", IPS, "text", "hits", {"IP_ADDRESS"}),  # values alone
    ("phone", PHONES, "text", "customer", {"PHONE_NUMBER"}),
    (
        "notes",
        tuple(f"call back, wrote from {e} on Monday" for e in EMAILS),
        "text",
        "ticket",
        {"EMAIL_ADDRESS"},
    ),  # embedded in free text
    # Guards: a name is not enough when the values disagree.
    ("email_verified", ("true", "false") * 20, "boolean", "customer", set()),
    ("email", ("yes", "no") * 20, "text", "customer", set()),  # enum, not an address
    ("email_status", ("sent", "bounced", "opened") * 10, "text", "customer", set()),
    (
        "phone",
        ("Blue Widget", "Red Widget", "Green Gadget", "Small Box", "Large Box") * 8,
        "text",
        "customer",
        set(),
    ),
    ("first_name", tuple(f"ORD-{i:05d}" for i in range(40)), "text", "customer", set()),
    # Codes, keys, SKUs, prices and enums are not personal data, whatever a value could match.
    ("scenario_code", tuple(f"SCN-{100 + i}" for i in range(40)), "text", "test_run", set()),
    ("security_code", tuple(f"{100 + i}" for i in range(40)), "text", "product", set()),
    ("id", tuple(str(i) for i in range(1, 41)), "integer", "customer", set()),
    ("sku", tuple(f"SKU-{12345 + i}" for i in range(40)), "text", "product", set()),
    ("price", tuple(f"{i}.99" for i in range(40)), "numeric(10,2)", "product", set()),
    ("amount", tuple(str(4155550000 + i * 1371) for i in range(40)), "bigint", "payment", set()),
    ("status", ("active", "closed") * 20, "text", "customer", set()),
]


@pytest.mark.parametrize(
    "name, values, data_type, table, expected", CASES, ids=[f"{c[3]}.{c[0]}" for c in CASES]
)
def test_value_cases(name, values, data_type, table, expected):
    assert _entities(name, values, data_type, table) == expected


def test_explanation_gives_the_share_and_a_masked_example_only():
    ctx = FieldContext("s", "customer", "email", "text", samples=EMAILS)
    (hit,) = CLASSIFIER.classify([ctx])[0]
    assert (
        "values: 20 of 20 distinct sampled values are email address (e.g. a***@e***.com)"
        in hit.explanation
    )
    assert "column name 'email'" in hit.explanation
    assert not any(value in hit.explanation for value in EMAILS)


def test_values_that_disagree_are_named_in_the_explanation():
    mixed = EMAILS[:3] + tuple(f"{i:05d}" for i in range(37))  # no mailbox names either
    ctx = FieldContext("s", "customer", "email", "text", samples=mixed)
    hits = CLASSIFIER.classify([ctx])[0]
    assert not hits or "values: only" in hits[0].explanation


def test_classification_makes_no_network_call():
    """Presidio and tldextract never touch the network: sockets blocked in a fresh process."""
    script = textwrap.dedent("""
        import socket
        attempts = []
        def refuse(self, *args, **kwargs):
            attempts.append(args)
            raise OSError("network blocked by the test")
        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = lambda *a, **k: refuse(None, *a)
        from classifiers import FieldContext, default_classifier
        ctx = FieldContext("s", "customer", "email", "text",
                           samples=tuple(f"user{i}@shop-example.co.uk" for i in range(30)))
        hits = default_classifier().classify([ctx])[0]
        assert [h.entity for h in hits] == ["EMAIL_ADDRESS"], hits
        assert not attempts, attempts
        print("offline ok")
    """)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "offline ok" in result.stdout
    assert "Traceback" not in result.stderr


def _luhn(prefix: str, length: int) -> str:
    """A card number of ``length`` digits starting with ``prefix`` whose check digit is right."""
    body = (prefix + "7" * length)[: length - 1]
    total = sum(
        sum(divmod(int(d) * 2, 10)) if i % 2 == 0 else int(d) for i, d in enumerate(reversed(body))
    )
    return body + str((10 - total % 10) % 10)


def test_a_card_number_is_not_also_counted_as_a_phone_number():
    """Luhn-valid card numbers that also parse as phone numbers of some region are counted as
    cards only: the column's phone share says 0, not a few per cent."""
    from classifiers.values import ValueSettings, _analyse, _engine

    engine = _engine(ValueSettings())
    # 13-digit Visa numbers starting 44 07: each also reads as a UK mobile number with its
    # country code.
    cards = [_luhn(f"4407{i:03d}{i * 7919 % 10**6:06d}", 13) for i in range(100, 140)]
    tally = _analyse(engine, cards, ["CREDIT_CARD", "PHONE_NUMBER"], numeric=False)
    assert tally.alone["CREDIT_CARD"] == tally.analysed
    assert tally.alone["PHONE_NUMBER"] + tally.confirm["PHONE_NUMBER"] == 0


def test_phone_numbers_are_still_phone_numbers_beside_the_card_rule():
    """The precedence only takes values that are card numbers: a phone column stays one."""
    assert _entities("phone", PHONES) == {"PHONE_NUMBER"}
    assert _entities("c9", PHONES, table="contacts") == {"PHONE_NUMBER"}


def test_values_seen_in_other_columns_give_the_same_verdicts(monkeypatch):
    """The per-process memory of values already analysed (the same city in many columns) must
    not change a verdict: columns classified after others with the same values, and with the
    memory forgetting every few values, say what a fresh classifier says."""
    from classifiers.values import ValueSettings, _engine

    cities = tuple(["Lyon", "Paris", "Nice", "Lille", "Brest"] * 8)
    columns = [
        FieldContext("s", "customer", "email", "text", samples=EMAILS),
        FieldContext("s", "customer", "c1", "text", samples=PHONES),
        FieldContext("s", "visit", "c2", "text", samples=PHONES),
        FieldContext("s", "customer", "city", "text", samples=cities),
        FieldContext("s", "office", "c3", "text", samples=cities),
    ]
    settings = ValueSettings(processes=1)
    engine = _engine(settings)
    fresh = default_classifier(settings).classify(columns)
    again = default_classifier(settings).classify(columns)
    assert again == fresh
    assert engine.seen_values > 0  # the values were remembered
    monkeypatch.setattr("classifiers.values.SEEN_MAX", 3)
    forgetting = default_classifier(settings).classify(columns[::-1])[::-1]
    assert forgetting == fresh
    assert engine.seen_values <= 3 + len(set(PHONES))


@pytest.mark.parametrize(
    "values",
    [
        tuple(f"03000000{i:02d}" for i in range(6)),  # note ids that parse as phone numbers
        tuple(str(4155550100 + i) for i in range(12)),
    ],
)
def test_numbers_that_follow_one_another_are_a_counter_not_phone_numbers(values):
    found = _entities("noteid", values, "varchar(10)", "notes")
    assert "PHONE_NUMBER" not in found


def test_phone_numbers_that_do_not_follow_one_another_are_still_phone_numbers():
    values = tuple(str(4155550100 + 37 * i) for i in range(12))
    assert _entities("c4", values, "varchar(10)", "contacts") == {"PHONE_NUMBER"}


@pytest.mark.parametrize("column", ["phone", "mobile_no", "HomePhone"])
def test_a_phone_column_of_numbers_that_follow_one_another_is_still_a_phone(column):
    values = tuple(str(4155550100 + i) for i in range(12))  # a demo's numbered people
    assert "PHONE_NUMBER" in _entities(column, values, "varchar(10)", "members")


@pytest.mark.parametrize("column", ["phone_id", "mobile_device_id", "phone_count"])
def test_a_key_or_count_named_for_a_phone_is_still_a_counter(column):
    values = tuple(str(4155550100 + i) for i in range(12))
    assert "PHONE_NUMBER" not in _entities(column, values, "varchar(10)", "members")
