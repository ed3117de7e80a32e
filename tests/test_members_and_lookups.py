"""Rules of the twenty-seventh round: a register's people fields as forms name them (other
names beside a surname, an e-mail id), a second person's copy of a field under a short prefix,
a glued ``pwd``, a login's API keys and credentials, a
user's id at an identity provider; and vocabularies that look like people's data (a table of
sexes, a row's flags for both sexes, a company's legal form, an amount named ``..._ip``). Every
table, column and value is made up; the negative cases come from other domains (a plant
catalogue, a mailing queue, a weather station, a device, a tariff, a census, a game)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_NAMES = ("Quenby", "Ilsa", "Odo", "Tarn", "Ysolde", "Brannoc")


@pytest.mark.parametrize(
    ("table", "columns", "types", "column", "entity"),
    [
        (  # "Surname" and "Other names", as a register's form asks for them
            "scheme_registrants",
            {"reg_id": (), "surname": (), "kin_other_names": _NAMES, "birth_date": ()},
            {"reg_id": "int", "birth_date": "date"},
            "kin_other_names",
            "PERSON_NAME",
        ),
        (  # an e-mail address called an e-mail id
            "field_agents",
            {"agent_id": (), "last_name": (), "contact_email_id": (), "mobile": ()},
            {"agent_id": "int"},
            "contact_email_id",
            "EMAIL_ADDRESS",
        ),
        (  # a second person's copy of the row's fields under a short prefix
            "scheme_wardens",
            {"warden_id": (), "surname": (), "birthdate": (), "spbirthdate": (), "mobile": ()},
            {"warden_id": "int", "birthdate": "date", "spbirthdate": "date"},
            "spbirthdate",
            "DATE_OF_BIRTH",
        ),
        (
            "scheme_wardens",
            {"warden_id": (), "surname": (), "mobile": (), "spmobile": ()},
            {"warden_id": "int"},
            "spmobile",
            "PHONE_NUMBER",
        ),
        (  # a password glued after another word
            "portal_logins",
            {"login_id": (), "login_name": (), "initpwd": ()},
            {"login_id": "int"},
            "initpwd",
            "PASSWORD_HASH",
        ),
        (  # a person's API keys, one per row
            "widget_api_keys",
            {"id": (), "user_id": (), "key": ("9f8e7d6c5b4a39281706f5e4d3c2b1a0",)},
            {"id": "int", "user_id": "int"},
            "key",
            "PASSWORD_HASH",
        ),
        (  # a member's credentials for outside services, one per row
            "member_credentials",
            {"id": (), "member_id": (), "service": (), "secret": ()},
            {"id": "int", "member_id": "int"},
            "secret",
            "PASSWORD_HASH",
        ),
        (  # a user's id at the identity provider named beside it
            "portal_people",
            {"id": (), "given_name": (), "family_name": (), "provider": (), "uid": ()},
            {"id": "int"},
            "uid",
            "USERNAME",
        ),
    ],
)
def test_register_people_fields_are_found(
    table: str,
    columns: dict[str, tuple[object, ...]],
    types: dict[str, str],
    column: str,
    entity: str,
) -> None:
    found = explanations(table, columns, types)
    assert entity in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "columns", "types", "column", "entity"),
    [
        (  # a plant's other names: no surname beside them
            "plant_catalogue",
            {"id": (), "name": (), "other_names": ("Ladys mantle",), "habitat": ()},
            {"id": "int"},
            "other_names",
            "PERSON_NAME",
        ),
        (  # an integer e-mail id is a key to a table of addresses
            "mailing_queue",
            {"id": (), "email_id": (), "sent_at": ()},
            {"id": "int", "email_id": "int", "sent_at": "timestamp"},
            "email_id",
            "EMAIL_ADDRESS",
        ),
        (  # a flag, not a copy
            "scheme_wardens",
            {"warden_id": (), "surname": (), "mobile": (), "nomobile": ()},
            {"warden_id": "int", "nomobile": "boolean"},
            "nomobile",
            "PHONE_NUMBER",
        ),
        (  # a weather station's API keys belong to no person
            "station_api_keys",
            {"id": (), "station_id": (), "key": ("9f8e7d6c5b4a39281706f5e4d3c2b1a0",)},
            {"id": "int", "station_id": "int"},
            "key",
            "PASSWORD_HASH",
        ),
        (  # a device's credentials
            "device_credentials",
            {"id": (), "device_id": (), "value": ()},
            {"id": "int", "device_id": "int"},
            "value",
            "PASSWORD_HASH",
        ),
        (  # a game's node ids with no provider
            "map_nodes",
            {"id": (), "uid": (), "title": ()},
            {"id": "int"},
            "uid",
            "USERNAME",
        ),
    ],
)
def test_other_domains_stay_unflagged(
    table: str,
    columns: dict[str, tuple[object, ...]],
    types: dict[str, str],
    column: str,
    entity: str,
) -> None:
    found = explanations(table, columns, types)
    assert entity not in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "columns", "types", "column", "entity"),
    [
        (  # a vocabulary of sexes: a code, the word, a sort order
            "lkp_sexes",
            {"code": ("F", "M", "X"), "sex": ("Female", "Male", "Other"), "sort_key": ()},
            {"sort_key": "int"},
            "sex",
            "GENDER",
        ),
        (  # a race division open to both sexes
            "race_divisions",
            {"id": (), "title": (), "male": (), "female": (), "min_age": ()},
            {"id": "int", "male": "boolean", "female": "boolean", "min_age": "int"},
            "male",
            "GENDER",
        ),
        (  # a census' counts
            "census_tracts",
            {"tract": (), "male": (), "female": ()},
            {"male": "int", "female": "int"},
            "female",
            "GENDER",
        ),
        (  # a supplier's registry: a legal form makes the rows organisations
            "supplier_registry",
            {"id": (), "title": (), "legal_form": ("L",), "phone": (), "email": ()},
            {"id": "int"},
            "phone",
            "PHONE_NUMBER",
        ),
        (  # an amount of a tariff named after in-patient care
            "tariffs",
            {"id": (), "title": (), "benefit_limit_ip": ()},
            {"id": "int", "benefit_limit_ip": "numeric(12,2)"},
            "benefit_limit_ip",
            "IP_ADDRESS",
        ),
    ],
)
def test_vocabularies_and_amounts_are_no_persons(
    table: str,
    columns: dict[str, tuple[object, ...]],
    types: dict[str, str],
    column: str,
    entity: str,
) -> None:
    found = explanations(table, columns, types)
    assert entity not in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "columns", "types", "column", "entity"),
    [
        (  # a person's sex in a table of people keeps its verdict
            "lkp_sexes",
            {"sex": (), "user_id": (), "code": ()},
            {"user_id": "int"},
            "sex",
            "GENDER",
        ),
        (  # one flag alone may be the person's
            "club_players",
            {"id": (), "first_name": (), "last_name": (), "male": ()},
            {"id": "int", "male": "boolean"},
            "male",
            "GENDER",
        ),
        (  # a legal form in a person's row: a sole trader's phone stays personal
            "clients",
            {"id": (), "first_name": (), "last_name": (), "legal_form": (), "phone": ()},
            {"id": "int"},
            "phone",
            "PHONE_NUMBER",
        ),
        (  # an address kept as text keeps its verdict
            "sessions",
            {"id": (), "user_id": (), "client_ip": ()},
            {"id": "int", "user_id": "int"},
            "client_ip",
            "IP_ADDRESS",
        ),
    ],
)
def test_peoples_own_fields_keep_their_verdicts(
    table: str,
    columns: dict[str, tuple[object, ...]],
    types: dict[str, str],
    column: str,
    entity: str,
) -> None:
    found = explanations(table, columns, types)
    assert entity in found[column], found[column]
