"""The seventy-second round's rules, on made-up tables of other domains: a spectacle
prescription (``classifiers/prescriptions.py``), a settings table's own web page, text, logo,
mail password and fees, a one-person business's phone and e-mail beside its owner's name
(``business_contacts.py``), a building's name beside a street line (``address_units.py``), a
longitude misspelt ``lang`` (``leads_and_numbers.py``), a sale's or a booking's bare name and
address beside its own phone (``row_people.py``), a contact form's message (``free_text.py``)
and an Indonesian sale (``transaksi``); then the look-alikes each rule must leave alone."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_N = 6
_IDS = tuple(range(1, _N + 1))
_NAMES = ("Ines Marlow", "Tobias Grell", "Ada Quenby", "Bruno Hale", "Mira Stone", "Levi Ash")
_PHONES = ("07700900112", "07700900245", "07700900378", "07700900401", "07700900523", "07700900689")
_EMAILS = tuple(f"{n.split()[0].lower()}{i}@example.org" for i, n in enumerate(_NAMES))
_STREETS = ("Quarry Lane", "Mill Road", "Ashcombe Way", "Tilbury Close", "Fen Row", "Elm Walk")
_TOWNS = ("Redmarsh", "Ashcombe", "Tillbury", "Wexmoor", "Redmarsh", "Ashcombe")
_POWERS = ("-1.25", "+0.50", "-2.00", "-0.75", "+1.00", "-3.25")
_AXES = ("90", "180", "45", "10", "135", "170")


def _found(table: str, columns: dict[str, tuple[object, ...]], column: str) -> dict[str, str]:
    return explanations(table, columns)[column]


# --- a spectacle prescription -----------------------------------------------------------------

_EXAM = {
    "id": _IDS,
    "patient_id": _IDS,
    "od_sph": _POWERS,
    "os_sph": _POWERS[::-1],
    "od_cyl": ("-0.50",) * _N,
    "os_cyl": ("-0.25",) * _N,
    "od_axis": _AXES,
    "os_axis": _AXES[::-1],
    "ipd": ("62", "64", "60", "66", "63", "61"),
    "exam_date": ("2024-03-01",) * _N,
}
_GLASSES_ORDER = {
    "id": _IDS,
    "client": _NAMES,
    "right_sphere": _POWERS,
    "left_sphere": _POWERS[::-1],
    "right_add": ("+1.50",) * _N,
    "left_add": ("+1.50",) * _N,
    "frame": ("Round",) * _N,
    "pd2": ("31", "32", "30", "33", "31", "32"),
}


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        ("eye_exams", _EXAM, "od_sph"),
        ("eye_exams", _EXAM, "os_cyl"),
        ("eye_exams", _EXAM, "od_axis"),
        ("eye_exams", _EXAM, "ipd"),
        ("glasses_orders", _GLASSES_ORDER, "left_sphere"),
        ("glasses_orders", _GLASSES_ORDER, "right_add"),
        ("glasses_orders", _GLASSES_ORDER, "pd2"),
    ],
)
def test_a_prescription_is_health_data(table, columns, column):
    found = _found(table, columns, column)
    assert "HEALTH" in found
    assert "prescription" in found["HEALTH"]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a lens catalogue: one power a row, no eye's side
        (
            "contact_lens_catalogue",
            {"id": _IDS, "sph": _POWERS, "cyl": _POWERS, "axis": _AXES},
            "sph",
        ),
        # a stock of lenses cut for both eyes is still goods
        (
            "lens_stock",
            {"id": _IDS, "r_sph": _POWERS, "l_sph": _POWERS, "r_cyl": _POWERS, "l_cyl": _POWERS},
            "r_sph",
        ),
        # one measure only: a page layout's right and left additions
        ("page_layouts", {"id": _IDS, "r_add": ("4",) * _N, "l_add": ("2",) * _N}, "r_add"),
        # a pupillary distance's letters beside no refraction
        ("gpu_jobs", {"id": _IDS, "pd": ("12",) * _N, "gpu": ("a100",) * _N}, "pd"),
        # a machine's axes
        ("cnc_moves", {"id": _IDS, "x_axis": _AXES, "y_axis": _AXES, "r_axis": _AXES}, "r_axis"),
    ],
)
def test_look_alikes_of_a_prescription_are_not_health(table, columns, column):
    assert "HEALTH" not in _found(table, columns, column)


# --- a settings table's own ---------------------------------------------------------------------

_SITE = {
    "id": (1,),
    "site_name": ("Fernhill Bikes",),
    "email": ("hello@fernhill.example",),
    "phone": ("02079460123",),
    "website": ("https://fernhill.example/",),
    "description": ("We repair and hire bicycles across the valley since 1998",),
    "logo": ("6a1f0c2b9e.png",),
    "mail_password": ("Valley#2024",),
    "sender_email": ("noreply@fernhill.example",),
    "commission_amount": (15,),
}


@pytest.mark.parametrize(
    "column",
    ["website", "description", "logo", "mail_password", "sender_email", "commission_amount"],
)
def test_a_settings_tables_own_details_are_not_personal(column):
    assert _found("site_settings", _SITE, column) == {}


def test_a_settings_table_keyed_to_a_person_keeps_their_details():
    columns = {"id": _IDS, "user_id": _IDS, "email": _EMAILS, "phone": _PHONES}
    assert "EMAIL_ADDRESS" in _found("notification_settings", columns, "email")


# --- a one-person business --------------------------------------------------------------------

_SALON = {
    "id": (1, 2),
    "salon_name": ("Cut Above", "Shear Joy"),
    "owner_name": ("Ines Marlow", "Bruno Hale"),
    "salon_phone": ("07700900112", "07700900401"),
    "salon_email": ("ines.marlow@example.org", "bhale@example.org"),
    "salon_address": ("4 Mill Road", "9 Fen Row"),
}


@pytest.mark.parametrize(
    ("column", "entity"), [("salon_phone", "PHONE_NUMBER"), ("salon_email", "EMAIL_ADDRESS")]
)
def test_a_businesss_phone_beside_its_owners_name_reaches_the_owner(column, entity):
    found = _found("salons", _SALON, column)
    assert entity in found
    assert "business contact data" in found[entity] and "owner" in found[entity]


def test_a_businesss_address_stays_its_premises():
    assert _found("salons", _SALON, "salon_address") == {}


def test_a_business_with_no_owner_named_keeps_its_phone_its_own():
    columns = {k: v for k, v in _SALON.items() if k != "owner_name"}
    assert _found("salons", columns, "salon_phone") == {}


# --- a building's name beside a street line ---------------------------------------------------

_HOUSES = ("Rose Cottage", "12", "The Old Forge", "4B", "Ivy House", "7")


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        (
            "addresses",
            {
                "id": _IDS,
                "user_id": _IDS,
                "house_name": _HOUSES,
                "street": _STREETS,
                "town": _TOWNS,
            },
            "house_name",
        ),
        (
            "tenants",
            {
                "id": _IDS,
                "first_name": _NAMES,
                "home_building_name": _HOUSES,
                "home_street": _STREETS,
                "home_town": _TOWNS,
            },
            "home_building_name",
        ),
        (
            "delivery_address",
            {"id": _IDS, "customer_id": _IDS, "society_name": _HOUSES, "street": _STREETS},
            "society_name",
        ),
    ],
)
def test_a_buildings_name_beside_a_street_is_an_address_line(table, columns, column):
    found = _found(table, columns, column)
    assert "STREET_ADDRESS" in found
    assert "street line" in found["STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a school's house, no street line
        ("pupils", {"id": _IDS, "first_name": _NAMES, "house_name": ("Red",) * _N}, "house_name"),
        # a campus's building beside a room
        (
            "lectures",
            {"id": _IDS, "building_name": _HOUSES, "room": ("2.14",) * _N, "street": _STREETS},
            "building_name",
        ),
        # a company's address
        (
            "addresses",
            {"id": _IDS, "company_id": _IDS, "building_name": _HOUSES, "street": _STREETS},
            "building_name",
        ),
    ],
)
def test_look_alikes_of_a_buildings_name_are_left_alone(table, columns, column):
    assert "STREET_ADDRESS" not in _found(table, columns, column)


# --- a longitude misspelt ``lang`` --------------------------------------------------------------

_LATS = ("51.5072", "48.8566", "40.4168", "52.5200", "41.9028", "59.3293")
_LNGS = ("-0.1276", "2.3522", "-3.7038", "13.4050", "12.4964", "18.0686")


def test_lang_beside_lat_holding_longitudes_is_a_geolocation():
    columns = {"id": _IDS, "courier_id": _IDS, "lat": _LATS, "lang": _LNGS}
    found = _found("courier_positions", columns, "lang")
    assert "GEOLOCATION" in found
    assert "misspelt" in found["GEOLOCATION"]


@pytest.mark.parametrize(
    "columns",
    [
        {
            "id": _IDS,
            "courier_id": _IDS,
            "lat": _LATS,
            "lang": ("en", "fr", "es", "de", "it", "sv"),
        },
        {"id": _IDS, "courier_id": _IDS, "lang": _LNGS},  # no latitude beside it
    ],
)
def test_a_language_or_a_lang_with_no_latitude_is_no_geolocation(columns):
    assert "GEOLOCATION" not in _found("courier_positions", columns, "lang")


# --- a sale's, a booking's, a form's person -----------------------------------------------------

_BOOKING = {
    "id": _IDS,
    "booking_number": tuple(f"B-{n:04}" for n in _IDS),
    "name": _NAMES,
    "address": tuple(f"{n} {s}" for n, s in zip(_IDS, _STREETS, strict=True)),
    "phone": _PHONES,
    "pitch": ("A1", "A2", "B1", "B2", "C1", "C2"),
}


@pytest.mark.parametrize(
    ("column", "entity"), [("name", "PERSON_NAME"), ("address", "STREET_ADDRESS")]
)
def test_a_bookings_bare_name_and_address_beside_its_phone_are_the_guests(column, entity):
    found = _found("campsite_bookings", _BOOKING, column)
    assert entity in found


def test_an_orders_own_name_is_no_persons():
    columns = {
        "id": _IDS,
        "name": tuple(f"#{1000 + n}" for n in _IDS),
        "email": _EMAILS,
        "total": ("12.00",) * _N,
    }
    assert "PERSON_NAME" not in _found("orders", columns, "name")


def test_a_purchase_orders_name_is_no_customers():
    columns = {"id": _IDS, "name": ("Widget restock",) * _N, "phone": _PHONES}
    assert "PERSON_NAME" not in _found("purchase_orders", columns, "name")


def test_a_contact_forms_message_is_free_text():
    columns = {
        "id": _IDS,
        "name": _NAMES,
        "email": _EMAILS,
        "message": (
            "Hello, could you tell me when the next pottery class starts please?",
            "I would like to book the studio for my daughter's birthday next month.",
            "Is there parking near the studio? I use a wheelchair and need space.",
            "My glaze order never arrived, could you check what happened to it?",
            "Thanks for the lovely workshop on Saturday, we all enjoyed it a lot.",
            "Can I pay for the course in two parts? Money is tight this month.",
        ),
    }
    found = _found("studio_enquiries", columns, "message")
    assert "FREE_TEXT" in found and "form" in found["FREE_TEXT"]


def test_a_request_tables_message_with_no_sender_is_left_alone():
    columns = {"id": _IDS, "topic": ("billing",) * _N, "message": ("Invoice overdue",) * _N}
    assert "FREE_TEXT" not in _found("api_requests", columns, "message")


def test_an_indonesian_sale_keeps_its_customers_name_and_phone():
    columns = {
        "id": _IDS,
        "nomor_transaksi": tuple(f"TRX-{n:03}" for n in _IDS),
        "nama": _NAMES,
        "alamat": tuple(f"Jl. {s} {n}" for n, s in zip(_IDS, _STREETS, strict=True)),
        "telepon_transaksi": _PHONES,
        "total_bayar": ("150000",) * _N,
    }
    found = explanations("servis_transaksi", columns)
    assert "PERSON_NAME" in found["nama"]
    assert "STREET_ADDRESS" in found["alamat"]


# --- a cache's or a throttle's key holding an e-mail address -----------------------------------


def test_a_throttles_key_holding_e_mail_addresses_is_an_e_mail():
    columns = {
        "key": tuple(f"{e}|198.51.100.{i}" for i, e in enumerate(_EMAILS)),
        "value": ("3",) * _N,
        "expiration": ("1767225600",) * _N,
    }
    found = _found("login_throttle", columns, "key")
    assert "EMAIL_ADDRESS" in found
    assert "e-mail address for a part" in found["EMAIL_ADDRESS"]


@pytest.mark.parametrize(
    ("table", "keys"),
    [
        (
            "cache",
            ("config:mail", "page:/about", "mail_template:welcome", "routes", "views:42", "menu"),
        ),
        ("rate_limits", tuple(f"ip:198.51.100.{i}" for i in _IDS)),
        # a lock keyed by a job, whose owner is a worker
        ("cache_locks", tuple(f"job:{i}:lock" for i in _IDS)),
    ],
)
def test_keys_with_no_e_mail_or_of_no_cache_are_left_alone(table, keys):
    columns = {"key": keys, "value": ("1",) * _N}
    assert "EMAIL_ADDRESS" not in _found(table, columns, "key")
