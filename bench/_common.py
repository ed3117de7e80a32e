"""Shared by the benchmarks: the real-world schemas and labels, column scoring, and the
machine / command / revision lines every benchmark prints.

Not a benchmark itself; ``realworld.py``, ``accuracy.py``, ``classify.py`` and
``introspect.py`` import it (they run as scripts, so ``bench/`` is on ``sys.path``).
"""

from __future__ import annotations

import contextlib
import csv
import os
import platform
import shlex
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REALWORLD = Path(
    os.environ.get("PIIMAP_REALWORLD", Path(__file__).resolve().parents[2] / "shared" / "realworld")
)
PG = "postgresql://postgres@127.0.0.1:5432"
MY = "mysql://root@127.0.0.1:3306"

#: system id -> (shown name, connector, DSN)
SCHEMAS: dict[str, tuple[str, str, str]] = {
    "pagila": ("pagila (PostgreSQL)", "postgresql", f"{PG}/pagila"),
    "chinook_pg": ("chinook (PostgreSQL)", "postgresql", f"{PG}/chinook"),
    "chinook_my": ("Chinook (MariaDB)", "mysql", f"{MY}/Chinook"),
    "opencart": ("opencart (MariaDB)", "mysql", f"{MY}/opencart"),
    "prestashop": ("prestashop (MariaDB)", "mysql", f"{MY}/prestashop"),
    "piitestdata": ("piitestdata (PostgreSQL)", "postgresql", f"{PG}/piitestdata"),
}

#: labelled set -> (system id, datasets scored; None = every base table of the system)
LABELLED: dict[str, tuple[str, tuple[str, ...] | None]] = {
    "pagila": ("pagila", None),
    "piicatcher_sample": ("piitestdata", ("public.sample_data",)),
    "presidio_fakename": ("piitestdata", ("public.fake_identity",)),
}

#: piimap entity -> label types it counts as (labels.csv vocabulary); DEVICE_ID and COOKIE_ID
#: have no labels.csv type, so they never count as a type-aware hit
ENTITY_TO_LABEL: dict[str, frozenset[str]] = {
    "PERSON_NAME": frozenset({"PERSON_NAME"}),
    "EMAIL_ADDRESS": frozenset({"EMAIL"}),
    "PHONE_NUMBER": frozenset({"PHONE"}),
    "STREET_ADDRESS": frozenset({"ADDRESS"}),
    "CITY": frozenset({"ADDRESS"}),
    "REGION": frozenset({"ADDRESS"}),
    "POSTAL_CODE": frozenset({"POSTAL_CODE"}),
    "IP_ADDRESS": frozenset({"IP"}),
    "PASSWORD_HASH": frozenset({"PASSWORD_HASH", "PASSWORD"}),
    "DATE_OF_BIRTH": frozenset({"DOB"}),
    "USERNAME": frozenset({"USERNAME"}),
    "CREDIT_CARD": frozenset({"PAYMENT"}),
    "CARD_LAST4": frozenset({"PAYMENT"}),
    "CARD_EXPIRY": frozenset({"PAYMENT"}),
    "CARD_CVV": frozenset({"PAYMENT"}),
    "CARD_BIN": frozenset({"PAYMENT"}),
    "CARD_BRAND": frozenset({"PAYMENT"}),
    "PAYMENT_TOKEN": frozenset({"PAYMENT"}),
    "BANK_ACCOUNT": frozenset({"PAYMENT"}),
    "NATIONAL_ID": frozenset({"NATIONAL_ID"}),
    "TAX_ID": frozenset({"TAX_ID"}),
    "GENDER": frozenset({"GENDER"}),
    "GEOLOCATION": frozenset({"GEO"}),
    "CRIMINAL_OFFENCE": frozenset({"CRIMINAL"}),
}

BASE_KINDS = ("table", "partitioned table")
#: Code whose uncommitted changes would change the numbers.
CODE = ("classifiers", "connectors", "lineage")

Key = tuple[str, str]  # (table, column), lower-cased


# --- scoring against labels.csv -------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One column in a scored scope, as one method labelled it."""

    table: str  #: as labels.csv names it: no schema
    name: str
    entities: tuple[str, ...] = ()  #: empty = not flagged
    label_types: frozenset[str] | None = None  #: label types the entities count as; None = derive

    @property
    def where(self) -> str:
        return f"{self.table}.{self.name}"


@dataclass
class Score:
    """Column-level counts of one method on one labelled set; lists hold ``table.column``."""

    name: str
    scored_columns: int = 0
    labelled: int = 0
    secondary_in_scope: int = 0
    tp: list[str] = field(default_factory=list)
    fp: list[str] = field(default_factory=list)
    fn: list[str] = field(default_factory=list)
    typed_tp: list[str] = field(default_factory=list)
    wrong_type: list[str] = field(default_factory=list)
    secondary_hits: list[str] = field(default_factory=list)
    missing_labels: list[str] = field(default_factory=list)
    view_hits: int = 0
    #: ``table.column`` -> the method's entities joined by "+" (flagged columns only)
    found: dict[str, str] = field(default_factory=dict)
    #: ``table.column`` -> its labels.csv (or labels_secondary.csv) type
    label: dict[str, str] = field(default_factory=dict)

    @property
    def flagged(self) -> int:
        return len(self.tp) + len(self.fp)

    def precision(self) -> float | None:
        return len(self.tp) / self.flagged if self.flagged else None

    def recall(self) -> float | None:
        return len(self.tp) / self.labelled if self.labelled else None

    def f1(self) -> float | None:
        p, r = self.precision(), self.recall()
        return f1(p, r)

    def typed_precision(self) -> float | None:
        return len(self.typed_tp) / self.flagged if self.flagged else None

    def typed_recall(self) -> float | None:
        return len(self.typed_tp) / self.labelled if self.labelled else None


def f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def read_labels(path: Path) -> dict[Key, str]:
    if not path.exists():
        return {}
    with path.open(newline="") as fh:
        return {
            (row["table"].strip().lower(), row["column"].strip().lower()): row["pii_type"].strip()
            for row in csv.DictReader(fh)
        }


def set_labels(name: str) -> tuple[dict[Key, str], dict[Key, str]]:
    """``labels.csv`` and ``labels_secondary.csv`` of a labelled set."""
    folder = REALWORLD / name
    return read_labels(folder / "labels.csv"), read_labels(folder / "labels_secondary.csv")


def table_of(dataset: str) -> str:
    """``public.customer`` -> ``customer``: labels.csv names tables without their schema."""
    return dataset.rsplit(".", 1)[-1].lower()


def score_columns(
    name: str,
    columns: Iterable[Column],
    labels: dict[Key, str],
    secondary: dict[Key, str],
) -> Score:
    """Score the columns of one scope (already restricted to base tables and the set's tables).

    A column is flagged when it has any entity. TP: flagged and labelled; FP: flagged, not
    labelled; FN: labelled, not flagged. Columns only in ``labels_secondary.csv`` count for
    nothing (their hits are kept for the reader). Type-aware: a TP counts when one of its
    entities maps (``label_types``, else :data:`ENTITY_TO_LABEL`) to the label's type.
    """
    result = Score(name)
    seen: set[Key] = set()
    for c in columns:
        key = (c.table.lower(), c.name.lower())
        seen.add(key)
        where = c.where
        label = labels.get(key)
        if c.entities:
            result.found[where] = "+".join(c.entities)
        if key in secondary and label is None:
            result.secondary_in_scope += 1
            result.label[where] = secondary[key]
            if c.entities:
                result.secondary_hits.append(where)
            continue
        result.scored_columns += 1
        if label is not None:
            result.labelled += 1
            result.label[where] = label
        if not c.entities:
            if label is not None:
                result.fn.append(where)
            continue
        if label is None:
            result.fp.append(where)
            continue
        result.tp.append(where)
        types = c.label_types
        if types is None:
            types = frozenset().union(*(ENTITY_TO_LABEL.get(e, ()) for e in c.entities))
        if label in types:
            result.typed_tp.append(where)
        else:
            result.wrong_type.append(where)
    result.missing_labels = [f"{t}.{c}" for t, c in sorted(set(labels) - seen)]
    return result


def pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


# --- the lines every benchmark ends with ----------------------------------------------------------


def revision(code: Sequence[str] = CODE) -> str:
    """The repository commit, and which of the measured folders differ from it."""
    root = Path(__file__).resolve().parents[1]
    try:
        head = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = [
            folder
            for folder in code
            if subprocess.run(
                ["git", "-C", str(root), "status", "--porcelain", "--", folder],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
        ]
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    if not dirty:
        return f"{head} (no uncommitted changes in {', '.join(code)})"
    return f"{head} + uncommitted changes in {', '.join(dirty)}"


def command_line() -> str:
    exe = Path(sys.executable)
    with contextlib.suppress(ValueError):
        exe = exe.relative_to(Path.cwd())
    return shlex.join([str(exe), *sys.argv])


def cpu() -> str:
    """``nproc N, <CPU model>``."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:
        cpus = os.cpu_count() or 0
    model = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"nproc {cpus}, {model}"


def machine() -> str:
    return f"{cpu()}, Python {platform.python_version()}"


# --- piimap's explanations, shortened (reasons are piimap's own: masked examples, no values) ----


def short(text: str, width: int = 150) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def verdict(entities: Sequence[Any]) -> str:
    """``EMAIL_ADDRESS 0.98, PERSON_NAME 0.60`` (EntityHit objects), or ``nothing``."""
    if not entities:
        return "nothing"
    return ", ".join(f"{e.entity} {e.confidence:.2f}" for e in entities)


def explain(entities: Sequence[Any], width: int = 75) -> str:
    """The first two entities with their explanations, shortened."""
    return " | ".join(f"{e.entity}: {short(e.explanation, width)}" for e in entities[:2])


def below_threshold(classifier: Any, ctx: Any) -> str:
    """What the signals said about a column the classifier did not flag: sub-threshold
    confidences (with the penalties that lowered them) and vetoes of supported entities."""
    from classifiers import combine

    hits = [h for s in classifier.signals for h in s.evaluate_many([ctx])[0]]
    if not hits:
        return "no signal said anything"
    parts = [
        f"{e.entity} {e.confidence:.2f} < threshold: {short(e.explanation, 110)}"
        for e in combine(hits, threshold=0.01)[:2]
    ]
    supported = {h.entity for h in hits if h.score > 0 and not h.veto}
    vetoed = sorted({h.entity for h in hits if h.veto} & supported)
    for entity in vetoed[:2]:
        reason = next(h.reason for h in hits if h.veto and h.entity == entity)
        parts.append(f"{entity} vetoed: {short(reason, 110)}")
    return (
        " | ".join(parts) if parts else "no signal supported any entity (penalties or vetoes only)"
    )
