"""report.html: the whole scan in one self-contained page for an auditor.

One file with inline CSS, a short inline script and the diagrams inlined as SVG: it loads nothing
from the network (a Content-Security-Policy says so to the browser too), works offline and can be
attached to an audit binder. The control matrix comes first, then the gaps, the diagrams and every
table, each sortable and filterable. Every text is escaped; the same snapshot gives the same bytes.

>>> from lineage.core.model import Snapshot
>>> page = render_report(Snapshot(scanned_at="2026-01-01T00:00:00Z", piimap_version="0"), {})
>>> page.startswith("<!DOCTYPE html>"), "<script src" in page
(True, False)
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from lineage.assess import SEVERITY_ORDER
from lineage.core.model import Snapshot
from lineage.core.snapshot import write_atomic
from lineage.export import tables as export_tables
from lineage.graph.estate import EstateGraph

#: Tables of the report after the diagrams: frame name (``export_tables.<name>_frame``), heading
#: and caption. A frame that export_tables does not offer (yet) is left out.
TABLES = (
    ("pii_fields", "PII inventory", "Fields holding personal data, with entities and categories"),
    ("flows", "Flows", "Flows of personal data, with transit, authentication and retention"),
    ("stores", "Stores", "Datasets, with at-rest encryption, audit trail and retention"),
    ("third_parties", "Third parties", "Third parties receiving personal data"),
    ("ropa", "Record of processing", "Record of processing activities (GDPR Art. 30)"),
    ("ccpa", "CCPA", "Categories of personal information (CCPA/CPRA)"),
    ("access", "Access", "Who can read personal data: accounts, roles and their grants"),
)
#: Columns offered as a drop-down filter beside a table's text filter.
FACETS = {
    "controls": ("result",),
    "gaps": ("severity", "control"),
    "systems": ("boundary",),
    "pii_fields": ("system",),
    "flows": ("kind", "transit"),
    "stores": ("system", "at_rest", "retention"),
    "third_parties": ("eea", "transport", "retention"),
    "ropa": ("legal_basis",),
    "ccpa": ("sensitive", "sold_or_shared"),
    "access": ("system", "kind", "privileged"),
}
DIAGRAM_TITLES = {
    "systems": "Systems and personal-data flows",
    "datasets": "Datasets holding personal data",
}
STATUSES = {"ok", "gap", "unknown"}
_SVG = "{http://www.w3.org/2000/svg}"
_XLINK = "{http://www.w3.org/1999/xlink}"
_URL_REF = re.compile(r"url\(#([^)]+)\)")
_GAP_ID = re.compile(r"\bG-[0-9a-f]{8}(?:-\d+)?\b")

CSS = """
:root { color-scheme: light; --ok: #1a7f37; --gap: #cf222e; --unknown: #6e7781; --line: #d0d7de; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif;
  margin: 0 auto; max-width: 1600px; padding: 0 1.5rem 3rem; color: #1f2328; }
h1 { margin: 1.2rem 0 .4rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid var(--line); }
nav a { margin-right: 1rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dl.meta dt { font-weight: 600; } dl.meta dd { margin: 0; }
code { font-size: 12px; word-break: break-all; }
.banner { background: #fff8c5; border: 1px solid #d4a72c; padding: .5rem .8rem; margin: .8rem 0; }
.cards { display: flex; flex-wrap: wrap; gap: .6rem; padding: 0; list-style: none; }
.cards li { border: 1px solid var(--line); border-radius: 6px; padding: .4rem .8rem; }
.cards b { display: block; font-size: 1.4rem; }
.controls { display: flex; flex-wrap: wrap; gap: .8rem; align-items: center; margin: .5rem 0; }
.controls input { width: 18rem; }
.scroll { overflow: auto; max-height: 80vh; border: 1px solid var(--line); }
table.data { border-collapse: collapse; width: 100%; }
table.data caption { text-align: left; font-style: italic; padding: .3rem; }
table.data th, table.data td { border-bottom: 1px solid var(--line); padding: .25rem .4rem;
  text-align: left; vertical-align: top; }
table.data td { max-width: 40rem; overflow-wrap: break-word; }
table.data th { position: sticky; top: 0; background: #f6f8fa; white-space: nowrap; }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0;
  cursor: pointer; }
th[aria-sort=ascending] button::after { content: " \\25B2"; }
th[aria-sort=descending] button::after { content: " \\25BC"; }
.st-ok, .sev-low { color: var(--ok); } .st-gap, .sev-high { color: var(--gap); font-weight: 600; }
.st-unknown { color: var(--unknown); } .sev-medium { color: #9a6700; font-weight: 600; }
.res-exceptions { color: var(--gap); font-weight: 600; } .res-no-exceptions { color: var(--ok); }
.res-not-tested { color: var(--unknown); font-style: italic; }
figure.diagram { margin: 1rem 0; } figure.diagram figcaption { font-weight: 600; }
.diagram .canvas { overflow: auto; max-height: 85vh; border: 1px solid var(--line); resize: both; }
.diagram svg { display: block; width: 100%; height: auto; }
@media print { .controls, .zoom, .more button { display: none; } .scroll, .diagram .canvas {
  max-height: none; overflow: visible; } }
"""

#: Rows of a table written as HTML rows; the others travel as JSON beside the table and become
#: rows when the script shows them (a filter, a sort, "Show more", scrolling to the end), so a
#: table of 13,000 rows costs the browser 200 rows to lay out, not 13,000.
ROWS_IN_HTML = 200
JS = """
"use strict";
const PAGE = ROWS_IN_HTML, RANK = SEVERITY_ORDER, STATUSES = new Set(["ok", "gap", "unknown"]);
const collator = new Intl.Collator(undefined, {numeric: true, sensitivity: "base"});
function compare(a, b) {
  const x = Number(a), y = Number(b);
  return a !== "" && b !== "" && !isNaN(x) && !isNaN(y) ? x - y : collator.compare(a, b);
}
const lines = col => col.endsWith("evidence") || col === "explanation";
const shown = (col, text) => lines(col) ? text.split(" | ").join("\\n") : text;
const sortKey = (col, text) => col === "severity" ? String(RANK[text] ?? 9) : text.trim();
function cell(col, text) {  // as report.py's _cell writes a cell in HTML
  const td = document.createElement("td");
  if (col === "severity") {
    td.className = "sev-" + text.replace(/[^A-Za-z0-9_-]+/g, "-");
    td.dataset.v = RANK[text] ?? 9;
  } else if (STATUSES.has(text)) td.className = "st-" + text;
  if (col === "gap") td.id = "gap-" + text.replace(/[^A-Za-z0-9_-]+/g, "-");
  (lines(col) ? text.split(" | ") : [text]).forEach((part, i) => {
    if (i) td.append("\\n", document.createElement("br"));
    td.append(part);
  });
  return td;
}
for (const table of document.querySelectorAll("table.data")) {
  const body = table.tBodies[0], heads = Array.from(table.tHead.rows[0].cells);
  const cols = heads.map(th => th.textContent.trim());
  const controls = document.getElementById(table.id + "-controls");
  const text = controls.querySelector("input"), count = controls.querySelector("output");
  const selects = Array.from(controls.querySelectorAll("select"));
  const rows = Array.from(body.rows, tr => ({tr, texts: Array.from(tr.cells, c => c.textContent),
    keys: Array.from(tr.cells, c => c.dataset.v ?? c.textContent.trim())}));
  const data = document.getElementById(table.id + "-rows");
  for (const texts of data ? JSON.parse(data.textContent) : []) {
    rows.push({tr: null, cells: texts, texts: texts.map((t, i) => shown(cols[i], t)),
      keys: texts.map((t, i) => sortKey(cols[i], shown(cols[i], t)))});
  }
  rows.forEach(r => { r.search = r.texts.join("\\t").toLowerCase(); });
  const build = r => {
    r.tr = document.createElement("tr");
    r.cells.forEach((t, i) => r.tr.appendChild(cell(cols[i], t)));
    return r.tr;
  };
  const more = document.getElementById(table.id + "-more");
  const note = more && more.querySelector("span");
  const buttons = more ? more.querySelectorAll("button") : [];
  let order = rows, matching = rows, limit = PAGE;
  const show = start => {  // rows start..limit of the matching ones, after those shown
    const part = document.createDocumentFragment();
    for (const r of matching.slice(start, limit)) part.appendChild(r.tr ?? build(r));
    if (start) body.appendChild(part); else body.replaceChildren(part);
    count.value = matching.length + " of " + rows.length;
    if (!more) return;
    more.hidden = limit >= matching.length;
    note.textContent = `Showing ${Math.min(limit, matching.length)} of ${matching.length} rows. `;
  };
  const extend = n => { const start = Math.min(limit, matching.length); limit += n; show(start); };
  buttons.forEach(b => {
    b.hidden = false;
    b.addEventListener("click", () => extend(b.value === "all" ? Infinity : PAGE));
  });
  table.parentElement.addEventListener("scroll", e => {
    const frame = e.currentTarget;
    if (limit < matching.length && frame.scrollTop + frame.clientHeight > frame.scrollHeight - 400)
      extend(PAGE);
  }, {passive: true});
  const filter = () => {
    const words = text.value.toLowerCase().split(/\\s+/).filter(Boolean);
    const picked = selects.filter(s => s.value).map(s => [Number(s.dataset.col), s.value]);
    matching = order.filter(r => words.every(w => r.search.includes(w)) &&
      picked.every(([col, value]) => r.texts[col].trim() === value));
    limit = PAGE;
    show(0);
  };
  text.addEventListener("input", filter);
  selects.forEach(s => s.addEventListener("change", filter));
  heads.forEach((th, col) => th.querySelector("button").addEventListener("click", () => {
    const sign = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    heads.forEach(h => h.removeAttribute("aria-sort"));
    th.setAttribute("aria-sort", sign > 0 ? "ascending" : "descending");
    order = rows.slice().sort((a, b) => sign * compare(a.keys[col], b.keys[col]));
    filter();
  }));
  if (more) show(0);
}
for (const figure of document.querySelectorAll("figure.diagram")) {
  const svg = figure.querySelector("svg");
  if (!svg) continue;
  const natural = Number(svg.dataset.width) || svg.clientWidth;
  for (const button of figure.querySelectorAll("button[data-zoom]")) {
    button.addEventListener("click", () => {
      const z = button.dataset.zoom, now = svg.clientWidth / natural;
      svg.style.width = z === "fit" ? "" : Math.max(0.1, now * Number(z)) * natural + "px";
    });
  }
}
""".replace("ROWS_IN_HTML", str(ROWS_IN_HTML)).replace(
    "SEVERITY_ORDER", json.dumps(SEVERITY_ORDER, sort_keys=True)
)

#: The pages' Content-Security-Policy (report.html, period.html): nothing is fetched from
#: anywhere, and the one script that runs is the inline one whose hash it names.
CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    f"script-src 'sha256-{base64.b64encode(hashlib.sha256(JS.encode()).digest()).decode()}'; "
    "base-uri 'none'; form-action 'none'"
)


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", name)


def _text(value: Any) -> str:
    """A cell's display text: empty for missing values, integers without ``.0``."""
    if type(value) is str:
        return value
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
    if isinstance(value, list | tuple | set | frozenset):
        return "; ".join(_text(v) for v in value)
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.3f}".rstrip("0")
    return str(value)


def _cell(column: str, text: str) -> str:
    attrs = ""
    if column == "severity":
        attrs = f' class="sev-{_slug(text)}" data-v="{SEVERITY_ORDER.get(text, 9)}"'
    elif text in STATUSES:
        attrs = f' class="st-{text}"'
    elif column == "result":
        attrs = f' class="res-{_slug(text)}"'
    if column == "gap":
        attrs += f' id="gap-{_slug(text)}"'
    body = _esc(text)
    if column.endswith("evidence") or column == "explanation":
        body = "\n<br>".join(_esc(part) for part in text.split(" | "))
    elif column == "exceptions":  # each gap id links to its row in the gaps table
        body = _GAP_ID.sub(lambda m: f'<a href="#gap-{_slug(m[0])}">{m[0]}</a>', body)
    return f"<td{attrs}>{body}</td>"


def render_table(
    name: str, caption: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> str:
    """A sortable, filterable table with its controls (text box, drop-downs, row count)."""
    return "".join(table_parts(name, caption, columns, rows))


def table_parts(
    name: str, caption: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> Iterator[str]:
    """The HTML of :func:`render_table` in parts. Its first :data:`ROWS_IN_HTML` rows are HTML
    rows; the others follow the table as JSON, which the script turns into rows when it shows
    them, and a line says so (with "Show more" buttons that the script reveals)."""
    texts = [[_text(v) for v in row] for row in rows]
    tid = f"t-{_slug(name)}"
    controls = [
        f'<label>Filter <input type="search" aria-controls="{tid}" '
        'placeholder="words in any column"></label>'
    ]
    for facet in FACETS.get(name, ()):
        if facet not in columns:
            continue
        col = list(columns).index(facet)
        values = sorted({r[col] for r in texts}, key=lambda v: (SEVERITY_ORDER.get(v, 9), v))
        options = "".join(f'<option value="{_esc(v)}">{_esc(v)}</option>' for v in values)
        controls.append(
            f'<label>{_esc(facet)} <select data-col="{col}" aria-controls="{tid}">'
            f'<option value="">all</option>{options}</select></label>'
        )
    controls.append(f"<span><output>{len(texts)} of {len(texts)}</output> rows</span>")
    head = "".join(
        f'<th scope="col"><button type="button">{_esc(c)}</button></th>' for c in columns
    )
    body = "\n".join(
        "<tr>" + "".join(_cell(c, t) for c, t in zip(columns, row, strict=True)) + "</tr>"
        for row in texts[:ROWS_IN_HTML]
    )
    yield (
        f'<div class="controls" id="{tid}-controls">{"".join(controls)}</div>\n'
        f'<div class="scroll"><table class="data" id="{tid}">'
        f"<caption>{_esc(caption)}</caption>\n<thead><tr>{head}</tr></thead>\n"
        f"<tbody>\n{body}\n</tbody></table></div>"
    )
    rest = len(texts) - ROWS_IN_HTML
    if rest <= 0:
        return
    yield (
        f'\n<p class="more" id="{tid}-more"><span>The first {ROWS_IN_HTML} of {len(texts)} rows '
        f"are shown; turn on JavaScript to filter, sort and show the other {rest}.</span> "
        f'<button type="button" value="more" hidden>Show {ROWS_IN_HTML} more</button> '
        '<button type="button" value="all" hidden>Show all</button></p>'
        f'\n<script type="application/json" id="{tid}-rows">['
    )
    for start in range(ROWS_IN_HTML, len(texts), 500):  # "<" escaped: no text ends the script
        part = texts[start : start + 500]
        tail = "," if start + 500 < len(texts) else "]</script>"
        rows_json = ",".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in part)
        yield rows_json.replace("<", "\\u003c") + tail


def frame_table(name: str, caption: str, frame: pd.DataFrame) -> str:
    return "".join(frame_parts(name, caption, frame))


def frame_parts(name: str, caption: str, frame: pd.DataFrame) -> Iterator[str]:
    columns = [str(c) for c in frame.columns]
    return table_parts(name, caption, columns, export_tables.frame_rows(frame))


def inline_svg(name: str, svg: str) -> str:
    """Graphviz SVG made fit for inlining: prolog, comments, scripts and outside links dropped,
    ids prefixed with the diagram's name so that two diagrams never share one, sized by CSS."""
    root = ET.fromstring(svg.encode("utf-8") if svg.lstrip().startswith("<?xml") else svg)
    prefix = f"d-{_slug(name)}-"
    ids = {el.get("id") for el in root.iter() if el.get("id")}

    def local(ref: str) -> str:
        return prefix + ref if ref in ids else ref

    for parent in root.iter():
        for child in list(parent):
            if child.tag in (f"{_SVG}script", f"{_SVG}foreignObject", "script"):
                parent.remove(child)
    for el in root.iter():
        el.tag = el.tag.replace(_SVG, "")
        for attr, value in list(el.attrib.items()):
            del el.attrib[attr]
            attr = attr.replace(_XLINK, "xlink:")
            if attr.lower().startswith("on"):
                continue
            if attr in ("href", "xlink:href"):
                if not value.startswith(("#", "data:image/")):
                    continue  # a link out of the file: the report stays offline
                value = "#" + local(value[1:]) if value.startswith("#") else value
            elif attr == "id":
                value = prefix + value
            else:
                value = _URL_REF.sub(lambda m: f"url(#{local(m.group(1))})", value)
            el.set(attr, value)
    width = _pixels(root.attrib.pop("width", ""))
    root.attrib.pop("height", None)
    if width:
        root.set("data-width", width)
    root.set("role", "img")
    root.set("aria-label", DIAGRAM_TITLES.get(name, name))
    return ET.tostring(root, encoding="unicode")


def _pixels(length: str) -> str:
    match = re.fullmatch(r"([\d.]+)(pt|px)?", length.strip())
    if not match:
        return ""
    value = float(match.group(1)) * (4 / 3 if match.group(2) == "pt" else 1)
    return str(round(value))


def _diagram(name: str, svg: str) -> str:
    title = DIAGRAM_TITLES.get(name) or name.replace("_", " ")
    try:
        body = inline_svg(name, svg)
    except ET.ParseError as exc:
        body = f"<p>This diagram could not be embedded: its SVG is malformed ({_esc(exc)}).</p>"
    zoom = "".join(
        f'<button type="button" data-zoom="{z}">{label}</button>'
        for z, label in (("0.8", "Zoom out"), ("fit", "Fit width"), ("1.25", "Zoom in"))
    )
    return (
        f'<figure class="diagram" id="diagram-{_slug(name)}">'
        f"<figcaption>{_esc(title)}</figcaption>"
        f'<div class="zoom">{zoom}</div><div class="canvas">{body}</div></figure>'
    )


def _diagram_order(names: Iterable[str]) -> list[str]:
    known = list(DIAGRAM_TITLES)
    return sorted(names, key=lambda n: (known.index(n) if n in known else len(known), n))


def _frames(
    estate: EstateGraph, given: Mapping[str, pd.DataFrame] | None
) -> dict[str, pd.DataFrame]:
    """The report's tables: those given, else the estate's (:func:`export.tables.table`)."""
    frames = {}
    for name in ("controls", "gaps", *(t[0] for t in TABLES)):
        if given is not None and name in given:
            frames[name] = given[name]
        elif name in export_tables.BUILDERS:
            frames[name] = export_tables.table(estate, name)
    return frames


def _title(snapshot: Snapshot) -> str:
    name = snapshot.organisation.name
    return f"piimap report: {name}" if name else "piimap report"


def _header(snapshot: Snapshot) -> str:
    org = snapshot.organisation
    meta = [
        ("Organisation", org.name),
        ("Contact", org.contact),
        ("Data protection officer", org.dpo),
        ("Representative", org.representative),
        ("Scanned at", snapshot.scanned_at),
        ("piimap version", snapshot.piimap_version),
        ("Snapshot schema version", str(snapshot.schema_version)),
        ("Estate config sha256", snapshot.config_hash),
    ]
    rows = "".join(
        f"<dt>{_esc(k)}</dt><dd>{f'<code>{_esc(v)}</code>' if 'sha256' in k else _esc(v)}</dd>"
        for k, v in meta
        if v
    )
    banner = ""
    if snapshot.partial:
        banner = (
            f'<p class="banner" role="status">Partial scan: {len(snapshot.issues)} thing(s) could '
            'not be scanned; see <a href="#issues">Scan issues</a>.</p>'
        )
    nav = "".join(
        f'<a href="#{i}">{t}</a>'
        for i, t in (
            ("summary", "Summary"),
            ("controls", "Controls"),
            ("gaps", "Gaps"),
            ("diagrams", "Diagrams"),
            ("tables", "Tables"),
            ("issues", "Scan issues"),
        )
    )
    return (
        f"<header><h1>{_esc(_title(snapshot))}</h1>"
        f'<dl class="meta">{rows}</dl>{banner}<nav>{nav}</nav></header>'
    )


def _summary(snapshot: Snapshot) -> str:
    pii = snapshot.pii_fields()
    severities = Counter(g.severity for g in snapshot.gaps)
    by_severity = sorted(severities.items(), key=lambda kv: (SEVERITY_ORDER.get(kv[0], 9), kv[0]))
    cards = [
        ("systems", len(snapshot.systems)),
        ("datasets", len(snapshot.datasets)),
        ("fields", len(snapshot.fields)),
        ("PII fields", len(pii)),
        ("PII datasets", len({(f.system, f.dataset) for f in pii})),
        ("flows", len(snapshot.flows)),
        ("gaps", len(snapshot.gaps)),
        *((f"{s} gaps", n) for s, n in by_severity),
        ("scan issues", len(snapshot.issues)),
    ]
    items = "".join(f"<li><b>{n}</b>{_esc(label)}</li>" for label, n in cards)
    pii_by_system = Counter(f.system for f in pii)
    columns = "system name kind boundary region vendor pii_fields transit at_rest audit scanned"
    rows = [
        (
            *(s.id, s.name, s.kind, s.boundary.value, s.region, s.vendor, pii_by_system[s.id]),
            *(c.status.value for c in (s.transit, s.at_rest, s.audit)),
            "yes" if s.scanned else f"no: {s.not_scanned_reason}",
        )
        for s in snapshot.systems
    ]
    return (
        f'<section id="summary"><h2>Summary</h2><ul class="cards">{items}</ul>\n'
        f"{render_table('systems', 'Systems of the estate', columns.split(), rows)}</section>"
    )


def render_report(
    estate: EstateGraph | Snapshot,
    svgs: Mapping[str, str],
    tables: Mapping[str, pd.DataFrame] | None = None,
) -> str:
    """The HTML page of ``snapshot`` with the diagrams ``svgs`` (name → SVG text) inlined.

    ``tables`` overrides or adds frames by name (``gaps``, ``pii_fields``, ``ropa``...); the
    others come from :mod:`lineage.export.tables`.
    """
    return "".join(report_parts(estate, svgs, tables))


def report_parts(
    estate: EstateGraph | Snapshot,
    svgs: Mapping[str, str],
    tables: Mapping[str, pd.DataFrame] | None = None,
) -> Iterator[str]:
    """The text of :func:`render_report` in parts, a section or a few hundred rows at a time,
    so that writing it never holds the whole page."""
    estate = EstateGraph.of(estate)
    snapshot = estate.snapshot
    frames = _frames(estate, tables)
    yield f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="piimap {_esc(snapshot.piimap_version)}">
<title>{_esc(_title(snapshot))}, scan {_esc(snapshot.scanned_at)}</title>
<style>{CSS}</style>
</head>
<body>
{_header(snapshot)}
<main>
{_summary(snapshot)}
"""
    if "controls" in frames:
        yield """<section id="controls"><h2>Controls</h2>
<p>The control matrix: for each criterion, what piimap tested, on what population, the gaps that
are exceptions to it (linked below) and the result. <q>Not tested</q> says why; nothing piimap
cannot see is reported as passed.</p>
"""
        yield from frame_parts("controls", "Criteria tested by this scan", frames["controls"])
        yield "\n</section>\n"
    yield """<section id="gaps"><h2>Gaps</h2>
<p>Failed or unproven controls, most severe first, each with its evidence and remediation.</p>
"""
    yield from frame_parts("gaps", "Gaps, most severe first", frames["gaps"])
    yield """
</section>
<section id="diagrams"><h2>Diagrams</h2>
<p>Green: ok; red: gap; grey: unknown. Hover over a node or an edge for details.</p>
"""
    for n, name in enumerate(_diagram_order(svgs)):
        yield ("\n" if n else "") + _diagram(name, svgs[name])
    if not svgs:
        yield "<p>No diagram was rendered (Graphviz's <code>dot</code> may be missing).</p>"
    yield """
</section>
<section id="tables"><h2>Tables</h2>
"""
    shown = [t for t in TABLES if t[0] in frames]
    for n, (name, heading, caption) in enumerate(shown):
        yield ("\n" if n else "") + f'<h3 id="table-{name}">{_esc(heading)}</h3>\n'
        yield from frame_parts(name, caption, frames[name])
    yield """
</section>
<section id="issues"><h2>Scan issues</h2>
"""
    if not snapshot.issues:
        yield "<p>None: the scan read every system and dataset of the estate.</p>\n"
    yield from table_parts(
        "issues",
        "What the scan could not do; the scan went on without it",
        ["subject", "kind", "message"],
        [[i.subject, i.kind, i.message] for i in snapshot.issues],
    )
    yield f"""
</section>
</main>
<footer><p>Written by piimap {_esc(snapshot.piimap_version)} from snapshot.json. It holds no
sampled value and no secret; it loads nothing from the network.</p></footer>
<script>{JS}</script>
</body>
</html>
"""


def write_report(
    estate: EstateGraph | Snapshot, out_dir: Path, svg_paths: Mapping[str, Path]
) -> Path:
    """Write ``out_dir/report.html`` with the diagrams read from ``svg_paths`` (name → .svg),
    in parts (:func:`report_parts`); its control matrix cites the files in ``out_dir`` with
    their sha256, as ``tables/controls.csv`` does."""
    svgs = {name: Path(path).read_text(encoding="utf-8") for name, path in svg_paths.items()}
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "report.html"
    controls = export_tables.controls_in(estate, out_dir)
    write_atomic(path, report_parts(estate, svgs, {"controls": controls}))
    return path
