"""Questions asked of an estate: where does an entity live, which flows carry it, and where do a
field's values go (or come from).

Each function takes an :class:`~lineage.graph.estate.EstateGraph` (or a snapshot, which it
wraps). ``trace`` walks the graph breadth first with networkx
(:func:`networkx.generic_bfs_edges`), stepping along column links where a flow has them (SQL
jobs, views, mirrors) and along the flow as a whole where it does not, so a declared "storefront
to Klaviyo" flow is followed from every field it could send. Each hop says how it was matched
(``column`` or ``flow``).

>>> from lineage.core.model import ColumnLink, EntityHit, Field, Flow, Snapshot
>>> email = EntityHit("EMAIL_ADDRESS", 0.9)
>>> s = Snapshot("2026-01-01T00:00:00Z", "0",
...     fields=(Field("shop", "customers", "email", "text", entities=(email,)),
...             Field("dw", "users", "mail_hash", "text", entities=(email,))),
...     flows=(Flow("sql_job:load", "shop/customers", "dw/users", "sql_job",
...                 entities=("EMAIL_ADDRESS",),
...                 columns=(ColumnLink("shop/customers/email", "dw/users/mail_hash",
...                                     "pseudonymised"),)),
...            Flow("declared:crm", "dw/users", "crm", "declared", entities=("EMAIL_ADDRESS",))))
>>> [f.id for f in where(s, "email")]
['dw/users/mail_hash', 'shop/customers/email']
>>> [(h.depth, h.target, h.how) for h in trace(s, "shop/customers/email")]
[(1, 'dw/users/mail_hash', 'pseudonymised'), (2, 'crm', '')]
>>> [h.source for h in trace(s, "crm", "up")]
['dw/users', 'shop/customers']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from classifiers.entities import ENTITIES
from connectors.api.endpoints import ENDPOINT, is_parameter
from lineage.core.errors import UnknownNameError
from lineage.core.ids import SEP, child, containers, dataset_of, node_type_of
from lineage.core.model import Field, Flow, Snapshot
from lineage.flows.propagation import ALL_COLUMNS

from .estate import EstateGraph

DIRECTIONS = ("down", "up")


@dataclass(frozen=True)
class Hop:
    """One step of a trace: ``source`` to ``target`` through ``flow``.

    ``how`` is the column link's (copied, derived, pseudonymised, aggregated, influenced) or
    ``""`` when the flow has no column lineage and is followed as a whole (``match`` says which).
    """

    depth: int
    source: str
    target: str
    flow: str
    kind: str
    how: str
    match: str
    transit: str
    entities: tuple[str, ...]


@dataclass(frozen=True)
class Holding:
    """A field holding one entity, with what the inventory says of it and of its dataset."""

    field: str
    confidence: float
    signals: tuple[str, ...]
    at_rest: str
    retention: str
    audit: str


@dataclass(frozen=True)
class WhereAnswer:
    """Every field holding an entity, most confident first, every flow carrying it, and the
    API endpoints whose responses return it (dataset id -> the values, connectors/api)."""

    entity: str
    fields: tuple[Holding, ...]
    flows: tuple[Flow, ...]
    endpoints: tuple[tuple[str, tuple[str, ...]], ...] = ()


def entity_name(estate: EstateGraph | Snapshot, name: str) -> str:
    """``name`` as an entity of piimap's vocabulary or of the estate (case-insensitive);
    raises UnknownNameError with the closest name otherwise."""
    known = set(ENTITIES) | set(EstateGraph.of(estate).by_entity)
    wanted = name.strip().upper().replace("-", "_").replace(" ", "_")
    if wanted in known:
        return wanted
    words = [k for k in known if wanted in k.split("_")]
    if len(words) == 1:  # "email" is EMAIL_ADDRESS
        return words[0]
    raise UnknownNameError("entity", wanted, known)


def where(estate: EstateGraph | Snapshot, entity: str) -> list[Field]:
    """Every field holding ``entity``, most confident first."""
    estate = EstateGraph.of(estate)
    hits = estate.by_entity.get(entity_name(estate, entity), [])
    return list({f.id: f for _, f in hits}.values())


def where_answer(estate: EstateGraph | Snapshot, entity: str) -> WhereAnswer:
    """What ``piimap where`` reports: each field holding ``entity`` with its confidence, the
    signals that found it and the at-rest, retention and audit status of where it is kept, and
    the flows carrying it.

    >>> from lineage.core.model import EntityHit, Field, Snapshot
    >>> s = Snapshot("t", "0", fields=(Field("shop", "customers", "email", "text",
    ...     entities=(EntityHit("EMAIL_ADDRESS", 0.9, ("name",)),)),))
    >>> where_answer(s, "email").fields[0]
    Holding(field='shop/customers/email', confidence=0.9, signals=('name',), at_rest='unknown', \
retention='unknown', audit='unknown')
    """
    estate = EstateGraph.of(estate)
    name = entity_name(estate, entity)
    holdings = []
    for f in where(estate, name):
        dataset = estate.datasets.get(f.dataset_id)
        holdings.append(
            Holding(
                field=f.id,
                confidence=max(e.confidence for e in f.entities if e.entity == name),
                signals=tuple(
                    sorted({s for e in f.entities if e.entity == name for s in e.signals})
                ),
                at_rest=f.at_rest.status.value,
                retention=dataset.retention.status.value if dataset else "unknown",
                audit=dataset.audit.status.value if dataset else "unknown",
            )
        )
    return WhereAnswer(
        name, tuple(holdings), tuple(carrying(estate, name)), returning(estate, name)
    )


def returning(
    estate: EstateGraph | Snapshot, entity: str
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The API endpoints whose responses return ``entity`` (not those only taking it as a
    parameter), by dataset id, each with the response values holding it."""
    estate = EstateGraph.of(estate)
    name = entity_name(estate, entity)
    found: dict[str, list[str]] = {}
    for f in where(estate, name):
        dataset = estate.datasets.get(f.dataset_id)
        if dataset is not None and dataset.kind == ENDPOINT and not is_parameter(f.name):
            found.setdefault(dataset.id, []).append(f.name)
    return tuple((d, tuple(sorted(v))) for d, v in sorted(found.items()))


def carrying(estate: EstateGraph | Snapshot, entity: str) -> list[Flow]:
    """Every flow that carries ``entity``."""
    estate = EstateGraph.of(estate)
    wanted = entity_name(estate, entity)
    return [f for f in estate.snapshot.flows if wanted in f.entities]


def node_exists(estate: EstateGraph | Snapshot, node: str) -> bool:
    """Is ``node`` a system, dataset or field of the estate, or the end of one of its flows?"""
    return node in EstateGraph.of(estate).graph


def check_node(estate: EstateGraph | Snapshot, node: str) -> None:
    """Raise UnknownNameError, with the closest node, unless ``node`` is in the estate."""
    estate = EstateGraph.of(estate)
    if not node_exists(estate, node):
        s = estate.snapshot
        known = [f.id for f in s.fields] + [d.id for d in s.datasets] + [x.id for x in s.systems]
        raise UnknownNameError("node", node, known)


def trace(
    estate: EstateGraph | Snapshot, start: str, direction: str = "down", depth: int = 20
) -> list[Hop]:
    """Every hop reachable from ``start`` (a system, dataset or field id) following flows
    downstream (where its values go) or upstream (where they come from), breadth first."""
    import networkx as nx

    if direction not in DIRECTIONS:
        raise ValueError(f"direction must be 'down' or 'up', not {direction!r}")
    estate = EstateGraph.of(estate)
    steps = estate.memo(("trace", direction), lambda e: _Steps(e, direction == "down"))
    # What the start holds (or, for a third party, receives): later hops must carry it.
    wanted = steps.held(start) or {e for f, *_ in steps.steps(start) for e in f.entities}

    def onward(node: str) -> Iterator[tuple[Flow, str, str, str, str]]:
        for step in steps.steps(node):
            flow, _, _, _, match = step
            if node != start and match == "flow" and not wanted & set(flow.entities):
                continue  # reached a dataset: follow only flows carrying the start's data
            yield step

    level = {start: 0}
    order = [start]
    if depth > 1:
        far_nodes = lambda node: (far for _, _, far, _, _ in onward(node))  # noqa: E731
        for parent, child in nx.generic_bfs_edges(
            estate.graph, start, neighbors=far_nodes, depth_limit=depth - 1
        ):
            level[child] = level[parent] + 1
            order.append(child)
    hops: list[Hop] = []
    seen: set[tuple[str, str, str]] = set()
    for node in order if depth > 0 else ():
        for flow, near, far, how, match in onward(node):
            if (flow.id, near, far) in seen:
                continue
            seen.add((flow.id, near, far))
            source, target = (near, far) if direction == "down" else (far, near)
            hops.append(
                Hop(
                    level[node] + 1,
                    source,
                    target,
                    flow.id,
                    flow.kind,
                    how,
                    match,
                    flow.transit.status.value,
                    flow.entities,
                )
            )
    return hops


class _Steps:
    """The steps a trace can take from each node: column links, and flows followed as a whole
    from their end, from a field they name, or from the dataset or system holding either."""

    def __init__(self, estate: EstateGraph, down: bool) -> None:
        self.estate = estate
        self.down = down
        self.fields = {f.id for f in estate.snapshot.fields}
        self.links: dict[str, list[tuple[Flow, str, str]]] = defaultdict(list)
        self.whole: dict[str, list[Flow]] = defaultdict(list)
        for flow in estate.snapshot.flows:
            near = flow.source if down else flow.target
            self.whole[near].append(flow)
            for c in flow.columns:
                a, b = (c.source, c.target) if down else (c.target, c.source)
                self.links[a].append((flow, b, c.how))
            if down:
                for f in flow.fields:
                    if f != near:
                        self.whole[f].append(flow)
        # The field-level links and flows under each dataset and system, so a hop through a
        # dataset does not look at every field of the estate.
        self.links_under: dict[str, list[tuple[Flow, str]]] = defaultdict(list)
        for field_id, links in self.links.items():
            for container in containers(field_id):
                self.links_under[container] += [(f, dataset_of(far)) for f, far, _ in links]
        self.flows_under: dict[str, list[Flow]] = defaultdict(list)
        for anchor, flows in self.whole.items():
            if node_type_of(anchor) == "field":  # flows from one field
                for container in containers(anchor):
                    self.flows_under[container] += [f for f in flows if not f.columns]

    def _far(self, node: str, far: str) -> str:
        """Where a link from ``node`` arrives: a ``*`` end is the same-named field if scanned."""
        if not far.endswith(SEP + ALL_COLUMNS):
            return far
        same = child(dataset_of(far), node.rsplit(SEP, 1)[-1])
        return same if same in self.fields else dataset_of(far)

    def held(self, node: str) -> set[str]:
        """The entities a field holds, or a dataset's or system's fields hold."""
        return set(self.estate.held(node))

    def steps(self, node: str) -> Iterator[tuple[Flow, str, str, str, str]]:
        """(flow, node, next node, how, match) for each step from ``node``; a table-level link
        (``t2/* -> t1/*``) steps from each field of t2 to t1's field of the same name, or to t1
        when the scan does not know that field."""
        is_field = node_type_of(node) == "field"
        for flow, far, how in self.links.get(node, []):
            yield flow, node, self._far(node, far), how, "column"
        if is_field and not node.endswith(SEP + ALL_COLUMNS):
            for flow, far, how in self.links.get(child(dataset_of(node), ALL_COLUMNS), []):
                yield flow, node, self._far(node, far), how, "column"
        for owner in [node, *containers(node)]:
            for flow in self.whole.get(owner, []):
                if flow.columns and (owner != node or is_field):
                    continue  # column links say exactly which fields move
                if owner != node and not self.held(node) & set(flow.entities):
                    continue  # named at its dataset or system: only if it carries the node's
                far = flow.target if self.down else flow.source
                yield flow, node, far, "", "flow"
        if not is_field:  # a dataset or system: its fields' links and flows too, as a whole
            for flow, far_node in self.links_under.get(node, []):
                yield flow, node, far_node, "", "flow"
            for flow in self.flows_under.get(node, []):
                yield flow, node, flow.target if self.down else flow.source, "", "flow"
