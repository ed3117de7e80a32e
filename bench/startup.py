"""Start-up of the piimap command: ``piimap --help`` and ``piimap lineage`` on a one-statement
file, against a bare ``python -c pass`` and against importing what each one cannot avoid
(click for every command; click and sqlglot for ``lineage``).

Each command runs ``--repeat`` times in a new process (after ``--warmup`` runs that fill the OS
and bytecode caches, as a user's machine has them: ``PYTHONDONTWRITEBYTECODE`` is unset for the
runs); the table gives the median and the fastest wall time and the ratio of the median to
``python -c pass``'s. Also prints which heavy modules ``import lineage.cli`` loads (there should
be none).

    .venv/bin/python bench/startup.py [--repeat 30] [--warmup 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import command_line, machine, revision

HEAVY = ("pandas", "sqlalchemy", "presidio_analyzer", "openpyxl", "networkx", "numpy", "rich")


def _timed(argv: list[str], repeat: int, warmup: int) -> list[float]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for _ in range(warmup):
        subprocess.run(argv, capture_output=True, check=True, env=env)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=True, env=env)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    args = parser.parse_args()
    python = sys.executable
    piimap = str(Path(python).with_name("piimap"))
    with tempfile.TemporaryDirectory() as folder:
        sql = Path(folder) / "job.sql"
        sql.write_text("INSERT INTO dw.contacts (email) SELECT lower(email) FROM shop.customers;\n")
        runs = [
            ("python -c pass", [python, "-c", "pass"]),
            ("python -c 'import click'", [python, "-c", "import click"]),
            ("python -c 'import click, sqlglot'", [python, "-c", "import click, sqlglot"]),
            ("piimap --help", [piimap, "--help"]),
            (
                "piimap lineage job.sql --dialect postgres",
                [piimap, "lineage", str(sql), "-d", "postgres"],
            ),
        ]
        results = []
        for name, argv in runs:
            print(f"startup: {name}", file=sys.stderr)
            results.append((name, _timed(argv, args.repeat, args.warmup)))
    base = statistics.median(results[0][1])
    print(f"| command | median s ({args.repeat} runs) | fastest s | x python -c pass |")
    print("|---|---:|---:|---:|")
    for name, times in results:
        median = statistics.median(times)
        print(f"| `{name}` | {median:.3f} | {min(times):.3f} | {median / base:.1f} |")
    code = f"import sys, lineage.cli; print([m for m in {HEAVY!r} if m in sys.modules])"
    loaded = subprocess.run([python, "-c", code], capture_output=True, text=True, check=True)
    print(f"\nHeavy modules imported by `import lineage.cli`: {loaded.stdout.strip()}")
    print(f"\nMachine: {machine()}; command: `{command_line()}`; revision {revision()}.")


if __name__ == "__main__":
    main()
