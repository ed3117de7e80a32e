"""Flows the estate config declares (``flows:``), and the authentication class of a declared
transport, which SQL jobs share.

>>> auth_of("oauth_jwt"), auth_of("api_key"), auth_of(None)
('short_lived_oauth', 'static_credential', 'unknown')
"""

from __future__ import annotations

from lineage.core.config import FlowConfig
from lineage.core.model import Flow
from lineage.core.transport import transport_status

_SHORT_LIVED = {"oauth_jwt", "oauth_client_credentials", "oauth"}
_STATIC = {"api_key", "basic", "static_credential"}


def auth_of(declared: str | None) -> str:
    """The model's authentication class of a config ``transport.auth`` value."""
    if declared in _SHORT_LIVED:
        return "short_lived_oauth"
    if declared == "mtls":
        return "mtls"
    if declared in _STATIC:
        return "static_credential"
    return "unknown"


def config_where(index: int, cfg: FlowConfig) -> str:
    """Where a flow is declared, as evidence names it: ``estate config flows[0] (nightly)``."""
    return f"estate config flows[{index}] ({cfg.name})"


def declared_flow(index: int, cfg: FlowConfig) -> Flow:
    """A flow as the config declares it; its transport URL is the transit evidence."""
    where = config_where(index, cfg)
    transport = cfg.transport
    return Flow(
        id=f"declared:{cfg.name}",
        source=cfg.source,
        target=cfg.target,
        kind="declared",
        fields=tuple(sorted(cfg.fields)),
        entities=tuple(sorted(cfg.entities)),
        transit=transport_status(transport.url if transport else None, where),
        auth=auth_of(transport.auth if transport else None),
        schedule=cfg.schedule or "",
        evidence=(f"declared in {where}",),
        purpose=cfg.purpose or "",
        legal_basis=cfg.legal_basis or "",
    )
