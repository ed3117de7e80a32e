"""The extension catalogue: which vendor a storefront extension sends personal data to, and what.

``catalogue.yaml`` beside this module maps extension codes, exactly as each platform's tables store
them (Magento ``Klaviyo_Reclaim``, WordPress ``klaviyo/klaviyo.php``, OpenCart ``payment:cod``),
to a vendor, a category and the piimap entities the vendor receives. An enabled extension found
here becomes a third-party system with a flow carrying those entities; one not found is reported
as an :data:`UNCLASSIFIED` extension for a person to review, never dropped. The format is in
docs/extensions.md; bump the file's ``version`` on any change, since snapshots record it.

>>> catalogue = load_catalogue()
>>> entry = catalogue.lookup("magento", "klaviyo_reclaim")
>>> entry.vendor, entry.category, "EMAIL_ADDRESS" in entry.entities
('Klaviyo', 'email_marketing', True)
>>> catalogue.lookup("woocommerce", "mailchimp-for-wp/mailchimp-for-wp.php").platform
'wordpress'
>>> catalogue.lookup("opencart", "total:sub_total").core
True
>>> catalogue.lookup("opencart", "module:made_up_by_someone") is None
True
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any

import yaml

from classifiers.entities import ENTITIES
from lineage.core.errors import ConfigError, UnknownNameError

from . import PLATFORMS, Extension

#: How an installed extension missing from the catalogue is reported.
UNCLASSIFIED = "unclassified extension"

#: Categories of extension, with what each sends its vendor.
CATEGORIES: dict[str, str] = {
    "email_marketing": "E-mail and SMS marketing: subscribers, customers, orders, browsing events.",
    "payments": "Payment gateways and buy-now-pay-later: the payer's identity and addresses.",
    "analytics": "Analytics and session recording: page views keyed by cookie and IP address.",
    "advertising": "Ad pixels, conversion APIs and shopping feeds.",
    "reviews": "Review platforms: order e-mails and names for review requests.",
    "support": "Help desks and chat: customers, their orders and conversations.",
    "crm": "CRM and marketplace connectors: customers as contacts, orders as deals.",
    "shipping": "Carriers, label and fulfilment services: recipients and their addresses.",
    "search": "Hosted site search: catalogue indexes and shoppers' queries.",
    "tax": "Tax calculation services: ship-to addresses, tax ids.",
    "fraud": "Fraud screening, captchas and bot protection.",
    "core": "Bundled with the platform and sends personal data to no one.",
}

_VERSION = re.compile(r"^\d{4}\.\d{1,2}\.\d+$")
_DOMAIN = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$")
_GLOB_CHARS = frozenset("*?[")
_FIELDS = (
    "platform",
    "codes",
    "vendor",
    "domain",
    "category",
    "entities",
    "core",
    "source",
    "note",
)


class CatalogueError(ConfigError):
    """The extension catalogue or the PII-table list is malformed; says which entry."""


@dataclass(frozen=True)
class CatalogueEntry:
    """One extension (or family of codes) and the personal data its vendor receives.

    ``codes`` are exact codes or shell-style globs (``*``, ``?``, ``[...]``); ``domain`` is empty
    for ``core`` entries, which send personal data to no one. ``note`` says what a reviewer should
    know (hashed values, a card that passes through the shop...).
    """

    platform: str
    codes: tuple[str, ...]
    vendor: str
    domain: str
    category: str
    entities: tuple[str, ...]
    core: bool
    source: str
    note: str = ""


def _is_glob(code: str) -> bool:
    return any(c in _GLOB_CHARS for c in code)


def _literal_chars(pattern: str) -> int:
    """How much of a glob is literal: the more, the more specific it is."""
    return len(re.sub(r"\[[^\]]*\]|[*?]", "", pattern))


@dataclass(frozen=True)
class Catalogue:
    """The catalogue's ``version`` and its entries, in file order."""

    version: str
    entries: tuple[CatalogueEntry, ...]

    @cached_property
    def _exact(self) -> dict[tuple[str, str], CatalogueEntry]:
        return {
            (e.platform, code.casefold()): e
            for e in self.entries
            for code in e.codes
            if not _is_glob(code)
        }

    @cached_property
    def _globs(self) -> list[tuple[str, str, CatalogueEntry]]:
        globs = [
            (e.platform, code.casefold(), e)
            for e in self.entries
            for code in e.codes
            if _is_glob(code)
        ]
        # Most literal pattern first; sorted() is stable, so file order breaks ties.
        return sorted(globs, key=lambda g: -_literal_chars(g[1]))

    def lookup(self, platform: str, code: str) -> CatalogueEntry | None:
        """The entry for extension ``code`` of ``platform``, or None when it is not catalogued.

        Case-insensitive; an exact code wins over any glob, and a more literal glob over a
        shorter one. ``wordpress`` entries apply to ``woocommerce`` too (its own entries first).

        >>> load_catalogue().lookup("prestashop", "ps_googleanalytics").vendor
        'Google'
        >>> load_catalogue().lookup("prestashop", "ps_shoppingcart").core
        True
        """
        platforms = (platform, "wordpress") if platform == "woocommerce" else (platform,)
        key = code.strip().casefold()
        for p in platforms:
            found = self._exact.get((p, key))
            if found is not None:
                return found
        for p, pattern, entry in self._globs:
            if p in platforms and fnmatch.fnmatchcase(key, pattern):
                return entry
        return None

    def lookup_extension(self, platform: str, extension: Extension) -> CatalogueEntry | None:
        """The entry for an :class:`~connectors.platforms.Extension` a platform reader found.

        The key is built the way the catalogue spells it: OpenCart's ``type:code``, WordPress's
        plugin path (the reader's ``name``), and the bare ``code`` everywhere else.

        >>> from connectors.platforms import Extension
        >>> cod = Extension("cod", "payment/cod", "payment", "", True, "oc_extension")
        >>> load_catalogue().lookup_extension("opencart", cod).core
        True
        >>> stripe = Extension("woocommerce-gateway-stripe",
        ...     "woocommerce-gateway-stripe/woocommerce-gateway-stripe.php", "plugin", "", True, "")
        >>> load_catalogue().lookup_extension("woocommerce", stripe).vendor
        'Stripe'
        """
        if platform == "opencart":
            return self.lookup(platform, f"{extension.kind}:{extension.code}")
        if platform in ("wordpress", "woocommerce"):
            return self.lookup(platform, extension.name or extension.code)
        return self.lookup(platform, extension.code)

    def for_platform(self, platform: str) -> Iterator[CatalogueEntry]:
        """Entries that apply to ``platform`` (wordpress ones included for woocommerce)."""
        platforms = (platform, "wordpress") if platform == "woocommerce" else (platform,)
        return (e for e in self.entries if e.platform in platforms)


def _check_code(code: Any, where: str) -> str:
    if not isinstance(code, str) or not code.strip() or code != code.strip():
        raise CatalogueError(f"{where}: code {code!r} must be a string without edge spaces")
    if _is_glob(code):
        if code.count("[") != code.count("]") or re.search(r"\[\]|\[[^\]]*\[", code):
            raise CatalogueError(f"{where}: glob {code!r} has an unbalanced [...] class")
        if _literal_chars(code) == 0:
            raise CatalogueError(f"{where}: glob {code!r} would match every extension")
    return code


def _entry(raw: Any, index: int, file: str) -> CatalogueEntry:
    if not isinstance(raw, Mapping):
        raise CatalogueError(f"{file}: entry {index} is not a mapping")
    codes = raw.get("codes")
    first = codes[0] if isinstance(codes, list) and codes else "?"
    where = f"{file}: entry {index} ({raw.get('platform', '?')} {first})"
    unknown = sorted(set(raw) - set(_FIELDS))
    if unknown:
        known = ", ".join(_FIELDS)
        raise CatalogueError(f"{where}: unknown field {unknown[0]!r}; fields are {known}")
    for name in ("platform", "codes", "vendor", "category", "entities", "source"):
        if name not in raw:
            raise CatalogueError(f"{where}: missing {name!r}")
    platform = raw["platform"]
    if platform not in PLATFORMS:
        raise UnknownNameError("platform", str(platform), PLATFORMS, where=where)
    if not isinstance(codes, list) or not codes:
        raise CatalogueError(f"{where}: 'codes' must be a non-empty list")
    checked = tuple(_check_code(c, where) for c in codes)
    category = raw["category"]
    if category not in CATEGORIES:
        raise UnknownNameError("category", str(category), CATEGORIES, where=where)
    entities = raw["entities"]
    if not isinstance(entities, list):
        raise CatalogueError(f"{where}: 'entities' must be a list")
    for name in entities:
        if name not in ENTITIES:
            raise UnknownNameError("entity", str(name), ENTITIES, where=where)
    if len(set(entities)) != len(entities):
        raise CatalogueError(f"{where}: an entity is listed twice")
    core = raw.get("core", False)
    domain = raw.get("domain") or ""
    if not isinstance(core, bool):
        raise CatalogueError(f"{where}: 'core' must be true or false")
    if core != (category == "core"):
        raise CatalogueError(f"{where}: 'core: true' goes with category 'core', and only with it")
    if core and (entities or domain):
        raise CatalogueError(f"{where}: a core extension sends nothing: no entities, no domain")
    if not core and not entities:
        raise CatalogueError(f"{where}: list the entities the vendor receives (or mark it core)")
    if not core and not _DOMAIN.match(str(domain)):
        raise CatalogueError(f"{where}: domain {domain!r} is not a lower-case registrable domain")
    for name in ("vendor", "source"):
        if not isinstance(raw[name], str) or not raw[name].strip():
            raise CatalogueError(f"{where}: {name!r} must be a non-empty string")
    return CatalogueEntry(
        platform=platform,
        codes=checked,
        vendor=raw["vendor"].strip(),
        domain=domain,
        category=category,
        entities=tuple(entities),
        core=core,
        source=raw["source"].strip(),
        note=str(raw.get("note") or "").strip(),
    )


def parse_catalogue(text: str, file: str = "catalogue.yaml") -> Catalogue:
    """Read and validate a catalogue; a broken entry raises :class:`CatalogueError` naming it.

    >>> parse_catalogue('version: "2026.1.1"\\nentries: []').version
    '2026.1.1'
    >>> bad = '''version: "2026.1.1"
    ... entries:
    ...   - {platform: magento, codes: [X_Y], vendor: V, domain: v.com, category: crm,
    ...      entities: [EMAIL], source: s}'''
    >>> parse_catalogue(bad)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    lineage.core.errors.UnknownNameError: catalogue.yaml: entry 1 (magento X_Y): unknown entity...
    """
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise CatalogueError(f"{file}: not valid YAML: {exc}") from None
    if not isinstance(data, Mapping) or set(data) != {"version", "entries"}:
        raise CatalogueError(f"{file}: needs exactly two top-level keys, 'version' and 'entries'")
    version = data["version"]
    if not isinstance(version, str) or not _VERSION.match(version):
        raise CatalogueError(f"{file}: version {version!r} must be a quoted YYYY.MM.N string")
    if not isinstance(data["entries"], list):
        raise CatalogueError(f"{file}: 'entries' must be a list")
    entries = tuple(_entry(raw, i, file) for i, raw in enumerate(data["entries"], start=1))
    seen: dict[tuple[str, str], int] = {}
    for i, entry in enumerate(entries, start=1):
        for code in entry.codes:
            key = (entry.platform, code.casefold())
            if key in seen:
                where = f"{file}: entry {i} ({entry.platform} {code})"
                raise CatalogueError(f"{where}: code already in entry {seen[key]}")
            seen[key] = i
    return Catalogue(version=version, entries=entries)


def read_resource(name: str) -> str:
    """The text of a data file shipped in this package."""
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


@cache
def load_catalogue() -> Catalogue:
    """The catalogue shipped with piimap, read and validated once per process."""
    return parse_catalogue(read_resource("catalogue.yaml"))


__all__ = [
    "CATEGORIES",
    "UNCLASSIFIED",
    "Catalogue",
    "CatalogueEntry",
    "CatalogueError",
    "load_catalogue",
    "parse_catalogue",
]
