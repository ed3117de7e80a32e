"""The access part of the EstateGraph: principal nodes, ``member_of`` and ``can_read`` edges
(built by :func:`lineage.graph.estate.build_graph`; read by :mod:`lineage.graph.access`)."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from lineage.core.ids import principal_id
from lineage.core.model import EVERY_DATASET, Field, ReadGrant, Snapshot

if TYPE_CHECKING:
    import networkx as nx


def add_access(g: nx.MultiDiGraph, snapshot: Snapshot, pii: dict[str, list[Field]]) -> None:
    """Principal nodes (``node_type="principal"``), ``member_of`` edges to the roles they belong
    to and ``can_read`` edges from each grant's principal to the datasets (or, for column
    grants, the fields) holding personal data it reaches."""
    by_system: dict[str, list[str]] = defaultdict(list)
    for did, fields in pii.items():
        by_system[fields[0].system].append(did)
    for p in snapshot.principals:
        g.add_node(p.id, node_type="principal", data=p)
    for p in snapshot.principals:
        for m in p.member_of:
            role = principal_id(p.system, m.role)
            if role not in g:
                g.add_node(role, node_type="principal", data=None)
            g.add_edge(p.id, role, key=f"member_of:{m.role}", kind="member_of", data=m)
    for grant in snapshot.grants:
        source = grant.principal_id
        if source not in g:
            g.add_node(source, node_type="principal", data=None)
        for target in _targets(grant, pii, by_system):
            key = f"can_read:{grant.privilege}:{grant.evidence}"
            g.add_edge(source, target, key=key, kind="can_read", data=grant)


def _targets(
    grant: ReadGrant, pii: dict[str, list[Field]], by_system: dict[str, list[str]]
) -> list[str]:
    """The dataset or field ids holding personal data that ``grant`` reaches."""
    if grant.dataset == EVERY_DATASET:
        return sorted(by_system.get(grant.system, []))
    fields = pii.get(f"{grant.system}/{grant.dataset}", [])
    if not fields:
        return []
    if not grant.fields:
        return [fields[0].dataset_id]
    named = set(grant.fields)
    return [f.id for f in fields if f.name in named]
