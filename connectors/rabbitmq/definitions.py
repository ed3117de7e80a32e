"""A ``rabbitmqctl export_definitions`` file (the management API's ``GET /api/definitions``):
vhosts, queues, exchanges, bindings, policies and users, read offline. Password hashes in it are
never read; connections and consumers are not in it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lineage.core.errors import ConnectorError

from .topology import Topology


def read_definitions(system_id: str, path: Path) -> Topology:
    """The topology an export file holds; ConnectorError with one line when it is no export."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        why = (
            exc.strerror
            if isinstance(exc, OSError)
            else "nested too deeply"
            if isinstance(exc, RecursionError)
            else "not valid JSON"
        )
        raise ConnectorError(
            f"{system_id}: cannot read the definitions file {path}: {why}."
        ) from None
    if not isinstance(data, dict) or not any(k in data for k in ("queues", "vhosts", "exchanges")):
        raise ConnectorError(
            f"{system_id}: {path} is not a RabbitMQ definitions export (no vhosts, queues or "
            "exchanges); export it with 'rabbitmqctl export_definitions FILE'."
        )

    def items(key: str) -> list[dict[str, Any]]:
        value = data.get(key) or []
        return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []

    vhosts = sorted({str(v.get("name")) for v in items("vhosts") if v.get("name")})
    queues = [q for q in items("queues") if q.get("name")]
    for q in queues:
        q.setdefault("vhost", "/")
    vhosts = vhosts or sorted({str(q["vhost"]) for q in queues})
    users = [
        {"name": u.get("name"), "tags": u.get("tags", "")}  # never the password hash
        for u in items("users")
        if u.get("name")
    ]
    version = str(data.get("rabbit_version") or data.get("rabbitmq_version") or "")
    topology = Topology(
        source=f"definitions export {path.name}",
        vhosts=vhosts,
        queues=queues,
        exchanges=items("exchanges"),
        bindings=items("bindings"),
        policies=items("policies"),
        users=users if "users" in data else None,
    )
    if version:
        topology.facts.append(
            ("server_version", f"RabbitMQ {version}", f"rabbit_version in {path.name}")
        )
    return topology
