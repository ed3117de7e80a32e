"""Rules of the twenty-fourth round: a fixture's placeholders (``<column name><n>``) leave the
decision to the column's name; a person's tokens in a table named in the singular and glued
(``sessiontoken``); a person's accounts on music, video and other platforms; a card's expiry
beside the card's number. Every table, column and value is made up; the negative cases come from
other domains (ERP, banking, logistics, SaaS, healthcare, school, e-commerce, IoT)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations


def _counted(word: str, n: int = 12, sep: str = "") -> tuple[str, ...]:
    """A fixture's placeholders: the word and a counter (``lastname1``, ``lastname2``...)."""
    return tuple(f"{word}{sep}{i}" for i in range(1, n + 1))


_INT = {"id": "int", "user_id": "int", "member_id": "int", "order_id": "int"}

# -- placeholders ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        (
            "clinic_staff",
            {"id": (), "given_name": _counted("givenname"), "badge": ()},
            "given_name",
            "PERSON_NAME",
        ),
        (
            "students",
            {"id": (), "surname": _counted("surname", sep="_"), "form": ()},
            "surname",
            "PERSON_NAME",
        ),
        (  # a typo in the demo's word, as dumps have
            "volunteers",
            {"id": (), "firstname": _counted("fristname"), "shift": ()},
            "firstname",
            "PERSON_NAME",
        ),
        (
            "crm_leads",
            {"id": (), "lastname": (*_counted("lastname", 9), "Quenby"), "stage": ()},
            "lastname",
            "PERSON_NAME",
        ),
    ],
)
def test_a_fixtures_placeholders_leave_the_decision_to_the_name(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    found = explanations(table, columns, _INT)
    assert entity in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        ("sensors", {"id": (), "name": _counted("sensor"), "unit": ()}, "name"),  # IoT
        ("warehouses", {"id": (), "name": _counted("warehouse"), "code": ()}, "name"),  # ERP
        ("products", {"id": (), "name": _counted("name"), "sku": _counted("sku")}, "name"),
        ("gl_accounts", {"id": (), "account": _counted("account"), "balance": ()}, "account"),
        ("hosts", {"id": (), "hostname": _counted("host", sep="-"), "rack": ()}, "hostname"),
        ("lessons", {"id": (), "teacher": _counted("teacher"), "room": ()}, "teacher"),
        ("docks", {"id": (), "gate": _counted("gate"), "carrier": ()}, "gate"),  # logistics
    ],
)
def test_placeholders_flag_nothing_the_name_alone_would_not(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    assert not explanations(table, columns, _INT)[column]


def test_names_of_things_with_numbers_are_no_placeholders_of_a_persons_name() -> None:
    # ``Building 1`` in a column named for a person's name is no placeholder of that name:
    # the values still veto it.
    columns = {"id": (), "full_name": _counted("Building ", 12), "floor": ()}
    assert "PERSON_NAME" not in explanations("campus_sites", columns, _INT)["full_name"]


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a catalogue of phones, not people: ``phone7`` is a model's name and values veto
        (
            "handset_catalogue",
            {"id": (), "phone": _counted("phone"), "sku": ()},
            "phone",
            "PHONE_NUMBER",
        ),
        # words that merely contain the column's name are other things
        (
            "crew",
            {"id": (), "phone": _counted("Smartphone ", 12), "email": ()},
            "phone",
            "PHONE_NUMBER",
        ),
        (
            "crew",
            {"id": (), "phone": _counted("Headphone-", 12), "email": ()},
            "phone",
            "PHONE_NUMBER",
        ),
        (
            "lodgers",
            {"id": (), "phone": _counted("Telephone ", 12), "email": ()},
            "phone",
            "PHONE_NUMBER",
        ),
        (
            "couriers",
            {"id": (), "mobile": _counted("Automobile ", 12), "email": ()},
            "mobile",
            "PHONE_NUMBER",
        ),
        (
            "personnel",
            {"id": (), "birthday": _counted("Birthday party ", 12), "email": ()},
            "birthday",
            "DATE_OF_BIRTH",
        ),
        # a near word that is another word (similarity 0.83)
        (
            "shoppers",
            {"id": (), "email": _counted("Webmail ", 12), "phone": ()},
            "email",
            "EMAIL_ADDRESS",
        ),
        # a support desk's tickets are no table of people
        (
            "helpdesk_cases",
            {"id": (), "email": _counted("Email ", 12), "subject": ()},
            "email",
            "EMAIL_ADDRESS",
        ),
    ],
)
def test_placeholders_of_other_words_or_outside_people_keep_the_values_veto(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    found = explanations(table, columns, _INT)
    assert entity not in found[column], found[column]


def test_placeholders_keep_what_the_values_say_for_the_column() -> None:
    # ``signin7`` are login names by their shape: the placeholder rule only lifts vetoes
    columns = {"id": (), "signin": _counted("signin"), "station": ()}
    with_values = explanations("self_service_terminals", columns, _INT)["signin"]
    assert "USERNAME" in with_values, with_values


def test_placeholder_check_is_quick_on_long_runs_of_separators() -> None:
    from classifiers.fixtures_and_accounts import placeholder_values

    long = ["a" + "-" * 5000 + "b"] * 3
    assert not placeholder_values("alias", [f"{v}{i}" for i, v in enumerate(long)])


# -- tokens in a table named in the singular ---------------------------------------------------

_SECRETS = ("a8Fk2LmQ9zXv4RtB7nWp", "Zq7Lw2Nx9Vb4Tc8Yr1Hs", "Pm3Kd8Jf2Gh7Sa9Qe4Wt")


@pytest.mark.parametrize(
    ("table", "values"),
    [
        ("auth_sessiontoken", _SECRETS),
        ("sso_refreshtoken", _SECRETS),
        ("portal_bearertoken", ()),
        ("api_sessiontoken", _counted("sample-token-", 6)),  # a fixture's placeholders
    ],
)
def test_a_persons_token_in_a_glued_singular_table_is_a_secret(
    table: str, values: tuple[str, ...]
) -> None:
    columns = {"id": (), "user": (), "token": values, "expires": ()}
    found = explanations(table, columns, {**_INT, "user": "int", "expires": "timestamp"})
    assert "PASSWORD_HASH" in found["token"], found["token"]
    assert "keeps tokens of a person" in found["token"]["PASSWORD_HASH"]


@pytest.mark.parametrize(
    ("table", "columns", "values"),
    [
        ("nlp_wordtoken", ("id", "document_id", "token"), ()),  # a text's words
        ("shop_invitetoken", ("id", "user_id", "token"), _SECRETS),  # opens no one's account
        ("sso_sessiontoken", ("id", "application_id", "token"), _SECRETS),  # nobody's
        ("game_bonustoken", ("id", "member_id", "token"), ("gold", "silver", "bronze")),
        ("lexer_subtoken", ("id", "user_id", "token"), ("IDENT", "NUMBER", "STRING")),
    ],
)
def test_other_glued_token_tables_keep_no_persons_secret(
    table: str, columns: tuple[str, ...], values: tuple[str, ...]
) -> None:
    found = explanations(table, {c: values if c == "token" else () for c in columns}, _INT)
    assert "PASSWORD_HASH" not in found["token"], found["token"]


@pytest.mark.parametrize(
    ("table", "values"),
    [
        ("bowling_lane_tokens", _counted("Token ", 9)),  # a game's play tokens
        ("funfair_ridetoken", _counted("token-", 9)),
        ("canteen_meal_tokens", _counted("token_", 9)),
    ],
)
def test_placeholders_make_no_secret_of_tokens_that_open_no_account(
    table: str, values: tuple[str, ...]
) -> None:
    columns = {"id": (), "member_id": (), "token": values}
    found = explanations(table, columns, _INT)
    assert "PASSWORD_HASH" not in found["token"], found["token"]


# -- a person's accounts on platforms ----------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        ("artist_profiles", ("id", "user_id", "bio", "soundcloud", "vimeo"), "soundcloud"),
        ("musician_pages", ("id", "member_id", "mixcloud_url", "twitch"), "twitch"),
        ("creator_profiles", ("id", "user_id", "vimeo", "threads"), "threads"),
        ("members", ("id", "email", "soundcloud", "threads_handle"), "threads_handle"),
        ("subscribers", ("id", "email", "mixcloud"), "mixcloud"),
    ],
)
def test_a_column_named_for_a_platform_is_a_persons_account_there(
    table: str, columns: tuple[str, ...], column: str
) -> None:
    found = explanations(table, dict.fromkeys(columns, ()), _INT)
    assert "USERNAME" in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        ("haberdashery_stock", ("id", "threads", "buttons", "zips"), "threads"),  # a shop's counts
        ("paintings", ("id", "title", "medium", "artist_id"), "medium"),  # a painting's medium
        ("fabric_rolls", ("id", "threads", "weave", "sku"), "threads"),  # a weave's count
        ("brand_channels", ("id", "company_id", "mastodon", "threads"), "threads"),  # a company's
        ("playlists", ("id", "title", "soundcloud"), "soundcloud"),  # a playlist's link, no person
        ("sewing_patterns", ("id", "threads", "fabric", "mastodon"), "threads"),  # not people
        ("patients", ("id", "name", "tremor", "twitch", "email"), "twitch"),  # a symptom
        ("athletes", ("id", "name", "twitch", "spasm"), "twitch"),
    ],
)
def test_platform_words_elsewhere_are_no_account(
    table: str, columns: tuple[str, ...], column: str
) -> None:
    found = explanations(table, dict.fromkeys(columns, ()), {**_INT, "company_id": "int"})
    assert "USERNAME" not in found[column], found[column]


# -- a card's expiry beside its number ---------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "columns", "column", "values"),
    [
        ("web_orders", ("id", "payment_card", "exp_mmyy", "total"), "exp_mmyy", ()),
        ("wallet_cards", ("id", "cc_number", "cvc", "exp_month", "exp_year"), "exp_month", ()),
        ("bookings", ("id", "credit_card_no", "expiry", "guest"), "expiry", ("04/27", "11/28")),
        ("checkouts", ("id", "debit_card_number", "expiration_date"), "expiration_date", ()),
        ("saved_payments", ("id", "ccnum", "card_holder", "exp_mm"), "exp_mm", (1, 4, 11, 12)),
        (
            "member_wallets",
            ("id", "credit_card_no", "expiration_date"),
            "expiration_date",
            ("2027-03-31", "2028-11-30", "2026-02-01"),
        ),  # a month's last or first day
        ("billing_profiles", ("id", "debit_card", "exp_year"), "exp_year", (2027, 2029, 2031)),
    ],
)
def test_an_expiry_beside_a_card_number_is_the_cards_expiry(
    table: str, columns: tuple[str, ...], column: str, values: tuple[object, ...]
) -> None:
    found = explanations(
        table,
        {c: values if c == column else () for c in columns},
        {**_INT, "exp_mm": "int", "exp_year": "int"},
    )
    assert "CARD_EXPIRY" in found[column], found[column]
    assert "payment card's number" in found[column]["CARD_EXPIRY"]


@pytest.mark.parametrize(
    ("table", "columns", "column", "values"),
    [
        ("medicines", ("id", "batch", "expiry_date"), "expiry_date", ()),  # healthcare
        ("vouchers", ("id", "card_number", "expiry_date"), "expiry_date", ()),  # e-commerce
        ("library_members", ("id", "card_no", "exp_date"), "exp_date", ()),  # school
        ("loan_facilities", ("id", "credit_limit", "expiration_date"), "expiration_date", ()),
        ("api_keys", ("id", "cc_number", "expires_at"), "expires_at", ()),  # a moment
        ("hotel_stays", ("id", "cc_number", "expiry"), "expiry", ("soon", "later", "never")),
    ],
)
def test_other_expiries_are_no_cards(
    table: str, columns: tuple[str, ...], column: str, values: tuple[str, ...]
) -> None:
    found = explanations(
        table,
        {c: values if c == column else () for c in columns},
        {**_INT, "expires_at": "timestamp", "expiry_date": "date"},
    )
    assert "CARD_EXPIRY" not in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "columns", "column", "values"),
    [
        # a cost centre's number beside an expense's date, amount and type (ERP)
        (
            "travel_claims",
            ("id", "cc_no", "exp_date", "exp_amount"),
            "exp_date",
            ("2025-02-11", "2025-03-19", "2025-06-04"),
        ),
        ("cost_plans", ("id", "cc_nr", "exp_date", "exp_type"), "exp_date", ()),
        # a cost centre's code and a budget's year
        ("capex_plans", ("id", "cc_number", "exp_year"), "exp_year", (2026, 2027, 2028)),
        # a game's experience points beside a card a player collects
        ("gamers", ("id", "credit_card", "exp"), "exp", (14, 37, 88)),
        # a lab's runs: a cell culture's number and an expression level
        ("assay_runs", ("id", "cc_no", "expr"), "expr", ("4", "7", "9")),
        # a month name holding no month, a year name no year
        ("subscribers", ("id", "credit_card", "exp_month"), "exp_month", (13, 40, 77)),
        ("subscribers", ("id", "credit_card", "exp_year"), "exp_year", (31, 58, 76)),
        # dates in mid-month are no card's expiry (which falls on a month's first or last day)
        (
            "subscribers",
            ("id", "credit_card", "exp_date"),
            "exp_date",
            ("2025-02-11", "2025-03-19", "2025-06-04"),
        ),
    ],
)
def test_expiry_like_names_beside_cost_centres_and_counts_are_no_cards(
    table: str, columns: tuple[str, ...], column: str, values: tuple[object, ...]
) -> None:
    found = explanations(
        table,
        {c: values if c == column else () for c in columns},
        {**_INT, "exp": "int", "exp_year": "int", "exp_month": "int"},
    )
    assert "CARD_EXPIRY" not in found[column], found[column]
