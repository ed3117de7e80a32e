"""Whose data a column is, from the causes of the eighteenth held-out round's errors and the
leftovers of earlier rounds (every case is made up here): a business customer's contact person
reached at the customer's address, a person's own web page, a table of more of a person's
details, the name replies go to, a mail's or a page's text."""

from __future__ import annotations

import pytest

from classifiers import FieldContext

from .table_verdicts import classifier, explanations

_CUSTOMER = {
    "acct_no": (),
    "trading_name": (),
    "phone": (),
    "address_line1": (),
    "address_line2": (),
    "city": (),
    "state": (),
    "postal_code": (),
    "credit_line": (),
}


@pytest.mark.parametrize("table", ["wholesale_customers", "clients", "buyer"])
def test_a_customers_contact_named_by_first_and_last_name_is_reached_at_its_address(table):
    found = explanations(table, {**_CUSTOMER, "contact_first_name": (), "contact_last_name": ()})
    for column, entity in [
        ("address_line1", "STREET_ADDRESS"),
        ("address_line2", "STREET_ADDRESS"),
        ("city", "CITY"),
        ("postal_code", "POSTAL_CODE"),
    ]:
        assert entity in found[column], (column, found[column])
        # Reported, and said to be business contact data, not silently kept or dropped.
        assert "business contact data" in found[column][entity]
        assert "a customer's" in found[column][entity]
    assert "PHONE_NUMBER" in found["phone"]
    assert not found["state"]  # a region alone stays the organisation's


def test_a_customers_single_contact_name_leaves_the_address_the_companys():
    found = explanations("wholesale_customers", {**_CUSTOMER, "contact_name": ()})
    assert "PHONE_NUMBER" in found["phone"]  # the contact is still reached by phone
    for column in ("address_line1", "city", "postal_code"):
        assert not found[column], (column, found[column])


def test_a_suppliers_contact_by_first_and_last_name_leaves_its_premises_its_own():
    found = explanations(
        "suppliers",
        {**_CUSTOMER, "contact_first_name": (), "contact_last_name": ()},
    )
    assert "PHONE_NUMBER" in found["phone"]
    for column in ("address_line1", "city", "postal_code"):
        assert not found[column], (column, found[column])


@pytest.mark.parametrize(
    "column", ["web_site", "homepage", "personal_website", "otherurl", "portfolio"]
)
def test_a_persons_own_web_page_is_personal_data(column):
    found = explanations(
        "applicants", {"id": (), "given_name": (), "surname": (), "email": (), column: ()}
    )
    assert found[column] == {
        "OTHER_PERSONAL_DATA": f"column name {column!r} matches a person's own web page and the "
        "table or name is about people"
    }


@pytest.mark.parametrize("column", ["website", "homepage"])
def test_a_web_page_outside_a_table_of_people_is_no_ones(column):
    found = explanations("garden_tools", {"id": (), "title": (), "price": (), column: ()})
    assert not found[column], found[column]


def test_an_organisations_web_page_is_its_own_and_an_employers_is_not_the_persons():
    # Clients that point at their contact person, who has a row of their own, are companies.
    found = explanations(
        "clients",
        {"id": (), "name": (), "primary_contact_id": (), "phone": (), "website": ()},
        {"id": "int", "primary_contact_id": "int"},
    )
    assert not found["website"], found["website"]
    found = explanations(
        "applicants", {"id": (), "given_name": (), "surname": (), "company_website": ()}
    )
    assert not found["company_website"], found["company_website"]


@pytest.mark.parametrize("table", ["staff_work_information", "volunteer_job_details"])
def test_a_table_of_more_of_a_persons_details_is_about_that_person(table):
    key = "staff_id" if table.startswith("staff") else "volunteer_id"
    found = explanations(table, {"id": (), key: (), "mobile": ()}, {"id": "int", key: "int"})
    assert found["mobile"] == {
        "PHONE_NUMBER": "column name 'mobile' matches mobile and the table or name is about people"
    }


@pytest.mark.parametrize(
    ("table", "key"),
    [("staff_work_information", "desk_id"), ("gadget_shipping_details", "gadget_id")],
)
def test_details_of_no_one_named_or_pointed_at_are_not_a_persons(table, key):
    found = explanations(table, {"id": (), key: (), "mobile": ()}, {"id": "int", key: "int"})
    assert not found["mobile"], found["mobile"]


@pytest.mark.parametrize("table", ["site_comments", "contact_form_entries"])
def test_the_name_replies_go_to_is_a_persons_name_outside_a_mail_table_too(table):
    found = explanations(table, {"id": (), "body": (), "reply_to_name": (), "to_name": ()})
    assert "PERSON_NAME" in found["reply_to_name"], found["reply_to_name"]
    assert not found["to_name"]  # outside a mail table a bare addressee's name says too little


def _entities(table: str, column: str, comment: str, siblings: tuple[str, ...]) -> set[str]:
    ctx = FieldContext("app", f"public.{table}", column, "text", comment, siblings=siblings)
    return {hit.entity for hit in classifier().classify([ctx])[0]}


@pytest.mark.parametrize(
    ("table", "column", "comment"),
    [
        ("gala_events", "confirm_email_text", "Text above the confirmation email"),
        ("donation_pages", "receipt_text", "Text to include on the receipt email"),
        ("saved_reports", "email_subject", "Subject of the email"),
        ("signup_forms", "welcome_email_body", ""),
    ],
)
def test_a_mails_text_outside_a_table_of_people_is_no_email_address(table, column, comment):
    siblings = ("id", "title", column, "is_active")
    assert "EMAIL_ADDRESS" not in _entities(table, column, comment, siblings)


def test_a_mails_text_in_a_row_pointing_at_a_person_may_hold_their_address():
    siblings = ("id", "member_id", "address", "signature_text")
    comment = "The signature appended to this member's email"
    assert "EMAIL_ADDRESS" in _entities("member_mailboxes", "signature_text", comment, siblings)
