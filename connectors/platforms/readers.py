"""What a platform's own tables say: its version, installed extensions and the endpoints and
credentials its settings hold.

``read_platform`` runs a few SELECTs per platform (at most four, whatever the number of rows)
on the connection the SQL connector opened read-only. A table that cannot be read is a line in
``problems``; the rest is still read. Setting values are judged in memory and never kept.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.engine import Connection

from . import PlatformMatch, PlatformReport
from .frameworks import read_medusa, read_saleor, read_shopware, read_spree, read_sylius
from .keyvalue import read_magento, read_opencart, read_prestashop, read_wordpress
from .source import Source

#: The reader of each platform key of :data:`~connectors.platforms.PLATFORMS`.
READERS: dict[str, Callable[[Source], None]] = {
    "magento": read_magento,
    "woocommerce": read_wordpress,
    "wordpress": read_wordpress,
    "prestashop": read_prestashop,
    "opencart": read_opencart,
    "shopware": read_shopware,
    "sylius": read_sylius,
    "saleor": read_saleor,
    "medusa": read_medusa,
    "spree": read_spree,
}


def read_platform(
    conn: Connection, match: PlatformMatch, quote: Callable[[str], str]
) -> PlatformReport:
    """The version, extensions and settings of the platform ``match`` found; ``quote``
    quotes an identifier for the connection's dialect."""
    src = Source(conn, match, quote)
    READERS[match.platform](src)
    return src.finish()
