"""Rules of the thirty-fifth round: a person's details kept in tables of their own behind an
application's prefix and the columns' shared abbreviation, relatives named in numbered slots, the
name rule ``pages_and_address_parts`` and a payment card's expiry and name. Every table, column
and value is made up; the negative cases come from other domains (a shop's order details, a
device's info, a product's details behind a prefix, sister companies and brotherhoods, offices,
library and loyalty cards, category trees and pedigrees, a pet's facts given to its owner)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_INT = {
    "id": "int",
    "rpi_id": "int",
    "rpi_member_id": "int",
    "cod_id": "int",
    "cod_customer_id": "int",
    "rpi_patient_id": "int",
    "pd_id": "int",
    "pd_product_id": "int",
    "cdi_customer_id": "int",
    "cdi_id": "int",
    "qty": "int",
    "member_id": "int",
    "fd_id": "int",
    "fd_member_id": "int",
}

# A club's members, their personal details in a table of their own behind a shared ``rpi_``.
_MEMBER_INFO = {
    "rpi_id": (),
    "rpi_member_id": (),
    "rpi_height": ("5ft 9in", "6ft 1in", "5ft 4in"),
    "rpi_maritalstatus": ("Single", "Married"),
    "rpi_birthplace": ("Leeds", "Harrogate"),
    "rpi_income": ("40,000", "55,000"),
    "rpi_note": ("prefers weekends",),
}


# -- negatives first: the same shapes where the rows are no person's ------------------------------


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a shop's order details keyed by the customer: an order's lines, not the customer
        (
            "shop_customer_order_details",
            {
                "cod_id": (),
                "cod_customer_id": (),
                "cod_qty": ("2", "3"),
                "cod_height": ("12", "40"),
                "cod_note": ("gift wrap",),
            },
            "cod_height",
            "PHYSICAL",
        ),
        (
            "shop_customer_order_details",
            {"cod_id": (), "cod_customer_id": (), "cod_note": ("gift wrap", "leave at door")},
            "cod_note",
            "FREE_TEXT",
        ),
        # a device's info with the user's key: the device's height, not the user's
        (
            "app_user_device_info",
            {"udi_id": (), "udi_user_id": (), "udi_height": ("1920", "1080"), "udi_os": ("ios",)},
            "udi_height",
            "PHYSICAL",
        ),
        # a product's details behind a prefix: a product is no person
        (
            "ms_product_details",
            {"pd_id": (), "pd_product_id": (), "pd_height": ("30 cm",), "pd_weight": ("2 kg",)},
            "pd_height",
            "PHYSICAL",
        ),
        # an application prefix too long to be one, before a people word
        (
            "warehouse_user_personal_info",
            {"wupi_id": (), "wupi_shelf": ("A1",), "wupi_height": ("2m", "3m")},
            "wupi_height",
            "PHYSICAL",
        ),
    ],
)
def test_details_of_things_stay_unflagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    types = {**_INT, "udi_id": "int", "udi_user_id": "int", "cd_id": "int", "wupi_id": "int"}
    found = explanations(table, columns, types)[column]
    assert entity not in found, found


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # sister companies, brotherhoods, wifi networks and a midwife's unit: no relative
        (
            "companies",
            {"id": (), "sister_company_name": ("Hollis Freight Ltd",)},
            "sister_company_name",
        ),
        (
            "lodges",
            {"id": (), "brotherhood_name": ("Ancient Order of Foresters",)},
            "brotherhood_name",
        ),
        ("hotspots", {"id": (), "wifi_name": ("CafeGuest", "Lobby5G")}, "wifi_name"),
        ("lodges", {"id": (), "sisterhood": ("yes", "no")}, "sisterhood"),
    ],
)
def test_words_holding_a_relatives_word_name_no_relative(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    assert "PERSON_NAME" not in explanations(table, columns, _INT)[column]


# -- the cases the rules are for ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "entity"),
    [
        ("rpi_height", "PHYSICAL"),
        ("rpi_maritalstatus", "DEMOGRAPHIC"),
        ("rpi_birthplace", "DEMOGRAPHIC"),
        ("rpi_income", "FINANCIAL"),
        ("rpi_note", "FREE_TEXT"),
    ],
)
def test_a_persons_details_behind_prefixes_are_theirs(column: str, entity: str) -> None:
    found = explanations("cl_member_personal_info", _MEMBER_INFO, _INT)[column]
    assert entity in found, found


def test_a_persons_details_table_without_app_prefix() -> None:
    columns = {"cdi_id": (), "cdi_customer_id": (), "cdi_income": ("30,000",)}
    found = explanations("customer_extra_details", columns, _INT)["cdi_income"]
    assert "FINANCIAL" in found, found


@pytest.mark.parametrize(
    "column",
    ["fd_brothername1", "fd_sistername2", "fd_brother_name", "fd_husbandname", "fd_wife_name",
     "fd_grandmother_name", "daughter_name"],
)  # fmt: skip
def test_relatives_names_are_person_names(column: str) -> None:
    columns = {"fd_id": (), "fd_member_id": (), column: (), "fd_notes": (), "fd_city": ()}
    found = explanations("cm_member_family_details", columns, _INT)[column]
    assert "PERSON_NAME" in found, found


def test_a_siblings_marital_status_slot_is_theirs() -> None:
    columns = {"fd_id": (), "fd_member_id": (), "fd_sister_marital_status2": ()}
    found = explanations("cm_member_family_details", columns, _INT)["fd_sister_marital_status2"]
    assert "DEMOGRAPHIC" in found, found


# -- the name rule ``pages_and_address_parts`` and cards: negatives first -----------------------

_READERS = {"id": (), "first_name": ("Ines",), "last_name": ("Marlow",), "email": ("i@x.test",)}


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a stock table whose columns start alike by chance, and a glued prefix of no table word
        (
            "stores",
            {"stock": (), "store": (), "status": (), "stemail": ("a@x.test",)},
            "stemail",
            "EMAIL_ADDRESS",
        ),
        # a product's pages and a webhook's callback, outside a table of people
        (
            "products",
            {"id": (), "facebook_url": ("https://x.test/p",)},
            "facebook_url",
            "OTHER_PERSONAL_DATA",
        ),
        (
            "webhooks",
            {"id": (), "callback_url": ("https://x.test/h",)},
            "callback_url",
            "OTHER_PERSONAL_DATA",
        ),
        (
            "readers",
            {**_READERS, "callback_url": ("https://x.test/h",)},
            "callback_url",
            "OTHER_PERSONAL_DATA",
        ),
        # a chat room's channels are no handle
        ("readers", {**_READERS, "irc_channels": ("#books",)}, "irc_channels", "USERNAME"),
        # an area in square metres beside a street; a landmark of a tourist site with no street
        (
            "tenants",
            {**_READERS, "street": ("Quay Row",), "area": ("54.5", "80")},
            "area",
            "STREET_ADDRESS",
        ),
        (
            "sights",
            {"id": (), "landmark": ("Old Bridge",), "city": ("Leeds",)},
            "landmark",
            "STREET_ADDRESS",
        ),
        ("readers", {**_READERS, "landmark": ("Old Bridge",)}, "landmark", "STREET_ADDRESS"),
        # a country's passport rules, and a product's local name
        (
            "visa_rules",
            {"id": (), "passport_country": ("FR",), "visa_days": ()},
            "passport_country",
            "DEMOGRAPHIC",
        ),
        (
            "products",
            {"id": (), "local_name": ("Tarte",), "price": ()},
            "local_name",
            "PERSON_NAME",
        ),
        # a gift card's name and expiry, a card game's cards, a notification's text
        (
            "gift_cards",
            {
                "id": (),
                "card_number": (),
                "card_type": ("gift",),
                "card_name": ("Spring 50",),
                "expiry_date": (),
            },
            "card_name",
            "PERSON_NAME",
        ),
        (
            "decks",
            {"id": (), "card_number": (), "card_name": ("Fire Drake",), "rarity": ("rare",)},
            "card_name",
            "PERSON_NAME",
        ),
        # a building's details in a table of offices, a building's phone among people
        (
            "offices",
            {"id": (), "building_phone": ("0113 496 0000",), "city": ()},
            "building_phone",
            "PHONE_NUMBER",
        ),
        (
            "staff",
            {**_READERS, "building_address": ("1 Park Sq",)},
            "building_address",
            "STREET_ADDRESS",
        ),
    ],
)
def test_the_name_rule_stays_out_of_other_domains(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    types = {**_INT, "visa_days": "int", "price": "numeric", "card_number": "varchar(20)"}
    found = explanations(table, columns, types)[column]
    assert entity not in found, found


_STAFF = {"id": (), "first_name": ("Ines",), "last_name": ("Marlow",), "email_address": ()}


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # an organisation's pages among people: the company's, not the person's
        (
            "contacts",
            {**_READERS, "company_linkedin_url": ("https://x.test/c",)},
            "company_linkedin_url",
            "OTHER_PERSONAL_DATA",
        ),
        (
            "employees",
            {**_STAFF, "company_blog_url": ("https://x.test/b",)},
            "company_blog_url",
            "OTHER_PERSONAL_DATA",
        ),
        # an area that is a department, a region, a unit, a territory, a position, a body part
        ("employees", {**_STAFF, "area": ("Finance", "Marketing")}, "area", "STREET_ADDRESS"),
        (
            "users",
            {"id": (), "username": ("ines",), "ip_address": (), "area": ("EMEA", "APAC")},
            "area",
            "STREET_ADDRESS",
        ),
        ("tenants", {**_READERS, "street": (), "area": ("54 sqm",)}, "area", "STREET_ADDRESS"),
        (
            "sales_reps",
            {**_READERS, "address": (), "area": ("North", "South")},
            "area",
            "STREET_ADDRESS",
        ),
        (
            "players",
            {**_READERS, "street": (), "area": ("midfield", "defence")},
            "area",
            "STREET_ADDRESS",
        ),
        (
            "patients",
            {**_READERS, "address_line1": (), "area": ("left knee",)},
            "area",
            "STREET_ADDRESS",
        ),
        (
            "employees",
            {**_STAFF, "area_name": ("Finance", "Legal")},
            "area_name",
            "STREET_ADDRESS",
        ),
        # cards that pay for nothing: a library's, a badge, a loyalty tier, an insurer's, a key
        (
            "library_members",
            {**_READERS, "card_number": (), "card_type": ("adult", "junior"), "expiry_date": ()},
            "expiry_date",
            "CARD_EXPIRY",
        ),
        (
            "employees",
            {**_STAFF, "card_number": (), "card_type": ("visitor", "staff"), "valid_until": ()},
            "valid_until",
            "CARD_EXPIRY",
        ),
        (
            "memberships",
            {
                "id": (),
                "card_number": (),
                "card_type": ("gold",),
                "card_name": ("Gold Rewards",),
                "expiry_date": (),
            },
            "card_name",
            "PERSON_NAME",
        ),
        (
            "patients",
            {**_READERS, "card_number": (), "card_type": ("public",), "exp_date": ()},
            "exp_date",
            "CARD_EXPIRY",
        ),
        (
            "room_keys",
            {"id": (), "card_number": (), "card_type": ("master",), "expiry": ()},
            "expiry",
            "CARD_EXPIRY",
        ),
        # the office building a member of staff works in
        (
            "employees",
            {**_STAFF, "building_number": ("B12", "HQ-3")},
            "building_number",
            "STREET_ADDRESS",
        ),
        # relatives' words in a tree, a pedigree, an organisation and a typeface
        (
            "categories",
            {"id": (), "parent_name": ("Shoes",), "grandparent_name": ("Clothing",)},
            "grandparent_name",
            "PERSON_NAME",
        ),
        ("org_units", {"id": (), "sister_name": ("Marketing",)}, "sister_name", "PERSON_NAME"),
        ("tree_nodes", {"id": (), "uncle_name": ("node 7",)}, "uncle_name", "PERSON_NAME"),
        (
            "horses",
            {"id": (), "sire_name": ("Quay Star",), "grandfather_name": ("Mill Runner",)},
            "grandfather_name",
            "PERSON_NAME",
        ),
        ("fonts", {"id": (), "sister_name": ("Serif Pro",)}, "sister_name", "PERSON_NAME"),
        # a prefix naming whose fact it is: the pet's, not the owner's
        (
            "owners",
            {
                "pet_id": (),
                "pet_name": ("Biscuit",),
                "pet_weight": ("12 kg",),
                "pet_age": ("4",),
                "pet_breed": ("beagle",),
                "owner_email": ("o@x.test",),
            },
            "pet_weight",
            "PHYSICAL",
        ),
        (
            "clients",
            {
                "dog_id": (),
                "dog_height": ("40 cm",),
                "dog_breed": ("collie",),
                "dog_name": ("Rex",),
            },
            "dog_height",
            "PHYSICAL",
        ),
    ],
)
def test_narrowed_on_review_stays_out(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    types = {**_INT, "card_number": "varchar(20)", "pet_id": "int", "dog_id": "int"}
    found = explanations(table, columns, types)[column]
    assert entity not in found, found


@pytest.mark.parametrize(
    ("columns", "column"),
    [
        # a reader's comment stays free text
        ({**_READERS, "comment": ("loved the ending",)}, "comment"),
    ],
)
def test_free_text_that_is_no_switch_stays(
    columns: dict[str, tuple[object, ...]], column: str
) -> None:
    assert "FREE_TEXT" in explanations("readers", columns, _INT)[column]


@pytest.mark.parametrize("column", ["spouse_name", "wife_name"])
def test_a_partners_name_stays_a_persons(column: str) -> None:
    found = explanations("readers", {**_READERS, column: ("Ines Marlow",)}, _INT)[column]
    assert "PERSON_NAME" in found, found


# -- the name rule: the cases it is for -----------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # columns glued after the table's abbreviation
        (
            "news_signups",
            {"nsid": (), "nsemail": ("ana@x.test",), "nsstatus": (), "nscreated": ()},
            "nsemail",
            "EMAIL_ADDRESS",
        ),
        (
            "app_listeners",
            {"lsid": (), "lsipaddress": ("203.0.113.9",), "lsstatus": (), "lscreated": ()},
            "lsipaddress",
            "IP_ADDRESS",
        ),
        # a reader's pages and handles elsewhere
        ("readers", {**_READERS, "linkedin_url": ()}, "linkedin_url", "OTHER_PERSONAL_DATA"),
        (
            "readers",
            {**_READERS, "forum_profile_url": ()},
            "forum_profile_url",
            "OTHER_PERSONAL_DATA",
        ),
        ("readers", {**_READERS, "blog_feed": ()}, "blog_feed", "OTHER_PERSONAL_DATA"),
        ("readers", {**_READERS, "irc_nick": ("bookworm",)}, "irc_nick", "USERNAME"),
        ("readers", {**_READERS, "xmpp_id": ()}, "xmpp_id", "USERNAME"),
        # an address's parts below the street
        (
            "tenants",
            {**_READERS, "house_no": (), "landmark": ("near the mill",)},
            "landmark",
            "STREET_ADDRESS",
        ),
        ("tenants", {**_READERS, "street": (), "plot_no": ("12B",)}, "plot_no", "STREET_ADDRESS"),
        (
            "tenants",
            {**_READERS, "address_line1": (), "taluk": ("Hollin",)},
            "taluk",
            "STREET_ADDRESS",
        ),
        (
            "tenants",
            {**_READERS, "street_name": (), "area_name": ("Mill Ward",)},
            "area_name",
            "STREET_ADDRESS",
        ),
        (
            "club_members",
            {
                "id": (),
                "member_full_name": (),
                "member_house_no": (),
                "member_land_mark": ("near the mill",),
            },
            "member_land_mark",
            "STREET_ADDRESS",
        ),
        # a traveller's passport country, a name in another script
        (
            "travellers",
            {**_READERS, "passport_issuing_country": ("FR",)},
            "passport_issuing_country",
            "DEMOGRAPHIC",
        ),
        ("readers", {**_READERS, "native_name": ()}, "native_name", "PERSON_NAME"),
        # the card a person paid a booking with
        (
            "bookings",
            {
                "id": (),
                "email": (),
                "card_type": ("debit",),
                "card_number": (),
                "card_name": (),
                "expiration_date": (),
            },
            "expiration_date",
            "CARD_EXPIRY",
        ),
        (
            "bookings",
            {
                "id": (),
                "email": (),
                "card_type": ("debit",),
                "card_number": (),
                "card_name": ("Ines Marlow", "Tobias Grell"),
                "exp_date": (),
            },
            "card_name",
            "PERSON_NAME",
        ),
        # the building a tenant lives in
        (
            "tenants",
            {**_READERS, "building_number": ("14",), "street": ("Quay Row",)},
            "building_number",
            "STREET_ADDRESS",
        ),
    ],
)
def test_the_name_rule_finds_them(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    types = {**_INT, "nsid": "int", "lsid": "int", "card_number": "varchar(20)"}
    found = explanations(table, columns, types)[column]
    assert entity in found, found


def test_a_mail_switch_is_no_free_text() -> None:
    columns = {**_READERS, "receive_email_on_new_review": ("True", "False")}
    found = explanations("readers", columns, _INT)["receive_email_on_new_review"]
    assert "FREE_TEXT" not in found, found


@pytest.mark.parametrize(
    ("table", "column", "values"),
    [
        ("ward_staff", "hospital_name", ("St Ann's",)),
        # the person-name pattern reads ``airline_name`` as a name on main: the veto's case
        ("airline_staff", "airline_name", ()),
        ("airline_staff", "airline_name", ("Northwind Air", "Blue Heron Airways")),
    ],
)
def test_an_organisations_name_among_staff_is_no_persons(
    table: str, column: str, values: tuple[object, ...]
) -> None:
    columns = {
        "username": ("ines.m",),
        column: values,
        "password": ("x",),
        "first_name": ("Ines",),
        "last_name": ("Marlow",),
        "birth_date": (),
    }
    found = explanations(table, columns, {"birth_date": "date"})[column]
    assert "PERSON_NAME" not in found, found


@pytest.mark.parametrize("column", ["birth_time", "time_of_birth"])
def test_a_time_of_birth_is_a_persons(column: str) -> None:
    columns = {**_READERS, column: ("10:45 AM", "11:05 PM")}
    assert "DEMOGRAPHIC" in explanations("readers", columns, _INT)[column]


# -- an address's complement below a street line (forty-first round) ------------------------------

_STREET = {"first_name": ("Ines", "Tomas"), "street": ("Rua das Flores", "Avenue du Parc")}
_NAMED = {**_STREET, "last_name": ("Voss", "Brand")}


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        # a strand's, a colour's and a clause's complement: no street line, no person
        ("dna_strands", {"sequence": ("ACGT",), "complement": ("TGCA",)}),
        ("colour_pairs", {"colour": ("red",), "complement": ("green",)}),
        ("grammar_clauses", {"verb": ("is",), "complement": ("a doctor",)}),
        # a warehouse's bay below its street: no table of people
        ("warehouses", {"name": ("North",), "street": ("1 Dock Rd",), "complement": ("Bay 4",)}),
        # a person's row with no street line beside it
        ("students", {"first_name": ("Ines",), "complement": ("Extra credit",)}),
        # a people table with a street line whose complement is no part of the address: a pay
        # supplement (complemento salarial), a complement-system lab result, a clause's part
        ("employees_pay", {**_NAMED, "complement": ("Plus convenio", "Nocturnidad")}),
        ("patients_lab", {**_NAMED, "complement": ("C3 0.9 g/L", "C4 0.2 g/L", "normal")}),
        ("students_essay", {**_NAMED, "complement": ("subject", "object", "adverbial")}),
    ],
)
def test_no_address_complement(table: str, columns: dict[str, tuple[object, ...]]) -> None:
    assert "STREET_ADDRESS" not in explanations(table, columns)["complement"]


@pytest.mark.parametrize(
    ("table", "column"),
    [("residents", "complement"), ("customers", "complemento"), ("tenants", "complement")],
)
def test_an_address_complement_is_a_persons(table: str, column: str) -> None:
    columns = {**_STREET, column: ("Apt 3", "Bloco B")}
    assert "STREET_ADDRESS" in explanations(table, columns)[column]


# -- a patron is a person (forty-first round) ------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a membership scheme's tiers and levels, a saint's patronage: no person's row
        ("patron_tiers", {"name": ("Gold", "Silver"), "price": ("10",)}, "name"),
        ("patron_levels", {"title": ("Sponsor",), "address": ("Name on the wall",)}, "address"),
        ("saints", {"name": ("St Jude",), "patron_of": ("lost causes",)}, "patron_of"),
    ],
)
def test_no_patron(table: str, columns: dict[str, tuple[object, ...]], column: str) -> None:
    assert not explanations(table, columns)[column]


@pytest.mark.parametrize("table", ["patrons", "patron", "library_patrons"])
def test_a_patrons_address(table: str) -> None:
    columns = {"name": ("Ines Okafor", "Tomas Berg"), "address": ("12 Alder Way", "4 Birch Ct")}
    found = explanations(table, columns)
    assert "STREET_ADDRESS" in found["address"] and "PERSON_NAME" in found["name"]
