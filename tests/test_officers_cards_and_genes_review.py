"""The fifty-first round's rules as narrowed on review: made-up tables of other domains that the
first cut flagged and main did not (a committee's roster with officer flags, a club's officers'
own homes, a hearing's respondent, a lab's cell lines, a fly stock, a snake breeder's stock, a
class's Punnett squares, a game's pets, a card reader's serials, an empty card widget, a Russian
translator's note, a ministry's order, a road's and a table's widths, a supplier's, a parking
fine's and a café till's payments), then people the narrowed rules still find."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_ROWS = 12
_IDS = tuple(range(_ROWS))
_TYPES = {
    "id": "int",
    "chair_id": "int",
    "secretary_id": "int",
    "president_id": "int",
    "researcher_id": "int",
    "user_id": "int",
    "student_id": "int",
    "player_id": "int",
    "customer_id": "int",
    "participant_id": "int",
    "patient_id": "int",
    "recipient_id": "int",
    "rider_id": "int",
    "employee_id": "int",
    "staff_id": "int",
    "teacher_id": "int",
    "allele": "smallint",
    "amount": "numeric",
    "tip": "numeric",
}
_NAMES = ("Ines Vale", "Tobias Reed", "Ada Quenby", "Bruno Hale") * 3
_STREETS = tuple(f"{n} Quarry Lane" for n in range(3, 3 + _ROWS))
_TOWNS = ("Redmarsh", "Ashcombe", "Tillbury", "Wexmoor") * 3
_POSTCODES = ("RM4 7QT", "AC2 9LX", "TB11 3PD", "WX7 1HN") * 3
_FLAGS = (False, True, False, False) * 3
#: Sixteen digits in groups that fail the Luhn check, as a generator's made-up cards do.
_CARDS = ("7310 4482 0956 1127", "8820 1937 4465 0318", "6304 9920 1845 7731") * 4
_COMMITTEE = {
    "id": _IDS,
    "name": _NAMES,
    "street": _STREETS,
    "town": _TOWNS,
    "postcode": _POSTCODES,
    "chair": _FLAGS,
    "secretary": _FLAGS,
    "treasurer": _FLAGS,
}
_CLUB_OFFICERS_HOMES = {
    "id": _IDS,
    "name": ("Ashcombe Chess Circle",) * _ROWS,
    "chair_name": _NAMES,
    "chair_street": _STREETS,
    "chair_postcode": _POSTCODES,
    "secretary_name": _NAMES,
    "treasurer_name": _NAMES,
}


def _found(
    table: str, columns: dict[str, tuple[object, ...]], column: str, **types: str
) -> set[str]:
    return set(explanations(table, columns, {**_TYPES, **types})[column])


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a committee's roster: its members' homes, whatever their officer flags say
        ("committee", _COMMITTEE, "street", "STREET_ADDRESS"),
        ("committee", _COMMITTEE, "postcode", "POSTAL_CODE"),
        (
            "pta_committee",
            {
                "id": _IDS,
                "name": _NAMES,
                "address": _STREETS,
                "postcode": _POSTCODES,
                "chairperson": ("N",) * _ROWS,
                "secretary": ("N", "Y") * 6,
                "treasurer": ("N",) * _ROWS,
            },
            "address",
            "STREET_ADDRESS",
        ),
        # a neutral name for the same roster: only the flags' type tells it from a club's row
        (
            "directory",
            {**_COMMITTEE, "chair": ("0", "1", "0", "0") * 3},
            "street",
            "STREET_ADDRESS",
        ),
        # a club's row with its chair's own home
        ("clubs", _CLUB_OFFICERS_HOMES, "chair_street", "STREET_ADDRESS"),
        ("clubs", _CLUB_OFFICERS_HOMES, "chair_postcode", "POSTAL_CODE"),
        # an association's officers beside a member's address
        (
            "association_register",
            {
                "id": _IDS,
                "association": ("Wexmoor Allotments",) * _ROWS,
                "chair_id": _IDS,
                "secretary_id": _IDS,
                "member_name": _NAMES,
                "member_street": _STREETS,
                "member_postcode": _POSTCODES,
            },
            "member_street",
            "STREET_ADDRESS",
        ),
        # a hearing's respondent beside the panel's chair and secretary
        (
            "hearings",
            {
                "id": _IDS,
                "case_no": ("H-1",) * _ROWS,
                "chair_id": _IDS,
                "secretary_id": _IDS,
                "respondent_name": _NAMES,
                "respondent_street": _STREETS,
                "respondent_postcode": _POSTCODES,
            },
            "respondent_street",
            "STREET_ADDRESS",
        ),
        # an exam's candidate beside the jury's president and secretary
        (
            "exam_sittings",
            {
                "id": _IDS,
                "candidate": _NAMES,
                "street": _STREETS,
                "city": _TOWNS,
                "postcode": _POSTCODES,
                "president_id": _IDS,
                "secretary_id": _IDS,
            },
            "street",
            "STREET_ADDRESS",
        ),
        # a marriage's couple beside the registrar and the secretary
        (
            "marriages",
            {
                "id": _IDS,
                "spouses": _NAMES,
                "home_street": _STREETS,
                "home_postcode": _POSTCODES,
                "president": _NAMES,
                "secretary": _NAMES,
            },
            "home_street",
            "STREET_ADDRESS",
        ),
    ],
)
def test_still_flagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity in _found(table, columns, column, chair="boolean")


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a lab's cell lines keyed to the researcher who keeps them
        (
            "cell_lines",
            {"id": (), "researcher_id": (), "name": ("HeLa-7",), "karyotype": ("46,XX",)},
            "karyotype",
            "HEALTH",
        ),
        # a fly stock centre's and a reptile breeder's stocks, keyed to the user who keeps them
        (
            "fly_stocks",
            {"id": (), "user_id": (), "stock_no": ("BL-1",), "genotype": ("w[1118]",)},
            "genotype",
            "HEALTH",
        ),
        (
            "snakes",
            {"id": (), "user_id": (), "name": ("Noodle",), "genotype": ("het clown",)},
            "genotype",
            "HEALTH",
        ),
        # a genetics class's Punnett squares, keyed to the student who works them
        (
            "punnett_exercises",
            {"id": (), "student_id": (), "parent_genotype": ("Aa x Aa",)},
            "parent_genotype",
            "HEALTH",
        ),
        # a game's breedable pets, keyed to the player
        (
            "chocobos",
            {"id": (), "player_id": (), "name": ("Boco",), "genotype": ("GgRr",)},
            "genotype",
            "HEALTH",
        ),
        # a bank's card readers: a model and a twelve-digit serial, no holder
        (
            "bank_cards",
            {
                "id": _IDS,
                "model": ("Ingenico",) * _ROWS,
                "number": tuple(f"{100000000000 + i * 7919}" for i in _IDS),
            },
            "number",
            "CREDIT_CARD",
        ),
        # a site's empty widget of payment cards: a title, an icon, a number
        (
            "payment_cards",
            {"id": (), "title": (), "icon": (), "number": ()},
            "number",
            "CREDIT_CARD",
        ),
        # a SIM card's ICCID (twenty digits) keyed to its customer: no payment card
        (
            "payment_cards",
            {
                "id": _IDS,
                "customer_id": _IDS,
                "number": tuple(f"894400123456789{i:05d}" for i in _IDS),
            },
            "number",
            "CREDIT_CARD",
        ),
        # Russian abbreviations of a street type that mean much else: a translation, a
        # ministry's order, a motorway's kilometre, a table's width
        (
            "books",
            {"id": _IDS, "note": tuple(f"пер. с англ. Н. Галь, {1960 + i}" for i in _IDS)},  # noqa: RUF001
            "note",
            "STREET_ADDRESS",
        ),
        (
            "books",
            {"id": _IDS, "translation": tuple(f"пер. Б. Пастернака {1940 + i}" for i in _IDS)},
            "translation",
            "STREET_ADDRESS",
        ),
        (
            "documents",
            {"id": _IDS, "basis": tuple(f"пр. Минздрава России {300 + i}" for i in _IDS)},
            "basis",
            "STREET_ADDRESS",
        ),
        (
            "road_markers",
            {"id": _IDS, "marker": tuple(f"Новорижское ш. {20 + i}" for i in _IDS)},
            "marker",
            "STREET_ADDRESS",
        ),
        (
            "products",
            {"id": _IDS, "name": tuple(f"Стол обеденный ш. {100 + i * 10}" for i in _IDS)},
            "name",
            "STREET_ADDRESS",
        ),
        # payments that an employee entered, took or approved: a supplier's, a parking fine, a
        # café's till, a school trip's, a project's, a utility's
        (
            "vendor_payments",
            {"id": (), "vendor_name": ("Acme Ltd",), "employee_id": (), "amount": ("120.00",)},
            "amount",
            "FINANCIAL",
        ),
        (
            "vendor_payments",
            {"id": (), "employee_id": (), "amount": ("120.00",), "paid_at": ("2024-01-02",)},
            "amount",
            "FINANCIAL",
        ),
        (
            "payments",
            {"id": (), "supplier": ("Acme Ltd",), "employee_id": (), "amount": ("120.00",)},
            "amount",
            "FINANCIAL",
        ),
        (
            "parking_payments",
            {"id": (), "licence_plate": ("AB12 CDE",), "employee_id": (), "amount": ("60.00",)},
            "amount",
            "FINANCIAL",
        ),
        (
            "payments",
            {"id": (), "staff_id": (), "payment_method": ("cash",), "amount": ("4.50",)},
            "amount",
            "FINANCIAL",
        ),
        (
            "payments",
            {"id": (), "teacher_id": (), "trip": ("Zoo",), "amount": ("15.00",)},
            "amount",
            "FINANCIAL",
        ),
        (
            "payments",
            {"id": (), "project_code": ("P-7",), "employee_id": (), "amount": ("1500.00",)},
            "amount",
            "FINANCIAL",
        ),
        (
            "utility_payments",
            {"id": (), "account": ("ACC-9",), "staff_id": (), "amount": ("45.00",)},
            "amount",
            "FINANCIAL",
        ),
    ],
)
def test_not_flagged_elsewhere(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity not in _found(table, columns, column)


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a patient's HLA typing, a study participant's genotype, a kit customer's haplogroup
        ("hla", {"id": (), "patient_id": (), "locus": ("A",), "allele": (2,)}, "allele", "HEALTH"),
        (
            "genotyping_results",
            {"id": (), "participant_id": (), "genotype": ("rs123 AG",)},
            "genotype",
            "HEALTH",
        ),
        (
            "dna_kits",
            {"id": (), "customer_id": (), "haplogroup": ("H1a",)},
            "haplogroup",
            "HEALTH",
        ),
        # a bank card keyed to its holder, and one whose holder is named beside it
        (
            "bank_card",
            {"id": _IDS, "user_id": _IDS, "num": tuple(c.replace(" ", "-") for c in _CARDS)},
            "num",
            "CREDIT_CARD",
        ),
        (
            "creditcards",
            {"id": _IDS, "holder_name": _NAMES, "nr": tuple(c.replace(" ", "") for c in _CARDS)},
            "nr",
            "CREDIT_CARD",
        ),
        # a short street type before a house's or a flat's word; a long one or one after the name
        (
            "rides",
            {
                "id": _IDS,
                "rider_id": _IDS,
                "pickup": tuple(f"пер. Садовый, д. {i + 3}, кв. {i + 7}" for i in _IDS),
            },
            "pickup",
            "STREET_ADDRESS",
        ),
        (
            "rides",
            {
                "id": _IDS,
                "rider_id": _IDS,
                "dropoff": tuple(f"Ленинский пр-т, д. {i + 12}" for i in _IDS),
            },
            "dropoff",
            "STREET_ADDRESS",
        ),
        (
            "deliveries",
            {
                "id": _IDS,
                "recipient_id": _IDS,
                "dropoff": tuple(
                    f"м. Київ, вул. Хрещатик, буд. {i + 2}, кв. {i + 5}" for i in _IDS
                ),
            },
            "dropoff",
            "STREET_ADDRESS",
        ),
    ],
)
def test_narrowed_rules_still_flag(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity in _found(table, columns, column)
