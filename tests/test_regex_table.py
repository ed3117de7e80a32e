"""The table of what each built-in pattern's source tells a finder (``classifiers/regex_table.py``)
holds what ``classifiers.matching`` works out now, for every pattern and guard of the default
engine: a stale or missing entry fails here. Write it again with
``python -m classifiers.regex_table_make``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from classifiers import matching, regex_table
from classifiers.matching import RegexFacts, _worked_out, fact_key, finder, finders, regex_facts
from classifiers.presidio_engine import build_analyzer
from classifiers.recognizers import RECOGNIZERS
from classifiers.regex_table_make import built_in_sources

SOURCES = built_in_sources()
WRITE = "write it again: python -m classifiers.regex_table_make"
this_python = pytest.mark.skipif(
    tuple(sys.version_info[:2]) != regex_table.PYTHON,
    reason="the table is for another Python, and not used under this one",
)


@this_python
def test_every_built_in_pattern_has_an_entry() -> None:
    missing = [
        where for (s, f), where in SOURCES.items() if fact_key(s, f) not in regex_table.FACTS
    ]
    assert not missing, f"{len(missing)} missing ({missing[:3]}): {WRITE}"


@this_python
def test_every_entry_is_what_is_worked_out_now() -> None:
    table = matching._table()
    stale = [
        where
        for (source, flags), where in SOURCES.items()
        if table.get(fact_key(source, flags)) != _worked_out(source, flags)
    ]
    assert not stale, f"{len(stale)} stale ({stale[:3]}): {WRITE}"


def test_the_table_holds_only_the_built_in_patterns() -> None:
    assert set(regex_table.FACTS) == {fact_key(s, f) for s, f in SOURCES}, WRITE


def test_the_sources_are_the_default_engines_patterns_and_guards() -> None:
    """Every pattern recognizer asked through its patterns, piimap's and Presidio's."""
    names = {where.split(":")[0] for where in SOURCES.values()}
    assert {"EmailRecognizer", "UrlRecognizer", "CreditCardRecognizer"} <= names
    assert {"StreetAddressRecognizer", "UsernameRecognizer", "SessionIdRecognizer"} <= names
    assert "IbanRecognizer" not in names  # asked through its own analyze
    assert any(where.endswith(": its guard") for where in SOURCES.values())


@pytest.fixture
def nothing_worked_out(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """``matching._worked_out`` replaced by a spy that notes each source it is asked about."""
    asked: list[str] = []

    def spy(source: str, flags: int) -> RegexFacts:
        asked.append(source)
        return _worked_out(source, flags)

    monkeypatch.setattr(matching, "_worked_out", spy)
    yield asked


@this_python
def test_the_default_engines_finders_work_nothing_out(nothing_worked_out: list[str]) -> None:
    """A process's first values read the table: no pattern of the default engine is parsed."""
    analyzer = build_analyzer(extra_recognizers=[cls() for cls in RECOGNIZERS])
    made = [finders(r) for r in analyzer.registry.recognizers]
    assert sum(find is not None for find, _ in made) > 40
    assert nothing_worked_out == []


def test_a_users_pattern_is_worked_out(nothing_worked_out: list[str]) -> None:
    """A pattern the table does not hold (a user's recognizer) is worked out, and its finder
    finds what Presidio's ``analyze`` finds."""
    from presidio_analyzer import Pattern, PatternRecognizer

    source = r"^TCK-\d{6}$"
    user = PatternRecognizer(supported_entity="TICKET", patterns=[Pattern("t", source, 0.9)])
    flags = int(user.global_regex_flags or 0)
    assert fact_key(source, flags) not in regex_table.FACTS
    assert regex_facts(source, flags) == _worked_out(source, flags)
    find = finder(user)
    assert find is not None
    assert source in nothing_worked_out
    for value in ("TCK-123456", "tck-123456", "TCK-12345", "see TCK-123456"):
        expected = bool(user.analyze(value, ["TICKET"]))
        assert (find(value, True) != matching.NONE) == expected, value


def test_under_another_python_every_pattern_is_worked_out(
    monkeypatch: pytest.MonkeyPatch, nothing_worked_out: list[str]
) -> None:
    """The standard library's parser of another Python may read a pattern otherwise: the table
    is not used there."""
    (source, flags), _ = next(iter(SOURCES.items()))
    monkeypatch.setattr(regex_table, "PYTHON", (2, 7))
    matching._table.cache_clear()
    try:
        assert regex_facts(source, flags) == _worked_out(source, flags)
        assert nothing_worked_out == [source]
    finally:
        monkeypatch.undo()
        matching._table.cache_clear()
