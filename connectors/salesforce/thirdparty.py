"""Third parties an org sends data to or lets in: packages, callout endpoints, outbound messages,
named credentials, external data sources, connected apps and Change Data Capture.

Each is read from its setup object (most through the Tooling API); a missing permission on one
is recorded as an issue and the others are still read.

>>> endpoint_transit("https://hooks.example.com/x", "RemoteProxy Shop").status
<Status.OK: 'ok'>
>>> endpoint_transit("http://hooks.example.com/x", "RemoteProxy Shop").status
<Status.GAP: 'gap'>
>>> vendor_of("https://api.eu.klaviyo.com/v2"), vendor_of("https://labels.shipfast.co.uk")
('klaviyo.com', 'shipfast.co.uk')
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

from lineage.core.errors import ConnectorError
from lineage.core.model import Control, ScanIssue, Status
from lineage.core.transport import transport_status

from ..base import ThirdParty
from .client import SETUP_PERMISSION, CallError, PermissionDenied, SalesforceApi

_PACKAGES = (
    "SELECT Id, SubscriberPackageId, SubscriberPackage.NamespacePrefix, SubscriberPackage.Name, "
    "SubscriberPackageVersion.Id, SubscriberPackageVersion.Name, "
    "SubscriberPackageVersion.MajorVersion, SubscriberPackageVersion.MinorVersion, "
    "SubscriberPackageVersion.PatchVersion, SubscriberPackageVersion.BuildNumber "
    "FROM InstalledSubscriberPackage ORDER BY SubscriberPackageId"
)
_REMOTE_SITES = (
    "SELECT Id, SiteName, EndpointUrl, IsActive, ProtocolMismatch, Description, NamespacePrefix "
    "FROM RemoteProxy"
)
_OUTBOUND_IDS = "SELECT Id, Name, EntityDefinitionId FROM WorkflowOutboundMessage"
_NAMED_CREDENTIALS = (
    "SELECT Id, DeveloperName, MasterLabel, Endpoint, PrincipalType, NamespacePrefix, "
    "AuthProviderId FROM NamedCredential"
)
_EXTERNAL_SOURCES = (
    "SELECT Id, DeveloperName, MasterLabel, Endpoint, Type, PrincipalType, Protocol, IsWritable, "
    "NamedCredentialId FROM ExternalDataSource"
)
_CONNECTED_APPS = (
    "SELECT Id, Name, OptionsAllowAdminApprovedUsersOnly, RefreshTokenValidityPeriod, "
    "OptionsRefreshTokenValidityMetric, StartUrl FROM ConnectedApplication"
)
_OAUTH_TOKENS = "SELECT AppName, LastUsedDate, UseCount FROM OauthToken"
_CDC = "SELECT Id, DeveloperName, EventChannel, SelectedEntity FROM PlatformEventChannelMember"
_OAUTH_PROTOCOLS = {"oauth", "jwt", "jwtexchange", "awssv4"}
_SECURE_SCHEMES = ("https", "wss", "sftp")
_DURABLE_ID = re.compile(r"01I[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?")


def endpoint_transit(
    url: str | None, where: str, protocol_security_disabled: bool = False
) -> Control:
    """Transit status of a callout endpoint (piimap's one rule, :mod:`lineage.core.transport`)."""
    return transport_status(url, where, protocol_security_disabled)


def vendor_of(url: str | None) -> str:
    """The registrable domain of an endpoint (``api.eu.klaviyo.com`` gives ``klaviyo.com``)."""
    host = (urlsplit(url).hostname or "") if url else ""
    labels = host.split(".")
    if len(labels) < 2 or host.replace(".", "").isdigit():
        return host
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3 else 2
    return ".".join(labels[-keep:])


class ThirdPartyReader:
    """Reads every kind of third party; a missing permission costs only that kind."""

    def __init__(self, api: SalesforceApi, system_id: str, transit: Control) -> None:
        self.api = api
        self.system_id = system_id
        #: Transit of the org's own API endpoint: what connected apps call.
        self.transit = transit
        self.issues: list[ScanIssue] = []
        self._named: dict[str, str] = {}
        #: What stopped the reading (the API request limit...); later kinds were not read.
        self.stopped: ConnectorError | None = None

    def read(self) -> list[ThirdParty]:
        found: list[ThirdParty] = []
        readers: tuple[tuple[str, Callable[[], Iterator[ThirdParty]]], ...] = (
            ("InstalledSubscriberPackage", self._packages),
            ("RemoteProxy", self._remote_sites),
            ("NamedCredential", self._named_credentials),
            ("ExternalDataSource", self._external_sources),
            ("WorkflowOutboundMessage", self._outbound_messages),
            ("ConnectedApplication", self._connected_apps),
            ("PlatformEventChannelMember", self._cdc),
        )
        for entity, reader in readers:
            try:
                found.extend(reader())
            except ConnectorError as exc:
                # No further call will succeed: keep what was found, say what was not read.
                self.stopped = exc
                break
            except PermissionDenied as exc:
                self.issues.append(
                    ScanIssue(
                        self.system_id,
                        "missing_permission",
                        f"{entity}: {exc.reason}; the scan identity needs '{SETUP_PERMISSION}'. "
                        f"Third parties from {entity} were not read.",
                    )
                )
            except CallError as exc:
                self.issues.append(
                    ScanIssue(
                        self.system_id,
                        "partial",
                        f"{entity}: {exc.reason}; third parties from {entity} were not read.",
                    )
                )
        return sorted(found, key=lambda t: (t.kind, t.name, t.endpoint or ""))

    def _packages(self) -> Iterator[ThirdParty]:
        for r in self.api.query(_PACKAGES, "InstalledSubscriberPackage", tooling=True):
            package = r.get("SubscriberPackage") or {}
            version = r.get("SubscriberPackageVersion") or {}
            name = str(package.get("Name") or r.get("SubscriberPackageId") or "?")
            namespace = str(package.get("NamespacePrefix") or "")
            numbers = [version.get(k) for k in ("MajorVersion", "MinorVersion", "PatchVersion")]
            number = ".".join(str(n) for n in numbers if n is not None)
            where = f"InstalledSubscriberPackage {name}"
            yield ThirdParty(
                name=name,
                vendor=namespace,
                kind="installed_package",
                endpoint=None,
                transit=Control(
                    Status.UNKNOWN,
                    (
                        f"{where}: a package runs inside the org; its callouts show as remote "
                        "sites and named credentials",
                    ),
                ),
                evidence=(
                    f"{where} (namespace {namespace or 'none'}, version {number or '?'}, "
                    f"package {r.get('SubscriberPackageId') or '?'})",
                ),
            )

    def _remote_sites(self) -> Iterator[ThirdParty]:
        for r in self.api.query(_REMOTE_SITES, "RemoteProxy", tooling=True):
            name = str(r.get("SiteName") or r.get("Id"))
            url = r.get("EndpointUrl")
            where = f"RemoteProxy {name}"
            active = r.get("IsActive") is not False
            yield ThirdParty(
                name=name,
                vendor=vendor_of(url),
                kind="remote_site",
                endpoint=url,
                transit=endpoint_transit(url, where, bool(r.get("ProtocolMismatch"))),
                active=active,
                evidence=(
                    f"{where}: Remote Site Setting for {url} "
                    f"({'active' if active else 'inactive'}"
                    f"{', protocol security disabled' if r.get('ProtocolMismatch') else ''})",
                ),
            )

    def _named_credentials(self) -> Iterator[ThirdParty]:
        for r in self.api.query(_NAMED_CREDENTIALS, "NamedCredential"):
            name = str(r.get("DeveloperName") or r.get("Id"))
            url = r.get("Endpoint")
            self._named[name] = str(url or "")
            where = f"NamedCredential {name}"
            auth = "short_lived_oauth" if r.get("AuthProviderId") else "unknown"
            yield ThirdParty(
                name=str(r.get("MasterLabel") or name),
                vendor=vendor_of(url),
                kind="named_credential",
                endpoint=url,
                transit=endpoint_transit(url, where),
                auth=auth,
                evidence=(
                    f"{where}: endpoint {url}, principal {r.get('PrincipalType') or '?'}"
                    f"{', OAuth auth provider' if r.get('AuthProviderId') else ''}",
                ),
            )

    def _external_sources(self) -> Iterator[ThirdParty]:
        for r in self.api.query(_EXTERNAL_SOURCES, "ExternalDataSource"):
            name = str(r.get("DeveloperName") or r.get("Id"))
            url = str(r.get("Endpoint") or "") or None
            where = f"ExternalDataSource {name}"
            resolved = url
            if url and url.startswith("callout:"):
                credential = url.removeprefix("callout:").split("/", 1)[0]
                resolved = self._named.get(credential) or url
            protocol = str(r.get("Protocol") or "")
            auth = (
                "short_lived_oauth"
                if protocol.lower() in _OAUTH_PROTOCOLS
                else "static_credential"
                if protocol.lower() == "password"
                else "unknown"
            )
            evidence = f"{where}: type {r.get('Type') or '?'}, endpoint {url}, protocol "
            evidence += f"{protocol or '?'}{', writable' if r.get('IsWritable') else ''}"
            yield ThirdParty(
                name=str(r.get("MasterLabel") or name),
                vendor=vendor_of(resolved),
                kind="external_data_source",
                endpoint=resolved,
                transit=endpoint_transit(resolved, where),
                auth=auth,
                evidence=(evidence,),
            )

    def _outbound_messages(self) -> Iterator[ThirdParty]:
        # Metadata (endpoint, fields) is only returned one record at a time.
        for row in self.api.query(_OUTBOUND_IDS, "WorkflowOutboundMessage", tooling=True):
            try:
                record = self.api.tooling_record("WorkflowOutboundMessage", str(row["Id"]))
            except CallError as exc:
                self.issues.append(
                    ScanIssue(
                        self.system_id,
                        "partial",
                        f"WorkflowOutboundMessage {row.get('Name') or row['Id']}: {exc.reason}; "
                        "its endpoint and fields were not read.",
                    )
                )
                continue
            meta: Mapping[str, Any] = record.get("Metadata") or {}
            name = str(record.get("Name") or row.get("Name") or row["Id"])
            url = meta.get("endpointUrl")
            entity = str(record.get("EntityDefinitionId") or row.get("EntityDefinitionId") or "")
            dataset = self._object_name(entity)
            fields = tuple(sorted(str(f) for f in meta.get("fields") or []))
            where = f"WorkflowOutboundMessage {name}"
            evidence = [f"{where}: sends {dataset} fields {', '.join(fields) or 'none'} to {url}"]
            if meta.get("includeSessionId"):
                evidence.append(
                    f"{where}: includeSessionId=true, the message carries a Salesforce session id "
                    f"of {meta.get('integrationUser') or 'the integration user'}"
                )
            yield ThirdParty(
                name=name,
                vendor=vendor_of(url),
                kind="outbound_message",
                endpoint=url,
                transit=endpoint_transit(url, where),
                dataset=dataset or None,
                fields=fields,
                evidence=tuple(evidence),
            )

    def _object_name(self, entity_id: str) -> str:
        """The API name behind an EntityDefinitionId: a custom object's is a DurableId (01I...)."""
        if not _DURABLE_ID.fullmatch(entity_id):
            return entity_id
        soql = f"SELECT QualifiedApiName FROM EntityDefinition WHERE DurableId = '{entity_id}'"
        try:
            records = self.api.query(soql, "EntityDefinition", tooling=True)
        except CallError:
            return entity_id
        return str(records[0].get("QualifiedApiName") or entity_id) if records else entity_id

    def _connected_apps(self) -> Iterator[ThirdParty]:
        apps = self.api.query(_CONNECTED_APPS, "ConnectedApplication")
        usage: dict[str, list[Any]] = defaultdict(lambda: [0, 0, ""])
        try:
            for t in self.api.iter_query(_OAUTH_TOKENS, "OauthToken"):
                u = usage[str(t.get("AppName"))]
                u[0] += 1
                u[1] += int(t.get("UseCount") or 0)
                u[2] = max(u[2], str(t.get("LastUsedDate") or ""))
        except CallError as exc:
            self.issues.append(
                ScanIssue(
                    self.system_id,
                    "missing_permission" if isinstance(exc, PermissionDenied) else "partial",
                    f"OauthToken: {exc.reason}; connected app usage was not read.",
                )
            )
            usage.clear()
        for r in apps:
            name = str(r.get("Name") or r.get("Id"))
            where = f"ConnectedApplication {name}"
            tokens, uses, last = usage.get(name, [0, 0, ""])
            evidence = [f"{where}: OAuth connected app (data leaves through the org's API)"]
            evidence.append(
                f"OauthToken: {tokens} token(s), used {uses} time(s), last {last or 'never'}"
            )
            period = r.get("RefreshTokenValidityPeriod")
            evidence.append(
                f"{where}: RefreshTokenValidityPeriod {period}"
                if period
                else f"{where}: refresh tokens valid until revoked"
            )
            transit = Control(
                self.transit.status,
                tuple(f"{where}: calls the org's API; {e}" for e in self.transit.evidence),
            )
            yield ThirdParty(
                name=name,
                vendor="",
                kind="connected_app",
                endpoint=r.get("StartUrl") or None,
                transit=transit,
                auth="short_lived_oauth",
                evidence=tuple(evidence),
            )

    def _cdc(self) -> Iterator[ThirdParty]:
        for r in self.api.query(_CDC, "PlatformEventChannelMember", tooling=True):
            entity = str(r.get("SelectedEntity") or "")
            channel = str(r.get("EventChannel") or "ChangeEvents")
            dataset = entity.removesuffix("ChangeEvent").removesuffix("__")
            if entity.endswith("__ChangeEvent"):
                dataset += "__c"
            where = f"PlatformEventChannelMember {r.get('DeveloperName') or entity}"
            yield ThirdParty(
                name=f"Change Data Capture: {entity} on {channel}",
                vendor="",
                kind="cdc",
                endpoint=None,
                transit=Control(
                    Status.UNKNOWN,
                    (
                        f"{where}: subscribers connect over the Pub/Sub API or CometD; who "
                        "subscribes is not visible in the org",
                    ),
                ),
                dataset=dataset or None,
                evidence=(f"{where}: publishes every change of {dataset} on {channel}",),
            )
