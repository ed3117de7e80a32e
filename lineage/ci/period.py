"""Operating effectiveness over an audit period (SOC 2 Type II): the control matrix of every
scan of the window side by side, the life of every gap, the changes between consecutive scans
and whether every calendar quarter of the window has a scan.

:func:`period` is a pure function of the scans (each a snapshot with where it came from and
whether its bundle verified); :func:`to_dict` is ``period.json``, which the workbook and the
page are rendered from (:mod:`lineage.export.period`). Days are calendar days between the
scans' dates (UTC): a gap "closed by" a scan was last seen by the scan before it, so its open
days run from the scan that first found it to the first scan that no longer did.

>>> from lineage.core.model import Gap, Snapshot
>>> gap = Gap("SOC2 CC6.7", "declared:sync", "high", (), "", title="data travels unencrypted")
>>> scans = [ScanSource(Snapshot(at, "0", gaps=gaps), f"{at[:7]}.zip")
...          for at, gaps in (("2026-01-15T09:00:00Z", (gap,)), ("2026-04-12T09:00:00Z", ()))]
>>> p = period(scans)
>>> [(g.first_seen, g.closed, g.open_days) for g in p.gaps]
[('S1', 'S2', 87)]
>>> [q.label for q in p.quarters], p.missing
(['2026-Q1', '2026-Q2'], ())
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, timedelta
from typing import Any

from lineage.assess.controls import (
    EXCEPTIONS,
    NO_EXCEPTIONS,
    NOT_TESTED,
    ControlRow,
    control_matrix,
    criterion_order,
)
from lineage.assess.gaps import SEVERITY_ORDER, gap_ids
from lineage.core.dates import moment
from lineage.core.errors import PiimapError
from lineage.core.model import SCHEMA_VERSION, Gap, Snapshot
from lineage.core.snapshot import ADDED_IN
from lineage.core.version import __version__
from lineage.graph.estate import EstateGraph

from .diff import KINDS, Change, diff

#: Version of the period.json format.
PERIOD_FORMAT = 1
#: The sections of ``piimap diff`` kept as change evidence (SOC 2 CC8.1): every change to the
#: estate (systems, third parties, datasets, fields, flows, encryption, retention, access...)
#: except the gaps, which the gaps' lives cover, and classifier confidence, which is no change.
CHANGE_SECTIONS = tuple(dict.fromkeys(s for s in KINDS.values() if s not in ("Gaps", "Confidence")))
#: The criterion that one scan cannot test but the changes of a period speak to.
CHANGE_CRITERION = "SOC2 CC8.1"
#: How many gaps a criterion's summary names before it counts the rest.
SUMMARY_GAPS = 3


class PeriodError(PiimapError):
    """The scans of a period cannot be read together (none in the window, a bad window)."""


@dataclass(frozen=True)
class ScanSource:
    """One scan given to :func:`period`: its snapshot, where it came from (as the user named
    it), the sha256 of its snapshot.json, and whether its bundle verified (``verification``
    says how, or why not)."""

    snapshot: Snapshot
    source: str
    sha256: str = ""
    verified: bool = False
    verification: str = "not checked"


@dataclass(frozen=True)
class Scan:
    """A scan of the period, ``S1`` the earliest."""

    id: str
    date: date
    quarter: str
    source: ScanSource

    @property
    def snapshot(self) -> Snapshot:
        return self.source.snapshot

    @property
    def label(self) -> str:
        """``S2 (2026-04-12, 2026-Q2)``: how a summary names the scan."""
        return f"{self.id} ({self.date.isoformat()}, {self.quarter})"


@dataclass(frozen=True)
class Quarter:
    """A calendar quarter of the window (clipped to it) and the scans taken in it."""

    label: str
    start: date
    end: date
    scans: tuple[str, ...]


@dataclass(frozen=True)
class Result:
    """A criterion's result in one scan, as the scan's control matrix has it."""

    scan: str
    result: str
    exceptions: tuple[str, ...]
    population: tuple[tuple[str, int], ...]
    #: Why the criterion was not tested in that scan; empty when it was.
    reason: str = ""


@dataclass(frozen=True)
class Timeline:
    """One criterion across the scans of the period, with its summary paragraph."""

    criterion: str
    name: str
    results: tuple[Result, ...]
    summary: str

    def count(self, result: str) -> int:
        return sum(1 for r in self.results if r.result == result)


@dataclass(frozen=True)
class GapLife:
    """One gap (by its stable id) across the period. ``spells`` are the runs of consecutive
    scans that found it: (first scan of the run, first scan after it that did not; None when
    the last scan still found it). ``open_days`` adds up the spells' days (an open spell
    counts to the last scan)."""

    gap: str
    control: str
    subject: str
    title: str
    severity: str
    criteria: tuple[str, ...]
    seen_in: tuple[str, ...]
    spells: tuple[tuple[str, str | None], ...]
    #: Each spell's days (to the last scan for an open one).
    spell_days: tuple[int, ...]
    open_days: int
    first_seen_at: str
    last_seen_at: str
    closed_at: str

    @property
    def first_seen(self) -> str:
        return self.seen_in[0]

    @property
    def last_seen(self) -> str:
        return self.seen_in[-1]

    @property
    def closed(self) -> str | None:
        """The scan that no longer found it (after its last spell); None while it is open."""
        return self.spells[-1][1]

    @property
    def reappeared(self) -> bool:
        """Closed, then found again by a later scan."""
        return len(self.spells) > 1


@dataclass(frozen=True)
class Remediation:
    """Time to remediate the gaps of one severity: each spell closed in the period counts once
    (a gap that reappeared and closed again counts twice)."""

    severity: str
    closed: int
    median_days: float | None
    max_days: int | None
    still_open: int


@dataclass(frozen=True)
class Changes:
    """What changed from one scan to the next (the sections of :data:`CHANGE_SECTIONS`)."""

    base: str
    new: str
    changes: tuple[Change, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    scans: tuple[Scan, ...]
    quarters: tuple[Quarter, ...]
    missing: tuple[str, ...]
    #: Inputs outside the window, left out: (source, date).
    outside: tuple[tuple[str, str], ...]
    timelines: tuple[Timeline, ...]
    gaps: tuple[GapLife, ...]
    remediation: tuple[Remediation, ...]
    changes: tuple[Changes, ...]
    notes: tuple[str, ...]

    @property
    def unverified(self) -> tuple[Scan, ...]:
        """The scans whose bundle did not verify or could not be verified."""
        return tuple(s for s in self.scans if not s.source.verified)


# --- dates and quarters --------------------------------------------------------------------


def scan_date(snapshot: Snapshot) -> date:
    """The UTC date of a snapshot's ``scanned_at``."""
    when = moment(snapshot.scanned_at)
    if when is None:
        raise PeriodError(
            f"scanned_at {snapshot.scanned_at!r} is not a date and time; re-scan the estate."
        )
    return when.astimezone(UTC).date()


def quarter_of(day: date) -> str:
    """The calendar quarter of a day.

    >>> quarter_of(date(2026, 8, 1))
    '2026-Q3'
    """
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def quarter_bounds(label: str) -> tuple[date, date]:
    """The first and last day of a quarter (``2026-Q2``).

    >>> quarter_bounds("2026-Q4")
    (datetime.date(2026, 10, 1), datetime.date(2026, 12, 31))
    """
    year, q = int(label[:4]), int(label[-1])
    first = date(year, 3 * q - 2, 1)
    after = date(year + 1, 1, 1) if q == 4 else date(year, 3 * q + 1, 1)
    return first, after - timedelta(days=1)


def parse_bound(text: str, *, end: bool) -> date:
    """A window bound: ``2026-04-01`` or a quarter, ``2026-Q2`` (its first day, or its last
    when ``end``); a PeriodError names the value otherwise.

    >>> parse_bound("2026-Q1", end=True), parse_bound("2026-02-03", end=False)
    (datetime.date(2026, 3, 31), datetime.date(2026, 2, 3))
    """
    value = text.strip().upper()
    try:
        if len(value) == 7 and value[4:6] == "-Q" and value[6] in "1234":
            return quarter_bounds(value)[end]
        return date.fromisoformat(value)
    except ValueError:
        pass
    option = "--to" if end else "--from"
    raise PeriodError(f"{option} {text!r}: not a date (2026-04-01) or a quarter (2026-Q2).")


def _quarters(start: date, end: date, scans: Sequence[Scan]) -> tuple[Quarter, ...]:
    found = []
    label = quarter_of(start)
    while True:
        first, last = quarter_bounds(label)
        first, last = max(first, start), min(last, end)
        taken = tuple(s.id for s in scans if first <= s.date <= last)
        found.append(Quarter(label, first, last, taken))
        if last >= end:
            return tuple(found)
        label = quarter_of(last + timedelta(days=1))


# --- the period ----------------------------------------------------------------------------


def period(
    sources: Iterable[ScanSource], *, start: date | None = None, end: date | None = None
) -> Period:
    """The period of ``sources`` (in any order): the window runs from ``start`` (default: the
    first day of the earliest scan's quarter) to ``end`` (default: the last day of the latest
    scan's quarter); scans outside it are left out and listed."""
    dated = sorted(
        ((scan_date(s.snapshot), s) for s in sources),
        key=lambda pair: (moment(pair[1].snapshot.scanned_at), pair[1].source),
    )
    if not dated:
        raise PeriodError("no scan given; pass the snapshots or bundles of the window.")
    seen: dict[str, str] = {}
    for _, s in dated:
        if s.sha256 and seen.setdefault(s.sha256, s.source) != s.source:
            raise PeriodError(
                f"{seen[s.sha256]} and {s.source} are the same scan (scanned "
                f"{s.snapshot.scanned_at}, the same snapshot.json); pass each scan once."
            )
    first, last = dated[0][0], dated[-1][0]
    start = start or quarter_bounds(quarter_of(first))[0]
    end = end or quarter_bounds(quarter_of(last))[1]
    if start > end:
        raise PeriodError(f"the window starts ({start}) after it ends ({end}).")
    inside = [(d, s) for d, s in dated if start <= d <= end]
    outside = tuple((s.source, d.isoformat()) for d, s in dated if not start <= d <= end)
    if not inside:
        raise PeriodError(
            f"no scan falls in the window {start} to {end}; the scans given run from {first} "
            f"to {last}."
        )
    scans = tuple(Scan(f"S{n}", d, quarter_of(d), s) for n, (d, s) in enumerate(inside, start=1))
    quarters = _quarters(start, end, scans)
    matrices = [control_matrix(s.snapshot) for s in scans]
    lives = _gap_lives(scans, matrices)
    changes = _changes(scans)
    timelines = tuple(
        _timeline(scans, rows, lives, changes)
        for rows in zip(*matrices, strict=True)  # every matrix lists the same criteria in order
    )
    return Period(
        start=start,
        end=end,
        scans=scans,
        quarters=quarters,
        missing=tuple(q.label for q in quarters if not q.scans),
        outside=outside,
        timelines=timelines,
        gaps=lives,
        remediation=_remediation(lives),
        changes=changes,
        notes=_notes(scans),
    )


def _gap_lives(
    scans: Sequence[Scan], matrices: Sequence[Sequence[ControlRow]]
) -> tuple[GapLife, ...]:
    """Every gap found by a scan of the period, by its stable id, in the order of first sight."""
    found: dict[str, list[tuple[int, Gap]]] = {}
    criteria: dict[str, set[str]] = {}
    for n, (scan, rows) in enumerate(zip(scans, matrices, strict=True)):
        for gap, gid in gap_ids(scan.snapshot.gaps).items():
            found.setdefault(gid, []).append((n, gap))
        for row in rows:
            for gid in row.exceptions:
                criteria.setdefault(gid, set()).add(row.criterion)
    lives = []
    for gid, sightings in found.items():
        seen = [n for n, _ in sightings]
        spells: list[tuple[int, int | None]] = []
        for n in seen:
            if spells and spells[-1][1] == n:  # seen again by the next scan: the spell goes on
                spells[-1] = (spells[-1][0], n + 1 if n + 1 < len(scans) else None)
            else:
                spells.append((n, n + 1 if n + 1 < len(scans) else None))
        days = tuple(
            (scans[len(scans) - 1 if stop is None else stop].date - scans[begin].date).days
            for begin, stop in spells
        )
        latest = sightings[-1][1]
        closed = spells[-1][1]
        lives.append(
            GapLife(
                gap=gid,
                control=latest.control,
                subject=latest.subject,
                title=latest.title or (latest.evidence[0] if latest.evidence else ""),
                severity=latest.severity,
                criteria=tuple(sorted(criteria.get(gid, ()), key=criterion_order)),
                seen_in=tuple(scans[n].id for n in seen),
                spells=tuple((scans[b].id, None if s is None else scans[s].id) for b, s in spells),
                spell_days=days,
                open_days=sum(days),
                first_seen_at=scans[seen[0]].date.isoformat(),
                last_seen_at=scans[seen[-1]].date.isoformat(),
                closed_at="" if closed is None else scans[closed].date.isoformat(),
            )
        )
    return tuple(sorted(lives, key=lambda g: (int(g.first_seen[1:]), _severity(g.severity), g.gap)))


def _severity(severity: str) -> int:
    return SEVERITY_ORDER.get(severity, len(SEVERITY_ORDER))


def _remediation(lives: Sequence[GapLife]) -> tuple[Remediation, ...]:
    severities = sorted({g.severity for g in lives}, key=lambda s: (_severity(s), s))
    found = []
    for severity in severities:
        closed = [
            days
            for g in lives
            if g.severity == severity
            for (_, stop), days in zip(g.spells, g.spell_days, strict=True)
            if stop is not None
        ]
        found.append(
            Remediation(
                severity=severity,
                closed=len(closed),
                median_days=statistics.median(closed) if closed else None,
                max_days=max(closed) if closed else None,
                still_open=sum(1 for g in lives if g.severity == severity and g.closed is None),
            )
        )
    return tuple(found)


def _changes(scans: Sequence[Scan]) -> tuple[Changes, ...]:
    graphs = [EstateGraph(s.snapshot) for s in scans]
    found = []
    for n in range(1, len(scans)):
        d = diff(graphs[n - 1], graphs[n])
        kept = tuple(c for c in d.changes if c.section in CHANGE_SECTIONS)
        found.append(Changes(scans[n - 1].id, scans[n].id, kept, d.notes))
    return tuple(found)


def _notes(scans: Sequence[Scan]) -> tuple[str, ...]:
    notes = []
    for scan in scans:
        version = scan.snapshot.schema_version
        if version < SCHEMA_VERSION:
            lacks = [key for v in range(version + 1, SCHEMA_VERSION + 1) for key in ADDED_IN[v]]
            notes.append(
                f"{scan.label} is a schema_version {version} snapshot (piimap "
                f"{scan.snapshot.piimap_version}): it does not record {', '.join(lacks)}; "
                "criteria whose population it lacks are not tested in it"
                + (
                    ", and its gaps have no title, so their ids differ from later scans'"
                    if version < 2
                    else ""
                )
            )
        if scan.snapshot.partial:
            notes.append(
                f"{scan.label} is a partial scan: {len(scan.snapshot.issues)} issue(s) in its "
                "snapshot say what it could not read; its matrix covers what it read"
            )
    return tuple(notes)


# --- one criterion -------------------------------------------------------------------------


def _timeline(
    scans: Sequence[Scan],
    rows: Sequence[ControlRow],
    lives: Sequence[GapLife],
    changes: Sequence[Changes],
) -> Timeline:
    results = tuple(
        Result(
            scan.id,
            row.result,
            row.exceptions,
            row.population,
            _reason(row.tested) if row.result == NOT_TESTED else "",
        )
        for scan, row in zip(scans, rows, strict=True)
    )
    criterion, name = rows[0].criterion, rows[0].name
    timeline = Timeline(criterion, name, results, "")
    text = _summary(timeline, scans, lives, changes)
    return Timeline(criterion, name, results, text)


def _reason(tested: str) -> str:
    """Why a criterion was not tested, in one sentence: the criteria file's reason, or that the
    scan found nothing to test (without the description of the test that follows it).

    >>> _reason("not tested: the scan found no principals to test. Privileged accounts...")
    'the scan found no principals to test'
    """
    reason = tested.removeprefix("not tested: ")
    if reason.startswith("the scan found no "):
        reason = reason.split(". ", 1)[0]
    return reason.rstrip(".")


def _summary(
    t: Timeline, scans: Sequence[Scan], lives: Sequence[GapLife], changes: Sequence[Changes]
) -> str:
    """A paragraph from the numbers: in how many scans the criterion was tested, with which
    result, and the life of each gap that was an exception to it. Never "passed"."""
    n = len(scans)
    span = f"from {scans[0].date} to {scans[-1].date}" if n > 1 else f"on {scans[0].date}"
    by_id = {s.id: s for s in scans}
    untested = [r for r in t.results if r.result == NOT_TESTED]
    tested = n - len(untested)
    scans_word = "scan" if n == 1 else "scans"
    if not tested:
        reasons = sorted({r.reason for r in untested})
        text = f"{t.criterion} was not tested in any of the {n} {scans_word} {span}: "
        text += "; ".join(r[:1].lower() + r[1:] for r in reasons) + "."
        if t.criterion == CHANGE_CRITERION and changes:
            count = sum(len(c.changes) for c in changes)
            text += (
                f" As change evidence, the period lists {count} change(s) to the estate across "
                f"the {len(changes)} interval(s) between consecutive scans (the changes); "
                "whether each was authorised, tested and approved is for the change records."
            )
        return text
    text = f"{t.criterion} was tested in {tested} of {n} {scans_word} {span}"
    if untested:
        text += (
            f"; not tested in {len(untested)} ("
            + ", ".join(f"{by_id[r.scan].label}: {r.reason}" for r in untested)
            + ")"
        )
    failing = [r for r in t.results if r.result == EXCEPTIONS]
    if not failing:
        return text + f"; no exceptions in {'it' if tested == 1 else 'any of them'}."
    quarters = ", ".join(dict.fromkeys(by_id[r.scan].quarter for r in failing))
    text += f"; exceptions in {len(failing)} ({quarters})"
    if t.count(NO_EXCEPTIONS):
        text += f", no exceptions in {t.count(NO_EXCEPTIONS)}"
    ids = {gid for r in failing for gid in r.exceptions}
    mine = [g for g in lives if g.gap in ids]
    phrases = [_gap_phrase(g, scans) for g in mine[:SUMMARY_GAPS]]
    if len(mine) > SUMMARY_GAPS:
        phrases.append(f"and {len(mine) - SUMMARY_GAPS} more (see the gaps)")
    closed = sum(1 for g in mine if g.closed is not None)
    text += f". {len(mine)} gap(s), {closed} closed and {len(mine) - closed} open at the last scan"
    return text + ": " + "; ".join(phrases) + "."


def _gap_phrase(g: GapLife, scans: Sequence[Scan]) -> str:
    """``G-1a2b3c4d (high) opened 2026-04-12, closed by 2026-07-10 (89 days)``, a spell at a
    time (``reappeared 2026-10-20, still open at the last scan (0 days)``)."""
    when = {s.id: s.date.isoformat() for s in scans}
    parts = []
    for n, ((begin, stop), days) in enumerate(zip(g.spells, g.spell_days, strict=True)):
        if n:
            start = "reappeared"
        elif begin == scans[0].id:
            start = "found by the first scan"
        else:
            start = "opened"
        end = "still open at the last scan" if stop is None else f"closed by {when[stop]}"
        parts.append(f"{start} {when[begin]}, {end} ({days} days)")
    return f"{g.gap} ({g.severity}) " + ", ".join(parts)


# --- period.json ---------------------------------------------------------------------------


def to_dict(p: Period) -> dict[str, Any]:
    """period.json as data: the scans that do not verify first, then the window and its
    cadence, the scans, each criterion's results and summary, the gaps, time to remediate and
    the changes. Keys keep this order (not sorted), so a reader meets the problems first."""
    return {
        "format": PERIOD_FORMAT,
        "written_by": f"piimap {__version__}",
        "unverified": [
            {"scan": s.id, "source": s.source.source, "reason": s.source.verification}
            for s in p.unverified
        ],
        "window": {
            "from": p.start.isoformat(),
            "to": p.end.isoformat(),
            "scans": len(p.scans),
            "quarters": len(p.quarters),
            "quarters_with_a_scan": sum(1 for q in p.quarters if q.scans),
            "missing_quarters": list(p.missing),
            "outside_window": [{"source": src, "date": day} for src, day in p.outside],
        },
        "cadence": [
            {
                "quarter": q.label,
                "from": q.start.isoformat(),
                "to": q.end.isoformat(),
                "scans": list(q.scans),
            }
            for q in p.quarters
        ],
        "scans": [_scan_dict(s) for s in p.scans],
        "criteria": [_timeline_dict(t) for t in p.timelines],
        "gaps": [_gap_dict(g) for g in p.gaps],
        "time_to_remediate": [
            {
                "severity": r.severity,
                "closed": r.closed,
                "median_days": r.median_days,
                "max_days": r.max_days,
                "still_open": r.still_open,
            }
            for r in p.remediation
        ],
        "changes": [
            {
                "from": c.base,
                "to": c.new,
                "counts": {s: sum(1 for x in c.changes if x.section == s) for s in CHANGE_SECTIONS},
                "changes": [
                    {
                        "section": x.section,
                        "kind": x.kind,
                        "subject": x.subject,
                        "before": x.before,
                        "after": x.after,
                        "description": x.description,
                        "adds_risk": x.worse,
                    }
                    for x in c.changes
                ],
                "notes": list(c.notes),
            }
            for c in p.changes
        ],
        "notes": list(p.notes),
    }


def _scan_dict(s: Scan) -> dict[str, Any]:
    snap = s.snapshot
    return {
        "scan": s.id,
        "scanned_at": snap.scanned_at,
        "date": s.date.isoformat(),
        "quarter": s.quarter,
        "source": s.source.source,
        "snapshot_sha256": s.source.sha256,
        "verified": s.source.verified,
        "verification": s.source.verification,
        "piimap_version": snap.piimap_version,
        "schema_version": snap.schema_version,
        "config_hash": snap.config_hash,
        "partial": snap.partial,
        "systems": len(snap.systems),
        "gaps": len(snap.gaps),
    }


def _timeline_dict(t: Timeline) -> dict[str, Any]:
    return {
        "criterion": t.criterion,
        "name": t.name,
        "tested_in": len(t.results) - t.count(NOT_TESTED),
        "no_exceptions_in": t.count(NO_EXCEPTIONS),
        "exceptions_in": t.count(EXCEPTIONS),
        "not_tested_in": t.count(NOT_TESTED),
        "results": [
            {
                "scan": r.scan,
                "result": r.result,
                "exceptions": list(r.exceptions),
                "population": dict(r.population),
                "not_tested_because": r.reason,
            }
            for r in t.results
        ],
        "summary": t.summary,
    }


def _gap_dict(g: GapLife) -> dict[str, Any]:
    return {
        "gap": g.gap,
        "control": g.control,
        "subject": g.subject,
        "title": g.title,
        "severity": g.severity,
        "criteria": list(g.criteria),
        "first_seen": g.first_seen,
        "first_seen_at": g.first_seen_at,
        "last_seen": g.last_seen,
        "last_seen_at": g.last_seen_at,
        "closed": g.closed,
        "closed_at": g.closed_at or None,
        "open_days": g.open_days,
        "reappeared": g.reappeared,
        "seen_in": list(g.seen_in),
        "spells": [{"opened": b, "closed": s} for b, s in g.spells],
    }


def to_json(p: Period) -> str:
    """period.json's text: the same scans give the same bytes."""
    return json.dumps(to_dict(p), indent=1, ensure_ascii=False) + "\n"
