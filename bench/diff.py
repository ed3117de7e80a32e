"""Snapshot diff benchmark: load two snapshots of 50,000 fields, diff them and render the diff.

1. Builds a synthetic estate with a fixed ``--seed``: ``--fields`` fields (default 50,000) in
   tables of 25 columns spread over 10 systems, a third of them personal data (one or two
   entities each, with signals and an explanation as a scan writes them), one flow per 20 tables
   plus third-party flows, and the gaps an assessment would give. Then a second snapshot, a
   quarter later, with ``--changes`` changes (default 300) of every kind ``piimap diff`` reports:
   new and dropped tables and personal-data fields, entities gained and lost, confidences moved,
   flows and third parties added and removed, transit, at-rest, retention and authentication
   statuses changed, gaps opened and resolved.
2. Saves both with ``lineage.core.snapshot.save`` (what a scan writes) and times, ``--repeat`` times
   (default 5), each step as ``piimap diff BASE NEW`` runs it: load both files, ``diff`` (at the
   default 0.2 confidence threshold) and render text, JSON and Markdown; then the command itself,
   ``piimap diff --format markdown BASE NEW``, in a new process (start-up and imports count).
3. Prints the median and the slowest run of each step as a Markdown table, and checks that the
   diff found every planted change.

Run from the repository root (nothing else needed)::

    .venv/bin/python bench/diff.py                  # ~30 s
    .venv/bin/python bench/diff.py --fields 5000    # a quick look
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from _common import command_line, machine, revision

from lineage.ci.diff import diff, to_json, to_markdown, to_text
from lineage.core import snapshot as snapshot_io
from lineage.core.model import (
    Boundary,
    Control,
    Dataset,
    EntityHit,
    Field,
    Flow,
    Gap,
    Snapshot,
    Status,
    System,
)

_ENTITIES = ("EMAIL_ADDRESS", "PERSON_NAME", "PHONE_NUMBER", "STREET_ADDRESS", "DATE_OF_BIRTH",
             "IP_ADDRESS", "POSTAL_CODE", "CITY", "USERNAME", "PAYMENT_TOKEN")  # fmt: skip
_TYPES = ("text", "varchar(255)", "integer", "timestamp", "numeric(12,2)", "boolean")
_COLUMNS = 25
_SYSTEMS = 10


def _control(status: Status, why: str) -> Control:
    return Control(status, (why,))


def base_snapshot(n_fields: int, rng: random.Random) -> Snapshot:
    """A scan-shaped snapshot of ``n_fields`` fields."""
    systems = [
        System(f"db{i}", "postgresql", name=f"Database {i}", owner=f"team {i}", region="eu-west-1",
               transit=_control(Status.OK, "sslmode=verify-full"),
               at_rest=_control(Status.UNKNOWN, "storage encryption not visible"))
        for i in range(_SYSTEMS)
    ]  # fmt: skip
    systems += [
        System(f"vendor{i}", "third_party", name=f"Vendor {i}", boundary=Boundary.THIRD_PARTY)
        for i in range(20)
    ]
    datasets, fields = [], []
    n_tables = -(-n_fields // _COLUMNS)
    for t in range(n_tables):
        system = f"db{t % _SYSTEMS}"
        table = f"public.table_{t:05d}"
        datasets.append(
            Dataset(system, table, row_count=rng.randrange(10**6), retention_policy="P3Y",
                    oldest_record="2024-01-01 00:00:00",
                    retention=_control(Status.OK, f"{system}/{table}: within P3Y"),
                    audit=_control(Status.GAP, "no audit trigger"))
        )  # fmt: skip
        for c in range(min(_COLUMNS, n_fields - t * _COLUMNS)):
            entities: tuple[EntityHit, ...] = ()
            if rng.random() < 1 / 3:
                picked = rng.sample(_ENTITIES, rng.choice((1, 1, 2)))
                entities = tuple(
                    EntityHit(e, round(rng.uniform(0.5, 1.0), 2), ("name", "values"),
                              f"column name matches {e.lower()}; 97/100 sampled values match")
                    for e in picked
                )  # fmt: skip
            fields.append(
                Field(system, table, f"col_{c:02d}", rng.choice(_TYPES), position=c,
                      entities=entities,
                      at_rest=_control(Status.UNKNOWN, "not visible") if entities else Control())
            )  # fmt: skip
    flows = []
    for t in range(0, n_tables - 1, 20):
        src, dst = datasets[t], datasets[t + 1]
        flows.append(
            Flow(f"sql_job:load:{src.id}->{dst.id}", src.id, dst.id, "sql_job",
                 entities=("EMAIL_ADDRESS",), transit=_control(Status.UNKNOWN, "no URL"),
                 evidence=("jobs/load.sql",))
        )  # fmt: skip
    for v in range(20):
        flows.append(
            Flow(f"declared:to-vendor{v}", f"db{v % _SYSTEMS}", f"vendor{v}", "declared",
                 entities=("EMAIL_ADDRESS", "PERSON_NAME"),
                 transit=_control(Status.OK, f"https://api.vendor{v}.example"),
                 auth="short_lived_oauth")
        )  # fmt: skip
    gaps = [
        Gap("SOC2 CC7.2", f"db{i}", "medium", (f"changes in {n_tables // _SYSTEMS} datasets",),
            "Enable pgaudit.", title="changes to personal data go unaudited")
        for i in range(_SYSTEMS)
    ]  # fmt: skip
    return snapshot_io.normalised(
        Snapshot("2026-01-01T00:00:00Z", "bench", systems=tuple(systems),
                 datasets=tuple(datasets), fields=tuple(fields), flows=tuple(flows),
                 gaps=tuple(gaps))
    )  # fmt: skip


def changed_snapshot(
    base: Snapshot, n_changes: int, rng: random.Random
) -> tuple[Snapshot, Counter[str]]:
    """``base`` a quarter later, with ``n_changes`` planted changes; returns what was planted."""
    planted: Counter[str] = Counter()
    per_kind = max(1, n_changes // 12)
    fields = list(base.fields)
    pii = [i for i, f in enumerate(fields) if f.entities]
    plain = [i for i, f in enumerate(fields) if not f.entities]
    for i in rng.sample(plain, per_kind):  # a plain column now holds e-mails
        fields[i] = dataclasses.replace(fields[i], entities=(EntityHit("EMAIL_ADDRESS", 0.95),))
        planted["entity_added"] += 1
    touched = rng.sample(pii, 3 * per_kind)
    for i in touched[:per_kind]:  # confidence moved past the threshold
        hit = fields[i].entities[0]
        moved = 0.3 if hit.confidence < 0.7 else -0.3
        fields[i] = dataclasses.replace(
            fields[i],
            entities=(dataclasses.replace(hit, confidence=round(hit.confidence + moved, 2)),
                      *fields[i].entities[1:]),
        )  # fmt: skip
        planted["confidence_changed"] += 1
    for i in touched[per_kind : 2 * per_kind]:  # proven encrypted now
        fields[i] = dataclasses.replace(fields[i], at_rest=_control(Status.OK, "pgcrypto"))
        planted["at_rest_changed"] += 1
    dropped = set(touched[2 * per_kind :])  # personal-data columns dropped
    planted["pii_field_removed"] += len(dropped)
    fields = [f for i, f in enumerate(fields) if i not in dropped]
    datasets = list(base.datasets)
    for n in range(per_kind):  # new tables, each with a column of e-mails
        system = f"db{n % _SYSTEMS}"
        table = f"public.new_table_{n:03d}"
        datasets.append(Dataset(system, table))
        fields.append(Field(system, table, "email", "text",
                            entities=(EntityHit("EMAIL_ADDRESS", 0.99),)))  # fmt: skip
        planted["dataset_added"] += 1
        planted["pii_field_added"] += 1
    for n in rng.sample(range(len(datasets) - per_kind), per_kind):  # retention lengthened
        datasets[n] = dataclasses.replace(datasets[n], retention_policy="P10Y")
        planted["retention_policy_changed"] += 1
    flows = list(base.flows)
    for n in range(per_kind):  # new flows to new third parties
        flows.append(Flow(f"declared:to-new{n}", f"db{n % _SYSTEMS}", f"newvendor{n}", "declared",
                          entities=("EMAIL_ADDRESS",),
                          transit=_control(Status.GAP, f"http://new{n}.example")))  # fmt: skip
        planted["flow_added"] += 1
        planted["third_party_added"] += 1
    vendor_flows = [i for i, f in enumerate(flows) if f.id.startswith("declared:to-vendor")]
    for i in vendor_flows[:10]:  # TLS turned off, a static key instead of OAuth
        flows[i] = dataclasses.replace(flows[i], transit=_control(Status.GAP, "http://"),
                                       auth="static_credential")  # fmt: skip
        planted["transit_changed"] += 1
        planted["auth_changed"] += 1
    systems = list(base.systems)
    systems += [
        System(f"newvendor{n}", "third_party", boundary=Boundary.THIRD_PARTY)
        for n in range(per_kind)
    ]
    gaps = list(base.gaps[1:])  # one resolved, some opened
    planted["gap_resolved"] += 1
    gaps += [
        Gap("SOC2 CC6.7", f"declared:to-new{n}", "high", ("http",), "Use TLS.",
            title="personal data travels unencrypted")
        for n in range(per_kind)
    ]  # fmt: skip
    planted["gap_added"] += per_kind
    new = snapshot_io.normalised(
        dataclasses.replace(base, scanned_at="2026-04-01T00:00:00Z", systems=tuple(systems),
                            datasets=tuple(datasets), fields=tuple(fields), flows=tuple(flows),
                            gaps=tuple(gaps))
    )  # fmt: skip
    return new, planted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--fields", type=int, default=50_000)
    parser.add_argument("--changes", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    load = os.getloadavg()
    print("building the snapshots...", file=sys.stderr)
    base = base_snapshot(args.fields, rng)
    new, planted = changed_snapshot(base, args.changes, rng)
    steps: dict[str, list[float]] = {
        "load both": [], "diff": [], "render text": [], "render JSON": [],
        "render Markdown": [], "total": [], "piimap diff (new process)": [],
    }  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        base_path, new_path = Path(tmp, "base.json"), Path(tmp, "new.json")
        snapshot_io.save(base, base_path)
        snapshot_io.save(new, new_path)
        sizes = base_path.stat().st_size, new_path.stat().st_size
        for run in range(args.repeat):
            print(f"run {run + 1}/{args.repeat}", file=sys.stderr)
            t0 = time.perf_counter()
            a, b = snapshot_io.load(base_path), snapshot_io.load(new_path)
            t1 = time.perf_counter()
            d = diff(a, b)
            t2 = time.perf_counter()
            to_text(d)
            t3 = time.perf_counter()
            to_json(d)
            t4 = time.perf_counter()
            to_markdown(d)
            t5 = time.perf_counter()
            for step, seconds in zip(steps, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t5 - t0),
                                     strict=False):  # fmt: skip
                steps[step].append(seconds)
            # The command as CI runs it: a new process (start-up and imports count).
            command = [sys.executable, "-c", "from lineage.cli import main; main()", "diff",
                       "--format", "markdown", str(base_path), str(new_path)]  # fmt: skip
            t6 = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            steps["piimap diff (new process)"].append(time.perf_counter() - t6)
    found = d.counts()
    missed = {k: (n, found.get(k, 0)) for k, n in planted.items() if found.get(k, 0) < n}
    print("# Snapshot diff benchmark\n")
    print(
        f"- machine: {machine()}; load average {load[0]:.1f} at the start, "
        f"{os.getloadavg()[0]:.1f} at the end (other work on the machine slows every step)"
    )
    print(f"- command: `{command_line()}`")
    print(f"- piimap revision: {revision()}")
    print(
        f"- snapshots: {len(a.fields):,} and {len(b.fields):,} fields "
        f"({sum(1 for f in a.fields if f.entities):,} personal data), {len(a.datasets):,} "
        f"datasets, {len(a.flows)} flows; {sizes[0] / 1e6:.1f} MB and {sizes[1] / 1e6:.1f} MB "
        "of snapshot.json"
    )
    print(f"- planted changes: {sum(planted.values())}; the diff found {len(d.changes)}\n")
    print(f"| step | median s ({args.repeat} runs) | slowest s |")
    print("|---|---:|---:|")
    for step, seconds in steps.items():
        print(f"| {step} | {statistics.median(seconds):.3f} | {max(seconds):.3f} |")
    print()
    print("| kind | planted | found |")
    print("|---|---:|---:|")
    for kind in sorted(set(planted) | set(found)):
        print(f"| {kind} | {planted.get(kind, 0)} | {found.get(kind, 0)} |")
    slowest = max(
        statistics.median(steps["total"]), statistics.median(steps["piimap diff (new process)"])
    )
    verdict = "met" if slowest < 5 else "NOT met"
    print(f"\nGoal (load + diff + render, in process and as a new process, under 5 s): {verdict}.")
    if missed:
        print(f"Missed planted changes: {missed}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
