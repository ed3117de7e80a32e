"""Person names that only the values show (issue 15, cause 6): a column whose name says nothing
(``head_of_state``, ``col_17``) holding people's full names is PERSON_NAME, while places,
companies, products and titles of the same shape are not. All values are made up."""

from __future__ import annotations

import pytest

from classifiers import FieldContext, default_classifier

CLASSIFIER = default_classifier()

LEADERS = (
    "Amelia Hartwell", "Jonas Okafor", "Ingrid Solberg", "Rafael Quintero", "Mei-Ling Zhou",
    "Tomasz Wierzbicki", "Aisha Rahmani", "Pieter van der Berg", "Elena Marchetti",
    "Kwame Mensah", "Sofia Lindqvist", "Dmitri Volkov", "Beatriz Alencar", "Henrik Dahl",
    "Yusuf Demir", "Clara Whitcombe", "Olumide Adeyemi", "Freya Macleod", "Tariq Haddad",
    "Maximilian Roth II",
)  # fmt: skip


def _verdict(
    name: str, values: tuple[str, ...], table: str = "country", data_type: str = "varchar(60)"
) -> dict[str, str]:
    ctx = FieldContext("world", table, name, data_type, samples=values)
    return {h.entity: h.explanation for h in CLASSIFIER.classify([ctx])[0]}


@pytest.mark.parametrize(
    "name, table, values",
    [
        ("head_of_state", "country", LEADERS),
        ("HeadOfState", "country", tuple(v.upper() for v in LEADERS)),
        ("col_17", "t9", LEADERS[:8]),
        ("winner", "awards", ("Dr. Amelia Hartwell", "Jonas Okafor Jr.", *LEADERS[2:10])),
        ("signed_by", "treaties", tuple(f"{v.split()[0][0]}. {v.split()[-1]}" for v in LEADERS)),
    ],
)
def test_full_names_label_a_column_whose_name_says_nothing(name, table, values):
    found = _verdict(name, values, table)
    assert "PERSON_NAME" in found, found
    assert "the values decide" in found["PERSON_NAME"]
    assert not any(v in found["PERSON_NAME"] for v in values)  # counts, never a raw value


@pytest.mark.parametrize(
    "name, table, values",
    [
        # companies
        ("col_3", "t1", tuple(f"{w} {s}" for w, s in zip(
            ("Hartwell", "Okafor", "Solberg", "Quintero", "Zhou", "Dahl", "Mensah", "Volkov"),
            ("Ltd", "GmbH", "Inc.", "S.A.", "AB", "LLC", "plc", "Holdings"), strict=True))),
        # places
        ("col_4", "t1", ("North Haverly", "Port Elsworth", "Lake Caddon", "New Brimley",
                         "Mount Tabber", "East Lindow", "Fort Ansel", "West Corby")),
        ("capital", "country", ("San Remolo", "Villa Ostra", "Santa Brina", "Punta Gris",
                                "San Aurelio", "Santa Merla", "San Dovico")),  # a repeated word
        # products and titles, whose column names say so
        ("title", "film", ("Academy Dinosaur", "Ace Goldfinger", "Adaptation Holes",
                           "Affair Prejudice", "African Egg", "Agent Truman")),
        ("product_name", "products", ("Rustic Bamboo Lamp", "Sleek Copper Mug", "Vintage Wool Hat",
                                      "Organic Linen Scarf", "Premium Steel Clock")),
        ("album", "music", ("Blue Horizon", "Silent Rivers", "Golden Hour", "Paper Moons",
                            "Night Trains")),
        # single words: genres, languages, first names alone say too little without a name
        ("col_5", "t1", ("Rock", "Jazz", "Blues", "Metal", "Latin", "Opera", "Reggae")),
        # a name that says something else wins
        ("city", "address", ("Carmel Valley", "Rio Vista", "Glen Ellyn", "Bel Air", "Oak Lawn")),
        # numbers, free text, codes
        ("col_6", "t1", ("ACME-001", "ACME-002", "ACME-003", "ACME-004", "ACME-005")),
        ("col_7", "t1", ("The quick brown fox jumps over", "Delivered to the back door today",
                         "Call before noon on Friday", "Left with the neighbour at 14",
                         "Box was damaged on arrival")),
    ],
)  # fmt: skip
def test_places_companies_products_and_titles_are_not_person_names(name, table, values):
    assert "PERSON_NAME" not in _verdict(name, values, table)


def test_things_named_from_a_few_words_are_not_person_names():
    """Catalogue names built from a small vocabulary repeat their words; people's names do not."""
    things = tuple(
        f"{a} {m} {n}"
        for a in ("Nimble", "Stout", "Quiet", "Bright")
        for m in ("Oak", "Brass", "Felt")
        for n in ("Stool", "Kettle", "Lantern")
    )
    assert "PERSON_NAME" not in _verdict("col_8", things, "t1")
    assert "PERSON_NAME" not in _verdict("name", things, "catalogue")


def test_too_few_values_decide_nothing():
    assert "PERSON_NAME" not in _verdict("head_of_state", LEADERS[:4])


def test_a_numeric_column_is_never_a_name_by_values():
    assert "PERSON_NAME" not in _verdict("head_of_state", LEADERS, data_type="integer")


def test_a_column_that_is_mostly_something_else_is_not_labelled():
    """Below 80% full names (here 6 of 10), the values do not decide."""
    mixed = (*LEADERS[:6], "Rock", "Jazz", "ACME-001", "Blues")
    assert "PERSON_NAME" not in _verdict("col_9", mixed, "t1")


# Names of things shaped like full names (made-up values): the values are two or three
# capitalised words, but not a given name followed by a name, or the column names a thing.
CURRENCIES = (
    "Solvanian Dinar", "Arbelian Peso", "Morvish Krona", "Teluvan Rupee", "Ostrian Schilling",
    "Veldish Mark", "Calvonian Franc", "Quessan Real", "Borlish Pound", "Nervan Lira",
)  # fmt: skip
TEAMS = (
    "Harbor City Gulls", "Riverton Ironmen", "Lakeside Comets", "Pinecrest Owls",
    "Summit Falcons", "Westport Mariners", "Eastvale Rangers", "Northgate Bulldogs",
    "Millbrook Hornets", "Bayview Sharks",
)  # fmt: skip


@pytest.mark.parametrize(
    "name, table, values",
    [
        ("CurrencyName", "dimcurrency", LEADERS),  # "<thing> name": the thing's name
        ("franchName", "teamsfranchises", LEADERS),
        ("label", "currencies", CURRENCIES),
        ("name", "teams", TEAMS),
    ],
)
def test_names_of_things_are_not_person_names(name, table, values):
    assert "PERSON_NAME" not in _verdict(name, values, table)


def test_initials_and_surnames_still_read_as_names():
    values = tuple(f"{v.split()[0][0]}. {v.split()[-1]}" for v in LEADERS)
    assert "PERSON_NAME" in _verdict("signed_by", values, "treaties")


GIVEN = ("Amelia", "Jonas", "Ingrid", "Rafael", "Elena", "Kwame", "Sofia", "Henrik", "Clara")


@pytest.mark.parametrize(
    "name, table, values",
    [
        ("student_details", "students", GIVEN),  # a details column holding first names
        ("tourist_details", "visitors", GIVEN[:6]),
        ("building_manager", "apartment_buildings", GIVEN[:5]),  # named by a role
        ("author", "notes", ("Amelia Hartwell", "Jonas Okafor", "Ingrid Solberg")),  # three
    ],
)
def test_first_names_and_role_columns_are_named_by_their_values(name, table, values):
    found = _verdict(name, values, table)
    assert "PERSON_NAME" in found, found
    assert "the values decide" in found["PERSON_NAME"]


@pytest.mark.parametrize(
    "name, table, values",
    [
        ("col_8", "t1", ("Red", "Green", "Blue", "Yellow", "Orange", "Purple")),  # colours
        ("col_9", "t1", ("Chicago", "Seattle", "Toronto", "Munich", "Lyon", "Osaka")),  # cities
        ("col_10", "t1", GIVEN[:4]),  # four first names alone decide nothing
        ("pet_name", "pets", GIVEN),  # a thing's (a pet's) name
    ],
)
def test_one_word_values_that_are_not_mostly_given_names_decide_nothing(name, table, values):
    assert "PERSON_NAME" not in _verdict(name, values, table)
