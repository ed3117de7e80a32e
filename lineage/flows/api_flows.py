"""Flows of the APIs the estate describes (connectors/api, docs/apis.md).

Each endpoint whose responses hold personal data flows to the API's clients, one node per API
(``SYSTEM.clients``, kind ``api_clients``): the callers outside the estate. Its transit status
comes from the servers the description declares (all https: ``ok``; one plain http off
loopback: ``gap``; none or relative: ``unknown``); its ``auth`` is ``none`` when the operation
needs no credential.

When the estate names the database behind an API (``backed_by: shopdb``), each response value is
linked to the stored column it comes from when exactly one fits: a column of the same name (case
and separators ignored: ``firstName`` is ``first_name``), in a table named like the object
holding the value or the endpoint's resource (``customer.email`` of ``GET /customers/{id}``:
``customer(s).email``), or else the only column of that name holding the same personal data.
An ambiguous name links nothing. The links are ``copied`` column links, so the endpoint's value
takes the stored column's entities (propagation) and ``piimap trace`` follows them.

>>> norm("firstName") == norm("first_name"), singular("addresses"), singular("categories")
(True, 'address', 'category')
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from connectors.api.endpoints import ENDPOINT, is_parameter
from lineage.core.config import SystemConfig
from lineage.core.model import (
    Boundary,
    ColumnLink,
    Control,
    Dataset,
    Fact,
    Field,
    Flow,
    ScanIssue,
    Status,
    System,
)
from lineage.core.transport import transport_status

from .found import Found

#: System kinds of API descriptions, and the dataset kind of their operations.
API_KINDS = frozenset({"openapi", "graphql"})
CLIENTS = "api_clients"
_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def norm(name: str) -> str:
    """A name with case and separators ignored."""
    return _NOT_ALNUM.sub("", name.lower())


def singular(word: str) -> str:
    """A plural table or resource name made singular, roughly (enough to match names)."""
    w = norm(word)
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "xes", "ches", "shes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def api_flows(
    systems: Sequence[System],
    datasets: Sequence[Dataset],
    fields: Sequence[Field],
    configs: Mapping[str, SystemConfig],
) -> Found:
    """The flows to each API's clients, and from the database behind it to its endpoints."""
    found = Found()
    by_dataset: dict[str, list[Field]] = defaultdict(list)
    for f in fields:
        by_dataset[f.dataset_id].append(f)
    known = {s.id for s in systems}
    for system in systems:
        if system.kind not in API_KINDS or not system.scanned:
            continue
        endpoints = [d for d in datasets if d.system == system.id and d.kind == ENDPOINT]
        config = configs.get(system.id)
        backing = getattr(config, "backed_by", None)
        linked: set[str] = set()
        if backing and backing not in known:
            found.issues.append(
                ScanIssue(
                    system.id,
                    "config",
                    f"systems.{system.id}.backed_by: {backing} is not a system of the estate; "
                    "no endpoint is linked to stored fields",
                )
            )
        elif backing:
            links = backing_flows(system.id, backing, endpoints, by_dataset, datasets, fields)
            purpose = getattr(config, "purpose", None) or ""
            found.flows += [dataclasses.replace(f, purpose=purpose) for f in links]
            linked = {f.target for f in links}
        clients = f"{system.id}.clients"
        purpose = getattr(config, "purpose", None) or ""
        transit = server_transit(system)
        no_auth = {f.value for f in system.facts if f.name == "api_unauthenticated"}
        sending = []
        for d in endpoints:
            response = [f for f in by_dataset[d.id] if not is_parameter(f.name)]
            if not (d.id in linked or any(f.entities for f in response)):
                continue
            sending.append(
                Flow(
                    id=f"api_response:{system.id}:{d.name}",
                    source=d.id,
                    target=clients,
                    kind="api_response",
                    fields=tuple(f.id for f in response),
                    transit=transit,
                    auth="none" if d.name in no_auth else "unknown",
                    evidence=(d.comment or d.name,),
                    purpose=purpose,
                )
            )
        if sending:
            found.flows += sending
            found.systems.append(
                System(
                    id=clients,
                    kind=CLIENTS,
                    name=f"{system.name or system.id} clients",
                    boundary=Boundary.INTERNAL,
                    facts=(Fact("discovered_by", system.id, "API description"),),
                )
            )
    return found


def server_transit(system: System) -> Control:
    """Transit of an API's responses, from the servers its description declares."""
    servers = [f for f in system.facts if f.name == "api_server"]
    if not servers:
        return Control(Status.UNKNOWN, (f"{system.id}: the API description names no server",))
    controls = [transport_status(f.value, f.evidence) for f in servers]
    for status in (Status.GAP, Status.UNKNOWN):
        bad = [e for c in controls if c.status == status for e in c.evidence]
        if bad:
            return Control(status, tuple(bad))
    return Control(Status.OK, tuple(e for c in controls for e in c.evidence))


def backing_flows(
    api: str,
    backing: str,
    endpoints: Sequence[Dataset],
    by_dataset: Mapping[str, list[Field]],
    datasets: Sequence[Dataset],
    fields: Sequence[Field],
) -> list[Flow]:
    """One ``api_backing`` flow per (stored table, endpoint) with the column links found."""
    stored_tables = {d.id for d in datasets if d.system == backing and d.kind != ENDPOINT}
    columns: dict[str, list[Field]] = defaultdict(list)
    for f in fields:
        if f.dataset_id in stored_tables:
            columns[norm(f.name)].append(f)
    links: dict[tuple[str, str], list[ColumnLink]] = defaultdict(list)
    for d in endpoints:
        resource = _resource(d)
        for f in by_dataset.get(d.id, ()):
            if is_parameter(f.name):
                continue
            source = _source(f, columns, {resource, _holder(f.name)})
            if source is not None:
                links[(source.dataset_id, d.id)].append(ColumnLink(source.id, f.id, "copied"))
    return [
        Flow(
            id=f"api_backing:{api}:{target.split('/', 1)[1]}<-{source.split('/', 1)[1]}",
            source=source,
            target=target,
            kind="api_backing",
            fields=tuple(sorted({c.source for c in found})),
            columns=tuple(sorted(found)),
            transit=Control(
                Status.UNKNOWN,
                (f"{api} reads {backing}: the API description does not say how it connects",),
            ),
            evidence=(f"systems.{api}.backed_by: {backing}; columns matched by name",),
        )
        for (source, target), found in sorted(links.items())
    ]


def _source(f: Field, columns: Mapping[str, list[Field]], holders: set[str]) -> Field | None:
    """The one stored column an endpoint's value comes from, or None when none or several fit."""
    leaf = f.name.rsplit(".", 1)[-1].replace("[]", "")
    candidates = columns.get(norm(leaf), [])
    if not candidates:
        return None
    wanted = {singular(h) for h in holders if h}
    named = [c for c in candidates if singular(c.dataset.rsplit(".", 1)[-1]) in wanted]
    pool = named or candidates
    if len(pool) == 1:
        return pool[0]
    entities = {e.entity for e in f.entities}
    same = [c for c in pool if entities & {e.entity for e in c.entities}]
    return same[0] if len(same) == 1 else None


def _holder(path: str) -> str:
    """The object a response value sits in (``orders[].customer.email``: ``customer``)."""
    parts = path.replace("[]", "").split(".")
    return parts[-2] if len(parts) > 1 else ""


def _resource(d: Dataset) -> str:
    """The resource an endpoint serves: its path's last word (``GET customers.{id}``:
    ``customers``), or a GraphQL field's name (``Query.customer``: ``customer``)."""
    tail = d.name.split(" ", 1)[-1]
    words = [w for w in re.split(r"[./]", tail) if w and "{" not in w]
    return words[-1] if words else ""
