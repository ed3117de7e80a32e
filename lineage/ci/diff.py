"""What changed between two snapshots of the same estate: the quarterly re-scan's review list.

:func:`diff` compares two snapshots by id and returns a :class:`Diff` of :class:`Change` items in
a stable order; :func:`to_text`, :func:`to_json` and :func:`to_markdown` render it. Each change
says whether it adds risk (``worse``): something new that holds or receives personal data, or a
control that moved away from ``ok``; ``piimap check`` uses that to ask for a review.

>>> from lineage.core.model import Snapshot, System
>>> base = Snapshot(scanned_at="2026-01-01T00:00:00Z", piimap_version="0")
>>> new = Snapshot(scanned_at="2026-04-01T00:00:00Z", piimap_version="0",
...                systems=(System("shop", "sqlite"),))
>>> [c.description for c in diff(base, new).changes]
['new system shop (sqlite)']
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass

from lineage.assess.gaps import gap_key
from lineage.core.dates import days
from lineage.core.ids import system_of
from lineage.core.model import Boundary, Control, Field, Flow, Gap, Snapshot, Status
from lineage.graph.estate import EstateGraph

#: Every kind of change, in the order reports list them, with its section heading.
KINDS: dict[str, str] = {
    "system_added": "Systems",
    "system_removed": "Systems",
    "system_not_scanned": "Systems",
    "owner_changed": "Systems",
    "third_party_added": "Third parties",
    "third_party_removed": "Third parties",
    "dataset_added": "Datasets",
    "dataset_removed": "Datasets",
    "pii_field_added": "Personal-data fields",
    "pii_field_removed": "Personal-data fields",
    "entity_added": "Entities",
    "entity_removed": "Entities",
    "confidence_changed": "Confidence",
    "flow_added": "Flows",
    "flow_removed": "Flows",
    "flow_entity_added": "Flows",
    "flow_entity_removed": "Flows",
    "transit_changed": "Encryption in transit",
    "at_rest_changed": "Encryption at rest",
    "retention_policy_changed": "Retention",
    "retention_changed": "Retention",
    "auth_changed": "Authentication",
    "audit_changed": "Audit trail",
    "gap_added": "Gaps",
    "gap_resolved": "Gaps",
    "gap_severity_changed": "Gaps",
    "privileged_added": "Access",
    "privileged_removed": "Access",
    "access_granted": "Access",
    "access_revoked": "Access",
}
_ORDER = {kind: i for i, kind in enumerate(KINDS)}
_STATUS_RANK = {Status.OK: 0, Status.UNKNOWN: 1, Status.GAP: 2}
#: Authentication classes from strongest to weakest (flows.auth_of); others rank as unknown.
_AUTH_RANK = {"mtls": 0, "short_lived_oauth": 0, "unknown": 1, "static_credential": 2, "none": 3}
_SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2}
#: Facts the snapshot records only from this schema_version on (lineage.core.snapshot.ADDED_IN).
_ASSESSED_FROM = 2


@dataclass(frozen=True)
class Change:
    """One difference: ``subject`` is a snapshot id (system, dataset, field, flow, or a gap's
    subject); ``before``/``after`` are short values ("" when absent)."""

    kind: str
    subject: str
    before: str
    after: str
    description: str
    worse: bool

    @property
    def section(self) -> str:
        return KINDS[self.kind]


@dataclass(frozen=True)
class Side:
    """Which snapshot a side of the diff is."""

    scanned_at: str
    piimap_version: str
    schema_version: int
    label: str = ""


@dataclass(frozen=True)
class Diff:
    base: Side
    new: Side
    threshold: float
    changes: tuple[Change, ...]
    #: What was not compared, and why (an unscanned system, facts an older schema lacks).
    notes: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.changes)

    def counts(self) -> dict[str, int]:
        """Changes per kind, in :data:`KINDS` order."""
        found = Counter(c.kind for c in self.changes)
        return {kind: found[kind] for kind in KINDS if found[kind]}


def diff(
    base: EstateGraph | Snapshot,
    new: EstateGraph | Snapshot,
    confidence_threshold: float = 0.2,
    *,
    labels: tuple[str, str] = ("", ""),
) -> Diff:
    """The changes from ``base`` to ``new``; an entity's confidence change is reported when it
    moves by at least ``confidence_threshold``."""
    base, new = EstateGraph.of(base), EstateGraph.of(new)
    skipped = _unscanned(base, new)
    assessed = min(base.snapshot.schema_version, new.snapshot.schema_version) >= _ASSESSED_FROM
    changes: list[Change] = []
    changes += _systems(base, new)
    changes += _datasets(base, new, skipped, assessed)
    changes += _fields(base, new, skipped, confidence_threshold)
    changes += _flows(base, new, skipped, assessed)
    changes += _gaps(base.snapshot.gaps, new.snapshot.gaps, titled=assessed)
    unread = _access_unread(base, new, skipped)
    changes += _access(base, new, skipped | unread)
    changes.sort(key=lambda c: (_ORDER[c.kind], c.subject, c.after, c.before))
    notes = [
        f"{sid} was not scanned in {'the base' if sid in _not_scanned(base) else 'the new'} "
        "snapshot: its datasets, fields and flows are not compared"
        for sid in sorted(skipped)
    ]
    notes += [
        f"{sid}: its accounts and grants were read in only one of the snapshots: access is "
        "not compared"
        for sid in sorted(unread)
    ]
    if not assessed:
        notes.append(
            "one side is a schema_version 1 snapshot, which records no retention or audit "
            "status: those are not compared, and gaps are matched by control and subject only"
        )
    return Diff(
        base=_side(base.snapshot, labels[0]),
        new=_side(new.snapshot, labels[1]),
        threshold=confidence_threshold,
        changes=tuple(changes),
        notes=tuple(notes),
    )


def _side(snapshot: Snapshot, label: str) -> Side:
    return Side(snapshot.scanned_at, snapshot.piimap_version, snapshot.schema_version, label)


def _not_scanned(estate: EstateGraph) -> set[str]:
    return {s.id for s in estate.systems.values() if not s.scanned}


def _unscanned(base: EstateGraph, new: EstateGraph) -> set[str]:
    """Systems in both snapshots that one of them could not scan: their contents differ only
    because one side could not see them."""
    both = base.systems.keys() & new.systems.keys()
    return both & (_not_scanned(base) | _not_scanned(new))


def _change(
    kind: str, subject: str, before: str, after: str, description: str, worse: bool
) -> Change:
    return Change(kind, subject, before, after, description, worse)


def _status_change(
    kind: str, what: str, subject: str, before: Control, after: Control
) -> Iterator[Change]:
    if before.status == after.status:
        return
    why = f" ({after.evidence[0]})" if after.evidence else ""
    yield _change(
        kind,
        subject,
        before.status.value,
        after.status.value,
        f"{subject}: {what} {before.status.value} -> {after.status.value}{why}",
        _STATUS_RANK[after.status] > _STATUS_RANK[before.status],
    )


def _systems(base: EstateGraph, new: EstateGraph) -> Iterator[Change]:
    old, now = base.systems, new.systems
    for sid in now.keys() - old.keys():
        s = now[sid]
        if s.boundary == Boundary.THIRD_PARTY:
            name = f" ({s.name})" if s.name and s.name != sid else ""
            yield _change("third_party_added", sid, "", sid, f"new third party {sid}{name}", True)
        else:
            yield _change("system_added", sid, "", s.kind, f"new system {sid} ({s.kind})", True)
    for sid in old.keys() - now.keys():
        s = old[sid]
        kind = "third_party_removed" if s.boundary == Boundary.THIRD_PARTY else "system_removed"
        what = "third party" if kind == "third_party_removed" else "system"
        yield _change(kind, sid, sid, "", f"{what} {sid} is gone", False)
    for sid in old.keys() & now.keys():
        a, b = old[sid], now[sid]
        if a.scanned and not b.scanned:
            yield _change(
                "system_not_scanned",
                sid,
                "scanned",
                "not scanned",
                f"{sid} was not scanned: {b.not_scanned_reason}",
                True,
            )
        if a.owner != b.owner:
            yield _change(
                "owner_changed",
                sid,
                a.owner,
                b.owner,
                f"{sid}: owner {a.owner or '(none)'} -> {b.owner or '(none)'}",
                not b.owner,
            )
        yield from _status_change(
            "transit_changed", "encryption in transit", sid, a.transit, b.transit
        )
        yield from _status_change(
            "at_rest_changed", "encryption at rest", sid, a.at_rest, b.at_rest
        )
        if min(base.snapshot.schema_version, new.snapshot.schema_version) >= _ASSESSED_FROM:
            yield from _status_change("audit_changed", "audit trail", sid, a.audit, b.audit)


def _datasets(
    base: EstateGraph, new: EstateGraph, skipped: set[str], assessed: bool
) -> Iterator[Change]:
    old, now = base.datasets, new.datasets
    if skipped:
        old = {k: d for k, d in old.items() if d.system not in skipped}
        now = {k: d for k, d in now.items() if d.system not in skipped}
    for did in now.keys() - old.keys():
        yield _change("dataset_added", did, "", now[did].kind, f"new {now[did].kind} {did}", True)
    for did in old.keys() - now.keys():
        yield _change("dataset_removed", did, old[did].kind, "", f"{did} is gone", False)
    for did in old.keys() & now.keys():
        a, b = old[did], now[did]
        if a.retention_policy != b.retention_policy:
            yield _change(
                "retention_policy_changed",
                did,
                a.retention_policy or "",
                b.retention_policy or "",
                f"{did}: declared retention {a.retention_policy or '(none)'} -> "
                f"{b.retention_policy or '(none)'}",
                _longer(a.retention_policy, b.retention_policy),
            )
        yield from _status_change(
            "at_rest_changed", "encryption at rest", did, a.at_rest, b.at_rest
        )
        if assessed:
            yield from _status_change(
                "retention_changed", "retention", did, a.retention, b.retention
            )
            yield from _status_change("audit_changed", "audit trail", did, a.audit, b.audit)


def _longer(before: str | None, after: str | None) -> bool:
    """Is the ``after`` retention policy longer than ``before`` (none at all is the longest)?"""
    if after is None:
        return True
    if before is None:
        return False
    try:
        return days(after) > days(before)
    except ValueError:
        return True


def _entities(f: Field) -> dict[str, float]:
    return {e.entity: e.confidence for e in f.entities}


def _listing(hits: Mapping[str, float]) -> str:
    return ", ".join(f"{e} ({c:.2f})" for e, c in sorted(hits.items()))


def _fields(
    base: EstateGraph, new: EstateGraph, skipped: set[str], threshold: float
) -> Iterator[Change]:
    old, now = base.fields, new.fields
    if skipped:
        old = {k: f for k, f in old.items() if f.system not in skipped}
        now = {k: f for k, f in now.items() if f.system not in skipped}
    for fid in now.keys() - old.keys():
        if now[fid].entities:
            hits = _listing(_entities(now[fid]))
            yield _change(
                "pii_field_added", fid, "", hits, f"new personal-data field {fid}: {hits}", True
            )
    for fid in old.keys() - now.keys():
        if old[fid].entities:
            hits = _listing(_entities(old[fid]))
            yield _change(
                "pii_field_removed", fid, hits, "", f"personal-data field {fid} is gone", False
            )
    for fid in old.keys() & now.keys():
        a, b = old[fid], now[fid]
        if not (a.entities or b.entities):
            continue
        if a.entities != b.entities:
            yield from _entity_changes(fid, _entities(a), _entities(b), threshold)
        yield from _status_change(
            "at_rest_changed", "encryption at rest", fid, a.at_rest, b.at_rest
        )


def _entity_changes(
    fid: str, before: dict[str, float], after: dict[str, float], threshold: float
) -> Iterator[Change]:
    for entity in after.keys() - before.keys():
        yield _change(
            "entity_added",
            fid,
            "",
            entity,
            f"{fid} now holds {entity} ({after[entity]:.2f})",
            True,
        )
    for entity in before.keys() - after.keys():
        yield _change("entity_removed", fid, entity, "", f"{fid} no longer holds {entity}", False)
    for entity in before.keys() & after.keys():
        a, b = before[entity], after[entity]
        if abs(b - a) >= threshold - 1e-9:
            yield _change(
                "confidence_changed",
                fid,
                f"{entity} {a:.2f}",
                f"{entity} {b:.2f}",
                f"{fid}: {entity} confidence {a:.2f} -> {b:.2f}",
                False,
            )


def _flow_line(f: Flow) -> str:
    carried = f" carrying {', '.join(f.entities)}" if f.entities else ""
    return f"{f.source} -> {f.target}{carried} (transit {f.transit.status.value})"


def _flows(
    base: EstateGraph, new: EstateGraph, skipped: set[str], assessed: bool
) -> Iterator[Change]:
    def seen(f: Flow) -> bool:
        return system_of(f.source) not in skipped

    old, now = base.flows, new.flows
    for fid in now.keys() - old.keys():
        if seen(now[fid]):
            yield _change(
                "flow_added",
                fid,
                "",
                ", ".join(now[fid].entities),
                f"new flow {fid}: {_flow_line(now[fid])}",
                True,
            )
    for fid in old.keys() - now.keys():
        if seen(old[fid]):
            yield _change(
                "flow_removed", fid, ", ".join(old[fid].entities), "", f"flow {fid} is gone", False
            )
    for fid in old.keys() & now.keys():
        a, b = old[fid], now[fid]
        for entity in sorted(set(b.entities) - set(a.entities)):
            yield _change("flow_entity_added", fid, "", entity, f"{fid} now carries {entity}", True)
        for entity in sorted(set(a.entities) - set(b.entities)):
            yield _change(
                "flow_entity_removed", fid, entity, "", f"{fid} no longer carries {entity}", False
            )
        yield from _status_change(
            "transit_changed", "encryption in transit", fid, a.transit, b.transit
        )
        if a.auth != b.auth:
            yield _change(
                "auth_changed",
                fid,
                a.auth,
                b.auth,
                f"{fid}: authentication {a.auth} -> {b.auth}",
                _AUTH_RANK.get(b.auth, 1) > _AUTH_RANK.get(a.auth, 1),
            )
        if assessed:
            yield from _status_change(
                "retention_changed", "retention", fid, a.retention, b.retention
            )


def _access_unread(base: EstateGraph, new: EstateGraph, skipped: set[str]) -> set[str]:
    """Systems in both snapshots whose principals only one side records (an older schema, a
    grant catalog the scan role could not read): their access differs only in what was read."""
    old = {p.system for p in base.snapshot.principals}
    now = {p.system for p in new.snapshot.principals}
    both = base.systems.keys() & new.systems.keys()
    return (both & (old ^ now)) - skipped


def _readable(estate: EstateGraph, skipped: set[str]) -> dict[tuple[str, str], list[str]]:
    """The personal-data fields each principal may read, by (principal id, dataset id)."""
    from lineage.graph.access import reaches

    found: dict[tuple[str, str], list[str]] = {}
    for pid, held in reaches(estate).items():
        for r in held:
            if r.field.system not in skipped:
                found.setdefault((pid, r.field.dataset_id), []).append(r.field.name)
    return found


def _access(base: EstateGraph, new: EstateGraph, skipped: set[str]) -> Iterator[Change]:
    """Privileged accounts that appeared or went, and read access to personal data granted
    or revoked, per principal and dataset (a field more or less on a dataset counts)."""
    old = {p.id: p for p in base.snapshot.principals if p.system not in skipped}
    now = {p.id: p for p in new.snapshot.principals if p.system not in skipped}
    for pid in sorted(now.keys() | old.keys()):
        a, b = old.get(pid), now.get(pid)
        if b is not None and b.privileged and not (a and a.privileged):
            yield _change(
                "privileged_added",
                pid,
                "",
                b.privileged_reason,
                f"{'new privileged' if a is None else 'now privileged'} {b.kind} {pid}: "
                f"{b.privileged_reason}",
                True,
            )
        if a is not None and a.privileged and not (b and b.privileged):
            what = "is gone" if b is None else "is no longer privileged"
            yield _change(
                "privileged_removed", pid, a.privileged_reason, "", f"{pid} {what}", False
            )
    before, after = _readable(base, skipped), _readable(new, skipped)
    for key in sorted(before.keys() | after.keys()):
        pid, did = key
        was, is_ = set(before.get(key, ())), set(after.get(key, ()))
        if is_ - was:
            fields = sorted(is_ - was)
            yield _change(
                "access_granted",
                pid,
                "",
                did,
                f"{pid} can now read {did} ({', '.join(fields)})",
                True,
            )
        if was - is_:
            fields = sorted(was - is_)
            yield _change(
                "access_revoked",
                pid,
                did,
                "",
                f"{pid} can no longer read {did} ({', '.join(fields)})",
                False,
            )


def _gaps(base: Iterable[Gap], new: Iterable[Gap], *, titled: bool) -> Iterator[Change]:
    """Gaps matched by :func:`gap_key`: their evidence (counts, ages) may change from one scan
    to the next without the finding changing."""
    old = {gap_key(g, titled): g for g in base}
    now = {gap_key(g, titled): g for g in new}
    for key in now.keys() - old.keys():
        g = now[key]
        what = g.title or (g.evidence[0] if g.evidence else "")
        yield _change(
            "gap_added",
            g.subject,
            "",
            f"{g.control} ({g.severity})",
            f"new gap {g.control} ({g.severity}) on {g.subject}: {what}",
            True,
        )
    for key in old.keys() - now.keys():
        g = old[key]
        what = g.title or (g.evidence[0] if g.evidence else "")
        yield _change(
            "gap_resolved",
            g.subject,
            f"{g.control} ({g.severity})",
            "",
            f"gap {g.control} on {g.subject} is resolved: {what}",
            False,
        )
    for key in old.keys() & now.keys():
        a, b = old[key], now[key]
        if a.severity != b.severity:
            yield _change(
                "gap_severity_changed",
                b.subject,
                f"{a.control} ({a.severity})",
                f"{b.control} ({b.severity})",
                f"gap {b.control} on {b.subject}: severity {a.severity} -> {b.severity}",
                _SEVERITY_RANK.get(b.severity, 1) > _SEVERITY_RANK.get(a.severity, 1),
            )


# --- rendering -----------------------------------------------------------------------------


def _name(side: Side) -> str:
    label = f"{side.label} " if side.label else ""
    return f"{label}(scanned {side.scanned_at})"


def _mark(change: Change) -> str:
    if change.kind.endswith(("_added", "_not_scanned")):
        return "+"
    if change.kind.endswith(("_removed", "_resolved")):
        return "-"
    return "~"


def _sections(changes: Iterable[Change]) -> dict[str, list[Change]]:
    grouped: dict[str, list[Change]] = {}
    for change in changes:
        grouped.setdefault(change.section, []).append(change)
    return grouped


def summary(d: Diff) -> str:
    """One line: how many changes, and how many add risk."""
    if not d.changes:
        return "no changes"
    worse = sum(1 for c in d.changes if c.worse)
    return f"{len(d.changes)} change(s), {worse} adding risk"


def to_text(d: Diff) -> str:
    """Plain text for a terminal or a CI log: ``+`` added, ``-`` removed, ``~`` changed, ``!``
    marks a change that adds risk."""
    lines = [f"piimap diff: {_name(d.base)} -> {_name(d.new)}: {summary(d)}"]
    for section, changes in _sections(d.changes).items():
        lines.append(f"{section}:")
        lines += [f"  {_mark(c)}{'!' if c.worse else ' '} {c.description}" for c in changes]
    lines += [f"note: {n}" for n in d.notes]
    return "\n".join(lines) + "\n"


def to_dict(d: Diff) -> dict[str, object]:
    return {
        "base": asdict(d.base),
        "new": asdict(d.new),
        "confidence_threshold": d.threshold,
        "counts": d.counts(),
        "changes": [asdict(c) for c in d.changes],
        "notes": list(d.notes),
    }


def to_json(d: Diff) -> str:
    """Deterministic JSON: the same two snapshots give the same bytes."""
    return json.dumps(to_dict(d), indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def _md(text: str) -> str:
    """Text safe inside a Markdown list item or table cell (no HTML, no table breaks)."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("`", "'")


def to_markdown(d: Diff, *, per_section: int = 50) -> str:
    """Markdown for a pull-request or issue comment: a count per kind, then each section's
    changes (at most ``per_section`` each, so the comment stays within a forge's size limit)."""
    lines = [
        f"### piimap diff: {summary(d)}",
        "",
        f"Base {_md(_name(d.base))}, new {_md(_name(d.new))}; confidence changes of "
        f"{d.threshold:.2f} or more.",
        "",
    ]
    if d.changes:
        lines += ["| change | count |", "|---|---:|"]
        lines += [f"| {kind.replace('_', ' ')} | {n} |" for kind, n in d.counts().items()]
        lines.append("")
    for section, changes in _sections(d.changes).items():
        lines += [f"#### {section}", ""]
        for c in changes[:per_section]:
            flag = " **adds risk**" if c.worse else ""
            lines.append(f"- {_mark(c)} {_md(c.description)}{flag}")
        if len(changes) > per_section:
            lines.append(f"- ... and {len(changes) - per_section} more (see the JSON diff)")
        lines.append("")
    for note in d.notes:
        lines.append(f"> {_md(note)}")
    return "\n".join(lines).rstrip("\n") + "\n"
