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


_AGENTS = ("key", "name", "host", "ip", "version", "status", "os")
_RESTAURANTS = ("key", "name", "address", "city", "zip", "phone", "email", "website", "cuisine")
_RATS = ("key", "strain", "sex", "weight", "dob", "cage", "cohort")
_HOMES = ("key", "address", "city", "zip", "price", "beds", "baths", "listed")
#: Sampled values where they tell the column apart (an agent's host IP, a garment's target gender).
_SAMPLED = {"agentsip": ("10.0.4.17", "10.0.4.18"), "productsgender": ("men", "women", "unisex")}
_ITEMS = ("KEY", "NAME", "PRICE", "COLOR", "SIZE", "GENDER", "BRAND")


@pytest.mark.parametrize(
    ("table", "word", "parts", "column", "entity"),
    [
        # machines and programs named by a people word: no name part, no national number beside
        ("agents", "agents", _AGENTS, "agentsname", "PERSON_NAME"),
        ("agents", "agents", _AGENTS, "agentsip", "IP_ADDRESS"),
        (
            "guests",
            "guests",
            ("key", "name", "os", "ram", "cpus", "ip", "mac", "hypervisor"),
            "guestsip",
            "IP_ADDRESS",
        ),
        (
            "clients",
            "clients",
            ("key", "name", "secret", "redirect", "scope", "website", "created"),
            "clientswebsite",
            None,
        ),
        (
            "runners",
            "runners",
            ("key", "name", "token", "ip", "tags", "status", "executor"),
            "runnersip",
            "IP_ADDRESS",
        ),
        (
            "workers",
            "workers",
            ("key", "host", "pid", "ip", "queue", "started", "concurrency"),
            "workersip",
            "IP_ADDRESS",
        ),
        (
            "robots",
            "robots",
            ("key", "name", "model", "firmware", "ip", "owner", "battery"),
            "robotsip",
            "IP_ADDRESS",
        ),
        (
            "trucks",
            "trucks",
            ("key", "plate", "make", "model", "capacity", "depot", "ip"),
            "trucksip",
            "IP_ADDRESS",
        ),
        # things, firms and animals by a word the classifier does not know
        ("restaurants", "restaurants", _RESTAURANTS, "restaurantsphone", "PHONE_NUMBER"),
        ("restaurants", "restaurants", _RESTAURANTS, "restaurantsaddress", "STREET_ADDRESS"),
        (
            "hydrants",
            "hydrants",
            ("key", "address", "city", "zip", "pressure", "color", "inspected"),
            "hydrantsaddress",
            "STREET_ADDRESS",
        ),
        (
            "products",
            "products",
            ("key", "name", "price", "color", "size", "gender", "brand"),
            "productsgender",
            "GENDER",
        ),
        ("ITEMS", "ITEMS", _ITEMS, "ITEMSGENDER", "GENDER"),
        (
            "characters",
            "characters",
            ("key", "name", "gender", "age", "class", "race", "level", "hp"),
            "charactersgender",
            "GENDER",
        ),
        (
            "libraries",
            "library",
            ("key", "name", "address", "city", "phone", "email", "opening"),
            "libraryphone",
            "PHONE_NUMBER",
        ),
        ("rats", "rats", _RATS, "ratssex", "GENDER"),
        ("rats", "rats", _RATS, "ratsdob", "DATE_OF_BIRTH"),
        (
            "samples",
            "samples",
            ("key", "species", "sex", "age", "tissue", "collected", "site"),
            "samplessex",
            "GENDER",
        ),
        ("homes", "homes", _HOMES, "homesaddress", "STREET_ADDRESS"),
        ("homes", "homes", _HOMES, "homescity", "CITY"),
        (
            "trees",
            "trees",
            ("key", "species", "age", "height", "address", "city", "zip", "planted"),
            "treesaddress",
            "STREET_ADDRESS",
        ),
        (
            "bands",
            "bands",
            ("key", "name", "genre", "city", "email", "phone", "founded"),
            "bandsname",
            "PERSON_NAME",
        ),
        (
            "groups",
            "groups",
            ("key", "name", "gid", "owner", "email", "members", "created"),
            "groupsemail",
            "EMAIL_ADDRESS",
        ),
        (
            "vessels",
            "vessels",
            ("key", "name", "flag", "nationality", "built", "owner", "email"),
            "vesselsemail",
            "EMAIL_ADDRESS",
        ),
    ],
)
def test_a_glued_column_of_no_persons_table_is_not_read_as_a_persons(
    table: str, word: str, parts: tuple[str, ...], column: str, entity: str | None
) -> None:
    columns = _glued(word, *parts)
    columns.update({c: v for c, v in _SAMPLED.items() if c in columns})
    found = explanations(table, columns)[column]
    assert (not found) if entity is None else entity not in found, found


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
