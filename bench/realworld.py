"""Real-world schema benchmark: scan schemas nobody on this project designed, score the labels.

Scans, through piimap's library (``lineage.pipeline.run.scan_estate``), the public schemas that
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
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from _common import (
    BASE_KINDS,
    LABELLED,
    REALWORLD,
    SCHEMAS,
    Column,
    Score,
    command_line,
    machine,
    pct,
    revision,
    score_columns,
    set_labels,
    table_of,
)

from classifiers import default_classifier
from lineage.core.config import Estate, EstateConfig
from lineage.core.model import Snapshot
from lineage.pipeline.run import scan_estate


@dataclass
class ScanRow:
    system: str
    shown: str
    snapshot: Snapshot | None
    seconds: float
    problem: str = ""


# --- scanning -------------------------------------------------------------------------------------


def scan(system: str, connector: str, dsn: str, sample_size: int, folder: Path) -> ScanRow:
    shown = SCHEMAS[system][0]
    config = EstateConfig(
        systems={system: {"connector": connector, "dsn": dsn, "sample_size": sample_size}}
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


def platform_lines(rows: list[ScanRow]) -> list[str]:
    """Per scanned schema with a recognised platform: the platform, prefix and version, every
    extension with its catalogue verdict, and the third parties and gaps they give."""
    out = []
    for r in rows:
        if r.snapshot is None:
            continue
        (system,) = [s for s in r.snapshot.systems if s.id == r.system]
        facts = [f for f in system.facts if f.name.startswith("platform")]
        if not facts:
            continue
        version = next((f.value for f in facts if f.name == "platform_version"), None)
        platform = next(f for f in facts if f.name == "platform")
        prefix = next((f.value for f in facts if f.name == "platform_prefix"), "")
        out.append(
            f"- **{r.shown}**: {platform.value}, prefix `{prefix}`, version "
            f"{version or 'not recorded'} ({platform.evidence})"
        )
        extensions = [f for f in system.facts if f.name.startswith("extension.")]
        verdicts: dict[str, list[str]] = {}
        for f in extensions:
            verdicts.setdefault(f.value, []).append(f.name.removeprefix("extension."))
        if not extensions:
            out.append("  - no extension rows in the reference data")
        for verdict, names in sorted(verdicts.items()):
            out.append(f"  - {verdict} ({len(names)}): {', '.join(sorted(names))}")
        flows = [f for f in r.snapshot.flows if f.kind in ("extension", "webhook")]
        for flow in flows:
            out.append(f"  - flow {flow.id} -> {flow.target}: {', '.join(flow.entities)}")
        platform_gaps = [
            g for g in r.snapshot.gaps if "extension" in g.title or "platform" in g.title
        ]
        out.append(f"  - {len(platform_gaps)} platform gap(s)")
    return out


def score(name: str, snapshot: Snapshot, system: str, scope: tuple[str, ...] | None) -> Score:
    labels, secondary = set_labels(name)
    kinds = {d.name: d.kind for d in snapshot.datasets if d.system == system}
    in_scope = {n for n, k in kinds.items() if k in BASE_KINDS and (scope is None or n in scope)}
    columns = [
        Column(table_of(f.dataset), f.name, tuple(e.entity for e in f.entities))
        for f in sorted(snapshot.fields, key=lambda f: (f.dataset, f.position))
        if f.system == system and f.dataset in in_scope
    ]
    result = score_columns(name, columns, labels, secondary)
    result.view_hits = sum(
        1
        for f in snapshot.fields
        if f.system == system and f.dataset not in in_scope and f.is_pii and scope is None
    )
    return result


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
        line("false positives (flagged, not labelled)", [f"{w} -> {s.found[w]}" for w in s.fp]),
        line("false negatives (labelled, not flagged)", [f"{w} [{s.label[w]}]" for w in s.fn]),
        line(
            "right column, wrong type (type-aware misses)",
            [f"{w} [{s.label[w]}] -> {s.found[w]}" for w in s.wrong_type],
        ),
        line(
            "hits on labels_secondary.csv columns (not scored)",
            [f"{w} [{s.label[w]}] -> {s.found[w]}" for w in s.secondary_hits],
        ),
    ]
    if s.missing_labels:
        out.append(line("labels naming no scanned column", s.missing_labels))
    if s.view_hits:
        out.append(f"- PII fields on views (not scored; labels name base tables): {s.view_hits}")
    out.append("")
    return out


# --- main -----------------------------------------------------------------------------------------


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
    found = platform_lines(rows)
    if found:
        print("## Storefront platforms and extensions found\n")
        print("\n".join(found))
        print()
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
