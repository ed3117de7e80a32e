"""Third parties a connector or an integration config names, as systems and flows.

Parties are grouped by vendor key (an endpoint's domain, or the first word of a package's or
app's name), so a Mailchimp package, its connected app and its remote site are one vendor; a
vendor the estate declares flows to that system.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

from connectors.base import ThirdParty
from lineage.core.config import Estate, SystemConfig
from lineage.core.ids import dataset_id, field_id, system_of
from lineage.core.model import Boundary, Control, Fact, Flow, Gap, Status, System
from lineage.core.transport import is_loopback, transport_status

from .found import Found


def third_party_flows(
    owner: System,
    parties: Sequence[ThirdParty],
    systems: list[System],
    declared: Mapping[str, SystemConfig],
) -> list[Flow]:
    """Flows to the third parties a system's own configuration names (packages, endpoints...).

    Parties are grouped by vendor key (an endpoint's domain, or the first word of a package's or
    app's name: a Mailchimp package, its connected app and its remote site are one vendor). A
    vendor matching a system declared in the estate flows to that system; the others become
    systems of their own (``third_party`` boundary), named after the most descriptive party.
    """
    flows = []
    active = [p for p in parties if p.active]  # an inactive remote site sends nothing
    names: dict[str, str] = {}
    for party in sorted(active, key=lambda p: (p.endpoint is not None, p.name)):
        names.setdefault(vendor_key(party), party.name)
    for party in active:
        key = vendor_key(party)
        target = declared_match(key, declared) or f"{owner.id}.{key}"
        if target not in declared and all(s.id != target for s in systems):
            systems.append(
                System(
                    id=target,
                    kind="third_party",
                    name=names[key],
                    boundary=Boundary.THIRD_PARTY,
                    vendor=party.vendor if "." in party.vendor else "",
                    facts=(Fact("discovered_by", owner.id, f"{party.kind} {party.name}"),),
                )
            )
        source = dataset_id(owner.id, party.dataset) if party.dataset else owner.id
        flows.append(
            Flow(
                id=f"{party.kind}:{owner.id}:{_slug(party.name)}",
                source=source,
                target=target,
                kind=party.kind,
                fields=tuple(
                    field_id(owner.id, party.dataset, f) for f in party.fields if party.dataset
                ),
                entities=party.entities,
                transit=party.transit,
                auth=party.auth,
                evidence=party.evidence or (f"{party.kind} {party.name} in {owner.id}",),
            )
        )
    return flows


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "unnamed"


def vendor_key(party: ThirdParty) -> str:
    """``mailchimp`` for us6.api.mailchimp.com, for "Mailchimp for Salesforce" and for mc4sf's
    app alike: an endpoint's registrable domain label, else the first word of the name."""
    if party.kind == "cdc":  # Change Data Capture subscribers: no vendor the org names
        return "cdc"
    if party.endpoint and "." in party.vendor:
        return _slug(party.vendor.split(".")[0])
    return _slug(party.name).split("-")[0]


def declared_match(key: str, declared: Mapping[str, SystemConfig]) -> str | None:
    """The third party declared in the estate that this vendor key names, by id, vendor or
    name (an internal system called ``analytics`` is no match for api.analytics.io)."""
    for sid, cfg in sorted(declared.items()):
        if cfg.kind != "third_party" and cfg.boundary != Boundary.THIRD_PARTY:
            continue
        names = {_slug(sid), _slug(cfg.vendor or ""), _slug(cfg.name or "")} - {"", "unnamed"}
        if key in names or any(n.split("-")[0] == key for n in names):
            return sid
    return None


# --- Integration config files --------------------------------------------------------------


def integration_flows(
    estate: Estate, systems: list[System], flows: list[Flow]
) -> tuple[list[Flow], Found]:
    """Endpoints and hard-coded credentials of the estate's integration config files.

    An endpoint of a vendor that a flow already targets adds its evidence to that flow (and its
    transit status when the flow declared no URL; a credential in the same file makes its
    authentication a static credential). Other endpoints become flows from the entry's system
    (or, without one, third-party systems and a record-of-processing gap). Each hard-coded
    credential is a gap citing file, line and key; its value is never read into the snapshot.
    """
    found = Found()
    if not estate.config.integration_configs:
        return list(flows), found
    from connectors.integration_config import scan_integration_configs

    flows = list(flows)
    declared = estate.config.systems
    read: set[str] = set()  # a file and its folder may both be listed: each file counts once
    for entry in estate.config.integration_entries():
        result = scan_integration_configs([entry.path], estate.base_dir)
        fresh = set(result.files) - read
        read |= fresh
        result.endpoints = [e for e in result.endpoints if e.file in fresh]
        result.credentials = [c for c in result.credentials if c.file in fresh]
        result.issues = [i for i in result.issues if i.subject not in read - fresh]
        found.issues += [i for i in result.issues if i not in found.issues]  # listed twice
        with_secrets = {c.file for c in result.credentials}
        for cred in result.credentials:
            found.gaps.append(_credential_gap(cred.file, cred.line, cred.key, cred.kind))
        parties: list[ThirdParty] = []
        for ep in result.endpoints:
            if is_loopback(ep.host) or not ep.host:
                continue
            where = f"{ep.file}:{ep.line} ({ep.key})"
            transit = (
                transport_status(ep.url, where)
                if ep.scheme
                else Control(Status.UNKNOWN, (f"{where}: host {ep.host} given without a scheme",))
            )
            auth = "static_credential" if ep.file in with_secrets else "unknown"
            party = ThirdParty(
                name=ep.host,
                vendor=_vendor(ep.host),
                kind="integration_config",
                endpoint=ep.url,
                transit=transit,
                auth=auth,
                evidence=(f"endpoint {ep.url} in {where}",),
            )
            target = declared_match(vendor_key(party), declared)
            matched = [
                i
                for i, f in enumerate(flows)
                if target
                and system_of(f.target) == target
                and (entry.system is None or system_of(f.source) == entry.system)
            ]
            for i in matched:
                flows[i] = _enriched(flows[i], party, ep.file in with_secrets)
            if not matched:
                parties.append(party)
        if entry.system is not None:
            owner = next(s for s in systems if s.id == entry.system)
            found.flows += third_party_flows(owner, parties, systems, declared)
        else:
            for party in parties:
                found.gaps.append(
                    Gap(
                        control="GDPR Art. 30",
                        subject=f"integration_configs:{party.name}",
                        severity="low",
                        evidence=party.evidence,
                        remediation=(
                            "Say which system uses this endpoint (integration_configs: "
                            "[{path: ..., system: ...}]) or declare the flow, so the record of "
                            "processing names the recipient."
                        ),
                        title="endpoint configured but no flow or system says who sends to it",
                    )
                )
    return flows, found


def _vendor(host: str) -> str:
    from connectors.salesforce.thirdparty import vendor_of

    return vendor_of(f"https://{host}")


def _enriched(flow: Flow, party: ThirdParty, static: bool) -> Flow:
    transit = flow.transit
    declared_url = any("no transport URL given" in e for e in flow.transit.evidence)
    if declared_url or transit.status == Status.UNKNOWN:
        transit = party.transit
    elif party.transit.status == Status.GAP:
        transit = Control(Status.GAP, flow.transit.evidence + party.transit.evidence)
    evidence = flow.evidence + party.evidence
    if static:
        where = party.evidence[0].rsplit(" in ", 1)[-1].split(":", 1)[0]
        evidence += (f"a credential is hard-coded in {where} beside this endpoint",)
    return dataclasses.replace(
        flow,
        transit=transit,
        auth="static_credential" if static else flow.auth,
        evidence=evidence,
    )


def _credential_gap(file: str, line: int, key: str, kind: str) -> Gap:
    where = f"{file}:{line}" + (f" ({key})" if key else "")
    return Gap(
        control="SOC2 CC6.1",
        subject=f"{file}:{line}",
        severity="high",
        evidence=(f"{kind} hard-coded in {where}; the value is not shown",),
        remediation=(
            "Move the credential to a secrets manager or an environment variable, rotate it "
            "(it has been stored in plain text), and reference it as ${VAR}."
        ),
        related=("GDPR Art. 32",),
        title="static credential in an integration config",
    )
