"""The quarterly access review as data: the rows of a review workbook, and the review once a
reviewer has decided every row and it was accepted into the baseline (docs/access.md).

The workbook itself is written and read in :mod:`lineage.export.review`; the check that a filled
workbook fits its snapshot, and what next quarter's check does with an accepted review, in
:mod:`lineage.ci.review`. Nothing here holds a secret: principals, their kind, the field ids
they could read and what the reviewer wrote.

>>> row = ReviewedPrincipal("shop", "jane", "person", False, "keep", "alice")
>>> row.id
'@shop/jane'
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .errors import PiimapError
from .ids import principal_id
from .model import Snapshot

#: The two decisions a reviewer may take on a principal's access.
DECISIONS = ("keep", "revoke")


class ReviewError(PiimapError):
    """A review workbook that cannot be read, is not filled in as it must be, or does not fit
    its snapshot (exit 2)."""


def snapshot_sha256(snapshot: Snapshot) -> str:
    """The sha256 of the snapshot's canonical JSON: the same for its snapshot.json, its output
    folder and a baseline holding it (as ``piimap baseline accept`` records it)."""
    from . import snapshot as snapshot_io

    return hashlib.sha256(snapshot_io.dumps(snapshot).encode()).hexdigest()


@dataclass(frozen=True)
class ReviewedPrincipal:
    """One row of a review: a principal with access to personal data, what it could read
    (field ids) and whether it was privileged when the review was made, and what the reviewer
    decided (``keep`` or ``revoke``, "" while undecided)."""

    system: str
    principal: str
    kind: str
    privileged: bool
    decision: str = ""
    reviewer: str = ""
    comment: str = ""
    reads: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return principal_id(self.system, self.principal)


@dataclass(frozen=True)
class ReviewSheet:
    """A review workbook as read back: the snapshot it was made from (by its sha256), where
    that snapshot was, and its rows (``row`` numbers of the workbook, for errors)."""

    snapshot_sha256: str
    snapshot_scanned_at: str
    snapshot_path: str
    rows: tuple[ReviewedPrincipal, ...]
    row_numbers: tuple[int, ...] = ()


@dataclass(frozen=True)
class AccessReview:
    """A signed-off access review, as the baseline records it: who decided (``reviewers``), who
    accepted it and when, the snapshot it reviewed, the workbook (its name and sha256) and the
    decision on every principal."""

    accepted_at: str
    accepted_by: str
    reviewers: tuple[str, ...]
    snapshot_scanned_at: str
    snapshot_sha256: str
    workbook: str
    workbook_sha256: str
    principals: tuple[ReviewedPrincipal, ...] = ()

    def counts(self) -> dict[str, int]:
        """Decisions by kind: ``{"keep": 12, "revoke": 2}``."""
        return {d: sum(p.decision == d for p in self.principals) for d in DECISIONS}

    def describe(self) -> str:
        """One line naming the review.

        >>> AccessReview("2026-10-02T09:00:00Z", "dpo", ("alice",), "2026-09-30T00:00:00Z",
        ...              "ab", "review.xlsx", "cd").describe()  # doctest: +NORMALIZE_WHITESPACE
        'access review of the snapshot of 2026-09-30T00:00:00Z by alice,
         accepted by dpo on 2026-10-02T09:00:00Z'
        """
        return (
            f"access review of the snapshot of {self.snapshot_scanned_at} by "
            f"{', '.join(self.reviewers)}, accepted by {self.accepted_by} on {self.accepted_at}"
        )
