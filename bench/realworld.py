"""Real-world schema benchmark: scan schemas nobody on this project designed, score the labels.

Scans, through piimap's library (``lineage.scan.scan_estate``), the public schemas that
``../shared/realworld/load.sh`` loads: Pagila, Chinook (PostgreSQL and MariaDB), OpenCart,
PrestaShop and the ``piitestdata`` database (piicatcher's sample and presidio-research's
FakeNameGenerator set). Prints, per schema, tables, columns, scan seconds, fields labelled PII and
issues; then precision and recall at the column level against ``labels.csv`` wherever a labelled
set exists, once for "any entity" and once type-aware.

Run from the repository root after loading the schemas::

    ../shared/realworld/load.sh          # once; about 30 s
    .venv/bin/python bench/realworld.py

The real-world files stay in ../shared/realworld (their licences differ); nothing is copied here.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from classifiers import default_classifier
from lineage.config import Estate, EstateConfig, SystemConfig
from lineage.model import Field, Snapshot
from lineage.scan import scan_estate

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

#: piimap entity -> label types it counts as (labels.csv vocabulary)
ENTITY_TO_LABEL: dict[str, frozenset[str]] = {
    "PERSON_NAME": frozenset({"PERSON_NAME"}),
    "EMAIL_ADDRESS": frozenset({"EMAIL"}),
    "PHONE_NUMBER": frozenset({"PHONE"}),
    "STREET_ADDRESS": frozenset({"ADDRESS"}),
    "CITY": frozenset({"ADDRESS"}),
    "POSTAL_CODE": frozenset({"POSTAL_CODE"}),
    "IP_ADDRESS": frozenset({"IP"}),
    "PASSWORD_HASH": frozenset({"PASSWORD_HASH", "PASSWORD"}),
    "DATE_OF_BIRTH": frozenset({"DOB"}),
    "USERNAME": frozenset({"USERNAME"}),
    "CREDIT_CARD": frozenset({"PAYMENT"}),
    "CARD_LAST4": frozenset({"PAYMENT"}),
    "CARD_EXPIRY": frozenset({"PAYMENT"}),
    "CARD_CVV": frozenset({"PAYMENT"}),
    "PAYMENT_TOKEN": frozenset({"PAYMENT"}),
    "BANK_ACCOUNT": frozenset({"PAYMENT"}),
    "NATIONAL_ID": frozenset({"NATIONAL_ID"}),
    "TAX_ID": frozenset({"TAX_ID"}),
    "GENDER": frozenset({"GENDER"}),
}

BASE_KINDS = ("table", "partitioned table")
#: Code whose uncommitted changes would change the numbers.
CODE = ("classifiers", "connectors", "lineage")

Key = tuple[str, str]  # (table, column), lower-cased


@dataclass
class ScanRow:
    system: str
    shown: str
    snapshot: Snapshot | None
    seconds: float
    problem: str = ""


@dataclass
class Score:
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

    @property
    def flagged(self) -> int:
        return len(self.tp) + len(self.fp)

    def precision(self) -> float | None:
        return len(self.tp) / self.flagged if self.flagged else None

    def recall(self) -> float | None:
        return len(self.tp) / self.labelled if self.labelled else None

    def typed_precision(self) -> float | None:
        return len(self.typed_tp) / self.flagged if self.flagged else None

    def typed_recall(self) -> float | None:
        return len(self.typed_tp) / self.labelled if self.labelled else None


# --- scanning -------------------------------------------------------------------------------------


def scan(system: str, connector: str, dsn: str, sample_size: int, folder: Path) -> ScanRow:
    shown = SCHEMAS[system][0]
    config = EstateConfig(
        systems={system: SystemConfig(connector=connector, dsn=dsn, sample_size=sample_size)}
    )
    estate = Estate(folder / "estate.yaml", config, "")
    start = time.perf_counter()
    snapshot = scan_estate(estate)
    seconds = time.perf_counter() - start
    problem = "" if snapshot.systems[0].scanned else snapshot.systems[0].not_scanned_reason
    return ScanRow(system, shown, snapshot, seconds, problem)


def scan_table(rows: list[ScanRow]) -> list[str]:
    out = [
        "| schema | tables | views | columns (fields) | seconds | fields labelled PII | issues |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        if r.snapshot is None or r.problem:
            out.append(f"| {r.shown} | - | - | - | {r.seconds:.2f} | - | not scanned |")
            continue
        s = r.snapshot
        tables = sum(d.kind in BASE_KINDS for d in s.datasets)
        views = len(s.datasets) - tables
        out.append(
            f"| {r.shown} | {tables} | {views} | {len(s.fields):,} | {r.seconds:.2f} | "
            f"{len(s.pii_fields())} | {len(s.issues)} |"
        )
    return out


# --- scoring --------------------------------------------------------------------------------------


def read_labels(path: Path) -> dict[Key, str]:
    if not path.exists():
        return {}
    with path.open(newline="") as fh:
        return {
            (row["table"].strip().lower(), row["column"].strip().lower()): row["pii_type"].strip()
            for row in csv.DictReader(fh)
        }


def table_of(dataset: str) -> str:
    """``public.customer`` -> ``customer``: labels.csv names tables without their schema."""
    return dataset.rsplit(".", 1)[-1].lower()


def entities(f: Field) -> str:
    return "+".join(e.entity for e in f.entities)


def score(name: str, snapshot: Snapshot, system: str, scope: tuple[str, ...] | None) -> Score:
    folder = REALWORLD / name
    labels = read_labels(folder / "labels.csv")
    secondary = read_labels(folder / "labels_secondary.csv")
    result = Score(name)
    kinds = {d.name: d.kind for d in snapshot.datasets if d.system == system}
    in_scope = {n for n, k in kinds.items() if k in BASE_KINDS and (scope is None or n in scope)}
    result.view_hits = sum(
        1
        for f in snapshot.fields
        if f.system == system and f.dataset not in in_scope and f.is_pii and scope is None
    )
    seen: set[Key] = set()
    for f in sorted(snapshot.fields, key=lambda f: (f.dataset, f.position)):
        if f.system != system or f.dataset not in in_scope:
            continue
        key = (table_of(f.dataset), f.name.lower())
        seen.add(key)
        where = f"{table_of(f.dataset)}.{f.name}"
        label = labels.get(key)
        if key in secondary and label is None:
            result.secondary_in_scope += 1
            if f.is_pii:
                result.secondary_hits.append(f"{where} [{secondary[key]}] -> {entities(f)}")
            continue
        result.scored_columns += 1
        if label is not None:
            result.labelled += 1
        if not f.is_pii:
            if label is not None:
                result.fn.append(f"{where} [{label}]")
            continue
        if label is None:
            result.fp.append(f"{where} -> {entities(f)}")
            continue
        result.tp.append(where)
        if any(label in ENTITY_TO_LABEL.get(e.entity, ()) for e in f.entities):
            result.typed_tp.append(where)
        else:
            result.wrong_type.append(f"{where} [{label}] -> {entities(f)}")
    result.missing_labels = [f"{t}.{c}" for t, c in sorted(set(labels) - seen)]
    return result


def pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def score_table(scores: Iterable[Score], kind: str) -> list[str]:
    out = [
        f"| set | columns scored | labelled PII | flagged by piimap | TP | FP | FN | "
        f"precision ({kind}) | recall ({kind}) | type-aware TP | type-aware precision | "
        f"type-aware recall |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for s in scores:
        out.append(
            f"| {s.name} | {s.scored_columns} | {s.labelled} | {s.flagged} | {len(s.tp)} | "
            f"{len(s.fp)} | {len(s.fn)} | {pct(s.precision())} | {pct(s.recall())} | "
            f"{len(s.typed_tp)} | {pct(s.typed_precision())} | {pct(s.typed_recall())} |"
        )
    return out


def details(s: Score) -> list[str]:
    def line(title: str, items: list[str]) -> str:
        return f"- {title} ({len(items)}): " + ("; ".join(items) if items else "none")

    out = [
        f"**{s.name}**",
        "",
        line("false positives (flagged, not labelled)", s.fp),
        line("false negatives (labelled, not flagged)", s.fn),
        line("right column, wrong type (type-aware misses)", s.wrong_type),
        line("hits on labels_secondary.csv columns (not scored)", s.secondary_hits),
    ]
    if s.missing_labels:
        out.append(line("labels naming no scanned column", s.missing_labels))
    if s.view_hits:
        out.append(f"- PII fields on views (not scored; labels name base tables): {s.view_hits}")
    out.append("")
    return out


# --- main -----------------------------------------------------------------------------------------


def revision() -> str:
    """The repository commit, and whether the code this benchmark runs differs from it."""
    root = Path(__file__).resolve().parents[1]
    try:
        head = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--", *CODE],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    return f"{head} + uncommitted changes in {', '.join(CODE)}" if dirty else head


def command_line() -> str:
    exe = Path(sys.executable)
    with contextlib.suppress(ValueError):
        exe = exe.relative_to(Path.cwd())
    return shlex.join([str(exe), *sys.argv])


def machine() -> str:
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
    return f"nproc {cpus}, {model}, Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sample-size",
        type=int,
        default=100,
        help="values sampled per column (piimap's default 100; 0 = catalog only)",
    )
    args = parser.parse_args(argv)

    signals = [s.name for s in default_classifier().signals]
    kind = "name-only" if signals == ["names"] else "signals: " + ", ".join(signals)

    rows: list[ScanRow] = []
    with tempfile.TemporaryDirectory(prefix="piimap-bench-") as tmp:
        for system, (_, connector, dsn) in SCHEMAS.items():
            print(f"scanning {system}...", file=sys.stderr)
            rows.append(scan(system, connector, dsn, args.sample_size, Path(tmp)))

    print(f"## Real-world schemas (sample_size={args.sample_size}; classifier {kind})\n")
    print("\n".join(scan_table(rows)))
    print()
    for r in rows:
        if r.problem:
            print(f"- {r.shown}: not scanned: {r.problem}")
        elif r.snapshot is not None:
            for issue in r.snapshot.issues:
                print(f"- {r.shown} issue: {issue.subject}: {issue.kind}: {issue.message}")
    print()

    snapshots = {r.system: r.snapshot for r in rows if r.snapshot is not None and not r.problem}
    scores = []
    for name, (system, scope) in LABELLED.items():
        if not (REALWORLD / name / "labels.csv").exists():
            print(f"- {name}: no labels.csv in {REALWORLD / name}; skipped")
            continue
        if system not in snapshots:
            print(f"- {name}: {system} was not scanned; skipped")
            continue
        scores.append(score(name, snapshots[system], system, scope))

    if scores:
        print(f"## Column-level precision and recall against labels.csv ({kind})\n")
        print("\n".join(score_table(scores, kind)))
        print()
        print(
            "A column counts as flagged when piimap gives it any entity. Columns in "
            "labels_secondary.csv are left out of every count. Type-aware: a flagged labelled "
            "column counts only when one of its entities maps to the label's type "
            "(CITY/STREET_ADDRESS->ADDRESS, PASSWORD_HASH->PASSWORD_HASH or PASSWORD, card and "
            "bank entities->PAYMENT, ...); precision keeps the same denominator (all flagged "
            "columns).\n"
        )
        for s in scores:
            print("\n".join(details(s)))

    print(f"Machine: {machine()}; databases on 127.0.0.1 (PostgreSQL 5432, MariaDB 3306)")
    print(f"Command: `{command_line()}`; piimap revision {revision()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
