"""Outputs at 40,000 fields (issue 17): time and peak memory to write each artefact of a scan,
and report.html in headless Chromium (load, filter, sort).

1. Builds the synthetic snapshot of ``bench/api.py`` (``--fields`` fields, default 40,000, in
   tables of 25 columns over 20 systems, a third of them personal data; 1,000 flows, 500 gaps)
   and saves it.
2. Writes each artefact in a new process: the process loads snapshot.json, indexes the estate
   (and builds the tables' frames, or draws the diagrams, when the artefact reuses them, as
   ``write_outputs`` does), then its peak resident memory is reset (``/proc/self/clear_refs``)
   and the artefact is written. Reported: seconds, and the peak resident memory above what the
   process held before the write (the copies a writer makes); the median of ``--repeat`` runs
   (default 3). Last, ``write_outputs`` as a scan calls it (every artefact, diagrams included),
   in a new process, from the loaded snapshot.
3. Opens the report.html of step 2 in headless Chromium (Debian's ``chromium`` and
   ``chromedriver``, as ``tests/test_report.py``) ``--runs`` times and reports the median: the
   time from navigation to the first frame painted after the page's script ran (loaded and
   interactive), then, in the PII inventory, the time from typing a word in the Filter box to
   the next painted frame, from clearing it, from choosing a value in the ``system`` drop-down,
   from clicking "Show 200 more" and a column header to sort; last, "Show all" (every row).

Run from the repository root (needs nothing but Graphviz, and Chromium for step 3)::

    .venv/bin/python bench/outputs_scale.py                 # ~3 min on 2 cores
    PYTHONPATH=/path/to/other/checkout .venv/bin/python bench/outputs_scale.py  # its code
    .venv/bin/python bench/outputs_scale.py --fields 5000 --no-browser
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
#: Each artefact step: what the process prepares first (not timed), and what it writes.
STEPS = {
    "snapshot.json": "snapshot",
    "tables/*.csv, .md, .json": "table_files",
    "tables/piimap.xlsx": "workbook",
    "exports/fides_datasets.yaml": "fides",
    "exports/openlineage.jsonl": "openlineage",
    "diagrams/ (SVG)": "diagrams",
    "report.html": "report",
}


def _status() -> dict[str, int]:
    """VmRSS and VmHWM (peak) of this process, in kB."""
    found = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(("VmRSS:", "VmHWM:")):
                found[line[:5]] = int(line.split()[1])
    return found


def _reset_peak() -> None:
    with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
        refs.write("5")


def child(step: str, snapshot_path: Path, out_dir: Path, svg_dir: Path) -> dict[str, Any]:
    """One step in this (new) process: prepare, reset the peak, write; seconds and MB."""
    from lineage.core import snapshot as snapshot_io
    from lineage.export import tables as export_tables
    from lineage.export.fides import write_fides
    from lineage.export.openlineage import write_openlineage
    from lineage.export.outputs import write_outputs
    from lineage.export.report import write_report
    from lineage.graph.estate import EstateGraph
    from lineage.render.diagrams import write_diagrams

    t0 = time.perf_counter()
    snapshot = snapshot_io.load(snapshot_path)
    estate = EstateGraph.of(snapshot)
    estate.pii  # noqa: B018 - the index every artefact shares, built before the timing
    tables = out_dir / "tables"
    tables.mkdir(parents=True, exist_ok=True)
    frames = {}
    if step in ("table_files", "workbook", "report"):
        frames = {name: export_tables.table(estate, name) for name, _, _ in export_tables.TABLES}
    svgs = {p.stem: p for p in sorted(svg_dir.glob("*.svg"))}
    prepared = time.perf_counter() - t0
    writers = {
        "snapshot": lambda: snapshot_io.save(snapshot, out_dir / "snapshot.json"),
        "table_files": lambda: export_tables.write_table_files(frames, tables),
        "workbook": lambda: export_tables.write_workbook(frames, snapshot, tables / "piimap.xlsx"),
        "fides": lambda: write_fides(estate, out_dir),
        "openlineage": lambda: write_openlineage(estate, out_dir),
        "diagrams": lambda: write_diagrams(estate, out_dir, ("svg",)),
        "report": lambda: write_report(estate, out_dir, svgs),
        "outputs": lambda: write_outputs(snapshot, out_dir, ("svg",)),
    }
    before = _status()
    _reset_peak()
    t1 = time.perf_counter()
    writers[step]()
    seconds = time.perf_counter() - t1
    after = _status()
    return {
        "prepare": prepared,
        "seconds": seconds,
        "held_mb": before["VmRSS"] / 1024,
        "peak_above_mb": (after["VmHWM"] - before["VmRSS"]) / 1024,
    }


def run_child(step: str, snapshot_path: Path, out_dir: Path, svg_dir: Path) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", step, str(snapshot_path), str(out_dir)]
    done = subprocess.run(
        [*command, str(svg_dir)], capture_output=True, text=True, check=False, cwd=Path.cwd()
    )
    if done.returncode:
        sys.exit(f"{step} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _median(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


# --- Chromium ------------------------------------------------------------------------------------

#: Resolves after the next frame is painted: a filter or a sort only counts once it is on screen.
NEXT_FRAME = "requestAnimationFrame(() => setTimeout(done, 0));"
TIMED = (
    """
const done0 = arguments[arguments.length - 1];
const t0 = performance.now();
const done = () => done0(performance.now() - t0);
%s
"""
    + NEXT_FRAME
)


def _driver(profile: Path) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        "--enable-precise-memory-info",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(300)
    driver.set_script_timeout(300)
    return driver


def browser_runs(report: Path, runs: int, word: str, system: str) -> dict[str, list[float]]:
    """Load the report and filter and sort its PII inventory, ``runs`` times, in new tabs."""
    from selenium.webdriver.common.by import By

    found: dict[str, list[float]] = {}

    def note(name: str, value: float) -> None:
        found.setdefault(name, []).append(value)

    with tempfile.TemporaryDirectory() as profile:
        driver = _driver(Path(profile))
        try:
            for _ in range(runs):
                driver.get("about:blank")
                t0 = time.perf_counter()
                driver.get(report.as_uri())  # returns after the load event
                driver.execute_async_script(
                    "const done = arguments[arguments.length - 1];" + NEXT_FRAME
                )
                note("load to interactive (wall)", time.perf_counter() - t0)
                timing = driver.execute_script(
                    "const t = performance.getEntriesByType('navigation')[0];"
                    "return [t.domInteractive, t.domContentLoadedEventEnd, t.loadEventEnd,"
                    " performance.memory ? performance.memory.usedJSHeapSize : 0]"
                )
                note("parsed (domInteractive)", timing[0] / 1000)
                note("script ran (DOMContentLoaded end)", timing[1] / 1000)
                note("load event end", timing[2] / 1000)
                note("JS heap MB", timing[3] / 1e6)
                box = "document.querySelector('#t-pii_fields-controls input')"
                count = "#t-pii_fields-controls output"
                fire = "dispatchEvent(new Event('input'))"
                seconds = driver.execute_async_script(
                    TIMED % f"const b = {box}; b.value = {word!r}; b.{fire};"
                )
                note(f"filter: type '{word}'", seconds / 1000)
                note(f"rows matching '{word}'", _shown(driver, count))
                seconds = driver.execute_async_script(
                    TIMED % f"const b = {box}; b.value = ''; b.{fire};"
                )
                note("filter: clear", seconds / 1000)
                select = "document.querySelector('#t-pii_fields-controls select')"
                seconds = driver.execute_async_script(
                    TIMED % f"const s = {select}; s.value = {system!r};"
                    "s.dispatchEvent(new Event('change'));"
                )
                note(f"drop-down: system = {system}", seconds / 1000)
                seconds = driver.execute_async_script(
                    TIMED % f"const s = {select}; s.value = '';"
                    "s.dispatchEvent(new Event('change'));"
                )
                note("drop-down: all", seconds / 1000)
                more = "#t-pii_fields-more button"
                if driver.find_elements(By.CSS_SELECTOR, more):  # a report that shows them all
                    seconds = driver.execute_async_script(
                        TIMED % f"document.querySelector({more!r}).click();"
                    )
                    note("Show 200 more", seconds / 1000)
                button = "#t-pii_fields thead th:nth-child(5) button"  # confidence
                seconds = driver.execute_async_script(
                    TIMED % f"document.querySelector({button!r}).click();"
                )
                note("sort by confidence", seconds / 1000)
                assert driver.find_element(By.CSS_SELECTOR, count).text
                if driver.find_elements(By.CSS_SELECTOR, more):  # the whole table, last
                    seconds = driver.execute_async_script(
                        TIMED % f"document.querySelectorAll({more!r})[1].click();"
                    )
                    note("Show all (every row of the PII inventory)", seconds / 1000)
        finally:
            driver.quit()
    return found


def _shown(driver: Any, selector: str) -> float:
    from selenium.webdriver.common.by import By

    text = driver.find_element(By.CSS_SELECTOR, selector).text
    return float(text.split()[0])


# --- main ----------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--fields", type=int, default=40_000)
    parser.add_argument("--runs", type=int, default=3, help="Chromium loads (default 3)")
    parser.add_argument("--repeat", type=int, default=3, help="writes of each artefact (3)")
    parser.add_argument("--no-browser", action="store_true", help="skip Chromium")
    parser.add_argument("--keep", type=Path, help="also copy the outputs to this folder")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        step, *paths = args.child
        print(json.dumps(child(step, *map(Path, paths))))
        return 0

    from _common import command_line, machine, revision
    from api import synthetic_snapshot

    from lineage.core import snapshot as snapshot_io

    load = os.getloadavg()
    print(f"building a {args.fields:,}-field snapshot...", file=sys.stderr)
    snap = synthetic_snapshot(args.fields)
    results: dict[str, dict[str, Any]] = {}
    sizes: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = root / "snapshot.json"
        snapshot_io.save(snap, source)
        svg_dir = root / "svgs"
        for name, step in [("diagrams/ (SVG)", "diagrams"), *STEPS.items()]:
            if name in results:
                continue
            print(f"writing {name}...", file=sys.stderr)
            out = root / step
            runs = [run_child(step, source, out, svg_dir) for _ in range(args.repeat)]
            results[name] = _median(runs)
            if step == "diagrams":
                shutil.copytree(out / "diagrams", svg_dir)
        print("write_outputs...", file=sys.stderr)
        everything = root / "outputs"
        runs = [run_child("outputs", source, everything, svg_dir) for _ in range(args.repeat)]
        results["write_outputs (all of them)"] = _median(runs)
        for path in sorted(everything.rglob("*")):
            if path.is_file():
                sizes[str(path.relative_to(everything))] = path.stat().st_size
        report = everything / "report.html"
        browser: dict[str, list[float]] = {}
        if not args.no_browser:
            print("opening report.html in Chromium...", file=sys.stderr)
            word = "email"
            browser = browser_runs(report, args.runs, word, snap.systems[0].id)
        if args.keep:
            shutil.copytree(everything, args.keep, dirs_exist_ok=True)

    pii = len(snap.pii_fields())
    print("# Outputs at scale\n")
    print(
        f"- machine: {machine()}; load average {load[0]:.1f} at the start, "
        f"{os.getloadavg()[0]:.1f} at the end (other work on the machine slows every step)"
    )
    print(f"- command: `{command_line()}`")
    import lineage

    code = Path(lineage.__file__).resolve().parents[1]
    if code != Path(__file__).resolve().parents[1]:  # PYTHONPATH named another checkout
        print(f"- piimap code measured: {code} (not this checkout's)")
    else:
        print(f"- piimap revision: {revision()}")
    print(
        f"- snapshot: {len(snap.fields):,} fields ({pii:,} personal data) in "
        f"{len(snap.datasets):,} datasets of {len(snap.systems)} systems, {len(snap.flows):,} "
        f"flows, {len(snap.gaps):,} gaps\n"
    )
    print(f"Each artefact written {args.repeat} times, each in a new process; medians.\n")
    print("| artefact | seconds | peak MB above the loaded estate | MB held before |")
    print("|---|---:|---:|---:|")
    for name, r in results.items():
        print(f"| {name} | {r['seconds']:.2f} | {r['peak_above_mb']:.0f} | {r['held_mb']:.0f} |")
    big = {k: v for k, v in sizes.items() if v > 1_000_000 or k == "report.html"}
    print("\n| file | MB |\n|---|---:|")
    for name, size in sorted(big.items(), key=lambda kv: -kv[1]):
        print(f"| {name} | {size / 1e6:.1f} |")
    if browser:
        print(f"\nreport.html in headless Chromium, median of {args.runs} loads:\n")
        print("| measure | median | slowest |\n|---|---:|---:|")
        for name, values in browser.items():
            unit = "" if "MB" in name or "rows" in name else " s"
            print(f"| {name} | {statistics.median(values):.2f}{unit} | {max(values):.2f}{unit} |")
    xlsx = results["tables/piimap.xlsx"]["seconds"]
    print(f"\nGoal: piimap.xlsx under 10 s: {'met' if xlsx < 10 else 'NOT met'} ({xlsx:.1f} s).")
    if browser:
        loaded = statistics.median(browser["load to interactive (wall)"])
        filtered = statistics.median(browser["filter: type 'email'"])
        print(
            f"Aim: report loaded and interactive under 3 s ({loaded:.1f} s), a filter under "
            f"0.5 s ({filtered:.2f} s)."
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
