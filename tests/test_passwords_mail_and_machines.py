"""Whose data a column is, from the twelfth held-out round's causes (every case is made up
here): a bare ``pass`` next to a login and a previous password are passwords, a mail log's
addressee and body are personal, a newsletter's body is not, a machine's address and logins are
the machine's, a bill's seller is the party that bills, a plural role's name is a person's name,
a host address is an IP address and a helpdesk's or a department's e-mail is business contact
data."""

from __future__ import annotations

from functools import partial

from .table_verdicts import explanations

_verdicts = partial(explanations, schema="shop")


# -- passwords kept as ``pass`` -------------------------------------------------------------------


def test_a_bare_pass_next_to_a_login_is_a_password_even_when_empty():
    found = _verdicts(
        "members",
        {"member_id": (), "login": (), "pass": (), "display_name": ()},
        {"member_id": "int"},
    )
    assert "PASSWORD_HASH" in found["pass"]
    assert "login" in found["pass"]["PASSWORD_HASH"]


def test_a_bare_pass_next_to_an_email_is_a_password():
    found = _verdicts("web_accounts", {"id": (), "owner_email": (), "pass": ()}, {"id": "int"})
    assert "PASSWORD_HASH" in found["pass"]


def test_a_bare_pass_with_no_login_beside_it_is_no_password():
    found = _verdicts(
        "exam_results",
        {"id": (), "score": (), "pass": ("1", "0"), "graded_on": ()},
        {"id": "int", "score": "int", "graded_on": "date"},
    )
    assert "PASSWORD_HASH" not in found["pass"]


def test_previous_passwords_are_passwords():
    found = _verdicts(
        "operators",
        {"id": (), "username": (), "old_pass": (), "previous_pwd_2": (), "prev_pass3": ()},
        {"id": "int"},
    )
    for column in ("old_pass", "previous_pwd_2", "prev_pass3"):
        assert "PASSWORD_HASH" in found[column], (column, found[column])


# -- mail logs and queues --------------------------------------------------------------------------


def test_a_mail_logs_addressee_and_body_are_personal_even_when_empty():
    found = _verdicts(
        "mail_spool",
        {
            "id": (),
            "mail_to_name": (),
            "mail_to_address": (),
            "mailed_to": (),
            "subject": (),
            "body_html": (),
            "body": (),
        },
        {"id": "int"},
    )
    assert "PERSON_NAME" in found["mail_to_name"]
    assert "EMAIL_ADDRESS" in found["mail_to_address"]
    assert "STREET_ADDRESS" not in found["mail_to_address"]
    assert "EMAIL_ADDRESS" in found["mailed_to"]
    assert "FREE_TEXT" in found["body_html"]
    assert "FREE_TEXT" in found["body"]
    assert found["subject"] == {}


def test_a_notification_logs_recipient_is_an_email_address():
    found = _verdicts("notification_log", {"id": (), "recipient": (), "sent_at": ()}, {"id": "int"})
    assert "EMAIL_ADDRESS" in found["recipient"]


def test_a_newsletters_body_is_about_no_one():
    found = _verdicts(
        "newsletter_issues", {"id": (), "title": (), "body_html": (), "body": ()}, {"id": "int"}
    )
    assert found["body_html"] == {}
    assert found["body"] == {}


def test_a_body_or_a_log_outside_mail_is_no_free_text():
    assert _verdicts("cms_pages", {"id": (), "body_html": ()}, {"id": "int"})["body_html"] == {}
    found = _verdicts("import_log", {"id": (), "recipient": (), "message": ()}, {"id": "int"})
    assert "EMAIL_ADDRESS" not in found["recipient"]


def test_a_senders_name_alone_stays_below_a_flag():
    found = _verdicts("mail_spool", {"id": (), "from_name": (), "to_name": ()}, {"id": "int"})
    assert "PERSON_NAME" not in found["from_name"]
    assert "PERSON_NAME" in found["to_name"]


# -- machines' addresses and logins ----------------------------------------------------------------


def test_a_servers_address_and_logins_are_the_machines():
    found = _verdicts(
        "build_servers",
        {"id": (), "label": (), "ip": (), "extra_ips": (), "username": (), "password": ()},
        {"id": "int"},
    )
    for column in ("ip", "extra_ips", "username", "password"):
        assert found[column] == {}, (column, found[column])


def test_a_hosting_account_of_a_customer_keeps_its_login_personal():
    found = _verdicts(
        "hosting_nodes",
        {"id": (), "customer_id": (), "username": (), "password": ()},
        {"id": "int", "customer_id": "int"},
    )
    assert "USERNAME" in found["username"]
    assert "PASSWORD_HASH" in found["password"]


# -- a bill's seller ---------------------------------------------------------------------------


def test_a_bills_seller_is_the_party_that_bills():
    found = _verdicts(
        "sales_receipts",
        {
            "id": (),
            "buyer_name": (),
            "buyer_email": (),
            "seller_email": (),
            "seller_phone": (),
            "vendor_address": (),
        },
        {"id": "int"},
    )
    assert "EMAIL_ADDRESS" in found["buyer_email"]
    for column in ("seller_email", "seller_phone", "vendor_address"):
        assert found[column] == {}, (column, found[column])


# -- names of plural roles, host addresses, desks --------------------------------------------------


def test_a_plural_roles_name_is_a_persons_name():
    found = _verdicts("bookings", {"id": (), "guests_name": (), "members_name": ()}, {"id": "int"})
    assert "PERSON_NAME" in found["guests_name"]
    assert "PERSON_NAME" in found["members_name"]


def test_a_visitors_host_address_is_an_ip_address():
    found = _verdicts(
        "visitor_sessions",
        {"id": (), "visitor_name": (), "host_address": (), "last_click": ()},
        {"id": "int", "last_click": "datetime"},
    )
    assert "IP_ADDRESS" in found["host_address"]


def test_a_helpdesks_and_a_departments_email_are_business_contact_data():
    for table in ("support_helpdesks", "departments"):
        found = _verdicts(table, {"id": (), "title": (), "email": (), "phone": ()}, {"id": "int"})
        assert "EMAIL_ADDRESS" not in found["email"], (table, found["email"])
        assert "PHONE_NUMBER" not in found["phone"], (table, found["phone"])


# -- a bill's income, a mass mailing's sender, signatures, a gateway's messages --------------------


def test_income_on_a_bill_is_no_ones_pay():
    found = _verdicts(
        "sales_invoices",
        {"id": (), "buyer_first_name": (), "buyer_email": (), "net_income": (), "total": ()},
        {"id": "int", "net_income": "decimal(12,2)", "total": "decimal(12,2)"},
    )
    assert "FINANCIAL" not in found["net_income"]
    assert "EMAIL_ADDRESS" in found["buyer_email"]


def test_a_persons_income_stays_financial():
    found = _verdicts(
        "applicants",
        {"id": (), "first_name": (), "last_name": (), "annual_income": ()},
        {"id": "int", "annual_income": "decimal(12,2)"},
    )
    assert "FINANCIAL" in found["annual_income"]


def test_the_sender_of_a_mass_mailing_is_the_organisation():
    found = _verdicts(
        "mass_mailer_campaigns",
        {"id": (), "from_email": (), "sender_name": (), "subject": ()},
        {"id": "int"},
    )
    assert found["from_email"] == {}
    assert "PERSON_NAME" not in found["sender_name"]


def test_the_sender_of_a_single_mail_stays_personal():
    found = _verdicts("mail_spool", {"id": (), "from_email": (), "to_name": ()}, {"id": "int"})
    assert "EMAIL_ADDRESS" in found["from_email"]


def test_a_persons_signature_is_free_text():
    found = _verdicts(
        "forum_members", {"id": (), "nickname": (), "email": (), "signature": ()}, {"id": "int"}
    )
    assert "FREE_TEXT" in found["signature"]


def test_a_payment_gateways_messages_kept_whole_are_free_text_even_when_empty():
    found = _verdicts(
        "card_gateway_log",
        {"id": (), "order_id": (), "ipn": (), "raw_response": (), "amount": ()},
        {"id": "int", "order_id": "int", "amount": "decimal(12,2)"},
    )
    assert "FREE_TEXT" in found["ipn"]
    assert "FREE_TEXT" in found["raw_response"]
    assert found["amount"] == {}


def test_a_response_outside_payments_is_no_free_text():
    found = _verdicts("api_calls", {"id": (), "request": (), "response": ()}, {"id": "int"})
    assert found["request"] == {}
    assert found["response"] == {}


# -- the name of a table's thing -------------------------------------------------------------------


def test_the_name_of_a_tables_thing_is_no_persons_name():
    for table, column in (("theme_editors", "theme_name"), ("editor_profiles", "profile_name")):
        found = _verdicts(table, {"id": (), column: (), "sort_order": ()}, {"id": "int"})
        assert "PERSON_NAME" not in found[column], (table, found[column])


def test_the_name_of_a_tables_person_stays_a_persons_name():
    found = _verdicts("staff_members", {"id": (), "member_name": ()}, {"id": "int"})
    assert "PERSON_NAME" in found["member_name"]
