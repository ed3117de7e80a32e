"""Rules on made-up tables of many domains: a role's name beside the role's key, a bare number
in a table of a person's phones or bank accounts, health flags and pairs (a pregnancy, a
substance's use, dietary needs), a body's measurements, a case's notes, an emergency contact
after the table's own word, a parent's name as a sign of a person's row, handles
and pen names, and glossary readings (Greek spelt several ways, Slovenian adjectives alone,
Vietnamese kin glued after their head); then look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations, found

_ROWS = 12
_IDS = tuple(range(1, _ROWS + 1))
_NAMES = ("Orla Fenwick", "Piet Hanssen", "Maren Dusk", "Idris Vale") * 3
_FIRST = ("Orla", "Piet", "Maren", "Idris") * 3
_LAST = ("Fenwick", "Hanssen", "Dusk", "Vale") * 3
_BIRTHS = tuple(f"19{60 + i}-0{1 + i % 9}-1{i % 9}" for i in _IDS)
_PHONES = ("+44 20 7946 0312", "+44 161 496 0735", "+44 113 496 0274") * 4
_IBANS = ("GB29 NWBK 6016 1331 9268 19", "DE89 3704 0044 0532 0130 00") * 6
_EMPTY: tuple[object, ...] = ()
Columns = dict[str, tuple[object, ...]]


_BOOL = "boolean"
_CASES: list[tuple[str, Columns, str, dict[str, str] | None, str]] = [
    # a role's name beside its key
    (
        "lab_orders",
        {"id": _IDS, "dentist": _NAMES, "dentist_id": _IDS},
        "dentist",
        None,
        "PERSON_NAME",
    ),
    (
        "deals",
        {"id": _IDS, "salesperson": _EMPTY, "salesperson_id": _EMPTY},
        "salesperson",
        None,
        "PERSON_NAME",
    ),
    # a bare number in a table of a person's phones or bank accounts
    (
        "member_phones",
        {"id": _IDS, "member_id": _IDS, "kind": ("home",) * 12, "number": _PHONES},
        "number",
        None,
        "PHONE_NUMBER",
    ),
    (
        "bank_accounts",
        {"id": _IDS, "employee_id": _IDS, "number": _IBANS},
        "number",
        None,
        "BANK_ACCOUNT",
    ),
    # health: a pregnancy, a substance's use, dietary needs, a camper's medical form
    (
        "antenatal_visits",
        {"id": _IDS, "patient_id": _IDS, "trimester": ("second",) * 12},
        "trimester",
        None,
        "HEALTH",
    ),
    (
        "maternity_intake",
        {"id": _IDS, "patient_id": _IDS, "pregnant_at_intake": _EMPTY},
        "pregnant_at_intake",
        {"pregnant_at_intake": _BOOL},
        "HEALTH",
    ),
    (
        "rehab_intake",
        {"id": _IDS, "resident_id": _IDS, "alcohol_abuse": _EMPTY},
        "alcohol_abuse",
        {"alcohol_abuse": _BOOL},
        "HEALTH",
    ),
    (
        "drug_use_screening",
        {"id": _IDS, "resident_id": _IDS, "substance": ("opioids",) * 12},
        "substance",
        None,
        "HEALTH",
    ),
    (
        "conference_attendees",
        {
            "id": _IDS,
            "first_name": _FIRST,
            "last_name": _LAST,
            "email": _EMPTY,
            "dietary_requirements": ("vegan", "halal", "none") * 4,
        },
        "dietary_requirements",
        None,
        "HEALTH",
    ),
    (
        "medical_forms",
        {"id": _IDS, "camper_id": _IDS, "allergies": ("bees", "none") * 6},
        "allergies",
        None,
        "HEALTH",
    ),
    # a body's measurements beside a birth date and a gender
    (
        "dancers",
        {
            "id": _IDS,
            "date_of_birth": _BIRTHS,
            "gender": ("f", "m") * 6,
            "waist": (61, 72) * 6,
            "hips": (90, 95) * 6,
            "bust": (84, 90) * 6,
        },
        "hips",
        {"waist": "integer", "hips": "integer", "bust": "integer"},
        "PHYSICAL",
    ),
    # a case's notes and plan
    (
        "case_notes",
        {"id": _IDS, "client_id": _IDS, "entry_text": ("Met at the library",) * 12},
        "entry_text",
        None,
        "FREE_TEXT",
    ),
    (
        "clients",
        {"id": _IDS, "first_name": _FIRST, "last_name": _LAST, "case_plan": _EMPTY},
        "case_plan",
        None,
        "FREE_TEXT",
    ),
    # an emergency contact after the table's own word
    (
        "volunteers",
        {
            "id": _IDS,
            "first_name": _FIRST,
            "last_name": _LAST,
            "volunteer_emergency_contact": _NAMES,
        },
        "volunteer_emergency_contact",
        None,
        "FREE_TEXT",
    ),
    # a parent's name beside a birth date: the row is a person's (a pupil's)
    (
        "pupil_register",
        {
            "id": _IDS,
            "name": _NAMES,
            "birth_date": _BIRTHS,
            "mother_name": _NAMES,
            "birth_place": ("Leeds", "Hull") * 6,
        },
        "birth_place",
        None,
        "DEMOGRAPHIC",
    ),
    # a handle by its short name beside another platform; a pen name
    (
        "members",
        {"id": _IDS, "name": _NAMES, "twitter": ("@orla",) * 12, "fb": ("orla.f",) * 12},
        "fb",
        None,
        "USERNAME",
    ),
    (
        "writers",
        {"id": _IDS, "first_name": _FIRST, "last_name": _LAST, "pseudonym": _NAMES},
        "pseudonym",
        None,
        "PERSON_NAME",
    ),
    # Greek spelt several ways: an employee's birth date and pay, a player's injury
    (
        "ypallhloi",
        {
            "id": _IDS,
            "onomatepwnumo": _NAMES,
            "hmerominia_gennhshs": _BIRTHS,
            "amoibh": (1200.0, 1500.0) * 6,
        },
        "hmerominia_gennhshs",
        None,
        "DATE_OF_BIRTH",
    ),
    (
        "travmatismoi",
        {"aem_paikth": _IDS, "perigrafh": ("Sprained ankle",) * 12, "sovarothta": ("mild",) * 12},
        "sovarothta",
        None,
        "HEALTH",
    ),
    # Slovenian adjectives alone: a tax number, a table of phone numbers
    (
        "zaposleni",
        {"id": _IDS, "ime": _FIRST, "priimek": _LAST, "davcna": ("12345678",) * 12},
        "davcna",
        None,
        "TAX_ID",
    ),
    (
        "telefonske",
        {"id": _IDS, "oseba_id": _IDS, "vrsta": ("dom",) * 12, "stevilka": _PHONES},
        "stevilka",
        None,
        "PHONE_NUMBER",
    ),
    # Vietnamese kin glued after their head: a pupil's mother's name and card
    (
        "hocsinh",
        {
            "id": _IDS,
            "hoten": _NAMES,
            "ngaysinh": _BIRTHS,
            "tenme": _NAMES,
            "cccdme": ("079123456789",) * 12,
        },
        "tenme",
        None,
        "PERSON_NAME",
    ),
]


@pytest.mark.parametrize(
    ("table", "columns", "column", "types", "entity"),
    _CASES,
    ids=[f"{c[0]}.{c[2]}" for c in _CASES],
)
def test_a_column_found_through_its_row_or_its_table(
    table: str, columns: Columns, column: str, types: dict[str, str] | None, entity: str
) -> None:
    assert entity in found(table, columns, column, types)


_LOOKALIKES: list[tuple[str, Columns, str, dict[str, str] | None]] = [
    # a role's label or a firm beside its key, a thing's category
    (
        "tickets",
        {"id": _IDS, "assignee": ("Helpdesk", "Tier 2") * 6, "assignee_id": _IDS},
        "assignee",
        None,
    ),
    ("orders", {"id": _IDS, "customer": _EMPTY, "customer_id": _EMPTY}, "customer", None),
    ("products", {"id": _IDS, "category": ("tools",) * 12, "category_id": _IDS}, "category", None),
    # a store's phones, a firm's accounts, a kind of phone
    ("store_phones", {"id": _IDS, "store_id": _IDS, "number": _EMPTY}, "number", None),
    ("bank_accounts", {"id": _IDS, "company_id": _IDS, "number": _EMPTY}, "number", None),
    ("phone_types", {"id": _IDS, "person_id": _IDS, "number": _IDS}, "number", None),
    # a flag that is a rule, a menu's needs, a programme's catalogue
    (
        "employees",
        {"id": _IDS, "first_name": _FIRST, "last_name": _LAST, "vaccination_required": _EMPTY},
        "vaccination_required",
        {"vaccination_required": _BOOL},
    ),
    (
        "menu_items",
        {"id": _IDS, "title": ("Soup",) * 12, "dietary_restrictions": ("vegan",) * 12},
        "dietary_restrictions",
        None,
    ),
    (
        "substance_use_programs",
        {"id": _IDS, "title": ("Step one",) * 12, "description": ("Weekly group",) * 12},
        "description",
        None,
    ),
    # a garment's measurements, a size chart
    (
        "jeans",
        {"id": _IDS, "name": ("Slim",) * 12, "gender": ("men",) * 12, "waist": (32,) * 12},
        "waist",
        {"waist": "integer"},
    ),
    (
        "size_charts",
        {"id": _IDS, "size": ("S", "M") * 6, "bust": (84, 90) * 6},
        "bust",
        {"bust": "integer"},
    ),
    # a test case's notes, a device's care plan, a court's case notes
    ("test_case_notes", {"id": _IDS, "suite_id": _IDS, "note": ("flaky",) * 12}, "note", None),
    (
        "customers",
        {"id": _IDS, "first_name": _FIRST, "email": _EMPTY, "care_plan": ("Gold", "Silver") * 6},
        "care_plan",
        None,
    ),
    ("case_notes", {"id": _IDS, "court_id": _IDS, "note": ("adjourned",) * 12}, "note", None),
    # an emergency contact after another word, a herd's sex and birth
    ("sites", {"id": _IDS, "site_emergency_contact": ("Y",) * 12}, "site_emergency_contact", None),
    (
        "heifers",
        {"id": _IDS, "name": ("Daisy", "Bella") * 6, "birth_date": _BIRTHS, "sex": ("F",) * 12},
        "name",
        None,
    ),
    (
        "calves",
        {
            "id": _IDS,
            "name": ("Daisy", "Bella") * 6,
            "birth_date": _BIRTHS,
            "dam_name": ("Rosie",) * 12,
            "birth_place": ("Leeds",) * 12,
        },
        "birth_place",
        None,
    ),
    # a motorhome's check-up keyed by its camper
    (
        "camper_checkups",
        {"id": _IDS, "camper_id": _IDS, "weight": (3500, 3400) * 6},
        "weight",
        {"weight": "integer"},
    ),
    # a vehicle's description beside its owner's national number: the vehicle's
    (
        "vehicles",
        {
            "id": _IDS,
            "plate": ("AB12 CDE",) * 12,
            "description": ("red van, dented",) * 12,
            "dni": ("12345678Z",) * 12,
        },
        "description",
        None,
    ),
    # a row's user beside its key: a login as often
    ("api_keys", {"id": _IDS, "user": ("rolf", "mary") * 6, "user_id": _IDS}, "user", None),
    # a table of rules about national numbers
    ("ssn_rules", {"id": _IDS, "ssn": _IDS, "remarks": _EMPTY}, "remarks", None),
    # a short name beside no other platform; a sensor's reading
    ("members", {"id": _IDS, "name": _NAMES, "fb": ("orla.f",) * 12}, "fb", None),
    ("sensors", {"id": _IDS, "fb": _IDS, "reading": _IDS}, "fb", None),
]


@pytest.mark.parametrize(
    ("table", "columns", "column", "types"),
    _LOOKALIKES,
    ids=[f"{c[0]}.{c[2]}" for c in _LOOKALIKES],
)
def test_a_lookalike_stays_unflagged(
    table: str, columns: Columns, column: str, types: dict[str, str] | None
) -> None:
    assert found(table, columns, column, types) == set()


def test_explanations_name_no_sampled_value() -> None:
    found = explanations("member_phones", {"id": _IDS, "member_id": _IDS, "number": _PHONES})
    reason = " ".join(found["number"].values())
    assert all(phone not in reason for phone in _PHONES)
