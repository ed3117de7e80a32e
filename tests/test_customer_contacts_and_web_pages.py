"""Whose data a column is, from the causes of the eighteenth held-out round's errors and the
leftovers of earlier rounds (every case is made up here): a business customer's contact person
reached at the customer's address, a person's own web page, a table of more of a person's
details, a mail's or a page's text."""

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


def test_a_customers_registered_or_head_office_address_stays_the_companys():
    found = explanations(
        "wholesale_customers",
        {
            **_CUSTOMER,
            "contact_first_name": (),
            "contact_last_name": (),
            "registered_address": (),
            "hq_street": (),
        },
    )
    assert "STREET_ADDRESS" in found["address_line1"]  # where the contact person is reached
    for column in ("registered_address", "hq_street"):  # the company's seat
        assert not found[column], (column, found[column])


@pytest.mark.parametrize("column", ["web_site", "homepage", "personal_website", "portfolio"])
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


@pytest.mark.parametrize(
    ("column", "values"),
    [
        ("portfolio", ("https://ana.example.org/work", "folio.example.net")),
        ("blog_url", ()),
        ("homepage", ("-", "x")),  # placeholders say nothing either way
    ],
)
def test_a_persons_web_page_with_web_addresses_or_none_sampled_is_reported(column, values):
    found = explanations("applicants", {"id": (), "given_name": (), "surname": (), column: values})
    assert "OTHER_PERSONAL_DATA" in found[column], found[column]


@pytest.mark.parametrize(
    ("column", "values", "kind"),
    [
        ("website", (3, 7, 12), "integer"),  # a key to a table of sites
        ("portfolio", (), "numeric(12,2)"),
        ("home_page", ("dashboard", "inbox", "calendar"), "text"),  # a setting: the start page
        ("portfolio", ("Growth", "Income"), "text"),  # an investor's style
    ],
)
def test_a_web_page_name_holding_no_web_address_is_no_web_page(column, values, kind):
    found = explanations(
        "members",
        {"id": (), "given_name": (), "surname": (), column: values},
        {"id": "int", column: kind},
    )
    assert "OTHER_PERSONAL_DATA" not in found[column], found[column]


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


@pytest.mark.parametrize("table", ["suppliers", "wholesale_customers"])
def test_an_organisations_web_page_is_its_own_even_with_a_contact_person_named(table):
    found = explanations(
        table,
        {
            "id": (),
            "trading_name": (),
            "contact_first_name": (),
            "contact_last_name": (),
            "website": (),
            "contact_website": (),
        },
    )
    assert not found["website"], found["website"]
    assert "PHONE_NUMBER" not in found["contact_website"]  # and no other entity by mistake


@pytest.mark.parametrize(
    "table", ["tutor_shift_info", "volunteer_job_details", "tutor_tutorpay_info"]
)
def test_a_table_of_more_of_a_persons_details_is_about_that_person(table):
    key = "tutor_id" if table.startswith("tutor") else "volunteer_id"
    found = explanations(table, {"id": (), key: (), "mobile": ()}, {"id": "int", key: "int"})
    assert found["mobile"] == {
        "PHONE_NUMBER": "column name 'mobile' matches mobile and the table or name is about people"
    }


@pytest.mark.parametrize(
    ("table", "key"),
    [
        ("tutor_shift_info", "desk_id"),  # no key to the tutor
        ("gadget_shipping_details", "gadget_id"),  # no person in the name
        ("member_order_details", "member_id"),  # an order of the person's, not more of them
        ("member_device_info", "member_id"),  # a device of theirs
        ("member_agency_details", "member_id"),  # an organisation of theirs
        ("tutor_shift_info", "volunteer_id"),  # a key to someone else
    ],
)
def test_details_of_no_one_named_or_pointed_at_are_not_a_persons(table, key):
    found = explanations(
        table, {"id": (), key: (), "mobile": (), "name": ()}, {"id": "int", key: "int"}
    )
    assert not found["mobile"], found["mobile"]
    assert not found["name"], found["name"]


def _entities(table: str, column: str, comment: str, siblings: tuple[str, ...]) -> set[str]:
    ctx = FieldContext("app", f"public.{table}", column, "text", comment, siblings=siblings)
    return {hit.entity for hit in classifier().classify([ctx])[0]}


@pytest.mark.parametrize(
    ("table", "column", "comment"),
    [
        ("charity_runs", "thankyou_email_text", "Text of the thank-you email"),
        ("ticket_pages", "footer_text", "Shown under the ticket email"),
        ("digest_settings", "newsletter_subject", "Subject line of the newsletter email"),
        ("signup_forms", "welcome_email_body", "Body of the welcome email"),
    ],
)
def test_a_mails_text_outside_a_table_of_people_is_no_email_address(table, column, comment):
    siblings = ("id", "title", column, "is_active")
    assert "EMAIL_ADDRESS" not in _entities(table, column, comment, siblings)


def test_a_forms_email_text_field_holding_addresses_is_an_email_address():
    # Form builders name a field's answers ``<field>_text``: its values say what it holds.
    columns = {
        "id": (),
        "form_id": (),
        "email_text": ("kofi.mensah@example.org", "r.ueda@example.net"),
        "message_body": ("See you there",),
    }
    found = explanations("form_answers", columns, {"id": "int", "form_id": "int"})
    assert "EMAIL_ADDRESS" in found["email_text"], found["email_text"]


@pytest.mark.parametrize(("siblings", "found"), [(("member_id",), True), ((), False)])
def test_a_mails_text_in_a_row_pointing_at_a_person_may_hold_their_address(siblings, found):
    columns = ("id", *siblings, "address", "signature_text")
    comment = "The signature appended to this member's email"
    entities = _entities("mailboxes", "signature_text", comment, columns)
    assert ("EMAIL_ADDRESS" in entities) is found, entities
