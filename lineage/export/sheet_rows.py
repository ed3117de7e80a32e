"""The rows of a write-only openpyxl sheet as the XML openpyxl writes for them, without a cell
object per value: a workbook of 40,000 fields has 200,000 cells, and openpyxl's own path (a cell
bound, styled and written element by element through lxml, for each) was most of its time.

Only what openpyxl writes in one known way is written here: text, numbers and booleans, plain
or in the sheet's wrapped style, and empty cells. Anything else (a date, an error code such as
``#N/A``, a character XML cannot hold, a number too large for a float) is written by openpyxl's
own cell writer, one cell at a time, so the bytes are openpyxl's either way.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from copy import copy
from typing import Any

from openpyxl import LXML
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell._writer import write_cell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.xml.functions import xmlfile

#: The XML is openpyxl's as lxml writes it (ASCII, character references for the rest); without
#: lxml openpyxl writes other bytes, and the rows go through openpyxl.
AVAILABLE = LXML
#: What XML cannot hold (lxml refuses it): such text goes to openpyxl, which raises as before.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
_INT_RANGE = range(-(2**63), 2**63)
_ERRORS = frozenset(ERROR_CODES)
_END = b"</sheetData>"


def rows_xml(
    ws: WriteOnlyWorksheet,
    rows: Iterable[Iterable[Any]],
    width: int,
    wrap: WriteOnlyCell,
    wrapped: set[int],
) -> Iterator[str]:
    """The XML of ``rows`` (values after the header row, ``width`` of them a row: str, int,
    float, bool or None) as ``ws.append`` writes the cells the tables' workbook makes of them:
    a value in a ``wrapped`` column (0-based) as a cell with ``wrap``'s style, None elsewhere
    as no cell. Non-ASCII characters are left as they are; :func:`splice_rows` writes them as
    character references, as lxml does."""
    letters = [get_column_letter(c) for c in range(1, width + 1)]
    wrap_style = ""  # ' s="N"' once the style is registered, as openpyxl does at its first use
    for r, row in enumerate(rows, start=2):
        number = str(r)
        parts = [f'<row r="{number}">']
        for c, value in enumerate(row):
            style = ""
            if c in wrapped:
                if not wrap_style:
                    wrap_style = f' s="{_copy(wrap, ws, None).style_id}"'
                style = wrap_style
            cls = type(value)
            ref = letters[c] + number
            if cls is str:
                if value in _ERRORS or (not value.isascii() and _NOT_XML.search(value)):
                    parts.append(_by_openpyxl(ws, wrap if style else None, value, r, c))
                elif value:
                    text = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    text = text.replace("\r", "&#13;")
                    space = ' xml:space="preserve"' if value != value.strip() else ""
                    parts.append(
                        f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>'
                    )
                else:
                    parts.append(f'<c r="{ref}"{style} t="inlineStr"></c>')
            elif value is None:
                if style:
                    parts.append(f'<c r="{ref}"{style} t="n"></c>')
            elif cls is bool:
                parts.append(f'<c r="{ref}"{style} t="b"><v>{1 if value else 0}</v></c>')
            elif (cls is int and value in _INT_RANGE) or (
                cls is float and value - value == 0.0  # finite
            ):
                digits = "%.16g" % value  # noqa: UP031 - openpyxl's own (compat.safe_string)
                parts.append(f'<c r="{ref}"{style} t="n"><v>{digits}</v></c>')
            else:
                parts.append(_by_openpyxl(ws, wrap if style else None, value, r, c))
        parts.append("</row>")
        yield "".join(parts)


def splice_rows(ws: WriteOnlyWorksheet, rows: Iterable[str]) -> None:
    """Close ``ws`` (openpyxl writes its file: the rows appended so far, then what follows
    them) and put ``rows`` after the rows it wrote, in that file."""
    ws.close()
    path = ws._writer.out
    with open(path, "rb") as sheet:
        head, end, tail = sheet.read().rpartition(_END)
    with open(path, "wb") as sheet:
        sheet.write(head)
        batch: list[str] = []
        for row in rows:
            batch.append(row)
            if len(batch) == 500:
                sheet.write("".join(batch).encode("ascii", "xmlcharrefreplace"))
                batch.clear()
        sheet.write("".join(batch).encode("ascii", "xmlcharrefreplace"))
        sheet.write(end + tail)


def _copy(wrap: WriteOnlyCell, ws: WriteOnlyWorksheet, value: Any) -> WriteOnlyCell:
    """A cell of ``value`` in ``wrap``'s style, as openpyxl copies a style (no re-hashing)."""
    cell = WriteOnlyCell(ws, value)
    cell._style = copy(wrap._style)
    return cell


def _by_openpyxl(
    ws: WriteOnlyWorksheet, wrap: WriteOnlyCell | None, value: Any, r: int, c: int
) -> str:
    """One cell as openpyxl writes it (as the tables' workbook makes it: text starting with
    ``=`` is text, not a formula)."""
    cell = WriteOnlyCell(ws, value) if wrap is None else _copy(wrap, ws, value)
    if cell.data_type == "f":
        cell.data_type = "s"
    cell.row, cell.column = r, c + 1
    buffer = io.BytesIO()
    with xmlfile(buffer) as xf:
        write_cell(xf, ws, cell, cell.has_style)
    return buffer.getvalue().decode("ascii")
