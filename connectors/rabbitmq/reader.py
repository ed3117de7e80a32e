"""The broker's objects through the management API, each list on its own: a list the user may
not read is an issue saying what is missing, and the others are still read."""

from __future__ import annotations

import json
from typing import Any

from lineage.core.model import ScanIssue

from .api import COLUMNS, ApiError, Management, vh
from .config import RabbitConfig
from .schemas import flatten
from .topology import Obj, Topology

#: Channels whose detail (which exchanges they publish to) is read at most.
MAX_CHANNEL_DETAILS = 200
#: Messages read per queue at most when sampling is on, whatever ``sample_size`` says.
MAX_MESSAGES = 20


def read_broker(system_id: str, api: Management, config: RabbitConfig) -> Topology:
    """The topology behind ``api``; ApiError when not even the user's own record can be read
    (nothing answers, a wrong password, a user without a management tag)."""
    me = api.get("whoami")
    top = Topology(source=f"management API {api.shown}")
    overview = _guarded(top, system_id, "the overview", lambda: api.get("overview"))
    if isinstance(overview, dict):
        top.rates_mode = str(overview.get("rates_mode") or "")
        version = overview.get("rabbitmq_version") or overview.get("management_version")
        if version:
            top.facts.append(("server_version", f"RabbitMQ {version}", "GET /api/overview"))
        if top.rates_mode:
            top.facts.append(("rates_mode", top.rates_mode, "GET /api/overview"))
    tags = me.get("tags", []) if isinstance(me, dict) else []
    tags = tags.split(",") if isinstance(tags, str) else tags
    top.facts.append(
        ("scan_user.tags", ",".join(sorted(map(str, tags))) or "none", "GET /api/whoami")
    )
    vhosts = _guarded(top, system_id, "virtual hosts", lambda: api.get("vhosts")) or []
    seen = sorted(str(v.get("name")) for v in vhosts if isinstance(v, dict))
    wanted = config.vhosts
    top.vhosts = [v for v in seen if wanted is None or v in wanted]
    for name in sorted(set(wanted or []) - set(seen)):
        top.issues.append(
            ScanIssue(
                system_id,
                "partial",
                f"vhost {name!r} (vhosts in the estate) is not visible to the scan user",
            )
        )
    keep = set(top.vhosts)

    def listed(what: str, kind: str) -> list[Obj]:
        """Up to ``max_queues`` objects of each vhost, page by page."""
        out: list[Obj] = []
        for vhost in top.vhosts:
            found = _guarded(
                top,
                system_id,
                f"{what} of vhost {vhost}",
                lambda v=vhost: api.pages(f"{kind}/{vh(v)}", config.max_queues, COLUMNS[kind]),
            )
            if found is None:
                continue
            items, total = found
            if total > len(items):
                top.issues.append(
                    ScanIssue(
                        system_id,
                        "partial",
                        f"{total} {what} in vhost {vhost}; the first {len(items)} were read "
                        f"(max_queues {config.max_queues})",
                    )
                )
            out += [i for i in items if isinstance(i, dict)]
        return out

    top.queues = listed("queues", "queues")
    top.exchanges = listed("exchanges", "exchanges")
    bindings = []
    for vhost in top.vhosts:
        got = _guarded(
            top,
            system_id,
            f"bindings of vhost {vhost}",
            lambda v=vhost: api.get(f"bindings/{vh(v)}"),
        )
        bindings += [b for b in got or [] if isinstance(b, dict)]
    top.bindings = bindings
    policies = _guarded(top, system_id, "policies", lambda: api.get("policies")) or []
    operator = (
        _guarded(top, system_id, "operator policies", lambda: api.get("operator-policies")) or []
    )
    operator = [{**p, "operator": True} for p in operator if isinstance(p, dict)]
    top.policies = [
        p for p in [*policies, *operator] if isinstance(p, dict) and p.get("vhost") in keep
    ]
    conns = _guarded(
        top,
        system_id,
        "connections",
        lambda: api.pages("connections", 10_000, COLUMNS["connections"]),
    )
    chans = _guarded(
        top, system_id, "channels", lambda: api.pages("channels", 10_000, COLUMNS["channels"])
    )
    consumers = _guarded(top, system_id, "consumers", lambda: api.get("consumers"))
    top.connections = [c for c in conns[0] if c.get("vhost") in keep] if conns else None
    top.channels = [c for c in chans[0] if c.get("vhost") in keep] if chans else None
    if consumers is not None:
        top.consumers = [
            c
            for c in consumers
            if isinstance(c, dict) and (c.get("queue") or {}).get("vhost") in keep
        ]
    if top.channels is not None and top.rates_mode == "detailed":
        _publishes(system_id, api, top)
    users = _guarded(top, system_id, "users", lambda: api.get("users"), quiet_403=True)
    if users is not None:
        top.users = [
            {"name": u.get("name"), "tags": u.get("tags")} for u in users if isinstance(u, dict)
        ]
    else:
        top.facts.append(
            (
                "users",
                "not read",
                "GET /api/users needs the administrator tag; guest login judged from connections",
            )
        )
    if config.sample_messages:
        _sample(system_id, api, config, top)
    return top


def _guarded(top: Topology, system_id: str, what: str, read: Any, quiet_403: bool = False) -> Any:
    """``read()``, or None and an issue naming what was not read and why."""
    try:
        return read()
    except ApiError as exc:
        if quiet_403 and exc.status in (401, 403):
            return None
        top.issues.append(ScanIssue(system_id, "partial", f"{what} not read: {exc.reason}"))
        return None


def _publishes(system_id: str, api: Management, top: Topology) -> None:
    """Which exchanges each publishing channel sends to (kept only with ``rates_mode:
    detailed``); at most :data:`MAX_CHANNEL_DETAILS` channels are asked."""
    publishing = [c for c in top.channels or [] if (c.get("message_stats") or {}).get("publish")]
    for channel in publishing[:MAX_CHANNEL_DETAILS]:
        name = str(channel.get("name", ""))
        detail = _guarded(
            top, system_id, f"channel {name}", lambda n=name: api.get(f"channels/{vh(n)}")
        )
        if isinstance(detail, dict):
            channel["publishes"] = detail.get("publishes") or []


def _sample(system_id: str, api: Management, config: RabbitConfig, top: Topology) -> None:
    """Up to ``sample_size`` (at most :data:`MAX_MESSAGES`) messages of each classic queue,
    requeued at once; payloads cut by the broker at ``max_message_bytes`` are not parsed. Every
    queue is asked, whatever its message count says: the count lags the queue by seconds."""
    count = min(config.sample_size, MAX_MESSAGES)
    if count == 0:
        return
    for q in top.queues:
        vhost, name = str(q.get("vhost", "/")), str(q.get("name", ""))
        if q.get("type", "classic") != "classic":
            top.issues.append(
                ScanIssue(
                    system_id,
                    "partial",
                    f"messages of {q.get('type')} queue {name!r} (vhost {vhost}) not sampled: a "
                    "requeue would raise their delivery count; declare a schema or bind a shadow "
                    "queue (docs/rabbitmq.md)",
                )
            )
            continue
        try:
            messages = api.get_messages(vhost, name, count, config.max_message_bytes)
        except ApiError as exc:
            top.issues.append(
                ScanIssue(system_id, "partial", f"messages of {name!r} not sampled: {exc.reason}")
            )
            continue
        values: dict[str, list[object]] = {}
        cut = 0
        for m in messages:
            if not isinstance(m, dict):
                continue
            if int(m.get("payload_bytes") or 0) > config.max_message_bytes:
                cut += 1  # the broker sent only the first bytes: no JSON to read
                continue
            try:
                decoded = json.loads(str(m.get("payload") or ""))
            except ValueError:
                continue
            for path, value in flatten(decoded):
                if isinstance(value, (str, int, float)) and not isinstance(value, bool):
                    values.setdefault(path, []).append(value)
        if cut:
            top.issues.append(
                ScanIssue(
                    system_id,
                    "partial",
                    f"{cut} message(s) of {name!r} (vhost {vhost}) are larger than "
                    f"max_message_bytes ({config.max_message_bytes}); the broker sent only their "
                    "first bytes and they were not read",
                )
            )
        top.samples[(vhost, name)] = values
