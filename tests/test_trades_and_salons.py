"""The fifty-third round's people named by a trade that serves clients in person (a salon's
stylists, a household's nanny: ``NameWords.TRADES``), a salon's and a spa's own contact details
(``ORGANISATION_TABLES``, ``OWN_PREMISES``), and premises open to the public keyed to whoever
runs them: made-up tables of several domains flagged (a salon that names its contact person, a
vendor keyed to its owner), then what must not be (a salon's and a pharmacy's own line keyed to
whoever runs them, a salon's hairstyles, a theme's style sheets, a spa's treatments)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_ROWS = 12
_IDS = tuple(range(1, _ROWS + 1))
_FULL_NAMES = ("Ines Vale", "Tobias Reed", "Ada Quenby", "Bruno Hale") * 3
_PICTURES = tuple(f"https://cdn.example.org/staff/{i}/profile.jpg" for i in _IDS)
_PHONES = tuple(f"+44 20 7946 {i:04d}" for i in range(100, 100 + _ROWS))
_EMAILS = tuple(f"desk{i}@example.org" for i in _IDS)
_SHOPS = ("Quarry Lane Hair", "Mill Road Cuts", "Ashcombe Spa", "Tilbury Barbers") * 3
_STREETS = tuple(f"{n} Quarry Lane" for n in range(3, 3 + _ROWS))
_GMAILS = tuple(f"{n.lower().replace(' ', '.')}{i}@gmail.com" for i, n in enumerate(_FULL_NAMES))
_MOBILES = tuple(f"0770090{i:04d}" for i in range(100, 100 + _ROWS))


def _found(table: str, columns: dict[str, tuple[object, ...]], column: str) -> set[str]:
    types = {"salon_id": "int", "rating": "float", "user_id": "int", "owner_id": "int"}
    return set(explanations(table, columns, types)[column])


_STYLISTS = {
    "id": _IDS,
    "name": _FULL_NAMES,
    "salon_id": _IDS,
    "position": ("Senior Stylist", "Manager") * 6,
    "rating": (4.5,) * _ROWS,
    "image_url": _PICTURES,
}


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a salon's stylists: their names and portraits
        ("hairstylists", _STYLISTS, "name", "PERSON_NAME"),
        ("hairstylists", _STYLISTS, "image_url", "PHOTO"),
        ("hair_stylists", _STYLISTS, "name", "PERSON_NAME"),
        # a barbershop's barbers and a beauty parlour's beauticians
        ("barbers", {"id": _IDS, "name": _FULL_NAMES, "phone": _PHONES}, "name", "PERSON_NAME"),
        (
            "beauticians",
            {"id": _IDS, "name": _FULL_NAMES, "phone": _PHONES},
            "phone",
            "PHONE_NUMBER",
        ),
        # an agency's nannies
        (
            "nannies",
            {"id": _IDS, "name": _FULL_NAMES, "photo_url": _PICTURES},
            "name",
            "PERSON_NAME",
        ),
        # a salon that names its contact person: its phone reaches her
        (
            "salons",
            {"id": _IDS, "name": _SHOPS, "contact_person": _FULL_NAMES, "phone": _PHONES},
            "phone",
            "PHONE_NUMBER",
        ),
        # a vendor keyed to its owner: a sole trader's phone may be the owner's own
        (
            "vendors",
            {"id": _IDS, "owner_id": _IDS, "name": _SHOPS, "phone": _PHONES},
            "phone",
            "PHONE_NUMBER",
        ),
        # a salon's clients: a table of people keyed to the salon
        (
            "salon_clients",
            {"id": _IDS, "salon_id": _IDS, "name": _FULL_NAMES, "phone": _PHONES},
            "phone",
            "PHONE_NUMBER",
        ),
        # narrowed on review: a sole trader's shop, store or school keyed to its owner keeps
        # the owner's own mailbox and mobile
        (
            "shops",
            {"id": _IDS, "user_id": _IDS, "shop_name": _SHOPS, "email": _GMAILS, "phone": _MOBILES},
            "email",
            "EMAIL_ADDRESS",
        ),
        (
            "shops",
            {"id": _IDS, "user_id": _IDS, "shop_name": _SHOPS, "email": _GMAILS, "phone": _MOBILES},
            "phone",
            "PHONE_NUMBER",
        ),
        (
            "stores",
            {"id": _IDS, "owner_id": _IDS, "name": _SHOPS, "email": _GMAILS},
            "email",
            "EMAIL_ADDRESS",
        ),
        (
            "schools",
            {"id": _IDS, "owner_user_id": _IDS, "name": _SHOPS, "email": _GMAILS},
            "email",
            "EMAIL_ADDRESS",
        ),
    ],
)
def test_flagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity in _found(table, columns, column)


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a salon's and a spa's own listing, keyed to the owner's account
        (
            "salons",
            {
                "id": _IDS,
                "user_id": _IDS,
                "name": _SHOPS,
                "address": _STREETS,
                "contact_number": _PHONES,
            },
            "contact_number",
            "PHONE_NUMBER",
        ),
        (
            "spas",
            {"id": _IDS, "owner_id": _IDS, "name": _SHOPS, "email": _EMAILS, "phone": _PHONES},
            "email",
            "EMAIL_ADDRESS",
        ),
        # a pharmacy keyed to its manager, a supplier keyed to the user who keeps it
        (
            "pharmacy",
            {"id": _IDS, "managerid": _IDS, "name": _SHOPS, "address": _STREETS, "phone": _PHONES},
            "phone",
            "PHONE_NUMBER",
        ),
        (
            "suppliers",
            {"id": _IDS, "user_id": _IDS, "name": _SHOPS, "email": _EMAILS},
            "email",
            "EMAIL_ADDRESS",
        ),
        # a salon's catalogue of hairstyles, and a theme's style sheets
        (
            "hairstyles",
            {"id": _IDS, "name": ("Bob", "Pixie", "Bowl Cut") * 4, "image_url": _PICTURES},
            "name",
            "PERSON_NAME",
        ),
        (
            "hairstyles",
            {"id": _IDS, "name": ("Bob", "Pixie", "Bowl Cut") * 4, "image_url": _PICTURES},
            "image_url",
            "PHOTO",
        ),
        (
            "stylesheets",
            {"id": _IDS, "name": ("main", "print", "dark") * 4, "url": _PICTURES},
            "name",
            "PERSON_NAME",
        ),
        # a spa's treatments
        (
            "spa_treatments",
            {"id": _IDS, "name": ("Hot stone", "Facial", "Sauna") * 4, "image_url": _PICTURES},
            "image_url",
            "PHOTO",
        ),
        # narrowed on review: a herd's nanny goats, named, with their breed
        (
            "nannies",
            {
                "id": _IDS,
                "name": ("Daisy", "Clover", "Pepper", "Hazel") * 3,
                "breed": ("Nubian", "Saanen", "Alpine") * 4,
                "tag": tuple(f"NG-{i}" for i in _IDS),
                "kidding_date": ("2024-03-01",) * _ROWS,
            },
            "name",
            "PERSON_NAME",
        ),
        # a pharmacy keyed to its manager (a role that runs premises for an organisation)
        (
            "pharmacies",
            {"id": _IDS, "manager_id": _IDS, "name": _SHOPS, "phone": _PHONES},
            "phone",
            "PHONE_NUMBER",
        ),
    ],
)
def test_not_flagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity not in _found(table, columns, column)
