"""E-mail addresses on reserved test domains (RFC 2606 / RFC 6761) are still e-mail addresses.

Salesforce appends ``.invalid`` to every address when it refreshes a sandbox, and staging copies
are masked onto ``example.com``: scanning such a copy must find the same e-mail columns as
production, and say that the copy looks like a sandbox.
"""

from __future__ import annotations

import pytest

from classifiers import FieldContext, default_classifier
from classifiers.recognizers.email_shape import ReservedEmailRecognizer, reserved_domain_note

CLASSIFIER = default_classifier()
FIRST, LAST = ("ann", "bo", "cyd", "dana"), ("lee", "ng", "ortiz", "park", "quinn")
PEOPLE = [f"{first}.{last}" for first in FIRST for last in LAST]


def _verdict(name: str, values: tuple[str, ...], table: str = "public.contact_copy"):
    ctx = FieldContext("crm", table, name, "character varying(255)", samples=values)
    return {hit.entity: hit for hit in CLASSIFIER.classify([ctx])[0]}


SANDBOX = tuple(f"{p}@firm{i % 4}.com.invalid" for i, p in enumerate(PEOPLE))
CASES = {
    "salesforce sandbox (.invalid appended)": SANDBOX,
    ".test": tuple(f"{p}@shop.test" for p in PEOPLE),
    ".example": tuple(f"{p}@mail.example" for p in PEOPLE),
    "subdomain of .localhost": tuple(f"{p}@mail.localhost" for p in PEOPLE),
    "example.com masking": tuple(f"{p}@example.com" for p in PEOPLE),
    "Salesforce email masking": tuple(f"{p}=acme.co.uk@example.com" for p in PEOPLE),
    "example.org upper case": tuple(f"{p.upper()}@EXAMPLE.ORG" for p in PEOPLE),
}


@pytest.mark.parametrize("values", CASES.values(), ids=CASES.keys())
def test_values_alone_label_a_column_on_reserved_domains(values):
    # The column's name says nothing: the values alone must label it.
    hit = _verdict("contact", values).get("EMAIL_ADDRESS")
    assert hit is not None and hit.confidence >= 0.9
    assert "on reserved domains" in hit.explanation
    assert not any(v in hit.explanation for v in values)


def test_sandbox_note_names_the_suffix_not_the_values():
    hit = _verdict("Email__c", SANDBOX)["EMAIL_ADDRESS"]
    assert "20 of 20 on reserved domains (.invalid)" in hit.explanation
    assert "Salesforce sandbox" in hit.explanation
    assert "firm" not in hit.explanation and "ann" not in hit.explanation


def test_a_named_column_is_as_sure_as_in_production():
    production = tuple(v.removesuffix(".invalid") for v in SANDBOX)
    assert _verdict("email", SANDBOX)["EMAIL_ADDRESS"].confidence == pytest.approx(
        _verdict("email", production)["EMAIL_ADDRESS"].confidence
    )
    assert "reserved" not in _verdict("email", production)["EMAIL_ADDRESS"].explanation


def test_mixed_copy_counts_only_the_reserved_ones():
    values = SANDBOX[:10] + tuple(v.removesuffix(".invalid") for v in SANDBOX[10:])
    hit = _verdict("email", values)["EMAIL_ADDRESS"]
    assert "10 of 20 on reserved domains (.invalid)" in hit.explanation


@pytest.mark.parametrize(
    "values",
    [
        # MySQL definers and SSH-style logins: user@host without a domain are not mailboxes.
        tuple(f"{p.split('.')[0]}{i}@localhost" for i, p in enumerate(PEOPLE)),
        # A reserved word that is not the top-level domain.
        tuple(f"{p}@test.acme-{i}" for i, p in enumerate(PEOPLE)),
    ],
    ids=["user@localhost", "test label not at the end"],
)
def test_look_alikes_do_not_label_a_column_alone(values):
    assert "EMAIL_ADDRESS" not in _verdict("definer", values)


@pytest.mark.parametrize(
    "value, matches",
    [
        ("jane@acme.com.invalid", True),
        ("jane@sub.shop.test", True),
        ("jane@example.net", True),
        ("jane@mail.localhost", True),
        ("jane@localhost", False),
        ("jane@invalid", False),
        ("jane@example.co", False),
        ("jane@testing.com", False),
        ("jane at acme.test", False),
    ],
)
def test_reserved_recognizer(value, matches):
    assert bool(ReservedEmailRecognizer().analyze(value, ["EMAIL_ADDRESS"])) is matches


def test_note_is_empty_without_reserved_domains():
    assert reserved_domain_note(["a@acme.com", "not an address", "b@shop.internal"]) == ""
