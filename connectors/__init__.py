"""Connectors: one per kind of system, registered by name in :data:`CONNECTORS`.

Third parties add their own through the ``piimap.connectors`` entry-point group.

>>> get_connector("postgres").name
'postgresql'
"""

from __future__ import annotations

from lineage.core.errors import UnknownNameError
from lineage.core.plugins import load_plugins

from .base import Connector, ConnectorResult
from .mysql import MySQLConnector
from .postgresql import PostgreSQLConnector
from .salesforce import SalesforceConnector
from .sqlite import SQLiteConnector

CONNECTORS: dict[str, type[Connector]] = {
    cls.name: cls
    for cls in (SQLiteConnector, PostgreSQLConnector, MySQLConnector, SalesforceConnector)
}

__all__ = ["CONNECTORS", "Connector", "ConnectorResult", "get_connector"]


def get_connector(name: str, where: str = "") -> type[Connector]:
    """The connector class for ``name`` (or one of its aliases), with a "did you mean" on a typo."""
    known = {**load_plugins("piimap.connectors"), **CONNECTORS}
    for cls in list(known.values()):
        for alias in cls.aliases:
            known.setdefault(alias, cls)
    if name not in known:
        raise UnknownNameError("connector", name, known, where)
    return known[name]
