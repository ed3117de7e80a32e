"""A data subject access request's look-up plan: which datasets to query for one person.

Given the identifiers the person gave (entities: an email address, a phone number), every dataset
with a field holding one of them is queried by that field; then every dataset whose foreign key
references rows already found holds more of the person's rows (their orders, then the orders'
payments). The plan names fields and joins, never a value.

>>> from lineage.core.model import Dataset, EntityHit, Field, ForeignKey, Snapshot
>>> s = Snapshot("t", "0",
...     datasets=(Dataset("shop", "customers"),
...               Dataset("shop", "orders", foreign_keys=(
...                   ForeignKey(("customer_id",), "customers", ("id",)),))),
...     fields=(Field("shop", "customers", "email", "text",
...                   entities=(EntityHit("EMAIL_ADDRESS", 0.9),)),))
>>> [(x.dataset, x.find_by, x.via) for x in dsar_plan(s, ["EMAIL_ADDRESS"])]
[('customers', 'email = ?', ()), ('orders', 'customer_id = customers.id', ('shop/customers',))]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from lineage.core.ids import dataset_id, system_of
from lineage.core.model import Field, ForeignKey, Snapshot

from .estate import EstateGraph


@dataclass(frozen=True)
class Lookup:
    """One dataset to query for the person's rows, and the personal-data fields to return.

    Found by an identifier: ``match`` names the fields equal to one of them (any may match).
    Found by a join: ``via`` is the path of datasets from one found by an identifier, and
    ``keys`` the foreign keys to the last of them (any may match). ``find_by`` says the same
    in words.
    """

    system: str
    dataset: str
    find_by: str
    via: tuple[str, ...]
    rows: int | None
    personal_fields: tuple[str, ...]
    entities: tuple[str, ...]
    match: tuple[str, ...] = ()
    keys: tuple[ForeignKey, ...] = ()


def dsar_plan(estate: EstateGraph | Snapshot, entities: Iterable[str]) -> list[Lookup]:
    """The datasets to query for a person who gave identifiers of ``entities`` (names as the
    snapshot has them): those found by an identifier first, then by foreign keys, nearest
    first. A field that holds a hash of the identifier (a ``pseudonymised`` column link) says
    ``(hashed)``: hash the identifier the same way before matching."""
    estate = EstateGraph.of(estate)
    snapshot = estate.snapshot
    wanted = set(entities)
    hashed = {c.target for f in snapshot.flows for c in f.columns if c.how == "pseudonymised"}
    by_dataset = estate.columns
    start = ""  # joined to every dataset an identifier finds
    joins = nx.DiGraph()
    joins.add_node(start)
    for ds_id, fields in sorted(by_dataset.items()):
        matched = tuple(f for f in fields if any(e.entity in wanted for e in f.entities))
        if matched:
            joins.add_edge(start, ds_id, match=matched, keys=())
    for d in sorted(snapshot.datasets, key=lambda d: d.id):
        for fk in d.foreign_keys:
            ref = dataset_id(d.system, fk.ref_dataset)
            if ref == d.id or joins.has_edge(start, d.id):
                continue  # a self-reference, or a dataset an identifier finds anyway
            keys = joins.edges[ref, d.id]["keys"] if joins.has_edge(ref, d.id) else ()
            joins.add_edge(ref, d.id, match=(), keys=(*keys, fk))
    paths = nx.single_source_shortest_path(joins, start)
    plan = []
    for _, ds_id in sorted((len(p), p[-1]) for p in paths.values() if len(p) > 1):
        path = paths[ds_id]
        edge = joins.edges[path[-2], ds_id]
        personal = [f for f in by_dataset.get(ds_id, ()) if f.is_pii]
        plan.append(
            Lookup(
                system=system_of(ds_id),
                dataset=ds_id.split("/", 1)[1],
                find_by=_find_by(edge["match"], edge["keys"], hashed),
                via=tuple(path[1:-1]),
                rows=estate.datasets[ds_id].row_count if ds_id in estate.datasets else None,
                personal_fields=tuple(f.name for f in personal),
                entities=tuple(sorted({e.entity for f in personal for e in f.entities})),
                match=tuple(f.name for f in edge["match"]),
                keys=edge["keys"],
            )
        )
    return plan


def _find_by(match: tuple[Field, ...], keys: tuple[ForeignKey, ...], hashed: set[str]) -> str:
    """``email = ?`` or ``customer_id = customers.id``, alternatives joined by ``or``."""
    if match:
        return " or ".join(f"{f.name} = ?" + (" (hashed)" if f.id in hashed else "") for f in match)
    return " or ".join(
        " and ".join(
            f"{c} = {fk.ref_dataset}.{r}" for c, r in zip(fk.columns, fk.ref_columns, strict=False)
        )
        for fk in keys
    )
