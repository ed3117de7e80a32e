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
_IRISH = {
    "id": _IDS,
    "full_name": _NAMES,
    "pps_no": tuple(f"{1234560 + i}TA" for i in _IDS),
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
    "pps": "bigint",
    "rx_pps": "bigint",
    "price_pps": "decimal(6,2)",
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
        # an Irish employer's staff: the PPS number written ``pps_no``
        ("staff_ie", _IRISH, "pps_no", "NATIONAL_ID"),
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


_COUNTERS = {
    "id": _IDS,
    "iface": ("eth0", "eth1") * 6,
    "pps": tuple(12000 + i for i in _IDS),
    "rx_pps": tuple(450 + i for i in _IDS),
}
_FLEET = {
    "id": _IDS,
    "flight_no": ("EK001", "EK202") * 6,
    "emirates_id": ("EK-A380-01", "EK-B777-02") * 6,
}
_COOKWARE = {
    "id": _IDS,
    "title": ("Frying pan", "Sauce pan") * 6,
    "pan_card": ("Care card A", "Care card B") * 6,
}
_GROWERS = {
    "id": _IDS,
    "plant": ("Rosa gallica", "Acer palmatum") * 6,
    "grower_name": ("Green Valley Nurseries", "Hillside Growers Ltd", "Sunny Acres Farm") * 4,
}
_CELLAR = {
    "id": _IDS,
    "wine": ("Pinot Noir", "Merlot") * 6,
    "grower_name": ("Domaine Leflaive", "Chateau Margaux") * 6,
}
_VILLAGE = {"id": _IDS, "farmer_name": ("Farmer Joe", "Old Farmer Giles") * 6}
_COMMANDS = {"id": _IDS, "artisan_name": ("Make Controller", "Migrate Fresh") * 6}
_LOOMS = {"id": _IDS, "weaver_name": ("Jacquard Loom", "Dobby Loom") * 6}
_TESTS = {"id": _IDS, "fisher_name": ("Fisher Exact", "Fisher Yates") * 6}
_ACCOUNTS = {
    "id": _IDS,
    "client": ("Reed Logistics", "Hale Bakery", "Dixon Carpets", "Vale Motors") * 3,
    "value": ("1000", "2500") * 6,
}
_REVIEWS = {
    "id": _IDS,
    "employee_id": _IDS,
    "comment": ("Great", "Helpful") * 6,
    "rate": ("4.5", "3.7", "4.9") * 4,
}
_RIGS = {
    "id": _IDS,
    "worker_name": ("rig01", "rig02") * 6,
    "email": _EMAILS,
    "phone": _MOBILES,
    "rate": ("86.20", "90.10") * 6,
}
_AGENTS = {"id": _IDS, "name": _NAMES, "rate": ("0.85", "0.91", "0.78") * 4}


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # packets per second, bare or received, and a pay-per-sale price: no PPS number
        ("interface_stats", _COUNTERS, "pps", "NATIONAL_ID"),
        ("interface_stats", _COUNTERS, "rx_pps", "NATIONAL_ID"),
        # an airline's aircraft under ``emirates_id``, a pan's care card under ``pan_card``
        ("emirates_fleet", _FLEET, "emirates_id", "NATIONAL_ID"),
        ("cookware", _COOKWARE, "pan_card", "TAX_ID"),
        # nurseries and wine estates as growers, a game's farmers by their own word, Laravel's
        # artisan commands, looms as weavers, statistical tests
        ("nursery_stock", _GROWERS, "grower_name", "PERSON_NAME"),
        ("wine_list", _CELLAR, "grower_name", "PERSON_NAME"),
        ("npc_characters", _VILLAGE, "farmer_name", "PERSON_NAME"),
        ("cli_commands", _COMMANDS, "artisan_name", "PERSON_NAME"),
        ("fabric_weaves", _LOOMS, "weaver_name", "PERSON_NAME"),
        ("stats_tests", _TESTS, "fisher_name", "PERSON_NAME"),
        # firms named after their founders under a bare ``client``
        ("accounts", _ACCOUNTS, "client", "PERSON_NAME"),
        # an employee's review's rating with decimals, a mining pool's rigs with an alert's
        # e-mail and phone, a call centre agent's success rate (a share)
        ("employee_reviews", _REVIEWS, "rate", "FINANCIAL"),
        ("workers", _RIGS, "rate", "FINANCIAL"),
        ("staff", _AGENTS, "rate", "FINANCIAL"),
    ],
)
def test_review_narrowing_not_flagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    """The false positives review-tune58 found, on tables of their kind written here."""
    assert entity not in _found(table, columns, column, _TYPES)


def test_a_payment_cards_pan_stays_a_card_number() -> None:
    """A bare ``pan`` and ``card_pan`` holding card numbers stay payment cards' numbers."""
    for column in ("pan", "card_pan"):
        assert "CREDIT_CARD" in _found("payment_cards", _CARDS, column, _TYPES)


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a payment card's PAN is never a tax id (and stays a card number: see below)
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
