"""What a storefront platform's own tables add to a database scan: facts (platform, prefix,
version, each extension), third parties for the catalogued extensions that are enabled, gaps for
plain-text credentials and unclassified extensions, and hints for the classifiers on the
platform's well-known personal-data columns.

Called by the SQL connectors inside their read-only session; a platform table that cannot be
read costs that table only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from lineage.core.ids import field_id
from lineage.core.model import Fact, Gap, Principal, ReadGrant, ScanIssue

from ..base import ThirdParty
from . import Extension, PlatformMatch, PlatformReport, Setting
from .admins import read_consoles
from .catalogue import Catalogue, load_catalogue
from .fingerprints import detect_platforms
from .parties import merged, platform_parties
from .pii_tables import pii_columns
from .readers import read_platform

log = logging.getLogger(__name__)


@dataclass
class PlatformFindings:
    """What the platforms of one database add to its scan."""

    facts: list[Fact] = field(default_factory=list)
    third_parties: list[ThirdParty] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    #: ``FieldContext.platform`` entries by field id (``platformEntity``, ``platformTable``).
    hints: dict[str, dict[str, str]] = field(default_factory=dict)
    issues: list[ScanIssue] = field(default_factory=list)
    #: The admin consoles' users, roles, integrations and API keys, and what they may read.
    principals: list[Principal] = field(default_factory=list)
    grants: list[ReadGrant] = field(default_factory=list)


def platform_findings(
    system_id: str,
    conn: Connection,
    columns: Mapping[str, Sequence[str]],
    quote: Callable[[str], str],
) -> PlatformFindings:
    """Detect the platforms among ``columns``' datasets (dataset name to column names) and read
    what their tables say. Never raises for a table it cannot read."""
    found = PlatformFindings()
    matches = detect_platforms(sorted(columns))
    for match in matches:
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
    _consoles(system_id, conn, matches, columns, quote, found)
    found.facts = list(dict.fromkeys(found.facts))  # several platforms share the catalogue fact
    found.third_parties = merged(found.third_parties)  # one per vendor, whatever the platform
    return found


def _consoles(
    system_id: str,
    conn: Connection,
    matches: Sequence[PlatformMatch],
    columns: Mapping[str, Sequence[str]],
    quote: Callable[[str], str],
    found: PlatformFindings,
) -> None:
    """The admin consoles' principals and grants; a table that cannot be read is a partial
    issue, a failure of the whole read too (the rest of the scan goes on)."""
    try:
        consoles, problems = read_consoles(system_id, conn, matches, columns, quote)
    except DBAPIError as exc:
        conn.rollback()
        reason = str(exc.orig).splitlines()[0][:200] if exc.orig else type(exc).__name__
        found.issues.append(
            ScanIssue(system_id, "partial", f"admin console accounts not read: {reason}")
        )
        return
    found.principals, found.grants = consoles.principals, consoles.grants
    for match, problem in problems:
        where = match.name + (f" (prefix {match.prefix})" if match.prefix else "")
        found.issues.append(ScanIssue(system_id, "partial", f"{where} admin console: {problem}"))


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
    for setting in report.settings:
        if setting.kind == "credential" and not setting.protected:
            found.gaps.append(_credential_gap(system_id, setting))
    looked_up = []
    for ext in sorted(report.extensions, key=lambda e: (e.code, e.kind)):
        entry = catalogue.lookup_extension(match.platform, ext)
        looked_up.append((ext, entry))
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
    found.third_parties.extend(platform_parties(looked_up, report.settings, catalogue))


def _label(ext: Extension) -> str:
    """How an extension is named in facts: ``payment:cod`` where the type is part of its
    identity (OpenCart), else its code."""
    return f"{ext.kind}:{ext.code}" if ext.name == f"{ext.kind}/{ext.code}" else ext.code


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
