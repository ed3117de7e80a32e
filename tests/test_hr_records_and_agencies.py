"""Whose data a column is, from the causes of the seventeenth held-out round's errors (every case
is made up here): glued table names of plural rows, ..."""

from __future__ import annotations

import pytest

from classifiers.names import NameSignal

from .table_verdicts import explanations


@pytest.mark.parametrize(
    ("table", "words"),
    [
        ("workerdependents", ("worker", "dependents")),
        ("staffcontacts", ("staff", "contacts")),
        ("useremails", ("user", "emails")),
    ],
)
def test_a_glued_name_of_plural_rows_splits(table, words):
    assert NameSignal().tokens(table) == words


def test_a_glued_word_with_no_vocabulary_word_at_its_end_stays_whole():
    assert NameSignal().tokens("gadgets") == ("gadgets",)


def test_a_bare_name_in_a_glued_table_of_a_workers_relatives_is_a_persons():
    found = explanations(
        "workerdependents",
        {"id": (), "worker": (), "name": (), "relation": ()},
        {"id": "int", "worker": "bigint"},
    )
    assert "PERSON_NAME" in found["name"], found["name"]
