"""Who can read personal data: the principals of each system (accounts, integrations, roles,
groups, API keys), what they are members of, and the fields holding personal data each may read,
with the grant that decides it (docs/access.md).

A snapshot records each grant to the principal it names (a role, PUBLIC, an account) and each
membership; what a member may read follows its memberships to the grant, with networkx
(:func:`lineage.assess.access.principal_reaches`), so a grant to a role reaches every account
in it.

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

from collections.abc import Callable, Iterable

from lineage.assess.access import Reach, principal_reaches
from lineage.core.errors import UnknownNameError
from lineage.core.model import Field, Snapshot

from .estate import EstateGraph


def reaches(estate: EstateGraph | Snapshot) -> dict[str, list[Reach]]:
    """Every principal's reach, by principal id: each field holding personal data it may read
    and the nearest grant deciding it (a direct grant before one through a role), in field
    order (:func:`lineage.assess.access.principal_reaches`). Built once per estate."""
    return EstateGraph.of(estate).memo(
        "access.reaches",
        lambda e: principal_reaches(e.snapshot.principals, e.snapshot.grants, e.snapshot.fields),
    )


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
