"""The table files' text (tables/*.json, *.md) and the rows the workbook and report.html read are
written from each column's values at once rather than cell by cell through pandas, and the
JSON records without ``json``'s indenting encoder: the text must be what it was, byte for byte,
for any values a table holds."""

from __future__ import annotations

import contextlib
import datetime
import json
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lineage.export import tables


def _records_before(frame: pd.DataFrame) -> str:
    """tables/NAME.json as it was written: json.dumps of each row's dict."""
    columns = list(frame.columns)
    records = [
        {c: tables._plain(v) for c, v in zip(columns, row, strict=True)}
        for row in frame.itertuples(index=False)
    ]
    return json.dumps(records, indent=2, ensure_ascii=False) + "\n"


def _plain_rows(rows: Any) -> list[list[tuple[type, Any]]]:
    """Each row's values as the table files, workbook and report read them (their type too)."""
    return [[(type(p), repr(p)) for p in map(tables._plain, row)] for row in rows]


_values = (
    st.text(max_size=12)
    | st.sampled_from(['"quoted"', "back\\slash", "line\nbreak", "tab\t", "é😀", "\x00\x1f", "|"])
    | st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from([[1, "a"], {"k": None}, datetime.date(2026, 1, 2), np.int64(7)])
)
_names = st.sampled_from(["system", "field", "conf idence", "é", '"q"', "", 1, "system"])


@settings(max_examples=300, deadline=None)
@given(
    columns=st.lists(_names, max_size=4),
    rows=st.integers(min_value=0, max_value=4),
    data=st.data(),
)
def test_any_table_is_written_as_before(columns: list[Any], rows: int, data: st.DataObject) -> None:
    values = [[data.draw(_values) for _ in columns] for _ in range(rows)]
    frame = pd.DataFrame(values, columns=columns) if columns else pd.DataFrame(index=range(rows))
    for c in range(len(columns)):  # the column types the tables have, when the values allow
        kind = data.draw(st.sampled_from([None, "str", "float64", "int64"]))
        with contextlib.suppress(TypeError, ValueError, OverflowError):
            frame.isetitem(c, frame.iloc[:, c].astype(kind)) if kind else None
    assert _plain_rows(tables.frame_rows(frame)) == _plain_rows(frame.itertuples(index=False))
    assert _outcome(tables.json_records, frame) == _outcome(_records_before, frame)


def _outcome(write: Any, frame: pd.DataFrame) -> str:
    """The text written, or the error (a date is no JSON, before as now)."""
    try:
        return str(write(frame))
    except TypeError as error:
        return f"error: {error}"


@pytest.mark.parametrize("name", [name for name, _, _ in tables.TABLES])
def test_the_demo_tables_are_written_as_before(demo_snapshot: Any, name: str) -> None:
    frame = tables.table(demo_snapshot, name)
    assert tables.json_records(frame) == _records_before(frame)
    assert _plain_rows(tables.frame_rows(frame)) == _plain_rows(frame.itertuples(index=False))
