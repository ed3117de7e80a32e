"""Tables of a snapshot as pandas DataFrames, and their files under ``tables/``: each as CSV,
Markdown and JSON, and all of them in one workbook, ``piimap.xlsx`` (docs/tables.md)."""

from __future__ import annotations

import io
import json
import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from copy import copy
from pathlib import Path
from typing import IO, Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from classifiers.taxonomy import TAXONOMY, field_categories
from lineage.assess import gap_ids, sorted_gaps
from lineage.assess.controls import ControlRow, control_matrix, population_text
from lineage.core.model import Control, Field, Flow, Snapshot, Status
from lineage.core.snapshot import json_scalar
from lineage.graph.estate import EstateGraph

from .access import access_frame
from .bundle import file_digests
from .ropa import ccpa_frame, eea_status, is_third_party, ordered_entities, ropa_frame
from .stamped import save_stamped

#: pii_fields.csv starts with these columns (documented in docs/outputs.md).
PII_FIELD_COLUMNS = [
    "system",
    "dataset",
    "field",
    "entities",
    "confidence",
    "gdpr",
    "ccpa",
    "pci",
    "fides",
    "data_type",
    "at_rest",
    "signals",
    "explanation",
]


def pii_fields_frame(estate: EstateGraph | Snapshot) -> pd.DataFrame:
    """One row per field holding personal data; entities are ``;``-joined, strongest first.

    ``gdpr`` gives each GDPR regime of the field (``criminal;special`` in that order, or
    ``personal``), ``pci`` the strongest class, ``ccpa`` and ``fides`` each entity's,
    ``;``-joined in the entities' order (docs/taxonomy.md); a user's
    own entity (from a recognizer file) has no categories and adds nothing to them.
    """
    estate = EstateGraph.of(estate)
    rows = [
        {
            "system": f.system,
            "dataset": f.dataset,
            "field": f.name,
            "entities": ";".join(e.entity for e in f.entities),
            "confidence": f.confidence,
            **_categories(f, stored_with_pan=f.dataset_id in estate.with_pan),
            "data_type": f.data_type,
            "at_rest": f.at_rest.status.value,
            "signals": ";".join(sorted({s for e in f.entities for s in e.signals})),
            "explanation": " | ".join(f"{e.entity}: {e.explanation}" for e in f.entities),
        }
        for f in estate.snapshot.pii_fields()
    ]
    return pd.DataFrame(rows, columns=PII_FIELD_COLUMNS)


def _categories(f: Field, stored_with_pan: bool) -> dict[str, str]:
    known = [e.entity for e in f.entities if e.entity in TAXONOMY]
    if not known:  # only entities of a user's own recognizers
        return {"gdpr": "", "ccpa": "", "pci": "", "fides": ""}
    fc = field_categories(known, stored_with_pan=stored_with_pan)
    return {
        "gdpr": ";".join(fc.gdpr),
        "ccpa": ";".join(fc.ccpa),
        "pci": fc.pci,
        "fides": ";".join(fc.fides),
    }


FLOW_COLUMNS = [
    "flow",
    "kind",
    "source",
    "target",
    "entities",
    "transit",
    "transit_evidence",
    "auth",
    "retention",
    "retention_evidence",
    "schedule",
    "purpose",
    "column_links",
    "evidence",
]
GAP_COLUMNS = [
    "gap",
    "severity",
    "control",
    "related",
    "subject",
    "title",
    "evidence",
    "remediation",
]
STORE_COLUMNS = [
    "system",
    "dataset",
    "kind",
    "pii_fields",
    "rows",
    "at_rest",
    "at_rest_evidence",
    "audit",
    "audit_evidence",
    "retention_policy",
    "oldest_record",
    "retention",
    "retention_evidence",
]


def _evidence(control: Control) -> str:
    return " | ".join(control.evidence)


def flows_frame(estate: EstateGraph | Snapshot) -> pd.DataFrame:
    """One row per flow: what it carries, and its transit, authentication and retention status
    with the evidence that decided each."""
    rows = [
        {
            "flow": f.id,
            "kind": f.kind,
            "source": f.source,
            "target": f.target,
            "entities": ";".join(f.entities),
            "transit": f.transit.status.value,
            "transit_evidence": _evidence(f.transit),
            "auth": f.auth,
            "retention": f.retention.status.value,
            "retention_evidence": _evidence(f.retention),
            "schedule": f.schedule,
            "purpose": f.purpose,
            "column_links": len(f.columns),
            "evidence": " | ".join(f.evidence),
        }
        for f in EstateGraph.of(estate).snapshot.flows
    ]
    return pd.DataFrame(rows, columns=FLOW_COLUMNS)


def gaps_frame(estate: EstateGraph | Snapshot) -> pd.DataFrame:
    """One row per gap, most severe first; ``gap`` is its id (:func:`lineage.assess.gap_ids`),
    ``related`` lists the same finding's other control ids (``;``-joined)."""
    gaps = EstateGraph.of(estate).snapshot.gaps
    ids = gap_ids(gaps)
    rows = [
        {
            "gap": ids[g],
            "severity": g.severity,
            "control": g.control,
            "related": ";".join(g.related),
            "subject": g.subject,
            "title": g.title,
            "evidence": " | ".join(g.evidence),
            "remediation": g.remediation,
        }
        for g in sorted_gaps(gaps)
    ]
    return pd.DataFrame(rows, columns=GAP_COLUMNS)


def stores_frame(estate: EstateGraph | Snapshot) -> pd.DataFrame:
    """One row per dataset: how many personal-data fields it holds, and its at-rest, audit-trail
    and retention status with evidence (a dataset inherits its system's at-rest evidence)."""
    estate = EstateGraph.of(estate)
    rows = []
    for d in estate.snapshot.datasets:
        system = estate.systems.get(d.system)
        at_rest = d.at_rest if d.at_rest.evidence or system is None else system.at_rest
        rows.append(
            {
                "system": d.system,
                "dataset": d.name,
                "kind": d.kind,
                "pii_fields": len(estate.pii.get(d.id, ())),
                "rows": d.row_count,
                "at_rest": at_rest.status.value,
                "at_rest_evidence": _evidence(at_rest),
                "audit": d.audit.status.value,
                "audit_evidence": _evidence(d.audit),
                "retention_policy": d.retention_policy or "",
                "oldest_record": d.oldest_record or "",
                "retention": d.retention.status.value,
                "retention_evidence": _evidence(d.retention),
            }
        )
    return pd.DataFrame(rows, columns=STORE_COLUMNS)


THIRD_PARTY_COLUMNS = [
    "system",
    "name",
    "kind",
    "vendor",
    "region",
    "eea",
    "transfer_safeguards",
    "declared",
    "discovered_by",
    "entities",
    "gdpr",
    "ccpa",
    "flows",
    "transport",
    "transport_evidence",
    "auth",
    "retention",
    "retention_evidence",
]
_WORST = {Status.OK: 0, Status.UNKNOWN: 1, Status.GAP: 2}


def _worst(flows: Sequence[Flow], control: Callable[[Flow], Control]) -> tuple[str, str]:
    """The worst status of a control over flows, and the evidence of the flows that have it."""
    if not flows:
        return Status.UNKNOWN.value, "no flow to it was found"
    worst = max((control(f).status for f in flows), key=_WORST.__getitem__)
    evidence = (
        f"{f.id}: {e}" for f in flows if control(f).status == worst for e in control(f).evidence
    )
    return worst.value, " | ".join(dict.fromkeys(evidence))


def third_parties_frame(estate: EstateGraph | Snapshot) -> pd.DataFrame:
    """One row per third party (or database the estate does not list): who and where it is,
    what personal data the flows to it carry, and their transport, authentication and
    retention; ``declared`` is ``no`` for a system the scan discovered."""
    estate = EstateGraph.of(estate)
    rows = []
    for s in estate.snapshot.systems:
        if not is_third_party(s):
            continue
        flows = estate.inbound.get(s.id, [])
        entities = ordered_entities(e for f in flows for e in f.entities)
        known = [e for e in entities if e in TAXONOMY]
        fc = field_categories(known) if known else None
        found_by = [
            f"{fact.value}: {fact.evidence}" for fact in s.facts if fact.name == "discovered_by"
        ]
        transport, transport_evidence = _worst(flows, lambda f: f.transit)
        retention, retention_evidence = _worst(flows, lambda f: f.retention)
        rows.append(
            {
                "system": s.id,
                "name": s.name,
                "kind": s.kind,
                "vendor": s.vendor,
                "region": s.region,
                "eea": eea_status(s.region),
                "transfer_safeguards": s.transfer_safeguards,
                "declared": "no" if found_by else "yes",
                "discovered_by": " | ".join(found_by),
                "entities": ";".join(entities),
                "gdpr": ";".join(fc.gdpr) if fc else "",
                "ccpa": ";".join(fc.ccpa) if fc else "",
                "flows": len(flows),
                "transport": transport,
                "transport_evidence": transport_evidence,
                "auth": ";".join(sorted({f.auth for f in flows})),
                "retention": retention,
                "retention_evidence": retention_evidence,
            }
        )
    return pd.DataFrame(rows, columns=THIRD_PARTY_COLUMNS)


CONTROL_COLUMNS = [
    "criterion",
    "name",
    "tested",
    "population",
    "exceptions",
    "result",
    "evidence",
]


def controls_frame(
    estate: EstateGraph | Snapshot, digests: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """The control matrix (:func:`lineage.assess.controls.control_matrix`): one row per
    criterion. ``exceptions`` is the count of gaps mapped to it and their ids (gaps.csv's
    ``gap``); ``evidence`` names the files backing the result, each with its sha256 when
    ``digests`` (file name → sha256, as the manifest spells them) holds it."""
    digests = digests or {}
    rows = [
        {
            "criterion": r.criterion,
            "name": r.name,
            "tested": r.tested,
            "population": population_text(r.population),
            "exceptions": f"{len(r.exceptions)}: {'; '.join(r.exceptions)}"
            if r.exceptions
            else "0",
            "result": r.result,
            "evidence": " | ".join(
                f"{name} sha256:{digests[name]}" if name in digests else name for name in r.evidence
            ),
        }
        for r in _matrix(estate)
    ]
    return pd.DataFrame(rows, columns=CONTROL_COLUMNS)


def _matrix(estate: EstateGraph | Snapshot) -> tuple[ControlRow, ...]:
    """The estate's control matrix, worked out once (the table files and report.html cite it)."""
    return EstateGraph.of(estate).memo("control_matrix", lambda e: control_matrix(e.snapshot))


def controls_in(estate: EstateGraph | Snapshot, out_dir: Path) -> pd.DataFrame:
    """The control matrix of a scan written to ``out_dir``: its evidence carries the sha256 of
    the files it cites as they are there now (names only for those not there)."""
    estate = EstateGraph.of(estate)
    cited = {name for r in _matrix(estate) for name in r.evidence}
    return controls_frame(estate, file_digests(out_dir, cited))


#: Every table: file name, XLSX sheet title, builder; in the workbook's sheet order.
TABLES: tuple[tuple[str, str, Callable[[EstateGraph], pd.DataFrame]], ...] = (
    ("controls", "Controls", controls_frame),
    ("gaps", "Gaps", gaps_frame),
    ("pii_fields", "PII inventory", pii_fields_frame),
    ("flows", "Flows", flows_frame),
    ("stores", "Stores", stores_frame),
    ("third_parties", "Third parties", third_parties_frame),
    ("ropa", "RoPA", ropa_frame),
    ("ccpa", "CCPA", ccpa_frame),
    ("access", "Access", access_frame),
)
#: Each table's builder by name.
BUILDERS: dict[str, Callable[[EstateGraph], pd.DataFrame]] = {name: b for name, _, b in TABLES}


def table(estate: EstateGraph | Snapshot, name: str) -> pd.DataFrame:
    """The table ``name`` (``gaps``, ``pii_fields``, ``ropa``...) of an estate, built once per
    estate: the files, the workbook and report.html share it. Read it; do not change it."""
    estate = EstateGraph.of(estate)
    return estate.memo(("table", name), BUILDERS[name])


#: Widest XLSX column, in characters; longer text wraps. Excel holds 32,767 characters a cell.
_MAX_WIDTH = 60
_MAX_CELL = 32_767


def write_tables(estate: EstateGraph | Snapshot, out_dir: Path) -> list[Path]:
    """Write every table as ``tables/NAME.csv``, ``.md`` and ``.json``, and ``piimap.xlsx``.

    The same snapshot gives the same bytes, the workbook included (its dates are the scan's);
    ``controls`` goes last, with the sha256 of the files it cites as they are in ``out_dir``.
    """
    tables = out_dir / "tables"
    tables.mkdir(parents=True, exist_ok=True)
    estate = EstateGraph.of(estate)
    frames = {name: table(estate, name) for name, _, _ in TABLES if name != "controls"}
    paths = write_table_files(frames, tables)
    # The control matrix cites the files above (and snapshot.json) with their sha256: last.
    frames["controls"] = controls_in(estate, out_dir)
    paths += write_table_files({"controls": frames["controls"]}, tables)
    xlsx = tables / "piimap.xlsx"
    write_workbook(frames, estate.snapshot, xlsx)
    return [*paths, xlsx]


def write_table_files(frames: Mapping[str, pd.DataFrame], folder: Path) -> list[Path]:
    """Write each frame as ``folder/NAME.csv``, ``.md`` and ``.json``; their paths."""
    paths = []
    for name, frame in frames.items():
        csv_path, md_path, json_path = (folder / f"{name}.{ext}" for ext in ("csv", "md", "json"))
        frame.to_csv(csv_path, index=False, lineterminator="\n")
        for path, parts in ((md_path, markdown_lines(frame)), (json_path, json_parts(frame))):
            with path.open("w", encoding="utf-8", newline="\n") as out:
                out.writelines(parts)
        paths += [csv_path, md_path, json_path]
    return paths


def write_workbook(frames: Mapping[str, pd.DataFrame], snapshot: Snapshot, path: Path) -> Path:
    """Write the workbook of ``frames`` (:func:`workbook_bytes`) to ``path``, streamed: no copy
    of the file is held in memory."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    try:
        with open(tmp, "wb") as out:
            _save_workbook(frames, snapshot, out)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def frame_rows(frame: pd.DataFrame) -> Iterator[tuple[Any, ...]]:
    """The rows of ``frame`` as tuples of the values ``frame.itertuples(index=False)`` gives
    (the same once :func:`_plain`), read a column at a time (``tolist``) rather than a cell at
    a time through pandas."""
    if not frame.shape[1]:
        return (() for _ in range(len(frame)))
    return zip(*(frame.iloc[:, c].tolist() for c in range(frame.shape[1])), strict=True)


def _plain(value: Any) -> Any:
    """A cell as JSON has it: None for a missing value, Python numbers for numpy's."""
    if type(value) is str:
        return value
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def _text(value: Any) -> str:
    plain = _plain(value)
    return "" if plain is None else str(plain)


def markdown_table(frame: pd.DataFrame) -> str:
    """A GitHub-flavoured Markdown table; pipes escaped, line breaks as ``<br>``.

    >>> print(markdown_table(pd.DataFrame({"a": ["x|y"], "b": [None]})), end="")
    | a | b |
    |---|---|
    | x\\|y |  |
    """

    return "".join(markdown_lines(frame))


def markdown_lines(frame: pd.DataFrame) -> Iterator[str]:
    """The lines of :func:`markdown_table`, one row at a time."""

    def cell(value: Any) -> str:
        text = _text(value).replace("|", "\\|")
        return "<br>".join(line.strip() for line in text.splitlines()) if "\n" in text else text

    yield f"| {' | '.join(cell(c) for c in frame.columns)} |\n"
    yield f"|{'|'.join('---' for _ in frame.columns)}|\n"
    for row in frame_rows(frame):
        yield f"| {' | '.join(cell(v) for v in row)} |\n"


def json_records(frame: pd.DataFrame) -> str:
    """The rows as a JSON list of objects, keys in column order."""
    return "".join(json_parts(frame))


def json_parts(frame: pd.DataFrame) -> Iterator[str]:
    """The text of :func:`json_records`, one row at a time (as ``json.dumps(records,
    indent=2)`` writes it: each record two spaces in). A record of text, whole numbers, finite
    floats, booleans and None is written here (``json``'s indenting encoder is pure Python);
    any other through ``json.dumps``."""
    columns = list(frame.columns)
    # distinct text names: as a dict has them
    named = all(type(c) is str for c in columns) and 0 < len(set(columns)) == len(columns)
    keys = [f"\n    {json.dumps(c, ensure_ascii=False)}: " for c in columns] if named else []
    empty = True
    for row in frame_rows(frame):
        values = [_plain(value) for value in row]
        text = _record_text(keys, values) if named else None
        if text is None:
            record = dict(zip(columns, values, strict=True))
            text = json.dumps(record, indent=2, ensure_ascii=False).replace("\n", "\n  ")
        yield ("[\n  " if empty else ",\n  ") + text
        empty = False
    yield "[]\n" if empty else "\n]\n"


def _record_text(keys: list[str], values: list[Any]) -> str | None:
    """A record's text as :func:`json_parts` writes it (``keys``: each key's line start), or
    None when a value is not text, a whole number, a finite float, a boolean or None."""
    parts = []
    for key, value in zip(keys, values, strict=True):
        text = json_scalar(value)
        if text is None:
            return None
        parts.append(key + text)
    return "{" + ",".join(parts) + "\n  }"


def workbook_bytes(frames: Mapping[str, pd.DataFrame], snapshot: Snapshot) -> bytes:
    """One sheet per table: bold frozen header, auto filter, widths from the content (capped,
    long text wrapped). Dated at the scan, so the same snapshot gives the same bytes."""
    buffer = io.BytesIO()
    _save_workbook(frames, snapshot, buffer)
    return buffer.getvalue()


def _save_workbook(frames: Mapping[str, pd.DataFrame], snapshot: Snapshot, out: IO[bytes]) -> None:
    # Write-only: each row goes to the sheet's file as it is appended, instead of a cell object
    # per value held until the end (40,000 fields: 3x faster, a fraction of the memory).
    wb = Workbook(write_only=True)
    for name, title, _ in TABLES:
        _sheet(wb, title, frames[name])
    save_stamped(wb, out, snapshot.scanned_at, f"piimap {snapshot.piimap_version}", "piimap tables")


def _sheet(wb: Workbook, title: str, frame: pd.DataFrame) -> None:
    ws = wb.create_sheet(title)
    columns = [str(c) for c in frame.columns]
    wrapped = set()
    for c, column in enumerate(columns, start=1):  # widths go before the rows in write-only
        longest = max(
            (len(line) for v in frame[column].tolist() for line in _text(v).splitlines()),
            default=0,
        )
        width = min(max(longest, len(column) + 2, 8) + 2, _MAX_WIDTH)
        ws.column_dimensions[get_column_letter(c)].width = width
        if longest + 2 > _MAX_WIDTH:
            wrapped.add(c - 1)
    ref = f"A1:{get_column_letter(max(len(columns), 1))}{len(frame) + 1}"
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ref
    # openpyxl writes <dimension> only for a sheet that can calculate it; this one is told.
    ws.calculate_dimension = lambda: ref
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(ws, column)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    wrap = WriteOnlyCell(ws)
    wrap.alignment = Alignment(wrap_text=True, vertical="top")
    for row in (map(_cell_value, row) for row in frame_rows(frame)):
        values: list[Any] = []
        for c, plain in enumerate(row):
            if c in wrapped or (isinstance(plain, str) and plain.startswith("=")):
                cell = WriteOnlyCell(ws, plain)
                if c in wrapped:
                    cell._style = copy(wrap._style)  # as openpyxl copies a style: no re-hashing
                if cell.data_type == "f":  # text starting with "=" is data, never a formula
                    cell.data_type = "s"
                plain = cell
            values.append(plain)
        ws.append(values)


def _cell_value(value: Any) -> Any:
    """A frame's value as the workbook holds it: text without the characters a sheet cannot
    hold, cut at Excel's limit."""
    if type(value) is str:
        return ILLEGAL_CHARACTERS_RE.sub("", value)[:_MAX_CELL]
    plain = _plain(value)
    return ILLEGAL_CHARACTERS_RE.sub("", plain)[:_MAX_CELL] if isinstance(plain, str) else plain
