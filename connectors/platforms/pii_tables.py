"""Well-known tables of each storefront platform that hold personal data, and their columns.

``pii_tables.yaml`` beside this module lists, per platform, the tables that keep customers,
addresses, orders, quotes, newsletter subscribers, reviews, staff users and sessions by their base
name (without the ``oc_``/``ps_``/``wp_`` prefix), each with a ``role`` and, where the platform's
own schema fixes what a column holds, the piimap entity of that column. The SQL connectors pass it
to the classifiers as a signal (see :mod:`classifiers.platform`). ``wordpress`` tables apply to
``woocommerce`` too.

>>> pii_columns("magento", "customer_entity")["dob"]
'DATE_OF_BIRTH'
>>> table_role("opencart", "CUSTOMER_IP"), table_role("woocommerce", "comments")
('session', 'review')
>>> pii_columns("opencart", "product"), table_role("opencart", "product")
({}, None)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

import yaml

from classifiers.entities import ENTITIES
from lineage.core.errors import UnknownNameError

from . import PLATFORMS
from .catalogue import CatalogueError, read_resource

#: What a table holds, in the platform's data model.
ROLES: dict[str, str] = {
    "customer": "Customer accounts (and what hangs off them: tokens, support threads).",
    "address": "Address books; some platforms keep order addresses here too.",
    "order_address": "Billing and shipping addresses copied onto an order.",
    "newsletter_subscriber": "Newsletter and back-in-stock subscribers.",
    "quote": "Carts and checkouts before they become orders.",
    "review": "Product reviews and comments with their authors.",
    "user": "Log-in accounts: staff and admin users, or the site's users table.",
    "order": "Orders, invoices, shipments, returns and their payments.",
    "session": "Sessions, visits, log-ins and searches keyed by IP address or cookie.",
}


@dataclass(frozen=True)
class PiiTable:
    """One well-known table: its ``role`` and lower-case column name -> entity."""

    platform: str
    table: str
    role: str
    columns: Mapping[str, str]


@dataclass(frozen=True)
class PiiTables:
    """The file's ``version`` and every table, keyed by (platform, lower-case base name)."""

    version: str
    tables: Mapping[tuple[str, str], PiiTable]

    def get(self, platform: str, base_table: str) -> PiiTable | None:
        """The table ``base_table`` of ``platform`` (woocommerce also sees wordpress tables)."""
        key = base_table.strip().casefold()
        for p in (platform, "wordpress") if platform == "woocommerce" else (platform,):
            found = self.tables.get((p, key))
            if found is not None:
                return found
        return None


def _table(platform: str, name: Any, raw: Any, where: str) -> PiiTable:
    if not isinstance(name, str) or not name or name != name.strip().casefold():
        raise CatalogueError(f"{where}: table name {name!r} must be a lower-case base name")
    where = f"{where} table {name}"
    if not isinstance(raw, Mapping) or set(raw) - {"role", "columns"}:
        raise CatalogueError(f"{where}: needs 'role' and 'columns', nothing else")
    role = raw.get("role")
    if role not in ROLES:
        raise UnknownNameError("role", str(role), ROLES, where=where)
    columns = raw.get("columns")
    if not isinstance(columns, Mapping):
        raise CatalogueError(f"{where}: 'columns' must be a mapping (use {{}} for none)")
    for column, entity in columns.items():
        if not isinstance(column, str) or column != column.casefold():
            raise CatalogueError(f"{where}: column {column!r} must be lower-case")
        if entity not in ENTITIES:
            raise UnknownNameError("entity", str(entity), ENTITIES, where=f"{where}.{column}")
    return PiiTable(platform, name, role, MappingProxyType(dict(columns)))


def parse_pii_tables(text: str, file: str = "pii_tables.yaml") -> PiiTables:
    """Read and validate the PII-table list; a broken table raises an error naming it.

    >>> bad = 'version: "2026.1.1"\\nplatforms: {opencart: {source: s, tables: {x: {role: cart}}}}'
    >>> parse_pii_tables(bad)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    lineage.core.errors.UnknownNameError: pii_tables.yaml: opencart table x: unknown role 'cart'...
    """
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise CatalogueError(f"{file}: not valid YAML: {exc}") from None
    if not isinstance(data, Mapping) or set(data) != {"version", "platforms"}:
        raise CatalogueError(f"{file}: needs exactly two top-level keys, 'version' and 'platforms'")
    version = data["version"]
    if not isinstance(version, str) or not version.strip():
        raise CatalogueError(f"{file}: 'version' must be a quoted string")
    tables: dict[tuple[str, str], PiiTable] = {}
    for platform, body in (data["platforms"] or {}).items():
        where = f"{file}: {platform}"
        if platform not in PLATFORMS:
            raise UnknownNameError("platform", str(platform), PLATFORMS, where=file)
        if not isinstance(body, Mapping) or set(body) != {"source", "tables"}:
            raise CatalogueError(f"{where}: needs 'source' and 'tables'")
        for name, raw in (body["tables"] or {}).items():
            table = _table(platform, name, raw, where)
            tables[(platform, table.table)] = table
    return PiiTables(version, MappingProxyType(tables))


@cache
def load_pii_tables() -> PiiTables:
    """The PII-table list shipped with piimap, read and validated once per process."""
    return parse_pii_tables(read_resource("pii_tables.yaml"))


def pii_columns(platform: str, base_table: str) -> dict[str, str]:
    """Lower-case column -> entity for a well-known table; empty when none is known."""
    table = load_pii_tables().get(platform, base_table)
    return dict(table.columns) if table else {}


def table_role(platform: str, base_table: str) -> str | None:
    """The role of a well-known table (``customer``, ``order_address``...), or None."""
    table = load_pii_tables().get(platform, base_table)
    return table.role if table else None


__all__ = [
    "ROLES",
    "PiiTable",
    "PiiTables",
    "load_pii_tables",
    "parse_pii_tables",
    "pii_columns",
    "table_role",
]
