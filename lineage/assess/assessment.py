"""Assessment: retention and audit-trail status of every store and flow, and the gaps an
auditor will ask about, each tied to its control ids with evidence and a remediation.

Rules (docs/assessment.md lists them with their control ids):

- retention of a dataset: the declared policy (estate config) against the oldest record the scan
  dated: ``ok`` within it, ``gap`` beyond it or when a dataset holding personal data has no
  policy, ``unknown`` when nothing dates its records. A flow's retention is its target's; a third
  party's stores cannot be observed, so a declared policy there is ``unknown`` and none is a gap.
- audit trail of a Salesforce object holding personal data: field history tracking on each of
  its personal-data fields (the databases' own status comes from their connectors).
- gaps: unencrypted or unproven transit of personal data (SOC 2 CC6.7, GDPR Art. 32), static
  credentials (CC6.1), at-rest encryption (CC6.1, Art. 32), retention (Art. 5(1)(e), C1.2),
  third parties (CC9.2, Art. 28), the record of processing (Art. 30), audit trails (CC7.2).

"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from classifiers.taxonomy import TAXONOMY
from lineage.core.config import SystemConfig
from lineage.core.dates import days, moment
from lineage.core.ids import dataset_id, dataset_of, system_of
from lineage.core.model import Boundary, Control, Dataset, Field, Flow, Gap, Status, System

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
#: Flows inside one store: the data does not travel, so their transit is not a finding.
_INSIDE = {"view"}


def dataset_retention(dataset: Dataset, holds_pii: bool, scanned_at: str) -> Control:
    """The declared policy of ``dataset`` against its oldest record at scan time."""
    policy = dataset.retention_policy
    if not dataset.scanned:
        return Control(Status.UNKNOWN, (f"{dataset.id} was not scanned",))
    if policy is None:
        if holds_pii:
            return Control(
                Status.GAP,
                (f"{dataset.id} holds personal data and no retention policy is declared for it",),
            )
        return Control(Status.UNKNOWN, (f"no retention policy is declared for {dataset.id}",))
    oldest = moment(dataset.oldest_record or "")
    now = moment(scanned_at)
    if oldest is None or now is None:
        return Control(
            Status.UNKNOWN,
            (f"{dataset.id}: policy {policy} declared; no timestamp column dates its records",),
        )
    age = (now - oldest).total_seconds() / 86400
    limit = days(policy)
    seen = f"oldest record {dataset.oldest_record} ({dataset.oldest_record_evidence})"
    if age < 0:
        return Control(
            Status.UNKNOWN,
            (f"{dataset.id}: {seen} is after the scan time; the timestamps cannot be trusted",),
        )
    if age > limit:
        return Control(
            Status.GAP,
            (
                f"{dataset.id}: {seen} is {age:.0f} days old, beyond the declared {policy} "
                f"({limit:.0f} days): records are kept longer than the policy allows",
            ),
        )
    return Control(
        Status.OK,
        (f"{dataset.id}: {seen} is {age:.0f} days old, within the declared {policy}",),
    )


def history_audit(dataset: Dataset, pii: Sequence[Field], tracked: set[str]) -> Control:
    """Salesforce: is field history tracked on every personal-data field of the object?"""
    names = sorted(f.name for f in pii)
    missing = [n for n in names if n not in tracked]
    if not missing:
        return Control(
            Status.OK,
            (
                f"{dataset.id}: field history tracking is on for every personal-data field "
                f"({', '.join(names)})",
            ),
        )
    return Control(
        Status.GAP,
        (
            f"{dataset.id}: changes to {', '.join(missing[:8])}"
            f"{' and more' if len(missing) > 8 else ''} are not recorded "
            f"(field history tracking is off for {len(missing)} of {len(names)} personal-data "
            "fields)",
        ),
    )


def assess(
    scanned_at: str,
    configs: Mapping[str, SystemConfig],
    systems: Sequence[System],
    datasets: Sequence[Dataset],
    fields: Sequence[Field],
    flows: Sequence[Flow],
) -> tuple[list[Dataset], list[Flow], list[Gap]]:
    """Datasets with retention and audit status, flows with retention status, and the gaps."""
    pii_by_dataset: dict[str, list[Field]] = defaultdict(list)
    for f in fields:
        if f.is_pii:
            pii_by_dataset[f.dataset_id].append(f)
    by_system = {s.id: s for s in systems}
    tracked = _history_tracked(systems)
    assessed = []
    for d in datasets:
        pii = pii_by_dataset.get(d.id, [])
        audit = d.audit
        system = by_system.get(d.system)
        if system and system.kind == "salesforce" and pii and not audit.evidence:
            audit = history_audit(d, pii, tracked.get(d.id, set()))
        retention = dataset_retention(d, bool(pii), scanned_at)
        assessed.append(dataclasses.replace(d, retention=retention, audit=audit))
    by_dataset = {d.id: d for d in assessed}
    out_flows = [
        dataclasses.replace(
            f, retention=flow_retention(f, by_system, by_dataset, configs, pii_by_dataset)
        )
        for f in flows
    ]
    gaps = _gaps(configs, by_system, assessed, pii_by_dataset, out_flows)
    return assessed, out_flows, gaps


def _history_tracked(systems: Iterable[System]) -> dict[str, set[str]]:
    """Salesforce connector facts ``field_history.OBJECT = "A, B"`` by dataset id."""
    tracked: dict[str, set[str]] = {}
    for s in systems:
        for fact in s.facts:
            if fact.name.startswith("field_history."):
                obj = fact.name.removeprefix("field_history.")
                tracked[dataset_id(s.id, obj)] = {
                    v.strip() for v in fact.value.split(",") if v.strip()
                }
    return tracked


def flow_retention(
    flow: Flow,
    systems: Mapping[str, System],
    datasets: Mapping[str, Dataset],
    configs: Mapping[str, SystemConfig],
    pii: Mapping[str, list[Field]],
) -> Control:
    """Retention where the flow lands: the target dataset's, the worst of a target system's
    personal-data datasets, or what the estate declares for a third party."""
    target = dataset_of(flow.target)
    if target in datasets:
        return datasets[target].retention
    sid = system_of(target)
    system = systems.get(sid)
    if system is None:
        return Control(Status.UNKNOWN, (f"{target} is not a known system",))
    if system.boundary == Boundary.THIRD_PARTY or system.kind in ("third_party",):
        cfg = configs.get(sid)
        policy = cfg.retention.default if cfg and cfg.retention else None
        if policy:
            return Control(
                Status.UNKNOWN,
                (
                    f"{sid} declares retention {policy} (estate config); a third party's stores "
                    "cannot be observed, so it is not verified",
                ),
            )
        return Control(
            Status.GAP,
            (
                f"no retention is declared for {sid}, a third party receiving this data "
                f"(estate config systems.{sid}.retention)",
            ),
        )
    held = [d for did, d in datasets.items() if d.system == sid and did in pii]
    if not held:
        why = "was not scanned" if not system.scanned else "holds no personal data the scan found"
        return Control(Status.UNKNOWN, (f"{sid} {why}; its retention cannot be judged",))
    for status in (Status.GAP, Status.UNKNOWN):
        worst = [d for d in held if d.retention.status == status]
        if worst:
            evidence = tuple(e for d in worst[:5] for e in d.retention.evidence)
            more = (f"... and {len(worst) - 5} more datasets",) if len(worst) > 5 else ()
            return Control(status, evidence + more)
    return Control(Status.OK, tuple(e for d in held[:5] for e in d.retention.evidence))


# --- Gaps --------------------------------------------------------------------------------------


def _gaps(
    configs: Mapping[str, SystemConfig],
    systems: Mapping[str, System],
    datasets: Sequence[Dataset],
    pii: Mapping[str, list[Field]],
    flows: Sequence[Flow],
) -> list[Gap]:
    gaps: list[Gap] = []
    gaps += _flow_gaps(configs, systems, flows)
    gaps += _store_gaps(systems, datasets, pii)
    return gaps


def _boundary(node: str, systems: Mapping[str, System]) -> Boundary | None:
    system = systems.get(system_of(node))
    return system.boundary if system else None


def _flow_gaps(
    configs: Mapping[str, SystemConfig], systems: Mapping[str, System], flows: Sequence[Flow]
) -> list[Gap]:
    gaps = []
    purposes: dict[str, list[Flow]] = defaultdict(list)
    for flow in flows:
        if not flow.entities:
            continue
        outward = Boundary.THIRD_PARTY in (
            _boundary(flow.source, systems),
            _boundary(flow.target, systems),
        )
        carried = ", ".join(flow.entities)
        if flow.kind not in _INSIDE and flow.transit.status != Status.OK:
            gap = flow.transit.status == Status.GAP
            gaps.append(
                Gap(
                    control="SOC2 CC6.7",
                    subject=flow.id,
                    severity="high" if gap else "medium",
                    evidence=(*flow.transit.evidence, f"carries {carried}"),
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
        if flow.auth == "static_credential":
            gaps.append(
                Gap(
                    control="SOC2 CC6.1",
                    subject=flow.id,
                    severity="medium",
                    evidence=(
                        f"{flow.id} authenticates with a long-lived static credential",
                        f"carries {carried}",
                    ),
                    remediation=(
                        "Prefer short-lived credentials (OAuth JWT bearer or client "
                        "credentials, mTLS); otherwise rotate the key on a schedule and keep it "
                        "in a secrets manager."
                    ),
                    title="a static credential guards a personal-data flow",
                )
            )
        to_vendor = _boundary(flow.target, systems) == Boundary.THIRD_PARTY
        if flow.retention.status == Status.GAP and to_vendor:
            target = system_of(flow.target)
            gaps.append(
                Gap(
                    control="GDPR Art. 28",
                    subject=flow.id,
                    severity="medium",
                    evidence=(*flow.retention.evidence, f"carries {carried}"),
                    remediation=(
                        f"Record the processor's retention from its DPA under "
                        f"systems.{target}.retention in the estate config and check the DPA "
                        "requires deletion at the end of the service."
                    ),
                    related=("SOC2 CC9.2", "GDPR Art. 5(1)(e)"),
                    title="no retention on record for a third party receiving personal data",
                )
            )
        if system_of(flow.source) != system_of(flow.target) and flow.kind not in _INSIDE:
            purposes[system_of(flow.target)].append(flow)
    for target, received in sorted(purposes.items()):
        system = systems.get(target)
        if system and system.boundary == Boundary.THIRD_PARTY and target not in configs:
            entities = sorted({e for f in received for e in f.entities})
            gaps.append(
                Gap(
                    control="SOC2 CC9.2",
                    subject=target,
                    severity="medium",
                    evidence=(
                        *tuple(
                            f"{f.id} ({f.kind}) sends {', '.join(f.entities)}" for f in received[:5]
                        ),
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
        if system and system.kind == "unlisted_database":
            gaps.append(
                Gap(
                    control="GDPR Art. 30",
                    subject=target,
                    severity="medium",
                    evidence=(
                        *tuple(f"{f.id}: {f.source} -> {f.target}" for f in received[:5]),
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
        if not any(f.purpose for f in received):
            gaps.append(
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
            )
    return gaps


def _store_gaps(
    systems: Mapping[str, System], datasets: Sequence[Dataset], pii: Mapping[str, list[Field]]
) -> list[Gap]:
    gaps = []
    held: dict[str, list[Dataset]] = defaultdict(list)
    for d in datasets:
        if d.kind == "view":
            continue  # a view stores nothing: its tables' gaps are the ones to fix
        if d.id in pii:
            held[d.system].append(d)
        if d.id in pii and d.retention.status == Status.GAP:
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
    for sid, stores in sorted(held.items()):
        system = systems.get(sid)
        if system is None:
            continue
        gaps += _at_rest_gaps(system, stores, pii)
        unaudited = [d for d in stores if d.audit.status == Status.GAP]
        if unaudited:
            gaps.append(
                Gap(
                    control="SOC2 CC7.2",
                    subject=sid,
                    severity="medium",
                    evidence=tuple(e for d in unaudited[:5] for e in d.audit.evidence)
                    + _more(unaudited, 5),
                    remediation=_audit_fix(system),
                    related=("GDPR Art. 32",),
                    title=f"changes to personal data in {len(unaudited)} dataset(s) go unaudited",
                )
            )
        if not system.owner and system.boundary != Boundary.THIRD_PARTY:
            gaps.append(
                Gap(
                    control="GDPR Art. 30",
                    subject=sid,
                    severity="low",
                    evidence=(
                        f"{sid} holds personal data in {len(stores)} dataset(s) and names no owner",
                    ),
                    remediation=f"Set systems.{sid}.owner in the estate config.",
                    title="no owner for a store of personal data",
                )
            )
    return gaps


def _at_rest_gaps(
    system: System, stores: list[Dataset], pii: Mapping[str, list[Field]]
) -> list[Gap]:
    """One gap per system for its personal-data fields that are not shown encrypted at rest."""
    if system.at_rest.status == Status.OK:
        return []
    exposed: dict[Status, list[Field]] = defaultdict(list)
    for d in stores:
        if d.at_rest.status == Status.OK:
            continue
        for f in pii[d.id]:
            if f.at_rest.status != Status.OK:
                status = (
                    Status.GAP
                    if Status.GAP in (f.at_rest.status, d.at_rest.status, system.at_rest.status)
                    else Status.UNKNOWN
                )
                exposed[status].append(f)
    gaps = []
    for status, found in sorted(exposed.items()):
        sensitive = [f for f in found if any(_sensitive(e.entity) for e in f.entities)]
        gap = status == Status.GAP
        gaps.append(
            Gap(
                control="SOC2 CC6.1",
                subject=system.id,
                severity="high" if gap and sensitive else ("medium" if gap or sensitive else "low"),
                evidence=system.at_rest.evidence
                + tuple(
                    f"{f.id} ({', '.join(e.entity for e in f.entities)})"
                    for f in (sensitive or found)[:5]
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
        )
    return gaps


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


def sorted_gaps(gaps: Iterable[Gap]) -> list[Gap]:
    """Gaps by severity, then control and subject (the order of gaps.csv and reports)."""
    return sorted(
        gaps, key=lambda g: (SEVERITY_ORDER.get(g.severity, 9), g.control, g.subject, g.evidence)
    )
