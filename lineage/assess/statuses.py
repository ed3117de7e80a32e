"""The status of every store and flow: a dataset's retention against its oldest record, a
Salesforce object's field history as its audit trail, and a flow's retention where it lands.

Each status is ``ok``, ``gap`` or ``unknown`` with the sentences that decided it: nothing is
``ok`` without evidence, and what was not measured is ``unknown`` (docs/assessment.md).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from lineage.core.config import AccessConfig, SystemConfig
from lineage.core.dates import days, moment
from lineage.core.ids import dataset_id, dataset_of, system_of
from lineage.core.model import (
    OLDEST_RECORD_NOT_READ,
    Boundary,
    Control,
    Dataset,
    Field,
    Flow,
    Principal,
    ReadGrant,
    Status,
    System,
)

from .access import Reach, principal_reaches

#: Flows inside one store: the data does not travel, so their transit is not a finding.
INSIDE = frozenset({"view"})
#: Dataset kinds that store nothing: a view (its tables do) and an API endpoint (its database
#: does); store rules (retention, at rest, audit, owner) pass over them.
NOT_STORED = frozenset({"view", "endpoint"})


@dataclass(frozen=True)
class Assessed:
    """The estate with the statuses of its stores and flows, as the gap rules read it."""

    configs: Mapping[str, SystemConfig]
    systems: Mapping[str, System]
    datasets: Sequence[Dataset]
    flows: Sequence[Flow]
    #: The personal-data fields of each dataset, by dataset id.
    pii: Mapping[str, list[Field]]
    scanned_at: str = ""
    #: Every field, in the snapshot's order (the access rules read who may read which).
    fields: Sequence[Field] = ()
    principals: Sequence[Principal] = ()
    grants: Sequence[ReadGrant] = ()
    access: AccessConfig = field(default_factory=AccessConfig)

    def boundary(self, node: str) -> Boundary | None:
        """The boundary of the system holding ``node`` (None for a system the scan lacks)."""
        system = self.systems.get(system_of(node))
        return system.boundary if system else None

    @cached_property
    def reaches(self) -> dict[str, list[Reach]]:
        """What each principal may read, by principal id (:mod:`lineage.assess.access`)."""
        return principal_reaches(self.principals, self.grants, self.fields)

    @cached_property
    def carrying(self) -> list[Flow]:
        """The flows that carry personal data."""
        return [f for f in self.flows if f.entities]

    @cached_property
    def recipients(self) -> list[tuple[str, list[Flow]]]:
        """Each system personal data travels to from another system, by id, with the flows
        that bring it (a view's reading inside its own store is no travel)."""
        received: dict[str, list[Flow]] = defaultdict(list)
        for flow in self.carrying:
            if system_of(flow.source) != system_of(flow.target) and flow.kind not in INSIDE:
                received[system_of(flow.target)].append(flow)
        return sorted(received.items())

    @cached_property
    def stores(self) -> list[tuple[System, list[Dataset]]]:
        """Each scanned system holding personal data, by id, with the datasets that store it
        (a view stores nothing: its tables' gaps are the ones to fix)."""
        held: dict[str, list[Dataset]] = defaultdict(list)
        for d in self.datasets:
            if d.kind not in NOT_STORED and d.id in self.pii:
                held[d.system].append(d)
        return [
            (self.systems[sid], stores)
            for sid, stores in sorted(held.items())
            if sid in self.systems
        ]


def with_statuses(
    scanned_at: str,
    configs: Mapping[str, SystemConfig],
    systems: Sequence[System],
    datasets: Sequence[Dataset],
    fields: Sequence[Field],
    flows: Sequence[Flow],
) -> Assessed:
    """Datasets with their retention and audit status, flows with their retention status."""
    pii: dict[str, list[Field]] = defaultdict(list)
    for f in fields:
        if f.is_pii:
            pii[f.dataset_id].append(f)
    by_system = {s.id: s for s in systems}
    tracked = history_tracked(systems)
    assessed = []
    for d in datasets:
        held = pii.get(d.id, [])
        audit = d.audit
        system = by_system.get(d.system)
        if system and system.kind == "salesforce" and held and not audit.evidence:
            audit = history_audit(d, held, tracked.get(d.id, set()))
        retention = (
            key_retention(d, system, bool(held))
            if system and d.kind == "keys" and d.scanned and ttl_judged(d, system)
            else dataset_retention(d, bool(held), scanned_at)
            if d.kind != "endpoint"
            else Control(Status.UNKNOWN, (f"{d.id} is an API endpoint: it stores nothing",))
        )
        assessed.append(dataclasses.replace(d, retention=retention, audit=audit))
    by_dataset = {d.id: d for d in assessed}
    landed = [
        dataclasses.replace(f, retention=flow_retention(f, by_system, by_dataset, configs, pii))
        for f in flows
    ]
    return Assessed(configs, by_system, assessed, landed, pii)


def dataset_retention(dataset: Dataset, holds_pii: bool, scanned_at: str) -> Control:
    """The declared policy of ``dataset`` against its oldest record at scan time."""
    policy = dataset.retention_policy
    if not dataset.scanned:
        return Control(Status.UNKNOWN, (f"{dataset.id} was not scanned",))
    if dataset.kind == "queue":
        return queue_retention(dataset, holds_pii)
    if policy is None:
        if holds_pii:
            return Control(
                Status.GAP,
                (f"{dataset.id} holds personal data and no retention policy is declared for it",),
            )
        return Control(Status.UNKNOWN, (f"no retention policy is declared for {dataset.id}",))
    oldest = moment(dataset.oldest_record or "")
    now = moment(scanned_at)
    if dataset.oldest_record is None and dataset.oldest_record_evidence.startswith(
        OLDEST_RECORD_NOT_READ
    ):
        # The query failed (or gave no date): nothing is known of the records' age.
        return Control(
            Status.UNKNOWN,
            (f"{dataset.id}: policy {policy} declared; {dataset.oldest_record_evidence}",),
        )
    if dataset.oldest_record is not None and oldest is None:
        return Control(
            Status.UNKNOWN,
            (f"{dataset.id}: policy {policy} declared; the oldest record is not a date or time",),
        )
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


def queue_retention(dataset: Dataset, holds_pii: bool) -> Control:
    """A broker's queue: the message-ttl or expires its connector read is the policy, and the
    broker enforces it (``ok``); none is a gap only when the queue holds personal data."""
    if dataset.retention.status != Status.GAP:
        return dataset.retention
    if holds_pii:
        return Control(
            Status.GAP, (f"{dataset.id} holds personal data", *dataset.retention.evidence)
        )
    return Control(Status.UNKNOWN, dataset.retention.evidence)


def ttl_judged(dataset: Dataset, system: System) -> bool:
    """Whether a key-value dataset's retention is judged by its keys' TTLs: it has a declared
    policy, or its TTLs were read (the TTL is then the policy Redis enforces, as a queue's
    message-ttl is the broker's)."""
    return bool(dataset.retention_policy) or any(
        f.name == f"ttl.{dataset.name}.no_expiry" for f in system.facts
    )


def key_retention(dataset: Dataset, system: System, holds_pii: bool = True) -> Control:
    """A key-value store's keys' TTLs (facts ``ttl.DATASET.*`` of the redis connector), against
    the declared policy if any: a key lives at most its TTL, so every key expiring (within the
    policy) enforces retention; a key without expiry, or set to live longer, is kept beyond it.
    Without a policy, keys without expiry are a gap only when they hold personal data."""
    facts = {f.name: f for f in system.facts}
    policy = dataset.retention_policy or ""
    no_expiry = facts.get(f"ttl.{dataset.name}.no_expiry")
    longest = facts.get(f"ttl.{dataset.name}.max")
    if no_expiry is None:
        return Control(Status.UNKNOWN, (f"{dataset.id}: policy {policy} declared; no TTL read",))
    without, seen = (int(n) for n in no_expiry.value.split("/"))
    if without and not policy:
        found = (
            f"{dataset.id}: {without} of {seen} keys never expire ({no_expiry.evidence}) and no "
            "retention policy is declared for it"
        )
        if holds_pii:
            return Control(Status.GAP, (f"{dataset.id} holds personal data", found))
        return Control(Status.UNKNOWN, (found,))
    if without:
        return Control(
            Status.GAP,
            (
                f"{dataset.id}: {without} of {seen} keys never expire ({no_expiry.evidence}): "
                f"they are kept beyond the declared {policy}",
            ),
        )
    assert longest is not None
    if not policy:
        return Control(
            Status.OK,
            (
                f"{dataset.id}: every one of the {seen} keys expires, the longest TTL being "
                f"{longest.value} ({longest.evidence}); Redis removes each key when its TTL "
                "runs out (no retention policy declared)",
            ),
        )
    if days(longest.value) > days(policy):
        return Control(
            Status.GAP,
            (
                f"{dataset.id}: the longest TTL, {longest.value} ({longest.evidence}), is beyond "
                f"the declared {policy}: keys are kept longer than the policy allows",
            ),
        )
    return Control(
        Status.OK,
        (
            f"{dataset.id}: every one of the {seen} keys expires, the longest TTL being "
            f"{longest.value} ({longest.evidence}), within the declared {policy}",
        ),
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


def history_tracked(systems: Iterable[System]) -> dict[str, set[str]]:
    """The fields whose history is tracked, by dataset id, from the Salesforce connector's
    facts ``field_history.OBJECT = "A, B"``."""
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
        return _third_party_retention(sid, configs.get(sid))
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


def _third_party_retention(sid: str, cfg: SystemConfig | None) -> Control:
    """A third party's stores cannot be observed: a declared policy is ``unknown``, none a gap."""
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
