"""Whose data a column is, from the causes of the seventeenth held-out round's errors (every case
is made up here): glued table names of plural rows and of agencies, an employee's pay and loans, a
mail's cc lists, clients known by their website, national identity card numbers."""

from __future__ import annotations

import pytest

from classifiers.names import NameSignal

from .table_verdicts import explanations


@pytest.mark.parametrize(
    ("table", "words"),
    [
        ("workerdependents", ("worker", "dependents")),
        ("staffcontacts", ("staff", "contacts")),
        ("useremails", ("user", "emails")),
    ],
)
def test_a_glued_name_of_plural_rows_splits(table, words):
    assert NameSignal().tokens(table) == words


def test_a_glued_word_with_no_vocabulary_word_at_its_end_stays_whole():
    assert NameSignal().tokens("gadgets") == ("gadgets",)


def test_a_bare_name_in_a_glued_table_of_a_workers_relatives_is_a_persons():
    found = explanations(
        "workerdependents",
        {"id": (), "worker": (), "name": (), "relation": ()},
        {"id": "int", "worker": "bigint"},
    )
    assert "PERSON_NAME" in found["name"], found["name"]


@pytest.mark.parametrize(
    ("table", "words"),
    [("haulageagency", ("haulage", "agency")), ("haulagecompanies", ("haulage", "companies"))],
)
def test_a_kind_of_organisation_glued_to_what_it_does_splits(table, words):
    assert NameSignal().tokens(table) == words


def test_a_glued_table_of_agencies_holds_their_business_contact_data():
    found = explanations(
        "app_haulageagency",
        {
            "agencyid": (),
            "name": (),
            "street": (),
            "postalcode": (),
            "city": (),
            "phonenumber": (),
            "emailaddress": (),
            "webaddress": (),
        },
    )
    for column in ("name", "street", "postalcode", "city", "phonenumber", "emailaddress"):
        assert not found[column], (column, found[column])


def test_an_agencys_contact_person_keeps_the_phone_personal():
    found = explanations(
        "app_haulageagency",
        {"agencyid": (), "name": (), "contact_name": (), "phonenumber": (), "emailaddress": ()},
    )
    assert "PHONE_NUMBER" in found["phonenumber"], found["phonenumber"]
    assert "business contact" in found["phonenumber"]["PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("table", "key", "column"),
    [
        ("workerloans", "worker", "monthly_installment"),
        ("staff_wages", "staff_id", "amount"),
        ("hr_payrolldata", "employee", "gross_amount"),
        ("payroll_advance", "employee_id", "advance_amount"),
    ],
)
def test_an_amount_of_an_employees_pay_or_loan_is_financial(table, key, column):
    found = explanations(table, {"id": (), key: (), column: ()}, {"id": "int", key: "bigint"})
    assert "FINANCIAL" in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "key"),
    [("bank_loans", "customer_id"), ("payroll_reimbursements", "employee_id")],
)
def test_a_customers_loan_and_a_reimbursed_expense_are_no_employees_pay(table, key):
    found = explanations(table, {"id": (), key: (), "amount": ()}, {"id": "int", key: "bigint"})
    assert "FINANCIAL" not in found["amount"], found["amount"]


@pytest.mark.parametrize("column", ["cclist", "bcc_list", "to_list", "tolist"])
def test_a_mails_lists_of_recipients_are_email_addresses(column):
    found = explanations("outgoing_mails", {"id": (), "subject": (), column: ()}, {"id": "int"})
    assert "EMAIL_ADDRESS" in found[column], found[column]


@pytest.mark.parametrize(("table", "column"), [("price_rules", "cclist"), ("mail_queue", "list")])
def test_a_list_outside_a_mail_or_of_no_recipients_is_no_email_address(table, column):
    found = explanations(table, {"id": (), column: ()}, {"id": "int"})
    assert "EMAIL_ADDRESS" not in found[column], found[column]


_CLIENT_COLUMNS = {
    "id": (),
    "name": (),
    "address": (),
    "contact_phone": (),
    "contact_email": (),
    "company_website": (),
    "first_contact_date": (),
}


def test_clients_with_a_company_website_and_no_person_are_companies():
    found = explanations("accounts_clients", _CLIENT_COLUMNS, {"id": "int"})
    for column in ("name", "address", "contact_phone", "contact_email"):
        assert not found[column], (column, found[column])


def test_a_clients_contact_name_keeps_its_phone_and_email_personal():
    found = explanations("accounts_clients", {**_CLIENT_COLUMNS, "contact_name": ()})
    for column, entity in (("contact_phone", "PHONE_NUMBER"), ("contact_email", "EMAIL_ADDRESS")):
        assert entity in found[column], (column, found[column])
        assert "business contact" in found[column][entity]


def test_people_with_their_employers_website_keep_their_details():
    found = explanations(
        "accounts_clients",
        {**_CLIENT_COLUMNS, "first_name": ("Anna",) * 6, "last_name": ("Berg",) * 6},
    )
    assert "EMAIL_ADDRESS" in found["contact_email"], found["contact_email"]
    assert "STREET_ADDRESS" in found["address"], found["address"]


@pytest.mark.parametrize("table", ["formerstaff", "archivedworkers", "staff"])
@pytest.mark.parametrize("column", ["nic_num", "cnic", "nic_number"])
def test_a_national_identity_cards_number_of_a_person_is_a_national_id(table, column):
    found = explanations(table, {"id": (), "first_name": (), column: ()}, {"id": "int"})
    assert "NATIONAL_ID" in found[column], found[column]


def test_a_machines_network_card_is_no_national_id():
    found = explanations("servers", {"id": (), "hostname": (), "nic": ()}, {"id": "int"})
    assert "NATIONAL_ID" not in found["nic"], found["nic"]


def test_a_suppliers_contact_email_and_first_contact_date_name_no_one():
    found = explanations(
        "suppliers",
        {"id": (), "name": (), "contact_email": (), "first_contact_date": (), "phone": ()},
        {"id": "int"},
    )
    for column in ("contact_email", "phone"):
        assert not found[column], (column, found[column])
