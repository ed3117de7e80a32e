"""Questions asked of a snapshot: where does an entity live, and where do a field's values go
(or come from).

``trace`` follows column links where a flow has them (SQL jobs, views, mirrors) and the flow as
a whole where it does not, so a declared "storefront to Klaviyo" flow is followed from every
field it could send. Each hop says how it was matched (``column`` or ``flow``).

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

from collections import defaultdict, deque
from collections.abc import Iterator
from dataclasses import dataclass

from classifiers.entities import ENTITIES
from lineage.core.errors import UnknownNameError
from lineage.core.ids import containers, dataset_of
from lineage.core.model import Field, Flow, Snapshot


@dataclass(frozen=True)
class Hop:
    """One step of a trace: ``source`` to ``target`` through ``flow``.

    ``how`` is the column link's (copied, derived, pseudonymised, aggregated) or ``""`` when the
    flow has no column lineage and is followed as a whole (``match`` says which).
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


def entity_name(snapshot: Snapshot, name: str) -> str:
    """``name`` as an entity of piimap's vocabulary or of the snapshot (case-insensitive);
    raises UnknownNameError with the closest name otherwise."""
    known = set(ENTITIES) | {e.entity for f in snapshot.fields for e in f.entities}
    wanted = name.strip().upper().replace("-", "_").replace(" ", "_")
    if wanted in known:
        return wanted
    words = [k for k in known if wanted in k.split("_")]
    if len(words) == 1:  # "email" is EMAIL_ADDRESS
        return words[0]
    raise UnknownNameError("entity", wanted, known)


def where(snapshot: Snapshot, entity: str) -> list[Field]:
    """Every field holding ``entity``, most confident first."""
    wanted = entity_name(snapshot, entity)
    found = [f for f in snapshot.fields if any(e.entity == wanted for e in f.entities)]
    return sorted(found, key=lambda f: (-_confidence(f, wanted), f.id))


def carrying(snapshot: Snapshot, entity: str) -> list[Flow]:
    """Every flow that carries ``entity``."""
    wanted = entity_name(snapshot, entity)
    return [f for f in snapshot.flows if wanted in f.entities]


def _confidence(f: Field, entity: str) -> float:
    return max(e.confidence for e in f.entities if e.entity == entity)


def node_exists(snapshot: Snapshot, node: str) -> bool:
    ids = {s.id for s in snapshot.systems} | {d.id for d in snapshot.datasets}
    ids |= {f.id for f in snapshot.fields}
    ids |= {f.source for f in snapshot.flows} | {f.target for f in snapshot.flows}
    return node in ids


def trace(snapshot: Snapshot, start: str, direction: str = "down", depth: int = 20) -> list[Hop]:
    """Every hop reachable from ``start`` (a system, dataset or field id) following flows
    downstream (where its values go) or upstream (where they come from), breadth first."""
    if direction not in ("down", "up"):
        raise ValueError(f"direction must be 'down' or 'up', not {direction!r}")
    index = _Index(snapshot, direction)
    # What the start holds (or, for a third party, receives): later hops must carry it.
    wanted = index.held(start) or {e for f, *_ in index.steps(start) for e in f.entities}
    hops: list[Hop] = []
    seen_nodes = {start}
    seen_hops: set[tuple[str, str, str]] = set()
    queue = deque([(start, 0)])
    while queue:
        node, level = queue.popleft()
        if level >= depth:
            continue
        for flow, near, far, how, match in index.steps(node):
            if node != start and match == "flow" and not wanted & set(flow.entities):
                continue  # reached a dataset: follow only flows carrying the start's data
            key = (flow.id, near, far)
            if key in seen_hops:
                continue
            seen_hops.add(key)
            source, target = (near, far) if direction == "down" else (far, near)
            hops.append(
                Hop(
                    level + 1,
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
            if far not in seen_nodes:
                seen_nodes.add(far)
                queue.append((far, level + 1))
    return hops


class _Index:
    """Flows and column links by the end a trace walks from."""

    def __init__(self, snapshot: Snapshot, direction: str) -> None:
        self.down = direction == "down"
        self.links: dict[str, list[tuple[Flow, str, str]]] = defaultdict(list)
        self.whole: dict[str, list[Flow]] = defaultdict(list)
        self.entities = {f.id: {e.entity for e in f.entities} for f in snapshot.fields}
        for flow in snapshot.flows:
            near = flow.source if self.down else flow.target
            self.whole[near].append(flow)
            for c in flow.columns:
                a, b = (c.source, c.target) if self.down else (c.target, c.source)
                self.links[a].append((flow, b, c.how))
            if self.down:
                for f in flow.fields:
                    if f != near:
                        self.whole[f].append(flow)
        # What a dataset or system holds, and the field-level links and flows under it: built
        # once, so a hop through a dataset does not scan every field of the estate.
        self.held_under: dict[str, set[str]] = defaultdict(set)
        for field_id, entities in self.entities.items():
            for container in containers(field_id):
                self.held_under[container] |= entities
        self.links_under: dict[str, list[tuple[Flow, str]]] = defaultdict(list)
        for field_id, links in self.links.items():
            for container in containers(field_id):
                self.links_under[container] += [(f, dataset_of(far)) for f, far, _ in links]
        self.flows_under: dict[str, list[Flow]] = defaultdict(list)
        for anchor, flows in self.whole.items():
            if anchor.count("/") == 2:  # flows from one field
                for container in containers(anchor):
                    self.flows_under[container] += [f for f in flows if not f.columns]

    def steps(self, node: str) -> Iterator[tuple[Flow, str, str, str, str]]:
        """(flow, node, next node, how, match) for each step from ``node``."""
        for flow, far, how in self.links.get(node, []):
            yield flow, node, far, how, "column"
        parts = node.split("/")
        for owner in [node, *containers(node)]:
            for flow in self.whole.get(owner, []):
                if flow.columns and (owner != node or len(parts) == 3):
                    continue  # column links say exactly which fields move
                if owner != node and not self._may_carry(node, flow):
                    continue
                far = flow.target if self.down else flow.source
                yield flow, node, far, "", "flow"
        if len(parts) < 3:  # a dataset or system: its fields' links and flows too, as a whole
            for flow, far_node in self.links_under.get(node, []):
                yield flow, node, far_node, "", "flow"
            for flow in self.flows_under.get(node, []):
                yield flow, node, flow.target if self.down else flow.source, "", "flow"

    def held(self, node: str) -> set[str]:
        """The entities a field holds, or a dataset's or system's fields hold."""
        found = self.entities.get(node)
        return found if found is not None else self.held_under.get(node, set())

    def _may_carry(self, node: str, flow: Flow) -> bool:
        """A flow named at a node's dataset or system is followed from the node only if it
        carries one of the node's entities; a flow that says nothing of what it carries is
        followed from its own end only."""
        return bool(self.held(node) & set(flow.entities))
