"""Personal data along flows: into the fields a copy, derivation or hash feeds
(:func:`propagate_entities`), and onto the flows that send those fields
(:func:`carried_entities`). A pseudonymised value is still personal data; only an aggregate
(``count(email)``) loses the person.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

import networkx as nx

from lineage.core.ids import SEP, child, dataset_of, node_type_of
from lineage.core.model import EntityHit, Field, Flow

#: The column links that carry a person from their source to their target.
CARRIES_PERSON = frozenset({"copied", "derived", "pseudonymised"})
#: A hit that lineage added below this confidence is not passed on to further fields.
_PASSED_ON = 0.5


#: The column name of a table-level link (``t2.* -> t1.*``: a ``*`` no schema could expand).
ALL_COLUMNS = "*"


def person_links(flows: Iterable[Flow], fields: Iterable[Field] = ()) -> nx.DiGraph:
    """The column links that carry a person, as a graph of field ids; each edge's ``via`` holds
    the ``(how, flow id)`` of every link between its two fields.

    A table-level link (``shop/t2/*``, every column of the table) stands for a link from each
    of the table's ``fields`` to the target's field of the same name (or to the target's named
    field).

    >>> from lineage.core.model import ColumnLink
    >>> flow = Flow("j", "a/t", "b/t", "sql_job", columns=(
    ...     ColumnLink("a/t/email", "b/t/h", "pseudonymised"),
    ...     ColumnLink("a/t/email", "b/t/n", "aggregated")))
    >>> sorted(person_links([flow]).edges(data="via"))
    [('a/t/email', 'b/t/h', {('pseudonymised', 'j')})]
    """
    graph = nx.DiGraph()
    by_dataset: dict[str, list[str]] = defaultdict(list)
    for f in fields:
        by_dataset[dataset_of(f.id)].append(f.id)
    for flow in flows:
        for c in flow.columns:
            if c.how in CARRIES_PERSON:
                for source, target in _field_pairs(c.source, c.target, by_dataset):
                    if not graph.has_edge(source, target):
                        graph.add_edge(source, target, via=set())
                    graph.edges[source, target]["via"].add((c.how, flow.id))
    return graph


def _field_pairs(
    source: str, target: str, by_dataset: Mapping[str, list[str]]
) -> list[tuple[str, str]]:
    """The (source field, target field) pairs a column link stands for."""
    if not source.endswith(SEP + ALL_COLUMNS) and not target.endswith(SEP + ALL_COLUMNS):
        return [(source, target)]
    sources = by_dataset.get(dataset_of(source), []) if source.endswith(SEP + "*") else [source]
    if not target.endswith(SEP + ALL_COLUMNS):
        return [(s, target) for s in sources]
    into = dataset_of(target)
    return [(s, child(into, s.rsplit(SEP, 1)[1])) for s in sources]


def propagate_entities(fields: Sequence[Field], flows: Sequence[Flow]) -> list[Field]:
    """Fields fed by a personal-data field through a copy, derivation or hash hold that data too
    (``md5(email)`` is still personal data) even when their own values did not show it.

    Each added entity keeps the source's confidence and explains where it came from. Fields are
    settled in topological order of the links that carry a person, so chains of any length are
    followed and every field sees its sources complete; the fields of a cycle are passed over in
    id order until none changes. A field lacking an entity takes it from the first of its
    links, in order of (source, how, flow id), whose source holds it; a hit lineage added below
    0.5 confidence goes no further.
    """
    if not any(c.how in CARRIES_PERSON for flow in flows for c in flow.columns):
        return list(fields)  # nothing to follow
    by_id = {f.id: f for f in fields}
    graph = person_links(flows, fields)
    graph.remove_nodes_from([n for n in graph if n not in by_id])  # unscanned: nothing to pass
    condensed = nx.condensation(graph)
    for component in nx.topological_sort(condensed):
        _settle(by_id, graph, sorted(condensed.nodes[component]["members"]))
    return [by_id[f.id] for f in fields]


def _settle(by_id: dict[str, Field], graph: nx.DiGraph, members: list[str]) -> None:
    """Pass over the fields of one strongly connected component (one field, or the fields of a
    cycle, which feed each other) until none receives anything more."""
    changed = True
    while changed:
        changed = False
        for target in members:
            changed |= _receive(by_id, graph, target)
        changed &= len(members) > 1  # a lone field has it all after one pass


def _receive(by_id: dict[str, Field], graph: nx.DiGraph, target: str) -> bool:
    """Give ``target`` the entities its sources hold and it lacks; whether it got any."""
    feeds = sorted(
        (source, how, flow_id)
        for source, _, via in graph.in_edges(target, data="via")
        for how, flow_id in via
    )
    have = {e.entity for e in by_id[target].entities}
    added = []
    for source, how, flow_id in feeds:
        origin = by_id.get(source)
        for hit in origin.entities if origin else ():
            if hit.entity in have or ("lineage" in hit.signals and hit.confidence < _PASSED_ON):
                continue
            have.add(hit.entity)
            added.append(
                EntityHit(
                    hit.entity, hit.confidence, ("lineage",), f"{how} from {source} by {flow_id}"
                )
            )
    if added:
        f = by_id[target]
        by_id[target] = dataclasses.replace(f, entities=f.entities + tuple(added))
    return bool(added)


def carried_entities(flows: Iterable[Flow], fields: Iterable[Field]) -> list[Flow]:
    """Flows with the entities of the fields they send (all of a dataset's when they name only
    the dataset, as Change Data Capture does); a flow from a whole system keeps none."""
    flows = list(flows)
    if not flows:
        return []
    by_field = {f.id: [e.entity for e in f.entities] for f in fields}
    by_dataset: dict[str, set[str]] = defaultdict(set)
    for field_id, names in by_field.items():
        by_dataset[dataset_of(field_id)].update(names)
    return [
        dataclasses.replace(
            flow, entities=tuple(sorted(_sent(flow, by_field, by_dataset) | set(flow.entities)))
        )
        for flow in flows
    ]


def _sent(
    flow: Flow, by_field: Mapping[str, list[str]], by_dataset: Mapping[str, set[str]]
) -> set[str]:
    """The entities of what ``flow`` sends: its column links that carry a person, else its
    fields, else its source field or dataset."""
    if flow.columns:  # an aggregate (count(email)) carries no person
        sent = {c.source for c in flow.columns if c.how in CARRIES_PERSON}
        return {
            e
            for f in sent
            for e in (
                by_dataset.get(dataset_of(f), set())  # t.*: every column of the table
                if f.endswith(SEP + ALL_COLUMNS)
                else by_field.get(f, ())
            )
        }
    if flow.fields:
        return {e for f in flow.fields for e in by_field.get(f, ())}
    if node_type_of(flow.source) == "field":
        return set(by_field.get(flow.source, ()))
    return set(by_dataset.get(flow.source, set()))
