"""The EstateGraph: one snapshot as a ``networkx.MultiDiGraph``, built once, with the look-ups
that every renderer, export, check and query shares instead of indexing the snapshot anew.

Node ids are ``system``, ``system/dataset`` and ``system/dataset/field`` (:mod:`lineage.core.ids`);
every node has ``node_type`` (``system``, ``third_party``, ``dataset`` or ``field``) and ``data``
(the model object, None for a flow end the snapshot does not describe). Edges have
``kind="contains"`` (system to dataset, dataset to field), ``kind="flow"`` (keyed by the flow id,
with the flow as ``data``) or ``kind="column"`` (field to field, one per column link of a flow:
``how`` and ``flow`` id). Principals (accounts, roles, API keys: ``@system/name``, node type
``principal``) have ``kind="member_of"`` edges to their roles and ``kind="can_read"`` edges to
the datasets and fields holding personal data that a grant lets them read
(:mod:`lineage.graph.access`).

>>> from lineage.core.model import Dataset, EntityHit, Field, Flow, Snapshot, System
>>> from lineage.core.model import Boundary
>>> email = (EntityHit("EMAIL_ADDRESS", 0.9),)
>>> s = Snapshot("2026-01-01T00:00:00Z", "0",
...     systems=(System("shop", "sqlite"), System("mailer", "third_party",
...                                               boundary=Boundary.THIRD_PARTY)),
...     datasets=(Dataset("shop", "customers"),),
...     fields=(Field("shop", "customers", "email", "text", entities=email),),
...     flows=(Flow("declared:news", "shop/customers", "mailer", "declared"),))
>>> estate = EstateGraph(s)
>>> sorted(estate.graph.successors("shop/customers"))
['mailer', 'shop/customers/email']
>>> estate.graph.nodes["mailer"]["node_type"], sorted(estate.held("shop"))
('third_party', ['EMAIL_ADDRESS'])
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from lineage.core.ids import containers, dataset_id, dataset_of, node_type_of, system_of
from lineage.core.model import (
    Boundary,
    ColumnLink,
    Dataset,
    EntityHit,
    Field,
    Flow,
    Snapshot,
    System,
)
from lineage.core.snapshot import normalised, paused_gc

if TYPE_CHECKING:
    import networkx as nx

T = TypeVar("T")
#: A flow end whose system the snapshot does not list is drawn and reported as this kind.
UNLISTED = "unlisted_database"


class EstateGraph:
    """A snapshot with its graph and shared look-ups, each built on first use and kept.

    Every reader of a snapshot takes an EstateGraph (or a Snapshot, which it wraps with
    :meth:`of`), so one scan's outputs index the snapshot once.
    """

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self._memo: dict[Any, Any] = {}

    @classmethod
    def of(cls, estate: EstateGraph | Snapshot) -> EstateGraph:
        """``estate`` itself, or a new EstateGraph of a snapshot."""
        return estate if isinstance(estate, EstateGraph) else cls(estate)

    def __repr__(self) -> str:
        s = self.snapshot
        return (
            f"<EstateGraph {s.scanned_at}: {len(s.systems)} systems, {len(s.datasets)} datasets, "
            f"{len(s.fields)} fields, {len(s.flows)} flows>"
        )

    @cached_property
    def canonical(self) -> EstateGraph:
        """This estate with the snapshot's lists in their canonical order (what snapshot.json
        and the exports write): itself when they already are."""
        ordered = normalised(self.snapshot)
        return self if ordered == self.snapshot else EstateGraph(ordered)

    # --- the graph ------------------------------------------------------------------------------

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        """The networkx MultiDiGraph (see the module docstring)."""
        return build_graph(self.snapshot)

    def memo(self, key: Any, build: Callable[[EstateGraph], T]) -> T:
        """A reader's own index of this estate (``build(self)``), built once per ``key``."""
        if key not in self._memo:
            self._memo[key] = build(self)
        return self._memo[key]

    # --- look-ups -------------------------------------------------------------------------------

    @cached_property
    def systems(self) -> dict[str, System]:
        """The snapshot's systems by id."""
        return {s.id: s for s in self.snapshot.systems}

    @cached_property
    def every_system(self) -> dict[str, System]:
        """The systems, plus an unlisted placeholder for each flow end naming no system."""
        systems = dict(self.systems)
        for flow in self.snapshot.flows:
            for end in (flow.source, flow.target):
                sid = system_of(end)
                if sid not in systems:
                    systems[sid] = System(
                        sid,
                        UNLISTED,
                        name=sid,
                        scanned=False,
                        not_scanned_reason="named by a flow; the estate lists no such system",
                    )
        return systems

    @cached_property
    def datasets(self) -> dict[str, Dataset]:
        """The snapshot's datasets by id."""
        return {d.id: d for d in self.snapshot.datasets}

    @cached_property
    def fields(self) -> dict[str, Field]:
        """The snapshot's fields by id."""
        return {f.id: f for f in self.snapshot.fields}

    @cached_property
    def flows(self) -> dict[str, Flow]:
        """The snapshot's flows by id."""
        return {f.id: f for f in self.snapshot.flows}

    @cached_property
    def columns(self) -> dict[str, list[Field]]:
        """Each dataset id's fields, in the snapshot's order."""
        found: dict[str, list[Field]] = defaultdict(list)
        for f in self.snapshot.fields:
            found[f.dataset_id].append(f)
        return dict(found)

    @cached_property
    def pii(self) -> dict[str, list[Field]]:
        """Each dataset id's fields holding personal data, in the snapshot's order."""
        found: dict[str, list[Field]] = defaultdict(list)
        for f in self.snapshot.fields:
            if f.entities:
                found[f.dataset_id].append(f)
        return dict(found)

    @cached_property
    def pii_datasets(self) -> dict[str, list[str]]:
        """Each system's dataset ids holding personal data (as its fields name them)."""
        found: dict[str, list[str]] = defaultdict(list)
        for did, fields in self.pii.items():
            found[fields[0].system].append(did)
        return dict(found)

    @cached_property
    def pii_stores(self) -> dict[str, list[Dataset]]:
        """Each system's datasets holding personal data, in the snapshot's order."""
        found: dict[str, list[Dataset]] = defaultdict(list)
        for d in self.snapshot.datasets:
            if d.id in self.pii:
                found[d.system].append(d)
        return dict(found)

    @cached_property
    def with_pan(self) -> frozenset[str]:
        """The datasets holding a full card number: their card data is cardholder data."""
        return frozenset(
            did
            for did, fields in self.pii.items()
            if any(e.entity == "CREDIT_CARD" for f in fields for e in f.entities)
        )

    @cached_property
    def _held(self) -> Mapping[str, frozenset[str]]:
        """Entities held per field, dataset and system id."""
        held: dict[str, set[str]] = defaultdict(set)
        for f in self.snapshot.fields:
            if f.entities:
                names = {e.entity for e in f.entities}
                held[f.id] |= names
                for container in containers(f.id):
                    held[container] |= names
        return {node: frozenset(names) for node, names in held.items()}

    def held(self, node: str) -> frozenset[str]:
        """The entities a field holds, or the fields of a dataset or system hold."""
        return self._held.get(node, frozenset())

    @cached_property
    def by_entity(self) -> dict[str, list[tuple[EntityHit, Field]]]:
        """Entity -> (its hit, the field holding it), most confident first."""
        found: dict[str, list[tuple[EntityHit, Field]]] = defaultdict(list)
        with paused_gc():  # tuples of frozen objects: no cycle for the collector to find
            for f in self.snapshot.fields:
                for hit in f.entities:
                    found[hit.entity].append((hit, f))
            for hits in found.values():
                hits.sort(key=lambda pair: (-pair[0].confidence, pair[1].id))
        return dict(found)

    @cached_property
    def inbound(self) -> dict[str, list[Flow]]:
        """The flows into each system, in the snapshot's order."""
        found: dict[str, list[Flow]] = defaultdict(list)
        for flow in self.snapshot.flows:
            found[system_of(flow.target)].append(flow)
        return dict(found)

    @cached_property
    def flow_ends(self) -> Counter[str]:
        """How many flow ends each dataset (a field's end counts for its dataset) or system has:
        how connected it is."""
        return Counter(dataset_of(end) for f in self.snapshot.flows for end in (f.source, f.target))

    @cached_property
    def between(self) -> dict[tuple[str, str], list[Flow]]:
        """The flows from one system to another (not inside one), by (source, target) system."""
        found: dict[tuple[str, str], list[Flow]] = defaultdict(list)
        for flow in self.snapshot.flows:
            source, target = system_of(flow.source), system_of(flow.target)
            if source != target:
                found[(source, target)].append(flow)
        return dict(found)

    @cached_property
    def links_into(self) -> dict[str, list[ColumnLink]]:
        """The column links into each dataset (or system) id, over all flows, in flow order."""
        found: dict[str, list[ColumnLink]] = defaultdict(list)
        for flow in self.snapshot.flows:
            for link in flow.columns:
                found[self.node_id(*self.split(link.target, field=True)[:2])].append(link)
        return dict(found)

    def dataset(self, node: str) -> Dataset | None:
        """The dataset a dataset or field id names (None for a system or an unknown node)."""
        for ds_id in (node, node.rsplit("/", 1)[0]):
            if "/" in ds_id and ds_id in self.datasets:
                return self.datasets[ds_id]
        return None

    def split(self, node: str, field: bool = False) -> tuple[str, str | None, str | None]:
        """(system, dataset, field) of a node id, using the snapshot's own objects where they
        exist, since a dataset name may hold a ``/``; ``field``: an unknown id names a field."""
        if node in self.fields:
            f = self.fields[node]
            return f.system, f.dataset, f.name
        if node in self.datasets:
            return self.datasets[node].system, self.datasets[node].name, None
        system, _, rest = node.partition("/")
        if not rest:
            return system, None, None
        if field and "/" in rest:
            name, _, column = rest.rpartition("/")
            return system, name, column
        return system, rest, None

    def third_party(self, node: str) -> bool:
        """Is the system of ``node`` in the third-party boundary?"""
        system = self.systems.get(system_of(node))
        return system is not None and system.boundary == Boundary.THIRD_PARTY

    def node_id(self, system: str, dataset: str | None) -> str:
        """The id of a system, or of one of its datasets."""
        return system if dataset is None else dataset_id(system, dataset)


def build_graph(snapshot: Snapshot) -> nx.MultiDiGraph:
    """The graph of a snapshot: systems contain datasets contain fields; flows and column links
    between them.

    >>> from lineage.core.model import Snapshot, System, Dataset, Field
    >>> s = Snapshot("2026-01-01T00:00:00Z", "0", systems=(System("shop", "sqlite"),),
    ...              datasets=(Dataset("shop", "customers"),),
    ...              fields=(Field("shop", "customers", "email", "text"),))
    >>> sorted(build_graph(s).successors("shop/customers"))
    ['shop/customers/email']
    """
    import networkx as nx

    g = nx.MultiDiGraph(scanned_at=snapshot.scanned_at, schema_version=snapshot.schema_version)
    for system in snapshot.systems:
        kind = "third_party" if system.boundary == Boundary.THIRD_PARTY else "system"
        g.add_node(system.id, node_type=kind, data=system)
    for ds in snapshot.datasets:
        g.add_node(ds.id, node_type="dataset", data=ds)
        g.add_edge(ds.system, ds.id, key="contains", kind="contains")
    for f in snapshot.fields:
        g.add_node(f.id, node_type="field", data=f, entities=tuple(e.entity for e in f.entities))
        g.add_edge(f.dataset_id, f.id, key="contains", kind="contains")
    for flow in snapshot.flows:
        for end in (flow.source, flow.target):
            if end not in g:
                g.add_node(end, node_type=node_type_of(end), data=None)
        g.add_edge(flow.source, flow.target, key=flow.id, kind="flow", data=flow)
        for link in flow.columns:
            # a table-level link (``t/*``, a SELECT * or count(*)) joins the dataset node
            ends = [
                e.rsplit("/", 1)[0] if e.endswith("/*") else e for e in (link.source, link.target)
            ]
            for end in ends:
                if end not in g:
                    g.add_node(end, node_type=node_type_of(end), data=None)
            g.add_edge(
                ends[0],
                ends[1],
                key=f"{flow.id}#{link.source}->{link.target}:{link.how}",
                kind="column",
                how=link.how,
                flow=flow.id,
            )
    if snapshot.principals or snapshot.grants:
        from .principals import add_access

        pii: dict[str, list[Field]] = defaultdict(list)
        for f in snapshot.fields:
            if f.entities:
                pii[f.dataset_id].append(f)
        add_access(g, snapshot, dict(pii))
    return g
