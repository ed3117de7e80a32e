"""Storefront platforms recognised from their databases: the platform and its table prefix
(:mod:`.fingerprints`), the installed extensions and the settings they keep (:mod:`.readers`),
and a catalogue of what common extensions receive (:mod:`.catalogue`).

The types below are the contract between those modules and the SQL connectors.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PlatformMatch:
    """A platform found in one schema (MySQL database) of a scanned database.

    ``platform`` is a key of :data:`PLATFORMS`; ``schema`` is the schema part of the scanned
    dataset names (``""`` for SQLite); ``prefix`` the table prefix (``oc_``, ``ps_``, ``wp_``,
    ``""``). ``evidence`` names the tables that decided it.
    """

    platform: str
    schema: str
    prefix: str
    evidence: str
    #: Base names (lower case, no prefix) of the platform's characteristic tables found,
    #: optional ones included, so a reader skips an optional table that is not there.
    tables: frozenset[str] = frozenset()

    @property
    def name(self) -> str:
        return PLATFORMS[self.platform]

    def table(self, base: str) -> str:
        """The scanned dataset name of the platform's table ``base`` (``customer`` gives
        ``shop.oc_customer``)."""
        name = f"{self.prefix}{base}"
        return f"{self.schema}.{name}" if self.schema else name


#: Platform keys and their display names.
PLATFORMS = {
    "magento": "Magento 2 / Adobe Commerce",
    "woocommerce": "WooCommerce on WordPress",
    "wordpress": "WordPress",
    "prestashop": "PrestaShop",
    "opencart": "OpenCart",
    "shopware": "Shopware 6",
    "sylius": "Sylius",
    "saleor": "Saleor",
    "medusa": "Medusa",
    "spree": "Spree / Solidus",
}


@dataclass(frozen=True)
class Extension:
    """An installed extension (module, plugin, app) as the platform's own tables list it.

    ``enabled`` is None when the platform does not record it. ``evidence`` names the table and
    row it came from.
    """

    code: str
    name: str
    kind: str
    version: str
    enabled: bool | None
    evidence: str


@dataclass(frozen=True)
class Setting:
    """A setting the platform stores for an extension that matters to the map: an endpoint
    (``kind="endpoint"``, with the sanitised ``url``, ``scheme`` and ``host``) or a credential
    (``kind="credential"``). The value itself is never kept.

    ``location`` says where it is: table and setting path (``oc_setting: payment_x_api_key,
    store 0``); ``group`` the setting it sits in beside its siblings. ``protected`` is True
    when the platform stores the credential encrypted
    (Magento's ``0:3:...`` values), so it is not a plain-text secret.
    """

    extension: str | None
    location: str
    kind: str
    url: str = ""
    scheme: str = ""
    host: str = ""
    protected: bool = False
    evidence: str = ""
    #: The table, parent path and scope the setting shares with its siblings: a credential
    #: with the same ``group`` as an endpoint is the one beside it (an SMTP host's password).
    group: str = ""


@dataclass
class PlatformReport:
    """What one platform's own tables say about it."""

    match: PlatformMatch
    version: str | None = None
    version_evidence: str = ""
    extensions: list[Extension] = field(default_factory=list)
    settings: list[Setting] = field(default_factory=list)
    #: One line per table that could not be read; the rest is still reported.
    problems: list[str] = field(default_factory=list)
