"""Flows of the links databases keep to each other (logical replication, postgres_fdw foreign
tables, FEDERATED tables), their remote ends matched to the estate's systems by host, port and
database. A remote end the estate does not list becomes a system of its own (``ext.HOST.DB``,
kind ``unlisted_database``), since personal data reaches a database the inventory misses.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from connectors import get_connector
from connectors.base import Link
from lineage.core.config import Estate, SystemConfig
from lineage.core.ids import dataset_id, node_type_of
from lineage.core.model import ColumnLink, Dataset, Fact, Field, Flow, System
from lineage.core.transport import is_loopback

from .found import Found
from .index import ColumnIndex, DatasetIndex, column_id

_DEFAULT_PORTS = {"postgresql": 5432, "mysql": 3306}
#: (host, port, database) of an estate database, by system id.
Endpoints = Mapping[str, tuple[str, int, str]]


def link_flows(
    links: Sequence[tuple[str, Link]],
    estate: Estate,
    systems: Sequence[System],
    datasets: Sequence[Dataset],
    fields: Sequence[Field],
) -> Found:
    """Flows of replication, foreign-data and FEDERATED links (``links`` pairs each with the
    system that reported it), and a system for each remote end the estate does not list.

    A publication some estate system subscribes to is left to that subscription, which names
    the same flow with more detail.
    """
    found = Found()
    if not links:
        return found
    index = DatasetIndex(datasets)
    columns = ColumnIndex(fields)
    endpoints = _endpoints(estate.config.systems)
    known = {s.id for s in systems}
    by_name: dict[tuple[str, str], list[tuple[str, Link]]] = defaultdict(list)
    for sid, link in links:
        for name in link.name.split(","):  # a subscription to several publications: "p1,p2"
            by_name[(link.kind, name)].append((sid, link))
    for sid, link in links:
        remote = _match(link, endpoints, sid) if link.host else None
        if link.direction == "out":
            if _subscribed_elsewhere(sid, link, by_name, endpoints):
                continue  # the subscriber's own link is the same flow, with more detail
            target_sid = remote or _placeholder(found, known, sid, link)
            local = dataset_id(sid, link.local_dataset) if link.local_dataset else sid
            remote_ds = _remote_dataset(target_sid, link.remote_dataset, index)
            found.flows.append(_link_flow(sid, link, local, remote_ds, columns))
            continue
        source_sid = remote or _placeholder(found, known, sid, link)
        if link.local_dataset:
            local = dataset_id(sid, link.local_dataset)
            remote_ds = _remote_dataset(source_sid, link.remote_dataset, index)
            found.flows.append(_link_flow(sid, link, remote_ds, local, columns))
            continue
        published = [
            other
            for osid, other in by_name[(link.kind, link.name)]
            if osid == source_sid and other.direction == "out"
        ]
        for pub in published or [link]:
            table = pub.local_dataset if pub is not link else ""
            src = _remote_dataset(source_sid, table, index)
            dst = (index.resolve(table, [sid], anywhere=False) if table else None) or sid
            carried = dataclasses.replace(link, fields=pub.fields if pub is not link else ())
            found.flows.append(_link_flow(sid, carried, src, dst, columns))
    return found


def _link_flow(sid: str, link: Link, source: str, target: str, columns: ColumnIndex) -> Flow:
    """The flow of ``link`` from ``source`` to ``target`` (dataset or system ids); column links
    only when both ends are datasets, by the local columns' names."""
    local = target if link.direction == "in" else source
    remote = source if link.direction == "in" else target
    names = link.fields or columns.names(local)
    to_dataset = node_type_of(local) == "dataset"
    links = tuple(
        sorted(
            ColumnLink(column_id(source, n), column_id(target, n), "copied")
            for n in names
            if to_dataset and node_type_of(remote) == "dataset"
        )
    )
    side = f"{sid}: {link.kind} {link.name}"
    return Flow(
        id=f"{link.kind}:{sid}:{link.name}:{link.local_dataset or remote}",
        source=source,
        target=target,
        kind=link.kind,
        fields=tuple(column_id(local, n) for n in sorted(names)) if to_dataset else (),
        transit=link.transit,
        auth=link.auth,
        evidence=link.evidence or (side,),
        columns=links,
    )


def _endpoints(configs: Mapping[str, SystemConfig]) -> dict[str, tuple[str, int, str]]:
    """(host, port, database) of each database system the estate gives a DSN for; a DSN that
    does not parse is left out."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    out = {}
    for sid, cfg in configs.items():
        dsn = getattr(cfg, "dsn", None)  # a key of the SQL connectors' configs only
        if not dsn or cfg.connector is None:
            continue
        kind = get_connector(cfg.connector).name  # ``postgres`` and ``mariadb`` are aliases
        if kind not in _DEFAULT_PORTS:
            continue
        try:  # a malformed DSN (``host:5432x``) is its connector's error; it matches no link
            url = make_url(dsn)
        except (ArgumentError, ValueError, TypeError):
            continue
        port = url.port or _DEFAULT_PORTS[kind]
        out[sid] = ((url.host or "localhost").lower(), port, (url.database or "").lower())
    return out


def _match(link: Link, endpoints: Endpoints, own: str) -> str | None:
    """The estate system (other than ``own``) at the link's remote host, port and database."""
    for sid, (host, port, database) in sorted(endpoints.items()):
        if sid == own or database != link.database.lower():
            continue
        same_host = host == link.host.lower() or (is_loopback(host) and is_loopback(link.host))
        if same_host and (link.port is None or link.port == port):
            return sid
    return None


def _subscribed_elsewhere(
    sid: str,
    link: Link,
    by_name: Mapping[tuple[str, str], list[tuple[str, Link]]],
    endpoints: Endpoints,
) -> bool:
    return any(
        other.direction == "in" and _match(other, endpoints, osid) == sid
        for osid, other in by_name.get((link.kind, link.name), [])
    )


def _placeholder(found: Found, known: set[str], sid: str, link: Link) -> str:
    """A system for a remote end the estate does not list."""
    if link.host:
        ident = re.sub(r"[^A-Za-z0-9_.-]", "-", f"ext.{link.host}.{link.database or 'db'}")
        name = f"{link.database or '?'} on {link.host}:{link.port or '?'} (not in the estate)"
        reason = f"{sid} links to it ({link.kind} {link.name}); the estate lists no such system"
    elif link.direction == "in":  # a subscription or foreign table whose server is unreadable
        ident = re.sub(r"[^A-Za-z0-9_.-]", "-", f"{sid}.{link.name}.source")
        name = f"Source of {link.kind} {link.name} (unknown)"
        reason = f"{sid} reads {link.name} from a server the scan could not see (no host read)"
    else:
        ident = re.sub(r"[^A-Za-z0-9_.-]", "-", f"{sid}.{link.name}.subscribers")
        name = f"Subscribers of publication {link.name} (unknown)"
        reason = f"publication {link.name} of {sid} has no subscriber connected or in the estate"
    if ident not in known:
        known.add(ident)
        found.systems.append(
            System(
                id=ident,
                kind="unlisted_database",
                name=name,
                facts=(Fact("discovered_by", sid, f"{link.kind} {link.name}"),),
                scanned=False,
                not_scanned_reason=reason,
            )
        )
    return ident


def _remote_dataset(system: str, table: str, index: DatasetIndex) -> str:
    """The dataset ``table`` of ``system``: scanned, or named as the link gives it."""
    if not table:
        return system
    return index.resolve(table, [system], anywhere=False) or dataset_id(system, table)
