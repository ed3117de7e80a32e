"""Scan at scale (issue 17): a whole ``piimap scan`` of a 2,000-table PostgreSQL database, timed
per stage, with the wall time, CPU time and peak memory of the whole process tree.

Builds (once; ``--rebuild`` to drop and build again) two databases of 2,000 tables x 20 columns x
200 rows:

``hex``
    id, email, phone, created_at and 16 text columns of hex digests (the issue's database);
``mixed``
    id, email, phone, created_at and 16 columns of realistic mixed types: integers, numerics,
    timestamps, booleans, uuids, JSON, short codes, names, addresses, cities, postcodes.

Rows are a function of (table, row) only, so a rebuild gives the same data and the same
snapshot. Each database is then scanned in a fresh Python process (this script with
``_measure``), which runs the scan stages and ``write_outputs`` in-process and measures:

- wall time and CPU time per stage: ``scan_systems``' catalog, sampling and classification
  come from :mod:`lineage.core.timing` (summed over the threads that ran them, so with several
  systems at once they can add up to more than the stage's wall time); the other stages are
  timed around their function;
- CPU time of the whole tree: the process's own (``resource.getrusage(RUSAGE_SELF)``) plus the
  last CPU time psutil saw of each descendant (the classifier's worker processes are children
  of multiprocessing's forkserver, so ``RUSAGE_CHILDREN`` would miss them), less the CPU time
  of the sampling thread itself (listing a process tree 20 times a second is not free);
- peak memory of the whole tree: the same thread samples the resident set size (RSS) of the
  process and of every descendant every 20 ms with psutil and keeps the largest sum, overall
  and per stage; ``ru_maxrss`` of the process alone is printed next to it as a cross-check.

With ``--reference FOLDER`` the snapshot.json written is compared byte for byte with
``FOLDER/<variant>/snapshot.json`` (written by an earlier run with ``--keep FOLDER``, e.g. from
the revision before a change); ``SOURCE_DATE_EPOCH`` is set so the snapshot's time is fixed.
Run from the repository root::

    .venv/bin/python bench/scan_scale.py                      # both databases
    .venv/bin/python bench/scan_scale.py --variant hex --keep /tmp/ref
    .venv/bin/python bench/scan_scale.py --variant hex --reference /tmp/ref
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg

DSN = "postgresql://postgres@127.0.0.1:5432"
TABLES = 2_000
ROWS = 200
#: Tables made per transaction (each takes locks until commit).
BATCH = 100
#: Fixed scan time of every run (2026-01-01), so that snapshots compare byte for byte.
EPOCH = "1767225600"
#: The database's comment says which builder made it: another comment means rebuild.
BUILDER = "piimap bench/scan_scale.py v1"

_FIRST = "ARRAY['Ada','Grace','Alan','Edsger','Barbara','Donald','Margaret','Ken','Frances','Tim']"
_LAST = "ARRAY['Lovelace','Hopper','Turing','Dijkstra','Liskov','Knuth','Hamilton','Thompson']"
_STREET = "ARRAY['High Street','Station Road','Church Lane','Mill Road','Park Avenue','Elm Way']"
_CITY = "ARRAY['London','Leeds','Bristol','Paris','Lyon','Berlin','Munich','Boston','Denver']"
_STATUS = "ARRAY['new','paid','shipped','returned','cancelled']"


def _pick(array: str, seed: str) -> str:
    """One element of a SQL array literal chosen by a hash of ``seed`` (deterministic)."""
    return f"({array})[1 + abs(hashtext({seed})) % array_length({array}, 1)]"


_BASE = (
    ("id", "bigint PRIMARY KEY", "g"),
    ("email", "text", "'user' || g || '.' || {t} || '@example.com'"),
    ("phone", "text", "'+1 415 555 ' || lpad(((g * 37 + {t}) % 10000)::text, 4, '0')"),
    ("created_at", "timestamptz", "timestamptz '2020-01-01' + (g * 3607 + {t}) * interval '1 s'"),
)
HEX = _BASE + tuple(
    (f"c{j:02d}", "text", f"md5({{t}} || '/' || g || '/{j}')") for j in range(1, 17)
)
_ADDRESS = "(1 + g % 180) || ' ' || " + _pick(_STREET, "'s' || g || {t}")
MIXED = (
    *_BASE,
    ("quantity", "integer", "(g * 7 + {t}) % 500"),
    ("amount", "numeric(12,2)", "((g * 131 + {t}) % 100000) / 100.0"),
    ("updated_at", "timestamp", "timestamp '2024-06-01' + (g * 911 + {t}) * interval '1 min'"),
    ("is_active", "boolean", "(g + {t}) % 3 <> 0"),
    ("external_id", "uuid", "md5('u' || {t} || '/' || g)::uuid"),
    ("payload", "jsonb", "jsonb_build_object('sku', 'SKU-' || g, 'qty', g % 9, 'gift', g % 2 = 0)"),
    ("currency", "char(3)", "(ARRAY['EUR','GBP','USD'])[1 + (g + {t}) % 3]"),
    ("status", "varchar(16)", _pick(_STATUS, "g::text || {t}")),
    ("first_name", "text", _pick(_FIRST, "'f' || g || {t}")),
    ("last_name", "text", _pick(_LAST, "'l' || g || {t}")),
    ("street_address", "text", _ADDRESS),
    ("city", "text", _pick(_CITY, "'c' || g || {t}")),
    ("postcode", "varchar(10)", "lpad(((g * 97 + {t}) % 99999)::text, 5, '0')"),
    ("country_code", "char(2)", "(ARRAY['GB','FR','DE','US'])[1 + (g + {t}) % 4]"),
    ("sku", "varchar(24)", "'SKU-' || upper(substr(md5(g || '/' || {t}), 1, 8))"),
    ("score", "double precision", "((g * 17 + {t}) % 1000) / 10.0"),
)  # fmt: skip
VARIANTS: dict[str, tuple[tuple[str, str, str], ...]] = {"hex": HEX, "mixed": MIXED}


def database(variant: str) -> str:
    return f"piimap_scale_{variant}"


# --- building ---------------------------------------------------------------------------------


def shape(variant: str) -> tuple[int, int, str] | None:
    """(tables, columns, the database's comment), or None when the database does not exist."""
    with psycopg.connect(f"{DSN}/postgres", autocommit=True) as admin:
        if not admin.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (database(variant),)
        ).fetchone():
            return None
    with psycopg.connect(f"{DSN}/{database(variant)}") as conn:
        row = conn.execute(
            "SELECT count(DISTINCT c.oid), count(a.attnum), "
            "coalesce(shobj_description((SELECT oid FROM pg_database "
            "WHERE datname = current_database()), 'pg_database'), '') "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
            "WHERE n.nspname = 'public' AND c.relkind = 'r'"
        ).fetchone()
        assert row is not None
        return int(row[0]), int(row[1]), str(row[2])


def build(variant: str, rebuild: bool) -> str:
    """Make the variant's database unless it is there with the right shape; what was done."""
    expected = (TABLES, TABLES * len(VARIANTS[variant]), f"{BUILDER} {variant} rows={ROWS}")
    found = shape(variant)
    if found == expected and not rebuild:
        return f"{database(variant)}: present ({TABLES:,} tables x 20 columns x {ROWS} rows)"
    start = time.perf_counter()
    name = database(variant)
    with psycopg.connect(f"{DSN}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
        admin.execute(f"COMMENT ON DATABASE \"{name}\" IS '{expected[2]}'")
    columns = VARIANTS[variant]
    with psycopg.connect(f"{DSN}/{name}") as conn:
        for first in range(0, TABLES, BATCH):
            for t in range(first, min(first + BATCH, TABLES)):
                ddl = ", ".join(f"{c} {sql_type}" for c, sql_type, _ in columns)
                values = ", ".join(expr.format(t=t) for _, _, expr in columns)
                conn.execute(f"CREATE TABLE public.t{t:05d} ({ddl})".encode())
                conn.execute(
                    f"INSERT INTO public.t{t:05d} SELECT {values} "
                    f"FROM generate_series(1, {ROWS}) AS g".encode()
                )
            conn.commit()
    with psycopg.connect(f"{DSN}/{name}", autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")  # row estimates fixed now, not whenever autovacuum runs
    assert shape(variant) == expected, shape(variant)
    return f"{name}: built in {time.perf_counter() - start:.0f} s"


# --- measuring (in a fresh process) -----------------------------------------------------------


class TreeMemory:
    """Samples the RSS of this process and all its descendants; keeps the peak, overall and per
    label (the stage running when the sample was taken)."""

    def __init__(self, every: float = 0.02, relist: float = 0.25) -> None:
        import psutil

        self.me = psutil.Process()
        self.every = every
        #: How often the tree is listed again: listing it reads /proc/<pid>/stat of every
        #: process on the machine (psutil's ``children``), too costly to do at every sample on
        #: a shared machine; the processes known are measured at every sample.
        self.relist = relist
        self._children: list[Any] = []
        self._listed = -math.inf
        self.label = ""
        self.peak = 0
        self.peak_main = 0
        self.by_label: dict[str, int] = {}
        #: pid -> CPU seconds last seen, of every descendant (the classifier's workers are
        #: children of the forkserver, so RUSAGE_CHILDREN never counts them)
        self.child_cpu: dict[int, float] = {}
        self.own_cpu = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="tree-memory")

    def _sample(self, relist: bool = False) -> None:
        import psutil

        total = main = self.me.memory_info().rss
        now = time.monotonic()
        if relist or now - self._listed >= self.relist:
            with contextlib.suppress(psutil.Error):
                self._children = self.me.children(recursive=True)
                self._listed = now
        for child in self._children:
            with contextlib.suppress(psutil.Error):  # it may have exited since the listing
                total += child.memory_info().rss
                cpu = child.cpu_times()
                self.child_cpu[child.pid] = cpu.user + cpu.system
        self.peak = max(self.peak, total)
        self.peak_main = max(self.peak_main, main)
        if self.label:
            self.by_label[self.label] = max(self.by_label.get(self.label, 0), total)

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self._sample()
        self.own_cpu = time.thread_time()  # the sampling's own cost, taken off the process's

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample(relist=True)


def _cpu() -> float:
    """CPU seconds of this process (all its threads)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime


def measure(variant: str, out: Path, jobs: int | None) -> dict[str, Any]:
    """Scan the variant's database into ``out`` in this process; the numbers, as a dict."""
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    estate_path = out / "estate.yaml"
    out.mkdir(parents=True, exist_ok=True)
    estate_path.write_text(
        f"systems:\n  {variant}:\n    connector: postgresql\n    dsn: {DSN}/{database(variant)}\n"
    )
    stages: dict[str, dict[str, float]] = {}
    with TreeMemory() as memory:

        @contextmanager
        def stage(name: str) -> Iterator[None]:
            memory.label = name
            wall, cpu = time.perf_counter(), _cpu()
            yield
            stages[name] = {"wall": time.perf_counter() - wall, "cpu": _cpu() - cpu}

        start_wall, start_cpu = time.perf_counter(), _cpu()
        with stage("imports"):
            import lineage
            from lineage.core.config import load_estate
            from lineage.pipeline import run
            from lineage.pipeline import stages as stage_module

            try:
                from lineage.core import timing
            except ImportError:  # the revision before the timings: scan_systems as a whole
                timing = None  # type: ignore[assignment]
        estate = load_estate(estate_path)
        if timing is not None:
            timing.enable()
        kwargs: dict[str, Any] = {}
        if jobs is not None:
            kwargs["jobs"] = jobs
        scan = stage_module.Scan(estate, stage_module.Silent(), **kwargs)
        for function in run.STAGES:
            with stage(function.__name__):
                run.run_stage(function, scan)
        snapshot = stage_module.snapshot_of(scan)
        with stage("outputs"):
            lineage.write_outputs(lineage.api.Estate(snapshot), out / "out", ("svg",))
        total_wall, main_cpu = time.perf_counter() - start_wall, _cpu() - start_cpu
    main_cpu -= memory.own_cpu
    total_cpu = main_cpu + sum(memory.child_cpu.values())
    phases = timing.totals() if timing is not None else {}
    return {
        "variant": variant,
        "fields": len(snapshot.fields),
        "pii_fields": len(snapshot.pii_fields()),
        "issues": len(snapshot.issues),
        "wall": total_wall,
        "cpu": total_cpu,
        "cpu_main": main_cpu,
        "peak_tree_mb": memory.peak / 2**20,
        "peak_main_mb": memory.peak_main / 2**20,
        "maxrss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "stages": stages,
        "peak_by_stage_mb": {k: v / 2**20 for k, v in memory.by_label.items()},
        "phases": {k: {"wall": w, "cpu": c, "calls": n} for k, (w, c, n) in phases.items()},
    }


# --- reporting --------------------------------------------------------------------------------

#: Rows of the per-stage table: (label, where its numbers come from).
ROWS_SHOWN: tuple[tuple[str, Callable[[dict[str, Any]], tuple[float, float, float | None]]], ...]


def _stage(name: str) -> Callable[[dict[str, Any]], tuple[float, float, float | None]]:
    def get(r: dict[str, Any]) -> tuple[float, float, float | None]:
        s = r["stages"].get(name, {"wall": 0.0, "cpu": 0.0})
        return s["wall"], s["cpu"], r["peak_by_stage_mb"].get(name)

    return get


def _flows(r: dict[str, Any]) -> tuple[float, float, float | None]:
    names = ("discover_flows", "propagate", "apply_reviewed_overrides", "carry_entities",
             "read_integration_configs", "number_flows")  # fmt: skip
    wall = sum(r["stages"].get(n, {}).get("wall", 0.0) for n in names)
    cpu = sum(r["stages"].get(n, {}).get("cpu", 0.0) for n in names)
    peaks = [r["peak_by_stage_mb"][n] for n in names if n in r["peak_by_stage_mb"]]
    return wall, cpu, max(peaks, default=None)


def _phase(name: str) -> Callable[[dict[str, Any]], tuple[float, float, float | None]]:
    def get(r: dict[str, Any]) -> tuple[float, float, float | None]:
        p = r["phases"].get(name)
        return (p["wall"], p["cpu"], None) if p else (float("nan"), float("nan"), None)

    return get


ROWS_SHOWN = (
    ("prepare (classifier engines)", _stage("prepare")),
    ("scan_systems (all of it)", _stage("scan_systems")),
    ("  catalog", _phase("catalog")),
    ("  sampling", _phase("sampling")),
    ("  classification", _phase("classification")),
    ("flows (discover, propagate, overrides, carry, configs)", _flows),
    ("assessment", _stage("assess_estate")),
    ("outputs (write_outputs, svg)", _stage("outputs")),
)


def table(r: dict[str, Any]) -> str:
    lines = [
        f"### {r['variant']}: {r['fields']:,} fields, {r['pii_fields']:,} with personal data, "
        f"{r['issues']} issues",
        "",
        "| stage | wall s | CPU s | peak tree MB |",
        "|---|---:|---:|---:|",
    ]
    for label, get in ROWS_SHOWN:
        wall, cpu, peak = get(r)
        shown = f"{peak:,.0f}" if peak is not None else ""
        lines.append(f"| {label} | {wall:.2f} | {cpu:.2f} | {shown} |")
    lines.append(
        f"| **whole run** | **{r['wall']:.2f}** | **{r['cpu']:.2f}** (tree) | "
        f"**{r['peak_tree_mb']:,.0f}** |"
    )
    lines.append("")
    lines.append(
        f"Peak RSS of the main process: {r['peak_main_mb']:,.0f} MB sampled, "
        f"{r['maxrss_main_mb']:,.0f} MB ru_maxrss. CPU: {r.get('cpu_main', float('nan')):.2f} s "
        "in the main process, the rest in worker processes."
    )
    return "\n".join(lines)


def _load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def differing(ref: Path, out: Path) -> list[str]:
    """The top-level sections of two snapshot.json files that differ (the scanned server's
    roles and sessions are the server's, so another session's role or login changes
    ``principals``, ``grants`` and access gaps, never ``fields``)."""
    before = json.loads(ref.read_text(encoding="utf-8"))
    after = json.loads((out / "out" / "snapshot.json").read_text(encoding="utf-8"))
    return [k for k in sorted(set(before) | set(after)) if before.get(k) != after.get(k)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = sys.argv[1:] if argv is None else argv
    if sub[:1] == ["_measure"]:  # the child process: measure one variant, print JSON
        variant, out, jobs = sub[1], Path(sub[2]), sub[3] if len(sub) > 3 else ""
        print(json.dumps(measure(variant, out, int(jobs) if jobs else None)))
        return 0
    parser.add_argument("--variant", choices=[*VARIANTS, "all"], default="all")
    parser.add_argument("--rebuild", action="store_true", help="drop and build the databases")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--jobs", type=int, help="piimap scan --jobs (default: piimap's)")
    parser.add_argument("--keep", type=Path, help="keep the outputs under this folder")
    parser.add_argument(
        "--reference", type=Path, help="compare snapshot.json with FOLDER/<variant>/out/"
    )
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    args = parser.parse_args(sub)
    from _common import command_line, machine, revision

    measured = revision()  # before anything runs: the tree may change while it does
    variants = list(VARIANTS) if args.variant == "all" else [args.variant]
    for variant in variants:
        print(build(variant, args.rebuild), flush=True)
    if args.build_only:
        return 0
    results, same = [], True
    with tempfile.TemporaryDirectory() as tmp:
        for variant in variants:
            out = (args.keep or Path(tmp)) / variant
            child = [sys.executable, __file__, "_measure", variant, str(out)]
            child += [str(args.jobs)] if args.jobs else []
            load_before = _load_average()
            done = subprocess.run(child, check=True, capture_output=True, text=True)
            r = json.loads(done.stdout.strip().splitlines()[-1])
            r["load_average"] = [load_before, _load_average()]
            results.append(r)
            print(table(r), flush=True)
            print(
                f"Load average (1, 5, 15 min) before and after: {load_before} / {_load_average()} "
                "(other sessions' work on the same cores lengthens the wall times, not the CPU)"
            )
            if args.reference:
                ref = args.reference / variant / "out" / "snapshot.json"
                identical = ref.read_bytes() == (out / "out" / "snapshot.json").read_bytes()
                same &= identical
                print(f"snapshot.json {'identical to' if identical else 'DIFFERS from'} {ref}")
                if not identical:
                    print(f"  sections that differ: {', '.join(differing(ref, out))}")
            print()
    print(f"Machine: {machine()}")
    print(f"Command: `{command_line()}`; piimap revision {measured}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
