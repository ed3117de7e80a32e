"""The part of a snapshot about one system, one entity or flows in one status.

A smaller snapshot of the same shape, so every table, graph and diagram works on it unchanged.

>>> from lineage.core.model import Control, EntityHit, Field, Flow, Snapshot, Status, System
>>> email = (EntityHit("EMAIL_ADDRESS", 0.9),)
>>> s = Snapshot("t", "0", systems=(System("shop", "sqlite"), System("crm", "salesforce")),
...     fields=(Field("shop", "customers", "email", "text", entities=email),
...             Field("shop", "customers", "id", "integer")),
...     flows=(Flow("declared:sync", "shop/customers", "crm", "declared",
...                 entities=("EMAIL_ADDRESS",), transit=Control(Status.GAP)),))
>>> [f.id for f in subset(s, entity="email").fields]
['shop/customers/email']
>>> sorted(x.id for x in subset(s, status="gap", control="transit").systems)
['crm', 'shop']
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable

from lineage.core.errors import UnknownNameError
from lineage.core.ids import node_type_of, system_of
from lineage.core.model import Field, Flow, Snapshot, Status

from .estate import EstateGraph
from .query import entity_name

CONTROLS = ("transit", "retention")


def subset(
    estate: EstateGraph | Snapshot,
    *,
    system: str | None = None,
    entity: str | None = None,
    status: str | Status | None = None,
    control: str = "any",
) -> Snapshot:
    """The snapshot cut down to what the filters select; they combine.

    ``system``: its datasets and fields, and the flows in or out of it (with their far ends).
    ``entity``: the fields holding it and the flows carrying it. ``status`` (``ok``, ``gap``,
    ``unknown``): the flows whose ``control`` (``transit``, ``retention`` or ``any``) has it, and
    the fields they send or receive. Gaps, issues, principals and grants follow what is kept; a
    system's own gaps (its accounts' too) come with it when it is the system asked for, or when
    no system was.
    """
    estate = EstateGraph.of(estate)
    s = estate.snapshot
    if system is None and entity is None and status is None:
        return s
    if system is not None and system not in estate.every_system:
        raise UnknownNameError("system", system, estate.systems)
    wanted = entity_name(estate, entity) if entity is not None else None
    if control not in (*CONTROLS, "any"):
        raise UnknownNameError("control", control, (*CONTROLS, "any"))
    controls = CONTROLS if control == "any" else (control,)
    if status is not None:
        try:
            status = Status(status)
        except ValueError:
            raise UnknownNameError("status", str(status), (x.value for x in Status)) from None

    def flow_kept(f: Flow) -> bool:
        return (
            (system is None or system in (system_of(f.source), system_of(f.target)))
            and (wanted is None or wanted in f.entities)
            and (status is None or any(getattr(f, c).status == status for c in controls))
        )

    flows = [f for f in s.flows if flow_kept(f)]
    fields = [
        f
        for f in s.fields
        if (system is None or f.system == system)
        and (wanted is None or any(e.entity == wanted for e in f.entities))
    ]
    if status is not None:  # only what the kept flows move
        moved = _moved_by(flows)
        fields = [f for f in fields if moved(f)]
    ends = {end for f in flows for end in (f.source, f.target)}
    dataset_ids = {f.dataset_id for f in fields}
    dataset_ids |= {"/".join(e.split("/")[:2]) for e in ends if node_type_of(e) != "system"}
    asked: set[str] = set()
    if system is not None and wanted is None and status is None:  # the whole system
        dataset_ids |= {d.id for d in s.datasets if d.system == system}
        asked.add(system)
    system_ids = {system_of(n) for n in dataset_ids | ends} | asked
    gap_systems = {system} if system is not None else system_ids
    kept = dataset_ids | gap_systems | {f.id for f in fields} | {f.id for f in flows}
    # "wholesale: wp_options: ..." and an account's "shop/@'app'@'%'"
    prefixes = tuple(p for sid in gap_systems for p in (f"{sid}: ", f"{sid}/@"))
    return dataclasses.replace(
        s,
        systems=tuple(x for x in s.systems if x.id in system_ids),
        datasets=tuple(d for d in s.datasets if d.id in dataset_ids),
        fields=tuple(fields),
        flows=tuple(flows),
        gaps=tuple(g for g in s.gaps if g.subject in kept or g.subject.startswith(prefixes)),
        issues=tuple(i for i in s.issues if system_of(i.subject) in system_ids),
        principals=tuple(p for p in s.principals if p.system in system_ids),
        grants=tuple(g for g in s.grants if g.system in system_ids),
    )


def _moved_by(flows: Iterable[Flow]) -> Callable[[Field], bool]:
    """Whether a field is sent or received by one of ``flows``: named by the flow (its fields,
    column links, a table-level link ``t/*``, or an end), or held at an end the flow names as a
    whole and of an entity it carries."""
    named: set[str] = set()
    carried: dict[str, set[str]] = defaultdict(set)
    for flow in flows:
        named.update(flow.fields)
        named.update(end for c in flow.columns for end in (c.source, c.target))
        for end in (flow.source, flow.target):
            named.add(end)
            carried[end].update(flow.entities)

    def moved(f: Field) -> bool:
        if f.id in named or f"{f.dataset_id}/*" in named:  # t/*: every field of t
            return True
        held = {e.entity for e in f.entities}
        return any(held & carried.get(n, set()) for n in (f.system, f.dataset_id))

    return moved
