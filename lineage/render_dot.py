"""Data-flow diagrams with Graphviz: systems with trust boundaries, and PII datasets.

Builds ``graphviz.Digraph`` objects from a snapshot (no model code knows about rendering) and
renders them with Graphviz's ``dot`` (``sfdp`` for large graphs).
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import graphviz

from .graph import system_of
from .model import Boundary, Flow, Snapshot, Status

FONT = "Helvetica"
STATUS_COLOUR = {Status.OK: "#1a7f37", Status.GAP: "#cf222e", Status.UNKNOWN: "#6e7781"}
STATUS_STYLE = {Status.OK: "solid", Status.GAP: "bold", Status.UNKNOWN: "dashed"}
BOUNDARY_LABEL = {
    Boundary.INTERNAL: "Internal: storefront and data stores",
    Boundary.CRM: "CRM",
    Boundary.THIRD_PARTY: "Third parties",
}
BOUNDARY_FILL = {
    Boundary.INTERNAL: "#f6f8fa",
    Boundary.CRM: "#ddf4ff",
    Boundary.THIRD_PARTY: "#fff8c5",
}
#: Above this many nodes a diagram is laid out with sfdp instead of dot.
DOT_NODE_LIMIT = 300
#: Datasets drawn at most in the dataset diagram (the ones with most PII fields first).
DATASET_LIMIT = 120


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _summary(items: Iterable[str], limit: int) -> str:
    counted = Counter(items)
    names = [name for name, _ in sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))]
    shown = ", ".join(names[:limit])
    return shown + (f" +{len(names) - limit}" if len(names) > limit else "")


def _worst(statuses: Iterable[Status]) -> Status:
    statuses = set(statuses)
    for status in (Status.GAP, Status.UNKNOWN):
        if status in statuses:
            return status
    return Status.OK


def systems_diagram(snapshot: Snapshot) -> graphviz.Digraph:
    """One node per system in trust-boundary clusters; flows aggregated per pair of systems."""
    dot = graphviz.Digraph(
        "systems",
        graph_attr={
            "rankdir": "LR",
            "fontname": FONT,
            "labelloc": "t",
            "nodesep": "0.4",
            "ranksep": "1.2",
            "label": f"piimap: systems and personal-data flows (scan {snapshot.scanned_at})",
            "tooltip": "piimap systems",
        },
        node_attr={"fontname": FONT, "shape": "plain"},
        edge_attr={"fontname": FONT, "fontsize": "10"},
    )
    pii_by_system: dict[str, list[str]] = defaultdict(list)
    fields_by_system: Counter[str] = Counter()
    datasets_by_system: dict[str, set[str]] = defaultdict(set)
    for f in snapshot.pii_fields():
        pii_by_system[f.system].extend(e.entity for e in f.entities)
        fields_by_system[f.system] += 1
        datasets_by_system[f.system].add(f.dataset)
    by_boundary = defaultdict(list)
    for system in snapshot.systems:
        by_boundary[system.boundary].append(system)
    for boundary in Boundary:
        if not by_boundary[boundary]:
            continue
        with dot.subgraph(name=f"cluster_{boundary.value}") as cluster:
            cluster.attr(
                label=BOUNDARY_LABEL[boundary],
                style="rounded,filled",
                fillcolor=BOUNDARY_FILL[boundary],
                color="#8c959f",
                fontname=FONT,
            )
            for system in by_boundary[boundary]:
                entities = pii_by_system.get(system.id, [])
                rows = [
                    f"<B>{_esc(system.name or system.id)}</B>",
                    f"<FONT POINT-SIZE='10'>{_esc(system.kind)}"
                    f"{' · ' + _esc(system.vendor) if system.vendor else ''}</FONT>",
                ]
                if system.kind != "third_party":
                    rows.append(
                        f"<FONT POINT-SIZE='10'>{fields_by_system[system.id]} PII fields in "
                        f"{len(datasets_by_system.get(system.id, ()))} datasets</FONT>"
                    )
                if entities:
                    rows.append(f"<FONT POINT-SIZE='9'>{_esc(_summary(entities, 5))}</FONT>")
                if system.kind != "third_party":
                    colour = STATUS_COLOUR[system.at_rest.status]
                    rows.append(
                        f"<FONT POINT-SIZE='9' COLOR='{colour}'>at rest: "
                        f"{system.at_rest.status.value}</FONT>"
                    )
                if not system.scanned:
                    rows.append("<FONT POINT-SIZE='9' COLOR='#cf222e'>not scanned</FONT>")
                border = "#cf222e" if not system.scanned else "#24292f"
                label = (
                    "<<TABLE BORDER='1' CELLBORDER='0' CELLPADDING='3' BGCOLOR='white' "
                    f"COLOR='{border}' STYLE='rounded'>"
                    + "".join(f"<TR><TD>{r}</TD></TR>" for r in rows)
                    + "</TABLE>>"
                )
                cluster.node(
                    system.id,
                    label=label,
                    tooltip=system.not_scanned_reason or system.name or system.id,
                )
    # Flows between two systems in both directions share one two-headed edge, so their labels
    # do not pile on each other.
    edges: dict[tuple[str, str], list[Flow]] = defaultdict(list)
    both: set[tuple[str, str]] = set()
    for flow in snapshot.flows:
        source, target = system_of(flow.source), system_of(flow.target)
        pair = (source, target)
        if (target, source) in edges and source != target:
            pair = (target, source)
            both.add(pair)
        edges[pair].append(flow)
    for (source, target), flows in sorted(edges.items()):
        status = _worst(f.transit.status for f in flows)
        entities = [e for f in flows for e in f.entities]
        label = _summary(entities, 3) if entities else f"{len(flows)} flow(s)"
        dot.edge(
            source,
            target,
            dir="both" if (source, target) in both else "forward",
            label=label,
            color=STATUS_COLOUR[status],
            fontcolor=STATUS_COLOUR[status],
            style=STATUS_STYLE[status],
            penwidth="2.2" if status is Status.GAP else "1.4",
            tooltip="; ".join(f"{f.id} (transit {f.transit.status.value})" for f in flows),
        )
    _legend(dot)
    return dot


def _legend(dot: graphviz.Digraph) -> None:
    with dot.subgraph(name="legend_rank") as rank:
        rank.attr(rank="sink")
        rank.node("legend", shape="plain", label=_legend_label())


def _legend_label() -> str:
    """The legend's HTML-like label."""
    rows = "".join(
        f"<TR><TD><FONT COLOR='{STATUS_COLOUR[s]}'>{'━━' if s is not Status.UNKNOWN else '╌╌'}"
        f"</FONT></TD><TD ALIGN='LEFT'>transit {s.value}</TD></TR>"
        for s in Status
    )
    return (
        "<<TABLE BORDER='1' CELLBORDER='0' CELLPADDING='2' COLOR='#8c959f'>"
        "<TR><TD COLSPAN='2'><B>Legend</B></TD></TR>"
        + rows
        + "<TR><TD COLSPAN='2' ALIGN='LEFT'>edge label: personal data carried</TD></TR>"
        "<TR><TD COLSPAN='2' ALIGN='LEFT'>at rest: ok / gap / unknown (evidence in snapshot)"
        "</TD></TR></TABLE>>"
    )


def datasets_diagram(snapshot: Snapshot, limit: int = DATASET_LIMIT) -> graphviz.Digraph:
    """Datasets holding personal data, clustered by system, with foreign keys and flows."""
    pii: dict[str, list[str]] = defaultdict(list)
    for f in snapshot.pii_fields():
        pii[f"{f.system}/{f.dataset}"].extend(e.entity for e in f.entities)
    ranked = sorted(pii, key=lambda d: (-len(pii[d]), d))
    shown = set(ranked[:limit])
    engine = "dot" if len(shown) <= DOT_NODE_LIMIT else "sfdp"
    dot = graphviz.Digraph(
        "datasets",
        engine=engine,
        graph_attr={
            "rankdir": "LR",
            "fontname": FONT,
            "labelloc": "t",
            "overlap": "false",
            "splines": "true",
            "label": f"piimap: datasets holding personal data (scan {snapshot.scanned_at})"
            + (f" — {len(ranked) - len(shown)} more not drawn" if len(ranked) > limit else ""),
        },
        node_attr={
            "fontname": FONT,
            "shape": "box",
            "style": "rounded,filled",
            "fillcolor": "white",
            "fontsize": "10",
        },
        edge_attr={"fontname": FONT},
    )
    by_system = defaultdict(list)
    for ds in snapshot.datasets:
        if ds.id in shown:
            by_system[ds.system].append(ds)
    names = {s.id: s.name or s.id for s in snapshot.systems}
    for system_id, datasets in sorted(by_system.items()):
        with dot.subgraph(name=f"cluster_{system_id}") as cluster:
            cluster.attr(label=names.get(system_id, system_id), style="rounded", color="#8c959f")
            for ds in datasets:
                rows = f"\\n{ds.row_count:,} rows" if ds.row_count is not None else ""
                cluster.node(
                    ds.id,
                    label=f"{ds.name}\\n{_summary(pii[ds.id], 3)}{rows}",
                    color=STATUS_COLOUR[ds.at_rest.status],
                    tooltip=f"{ds.id}: {len(pii[ds.id])} PII entity hits",
                )
    for ds in snapshot.datasets:
        if ds.id not in shown:
            continue
        for fk in ds.foreign_keys:
            ref = f"{ds.system}/{fk.ref_dataset}"
            if ref in shown and ref != ds.id:
                dot.edge(
                    ds.id,
                    ref,
                    color="#afb8c1",
                    arrowhead="odot",
                    style="dashed",
                    tooltip=f"{', '.join(fk.columns)} references {fk.ref_dataset}",
                )
    systems = {s.id: s for s in snapshot.systems}
    for flow in snapshot.flows:
        source, target = _dataset_node(flow.source), _dataset_node(flow.target)
        # Flows out of a drawn dataset to a third party show where that data leaves the estate.
        external = systems.get(target)
        if source in shown and external is not None and external.boundary is Boundary.THIRD_PARTY:
            with dot.subgraph(name="cluster_third_parties") as cluster:
                cluster.attr(
                    label=BOUNDARY_LABEL[Boundary.THIRD_PARTY],
                    style="rounded,filled",
                    fillcolor=BOUNDARY_FILL[Boundary.THIRD_PARTY],
                    color="#8c959f",
                )
                cluster.node(
                    target, label=external.name or target, shape="box3d", fillcolor="white"
                )
            shown.add(target)
        if source in shown and target in shown:
            dot.edge(
                source,
                target,
                color=STATUS_COLOUR[flow.transit.status],
                style=STATUS_STYLE[flow.transit.status],
                label=_summary(flow.entities, 2),
            )
    return dot


def _dataset_node(node_id: str) -> str:
    return "/".join(node_id.split("/")[:2])


def render(diagram: graphviz.Digraph, stem: Path, formats: Iterable[str] = ("svg",)) -> list[Path]:
    """Write ``stem.<format>`` for each format (``dot`` writes the source, no Graphviz needed).

    Raises ``graphviz.ExecutableNotFound`` when Graphviz is not installed.
    """
    stem.parent.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        path = stem.with_suffix(f".{fmt}")
        if fmt == "dot":
            path.write_text(diagram.source, encoding="utf-8")
        else:
            path.write_bytes(diagram.pipe(format=fmt))
        written.append(path)
    return written
