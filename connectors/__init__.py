"""Connectors: one per kind of system, found by name in the :data:`CONNECTORS` registry.

Each is an entry point of the ``piimap.connectors`` group, piimap's own (pyproject.toml) and a
third party's alike; nothing here imports a connector module until its name is asked for.

>>> get_connector("postgres").name
'postgresql'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lineage.core.plugins import CONNECTORS

if TYPE_CHECKING:
    from .base import Connector, ConnectorResult, ScanConfig

__all__ = ["CONNECTORS", "Connector", "ConnectorResult", "ScanConfig", "get_connector"]


def get_connector(name: str, where: str = "") -> type[Connector]:
    """The connector class for ``name`` (or one of its aliases), with a "did you mean" on a typo."""
    cls: type[Connector] = CONNECTORS.get(name, where)
    return cls


def __getattr__(name: str) -> Any:
    if name in ("Connector", "ConnectorResult", "ScanConfig"):
        from . import base

        return getattr(base, name)
    raise AttributeError(f"module 'connectors' has no attribute {name!r}")
