"""What the system diagram shows, before any renderer draws it: systems grouped by trust
boundary and folded when there are many, flows aggregated per pair of systems with the
categories of personal data they carry, and each system's at-rest, retention and audit marks.

Graphviz (``render_dot``) and Mermaid (``render_mermaid``) draw the same view, so they agree.

>>> families(["EMAIL_ADDRESS", "PHONE_NUMBER", "NATIONAL_ID", "PERSON_NAME"])
('government ID*', 'contact', 'name')
>>> short_list(["contact", "name", "payment", "device"], limit=3)
'contact, name, payment +1'
>>> worst([Status.OK, Status.UNKNOWN])
<Status.UNKNOWN: 'unknown'>
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from classifiers.taxonomy import TAXONOMY
from lineage.core.model import Dataset, Flow, Snapshot, Status, System
from lineage.graph.estate import EstateGraph

#: Cluster order, left to right: data is drawn flowing out of the estate.
GROUPS = ("internal", "unlisted", "crm", "third_party", "api_clients")
GROUP_LABEL = {
    "internal": "Internal: storefront and data stores",
    "unlisted": "Databases not in the estate",
    "crm": "CRM",
    "third_party": "Third parties",
    "api_clients": "API clients",
}
GROUP_FILL = {
    "internal": "#f6f8fa",
    "unlisted": "#fbefff",
    "crm": "#ddf4ff",
    "third_party": "#fff8c5",
    "api_clients": "#fff1e5",
}
STATUS_COLOUR = {Status.OK: "#1a7f37", Status.GAP: "#cf222e", Status.UNKNOWN: "#6e7781"}
GROUP_NOUN = {
    "internal": "internal systems",
    "unlisted": "unlisted databases",
    "crm": "CRM systems",
    "third_party": "third parties",
    "api_clients": "API clients",
}
#: Most nodes drawn per group; beyond it the least important fold into one "N more" node.
GROUP_LIMIT = {"internal": 12, "unlisted": 6, "crm": 6, "third_party": 15, "api_clients": 6}

#: Short names for the fideslang keys of classifiers.taxonomy, in the order labels list them.
FAMILIES = (
    ("user.government_id", "government ID"),
    ("user.financial", "payment"),
    ("user.payment", "payment"),
    ("user.authorization", "credentials"),
    ("user.location", "location"),
    ("user.contact", "contact"),
    ("user.name", "name"),
    ("user.demographic", "demographic"),
    ("user.device", "device"),
    ("user.account", "account"),
)
_FAMILY_ORDER = {name: i for i, name in enumerate(dict.fromkeys(n for _, n in FAMILIES))}
#: Most edges drawn: above it, the largest group folds one more node, down to MIN_GROUP nodes.
EDGE_LIMIT = 70
MIN_GROUP = 4
#: Longest label text, in characters, before the rest is counted as "+N".
LABEL_WIDTH = 34
T = TypeVar("T")
_SEVERITY = {Status.GAP: 2, Status.UNKNOWN: 1, Status.OK: 0}


def worst(statuses: Iterable[Status]) -> Status:
    """The worst status (gap, then unknown); ``ok`` for none."""
    return max(statuses, key=_SEVERITY.__getitem__, default=Status.OK)


def family(entity: str) -> str:
    """The short category of an entity (``contact`` for EMAIL_ADDRESS), from its fides key."""
    categories = TAXONOMY.get(entity)
    if categories is None:
        return "other"
    for prefix, name in FAMILIES:
        if categories.fides == prefix or categories.fides.startswith(prefix + "."):
            return name
    return "other"


def families(entities: Iterable[str]) -> tuple[str, ...]:
    """The categories of ``entities``, most sensitive first; ``*`` marks a category holding a
    sensitive entity (GDPR Art. 9 special category, Art. 10 data or CPRA sensitive personal
    information)."""
    sensitive: dict[str, bool] = {}
    for entity in entities:
        name = family(entity)
        categories = TAXONOMY.get(entity)
        sensitive[name] = sensitive.get(name, False) or bool(categories and categories.sensitive)
    ordered = sorted(sensitive, key=lambda n: (_FAMILY_ORDER.get(n, 99), n))
    return tuple(n + ("*" if sensitive[n] else "") for n in ordered)


def short_list(items: Iterable[str], limit: int = 3, width: int = LABEL_WIDTH) -> str:
    """``a, b, c +2``: at most ``limit`` items and about ``width`` characters."""
    items = list(items)
    shown: list[str] = []
    for item in items[:limit]:
        if shown and len(", ".join([*shown, item])) > width:
            break
        shown.append(item if len(item) <= width else item[: width - 1] + "…")
    rest = len(items) - len(shown)
    return ", ".join(shown) + (f" +{rest}" if rest else "")


def clip(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def safe_ids(names: Iterable[str], prefix: str = "") -> dict[str, str]:
    """An identifier of letters, digits and ``_`` for each name, unique among them (DOT ports
    split on ``:``; Mermaid ids must be plain words)."""
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for name in names:
        base = prefix + (re.sub(r"[^A-Za-z0-9_]", "_", name) or "x")
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}_{n}"
        taken.add(candidate)
        ids[name] = candidate
    return ids


@dataclass(frozen=True)
class Marks:
    """A node's controls: ``None`` where the control does not apply (at rest of a third party)."""

    at_rest: Status | None = None
    retention: Status | None = None
    audit: Status | None = None

    def items(self) -> list[tuple[str, Status]]:
        named = (("at rest", self.at_rest), ("retention", self.retention), ("audit", self.audit))
        return [(name, status) for name, status in named if status is not None]


@dataclass(frozen=True)
class Node:
    """A system, a vendor's systems, or the folded rest of a group."""

    id: str
    group: str
    title: str
    lines: tuple[str, ...] = ()
    holds: tuple[str, ...] = ()
    marks: Marks = field(default_factory=Marks)
    members: tuple[str, ...] = ()
    scanned: bool = True
    folded: bool = False
    tooltip: str = ""


@dataclass(frozen=True)
class Edge:
    """Every flow between two nodes; ``both`` when they run in both directions."""

    source: str
    target: str
    families: tuple[str, ...]
    transit: Status
    flows: tuple[str, ...]
    both: bool = False

    @property
    def label(self) -> str:
        return short_list(self.families) if self.families else "not stated"


@dataclass(frozen=True)
class SystemView:
    title: str
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    #: system id -> the node drawing it
    node_of: Mapping[str, str]

    def groups(self) -> list[tuple[str, list[Node]]]:
        """Non-empty groups in :data:`GROUPS` order."""
        by_group: dict[str, list[Node]] = defaultdict(list)
        for node in self.nodes:
            by_group[node.group].append(node)
        return [(g, by_group[g]) for g in GROUPS if by_group[g]]


def group_of(system: System) -> str:
    if system.kind == "unlisted_database":
        return "unlisted"
    if system.kind == "api_clients":  # the callers of an API (lineage/flows/api_flows.py)
        return "api_clients"
    return system.boundary.value


class _Facts:
    """What the view needs of each system, from the estate's shared look-ups: its marks, and
    the flows, transit gaps and sensitive categories that rank it."""

    def __init__(self, estate: EstateGraph) -> None:
        self.estate = estate
        self.systems = estate.every_system
        self.marks = {
            sid: _marks(s, estate.pii_stores.get(sid, []), estate, estate.inbound.get(sid, []))
            for sid, s in self.systems.items()
        }
        self.weight: Counter[str] = Counter()
        self.gaps: Counter[str] = Counter()
        for (source, target), flows in estate.between.items():
            for sid in (source, target):
                self.weight[sid] += len(flows)
                self.gaps[sid] += sum(f.transit.status is Status.GAP for f in flows)

    def pii_fields(self, sid: str) -> int:
        return sum(len(self.estate.pii[d]) for d in self.estate.pii_datasets.get(sid, []))

    def rank(self, members: list[str]) -> tuple[int, int, int, int]:
        """Sorts the nodes to keep first: most transit gaps, sensitive categories, flows, then
        PII fields."""
        held = self.estate.held
        sensitive = sum(1 for m in members for f in families(held(m)) if f.endswith("*"))
        return (
            -sum(self.gaps[m] for m in members),
            -sensitive,
            -sum(self.weight[m] for m in members),
            -sum(self.pii_fields(m) for m in members),
        )


def _marks(
    system: System, stores: list[Dataset], estate: EstateGraph, inbound: list[Flow]
) -> Marks:
    """At rest, retention and audit of a system: the worst over its datasets holding personal
    data; a third party's retention is the worst of the flows it receives."""
    if group_of(system) == "third_party":
        return Marks(retention=worst(f.retention.status for f in inbound) if inbound else None)
    if not system.scanned:
        return Marks(Status.UNKNOWN, Status.UNKNOWN, Status.UNKNOWN)
    if system.at_rest.status is Status.OK or not stores:
        at_rest = system.at_rest.status
    else:
        at_rest = worst(_dataset_at_rest(system, d, field_rest(estate, d.id)) for d in stores)
    if system.audit.status is Status.OK or not stores:
        audit = system.audit.status
    else:
        audit = worst(d.audit.status for d in stores)
    retention = worst(d.retention.status for d in stores) if stores else None
    return Marks(at_rest, retention, audit)


def field_rest(estate: EstateGraph, dataset: str) -> list[Status]:
    """The at-rest status of each personal-data field of ``dataset``."""
    return [f.at_rest.status for f in estate.pii.get(dataset, [])]


def _dataset_at_rest(system: System, dataset: Dataset, fields: list[Status]) -> Status:
    """Encrypted when the dataset or each of its personal-data fields is (as assess rules)."""
    if dataset.at_rest.status is Status.OK or (fields and all(s is Status.OK for s in fields)):
        return Status.OK
    if Status.GAP in (system.at_rest.status, dataset.at_rest.status, *fields):
        return Status.GAP
    return Status.UNKNOWN


def _vendor_key(system: System) -> str:
    """``mailchimp`` for ``https://www.mailchimp.com`` or ``Mailchimp (Intuit)``; the system id
    when no vendor is known."""
    vendor = system.vendor.strip().lower()
    if not vendor:
        return system.id
    vendor = re.sub(r"^[a-z]+://", "", vendor).removeprefix("www.").removeprefix("api.")
    vendor = re.split(r"[\s.(/,]", vendor, maxsplit=1)[0]
    return vendor or system.id


def system_view(estate: EstateGraph | Snapshot) -> SystemView:
    """Systems and flows as the systems diagram draws them (see docs/diagrams.md): while the
    edges are more than :data:`EDGE_LIMIT`, the largest group folds one more node. Built once
    per estate (the datasets and trace views place what it folds)."""
    return EstateGraph.of(estate).memo("system_view", _system_view)


def _system_view(estate: EstateGraph) -> SystemView:
    snapshot = estate.snapshot
    facts = _Facts(estate)
    limits = dict(GROUP_LIMIT)
    while True:
        view = _view(snapshot, facts, limits)
        sizes = Counter(n.group for n in view.nodes)
        shrinkable = [g for g in GROUPS if sizes[g] > MIN_GROUP]
        if len(view.edges) <= EDGE_LIMIT or not shrinkable:
            return view
        group = max(shrinkable, key=lambda g: (sizes[g], g))
        limits[group] = sizes[group] - 1


def split(ranked: list[T], limit: int) -> tuple[list[T], list[T]]:
    """The first ``limit`` items, or the first ``limit - 1`` and the rest to fold into one.

    >>> split([1, 2, 3, 4], 3)
    ([1, 2], [3, 4])
    """
    if len(ranked) <= limit:
        return ranked, []
    return ranked[: limit - 1], ranked[limit - 1 :]


def _view(snapshot: Snapshot, estate: _Facts, limits: Mapping[str, int]) -> SystemView:
    by_group: dict[str, list[System]] = defaultdict(list)
    for system in estate.systems.values():
        by_group[group_of(system)].append(system)
    # per group: (unit key, its systems) kept, then the folded systems
    chosen: list[tuple[str, list[tuple[str, list[System]]], list[System]]] = []
    for group in GROUPS:
        members = sorted(by_group[group], key=lambda s: s.id)
        units: dict[str, list[System]] = defaultdict(list)
        for system in members:
            by_vendor = group == "third_party" and len(members) > limits[group]
            units[f"vendor_{_vendor_key(system)}" if by_vendor else system.id].append(system)
        ranked = sorted(units.items(), key=lambda kv: (estate.rank([s.id for s in kv[1]]), kv[0]))
        keep, rest = split(ranked, limits[group])
        if members:
            chosen.append(
                (group, sorted(keep, key=lambda kv: kv[0]), [s for _, r in rest for s in r])
            )
    ids = safe_ids([k for _, keep, _ in chosen for k, _ in keep] + [f"more_{g}" for g in GROUPS])
    nodes: list[Node] = []
    node_of: dict[str, str] = {}
    notes: list[str] = []
    for group, keep, folded in chosen:
        for key, systems in keep:
            nodes.append(_node(estate, ids[key], group, systems))
            node_of.update((s.id, ids[key]) for s in systems)
        if folded:
            more = ids[f"more_{group}"]
            nodes.append(_node(estate, more, group, folded, folded=True))
            node_of.update((s.id, more) for s in folded)
            notes.append(f"{len(folded)} {GROUP_NOUN[group]}")
    title = f"piimap: systems and personal-data flows (scan {snapshot.scanned_at})"
    if notes:
        title += f"; folded: {', '.join(notes)}"
    return SystemView(title, tuple(nodes), _edges(estate, node_of), node_of)


def _node(
    estate: _Facts, node_id: str, group: str, systems: list[System], folded: bool = False
) -> Node:
    entities = [e for s in systems for e in estate.estate.held(s.id)]
    marks = [estate.marks[s.id] for s in systems]

    def combined(attr: str) -> Status | None:
        found = [getattr(m, attr) for m in marks if getattr(m, attr) is not None]
        return worst(found) if found else None

    fields = sum(estate.pii_fields(s.id) for s in systems)
    datasets = sum(len(estate.estate.pii_datasets.get(s.id, [])) for s in systems)
    store_line = f"{fields} PII fields in {datasets} datasets" if fields else ""
    names = [s.name or s.id for s in systems]
    if folded:
        title = f"{len(systems)} more {GROUP_NOUN[group]}"
        lines: tuple[str, ...] = (short_list(names, limit=3, width=40), store_line)
    elif len(systems) > 1:
        vendors = Counter(s.vendor for s in systems if s.vendor)
        title = clip(vendors.most_common(1)[0][0] if vendors else names[0])
        lines = (f"{len(systems)} connections: " + short_list(names, limit=2, width=30),)
    else:
        s = systems[0]
        title = clip(s.name or s.id)
        kind = "" if group == "third_party" else s.kind
        lines = (" · ".join(p for p in (kind, clip(s.vendor, 30)) if p), store_line)
    return Node(
        id=node_id,
        group=group,
        title=title,
        lines=tuple(line for line in lines if line),
        holds=families(entities),
        marks=Marks(combined("at_rest"), combined("retention"), combined("audit")),
        members=tuple(s.id for s in systems),
        scanned=all(s.scanned for s in systems),
        folded=folded,
        tooltip="; ".join(
            f"{s.id}: {s.not_scanned_reason}" if not s.scanned else s.id for s in systems[:20]
        ),
    )


def _edges(estate: _Facts, node_of: Mapping[str, str]) -> tuple[Edge, ...]:
    pairs: dict[tuple[str, str], list[Flow]] = defaultdict(list)
    for (source, target), flows in estate.estate.between.items():
        a, b = node_of[source], node_of[target]
        if a != b:
            pairs[(a, b)].extend(flows)
    order = {node_of[sid]: GROUPS.index(group_of(s)) for sid, s in estate.systems.items()}
    edges = []
    for (a, b), flows in sorted(pairs.items()):
        back = pairs.get((b, a))
        if back is not None and (order[b], b) < (order[a], a):
            continue  # one edge both ways, from the node further left
        both = flows + (back or [])
        edges.append(
            Edge(
                a,
                b,
                families(e for f in both for e in f.entities),
                worst(f.transit.status for f in both),
                tuple(sorted(f.id for f in both)),
                both=back is not None,
            )
        )
    return tuple(edges)
