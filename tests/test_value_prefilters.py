"""The value signal's choice of candidate entities, asked with fewer regex calls, is the same.

Each entity's prefilters are searched as one alternation, and an entity whose prefilters accept
none of the probed values is told so with one ``any`` before counting value by value: both
must leave every candidate and every count (which vetoes and penalties read) as they were.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers.presidio_engine import PRESIDIO_ENTITIES
from classifiers.values import CHECKABLE, ValueSettings, ValueSignal, _candidates, _engine

from .test_matching import VALUES

ENGINE = _engine(ValueSettings())


def _sources() -> dict[str, list[Callable[[str], object]]]:
    """Per analyzer entity, its prefilters as written: regexes, or a recognizer's may_match."""
    out: dict[str, list[Callable[[str], object]]] = defaultdict(list)
    for name, spec in PRESIDIO_ENTITIES.items():
        if name in ENGINE.prefilter:
            out[name].append(re.compile(spec.prefilter).search)
    for recognizer in ENGINE.analyzer.registry.recognizers:
        if getattr(recognizer, "PREFILTER", ""):
            out[recognizer.ENTITY].append(recognizer.may_match)
    return out


SOURCES = _sources()


def _counted(probe: list[str]) -> tuple[list[str], dict[str, int]]:
    """The candidates and counts, every prefilter asked value by value as written."""
    need = ValueSignal.CANDIDATE_SHARE * len(probe)
    candidates, passing = [], defaultdict(int)
    for analyzer_entity, tests in ENGINE.prefilter.items():
        entity = ENGINE.entity[analyzer_entity]
        if tests is None:
            candidates.append(analyzer_entity)
            passing[entity] = len(probe)
            continue
        count, left = 0, len(probe)
        for value in probe:
            if count >= need or (entity not in CHECKABLE and count + left < need):
                break
            left -= 1
            count += any(test(value) for test in SOURCES[analyzer_entity])
        passing[entity] = max(passing[entity], count)
        if count >= need:
            candidates.append(analyzer_entity)
    return candidates, dict(passing)


_ALPHABET = "0123456789abcdefxyzABCXYZ@._-:/$*#()+, \n\u00e9"
#: A column's probe: known values and made-up texts, 3 to 20 distinct.
_PROBES = st.lists(
    st.one_of(st.sampled_from(VALUES), st.text(alphabet=_ALPHABET, min_size=1, max_size=40)),
    min_size=3,
    max_size=20,
    unique=True,
)


@settings(max_examples=300, deadline=None)
@given(_PROBES)
def test_candidates_and_counts_are_those_of_each_prefilter_asked_value_by_value(
    probe: list[str],
) -> None:
    candidates, passing = _candidates(ENGINE, probe)
    assert (candidates, dict(passing)) == _counted(probe)


def test_columns_of_one_kind_each_keep_their_candidates() -> None:
    """Probes of one kind of value (where most prefilters accept all or none)."""
    for start in range(0, 26):
        probe = list(dict.fromkeys(VALUES[start::26]))[:20]
        candidates, passing = _candidates(ENGINE, probe)
        assert (candidates, dict(passing)) == _counted(probe)


#: Pieces of made-up addresses: numbers, street and unit words, PO boxes, newlines, hex.
_STREETISH = ("12", "7b", " ", "\n", "-", "Elm", "Ave", "ave.", "str", "Ringstraße", "rue", "Bd",
              "bd", "b.p", "PO Box", "Apt", "suite", "fl", "x", "ab12", "c0ffee", "_", "2024-05",
              "Par\u212a", "\u017ftr", "4.50")  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet="0123456789abcdefABCDEF", min_size=1, max_size=40),
            st.sampled_from(VALUES),
            st.text(alphabet="0123456789abcdef St.\n", min_size=1, max_size=30),
            st.lists(st.sampled_from(_STREETISH), min_size=1, max_size=6).map("".join),
        ),
        min_size=1,
        max_size=20,
    )
)
def test_may_match_any_is_may_match_of_each(values: list[str]) -> None:
    """A recognizer's test of several values at once (the street's: a column of hex digests
    told by one pass) answers as its test of each value."""
    for recognizer in ENGINE.analyzer.registry.recognizers:
        if getattr(recognizer, "PREFILTER", ""):
            expected = any(recognizer.may_match(v) for v in values)
            assert recognizer.may_match_any(values) == expected, recognizer.name


#: The phone prefilter as first written: a run of seven digits with separators, found by
#: backtracking from the end of the first line.
_PHONE_AS_WRITTEN = re.compile(
    r"^(?!\s*(?:(?:0|[1-9]\d{0,2})\.\d{1,3}|0\d{1,2}\.\d{1,2})(?:\.\d{1,3}){2}\s*$)"
    r".*\d(?:[\s().+/-]*\d){6,}"
)


@settings(max_examples=1000, deadline=None)
@given(
    st.one_of(
        st.text(alphabet="0123456789 ().+/-.\n\tabx", max_size=40),
        st.text(alphabet="0123456789abcdef", min_size=32, max_size=32),
        st.sampled_from(VALUES),
        st.text(max_size=20),
    )
)
def test_the_phone_prefilter_accepts_the_values_it_accepted_as_written(value: str) -> None:
    """Written out digit by digit and tried from the line's start, the same values pass."""
    written = re.compile(PRESIDIO_ENTITIES["PHONE_NUMBER"].prefilter)
    assert bool(written.search(value)) == bool(_PHONE_AS_WRITTEN.search(value))


@settings(max_examples=300, deadline=None)
@given(
    _PROBES,
    st.randoms(use_true_random=False),
)
def test_a_plan_kept_for_a_summary_serves_every_probe_with_that_summary(
    probe: list[str], rng: Any
) -> None:
    """What to ask is kept per probe's summary (its characters and lengths): a probe of the same
    characters and lengths in other values (each value's characters shuffled) gets the
    candidates and counts of each prefilter asked value by value, whichever came first."""
    other = ["".join(rng.sample(v, len(v))) for v in probe]
    for first, second in ((probe, other), (other, probe)):
        ENGINE.plans.clear()
        _candidates(ENGINE, first)
        candidates, passing = _candidates(ENGINE, second)
        assert (candidates, dict(passing)) == _counted(second)


def test_a_second_column_of_digests_is_not_screened_again(monkeypatch: Any) -> None:
    """The prefilters' ways are read once for columns of one summary (hex digests of 32)."""
    import classifiers.values as values

    digests = [f"{n * 7919:032x}" for n in range(1, 21)]
    others = [f"{n * 104729:032x}" for n in range(1, 21)]
    assert values.summary(digests) == values.summary(others)
    ENGINE.plans.clear()
    _candidates(ENGINE, digests)
    planned: list[object] = []
    plan = values._plan
    monkeypatch.setattr(values, "_plan", lambda *a: planned.append(a) or plan(*a))
    candidates, passing = _candidates(ENGINE, others)
    assert planned == []
    assert (candidates, dict(passing)) == _counted(others)
