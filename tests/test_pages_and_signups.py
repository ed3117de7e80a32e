"""Rules of the thirty-fourth round: a site's pages and their own contact details, the people a
sign-up form keeps, a person's location given as a town, a person's id at an authentication
system, whether a person has children, a paid person's row in a table named for a job, and a
bare ``person`` that refers to a person's record. Every table, column and value is made up; the
negative cases come from other domains (a blog's authors, a directory, a contact table,
webhooks, plan subscriptions, a race's sign-up sheet, a sign-up form's kinds, events, hybrid
work, a hospital's wards, coordinates, companies, tokens, devices, an OAuth server's clients, a
category tree, comments, a hotel's reservations, a key set, job offers, a team's salary cap,
branch offices, positions, a wiki's edits, a build log, file shares)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_TYPES = {
    "id": "int",
    "page_id": "int",
    "author_id": "int",
    "user_id": "int",
    "parent_id": "int",
    "hours": "numeric",
    "salary": "int",
    "wage": "int",
    "salary_cap": "int",
    "adults": "int",
    "children": "int",
    "number_of_children": "int",
    "num_kids": "int",
    "has_children": "boolean",
    "is_admin": "boolean",
}
_PERSON = {"id": (), "first_name": ("Ines",), "last_name": ("Marlow",)}
_CONTACT = ("EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS")
_BAKERY_PAGE = {
    "id": (),
    "pagekind": ("aboutus", "contactus"),
    "pageheading": ("About the bakery", "Find us", "Our ovens"),
    "pagebody": (
        "We have baked rye bread every morning since 1982 in the old harbour quarter.",
        "Come and taste our sourdough, our cinnamon buns and our seasonal tarts today.",
        "Our ovens are fired with beech wood and our flour is milled by the river mill.",
    ),
    "email": ("hello@rye-bakery.example",),
    "phone_no": ("555-0134",),
    "opening": ("8am to 6pm",),
}


# -- negatives first: the same names where the rules must not fire --------------------------------


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a blog's page of its authors, a page with a key to its author, a page's visitors
        ("author_pages", {"id": (), "title": ("About me",), "email": ()}, "email", "EMAIL_ADDRESS"),
        (
            "pages",
            {"id": (), "title": ("About me",), "author_id": (), "email": ()},
            "email",
            "EMAIL_ADDRESS",
        ),
        ("page_visitors", {"id": (), "page_id": (), "email": ()}, "email", "EMAIL_ADDRESS"),
        # a directory's pages of people, and a table of contacts that is not a page
        (
            "directory_pages",
            {**_PERSON, "phone": ("555-0199",)},
            "phone",
            "PHONE_NUMBER",
        ),
        ("tbl_contacts", {"id": (), "email": (), "mobile_no": ()}, "email", "EMAIL_ADDRESS"),
    ],
)
def test_a_page_with_a_person_keeps_their_contact_details(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity in explanations(table, columns, _TYPES)[column]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # webhooks subscribe to events: no phone, no e-mail, names of topics
        (
            "webhook_subscribe",
            {"id": (), "name": ("orders.created", "invoice.paid"), "callback_url": ()},
            "name",
        ),
        # a topic's template is no way to reach anyone
        (
            "topic_subscribe",
            {"id": (), "name": ("Weekly digest",), "email_template": ("digest.html",)},
            "name",
        ),
        # a plan's subscriptions, a race's sign-up sheet, a sign-up form's kinds
        (
            "subscriptions",
            {"id": (), "name": ("Pro monthly", "Basic yearly"), "email": ()},
            "name",
        ),
        (
            "signups",
            {"id": (), "name": ("Spring 5K", "Autumn Relay", "Harbour 10K"), "phone": ()},
            "name",
        ),
        (
            "signup_types",
            {"id": (), "name": ("Newsletter", "Beta programme"), "email": ("beta@shop.example",)},
            "name",
        ),
    ],
)
def test_no_sign_up_no_signers_name(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    assert "PERSON_NAME" not in explanations(table, columns, _TYPES)[column]


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        # an event's venue, hybrid work, a hospital's wards, coordinates, companies
        ("events", {"id": (), "title": ("Fado night",), "location": ("Lisbon", "Porto", "Braga")}),
        ("employees", {**_PERSON, "location": ("Remote", "Hybrid", "Office")}),
        ("patients", {**_PERSON, "location": ("Ward 3", "Bed 12", "ICU 2")}),
        ("riders", {**_PERSON, "location": ("47.37, 8.54", "46.95, 7.44", "47.05, 8.31")}),
        ("staff", {**_PERSON, "location": ("Acme Foods Ltd", "Harbour Bank", "City Hospital")}),
        # where someone works is the office's town
        ("employees", {**_PERSON, "work_location": ("Lisbon", "Porto", "Braga")}),
        # a row of a player's tournament or a singer's concert: the event's town
        (
            "players",
            {**_PERSON, "tournament": ("Spring Open",), "location": ("Riga", "Tallinn", "Vilnius")},
        ),
        ("singers", {**_PERSON, "concert_date": (), "location": ("Graz", "Linz", "Salzburg")}),
    ],
)
def test_a_location_that_is_no_persons_town(
    table: str, columns: dict[str, tuple[object, ...]]
) -> None:
    column = next(c for c in columns if c.endswith("location"))
    found = explanations(table, columns, _TYPES)[column]
    assert "CITY" not in found, found


@pytest.mark.parametrize(
    ("table", "columns", "types"),
    [
        # a token's, a device's and an OAuth server's client's uid; a uid with no auth word
        ("auth_tokens", {"id": (), "uid": ("c4f1-0a93-77be",), "user_id": ()}, {}),
        ("auth_devices", {"id": (), "uid": ("c4f1-0a93-77be",), "name": ("Hall tablet",)}, {}),
        (
            "sso_clients",
            {"id": (), "uid": ("c4f1-0a93-77be",), "name": ("Billing app",), "email": ()},
            {},
        ),
        ("users", {"id": (), "uid": ("c4f1-0a93-77be",), "email": ("ines@mail.example",)}, {}),
        # a numeric uid (a system's user number), and an authentication table with no person
        ("sso_users", {"id": (), "uid": (1001, 1002), "email": ()}, {"uid": "int"}),
        ("sso_users", {"id": (), "uid": ("c4f1-0a93-77be",), "is_admin": (True,)}, {}),
    ],
)
def test_a_uid_that_is_no_persons_login(
    table: str, columns: dict[str, tuple[object, ...]], types: dict[str, str]
) -> None:
    found = explanations(table, columns, {**_TYPES, **types})["uid"]
    assert "USERNAME" not in found, found


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a category tree and a comment thread have children; a hotel counts a party's
        (
            "categories",
            {"id": (), "name": ("Shoes",), "has_children": (True, False)},
            "has_children",
        ),
        ("comments", {"id": (), "user_id": (), "has_children": (True, False)}, "has_children"),
        (
            "reservations",
            {**_PERSON, "email": (), "adults": (2, 1), "children": (1, 0)},
            "children",
        ),
        ("tree_nodes", {"id": (), "parent_id": (), "children": ('["a", "b"]',)}, "children"),
        # a key set's key id
        ("user_keys", {"id": (), "user_id": (), "kid": ("k-2024-01",)}, "kid"),
    ],
)
def test_children_of_no_person(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, _TYPES)[column]
    assert "DEMOGRAPHIC" not in found, found


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a job on offer, a team's cap, a branch office's and a position's pay
        ("jobs", {"id": (), "name": ("Night porter",), "phone": (), "salary": ()}, "salary"),
        (
            "teams",
            {"id": (), "name": ("Harbor Gulls",), "phone": (), "salary_cap": ()},
            "salary_cap",
        ),
        ("offices", {"id": (), "name": ("Leeds",), "phone": (), "salary": ()}, "salary"),
        ("positions", {"id": (), "name": ("Night porter",), "phone": (), "salary": ()}, "salary"),
        # pay with no one named, or no way to reach them
        ("porters", {"id": (), "shift": ("night",), "phone": (), "wage": ()}, "wage"),
        ("porters", {"id": (), "name": ("Ines Marlow",), "wage": ()}, "wage"),
    ],
)
def test_pay_of_no_named_person(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, _TYPES)[column]
    assert "FINANCIAL" not in found, found


@pytest.mark.parametrize(
    ("table", "column"),
    [("wiki_edits", "editor"), ("build_log", "user"), ("file_shares", "owner")],
)
def test_logins_under_a_role_stay_user_names(table: str, column: str) -> None:
    columns = {"id": (), column: ("ines", "tobias", "ana", "marek")}
    assert "USERNAME" in explanations(table, columns, _TYPES)[column]


# -- the cases the rules are for ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        ("tbl_webpage", _BAKERY_PAGE),
        (
            "cms_pages",
            {
                "id": (),
                "slug": ("contact",),
                "title": ("Contact",),
                "contact_email": ("desk@ferry.example",),
                "phone": ("555-0177",),
                "address": ("4 Quay Row",),
            },
        ),
        ("static_pages", {"id": (), "heading": ("Visit us",), "email": (), "phone": ()}),
    ],
)
def test_a_sites_page_holds_its_own_contact_details(
    table: str, columns: dict[str, tuple[object, ...]]
) -> None:
    found = explanations(table, columns, _TYPES)
    for column in columns:
        assert not set(found[column]) & set(_CONTACT), (column, found[column])


def test_a_sites_page_text_is_no_persons() -> None:
    assert "FREE_TEXT" not in explanations("tbl_webpage", _BAKERY_PAGE, _TYPES)["pagebody"]


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        (
            "newsletter_signups",
            {"id": (), "name": ("Tobias Grell", "Ana Lee"), "email": ("tg@mail.example",)},
        ),
        ("club_subscribe", {"id": (), "name": ("Marek Olsen",), "phone_number": ("555-0101",)}),
        ("workshop_signups", {"id": (), "name": (), "phone": (), "note": ()}),
    ],
)
def test_a_sign_up_forms_name_is_a_persons(
    table: str, columns: dict[str, tuple[object, ...]]
) -> None:
    found = explanations(table, columns, _TYPES)["name"]
    assert "sign" in found.get("PERSON_NAME", ""), found


def test_a_sign_up_forms_note_is_the_persons() -> None:
    columns = {
        "id": (),
        "name": ("Marek Olsen",),
        "mobile_no": ("555-0101",),
        "note": ("555-0101",),
    }
    assert "FREE_TEXT" in explanations("choir_subscribe", columns, _TYPES)["note"]


@pytest.mark.parametrize(
    ("table", "column", "values"),
    [
        ("persons", "location", ("Aarhus", "Odense", "Vejle", "Aarhus")),
        ("volunteers", "location", ("Lisbon", "Porto", "Braga", "São Brás de Alportel")),
        ("members", "home_location", ("Leeds", "York", "Kendal")),
    ],
)
def test_a_persons_location_of_towns_is_a_city(
    table: str, column: str, values: tuple[object, ...]
) -> None:
    found = explanations(table, {**_PERSON, column: values}, _TYPES)[column]
    assert "CITY" in found, found


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        (
            "sso_users",
            {"id": (), "uid": ("c4f1-0a93-77be",), "name": ("Ines Marlow",), "email": ()},
        ),
        ("auth_accounts", {"id": (), "uid": ("ines.m", "t.grell"), "email": ("im@mail.example",)}),
    ],
)
def test_a_uid_at_an_authentication_system_is_the_persons_login(
    table: str, columns: dict[str, tuple[object, ...]]
) -> None:
    found = explanations(table, columns, _TYPES)["uid"]
    assert "USERNAME" in found, found


@pytest.mark.parametrize(
    ("table", "column", "values"),
    [
        ("tenants", "has_children", (True, False, True)),
        ("employees", "number_of_children", (0, 2, 3)),
        ("applicants", "num_kids", (1, 0)),
        ("lodgers", "haskids", (True, False)),
    ],
)
def test_whether_a_person_has_children_is_a_demographic(
    table: str, column: str, values: tuple[object, ...]
) -> None:
    columns = {**_PERSON, "birth_date": ("1980-02-03",), column: values}
    found = explanations(table, columns, {**_TYPES, "haskids": "boolean"})[column]
    assert "DEMOGRAPHIC" in found, found


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        (
            "lifeguards",
            {"id": (), "name": ("Ines Marlow", "Tobias Grell"), "phone": (), "salary": ()},
            "salary",
        ),
        ("porters", {"id": (), "full_name": (), "mobile_no": (), "wage": ()}, "wage"),
    ],
)
def test_a_named_reachable_persons_pay_is_financial(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, _TYPES)[column]
    assert "FINANCIAL" in found, found


@pytest.mark.parametrize(
    ("table", "values"),
    [
        ("timesheets", ("ines", "tobias", "ana", "marek")),
        ("course_credits", ("ines", "tobias", "marek", "marek")),
    ],
)
def test_a_bare_person_of_labels_is_a_reference_not_a_login(
    table: str, values: tuple[object, ...]
) -> None:
    found = explanations(table, {"id": (), "person": values, "hours": ()}, _TYPES)["person"]
    assert "USERNAME" not in found, found
