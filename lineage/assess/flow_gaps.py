"""Gap rules about flows of personal data and the systems receiving them: one function per
rule, each returning its gaps (listed in :data:`lineage.assess.gaps.GAP_RULES`)."""

from __future__ import annotations

from lineage.core.ids import system_of
from lineage.core.model import Boundary, Gap, Status

from .statuses import INSIDE, Assessed


def unencrypted_transit(estate: Assessed) -> list[Gap]:
    """SOC2 CC6.7: personal data travels unencrypted, or its encryption is not proven."""
    gaps = []
    for flow in estate.carrying:
        if flow.kind in INSIDE or flow.transit.status == Status.OK:
            continue
        gap = flow.transit.status == Status.GAP
        outward = Boundary.THIRD_PARTY in (
            estate.boundary(flow.source),
            estate.boundary(flow.target),
        )
        gaps.append(
            Gap(
                control="SOC2 CC6.7",
                subject=flow.id,
                severity="high" if gap else "medium",
                evidence=(*flow.transit.evidence, f"carries {', '.join(flow.entities)}"),
                remediation=(
                    "Use TLS end to end (https, sslmode=verify-full, TLS on the "
                    "replication or link connection) and re-scan."
                    if gap
                    else "Record the transport (transport.url in the estate config, or "
                    "sslmode in the connection) so encryption in transit can be shown."
                ),
                related=("GDPR Art. 32",) + (("SOC2 CC6.6",) if outward else ()),
                title=(
                    "personal data travels unencrypted"
                    if gap
                    else "encryption in transit of personal data is not proven"
                ),
            )
        )
    return gaps


def static_credential(estate: Assessed) -> list[Gap]:
    """SOC2 CC6.1: a long-lived static credential guards a personal-data flow."""
    return [
        Gap(
            control="SOC2 CC6.1",
            subject=flow.id,
            severity="medium",
            evidence=(
                f"{flow.id} authenticates with a long-lived static credential",
                f"carries {', '.join(flow.entities)}",
            ),
            remediation=(
                "Prefer short-lived credentials (OAuth JWT bearer or client "
                "credentials, mTLS); otherwise rotate the key on a schedule and keep it "
                "in a secrets manager."
            ),
            title="a static credential guards a personal-data flow",
        )
        for flow in estate.carrying
        if flow.auth == "static_credential"
    ]


def processor_retention(estate: Assessed) -> list[Gap]:
    """GDPR Art. 28: a third party receives personal data and no retention is on record."""
    return [
        Gap(
            control="GDPR Art. 28",
            subject=flow.id,
            severity="medium",
            evidence=(*flow.retention.evidence, f"carries {', '.join(flow.entities)}"),
            remediation=(
                f"Record the processor's retention from its DPA under "
                f"systems.{system_of(flow.target)}.retention in the estate config and check the "
                "DPA requires deletion at the end of the service."
            ),
            related=("SOC2 CC9.2", "GDPR Art. 5(1)(e)"),
            title="no retention on record for a third party receiving personal data",
        )
        for flow in estate.carrying
        if flow.retention.status == Status.GAP
        and estate.boundary(flow.target) == Boundary.THIRD_PARTY
    ]


def undeclared_third_party(estate: Assessed) -> list[Gap]:
    """SOC2 CC9.2: the scan found a third party receiving personal data (in an org or a config
    file) that the estate does not declare."""
    gaps = []
    for target, received in estate.recipients:
        system = estate.systems.get(target)
        if not system or system.boundary != Boundary.THIRD_PARTY or target in estate.configs:
            continue
        entities = sorted({e for f in received for e in f.entities})
        gaps.append(
            Gap(
                control="SOC2 CC9.2",
                subject=target,
                severity="medium",
                evidence=(
                    *(f"{f.id} ({f.kind}) sends {', '.join(f.entities)}" for f in received[:5]),
                    f"{target} was discovered by the scan, not declared in the estate",
                ),
                remediation=(
                    f"Declare {target} under systems in the estate config with its vendor "
                    "and region once a processor agreement is on record, or remove the "
                    "integration."
                ),
                related=("GDPR Art. 28", "GDPR Art. 30"),
                title=f"undeclared third party receives {', '.join(entities[:4])}",
            )
        )
    return gaps


def unlisted_database(estate: Assessed) -> list[Gap]:
    """GDPR Art. 30: personal data reaches a database the inventory does not list (through
    replication, a foreign table or a FEDERATED table)."""
    gaps = []
    for target, received in estate.recipients:
        system = estate.systems.get(target)
        if not system or system.kind != "unlisted_database":
            continue
        gaps.append(
            Gap(
                control="GDPR Art. 30",
                subject=target,
                severity="medium",
                evidence=(
                    *(f"{f.id}: {f.source} -> {f.target}" for f in received[:5]),
                    system.not_scanned_reason,
                ),
                remediation=(
                    f"Add the database behind {target} to the estate config so it is "
                    "scanned and recorded, or drop the link."
                ),
                related=("SOC2 CC6.1",),
                title="personal data reaches a database the inventory does not list",
            )
        )
    return gaps


def no_purpose(estate: Assessed) -> list[Gap]:
    """GDPR Art. 30: no flow bringing personal data to a recipient records its purpose."""
    return [
        Gap(
            control="GDPR Art. 30",
            subject=target,
            severity="low",
            evidence=tuple(f"{f.id} has no purpose recorded" for f in received[:5]),
            remediation=(
                f"Give the flows to {target} a purpose (flows[].purpose in the estate "
                "config) for the record of processing (Art. 30(1)(b))."
            ),
            title="no purpose recorded for personal data sent to a recipient",
        )
        for target, received in estate.recipients
        if not any(f.purpose for f in received)
    ]
