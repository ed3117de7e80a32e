"""Rules of the sixty-fifth and sixty-sixth rounds on made-up tables of many domains: a name's
parts in two letters, names written surname first, a ship's or a bill's own name, a national
health insurer's number, an insurer's own contacts, a sub-district in a table of addresses, a
chair's name, a name as a passport spells it, a next of kin's contact, an account's login named
as its table, a document's number in English, a psychological fitness test, and glossary words;
then look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from classifiers.base import FieldContext
from classifiers.demographics import DemographicSignal

from .table_verdicts import described_tests, leaked_values

_ROWS = 12
_IDS = tuple(range(1, _ROWS + 1))
_FIRST = ("Orla", "Piet", "Maren", "Idris") * 3
_MIDDLE = ("Jane", "Karel", "Rose", "Tomos") * 3
_LAST = ("Fenwick", "Hanssen", "Dusk", "Vale") * 3
_SURNAME_FIRST = (
    "Fenwick, Orla Jane", "Hanssen, Piet Karel", "Dusk, Maren", "Vale, Idris Tomos",
    "Quenby, Ines", "Marlow, Tobias Grell", "Ashdown, Lucy", "Brennan, Oscar Paul",
    "Corrie, Hannah", "Delane, Victor", "Emsley, Clara Ruth", "Fairley, Simon",
)  # fmt: skip
_EMPTY: tuple[object, ...] = ()
Columns = dict[str, tuple[object, ...]]


# -- a name's parts in two letters ---------------------------------------------------------

_VOLUNTEERS = {
    "vid": _IDS,
    "fn": _FIRST,
    "mn": _MIDDLE,
    "ln": _LAST,
    "dob": tuple(f"19{60 + i}-05-1{i % 9}" for i in _IDS),
    "faith": ("Buddhist", "Catholic", "None") * 4,
    "marital_status": ("single", "married") * 6,
    "religion": ("Buddhist", "Catholic", "None") * 4,
}
_WITNESSES = {"wid": _IDS, "case_ref": _IDS, "fn": _FIRST, "mn": _EMPTY, "ln": _LAST}
_SUBSCRIBERS = {"id": _IDS, "sub_fn": _FIRST, "sub_ln": _LAST, "plan": ("basic", "pro") * 6}
#: ``fn`` a function, ``ln`` a natural log, ``mn`` a minute: no name's parts.
_FORMULAS = {"id": _IDS, "fn": ("sum", "avg", "max") * 4, "args": ("a,b", "c") * 6}
_GROWTH = {"t": _IDS, "ln": tuple(0.1 * i for i in _IDS), "exp": tuple(2.7 * i for i in _IDS)}
_SCHEDULE = {"id": _IDS, "hh": _IDS, "mn": tuple(i * 5 for i in _IDS), "ss": _IDS}
_FRAMES = {
    "frame_id": _IDS,
    "fn": ("main", "load", "parse") * 4,
    "ln": _IDS,
    "file": ("app.py", "io.py") * 6,
    "name": ("worker-1", "worker-2") * 6,
}
_PLOTS = {"id": _IDS, "fn": ("f(x)", "g(x)", "h(x)") * 4, "ln": ("y=2x", "y=x^2") * 6}

# -- names written surname first ------------------------------------------------------------

_STUDIOS = {
    "studio_id": _IDS,
    "studio_name": ("Lumen Works", "North Frame", "Tallow Pictures") * 4,
    "street": ("12 Dock Road", "4 Mill Lane") * 6,
    "phone": ("+44 20 7946 0312",) * 12,
    "producer": _SURNAME_FIRST,
    "contact_person": _SURNAME_FIRST,
}
_FIXTURES = {
    "fixture_id": _IDS,
    "venue": ("Denver, Colorado", "Leeds, Yorkshire", "Portland, Oregon") * 4,
    "manager": ("Stadium Ops", "Grounds Team", "Security Desk") * 4,
}

# -- a ship's or a bill's own name ------------------------------------------------------------

_SHIPS = {
    "ship_id": _IDS,
    "ship_name": ("Aurora Belle", "Grace Harbour", "Marina Rose", "Stella Maris") * 3,
    "tonnage": _IDS,
}
_BILLS = {
    "bill_id": _IDS,
    "bill_name": ("Clean Air Act", "Harbour Bill", "Finance Act") * 4,
    "sponsor_id": _IDS,
}
_ORDERS = {
    "order_id": _IDS,
    "ship_name": tuple(f"{f} {s}" for f, s in zip(_FIRST, _LAST, strict=True)),
    "ship_street": ("12 Dock Road",) * 12,
    "ship_city": ("Leeds",) * 12,
}

# -- a national health insurer's number, an insurer's own contacts --------------------------

_NURSES = {
    "nurse_id": _IDS,
    "first_name": _FIRST,
    "last_name": _LAST,
    "philhealth_no": tuple(f"12-{345678900 + i}-{i % 9}" for i in _IDS),
    "bpjs": tuple(f"000{1234567890 + i * 7919}" for i in _IDS),
}
_PAYSLIPS = {
    "payslip_id": _IDS,
    "employee_id": _IDS,
    "philhealth": tuple(137.5 + i for i in _IDS),
}
_INSURERS = {
    "insurer_id": _IDS,
    "name": ("Harbour Mutual", "Northwind Assurance", "Lumen Life") * 4,
    "phone": ("+44 20 7946 0312", "+44 20 7946 0999") * 6,
    "email": ("claims@harbour-mutual.example", "desk@northwind.example") * 6,
}

# -- a sub-district in a table of addresses -----------------------------------------------------

_ADDRESSES = {
    "address_id": _IDS,
    "member_id": _IDS,
    "street": ("12 Dock Road", "4 Mill Lane") * 6,
    "taluk": ("Hosur", "Denkanikottai") * 6,
    "barangay": ("San Roque", "Poblacion") * 6,
    "city": ("Leeds", "York") * 6,
}
_CAMPUS_ADDRESSES = {
    "address_id": _IDS,
    "company_id": _IDS,
    "street": ("12 Dock Road", "4 Mill Lane") * 6,
    "barangay": ("San Roque", "Poblacion") * 6,
}
_SITES = {
    "site_id": _IDS,
    "contract_id": _IDS,
    "street": ("12 Dock Road", "4 Mill Lane") * 6,
    "barangay": ("San Roque", "Poblacion") * 6,
}

# -- a chair's name, a name as a passport spells it, a next of kin's contact -----------------

_CLUBS = {
    "club_id": _IDS,
    "club_name": ("Rowing Club", "Chess Circle") * 6,
    "chairperson_name": _EMPTY,
    "founded": _EMPTY,
}
_OFFICE_CHAIRS = {"sku": _IDS, "chair_name": ("Aeron", "Embody", "Leap") * 4, "price": _IDS}
_TRANSLATIONS = {"id": _IDS, "fn": ("Fichier", "Datei", "Bestand") * 4, "ln": ("fr", "de") * 6}
_MODULES = {
    "id": _IDS,
    "fn": ("init", "run") * 6,
    "mn": ("core", "net") * 6,
    "ln": _IDS,
    "name": ("alpha", "beta") * 6,
}
_FURNITURE = {
    "sku": _IDS,
    "chair": ("Windsor", "Eames", "Ladderback") * 4,
    "price": _IDS,
}
_TRAVELLERS = {
    "traveller_id": _IDS,
    "full_name": tuple(f"{f} {s}" for f, s in zip(_FIRST, _LAST, strict=True)),
    "passport_name": _EMPTY,
    "birth_date": _EMPTY,
    "sex": ("F", "M") * 6,
    "next_of_kin_contact": tuple(f"+44 7700 9{i * 7919 % 99991:05d}" for i in _IDS),
}
_COUNTRIES = {"country_id": _IDS, "iso": ("GB", "NL") * 6, "passport_name": _EMPTY}
_SUPPORT_DESKS = {
    "desk_id": _IDS,
    "emergency_contact": ("Ops rota", "Duty manager") * 6,
}

# -- an account's login named as its table, a document's number in English -------------------

_OPERATOR = {
    "id": _IDS,
    "operator": ("mlee", "jdoe", "kfarrow", "pnoor") * 3,
    "password": ("$2b$12$abcdefghijklmnopqrstuv",) * 12,
}
_PRINTER = {"id": _IDS, "printer": ("hp-laser-1", "epson-2") * 6, "password": ("admin",) * 12}
_CATEGORY = {"id": _IDS, "category": ("Food", "Drinks") * 6, "parent": _IDS}
_TENANTS = {
    "tenant_id": _IDS,
    "first_name": _FIRST,
    "last_name": _LAST,
    "document_number": tuple(f"AB{1234560 + i}" for i in _IDS),
}
_RECEIPTS = {
    "receipt_id": _IDS,
    "customer_id": _IDS,
    "document_number": tuple(f"RC{1234560 + i}" for i in _IDS),
}

# -- a psychological fitness test; glossary words ---------------------------------------------

_PILOTS = {
    "pilot_id": _IDS,
    "name": tuple(f"{f} {s}" for f, s in zip(_FIRST, _LAST, strict=True)),
    "email": tuple(f"p{i}@air.example" for i in _IDS),
    "psychological_evaluation": _EMPTY,
}
_SOCIOS = {
    "id": _IDS,
    "nombre": _FIRST,
    "apellido": _LAST,
    "correo": tuple(f"s{i}@club.example" for i in _IDS),
    "fichamedicaarchivo": tuple(f"fichas/{i}.pdf" for i in _IDS),
    "evaluacion_psicologica": _EMPTY,
}
_PESERTA = {
    "id": _IDS,
    "nama_lengkap": tuple(f"{f} {s}" for f, s in zip(_FIRST, _LAST, strict=True)),
    "nama_sesuai_paspor": _EMPTY,
    "tanggal_lahir": _EMPTY,
    "jenis_kelamin": ("L", "P") * 6,
    "kontak_keluarga_terdekat": tuple(f"0812{i * 7919 % 99991:08d}" for i in _IDS),
}
_KOPERASI = {
    "id": _IDS,
    "nama_koperasi": ("Koperasi Maju", "Koperasi Tani") * 6,
    "nama_ketua": _EMPTY,
    "alamat": ("Jl. Merdeka 1", "Jl. Sudirman 2") * 6,
}

_TEXT = {"ln": "double precision", "mn": "integer", "t": "integer", "exp": "double precision"}
_PESO = {"philhealth": "numeric(7,2)"}

POSITIVES = [
    ("a volunteer's first name in two letters", "volunteers", _VOLUNTEERS, "fn", None,
     "PERSON_NAME"),
    ("a volunteer's middle name in two letters", "volunteers", _VOLUNTEERS, "mn", None,
     "PERSON_NAME"),
    ("a volunteer's last name in two letters", "volunteers", _VOLUNTEERS, "ln", None,
     "PERSON_NAME"),
    ("a religion beside the two-letter name parts", "volunteers", _VOLUNTEERS, "religion", None,
     "SENSITIVE_DEMOGRAPHIC"),
    ("a witness's empty middle name", "witnesses", _WITNESSES, "mn", None, "PERSON_NAME"),
    ("a subscriber's first name under a shared word", "subscribers", _SUBSCRIBERS, "sub_fn",
     None, "PERSON_NAME"),
    ("a studio's producer written surname first", "studios", _STUDIOS, "producer", None,
     "PERSON_NAME"),
    ("a studio's contact person written surname first", "studios", _STUDIOS, "contact_person",
     None, "PERSON_NAME"),
    ("an order's ship-to name", "orders", _ORDERS, "ship_name", None, "PERSON_NAME"),
    ("a nurse's PhilHealth number", "nurses", _NURSES, "philhealth_no", None, "INSURANCE_ID"),
    ("a nurse's BPJS number", "nurses", _NURSES, "bpjs", None, "INSURANCE_ID"),
    ("a taluk in a table of members' addresses", "addresses", _ADDRESSES, "taluk", None,
     "STREET_ADDRESS"),
    ("a barangay in a table of members' addresses", "addresses", _ADDRESSES, "barangay", None,
     "STREET_ADDRESS"),
    ("a club's chairperson's name, empty", "clubs", _CLUBS, "chairperson_name", None,
     "PERSON_NAME"),
    ("a traveller's name as the passport spells it", "travellers", _TRAVELLERS,
     "passport_name", None, "PERSON_NAME"),
    ("a traveller's next of kin's phone", "travellers", _TRAVELLERS, "next_of_kin_contact",
     None, "PHONE_NUMBER"),
    ("an operator's login named as the table", "operator", _OPERATOR, "operator", None,
     "USERNAME"),
    ("a tenant's identity document's number", "tenants", _TENANTS, "document_number", None,
     "NATIONAL_ID"),
    ("a pilot's psychological evaluation", "pilots", _PILOTS, "psychological_evaluation", None,
     "HEALTH"),
    ("Spanish: a member's medical record file", "socios", _SOCIOS, "fichamedicaarchivo", None,
     "HEALTH"),
    ("Spanish: a member's psychological evaluation", "socios", _SOCIOS,
     "evaluacion_psicologica", None, "HEALTH"),
    ("Indonesian: a participant's name as in the passport", "peserta", _PESERTA,
     "nama_sesuai_paspor", None, "PERSON_NAME"),
    ("Indonesian: a participant's next of kin's contact", "peserta", _PESERTA,
     "kontak_keluarga_terdekat", None, "PHONE_NUMBER"),
    ("Indonesian: a cooperative's chair's name", "koperasi", _KOPERASI, "nama_ketua", None,
     "PERSON_NAME"),
]  # fmt: skip


NEGATIVES = [
    ("a formula's function", "formulas", _FORMULAS, "fn", None, "PERSON_NAME"),
    ("a growth curve's natural log", "growth", _GROWTH, "ln", _TEXT, "PERSON_NAME"),
    ("a schedule's minute", "schedule", _SCHEDULE, "mn", _TEXT, "PERSON_NAME"),
    ("a plot's functions and lines", "plots", _PLOTS, "fn", None, "PERSON_NAME"),
    ("a plot's lines", "plots", _PLOTS, "ln", None, "PERSON_NAME"),
    ("a stack frame's function", "frames", _FRAMES, "fn", {"ln": "integer"}, "PERSON_NAME"),
    ("a stack frame's thread name", "frames", _FRAMES, "name", {"ln": "integer"},
     "PERSON_NAME"),
    ("a fixture's venue, a city and a state", "fixtures", _FIXTURES, "venue", None,
     "PERSON_NAME"),
    ("a fixture's manager, a team", "fixtures", _FIXTURES, "manager", None, "PERSON_NAME"),
    ("a ship's own name in a table of ships", "ships", _SHIPS, "ship_name", None,
     "PERSON_NAME"),
    ("a bill's own name in a table of bills", "bills", _BILLS, "bill_name", None,
     "PERSON_NAME"),
    ("a payslip's contribution to the health insurer", "payslips", _PAYSLIPS, "philhealth",
     _PESO, "INSURANCE_ID"),
    ("an insurer's own phone", "insurers", _INSURERS, "phone", None, "PHONE_NUMBER"),
    ("an insurer's own e-mail", "insurers", _INSURERS, "email", None, "EMAIL_ADDRESS"),
    ("a company's address's barangay", "addresses", _CAMPUS_ADDRESSES, "barangay", None,
     "STREET_ADDRESS"),
    ("a contract's site's barangay", "sites", _SITES, "barangay", None, "STREET_ADDRESS"),
    ("a chair, a piece of furniture", "furniture", _FURNITURE, "chair", None, "PERSON_NAME"),
    ("a chair's model's name", "office_chairs", _OFFICE_CHAIRS, "chair_name", None,
     "PERSON_NAME"),
    ("a translation's word in a file's language", "translations", _TRANSLATIONS, "fn", None,
     "PERSON_NAME"),
    ("a profiler's module's name beside fn, mn, ln", "modules", _MODULES, "name",
     {"ln": "integer"}, "PERSON_NAME"),
    ("a country's passport's name", "countries", _COUNTRIES, "passport_name", None,
     "PERSON_NAME"),
    ("a support desk's emergency contact, a rota", "support_desks", _SUPPORT_DESKS,
     "emergency_contact", None, "PHONE_NUMBER"),
    ("a category named as its table", "category", _CATEGORY, "category", None, "USERNAME"),
    ("a printer's own name beside its password", "printer", _PRINTER, "printer", None,
     "USERNAME"),
    ("a receipt's document number", "receipts", _RECEIPTS, "document_number", None,
     "NATIONAL_ID"),
]  # fmt: skip


test_flagged, test_not_flagged = described_tests(POSITIVES, NEGATIVES)


def test_explanations_name_no_sampled_value() -> None:
    tables = [
        ("volunteers", _VOLUNTEERS),
        ("studios", _STUDIOS),
        ("nurses", _NURSES),
        ("tenants", _TENANTS),
        ("operator", _OPERATOR),
    ]
    assert leaked_values(tables, 3) == []


@pytest.mark.parametrize("name", ["", "_", "0"])
def test_a_column_with_no_word_is_no_insurer_number(name: str) -> None:
    ctx = FieldContext("cache", "events", name, "text", siblings=(name, "email"))
    assert DemographicSignal().evaluate(ctx) == []
