"""A client connection as the management API shows it: its name, TLS state and login."""

from __future__ import annotations

from lineage.core.model import Control, Status
from lineage.core.transport import is_loopback

from .topology import Obj


def client_name(conn: Obj) -> str:
    """A connection's client: its client-provided name, else ``user@host``."""
    props = conn.get("client_properties") or {}
    given = conn.get("user_provided_name") or props.get("connection_name")
    return str(given) if given else f"{conn.get('user', '?')}@{conn.get('peer_host', '?')}"


def connection_transit(conn: Obj, name: str) -> Control:
    """TLS of one client connection as the broker reports it (``ssl``)."""
    who = f"connection {name!r} ({conn.get('user', '?')}@{conn.get('peer_host', '?')})"
    if conn.get("ssl") is True:
        proto = conn.get("ssl_protocol") or "TLS"
        return Control(Status.OK, (f"{who} uses TLS ({proto}), as the broker reports",))
    if conn.get("ssl") is False:
        if is_loopback(str(conn.get("peer_host") or "")):
            return Control(Status.OK, (f"{who}: plain AMQP that stays on loopback",))
        return Control(Status.GAP, (f"{who} is plain AMQP without TLS, as the broker reports",))
    return Control(Status.UNKNOWN, (f"{who}: the broker did not say whether it uses TLS",))


def connection_auth(conn: Obj) -> str:
    mech = str(conn.get("auth_mechanism") or "")
    if mech == "EXTERNAL":
        return "mtls"
    return "static_credential" if mech in ("PLAIN", "AMQPLAIN") else "unknown"
