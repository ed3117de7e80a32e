"""What stayed of the nineteenth and twentieth rounds' rules after review (the rest was
withdrawn as one schema's names): a pharmacy or drugstore is an organisation; a person's
anamnesis or surgeries are health data; ``fath``/``moth`` name a father or mother; a token that
logs a person in is a secret like a password. Every case is made up."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_PREMISES = {"id": (), "name": (), "phone": (), "email": (), "address": (), "city": ()}


@pytest.mark.parametrize("table", ["pharmacies", "drugstores", "chain_drugstore"])
def test_a_pharmacys_contact_data_is_its_own(table: str) -> None:
    found = explanations(table, _PREMISES, {"id": "int"})
    assert all(not found[c] for c in _PREMISES), found


@pytest.mark.parametrize("column", ["anamnesis", "past_surgeries", "surgery_notes"])
def test_a_persons_anamnesis_or_surgeries_are_health_data(column: str) -> None:
    found = explanations(
        "clients", {"id": (), "first_name": (), "surname": (), column: ()}, {"id": "int"}
    )
    assert "HEALTH" in found[column], found[column]


@pytest.mark.parametrize(
    ("column", "entity"), [("fath_first_name", "PERSON_NAME"), ("moth_surname", "PERSON_NAME")]
)
def test_a_fathers_or_mothers_details_are_personal(column: str, entity: str) -> None:
    found = explanations("learners", {"id": (), "given_name": (), column: ()}, {"id": "int"})
    assert entity in found[column], found[column]


@pytest.mark.parametrize("column", ["single_access_token", "session_token", "persistence_token"])
def test_a_token_that_logs_a_person_in_is_a_secret(column: str) -> None:
    found = explanations(
        "members", {"id": (), "given_name": (), "email": (), column: ()}, {"id": "int"}
    )
    assert "PASSWORD_HASH" in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("members", "token"),  # a bare token: a push or share token as often as a login
        ("webhook_integrations", "auth_token"),  # a service's, in a table of no people
        ("members", "invite_token"),
    ],
)
def test_other_tokens_are_no_password(table: str, column: str) -> None:
    found = explanations(table, {"id": (), "given_name": (), column: ()}, {"id": "int"})
    assert "PASSWORD_HASH" not in found[column], found[column]
