"""Gap rules about the stores of personal data: one function per rule, each returning its
gaps (listed in :data:`lineage.assess.gaps.GAP_RULES`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from classifiers.taxonomy import TAXONOMY
from lineage.core.model import Boundary, Dataset, Field, Gap, Status, System

from .statuses import NOT_STORED, Assessed, ttl_judged


def store_retention(estate: Assessed) -> list[Gap]:
    """GDPR Art. 5(1)(e): records of personal data kept beyond the retention policy, or no
    policy declared for them."""
    gaps = []
    for d in estate.datasets:
        system = estate.systems.get(d.system)
        if (
            d.kind in NOT_STORED
            or d.kind == "queue"
            or (d.kind == "keys" and not d.retention_policy and system and ttl_judged(d, system))
            or d.id not in estate.pii
            or d.retention.status != Status.GAP
        ):
            # A view or an endpoint stores nothing; a queue is broker_gaps.queue_retention's,
            # keys whose TTLs were read without a policy cache_gaps.keys_without_expiry's.
            continue
        beyond = "beyond the declared" in " ".join(d.retention.evidence)
        gaps.append(
            Gap(
                control="GDPR Art. 5(1)(e)",
                subject=d.id,
                severity="high" if beyond else "medium",
                evidence=d.retention.evidence,
                remediation=(
                    "Delete or anonymise records older than the policy, and schedule the "
                    "deletion job."
                    if beyond
                    else f"Declare a retention period for {d.name} "
                    f"(systems.{d.system}.retention in the estate config) and enforce it."
                ),
                related=("SOC2 C1.2",),
                title=(
                    "records kept beyond the retention policy"
                    if beyond
                    else "no retention policy for a store of personal data"
                ),
            )
        )
    return gaps


def at_rest(estate: Assessed) -> list[Gap]:
    """SOC2 CC6.1: personal-data fields stored unencrypted, or not proven encrypted; per
    system, one gap for each of the two."""
    gaps = []
    for system, stores in estate.stores:
        if system.at_rest.status == Status.OK:
            continue
        for status, exposed in sorted(_exposed(system, stores, estate.pii).items()):
            gaps.append(_at_rest_gap(system, status, exposed))
    return gaps


def unaudited_changes(estate: Assessed) -> list[Gap]:
    """SOC2 CC7.2: changes to personal data go unaudited; per system."""
    gaps = []
    for system, stores in estate.stores:
        unaudited = [d for d in stores if d.audit.status == Status.GAP]
        if not unaudited:
            continue
        gaps.append(
            Gap(
                control="SOC2 CC7.2",
                subject=system.id,
                severity="medium",
                evidence=tuple(e for d in unaudited[:5] for e in d.audit.evidence)
                + _more(unaudited, 5),
                remediation=_audit_fix(system),
                related=("GDPR Art. 32",),
                title=f"changes to personal data in {len(unaudited)} dataset(s) go unaudited",
            )
        )
    return gaps


def no_owner(estate: Assessed) -> list[Gap]:
    """GDPR Art. 30: a store of personal data names no owner (third parties aside)."""
    return [
        Gap(
            control="GDPR Art. 30",
            subject=system.id,
            severity="low",
            evidence=(
                f"{system.id} holds personal data in {len(stores)} dataset(s) and names no owner",
            ),
            remediation=f"Set systems.{system.id}.owner in the estate config.",
            title="no owner for a store of personal data",
        )
        for system, stores in estate.stores
        if not system.owner and system.boundary != Boundary.THIRD_PARTY
    ]


def _exposed(
    system: System, stores: Sequence[Dataset], pii: Mapping[str, list[Field]]
) -> dict[Status, list[Field]]:
    """The personal-data fields not shown encrypted at rest, by ``gap`` (plaintext evidence on
    the field, its dataset or its system) and ``unknown``."""
    exposed: dict[Status, list[Field]] = defaultdict(list)
    for d in stores:
        if d.at_rest.status == Status.OK:
            continue
        for f in pii[d.id]:
            if f.at_rest.status != Status.OK:
                statuses = (f.at_rest.status, d.at_rest.status, system.at_rest.status)
                exposed[Status.GAP if Status.GAP in statuses else Status.UNKNOWN].append(f)
    return exposed


def _at_rest_gap(system: System, status: Status, found: list[Field]) -> Gap:
    sensitive = [f for f in found if any(_sensitive(e.entity) for e in f.entities)]
    gap = status == Status.GAP
    return Gap(
        control="SOC2 CC6.1",
        subject=system.id,
        severity="high" if gap and sensitive else ("medium" if gap or sensitive else "low"),
        evidence=system.at_rest.evidence
        + tuple(
            f"{f.id} ({', '.join(e.entity for e in f.entities)})" for f in (sensitive or found)[:5]
        )
        + _more(found, 5),
        remediation=(
            "Encrypt the storage (TDE, encrypted volumes or managed-service encryption, "
            "Shield Platform Encryption for Salesforce) or the columns themselves, "
            "then record the evidence (docs/assessment.md)."
        ),
        related=("GDPR Art. 32",),
        title=(
            f"{len(found)} personal-data field(s) stored unencrypted"
            if gap
            else f"at-rest encryption of {len(found)} personal-data field(s) is not proven"
        ),
    )


def _sensitive(entity: str) -> bool:
    categories = TAXONOMY.get(entity)
    return bool(categories and (categories.sensitive or categories.pci))


def _more(items: Sequence[object], shown: int) -> tuple[str, ...]:
    return (f"... and {len(items) - shown} more",) if len(items) > shown else ()


def _audit_fix(system: System) -> str:
    if system.kind == "salesforce":
        return (
            "Turn on field history tracking for the personal-data fields listed (or Shield "
            "Field Audit Trail for longer retention)."
        )
    if system.kind == "postgresql":
        return (
            "Load pgaudit with pgaudit.log = 'write' (or role-based object auditing), or add "
            "audit triggers on UPDATE and DELETE to the tables listed."
        )
    if system.kind == "mysql":
        return (
            "Enable an audit plugin (MariaDB server_audit with QUERY_DML events, MySQL "
            "Enterprise audit_log) or add audit triggers on UPDATE and DELETE."
        )
    return "Add audit triggers on UPDATE and DELETE that record who changed what and when."
