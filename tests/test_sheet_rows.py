"""piimap.xlsx's rows are written as XML by piimap (``lineage/export/sheet_rows.py``) instead of
a cell object per value through openpyxl: the workbook must be the one openpyxl writes, byte for
byte, on the demo and on any table of the values a table holds."""

from __future__ import annotations

import contextlib
import datetime
import io
from decimal import Decimal
from typing import Any

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lineage.core.model import Snapshot
from lineage.export import sheet_rows, tables

pytestmark = pytest.mark.skipif(not sheet_rows.AVAILABLE, reason="rows go through openpyxl")
SNAPSHOT = Snapshot("2026-01-01T00:00:00Z", "0.1.0")


def _both(frames: dict[str, pd.DataFrame]) -> tuple[Any, Any]:
    """The workbook's bytes (or the exception) written by piimap's rows, then by openpyxl's."""
    made = []
    for fast in (True, False):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(sheet_rows, "AVAILABLE", fast)
            try:
                made.append(tables.workbook_bytes(frames, SNAPSHOT))
            except Exception as exc:  # the same failure either way
                made.append(type(exc))
    return made[0], made[1]


def _frames(**columns: list[Any]) -> dict[str, pd.DataFrame]:
    frames = {name: pd.DataFrame() for name, _, _ in tables.TABLES}
    frames["pii_fields"] = pd.DataFrame(columns)
    return frames


def test_the_demo_workbook_is_what_openpyxl_writes(demo_snapshot: Snapshot, tmp_path: Any) -> None:
    frames = {name: tables.table(demo_snapshot, name) for name, _, _ in tables.TABLES}
    frames["controls"] = tables.controls_in(demo_snapshot, tmp_path)
    fast, slow = _both(frames)
    assert fast == slow
    rows = openpyxl.load_workbook(io.BytesIO(fast))["PII inventory"].max_row
    assert rows == len(frames["pii_fields"]) + 1 > 10


_awkward = st.sampled_from(
    ["", " ", " x", "x ", "=1+1", "=", "#N/A", "#REF!", "a&b<c>d", "]]>", "x\r\ny", "\t", "\u00a0",
     "é", "\u2028", "😀", "\x85", "\x7f", "\x00\x01", "\ud800", "\ufffe", "a" * 70, "a\n" * 40]
)  # fmt: skip
_text = st.text(st.characters(), max_size=90) | _awkward
_values = (
    _text
    | st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()
    | st.sampled_from([-0.0, 1e300, 2**53 + 1.0, float("inf"), float("nan")])
    | st.sampled_from([datetime.date(2026, 1, 2), Decimal("1.5"), 10**400])
)


# openpyxl leaves its sheet's writer broken when a value fails (a character XML cannot hold)
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(_values, min_size=3, max_size=3), max_size=6), data=st.data())
def test_any_table_is_written_as_openpyxl_writes_it(
    rows: list[list[Any]], data: st.DataObject
) -> None:
    columns = list(zip(*rows, strict=True)) or [(), (), ()]
    frame = {f"c{i}": list(values) for i, values in enumerate(columns)}
    typed = data.draw(st.sampled_from([None, "str", "float64"]))
    frames = _frames(**frame)
    if typed and rows:  # the column types the tables have (text, numbers), not only objects
        with contextlib.suppress(TypeError, ValueError, OverflowError):
            frames["pii_fields"]["c0"] = frames["pii_fields"]["c0"].astype(typed)
    fast, slow = _both(frames)
    assert fast == slow


def test_wrapped_columns_and_gaps_in_them_are_written_as_openpyxl_writes_them() -> None:
    long = "a sentence long enough to be wrapped in its column, " * 3
    frames = _frames(a=[long, None, "short"], b=[1, None, 2.5], c=[None, long, "=x"])
    fast, slow = _both(frames)
    assert fast == slow
    sheet = openpyxl.load_workbook(io.BytesIO(fast))["PII inventory"]
    assert sheet["A2"].alignment.wrap_text and sheet["C3"].alignment.wrap_text
    assert sheet["C4"].value == "=x" and sheet["C4"].data_type == "s"
