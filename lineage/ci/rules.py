"""The rules of a policy (lineage.ci.policy) applied to a snapshot: one function per rule, each
returning the subjects it checked and the violations it found.

A violation's ``fingerprint`` (rule, subject and a key that says what is wrong, never a count or
an age) is what a baseline accepts, so the same finding in next quarter's scan is recognised
while a new or worse one is not.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from fnmatch import fnmatchcase

from connectors.api.endpoints import ENDPOINT, is_parameter
from lineage.assess.gaps import gap_key
from lineage.core.dates import days, moment
from lineage.core.ids import system_of
from lineage.core.model import Boundary, Field, Snapshot, Status
from lineage.core.review import AccessReview
from lineage.graph.estate import EstateGraph

from .baseline import Baseline
from .diff import KINDS, diff
from .policy import (
    AccessRule,
    ApiRule,
    BannedFlow,
    ChangesRule,
    EncryptionRule,
    GapsRule,
    LoadedPolicy,
    RetentionRule,
    ScanRule,
    ThirdPartiesRule,
    matches,
)

#: Every rule: its id (the policy key), a name for SARIF and a one-line description.
RULES: dict[str, tuple[str, str]] = {
    "third_parties": (
        "ThirdPartyNotAllowed",
        "Personal data goes only to the third parties the policy allows for it.",
    ),
    "transit": (
        "TransitEncryptionRequired",
        "Flows carrying the selected personal data are encrypted in transit.",
    ),
    "at_rest": (
        "AtRestEncryptionRequired",
        "Fields holding the selected personal data are encrypted at rest.",
    ),
    "retention": ("RetentionTooLong", "Personal data is kept no longer than the policy's maximum."),
    "banned_flows": ("BannedFlow", "Personal data never reaches a node the policy bans it from."),
    "owners": ("OwnerRequired", "Every system holding personal data names an owner."),
    "gaps": ("AssessmentGap", "The assessment's gaps of the listed severities."),
    "changes": (
        "UnreviewedChange",
        "Changes since the baseline that add risk are accepted or allowed.",
    ),
    "access": (
        "AccessPolicy",
        "Privileged accounts are used, full admins few, integrations read only what they may, "
        "and the access review is recent.",
    ),
    "access_review": (
        "AccessReviewed",
        "Access to personal data is what the last accepted access review decided.",
    ),
    "api": (
        "ApiExposure",
        "API operations return only the personal data the policy allows for them.",
    ),
    "scan": ("PartialScan", "Every system and dataset of the estate was scanned."),
}


@dataclass(frozen=True)
class Violation:
    """One finding: ``level`` ``error`` fails the check, ``warning`` does not; ``accepted`` is
    the baseline's justification when a baseline accepted the same finding."""

    rule: str
    subject: str
    key: str
    message: str
    severity: str
    level: str
    evidence: tuple[str, ...] = ()
    #: The policy key that asked for this (e.g. ``retention.max.EMAIL_ADDRESS``) and its line.
    where: str = ""
    line: int | None = None
    accepted: str = ""

    @property
    def fingerprint(self) -> str:
        return f"{self.rule}|{self.subject}|{self.key}"

    @property
    def fails(self) -> bool:
        return self.level == "error" and not self.accepted


@dataclass(frozen=True)
class RuleOutcome:
    rule: str
    #: What the rule asks, as configured ("EMAIL_ADDRESS to klaviyo, crm.*; ...").
    description: str
    checked: tuple[str, ...]
    line: int | None = None


@dataclass(frozen=True)
class CheckResult:
    policy: str
    policy_sha256: str
    scanned_at: str
    rules: tuple[RuleOutcome, ...]
    violations: tuple[Violation, ...]
    #: Findings the baseline accepted that are gone now (their messages).
    resolved: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    baseline: str = ""

    @property
    def failures(self) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if v.fails)

    @property
    def passed(self) -> bool:
        return not self.failures


@dataclass
class _Out:
    checked: list[str] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)


def _names(f: Field) -> set[str]:
    return {e.entity for e in f.entities}


def _node_matches(pattern: str, node: str) -> bool:
    """``crm`` matches the system and everything in it; ``crm/Contact*`` a dataset glob."""
    return (
        fnmatchcase(node, pattern)
        or fnmatchcase(system_of(node), pattern)
        or (node.startswith(pattern + "/"))
    )


def _level(on: str) -> str:
    return "error" if on == "fail" else "warning"


def check(
    estate: EstateGraph | Snapshot, loaded: LoadedPolicy, baseline: Baseline | None = None
) -> CheckResult:
    """Apply the policy to an estate; with a baseline, findings it accepted do not fail and
    changes since its snapshot are reviewed (``changes:``)."""
    policy = loaded.policy
    estate = EstateGraph.of(estate)
    snapshot = estate.snapshot
    notes: list[str] = []
    outcomes: list[RuleOutcome] = []
    violations: list[Violation] = []

    def run(rule: str, description: str, out: _Out) -> None:
        outcomes.append(
            RuleOutcome(rule, description, tuple(dict.fromkeys(out.checked)), loaded.line((rule,)))
        )
        for v in out.violations:
            where = tuple(v.where.split(".")) if v.where else (rule,)
            violations.append(dataclasses.replace(v, line=loaded.line(where)))

    if policy.third_parties is not None:
        rule = policy.third_parties
        run("third_parties", _allowed_text(rule), _third_parties(estate, rule))
    if policy.transit is not None:
        run("transit", _encryption_text(policy.transit), _transit(estate, policy.transit))
    if policy.at_rest is not None:
        run("at_rest", _encryption_text(policy.at_rest), _at_rest(estate, policy.at_rest))
    if policy.retention is not None:
        run("retention", _retention_text(policy.retention), _retention(estate, policy.retention))
    if policy.banned_flows:
        text = "; ".join(f"{', '.join(b.entities)} never to {b.to}" for b in policy.banned_flows)
        run("banned_flows", text, _banned(estate, policy.banned_flows))
    if policy.owners is not None and policy.owners.required_for_pii:
        run("owners", "an owner for every system holding personal data", _owners(estate))
    if policy.gaps is not None and (policy.gaps.fail_on or policy.gaps.warn_on):
        run("gaps", _gaps_text(policy.gaps), _gaps(estate, policy.gaps))
    review = baseline.review if baseline is not None else None
    if policy.changes is not None:
        if baseline is None:
            notes.append("changes: not reviewed, as no baseline was given (--baseline)")
        else:
            out, allowed = _changes(
                baseline.snapshot, estate, policy.changes, access=review is None
            )
            run("changes", f"changes since the baseline of {baseline.snapshot.scanned_at}", out)
            if allowed:
                notes.append(f"changes: {allowed} change(s) since the baseline allowed by policy")
            if review is not None:
                notes.append(
                    f"changes: access is judged against the {review.describe()} "
                    "(access_review), not against the baseline's snapshot"
                )
    if policy.access is not None:
        run("access", _access_text(policy.access), _access(estate, policy.access, baseline))
    if review is not None:
        run(
            "access_review", f"access as the {review.describe()} decided", _reviewed(estate, review)
        )
    if policy.api is not None and policy.api.allowed:
        text = "; ".join(f"{k}: {', '.join(v) or 'none'}" for k, v in policy.api.allowed.items())
        run("api", f"API operations return only {text}", _api(estate, policy.api))
    if policy.scan.partial != "ignore":
        run("scan", "a complete scan", _partial(estate, policy.scan))
    notes += _unknown_systems(estate, loaded)
    resolved: list[str] = []
    if baseline is not None:
        violations, resolved = _apply_baseline(violations, baseline)
        accepted_with = baseline.current.policy_sha256
        if accepted_with and accepted_with != loaded.sha256:
            notes.append(
                f"the policy changed since the baseline was accepted with "
                f"{baseline.current.policy} (sha256 differs): findings of new or changed rules "
                "are not accepted yet"
            )
    order = {rule: i for i, rule in enumerate(RULES)}
    violations.sort(key=lambda v: (order[v.rule], v.subject, v.key))
    return CheckResult(
        policy=str(loaded.path),
        policy_sha256=loaded.sha256,
        scanned_at=snapshot.scanned_at,
        rules=tuple(outcomes),
        violations=tuple(violations),
        resolved=tuple(resolved),
        notes=tuple(notes),
        baseline=baseline.describe() if baseline is not None else "",
    )


def _apply_baseline(
    violations: list[Violation], baseline: Baseline
) -> tuple[list[Violation], list[str]]:
    accepted = baseline.violations
    current = {v.fingerprint for v in violations}
    marked = [
        dataclasses.replace(v, accepted=baseline.justification())
        if v.fingerprint in accepted
        else v
        for v in violations
    ]
    gone = [
        f"{fp.split('|')[0]} {fp.split('|')[1]}: {accepted[fp]}"
        for fp in sorted(accepted)
        if fp not in current
    ]
    return marked, gone


# --- the rules -----------------------------------------------------------------------------


def _third_parties(estate: EstateGraph, rule: ThirdPartiesRule) -> _Out:
    out = _Out()
    for flow in estate.snapshot.flows:
        if not flow.entities or not estate.third_party(flow.target):
            continue
        out.checked.append(flow.id)
        recipient = system_of(flow.target)
        refused: dict[str, list[str]] = {}
        for entity in flow.entities:
            governing = [sel for sel in rule.allowed if matches(sel, entity)]
            allowed = [r for sel in governing for r in rule.allowed[sel]]
            if governing and not any(fnmatchcase(recipient, r) for r in allowed):
                refused[entity] = governing
        if refused:
            selectors = sorted({s for sels in refused.values() for s in sels})
            out.violations.append(
                Violation(
                    "third_parties",
                    flow.id,
                    f"{recipient}:{'+'.join(sorted(refused))}",
                    f"{flow.source} -> {recipient} sends {', '.join(sorted(refused))}; "
                    f"third_parties.allowed does not list {recipient} for "
                    f"{', '.join(selectors)}",
                    "high",
                    "error",
                    flow.evidence[:3],
                    where=f"third_parties.allowed.{selectors[0]}",
                )
            )
    return out


def _selected(
    entities: Iterable[str], selectors: list[str], *, with_pan: bool = False
) -> list[str]:
    return sorted(
        {e for e in entities if any(matches(s, e, stored_with_pan=with_pan) for s in selectors)}
    )


def _transit(estate: EstateGraph, rule: EncryptionRule) -> _Out:
    out = _Out()
    for flow in estate.snapshot.flows:
        if system_of(flow.source) == system_of(flow.target):
            continue  # inside one system (a view, a job in one database): nothing travels
        selected = _selected(flow.entities, rule.require_encryption_for)
        if not selected:
            continue
        out.checked.append(flow.id)
        status = flow.transit.status
        if status == Status.OK or (status == Status.UNKNOWN and rule.unknown == "ignore"):
            continue
        gap = status == Status.GAP
        out.violations.append(
            Violation(
                "transit",
                flow.id,
                status.value,
                f"{flow.source} -> {flow.target} carries {', '.join(selected)} "
                + ("unencrypted" if gap else "without proven encryption in transit"),
                "high" if gap else "medium",
                "error" if gap else _level(rule.unknown),
                flow.transit.evidence[:3],
                where="transit.require_encryption_for",
            )
        )
    return out


def _at_rest(estate: EstateGraph, rule: EncryptionRule) -> _Out:
    out = _Out()
    for did, fields in estate.pii.items():
        dataset, system = estate.datasets.get(did), estate.systems.get(fields[0].system)
        for f in fields:
            selected = _selected(
                _names(f), rule.require_encryption_for, with_pan=did in estate.with_pan
            )
            if not selected:
                continue
            out.checked.append(f.id)
            # The field's own evidence first, then its dataset's, then its system's.
            control = next(
                (
                    c
                    for c in (f.at_rest, dataset and dataset.at_rest, system and system.at_rest)
                    if c and c.status != Status.UNKNOWN
                ),
                f.at_rest,
            )
            if control.status == Status.OK or (
                control.status == Status.UNKNOWN and rule.unknown == "ignore"
            ):
                continue
            gap = control.status == Status.GAP
            out.violations.append(
                Violation(
                    "at_rest",
                    f.id,
                    control.status.value,
                    f"{f.id} holds {', '.join(selected)} "
                    + ("unencrypted at rest" if gap else "without proven encryption at rest"),
                    "high" if gap else "medium",
                    "error" if gap else _level(rule.unknown),
                    control.evidence[:3],
                    where="at_rest.require_encryption_for",
                )
            )
    return out


def _age_days(oldest: str, scanned_at: str) -> float | None:
    then, now = moment(oldest), moment(scanned_at)
    return None if then is None or now is None else (now - then).total_seconds() / 86400


def _retention(estate: EstateGraph, rule: RetentionRule) -> _Out:
    out = _Out()
    for did, fields in sorted(estate.pii.items()):
        dataset = estate.datasets.get(did)
        if dataset is None or not dataset.scanned:
            continue
        held = {e for f in fields for e in _names(f)}
        limits = [
            (days(d), d, f"retention.max.{sel}")
            for sel, d in rule.max.items()
            if any(matches(sel, e) for e in held)
        ]
        limits += [
            (days(d), d, f"retention.systems.{sid}")
            for sid, d in rule.systems.items()
            if fnmatchcase(dataset.system, sid)
        ]
        if not limits:
            continue
        out.checked.append(did)
        limit, text, where = min(limits)
        declared = dataset.retention_policy

        found: list[tuple[str, str, str, str, str]] = []  # key, message, severity, level, evidence
        if declared is None:
            if rule.undeclared != "ignore":
                found.append(
                    (
                        "undeclared",
                        f"{did} declares no retention policy; {where} allows at most {text}",
                        "medium",
                        _level(rule.undeclared),
                        f"no retention for {did} in the estate config",
                    )
                )
        elif days(declared) > limit:
            found.append(
                (
                    "declared",
                    f"{did} declares retention {declared}, longer than the {text} {where} allows",
                    "high",
                    "error",
                    f"declared {declared} in the estate config",
                )
            )
        age = _age_days(dataset.oldest_record or "", estate.snapshot.scanned_at)
        if age is not None and age > limit:
            found.append(
                (
                    "oldest",
                    f"{did} keeps records {age:.0f} days old, beyond the {text} {where} allows",
                    "high",
                    "error",
                    dataset.oldest_record_evidence or f"oldest record {dataset.oldest_record}",
                )
            )
        out.violations += [
            Violation("retention", did, key, message, severity, level, (evidence,), where=where)
            for key, message, severity, level, evidence in found
        ]  # fmt: skip
    return out


def _banned(estate: EstateGraph, banned: list[BannedFlow]) -> _Out:
    out = _Out()
    for i, entry in enumerate(banned):
        why = f": {entry.reason}" if entry.reason else ""
        for flow in estate.snapshot.flows:
            if not _node_matches(entry.to, flow.target):
                continue
            if entry.source is not None and not _node_matches(entry.source, flow.source):
                continue
            out.checked.append(flow.id)
            selected = _selected(flow.entities, entry.entities)
            if selected:
                out.violations.append(
                    Violation(
                        "banned_flows",
                        flow.id,
                        f"{entry.to}:{'+'.join(selected)}",
                        f"{flow.source} -> {flow.target} carries {', '.join(selected)}, "
                        f"banned from {entry.to}{why}",
                        "high",
                        "error",
                        flow.evidence[:3],
                        where=f"banned_flows.{i}",
                    )
                )
        if entry.source is not None:
            continue  # data found at rest cannot say where it came from
        for did, fields in estate.pii.items():
            for f in fields:
                if not _node_matches(entry.to, f.id):
                    continue
                out.checked.append(f.id)
                selected = _selected(_names(f), entry.entities, with_pan=did in estate.with_pan)
                if selected:
                    out.violations.append(
                        Violation(
                            "banned_flows",
                            f.id,
                            f"{entry.to}:stored:{'+'.join(selected)}",
                            f"{f.id} holds {', '.join(selected)}, banned from {entry.to}{why}",
                            "high",
                            "error",
                            tuple(e.explanation for e in f.entities if e.explanation)[:2],
                            where=f"banned_flows.{i}",
                        )
                    )
    return out


def _api(estate: EstateGraph, rule: ApiRule) -> _Out:
    """Each API operation a pattern of ``api.allowed`` matches returns only what it allows."""
    out = _Out()
    for d in estate.snapshot.datasets:
        if d.kind != ENDPOINT:
            continue
        title = d.comment.split(": ", 1)[0] if d.comment else d.name
        names = {d.name, title, title.split(" ", 1)[-1]}
        pattern = next((p for p in rule.allowed if any(fnmatchcase(n, p) for n in names)), None)
        if pattern is None:
            continue
        out.checked.append(d.id)
        returned = {
            e: f.name
            for f in estate.pii.get(d.id, ())
            if not is_parameter(f.name)
            for e in sorted(_names(f))
        }
        allowed = rule.allowed[pattern]
        for entity, value in sorted(returned.items()):
            if any(matches(sel, entity) for sel in allowed):
                continue
            out.violations.append(
                Violation(
                    "api",
                    d.id,
                    f"returns:{entity}",
                    f"{title} returns {entity} ({value}); api.allowed {pattern!r} allows "
                    f"{', '.join(allowed) or 'no personal data'}",
                    "high",
                    "error",
                    (d.comment or d.name,),
                    where="api.allowed",
                )
            )
    return out


def _owners(estate: EstateGraph) -> _Out:
    out = _Out()
    stores: dict[str, list[str]] = defaultdict(list)
    for did, fields in estate.pii.items():
        stores[fields[0].system].append(did)
    for sid in sorted(stores):
        system = estate.systems.get(sid)
        if system is None or system.boundary == Boundary.THIRD_PARTY:
            continue
        out.checked.append(sid)
        if not system.owner:
            datasets = sorted(stores[sid])
            out.violations.append(
                Violation(
                    "owners",
                    sid,
                    "no_owner",
                    f"{sid} holds personal data in {len(datasets)} dataset(s) and names no owner",
                    "medium",
                    "error",
                    tuple(datasets[:5]),
                    where="owners.required_for_pii",
                )
            )
    return out


def _gaps(estate: EstateGraph, rule: GapsRule) -> _Out:
    out = _Out()
    for gap in estate.snapshot.gaps:
        level = (
            "error"
            if gap.severity in rule.fail_on
            else "warning"
            if gap.severity in rule.warn_on
            else None
        )
        if level is None:
            continue
        out.checked.append(gap.subject)
        title = gap.title or (gap.evidence[0] if gap.evidence else gap.control)
        out.violations.append(
            Violation(
                "gaps",
                gap.subject,
                ":".join(gap_key(gap)[::2]),
                f"{gap.control} ({gap.severity}): {title}",
                gap.severity,
                level,
                gap.evidence[:3],
                where="gaps.fail_on" if level == "error" else "gaps.warn_on",
            )
        )
    return out


def _changes(
    base: Snapshot, new: EstateGraph, rule: ChangesRule, *, access: bool = True
) -> tuple[_Out, int]:
    """The changes since ``base`` to review; access changes only when ``access`` (with an
    accepted access review, :func:`_reviewed` judges access against it instead)."""
    out, allowed = _Out(), 0
    for change in diff(base, new, rule.confidence_threshold).changes:
        if change.kind not in rule.review or not change.worse:
            continue
        if not access and KINDS[change.kind] == "Access":
            continue
        out.checked.append(change.subject)
        if any(
            a.kind in ("*", change.kind) and fnmatchcase(change.subject, a.subject)
            for a in rule.allow
        ):
            allowed += 1
            continue
        out.violations.append(
            Violation(
                "changes",
                change.subject,
                f"{change.kind}:{change.after}",
                f"not in the baseline: {change.description}",
                "medium",
                "error",
                (f"{change.kind}: {change.before or '(none)'} -> {change.after or '(none)'}",),
                where="changes.review",
            )
        )
    return out, allowed


def _access(estate: EstateGraph, rule: AccessRule, baseline: Baseline | None) -> _Out:
    """The policy's ``access:`` rules: the scan's own gap rules (dormant privileged accounts,
    too many full admins) held to the policy's thresholds, integrations reading what the
    policy does not allow them, and an access review older than ``review_every``."""
    from lineage.assess import access_gaps
    from lineage.assess.statuses import Assessed
    from lineage.core.config import AccessConfig

    out = _Out()
    snapshot = estate.snapshot
    out.checked += [p.id for p in snapshot.principals]
    thresholds = AccessConfig(
        dormant_days=rule.dormant_days or AccessConfig().dormant_days,
        max_full_admins=AccessConfig().max_full_admins
        if rule.max_full_admins is None
        else rule.max_full_admins,
    )
    assessed = Assessed(
        configs={},
        systems=estate.systems,
        datasets=(),
        flows=(),
        pii={},
        scanned_at=snapshot.scanned_at,
        fields=snapshot.fields,
        principals=snapshot.principals,
        grants=snapshot.grants,
        access=thresholds,
    )
    judged = []
    if rule.dormant_days is not None:
        judged += [(g, "access.dormant_days") for g in access_gaps.dormant_privileged(assessed)]
    if rule.max_full_admins is not None:
        judged += [(g, "access.max_full_admins") for g in access_gaps.too_many_admins(assessed)]
    for gap, where in judged:
        out.violations.append(
            Violation(
                "access",
                gap.subject,
                gap.title,
                f"{gap.title}: {gap.evidence[0]}" if gap.evidence else gap.title,
                gap.severity,
                "warning" if gap.severity == "low" else "error",
                gap.evidence[1:4],
                where=where,
            )
        )
    if rule.allowed_integrations:
        out.violations += _integrations(estate, rule)
    if rule.review_every is not None:
        out.violations += _review_age(snapshot, rule.review_every, baseline)
    return out


#: Principals ``access.allowed_integrations`` governs: integrations' accounts and API keys.
_INTEGRATION_KINDS = ("integration", "api_key")


def _integrations(estate: EstateGraph, rule: AccessRule) -> Iterator[Violation]:
    from lineage.assess.access_gaps import login_name
    from lineage.graph.access import reaches

    found = reaches(estate)
    for p in estate.snapshot.principals:
        if p.kind not in _INTEGRATION_KINDS:
            continue
        # As access.csv writes it, its user part ('app'@'%', woocommerce:app), system/name.
        names = (p.name, login_name(p.name), p.name.split(":", 1)[-1], f"{p.system}/{p.name}")
        refused: dict[str, list[str]] = defaultdict(list)
        evidence: list[str] = []
        for reach in found.get(p.id, []):
            for hit in reach.field.entities:
                governing = [sel for sel in rule.allowed_integrations if matches(sel, hit.entity)]
                allowed = [g for sel in governing for g in rule.allowed_integrations[sel]]
                if governing and not any(fnmatchcase(n, g) for n in names for g in allowed):
                    if hit.entity not in refused:
                        evidence.append(f"reads {reach.field.id}: {reach.evidence()}")
                    refused[hit.entity] = governing
        if refused:
            selectors = sorted({s for sels in refused.values() for s in sels})
            yield Violation(
                "access",
                f"{p.system}/@{p.name}",
                f"integration:{'+'.join(sorted(refused))}",
                f"{p.kind} {p.system}/@{p.name} can read {', '.join(sorted(refused))}; "
                f"access.allowed_integrations does not list it for {', '.join(selectors)}",
                "high",
                "error",
                tuple(evidence[:3]),
                where=f"access.allowed_integrations.{selectors[0]}",
            )


def _review_age(snapshot: Snapshot, every: str, baseline: Baseline | None) -> list[Violation]:
    review = baseline.review if baseline is not None else None
    age = _age_days(review.accepted_at, snapshot.scanned_at) if review is not None else None
    if review is not None and age is not None and age <= days(every):
        return []
    message = (
        f"no access review accepted in the baseline; access.review_every asks for one every "
        f"{every} (piimap access-review)"
        if review is None
        else f"the last access review was accepted {age:.0f} days before the scan, longer than "
        f"access.review_every ({every}) allows"
    )
    evidence = (review.describe(),) if review is not None else ()
    # Keyed by the scan's day: accepting it once does not excuse the next quarter's scan.
    return [
        Violation(
            "access",
            "access-review",
            f"review_overdue:{snapshot.scanned_at[:10]}",
            message,
            "medium",
            "error",
            evidence,
            where="access.review_every",
        )
    ]


def _reviewed(estate: EstateGraph, review: AccessReview) -> _Out:
    from .review import findings

    out = _Out()
    out.checked += [p.id for p in review.principals]
    out.violations += [
        Violation(
            "access_review",
            f.subject,
            f.key,
            f.message,
            f.severity,
            "error",
            f.evidence,
        )
        for f in findings(review, estate)
    ]
    return out


def _partial(estate: EstateGraph, rule: ScanRule) -> _Out:
    out = _Out()
    out.checked += [s.id for s in estate.snapshot.systems if s.boundary != Boundary.THIRD_PARTY]
    for issue in estate.snapshot.issues:
        out.violations.append(
            Violation(
                "scan",
                issue.subject,
                issue.kind,
                f"{issue.subject} was not scanned: {issue.message}",
                "high",
                _level(rule.partial),
                where="scan.partial",
            )
        )
    return out


def _unknown_systems(estate: EstateGraph, loaded: LoadedPolicy) -> Iterator[str]:
    """Policy entries naming a system the snapshot lacks: most likely a typo."""
    policy = loaded.policy
    named: list[tuple[str, str]] = []
    if policy.third_parties is not None:
        named += [
            (r, f"third_parties.allowed.{sel}")
            for sel, rs in policy.third_parties.allowed.items()
            for r in rs
        ]
    if policy.retention is not None:
        named += [(sid, "retention.systems") for sid in policy.retention.systems]
    for i, entry in enumerate(policy.banned_flows):
        named += [(system_of(n), f"banned_flows.{i}") for n in (entry.to, entry.source) if n]
    known = list(estate.systems)
    for name, where in named:
        if any(ch in name for ch in "*?[") or name in estate.systems:
            continue
        close = difflib.get_close_matches(name, known, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        yield f"{where}: no system {name!r} in the snapshot{hint}"


# --- descriptions of the rules as configured ------------------------------------------------


def _allowed_text(rule: ThirdPartiesRule) -> str:
    return "; ".join(
        f"{sel} only to {', '.join(rs) or 'nobody'}" for sel, rs in rule.allowed.items()
    )


def _encryption_text(rule: EncryptionRule) -> str:
    return f"required for {', '.join(rule.require_encryption_for)} (unknown: {rule.unknown})"


def _retention_text(rule: RetentionRule) -> str:
    parts = [f"{sel} at most {d}" for sel, d in rule.max.items()]
    parts += [f"system {sid} at most {d}" for sid, d in rule.systems.items()]
    return "; ".join(parts) + f" (undeclared: {rule.undeclared})"


def _access_text(rule: AccessRule) -> str:
    parts = []
    if rule.dormant_days is not None:
        parts.append(f"privileged accounts used within {rule.dormant_days} days")
    if rule.max_full_admins is not None:
        parts.append(f"at most {rule.max_full_admins} full admins per system")
    parts += [
        f"{sel} read by integrations {', '.join(names) or 'none'} only"
        for sel, names in rule.allowed_integrations.items()
    ]
    if rule.review_every is not None:
        parts.append(f"an access review accepted every {rule.review_every}")
    return "; ".join(parts) or "no access rule set"


def _gaps_text(rule: GapsRule) -> str:
    text = f"fail on {', '.join(rule.fail_on) or 'none'}"
    return text + (f", warn on {', '.join(rule.warn_on)}" if rule.warn_on else "")


def fingerprint_hash(v: Violation) -> str:
    """A short stable hash of the fingerprint (SARIF partialFingerprints)."""
    return hashlib.sha256(v.fingerprint.encode()).hexdigest()[:32]
