"""Rules of the twenty-third round: a person's account secrets kept beside the password, the
sender of a message, the login typed in a table of login attempts, accounts kept at a bank, a
mobile number as a person field, pronouns, a few repeated addresses, and notifications with no
recipient. Every table, column and value is made up."""

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
