"""Rules of the thirty-third round: special categories glued into one lower-cased word
(``tenantsexualorientation``, ``memberraceethnic``, ``memberpronoun``), the greeting a
letter to a household uses (a postal or letter greeting: its members' names), and the
arbitrators or jurors of a ruling named in one text column. Every table, column and value is
made up; the negative cases come from other domains (a racing calendar, runners' and drivers'
results, a device's settings, a motion sensor's log, a shop's customers on a terrace, an
employer's onboarding, a bookshop's catalogue, a grammar's tables, a chatbot's settings, a
phrasebook, a card shop's templates, a mail template, contact templates, a family's recipes, a
baking contest, an online judge's servers, a law firm's figures, a hackathon's judges, a moot
court's firms, a pipeline's mediators, a game's jurors, a pageant's panels, a catalogue)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_INT = {"id": "int", "laps": "int", "sensor_id": "int", "case_id": "int", "entries": "int"}
_PEOPLE = {"id": (), "firstname": ("Ines",), "lastname": ("Marlow",)}


# -- negatives first: the same words where no person is meant -----------------------------------


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a racing calendar: a race is an event
        (
            "races",
            {"id": (), "racename": ("Harbour Sprint", "Coastal 500"), "laps": ()},
            "racename",
        ),
        ("races", {"id": (), "racetype": ("sprint", "relay"), "laps": ()}, "racetype"),
        # a device's screen and a motion sensor's orientation
        (
            "device_settings",
            {"id": (), "screenorientation": ("portrait", "landscape")},
            "screenorientation",
        ),
        (
            "imu_log",
            {"id": (), "sensor_id": (), "orientationdeg": ("12.5", "13.1")},
            "orientationdeg",
        ),
        # a bookshop's shelves, a shop's styles, a grammar's forms
        (
            "books",
            {"id": (), "title": ("Old Gods",), "religioncategory": ("Religion", "History")},
            "religioncategory",
        ),
        (
            "products",
            {"id": (), "name": ("Shirt",), "ethnicstyle": ("Batik", "Kente")},
            "ethnicstyle",
        ),
        (
            "grammar_rules",
            {"id": (), "pronounform": ("he", "him", "his"), "language": ("en",)},
            "pronounform",
        ),
        # a race or an orientation of people that is no special category: a runner's race, a
        # driver's, a customer's terrace, an employee's onboarding orientation
        ("runners", {**_PEOPLE, "racename": ("Harbour 10K", "Fell Relay")}, "racename"),
        ("runners", {**_PEOPLE, "racetime": ("00:41:12",)}, "racetime"),
        ("runners", {**_PEOPLE, "racedate": ("2024-05-04",)}, "racedate"),
        ("runners", {**_PEOPLE, "racecategory": ("M40", "F35")}, "racecategory"),
        ("drivers", {**_PEOPLE, "horseracename": ("Autumn Plate",)}, "horseracename"),
        ("drivers", {**_PEOPLE, "racestatus": ("DNF", "Finished")}, "racestatus"),
        ("customers", {**_PEOPLE, "terracename": ("Upper Deck",)}, "terracename"),
        ("customers", {**_PEOPLE, "embracedate": ("2023-02-01",)}, "embracedate"),
        ("customers", {**_PEOPLE, "terraceaddress": ("4 Quay Row",)}, "terraceaddress"),
        ("employees", {**_PEOPLE, "orientationdate": ("2024-09-02",)}, "orientationdate"),
        (
            "employees",
            {**_PEOPLE, "orientationsession": ("Morning", "Afternoon")},
            "orientationsession",
        ),
    ],
)
def test_glued_special_category_words_stay_out_of_other_domains(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, _INT)[column]
    assert "SENSITIVE_DEMOGRAPHIC" not in found and "GENDER" not in found, found


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # empty templates and recipes: no one to write to
        ("contact_templates", {"id": (), "letter_greeting": ()}, "letter_greeting"),
        ("family_recipes", {"id": (), "informal_greeting": (), "dish": ()}, "informal_greeting"),
        ("member_settings", {"id": (), "postal_greeting": ()}, "postal_greeting"),
        # a chatbot's settings: its greetings are sentences
        (
            "bot_settings",
            {"id": (), "formal_greeting": ("Good morning, how may I help you?", "Welcome back!")},
            "formal_greeting",
        ),
        # a phrasebook: greetings of a language
        (
            "phrases",
            {"id": (), "language": ("es", "it"), "informal_greeting": ("Hola", "Ciao", "Salut")},
            "informal_greeting",
        ),
        # a card shop's templates and a mail template: no person's name in them
        (
            "card_templates",
            {"id": (), "formal_greeting": ("With Deepest Sympathy", "Season's Greetings")},
            "formal_greeting",
        ),
        (
            "mail_templates",
            {"id": (), "email_greeting": ("Dear {first_name},", "Hello {{ contact.name }}")},
            "email_greeting",
        ),
        # a kiosk's empty configuration: no people nor households in it
        ("kiosks", {"id": (), "formal_greeting": (), "location": ()}, "formal_greeting"),
    ],
)
def test_a_greeting_without_names_is_no_person(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    assert "PERSON_NAME" not in explanations(table, columns, _INT)[column]


@pytest.mark.parametrize(
    ("table", "columns", "types", "column"),
    [
        # a baking contest counts its judges
        (
            "bake_contests",
            {"id": (), "title": ("Spring Bake",), "judges": (3, 5)},
            {"judges": "int"},
            "judges",
        ),
        ("bake_contests", {"id": (), "judges": ("3", "5"), "entries": ()}, {}, "judges"),
        # an online judge's servers
        ("submissions", {"id": (), "judges": ("judge-eu-1", "judge-us-2")}, {}, "judges"),
        # a law firm's figures
        (
            "firm_stats",
            {"id": (), "office": ("Leeds",), "attorneys": ("12", "40")},
            {},
            "attorneys",
        ),
        # teams judged at a hackathon, with or without values; firms at a moot court
        (
            "hackathon_rounds",
            {"id": (), "judges": ("Team Rocket", "Byte Club", "The Null Pointers")},
            {},
            "judges",
        ),
        ("hackathon_rounds", {"id": (), "judges": ()}, {}, "judges"),
        (
            "moot_rounds",
            {"id": (), "attorneys": ("Quill & Farrow LLP", "Brandt Legal Group")},
            {},
            "attorneys",
        ),
        # a pipeline's classes, a game's votes and settings, a pageant's panels, a catalogue
        (
            "pipeline_config",
            {"id": (), "mediators": ("AuthMediator", "CacheMediator")},
            {},
            "mediators",
        ),
        ("game_votes", {"id": (), "jurors": ("yes", "no")}, {}, "jurors"),
        ("game_settings", {"id": (), "jurors": ("enabled", "disabled")}, {}, "jurors"),
        ("pageant_config", {"id": (), "panelists": ("Panel A", "Panel B")}, {}, "panelists"),
        ("conf_sessions", {"id": (), "panelists": ("TBD", "none")}, {}, "panelists"),
        ("product_catalogue", {"id": (), "lawyers": ("Lawyers' Desk Reference",)}, {}, "lawyers"),
        # a ruling's attorneys written as a sentence about a firm
        (
            "rulings",
            {"id": (), "attorneys": ("for the appellant: a firm of crooks",)},
            {},
            "attorneys",
        ),
    ],
)
def test_a_count_or_a_server_of_judges_is_no_name(
    table: str, columns: dict[str, tuple[object, ...]], types: dict[str, str], column: str
) -> None:
    assert "PERSON_NAME" not in explanations(table, columns, {**_INT, **types})[column]


# -- the cases the rules are for ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "values", "entity"),
    [
        ("tenantsexualorientation", ("Bisexual", "Gay"), "SENSITIVE_DEMOGRAPHIC"),
        ("memberraceethnic", ("Asian",), "SENSITIVE_DEMOGRAPHIC"),
        ("tenantrace", ("Asian",), "SENSITIVE_DEMOGRAPHIC"),
        ("ethnicorigin", ("Roma",), "SENSITIVE_DEMOGRAPHIC"),
        ("memberreligion", ("Quaker",), "SENSITIVE_DEMOGRAPHIC"),
        ("religionname", ("Buddhist",), "SENSITIVE_DEMOGRAPHIC"),
        ("memberpronoun", ("xe/xem",), "GENDER"),
    ],
)
def test_glued_special_categories_of_people_are_found(
    column: str, values: tuple[object, ...], entity: str
) -> None:
    columns = {**_PEOPLE, column: values}
    assert entity in explanations("volunteers", columns, _INT)[column]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        (
            "alumni_circles",
            {
                "id": (),
                "title": ("Marlow Circle",),
                "letter_greeting": ("Ines", "Tobias and Ana"),
                "postal_greeting": ("Ines Marlow", "Mr. Tobias Grell"),
            },
            "letter_greeting",
        ),
        (
            "alumni_circles",
            {"id": (), "postal_greeting": ("Ines Marlow", "Mr. Tobias Grell", "Sir or Madam")},
            "postal_greeting",
        ),
        # a greeting with its display, and an empty table of club families
        (
            "club_members",
            {"id": (), "email_greeting_display": ("Dear Ines",)},
            "email_greeting_display",
        ),
        ("choir_families", {"id": (), "letter_greeting": (), "hh_size": ()}, "letter_greeting"),
    ],
)
def test_a_letters_greeting_of_people_is_their_name(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, {**_INT, "hh_size": "int"})[column]
    assert "greeting" in found.get("PERSON_NAME", ""), found


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        (
            "tribunal_rulings",
            {"id": (), "case_id": (), "arbitrators": ("Ana Lee, Tobias Grell",)},
            "arbitrators",
        ),
        ("dog_show_classes", {"id": (), "jurors": ("Mrs A. Hollis, Mr K. Dunmore",)}, "jurors"),
        ("tribunal_rulings", {"id": (), "mediators": (), "decided": ()}, "mediators"),
    ],
)
def test_a_courts_people_are_named(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, _INT)[column]
    assert "PERSON_NAME" in found, found
