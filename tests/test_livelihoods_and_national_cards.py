"""The fifty-eighth round's rules on made-up tables of other domains: national ids and tax ids by
their countries' usual names (``aadhaarcard``, ``pan_card_no``, ``mykad``), a village glued
before a city, people named by their livelihood and bare people words holding names, a picture's
file name with spaces, a paid person's rate, businesses named by their trade, and a vehicle's
plate that is no postal code; then what must stay as it was."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_ROWS = 12
_IDS = tuple(range(1, _ROWS + 1))
_NAMES = ("Ines Vale", "Tobias Reed", "Ada Quenby", "Bruno Hale") * 3
_INDIAN = ("Rajesh Patel", "Sonali Shah", "Vikram Desai", "Neeta Joshi") * 3
_MOBILES = tuple(f"98765{i:05d}" for i in _IDS)
_EMAILS = tuple(f"member{i}@gmail.com" for i in _IDS)
_STREETS = tuple(f"House {n} Station Road" for n in _IDS)


def _found(
    table: str, columns: dict[str, tuple[object, ...]], column: str, types: dict[str, str]
) -> set[str]:
    return set(explanations(table, columns, types)[column])


_PATIENTS = {
    "id": _IDS,
    "patient_name": _INDIAN,
    "aadhaarcard": tuple(f"{4000 + i}56789012" for i in _IDS),
    "aadhar_no": tuple(f"{5000 + i}56789012" for i in _IDS),
    "pan_card_no": tuple(f"ABCDE{1000 + i}F" for i in _IDS),
    "mobile": _MOBILES,
}
_PUPILS = {
    "id": _IDS,
    "first_name": ("Aisyah", "Farid") * 6,
    "last_name": ("Rahman", "Ismail") * 6,
    "mykad": tuple(f"0{i:02d}101-14-{i:04d}" for i in _IDS),
}
_RESIDENTS = {
    "id": _IDS,
    "full_name": _NAMES,
    "emirates_id": tuple(f"784-1990-{i:07d}-1" for i in _IDS),
    "tckn": tuple(f"{10000000000 + i}" for i in _IDS),
}
_HOUSEHOLDS = {
    "id": _IDS,
    "head_name": _INDIAN,
    "email": _EMAILS,
    "mobile": _MOBILES,
    "addressline1": _STREETS,
    "villagecity": ("Anand", "Navsari", "Mehsana") * 4,
}
_FISHERS = {
    "id": _IDS,
    "fisherman_name": _INDIAN,
    "boat_no": tuple(f"GJ-{i:03d}" for i in _IDS),
    "catch_kg": tuple(str(40 + i) for i in _IDS),
}
_CONTACTS = {
    "id": _IDS,
    "name": ("Quarry Lane Hardware", "Mill Road Timber") * 6,
    "person": _NAMES,
    "phone": ("+44 20 7946 0100",) * _ROWS,
}
_GALLERY = {
    "id": _IDS,
    "first_name": ("Ann", "Bo") * 6,
    "last_name": ("Lee", "Ray") * 6,
    "profile": tuple(f"IMG {i:04d}.jpg" for i in _IDS),
}
_CLEANERS = {
    "id": _IDS,
    "first_name": ("Ann", "Bo") * 6,
    "last_name": ("Lee", "Ray") * 6,
    "birthday": ("1990-03-02",) * _ROWS,
    "rate": ("86.00", "94.50") * 6,
}
_EMPLOYEES = {"id": _IDS, "name": _NAMES, "daily_rate": ("120.00", "135.50") * 6}
_BAKERIES = {
    "id": _IDS,
    "bakery_name": ("Rye & Co", "Crumb Corner") * 6,
    "addressline1": _STREETS,
    "phone": tuple(f"+44 20 7946 {i:04d}" for i in _IDS),
}
_GARAGE = {
    "id": _IDS,
    "license_plate": ("AB12CDE", "EE444EE", "BB000BB") * 4,
    "customer_id": _IDS,
    "model": ("Fiesta", "Polo") * 6,
}
_TYPES = {
    "id": "int",
    "customer_id": "int",
    "rate": "decimal(10,2)",
    "daily_rate": "numeric(8,2)",
    "catch_kg": "int",
}


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a clinic's patients in India: Aadhaar glued or not, and the PAN card (a tax id)
        ("patients", _PATIENTS, "aadhaarcard", "NATIONAL_ID"),
        ("patients", _PATIENTS, "aadhar_no", "NATIONAL_ID"),
        ("patients", _PATIENTS, "pan_card_no", "TAX_ID"),
        # a Malaysian school's pupils, a residents' register in the Emirates and in Turkey
        ("pupils", _PUPILS, "mykad", "NATIONAL_ID"),
        ("residents", _RESIDENTS, "emirates_id", "NATIONAL_ID"),
        ("residents", _RESIDENTS, "tckn", "NATIONAL_ID"),
        # a village glued before the city in a register of households
        ("household_register", _HOUSEHOLDS, "villagecity", "CITY"),
        # a fishing cooperative's fishermen, named by their livelihood
        ("catch_register", _FISHERS, "fisherman_name", "PERSON_NAME"),
        # a timber merchant's contact person kept under a bare ``person``
        ("trade_contacts", _CONTACTS, "person", "PERSON_NAME"),
        # a club's members' pictures, file names as the camera gave them
        ("club_members", _GALLERY, "profile", "PHOTO"),
        # a cleaning firm's workers and a farm's employees: their pay rate
        ("workers", _CLEANERS, "rate", "FINANCIAL"),
        ("employees", _EMPLOYEES, "daily_rate", "FINANCIAL"),
        # a garage's customers' cars: the plate singles out the customer, and is no postcode
        ("vehicles", _GARAGE, "license_plate", "OTHER_PERSONAL_DATA"),
    ],
)
def test_flagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity in _found(table, columns, column, _TYPES)


_CARDS = {
    "id": _IDS,
    "customer_id": _IDS,
    "pan": ("4111111111111111",) * _ROWS,
    "card_pan": ("4111111111111111",) * _ROWS,
}
_GAME = {
    "id": _IDS,
    "farmer_name": ("Farmer Level 3", "Farmer Level 4") * 6,
    "coins": _IDS,
}
_DESKS = {
    "id": _IDS,
    "person": ("Finance dept", "Reception", "Help desk") * 4,
    "client": ("Acme Supplies Ltd", "Globex Holdings") * 6,
    "phone": _MOBILES,
}
_QUEUE = {
    "id": _IDS,
    "queue": ("mail", "thumbs") * 6,
    "host": ("worker-1", "worker-2") * 6,
    "rate": ("86.00", "94.50") * 6,
}
_RATED = {
    "id": _IDS,
    "first_name": ("Ann", "Bo") * 6,
    "last_name": ("Lee", "Ray") * 6,
    "rate": ("4", "5", "3") * 4,
}
_PAYROLL = {"id": _IDS, "title": ("Pension", "Union dues") * 6, "rate": ("5.50", "2.25") * 6}
_PRODUCTS = {"id": _IDS, "title": ("Blue mug", "Red bowl") * 6, "image": ("blue mug.jpg",) * 12}
_PERMITS = {
    "id": _IDS,
    "license_plate": ("SW1A 1AA", "EC1A 1BB", "W1A 0AX") * 4,
    "zone": ("A", "B") * 6,
}


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a payment card's PAN stays a card number, never a tax id
        ("payment_cards", _CARDS, "pan", "TAX_ID"),
        ("payment_cards", _CARDS, "card_pan", "TAX_ID"),
        # a farming game's farmers are characters, not shaped like people's names
        ("game_farms", _GAME, "farmer_name", "PERSON_NAME"),
        # a desk's name under ``person`` and a firm under ``client``
        ("desks", _DESKS, "person", "PERSON_NAME"),
        ("desks", _DESKS, "client", "PERSON_NAME"),
        # a job queue's workers, a staff rating on a scale of 5, a payroll deduction's rate
        ("workers", _QUEUE, "rate", "FINANCIAL"),
        ("staff", _RATED, "rate", "FINANCIAL"),
        ("payroll_deductions", _PAYROLL, "rate", "FINANCIAL"),
        # a shop's product pictures, whatever their file names
        ("products", _PRODUCTS, "image", "PHOTO"),
        # a bakery's own address and phone are business contact data
        ("bakeries", _BAKERIES, "addressline1", "STREET_ADDRESS"),
        ("bakeries", _BAKERIES, "phone", "PHONE_NUMBER"),
        # a parking permit's plate shaped like a postcode is no postal code
        ("parking_permits", _PERMITS, "license_plate", "POSTAL_CODE"),
    ],
)
def test_not_flagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity not in _found(table, columns, column, _TYPES)


def test_a_fixture_label_under_person_is_no_name() -> None:
    """Rails fixtures point at a person's row by a lower-case label (``person: bob``): a key,
    not the person's name."""
    columns = {"id": _IDS, "person": ("alice", "bob", "carol") * 4, "level": _IDS}
    assert "PERSON_NAME" not in _found("skills", columns, "person", _TYPES)
