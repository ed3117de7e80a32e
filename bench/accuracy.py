"""Accuracy benchmark: piimap name-only, piimap name+values and presidio-structured on the
labelled real-world sets, then piimap's findings on the unlabelled storefront schemas.

For each labelled set (``pagila``, ``piicatcher_sample`` = ``piitestdata.public.sample_data``,
``presidio_fakename`` = ``piitestdata.public.fake_identity``), on the same base-table columns in
the same run:

(i)   piimap name-only: ``Classifier([NameSignal(), TypeSignal()])``;
(ii)  piimap name+values: the default classifier as ``piimap scan`` runs it (``scan_estate`` on a
      temporary estate; sample_size 100);
(iii) presidio-structured: ``PandasAnalysisBuilder(analyzer=<offline engine>)
      .generate_analysis(df)`` on a DataFrame of the very values piimap sampled (its connector's
      seeded 100-value sample per column), which labels each column with at most one entity.

Scoring follows ``realworld.py`` (``_common.score_columns``): column level, base tables only,
``labels_secondary.csv`` columns left out of every count. Then OpenCart, PrestaShop and Chinook
(PostgreSQL and MariaDB) are scanned with the default classifier and their PII fields listed.

Run from the repository root after loading the schemas::

    ../shared/realworld/load.sh          # once; about 30 s
    .venv/bin/python bench/accuracy.py

No raw value is ever printed: explanations carry piimap's masked examples only.
"""

from __future__ import annotations

import os

# Before Presidio is imported: tldextract must not fetch the Public Suffix List.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import argparse
import logging
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _common import (
    BASE_KINDS,
    ENTITY_TO_LABEL,
    LABELLED,
    REALWORLD,
    SCHEMAS,
    Column,
    Score,
    below_threshold,
    command_line,
    explain,
    machine,
    pct,
    revision,
    score_columns,
    set_labels,
    table_of,
    verdict,
)

from classifiers import Classifier, FieldContext, default_classifier
from classifiers.names import NameSignal
from classifiers.presidio_engine import PRESIDIO_ENTITIES, build_analyzer
from classifiers.types import TypeSignal
from classifiers.values import value_settings
from connectors import get_connector
from lineage.core.config import Estate, EstateConfig, SystemConfig
from lineage.core.model import Dataset, EntityHit, Field, Snapshot
from lineage.pipeline.classify import classify, field_contexts
from lineage.pipeline.run import scan_estate

#: Unlabelled schemas listed after the scores.
UNLABELLED = ("chinook_pg", "chinook_my", "opencart", "prestashop")
#: Goal for name+values on every labelled set.
GOAL_RECALL, GOAL_PRECISION = 0.95, 0.90
METHODS = {
    "name": "(i) piimap name-only",
    "values": "(ii) piimap name+values",
    "presidio": "(iii) presidio-structured",
    "presidio_pd": "(iii') presidio-structured, personal-data labels only",
}


def presidio_to_piimap(label: str) -> str | None:
    """A Presidio entity in piimap's vocabulary (``classifiers.presidio_engine``); None for the
    ones piimap does not treat as personal data (DATE_TIME, URL, UUID...)."""
    spec = PRESIDIO_ENTITIES.get(label)
    return spec.entity if spec else None


# --- one labelled set -----------------------------------------------------------------------------


@dataclass
class SetRun:
    name: str
    tables: int = 0
    columns: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    scores: dict[str, Score] = field(default_factory=dict)
    #: keyed by table.column: each method's verdicts and what was classified
    name_fields: dict[str, Field] = field(default_factory=dict)
    value_fields: dict[str, Field] = field(default_factory=dict)
    presidio: dict[str, str] = field(default_factory=dict)
    contexts: dict[str, FieldContext] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def estate_for(systems: dict[str, SystemConfig], folder: Path) -> Estate:
    return Estate(folder / "estate.yaml", EstateConfig(systems=systems), "")


def contexts_of(
    fields: Sequence[Field], samples: dict[str, tuple[object, ...]], datasets: Sequence[Dataset]
) -> dict[str, FieldContext]:
    """The FieldContext each field is classified with, exactly as a scan builds it."""
    return {
        f.id: c
        for f, c in zip(fields, field_contexts(list(fields), samples, datasets), strict=True)
    }


def dataframe(fields: Sequence[Field], samples: dict[str, tuple[object, ...]]) -> Any:
    """One table's sampled values as a DataFrame, short columns padded with empty strings
    (Presidio finds nothing in ""); binary values become "" (analyze_iterator wants str)."""
    import pandas as pd

    cols = {
        f.name: ["" if isinstance(v, bytes) else str(v) for v in samples.get(f.id, ())]
        for f in fields
    }
    rows = max((len(v) for v in cols.values()), default=0)
    return pd.DataFrame({k: v + [""] * (rows - len(v)) for k, v in cols.items()})


def run_set(
    name: str, sample_size: int, folder: Path, builder: Any, name_only: Classifier
) -> SetRun:
    system, scope = LABELLED[name]
    _, connector, dsn = SCHEMAS[system]
    cfg = get_connector(connector).config_model(
        connector=connector, dsn=dsn, sample_size=sample_size, include=list(scope or ())
    )
    estate = estate_for({system: cfg}, folder)
    run = SetRun(name)

    # The sample piimap classifies, read once through its connector (seeded: scan_estate reads
    # the same rows again below).
    start = time.perf_counter()
    result = get_connector(connector)(system, cfg, estate).scan()
    run.seconds["sampling"] = time.perf_counter() - start
    kinds = {d.name: d.kind for d in result.datasets}
    in_scope = {n for n, k in kinds.items() if k in BASE_KINDS and (scope is None or n in scope)}
    fields = [f for f in result.fields if f.dataset in in_scope]
    fields.sort(key=lambda f: (f.dataset, f.position))
    run.tables, run.columns = len(in_scope), len(fields)

    def where(f: Field) -> str:
        return f"{table_of(f.dataset)}.{f.name}"

    contexts = contexts_of(fields, result.samples, result.datasets)
    run.contexts = {where(f): contexts[f.id] for f in fields}

    labels, secondary = set_labels(name)

    # (i) name-only, on the same fields.
    start = time.perf_counter()
    named = classify(fields, result.samples, result.datasets, name_only)
    run.seconds["name"] = time.perf_counter() - start
    run.name_fields = {where(f): f for f in named}
    run.scores["name"] = score_columns(
        name,
        [Column(table_of(f.dataset), f.name, tuple(e.entity for e in f.entities)) for f in named],
        labels,
        secondary,
    )

    # (ii) name+values: what `piimap scan` does, end to end ...
    start = time.perf_counter()
    snapshot = scan_estate(estate)
    run.seconds["scan_estate"] = time.perf_counter() - start
    scanned = sorted(
        (f for f in snapshot.fields if f.dataset in in_scope), key=lambda f: (f.dataset, f.position)
    )
    run.value_fields = {where(f): f for f in scanned}
    run.scores["values"] = score_columns(
        name,
        [Column(table_of(f.dataset), f.name, tuple(e.entity for e in f.entities)) for f in scanned],
        labels,
        secondary,
    )
    # ... and its classification alone, on the sample read above (the same values).
    settings = estate.config.classification
    classifier = default_classifier(value_settings(settings, estate.base_dir), settings.threshold)
    start = time.perf_counter()
    again = classify(fields, result.samples, result.datasets, classifier)
    run.seconds["values"] = time.perf_counter() - start
    differ = [
        where(f)
        for f in again
        if {e.entity for e in f.entities} != {e.entity for e in run.value_fields[where(f)].entities}
    ]
    if differ:
        run.notes.append(
            "scan_estate and a second classification of the connector's sample disagree on "
            + ", ".join(differ)
            + " (the scores use scan_estate's)"
        )

    # (iii) presidio-structured on a DataFrame of the same values, table by table.
    start = time.perf_counter()
    by_table: dict[str, list[Field]] = defaultdict(list)
    for f in fields:
        by_table[f.dataset].append(f)
    for table_fields in by_table.values():
        df = dataframe(table_fields, result.samples)
        mapping = builder.generate_analysis(df).entity_mapping
        for f in table_fields:
            if f.name in mapping:
                run.presidio[where(f)] = mapping[f.name]
    run.seconds["presidio"] = time.perf_counter() - start

    def presidio_column(f: Field, personal_only: bool) -> Column:
        label = run.presidio.get(where(f))
        ours = presidio_to_piimap(label) if label else None
        flagged = label is not None and (ours is not None or not personal_only)
        types = ENTITY_TO_LABEL.get(ours or "", frozenset())
        return Column(table_of(f.dataset), f.name, (label,) if flagged and label else (), types)

    for key, personal_only in (("presidio", False), ("presidio_pd", True)):
        run.scores[key] = score_columns(
            name, [presidio_column(f, personal_only) for f in fields], labels, secondary
        )
    return run


# --- explanations ---------------------------------------------------------------------------------


def _ents(f: Field | None) -> tuple[EntityHit, ...]:
    return f.entities if f is not None else ()


def misses(run: SetRun, key: str, name_only: Classifier, full: Classifier) -> list[str]:
    s = run.scores[key]
    out = [f"*{METHODS[key]}*"]
    if not s.fp and not s.fn and not s.wrong_type:
        return [*out, "- no false positive, no false negative", ""]
    fp, fn, wrong = s.fp, s.fn, s.wrong_type
    if key == "presidio_pd":  # only what differs from (iii)
        base = run.scores["presidio"]
        fp = [w for w in fp if w not in base.fp]
        fn = [w for w in fn if w not in base.fn]
        wrong = [w for w in wrong if w not in base.wrong_type]
        gone = [w for w in base.fp if w not in s.fp]
        out.append(
            f"- as (iii), without the {len(gone)} false positives labelled with non-personal "
            "entities" + (", and:" if fp or fn or wrong else "")
        )
    for w in fp:
        if key.startswith("presidio"):
            out.append(
                f"- FP `{w}`: labelled {s.found[w]}; piimap name+values: "
                f"{verdict(_ents(run.value_fields.get(w)))}"
            )
        else:
            fields = run.name_fields if key == "name" else run.value_fields
            f = fields.get(w)
            out.append(f"- FP `{w}` → {verdict(_ents(f))}: {explain(_ents(f))}")
    for w in fn:
        label = s.label[w]
        if key.startswith("presidio"):
            f = run.value_fields.get(w)
            said = run.presidio.get(w)
            extra = f" (labelled {said}, not personal data)" if said else ""
            out.append(
                f"- FN `{w}` [{label}]{extra}; piimap name+values: {verdict(_ents(f))}"
                + (f": {explain(_ents(f))}" if f and f.entities else "")
            )
        else:
            classifier = name_only if key == "name" else full
            out.append(f"- FN `{w}` [{label}]: {below_threshold(classifier, run.contexts[w])}")
    for w in wrong:
        out.append(f"- wrong type `{w}` [{s.label[w]}] → {s.found[w]}")
    out.append("")
    return out


# --- output ---------------------------------------------------------------------------------------


def score_table(runs: list[SetRun]) -> list[str]:
    out = [
        "| set | method | columns scored | labelled | flagged | TP | FP | FN | precision | "
        "recall | F1 | type-aware recall | classify s |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for run in runs:
        for key, title in METHODS.items():
            s = run.scores[key]
            seconds = run.seconds["presidio" if key.startswith("presidio") else key]
            out.append(
                f"| {run.name} | {title} | {s.scored_columns} | {s.labelled} | {s.flagged} | "
                f"{len(s.tp)} | {len(s.fp)} | {len(s.fn)} | {pct(s.precision())} | "
                f"{pct(s.recall())} | {pct(s.f1())} | {pct(s.typed_recall())} | {seconds:.2f} |"
            )
    return out


def timing_table(runs: list[SetRun], builds: dict[str, float]) -> list[str]:
    out = [
        "| set | base tables | columns | sampling (connector) s | (i) name-only s | "
        "(ii) name+values classify s | (ii) `scan_estate` end to end s | "
        "(iii) presidio-structured s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in runs:
        t = r.seconds
        out.append(
            f"| {r.name} | {r.tables} | {r.columns} | {t['sampling']:.2f} | {t['name']:.3f} | "
            f"{t['values']:.2f} | {t['scan_estate']:.2f} | {t['presidio']:.2f} |"
        )
    out.append("")
    out.append(
        "Engines built once before timing (not in the table): "
        + ", ".join(f"{k} {v:.2f} s" for k, v in builds.items())
        + "."
    )
    return out


def goal_lines(runs: list[SetRun]) -> list[str]:
    out = []
    met_all = True
    for r in runs:
        s = r.scores["values"]
        p, rc = s.precision() or 0.0, s.recall() or 0.0
        met = rc >= GOAL_RECALL and p >= GOAL_PRECISION
        met_all &= met
        out.append(
            f"- {r.name}: recall {rc:.2f} (goal ≥ {GOAL_RECALL}), precision {p:.2f} "
            f"(goal ≥ {GOAL_PRECISION}): **{'met' if met else 'NOT met'}**"
        )
    out.append(f"- all sets: **{'met' if met_all else 'NOT met'}**")
    return out


def unlabelled(snapshot: Snapshot, seconds: float) -> list[str]:
    out = [
        "## PII fields found on the unlabelled schemas (piimap name+values, default classifier)",
        "",
        f"One `scan_estate` over {len(UNLABELLED)} systems, {seconds:.2f} s. Unlabelled: judge "
        "each line. Format: `column → ENTITY confidence`, grouped by table; OpenCart and "
        "PrestaShop hold no rows (structure and reference data only), so most of their verdicts "
        "come from names and types.",
        "",
    ]
    kinds = {(d.system, d.name): d.kind for d in snapshot.datasets}
    for system in UNLABELLED:
        sys_row = next(s for s in snapshot.systems if s.id == system)
        shown = SCHEMAS[system][0]
        if not sys_row.scanned:
            out += [f"### {shown}: not scanned ({sys_row.not_scanned_reason})", ""]
            continue
        fields = [f for f in snapshot.fields if f.system == system]
        tables = {d.name for d in snapshot.datasets if d.system == system}
        pii: dict[str, list[Field]] = defaultdict(list)
        for f in sorted(fields, key=lambda f: (f.dataset, f.position)):
            if f.is_pii:
                pii[f.dataset].append(f)
        out.append(
            f"### {shown}: {sum(len(v) for v in pii.values())} PII fields of {len(fields):,} "
            f"in {len(pii)} of {len(tables)} tables"
        )
        out.append("")
        compact = len(tables) > 30
        for dataset, fs in pii.items():
            table = dataset.rsplit(".", 1)[-1]
            kind = "" if kinds.get((system, dataset)) in BASE_KINDS else " (view)"
            if compact:
                items = "; ".join(f"{f.name} → {verdict(f.entities)}" for f in fs)
                out.append(f"- **{table}**{kind}: {items}")
            else:
                for f in fs:
                    out.append(f"- `{table}.{f.name}`{kind} → {verdict(f.entities)}")
        out.append("")
    return out


# --- main -----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sample-size", type=int, default=100, help="values sampled per column (default 100)"
    )
    parser.add_argument(
        "--skip-unlabelled", action="store_true", help="score the labelled sets only"
    )
    args = parser.parse_args(argv)
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

    from presidio_structured import PandasAnalysisBuilder

    builds: dict[str, float] = {}
    start = time.perf_counter()
    analyzer = build_analyzer()
    builder = PandasAnalysisBuilder(analyzer=analyzer)
    builds["presidio-structured's offline AnalyzerEngine"] = time.perf_counter() - start
    name_only = Classifier([NameSignal(), TypeSignal()])
    name_only.prepare()
    full = default_classifier()
    start = time.perf_counter()
    full.prepare()  # the same ValueSettings as scan_estate's: its engine is cached per process
    builds["piimap's value engine"] = time.perf_counter() - start

    runs = []
    with tempfile.TemporaryDirectory(prefix="piimap-bench-") as tmp:
        for name in LABELLED:
            if not (REALWORLD / name / "labels.csv").exists():
                print(f"{name}: no labels.csv in {REALWORLD / name}; skipped", file=sys.stderr)
                continue
            print(f"scoring {name}...", file=sys.stderr)
            runs.append(run_set(name, args.sample_size, Path(tmp), builder, name_only))
        snapshot, seconds = None, 0.0
        if not args.skip_unlabelled:
            print("scanning the unlabelled schemas...", file=sys.stderr)
            systems = {
                sid: get_connector(SCHEMAS[sid][1]).config_model(
                    connector=SCHEMAS[sid][1], dsn=SCHEMAS[sid][2], sample_size=args.sample_size
                )
                for sid in UNLABELLED
            }
            start = time.perf_counter()
            snapshot = scan_estate(estate_for(systems, Path(tmp)))
            seconds = time.perf_counter() - start

    signals = ", ".join(s.name for s in full.signals)
    print(f"## Accuracy on the labelled real-world sets (sample_size={args.sample_size})\n")
    print("\n".join(score_table(runs)))
    print()
    print(
        "Column level, base tables only; a column is flagged when the method gives it any "
        "entity (presidio-structured: any label, DATE_TIME and URL included). Columns in "
        "labels_secondary.csv count for nothing. (ii) is the default classifier "
        f"(signals: {signals}) run through `scan_estate`; (iii) is `PandasAnalysisBuilder"
        "(analyzer=build_analyzer()).generate_analysis(df)` (default `most_common` strategy, "
        "Presidio's predefined recognizers, no NER, the same phone regions as piimap) on a "
        "DataFrame of the values piimap's connector sampled for that column (its seeded sample: "
        f"up to {args.sample_size} non-null values per column, not the first rows). (iii') "
        "counts only presidio labels that map to a piimap personal-data entity "
        "(`PRESIDIO_ENTITIES`), i.e. drops DATE_TIME, URL, UUID...; shown for reference. "
        "Type-aware recall: labelled columns whose entity maps to the label's type. "
        "'classify s': classification of the in-memory sample only.\n"
    )
    print("### Goal: name+values recall ≥ 0.95 and precision ≥ 0.90 on every set\n")
    print("\n".join(goal_lines(runs)))
    print()
    print("### Timing\n")
    print("\n".join(timing_table(runs, builds)))
    print()
    print("### False positives and false negatives\n")
    print(
        "piimap lines give its entities with a shortened explanation (masked examples only); "
        "for a column piimap did not flag, what its signals said below the threshold.\n"
    )
    for run in runs:
        print(f"**{run.name}**\n")
        for note in run.notes:
            print(f"- note: {note}")
        for key in METHODS:
            print("\n".join(misses(run, key, name_only, full)))
    if snapshot is not None:
        print("\n".join(unlabelled(snapshot, seconds)))

    print(f"Machine: {machine()}; databases on 127.0.0.1 (PostgreSQL 5432, MariaDB 3306)")
    print(f"Command: `{command_line()}`; piimap revision {revision()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
