"""The artefacts of ``piimap period``: ``period.json`` (the source of truth), ``period.xlsx``
(a sheet per section) and ``period.html`` (one self-contained page with the timeline chart),
each rendered from the data of ``period.json`` (:func:`lineage.ci.period.to_dict`), so the
three never disagree.

The page loads nothing from the network; its chart is an inline SVG drawn here: one row per
criterion, one column per scan (and an empty, dashed column for a quarter with no scan), one
mark per criterion and scan coloured and labelled by its result.

>>> data = {"window": {"from": "2026-01-01", "to": "2026-03-31"}, "cadence": [], "scans": [],
...         "criteria": [], "unverified": [], "gaps": [], "time_to_remediate": [],
...         "changes": [], "notes": [], "written_by": "piimap 0"}
>>> page = render_period(data)
>>> page.startswith("<!DOCTYPE html>"), "<script src" in page, 'class="chart"' in page
(True, False, True)
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lineage.core.snapshot import write_atomic

from .report import _GAP_ID, CSP, CSS, JS, _esc, _slug, table_parts
from .stamped import save_stamped

JSON_FILE, XLSX_FILE, HTML_FILE = "period.json", "period.xlsx", "period.html"
#: Fill and short label of each result in the chart (the legend says the same in words).
MARKS = {
    "no exceptions": ("#1a7f37", "no exc."),
    "exceptions": ("#cf222e", "{n} exc."),
    "not tested": ("#8c959f", "not tested"),
}
_LABEL_W, _CELL_W, _CELL_H, _HEAD_H, _GAP = 190, 92, 24, 58, 4
PERIOD_CSS = """
figure.timeline { margin: 1rem 0; overflow: auto; border: 1px solid var(--line); }
figure.timeline svg { display: block; }
.chart text { font: 11px system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
.chart .crit { font-weight: 600; } .chart .mark-label { fill: #fff; font-weight: 600; }
.legend { display: flex; gap: 1rem; flex-wrap: wrap; padding: 0; list-style: none; }
.legend span { display: inline-block; width: .9rem; height: .9rem; margin-right: .3rem;
  vertical-align: -2px; border-radius: 2px; }
.summaries p { margin: .5rem 0; max-width: 60rem; }
.missing { color: var(--gap); font-weight: 600; }
table.data td[id^="gap-"] { white-space: nowrap; }
"""


@dataclass(frozen=True)
class Section:
    """One section of the period: a sheet of the workbook, a table of the page."""

    name: str
    title: str
    caption: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


def period_json(data: Mapping[str, Any]) -> str:
    """period.json's text: the same data gives the same bytes (keys in the order given)."""
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def write_period(data: Mapping[str, Any], out: str | os.PathLike[str]) -> tuple[Path, ...]:
    """Write ``period.json``, ``period.xlsx`` and ``period.html`` of ``data`` into ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    paths = (out / JSON_FILE, out / XLSX_FILE, out / HTML_FILE)
    write_atomic(paths[0], period_json(data))
    write_workbook(data, paths[1])
    write_atomic(paths[2], render_period(data))
    return paths


def _join(values: Sequence[Any]) -> str:
    return "; ".join(str(v) for v in values)


def _section(
    name: str, title: str, caption: str, columns: str, records: Iterable[Mapping[str, Any]]
) -> Section:
    """A section of the ``columns`` (space-separated keys) of each record; lists are joined."""
    keys = tuple(columns.split())
    rows = tuple(
        tuple(_join(r[k]) if isinstance(r[k], list) else r[k] for k in keys) for r in records
    )
    return Section(name, title, caption, keys, rows)


def sections(data: Mapping[str, Any]) -> tuple[Section, ...]:
    """The sections in the order of period.json: unverified scans first."""
    ids = [s["scan"] for s in data["scans"]]
    changes = [
        {"from": c["from"], "to": c["to"], **x} for c in data["changes"] for x in c["changes"]
    ]
    notes = [
        *data["notes"],
        *(f"{c['from']} -> {c['to']}: {n}" for c in data["changes"] for n in c["notes"]),
    ]
    return (
        _section(
            "unverified",
            "Scans that do not verify",
            "Scans whose bundle does not match its manifest, or that have none to verify",
            "scan source reason",
            data["unverified"],
        ),
        _section(
            "summary",
            "Summary per criterion",
            "Each criterion across the period, in words written from the numbers",
            "criterion name tested_in no_exceptions_in exceptions_in not_tested_in summary",
            data["criteria"],
        ),
        Section(
            "timeline",
            "Results per scan",
            "Each criterion's result in each scan, with the gaps that were exceptions",
            ("criterion", *ids),
            tuple(
                (c["criterion"], *(_result_text(r) for r in c["results"])) for c in data["criteria"]
            ),
        ),
        _section(
            "gaps",
            "Gaps",
            "Every gap found in the period, by its stable id, in the order first seen",
            "gap severity control subject title criteria first_seen first_seen_at last_seen "
            "last_seen_at closed closed_at open_days reappeared seen_in",
            data["gaps"],
        ),
        _section(
            "remediation",
            "Time to remediate",
            "Per severity: gaps closed during the period and their days open",
            "severity closed median_days max_days still_open",
            data["time_to_remediate"],
        ),
        _section(
            "changes",
            "Changes",
            "Changes between consecutive scans (SOC 2 CC8.1 evidence): systems, third parties, "
            "datasets, fields, flows, encryption, access, retention",
            "from to section kind subject before after description adds_risk",
            changes,
        ),
        _section(
            "cadence",
            "Cadence",
            "Each calendar quarter of the window and the scans taken in it",
            "quarter from to scans",
            ({**q, "scans": q["scans"] or ["no scan"]} for q in data["cadence"]),
        ),
        _section(
            "scans",
            "Scans",
            "The scans of the period, oldest first",
            "scan date quarter scanned_at source verified verification snapshot_sha256 "
            "piimap_version schema_version partial systems gaps",
            data["scans"],
        ),
        _section(
            "notes",
            "Notes",
            "What the period could not compare, and why",
            "note",
            ({"note": n} for n in notes),
        ),
    )


def _result_text(result: Mapping[str, Any]) -> str:
    if result["result"] == "exceptions":
        return f"exceptions: {_join(result['exceptions'])}"
    if result["result"] == "not tested":
        return f"not tested: {result['not_tested_because']}"
    return str(result["result"])


# --- the workbook --------------------------------------------------------------------------


def write_workbook(data: Mapping[str, Any], path: Path) -> Path:
    """period.xlsx: an "About" sheet (the window and the cadence in a few lines), then one
    sheet per section, unverified scans first."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    about = wb.active
    about.title = "About"
    for row in _about(data):
        about.append(list(row))
    about["A1"].font = Font(bold=True, size=14)
    about.column_dimensions["A"].width = 28
    about.column_dimensions["B"].width = 90
    top = Alignment(vertical="top", wrap_text=True)
    for section in sections(data):
        ws = wb.create_sheet(section.title[:31])
        ws.append(list(section.columns))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in section.rows:
            ws.append([_cell(v, ILLEGAL_CHARACTERS_RE) for v in row])
            for cell in ws[ws.max_row]:
                cell.alignment = top
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # data, never a formula
        for n, name in enumerate(section.columns, start=1):
            longest = max([len(str(name))] + [len(str(r[n - 1])) for r in section.rows])
            ws.column_dimensions[get_column_letter(n)].width = min(max(longest + 2, 8), 80)
        ws.freeze_panes = "B2"
        if section.rows:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(section.columns))}{ws.max_row}"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    # Dated by the last scan of the window, not the clock: the same scans give the same bytes.
    when = max((s["scanned_at"] for s in data["scans"]), default="1980-01-01T00:00:00+00:00")
    try:
        with tmp.open("wb") as out:
            save_stamped(wb, out, when, str(data["written_by"]), "piimap period")
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def _cell(value: Any, illegal: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return illegal.sub("", value)
    return value


def _about(data: Mapping[str, Any]) -> Iterator[tuple[str, ...]]:
    window = data["window"]
    yield ("piimap period",)
    yield ("Window", f"{window['from']} to {window['to']}")
    yield ("Scans", str(len(data["scans"])))
    yield ("Quarters with a scan", _cadence_line(data))
    yield ("Scans that do not verify", _unverified_line(data))
    yield ("Written by", str(data["written_by"]))


def _cadence_line(data: Mapping[str, Any]) -> str:
    cadence = data["cadence"]
    missing = [q["quarter"] for q in cadence if not q["scans"]]
    line = f"{len(cadence) - len(missing)} of {len(cadence)}"
    return line + (f"; no scan in {', '.join(missing)}" if missing else "")


def _unverified_line(data: Mapping[str, Any]) -> str:
    found = data["unverified"]
    if not found:
        return "none: every scan verified against its manifest"
    return f"{len(found)}: " + ", ".join(f"{u['scan']} ({u['source']})" for u in found)


# --- the page ------------------------------------------------------------------------------


def chart_svg(data: Mapping[str, Any]) -> str:
    """The timeline: a row per criterion, a column per scan in time order, with an empty
    dashed column where a quarter of the window has no scan; one ``rect.mark`` per criterion
    and scan, coloured and labelled by the result, its tooltip naming the exceptions."""
    scans = {s["scan"]: s for s in data["scans"]}
    columns: list[tuple[str, Mapping[str, Any] | None]] = []  # (quarter, scan or None)
    for q in data["cadence"]:
        columns += [(q["quarter"], scans[sid]) for sid in q["scans"]] or [(q["quarter"], None)]
    if not data["cadence"]:
        columns = [(s["quarter"], s) for s in data["scans"]]
    criteria = data["criteria"]
    width = _LABEL_W + len(columns) * (_CELL_W + _GAP)
    height = _HEAD_H + len(criteria) * (_CELL_H + _GAP) + _GAP
    unverified = {u["scan"] for u in data["unverified"]}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" aria-labelledby="chart-title">'
        '<title id="chart-title">Result of each criterion in each scan of the period</title>'
    ]
    for n, (quarter, scan) in enumerate(columns):
        x = _LABEL_W + n * (_CELL_W + _GAP)
        middle = x + _CELL_W / 2
        if scan is None:
            parts.append(
                f'<g class="no-scan" data-quarter="{_esc(quarter)}">'
                f'<rect x="{x}" y="{_HEAD_H}" width="{_CELL_W}" '
                f'height="{height - _HEAD_H - _GAP}" fill="none" stroke="#cf222e" '
                f'stroke-dasharray="4 3"><title>{_esc(quarter)}: no scan</title></rect>'
                f'<text x="{middle}" y="16" text-anchor="middle">{_esc(quarter)}</text>'
                f'<text x="{middle}" y="32" text-anchor="middle" fill="#cf222e">no scan</text>'
                "</g>"
            )
            continue
        flag = scan["scan"] in unverified
        parts.append(
            f'<g class="scan-head" data-scan="{_esc(scan["scan"])}">'
            f'<text x="{middle}" y="16" text-anchor="middle">{_esc(quarter)}</text>'
            f'<text x="{middle}" y="32" text-anchor="middle" class="crit">'
            f"{_esc(scan['scan'])} {_esc(scan['date'])}</text>"
            + (
                f'<text x="{middle}" y="48" text-anchor="middle" fill="#cf222e">not verified</text>'
                if flag
                else ""
            )
            + "</g>"
        )
    for row, criterion in enumerate(criteria):
        y = _HEAD_H + row * (_CELL_H + _GAP)
        parts.append(
            f'<text x="4" y="{y + _CELL_H / 2 + 4}" class="crit">'
            f"<title>{_esc(criterion['name'])}</title>{_esc(criterion['criterion'])}</text>"
        )
        results = {r["scan"]: r for r in criterion["results"]}
        for n, (_quarter, scan) in enumerate(columns):
            if scan is None:
                continue
            result = results[scan["scan"]]
            fill, label = MARKS.get(result["result"], ("#8c959f", "{n}"))
            label = label.format(n=len(result["exceptions"]))
            x = _LABEL_W + n * (_CELL_W + _GAP)
            tip = f"{criterion['criterion']} in {scan['scan']} ({scan['date']}): "
            tip += _result_text(result)
            parts.append(
                f'<g><rect class="mark" data-criterion="{_esc(criterion["criterion"])}" '
                f'data-scan="{_esc(scan["scan"])}" data-result="{_esc(result["result"])}" '
                f'x="{x}" y="{y}" width="{_CELL_W}" height="{_CELL_H}" rx="3" '
                f'fill="{fill}"><title>{_esc(tip)}</title></rect>'
                f'<text class="mark-label" x="{x + _CELL_W / 2}" y="{y + _CELL_H / 2 + 4}" '
                f'text-anchor="middle">{_esc(label)}</text></g>'
            )
    parts.append("</svg>")
    return "".join(parts)


def render_period(data: Mapping[str, Any]) -> str:
    """period.html: the scans that do not verify first, the cadence, the chart, a summary
    paragraph per criterion, then a sortable table per section. Every text is escaped."""
    return "".join(_page(data))


def _linked(text: str) -> str:
    """Escaped text whose gap ids link to their row in the gaps table."""
    return _GAP_ID.sub(lambda m: f'<a href="#gap-{_slug(m[0])}">{m[0]}</a>', _esc(text))


def _page(data: Mapping[str, Any]) -> Iterator[str]:
    window = data["window"]
    title = f"Audit period {window['from']} to {window['to']}"
    by_name = {s.name: s for s in sections(data)}
    yield f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{_esc(data["written_by"])}">
<title>{_esc(title)}</title>
<style>{CSS}{PERIOD_CSS}</style>
</head>
<body>
<header><h1>{_esc(title)}</h1>
<dl class="meta"><dt>Scans</dt><dd>{len(data["scans"])}</dd>
<dt>Quarters with a scan</dt><dd>{_esc(_cadence_line(data))}</dd>
<dt>Scans that do not verify</dt><dd>{_esc(_unverified_line(data))}</dd></dl>
<nav><a href="#unverified">Verification</a> <a href="#chart">Chart</a>
<a href="#summary">Summaries</a> <a href="#gaps">Gaps</a> <a href="#remediation">Time to
remediate</a> <a href="#changes">Changes</a> <a href="#cadence">Cadence</a>
<a href="#scans">Scans</a></nav>
</header>
<main>
<section id="unverified"><h2>Scans that do not verify</h2>
"""
    if data["unverified"]:
        yield (
            '<p class="banner">These scans are read as they are, but their evidence cannot be '
            "relied on until they are restored from the archive or re-bundled from the "
            "scan's folder:</p>\n<ul>"
            + "".join(
                f"<li><b>{_esc(u['scan'])}</b> {_esc(u['source'])}: {_esc(u['reason'])}</li>"
                for u in data["unverified"]
            )
            + "</ul>\n"
        )
    else:
        yield "<p>None: every scan's bundle verified against its manifest.</p>\n"
    missing = data["window"].get("missing_quarters", [])
    yield f"""</section>
<section id="chart"><h2>Criteria across the period</h2>
<p>Each criterion's result in each scan, in time order; a dashed column is a quarter of the
window with no scan. Hover over a mark for the gaps behind it. <q>Not tested</q> is never
<q>passed</q>: piimap could not test the criterion in that scan (the summaries say why).</p>
<ul class="legend"><li><span style="background:{MARKS["no exceptions"][0]}"></span>no exceptions
(tested, no gap found)</li><li><span style="background:{MARKS["exceptions"][0]}"></span>exceptions
(number of gaps)</li><li><span style="background:{MARKS["not tested"][0]}"></span>not
tested</li></ul>
<figure class="timeline">{chart_svg(data)}</figure>
"""
    if missing:
        yield f'<p class="missing">No scan in {_esc(", ".join(missing))}.</p>\n'
    yield '</section>\n<section id="summary" class="summaries"><h2>Summary per criterion</h2>\n'
    for c in data["criteria"]:
        yield (
            f'<p id="summary-{_slug(c["criterion"])}"><b>{_esc(c["criterion"])}</b> '
            f"({_esc(c['name'])}). {_linked(c['summary'])}</p>\n"
        )
    yield "</section>\n"
    for name in ("timeline", "gaps", "remediation", "changes", "cadence", "scans", "notes"):
        section = by_name[name]
        yield f'<section id="{name}"><h2>{_esc(section.title)}</h2>\n'
        yield from table_parts(f"period-{name}", section.caption, section.columns, section.rows)
        yield "\n</section>\n"
    yield f"""</main>
<footer><p>Written by {_esc(data["written_by"])} from period.json, which holds the same numbers.
It holds no sampled value and no secret; it loads nothing from the network.</p></footer>
<script>{JS}</script>
</body>
</html>
"""
