"""Rules of the forty-seventh round: a column glued after its table's whole word (``agentscity``
in ``agents``, as a database course writes every column of a table) says what the rest says, its
siblings read without the word too. Every table, column and value is made up; the negative cases
come from other domains (depots, concert halls, weather stations, a word's start shared by
chance, a prefix on too few columns)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations


def _glued(word: str, *columns: str) -> dict[str, tuple[object, ...]]:
    return {f"{word}{c}": () for c in columns}


# -- negatives first: the table's word glued before the columns of no person's table -------------


@pytest.mark.parametrize(
    ("table", "word"),
    [("depots", "depots"), ("concerthalls", "halls"), ("stations", "station")],
)
def test_a_places_glued_address_stays_no_persons(table: str, word: str) -> None:
    columns = _glued(word, "key", "name", "address", "city", "zip", "phone", "capacity")
    found = explanations(table, columns)
    for column in columns:
        assert not found[column], (column, found[column])


def test_a_words_start_shared_by_chance_is_no_glued_word() -> None:
    columns = {"storey": (), "storecity": (), "storage": (), "stored": (), "status": ()}
    assert not explanations("stores", columns)["storecity"]


def test_a_word_glued_before_too_few_columns_is_no_prefix() -> None:
    columns = {"id": (), "name": (), "bandscity": (), "genre": (), "founded": ()}
    assert "CITY" not in explanations("bands", columns)["bandscity"]


@pytest.mark.parametrize("table", ["kilns", "sensors", "stalls"])
def test_a_glued_column_says_no_more_than_the_unglued_one(table: str) -> None:
    parts = ("key", "label", "address", "city", "zip", "phone", "email", "notes")
    plain = explanations(table, {p: () for p in parts})
    glued = explanations(table, _glued(table, *parts))
    for part in parts:
        assert set(glued[f"{table}{part}"]) <= set(plain[part]), part


# -- the cases it is for --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "entity"),
    [
        ("brokerscity", "CITY"),
        ("brokerszip", "POSTAL_CODE"),
        ("brokersaddress", "STREET_ADDRESS"),
        ("brokersphone", "PHONE_NUMBER"),
    ],
)
def test_a_persons_glued_address_and_phone(column: str, entity: str) -> None:
    columns = _glued("brokers", "key", "firstname", "lastname", "address", "city", "zip", "phone")
    found = explanations("brokers", columns)[column]
    assert entity in found, found


def test_the_singular_word_glued_in_a_plural_table() -> None:
    columns = _glued("dancer", "key", "firstname", "surname", "gender", "phone")
    found = explanations("dancers", columns)["dancergender"]
    assert "GENDER" in found, found


def test_siblings_read_without_the_word_tell_a_table_of_people() -> None:
    columns = _glued("choirs", "key", "name", "ssn", "address", "city", "zip", "email")
    found = explanations("choirs", columns)["choirscity"]
    assert "CITY" in found, found
