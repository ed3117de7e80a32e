"""Rules of the thirty-third round: special categories glued into one lower-cased word
(``applicantsexualorientation``, ``primaryraceethnicity``, ``pronounalt``), the greeting a
letter to a household uses (a formal or informal greeting: its members' names), and the judges
and attorneys of a case named in one text column. Every table, column and value is made up;
the negative cases come from other domains (a racing calendar, a device's settings, a motion
sensor's log, a bookshop's catalogue, a grammar's tables, a chatbot's settings, a phrasebook, a
card shop's templates, a mail template, a baking contest, an online judge's servers, a law
firm's figures)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_INT = {"id": "int", "laps": "int", "sensor_id": "int", "case_id": "int", "entries": "int"}


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
    ],
)
def test_glued_special_category_words_stay_out_of_other_domains(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    assert not explanations(table, columns, _INT)[column]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
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
        ("applicantsexualorientation", ("Bisexual", "Gay"), "SENSITIVE_DEMOGRAPHIC"),
        ("primaryraceethnicity__c", ("Asian",), "SENSITIVE_DEMOGRAPHIC"),
        ("ethnicorigin", ("Roma",), "SENSITIVE_DEMOGRAPHIC"),
        ("memberreligion", ("Quaker",), "SENSITIVE_DEMOGRAPHIC"),
        ("religionname", ("Buddhist",), "SENSITIVE_DEMOGRAPHIC"),
        ("pronounalt", ("xe/xem",), "GENDER"),
    ],
)
def test_glued_special_categories_of_people_are_found(
    column: str, values: tuple[object, ...], entity: str
) -> None:
    columns = {"id": (), "firstname": ("Ines",), "lastname": ("Marlow",), column: values}
    assert entity in explanations("volunteers", columns, _INT)[column]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        (
            "donor_accounts",
            {
                "id": (),
                "name": ("Marlow Household",),
                "informal_greeting": ("Ines", "Tobias and Ana"),
                "formal_greeting": ("Ines Marlow", "Mr. Tobias Grell"),
            },
            "informal_greeting",
        ),
        (
            "donor_accounts",
            {"id": (), "formal_greeting": ("Ines Marlow", "Mr. Tobias Grell", "Sir or Madam")},
            "formal_greeting",
        ),
        # CiviCRM-like display of a greeting, and an empty table of households
        (
            "contacts",
            {"id": (), "postal_greeting_display": ("Dear Ines",)},
            "postal_greeting_display",
        ),
        ("crm_households", {"id": (), "formal_greeting": (), "hh_size": ()}, "formal_greeting"),
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
        ("hearings", {"id": (), "case_id": (), "judges": ("Ana Lee, Tobias Grell",)}, "judges"),
        ("rulings", {"id": (), "attorneys": ("for the appellant: a firm of crooks",)}, "attorneys"),
        ("appeals", {"id": (), "judges": (), "decided": ()}, "judges"),
    ],
)
def test_a_cases_judges_and_attorneys_are_named(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, _INT)[column]
    assert "PERSON_NAME" in found, found
