"""What a per-entity trace diagram shows: every field holding one entity, grouped per dataset
and system, and every flow that moves it, with the column link's ``how`` (copied, derived,
pseudonymised, aggregated, influenced) where the flow's column lineage is known.

Graphviz and Mermaid draw the same view. Large estates fold datasets per system and third
parties beyond a limit, as the systems diagram does (docs/diagrams.md).

>>> from lineage.core.model import ColumnLink, EntityHit, Field, Flow, Snapshot, System
>>> email = (EntityHit("EMAIL_ADDRESS", 0.9),)
>>> s = Snapshot("2026-01-01T00:00:00Z", "0",
...     systems=(System("shop", "sqlite"), System("dw", "sqlite")),
...     fields=(Field("shop", "customers", "email", "text", entities=email),
...             Field("dw", "users", "mail_hash", "text", entities=email)),
...     flows=(Flow("sql_job:load", "shop/customers", "dw/users", "sql_job",
...                 columns=(ColumnLink("shop/customers/email", "dw/users/mail_hash",
...                                     "pseudonymised"),)),))
>>> view = trace_view(s, "email")
>>> [(c.system, [b.title for b in c.boxes]) for c in view.clusters]
[('dw', ['users']), ('shop', ['customers'])]
>>> [(link.source_port, link.target_port, link.label) for link in view.links]
[('email', 'mail_hash', 'pseudonymised')]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from lineage.core.ids import child, dataset_of, node_type_of, system_of
from lineage.core.model import Snapshot, Status
from lineage.graph.estate import EstateGraph
from lineage.graph.query import entity_name, where

from .systems_view import (
    GROUP_LIMIT,
    GROUP_NOUN,
    GROUPS,
    clip,
    group_of,
    safe_ids,
    split,
    system_view,
    worst,
)

#: Boxes drawn per trace, shared out between the systems holding the entity.
BOX_LIMIT = 60
#: Field rows per dataset box; the rest become one "+N more fields" row.
ROW_LIMIT = 6
MORE = "more"


@dataclass(frozen=True)
class Box:
    """A dataset (rows: its fields holding the entity), a whole system, or folded datasets."""

    id: str
    system: str
    title: str
    rows: tuple[tuple[str, str], ...] = ()  #: (port, text)
    kind: str = "dataset"
    tooltip: str = ""


@dataclass(frozen=True)
class Link:
    """Where the entity moves; ports name field rows (``""`` is the box itself)."""

    source: str
    source_port: str
    target: str
    target_port: str
    label: str
    transit: Status
    flows: tuple[str, ...]


@dataclass(frozen=True)
class Cluster:
    system: str
    title: str
    group: str
    boxes: tuple[Box, ...]


@dataclass(frozen=True)
class TraceView:
    entity: str
    title: str
    clusters: tuple[Cluster, ...]
    links: tuple[Link, ...]


def trace_entities(estate: EstateGraph | Snapshot, limit: int = 5) -> list[str]:
    """The ``limit`` entities held by most fields, EMAIL_ADDRESS always among them if held."""
    counts = {e: len(hits) for e, hits in EstateGraph.of(estate).by_entity.items()}
    chosen = [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))][:limit]
    if "EMAIL_ADDRESS" in counts and "EMAIL_ADDRESS" not in chosen:
        chosen[-1:] = ["EMAIL_ADDRESS"]
    return chosen


def trace_view(estate: EstateGraph | Snapshot, entity: str) -> TraceView:
    """Every field holding ``entity`` and every flow moving it (see the module docstring)."""
    estate = EstateGraph.of(estate)
    snapshot = estate.snapshot
    entity = entity_name(estate, entity)
    holding = {f.id for f in where(estate, entity)}
    # (source end, target end, label, transit, flow id); an end is a field, dataset or system
    moves: list[tuple[str, str, str, Status, str]] = []
    for flow in snapshot.flows:
        carried = [c for c in flow.columns if c.source in holding]
        moves += [(c.source, c.target, c.how, flow.transit.status, flow.id) for c in carried]
        if entity in flow.entities and not carried:
            label = flow.kind.replace("_", " ")
            moves.append((flow.source, flow.target, label, flow.transit.status, flow.id))
    ends = list(holding) + [end for m in moves for end in m[:2]]
    layout = _Layout(estate, ends, [m[:2] for m in moves])
    merged: dict[tuple[str, str, str, str], list[tuple[str, Status, str]]] = defaultdict(list)
    for source, target, label, status, flow_id in moves:
        key = (*layout.place(source), *layout.place(target))
        if key[0] != key[2] or key[1] != key[3]:
            merged[key].append((label, status, flow_id))
    links = tuple(
        Link(
            *key,
            label=clip(", ".join(sorted({label for label, _, _ in found})), 40),
            transit=worst(status for _, status, _ in found),
            flows=tuple(sorted({flow_id for _, _, flow_id in found})),
        )
        for key, found in sorted(merged.items())
    )
    title = (
        f"piimap: every path {entity} takes (scan {snapshot.scanned_at}): {len(holding)} fields, "
        f"{len({m[4] for m in moves})} flows"
    )
    if layout.folded:
        title += f"; folded: {', '.join(layout.folded)}"
    return TraceView(entity, title, layout.clusters(), links)


class _Layout:
    """Which box (and row) draws each end: datasets per system beyond a share fold into one box,
    systems the systems diagram folds into one, third parties beyond a limit into one."""

    def __init__(self, estate: EstateGraph, ends: list[str], moves: list[tuple[str, ...]]) -> None:
        self.systems = estate.every_system
        self.names = {sid: s.name or sid for sid, s in self.systems.items()}
        view = system_view(estate)
        nodes = {n.id: n for n in view.nodes}
        moving = Counter(end for move in moves for end in move)
        rows: dict[str, set[str]] = defaultdict(set)  # dataset (or system) -> its fields
        for end in ends:
            if node_type_of(end) == "field":
                dataset, name = end.rsplit("/", 1)
                rows[dataset].add(name)
            else:
                rows.setdefault(end, set())
        weight: Counter[str] = Counter()
        for end, n in moving.items():
            weight[dataset_of(end)] += n
        # cluster: a system, "*<node>" for the systems view's folded node, "" for third parties
        self.title: dict[str, str] = {"": "Third parties"}
        self.group: dict[str, str] = {"": "third_party"}
        by_cluster: dict[str, list[str]] = defaultdict(list)
        for box in rows:
            sid = system_of(box)
            node = nodes[view.node_of[sid]]
            key = "" if node.group == "third_party" else f"*{node.id}" if node.folded else sid
            by_cluster[key].append(box)
            if key:
                self.group[key] = node.group
                self.title[key] = (
                    f"Other {GROUP_NOUN[node.group]}" if node.folded else clip(self.names[sid])
                )
        stores = sorted(k for k in by_cluster if k)
        per_system = min(10, max(2, BOX_LIMIT // max(1, len(stores))))
        parties = sorted({system_of(b) for b in by_cluster.get("", [])})
        ids = safe_ids([*sorted({*rows, *parties, *stores}), "*third_parties"], prefix="t_")
        self.box_of: dict[str, str] = {}
        self.shown_rows: dict[str, list[str]] = {}
        self.boxes: dict[str, list[Box]] = defaultdict(list)
        folded_datasets = 0
        for key in stores:
            if key.startswith("*"):  # the systems view's folded systems: one box
                boxes = by_cluster[key]
                self.box_of.update((b, ids[key]) for b in boxes)
                count = f"{sum(len(rows[b]) for b in boxes)} fields in {len(boxes)} datasets"
                title = nodes[key[1:]].title
                self.boxes[key].append(Box(ids[key], key, title, ((MORE, count),), "more"))
                continue
            ranked = sorted(by_cluster[key], key=lambda b: (-weight[b], -len(rows[b]), b))
            keep, rest = split(ranked, per_system)
            for box in sorted(keep):
                self.box_of[box] = ids[box]
                self.boxes[key].append(self._box(ids[box], box, rows[box], moving))
            if rest:
                more = f"{ids[key]}__more"
                fields = sum(len(rows[b]) for b in rest)
                self.box_of.update((b, more) for b in rest)
                row = ((MORE, f"{fields} fields"),)
                self.boxes[key].append(Box(more, key, f"{len(rest)} more datasets", row, "more"))
                folded_datasets += len(rest)
        party_weight = {
            p: sum(weight[b] for b in by_cluster[""] if system_of(b) == p) for p in parties
        }
        ranked = sorted(parties, key=lambda p: (-party_weight[p], p))
        keep, rest = split(ranked, GROUP_LIMIT["third_party"])
        for box in by_cluster.get("", []):
            if system_of(box) in keep:
                self.box_of[box] = ids[system_of(box)]
        for party in sorted(keep):
            self.boxes[""].append(self._box(ids[party], party, set(), moving))
        if rest:
            more = ids["*third_parties"]
            self.box_of.update((b, more) for b in by_cluster[""] if system_of(b) in rest)
            names = ", ".join(self.names[p] for p in rest[:20])
            title = f"{len(rest)} more third parties"
            self.boxes[""].append(Box(more, "", title, kind="more", tooltip=names))
        self.folded = [
            text
            for n, text in (
                (folded_datasets, f"{folded_datasets} datasets"),
                (len(rest), f"{len(rest)} third parties"),
            )
            if n
        ] + [nodes[k[1:]].title for k in stores if k.startswith("*")]

    def _box(self, box_id: str, node: str, names: set[str], moving: Counter[str]) -> Box:
        sid = system_of(node)
        if node_type_of(node) == "system":
            whole = group_of(self.systems[sid]) != "third_party"
            title = "whole system" if whole else clip(self.names.get(sid, sid))
            return Box(box_id, sid, title, kind="system", tooltip=node)
        ranked = sorted(names, key=lambda n: (-moving[child(node, n)], n))
        shown = sorted(ranked[:ROW_LIMIT] if len(ranked) <= ROW_LIMIT else ranked[: ROW_LIMIT - 1])
        self.shown_rows[node] = shown
        rows = [(n, clip(n, 32)) for n in shown]
        if len(shown) < len(ranked):
            rows.append((MORE, f"+{len(ranked) - len(shown)} more fields"))
        return Box(box_id, sid, clip(node.split("/", 1)[1]), tuple(rows), tooltip=node)

    def place(self, end: str) -> tuple[str, str]:
        """(box id, port) drawing ``end``."""
        if node_type_of(end) == "field":
            dataset, name = end.rsplit("/", 1)
            box = self.box_of[dataset]
            shown = self.shown_rows.get(dataset)
            if shown is None:
                return box, ""  # folded dataset
            return box, name if name in shown else MORE
        return self.box_of[end], ""

    def clusters(self) -> tuple[Cluster, ...]:
        """Clusters in boundary order, third parties last."""
        order = {g: i for i, g in enumerate(GROUPS)}
        keys = sorted(self.boxes, key=lambda k: (order[self.group[k]], k))
        return tuple(Cluster(k, self.title[k], self.group[k], tuple(self.boxes[k])) for k in keys)
