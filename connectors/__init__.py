"""Connectors: one per kind of system, registered by name in :data:`CONNECTORS`.

Third parties add their own through the ``piimap.connectors`` entry-point group.

>>> get_connector("postgres").name
'postgresql'
"""

from __future__ import annotations

from importlib.metadata import entry_points

from lineage.errors import UnknownNameError

from .base import Connector, ConnectorResult
from .mysql import MySQLConnector
from .postgresql import PostgreSQLConnector
from .sqlite import SQLiteConnector

CONNECTORS: dict[str, type[Connector]] = {
    cls.name: cls for cls in (SQLiteConnector, PostgreSQLConnector, MySQLConnector)
}

__all__ = ["CONNECTORS", "Connector", "ConnectorResult", "get_connector"]


def _plugins() -> dict[str, type[Connector]]:
    found: dict[str, type[Connector]] = {}
    for ep in entry_points(group="piimap.connectors"):
        try:
            found[ep.name] = ep.load()
        except Exception:  # one broken plugin must not break every scan
            continue
    return found


def get_connector(name: str, where: str = "") -> type[Connector]:
    """The connector class for ``name`` (or one of its aliases), with a "did you mean" on a typo."""
    known = {**_plugins(), **CONNECTORS}
    for cls in list(known.values()):
        for alias in cls.aliases:
            known.setdefault(alias, cls)
    if name not in known:
        raise UnknownNameError("connector", name, known, where)
    return known[name]
