"""The Salesforce connector: an org's objects, fields, classification, samples and third parties.

Read-only: it sends GET requests only (and the POST of an OAuth login). See docs/salesforce.md for
the ``auth:`` block, the permissions the scan identity needs and what is read.

>>> SalesforceConnector.name
'salesforce'
"""

from __future__ import annotations

import dataclasses
import difflib
import logging
from pathlib import Path
from typing import Any, ClassVar

from lineage.core.errors import ConfigError, ConnectorError
from lineage.core.ids import field_id
from lineage.core.model import Control, Dataset, Fact, ScanIssue, Status

from ..base import Connector, ConnectorResult, Progress, ScanConfig, ThirdParty
from .access import read_access
from .auth import METHOD_LABELS, Login, connect, parse_auth
from .client import ApiLimitReached, CallError, RetryPolicy, SalesforceApi, ScanSession
from .config import SalesforceConfig
from .discover import (
    PRIVACY_OBJECTS,
    STOPPED,
    ObjectScanner,
    history_name,
    history_objects,
    wanted,
)
from .export_file import load_export
from .principals import CUSTOMER_TYPES, read_salesforce_access
from .thirdparty import ThirdPartyReader

#: ``options:`` keys of a salesforce system, with their defaults.
OPTIONS: dict[str, Any] = {"api_version": "59.0", "retries": 3, "retry_backoff": 1.0}

log = logging.getLogger(__name__)


class SalesforceConnector(Connector):
    """Scan a Salesforce org through the REST and Tooling APIs (simple-salesforce)."""

    name: ClassVar[str] = "salesforce"
    config_model: ClassVar[type[ScanConfig]] = SalesforceConfig
    config: SalesforceConfig

    @classmethod
    def is_available(cls) -> bool:
        try:
            import simple_salesforce  # noqa: F401
        except ImportError:
            return False
        return True

    def options(self) -> dict[str, Any]:
        """``options:`` merged over :data:`OPTIONS`; unknown keys are a config error."""
        return parse_options(self.system_id, self.config.options)

    @classmethod
    def check(cls, system_id: str, config: ScanConfig, base_dir: Path) -> None:
        """The ``auth:`` block (its secret files read, its URL checked) and ``options:``, or the
        export file named by ``path:``, before anything is scanned."""
        if not isinstance(config, SalesforceConfig):
            return
        if config.path is None:
            parse_auth(system_id, config, base_dir)
            parse_options(system_id, config.options)
            return
        try:
            _export_file(system_id, config, base_dir / Path(config.path).expanduser())
        except ConfigError as exc:
            key = "" if str(exc).startswith("systems.") else f"systems.{system_id}.path: "
            raise ConfigError(f"{key}{exc}") from None

    def scan(self, progress: Progress | None = None) -> ConnectorResult:
        if self.config.path is not None:
            return self._load_export(self.config.path)
        login = parse_auth(
            self.system_id, self.config, self.estate.base_dir if self.estate else None
        )
        options = self.options()
        session = ScanSession(
            RetryPolicy(
                retries=int(options["retries"]),
                backoff=float(options["retry_backoff"]),
                timeout=(float(self.config.connect_timeout), float(self.config.statement_timeout)),
            ),
            loopback=login.loopback,
        )
        try:
            kwargs = {**login.kwargs, "version": str(options["api_version"])}
            sf = connect(self.system_id, dataclasses.replace(login, kwargs=kwargs), session)
            api = SalesforceApi(sf, session, self.system_id, login.method, login.url)
            return self._scan(api, login, progress)
        finally:
            session.close()

    def _load_export(self, file: str) -> ConnectorResult:
        """The org as an export file (``path:``) recorded it: no network, no samples."""
        path = self.estate.resolve(file) if self.estate else Path(file)
        return _export_file(self.system_id, self.config, path)

    def _scan(self, api: SalesforceApi, login: Login, progress: Progress | None) -> ConnectorResult:
        try:
            sobjects = api.describe_global()
        except CallError as exc:
            raise ConnectorError(
                f"{self.system_id}: cannot list the org's objects (describeGlobal): {exc.reason}."
            ) from None
        selected = sorted(
            str(s["name"]) for s in sobjects if wanted(s, self.config.include, self.config.exclude)
        )
        result = ConnectorResult(system=self.config.system(self.system_id, self.name))
        facts = auth_facts(self.system_id, login, api)
        try:
            access, access_issues = read_access(api, self.system_id, login.username)
        except ConnectorError:
            # the session, the API limit or the connection failed: the object scan that follows
            # meets the same failure and reports it with what was kept
            access, access_issues = [], []
        facts += access
        result.issues.extend(access_issues)
        always: dict[str, list[str]] = {}
        compounds: dict[str, list[str]] = {}
        object_facts, stopped = self._scan_objects(
            api, sobjects, selected, result, progress, always, compounds
        )
        facts += object_facts
        if stopped is None:
            facts += self._read_principals(api, result, always, compounds)
        if progress:
            progress(len(selected), len(selected) + 1, "third parties")
        transit = login.transit()
        if stopped is not None:
            result.issues.append(
                stopped_issue(
                    self.system_id, stopped, result.datasets, "third parties were not read"
                )
            )
        else:
            reader = ThirdPartyReader(api, self.system_id, transit)
            result.third_parties = reader.read()
            result.issues.extend(reader.issues)
            if reader.stopped is not None:
                parties = "third parties were read only in part"
                result.issues.append(
                    stopped_issue(self.system_id, reader.stopped, result.datasets, parties)
                )
        facts += third_party_facts(result.third_parties)
        names = {str(s.get("name")) for s in sobjects}
        privacy = [n for n in PRIVACY_OBJECTS if n in names]
        if privacy:
            facts.append(
                Fact(
                    "privacy_objects",
                    ", ".join(privacy),
                    "describeGlobal: Data Protection and Privacy objects (consent, Individual)",
                )
            )
        usage = api.api_usage()
        if usage:
            # Calls used change on every scan: logged, not a fact, so snapshots stay comparable.
            log.info(
                "%s: API requests used today %s of %s (Sforce-Limit-Info)",
                self.system_id,
                usage[0],
                usage[1],
            )
            facts.append(
                Fact(
                    "api_daily_limit",
                    str(usage[1]),
                    "Sforce-Limit-Info response header (api-usage)",
                )
            )
        encrypted = sum(f.at_rest.status is Status.OK for f in result.fields)
        result.system = self.config.system(
            self.system_id,
            self.name,
            facts=tuple(sorted(facts, key=lambda f: f.name)),
            transit=transit,
            at_rest=Control(
                Status.UNKNOWN,
                (
                    f"{encrypted} field(s) encrypted (see the fields); storage encryption "
                    "of the rest is not visible through the API",
                ),
            ),
        )
        if not result.system.vendor:
            result.system = dataclasses.replace(result.system, vendor="Salesforce")
        if progress:
            progress(len(selected) + 1, len(selected) + 1, "")
        return result

    def _read_principals(
        self,
        api: SalesforceApi,
        result: ConnectorResult,
        always: dict[str, list[str]],
        compounds: dict[str, list[str]],
    ) -> list[Fact]:
        """Users, profiles and permission sets, and their grants on the objects read, into
        ``result``; the ``access.unread`` facts of what the identity may not read."""
        try:
            reader = read_salesforce_access(api, self.system_id, always, compounds)
        except ConnectorError as exc:  # the session or the API limit failed mid-way
            result.issues.append(
                ScanIssue(self.system_id, "partial", f"users and permissions not read: {exc}")
            )
            return []
        found = reader.found
        result.principals, result.grants = found.principals, found.grants
        result.issues += [
            ScanIssue(self.system_id, "partial", f"access review: {note}") for note in reader.failed
        ]
        facts = [
            Fact("access.unread", note, "the access review's objects (docs/access.md)")
            for note in found.unread
        ]
        if reader.customers:
            facts.append(
                Fact(
                    "access.customer_users",
                    str(reader.customers),
                    "SELECT COUNT() FROM User: active customer users of Experience Cloud sites "
                    "(UserType " + ", ".join(CUSTOMER_TYPES) + "), not listed one by one",
                )
            )
        return facts

    def _scan_objects(
        self,
        api: SalesforceApi,
        sobjects: list[dict[str, Any]],
        selected: list[str],
        result: ConnectorResult,
        progress: Progress | None,
        always: dict[str, list[str]],
        compounds: dict[str, list[str]],
    ) -> tuple[list[Fact], ConnectorError | None]:
        """Scan each selected object into ``result``; return facts on history and encryption,
        and the error that stopped the scan mid-way (None when it did not). ``always`` gets
        each object read, with its fields without field-level security, ``compounds`` each
        compound field (``Contact.MailingAddress``) with its parts."""
        counts: dict[str, int] = {}
        stopped: ConnectorError | None = None
        if selected:
            try:
                counts = api.record_counts(selected)
            except ConnectorError as exc:
                stopped = exc
            except CallError as exc:
                result.issues.append(
                    ScanIssue(
                        self.system_id,
                        "partial",
                        f"limits/recordCount: {exc.reason}; record counts were not read.",
                    )
                )
        labels = {str(s.get("name")): str(s.get("label") or "") for s in sobjects}
        histories = history_objects(sobjects)
        retention = self.config.retention
        scanner = ObjectScanner(api, self.system_id, self.config.sample_size, counts, result.issues)
        scanner.stopped = stopped
        facts: list[Fact] = []
        encrypted: list[str] = []
        for i, name in enumerate(selected):
            if progress:
                progress(i, len(selected) + 1, name)
            found = scanner.scan(
                name, labels.get(name, ""), retention.for_dataset(name) if retention else None
            )
            result.datasets.append(found.dataset)
            result.fields.extend(found.fields)
            result.platform.update(found.platform)
            result.samples.update(found.samples)
            result.issues.extend(found.issues)
            encrypted.extend(f"{name}.{f}" for f in found.encrypted)
            if found.dataset.scanned:
                always[name] = found.always_readable
                for fid, meta in found.platform.items():
                    if meta.get("compoundFieldName"):
                        parent = f"{name}.{meta['compoundFieldName']}"
                        compounds.setdefault(parent, []).append(fid.rsplit("/", 1)[-1])
            if found.history_tracked:
                history = histories.get(name) or history_name(name)
                for f in found.history_tracked:
                    result.platform[field_id(self.system_id, name, f)]["historyObject"] = history
                evidence = (
                    f"FieldDefinition.IsFieldHistoryTracked=true: {history} keeps old and new "
                    "values of these fields, copies of their personal data, for 18 months "
                    "(24 through the API; with Field Audit Trail until deleted)"
                )
                parts = compound_parts_tracked(found.platform)
                if parts:
                    evidence += f"; tracked through their compound field: {parts}"
                facts.append(
                    Fact(
                        f"field_history.{name}",
                        ", ".join(sorted(found.history_tracked)),
                        evidence,
                    )
                )
        if encrypted:
            facts.append(
                Fact(
                    "encrypted_fields",
                    str(len(encrypted)),
                    "describe: encrypted=true (Shield) or type encryptedstring (classic): "
                    + ", ".join(sorted(encrypted)),
                )
            )
        return facts, scanner.stopped


def compound_parts_tracked(platform: dict[str, dict[str, str]]) -> str:
    """``MailingAddress (MailingCity, MailingStreet)``: the parts whose history tracking is
    their compound parent's, grouped by parent."""
    parts: dict[str, list[str]] = {}
    for fid, p in platform.items():
        if p.get("IsFieldHistoryTracked") == "true" and p.get("inheritedFrom"):
            parts.setdefault(p["inheritedFrom"], []).append(fid.rsplit("/", 1)[-1])
    return "; ".join(f"{k} ({', '.join(sorted(v))})" for k, v in sorted(parts.items()))


def parse_options(system_id: str, options: dict[str, Any]) -> dict[str, Any]:
    """``options:`` merged over :data:`OPTIONS`; ConfigError naming the key of a wrong one.

    >>> parse_options("crm", {"retries": "5"})["retries"]
    5
    """
    where = f"systems.{system_id}.options"
    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        close = difflib.get_close_matches(unknown[0], list(OPTIONS), n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"known: {', '.join(OPTIONS)}."
        raise ConfigError(f"{where}.{unknown[0]}: unknown option; {hint}")
    merged = {**OPTIONS, **options}
    version = str(merged["api_version"])
    if not version.replace(".", "").isdigit() or "." not in version:
        raise ConfigError(
            f"{where}.api_version: expected a version such as 59.0 (no leading v), got {version!r}."
        )
    for key, kind, what in (
        ("retries", int, "a whole number"),
        ("retry_backoff", float, "seconds"),
    ):
        value = merged[key]
        try:
            number = -1 if isinstance(value, bool) else kind(value)
        except (TypeError, ValueError):
            number = -1
        if not number >= 0:  # NaN too
            raise ConfigError(f"{where}.{key}: expected {what}, 0 or more, got {value!r}.")
        merged[key] = number
    return merged


def _export_file(system_id: str, config: SalesforceConfig, path: Path) -> ConnectorResult:
    if config.auth:
        raise ConfigError(
            f"systems.{system_id}: give 'auth' (scan the org) or 'path' (a file written "
            "by 'piimap salesforce export'), not both."
        )
    return load_export(path, system_id, config)


def stopped_issue(
    system_id: str, exc: ConnectorError, datasets: list[Dataset], parties: str
) -> ScanIssue:
    """The one issue of a scan stopped mid-way (API request limit, expired session, lost
    connection): the error, what was kept and what was not read."""
    read = sum(d.scanned for d in datasets)
    left = [d.name for d in datasets if d.not_scanned_reason.startswith(STOPPED)]
    parts = [f"{read} of {len(datasets)} object(s) were read and kept"]
    if left:
        shown = ", ".join(left[:10]) + (f" and {len(left) - 10} more" if len(left) > 10 else "")
        parts.append(f"{len(left)} are listed as not scanned ({shown})")
    parts.append(parties)
    text = f"{exc} What was read is kept: {'; '.join(parts)}. Scan again to read the rest"
    if isinstance(exc, ApiLimitReached):
        text += ", or use include: to scan fewer objects"
    return ScanIssue(system_id, "partial", text + ".")


def auth_facts(system_id: str, login: Login, api: SalesforceApi) -> list[Fact]:
    """How the scan logged in, and the static-credential gap of a password login."""
    label, credential = METHOD_LABELS[login.method]
    where = f"estate config systems.{system_id}.auth.method"
    facts = [
        Fact("auth_method", login.method, f"{where}: {label}"),
        Fact(
            "instance",
            login.shown_url if login.loopback else f"https://{api.sf.sf_instance}",
            "instance URL the API calls went to after login",
        ),
        Fact("api_version", str(api.sf.sf_version), "REST API version used by the scan"),
    ]
    if login.username:
        facts.append(Fact("scan_identity", login.username, f"{where}: username"))
    if credential == "static_credential":
        facts.append(
            Fact(
                "auth_credential",
                "gap: static_credential",
                f"{where}: password: a long-lived password and security token; use method jwt "
                "or client_credentials for short-lived OAuth tokens (SOC 2 CC6.1)",
            )
        )
    else:
        facts.append(Fact("auth_credential", "short_lived_oauth", f"{where}: {label}"))
    return facts


def third_party_facts(third_parties: list[ThirdParty]) -> list[Fact]:
    """One fact per third party: its endpoint and transit status, for the system's record."""
    facts = []
    for t in third_parties:
        value = f"{t.endpoint or '-'} (transit {t.transit.status.value}"
        value += ", inactive)" if not t.active else ")"
        facts.append(
            Fact(
                f"third_party.{t.kind}.{t.name}", value, "; ".join(t.evidence + t.transit.evidence)
            )
        )
    return facts


__all__ = ["SalesforceConnector"]
