"""Analyst API at scale: ``lineage.load`` of a 50,000-field snapshot, then ``where``.

Builds a deterministic synthetic snapshot (20 systems, 2,000 tables of 25 columns, about a third
of them holding personal data, with flows and gaps), saves it, and times in fresh processes
(cold: nothing loaded yet) and in one process (warm: the same file again) ``lineage.load(path)``
followed by ``estate.where("EMAIL_ADDRESS")``. Prints a Markdown table.

    .venv/bin/python bench/api.py                    # 50,000 fields, 5 runs each
    .venv/bin/python bench/api.py --fields 200000 --runs 3
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ENTITIES = (
    "EMAIL_ADDRESS",
    "PERSON_NAME",
    "PHONE_NUMBER",
    "STREET_ADDRESS",
    "POSTAL_CODE",
    "CITY",
    "IP_ADDRESS",
    "DATE_OF_BIRTH",
    "USERNAME",
    "COOKIE_ID",
)
COLUMNS_PER_TABLE = 25
SYSTEMS = 20


def synthetic_snapshot(fields: int = 50_000, seed: int = 9):  # type: ignore[no-untyped-def]
    """A snapshot of ``fields`` fields shaped like a large scan (same seed, same snapshot)."""
    from lineage.core.model import (
        ColumnLink,
        Control,
        Dataset,
        EntityHit,
        Field,
        Flow,
        ForeignKey,
        Gap,
        Snapshot,
        Status,
        System,
    )

    rng = random.Random(seed)
    tls = Control(Status.OK, ("sslmode=verify-full on the scan's own connection",))
    systems = [
        System(f"db{i:02d}", "postgresql", name=f"Database {i}", region="eu-west-1", transit=tls)
        for i in range(SYSTEMS)
    ]
    systems += [System(f"vendor{i}", "third_party", boundary="third_party") for i in range(10)]
    datasets, out, flows, gaps = [], [], [], []
    for t in range(max(1, fields // COLUMNS_PER_TABLE)):
        system, name = f"db{t % SYSTEMS:02d}", f"public.table_{t:05d}"
        fks = (ForeignKey(("parent_id",), f"public.table_{t - SYSTEMS:05d}", ("id",)),)
        datasets.append(
            Dataset(
                system,
                name,
                row_count=rng.randrange(10, 10**6),
                row_count_evidence="pg_class.reltuples",
                primary_key=("id",),
                foreign_keys=fks if t >= SYSTEMS else (),
                retention_policy="P3Y",
                at_rest=Control(Status.UNKNOWN, ("no at-rest encryption marker found",)),
            )
        )
        for c in range(COLUMNS_PER_TABLE):
            hits = ()
            if rng.random() < 0.33:
                picked = rng.sample(ENTITIES, rng.choice((1, 1, 1, 2)))
                hits = tuple(
                    EntityHit(
                        e,
                        round(rng.uniform(0.5, 1.0), 2),
                        ("column_name", "values"),
                        f"column name matches {e.lower()}; 87 of 100 sampled values match",
                    )
                    for e in picked
                )
            out.append(
                Field(
                    system,
                    name,
                    f"col_{c:02d}",
                    rng.choice(("text", "varchar(255)", "integer", "timestamp")),
                    position=c + 1,
                    entities=hits,
                    at_rest=Control(Status.UNKNOWN, ()),
                )
            )
    for i in range(500):
        source = f"db{i % SYSTEMS:02d}/public.table_{i:05d}"
        target = f"db{(i + 1) % SYSTEMS:02d}/public.table_{i + 1:05d}"
        links = tuple(
            ColumnLink(f"{source}/col_{c:02d}", f"{target}/col_{c:02d}", "copied") for c in range(5)
        )
        flows.append(
            Flow(
                f"sql_job:load-{i}",
                source,
                target,
                "sql_job",
                entities=("EMAIL_ADDRESS",),
                columns=links,
                transit=tls,
                evidence=("jobs/load.sql",),
            )
        )
        flows.append(
            Flow(
                f"declared:export-{i}",
                source,
                f"vendor{i % 10}",
                "declared",
                entities=("EMAIL_ADDRESS", "PERSON_NAME"),
                transit=Control(Status.GAP, ("http",)),
            )
        )
        gaps.append(
            Gap("SOC2 CC6.7", f"declared:export-{i}", "high", ("http",), "use https", (), "plain")
        )
    return Snapshot(
        "2026-01-01T00:00:00Z",
        "bench",
        systems=tuple(systems),
        datasets=tuple(datasets),
        fields=tuple(out),
        flows=tuple(flows),
        gaps=tuple(gaps),
    )


ONE_RUN = """
import json, sys, time
t = time.perf_counter()
import lineage, lineage.api, lineage.graph.query, pandas  # what an analyst's first cell imports
imported = time.perf_counter() - t
path = sys.argv[1]
t0 = time.perf_counter(); estate = lineage.load(path); t1 = time.perf_counter()
found = estate.where("EMAIL_ADDRESS"); t2 = time.perf_counter()
again = estate.where("EMAIL_ADDRESS"); t3 = time.perf_counter()
print(json.dumps({"import": imported, "load": t1 - t0, "where": t2 - t1, "where_again": t3 - t2,
                  "found": len(found)}))
"""


def run_once(path: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", ONE_RUN, str(path)], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fields", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    import _common

    import lineage
    from lineage.core import snapshot as snapshot_io

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "snapshot.json"
        snap = synthetic_snapshot(args.fields)
        snapshot_io.save(snap, path)
        size = path.stat().st_size
        print(f"snapshot: {len(snap.fields):,} fields, {size / 1e6:.1f} MB", file=sys.stderr)
        cold = [run_once(path) for _ in range(args.runs)]
        warm = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            estate = lineage.load(path)
            t1 = time.perf_counter()
            found = estate.where("EMAIL_ADDRESS")
            t2 = time.perf_counter()
            warm.append({"load": t1 - t0, "where": t2 - t1, "found": len(found)})
            del estate, found  # freed here, not inside the next run's timing

    def med(runs: list[dict[str, float]], key: str) -> str:
        return f"{statistics.median(r[key] for r in runs):.3f}"

    def total(r: dict[str, float]) -> float:
        return r["load"] + r["where"]

    rows = [
        ("cold (fresh process)", cold),
        ("warm (same process)", warm),
    ]
    print(
        f"Synthetic snapshot: {len(snap.fields):,} fields "
        f"({len(snap.pii_fields()):,} personal) in {len(snap.datasets):,} datasets, "
        f"{len(snap.flows):,} flows; snapshot.json {size / 1e6:.1f} MB; "
        f"`where` finds {cold[0]['found']:,} fields. Median of {args.runs} runs, seconds.\n"
    )
    print("| run | `lineage.load` | first `where` | load + where | max load + where |")
    print("|---|---:|---:|---:|---:|")
    for name, runs in rows:
        print(
            f"| {name} | {med(runs, 'load')} | {med(runs, 'where')} "
            f"| {statistics.median(map(total, runs)):.3f} | {max(map(total, runs)):.3f} |"
        )
    print(
        f"\nImporting `lineage.api` and pandas first (not in the times above): "
        f"{med(cold, 'import')} s. A second `where` on the same Estate: "
        f"{med(cold, 'where_again')} s."
    )
    print(f"\nMachine: {_common.machine()}  ")
    print(f"Command: `{_common.command_line()}`  ")
    print(f"Revision: {_common.revision()}")


if __name__ == "__main__":
    main()
