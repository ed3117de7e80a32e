"""Mermaid flowcharts of the systems diagram and of per-entity traces, for Markdown documents
(GitHub, GitLab and most wikis draw ```mermaid fences).

They draw the same views as the Graphviz diagrams (``diagram_view``, ``trace_view``): boundary
subgraphs, edges labelled with the categories carried and styled by transit (``-->`` ok,
``==>`` gap, ``-.->`` unknown, coloured by ``linkStyle``), and each node's marks.

>>> label("Mailchimp (Intuit) \\"beta\\" | #1")
'Mailchimp #40;Intuit#41; #quot;beta#quot; #124; #35;1'
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from lineage.core.model import Snapshot, Status
from lineage.graph.estate import EstateGraph

from .systems_view import (
    GROUP_FILL,
    GROUP_LABEL,
    STATUS_COLOUR,
    Marks,
    Node,
    safe_ids,
    short_list,
    system_view,
)
from .trace_view import trace_view

ARROW = {Status.OK: "-->", Status.GAP: "==>", Status.UNKNOWN: "-.->"}
BOTH = {Status.OK: "<-->", Status.GAP: "<==>", Status.UNKNOWN: "<-.->"}
LINK_STYLE = {
    Status.OK: f"stroke:{STATUS_COLOUR[Status.OK]},stroke-width:2px",
    Status.GAP: f"stroke:{STATUS_COLOUR[Status.GAP]},stroke-width:3px",
    Status.UNKNOWN: f"stroke:{STATUS_COLOUR[Status.UNKNOWN]},stroke-width:1.5px,"
    "stroke-dasharray:5 5",
}
SYMBOL = {Status.OK: "✓", Status.GAP: "✗", Status.UNKNOWN: "?"}

#: Characters that would end a Mermaid label or be read as markup, as Mermaid entity codes.
_ESCAPES = {
    "#": "#35;",
    '"': "#quot;",
    "<": "#lt;",
    ">": "#gt;",
    "&": "#38;",
    "|": "#124;",
    "[": "#91;",
    "]": "#93;",
    "(": "#40;",
    ")": "#41;",
    "{": "#123;",
    "}": "#125;",
    "`": "#96;",
}
CLASSES = (
    "classDef folded fill:#f6f8fa,stroke:#8c959f,stroke-dasharray:4 3",
    "classDef unscanned stroke:#cf222e,stroke-width:2px",
    "classDef legend fill:#ffffff,stroke:#8c959f,text-align:left",
)


def label(text: object) -> str:
    """``text`` safe inside a quoted Mermaid label: one line, no quote, bracket or markup."""
    return "".join(_ESCAPES.get(c, c) for c in " ".join(str(text).split()))


class _Chart:
    """Lines of one flowchart, counting edges for ``linkStyle``."""

    def __init__(self) -> None:
        self.lines = ["flowchart LR"]
        self.styles: dict[Status, list[int]] = defaultdict(list)
        self.edges = 0

    def edge(self, a: str, b: str, text: str, status: Status, both: bool = False) -> None:
        arrow = (BOTH if both else ARROW)[status]
        self.lines.append(f'    {a} {arrow}|"{label(text)}"| {b}')
        self.styles[status].append(self.edges)
        self.edges += 1

    def order(self, subgraphs: Sequence[str]) -> None:
        """Invisible links keep the subgraphs left to right (they count as links too)."""
        if len(subgraphs) > 1:
            self.lines.append("    " + " ~~~ ".join(subgraphs))
            self.edges += len(subgraphs) - 1

    def text(self) -> str:
        for status, indexes in self.styles.items():
            self.lines.append(f"    linkStyle {','.join(map(str, indexes))} {LINK_STYLE[status]}")
        self.lines += [f"    {c}" for c in CLASSES]
        return "\n".join(self.lines) + "\n"


def _marks(marks: Marks) -> str:
    return " · ".join(f"{name} {SYMBOL[s]}" for name, s in marks.items())


def _node_text(title: str, lines: Iterable[str]) -> str:
    return "<br/>".join([f"<b>{label(title)}</b>", *(label(line) for line in lines if line)])


def mermaid_systems(estate: EstateGraph | Snapshot) -> str:
    """The systems diagram as a Mermaid flowchart (see the module docstring)."""
    view = system_view(estate)
    chart = _Chart()
    ids = {n.id: f"s_{n.id}" for n in view.nodes}
    for group, nodes in view.groups():
        chart.lines.append(f'    subgraph g_{group}["{label(GROUP_LABEL[group])}"]')
        for node in nodes:
            chart.lines.append(f'        {ids[node.id]}["{_system_text(node)}"]')
        chart.lines.append("    end")
    chart.order([f"g_{group}" for group, _ in view.groups()])
    for edge in view.edges:
        chart.edge(ids[edge.source], ids[edge.target], edge.label, edge.transit, edge.both)
    for group, _ in view.groups():
        chart.lines.append(f"    style g_{group} fill:{GROUP_FILL[group]},stroke:#8c959f")
    _classes(chart, [n for n in view.nodes if n.folded], "folded", ids)
    _classes(chart, [n for n in view.nodes if not n.scanned], "unscanned", ids)
    chart.lines.append(f'    legend["{_legend("systems")}"]:::legend')
    return chart.text()


def _system_text(node: Node) -> str:
    lines = [*node.lines]
    if node.holds:
        lines.append("holds: " + short_list(node.holds, limit=4, width=40))
    if not node.scanned:
        lines.append("not scanned")
    lines.append(_marks(node.marks))
    return _node_text(node.title, lines)


def _classes(chart: _Chart, nodes: Sequence[Node], name: str, ids: dict[str, str]) -> None:
    if nodes:
        chart.lines.append(f"    class {','.join(ids[n.id] for n in nodes)} {name}")


def mermaid_trace(estate: EstateGraph | Snapshot, entity: str) -> str:
    """Every path ``entity`` takes, as a Mermaid flowchart: a node per dataset listing the
    fields holding it, edges labelled with the fields and how they moved."""
    view = trace_view(estate, entity)
    chart = _Chart()
    cluster_ids = safe_ids([c.system or "third_parties" for c in view.clusters], prefix="g_")
    for c in view.clusters:
        chart.lines.append(
            f'    subgraph {cluster_ids[c.system or "third_parties"]}["{label(c.title)}"]'
        )
        for box in c.boxes:
            text = _node_text(box.title, [t for _, t in box.rows])
            suffix = ":::folded" if box.kind == "more" else ""
            chart.lines.append(f'        {box.id}["{text}"]{suffix}')
        chart.lines.append("    end")
    chart.order([cluster_ids[c.system or "third_parties"] for c in view.clusters])
    for c in view.clusters:
        fill = GROUP_FILL[c.group]
        chart.lines.append(f"    style {cluster_ids[c.system or 'third_parties']} fill:{fill}")
    for link in view.links:
        ports = (
            f"{link.source_port or '*'} → {link.target_port or '*'}: "
            if link.source_port or link.target_port
            else ""
        )
        chart.edge(link.source, link.target, (ports + link.label)[:60], link.transit)
    chart.lines.append(f'    legend["{_legend("trace")}"]:::legend')
    return chart.text()


def _legend(kind: str) -> str:
    lines = [
        "Legend",
        "solid green: transit ok · thick red: transit gap · dotted grey: transit unknown",
    ]
    if kind == "trace":
        lines += [
            "field → field: how the value moved (copied, derived, pseudonymised, aggregated, "
            "influenced)",
            "kind alone (declared, cdc...): a whole flow carrying the entity",
        ]
    else:
        lines += [
            "edge text: categories carried; * sensitive (GDPR Art. 9 or 10, CPRA); "
            "not stated: unknown",
            "at rest · retention · audit: ✓ ok, ✗ gap, ? unknown (worst dataset)",
            "N more: folded systems; grey dashed: folded, red border: not scanned",
        ]
    return "<br/>".join(label(line) for line in lines)


def markdown(
    estate: EstateGraph | Snapshot, entities: Sequence[str], images: Sequence[str] = ()
) -> str:
    """``diagrams.md``: the systems flowchart and one trace per entity in ```mermaid fences,
    with links to the Graphviz images written beside it."""
    estate = EstateGraph.of(estate)
    parts = [
        f"# piimap diagrams (scan {estate.snapshot.scanned_at})",
        "",
        "Mermaid versions of piimap's diagrams; docs/diagrams.md explains every mark.",
    ]
    if images:
        parts += ["", "Graphviz renderings: " + ", ".join(f"[{i}]({i})" for i in images) + "."]
    parts += ["", "## Systems and personal-data flows", "", "```mermaid", mermaid_systems(estate)]
    parts[-1] = parts[-1].rstrip("\n")
    parts.append("```")
    for entity in entities:
        parts += ["", f"## Every path {entity} takes", "", "```mermaid"]
        parts += [mermaid_trace(estate, entity).rstrip("\n"), "```"]
    return "\n".join(parts) + "\n"
