"""Rules of the twenty-seventh round: a register's people fields as forms name them (other
names beside a surname, an e-mail id), a second person's copy of a field under a short prefix,
a glued ``pwd``, a login's API keys and credentials, a
user's id at an identity provider; and vocabularies that look like people's data (a table of
sexes, a row's flags for both sexes, an amount named ``..._ip``). Every
table, column and value is made up; the negative cases come from other domains (a plant
catalogue, a mailing queue, a weather station, a device, a tariff, a census, a game; and,
narrowed on review, a typeface, a herb catalogue, a cellar, a build runner, a nurse's
qualifications, a quest, a cloud instance, a card payment, a parcel)."""

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
        (  # a user's id at the identity provider named beside it, in a table of identities
            "portal_identities",
            {"id": (), "given_name": (), "family_name": (), "provider": (), "uid": ()},
            {"id": "int"},
            "uid",
            "USERNAME",
        ),
        # people's own fields that rules for other domains must not take away
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
        # narrowed on review: each case below lost its verdict before
        (  # one person's gender per row, keyed to the person
            "gender",
            {"id": (), "entrant_id": (), "gender": ("F", "M", "F", "F")},
            {"id": "int", "entrant_id": "int"},
            "gender",
            "GENDER",
        ),
        (
            "sex",
            {"id": (), "pid": (), "sex": ("female", "male", "female")},
            {"id": "int", "pid": "int"},
            "sex",
            "GENDER",
        ),
        (  # a patient's sex as two flags, in a row keyed to the patient
            "patient_features",
            {"patient_id": (), "age": (), "male": (0, 1, 0), "female": (1, 0, 1), "bmi": ()},
            {"patient_id": "int", "age": "int", "male": "int", "female": "int", "bmi": "real"},
            "male",
            "GENDER",
        ),
        (  # a respondent's sex as two flags beside the respondent's name
            "survey_answers",
            {"first_name": (), "male": (), "female": ()},
            {"male": "boolean", "female": "boolean"},
            "female",
            "GENDER",
        ),
        (  # a legal form beside a display name: the rows may be persons
            "ledger_parties",
            {"display_name": (), "legal_form": ("sole trader", "GmbH"), "phone": ()},
            {},
            "phone",
            "PHONE_NUMBER",
        ),
    ],
)
def test_register_people_fields_are_found_and_kept(
    table: str,
    columns: dict[str, tuple[object, ...]],
    types: dict[str, str],
    column: str,
    entity: str,
) -> None:
    found = explanations(table, columns, types)
    assert entity in found[column], found[column]


_PATHS = ("/builds/p1", "/builds/p2", "/srv/jobs/p3")


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
        (  # an amount of a tariff named after in-patient care
            "tariffs",
            {"id": (), "title": (), "benefit_limit_ip": ()},
            {"id": "int", "benefit_limit_ip": "numeric(12,2)"},
            "benefit_limit_ip",
            "IP_ADDRESS",
        ),
        # narrowed on review: each case below was flagged before
        (  # a typeface's family and its other names: no person's field beside them
            "typefaces",
            {"id": (), "family_name": ("Serifa Nova",), "other_names": ("Nova Book",)},
            {"id": "int"},
            "other_names",
            "PERSON_NAME",
        ),
        (  # a herb catalogue's botanical family and common names
            "herb_catalogue",
            {"id": (), "family_name": ("Lamiaceae",), "other_names": (), "habitat": ()},
            {"id": "int"},
            "other_names",
            "PERSON_NAME",
        ),
        (  # a cellar's labels: a producer's last name, the wine's other names
            "cellar_labels",
            {"label": (), "last_name": (), "other_names": (), "vintage": ()},
            {"vintage": "int"},
            "other_names",
            "PERSON_NAME",
        ),
        (  # a beetle's genus, the describer's surname and the species' synonyms
            "beetle_species",
            {"genus": (), "surname": (), "other_names": ()},
            {},
            "other_names",
            "PERSON_NAME",
        ),
        (  # an e-mail id whose sampled values are codes, not addresses
            "club_contacts",
            {
                "first_name": (),
                "last_name": (),
                "email_id": ("EM-0017", "EM-0018", "EM-0019"),
            },
            {},
            "email_id",
            "EMAIL_ADDRESS",
        ),
        (  # a member's uploaded file's name and team's name: no copies of ``name``
            "gym_members",
            {"id": (), "name": (), "filename": ("scan_01.pdf",), "teamname": ("Otters",)},
            {"id": "int"},
            "filename",
            "PERSON_NAME",
        ),
        (
            "gym_members",
            {"id": (), "name": (), "filename": ("scan_01.pdf",), "teamname": ("Otters",)},
            {"id": "int"},
            "teamname",
            "PERSON_NAME",
        ),
        (  # a patient's ward's name
            "ward_patients",
            {"id": (), "name": (), "roomname": ("Room B", "Room C")},
            {"id": "int"},
            "roomname",
            "PERSON_NAME",
        ),
        (  # a student's web and device addresses: no copies of ``address``
            "students",
            {"id": (), "name": (), "address": (), "webaddress": ("https://example.org",)},
            {"id": "int"},
            "webaddress",
            "STREET_ADDRESS",
        ),
        (
            "students",
            {"id": (), "name": (), "address": (), "btaddress": ("00:1A:7D:DA:71:13",)},
            {"id": "int"},
            "btaddress",
            "STREET_ADDRESS",
        ),
        (  # a build job's working directory
            "ci_runners",
            {"id": (), "user_id": (), "jobpwd": _PATHS},
            {"id": "int", "user_id": "int"},
            "jobpwd",
            "PASSWORD_HASH",
        ),
        (
            "ci_runners",
            {"id": (), "user_id": (), "pwd": _PATHS},
            {"id": "int", "user_id": "int"},
            "pwd",
            "PASSWORD_HASH",
        ),
        (  # a nurse's qualifications
            "nurse_credentials",
            {"nurse_id": (), "credential_type": (), "value": ("Registered Nurse", "Midwife")},
            {"nurse_id": "int"},
            "value",
            "PASSWORD_HASH",
        ),
        (  # a game's quest secrets
            "quest_secrets",
            {"player_id": (), "user_id": (), "secret": ("hidden cave", "old well")},
            {"player_id": "int", "user_id": "int"},
            "secret",
            "PASSWORD_HASH",
        ),
        (  # a cloud instance's id at its provider
            "cloud_instances",
            {"owner_id": (), "user_id": (), "provider": ("aws",), "uid": ("i-0abc12",)},
            {"owner_id": "int", "user_id": "int"},
            "uid",
            "USERNAME",
        ),
        (  # a payment's charge id at its payment provider
            "card_payments",
            {"customer_id": (), "provider": ("stripe",), "provider_id": ("ch_3Kx9",)},
            {"customer_id": "int"},
            "provider_id",
            "USERNAME",
        ),
        (  # a parcel's id at its carrier
            "parcel_shipments",
            {"id": (), "customer_id": (), "provider": ("dhl",), "external_uid": ("JD0142",)},
            {"id": "int", "customer_id": "int"},
            "external_uid",
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
