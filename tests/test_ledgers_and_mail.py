"""Whose data a column is, from the eleventh held-out round's causes (every case is made up
here): a mail queue's recipients are e-mail addresses, a glued ``legacypassword`` is a password,
a bare ``contact`` names no person in a depot's row, a ledger's bank accounts and a purchase
order's delivery address are the organisation's own, a page ``orientation`` is no sexual
orientation, a social network handle and a login kept in a text ``user_id`` are user names."""

from __future__ import annotations

from functools import partial

from .table_verdicts import explanations

_verdicts = partial(explanations, schema="shop")


# -- a mail queue's recipients ---------------------------------------------------------------------


def test_recipients_of_a_mail_queue_are_email_addresses_even_when_empty():
    found = _verdicts(
        "outbox_mails",
        {"id": (), "sender": (), "recipients": (), "cc": (), "bccs": (), "subject": (), "body": ()},
        {"id": "int"},
    )
    for column in ("recipients", "cc", "bccs"):
        assert "EMAIL_ADDRESS" in found[column], (column, found[column])
    assert found["subject"] == {}


def test_the_address_of_a_reminder_is_where_it_is_mailed():
    found = _verdicts(
        "booking_reminders",
        {"id": (), "user_id": (), "address": (), "message": (), "send_at": ()},
        {"id": "int", "user_id": "int", "send_at": "datetime"},
    )
    assert "EMAIL_ADDRESS" in found["address"]
    assert "STREET_ADDRESS" not in found["address"]


def test_recipients_outside_a_mail_table_are_not_email_addresses():
    found = _verdicts(
        "grant_awards", {"id": (), "recipients": (), "address": (), "amount": ()}, {"id": "int"}
    )
    assert "EMAIL_ADDRESS" not in found["recipients"]
    assert "EMAIL_ADDRESS" not in found["address"]


# -- glued passwords -------------------------------------------------------------------------------


def test_a_password_glued_to_an_unknown_word_is_a_password():
    found = _verdicts(
        "members",
        {"first_name": (), "last_name": (), "legacypassword": (), "temppassword": ()},
    )
    assert "PASSWORD_HASH" in found["legacypassword"]
    assert "PASSWORD_HASH" in found["temppassword"]


# -- a bare contact names no person ---------------------------------------------------------------


def test_a_bare_contact_puts_no_person_in_a_depots_row():
    found = _verdicts(
        "depots",
        {"depot_code": (), "depot_name": (), "phone": (), "fax": (), "email": (), "contact": ()},
    )
    for column in ("phone", "fax", "email"):
        assert found[column] == {}, (column, found[column])


def test_a_named_contact_person_keeps_a_depots_phone_personal():
    found = _verdicts(
        "depots",
        {"depot_code": (), "depot_name": (), "phone": (), "email": (), "contact_name": ()},
    )
    assert "PHONE_NUMBER" in found["phone"]
    assert "business contact data" in found["phone"]["PHONE_NUMBER"]
    assert "EMAIL_ADDRESS" in found["email"]


# -- the organisation's own books and purchases ---------------------------------------------------


def test_bank_accounts_kept_in_the_books_are_the_organisations_own():
    found = _verdicts(
        "treasury_bank_accounts",
        {
            "gl_account": ("4010", "4020"),
            "bank_account_number": ("NL91ABNA0417164300", "DE89370400440532013000"),
            "closing_balance": ("1200.50", "88.10"),
            "last_reconciled_on": (),
        },
        {"closing_balance": "decimal(12,2)", "last_reconciled_on": "date"},
    )
    assert "BANK_ACCOUNT" not in found["bank_account_number"]
    assert "FINANCIAL" not in found["closing_balance"]


def test_a_customers_bank_account_stays_personal_next_to_a_ledger_column():
    found = _verdicts(
        "deposit_accounts",
        {
            "customer_id": ("1", "2"),
            "gl_account": ("4010", "4020"),
            "bank_account_number": ("NL91ABNA0417164300", "DE89370400440532013000"),
            "balance": ("1200.50", "88.10"),
        },
        {"customer_id": "int", "balance": "decimal(12,2)"},
    )
    assert "BANK_ACCOUNT" in found["bank_account_number"]
    assert "FINANCIAL" in found["balance"]


def test_a_named_holder_keeps_a_bank_account_personal_next_to_a_ledger_column():
    found = _verdicts(
        "deposit_accounts",
        {
            "gl_account": ("4010", "4020"),
            "holder_name": ("Ines Okafor", "Tomas Brandt"),
            "iban": ("NL91ABNA0417164300", "DE89370400440532013000"),
            "balance": ("1200.50", "88.10"),
        },
        {"balance": "decimal(12,2)"},
    )
    assert "PERSON_NAME" in found["holder_name"]
    assert "BANK_ACCOUNT" in found["iban"]
    assert "FINANCIAL" in found["balance"]


def test_a_purchase_orders_delivery_address_is_the_organisations_own():
    found = _verdicts(
        "purchase_orders",
        {
            "po_no": ("1", "2"),
            "vendor_id": ("7", "9"),
            "delivery_address": ("1 Dock Road, Harwick", "Unit 4, Mill Park, Selby"),
            "total": ("120.00", "88.00"),
        },
        {"po_no": "int", "vendor_id": "int", "total": "decimal(10,2)"},
    )
    assert found["delivery_address"] == {}


def test_an_order_with_a_named_recipient_keeps_its_delivery_address():
    found = _verdicts(
        "drop_ship_orders",
        {
            "vendor_id": ("7", "9"),
            "recipient_name": ("Ines Okafor", "Tomas Brandt"),
            "delivery_address": ("12 Elm Road, Harwick", "4 Quay Lane, Dunmore"),
        },
        {"vendor_id": "int"},
    )
    assert "STREET_ADDRESS" in found["delivery_address"]


def test_a_customers_order_keeps_its_delivery_address():
    found = _verdicts(
        "web_shop_orders",
        {
            "order_no": ("1", "2"),
            "customer_id": ("3", "4"),
            "supplier_id": ("7", "9"),
            "delivery_address": ("12 Elm Road, Harwick", "4 Quay Lane, Dunmore"),
        },
        {"order_no": "int", "customer_id": "int", "supplier_id": "int"},
    )
    assert "STREET_ADDRESS" in found["delivery_address"]


# -- a page's orientation --------------------------------------------------------------------------


def test_a_print_orientation_is_no_sexual_orientation():
    people = {"first_name": (), "last_name": (), "email": ()}
    found = _verdicts(
        "staff_users",
        {**people, "print_orientation": (), "screen_orientation": (), "orientation": ()},
    )
    assert found["print_orientation"] == {}
    assert found["screen_orientation"] == {}
    assert "SENSITIVE_DEMOGRAPHIC" in found["orientation"]


# -- social network handles and logins kept as user ids ------------------------------------------


def test_a_social_network_handle_of_a_person_is_a_user_name():
    found = _verdicts(
        "members",
        {
            "first_name": ("Ines",),
            "email": ("ines@example.org",),
            "twitter": ("@ines_okafor",),
            "github_username": ("iokafor",),
            "instagram_handle": (),
        },
    )
    for column in ("twitter", "github_username", "instagram_handle"):
        assert "USERNAME" in found[column], (column, found[column])


def test_a_brands_social_network_page_is_no_persons_handle():
    found = _verdicts("brand_pages", {"title": ("Autumn range",), "twitter": (), "facebook": ()})
    assert found["twitter"] == {}
    assert found["facebook"] == {}


def test_a_text_user_id_holding_login_names_is_a_user_name():
    found = _verdicts(
        "app_users",
        {"id": ("1", "2"), "user_id": ("admin", "j.doe", "mlee42"), "real_name": ()},
        {"id": "int", "user_id": "varchar(60)"},
    )
    assert "USERNAME" in found["user_id"]


def test_a_text_user_id_holding_codes_or_numbers_is_a_key():
    found = _verdicts(
        "orders",
        {"id": ("1", "2"), "user_id": ("a3f9c2e1", "9b7d0e44"), "total": ("9.50", "3.20")},
        {"id": "int", "user_id": "varchar(36)", "total": "decimal(8,2)"},
    )
    assert "USERNAME" not in found["user_id"]
    found = _verdicts(
        "orders",
        {"id": ("1", "2"), "user_id": ("1042", "1187", "2203"), "total": ("9.50", "3.20")},
        {"id": "int", "user_id": "varchar(36)", "total": "decimal(8,2)"},
    )
    assert found["user_id"] == {}


def test_an_account_id_of_a_crm_is_no_user_name():
    found = _verdicts(
        "crm_people",
        {"first_name": ("Ines",), "account_id": ("Harbor", "Quayside", "Millbrook")},
        {"account_id": "varchar(20)"},
    )
    assert "USERNAME" not in found["account_id"]
