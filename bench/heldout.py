"""Held-out classification benchmark (issue 15): precision, recall and F1 of piimap's default
classifier on public sample databases that no rule was tuned on, apart from the tuned sets.

The held-out sets were labelled by hand, column by column, before piimap ever ran on them
(``bench/heldout/labels/``, rules in ``docs/labelling.md``); the git history shows the labels
committed first. Their data is not in this repository: ``bench/heldout/load.py`` loads it from the
public repositories it comes from into the local servers (databases ``heldout_<set>``), one module
per set in ``bench/heldout/sets/`` saying where the data comes from and how it is translated
(:data:`SOURCES` is read from them, so a new module is benchmarked without editing this file).

Each set is scanned through ``lineage.pipeline.run.scan_estate`` with piimap's defaults, as
``piimap scan`` would, and every base-table column is scored twice:

- strict: only ``<set>.csv`` columns count as personal data; a flag on an either-way column
  (``<set>_secondary.csv``) is a false positive;
- lenient: either-way columns are left out of every count;
- inclusive: either-way columns count as personal data (a flag is a true positive, no flag a
  false negative), as issue 15's first measurement counted them.

The tuned sets (pagila, piicatcher_sample, presidio_fakename, whose misses shaped the rules) are
scored the same way from their existing labels and reported separately. ``--misses`` prints the
per-column errors; do not share them for held-out sets (other engineers must not tune to them).

Run from the repository root::

    .venv/bin/python bench/heldout/load.py   # once; a few seconds
    ../shared/realworld/load.sh    # once, for the tuned sets
    .venv/bin/python bench/heldout.py
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _common import (
    BASE_KINDS,
    LABELLED,
    MY,
    PG,
    REALWORLD,
    SCHEMAS,
    Column,
    Score,
    command_line,
    f1,
    machine,
    pct,
    read_labels,
    revision,
    score_columns,
    set_labels,
    table_of,
)

from lineage.core.config import Estate, EstateConfig
from lineage.core.model import Snapshot
from lineage.pipeline.run import scan_estate

HERE = Path(__file__).resolve().parent / "heldout"
LABELS = HERE / "labels"
LOADER = "bench/heldout/load.py"


def _set_modules() -> dict[str, Any]:
    """``bench/heldout/load.py``'s :func:`discover`: every set module, by name."""
    spec = importlib.util.spec_from_file_location("heldout_load", HERE / "load.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # before running it, for its dataclasses
    spec.loader.exec_module(module)
    return dict(module.discover())


@dataclass(frozen=True)
class Source:
    repo: str  #: owner/name on GitHub
    commit: str
    files: str
    licence: str
    engine: str  #: "postgresql" or "mysql"

    @property
    def connector(self) -> str:
        return self.engine

    def dsn(self, db: str) -> str:
        return f"{PG if self.engine == 'postgresql' else MY}/{db}"


#: held-out set -> where its data comes from (``bench/heldout/sets/<set>.py``)
SOURCES: dict[str, Source] = {
    name: Source(s.repo, s.commit, s.files, s.licence, s.engine)
    for name, s in _set_modules().items()
}


def database(name: str) -> str:
    return f"heldout_{name}"


@dataclass
class SetResult:
    name: str
    tuned: bool
    tables: int = 0
    columns: int = 0
    seconds: float = 0.0
    strict: Score | None = None
    lenient: Score | None = None
    inclusive: Score | None = None
    problem: str = ""


# --- scanning -------------------------------------------------------------------------------------


def scan(system: str, connector: str, dsn: str, sample_size: int | None, folder: Path) -> Snapshot:
    """One system scanned with piimap's defaults (and ``sample_size`` when given)."""
    cfg: dict[str, object] = {"connector": connector, "dsn": dsn}
    if sample_size is not None:
        cfg["sample_size"] = sample_size
    estate = Estate(folder / "estate.yaml", EstateConfig(systems={system: cfg}), "")
    return scan_estate(estate)


def exists(db: str, engine: str) -> bool:
    if engine == "mysql":
        import pymysql

        try:
            conn = pymysql.connect(host="127.0.0.1", port=3306, user="root", connect_timeout=3)
        except pymysql.Error as exc:
            sys.exit(f"heldout.py: MariaDB at {MY} is not reachable: {type(exc).__name__}")
        with conn, conn.cursor() as cur:
            cur.execute("SELECT 1 FROM information_schema.schemata WHERE schema_name = %s", (db,))
            return cur.fetchone() is not None
    import psycopg

    try:
        with psycopg.connect(f"{PG}/postgres", connect_timeout=3) as conn:
            row = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (db,)).fetchone()
    except psycopg.Error as exc:
        sys.exit(f"heldout.py: PostgreSQL at {PG} is not reachable: {type(exc).__name__}")
    return row is not None


def columns_of(
    snapshot: Snapshot, system: str, scope: tuple[str, ...] | None
) -> tuple[int, list[Column]]:
    kinds = {d.name: d.kind for d in snapshot.datasets if d.system == system}
    in_scope = {n for n, k in kinds.items() if k in BASE_KINDS and (scope is None or n in scope)}
    cols = [
        Column(table_of(f.dataset), f.name, tuple(e.entity for e in f.entities))
        for f in sorted(snapshot.fields, key=lambda f: (f.dataset, f.position))
        if f.system == system and f.dataset in in_scope
    ]
    return len(in_scope), cols


def run_set(
    name: str,
    tuned: bool,
    labels: tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]],
    system: str,
    connector: str,
    dsn: str,
    scope: tuple[str, ...] | None,
    sample_size: int | None,
    folder: Path,
) -> SetResult:
    result = SetResult(name, tuned)
    start = time.perf_counter()
    snapshot = scan(system, connector, dsn, sample_size, folder)
    result.seconds = time.perf_counter() - start
    (row,) = snapshot.systems
    if not row.scanned:
        result.problem = f"not scanned: {row.not_scanned_reason}"
        return result
    primary, secondary = labels
    result.tables, cols = columns_of(snapshot, system, scope)
    result.columns = len(cols)
    result.strict = score_columns(name, cols, primary, {})
    result.lenient = score_columns(name, cols, primary, secondary)
    result.inclusive = score_columns(name, cols, {**secondary, **primary}, {})
    return result


# --- output ---------------------------------------------------------------------------------------


def row(name: str, mode: str, s: Score) -> str:
    return (
        f"| {name} | {mode} | {s.scored_columns} | {s.labelled} | {s.flagged} | {len(s.tp)} | "
        f"{len(s.fp)} | {len(s.fn)} | {pct(s.precision())} | {pct(s.recall())} | {pct(s.f1())} |"
    )


def pooled(name: str, scores: list[Score]) -> Score:
    """Micro-average: the counts of several sets added up."""
    total = Score(name)
    for s in scores:
        total.scored_columns += s.scored_columns
        total.labelled += s.labelled
        total.tp += s.tp
        total.fp += s.fp
        total.fn += s.fn
    return total


#: The scorings, as the module docstring defines them.
MODES = ("strict", "lenient", "inclusive")


def table(results: list[SetResult], title: str) -> list[str]:
    out = [
        f"### {title}",
        "",
        "| set | scoring | columns scored | labelled | flagged | TP | FP | FN | precision | "
        "recall | F1 |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    done = [r for r in results if r.strict is not None and r.lenient is not None]
    for r in results:
        if r.strict is None or r.lenient is None:
            out.append(f"| {r.name} | - | - | - | - | - | - | - | - | - | - ({r.problem}) |")
            continue
        for mode in MODES:
            out.append(row(r.name, mode, getattr(r, mode)))
    if len(done) > 1:
        for mode in MODES:
            scores = [getattr(r, mode) for r in done]
            out.append(row("**all, pooled**", mode, pooled("all", scores)))
        for mode in MODES:
            scores = [getattr(r, mode) for r in done]
            # A set that flagged nothing has no precision, one with nothing labelled no recall:
            # each mean is over the sets where it is defined (n/a is not a zero).
            ps = [x for x in (s.precision() for s in scores) if x is not None]
            rs = [x for x in (s.recall() for s in scores) if x is not None]
            p = sum(ps) / len(ps) if ps else 0.0
            r_ = sum(rs) / len(rs) if rs else 0.0
            out.append(
                f"| **all, mean of sets** | {mode} | | | | | | | {p:.2f} | {r_:.2f} | "
                f"{pct(f1(p, r_))} |"
            )
    return out


def misses(r: SetResult) -> list[str]:
    """Per-column errors of one set (lenient FP/FN, then either-way columns flagged)."""
    assert r.lenient is not None and r.strict is not None
    s = r.lenient
    out = [f"**{r.name}**", ""]
    out += [f"- FP `{w}` -> {s.found[w]}" for w in s.fp]
    out += [f"- FN `{w}` [{s.label[w]}]" for w in s.fn]
    out += [f"- either-way column flagged `{w}` -> {s.found[w]}" for w in s.secondary_hits]
    if not (s.fp or s.fn or s.secondary_hits):
        out.append("- no false positive, no false negative, no either-way column flagged")
    out.append("")
    return out


# --- main -----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sample-size",
        type=int,
        default=None,
        help="values sampled per column (default: piimap's own default, as `piimap scan`)",
    )
    parser.add_argument(
        "--sets",
        nargs="+",
        metavar="SET",
        choices=[*SOURCES, *LABELLED],
        help="only these sets (default: every held-out and tuned set)",
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help="also print each set's per-column errors (never share them for held-out sets)",
    )
    args = parser.parse_args(argv)
    wanted = args.sets or [*SOURCES, *LABELLED]

    missing = [s for s in SOURCES if s in wanted and not exists(database(s), SOURCES[s].engine)]
    if missing:
        print(
            f"heldout.py: database(s) {', '.join(database(s) for s in missing)} not found; "
            f"run .venv/bin/python {LOADER} --sets {' '.join(missing)} first",
            file=sys.stderr,
        )
        return 2

    results: list[SetResult] = []
    with tempfile.TemporaryDirectory(prefix="piimap-heldout-") as tmp:
        for name in (s for s in SOURCES if s in wanted):
            print(f"scanning {database(name)}...", file=sys.stderr)
            labels = (
                read_labels(LABELS / f"{name}.csv"),
                read_labels(LABELS / f"{name}_secondary.csv"),
            )
            db = database(name)
            results.append(
                run_set(
                    name,
                    False,
                    labels,
                    db,
                    SOURCES[name].connector,
                    SOURCES[name].dsn(db),
                    None,
                    args.sample_size,
                    Path(tmp),
                )
            )
        for name in (s for s in LABELLED if s in wanted):
            system, scope = LABELLED[name]
            _, connector, dsn = SCHEMAS[system]
            if not (REALWORLD / name / "labels.csv").exists():
                results.append(SetResult(name, True, problem=f"no labels in {REALWORLD / name}"))
                continue
            print(f"scanning {system} for {name}...", file=sys.stderr)
            results.append(
                run_set(
                    name,
                    True,
                    set_labels(name),
                    system,
                    connector,
                    dsn,
                    scope,
                    args.sample_size,
                    Path(tmp),
                )
            )

    held = [r for r in results if not r.tuned]
    tuned = [r for r in results if r.tuned]
    print(
        "## Held-out classification (piimap default classifier, "
        f"sample_size={args.sample_size or 'piimap default'})\n"
    )
    if held:
        print("\n".join(table(held, "Held-out sets (labelled before piimap ran on them)")))
        print()
    if tuned:
        print("\n".join(table(tuned, "Tuned sets (rules were added after seeing their misses)")))
        print()
    print(
        "strict: only `<set>.csv` columns are personal data, a flag on an either-way column "
        "(`<set>_secondary.csv`) is a false positive; lenient: either-way columns are left out; "
        "inclusive: either-way columns count as personal data. "
        "A column counts as flagged when piimap gives it any entity. Labelling rules: "
        "docs/labelling.md.\n"
    )
    print("| set | base tables | columns | scan s | labelled personal | either way | source |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for r in results:
        src = SOURCES.get(r.name)
        where = (
            f"https://github.com/{src.repo} @ {src.commit[:7]}: {src.files}; {src.licence}"
            if src
            else f"{REALWORLD / r.name} (tuned)"
        )
        second = r.lenient.secondary_in_scope if r.lenient else 0
        labelled = r.lenient.labelled if r.lenient else 0
        print(
            f"| {r.name} | {r.tables} | {r.columns} | {r.seconds:.2f} | {labelled} | {second} | "
            f"{where} |"
        )
    print()
    for r in results:
        if r.lenient and r.lenient.missing_labels:
            print(f"- {r.name}: labels naming no scanned column: {len(r.lenient.missing_labels)}")
    if args.misses:
        print("## Per-column errors\n")
        for r in results:
            if r.lenient is not None:
                print("\n".join(misses(r)))
    servers = "PostgreSQL on 127.0.0.1:5432"
    if any(SOURCES[r.name].engine == "mysql" for r in results if r.name in SOURCES):
        servers += ", MariaDB on 127.0.0.1:3306"
    print(f"Machine: {machine()}; {servers}")
    print(f"Command: `{command_line()}`; piimap revision {revision()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
