"""The quarterly access review in CI: accepting a filled review workbook into the baseline, and
what next quarter's ``piimap check --baseline`` finds against it (docs/access.md).

:func:`validate` holds a filled workbook (:class:`~lineage.core.review.ReviewSheet`, read by
:mod:`lineage.export.review`) to the snapshot it was made from: the same snapshot by sha256, a
row for every principal that may read personal data and no other, every row decided (keep or
revoke) and a reviewer named. :func:`accept` records the review in the baseline, with what each
principal could read then (taken from the snapshot, not from the workbook).
:func:`findings` is what changed since: new privileged accounts, new read access to personal
data, and access the review decided to revoke that is still there.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lineage.core import dates
from lineage.core.model import Principal
from lineage.core.review import (
    DECISIONS,
    AccessReview,
    ReviewedPrincipal,
    ReviewError,
    ReviewSheet,
    snapshot_sha256,
)
from lineage.graph.access import reaches
from lineage.graph.estate import EstateGraph

from .baseline import Baseline
from .baseline import accept as accept_baseline

#: Statuses of an account that can no longer log in: a revoke decision is carried out.
_CANNOT_LOG_IN = frozenset({"locked", "expired"})
#: Rows named in one error before "and N more".
_SHOWN = 3


def expected(estate: EstateGraph) -> list[ReviewedPrincipal]:
    """The rows a review of ``estate`` must have: every principal that may read personal data
    or is privileged (as :func:`lineage.export.review.review_rows` writes them), with the field
    ids it may read, undecided."""
    found = reaches(estate)
    return [
        ReviewedPrincipal(
            p.system,
            p.name,
            p.kind,
            p.privileged,
            reads=tuple(sorted({r.field.id for r in found.get(p.id, [])})),
        )
        for p in estate.snapshot.principals
        if found.get(p.id) or p.privileged
    ]


def validate(sheet: ReviewSheet, estate: EstateGraph, workbook: str) -> list[ReviewedPrincipal]:
    """The decided rows of ``sheet``, with what each principal could read in ``estate``; raises
    ReviewError (one line) when the workbook was made from another snapshot, lacks or adds a
    principal, or has a row undecided or without a reviewer."""
    actual = snapshot_sha256(estate.snapshot)
    if sheet.snapshot_sha256 != actual:
        raise ReviewError(
            f"{workbook}: made from the snapshot of {sheet.snapshot_scanned_at or '?'} (sha256 "
            f"{sheet.snapshot_sha256[:12]}), not from this one of {estate.snapshot.scanned_at} "
            f"(sha256 {actual[:12]}); pass the snapshot it was made from, or write the review "
            "again."
        )
    wanted = {p.id: p for p in expected(estate)}
    if not wanted:
        raise ReviewError(
            f"{workbook}: no principal may read personal data in the snapshot reviewed (no "
            "account of its systems was read: docs/access.md says which are); nothing to accept."
        )
    numbers = sheet.row_numbers or tuple(range(2, len(sheet.rows) + 2))
    seen: dict[str, int] = {}
    undecided, unnamed, decided = [], [], []
    for n, row in zip(numbers, sheet.rows, strict=True):
        if row.id not in wanted:
            raise ReviewError(
                f"{workbook}: row {n}: {row.system}/@{row.principal} is neither privileged nor "
                "may read personal data in the snapshot reviewed; rows cannot be added, write "
                "the review again."
            )
        if row.id in seen:
            raise ReviewError(
                f"{workbook}: row {n}: {row.system}/@{row.principal} is on row {seen[row.id]} "
                "already; keep one row per principal."
            )
        seen[row.id] = n
        if not row.decision:
            undecided.append(f"row {n}: {row.system}/@{row.principal}")
            continue
        if row.decision not in DECISIONS:
            raise ReviewError(
                f"{workbook}: row {n} ({row.system}/@{row.principal}): decision "
                f"{row.decision!r} is neither keep nor revoke."
            )
        if not row.reviewer:
            unnamed.append(f"row {n}: {row.system}/@{row.principal}")
        snap = wanted[row.id]
        decided.append(
            dataclasses.replace(
                snap, decision=row.decision, reviewer=row.reviewer, comment=row.comment
            )
        )
    missing = [pid for pid in wanted if pid not in seen]
    if missing:
        raise ReviewError(
            f"{workbook}: no row for {_some(missing)}, which may read personal data in the "
            "snapshot reviewed; rows cannot be removed, write the review again."
        )
    if undecided:
        raise ReviewError(
            f"{workbook}: {len(undecided)} row(s) not decided ({_some(undecided)}); set "
            "decision to keep or revoke on every row."
        )
    if unnamed:
        raise ReviewError(
            f"{workbook}: {len(unnamed)} decided row(s) name no reviewer ({_some(unnamed)}); "
            "put the reviewer's name in the reviewer column."
        )
    return decided


def _some(items: list[str]) -> str:
    more = f" and {len(items) - _SHOWN} more" if len(items) > _SHOWN else ""
    return ", ".join(items[:_SHOWN]) + more


def accept(
    sheet: ReviewSheet,
    estate: EstateGraph,
    *,
    workbook: Path,
    workbook_sha256: str,
    by: str,
    previous: Baseline | None = None,
    now: str | None = None,
) -> Baseline:
    """The baseline ``previous`` (or, when there is none, a new one accepting the reviewed
    snapshot) with the review recorded: who decided, who accepted it and when, the snapshot's
    sha256, the workbook's name and sha256, and every decision."""
    decided = validate(sheet, estate, workbook.name)
    when = now or dates.now()
    review = AccessReview(
        accepted_at=when,
        accepted_by=by,
        reviewers=tuple(sorted({r.reviewer for r in decided})),
        snapshot_scanned_at=estate.snapshot.scanned_at,
        snapshot_sha256=snapshot_sha256(estate.snapshot),
        workbook=workbook.name,
        workbook_sha256=workbook_sha256,
        principals=tuple(decided),
    )
    base = previous or accept_baseline(
        estate.snapshot,
        reason=f"access review of {len(decided)} principal(s) accepted",
        by=by,
        now=when,
    )
    return dataclasses.replace(base, reviews=(*base.reviews, review))


@dataclass(frozen=True)
class Finding:
    """Access that differs from the accepted review: ``key`` says what (``privileged_added``,
    ``granted:DATASET``, ``revoke_not_done``), never a count or a date."""

    subject: str
    key: str
    message: str
    severity: str
    evidence: tuple[str, ...] = ()


def findings(review: AccessReview, estate: EstateGraph) -> Iterator[Finding]:
    """What changed in ``estate`` since ``review``: a privileged principal the review did not
    see privileged, read access to personal data it did not see (per principal and dataset),
    and a principal the review decided to revoke that may still read personal data."""
    found = reaches(estate)
    reviewed = {p.id: p for p in review.principals}
    since = f"the access review accepted on {review.accepted_at[:10]}"
    for p in estate.snapshot.principals:
        held = found.get(p.id, [])
        before = reviewed.get(p.id)
        subject = f"{p.system}/@{p.name}"
        if p.privileged and not (before and before.privileged):
            yield Finding(
                subject,
                "privileged_added",
                f"{'new privileged' if before is None else 'now privileged'} {p.kind} "
                f"{subject}, not privileged in {since}",
                "high",
                (f"privileged: {p.privileged_reason}",),
            )
        if before is not None and before.decision == "revoke" and held and not _revoked(p):
            yield Finding(
                subject,
                "revoke_not_done",
                f"{subject} may still read personal data; {before.reviewer} decided to revoke "
                f"its access in {since}",
                "high",
                tuple(
                    [f"comment: {before.comment}"] * bool(before.comment)
                    + list(dict.fromkeys(r.evidence() for r in held))[:3]
                ),
            )
        seen = set(before.reads) if before is not None else set()
        new: dict[str, list[str]] = defaultdict(list)
        grants: dict[str, list[str]] = defaultdict(list)
        for r in held:
            if r.field.id not in seen:
                new[r.field.dataset_id].append(r.field.name)
                grants[r.field.dataset_id].append(r.evidence())
        for did, names in sorted(new.items()):
            yield Finding(
                subject,
                f"granted:{did}",
                f"{subject} can read {did} ({', '.join(names[:5])}"
                f"{', ...' if len(names) > 5 else ''}), not in {since}",
                "medium",
                tuple(dict.fromkeys(grants[did]))[:3],
            )


def _revoked(p: Principal) -> bool:
    """An account that can no longer log in has had its access revoked; a role or group has
    only when it reads nothing (its members may still use it)."""
    return p.kind not in ("role", "group") and p.status in _CANNOT_LOG_IN


def accepted_review(
    baseline: Baseline, workbook_sha256: str, snapshot: str, *, workbook: str, baseline_path: str
) -> AccessReview:
    """The review of ``baseline`` that accepted the workbook whose sha256 is ``workbook_sha256``
    and reviewed the snapshot whose sha256 is ``snapshot``; raises ReviewError (one line) when
    no accepted review is that workbook of that snapshot."""
    found = [r for r in baseline.reviews if r.workbook_sha256 == workbook_sha256]
    if not found:
        raise ReviewError(
            f"{workbook} was not accepted in {baseline_path} (no accepted review has its "
            "sha256; edited since?); accept it first with piimap access-review --accept."
        )
    of_snapshot = [r for r in found if r.snapshot_sha256 == snapshot]
    if not of_snapshot:
        raise ReviewError(
            f"{workbook} reviewed the snapshot of {found[-1].snapshot_scanned_at}, not the one "
            "of this folder; bundle the folder of the scan it reviewed."
        )
    return of_snapshot[-1]
