"""An estate of 40 PostgreSQL databases scanned on this machine and on a Dask LocalCluster
(issue 17, item 5): wall time of ``piimap scan`` for each, and the snapshots compared byte for
byte.

Builds (once; ``--rebuild`` to drop and build them again) 40 databases ``piimap_estate_00`` ...
``piimap_estate_39`` of 15 tables x 12 columns x 100 rows (id, email, phone, full name, created
at, city, postcode and five columns of codes, amounts and hex digests); rows are a function of
(database, table, row) only. Each scan is ``piimap scan`` in a new process with
``SOURCE_DATE_EPOCH`` fixed:

``local``
    ``--jobs`` left at its default (two per core, at most 8);
``dask``
    ``--executor dask://...`` on a ``LocalCluster`` of two worker processes started by this
    script (``--threads`` threads each); the cluster is started before the clock starts, as a
    real cluster runs before a scan. The first scan on it (``cold``) pays for each worker
    building its classifier; the second (``warm``) reuses them.

The estate's DSNs take their password from ``${PIIMAP_BENCH_PW}`` (trust authentication
accepts any), which this script sets in the environment the workers inherit. Run from the
repository root::

    .venv/bin/python bench/estate_scale.py
    .venv/bin/python bench/estate_scale.py --databases 10 --threads 2
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
from _common import command_line, machine, revision

DSN = "postgresql://postgres@127.0.0.1:5432"
TABLES, ROWS = 15, 100
EPOCH = "1767225600"
BUILDER = "piimap bench/estate_scale.py v1"
COLUMNS = (
    ("id", "bigint PRIMARY KEY", "g"),
    ("email", "text", "'user' || g || '.' || {t} || '@example.com'"),
    ("phone", "text", "'+1 415 555 ' || lpad(((g * 37 + {t}) % 10000)::text, 4, '0')"),
    ("full_name", "text", "(ARRAY['Ada Lovelace','Grace Hopper','Alan Turing'])[1 + g % 3]"),
    ("created_at", "timestamptz", "timestamptz '2020-01-01' + (g * 3607 + {t}) * interval '1 s'"),
    ("city", "text", "(ARRAY['London','Leeds','Paris','Berlin','Boston'])[1 + (g + {t}) % 5]"),
    ("postcode", "varchar(10)", "lpad(((g * 97 + {t}) % 99999)::text, 5, '0')"),
    ("status", "varchar(16)", "(ARRAY['new','paid','shipped'])[1 + (g + {t}) % 3]"),
    ("amount", "numeric(12,2)", "((g * 131 + {t}) % 100000) / 100.0"),
    ("sku", "varchar(24)", "'SKU-' || upper(substr(md5(g || '/' || {t}), 1, 8))"),
    ("digest", "text", "md5({t} || '/' || g)"),
    ("quantity", "integer", "(g * 7 + {t}) % 500"),
)


def database(i: int) -> str:
    return f"piimap_estate_{i:02d}"


def build(count: int, rebuild: bool) -> int:
    """The databases, made unless there with this builder's comment; how many were made."""
    made = 0
    with psycopg.connect(f"{DSN}/postgres", autocommit=True) as admin:
        for i in range(count):
            name = database(i)
            comment = admin.execute(
                "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
                (name,),
            ).fetchone()
            if comment and comment[0] == BUILDER and not rebuild:
                continue
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]
            admin.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
            with psycopg.connect(f"{DSN}/{name}", autocommit=True) as conn:
                for t in range(TABLES):
                    seed = str(i * 100 + t)
                    cols = ", ".join(f"{c} {kind}" for c, kind, _ in COLUMNS)
                    values = ", ".join(expr.format(t=seed) for _, _, expr in COLUMNS)
                    conn.execute(f"CREATE TABLE t{t:02d} ({cols})")  # type: ignore[arg-type]
                    conn.execute(  # type: ignore[arg-type]
                        f"INSERT INTO t{t:02d} SELECT {values} FROM generate_series(1, {ROWS}) g"
                    )
                conn.execute("ANALYZE")
            admin.execute(f"COMMENT ON DATABASE \"{name}\" IS '{BUILDER}'")  # type: ignore[arg-type]
            made += 1
    return made


def estate(folder: Path, count: int) -> Path:
    lines = ["systems:"]
    for i in range(count):
        dsn = f"postgresql://postgres:${{PIIMAP_BENCH_PW}}@127.0.0.1:5432/{database(i)}"
        lines.append(f'  db{i:02d}: {{connector: postgresql, dsn: "{dsn}"}}')
    path = folder / "estate.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


def scan(path: Path, out: Path, *options: str) -> float:
    """Seconds of one ``piimap scan`` in a new process."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    piimap = str(Path(sys.executable).with_name("piimap"))
    start = time.perf_counter()
    subprocess.run(
        [piimap, "-q", "scan", str(path), "--out", str(out), "--format", "dot", *options],
        env=env,
        check=True,
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--databases", type=int, default=40)
    parser.add_argument("--threads", type=int, default=1, help="threads per Dask worker")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    from distributed import LocalCluster

    os.environ["PIIMAP_BENCH_PW"] = "bench-password"  # the workers inherit it
    start = time.perf_counter()
    made = build(args.databases, args.rebuild)
    print(f"built {made} database(s) in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    fields = args.databases * TABLES * len(COLUMNS)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = estate(folder, args.databases)
        times = {"local": scan(path, folder / "local")}
        print(f"local: {times['local']:.1f} s", file=sys.stderr)
        with LocalCluster(
            n_workers=2,
            threads_per_worker=args.threads,
            processes=True,
            dashboard_address=":0",
        ) as cluster:
            address = "dask://" + cluster.scheduler_address.removeprefix("tcp://")
            for run in ("cold", "warm"):
                times[run] = scan(path, folder / run, "--executor", address)
                print(f"dask {run}: {times[run]:.1f} s", file=sys.stderr)
        local = (folder / "local" / "snapshot.json").read_bytes()
        load_after = os.getloadavg()[0]
        same = all((folder / r / "snapshot.json").read_bytes() == local for r in ("cold", "warm"))
    print(f"## Estate of {args.databases} PostgreSQL databases: local vs Dask LocalCluster\n")
    print(f"- machine: {machine()}")
    print(f"- command: `{command_line()}`")
    print(f"- revision: {revision()}")
    print(
        f"- estate: {args.databases} databases x {TABLES} tables x {len(COLUMNS)} columns x "
        f"{ROWS} rows ({fields:,} fields); `piimap -q scan --format dot`, SOURCE_DATE_EPOCH "
        "fixed, each in a new process"
    )
    print(
        f"- load average (1 min) before / after: {load_before:.1f} / {load_after:.1f} "
        "(other work on the machine slows every row alike only if it is steady)"
    )
    print(f"- snapshots byte-identical local vs Dask: {'yes' if same else 'NO'}\n")
    print("| scan | wall s | fields/s |")
    print("|---|---:|---:|")
    rows = (
        ("local (`--jobs` default)", "local"),
        (f"Dask LocalCluster, 2 workers x {args.threads} thread(s), first scan", "cold"),
        (f"Dask LocalCluster, 2 workers x {args.threads} thread(s), second scan", "warm"),
    )
    for label, key in rows:
        print(f"| {label} | {times[key]:.1f} | {fields / times[key]:,.0f} |")


if __name__ == "__main__":
    main()
