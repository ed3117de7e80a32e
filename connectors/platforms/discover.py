"""What a storefront platform's own tables add to a database scan: facts (platform, prefix,
version, each extension), third parties for the catalogued extensions that are enabled, gaps for
plain-text credentials and unclassified extensions, and hints for the classifiers on the
platform's well-known personal-data columns.

Called by the SQL connectors inside their read-only session; a platform table that cannot be
read costs that table only.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from lineage.core.ids import field_id
from lineage.core.model import Control, Fact, Gap, ScanIssue, Status
from lineage.core.transport import transport_status

from ..base import ThirdParty
from ..salesforce.thirdparty import vendor_of
from . import Extension, PlatformMatch, PlatformReport, Setting
from .catalogue import Catalogue, CatalogueEntry, load_catalogue
from .fingerprints import detect_platforms
from .pii_tables import pii_columns
from .readers import read_platform

log = logging.getLogger(__name__)

#: What an order or customer webhook posts (WooCommerce, Shopware, Saleor payloads).
_WEBHOOK_ENTITIES = (
    "EMAIL_ADDRESS",
    "PERSON_NAME",
    "PHONE_NUMBER",
    "STREET_ADDRESS",
    "CITY",
    "POSTAL_CODE",
)


@dataclass
class PlatformFindings:
    """What the platforms of one database add to its scan."""

    facts: list[Fact] = field(default_factory=list)
    third_parties: list[ThirdParty] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    #: ``FieldContext.platform`` entries by field id (``platformEntity``, ``platformTable``).
    hints: dict[str, dict[str, str]] = field(default_factory=dict)
    issues: list[ScanIssue] = field(default_factory=list)


def platform_findings(
    system_id: str,
    conn: Connection,
    columns: Mapping[str, Sequence[str]],
    quote: Callable[[str], str],
) -> PlatformFindings:
    """Detect the platforms among ``columns``' datasets (dataset name to column names) and read
    what their tables say. Never raises for a table it cannot read."""
    found = PlatformFindings()
    for match in detect_platforms(sorted(columns)):
        try:
            report = read_platform(conn, match, quote)
        except DBAPIError as exc:  # a reader's own guard missed it: keep the rest of the scan
            conn.rollback()
            reason = str(exc.orig).splitlines()[0][:200] if exc.orig else type(exc).__name__
            found.issues.append(
                ScanIssue(system_id, "partial", f"{match.name} tables not read: {reason}")
            )
            continue
        conn.rollback()
        _report(system_id, report, load_catalogue(), found)
        _hints(system_id, match, columns, found)
    found.facts = list(dict.fromkeys(found.facts))  # several platforms share the catalogue fact
    return found


def _report(
    system_id: str, report: PlatformReport, catalogue: Catalogue, found: PlatformFindings
) -> None:
    match = report.match
    where = match.name + (f" (prefix {match.prefix})" if match.prefix else "")
    where += f" in {match.schema}" if match.schema else ""
    found.facts.append(Fact("platform", match.name, match.evidence))
    found.facts.append(
        Fact("extension_catalogue", catalogue.version, "connectors/platforms/catalogue.yaml")
    )
    if match.prefix:
        found.facts.append(Fact("platform_prefix", match.prefix, match.evidence))
    if report.version:
        found.facts.append(Fact("platform_version", report.version, report.version_evidence))
    for problem in report.problems:
        found.issues.append(ScanIssue(system_id, "partial", f"{where}: {problem}"))
    endpoints: dict[str, list[Setting]] = defaultdict(list)
    credentials: dict[str, list[Setting]] = defaultdict(list)
    for setting in report.settings:
        key = (setting.extension or "").lower()
        if setting.kind == "endpoint":
            endpoints[key].append(setting)
        elif setting.kind == "credential":
            credentials[key].append(setting)
            if not setting.protected:
                found.gaps.append(_credential_gap(system_id, setting))
    used: set[str] = set()
    disabled = {e.code.lower() for e in report.extensions if e.enabled is False}
    for ext in sorted(report.extensions, key=lambda e: (e.code, e.kind)):
        entry = catalogue.lookup_extension(match.platform, ext)
        state = {True: "enabled", False: "disabled", None: "enabled state not recorded"}[
            ext.enabled
        ]
        if entry is None:
            found.facts.append(
                Fact(f"extension.{_label(ext)}", f"unclassified extension ({state})", ext.evidence)
            )
            if ext.enabled is not False:
                found.gaps.append(_unclassified_gap(system_id, ext, where, catalogue.version))
            continue
        kind = "core" if entry.core else f"{entry.vendor} ({entry.category})"
        found.facts.append(Fact(f"extension.{_label(ext)}", f"{kind}, {state}", ext.evidence))
        if entry.core or ext.enabled is False:
            continue
        own = ext.code.lower()
        used.add(own)
        found.third_parties.append(
            _third_party(ext, entry, endpoints.get(own, []), credentials.get(own, []), catalogue)
        )
    for owner, settings in sorted(endpoints.items()):
        if owner in used or owner in disabled:
            continue
        found.third_parties.extend(_endpoint_party(s) for s in settings if not _inactive(s))


def _inactive(setting: Setting) -> bool:
    """A webhook its platform records as paused, disabled or inactive sends nothing."""
    if "webhook" not in setting.location.lower():
        return False
    state = re.search(r"\((?:[^,()]*, )?(\w+)\)", setting.location)
    return state is not None and state.group(1).lower() in ("paused", "disabled", "inactive")


def _endpoint_party(setting: Setting) -> ThirdParty:
    """A third party for an endpoint no catalogued extension accounts for: a webhook, or a URL
    an unclassified extension keeps. A webhook on order or customer events sends their data."""
    webhook = "webhook" in setting.location.lower()
    topic = setting.location.lower()
    sends = _WEBHOOK_ENTITIES if webhook and ("order" in topic or "customer" in topic) else ()
    evidence: tuple[str, ...] = (f"endpoint {setting.url} in {setting.location}",)
    if setting.extension:
        evidence += (f"kept in the settings of {setting.extension}",)
    if sends:
        evidence += ("a webhook on order or customer events posts their data",)
    return ThirdParty(
        name=setting.host,
        vendor=vendor_of(setting.url),
        kind="webhook" if webhook else "platform_setting",
        endpoint=setting.url,
        transit=transport_status(setting.url, setting.location),
        entities=sends,
        evidence=evidence,
    )


def _label(ext: Extension) -> str:
    """How an extension is named in facts: ``payment:cod`` where the type is part of its
    identity (OpenCart), else its code."""
    return f"{ext.kind}:{ext.code}" if ext.name == f"{ext.kind}/{ext.code}" else ext.code


def _third_party(
    ext: Extension,
    entry: CatalogueEntry,
    endpoints: list[Setting],
    credentials: list[Setting],
    catalogue: Catalogue,
) -> ThirdParty:
    endpoint = endpoints[0] if endpoints else None
    if endpoints:  # the worst of its endpoints: one plain http URL is enough for a gap
        judged = [transport_status(s.url, s.location) for s in endpoints]
        rank = {Status.GAP: 0, Status.UNKNOWN: 1, Status.OK: 2}
        worst = min(judged, key=lambda c: rank[c.status])
        transit = Control(worst.status, tuple(e for c in judged for e in c.evidence))
        endpoint = endpoints[judged.index(worst)]
    else:
        transit = Control(
            Status.UNKNOWN,
            (f"{ext.code} stores no endpoint in the platform's settings; the store's code calls "
             f"{entry.vendor} directly",),
        )  # fmt: skip
    evidence: tuple[str, ...] = (
        f"extension {ext.name or ext.code} ({ext.kind}) listed in {ext.evidence}",
        f"extension catalogue {catalogue.version}: {entry.vendor} ({entry.category}) receives "
        f"{', '.join(entry.entities) or 'no personal data'}"
        + (f" ({entry.source})" if entry.source else ""),
    )
    evidence += tuple(f"endpoint {s.url} in {s.location}" for s in endpoints)
    evidence += tuple(
        f"a credential is stored in {s.location}"
        + (" (encrypted by the platform)" if s.protected else " in plain text")
        for s in credentials
    )
    return ThirdParty(
        name=entry.vendor,
        vendor=entry.domain or entry.vendor,
        kind="extension",
        endpoint=endpoint.url if endpoint else None,
        transit=transit,
        auth="static_credential" if credentials else "unknown",
        entities=tuple(entry.entities),
        evidence=evidence,
    )


def _credential_gap(system_id: str, setting: Setting) -> Gap:
    return Gap(
        control="SOC2 CC6.1",
        subject=f"{system_id}: {setting.location}",
        severity="high",
        evidence=(
            f"a credential is stored in plain text in {setting.location} of {system_id}; "
            "the value is not shown",
        ),
        remediation=(
            "Store the key encrypted (the platform's encrypted config field or a secrets "
            "manager), restrict who can read the settings table, and rotate the key."
        ),
        related=("GDPR Art. 32",),
        title="plain-text credential in a platform's settings",
    )


def _unclassified_gap(system_id: str, ext: Extension, where: str, version: str) -> Gap:
    return Gap(
        control="GDPR Art. 30",
        subject=f"{system_id}: extension {_label(ext)}",
        severity="low",
        evidence=(ext.evidence, f"{ext.code} is not in piimap's extension catalogue {version}"),
        remediation=(
            f"Review what {ext.code} sends and to whom; declare the recipient in the estate "
            "config, or add the extension to the catalogue (docs/extensions.md)."
        ),
        title=f"unclassified extension on {where}",
    )


def _hints(
    system_id: str,
    match: PlatformMatch,
    columns: Mapping[str, Sequence[str]],
    found: PlatformFindings,
) -> None:
    """Classifier hints for the platform's well-known personal-data columns."""
    head = f"{match.schema}." if match.schema else ""
    for dataset, names in columns.items():
        if not dataset.startswith(head + match.prefix):
            continue
        base = dataset[len(head) + len(match.prefix) :]
        known = pii_columns(match.platform, base)
        for column in names:
            entity = known.get(column.lower())
            if entity:
                found.hints[field_id(system_id, dataset, column)] = {
                    "platformEntity": entity,
                    "platformTable": f"{match.name} {base}",
                }
