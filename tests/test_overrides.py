"""overrides.yaml: accept, reject or relabel fields with a reason (docs/classification.md)."""

from __future__ import annotations

import textwrap

import pytest

from lineage.core.errors import ConfigError, UnknownNameError
from lineage.core.model import EntityHit, Field
from lineage.pipeline.overrides import Overrides, apply_overrides, load_overrides, parse_overrides

EXAMPLE = """\
overrides:
  - field: storefront/customers/notes        # system/dataset/field; glob patterns allowed
    action: reject
    reason: Free-text column reviewed 2026-11; holds no personal data
  - field: storefront/orders/ref
    action: relabel
    entities: [PAYMENT_TOKEN]
    reason: Adyen recurring reference
  - field: analytics/customer_ltv/customer_email_sha256
    action: accept
    entities: [EMAIL_ADDRESS]
    reason: Pseudonymised e-mail is still personal data (GDPR recital 26)
"""


def hit(entity: str, confidence: float = 0.7, signal: str = "names") -> EntityHit:
    return EntityHit(entity, confidence, (signal,), f"column name suggests {entity}")


def field(fid: str, *hits: EntityHit) -> Field:
    system, dataset, name = fid.split("/")
    return Field(system, dataset, name, "text", entities=hits)


def write(tmp_path, text: str, name: str = "overrides.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return path


def entry(**kwargs) -> dict:
    return {"field": "shop/customers/notes", "action": "reject", "reason": "reviewed", **kwargs}


def overrides(*entries: dict, **kwargs) -> Overrides:
    return parse_overrides({"overrides": list(entries)}, "overrides.yaml", **kwargs)


def apply_one(f: Field, *entries: dict) -> Field:
    fields, _ = apply_overrides([f], overrides(*entries))
    return fields[0]


def test_the_documented_example(tmp_path):
    loaded = load_overrides(write(tmp_path, EXAMPLE))
    fields = [
        field("storefront/customers/notes", hit("PERSON_NAME", 0.55)),
        field("storefront/orders/ref", hit("BANK_ACCOUNT", 0.6)),
        field("analytics/customer_ltv/customer_email_sha256"),
        field("storefront/customers/email", hit("EMAIL_ADDRESS", 0.95)),
    ]
    result, warnings = apply_overrides(fields, loaded)
    notes, ref, hashed, email = result
    assert notes.entities == () and not notes.is_pii
    assert ref.entities == (
        EntityHit(
            "PAYMENT_TOKEN",
            1.0,
            ("override",),
            "override (overrides.yaml #2): Adyen recurring reference",
        ),
    )
    assert [(h.entity, h.confidence) for h in hashed.entities] == [("EMAIL_ADDRESS", 1.0)]
    assert "overrides.yaml #3" in hashed.entities[0].explanation
    assert "GDPR recital 26" in hashed.entities[0].explanation
    assert email == fields[3]  # no entry names it
    assert warnings == []


def test_reject_removes_every_entity():
    f = field("shop/customers/notes", hit("PERSON_NAME"), hit("EMAIL_ADDRESS", 0.6))
    assert apply_one(f, entry()).entities == ()


def test_relabel_sets_exactly_the_listed_entities():
    f = field("shop/orders/ref", hit("BANK_ACCOUNT", 0.9), hit("PAYMENT_TOKEN", 0.6))
    out = apply_one(
        f,
        entry(field="shop/orders/ref", action="relabel", entities=["PAYMENT_TOKEN", "CARD_LAST4"]),
    )
    assert [(h.entity, h.confidence, h.signals) for h in out.entities] == [
        ("CARD_LAST4", 1.0, ("override",)),
        ("PAYMENT_TOKEN", 1.0, ("override",)),
    ]
    assert all(h.explanation == "override (overrides.yaml #1): reviewed" for h in out.entities)


def test_accept_adds_missing_entities_and_keeps_the_classifiers():
    f = field("shop/customers/contact", hit("PHONE_NUMBER", 0.8))
    out = apply_one(
        f, entry(field="shop/customers/contact", action="accept", entities=["EMAIL_ADDRESS"])
    )
    assert [(h.entity, h.confidence) for h in out.entities] == [
        ("EMAIL_ADDRESS", 1.0),
        ("PHONE_NUMBER", 0.8),
    ]
    assert out.entities[0].signals == ("override",)
    assert out.entities[1] == f.entities[0]  # not listed, so untouched


def test_accept_confirms_a_listed_entity_the_classifier_found():
    f = field("shop/customers/email", hit("EMAIL_ADDRESS", 0.62), hit("USERNAME", 0.55))
    out = apply_one(
        f, entry(field="shop/customers/email", action="accept", entities=["EMAIL_ADDRESS"])
    )
    email, username = out.entities
    assert email.confidence == 0.62
    assert email.signals == ("names", "override")
    assert email.explanation == (
        "override (overrides.yaml #1): reviewed; column name suggests EMAIL_ADDRESS"
    )
    assert username == f.entities[1]


def test_accept_without_entities_confirms_the_whole_verdict():
    f = field("shop/customers/email", hit("EMAIL_ADDRESS", 0.62), hit("USERNAME", 0.55))
    out = apply_one(f, entry(field="shop/customers/email", action="accept"))
    assert [h.entity for h in out.entities] == ["EMAIL_ADDRESS", "USERNAME"]
    assert all("override" in h.signals for h in out.entities)
    assert all(h.explanation.startswith("override (overrides.yaml #1)") for h in out.entities)


def test_fields_are_replaced_not_mutated():
    f = field("shop/customers/notes", hit("PERSON_NAME"))
    out = apply_one(f, entry())
    assert f.entities == (hit("PERSON_NAME"),) and out is not f
    assert (out.system, out.dataset, out.name, out.data_type) == (
        "shop",
        "customers",
        "notes",
        "text",
    )


@pytest.mark.parametrize(
    ("pattern", "fid", "matches"),
    [
        ("*/*/legacy_*", "shop/customers/legacy_notes", True),
        ("*/*/legacy_*", "crm/Account/legacy_id", True),
        ("*/*/legacy_*", "shop/customers/notes", False),
        ("shop/public.*/notes", "shop/public.customers/notes", True),
        ("shop/*/notes", "shop/public.customers/notes", True),
        ("*/notes", "shop/customers/notes", None),  # not three parts: refused when loaded
        ("shop/customers/note?", "shop/customers/notes", True),
        ("shop/customers/[nm]otes", "shop/customers/motes", True),
        ("shop/customers/Notes", "shop/customers/notes", False),  # case-sensitive
        ("shop/*", "shop/customers/notes", None),
    ],
)
def test_patterns(pattern, fid, matches):
    if matches is None:
        with pytest.raises(ConfigError, match="expected system/dataset/field"):
            overrides(entry(field=pattern))
        return
    assert overrides(entry(field=pattern)).entries[0].matches(field(fid)) is matches


def test_the_first_matching_entry_wins():
    o = overrides(
        entry(field="shop/customers/notes", action="accept", entities=["PERSON_NAME"]),
        entry(field="shop/*/notes"),
        entry(field="*/*/*", action="relabel", entities=["USERNAME"], reason="never"),
    )
    fields, warnings = apply_overrides(
        [field("shop/customers/notes"), field("shop/orders/notes", hit("PERSON_NAME"))], o
    )
    assert [h.entity for h in fields[0].entities] == ["PERSON_NAME"]
    assert "#1" in fields[0].entities[0].explanation
    assert fields[1].entities == ()
    assert warnings == [
        "overrides.yaml #3 (*/*/*): never applies, because every field it matches is decided by "
        "an earlier entry (the first matching entry wins)"
    ]


def test_a_stale_override_is_reported():
    o = overrides(
        entry(field="shop/customers/notes"),
        entry(field="shop/customer/email", action="accept", entities=["EMAIL_ADDRESS"]),
        entry(field="*/*/legacy_*"),
    )
    fields = [field("shop/customers/notes"), field("shop/customers/email", hit("EMAIL_ADDRESS"))]
    result, warnings = apply_overrides(fields, o)
    assert result[1] == fields[1]
    assert warnings == [
        "overrides.yaml #2 (shop/customer/email): matches no scanned field; remove the stale "
        "entry or fix its pattern; did you mean 'shop/customers/email'?",
        "overrides.yaml #3 (*/*/legacy_*): matches no scanned field; remove the stale entry or "
        "fix its pattern",
    ]


def test_user_entities_are_allowed_when_named():
    e = entry(action="relabel", entities=["LOYALTY_NUMBER"])
    with pytest.raises(UnknownNameError):
        overrides(e)
    o = overrides(e, extra_entities=["LOYALTY_NUMBER"])
    assert o.entries[0].entities == ("LOYALTY_NUMBER",)


def test_repeated_entities_count_once():
    o = overrides(entry(action="relabel", entities=["USERNAME", "USERNAME"]))
    assert o.entries[0].entities == ("USERNAME",)


def test_an_empty_file_has_no_overrides(tmp_path):
    assert load_overrides(write(tmp_path, "# nothing yet\n")).entries == ()
    assert load_overrides(write(tmp_path, "overrides: []\n")).entries == ()


def test_explanations_name_the_file_not_its_folder(tmp_path):
    (tmp_path / "privacy").mkdir()
    path = write(tmp_path, EXAMPLE, "privacy/reviewed.yaml")
    assert load_overrides(path).note(1) == (
        "override (reviewed.yaml #2): Adyen recurring reference"
    )


def test_malformed_yaml_names_the_file_and_line(tmp_path):
    path = write(tmp_path, "overrides:\n  - field: a/b/c\n    action: [reject\n")
    with pytest.raises(ConfigError, match=r"overrides\.yaml:\d+:\d+: malformed YAML"):
        load_overrides(path)


def test_an_unquoted_star_gets_a_hint(tmp_path):
    path = write(tmp_path, "overrides:\n  - field: */*/legacy_*\n    action: reject\n")
    with pytest.raises(ConfigError, match=r'quote a pattern that starts with \*, as in "\*/\*/'):
        load_overrides(path)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(ConfigError, match=r"nope\.yaml: cannot read the overrides file"):
        load_overrides(tmp_path / "nope.yaml")


def test_unknown_entity_says_what_was_meant(tmp_path):
    path = write(
        tmp_path,
        """\
        overrides:
          - field: storefront/customers/notes
            action: reject
            reason: reviewed
          - field: storefront/orders/ref
            action: relabel
            entities: [PAYMENT_TOKN]
            reason: Adyen recurring reference
        """,
    )
    with pytest.raises(UnknownNameError) as excinfo:
        load_overrides(path)
    message = str(excinfo.value)
    assert message.startswith(f"{path}: overrides #2 (storefront/orders/ref): entities: ")
    assert "unknown entity 'PAYMENT_TOKN'. Did you mean 'PAYMENT_TOKEN'?" in message


def test_missing_reason_is_an_error(tmp_path):
    path = write(
        tmp_path,
        """\
        overrides:
          - field: storefront/customers/notes
            action: reject
            reason: reviewed
          - field: storefront/orders/ref
            action: relabel
            entities: [PAYMENT_TOKEN]
        """,
    )
    with pytest.raises(ConfigError) as excinfo:
        load_overrides(path)
    assert str(excinfo.value).startswith(
        f"{path}: overrides #2 (storefront/orders/ref): reason: every override needs a reason"
    )


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            {"overrides": [entry(reason="   ")]},
            "overrides #1 (shop/customers/notes): reason: every override needs a reason",
        ),
        (
            {"overrides": [entry(reasn="typo")]},
            "overrides #1 (shop/customers/notes): reasn: unknown key; did you mean 'reason'?",
        ),
        (
            {"overrides": [entry(action="delete")]},
            "overrides #1 (shop/customers/notes): action: Input should be 'reject', 'accept' or "
            "'relabel' (got 'delete')",
        ),
        (
            {"overrides": [entry(entities=["EMAIL_ADDRESS"])]},
            "overrides #1 (shop/customers/notes): entities: reject takes no entities",
        ),
        (
            {"overrides": [entry(action="relabel")]},
            "overrides #1 (shop/customers/notes): entities: relabel needs the entities",
        ),
        (
            {"overrides": [entry(), {"action": "reject", "reason": "r"}]},
            "overrides #2: field: required key missing",
        ),
        ({"overides": []}, "overides: unknown key; did you mean 'overrides'?"),
        ({"overrides": {"field": "a/b/c"}}, "overrides: Input should be a list"),
        (
            {"overrides": [entry(action="relabel", entities="USERNAME")]},
            "overrides #1 (shop/customers/notes): entities: Input should be a list "
            "(got 'USERNAME')",
        ),
        (["not", "a", "mapping"], "expected a mapping with an 'overrides' list at the top level"),
    ],
)
def test_bad_entries_name_the_file_entry_and_key(raw, message):
    with pytest.raises(ConfigError) as excinfo:
        parse_overrides(raw, "conf/overrides.yaml")
    assert str(excinfo.value).startswith(f"conf/overrides.yaml: {message}"), str(excinfo.value)
