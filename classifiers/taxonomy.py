"""What each entity is in law and in the fideslang taxonomy: GDPR, CCPA/CPRA, PCI DSS, fides key.

The reasoning behind each choice is in docs/taxonomy.md; change the two together.

>>> categories("EMAIL_ADDRESS")
Categories(gdpr='personal', ccpa='identifiers', pci='', fides='user.contact.email', sensitive=False)
>>> categories("CARD_CVV").pci
'sensitive_authentication_data'
>>> field_categories(["CREDIT_CARD", "CARD_LAST4"]).pci
'cardholder_data'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Literal

from lineage.core.errors import UnknownNameError

from .entities import ENTITIES

#: GDPR: personal data (Art. 4(1)), a special category (Art. 9(1)), or data relating to criminal
#: convictions and offences (Art. 10), which is no special category but has rules of its own.
Gdpr = Literal["personal", "special", "criminal"]

#: CCPA/CPRA categories of personal information, Cal. Civ. Code 1798.140(v)(1).
Ccpa = Literal[
    "identifiers",  # (v)(1)(A)
    "customer_records",  # (v)(1)(B), the records of 1798.80(e)
    "characteristics_of_protected_classifications",  # (v)(1)(C)
    "commercial_information",  # (v)(1)(D)
    "internet_activity",  # (v)(1)(F)
    "geolocation",  # (v)(1)(G)
    "sensory_information",  # (v)(1)(H) audio, electronic, visual... information
    "professional_or_employment_information",  # (v)(1)(I)
    "sensitive_personal_information",  # (v)(1)(L), defined in 1798.140(ae)
]

#: PCI DSS v4.0 account data: cardholder data, sensitive authentication data, or out of scope ("").
Pci = Literal["cardholder_data", "sensitive_authentication_data", ""]

#: A special category (Art. 9) and Art. 10 data are two regimes, neither of which covers the
#: other (for Art. 10 data consent alone is not enough: a law must authorise it, or an official
#: authority hold it); either covers plain personal data.
_GDPR_ORDER: tuple[Gdpr, ...] = ("criminal", "special", "personal")
_PCI_STRENGTH: dict[str, int] = {"": 0, "cardholder_data": 1, "sensitive_authentication_data": 2}

#: Entities that PCI DSS counts as cardholder data only when stored with the full PAN.
_CHD_WITH_PAN = frozenset({"PERSON_NAME", "CARD_EXPIRY"})


@dataclass(frozen=True)
class Categories:
    """The categories one entity falls under.

    ``ccpa`` is the category a CCPA notice lists the entity under; sensitive personal information
    wins over the category it also belongs to, because only it brings the right to limit
    (1798.121). ``sensitive`` is true for CPRA sensitive personal information, a GDPR special
    category or GDPR Art. 10 data.
    """

    gdpr: Gdpr
    ccpa: Ccpa
    pci: Pci
    fides: str
    sensitive: bool


@dataclass(frozen=True)
class FieldCategories:
    """The categories of a field holding several entities.

    ``gdpr`` lists the GDPR regimes of its entities: a special category and Art. 10 data both
    when it holds both (``("criminal", "special")``, as neither covers the other), else the one
    it holds, else personal. ``pci`` is the strongest of its entities' (sensitive authentication
    data beats cardholder data beats out of scope); ``ccpa`` and ``fides`` list every category in
    the entities' order, without repeats, as a notice or a fides dataset would.
    """

    gdpr: tuple[Gdpr, ...]
    ccpa: tuple[Ccpa, ...]
    pci: Pci
    fides: tuple[str, ...]
    sensitive: bool


def _c(gdpr: Gdpr, ccpa: Ccpa, pci: Pci, fides: str, sensitive: bool = False) -> Categories:
    return Categories(gdpr=gdpr, ccpa=ccpa, pci=pci, fides=fides, sensitive=sensitive)


_SPI: Ccpa = "sensitive_personal_information"
_CARD = "user.financial.credit_card"

_TABLE: dict[str, Categories] = {
    "PERSON_NAME": _c("personal", "identifiers", "", "user.name"),
    "EMAIL_ADDRESS": _c("personal", "identifiers", "", "user.contact.email"),
    "PHONE_NUMBER": _c("personal", "customer_records", "", "user.contact.phone_number"),
    "STREET_ADDRESS": _c("personal", "identifiers", "", "user.contact.address.street"),
    "CITY": _c("personal", "identifiers", "", "user.contact.address.city"),
    "POSTAL_CODE": _c("personal", "identifiers", "", "user.contact.address.postal_code"),
    "DATE_OF_BIRTH": _c(
        "personal",
        "characteristics_of_protected_classifications",
        "",
        "user.demographic.date_of_birth",
    ),
    "IP_ADDRESS": _c("personal", "identifiers", "", "user.device.ip_address"),
    "PASSWORD_HASH": _c("personal", _SPI, "", "user.authorization.password", sensitive=True),
    "CREDIT_CARD": _c("personal", "customer_records", "cardholder_data", _CARD),
    "CARD_LAST4": _c("personal", "customer_records", "", _CARD),
    "CARD_EXPIRY": _c("personal", "customer_records", "", _CARD),
    "CARD_CVV": _c("personal", _SPI, "sensitive_authentication_data", _CARD, sensitive=True),
    "PAYMENT_TOKEN": _c("personal", "customer_records", "", "user.payment"),
    "BANK_ACCOUNT": _c("personal", "customer_records", "", "user.financial.bank_account"),
    "NATIONAL_ID": _c("personal", _SPI, "", "user.government_id", sensitive=True),
    "TAX_ID": _c("personal", "identifiers", "", "user.government_id"),
    "USERNAME": _c("personal", "identifiers", "", "user.account.username"),
    "GENDER": _c(
        "personal", "characteristics_of_protected_classifications", "", "user.demographic.gender"
    ),
    "CARD_BIN": _c("personal", "customer_records", "", _CARD),
    "CARD_BRAND": _c("personal", "customer_records", "", _CARD),
    "OTHER_PERSONAL_DATA": _c("personal", "identifiers", "", "user"),
    "REGION": _c("personal", "identifiers", "", "user.contact.address.state"),
    "GEOLOCATION": _c("personal", _SPI, "", "user.location.precise", sensitive=True),
    "DEVICE_ID": _c("personal", "identifiers", "", "user.device.device_id"),
    "COOKIE_ID": _c("personal", "identifiers", "", "user.device.cookie_id"),
    "FREE_TEXT": _c("personal", "customer_records", "", "user.content"),
    "PHOTO": _c("personal", "sensory_information", "", "user.content.self_image"),
    "DEMOGRAPHIC": _c(
        "personal", "characteristics_of_protected_classifications", "", "user.demographic"
    ),
    "SENSITIVE_DEMOGRAPHIC": _c("special", _SPI, "", "user.demographic", sensitive=True),
    "FINANCIAL": _c("personal", "customer_records", "", "user.financial"),
    "INSURANCE_ID": _c(
        "personal",
        "customer_records",
        "",
        "user.health_and_medical.insurance_beneficiary_id",
    ),
    "HEALTH": _c("special", _SPI, "", "user.health_and_medical", sensitive=True),
    "CRIMINAL_OFFENCE": _c(
        "criminal",
        "professional_or_employment_information",
        "",
        "user.criminal_history",
        sensitive=True,
    ),
    "PHYSICAL": _c("personal", "customer_records", "", "user.demographic"),
}

#: Every entity's categories, in the order of :data:`classifiers.entities.ENTITIES`.
TAXONOMY: Mapping[str, Categories] = MappingProxyType({name: _TABLE[name] for name in ENTITIES})


def categories(entity: str, *, stored_with_pan: bool = False) -> Categories:
    """The categories of one entity.

    ``stored_with_pan``: the field sits in a dataset that also holds a full card number, which
    makes a cardholder's name or a card's expiry date cardholder data under PCI DSS.

    >>> categories("NATIONAL_ID").ccpa
    'sensitive_personal_information'
    >>> categories("CARD_EXPIRY").pci, categories("CARD_EXPIRY", stored_with_pan=True).pci
    ('', 'cardholder_data')
    >>> categories("EMAIL_ADRESS")
    Traceback (most recent call last):
    ...
    lineage.core.errors.UnknownNameError: unknown entity 'EMAIL_ADRESS'. Did you mean ...?
    """
    try:
        found = TAXONOMY[entity]
    except KeyError:
        raise UnknownNameError("entity", entity, TAXONOMY) from None
    if stored_with_pan and entity in _CHD_WITH_PAN:
        return replace(found, pci="cardholder_data")
    return found


def field_categories(entities: Iterable[str], *, stored_with_pan: bool = False) -> FieldCategories:
    """The categories of a field holding ``entities`` (names, strongest first as in a snapshot).

    >>> fc = field_categories(["CARD_CVV", "CREDIT_CARD"])
    >>> fc.pci, fc.ccpa, fc.sensitive
    ('sensitive_authentication_data', ('sensitive_personal_information', 'customer_records'), True)
    >>> field_categories([]).gdpr
    Traceback (most recent call last):
    ...
    ValueError: a field without entities has no categories
    >>> field_categories(["EMAIL_ADDRESS", "HEALTH", "CRIMINAL_OFFENCE"]).gdpr
    ('criminal', 'special')
    """
    each = [categories(e, stored_with_pan=stored_with_pan) for e in entities]
    if not each:
        raise ValueError("a field without entities has no categories")
    return FieldCategories(
        gdpr=_gdpr({c.gdpr for c in each}),
        ccpa=tuple(dict.fromkeys(c.ccpa for c in each)),
        pci=max((c.pci for c in each), key=_PCI_STRENGTH.__getitem__),
        fides=tuple(dict.fromkeys(c.fides for c in each)),
        sensitive=any(c.sensitive for c in each),
    )


def _gdpr(found: set[Gdpr]) -> tuple[Gdpr, ...]:
    """The GDPR regimes of a field: Art. 10 and Art. 9 both when both are found (neither covers
    the other), personal only when neither is."""
    strong = tuple(g for g in _GDPR_ORDER if g in found and g != "personal")
    return strong or ("personal",)
