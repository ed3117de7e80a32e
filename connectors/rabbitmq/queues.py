"""A queue's routing and retention, from the topology alone: which routing keys reach it, which
policies apply to it, and the message-ttl or expires that makes the broker discard its messages.

>>> [topic_matches(p, k) for p, k in (("order.*", "order.created"), ("order.#", "order"),
...                                   ("a.*", "a.b.c"))]
[True, True, False]
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from lineage.core.model import Control, Status

from .topology import Obj, Topology


def topic_matches(pattern: str, key: str) -> bool:
    """Does a topic binding key (``*`` one word, ``#`` any number) match a routing key?"""
    p, k = pattern.split("."), key.split(".")

    def match(i: int, j: int) -> bool:
        if i == len(p):
            return j == len(k)
        if p[i] == "#":
            return any(match(i + 1, at) for at in range(j, len(k) + 1))
        return j < len(k) and p[i] in ("*", k[j]) and match(i + 1, j + 1)

    return match(0, 0)


def ms_duration(ms: int) -> str:
    """Milliseconds as an ISO 8601 duration.

    >>> ms_duration(86_400_000), ms_duration(90_000), ms_duration(1500)
    ('P1D', 'PT1M30S', 'PT1.5S')
    """
    if ms % 86_400_000 == 0:
        return f"P{ms // 86_400_000}D"
    seconds = ms / 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    out = "PT" + (f"{int(hours)}H" if hours else "") + (f"{int(minutes)}M" if minutes else "")
    if secs or out == "PT":
        out += f"{secs:g}S"
    return out


def routed(vhost: str, queue: str, routing_key: str, top: Topology) -> bool:
    """Is the queue bound (in its vhost) with a key that messages of ``routing_key`` match?"""
    kinds = {(str(e.get("vhost")), str(e.get("name"))): str(e.get("type")) for e in top.exchanges}
    for b in top.bindings:
        if (
            b.get("vhost") != vhost
            or b.get("destination") != queue
            or b.get("destination_type", "queue") != "queue"
        ):
            continue
        kind = kinds.get((vhost, str(b.get("source"))), "direct")
        key = str(b.get("routing_key", ""))
        if (
            kind == "fanout"
            or (kind == "topic" and topic_matches(key, routing_key))
            or key == routing_key
        ):
            return True
    return False


def queue_retention(q: Obj, did: str, top: Topology) -> tuple[Control, str | None]:
    """The queue's message-ttl or expires, from its arguments and the policies applying to
    it: ``ok`` when the broker discards messages, ``gap`` when nothing makes it (the
    assessment keeps the gap only for a queue holding personal data)."""
    if top.source.startswith("AMQP"):
        return Control(Status.UNKNOWN, (f"{did}: arguments and policies not seen over AMQP",)), None
    args = q.get("arguments") or {}
    found: list[tuple[int, str, str]] = []
    for what in ("message-ttl", "expires", "max-length"):
        if isinstance(args.get(f"x-{what}"), int):
            found.append((int(args[f"x-{what}"]), what, f"queue argument x-{what}"))
    for policy_name, definition in effective_policies(q, top):
        for what in ("message-ttl", "expires", "max-length"):
            value = definition.get(what)
            if isinstance(value, int):
                found.append((value, what, f"policy {policy_name!r}"))
    # max-length bounds how many messages are kept, not how long: no retention by itself.
    bounded = [f"max-length {n} ({where})" for n, what, where in found if what == "max-length"]
    also = f"; {min(bounded)} bounds its size, not its messages' age" if bounded else ""
    found = [f for f in found if f[1] != "max-length"]
    ttl = [f for f in found if f[1] == "message-ttl"] or found
    if not ttl:
        return Control(
            Status.GAP,
            (
                f"{did}: no message-ttl or expires applies (queue arguments and policies "
                f"read){also}",
            ),
        ), None
    ms, what, where = min(ttl)
    setting = f"({what} {ms} ms, {where})"
    if what == "message-ttl":
        done = f"discards messages older than {ms_duration(ms)}"
    else:
        done = f"deletes the queue and its messages after {ms_duration(ms)} unused"
    evidence = f"{did}: the broker {done} {setting}{also}"
    return Control(Status.OK, (evidence,)), ms_duration(ms)


def effective_policies(q: Obj, top: Topology) -> list[tuple[str, Mapping[str, object]]]:
    """The policy and operator policy applying to a queue: as the broker says, else the
    highest-priority policy of its vhost whose pattern matches its name."""
    if "effective_policy_definition" in q:
        out = []
        name = q.get("policy") or q.get("operator_policy") or "effective"
        if isinstance(q.get("effective_policy_definition"), dict):
            out.append((str(name), q["effective_policy_definition"]))
        return out
    best: dict[bool, tuple[int, str, Mapping[str, object]]] = {}
    qtype = str(q.get("type") or "classic")
    for p in top.policies:
        if p.get("vhost", "/") != q.get("vhost", "/"):
            continue
        applies = str(p.get("apply-to", "all"))
        if applies not in ("all", "queues", f"{qtype}_queues"):
            continue
        try:
            if not re.search(str(p.get("pattern", "")), str(q.get("name", ""))):
                continue
        except re.error:
            continue
        operator = bool(p.get("operator"))
        prio = int(p.get("priority") or 0)
        if operator not in best or prio > best[operator][0]:
            best[operator] = (prio, str(p.get("name")), p.get("definition") or {})
    return [(name, d) for _prio, name, d in best.values()]
