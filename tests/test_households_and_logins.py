"""Rules of the twenty-fifth round: a table named with its columns' abbreviation after its word
(``tenant_tnt``); a household's table; a login's second-factor secrets, API keys and a
platform's access token; a date of birth in parts with ``0`` for a part not known; a commit's
committer. Every table, column and value is made up; the negative cases come from other domains
(a catalogue, typography, IoT, a weather service, a tax ledger, a fish farm, a game, a SaaS
tenant, a carrier, a payment provider, a shop's categories, a settings table)."""

from __future__ import annotations

import pytest

from classifiers.households_and_logins import abbreviation_suffix

from .table_verdicts import explanations

_SURNAMES = ("Abernathy", "Quenby", "Okafor", "Lindqvist", "Marchetti", "Ferreira", "Tanaka")
_NAMES = ("Ada Quenby", "Bo Lindqvist", "Cy Okafor", "Di Marchetti", "Ed Ferreira", "Flo Tanaka")
#: Made-up secrets: 32 letters and digits, mixed case.
_KEYS = tuple(f"Zq{i}Xw8Lm3Rt7Vb2Nc5Hj9Pk4Gs6Df1{i}" for i in range(6))


def _parts(top: int, n: int = 40) -> tuple[int, ...]:
    """Days or months of birth, every third one ``0`` (not known)."""
    return tuple(0 if i % 3 == 0 else 1 + i % top for i in range(n))


_INT = {"id": "int", "athlete_id": "int"}


# -- a date of birth in parts ------------------------------------------------------------------


@pytest.mark.parametrize("column", ["birth_month", "birth_day", "dob_month"])
def test_a_date_of_birth_in_parts_with_zero_for_not_known(column: str) -> None:
    top = 12 if column.endswith("month") else 28
    columns = {"id": (), "first_name": _NAMES, "email": (), column: _parts(top)}
    found = explanations("athletes", columns, {**_INT, column: "smallint"})
    assert "DATE_OF_BIRTH" in found[column], found[column]


def test_numbers_that_are_no_date_part_still_veto_a_birth_month() -> None:
    values = tuple(0 if i % 3 == 0 else 40 + i for i in range(40))  # a fish farm's batch sizes
    columns = {"id": (), "tank": (), "birth_month": values}
    found = explanations("hatchery_batches", columns, {"id": "int", "birth_month": "int"})
    assert "DATE_OF_BIRTH" not in found["birth_month"], found["birth_month"]


# -- a table's word with its columns' abbreviation after it ------------------------------------


def test_a_tables_abbreviation_suffix_leaves_its_word_as_the_head() -> None:
    columns = {"tnt_id": (), "tnt_name": _NAMES, "tnt_unit": (), "tnt_lease": ()}
    found = explanations("tenant_tnt", columns, {"tnt_id": "int"})
    assert "PERSON_NAME" in found["tnt_name"], found["tnt_name"]


# -- a household's table -----------------------------------------------------------------------


@pytest.mark.parametrize("table", ["households", "family", "families"])
def test_a_households_name_is_a_persons(table: str) -> None:
    columns = {
        "id": (),
        "name": _SURNAMES,
        "home_phone": (),
        "address_line1": (),
        "town": (),
        "postcode": (),
        "joined": (),
    }
    found = explanations(table, columns, {"id": "int"})
    assert "PERSON_NAME" in found["name"], found["name"]


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        (  # a catalogue's family of products, with its supplier's phone and address
            "product_family",
            {
                "id": (),
                "name": ("Kettles", "Toasters", "Mixers", "Blenders"),
                "phone": (),
                "address": (),
            },
        ),
        ("font_families", {"id": (), "name": ("Serif", "Grotesk", "Mono", "Script")}),
        (  # a species' family with no contact columns
            "family",
            {"id": (), "name": ("Felidae", "Canidae", "Ursidae", "Mustelidae"), "order": ()},
        ),
    ],
)
def test_other_families_names_stay_unflagged(
    table: str, columns: dict[str, tuple[object, ...]]
) -> None:
    found = explanations(table, columns, {"id": "int"})
    assert "PERSON_NAME" not in found["name"], found["name"]


# -- a login's credentials ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "values"),
    [
        ("otp_secret", ()),
        ("two_factor_recovery_codes", ()),
        ("mfabackupcodes", ()),
        ("apitoken", _KEYS),
        ("api_key", _KEYS),
        ("gitlab_access_token", ()),
    ],
)
def test_a_logins_credentials_in_its_own_table(column: str, values: tuple[object, ...]) -> None:
    columns = {"id": (), "login": (), "password_digest": (), column: values}
    found = explanations("members", columns, {"id": "int"})
    assert "PASSWORD_HASH" in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "column", "values"),
    [
        ("weather_stations", "api_key", _KEYS),  # the organisation's key to a weather service
        ("mqtt_devices", "otp_secret", ()),  # a device's one-time-password seed
        ("integrations", "api_token", _KEYS),
        ("users", "api_calls", (3, 9, 12, 40, 7)),
        ("users", "api_key", ("none", "none", "none", "none", "none")),  # no secret's shape
        ("tax_rates", "factor_code", ("A1", "B2", "C3", "D4")),
        ("game_players", "bonus_code", ("SPRING", "WINTER", "AUTUMN", "SUMMER")),
    ],
)
def test_keys_and_codes_that_are_no_logins_stay_unflagged(
    table: str, column: str, values: tuple[object, ...]
) -> None:
    columns = {"id": (), "title": (), column: values}
    found = explanations(table, columns, {"id": "int", "api_calls": "int"})
    assert "PASSWORD_HASH" not in found[column], found[column]


# -- a commit's committer ----------------------------------------------------------------------


def test_a_commits_committer_is_a_person() -> None:
    columns = {"id": (), "sha": (), "committername": _NAMES[:1] * 4, "message": ()}
    found = explanations("vcs_changesets", columns, {"id": "int"})
    assert "PERSON_NAME" in found["committername"], found["committername"]


# -- where the rules stop: a plain table's short word, a third party's contacts, no login ------


def test_a_plain_tables_short_last_word_keeps_its_contacts_personal() -> None:
    """A ``site_st`` whose columns carry no ``st_`` prefix: its last word is no abbreviation of
    the columns' prefix, so the table's head stays as it was (its address and phone flagged)."""
    columns = {"id": (), "street": (), "address": (), "phone": (), "opened": ()}
    found = explanations("site_st", columns, {"id": "int"})
    assert "STREET_ADDRESS" in found["address"], found["address"]
    assert "PHONE_NUMBER" in found["phone"], found["phone"]


@pytest.mark.parametrize(
    ("tokens", "siblings", "expected"),
    [
        (("patient", "pat"), [("pat", "id"), ("pat", "name"), ("pat", "ward")], True),
        (("member", "mbr"), [("mbr", "id"), ("mbr", "email"), ("joined",)], True),
        (("site", "st"), [("id",), ("address",), ("phone",)], False),
        (("member", "mbr"), [("mbr", "id"), ("name",), ("email",), ("joined",)], False),
        (("member", "mbr"), [], False),
    ],
)
def test_an_abbreviation_suffix_counts_only_as_most_columns_prefix(
    tokens: tuple[str, ...], siblings: list[tuple[str, ...]], expected: bool
) -> None:
    assert abbreviation_suffix(tokens, siblings) is expected


@pytest.mark.parametrize(
    ("table", "columns", "flagged"),
    [
        (  # a shop's product category with its supplier's and warehouse's contacts
            "household",
            {
                "id": (),
                "name": ("Mop", "Bucket", "Sponge", "Broom"),
                "supplier_phone": ("+44 20 7946 0312", "+44 161 496 0738"),
                "supplier_email": ("orders@mops.example", "trade@brooms.example"),
                "warehouse_address": (),
                "price": (),
            },
            {"name": "PERSON_NAME", "supplier_phone": "PHONE_NUMBER"},
        ),
        (  # a toy maker's family of kits with its vendor's and support desk's contacts
            "family",
            {
                "id": (),
                "name": ("Rocket", "Castle", "Robot"),
                "vendor_phone": ("+44 20 7946 0999",),
                "support_email": ("help@kits.example",),
                "manufacturer_address": (),
            },
            {"name": "PERSON_NAME", "vendor_phone": "PHONE_NUMBER"},
        ),
    ],
)
def test_a_household_table_with_a_third_partys_contacts_is_no_households(
    table: str, columns: dict[str, tuple[object, ...]], flagged: dict[str, str]
) -> None:
    found = explanations(table, columns, {"id": "int", "price": "numeric"})
    for column, entity in flagged.items():
        assert entity not in found[column], (column, found[column])


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        ("accounts", {"company_name": (), "plan": (), "api_secret": _KEYS}, "api_secret"),
        ("accounts", {"company_name": (), "plan": (), "api_key": _KEYS}, "api_key"),
        ("device_registrations", {"serial": (), "api_key": _KEYS}, "api_key"),
        ("device_registrations", {"serial": (), "otp_secret": _KEYS}, "otp_secret"),
        ("vehicle_registrations", {"plate_model": (), "api_key": _KEYS}, "api_key"),
        ("shipping_profiles", {"carrier": ("DHL", "UPS"), "api_key": _KEYS}, "api_key"),
        ("printer_profile", {"model": (), "api_key": _KEYS}, "api_key"),
        ("auth", {"provider": ("Stripe", "Adyen"), "api_key": _KEYS}, "api_key"),
        ("auth", {"provider": (), "gitlab_access_token": _KEYS}, "gitlab_access_token"),
        ("admin_adm", {"adm_id": (), "adm_setting": (), "adm_api_key": _KEYS}, "adm_api_key"),
        ("admin", {"setting": (), "value": (), "api_key": _KEYS}, "api_key"),
    ],
)
def test_keys_of_an_organisation_a_machine_or_a_setting_are_no_logins(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, {"id": (), **columns}, {"id": "int", "adm_id": "int"})
    assert "PASSWORD_HASH" not in found[column], found[column]
