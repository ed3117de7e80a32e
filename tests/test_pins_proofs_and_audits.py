"""Rules of the sixty-eighth round on made-up tables of many domains: a full name makes a table
named in another language people's, numbered people's phones and a table of addresses' bare
address repeated, a booking's party size, pickup and drop-off addresses, India's PIN code, a
form's ``null``, a vehicle's engine and registration numbers, a fixture's rows numbered by the
table's people word, a person's field named in another language in an English table, an
external examiner named in Spanish, the file of a person's proof, and what an audit log named
for people keeps whole; then look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from classifiers.audited_people import kept_whole
from classifiers.foreign_columns import languages_of

from .table_verdicts import described_tests, explanations, leaked_values

_ROWS = 24
_IDS = tuple(range(1, _ROWS + 1))
_NAMES = (
    "Orla Fenwick", "Piet Hanssen", "Maren Dusk", "Idris Vale", "Ines Quenby", "Tobias Marlow",
) * 4  # fmt: skip
_EMPTY: tuple[object, ...] = ()
_NULLS = ("null",) * _ROWS
Columns = dict[str, tuple[object, ...]]


# -- a full name makes a table's rows people (Spanish) --------------------------------------

_OLIMPIADA = {
    "id": _IDS,
    "nombre_completo": _NAMES,
    "nombre_completo2": _NAMES[3:] + _NAMES[:3],
    "rut": tuple(f"{10 + i}.222.333-{i % 10}" for i in _IDS),
    "telefono1": ("91234567", "98765432") * 12,
    "telefono2": ("92223333", "97776666", "93334444") * 8,
    "colegio": ("Liceo Norte", "Liceo Sur") * 12,
}
#: a hotel's own phone: no full name, the rows are no people
_HOTELES = {
    "id": _IDS,
    "nombre": ("Hotel Mar", "Hotel Sol", "Hotel Luna") * 8,
    "telefono": ("+56 2 2345 6789", "+56 2 2987 6543", "+56 2 2111 2222") * 8,
}
_TESINAS = {
    "id": _IDS,
    "nombre_tesina": ("Redes de sensores", "Control de riego", "Tesina01") * 8,
    "nombre_completo": _NAMES,
    "telefono": tuple(f"9{1000000 + i}" for i in _IDS),
}

# -- a few people's addresses repeated in a table of addresses ------------------------------

_MEMBER_ADDRESS = {
    "id": _IDS,
    "address": ("12 Dock Road, Leeds", "4 Mill Lane, York") * 12,
    "postcode": ("LS1 4AP", "YO1 7HH") * 12,
    "member_id": _IDS,
}
_STORE_ADDRESS = {
    "id": _IDS,
    "address": ("12 Dock Road, Leeds", "4 Mill Lane, York") * 12,
    "store_id": (1, 2) * 12,
}
_SUPPORT_LINES = {"id": _IDS, "phone1": ("0800 555 0199", "0800 555 0123") * 12}
#: a venue's full name (no person's) and its numbered phones, repeated
_VENUES = {
    "id": _IDS,
    "full_name": ("Ashby Hall, Fenwickshire", "Dock Arena, Leeds") * 12,
    "phone1": ("01632 960000", "01632 960001") * 12,
    "phone2": ("01632 960002", "01632 960003") * 12,
}

# -- a booking's party, pickup and drop-off addresses ---------------------------------------

_SHUTTLE_BOOKINGS = {
    "id": _IDS[:4],
    "customer_id": _IDS[:4],
    "customer_phone": ("+44 7700 900461", "+44 7700 900982") * 2,
    "number_of_passengers": (1, 2, 3, 2),
    "pickup_address": ("3 Elm Row, Bath", "9 Kiln Street, Wells") * 2,
    "drop_off_address": ("Terminal 2", "Terminal 5") * 2,
}
_WAREHOUSES = {
    "id": _IDS[:4],
    "name": ("North Depot", "South Depot") * 2,
    "pickup_address": ("Unit 4, Quay Park", "Unit 9, Rail Yard") * 2,
}

# -- India's PIN code -------------------------------------------------------------------------

_APPLICANTS = {
    "id": _IDS[:6],
    "full_name": _NAMES[:6],
    "home_addr": ("14 MG Road", "22 Park Street", "7 Lake View") * 2,
    "home_city": ("Mysuru", "Hubli", "Udupi") * 2,
    "home_pin": ("570001", "580 020", "576101") * 2,
    "office_addr": _NULLS[:6],
    "office_pin": _NULLS[:6],
    "aadhaar_no": _NULLS[:6],
}
_USER_ADDRESSES = {
    "id": _IDS[:6],
    "user_id": _IDS[:6],
    "street": ("14 MG Road", "22 Park Street", "7 Lake View") * 2,
    "city": ("Mysuru", "Hubli", "Udupi") * 2,
    "pin": ("570001", "580020", "576101") * 2,
}
#: a login PIN beside an address: four digits, no postal code
_KIOSK_USERS = {
    "id": _IDS[:6],
    "user_name": ("ana", "li", "bo") * 2,
    "user_address": ("14 MG Road", "22 Park Street", "7 Lake View") * 2,
    "user_pin": ("4821", "1937", "5550") * 2,
}
_DEVICES = {"id": _IDS[:6], "pin": ("570001", "580020", "576101") * 2, "model": ("X1",) * 6}
#: a card's six-digit PIN beside the card's address
_CARD_HOLDERS = {
    "id": _IDS[:6],
    "holder_id": _IDS[:6],
    "card_address": ("14 MG Road", "22 Park Street", "7 Lake View") * 2,
    "card_pin": ("482199", "193766", "550012") * 2,
}

# -- a vehicle's engine and registration numbers ----------------------------------------------

_MOTORCYCLES = {
    "id": _IDS[:6],
    "owner_id": _IDS[:6],
    "make": ("Bajaj", "Hero", "TVS") * 2,
    "engine_no": ("JF50EA12345", "HA11EFA9876", "DG5AK1234") * 2,
    "reg_no": ("KA05 MX1234", "KA19 EQ0042", "KA20 B7777") * 2,
}
_GENERATORS = {
    "id": _IDS[:6],
    "site_id": _IDS[:6],
    "engine_no": ("GX390-1", "GX390-2", "GX390-3") * 2,
}
_STUDENTS = {
    "id": _IDS[:6],
    "user_id": _IDS[:6],
    "reg_no": ("2021CS001", "2021CS002", "2021CS003") * 2,
}

# -- a fixture's rows numbered by the table's people word -------------------------------------

_MEMBERS = {
    "id": _IDS[:12],
    "first_name": tuple(f"Member{i:02d}" for i in _IDS[:12]),
    "last_name": tuple(f"Member{i:02d}" for i in _IDS[:12]),
    "email": tuple(f"member{i:02d}@example.org" for i in _IDS[:12]),
}
_PRODUCTS = {
    "id": _IDS[:12],
    "name": tuple(f"Product{i:02d}" for i in _IDS[:12]),
    "price": _IDS[:12],
}

# -- a person's field named in another language in an English table ---------------------------

_USERS = {
    "id": _IDS[:6],
    "name": _NAMES[:6],
    "email": tuple(f"u{i}@example.org" for i in _IDS[:6]),
    "password": ("$2y$10$abcdefghijklmnopqrstuv",) * 6,
    "sexo": ("Femenino", "Masculino") * 3,
    "geburtsdatum": ("1990-01-02", "1985-07-30", "1979-11-11") * 2,
    "tipo_usuario": (1, 2) * 3,
}
_GARMENTS = {
    "id": _IDS[:6],
    "title": ("Parka", "Jeans", "Polo") * 2,
    "price": (40, 30, 20) * 2,
    "sexo": ("Femenino", "Masculino") * 3,
}

# -- an external examiner named in Spanish ------------------------------------------------------

_TORNEO = {
    "id": _IDS[:8],
    "categoria": ("Sub 12", "Sub 14") * 4,
    "arbitro1_externo": ("Juan Torres", "Ana Rojas", "Luis Vera", "Marta Soto") * 2,
}

# -- the file of a person's proof ---------------------------------------------------------------

_TENANTS = {
    "id": _IDS[:6],
    "first_name": ("Orla", "Piet", "Maren") * 2,
    "last_name": ("Fenwick", "Hanssen", "Dusk") * 2,
    "phone": ("+44 7700 900461", "+44 7700 900982", "+44 7700 900123") * 2,
    "address_proof": tuple(f"uploads/tenant{i}/utility-bill.pdf" for i in _IDS[:6]),
    "id_proof": _EMPTY,
}
#: which document was shown, not its file
_VISITORS = {
    "id": _IDS[:6],
    "first_name": ("Orla", "Piet", "Maren") * 2,
    "last_name": ("Fenwick", "Hanssen", "Dusk") * 2,
    "id_proof": ("Passport", "Driving licence", "Voter card") * 2,
}
_DELIVERIES = {
    "id": _IDS[:6],
    "courier_id": _IDS[:6],
    "delivery_proof": tuple(f"pods/{i}.jpg" for i in _IDS[:6]),
}

# -- what an audit log named for people keeps whole ---------------------------------------------

_PATIENT_AUDIT_LOG = {
    "id": _EMPTY,
    "patient_id": _EMPTY,
    "old_data": _EMPTY,
    "new_data": _EMPTY,
    "request_json": _EMPTY,
    "response_json": _EMPTY,
    "old_photo": _EMPTY,
    "url": _EMPTY,
}
_JOB_AUDIT_LOG = {"id": _EMPTY, "job_id": _EMPTY, "old_data": _EMPTY, "new_data": _EMPTY}
_BYTES = {"old_photo": "bytea"}

POSITIVES = [
    ("Spanish: a full name makes a national number a person's", "olimpiada", _OLIMPIADA, "rut",
     None, "TAX_ID"),
    ("Spanish: two people's numbered phones, repeated", "olimpiada", _OLIMPIADA, "telefono1",
     None, "PHONE_NUMBER"),
    ("a member's address repeated in a table of addresses", "member_address", _MEMBER_ADDRESS,
     "address", None, "STREET_ADDRESS"),
    ("a shuttle's pickup address beside the party's size", "shuttle_bookings", _SHUTTLE_BOOKINGS,
     "pickup_address", None, "STREET_ADDRESS"),
    ("a shuttle's drop-off address", "shuttle_bookings", _SHUTTLE_BOOKINGS, "drop_off_address",
     None, "STREET_ADDRESS"),
    ("a customer's phone beside the party's size", "shuttle_bookings", _SHUTTLE_BOOKINGS,
     "customer_phone", None, "PHONE_NUMBER"),
    ("an applicant's home PIN beside the home address", "applicants", _APPLICANTS, "home_pin",
     None, "POSTAL_CODE"),
    ("an applicant's office PIN never filled", "applicants", _APPLICANTS, "office_pin", None,
     "POSTAL_CODE"),
    ("a user's address's bare PIN", "user_addresses", _USER_ADDRESSES, "pin", None,
     "POSTAL_CODE"),
    ("an Aadhaar number never filled ('null')", "applicants", _APPLICANTS, "aadhaar_no", None,
     "NATIONAL_ID"),
    ("a motorcycle's engine number beside its owner", "motorcycles", _MOTORCYCLES, "engine_no",
     None, "OTHER_PERSONAL_DATA"),
    ("a motorcycle's registration number beside its owner", "motorcycles", _MOTORCYCLES,
     "reg_no", None, "OTHER_PERSONAL_DATA"),
    ("a fixture's member numbered as Member01: first name", "members", _MEMBERS, "first_name",
     None, "PERSON_NAME"),
    ("a fixture's member numbered as Member01: last name", "members", _MEMBERS, "last_name",
     None, "PERSON_NAME"),
    ("a Spanish sex in an English table of users", "users", _USERS, "sexo", None, "GENDER"),
    ("a German birth date in an English table of users", "users", _USERS, "geburtsdatum",
     {"geburtsdatum": "date"}, "DATE_OF_BIRTH"),
    ("Spanish: an external referee, numbered", "torneo", _TORNEO, "arbitro1_externo", None,
     "PERSON_NAME"),
    ("a tenant's proof of address file", "tenants", _TENANTS, "address_proof", None,
     "OTHER_PERSONAL_DATA"),
    ("a tenant's proof of identity, nothing sampled", "tenants", _TENANTS, "id_proof", None,
     "OTHER_PERSONAL_DATA"),
    ("a patient audit's old record", "patient_audit_log", _PATIENT_AUDIT_LOG, "old_data",
     _BYTES, "FREE_TEXT"),
    ("a patient audit's request", "patient_audit_log", _PATIENT_AUDIT_LOG, "request_json",
     _BYTES, "FREE_TEXT"),
    ("a patient audit's old photo, as bytes", "patient_audit_log", _PATIENT_AUDIT_LOG,
     "old_photo", _BYTES, "OTHER_PERSONAL_DATA"),
]  # fmt: skip


NEGATIVES = [
    ("Spanish: a hotel's own phone", "hoteles", _HOTELES, "telefono", None, "PHONE_NUMBER"),
    ("Spanish: a short thesis's own name", "tesinas", _TESINAS, "nombre_tesina", None,
     "PERSON_NAME"),
    ("a store's address repeated in a table of addresses", "store_address", _STORE_ADDRESS,
     "address", None, "STREET_ADDRESS"),
    ("a help desk's numbered phone, repeated", "support_lines", _SUPPORT_LINES, "phone1", None,
     "PHONE_NUMBER"),
    ("a venue's numbered phones beside its full name", "venues", _VENUES, "phone1", None,
     "PHONE_NUMBER"),
    ("a warehouse's pickup address", "warehouses", _WAREHOUSES, "pickup_address", None,
     "STREET_ADDRESS"),
    ("a kiosk user's login PIN beside the address", "kiosk_users", _KIOSK_USERS, "user_pin",
     None, "POSTAL_CODE"),
    ("a device's PIN", "devices", _DEVICES, "pin", None, "POSTAL_CODE"),
    ("a card's six-digit PIN beside its address", "card_holders", _CARD_HOLDERS, "card_pin",
     None, "POSTAL_CODE"),
    ("a generator's engine number", "generators", _GENERATORS, "engine_no", None,
     "OTHER_PERSONAL_DATA"),
    ("a student's register number", "students", _STUDENTS, "reg_no", None,
     "OTHER_PERSONAL_DATA"),
    ("a product numbered as Product01", "products", _PRODUCTS, "name", None, "PERSON_NAME"),
    ("a Spanish sex in an English table of garments", "garments", _GARMENTS, "sexo", None,
     "GENDER"),
    ("a user's type named in Spanish", "users", _USERS, "tipo_usuario", {"tipo_usuario": "int"},
     "GENDER"),
    ("a visitor's kind of identity document, no file", "visitors", _VISITORS, "id_proof", None,
     "OTHER_PERSONAL_DATA"),
    ("a courier's proof of delivery", "deliveries", _DELIVERIES, "delivery_proof", None,
     "OTHER_PERSONAL_DATA"),
    ("a patient audit's response", "patient_audit_log", _PATIENT_AUDIT_LOG, "response_json",
     _BYTES, "FREE_TEXT"),
    ("a patient audit's URL", "patient_audit_log", _PATIENT_AUDIT_LOG, "url", _BYTES,
     "FREE_TEXT"),
    ("a job audit's old record", "job_audit_log", _JOB_AUDIT_LOG, "old_data", None,
     "FREE_TEXT"),
]  # fmt: skip


test_flagged, test_not_flagged = described_tests(POSITIVES, NEGATIVES)


def test_explanations_name_no_sampled_value() -> None:
    tables = [
        ("olimpiada", _OLIMPIADA),
        ("applicants", _APPLICANTS),
        ("motorcycles", _MOTORCYCLES),
        ("tenants", _TENANTS),
        ("users", _USERS),
        ("torneo", _TORNEO),
    ]
    assert leaked_values(tables, 4) == []


def test_a_foreign_column_says_its_language() -> None:
    text = explanations("users", _USERS)["sexo"]["GENDER"]
    assert text.startswith("column name read in Portuguese or Spanish as 'sex'")


@pytest.mark.parametrize("name", ["", "_", "0", "id_1"])
def test_names_with_no_foreign_word(name: str) -> None:
    assert languages_of(name) == frozenset()
    assert kept_whole(tuple(name.split("_"))) is None
