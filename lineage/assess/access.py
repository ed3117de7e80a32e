"""Who may read which field holding personal data: each grant reaches its principal and every
member of it, following memberships with networkx (docs/access.md). The EstateGraph
(:mod:`lineage.graph.access`) and the access gap rules (:mod:`.access_gaps`) share it.

>>> from lineage.core.model import EntityHit, Field, Membership, Principal, ReadGrant
>>> email = Field("shop", "s.people", "email", "text", entities=(EntityHit("EMAIL_ADDRESS", 0.9),))
>>> people = [Principal("shop", "jane", member_of=(Membership("staff"),)),
...           Principal("shop", "staff", "group")]
>>> found = principal_reaches(people, [ReadGrant("shop", "staff", "s.people")], [email])
>>> [(r.principal.name, r.via) for r in found["@shop/jane"]]
[('jane', ('staff',))]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lineage.core.ids import principal_id
from lineage.core.model import EVERY_DATASET, Field, Principal, ReadGrant

if TYPE_CHECKING:
    import networkx as nx


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


def principal_reaches(
    principals: Iterable[Principal], grants: Iterable[ReadGrant], fields: Sequence[Field]
) -> dict[str, list[Reach]]:
    """Every principal's reach, by principal id: each field holding personal data it may read
    and the nearest grant deciding it (a direct grant before one through a role), in the
    order of ``fields``."""
    import networkx as nx

    by_id = {p.id: p for p in principals}
    members = nx.DiGraph()  # principal -> role
    for p in by_id.values():
        for m in p.member_of:
            members.add_edge(p.id, principal_id(p.system, m.role))
    pii: dict[str, list[Field]] = defaultdict(list)
    by_system: dict[str, list[Field]] = defaultdict(list)
    for f in fields:
        if f.entities:
            pii[f.dataset_id].append(f)
            by_system[f.system].append(f)
    best: dict[tuple[str, str], Reach] = {}
    holders: dict[str, list[tuple[Principal, tuple[str, ...]]]] = {}  # who a holder's grant reaches
    for grant in grants:
        holder = grant.principal_id
        reached_fields = _fields(grant, pii, by_system)
        if not reached_fields:
            continue
        if holder not in holders:
            holders[holder] = _members(members, holder, by_id)
        for principal, via in holders[holder]:
            pid = principal.id
            for f in reached_fields:
                reach = Reach(principal, f, grant, via)
                key = (pid, f.id)
                if key not in best or _rank(reach) < _rank(best[key]):
                    best[key] = reach
    order = {f.id: i for i, f in enumerate(fields) if f.entities}  # those reached
    found: dict[str, list[Reach]] = defaultdict(list)
    for (pid, _), reach in sorted(best.items(), key=lambda kv: (kv[0][0], order[kv[0][1]])):
        found[pid].append(reach)
    return dict(found)


def _members(
    members: nx.DiGraph, holder: str, by_id: dict[str, Principal]
) -> list[tuple[Principal, tuple[str, ...]]]:
    """The principals a grant held by ``holder`` reaches (itself and every member of it, in id
    order), each with the roles it goes through (``via``)."""
    import networkx as nx

    reached = {holder} | (nx.ancestors(members, holder) if holder in members else set())
    found = []
    for pid in sorted(reached):
        principal = by_id.get(pid)
        if principal is None:
            continue
        path = nx.shortest_path(members, pid, holder) if pid != holder else [pid]
        found.append((principal, tuple(n.split("/", 1)[1] for n in path[1:])))
    return found


def _rank(reach: Reach) -> tuple[int, str, str]:
    return (len(reach.via), reach.grant.privilege, reach.grant.evidence)


def _fields(
    grant: ReadGrant, pii: dict[str, list[Field]], by_system: dict[str, list[Field]]
) -> list[Field]:
    if grant.dataset == EVERY_DATASET:
        return by_system.get(grant.system, [])
    fields = pii.get(f"{grant.system}/{grant.dataset}", [])
    if grant.fields:
        named = set(grant.fields)
        return [f for f in fields if f.name in named]
    return fields
