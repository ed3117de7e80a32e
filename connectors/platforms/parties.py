"""The third parties a platform's extensions and settings send to: one per vendor.

Every enabled, catalogued extension of one vendor (the catalogue entry's domain) is evidence on
one third party, with every key and endpoint of that vendor: the settings of its extensions, the
settings whose name starts with the vendor's name (``payment/braintree/...`` beside both
Braintree modules, ``stripe_payments_basic``), endpoints on the vendor's domain, and the
credentials stored beside those endpoints. Endpoints no vendor accounts for (webhooks, an
unclassified plugin's URL, the shop's SMTP server) are one third party per kind and domain, with
the credentials kept beside them (an SMTP host's password) or by the same unclassified owner.

A third party with any credential has ``auth="static_credential"``: the key is what it
authenticates with.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from lineage.core.model import Control, Status
from lineage.core.transport import transport_status

from ..base import ThirdParty
from ..salesforce.thirdparty import vendor_of
from . import Extension, Setting
from .catalogue import Catalogue, CatalogueEntry

#: What an order or customer webhook posts (WooCommerce, Shopware, Saleor payloads).
WEBHOOK_ENTITIES = (
    "EMAIL_ADDRESS",
    "PERSON_NAME",
    "PHONE_NUMBER",
    "STREET_ADDRESS",
    "CITY",
    "POSTAL_CODE",
)


@dataclass
class _Vendor:
    """The extensions of one vendor, and the settings tied to it."""

    domain: str
    extensions: list[tuple[Extension, CatalogueEntry]] = field(default_factory=list)
    settings: list[Setting] = field(default_factory=list)

    @property
    def words(self) -> set[str]:
        """First words of the vendor's names and domain: ``braintree``, ``braintreepayments``."""
        out = {self.domain.split(".")[0]}
        for _, entry in self.extensions:
            out.add(_words(entry.vendor)[0])
        return out - {""}


def _words(text: str) -> list[str]:
    return re.split(r"[^a-z0-9]+", text.lower().strip()) or [""]


def _domain(setting: Setting) -> str:
    return vendor_of(f"https://{setting.host}") if setting.host else ""


def beside(credential: Setting, endpoint: Setting) -> bool:
    """Whether ``credential`` is kept beside ``endpoint``: in the same setting
    (``wp_mail_smtp[smtp][pass]`` by ``[host]``) or inside the endpoint's own (a webhook's
    secret)."""
    return bool(credential.group) and credential.group in (endpoint.group, endpoint.location)


def platform_parties(
    looked_up: Sequence[tuple[Extension, CatalogueEntry | None]],
    settings: Sequence[Setting],
    catalogue: Catalogue,
) -> list[ThirdParty]:
    """One third party per vendor of the enabled catalogued extensions (each with its
    catalogue entry, None when not catalogued), then one per kind and domain of the endpoints
    left."""
    extensions = [ext for ext, _ in looked_up]
    vendors: dict[str, _Vendor] = {}
    by_code: dict[str, _Vendor] = {}
    for ext, entry in looked_up:
        if entry is None or entry.core or ext.enabled is False:
            continue
        vendor = vendors.setdefault(entry.domain, _Vendor(entry.domain))
        vendor.extensions.append((ext, entry))
        by_code[ext.code.lower()] = vendor
    installed = {e.code.lower() for e in extensions}
    disabled = {e.code.lower() for e in extensions if e.enabled is False} - set(by_code)
    left: list[Setting] = []
    for setting in settings:
        tied = _vendor_of(setting, vendors, by_code, installed, disabled)
        if tied is not None:
            tied.settings.append(setting)
        elif (setting.extension or "").lower() not in disabled:
            left.append(setting)
    for setting in [s for s in left if s.kind == "credential"]:
        for vendor in vendors.values():
            if any(beside(setting, e) for e in vendor.settings if e.kind == "endpoint"):
                vendor.settings.append(setting)
                left.remove(setting)
                break
    parties = [_vendor_party(v, catalogue) for v in vendors.values()]
    core = {ext.code.lower() for ext, entry in looked_up if entry is not None and entry.core}
    return parties + _endpoint_parties(left, core)


def _vendor_of(
    setting: Setting,
    vendors: dict[str, _Vendor],
    by_code: dict[str, _Vendor],
    installed: set[str],
    disabled: set[str],
) -> _Vendor | None:
    owner = (setting.extension or "").lower()
    if owner in by_code:
        return by_code[owner]
    if owner in disabled:
        return None
    if setting.kind == "endpoint":
        domain = _domain(setting)
        if domain in vendors:
            return vendors[domain]
    if owner and owner not in installed:
        first = _words(owner)[0]
        matches = [v for v in vendors.values() if first in v.words]
        if len(matches) == 1:
            return matches[0]
    return None


def _vendor_party(vendor: _Vendor, catalogue: Catalogue) -> ThirdParty:
    entries = list(dict.fromkeys(entry for _, entry in vendor.extensions))
    name = min((e.vendor for e in entries), key=lambda n: (len(n), n))
    endpoints = [s for s in vendor.settings if s.kind == "endpoint"]
    credentials = [s for s in vendor.settings if s.kind == "credential"]
    codes = ", ".join(dict.fromkeys(ext.code for ext, _ in vendor.extensions))
    if endpoints:
        transit, endpoint = _worst(endpoints)
    else:
        transit = Control(
            Status.UNKNOWN,
            (f"{codes} stores no endpoint in the platform's settings; the store's code calls "
             f"{name} directly",),
        )  # fmt: skip
        endpoint = None
    evidence = tuple(
        f"extension {ext.name or ext.code} ({ext.kind}) listed in {ext.evidence}"
        for ext, _ in vendor.extensions
    )
    evidence += tuple(
        f"extension catalogue {catalogue.version}: {e.vendor} ({e.category}) receives "
        f"{', '.join(e.entities) or 'no personal data'}" + (f" ({e.source})" if e.source else "")
        for e in entries
    )
    own = {ext.code.lower() for ext, _ in vendor.extensions}
    evidence += tuple(_setting_evidence(s, own) for s in endpoints + credentials)
    entities = tuple(dict.fromkeys(x for e in entries for x in e.entities))
    return ThirdParty(
        name=name,
        vendor=vendor.domain or name,
        kind="extension",
        endpoint=endpoint.url if endpoint else None,
        transit=transit,
        auth="static_credential" if credentials else "unknown",
        entities=entities,
        evidence=evidence,
    )


def merged(parties: Sequence[ThirdParty]) -> list[ThirdParty]:
    """Vendor third parties of several platforms in one database (a WooCommerce and a
    WordPress install beside it) as one per vendor: evidence and entities joined, the worse
    transit, a static credential when either has one."""
    out: list[ThirdParty] = []
    seen: dict[str, int] = {}
    for party in parties:
        if party.kind != "extension" or party.vendor not in seen:
            if party.kind == "extension":
                seen[party.vendor] = len(out)
            out.append(party)
            continue
        i = seen[party.vendor]
        first = out[i]
        rank = {Status.GAP: 0, Status.UNKNOWN: 1, Status.OK: 2}
        worse = min((first, party), key=lambda p: rank[p.transit.status])
        evidence = first.transit.evidence + party.transit.evidence
        out[i] = dataclasses.replace(
            first,
            endpoint=worse.endpoint or first.endpoint or party.endpoint,
            transit=Control(worse.transit.status, tuple(dict.fromkeys(evidence))),
            auth="static_credential" if "static_credential" in (first.auth, party.auth)
            else first.auth,
            entities=tuple(dict.fromkeys(first.entities + party.entities)),
            evidence=tuple(dict.fromkeys(first.evidence + party.evidence)),
        )  # fmt: skip
    return out


def _setting_evidence(setting: Setting, own: set[str]) -> str:
    if setting.kind == "endpoint":
        line = f"endpoint {setting.url} in {setting.location}"
    else:
        line = f"a credential is stored in {setting.location}" + (
            " (encrypted by the platform)" if setting.protected else " in plain text"
        )
    owner = setting.extension or ""
    if owner and owner.lower() not in own:
        line += f" (settings of {owner})"
    return line


def _worst(endpoints: Sequence[Setting]) -> tuple[Control, Setting]:
    """The worst transit of the endpoints (one plain http URL is enough for a gap), with
    every endpoint's evidence, and the endpoint it came from."""
    judged = [transport_status(s.url, s.location) for s in endpoints]
    rank = {Status.GAP: 0, Status.UNKNOWN: 1, Status.OK: 2}
    worst = min(judged, key=lambda c: rank[c.status])
    transit = Control(worst.status, tuple(e for c in judged for e in c.evidence))
    return transit, endpoints[judged.index(worst)]


def _endpoint_parties(settings: Iterable[Setting], core: set[str]) -> list[ThirdParty]:
    """One third party per kind (webhook, platform setting) and domain of the endpoints no
    vendor accounts for, with the credentials kept beside them or by the same owner (not a
    ``core`` extension: WooCommerce's REST API keys are not its webhooks' credentials). A
    paused webhook sends nothing."""
    settings = list(settings)
    credentials = [s for s in settings if s.kind == "credential"]
    groups: dict[tuple[str, str], list[Setting]] = {}
    for s in settings:
        if s.kind == "endpoint" and not inactive(s):
            kind = "webhook" if "webhook" in s.location.lower() else "platform_setting"
            groups.setdefault((kind, _domain(s) or s.host), []).append(s)
    parties = []
    for (kind, domain), endpoints in groups.items():
        owners = {(e.extension or "").lower() for e in endpoints} - {""} - core
        keys = [
            c
            for c in credentials
            if any(beside(c, e) for e in endpoints) or (c.extension or "").lower() in owners
        ]
        parties.append(_endpoint_party(kind, domain, endpoints, keys))
    return parties


def _endpoint_party(
    kind: str, domain: str, endpoints: list[Setting], credentials: list[Setting]
) -> ThirdParty:
    """A webhook on order or customer events sends their data."""
    topics = " ".join(e.location.lower() for e in endpoints)
    webhook = kind == "webhook"
    sends = WEBHOOK_ENTITIES if webhook and ("order" in topics or "customer" in topics) else ()
    transit, first = _worst(endpoints)
    evidence = tuple(f"endpoint {e.url} in {e.location}" for e in endpoints)
    evidence += tuple(
        f"kept in the settings of {o}" for o in dict.fromkeys(e.extension for e in endpoints) if o
    )
    own = {e.extension.lower() for e in endpoints if e.extension}
    evidence += tuple(_setting_evidence(c, own) for c in credentials)
    if sends:
        evidence += ("a webhook on order or customer events posts their data",)
    return ThirdParty(
        name=first.host,
        vendor=domain or vendor_of(first.url),
        kind=kind,
        endpoint=first.url,
        transit=transit,
        auth="static_credential" if credentials else "unknown",
        entities=sends,
        evidence=evidence,
    )


def inactive(setting: Setting) -> bool:
    """A webhook its platform records as paused, disabled or inactive sends nothing."""
    if "webhook" not in setting.location.lower():
        return False
    state = re.search(r"\((?:[^,()]*, )?(\w+)\)", setting.location)
    return state is not None and state.group(1).lower() in ("paused", "disabled", "inactive")
