"""The admin consoles of the storefront platforms a scan recognised: their users, roles,
integrations and API keys as principals, and what each may read (docs/access.md, "Storefront
admin consoles"). One reader per platform, in the platform's read-only session."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from sqlalchemy.engine import Connection

from lineage.core.model import ReadGrant

from . import PlatformMatch
from .admins_frameworks import medusa_admins, saleor_admins, shopware_admins, spree_admins
from .admins_keyvalue import magento_admins, opencart_admins, prestashop_admins, wordpress_admins
from .console import Console, ConsoleFound
from .source import Source

#: The console reader of each platform key (Sylius's admin users are not read yet).
CONSOLES: dict[str, Callable[[Console], None]] = {
    "magento": magento_admins,
    "woocommerce": wordpress_admins,
    "wordpress": wordpress_admins,
    "prestashop": prestashop_admins,
    "opencart": opencart_admins,
    "shopware": shopware_admins,
    "saleor": saleor_admins,
    "medusa": medusa_admins,
    "spree": spree_admins,
}


def read_consoles(
    system_id: str,
    conn: Connection,
    matches: Sequence[PlatformMatch],
    columns: Mapping[str, Sequence[str]],
    quote: Callable[[str], str],
) -> tuple[ConsoleFound, list[tuple[PlatformMatch, str]]]:
    """The principals and grants of every recognised platform's console, and the tables that
    could not be read (each with its platform)."""
    found = ConsoleFound()
    problems: list[tuple[PlatformMatch, str]] = []
    count = Counter(m.platform for m in matches)
    for match in matches:
        reader = CONSOLES.get(match.platform)
        if reader is None:
            continue
        src = Source(conn, match, quote)
        reader(Console(src, system_id, columns, found, count[match.platform] > 1))
        conn.rollback()
        problems += [(match, p) for p in src.report.problems]
    found.grants = _merged(found.grants)
    return found, problems


def _merged(grants: list[ReadGrant]) -> list[ReadGrant]:
    """One grant per principal and table: several permissions reaching the same table (two ACL
    resources over the customers) are named together."""
    by_key: dict[tuple[str, str, str], list[ReadGrant]] = {}
    for g in grants:
        by_key.setdefault((g.system, g.principal, g.dataset), []).append(g)
    return [
        same[0]
        if len(same) == 1
        else replace(
            same[0],
            privilege=", ".join(dict.fromkeys(g.privilege for g in same)),
            evidence="; ".join(dict.fromkeys(g.evidence for g in same)),
        )
        for same in by_key.values()
    ]
