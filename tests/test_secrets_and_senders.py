"""Rules of the twenty-third round: a person's account secrets kept beside the password, the
sender of a message, the login typed in a table of login attempts, accounts kept at a bank, a
mobile number as a person field, pronouns, a few repeated addresses, and notifications with no
recipient; then the same rules as narrowed on review, with made-up columns of other domains
(patients, SIM cards, saved queries, page views, a company's bank, firmware, an outbox) that the
first rules read wrongly. Every table, column and value is made up."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_MEMBER = {"id": (), "given_name": (), "email": ()}
_PROSE = ("The reading room opens an hour later on Sundays from next month onwards",)


@pytest.mark.parametrize(
    "column", ["remember_digest", "activation_token", "account_reset_key", "recovery_code"]
)
def test_a_persons_account_secret_is_like_a_password(column: str) -> None:
    found = explanations("members", {**_MEMBER, column: ()}, {"id": "int"})
    assert "PASSWORD_HASH" in found[column], found[column]
    assert "logs in as the person" in found[column]["PASSWORD_HASH"]


def test_a_table_of_a_persons_reset_keys_is_about_that_person() -> None:
    columns = {"id": (), "tenant_id": (), "reset_key": (), "made_on": ()}
    found = explanations("tenant_password_resets", columns, {"id": "int", "tenant_id": "int"})
    assert "PASSWORD_HASH" in found["reset_key"], found


@pytest.mark.parametrize(
    ("table", "column", "types"),
    [
        ("software_licences", "activate_key", {}),  # a product's, no person's table
        ("tenants", "card_activation_code", {}),  # a gift card's
        ("tenants", "remember_series", {}),  # the series a login looks the secret up by
        ("tenants", "reset_count", {"reset_count": "int"}),
        ("tenants", "activation_date", {"activation_date": "date"}),
    ],
)
def test_other_codes_are_no_account_secret(table: str, column: str, types: dict[str, str]) -> None:
    found = explanations(table, {"id": (), "client_ref": (), column: ()}, {"id": "int", **types})
    if table == "tenants":
        found = explanations(table, {**_MEMBER, column: ()}, {"id": "int", **types})
    assert "PASSWORD_HASH" not in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "reach"),
    [
        ("support_tickets", "email"),
        ("website_inquiries", "phone"),
        ("contact_messages", "email_address"),
        ("site_feedback", "mobile_no"),
    ],
)
def test_a_messages_name_beside_the_senders_address_is_the_senders(table: str, reach: str) -> None:
    columns = {"id": (), "name": (), reach: (), "headline": (), "content_text": ()}
    found = explanations(table, columns, {"id": "int"})
    assert "PERSON_NAME" in found["name"], found
    assert "the sender's name" in found["name"]["PERSON_NAME"]


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        ("support_tickets", ("name", "state", "headline")),  # nobody's address: a title
        ("ticket_categories", ("name", "notify_email")),  # a category, not a message
        ("message_templates", ("name", "from_email")),
        ("inquiries", ("name", "support_email")),  # the organisation's desk, no sender
    ],
)
def test_other_names_of_messages_are_no_senders(table: str, columns: tuple[str, ...]) -> None:
    found = explanations(table, {"id": (), **{c: () for c in columns}}, {"id": "int"})
    assert "PERSON_NAME" not in found["name"], found


@pytest.mark.parametrize(
    ("table", "column"), [("failed_logons", "identifier"), ("signin_failures", "logon")]
)
def test_the_login_typed_in_a_login_attempt_is_a_user_name(table: str, column: str) -> None:
    columns = {"id": (), column: (), "peer_ip": (), "tried_on": ()}
    found = explanations(table, columns, {"id": "int"})
    assert "USERNAME" in found[column], found


def test_a_login_column_elsewhere_stays_unsure() -> None:
    found = explanations("page_hits", {"id": (), "logon": (), "page_path": ()}, {"id": "int"})
    assert "USERNAME" not in found["logon"], found


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        ("banks", ("name", "swift_code", "phone", "street"), "phone"),  # the bank's own
        (
            "company_bank",
            ("account_holder", "iban_code"),
            "iban_code",
        ),  # the company's own accounts
    ],
)
def test_a_banks_or_a_companys_own_details_stay_theirs(
    table: str, columns: tuple[str, ...], column: str
) -> None:
    found = explanations(table, {"id": (), **{c: () for c in columns}}, {"id": "int"})
    assert not found[column], found[column]


def test_a_mobile_number_makes_the_rows_people_as_a_phone_does() -> None:
    columns = {"id": (), "name": (), "mobile_no": (), "email": (), "topic": ()}
    found = explanations("callback_requests", columns, {"id": "int"})
    assert "PERSON_NAME" in found["name"], found
    assert "PHONE_NUMBER" in found["mobile_no"], found


@pytest.mark.parametrize("flag", ["is_mobile", "mobile_banner"])
def test_a_mobile_flag_or_image_names_no_person(flag: str) -> None:
    found = explanations("push_channels", {"id": (), "name": (), flag: (), "email": ()})
    assert "PERSON_NAME" not in found["name"], found


def test_a_persons_pronouns_are_a_gender() -> None:
    pronouns = ("she", "he", "they") * 10
    found = explanations("attendees", {"id": (), "surname": (), "pronouns": pronouns})
    assert "GENDER" in found["pronouns"], found


def test_a_pronoun_in_a_word_list_is_no_gender() -> None:
    found = explanations("grammar_words", {"id": (), "lemma": (), "pronouns": ()}, {"id": "int"})
    assert "GENDER" not in found["pronouns"], found


@pytest.mark.parametrize(
    ("column", "values", "entity"),
    [
        ("peer_ip", ("198.51.100.4", "2001:db8::5") * 15, "IP_ADDRESS"),
        ("assignee_email", ("ana.ruiz@example.org", "li.wen@example.org") * 15, "EMAIL_ADDRESS"),
    ],
)
def test_a_few_addresses_repeated_are_no_enum(column: str, values: tuple[str, ...], entity: str):
    found = explanations("web_sessions", {"id": (), column: values, "started": ()})
    assert entity in found[column], found[column]


def test_a_few_words_repeated_are_still_an_enum() -> None:
    found = explanations("web_sessions", {"id": (), "peer_ip": ("local", "proxy") * 15})
    assert "IP_ADDRESS" not in found["peer_ip"], found


def test_a_notification_with_no_recipient_is_a_news_item() -> None:
    columns = {"id": (), "headline": (), "body_text": _PROSE, "hall": (), "permalink": ()}
    found = explanations("site_notifications", columns, {"id": "int"})
    assert "FREE_TEXT" not in found["body_text"], found["body_text"]


def test_a_notification_to_a_person_is_written_to_them() -> None:
    columns = {"id": (), "tenant_id": (), "headline": (), "body_text": _PROSE}
    found = explanations("site_notifications", columns, {"id": "int", "tenant_id": "int"})
    assert "FREE_TEXT" in found["body_text"], found["body_text"]


# == as narrowed on review: other domains' columns the first rules read wrongly ==================

# -- account secrets: a login's only -------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "columns", "column", "values"),
    [
        ("patients", ("first_name", "last_name"), "recovery_code", ("R1", "R2", "FULL", "PART")),
        ("pilots", ("name",), "recovery_code", ()),
        ("customers", ("name", "email"), "recovery_code", ("LEGAL", "WRITEOFF", "PLAN") * 4),
        ("customer_meters", ("reading",), "reset_code", ()),
        ("sim_cards", ("iccid", "msisdn"), "customer_activation_code", ()),
        (
            "software_licences",
            ("licence_key", "customer_email", "customer_phone"),
            "activation_code",
            (),
        ),
        ("drivers", ("name",), "reset_code", ()),
        ("employees", ("first_name", "last_name"), "activation_code", ()),
    ],
)
def test_a_code_outside_a_login_is_no_account_secret(
    table: str, columns: tuple[str, ...], column: str, values: tuple[str, ...]
) -> None:
    found = explanations(table, {"id": (), **{c: () for c in columns}, column: values})
    assert "PASSWORD_HASH" not in found[column], found[column]


def test_a_logins_code_of_a_few_repeated_words_is_no_secret() -> None:
    columns = {"id": (), "username": (), "activation_code": ("DONE", "WAIT") * 10}
    found = explanations("members", columns, {"id": "int"})
    assert "PASSWORD_HASH" not in found["activation_code"], found["activation_code"]


def test_a_recovery_code_beside_a_password_outside_a_login_table_is_not_one() -> None:
    columns = {"id": (), "pwd": (), "recovery_code": ()}
    found = explanations("debt_cases", columns, {"id": "int"})
    assert "PASSWORD_HASH" not in found["recovery_code"], found["recovery_code"]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        ("members", ("nickname", "joined_on"), "remember_digest"),  # a login's own table
        ("shop_admins", ("email",), "account_reset_key"),
        ("subscribers", ("login", "email"), "activation_token"),  # beside the login name
        ("member_reset_tokens", ("member_id", "made_on"), "reset_key"),  # a login's secrets
    ],
)
def test_a_logins_secret_is_still_like_a_password(
    table: str, columns: tuple[str, ...], column: str
) -> None:
    secret = ("b3f1c9d27a4e8f60c1d2e3f4a5b6c7d8e9f0a1b2", "0f9e8d7c6b5a49382716a5b4c3d2e1f0a9")
    found = explanations(table, {"id": (), **{c: () for c in columns}, column: secret})
    assert "PASSWORD_HASH" in found[column], found[column]


# -- the sender of a message: a bare address of the sender's ---------------------------------------


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        ("saved_queries", ("name", "sql_text", "alert_email")),
        ("report_queries", ("name", "schedule", "email")),
        ("queries", ("name", "query_text", "result_email")),
        ("tickets", ("name", "price", "confirmation_email")),
        ("alert_message", ("name", "escalation_phone", "severity")),
        ("error_message", ("name", "code", "email")),
        ("grant_submission", ("name", "contact_email", "budget")),
    ],
)
def test_a_name_beside_someone_elses_address_is_no_sender(
    table: str, columns: tuple[str, ...]
) -> None:
    found = explanations(table, {"id": (), **{c: () for c in columns}}, {"id": "int"})
    assert "the sender's name" not in found["name"].get("PERSON_NAME", ""), found["name"]


@pytest.mark.parametrize("reach", ["email", "sender_email", "mobile", "from_phone"])
def test_a_messages_name_beside_its_senders_own_address_is_the_senders(reach: str) -> None:
    columns = {"id": (), "name": (), reach: (), "body": ()}
    found = explanations("guest_messages", columns, {"id": "int"})
    assert "the sender's name" in found["name"].get("PERSON_NAME", ""), found["name"]


# -- mobile as a person field ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        ("ad_placements", ("name", "mobile", "desktop", "email")),
        ("app_builds", ("name", "supports_mobile", "email")),
        ("push_targets", ("name", "app_mobile", "email")),
    ],
)
def test_mobile_as_a_device_makes_no_person(table: str, columns: tuple[str, ...]) -> None:
    found = explanations(table, {"id": (), **{c: () for c in columns}}, {"id": "int"})
    assert "PERSON_NAME" not in found["name"], found["name"]


@pytest.mark.parametrize("mobile", ["mobile", "guest_mobile", "mobile_no"])
def test_a_persons_mobile_still_makes_people(mobile: str) -> None:
    columns = {"id": (), "name": (), mobile: (), "email": (), "topic": ()}
    found = explanations("callback_requests", columns, {"id": "int"})
    assert "PERSON_NAME" in found["name"], found["name"]


# -- login attempts: no machine's identifier ------------------------------------------------------


@pytest.mark.parametrize(
    "table", ["device_auth_failures", "api_login_attempts", "client_key_auth_failures"]
)
def test_a_machines_identifier_in_failed_logins_is_no_user_name(table: str) -> None:
    found = explanations(table, {"id": (), "identifier": (), "ip": ()}, {"id": "int"})
    assert "USERNAME" not in found["identifier"], found["identifier"]


# -- accounts at a bank: the rule is withdrawn, a company's and a bank's own stay theirs -----------


def test_a_companys_own_bank_accounts_stay_the_companys() -> None:
    columns = {
        "id": (),
        "bank_name": (),
        "account_holder": ("Acme GmbH", "Acme Ltd") * 5,
        "account_number": (),
        "iban": (),
        "currency": (),
    }
    found = explanations("bank", columns, {"id": "int"})
    assert "BANK_ACCOUNT" not in found["account_number"], found["account_number"]


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        ("banks", ("name", "swift", "beneficiary_bank", "account_number")),
        ("erp_bank", ("name", "holder", "account_number", "branch_code")),
    ],
)
def test_a_banks_own_details_stay_the_banks(table: str, columns: tuple[str, ...]) -> None:
    found = explanations(table, {"id": (), **{c: () for c in columns}}, {"id": "int"})
    assert "BANK_ACCOUNT" not in found["account_number"], found["account_number"]


# -- the enum guard: a person's addresses only ----------------------------------------------------


@pytest.mark.parametrize(
    ("table", "column", "values", "entity"),
    [
        ("firmware", "version", ("1.2.3.4", "2.0.0.1", "1.0.0.0") * 10, "IP_ADDRESS"),
        ("sensor_readings", "gateway_ip", ("10.0.0.1", "10.0.0.254", "10.0.1.1") * 9, "IP_ADDRESS"),
        ("invoices", "sender_email", ("ar@acme.example",) * 30, "EMAIL_ADDRESS"),
    ],
)
def test_a_few_addresses_of_no_person_stay_an_enum(
    table: str, column: str, values: tuple[str, ...], entity: str
) -> None:
    found = explanations(table, {"id": (), column: values, "taken_at": ()}, {"id": "int"})
    assert entity not in found[column], found[column]


# -- mails with no recipient column: only a site's notifications are broadcasts ------------------


@pytest.mark.parametrize(
    ("table", "columns", "body"),
    [
        ("outbox", ("subject", "created_at", "status"), "body"),
        ("mail_queue", ("subject", "priority", "created"), "body"),
        ("emails", ("subject", "queued_at"), "body"),
        ("mail", ("subject", "ticket_id"), "message"),
    ],
)
def test_a_mails_body_is_written_to_its_recipient_named_or_not(
    table: str, columns: tuple[str, ...], body: str
) -> None:
    found = explanations(table, {"id": (), **{c: () for c in columns}, body: _PROSE})
    assert "FREE_TEXT" in found[body], found[body]


def test_a_notification_for_an_account_is_written_to_its_holder() -> None:
    columns = {"id": (), "headline": (), "body_text": _PROSE, "account_id": ()}
    found = explanations("site_notifications", columns, {"id": "int", "account_id": "int"})
    assert "FREE_TEXT" in found["body_text"], found["body_text"]
