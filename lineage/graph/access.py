"""Who can read personal data: the principals of each system (accounts, integrations, roles,
groups, API keys), what they are members of, and the fields holding personal data each may read,
with the grant that decides it (docs/access.md).

A snapshot records each grant to the principal it names (a role, PUBLIC, an account) and each
membership; what a member may read follows the ``member_of`` edges of the graph to the grant,
with networkx (``nx.descendants``), so a grant to a role reaches every account in it.

>>> from lineage.core.model import (Dataset, EntityHit, Field, Membership, Principal,
...     ReadGrant, Snapshot, System)
>>> s = Snapshot("2026-01-01T00:00:00Z", "0", systems=(System("shop", "postgresql"),),
...     datasets=(Dataset("shop", "public.customers"),),
...     fields=(Field("shop", "public.customers", "email", "text",
...                   entities=(EntityHit("EMAIL_ADDRESS", 0.9),)),),
...     principals=(Principal("shop", "reporting", "role"),
...                 Principal("shop", "jane", "account", member_of=(Membership("reporting"),))),
...     grants=(ReadGrant("shop", "reporting", "public.customers", evidence="GRANT SELECT"),))
>>> [(r.principal.name, r.field.name, r.via) for r in who_can_read(s, "EMAIL_ADDRESS")]
[('jane', 'email', ('reporting',)), ('reporting', 'email', ())]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lineage.core.errors import UnknownNameError
from lineage.core.model import EVERY_DATASET, Field, Principal, ReadGrant, Snapshot

from .estate import EstateGraph

if TYPE_CHECKING:
    pass


@dataclass(frozen=True)
class Reach:
    """``principal`` may read ``field`` (personal data) through ``grant``, held by the principal
    itself (``via`` empty) or by the roles ``via`` leads through, nearest first."""

    principal: Principal
    field: Field
    grant: ReadGrant
    via: tuple[str, ...] = ()

    def evidence(self) -> str:
        """The grant and the memberships that decide this reach, in a sentence."""
        through = f" through {' > '.join(self.via)}" if self.via else ""
        rows = f"; {self.grant.rows}" if self.grant.rows else ""
        return f"{self.grant.privilege}{through}: {self.grant.evidence}{rows}"


def reaches(estate: EstateGraph | Snapshot) -> dict[str, list[Reach]]:
    """Every principal's reach, by principal id: each field holding personal data it may read
    and the nearest grant deciding it (a direct grant before one through a role), in field
    order. Built once per estate."""
    return EstateGraph.of(estate).memo("access.reaches", _reaches)


def _reaches(estate: EstateGraph) -> dict[str, list[Reach]]:
    import networkx as nx

    g = estate.graph
    members = nx.DiGraph(
        (u, v) for u, v, kind in g.edges(data="kind") if kind == "member_of"
    )  # principal -> role
    principals = {p.id: p for p in estate.snapshot.principals}
    best: dict[tuple[str, str], Reach] = {}
    for grant in estate.snapshot.grants:
        holder = grant.principal_id
        fields = _fields(estate, grant)
        if not fields:
            continue
        reached = {holder}
        if holder in members:
            reached |= nx.ancestors(members, holder)
        for pid in sorted(reached):
            principal = principals.get(pid)
            if principal is None:
                continue
            via = (
                tuple(n.split("/", 1)[1] for n in nx.shortest_path(members, pid, holder)[1:])
                if pid != holder
                else ()
            )
            for f in fields:
                reach = Reach(principal, f, grant, via)
                key = (pid, f.id)
                if key not in best or _rank(reach) < _rank(best[key]):
                    best[key] = reach
    found: dict[str, list[Reach]] = defaultdict(list)
    order = {f.id: i for i, f in enumerate(estate.snapshot.fields)}
    for (pid, _), reach in sorted(best.items(), key=lambda kv: (kv[0][0], order[kv[0][1]])):
        found[pid].append(reach)
    return dict(found)


def _rank(reach: Reach) -> tuple[int, str, str]:
    return (len(reach.via), reach.grant.privilege, reach.grant.evidence)


def _fields(estate: EstateGraph, grant: ReadGrant) -> list[Field]:
    if grant.dataset == EVERY_DATASET:
        return [
            f for did in estate.pii_datasets.get(grant.system, []) for f in estate.pii.get(did, [])
        ]
    fields = estate.pii.get(f"{grant.system}/{grant.dataset}", [])
    if grant.fields:
        named = set(grant.fields)
        return [f for f in fields if f.name in named]
    return list(fields)


def who_can_read(estate: EstateGraph | Snapshot, target: str) -> list[Reach]:
    """Who may read ``target``: an entity (``EMAIL_ADDRESS``, or a word of one: ``email``), or
    a system, dataset or field id (``shop``, ``shop/public.customers``,
    ``shop/public.customers/email``); one entry per principal and field holding personal data,
    by system, principal and field. An unknown target raises a PiimapError (exit 2) saying what
    was meant."""
    estate = EstateGraph.of(estate)
    wanted = _matcher(estate, target)
    found = [r for held in reaches(estate).values() for r in held if wanted(r.field)]
    return sorted(found, key=lambda r: (r.principal.system, r.principal.name, r.field.id))


def _matcher(estate: EstateGraph, target: str) -> Callable[[Field], bool]:
    """Which fields ``target`` names."""
    if target in estate.fields:
        return lambda f: f.id == target
    if target in estate.datasets:
        return lambda f: f.dataset_id == target
    if target in estate.systems:
        return lambda f: f.system == target
    if "/" in target:
        known = [*estate.datasets, *(f.id for fs in estate.pii.values() for f in fs)]
        raise UnknownNameError("dataset or field", target, known)
    from lineage.graph.query import entity_name

    entity = entity_name(estate, target)
    return lambda f: any(e.entity == entity for e in f.entities)


def readable_entities(reaches_: Iterable[Reach]) -> list[str]:
    """The entities of the fields reached, in first-seen order."""
    return list(dict.fromkeys(e.entity for r in reaches_ for e in r.field.entities))
