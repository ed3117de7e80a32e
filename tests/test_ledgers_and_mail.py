"""Whose data a column is, from the eleventh held-out round's causes (every case is made up
here): a mail queue's recipients are e-mail addresses, a glued ``legacypassword`` is a password,
a bare ``contact`` names no person in a depot's row, a ledger's bank accounts and a purchase
order's delivery address are the organisation's own, a page ``orientation`` is no sexual
orientation, a social network handle and a login kept in a text ``user_id`` are user names."""

from __future__ import annotations

from classifiers import FieldContext, default_classifier

CLASSIFIER = default_classifier()


def _verdicts(
    table: str, columns: dict[str, tuple[object, ...]], types: dict[str, str] | None = None
) -> dict[str, dict[str, str]]:
    """{column: {entity: explanation}} for a table of these columns and sampled values."""
    ctxs = [
        FieldContext(
            "app",
            f"shop.{table}",
            name,
            (types or {}).get(name, "text"),
            samples=values,
            siblings=tuple(columns),
        )
        for name, values in columns.items()
    ]
    return {
        c.name: {e.entity: e.explanation for e in hits}
        for c, hits in zip(ctxs, CLASSIFIER.classify(ctxs), strict=True)
    }


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
