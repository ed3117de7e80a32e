"""Whose data a column is, from the causes of the fourteenth and fifteenth held-out rounds' errors
(every case is made up here): a person's health read from an empty schema, names glued to an
application's prefix, official, sibling and emergency-contact names, a staff contract's
amounts, a job's salary, article numbers, clients that point at their contact, companies known
by their ticker or revenue, and a seller's deals, quotes and campaigns."""

from __future__ import annotations

from functools import partial

import pytest

from classifiers.base import FieldContext
from classifiers.name_tokens import Tokenizer
from classifiers.name_words import NameWords
from classifiers.names import NameSignal

from .table_verdicts import explanations

_verdicts = partial(explanations, schema="school")


# -- a person's health -------------------------------------------------------------------------


def test_health_columns_of_a_table_of_people_are_health_data_even_when_empty():
    found = _verdicts(
        "pupils",
        {"id": (), "first_name": (), "surname": (), "medical_notes": (), "allergies": ()},
        {"id": "int"},
    )
    for column in ("medical_notes", "allergies"):
        assert "HEALTH" in found[column], (column, found[column])
        assert "health" in found[column]["HEALTH"]


def test_every_text_column_of_a_health_record_pointing_at_a_person_is_health_data():
    found = _verdicts(
        "person_medical_conditions",
        {
            "id": (),
            "person_medical_id": (),
            "name": (),
            "known_reactions": (),
            "response_notes": (),
            "recorded_on": (),
            "created_by": (),
        },
        {"id": "int", "person_medical_id": "int", "recorded_on": "date", "created_by": "int"},
    )
    for column in ("name", "known_reactions", "response_notes"):
        assert "HEALTH" in found[column], (column, found[column])
        assert "keeps health records" in found[column]["HEALTH"]
    for column in ("id", "person_medical_id", "recorded_on", "created_by"):
        assert "HEALTH" not in found[column], (column, found[column])


def test_first_aid_given_to_a_person_is_health_data():
    found = _verdicts(
        "first_aid",
        {"id": (), "patient_person_id": (), "description": (), "treatment_given": ()},
        {"id": "int", "patient_person_id": "int"},
    )
    assert "HEALTH" in found["description"]
    assert "HEALTH" in found["treatment_given"]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a product's use, with no person in the table
        ("products", {"id": (), "name": (), "medical_use": ()}, "medical_use"),
        # a health check of a server
        ("servers", {"id": (), "owner_id": (), "health_check": ()}, "health_check"),
        # an insurer's count of what it covers, a number
        (
            "insurers",
            {"id": (), "customer_id": (), "covered_medications": ()},
            "covered_medications",
        ),
        # a sales contract's conditions: no health records, whoever the customer is
        ("sales_conditions", {"id": (), "customer_id": (), "text": ()}, "text"),
    ],
)
def test_health_words_about_things_are_no_health_data(table, columns, column):
    found = _verdicts(
        table, columns, {"id": "int", "owner_id": "int", "covered_medications": "int"}
    )
    assert "HEALTH" not in found[column], found[column]


# -- an application's prefix glued to names ------------------------------------------------------


def test_an_application_prefix_glued_to_names_is_split_off():
    words = Tokenizer(NameWords().split_words())
    assert words.tokens("acmepersonid") == ("acme", "person", "id")
    assert words.tokens("zedpersonmedicalcondition") == ("zed", "person", "medical", "condition")
    # one word after a prefix is not enough: an ordinary word stays whole
    assert words.tokens("automobile") == ("automobile",)
    assert words.tokens("parentmodelname") == ("parent", "model", "name")


def test_a_glued_key_after_the_prefix_points_at_a_person():
    found = _verdicts(
        "acmefirstaid",
        {"acmefirstaidid": (), "acmepersonid": (), "description": ()},
        {"acmefirstaidid": "int", "acmepersonid": "int"},
    )
    assert "HEALTH" in found["description"]
    assert "'acmepersonid'" in found["description"]["HEALTH"]


def test_a_model_name_is_no_persons_name():
    found = _verdicts(
        "contacts",
        {"id": (), "first_name": (), "last_name": (), "parentmodelname": ("Contacts", "Accounts")},
        {"id": "int"},
    )
    assert "PERSON_NAME" not in found["parentmodelname"]


# -- names of a person's relatives and official names ---------------------------------------------


def test_official_sibling_and_emergency_contact_names_are_names_even_when_empty():
    found = _verdicts(
        "applicants",
        {
            "id": (),
            "firstname": (),
            "surname": (),
            "official_name": (),
            "sibling_name_2": (),
            "sibling4name": (),
            "siblingdob4": (),
            "emergency3name": (),
        },
        {"id": "int", "siblingdob4": "date"},
    )
    for column in ("official_name", "sibling_name_2", "sibling4name", "emergency3name"):
        assert "PERSON_NAME" in found[column], (column, found[column])
    assert "DATE_OF_BIRTH" in found["siblingdob4"]


# -- pay: a staff contract's amounts and a job's salary ------------------------------------------


def test_every_amount_of_a_staff_contract_is_the_persons_pay():
    found = _verdicts(
        "staff_contracts",
        {
            "id": (),
            "staff_id": (),
            "salary_amount": (),
            "accommodationamount": (),
            "travel_allowance": (),
        },
        {"id": "int", "staff_id": "int"},
        default_type="decimal(12,2)",
    )
    for column in ("salary_amount", "accommodationamount", "travel_allowance"):
        assert "FINANCIAL" in found[column], (column, found[column])
        assert "employment contract" in found[column]["FINANCIAL"]


def test_a_customers_contract_amount_is_no_pay():
    found = _verdicts("sales_contracts", {"id": (), "customer_id": (), "amount": ()}, {"id": "int"})
    assert "FINANCIAL" not in found["amount"]


def test_the_salary_a_job_order_offers_is_no_ones_pay():
    found = _verdicts(
        "job_postings",
        {"posting_id": (), "contact_id": (), "recruiter": (), "title": (), "salary": ()},
        {"posting_id": "int", "contact_id": "int", "recruiter": "int"},
    )
    assert "FINANCIAL" not in found["salary"]


# -- article numbers ------------------------------------------------------------------------------


@pytest.mark.parametrize("column", ["book_isbn", "ean", "product_gtin", "sku"])
def test_an_article_number_is_no_phone_or_account_number(column):
    values = ("0451457994", "0394800753", "0441172717", "0590445065", "0679803335")
    found = _verdicts("stock", {"id": (), column: values, "price": ()}, {"id": "int"})
    assert found[column] == {}
    assert "article" in explanations_of_veto(column, values)


def explanations_of_veto(column: str, values: tuple[str, ...]) -> str:
    """The reason the name signal gives for an article number's veto."""
    hits = NameSignal().evaluate(FieldContext("s", "stock", column, "text", samples=values))
    return hits[0].reason


# -- organisations: clients with a contact, companies by their facts -----------------------------


def test_a_client_that_points_at_its_contact_is_an_organisation():
    found = _verdicts(
        "trade_clients",
        {
            "client_id": (),
            "primary_contact_id": (),
            "name": (),
            "street": (),
            "city": (),
            "zip": (),
            "phone": (),
            "fax": (),
        },
        {"client_id": "int", "primary_contact_id": "int"},
    )
    for column in ("name", "street", "city", "zip", "phone", "fax"):
        assert found[column] == {}, (column, found[column])


def test_a_client_with_its_own_name_fields_is_a_person():
    found = _verdicts(
        "clients",
        {"id": (), "first_name": (), "last_name": (), "contact_id": (), "phone": (), "city": ()},
        {"id": "int", "contact_id": "int"},
    )
    assert "PHONE_NUMBER" in found["phone"]
    assert "CITY" in found["city"]


def test_a_ticker_symbol_makes_the_rows_companies_whose_premises_are_no_ones():
    found = _verdicts(
        "crm_accounts",
        {
            "id": (),
            "name": (),
            "firstname": (),
            "ticker_symbol": (),
            "annual_revenue": (),
            "phone": (),
            "address": (),
            "city": (),
            "zipcode": (),
        },
        {"id": "int"},
    )
    for column in ("name", "address", "city", "zipcode"):
        assert found[column] == {}, (column, found[column])
    # a person named in the row is reached at that phone: business contact data, still reported
    assert "business contact data" in found["phone"]["PHONE_NUMBER"]


# -- a seller's deals, quotes and campaigns --------------------------------------------------------


@pytest.mark.parametrize("table", ["opportunities", "sales_quotes", "campaigns"])
def test_a_deals_name_and_description_are_no_persons(table):
    found = _verdicts(
        table,
        {"id": (), "name": (), "contact_name": (), "email": (), "phone": (), "description": ()},
        {"id": "int"},
    )
    assert found["name"] == {}
    assert found["description"] == {}
    assert "PERSON_NAME" in found["contact_name"]


# -- the sender of the mails an application sends ------------------------------------------------


def test_the_sender_of_automatic_mails_is_the_organisation():
    found = _verdicts(
        "event_pages",
        {"id": (), "title": (), "notification_sender_name": (), "reminder_from_email": ()},
        {"id": "int"},
    )
    assert found["notification_sender_name"] == {}
    assert "business contact data" in explanations_of_sender("reminder_from_email")


def test_a_sender_column_in_a_table_of_people_stays_personal():
    found = _verdicts(
        "participants",
        {"id": (), "first_name": (), "last_name": (), "reminder_from_email": ()},
        {"id": "int"},
    )
    assert "EMAIL_ADDRESS" in found["reminder_from_email"]


def explanations_of_sender(column: str) -> str:
    """The name signal's veto of a sender column of a table of event pages."""
    ctx = FieldContext("s", "event_pages", column, "text", siblings=("id", "title", column))
    return next(h.reason for h in NameSignal().evaluate(ctx) if h.veto)


# -- placeholders for "empty" ------------------------------------------------------------------


def test_a_column_of_one_placeholder_for_empty_is_judged_by_its_name():
    zeros = ("0",) * 30
    found = _verdicts(
        "job_applicants",
        {"id": (), "first_name": (), "last_name": (), "work_phone": zeros, "second_email": zeros},
        {"id": "int"},
    )
    assert "PHONE_NUMBER" in found["work_phone"]
    assert "EMAIL_ADDRESS" in found["second_email"]


@pytest.mark.parametrize("key", ["tax_id_2", "taxId2", "TAXID"])
def test_a_key_of_zeros_stays_an_enum_of_one_value(key: str):
    found = _verdicts("products", {"id": (), "name": (), key: ("0",) * 30}, {"id": "int"})
    assert "TAX_ID" not in found[key]


def test_one_real_value_repeated_is_still_an_enum():
    found = _verdicts(
        "job_applicants",
        {"id": (), "first_name": (), "last_name": (), "work_phone": ("555-0100",) * 30},
        {"id": "int"},
    )
    assert "PHONE_NUMBER" not in found["work_phone"]
