"""Data-flow diagrams with Graphviz: systems in trust-boundary clusters, datasets holding
personal data, and every path one entity takes.

Builds ``graphviz.Digraph`` objects from the views in ``diagram_view`` and ``trace_view`` (the
Mermaid renderer draws the same views) and renders them with Graphviz: ``dot`` for layered
layouts, ``sfdp`` above :data:`DOT_NODE_LIMIT` nodes. docs/diagrams.md explains every mark.
"""

from __future__ import annotations

import html
import itertools
import subprocess
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import graphviz
import networkx as nx

from lineage.core.model import Snapshot, Status
from lineage.graph.estate import EstateGraph

from .datasets_view import DATASET_LIMIT, dataset_view
from .systems_view import (
    GROUP_FILL,
    GROUP_LABEL,
    GROUPS,
    STATUS_COLOUR,
    Marks,
    Node,
    safe_ids,
    short_list,
    system_view,
)
from .trace_view import Box, trace_view

FONT = "Helvetica"
STATUS_STYLE = {Status.OK: "solid", Status.GAP: "bold", Status.UNKNOWN: "dashed"}
STATUS_FILL = {Status.OK: "#dafbe1", Status.GAP: "#ffebe9", Status.UNKNOWN: "#eaeef2"}
SYMBOL = {Status.OK: "✓", Status.GAP: "✗", Status.UNKNOWN: "?"}
#: Above this many nodes a diagram is laid out with sfdp instead of dot.
DOT_NODE_LIMIT = 300
_ORDER = {g: i for i, g in enumerate(GROUPS)}


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _digraph(name: str, title: str, nodes: int) -> graphviz.Digraph:
    return graphviz.Digraph(
        name,
        engine="dot" if nodes <= DOT_NODE_LIMIT else "sfdp",
        graph_attr={
            "rankdir": "LR",
            "fontname": FONT,
            "labelloc": "t",
            "labeljust": "l",
            "fontsize": "16",
            "label": graphviz.nohtml(title),
            "nodesep": "0.3",
            "ranksep": "0.9",
            "splines": "true",
            "overlap": "false",
            "outputorder": "edgesfirst",
            "newrank": "true",
            "tooltip": name,
        },
        node_attr={"fontname": FONT, "shape": "plain"},
        edge_attr={"fontname": FONT, "fontsize": "9", "arrowsize": "0.7"},
    )


def _cluster_attrs(label: str, group: str) -> dict[str, str]:
    return {
        "label": graphviz.nohtml(label),
        "style": "rounded,filled",
        "fillcolor": GROUP_FILL[group],
        "color": "#8c959f",
        "fontname": FONT,
        "fontsize": "13",
        "margin": "12",
    }


def _marks_row(marks: Marks, span: int) -> str:
    cells = "".join(
        f"<TD BGCOLOR='{STATUS_FILL[s]}'><FONT POINT-SIZE='8' COLOR='{STATUS_COLOUR[s]}'>"
        f"{name} {SYMBOL[s]}</FONT></TD>"
        for name, s in marks.items()
    )
    return f"<TR>{cells}</TR>" if cells else ""


def _table(title: str, lines: Sequence[str], marks: Marks, border: str, fill: str = "white") -> str:
    """A node: bold title, small grey lines, then one coloured cell per mark."""
    span = max(1, len(marks.items()))
    rows = [f"<TR><TD COLSPAN='{span}'><B>{_esc(title)}</B></TD></TR>"]
    rows += [
        f"<TR><TD COLSPAN='{span}'><FONT POINT-SIZE='9' COLOR='#57606a'>{line}</FONT></TD></TR>"
        for line in lines
    ]
    rows.append(_marks_row(marks, span))
    return (
        f"<<TABLE BORDER='1' CELLBORDER='0' CELLSPACING='1' CELLPADDING='2' BGCOLOR='{fill}' "
        f"COLOR='{border}' STYLE='rounded'>{''.join(rows)}</TABLE>>"
    )


def _edge_label(text: str, status: Status) -> str:
    """Edge text on a white ground, so a crossing edge never runs through it."""
    return (
        "<<TABLE BORDER='0' CELLBORDER='0' CELLPADDING='1' BGCOLOR='white'><TR><TD>"
        f"<FONT POINT-SIZE='9' COLOR='{STATUS_COLOUR[status]}'>{_esc(text)}</FONT>"
        "</TD></TR></TABLE>>"
    )


def _edge_style(status: Status) -> dict[str, str]:
    return {
        "color": STATUS_COLOUR[status],
        "style": STATUS_STYLE[status],
        "penwidth": "2.2" if status is Status.GAP else "1.3",
    }


def _orient(
    tail: str, head: str, keys: tuple[tuple[int, int, str], tuple[int, int, str]], both: bool
) -> dict[str, str]:
    """An edge whose tail sorts after its head (boundary first) is drawn reversed
    (``dir=back``), so no third party is pulled left of the estate."""
    if keys[0] > keys[1]:
        return {"tail_name": head, "head_name": tail, "dir": "both" if both else "back"}
    return {"tail_name": tail, "head_name": head, "dir": "both" if both else "forward"}


def _flow_order(
    group: Mapping[str, str], edges: Iterable[tuple[str, str]]
) -> dict[str, tuple[int, int, str]]:
    """Left-to-right keys: boundary, then the flows' own order inside it, a cycle (a sync both
    ways) broken by id. Edges drawn along these keys never close a cycle, which dot would
    break by undoing the boundary order."""
    inside = nx.DiGraph()
    inside.add_nodes_from(group)
    inside.add_edges_from((a, b) for a, b in edges if a != b and group[a] == group[b])
    dag = nx.condensation(inside)
    first = {c: min(dag.nodes[c]["members"]) for c in dag}
    step = {c: i for i, c in enumerate(nx.lexicographical_topological_sort(dag, key=first.get))}
    return {n: (_ORDER[group[n]], step[dag.graph["mapping"][n]], n) for n in group}


def _rank_columns(dot: graphviz.Digraph, columns: Sequence[Sequence[str]]) -> None:
    """Keep each column (a boundary's nodes, then the legend) right of the one before, through
    an invisible point between them (``newrank`` makes dot honour this across clusters)."""
    columns = [c for c in columns if c]
    for i, (left, right) in enumerate(itertools.pairwise(columns)):
        anchor = f"_rank{i}"
        dot.node(anchor, label="", shape="point", width="0", style="invis")
        for node in left:
            dot.edge(node, anchor, style="invis")
        for node in right:
            dot.edge(anchor, node, style="invis")


# --- systems ------------------------------------------------------------------------------------


def systems_diagram(estate: EstateGraph | Snapshot) -> graphviz.Digraph:
    """One node per system (vendors and the least important systems folded when there are
    many) in trust-boundary clusters; flows aggregated per pair of nodes."""
    view = system_view(estate)
    dot = _digraph("systems", view.title, len(view.nodes))
    outward: Counter[str] = Counter()
    group = {n.id: n.group for n in view.nodes}
    for edge in view.edges:
        if group[edge.source] != group[edge.target]:
            outward[edge.source] += 1
            outward[edge.target] += 1
    # Inside a boundary, the systems with most flows across it sit right-most; a strict order
    # (ties by id) leaves no cycle for dot to break against the boundary order.
    key = {n.id: (_ORDER[n.group], outward[n.id], n.id) for n in view.nodes}
    for name, nodes in view.groups():
        with dot.subgraph(name=f"cluster_{name}") as cluster:
            cluster.attr(**_cluster_attrs(GROUP_LABEL[name], name))
            for node in nodes:
                cluster.node(
                    node.id, label=_system_label(node), tooltip=graphviz.nohtml(node.tooltip)
                )
    for edge in view.edges:
        dot.edge(
            **_orient(edge.source, edge.target, (key[edge.source], key[edge.target]), edge.both),
            label=_edge_label(edge.label, edge.transit),
            tooltip=_flows_tooltip(edge.flows, edge.transit),
            **_edge_style(edge.transit),
        )
    _legend(dot, "systems")
    _rank_columns(dot, [*([n.id for n in nodes] for _, nodes in view.groups()), ["legend"]])
    return dot


def _system_label(node: Node) -> str:
    lines = [_esc(line) for line in node.lines]
    if node.holds:
        lines.append("holds: " + _esc(short_list(node.holds, limit=4, width=40)))
    if not node.scanned:
        lines.append("<FONT COLOR='#cf222e'>not scanned</FONT>")
    border = "#cf222e" if not node.scanned else "#8c959f" if node.folded else "#24292f"
    return _table(node.title, lines, node.marks, border, "#f6f8fa" if node.folded else "white")


def _flows_tooltip(flows: Sequence[str], status: Status) -> str:
    shown = "; ".join(flows[:25]) + (f"; +{len(flows) - 25} more" if len(flows) > 25 else "")
    return graphviz.nohtml(f"transit {status.value}: {shown}")


def _legend(dot: graphviz.Digraph, kind: str) -> None:
    rows = [("<B>Legend</B>", "")]
    for status, meaning in (
        (Status.OK, "transit ok: encrypted, with evidence"),
        (Status.GAP, "transit gap: plain text or unverified"),
        (Status.UNKNOWN, "transit unknown: nothing proves it"),
    ):
        line = "╍╍╍" if status is Status.UNKNOWN else "━━━"
        rows.append((f"<FONT COLOR='{STATUS_COLOUR[status]}'>{line}▶</FONT>", meaning))
    if kind == "trace":
        rows.append(("copied, derived", "column lineage: how the value moved"))
        rows.append(("pseudonymised", "hashed: still personal data"))
        rows.append(("aggregated", "counted or summed: no person"))
        rows.append(("influenced", "orders or partitions rows: no value carried"))
        rows.append(("declared, cdc...", "a whole flow (kind) carrying the entity"))
        rows.append(("field rows", "fields holding the entity, per dataset"))
    else:
        rows.append(("contact, name", "edge: categories of personal data carried"))
        rows.append(("government ID*", "* a sensitive category (GDPR Art. 9 or 10, CPRA)"))
        rows.append(("not stated", "the flow does not say what it carries"))
        rows.append(("◀━━▶", "flows in both directions"))
        for name, meaning in (
            ("at rest", "stores of personal data encrypted at rest"),
            ("retention", "policy against oldest record; processors: on record"),
            ("audit", "changes to personal data recorded"),
        ):
            rows.append((name, f"{meaning} (worst dataset)"))
        rows.append(("✓ ✗ ?", "ok, gap, unknown (evidence: snapshot.json)"))
        if kind == "datasets":
            rows.append(("<FONT COLOR='#8c959f'>╍╍○</FONT>", "foreign key"))
            rows.append(("whole system", "a flow named at a system, not a dataset"))
        rows.append(("<FONT COLOR='#cf222e'>red border</FONT>", "not scanned"))
        rows.append(("N more", "folded nodes (summed; tooltip lists them)"))
    small = "<FONT POINT-SIZE='9'>{}</FONT>"
    body = "".join(
        f"<TR><TD ALIGN='LEFT'>{small.format(a)}</TD>"
        f"<TD ALIGN='LEFT'>{small.format(_esc(b))}</TD></TR>"
        if b
        else f"<TR><TD COLSPAN='2'>{a}</TD></TR>"
        for a, b in rows
    )
    label = (
        "<<TABLE BORDER='1' CELLBORDER='0' CELLPADDING='1' COLOR='#8c959f' BGCOLOR='white'>"
        f"{body}</TABLE>>"
    )
    dot.node("legend", label=label)


# --- datasets -----------------------------------------------------------------------------------


def datasets_diagram(
    estate: EstateGraph | Snapshot, limit: int = DATASET_LIMIT
) -> graphviz.Digraph:
    """Datasets holding personal data clustered by system (the most connected first, the rest
    folded into one box per system), the flows between them and out to third parties, and
    foreign keys as grey dashed edges."""
    view = dataset_view(estate, limit)
    nodes = sum(len(c.boxes) for c in view.clusters) + len(view.outside)
    dot = _digraph("datasets", view.title, nodes)
    columns: dict[str, list[str]] = defaultdict(list)
    for c in view.clusters:
        with dot.subgraph(name=f"cluster_{c.boxes[0].id}") as cluster:
            cluster.attr(**_cluster_attrs(c.title, c.group))
            for box in c.boxes:
                border = "#8c959f" if box.folded else "#24292f"
                fill = "#f6f8fa" if box.folded else "white"
                lines = [_esc(line) for line in box.lines]
                label = _table(box.title, lines, box.marks, border, fill)
                cluster.node(box.id, label=label, tooltip=graphviz.nohtml(box.tooltip))
                columns[c.group].append(box.id)
    outside: dict[str, list[Node]] = defaultdict(list)
    for node in view.outside:
        outside[node.group].append(node)
    for group, found in outside.items():
        label = "Other internal systems" if group == "internal" else GROUP_LABEL[group]
        with dot.subgraph(name=f"cluster_outside_{group}") as cluster:
            cluster.attr(**_cluster_attrs(label, group))
            for node in found:
                cluster.node(
                    node.id, label=_system_label(node), tooltip=graphviz.nohtml(node.tooltip)
                )
                columns[group].append(node.id)
    order = _flow_order(view.group, ((x.source, x.target) for x in view.links))
    for link in view.links:
        keys = (order[link.source], order[link.target])
        dot.edge(
            **_orient(link.source, link.target, keys, False),
            label=_edge_label(link.label, link.transit),
            tooltip=_flows_tooltip(link.flows, link.transit),
            **_edge_style(link.transit),
        )
    for a, b, why in view.foreign_keys:
        dot.edge(
            a,
            b,
            color="#afb8c1",
            style="dashed",
            arrowhead="odot",
            constraint="false",
            tooltip=graphviz.nohtml(why),
        )
    _legend(dot, "datasets")
    _rank_columns(dot, [*(columns[g] for g in GROUPS), ["legend"]])
    return dot


# --- per-entity trace ---------------------------------------------------------------------------


def trace_diagram(estate: EstateGraph | Snapshot, entity: str) -> graphviz.Digraph:
    """Every field holding ``entity`` (rows of its dataset's box) and every flow moving it, with
    the column link's how (copied, derived, pseudonymised, aggregated, influenced) on
    field-to-field edges."""
    view = trace_view(estate, entity)
    boxes = [box for cluster in view.clusters for box in cluster.boxes]
    dot = _digraph(f"trace_{view.entity}", view.title, len(boxes))
    dot.attr(ranksep="1.1")
    group: dict[str, str] = {}
    ports: dict[str, dict[str, str]] = {}
    cluster_ids = safe_ids([c.system or "third_parties" for c in view.clusters])
    for c in view.clusters:
        with dot.subgraph(name=f"cluster_{cluster_ids[c.system or 'third_parties']}") as sub:
            sub.attr(**_cluster_attrs(c.title, c.group))
            for box in c.boxes:
                ports[box.id] = safe_ids([p for p, _ in box.rows], prefix="p_")
                sub.node(
                    box.id,
                    label=_box_label(box, ports[box.id]),
                    tooltip=graphviz.nohtml(box.tooltip),
                )
                group[box.id] = c.group
    order = _flow_order(group, ((x.source, x.target) for x in view.links))
    for link in view.links:
        tail = _end(link.source, link.source_port, ports)
        head = _end(link.target, link.target_port, ports)
        keys = (order[link.source], order[link.target])
        oriented = _orient(tail, head, keys, False)
        oriented["tail_name"] += ":e"
        oriented["head_name"] += ":w"
        dot.edge(
            **oriented,
            label=_edge_label(link.label, link.transit),
            tooltip=_flows_tooltip(link.flows, link.transit),
            **_edge_style(link.transit),
        )
    columns: dict[str, list[str]] = defaultdict(list)
    for box_id, g in group.items():
        columns[g].append(box_id)
    _legend(dot, "trace")
    _rank_columns(dot, [*(columns[g] for g in GROUPS), ["legend"]])
    return dot


def _end(box: str, port: str, ports: dict[str, dict[str, str]]) -> str:
    return f"{box}:{ports[box][port]}" if port else box


def _box_label(box: Box, ports: dict[str, str]) -> str:
    border = "#8c959f" if box.kind == "more" else "#24292f"
    fill = "#f6f8fa" if box.kind == "more" else "white"
    rows = [f"<TR><TD><B>{_esc(box.title)}</B></TD></TR>"]
    rows += [
        f"<TR><TD PORT='{ports[port]}' ALIGN='LEFT' BGCOLOR='#f6f8fa'>"
        f"<FONT POINT-SIZE='9'>{_esc(text)}</FONT></TD></TR>"
        for port, text in box.rows
    ]
    return (
        f"<<TABLE BORDER='1' CELLBORDER='0' CELLSPACING='2' CELLPADDING='2' BGCOLOR='{fill}' "
        f"COLOR='{border}' STYLE='rounded'>{''.join(rows)}</TABLE>>"
    )


# --- rendering ----------------------------------------------------------------------------------


def render(diagram: graphviz.Digraph, stem: Path, formats: Iterable[str] = ("svg",)) -> list[Path]:
    """Write ``stem.<format>`` for each format from one Graphviz run (``dot`` writes the source
    and needs no Graphviz).

    Raises ``graphviz.ExecutableNotFound`` when Graphviz is not installed and
    ``subprocess.CalledProcessError`` when it fails.
    """
    stem.parent.mkdir(parents=True, exist_ok=True)
    formats = list(dict.fromkeys(formats))
    command = [diagram.engine]
    for fmt in formats:
        if fmt != "dot":
            command += [f"-T{fmt}", "-o", str(stem.with_suffix(f".{fmt}"))]
    if len(command) > 1:
        try:
            subprocess.run(command, input=diagram.source.encode(), check=True, capture_output=True)
        except FileNotFoundError:
            raise graphviz.ExecutableNotFound(command) from None
    if "dot" in formats:
        stem.with_suffix(".dot").write_text(diagram.source, encoding="utf-8")
    return [stem.with_suffix(f".{fmt}") for fmt in formats]
