"""What the datasets diagram shows: the datasets holding personal data, clustered by system, the
most connected of each system drawn and the rest folded into one box per system, the flows
between them (and out to third parties) aggregated per pair of boxes, and foreign keys.

Systems the systems diagram folds (the least important of a large estate) are drawn as that
diagram's "N more" node, and so are third parties, so the two diagrams agree.

>>> from lineage.core.model import EntityHit, Field, Snapshot, System
>>> email = (EntityHit("EMAIL_ADDRESS", 0.9),)
>>> s = Snapshot("2026-01-01T00:00:00Z", "0", systems=(System("shop", "sqlite"),),
...     fields=tuple(Field("shop", f"t{i}", "email", "text", entities=email) for i in range(5)))
>>> view = dataset_view(s, limit=3)
>>> [b.title for c in view.clusters for b in c.boxes]
['t0', 't1', '3 more datasets']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from lineage.core.ids import dataset_id, dataset_of, node_type_of, system_of
from lineage.core.model import Dataset, Flow, Snapshot, Status
from lineage.graph.estate import EstateGraph

from .systems_view import (
    GROUPS,
    Marks,
    Node,
    clip,
    families,
    field_rest,
    group_of,
    safe_ids,
    short_list,
    system_view,
    worst,
)

#: Dataset boxes drawn at most, shared out between the systems.
DATASET_LIMIT = 72
#: Dataset boxes per system: at least and at most, whatever the share.
PER_SYSTEM = (2, 10)
#: Above this many flow edges, fewer datasets per system are drawn (down to the least).
EDGE_LIMIT = 90
#: Foreign-key edges drawn at most.
FK_LIMIT = 60
_ORDER = {g: i for i, g in enumerate(GROUPS)}


@dataclass(frozen=True)
class Box:
    id: str
    title: str
    lines: tuple[str, ...]
    marks: Marks
    folded: bool = False
    tooltip: str = ""


@dataclass(frozen=True)
class Cluster:
    system: str
    title: str
    group: str
    boxes: tuple[Box, ...]


@dataclass(frozen=True)
class Link:
    source: str
    target: str
    families: tuple[str, ...]
    transit: Status
    flows: tuple[str, ...]

    @property
    def label(self) -> str:
        return short_list(self.families) if self.families else "not stated"


@dataclass(frozen=True)
class DatasetView:
    title: str
    clusters: tuple[Cluster, ...]
    #: systems drawn whole (third parties, folded or unlisted systems), as the systems view has them
    outside: tuple[Node, ...]
    links: tuple[Link, ...]
    foreign_keys: tuple[tuple[str, str, str], ...]
    group: Mapping[str, str]


def dataset_view(estate: EstateGraph | Snapshot, limit: int = DATASET_LIMIT) -> DatasetView:
    """The datasets diagram's view; fewer boxes per system while the flows are too many."""
    estate = EstateGraph.of(estate)
    snapshot = estate.snapshot
    facts = _Facts(estate)
    low, high = PER_SYSTEM
    share = min(high, max(low, limit // max(1, len(facts.clusters))))
    while True:
        view = _view(snapshot, facts, share)
        if len(view.links) <= EDGE_LIMIT or share <= low:
            return view
        share -= 1


class _Facts:
    """What does not depend on the share: datasets, their entities, the systems view."""

    def __init__(self, estate: EstateGraph) -> None:
        self.systems = estate.every_system
        self.view = system_view(estate)
        #: Each dataset's entity hits (one per entity of each personal-data field).
        self.pii = {
            did: [e.entity for f in fs for e in f.entities] for did, fs in estate.pii.items()
        }
        self.estate = estate
        self.datasets = {
            did: estate.datasets.get(did) or Dataset(system_of(did), did.split("/", 1)[1])
            for did in self.pii
        }
        self.touched = estate.flow_ends
        nodes = {n.id: n for n in self.view.nodes}
        self.by_system: dict[str, list[str]] = defaultdict(list)
        for d in self.datasets.values():
            node = nodes[self.view.node_of[d.system]]
            if node.group != "third_party" and not node.folded:
                self.by_system[d.system].append(d.id)
        self.clusters = sorted(self.by_system, key=lambda s: (_ORDER[group_of(self.systems[s])], s))
        self.nodes = nodes


def _view(snapshot: Snapshot, facts: _Facts, share: int) -> DatasetView:
    ids = safe_ids(
        [
            *facts.clusters,
            *facts.datasets,
            *(f"{s}/*more" for s in facts.clusters),
            *(f"{s}/*whole" for s in facts.clusters),
        ],
        prefix="d_",
    )
    node_of: dict[str, str] = {}
    group: dict[str, str] = {}
    boxes: dict[str, list[Box]] = defaultdict(list)
    drawn = folded = 0
    for sid in facts.clusters:
        ranked = sorted(
            facts.by_system[sid], key=lambda d: (-facts.touched[d], -len(facts.pii[d]), d)
        )
        keep = ranked if len(ranked) <= share else ranked[: share - 1]
        for did in sorted(keep):
            boxes[sid].append(_dataset_box(ids[did], facts, did))
            node_of[did] = ids[did]
        rest = ranked[len(keep) :]
        drawn += len(keep)
        if rest:
            folded += len(rest)
            more = ids[f"{sid}/*more"]
            boxes[sid].append(_folded_box(more, facts, rest))
            node_of.update((did, more) for did in rest)
        group.update((b.id, group_of(facts.systems[sid])) for b in boxes[sid])
    outside: dict[str, Node] = {}
    merged: dict[tuple[str, str], list[Flow]] = defaultdict(list)

    def place(end: str) -> str | None:
        sid = system_of(end)
        if sid in boxes:
            if node_type_of(end) != "system":
                return node_of.get(dataset_of(end))  # None: a dataset without personal data
            whole = ids[f"{sid}/*whole"]
            if whole not in group:
                boxes[sid].append(Box(whole, "whole system", (), Marks(), tooltip=sid))
                group[whole] = group_of(facts.systems[sid])
            return whole
        node = facts.nodes[facts.view.node_of[sid]]
        outside[node.id] = node
        group[node.id] = node.group
        return node.id

    for flow in snapshot.flows:
        a, b = place(flow.source), place(flow.target)
        # A flow with no drawn dataset at either end (folded datasets to a third party) is the
        # systems diagram's; here it would only hide the drawn datasets' own flows.
        if a and b and a != b and (_drawn(a, boxes) or _drawn(b, boxes)):
            merged[(a, b)].append(flow)
    links = tuple(
        Link(
            a,
            b,
            families(e for f in flows for e in f.entities),
            worst(f.transit.status for f in flows),
            tuple(sorted(f.id for f in flows)),
        )
        for (a, b), flows in sorted(merged.items())
    )
    title = f"piimap: datasets holding personal data (scan {snapshot.scanned_at})"
    if folded:
        title += f"; {drawn} of {drawn + folded} drawn, the rest folded per system"
    clusters = tuple(
        Cluster(
            sid,
            clip(facts.systems[sid].name or sid),
            group_of(facts.systems[sid]),
            tuple(boxes[sid]),
        )
        for sid in facts.clusters
    )
    fks = _foreign_keys(facts.datasets.values(), node_of)[:FK_LIMIT]
    return DatasetView(title, clusters, tuple(outside.values()), links, tuple(fks), group)


def _drawn(box_id: str, boxes: Mapping[str, list[Box]]) -> bool:
    """A dataset's own box or a whole system's (not folded datasets, not another system)."""
    return any(b.id == box_id and not b.folded for bs in boxes.values() for b in bs)


def _dataset_box(box_id: str, facts: _Facts, did: str) -> Box:
    d = facts.datasets[did]
    lines = ["holds: " + short_list(families(facts.pii[did]), 3)]
    if d.row_count is not None:
        lines.append(f"{d.row_count:,} rows")
    fields = field_rest(facts.estate, did)
    at_rest = d.at_rest.status
    if fields and all(s is Status.OK for s in fields):
        at_rest = Status.OK
    audit = Status.OK if facts.systems[d.system].audit.status is Status.OK else d.audit.status
    return Box(
        box_id,
        clip(d.name, 36),
        tuple(lines),
        Marks(at_rest, d.retention.status, audit),
        tooltip=f"{did}: {len(facts.pii[did])} PII entity hits",
    )


def _folded_box(box_id: str, facts: _Facts, rest: list[str]) -> Box:
    held = families(e for did in rest for e in facts.pii[did])
    lines = (
        f"{sum(len(facts.pii[d]) for d in rest)} PII entity hits",
        "holds: " + short_list(held, 3),
    )
    return Box(
        box_id,
        f"{len(rest)} more datasets",
        lines,
        Marks(),
        folded=True,
        tooltip=", ".join(rest[:30]) + (" ..." if len(rest) > 30 else ""),
    )


def _foreign_keys(
    datasets: Iterable[Dataset], node_of: Mapping[str, str]
) -> list[tuple[str, str, str]]:
    found = set()
    for d in datasets:
        for fk in d.foreign_keys:
            a, b = node_of.get(d.id), node_of.get(dataset_id(d.system, fk.ref_dataset))
            if a and b and a != b:
                found.add((a, b, f"{', '.join(fk.columns)} references {fk.ref_dataset}"))
    return sorted(found)
