"""Every entity's GDPR, CCPA/CPRA, PCI DSS and fideslang categories (docs/taxonomy.md)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest
from fideslang.default_taxonomy import DEFAULT_TAXONOMY

from classifiers.entities import ENTITIES
from classifiers.taxonomy import (
    TAXONOMY,
    Ccpa,
    Gdpr,
    Pci,
    categories,
    field_categories,
)
from lineage.core.errors import UnknownNameError

FIDES_KEYS = {c.fides_key for c in DEFAULT_TAXONOMY.data_category}
DOCS = Path(__file__).parent.parent / "docs" / "taxonomy.md"


def test_every_entity_has_categories_in_the_vocabularies():
    assert list(TAXONOMY) == list(ENTITIES)
    for name in ENTITIES:
        c = categories(name)
        assert c.gdpr in get_args(Gdpr), name
        assert c.ccpa in get_args(Ccpa), name
        assert c.pci in get_args(Pci), name
        assert c.fides in FIDES_KEYS, f"{name}: {c.fides} is not a fideslang data category"
        assert c.sensitive == (
            c.gdpr in {"special", "criminal"} or c.ccpa == "sensitive_personal_information"
        )


@pytest.mark.parametrize(
    ("entity", "gdpr", "ccpa", "pci", "fides", "sensitive"),
    [
        ("PERSON_NAME", "personal", "identifiers", "", "user.name", False),
        ("EMAIL_ADDRESS", "personal", "identifiers", "", "user.contact.email", False),
        ("PHONE_NUMBER", "personal", "customer_records", "", "user.contact.phone_number", False),
        ("IP_ADDRESS", "personal", "identifiers", "", "user.device.ip_address", False),
        ("CREDIT_CARD", "personal", "customer_records", "cardholder_data", None, False),
        ("CARD_CVV", "personal", "sensitive_personal_information", "sensitive_authentication_data",
         None, True),
        ("CARD_LAST4", "personal", "customer_records", "", None, False),
        ("CARD_BIN", "personal", "customer_records", "", None, False),
        ("CARD_EXPIRY", "personal", "customer_records", "", None, False),
        ("PAYMENT_TOKEN", "personal", "customer_records", "", None, False),
        ("NATIONAL_ID", "personal", "sensitive_personal_information", "", "user.government_id",
         True),
        ("PASSWORD_HASH", "personal", "sensitive_personal_information", "",
         "user.authorization.password", True),
        ("GEOLOCATION", "personal", "sensitive_personal_information", "", "user.location.precise",
         True),
        ("DATE_OF_BIRTH", "personal", "characteristics_of_protected_classifications", "",
         "user.demographic.date_of_birth", False),
        ("GENDER", "personal", "characteristics_of_protected_classifications", "",
         "user.demographic.gender", False),
        ("DEVICE_ID", "personal", "identifiers", "", "user.device.device_id", False),
        ("COOKIE_ID", "personal", "identifiers", "", "user.device.cookie_id", False),
    ],
)  # fmt: skip
def test_expected_categories(entity, gdpr, ccpa, pci, fides, sensitive):
    c = categories(entity)
    assert (c.gdpr, c.ccpa, c.pci, c.sensitive) == (gdpr, ccpa, pci, sensitive)
    if fides is not None:
        assert c.fides == fides


def test_card_data_is_under_the_credit_card_fides_key():
    for name in ("CREDIT_CARD", "CARD_LAST4", "CARD_EXPIRY", "CARD_CVV", "CARD_BIN"):
        assert categories(name).fides == "user.financial.credit_card", name


def test_name_and_expiry_are_cardholder_data_only_with_the_pan():
    for name in ("PERSON_NAME", "CARD_EXPIRY"):
        assert categories(name).pci == ""
        assert categories(name, stored_with_pan=True).pci == "cardholder_data"
    # Truncated card data stays out of scope next to a PAN: it is not a PCI DSS data element.
    assert categories("CARD_LAST4", stored_with_pan=True).pci == ""
    assert categories("EMAIL_ADDRESS", stored_with_pan=True).pci == ""


def test_unknown_entity_says_what_was_meant():
    with pytest.raises(UnknownNameError, match="Did you mean 'CREDIT_CARD'"):
        categories("CREDIT_CRAD")


@pytest.mark.parametrize(
    ("entities", "gdpr", "ccpa", "pci", "fides", "sensitive"),
    [
        (["EMAIL_ADDRESS"], ("personal",), ("identifiers",), "", ("user.contact.email",), False),
        (
            ["CREDIT_CARD", "CARD_CVV"],
            ("personal",),
            ("customer_records", "sensitive_personal_information"),
            "sensitive_authentication_data",
            ("user.financial.credit_card",),
            True,
        ),
        (
            ["CARD_LAST4", "CREDIT_CARD"],
            ("personal",),
            ("customer_records",),
            "cardholder_data",
            ("user.financial.credit_card",),
            False,
        ),
        (
            ["EMAIL_ADDRESS", "USERNAME", "EMAIL_ADDRESS"],
            ("personal",),
            ("identifiers",),
            "",
            ("user.contact.email", "user.account.username"),
            False,
        ),
    ],
)
def test_field_categories_take_the_strongest(entities, gdpr, ccpa, pci, fides, sensitive):
    fc = field_categories(entities)
    assert (fc.gdpr, fc.ccpa, fc.pci, fc.fides, fc.sensitive) == (gdpr, ccpa, pci, fides, sensitive)


@pytest.mark.parametrize(
    ("entities", "gdpr"),
    [
        (["EMAIL_ADDRESS", "HEALTH"], ("special",)),
        (["EMAIL_ADDRESS", "CRIMINAL_OFFENCE"], ("criminal",)),
        # neither regime covers the other; the order is fixed, not the entities'
        (["CRIMINAL_OFFENCE", "HEALTH"], ("criminal", "special")),
        (["HEALTH", "CRIMINAL_OFFENCE"], ("criminal", "special")),
        (["HEALTH", "EMAIL_ADDRESS", "CRIMINAL_OFFENCE"], ("criminal", "special")),
    ],
)
def test_special_and_criminal_beat_personal(entities, gdpr):
    fc = field_categories(entities)
    assert fc.gdpr == gdpr and fc.sensitive


def test_field_categories_of_unknown_entity_fail():
    with pytest.raises(UnknownNameError):
        field_categories(["EMAIL_ADDRESS", "NOPE"])


def test_docs_table_matches_the_code():
    rows = {}
    for line in DOCS.read_text().splitlines():
        cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
        if len(cells) >= 5 and cells[0] in ENTITIES:
            rows[cells[0]] = cells
    assert set(rows) == set(ENTITIES)
    for name, cells in rows.items():
        c = categories(name)
        assert cells[1].startswith(c.gdpr), name
        assert re.match(re.escape(c.ccpa) + r"\b", cells[2]), name
        assert cells[3].startswith(c.pci or "—"), name
        assert cells[4] == c.fides, name


def test_pii_fields_csv_carries_the_categories():
    from lineage.core.model import EntityHit, Field, Snapshot
    from lineage.export.tables import PII_FIELD_COLUMNS, pii_fields_frame

    def field(dataset, name, *entities):
        hits = tuple(EntityHit(e, 0.9, ("names",), "column name") for e in entities)
        return Field("shop", dataset, name, "text", entities=hits)

    snapshot = Snapshot(
        scanned_at="2026-01-01T00:00:00Z",
        piimap_version="test",
        fields=(
            field("cards", "pan", "CREDIT_CARD"),
            field("cards", "holder", "PERSON_NAME"),
            field("cards", "security", "CARD_CVV", "CREDIT_CARD"),
            field("customers", "name", "PERSON_NAME"),
            field("customers", "contact", "EMAIL_ADDRESS", "USERNAME", "PHONE_NUMBER"),
            field("customers", "loyalty", "LOYALTY_NUMBER"),  # a user recognizer's entity
            field("customers", "flag"),
        ),
    )
    frame = pii_fields_frame(snapshot)
    assert list(frame.columns[:9]) == [
        "system", "dataset", "field", "entities", "confidence", "gdpr", "ccpa", "pci", "fides",
    ]  # fmt: skip
    assert list(frame.columns) == PII_FIELD_COLUMNS
    rows = {(r.dataset, r.field): r for r in frame.itertuples()}
    assert ("customers", "flag") not in rows
    assert rows["cards", "pan"].pci == "cardholder_data"
    assert rows["cards", "holder"].pci == "cardholder_data"  # a name stored with the PAN
    assert rows["customers", "name"].pci == ""
    security = rows["cards", "security"]
    assert security.pci == "sensitive_authentication_data"  # the strongest of CVV and PAN
    assert security.ccpa == "sensitive_personal_information;customer_records"
    assert security.fides == "user.financial.credit_card"
    contact = rows["customers", "contact"]
    assert contact.gdpr == "personal"
    assert contact.ccpa == "identifiers;customer_records"
    assert contact.fides == "user.contact.email;user.account.username;user.contact.phone_number"
    loyalty = rows["customers", "loyalty"]
    assert (loyalty.entities, loyalty.gdpr, loyalty.fides) == ("LOYALTY_NUMBER", "", "")
