"""What the broker (or its definitions export) showed: the objects as the management API spells
them, kept as plain mappings, and what could not be seen."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lineage.core.model import ScanIssue

Obj = dict[str, Any]


@dataclass
class Topology:
    """One broker's objects. ``connections``, ``channels`` and ``consumers`` are None when the
    source cannot show them (a definitions export, AMQP), which is not the same as none."""

    source: str
    vhosts: list[str] = field(default_factory=list)
    queues: list[Obj] = field(default_factory=list)
    exchanges: list[Obj] = field(default_factory=list)
    bindings: list[Obj] = field(default_factory=list)
    policies: list[Obj] = field(default_factory=list)
    connections: list[Obj] | None = None
    channels: list[Obj] | None = None
    consumers: list[Obj] | None = None
    #: User names and tags (never a password hash); None when they could not be read.
    users: list[Obj] | None = None
    facts: list[tuple[str, str, str]] = field(default_factory=list)
    issues: list[ScanIssue] = field(default_factory=list)
    #: Sampled message values per queue (vhost, name) and dotted path: memory only.
    samples: dict[tuple[str, str], dict[str, list[object]]] = field(
        default_factory=dict, repr=False
    )
    #: The rate mode of the management statistics (``basic`` keeps no per-exchange publishes).
    rates_mode: str = ""
