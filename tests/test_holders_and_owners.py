"""Whose data a column is: an account's balance is its holder's, an ``accounts`` table is about
people only when its columns say so, a ``store_phone`` is the store's, a leader is a person, and
a ``first_published_at`` timestamp names no one (rules from the ninth held-out round's causes;
every case is made up here)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

PRODUCTS = ("Oak Table", "Pine Shelf", "Birch Stool", "Maple Desk", "Cedar Bench", "Elm Chair")


_verdicts = explanations


# -- balances --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "table, columns, column",
    [
        ("wallets", {"id": (1, 2, 3), "owner": ("a", "b"), "balance": (120, 45, 8)}, "balance"),
        ("savings_accounts", {"id": (1, 2), "opened": (), "current_balance": (10, 20)}, None),
        ("deposit", {"id": (1, 2), "available_balance": (7, 9)}, "available_balance"),
        ("pockets", {"id": (1, 2), "member_id": (4, 5), "balance": (3, 4)}, "balance"),
        ("shoppers", {"id": (1, 2), "store_credit_bal": (50, 0)}, "store_credit_bal"),
    ],
)
def test_an_account_balance_is_its_holders_financial_data(table, columns, column):
    column = column or next(c for c in columns if c.endswith("balance"))
    types = {c: "bigint" for c in columns}
    found = _verdicts(table, columns, types)[column]
    assert "FINANCIAL" in found, found
    assert "balance" in found["FINANCIAL"]


@pytest.mark.parametrize(
    "table, column",
    [
        ("gl_accounts", "balance"),  # a ledger's
        ("invoices", "balance"),  # what an invoice still owes: an amount of a record
        ("supplier_accounts", "balance"),  # an organisation's
        ("warehouses", "balance"),  # no account, no person
        ("accounts", "balance_updated_at"),  # a timestamp about it
    ],
)
def test_balances_of_ledgers_invoices_and_organisations_are_not_a_persons(table, column):
    columns = {"id": (1, 2), "customer_id": (5, 6), column: (100, 200)}
    if table != "invoices":
        columns.pop("customer_id")
    found = _verdicts(table, columns, {c: "bigint" for c in columns})[column]
    assert "FINANCIAL" not in found, found


# -- accounts --------------------------------------------------------------------------------------


def test_an_accounts_table_is_not_about_people_by_its_name():
    found = _verdicts("accounts", {"id": (1, 2), "name": ("Joint Savings", "Travel Fund")})
    assert found["name"] == {}


def test_an_accounts_table_whose_columns_name_a_person_is_about_people():
    found = _verdicts(
        "accounts",
        {
            "id": (1, 2),
            "name": ("Priya Raman", "Tomas Lind"),
            "email": ("p@example.org", "t@example.org"),
            "date_of_birth": (),
        },
    )
    assert "PERSON_NAME" in found["name"], found
    assert "EMAIL_ADDRESS" in found["email"]


# -- timestamps are not name parts ------------------------------------------------------------


def test_first_and_last_event_times_do_not_make_a_table_about_people():
    columns = {
        "id": (1, 2),
        "name": PRODUCTS,
        "summary": ("A sturdy table for the garden, made of oak and oiled twice a year.",),
        "first_seen_at": (),
        "last_modified_at": (),
    }
    found = _verdicts("catalogue_entries", columns)
    assert found["name"] == {}
    assert found["summary"] == {}


def test_first_and_last_names_still_make_a_table_about_people():
    columns = {"id": (1, 2), "name": (), "first_name": (), "last_name": (), "last_login_at": ()}
    found = _verdicts("entries", columns)
    assert "PERSON_NAME" in found["name"], found


# -- contact details named for an organisation -----------------------------------------------


@pytest.mark.parametrize("prefix", ["shop", "office", "branch", "venue", "site"])
def test_contact_details_named_for_an_organisation_are_its_own(prefix):
    columns = {
        "id": (1, 2, 3),
        f"{prefix}_phone": ("+44 20 7946 0018", "+44 20 7946 0019", "+44 20 7946 0020"),
        f"{prefix}_email": ("info@example.com", "desk@example.net", "hi@example.org"),
        f"{prefix}_street": ("12 High Street", "4 Mill Lane", "9 Quay Road"),
        "event_title": ("Spring Fair", "Jazz Night", "Book Swap"),
    }
    found = _verdicts("seasonal_events", columns)
    for column in (f"{prefix}_phone", f"{prefix}_email", f"{prefix}_street"):
        assert found[column] == {}, (column, found[column])


def test_a_persons_office_phone_stays_personal_data():
    columns = {
        "id": (1, 2),
        "first_name": ("Ines", "Marek"),
        "last_name": ("Duarte", "Kowal"),
        "office_phone": ("+44 20 7946 0031", "+44 20 7946 0032"),
    }
    found = _verdicts("staff_directory", columns)
    assert "PHONE_NUMBER" in found["office_phone"], found


def test_an_organisations_bank_account_column_keeps_its_own_meaning():
    # "bank" is an organisation word, but in ``bank_account`` it names the entity itself.
    columns = {"id": (1, 2), "first_name": ("Ada", "Ben"), "bank_account_number": ()}
    found = _verdicts("payees", columns)
    assert "BANK_ACCOUNT" in found["bank_account_number"], found


# -- leaders -------------------------------------------------------------------------------------


def test_a_leaders_name_in_a_table_of_organisations_is_a_persons():
    columns = {
        "id": (1, 2, 3),
        "club_name": ("Harbour Rowers", "Hill Walkers", "Chess Circle"),
        "leader_name": ("Grace Okafor", "Henrik Dahl", "Lucia Ferraro"),
        "phone": ("+44 20 7946 0041", "+44 20 7946 0042", "+44 20 7946 0043"),
    }
    found = _verdicts("school", columns)
    assert "PERSON_NAME" in found["leader_name"], found
    # the leader is in the row: the phone reaches them at work, still personal data
    assert "PHONE_NUMBER" in found["phone"], found


# -- pages of a CMS ----------------------------------------------------------------------------


def test_a_cms_page_type_is_about_what_it_shows():
    # ``SitePage`` of a CMS is a page about a site: the site's coordinates are nobody's.
    points = ("51.5072,-0.1276", "53.4808,-2.2426", "52.4862,-1.8904", "55.9533,-3.1883",
              "54.9783,-1.6178", "51.4545,-2.5879")  # fmt: skip
    columns = {
        "id": (1, 2, 3, 4),
        "title": ("Harbour branch", "Old town branch", "Riverside", "Castle Hill"),
        "lat_long": points,
    }
    assert _verdicts("sites_sitepage", columns)["lat_long"] == {}
    # the same values in a page about people are a person's location
    assert "GEOLOCATION" in _verdicts("members_memberpage", columns)["lat_long"]


# -- customers that are organisations ------------------------------------------------------------


def test_customers_with_a_contact_person_are_organisations():
    columns = {
        "client_id": (1, 2, 3),
        "client_name": ("Riverbend Garden Centre", "Hillside Cafe", "Northgate Books"),
        "contact_first_name": ("Oona", "Pavel", "Rhea"),
        "contact_last_name": ("Marsh", "Novak", "Quill"),
        "email": ("oona@example.com", "pavel@example.net", "rhea@example.org"),
        "street": ("3 Canal Walk", "18 Ridge Road", "7 North Gate"),
        "town": ("Leeds", "York", "Hull"),
        "postcode": ("LS1 4AB", "YO1 7HH", "HU1 2AA"),
    }
    found = _verdicts("clients", columns)
    assert found["client_name"] == {}, found["client_name"]  # the company's name
    # the contact person is reached at these: still personal data, said to be business contact
    # (a contact named by first and last name is written to at the client's address too)
    assert "PERSON_NAME" in found["contact_first_name"], found
    assert "business contact data" in found["email"]["EMAIL_ADDRESS"]
    assert "business contact data" in found["street"]["STREET_ADDRESS"]
    assert "business contact data" in found["postcode"]["POSTAL_CODE"]


def test_a_customers_emergency_contact_does_not_make_them_an_organisation():
    columns = {
        "id": (1, 2),
        "first_name": ("Ilse", "Jovan"),
        "emergency_contact_name": ("Kai Lund", "Lena Vos"),
        "street": ("3 Canal Walk", "18 Ridge Road"),
    }
    found = _verdicts("customers", columns)
    assert "STREET_ADDRESS" in found["street"], found


# -- a payment provider's keys of records ----------------------------------------------------


@pytest.mark.parametrize("table", ["invoices", "subscription_items", "billing_plans", "refunds"])
def test_a_providers_key_of_a_record_is_no_payment_token(table):
    found = _verdicts(table, {"id": (1, 2), "stripe_id": (), "amount": (100, 250)})
    assert found["stripe_id"] == {}, found


@pytest.mark.parametrize(
    "table, column",
    [("members", "stripe_id"), ("saved_cards", "braintree_id"), ("orders", "stripe_customer_id")],
)
def test_a_providers_key_of_a_customer_or_card_stays_a_payment_token(table, column):
    found = _verdicts(table, {"id": (1, 2), column: ()})
    assert "PAYMENT_TOKEN" in found[column], found


# -- office holders, parties, commissions and wealth ---------------------------------------------


FEW_KNOWN = ("Martin Quarrington", "Oriel Vellacott", "Susan Miller", "Tobias Fenwright",
             "Helen Clarke")  # fmt: skip


@pytest.mark.parametrize("column", ["treasurer", "surgeon_general", "lead_investor"])
def test_a_column_named_for_a_person_needs_few_known_names(column):
    # Three of five surnames outside Faker's lists: the column's name says a person.
    found = _verdicts("boards", {"id": (1, 2, 3, 4, 5), column: FEW_KNOWN})[column]
    assert "PERSON_NAME" in found, found


def test_names_made_of_unknown_words_in_a_neutral_column_decide_nothing():
    found = _verdicts("boards", {"id": (1, 2, 3, 4, 5), "general_ledger": FEW_KNOWN})
    assert found["general_ledger"] == {}


@pytest.mark.parametrize(
    "column, entity",
    [
        ("party", "SENSITIVE_DEMOGRAPHIC"),
        ("party_affiliation", "SENSITIVE_DEMOGRAPHIC"),
        ("comm", "FINANCIAL"),
        ("comm_pct", "FINANCIAL"),
        ("net_worth", "FINANCIAL"),
    ],
)
def test_a_persons_party_commission_and_wealth(column, entity):
    columns = {"id": (1, 2), "first_name": ("Ada", "Ben"), "last_name": ("Orr", "Pike"), column: ()}
    found = _verdicts("members", columns, {column: "varchar(40)"})[column]
    assert entity in found, found


@pytest.mark.parametrize("column", ["third_party", "party_size", "comm_channel", "party"])
def test_parties_and_channels_that_are_no_persons_facts(column):
    table = "catering_orders" if column == "party" else "members"
    columns = {"id": (1, 2), column: ()}
    if table == "members":
        columns |= {"first_name": ("Ada", "Ben"), "last_name": ("Orr", "Pike")}
    found = _verdicts(table, columns, {column: "varchar(40)"})[column]
    assert not {"SENSITIVE_DEMOGRAPHIC", "FINANCIAL"} & set(found), found


# -- keys held as text ---------------------------------------------------------------------------


def test_a_text_key_of_short_numbers_is_no_cookie_or_device_id():
    for column in ("visitor_id", "device_id"):
        found = _verdicts("page_views", {"id": (1, 2, 3), column: ("12", "7", "431")})
        assert found[column] == {}, (column, found[column])


def test_a_text_visitor_id_of_random_tokens_stays_a_cookie_id():
    tokens = ("a8f3c2d1e9b04f7a", "77c1d0e2f3a4b5c6", "0d9e8f7a6b5c4d3e")
    found = _verdicts("page_views", {"id": (1, 2, 3), "visitor_id": tokens})
    assert "COOKIE_ID" in found["visitor_id"], found


# -- a flat or suite alone -----------------------------------------------------------------------

UNITS = ("Apt. 12", "Suite 301", "Flat 4B", "Unit 7", "Apt. 918", "Suite 44", "Flat 2", "Unit 61")


def test_a_flat_or_suite_alone_does_not_label_a_column():
    assert _verdicts("rental_units", {"id": (1, 2), "unit_label": UNITS})["unit_label"] == {}


def test_a_flat_or_suite_confirms_an_address_line_and_a_full_line_labels_alone():
    found = _verdicts("customer_addresses", {"id": (1, 2), "address_line_2": UNITS})
    assert "STREET_ADDRESS" in found["address_line_2"], found
    streets = ("Mill", "Oak", "Quarry", "Heath", "Bridge", "Orchard", "Station", "Church")
    lines = tuple(
        f"{n} {w} Road, {u}" for n, w, u in zip(range(3, 11), streets, UNITS, strict=True)
    )
    found = _verdicts("deliveries", {"id": (1, 2), "col_3": lines})
    assert "STREET_ADDRESS" in found["col_3"], found


# -- flags kept as text, names of things and fictional characters ------------------------------


def test_a_flag_kept_as_text_is_no_username_even_when_few_rows_were_sampled():
    found = _verdicts("members", {"id": (1, 2), "member_login": ("0", "1", "0", "0", "1", "1")})
    assert found["member_login"] == {}, found


def test_a_login_column_of_handles_stays_a_username():
    handles = ("tessa.moor", "kdrake", "olu_b", "jpw77", "mara.s", "quill9")
    found = _verdicts("members", {"id": (1, 2), "member_login": handles})
    assert "USERNAME" in found["member_login"], found


# Named for their founders: shaped like people's names.
TEAMS = ("Grace Miller", "Henry Clarke", "Alice Turner", "Oliver Brooks", "Ruby Hughes",
         "Jack Porter")  # fmt: skip


@pytest.mark.parametrize("table", ["teams", "clubs", "venues", "product"])
def test_the_bare_name_of_a_thing_is_not_judged_by_its_values(table):
    assert _verdicts(table, {"id": (1, 2), "name": TEAMS})["name"] == {}


def test_a_bare_name_in_a_neutral_table_is_still_judged_by_its_values():
    found = _verdicts("entries", {"id": (1, 2), "name": TEAMS})
    assert "PERSON_NAME" in found["name"], found


def test_fictional_characters_are_no_people():
    found = _verdicts("cast_list", {"id": (1, 2), "character": TEAMS})
    assert found["character"] == {}, found


@pytest.mark.parametrize("table", ["user_accounts", "useraccount", "member_acct"])
def test_a_persons_account_table_is_about_that_person(table):
    found = _verdicts(table, {"id": (1, 2), "name": ()})
    assert "PERSON_NAME" in found["name"], found


def test_glued_account_words_still_split():
    found = _verdicts("payees", {"id": (1, 2), "first_name": (), "bankaccountnumber": ()})
    assert "BANK_ACCOUNT" in found["bankaccountnumber"], found
