"""Baselines: the accepted state of an estate, with who accepted it, when and why.

A baseline file (``piimap-baseline.json``, kept in the repository beside the policy) holds the
accepted snapshot, the fingerprints of the policy violations accepted with it, and the history
of every acceptance. ``piimap check --baseline`` then fails only on violations the baseline does
not hold and on changes since its snapshot that the policy wants reviewed (docs/policy.md).

It holds what a snapshot holds (no sampled value, no secret) plus names and reasons.

>>> from lineage.core.model import Snapshot
>>> b = accept(Snapshot(scanned_at="2026-01-01T00:00:00Z", piimap_version="0"),
...            reason="Q1 review", by="dpo", now="2026-01-02T00:00:00Z")
>>> b.justification()
'accepted by dpo on 2026-01-02T00:00:00Z: Q1 review'
>>> loads(dumps(b)) == b
True
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lineage.core import dates
from lineage.core import snapshot as snapshot_io
from lineage.core.errors import ConfigError, SnapshotError
from lineage.core.model import Snapshot
from lineage.core.review import AccessReview

if TYPE_CHECKING:
    from .policy import LoadedPolicy

#: Version of the baseline file format.
BASELINE_FORMAT = 1
DEFAULT_PATH = Path("piimap-baseline.json")
#: Where the acceptor's name comes from when --by is not given, first found wins.
ACCEPTOR_VARIABLES = ("PIIMAP_ACCEPTED_BY", "GITHUB_ACTOR", "GITLAB_USER_LOGIN", "USER", "LOGNAME")


@dataclass(frozen=True)
class Acceptance:
    """One ``piimap baseline accept``: who, when, why, and what was accepted."""

    at: str
    by: str
    reason: str
    snapshot_scanned_at: str
    snapshot_sha256: str
    policy: str = ""
    policy_sha256: str = ""
    violations: int = 0


@dataclass(frozen=True)
class Baseline:
    snapshot: Snapshot
    #: Accepted violation fingerprints -> their message when accepted.
    violations: Mapping[str, str]
    #: Every acceptance, oldest first; the last one is in force.
    history: tuple[Acceptance, ...]
    #: Every accepted access review (``piimap access-review --accept``), oldest first.
    reviews: tuple[AccessReview, ...] = ()

    @property
    def current(self) -> Acceptance:
        return self.history[-1]

    @property
    def review(self) -> AccessReview | None:
        """The access review in force: the last one accepted, or None."""
        return self.reviews[-1] if self.reviews else None

    def justification(self) -> str:
        return f"accepted by {self.current.by} on {self.current.at}: {self.current.reason}"

    def describe(self) -> str:
        return (
            f"snapshot of {self.snapshot.scanned_at} {self.justification()} "
            f"({len(self.violations)} violation(s) accepted)"
        )


def acceptor(env: Mapping[str, str] | None = None) -> str:
    """Who is accepting: the first of :data:`ACCEPTOR_VARIABLES` set, else ``unknown``."""
    env = os.environ if env is None else env
    return next((env[v] for v in ACCEPTOR_VARIABLES if env.get(v)), "unknown")


def accept(
    snapshot: Snapshot,
    *,
    reason: str,
    by: str,
    policy: LoadedPolicy | None = None,
    violations: Mapping[str, str] | None = None,
    previous: Baseline | None = None,
    now: str | None = None,
) -> Baseline:
    """A baseline accepting ``snapshot`` and the ``violations`` of ``policy`` it has now
    (fingerprint -> message, as :func:`lineage.ci.rules.check` finds them; ``lineage.baseline``
    does both)."""
    reason = " ".join(reason.split())
    if not reason:
        raise ConfigError("--reason is empty; say why this state is accepted.")
    accepted = dict(violations or {})
    record = Acceptance(
        at=now or dates.now(),
        by=by,
        reason=reason,
        snapshot_scanned_at=snapshot.scanned_at,
        snapshot_sha256=hashlib.sha256(snapshot_io.dumps(snapshot).encode()).hexdigest(),
        policy=str(policy.path) if policy else "",
        policy_sha256=policy.sha256 if policy else "",
        violations=len(accepted),
    )
    history = (previous.history if previous else ()) + (record,)
    reviews = previous.reviews if previous else ()
    return Baseline(snapshot=snapshot, violations=accepted, history=history, reviews=reviews)


def dumps(baseline: Baseline) -> str:
    """Deterministic JSON of a baseline."""
    data: dict[str, Any] = {
        "piimap_baseline": BASELINE_FORMAT,
        "history": [dataclasses.asdict(a) for a in baseline.history],
        "violations": [
            {"fingerprint": fp, "message": baseline.violations[fp]}
            for fp in sorted(baseline.violations)
        ],
        "snapshot": snapshot_io.to_dict(baseline.snapshot),
    }
    if baseline.reviews:
        data["access_reviews"] = [dataclasses.asdict(r) for r in baseline.reviews]
    return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def save(baseline: Baseline, path: str | os.PathLike[str]) -> None:
    snapshot_io.write_atomic(path, dumps(baseline))


def loads(text: str) -> Baseline:
    try:
        with snapshot_io.paused_gc():
            data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SnapshotError(f"not a baseline: invalid JSON at line {exc.lineno}.") from None
    return from_data(data)


def is_baseline(data: Any) -> bool:
    return isinstance(data, dict) and "piimap_baseline" in data


def from_data(data: Any) -> Baseline:
    if not is_baseline(data):
        raise SnapshotError("not a piimap baseline (no piimap_baseline key).")
    version = data["piimap_baseline"]
    if version != BASELINE_FORMAT:
        raise SnapshotError(
            f"baseline format {version!r} is not one this piimap reads ({BASELINE_FORMAT}); "
            "upgrade piimap, or accept a new baseline with this version."
        )
    try:
        history = tuple(snapshot_io.from_dict(Acceptance, a) for a in data["history"])
        violations = {v["fingerprint"]: v["message"] for v in data["violations"]}
        reviews = tuple(
            snapshot_io.from_dict(AccessReview, r) for r in data.get("access_reviews", [])
        )
    except KeyError as exc:
        raise SnapshotError(f"malformed baseline: no {exc} key.") from None
    except (TypeError, ValueError) as exc:
        raise SnapshotError(f"malformed baseline: {exc}.") from None
    if not history:
        raise SnapshotError("malformed baseline: no acceptance in its history.")
    return Baseline(snapshot_io.from_data(data.get("snapshot")), violations, history, reviews)


def load(path: str | os.PathLike[str]) -> Baseline:
    text = snapshot_io.read_text(path, "baseline")
    try:
        return loads(text)
    except SnapshotError as exc:
        raise SnapshotError(f"{path}: {exc}") from None


def load_snapshot(path: str | os.PathLike[str]) -> Snapshot:
    """A snapshot from a snapshot.json, a scan's output folder, or a baseline (its accepted
    snapshot): what ``piimap diff`` compares."""
    path = Path(path)
    if path.is_dir():
        path = path / "snapshot.json"
    if not path.exists():
        raise SnapshotError(
            f"{path}: no snapshot there; pass a snapshot.json, a scan's output folder or a "
            "baseline file."
        )
    with snapshot_io.paused_gc():  # parsed and built in one pause (see paused_gc)
        try:
            data = json.loads(snapshot_io.read_text(path))
        except json.JSONDecodeError as exc:
            raise SnapshotError(
                f"{path}: not a snapshot: invalid JSON at line {exc.lineno}."
            ) from None
        try:
            return from_data(data).snapshot if is_baseline(data) else snapshot_io.from_data(data)
        except SnapshotError as exc:
            raise SnapshotError(f"{path}: {exc}") from None
