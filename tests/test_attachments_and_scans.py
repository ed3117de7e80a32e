"""Rules of the sixty-seventh round on made-up tables of many domains: the copy of an identity
document, a person's attachments (their photo and CV), cards and papers that identify their
holder, a place of residence, a login named "identifier", a key named ``id`` glued before its
table's word, and a French register's words (a correspondent, a fixer, a person to notify, a
press card, ``pj``); then look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from classifiers.attachments_and_scans import file_words, person_attachments
from classifiers.base import FieldContext

from .table_verdicts import described_tests, explanations

_ROWS = 12
_IDS = tuple(range(1, _ROWS + 1))
_FIRST = ("Orla", "Piet", "Maren", "Idris") * 3
_LAST = ("Fenwick", "Hanssen", "Dusk", "Vale") * 3
_PRENOMS = ("Amadou", "Claire", "Léon", "Awa") * 3
_NOMS = ("Ouédraogo", "Martin", "Diallo", "Kaboré") * 3
_PDFS = ("scans/a81.pdf", "scans/b02.pdf", "scans/c13.pdf") * 4
_IMAGES = ("uploads/p1.jpg", "uploads/p2.png", "uploads/p3.jpg") * 4
_DOCS = ("files/cv_a.pdf", "files/cv_b.docx", "files/cv_c.pdf") * 4
_HASH = ("$2y$10$Qm9vZHk0TXlGYWtlSGFzaE9ubHlGb3JUZXN0cw",) * _ROWS
_EMPTY: tuple[object, ...] = ()
Columns = dict[str, tuple[object, ...]]


# -- an identity document's copy, a person's attachments ----------------------------------

_VISA_APPLICANTS = {
    "applicant_id": _IDS,
    "first_name": _FIRST,
    "last_name": _LAST,
    "passport_scan": _PDFS,
    "id_card_copy_url": _PDFS,
    "scan_of_passport": _EMPTY,
    "has_passport_scan": (True, False) * 6,
    "blank_form_file": ("forms/visa-form.pdf",) * _ROWS,
}
_CANDIDATE_UPLOADS = {
    "id": _IDS,
    "candidate_id": _IDS,
    "passport_file": _PDFS,
    "headshot": _IMAGES,
    "resume_path": _DOCS,
    "uploaded_at": ("2024-03-01 10:00:00",) * _ROWS,
}
_PATIENT_DOCUMENTS = {"id": _IDS, "patient_id": _IDS, "photo": _IMAGES, "cv": _EMPTY}
#: A user's, a customer's or a ticket's attachments: whatever they uploaded.
_USER_ATTACHMENTS = {"id": _IDS, "user_id": _IDS, "photo": _IMAGES, "cv": _DOCS}
_CUSTOMER_UPLOADS = {"id": _IDS, "customer_id": _IDS, "photo": _IMAGES}
_VEHICLES = {"id": _IDS, "owner_id": _IDS, "registration_scan": _PDFS, "plate": ("AB12CDE",) * 12}
_VISA_TEMPLATES = {"id": _IDS, "country": ("FR", "DE") * 6, "passport_scan_url": _PDFS}

# -- cards and papers that identify their holder, a place of residence ---------------------

_JOURNALISTS = {
    "id": _IDS,
    "first_name": _FIRST,
    "last_name": _LAST,
    "press_card_number": ("PC-2231", "PC-4410", "PC-9012") * 4,
    "consular_card_no": ("CC9988", "CC7766") * 6,
    "laissez_passer": ("LP12345", "LP44321") * 6,
    "voter_card_number": ("VC-1", "VC-2") * 6,
    "residence_permit_no": ("RP77", "RP78") * 6,
    "place_of_residence": ("Leeds", "Bristol", "Kumasi") * 4,
}
_TENANTS = {
    "tenant_id": _IDS,
    "full_name": tuple(f"{f} {s}" for f, s in zip(_FIRST, _LAST, strict=True)),
    "city_of_residence": ("Leeds", "Bristol") * 6,
}
_PAYMENTS = {
    "id": _IDS,
    "customer_id": _IDS,
    "card_number": ("4111111111111111",) * _ROWS,
    "gift_card_number": ("GC-0001", "GC-0002") * 6,
}
_HALLS = {"id": _IDS, "residence": ("North Hall", "Lake House") * 6, "rooms": _IDS}
_EVENTS = {"id": _IDS, "title": ("Expo", "Fair") * 6, "place_of_residence": ("Leeds",) * 12}
_CONTACT_CARDS = {
    "id": _IDS,
    "first_name": _FIRST,
    "last_name": _LAST,
    "business_card_scan": _IMAGES,
}

# -- a login named "identifier", a key named ``id`` glued before its table's word -----------

_ACCOUNTS = {
    "id": _IDS,
    "display_name": tuple(f"{f} {s}" for f, s in zip(_FIRST, _LAST, strict=True)),
    "identifier": ("orla", "piet", "maren78451236", "idris12") * 3,
    "email": ("orla@example.org", "piet@example.org") * 6,
    "password_hash": _HASH,
}
_USERS_FR = {
    "id": _IDS,
    "name": tuple(f"{s} {f}" for f, s in zip(_PRENOMS, _NOMS, strict=True)),
    "identifiant": ("amadou", "claire", "leon22", "awa") * 3,
    "password": _HASH,
}
_KEYED_ACCOUNTS = {
    "id": _IDS,
    "identifier": ("0f8fad5b-d9cb-469f-a165-70867728950e", "7c9e6679-7425-40de-944b") * 6,
    "password": _HASH,
}
_NUMBERED_ACCOUNTS = {
    "id": _IDS,
    "identifier": ("INV20210001", "INV20210002", "INV20210003") * 4,
    "password": _HASH,
}
#: An HR system's staff: the login kept under its own name, the identifier an employee's.
_STAFF_ACCOUNTS = {
    "id": _IDS,
    "login": ("orla", "piet", "maren", "idris") * 3,
    "identifier": ("ofenwick", "phanssen", "mdusk", "ivale") * 3,
    "password": _HASH,
}
_DOCUMENT = {"iddocument": _IDS, "title": ("Receipt", "Attestation") * 6}
_CARD = {"idcard": _IDS, "label": ("Gold", "Silver") * 6}
_PERSONS = {
    "id": _IDS,
    "first_name": _FIRST,
    "last_name": _LAST,
    "iddocument": ("AB123456", "CD654321") * 6,
}
_INT = {"iddocument": "integer", "idcard": "integer"}

# -- a French register: made-up volunteers, requests, attachments and accounts --------------

_BENEVOLES = {
    "id_benevole": _IDS,
    "nom": _NOMS,
    "prenom": _PRENOMS,
    "date_naissance": ("1990-01-02",) * _ROWS,
    "lieu_de_residence": ("Ouagadougou", "Lyon", "Dakar") * 4,
    "ville_residence": ("Bobo", "Lyon") * 6,
    "telephone_residence": ("70201234", "78124567") * 6,
    "adresse_pays_residence": ("12 rue des Lilas", "4 avenue Kwame") * 6,
    "personne_a_prevenir": ("Awa Diallo", "Léon Martin") * 6,
    "numero_carte_presse": ("CP1234", "CP5678") * 6,
    "carte_consulaire": ("CC9988", "CC7766") * 6,
    "cnib": ("B1234567", "B7654321") * 6,
}
_DEMANDES = {
    "id_demande": _IDS,
    "nom": _NOMS,
    "prenom": _PRENOMS,
    "telephone": ("70201234",) * _ROWS,
    "nom_fixeur": _NOMS,
    "adress_fixeur": ("12 rue des Lilas", "4 avenue Kwame") * 6,
    "carte_professionnelle_fixeur": ("P1", "P2") * 6,
    "laissepasser": ("LP12", "LP34") * 6,
}
_PIECES_JOINTES = {
    "id_pj": _IDS,
    "id_candidat": _IDS,
    "pjpasseport": _PDFS,
    "pj_cartepresse": _PDFS,
    "photo": _IMAGES,
    "cv": _DOCS,
    "date_depot": ("2021-01-02",) * _ROWS,
}
_CORRESPONDANTS = {
    "idcorrespondant": _IDS,
    "nom": _NOMS,
    "prenom": _PRENOMS,
    "telephone": ("70201234",) * _ROWS,
}
_COMMANDES = {
    "id_commande": _IDS,
    "pj_facture": _PDFS,
    "montant": _IDS,
    "date_commande": ("2021-01-02",) * _ROWS,
}
_LOGEMENTS = {
    "id_logement": _IDS,
    "residence": ("Résidence du Lac", "Les Tilleuls") * 6,
    "adresse": ("3 rue Haute",) * _ROWS,
    "loyer": _IDS,
}

POSITIVES = [
    ("an applicant's passport scan", "visa_applicants", _VISA_APPLICANTS, "passport_scan",
     None, "NATIONAL_ID"),
    ("an applicant's identity card's copy, kept as a URL", "visa_applicants", _VISA_APPLICANTS,
     "id_card_copy_url", None, "NATIONAL_ID"),
    ("an applicant's scan of a passport, empty", "visa_applicants", _VISA_APPLICANTS,
     "scan_of_passport", None, "NATIONAL_ID"),
    ("a candidate's uploaded passport", "uploads", _CANDIDATE_UPLOADS, "passport_file", None,
     "NATIONAL_ID"),
    ("a candidate's uploaded headshot", "uploads", _CANDIDATE_UPLOADS, "headshot", None,
     "PHOTO"),
    ("a candidate's uploaded CV", "uploads", _CANDIDATE_UPLOADS, "resume_path", None,
     "FREE_TEXT"),
    ("a patient's document's photo", "documents", _PATIENT_DOCUMENTS, "photo", None, "PHOTO"),
    ("a journalist's press card", "journalists", _JOURNALISTS, "press_card_number", None,
     "NATIONAL_ID"),
    ("a journalist's consular card", "journalists", _JOURNALISTS, "consular_card_no", None,
     "NATIONAL_ID"),
    ("a journalist's laissez-passer", "journalists", _JOURNALISTS, "laissez_passer", None,
     "NATIONAL_ID"),
    ("a journalist's voter card", "journalists", _JOURNALISTS, "voter_card_number", None,
     "NATIONAL_ID"),
    ("a journalist's residence permit", "journalists", _JOURNALISTS, "residence_permit_no",
     None, "NATIONAL_ID"),
    ("a journalist's place of residence", "journalists", _JOURNALISTS, "place_of_residence",
     None, "CITY"),
    ("a tenant's city of residence", "tenants", _TENANTS, "city_of_residence", None, "CITY"),
    ("an account's login named identifier", "accounts", _ACCOUNTS, "identifier", None,
     "USERNAME"),
    ("a user's login named in French", "users", _USERS_FR, "identifiant", None, "USERNAME"),
    ("a person's identity document named id document", "persons", _PERSONS, "iddocument",
     None, "NATIONAL_ID"),
    ("French: a volunteer's place of residence", "benevoles", _BENEVOLES, "lieu_de_residence",
     None, "CITY"),
    ("French: a volunteer's town of residence", "benevoles", _BENEVOLES, "ville_residence",
     None, "CITY"),
    ("French: a volunteer's home phone", "benevoles", _BENEVOLES, "telephone_residence", None,
     "PHONE_NUMBER"),
    ("French: a volunteer's address abroad", "benevoles", _BENEVOLES, "adresse_pays_residence",
     None, "STREET_ADDRESS"),
    ("French: a volunteer's person to notify", "benevoles", _BENEVOLES, "personne_a_prevenir",
     None, "FREE_TEXT"),
    ("French: a volunteer's press card", "benevoles", _BENEVOLES, "numero_carte_presse", None,
     "NATIONAL_ID"),
    ("French: a volunteer's consular card", "benevoles", _BENEVOLES, "carte_consulaire", None,
     "NATIONAL_ID"),
    ("French: a volunteer's Burkinabe identity card", "benevoles", _BENEVOLES, "cnib", None,
     "NATIONAL_ID"),
    ("French: a request's fixer's name", "demandes", _DEMANDES, "nom_fixeur", None,
     "PERSON_NAME"),
    ("French: a request's fixer's address, misspelt", "demandes", _DEMANDES, "adress_fixeur",
     None, "STREET_ADDRESS"),
    ("French: a request's fixer's professional card", "demandes", _DEMANDES,
     "carte_professionnelle_fixeur", None, "NATIONAL_ID"),
    ("French: a request's laissez-passer, glued", "demandes", _DEMANDES, "laissepasser", None,
     "NATIONAL_ID"),
    ("French: a candidate's attached passport, glued after pj", "pieces_jointes",
     _PIECES_JOINTES, "pjpasseport", None, "NATIONAL_ID"),
    ("French: a candidate's attached press card", "pieces_jointes", _PIECES_JOINTES,
     "pj_cartepresse", None, "NATIONAL_ID"),
    ("French: a candidate's attached photo", "pieces_jointes", _PIECES_JOINTES, "photo", None,
     "PHOTO"),
    ("French: a candidate's attached CV", "pieces_jointes", _PIECES_JOINTES, "cv", None,
     "FREE_TEXT"),
    ("French: a correspondent's phone", "correspondants", _CORRESPONDANTS, "telephone", None,
     "PHONE_NUMBER"),
]  # fmt: skip


NEGATIVES = [
    ("a flag of a passport scan", "visa_applicants", _VISA_APPLICANTS, "has_passport_scan",
     {"has_passport_scan": "boolean"}, "NATIONAL_ID"),
    ("one blank form in every row", "visa_applicants", _VISA_APPLICANTS, "blank_form_file",
     None, "NATIONAL_ID"),
    ("a user's uploaded photo", "attachments", _USER_ATTACHMENTS, "photo", None, "PHOTO"),
    ("a user's uploaded cv", "attachments", _USER_ATTACHMENTS, "cv", None, "FREE_TEXT"),
    ("a customer's uploaded photo", "uploads", _CUSTOMER_UPLOADS, "photo", None, "PHOTO"),
    ("a vehicle's registration scan", "vehicles", _VEHICLES, "registration_scan", None,
     "NATIONAL_ID"),
    ("a visa template's passport scan, no person", "visa_templates", _VISA_TEMPLATES,
     "passport_scan_url", None, "NATIONAL_ID"),
    ("a payment card still a payment card", "payments", _PAYMENTS, "card_number", None,
     "NATIONAL_ID"),
    ("a gift card's number", "payments", _PAYMENTS, "gift_card_number", None, "NATIONAL_ID"),
    ("a hall of residence's name", "halls", _HALLS, "residence", None, "CITY"),
    ("an event's place of residence, no person", "events", _EVENTS, "place_of_residence",
     None, "CITY"),
    ("a contact's business card's scan", "contact_cards", _CONTACT_CARDS, "business_card_scan",
     None, "NATIONAL_ID"),
    ("an account's identifier holding UUIDs", "accounts", _KEYED_ACCOUNTS, "identifier", None,
     "USERNAME"),
    ("an account's identifier holding numbered codes", "accounts", _NUMBERED_ACCOUNTS,
     "identifier", None, "USERNAME"),
    ("an identifier beside the account's login", "users", _STAFF_ACCOUNTS, "identifier", None,
     "USERNAME"),
    ("a document's own key, id glued before its word", "document", _DOCUMENT, "iddocument",
     _INT, "NATIONAL_ID"),
    ("a card's own key", "card", _CARD, "idcard", _INT, "NATIONAL_ID"),
    ("French: an order's attached invoice", "commandes", _COMMANDES, "pj_facture", None,
     "NATIONAL_ID"),
    ("French: a dwelling's residence, a building's name", "logements", _LOGEMENTS, "residence",
     None, "CITY"),
]  # fmt: skip


test_flagged, test_not_flagged = described_tests(POSITIVES, NEGATIVES)


def test_explanations_name_no_sampled_value() -> None:
    """The reasons name the columns and the tables, never a sampled value."""
    for table, columns in (
        ("visa_applicants", _VISA_APPLICANTS),
        ("uploads", _CANDIDATE_UPLOADS),
        ("pieces_jointes", _PIECES_JOINTES),
        ("accounts", _ACCOUNTS),
    ):
        values = {str(v) for vs in columns.values() for v in vs if isinstance(v, str)}
        for given in explanations(table, columns).values():
            for text in given.values():
                assert not any(v in text for v in values), text


@pytest.mark.parametrize(
    ("words", "paper"),
    [
        (("passport", "scan"), ("passport",)),
        (("scan", "of", "passport"), ("passport",)),
        (("id", "card", "copy", "url"), ("id", "card")),
        (("passport", "attachment"), ("passport",)),
        (("passport", "number"), None),
        (("scan",), None),
        (("file",), None),
    ],
)
def test_file_words(words: tuple[str, ...], paper: tuple[str, ...] | None) -> None:
    assert file_words(words) == paper


def test_person_attachments_needs_a_key_to_who_hands_papers_in() -> None:
    ctx = FieldContext("s", "public.attachments", "photo", siblings=("id", "student_id"))
    assert person_attachments(ctx) is not None
    ctx = FieldContext("s", "public.attachments", "photo", siblings=("id", "owner_id"))
    assert person_attachments(ctx) is None
    ctx = FieldContext("s", "public.students", "photo", siblings=("id", "student_id"))
    assert person_attachments(ctx) is None  # a table of people, no table of papers
