"""Rules of the twenty-sixth round: a person's profile kept as rows of a key-value table and a
change log's old and new values (values that mix e-mails, phones, dates and streets); a prefix
every column of a table shares (``xq_``); an OpenID or SAML client's own name; a word's male and
female forms; rendered free text; a place of incorporation. Every table, column and value is
made up; the negative cases come from other domains (IoT, a game, a catalogue, a ledger, a
hospital's equipment, a school's settings)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

#: A member's profile fields, one per row: names, a phone, an e-mail, a birthday, a street.
_PROFILE = (
    "Quenby", "Ilsa", "0711 555123", "qu.ilsa@example.org", "1987-03-04", "Lindenweg 7",
    "Tarn", "Odo", "+49 30 5550199", "odo.t@example.net", "2001-11-12", "Birkenallee 21a",
    "70173", "Stuttgart", "DE", "2",
)  # fmt: skip
#: A change log's new values of profile fields.
_CHANGES = ("Hafenstraße 3", "0221 5550142", "50667", "Cologne", "1979-06-30", "Moor 12", "5")
_INT = {"id": "int", "member_id": "int", "field_id": "int", "xq_id": "int", "xq_user_id": "int"}


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        (
            "club_member_data",
            {"id": (), "member_id": (), "field_id": (), "value": _PROFILE},
            "value",
        ),
        (
            "usermeta",
            {"id": (), "user_id": (), "meta_key": (), "meta_value": _PROFILE},
            "meta_value",
        ),
        (  # every column prefixed with the table's abbreviation
            "crm_person_fields",
            {"pf_id": (), "pf_customer_id": (), "pf_key": (), "pf_value": _PROFILE},
            "pf_value",
        ),
        (
            "record_changes",
            {"id": (), "table_name": (), "old_value": (), "new_value": _CHANGES},
            "new_value",
        ),
        ("audit_trail", {"id": (), "field": (), "value_before": _CHANGES}, "value_before"),
    ],
)
def test_a_persons_profile_rows_and_changed_values_are_free_text(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, {**_INT, "user_id": "int", "pf_id": "int"})
    assert "FREE_TEXT" in found[column], found[column]


_READINGS = ("21.5", "22.0", "19.75", "1024", "2024-01-05", "2024-01-06", "off", "on", "42")
_GAME = ("Sword", "Shield 2", "Potion", "Level 3", "1200", "0.75", "2023-12-01", "gold")


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        (  # a device's readings: numbers and dates, no e-mail or phone
            "sensor_readings_log",
            {"id": (), "sensor_id": (), "old_value": _READINGS, "new_value": _READINGS},
            "new_value",
        ),
        (  # a player's inventory in a key-value table: no e-mail or phone
            "player_items",
            {"id": (), "player_id": (), "item_key": (), "value": _GAME},
            "value",
        ),
        (  # a catalogue's attributes: no key to a person
            "product_attributes",
            {"id": (), "product_id": (), "attr_key": (), "value": _PROFILE},
            "value",
        ),
        (  # a ledger's changed amounts
            "ledger_history",
            {"id": (), "entry_id": (), "old_value": ("100.00", "250.50", "12", "7.5", "3300")},
            "old_value",
        ),
        (  # a school's settings: one sender address among flags is no person's profile
            "school_settings",
            {
                "id": (),
                "school_id": (),
                "name": (),
                "value": ("1", "0", "office@example.org", "Europe/Berlin", "de", "30", "true"),
            },
            "value",
        ),
    ],
)
def test_other_key_values_and_logs_stay_unflagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(
        table, columns, {"id": "int", "sensor_id": "int", "player_id": "int", "entry_id": "int"}
    )
    assert "FREE_TEXT" not in found[column], found[column]


def test_a_token_under_a_table_wide_prefix_is_a_persons_secret() -> None:
    columns: dict[str, tuple[object, ...]] = {
        "xq_id": (), "xq_user_id": (), "xq_token": (), "xq_scope": (), "xq_expires_at": (),
    }  # fmt: skip
    found = explanations("sso_access_tokens", columns, _INT)
    assert "PASSWORD_HASH" in found["xq_token"], found["xq_token"]


def test_a_prefixed_token_of_a_things_table_stays_unflagged() -> None:
    columns: dict[str, tuple[object, ...]] = {
        "gt_id": (), "gt_game_id": (), "gt_token": ("Token 1", "Token 2", "Bonus 3"),
        "gt_colour": (),
    }  # fmt: skip
    found = explanations("board_game_tokens", columns, {"gt_id": "int", "gt_game_id": "int"})
    assert found["gt_token"] == {}, found["gt_token"]


@pytest.mark.parametrize(
    ("table", "prefix"), [("idp_oidc_clients", "oc"), ("portal_saml_clients", "sc")]
)
def test_an_identity_providers_client_name_is_an_applications(table: str, prefix: str) -> None:
    columns: dict[str, tuple[object, ...]] = {
        f"{prefix}_id": (), f"{prefix}_client_id": (), f"{prefix}_client_name": (),
        f"{prefix}_client_secret": (), f"{prefix}_redirect_uri": (),
    }  # fmt: skip
    found = explanations(table, columns, {f"{prefix}_id": "int"})
    assert "PERSON_NAME" not in found[f"{prefix}_client_name"]


def test_a_customers_client_name_stays_a_persons() -> None:
    columns: dict[str, tuple[object, ...]] = {"id": (), "client_name": (), "client_phone": ()}
    found = explanations("bookings", columns, {"id": "int"})
    assert "PERSON_NAME" in found["client_name"], found["client_name"]


def test_a_words_male_and_female_forms_are_no_gender() -> None:
    columns: dict[str, tuple[object, ...]] = {
        "kt_id": (), "kt_title_male": ("Uncle", "Nephew"), "kt_title_female": ("Aunt", "Niece"),
    }  # fmt: skip
    found = explanations("kinship_types", columns, {"kt_id": "int"})
    assert "GENDER" not in found["kt_title_male"]
    assert "GENDER" not in found["kt_title_female"]


def test_a_patients_gender_stays_flagged() -> None:
    columns: dict[str, tuple[object, ...]] = {"id": (), "full_name": (), "gender": ("F", "M")}
    found = explanations("patients", columns, {"id": "int"})
    assert "GENDER" in found["gender"], found["gender"]


def test_rendered_free_text_of_a_person() -> None:
    columns: dict[str, tuple[object, ...]] = {
        "id": (),
        "email": (),
        "about": (),
        "about_rendered": (),
    }
    found = explanations("site_accounts_user", columns, {"id": "int"})
    assert "FREE_TEXT" in found["about_rendered"], found["about_rendered"]


def test_a_products_rendered_description_stays_unflagged() -> None:
    columns: dict[str, tuple[object, ...]] = {"id": (), "sku": (), "description_rendered": ()}
    found = explanations("catalogue_items", columns, {"id": "int"})
    assert found["description_rendered"] == {}


_COMPANY = {
    "id": (), "name": ("Pellam Widgets",), "phone": ("+1 555 0100",),
    "street": ("12 Harbour Road",), "city": ("Springfield",), "postal_code": ("99501",),
    "state_of_incorporation": ("DE",),
}  # fmt: skip


def test_a_row_with_a_place_of_incorporation_is_a_companys() -> None:
    found = explanations("sponsors", _COMPANY, {"id": "int"})
    for column in ("phone", "street", "city", "postal_code"):
        assert found[column] == {}, (column, found[column])


def test_a_sponsors_address_without_incorporation_stays_flagged() -> None:
    columns = {k: v for k, v in _COMPANY.items() if k != "state_of_incorporation"}
    found = explanations("sponsors", columns, {"id": "int"})
    assert "STREET_ADDRESS" in found["street"], found["street"]
