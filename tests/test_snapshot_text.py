"""snapshot.json's text is json.dumps(..., sort_keys=True, indent=1) of the snapshot, byte for byte,
however it is written: a diff, a signature or a bundle's digest of it would change otherwise.

The writer encodes the dataclasses directly (json's indenting encoder is pure Python); these
tests hold it to the standard library's output on the demo estate's snapshot and on any
JSON-like value hypothesis draws (unicode, control characters, floats with NaN and infinities,
empty containers, enums).
"""

from __future__ import annotations

import json
import math
from enum import Enum, IntEnum
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from lineage.core import snapshot as snapshot_io
from lineage.core.model import Control, EntityHit, Fact, Status


def _reference(value: Any, newline: str = "\n") -> str:
    return snapshot_io._json(snapshot_io._plain(value)).replace("\n", newline)


def test_the_demo_snapshot_is_the_standard_librarys_text(demo_snapshot: Any) -> None:
    expected = (
        json.dumps(snapshot_io.to_dict(demo_snapshot), sort_keys=True, indent=1, ensure_ascii=False)
        + "\n"
    )
    assert snapshot_io.dumps(demo_snapshot) == expected


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=400, deadline=None)
@given(JSON, st.sampled_from(["\n", "\n ", "\n  "]))
def test_any_json_value_is_written_as_json_writes_it(value: Any, newline: str) -> None:
    assert snapshot_io._indented(value, newline) == _reference(value, newline)


class Colour(Enum):
    RED = "red"


class Level(IntEnum):
    HIGH = 3
    ONE = 1


class Ratio(float, Enum):
    ONE = 1.0  # equal to Level.ONE, written otherwise


@given(st.floats(allow_nan=True, allow_infinity=True), st.text())
def test_dataclasses_enums_and_odd_keys_too(score: float, text: str) -> None:
    values = [
        EntityHit("EMAIL_ADDRESS", score, ("values",), text),
        Fact("tls", text, text),
        Control(Status.OK, ("evidence", text)),
        {"b": Status.GAP, "a": [Level.HIGH, Colour.RED.value, math.pi]},
        [Level.ONE, Ratio.ONE, Level.ONE, Ratio.ONE, Status.GAP],
        {1: "int key", 2: text},  # keys json turns into strings
        (),
        {},
    ]
    for value in values:
        assert _indented_or_error(value) == _reference_or_error(value)


def _indented_or_error(value: Any) -> str:
    try:
        return snapshot_io._indented(value, "\n ")
    except (TypeError, ValueError) as error:
        return f"error: {type(error).__name__}"


def _reference_or_error(value: Any) -> str:
    try:
        return _reference(value, "\n ")
    except (TypeError, ValueError) as error:
        return f"error: {type(error).__name__}"
