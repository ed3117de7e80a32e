"""The access review workbook (``piimap access-review SNAPSHOT --out review.xlsx``): one row per
principal that may read personal data, with ``decision`` (keep or revoke), ``reviewer`` and
``comment`` for the reviewer to fill in, and a first sheet naming the snapshot it was made from
(its sha256) and how to fill it in. :func:`read_review` reads a filled one back
(docs/access.md, "The quarterly review").

The workbook holds what ``tables/access.csv`` holds (no password, hash, key or token: only a
credential's kind and age) and nothing a reviewer could not show an auditor.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path
from typing import Any

from lineage.core.model import Snapshot
from lineage.core.review import (
    DECISIONS,
    ReviewedPrincipal,
    ReviewError,
    ReviewSheet,
    snapshot_sha256,
)
from lineage.graph.access import reaches
from lineage.graph.estate import EstateGraph

from .access import access_frame, age_days

ABOUT_SHEET = "About this review"
ROWS_SHEET = "Principals"
#: The columns of the Principals sheet; the last three are the reviewer's.
REVIEW_COLUMNS = [
    "system",
    "principal",
    "kind",
    "privileged",
    "privileged_reason",
    "status",
    "last_login",
    "credential",
    "credential_age_days",
    "can_read",
    "datasets",
    "evidence",
    "decision",
    "reviewer",
    "comment",
]
REVIEWER_COLUMNS = ("decision", "reviewer", "comment")
#: The labels of the About sheet that :func:`read_review` reads back.
SNAPSHOT_SHA256 = "Snapshot sha256"
SCANNED_AT = "Scanned at"
SNAPSHOT_PATH = "Snapshot"
HOW_TO = (
    "How to fill it in:",
    "1. On the Principals sheet, decide every row: 'keep' (the access is needed) or 'revoke' "
    "(remove it). The decision cell offers the two.",
    "2. Name yourself in 'reviewer' on every row you decide; say why in 'comment' where it helps "
    "(a ticket, the owner asked, a break-glass account).",
    "3. Change nothing else: rows, principals and this sheet identify the snapshot reviewed.",
    "4. Record it: piimap access-review --accept review.xlsx --baseline piimap-baseline.json",
    "Next quarter, piimap check --baseline fails on access that changed since this review, and on "
    "every 'revoke' still in place.",
)
_MAX_CELL = 32_000
#: Column widths in characters (others: 12); long texts wrap.
_WIDTHS = {
    "principal": 22,
    "privileged_reason": 40,
    "last_login": 20,
    "credential": 18,
    "can_read": 28,
    "datasets": 28,
    "evidence": 60,
    "decision": 10,
    "reviewer": 16,
    "comment": 30,
}
#: Most lines a row grows to in the sheet (the cell keeps the whole text).
_MAX_LINES = 10


def review_rows(estate: EstateGraph | Snapshot) -> list[dict[str, Any]]:
    """The rows of a review: every principal that may read personal data, and every privileged
    one (a role that only exports reports, an account that administers users: SOC 2 CC6.2/6.3
    ask for them whatever they read), as access.csv shows them, with the reviewer's columns
    empty. A privileged principal the review did not see fails the next check."""
    estate = EstateGraph.of(estate)
    found = reaches(estate)
    by_key = {(p.system, p.name): p for p in estate.snapshot.principals}
    rows = []
    for row in access_frame(estate).to_dict("records"):
        p = by_key[(row["system"], row["principal"])]
        if not found.get(p.id) and not p.privileged:
            continue
        age = age_days(p.credential.changed, estate.snapshot.scanned_at)
        why = f"privileged: {p.privileged_reason}"
        evidence = str(row["evidence"])  # without the reason: it has a column of its own
        if p.privileged and evidence.startswith(why):
            evidence = evidence[len(why) :].removeprefix(" | ")
        rows.append(
            {
                **{c: row.get(c, "") for c in REVIEW_COLUMNS},
                "privileged_reason": p.privileged_reason,
                "evidence": evidence,
                "credential": p.credential.kind,
                "credential_age_days": "" if age is None else age,
                **dict.fromkeys(REVIEWER_COLUMNS, ""),
            }
        )
    return rows


def write_review(
    estate: EstateGraph | Snapshot, out: str | os.PathLike[str], *, source: str = ""
) -> int:
    """Write the review workbook of ``estate`` to ``out`` (``source``: where its snapshot is,
    recorded for ``--accept``); returns the number of principals to review."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from lineage.core import dates

    estate = EstateGraph.of(estate)
    snapshot = estate.snapshot
    rows = review_rows(estate)
    wb = Workbook()
    about = wb.active
    about.title = ABOUT_SHEET
    bold = Font(bold=True)
    about.append(["piimap access review"])
    about["A1"].font = Font(bold=True, size=14)
    for label, value in (
        (SNAPSHOT_SHA256, snapshot_sha256(snapshot)),
        (SCANNED_AT, snapshot.scanned_at),
        (SNAPSHOT_PATH, source),
        ("piimap version", snapshot.piimap_version),
        ("Written at", dates.now()),
        ("Principals to review", len(rows)),
        ("Systems", ", ".join(sorted({r["system"] for r in rows}))),
    ):
        about.append([label, value])
        about.cell(about.max_row, 1).font = bold
        about.cell(about.max_row, 2).alignment = Alignment(horizontal="left")
    about.append([])
    for line in HOW_TO:
        about.append([line])
        row = about.max_row
        about.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        about.cell(row, 1).alignment = Alignment(wrap_text=True, vertical="top")
        about.row_dimensions[row].height = 15 * (1 + len(line) // 95)
    about.column_dimensions["A"].width = 24
    about.column_dimensions["B"].width = 72

    ws = wb.create_sheet(ROWS_SHEET)
    ws.append(REVIEW_COLUMNS)
    to_fill = PatternFill("solid", fgColor="FFF2CC")
    for c, name in enumerate(REVIEW_COLUMNS, start=1):
        cell = ws.cell(1, c)
        cell.font = bold
        if name in REVIEWER_COLUMNS:
            cell.fill = to_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(c)].width = _WIDTHS.get(name, 12)
    top = Alignment(vertical="top", wrap_text=True)
    for row in rows:
        ws.append([_cell(row[c]) for c in REVIEW_COLUMNS])
        for cell in ws[ws.max_row]:
            cell.alignment = top
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # data, never a formula
        lines = max(  # words wrap: a line holds about 4/5 of the column's width
            -(-len(str(row[c])) * 5 // (4 * _WIDTHS.get(c, 12)))
            for c in REVIEW_COLUMNS
            if row[c] != ""
        )
        ws.row_dimensions[ws.max_row].height = 15 * min(max(lines, 1), _MAX_LINES)
    last = len(rows) + 1
    letter = {name: get_column_letter(i) for i, name in enumerate(REVIEW_COLUMNS, start=1)}
    choice = DataValidation(
        type="list",
        formula1='"' + ",".join(DECISIONS) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="keep or revoke",
        error="Choose keep (the access is needed) or revoke (remove it).",
    )
    ws.add_data_validation(choice)
    if rows:
        choice.add(f"{letter['decision']}2:{letter['decision']}{last}")
        for name in REVIEWER_COLUMNS:
            for r in range(2, last + 1):
                ws[f"{letter[name]}{r}"].fill = to_fill
    ws.freeze_panes = "C2"
    for sheet in (about, ws):  # printed, each sheet is one page wide: evidence on paper
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    ws.print_title_rows = "1:1"
    ws.auto_filter.ref = f"A1:{letter[REVIEW_COLUMNS[-1]]}{last}"
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(out).with_name(Path(out).name + ".tmp")
    wb.save(tmp)
    tmp.replace(out)
    return len(rows)


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return ILLEGAL_CHARACTERS_RE.sub("", value)[:_MAX_CELL]
    return value


def read_review(path: str | os.PathLike[str]) -> ReviewSheet:
    """A filled review workbook as written by :func:`write_review`. Raises ReviewError, one
    line naming the file and what is wrong, when it is not one. Whether it is complete is
    :func:`lineage.ci.review.validate`'s question."""
    from openpyxl import load_workbook

    path = Path(path)
    if not path.is_file():
        raise ReviewError(f"{path}: no such file.")
    if not zipfile.is_zipfile(path):
        raise ReviewError(f"{path}: not an Excel workbook (.xlsx).")
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise ReviewError(
            f"{path}: not a readable Excel workbook ({type(exc).__name__})."
        ) from None
    try:
        for sheet in (ABOUT_SHEET, ROWS_SHEET):
            if sheet not in wb.sheetnames:
                raise ReviewError(
                    f"{path}: no {sheet!r} sheet; not a piimap access review "
                    "(write one with piimap access-review SNAPSHOT --out FILE)."
                )
        about = {
            str(r[0]).strip(): "" if len(r) < 2 or r[1] is None else str(r[1]).strip()
            for r in wb[ABOUT_SHEET].iter_rows(values_only=True)
            if r and r[0] is not None
        }
        sha = about.get(SNAPSHOT_SHA256, "")
        if len(sha) != 64:
            raise ReviewError(
                f"{path}: the {ABOUT_SHEET!r} sheet has no {SNAPSHOT_SHA256!r}; write the review "
                "again with piimap access-review."
            )
        lines = wb[ROWS_SHEET].iter_rows(values_only=True)
        header = [str(v).strip() if v is not None else "" for v in next(lines, ())]
        missing = [c for c in REVIEW_COLUMNS if c not in header]
        if missing:
            raise ReviewError(f"{path}: the {ROWS_SHEET!r} sheet has no column {missing[0]!r}.")
        at = {name: header.index(name) for name in REVIEW_COLUMNS}
        rows, numbers = [], []
        for n, values in enumerate(lines, start=2):
            cell = {
                name: "" if i >= len(values) or values[i] is None else str(values[i]).strip()
                for name, i in at.items()
            }
            if not any(cell.values()):
                continue
            rows.append(
                ReviewedPrincipal(
                    system=cell["system"],
                    principal=cell["principal"],
                    kind=cell["kind"],
                    privileged=cell["privileged"] == "yes",
                    decision=cell["decision"].lower(),
                    reviewer=cell["reviewer"],
                    comment=cell["comment"],
                )
            )
            numbers.append(n)
    finally:
        wb.close()
    return ReviewSheet(
        snapshot_sha256=sha,
        snapshot_scanned_at=about.get(SCANNED_AT, ""),
        snapshot_path=about.get(SNAPSHOT_PATH, ""),
        rows=tuple(rows),
        row_numbers=tuple(numbers),
    )


def file_sha256(path: str | os.PathLike[str]) -> str:
    """The sha256 of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
