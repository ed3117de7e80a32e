"""Rules of the twenty-first and twenty-second rounds: a person's token kept in a table of
tokens, the contact person a row's phone and e-mail reach, whom an order is delivered to; a
gender or a date of birth counts as one person field, never alone. Every name and value is made
up."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_INT = {"id": "int", "user_id": "int", "customer_id": "int", "subscriber_id": "int"}


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        ("personal_access_tokens", ("id", "user_id", "token", "label"), "token"),
        ("member_login_tokens", ("id", "token_digest", "created_on"), "token_digest"),
        ("password_recovery_tokens", ("id", "customer_id", "recovery_token"), "recovery_token"),
        ("sign_in_tokens", ("id", "identity_id", "token"), "token"),
    ],
)
def test_a_persons_token_in_a_table_of_tokens_is_a_secret(
    table: str, columns: tuple[str, ...], column: str
) -> None:
    found = explanations(table, dict.fromkeys(columns, ()), _INT)
    assert "PASSWORD_HASH" in found[column], found[column]
    assert "keeps tokens of a person" in found[column]["PASSWORD_HASH"]


def test_a_persons_push_token_is_a_device_id() -> None:
    columns = ("id", "subscriber_id", "platform", "token")
    found = explanations("mobile_push_tokens", dict.fromkeys(columns, ()), _INT)
    assert "DEVICE_ID" in found["token"], found["token"]
    assert "PASSWORD_HASH" not in found["token"]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        ("invitation_tokens", ("id", "user_id", "token"), "token"),  # opens no one's account
        ("gift_tokens", ("id", "user_id", "token"), "token"),
        ("tokens", ("id", "document_id", "token", "position"), "token"),  # a text's words
        ("personal_access_tokens", ("id", "user_id", "token_type"), "token_type"),
        ("personal_access_tokens", ("id", "user_id", "refresh_token"), "refresh_token"),
        ("tokens", ("id", "token"), "token"),  # nobody's
    ],
)
def test_other_tokens_are_no_persons_secret(
    table: str, columns: tuple[str, ...], column: str
) -> None:
    found = explanations(table, dict.fromkeys(columns, ()), _INT)
    assert not {"PASSWORD_HASH", "DEVICE_ID"} & set(found[column]), found[column]


def test_a_token_table_s_timestamps_and_keys_stay_unflagged() -> None:
    columns = ("id", "user_id", "token", "expires_at", "last_used_on")
    found = explanations(
        "personal_access_tokens",
        dict.fromkeys(columns, ()),
        {**_INT, "expires_at": "timestamp", "last_used_on": "date"},
    )
    assert not found["expires_at"] and not found["last_used_on"] and not found["user_id"]


_NAMES = ("Ines Marlow", "Tobias Grell", "Ada Quenby", "Milo Farrant")


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        ("wholesalers", ("id", "trading_name", "contact", "phone", "fax"), "contact"),
        ("repair_orders", ("id", "vendor_contact", "vendor_tel", "total"), "vendor_contact"),
        ("freight_agents", ("id", "primary_contact", "email"), "primary_contact"),
    ],
)
def test_whom_a_rows_phone_or_email_reaches_is_a_persons_name(
    table: str, columns: tuple[str, ...], column: str
) -> None:
    values = {c: (_NAMES if c == column else ()) for c in columns}
    found = explanations(table, values, _INT)
    assert "PERSON_NAME" in found[column], found[column]
    assert "a contact person's name" in found[column]["PERSON_NAME"]


def test_an_empty_contact_column_is_judged_by_its_name() -> None:
    columns = ("id", "trading_name", "contact", "telephone", "email")
    found = explanations("wholesalers", dict.fromkeys(columns, ()), _INT)
    assert "PERSON_NAME" in found["contact"], found["contact"]


@pytest.mark.parametrize(
    ("table", "values"),
    [
        # No phone or e-mail beside it: the contact is itself the number or the address.
        ("alert_channels", {"id": (), "user_id": (), "kind": (), "contact": ()}),
        # Its values are phone numbers: the values veto a name.
        (
            "wholesalers",
            {
                "id": (),
                "contact": ("+44 20 7946 0312", "+44 20 7946 0871", "+44 20 7946 0555"),
                "fax": (),
            },
        ),
        # When, not whom.
        ("leads", {"id": (), "last_contact": (), "phone": ()}),
    ],
)
def test_other_contact_columns_are_no_name(
    table: str, values: dict[str, tuple[object, ...]]
) -> None:
    found = explanations(table, values, _INT)
    column = next(c for c in values if "contact" in c)
    assert "PERSON_NAME" not in found[column], found[column]


def test_an_integer_contact_is_a_key_not_a_name() -> None:
    columns = ("id", "contact", "phone")
    found = explanations("wholesalers", dict.fromkeys(columns, ()), {"id": "int", "contact": "int"})
    assert "PERSON_NAME" not in found["contact"], found["contact"]


@pytest.mark.parametrize("column", ["deliver_to_name", "shipto", "deliveryto"])
def test_whom_an_order_is_delivered_to_is_a_persons_name(column: str) -> None:
    found = explanations(
        "dispatch_orders", {"id": (), "order_total": (), column: _NAMES}, {"id": "int"}
    )
    assert "PERSON_NAME" in found[column], found[column]
    assert "delivered or shipped to" in found[column]["PERSON_NAME"]


@pytest.mark.parametrize(
    ("column", "type_"), [("ship_to", "int"), ("ship_date", "date"), ("ship_to_address", "text")]
)
def test_a_shipments_key_date_or_address_is_no_name(column: str, type_: str) -> None:
    found = explanations("dispatch_orders", {"id": (), column: ()}, {"id": "int", column: type_})
    assert "PERSON_NAME" not in found[column], found[column]


@pytest.mark.parametrize("fact", ["gender", "dob", "birth_date", "date_of_birth", "birthday"])
def test_a_gender_or_birth_date_beside_another_person_field_makes_the_rows_people(
    fact: str,
) -> None:
    columns = {"id": (), "name": (), fact: (), "email": (), "address": (), "status": ()}
    found = explanations("intake_register", columns, {"id": "int"})
    assert "PERSON_NAME" in found["name"], found["name"]
    assert "STREET_ADDRESS" in found["address"], found["address"]
    assert not found["status"]


@pytest.mark.parametrize(
    "table",
    [
        "kittens",  # an animal has a sex and a birth date too
        "products",  # a garment's target gender
        "branch_offices",  # an organisation's
    ],
)
def test_a_gender_column_of_animals_things_or_organisations_says_no_person(table: str) -> None:
    columns = {"id": (), "name": (), "gender": (), "address": ()}
    found = explanations(table, columns, {"id": "int"})
    assert "PERSON_NAME" not in found["name"], found["name"]


def test_without_a_persons_fact_a_bare_name_stays_unsure() -> None:
    columns = {"id": (), "name": (), "category": (), "address": ()}
    found = explanations("intake_register", columns, {"id": "int"})
    assert "PERSON_NAME" not in found["name"], found["name"]


@pytest.mark.parametrize("table", ["mentor", "tutors"])
def test_a_people_tables_own_name_column_stays_a_persons_name(table: str) -> None:
    column = f"{table.rstrip('s')}_name"
    found = explanations(table, {"id": (), column: _NAMES, "gender": ()}, {"id": "int"})
    assert "PERSON_NAME" in found[column], found[column]


def test_the_name_of_the_tables_own_thing_is_no_persons_name() -> None:
    columns = {"id": (), "lodge_name": (), "gender": (), "beds": ()}
    found = explanations("lodge", columns, {"id": "int", "beds": "int"})
    assert "PERSON_NAME" not in found["lodge_name"], found["lodge_name"]


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("oauth_clients", "name"),  # a program that signs in
        ("api_users", "display_name"),
        ("bot_accounts", "name"),
        ("roles", "display_name"),  # a record of a thing
        ("permission_groups", "name"),
    ],
)
def test_the_name_of_an_application_or_a_role_is_no_persons_name(table: str, column: str) -> None:
    values = ("Field Reviewer", "Night Editor", "Ward Clerk")
    found = explanations(table, {"id": (), column: values, "created_on": ()}, {"id": "int"})
    assert "PERSON_NAME" not in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("clients", "name"),
        ("members", "display_name"),
        ("profiles", "display_name"),
        ("app_users", "name"),  # an app's users are people
        ("service_users", "display_name"),
        ("customer_service_agents", "name"),
    ],
)
def test_a_persons_name_in_a_table_of_people_stays(table: str, column: str) -> None:
    found = explanations(table, {"id": (), column: _NAMES, "email": ()}, {"id": "int"})
    assert "PERSON_NAME" in found[column], found[column]


def test_a_role_table_whose_columns_are_a_persons_keeps_the_name() -> None:
    columns = {"id": (), "display_name": _NAMES, "first_name": (), "email": (), "phone": ()}
    found = explanations("roles", columns, {"id": "int"})
    assert "PERSON_NAME" in found["display_name"], found["display_name"]


# -- Narrowed on review: made-up columns of other domains that the rules must leave alone. ------


@pytest.mark.parametrize(
    ("table", "values"),
    [
        # A wallet's crypto holdings, a search's words, a message's words, a game's items.
        ("user_tokens", {"user_id": (), "token": ("USDC", "WETH", "DAI"), "amount": ()}),
        ("search_query_tokens", {"user_id": (), "token": ("running", "shoes", "trail")}),
        ("message_tokens", {"member_id": (), "token": ("hello", "world"), "pos_tag": ()}),
        ("player_tokens", {"player_id": (), "token": ("gold", "silver", "bronze"), "qty": ()}),
        ("wallet_tokens", {"owner": (), "token": ()}),
        ("crypto_coin_tokens", {"user_id": (), "token": ()}),
    ],
)
def test_tokens_that_are_words_or_holdings_are_no_secret(
    table: str, values: dict[str, tuple[object, ...]]
) -> None:
    found = explanations(table, values, {"amount": "numeric", "qty": "int"})
    assert not {"PASSWORD_HASH", "DEVICE_ID"} & set(found["token"]), found["token"]


def test_a_card_token_is_a_payment_token_not_a_password() -> None:
    values = {
        "customer_id": (),
        "token": ("tok_1Nax9QkLm2Zp8Rt4", "tok_7Hb2LsPq9Xw3Vn5K", "tok_3Jc8DfGh1Mn6Qr2T"),
        "card_brand": (),
        "last4": (),
    }
    found = explanations("payment_tokens", values, {"customer_id": "int"})
    assert "PASSWORD_HASH" not in found["token"], found["token"]


def test_a_persons_sampled_secret_token_stays_a_secret() -> None:
    values = {
        "user_id": (),
        "token": ("a8Fk2LmQ9zXv4RtB7nWp", "Q3mZ8vK1xT6bR0pLs9Df", "n7Wq2Er5Ty8Ui1Op4As6"),
    }
    found = explanations("login_tokens", values, {"user_id": "int"})
    assert "PASSWORD_HASH" in found["token"], found["token"]


@pytest.mark.parametrize(
    ("table", "values", "column"),
    [
        # A help page, not a person.
        (
            "integrations",
            {"name": (), "contact": ("https://help.alpha.example.org",), "email": ()},
            "contact",
        ),
        # The e-mail is support's, not the contact's.
        ("mobile_apps", {"name": (), "contact": (), "support_email": ()}, "contact"),
        # Teams and desks.
        (
            "escalation_policies",
            {"contact": ("Network Ops", "On-call rota", "Service Desk"), "phone": (), "email": ()},
            "contact",
        ),
        # How the lead first came, not whom.
        (
            "leads",
            {"initial_contact": ("Web form", "Referral", "Trade show"), "phone": (), "email": ()},
            "initial_contact",
        ),
        # Channel words: the contact's address or number itself.
        ("vendors", {"email_contact": (), "phone": ()}, "email_contact"),
        ("vendors", {"web_contact": (), "fax": ()}, "web_contact"),
    ],
)
def test_contacts_that_are_no_person_stay_unflagged(
    table: str, values: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, values)
    assert "PERSON_NAME" not in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "values"),
    [
        ("sales_orders", {"id": (), "ship_to": ("DC-EAST", "DC-WEST", "DC-NORTH")}),
        ("transfer_orders", {"id": (), "ship_to": ("Main warehouse", "Dock 4", "Yard")}),
        (
            "purchase_requisitions",
            {"id": (), "deliver_to_name": ("Finance dept", "Lab 3", "Reception")},
        ),
        ("alert_rules", {"id": (), "send_to": ("slack", "webhook", "pagerduty")}),
        ("newsletters", {"id": (), "send_to": ("all subscribers", "trial users")}),
        ("mail_queue", {"id": (), "send_to": ("a.quenby@example.org", "m.farrant@example.net")}),
        ("stock_transfers", {"id": (), "deliver_to_name": ()}),  # no order of a customer
    ],
)
def test_recipients_that_are_places_codes_or_channels_are_no_name(
    table: str, values: dict[str, tuple[object, ...]]
) -> None:
    found = explanations(table, values, {"id": "int"})
    column = next(c for c in values if c != "id")
    assert "PERSON_NAME" not in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "values"),
    [
        ("apparel", {"name": ("Trail Jacket", "Rain Shell"), "gender": ("men", "women", "unisex")}),
        ("garments", {"name": (), "gender": ("men", "women"), "size": ()}),
        ("reference_ranges", {"name": ("Haemoglobin", "Ferritin"), "sex": ("F", "M"), "low": ()}),
        ("tts_voices", {"name": ("Aria", "Brook"), "gender": ("female", "male"), "locale": ()}),
        ("rooms", {"name": ("Blue Dorm", "Cedar Room"), "gender": ("female", "male", "mixed")}),
        ("wards", {"name": ("Ward A", "Ward B"), "sex": ("F", "M")}),
        ("divisions", {"name": ("Under 12 Girls",), "gender": ("girls",)}),
        ("insurance_tariffs", {"name": (), "sex": ("F", "M"), "min_age": (), "premium": ()}),
        ("nouns", {"name": ("Haus", "Katze"), "gender": ("n", "f")}),
        ("mice", {"name": (), "sex": ("F", "M"), "dob": ("2024-01-03",)}),
    ],
)
def test_a_gender_or_birth_date_alone_makes_no_rows_people(
    table: str, values: dict[str, tuple[object, ...]]
) -> None:
    found = explanations(table, values, {"min_age": "int", "premium": "numeric"})
    assert "PERSON_NAME" not in found["name"], found["name"]


def test_a_gender_alone_makes_no_state_a_region_nor_a_flag_a_phone() -> None:
    tariffs = {"name": (), "sex": ("F", "M"), "state": ("CA", "NY", "TX"), "premium": ()}
    found = explanations("insurance_tariffs", tariffs, {"premium": "numeric"})
    assert "REGION" not in found["state"], found["state"]
    # Sampled as a scan samples a flag (twenty rows of two values): since a bare ``mobile``
    # counts as a person field (round 23), the enum guard is what keeps the flag no phone.
    charts = {"label": (), "gender": ("men", "women") * 10, "mobile": ("yes", "no") * 10}
    found = explanations("size_charts", charts)
    assert "PHONE_NUMBER" not in found["mobile"], found["mobile"]


def test_a_childs_own_name_beside_a_gender_stays_a_persons_name() -> None:
    values = {"id": (), "child_name": _NAMES, "gender": ("f", "m"), "class": ()}
    found = explanations("child", values, {"id": "int"})
    assert "PERSON_NAME" in found["child_name"], found["child_name"]


def test_a_developer_portals_api_users_with_an_email_are_people() -> None:
    values = {"id": (), "name": _NAMES, "email": (), "api_key": (), "company": ()}
    found = explanations("api_users", values, {"id": "int"})
    assert "PERSON_NAME" in found["name"], found["name"]


@pytest.mark.parametrize("table", ["customerorders", "webshipments"])
def test_a_glued_table_of_orders_still_names_whom_it_is_delivered_to(table: str) -> None:
    found = explanations(table, {"id": (), "deliver_to_name": _NAMES}, {"id": "int"})
    assert "PERSON_NAME" in found["deliver_to_name"], found["deliver_to_name"]
