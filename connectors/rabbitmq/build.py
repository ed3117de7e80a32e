"""The broker's topology as the model sees it: a dataset per queue (fields from declared message
schemas and, opt-in, sampled messages), the clients as systems, and flows from publishers
through exchanges and queues to consumers, each with the transit state of its connection.

>>> dataset_name("/", "orders"), dataset_name("shop", "order/events")
('orders', 'shop:order%2Fevents')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from lineage.core.ids import dataset_id, field_id
from lineage.core.model import (
    Boundary,
    Control,
    Dataset,
    Fact,
    Field,
    Flow,
    ScanIssue,
    Status,
    System,
)

from .config import ClientConfig, RabbitConfig, declared_fields, qualified
from .connections import client_name, connection_auth, connection_transit
from .queues import queue_retention, routed
from .topology import Obj, Topology

#: The user every RabbitMQ installs with the password ``guest``.
DEFAULT_USER = "guest"


@dataclass
class Built:
    datasets: list[Dataset] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    samples: dict[str, tuple[object, ...]] = field(default_factory=dict, repr=False)
    flows: list[Flow] = field(default_factory=list)
    systems: list[System] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    issues: list[ScanIssue] = field(default_factory=list)


def dataset_name(vhost: str, queue: str) -> str:
    """A queue's dataset name: the queue's name in vhost ``/``, else ``vhost:queue`` (a ``/``
    inside either is written ``%2F``, since it separates the parts of an id)."""
    name = queue.replace("/", "%2F")
    return name if vhost == "/" else f"{vhost.replace('/', '%2F')}:{name}"


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-.") or "client"


class Builder:
    """Builds the model of one broker from its topology and the estate's declarations."""

    def __init__(
        self,
        system_id: str,
        config: RabbitConfig,
        base_dir: Path,
        estate_systems: Iterable[str],
        declared_flows: Iterable[tuple[str, str]],
    ) -> None:
        self.sid = system_id
        self.config = config
        self.base_dir = base_dir
        self.estate_systems = set(estate_systems)
        self.declared_flows = list(declared_flows)
        self.out = Built()
        self._clients: dict[str, str] = {}
        #: Queues whose messages no declaration or sample describes.
        self._unknown: list[str] = []

    # --- queues ---------------------------------------------------------------------------

    def build(self, top: Topology) -> Built:
        fields_by_queue: dict[tuple[str, str], list[str]] = {}
        declared = {qualified(k): (k, v) for k, v in self.config.queues.items()}
        for q in top.queues:
            key = (str(q.get("vhost", "/")), str(q.get("name", "")))
            if not self._selected(key[1]):
                continue
            fields_by_queue[key] = self._queue(q, key, top, declared)
        for key in sorted(set(declared) - set(fields_by_queue)):
            if top.connections is not None or top.source.startswith("AMQP"):
                self.out.issues.append(
                    ScanIssue(
                        self.sid,
                        "partial",
                        f"queue {key[1]!r} (vhost {key[0]}) named in the estate was not found "
                        "on the broker",
                    )
                )
        if self._unknown:
            shown = ", ".join(self._unknown[:5]) + (" ..." if len(self._unknown) > 5 else "")
            self.out.issues.append(
                ScanIssue(
                    self.sid,
                    "partial",
                    f"{len(self._unknown)} queue(s) have no declared message schema and no "
                    f"readable sampled message, so what they carry is unknown ({shown}); "
                    "declare one under "
                    f"systems.{self.sid}.queues or routing_keys (docs/rabbitmq.md)",
                )
            )
        self._flows(top, fields_by_queue)
        self._credentials(top)
        return self.out

    def _selected(self, name: str) -> bool:
        import fnmatch

        inc, exc = self.config.include, self.config.exclude
        if inc and not any(fnmatch.fnmatchcase(name, p) for p in inc):
            return False
        return not any(fnmatch.fnmatchcase(name, p) for p in exc)

    def _queue(
        self,
        q: Obj,
        key: tuple[str, str],
        top: Topology,
        declared: Mapping[tuple[str, str], tuple[str, object]],
    ) -> list[str]:
        vhost, qname = key
        name = dataset_name(vhost, qname)
        did = dataset_id(self.sid, name)
        types: dict[str, str] = {}
        origin = ""
        if key in declared:
            raw, cfg = declared[key]
            found = declared_fields(f"systems.{self.sid}.queues.{raw}", cfg, self.base_dir)  # type: ignore[arg-type]
            types.update(found)
            origin = f"queues.{raw}"
        for rk, cfg in sorted(self.config.routing_keys.items()):
            if routed(vhost, qname, rk, top):
                for path, kind in declared_fields(
                    f"systems.{self.sid}.routing_keys.{rk}", cfg, self.base_dir
                ):
                    types.setdefault(path, kind)
                origin = origin or f"routing_keys.{rk}"
        sampled = top.samples.get(key, {})
        for path in sampled:
            types.setdefault(path, "sampled")
        qtype = str(q.get("type") or "classic")
        retention, policy = queue_retention(q, did, top)
        messages = q.get("messages")
        self.out.datasets.append(
            Dataset(
                system=self.sid,
                name=name,
                kind="queue",
                comment=f"{qtype} queue {qname!r} in vhost {vhost!r}",
                row_count=int(messages) if isinstance(messages, int) else None,
                row_count_evidence=f"messages in the queue ({top.source})"
                if isinstance(messages, int)
                else "",
                retention_policy=policy,
                retention=retention,
            )
        )
        fields = []
        for i, (path, kind) in enumerate(sorted(types.items())):
            fields.append(
                Field(
                    self.sid,
                    name,
                    path,
                    kind,
                    True,
                    "message field ("
                    + (f"declared in {origin}" if kind != "sampled" else "sampled message")
                    + ")",
                    i + 1,
                )
            )
            if path in sampled:
                self.out.samples[field_id(self.sid, name, path)] = tuple(sampled[path])
        self.out.fields.extend(fields)
        if not fields:
            self._unknown.append(name)
        return [f.id for f in fields]

    # --- clients and flows ----------------------------------------------------------------

    def _client_system(self, name: str, conn: Obj | None) -> str:
        """The estate system a client is, or a new system named after it."""
        if name in self._clients:
            return self._clients[name]
        cfg = self.config.clients.get(name) or ClientConfig()
        sid = cfg.system or (name if name in self.estate_systems else f"{self.sid}.{_slug(name)}")
        if sid not in self.estate_systems:
            seen = f"connection {name!r}" + (
                f" ({conn.get('user')}@{conn.get('peer_host')})" if conn else ""
            )
            self.out.systems.append(
                System(
                    id=sid,
                    kind="amqp_client",
                    name=name,
                    boundary=Boundary.INTERNAL,
                    facts=(Fact("discovered_by", self.sid, f"{seen} to the broker"),),
                )
            )
        self._clients[name] = sid
        return sid

    def _purpose(self, client: str) -> str:
        cfg = self.config.clients.get(client)
        return (cfg.purpose or "") if cfg else ""

    def _declared_consumers(self, vhost: str, queue: str) -> set[str]:
        names: set[str] = set()
        for raw, q in self.config.queues.items():
            if qualified(raw) == (vhost, queue):
                names.update(q.consumers)
        for cname, c in self.config.clients.items():
            if any(qualified(x) == (vhost, queue) for x in c.consumes):
                names.add(cname)
                if c.system:
                    names.add(c.system)
        ds = dataset_id(self.sid, dataset_name(vhost, queue))
        names.update(
            target.split("/")[0]
            for source, target in self.declared_flows
            if source in (self.sid, ds)
        )
        return names

    def _flows(self, top: Topology, fields_by_queue: Mapping[tuple[str, str], list[str]]) -> None:
        """Consume and publish flows of the connections the broker shows, then of the clients
        the estate declares that it did not show."""
        conns = {str(c.get("name")): c for c in top.connections or []}
        observed = self._consumers(top, conns, fields_by_queue)
        observed |= self._publishers(top, conns, fields_by_queue)
        self._declared_clients(top, observed, fields_by_queue)
        if top.connections is None:
            self.out.facts.append(
                Fact("amqp.connections", "not seen", f"{top.source} shows no connections")
            )

    def _consumers(
        self, top: Topology, conns: Mapping[str, Obj], queues: Mapping[tuple[str, str], list[str]]
    ) -> set[str]:
        """A flow from each queue to each connection consuming it; the clients seen."""
        consumed: dict[tuple[tuple[str, str], str], int] = {}
        unplaced: dict[tuple[str, str], int] = {}
        for c in top.consumers or []:
            q = c.get("queue") or {}
            key = (str(q.get("vhost", "/")), str(q.get("name", "")))
            if key in queues:
                conn_name = str((c.get("channel_details") or {}).get("connection_name", ""))
                if not conn_name:  # the channel's details lag the consumer in the statistics
                    unplaced[key] = unplaced.get(key, 0) + 1
                    continue
                consumed[(key, conn_name)] = consumed.get((key, conn_name), 0) + 1
        for (vhost, queue), n in sorted(unplaced.items()):
            self.out.issues.append(
                ScanIssue(
                    self.sid,
                    "partial",
                    f"{n} consumer(s) of queue {queue!r} (vhost {vhost}) are on no connection "
                    f"{top.source} reported yet (its statistics lag), so their clients are "
                    "unknown; scan again to name them",
                )
            )
        seen = set()
        for (key, conn_name), n in sorted(consumed.items()):
            conn = conns.get(conn_name, {"name": conn_name})
            name = client_name(conn)
            seen.add(name)
            how = f"{n} consumer(s) on connection {name!r} ({top.source})"
            transit = connection_transit(conn, name)
            self._consume(key, name, conn, transit, connection_auth(conn), how)
        return seen

    def _publishers(
        self, top: Topology, conns: Mapping[str, Obj], queues: Mapping[tuple[str, str], list[str]]
    ) -> set[str]:
        """A flow from each connection that published to the queues its exchanges feed (as the
        broker's per-exchange statistics or the estate's ``clients`` say); the clients seen."""
        published: dict[str, int] = {}
        exchanges: dict[str, set[tuple[str, str]]] = {}
        for ch in top.channels or []:
            count = int((ch.get("message_stats") or {}).get("publish") or 0)
            conn_name = str((ch.get("connection_details") or {}).get("name", ""))
            if not count:
                continue
            published[conn_name] = published.get(conn_name, 0) + count
            for p in ch.get("publishes") or []:
                ex = p.get("exchange") or {}
                pair = (str(ex.get("vhost", "/")), str(ex.get("name", "")))
                exchanges.setdefault(conn_name, set()).add(pair)
        seen = set()
        for conn_name, count in sorted(published.items()):
            conn = conns.get(conn_name, {"name": conn_name})
            name = client_name(conn)
            seen.add(name)
            client = self.config.clients.get(name) or ClientConfig()
            named = exchanges.get(conn_name) or {qualified(x) for x in client.publishes}
            how = (
                "the broker's per-exchange statistics"
                if exchanges.get(conn_name)
                else f"clients.{name}.publishes"
            )
            vhost = str(conn.get("vhost", "/"))
            self._publish(name, conn, vhost, named, how, count, top, queues)
        return seen

    def _declared_clients(
        self, top: Topology, observed: set[str], queues: Mapping[tuple[str, str], list[str]]
    ) -> None:
        """Flows of the clients the estate declares and the broker did not show (an export)."""
        for name, client in sorted(self.config.clients.items()):
            if name in observed:
                continue
            why = f"declared in systems.{self.sid}.clients.{name}; not observed ({top.source})"
            transit = Control(Status.UNKNOWN, (f"client {name!r}: {why}",))
            for q in client.consumes:
                if qualified(q) in queues:
                    self._consume(qualified(q), name, None, transit, "unknown", why)
            if client.publishes:
                named = {qualified(x) for x in client.publishes}
                vhost = qualified(client.publishes[0])[0]
                how = f"clients.{name}.publishes"
                self._publish(name, None, vhost, named, how, 0, top, queues)

    def _consume(
        self,
        key: tuple[str, str],
        name: str,
        conn: Obj | None,
        transit: Control,
        auth: str,
        evidence: str,
    ) -> None:
        vhost, queue = key
        ds = dataset_id(self.sid, dataset_name(*key))
        target = self._client_system(name, conn)
        flow_id = f"amqp_consume:{ds}->{target}"
        self.out.flows.append(
            Flow(
                purpose=self._purpose(name),
                id=flow_id,
                source=ds,
                target=target,
                kind="amqp_consume",
                transit=transit,
                auth=auth,
                evidence=(f"{name} consumes queue {queue!r} (vhost {vhost}): {evidence}",),
            )
        )
        declared = self._declared_consumers(vhost, queue)
        if conn is not None and name not in declared and target not in declared:
            self.out.facts.append(
                Fact(
                    "amqp.undeclared_consumer",
                    flow_id,
                    f"connection {name!r} ({conn.get('user', '?')}@{conn.get('peer_host', '?')}) "
                    "consumes "
                    f"queue {queue!r} (vhost {vhost}); the estate declares "
                    + (", ".join(sorted(declared)) if declared else "no consumer")
                    + f" for it (systems.{self.sid}.queues.{queue}.consumers)",
                )
            )

    def _publish(
        self,
        name: str,
        conn: Obj | None,
        vhost: str,
        named: set[tuple[str, str]],
        how: str,
        count: int,
        top: Topology,
        fields_by_queue: Mapping[tuple[str, str], list[str]],
    ) -> None:
        source = self._client_system(name, conn)
        transit = (
            connection_transit(conn, name)
            if conn is not None
            else Control(
                Status.UNKNOWN,
                (
                    f"client {name!r}: declared in systems.{self.sid}.clients; "
                    f"not observed ({top.source})",
                ),
            )
        )
        auth = connection_auth(conn) if conn is not None else "unknown"
        sent = f"published {count} message(s) ({top.source})" if count else "declared publisher"
        if named:
            queues = sorted(
                {
                    (vhost_, str(b.get("destination")))
                    for vhost_, ex in named
                    for b in top.bindings
                    if b.get("vhost") == vhost_
                    and b.get("source") == ex
                    and b.get("destination_type", "queue") == "queue"
                }
                & set(fields_by_queue)
            )
            for key in queues:
                ds = dataset_id(self.sid, dataset_name(*key))
                exs = ", ".join(sorted(ex for v, ex in named if v == key[0]))
                self.out.flows.append(
                    Flow(
                        purpose=self._purpose(name),
                        id=f"amqp_publish:{source}->{ds}",
                        source=source,
                        target=ds,
                        kind="amqp_publish",
                        fields=tuple(fields_by_queue[key]),
                        transit=transit,
                        auth=auth,
                        evidence=(
                            f"{name} {sent} to exchange {exs} (from {how}), "
                            f"bound to queue {key[1]!r}",
                        ),
                    )
                )
            return
        queues = sorted(k for k in fields_by_queue if k[0] == vhost)
        self.out.flows.append(
            Flow(
                purpose=self._purpose(name),
                id=f"amqp_publish:{source}->{self.sid}:{vhost}",
                source=source,
                target=self.sid,
                kind="amqp_publish",
                fields=tuple(f for k in queues for f in fields_by_queue[k]),
                transit=transit,
                auth=auth,
                evidence=(
                    f"{name} {sent} in vhost {vhost}; the broker does not record to which exchange "
                    f"(rates_mode {top.rates_mode or 'unknown'}): the flow carries what the "
                    "vhost's queues hold. Name the exchanges in "
                    f"systems.{self.sid}.clients.{name}.publishes",
                ),
            )
        )

    def _credentials(self, top: Topology) -> None:
        """Default (guest) credentials the broker accepts or holds, as facts for the gap."""
        for c in top.connections or []:
            if c.get("user") == DEFAULT_USER:
                self.out.facts.append(
                    Fact(
                        "amqp.default_credentials",
                        "accepted",
                        f"connection {client_name(c)!r} from {c.get('peer_host', '?')} "
                        f"is logged in as {DEFAULT_USER}",
                    )
                )
        for u in top.users or []:
            if u.get("name") == DEFAULT_USER:
                self.out.facts.append(
                    Fact(
                        "amqp.default_credentials",
                        "present",
                        f"user {DEFAULT_USER} exists ({top.source})",
                    )
                )
