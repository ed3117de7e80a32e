"""Shortcuts of the value signal's per-column driver answer as what they replace: the sampled
values stripped in C when all are strings, a column told in one search to hold no document,
the vetoes and penalties of the entities whose prefilters reject the values read in order."""

from __future__ import annotations

from collections import Counter
from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from classifiers.doc_readers import _DOC_TYPE, MAX_DOCS, document_kind, is_binary, kind_of
from classifiers.values import CHECKABLE, ValueSignal, _disagreements, _texts


class _Tagged(str):
    """A string whose ``str()`` is not itself (as a driver's own string type could be)."""

    def __str__(self) -> str:
        return f"<{super().__str__()}>"


_PIECES = ("", " ", "\n", "\t", "a:2:{", 'O:3:"Foo":1:{', "{", '"k": 1}', "[", "]", ",", "<",
           "</b>", "/>", "<?xml", "ada", "O", "x", "1", "\u00a0", "\u2003")  # fmt: skip
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=6).map("".join)
#: Documents of each kind, after any leading whitespace (which the reader strips).
_DOCUMENT = st.builds(
    str.__add__,
    st.sampled_from(["", " ", "\n", "\t ", "\u00a0"]),
    st.sampled_from(['{"a": 1}', "[1, 2]", "<b>x</b>", 'a:1:{i:0;s:1:"x";}', "<?xml?><r/>"]),
)
_SAMPLE = st.one_of(
    _DOCUMENT,
    _TEXT,
    _TEXT.map(_Tagged),
    _TEXT.map(str.encode),
    st.integers(),
    st.floats(allow_nan=False),
    st.none(),
)


def _texts_one_by_one(samples: Any) -> list[str]:
    return [str(v).strip() for v in samples if not isinstance(v, bytes) and str(v).strip()]


def _document_kind_counted(data_type: str, samples: Any) -> str | None:
    t = data_type.strip().lower()
    if _DOC_TYPE.search(t):
        return "XML" if t.startswith("xml") else "JSON"
    if is_binary(t):
        return None
    kinds = Counter(kind_of(v) for v in samples[:MAX_DOCS] if not isinstance(v, bytes))
    total = sum(kinds.values())
    if total < 2:
        return None
    return next((k for k in ("JSON", "XML", "PHP") if kinds[k] * 2 > total), None)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.lists(_TEXT, max_size=30), st.lists(_SAMPLE, max_size=30)))
def test_values_stripped_in_c_are_those_stripped_one_by_one(samples: list[Any]) -> None:
    assert _texts(tuple(samples)) == _texts_one_by_one(samples)


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.lists(_TEXT, max_size=25),
        st.lists(_SAMPLE, max_size=25),
        st.lists(st.one_of(_DOCUMENT, _TEXT), min_size=2, max_size=6),
    ),
    st.sampled_from(["text", "varchar(255)", "bytea", "jsonb", "xml"]),
)
def test_a_column_told_in_one_search_has_the_kind_of_its_values_counted(
    samples: list[Any], data_type: str
) -> None:
    assert document_kind(data_type, tuple(samples)) == _document_kind_counted(data_type, samples)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(sorted(CHECKABLE | {"IBAN_CODE", "GENDER", "USERNAME"})),
        st.integers(min_value=0, max_value=20),
    ),
    st.integers(min_value=1, max_value=20),
)
def test_disagreements_are_those_of_each_entity_counted_in_order(
    passing: dict[str, int], probed: int
) -> None:
    expected = [
        (entity, count)
        for entity, count in sorted(passing.items())
        if entity in CHECKABLE and count < ValueSignal.CANDIDATE_SHARE * probed
    ]
    hits = _disagreements(passing, probed)
    assert [h.entity for h in hits] == [e for e, _ in expected]
    assert [h.veto for h in hits] == [c == 0 for _, c in expected]


def _tally_screening_every_chunk(values: list[str], candidates: list[str]) -> Any:
    """_analyse with every chunk screened afresh (no memory of the steps let through)."""
    from classifiers import values as v

    engine = v._engine(v.ValueSettings())
    live = v._live
    try:
        v._live = lambda steps, fresh, passed=None: live(steps, fresh)  # type: ignore[assignment]
        engine._seen.clear()
        return v._analyse(engine, values, candidates, False)
    finally:
        v._live = live
        engine._seen.clear()


_MIXED = st.one_of(
    st.from_regex(r"[0-9a-f]{32}", fullmatch=True),
    st.from_regex(r"[a-z]{2,8}[0-9]{0,3}", fullmatch=True),
    st.from_regex(r"\+?[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}", fullmatch=True),
    st.from_regex(r"[a-z]{1,6}@[a-z]{2,6}\.(?:com|org)", fullmatch=True),
    st.text(alphabet="0123456789abcdef-:$. ", min_size=1, max_size=40),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_MIXED, min_size=3, max_size=60, unique=True))
def test_a_step_let_through_once_per_column_counts_what_a_screen_of_every_chunk_counts(
    values: list[str],
) -> None:
    """A step whose screen let one chunk of a column through is asked the column's later chunks
    without its screen: the tally (counts, examples, values analysed) is the same."""
    from classifiers import values as v

    engine = v._engine(v.ValueSettings())
    candidates, _ = v._candidates(engine, values[: ValueSignal.PROBE])
    assume(candidates)  # a column with no candidate entity is never analysed
    engine._seen.clear()
    tally = v._analyse(engine, values, candidates, False)
    engine._seen.clear()
    assert tally == _tally_screening_every_chunk(values, candidates)


def test_a_screen_that_let_a_chunk_through_is_not_asked_again_in_that_column() -> None:
    from classifiers import values as v

    engine = v._engine(v.ValueSettings())
    steps = engine.steps(("PASSWORD_HASH", "USERNAME"))
    screened: list[str] = []
    passed: set[str] = set()
    wrapped = [
        v._Step(s.recognizer, s.name, s.needs_name, s.entity, s.find, _spy(s, screened))
        for s in steps
    ]
    digests = [f"{n * 7919:032x}" for n in range(1, 21)]
    first = v._live(wrapped, digests[:10], passed)
    second = v._live(wrapped, digests[10:], passed)
    assert [s.name for s in first] == [s.name for s in second]
    assert "UsernameRecognizer" in passed and "UsernameRecognizer" in {s.name for s in first}
    assert screened.count("UsernameRecognizer") == 1  # the first chunk only
    assert screened.count("PasswordHashRecognizer") == 2  # dropped: screened each time


def _spy(step: Any, screened: list[str]) -> Any:
    if step.screen is None:
        return None

    def screen(chunk: Any) -> bool:
        screened.append(step.name)
        return bool(step.screen(chunk))

    return screen
