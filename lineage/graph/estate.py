"""The estate as one ``networkx.MultiDiGraph``.

Node ids are ``system``, ``system/dataset`` and ``system/dataset/field``; every node has
``node_type`` and ``data`` (the model object). Edges have ``kind="contains"`` (system to dataset,
dataset to field), ``kind="flow"`` (keyed by the flow id, with the flow as ``data``) or
``kind="column"`` (field to field, one per column link of a flow: ``how`` and ``flow`` id).

>>> from lineage.core.model import Snapshot, System, Dataset, Field
>>> s = Snapshot("2026-01-01T00:00:00Z", "0", systems=(System("shop", "sqlite"),),
...              datasets=(Dataset("shop", "customers"),),
...              fields=(Field("shop", "customers", "email", "text"),))
>>> g = build_graph(s)
>>> sorted(g.successors("shop/customers"))
['shop/customers/email']
"""

from __future__ import annotations

import networkx as nx

from lineage.core.ids import node_type_of
from lineage.core.model import Snapshot


def build_graph(snapshot: Snapshot) -> nx.MultiDiGraph:
    """Build the graph of a snapshot (systems contain datasets contain fields; flows between)."""
    g = nx.MultiDiGraph(scanned_at=snapshot.scanned_at, schema_version=snapshot.schema_version)
    for system in snapshot.systems:
        g.add_node(system.id, node_type="system", data=system)
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
            for end in (link.source, link.target):
                if end not in g:
                    g.add_node(end, node_type=node_type_of(end), data=None)
            g.add_edge(
                link.source,
                link.target,
                key=f"{flow.id}#{link.source}->{link.target}:{link.how}",
                kind="column",
                how=link.how,
                flow=flow.id,
            )
    return g
