"""Rules of the forty-third round: a schema written in French (``nom``, ``prénom``, a contact's
``nom_client``, a qualifier after its noun as in ``email_professionnel``, a ``biographie``, a
table of towns named ``ville`` or ``commune``), a security question's answer, and a driving
licence's number in a drivers' table keyed to a person. Every table, column and value is made
up; the negative cases come from other domains (a shop's products, a library's files, sensors'
nominal values, award nominations, a vendor's security questionnaire, a puzzle game, printer
drivers, a racing series)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

Columns = dict[str, tuple[object, ...]]


def _verdict(table: str, columns: Columns, column: str, types: dict[str, str] | None = None):
    return explanations(table, {"id": (), **columns}, types)[column]


# -- a schema written in French ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a shop's products and categories: a ``nom`` is the thing's name
        ("produits", {"nom": ("Chaise", "Table basse"), "prix": (12.5,)}, "nom"),
        ("categories", {"nom": ("Jardin", "Cuisine"), "description": ()}, "nom"),
        # a library's files, a product's trade name, an event's name
        (
            "documents",
            {"nom_fichier": ("rapport.pdf", "plan.docx"), "taille": (10,)},
            "nom_fichier",
        ),
        (
            "articles",
            {"nom_commercial": ("Lumina", "Brio"), "reference": ("A-1",)},
            "nom_commercial",
        ),
        ("evenements", {"nom": ("Fête de la musique", "Salon du livre"), "date": ()}, "nom"),
        # English schemas: a sensor's nominal value and an award's nominations
        ("sensors", {"nom_voltage": ("230", "110"), "serial": ("S-1",)}, "nom_voltage"),
        ("nominations", {"nom_id": (), "nom_date": (), "category": ("Best film",)}, "nom_date"),
        # a region's name in a table of regions
        ("geographie_region", {"nom": ("Centre", "Hauts-Bassins"), "code": ("03",)}, "nom"),
    ],
)
def test_no_french_person_name(table: str, columns: Columns, column: str) -> None:
    assert "PERSON_NAME" not in _verdict(table, columns, column)


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a company's own contact details, and a mailing list's sender
        (
            "companies",
            {"name": ("Acme",), "email_professionnel": ("info@acme.example",)},
            "email_professionnel",
            "EMAIL_ADDRESS",
        ),
        (
            "suppliers",
            {"company_name": ("Brio",), "telephone_principal": ("+33140000000",)},
            "telephone_principal",
            "PHONE_NUMBER",
        ),
        # an English town table, and artworks with a text about their school (no person's row)
        (
            "cities",
            {"name": ("Lyon",), "postal_code": ("69000",), "latitude": (45.7,)},
            "postal_code",
            "POSTAL_CODE",
        ),
        (
            "oeuvres",
            {"titre": ("Nymphéas",), "biographie": ("Peint à Giverny en 1906.",)},
            "biographie",
            "FREE_TEXT",
        ),
    ],
)
def test_no_french_contact(table: str, columns: Columns, column: str, entity: str) -> None:
    assert entity not in _verdict(table, columns, column)


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a sports club's members and a school's pupils: ``nom`` beside ``prénom``
        (
            "adherents",
            {
                "nom": ("Martin", "Diallo"),
                "prenom": ("Léa", "Moussa"),
                "email": ("lea@example.fr",),
            },
            "nom",
            "PERSON_NAME",
        ),
        (
            "adherents",
            {
                "nom": ("Martin", "Diallo"),
                "prenom": ("Léa", "Moussa"),
                "email": ("lea@example.fr",),
            },
            "prenom",
            "PERSON_NAME",
        ),
        (
            "eleves",
            {"nom_de_famille": ("Roux",), "prénom": ("Inès",), "classe": ("CM2",)},
            "prénom",
            "PERSON_NAME",
        ),
        (
            "eleves",
            {"nom_de_famille": ("Roux",), "prénom": ("Inès",), "classe": ("CM2",)},
            "nom_de_famille",
            "PERSON_NAME",
        ),
        # a delivery's recipient and a rental's tenant, named after the noun
        (
            "livraisons",
            {"nom_destinataire": ("Petit",), "adresse_livraison": ()},
            "nom_destinataire",
            "PERSON_NAME",
        ),
        (
            "baux",
            {"prenom_locataire": ("Hugo",), "loyer": (650,)},
            "prenom_locataire",
            "PERSON_NAME",
        ),
        (
            "rendez_vous",
            {"nom_client": ("Blanc",), "prenom_client": ("Zoé",), "heure": ()},
            "prenom_client",
            "PERSON_NAME",
        ),
        # a qualifier after the noun: a person's work and private contact details
        (
            "employes",
            {"nom": ("Morel",), "prenom": ("Luc",), "email_professionnel": ()},
            "email_professionnel",
            "EMAIL_ADDRESS",
        ),
        (
            "patients",
            {"nom": ("Morel",), "prenom": ("Luc",), "telephone_portable": ()},
            "telephone_portable",
            "PHONE_NUMBER",
        ),
        (
            "benevoles",
            {"nom": ("Morel",), "prenom": ("Luc",), "email_personnel": ()},
            "email_personnel",
            "EMAIL_ADDRESS",
        ),
        # a member's biography
        (
            "members",
            {
                "first_name": ("Ana",),
                "last_name": ("Ruiz",),
                "biographie": ("Avocate depuis 2004, elle préside le club.",),
            },
            "biographie",
            "FREE_TEXT",
        ),
    ],
)
def test_french_person_field(table: str, columns: Columns, column: str, entity: str) -> None:
    assert entity in _verdict(table, columns, column)


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("villes", "code_postal"),
        ("villes", "latitude"),
        ("communes", "code_postal"),
        ("communes", "longitude"),
    ],
)
def test_a_table_of_towns_is_no_persons(table: str, column: str) -> None:
    columns: Columns = {
        "nom": ("Dijon", "Brest"),
        "code_postal": ("21000", "29200"),
        "latitude": (47.32, 48.39),
        "longitude": (5.04, -4.49),
        "population": (156000, 139000),
    }
    assert _verdict(table, columns, column) == {}


# -- a security question's answer ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a vendor's security questionnaire and a compliance audit: answers about a firm
        (
            "vendor_assessments",
            {"vendor": ("Acme",), "security_answer": ("Yes, AES-256",)},
            "security_answer",
        ),
        ("audit_items", {"control": ("AC-2",), "secret_answer": ("Quarterly",)}, "secret_answer"),
        # a puzzle game's and a quiz's answers
        (
            "ctf_challenges",
            {"points": (100,), "challenge_answer": ("flag{x}",)},
            "challenge_answer",
        ),
        ("quiz_questions", {"question": ("Capital of Peru?",), "answer": ("Lima",)}, "answer"),
        # the question a user picked, and a flag that an answer is set
        (
            "users",
            {"email": ("a@example.org",), "security_question": ("First pet?",)},
            "security_question",
        ),
        (
            "users",
            {"email": ("a@example.org",), "has_security_answer": (True,)},
            "has_security_answer",
        ),
    ],
)
def test_no_security_answer(table: str, columns: Columns, column: str) -> None:
    assert "PASSWORD_HASH" not in _verdict(table, columns, column)


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        (
            "members",
            {"email": ("a@example.org",), "security_answer": ("Rex", "Blue")},
            "security_answer",
        ),
        (
            "accounts",
            {"email": ("a@example.org",), "first_name": ("Ana",), "secret_answer": ("Lima",)},
            "secret_answer",
        ),
        ("patients", {"last_name": ("Ruiz",), "recovery_answer": ("Oslo",)}, "recovery_answer"),
        (
            "users",
            {"email": ("a@example.org",), "security_question_answer": ("Maple",)},
            "security_question_answer",
        ),
    ],
)
def test_security_answer(table: str, columns: Columns, column: str) -> None:
    assert "PASSWORD_HASH" in _verdict(table, columns, column)


# -- a driving licence's number in a drivers' table keyed to a person ----------------------------


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        # printer drivers and a racing series' drivers keyed to their team
        ("drivers", {"vendor_id": (), "version": ("2.1",)}),
        ("drivers", {"team_id": (), "car_number": (44,)}),
        # a taxi's licence and a shop's licence, keyed to no person
        ("taxis", {"driver_id": (), "plate": ("AB-123",)}),
        ("shops", {"owner_id": (), "opening_hours": ()}),
        # a drivers' table keyed to a product: a licence sold
        ("driver_packages", {"product_id": (), "customer_id": ()}),
    ],
)
def test_no_driver_licence(table: str, columns: Columns) -> None:
    columns = {**columns, "license_number": ("6996164", "B13654424")}
    assert "NATIONAL_ID" not in _verdict(table, columns, "license_number")


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        ("driver", {"student_id": (), "date_hired": ()}),
        ("drivers", {"employee_id": (), "shift": ("night",)}),
        ("delivery_drivers", {"user_id": (), "vehicle_type": ("bike",)}),
    ],
)
def test_driver_licence(table: str, columns: Columns) -> None:
    columns = {**columns, "licence_no": ("6996164", "B13654424")}
    assert "NATIONAL_ID" in _verdict(table, columns, "licence_no")
