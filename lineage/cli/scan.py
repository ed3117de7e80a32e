"""``piimap scan`` and ``piimap demo``: scan an estate (or the bundled demo) with progress bars
on stderr, write every artefact, and print what was found."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .options import (
    EXIT_OK,
    EXIT_PARTIAL,
    check_output,
    formats_option,
    make_output,
    out_option,
    parse_formats,
    run,
)

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress

    from lineage.api import Estate

_OUT_HELP = "Folder the artefacts are written to."


class ProgressBars:
    """The reporter :func:`lineage.scan` takes: on stderr, one line for the estate (systems done
    of all) and one bar per system being scanned, removed when it is done, so that the display
    stays a few lines high however many systems run at once; a line for each system that could
    not be scanned. Called from the thread scanning each system."""

    def __init__(self, progress: Progress | None, console: Console, systems: int | None) -> None:
        self.bars = progress
        self.console = console
        self.tasks: dict[str, Any] = {}
        self.estate = None if progress is None else progress.add_task("systems", total=systems)

    def system_started(self, system_id: str, kind: str) -> None:
        if self.bars:
            self.tasks[system_id] = self.bars.add_task(f"  {system_id} ({kind})", total=None)

    def progress(self, system_id: str, done: int, total: int, what: str) -> None:
        if self.bars and system_id in self.tasks:
            self.bars.update(self.tasks[system_id], completed=done, total=total)

    def system_finished(self, system_id: str, problem: str | None) -> None:
        task = self.tasks.pop(system_id, None)
        if self.bars and task is not None:
            self.bars.remove_task(task)
        if self.bars and self.estate is not None:
            self.bars.advance(self.estate)
        if problem:
            self.console.print(
                f"[yellow]not scanned:[/] {problem}", highlight=False, markup=True, soft_wrap=True
            )


def _scan_and_write(
    estate_path: Path | None,
    out: Path,
    kinds: tuple[str, ...],
    quiet: bool,
    jobs: int | None = None,
    timings: bool = False,
    executor: str = "local",
) -> int:
    """Scan (the demo when ``estate_path`` is None) with progress bars, then write the
    artefacts and print the summary. ``out`` and the estate are checked before anything is
    scanned or written: a mistake in either writes nothing."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    import lineage
    from lineage.core import timing
    from lineage.core.config import load_estate
    from lineage.pipeline.dask_executor import scheduler_address
    from lineage.pipeline.stages import check_estate

    scheduler_address(executor)  # a malformed --executor writes nothing
    check_output(out, "--out", folder=True)
    estate = load_estate(estate_path) if estate_path is not None else None  # errors before bars
    if estate is not None:
        check_estate(estate)
    make_output(out, "--out", folder=True)
    if timings:
        timing.enable()
    console = Console(stderr=True, quiet=quiet)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    systems = None
    if estate is not None:
        systems = sum(1 for s in estate.config.systems.values() if s.connector is not None)
    with Progress(
        *columns, TimeElapsedColumn(), console=console, transient=True, disable=quiet
    ) as bars:
        reporter = ProgressBars(bars, console, systems)
        scanned = (
            lineage.scan(estate, reporter=reporter, jobs=jobs, executor=executor)
            if estate
            else lineage.demo(reporter=reporter)
        )
    from lineage.export.outputs import OutputIncomplete

    try:
        with timing.phase("outputs"):
            written, incomplete = lineage.write_outputs(scanned, out, kinds), False
    except OutputIncomplete as exc:  # the rest is written: say so, and still summarise
        click.echo(f"piimap: error: {exc}", err=True)
        written, incomplete = exc.written, True
    for warning in written.warnings:
        click.echo(f"piimap: warning: {warning}", err=True)
    if not quiet:
        _summary(scanned, out, written.paths)
    if timings:
        click.echo(_timings(timing.totals()), err=True)
    return EXIT_PARTIAL if scanned.snapshot.partial or incomplete else EXIT_OK


def _timings(totals: dict[str, tuple[float, float, int]]) -> str:
    """The ``--timings`` table: seconds per phase, summed over threads and worker processes.

    >>> print(_timings({"sampling": (2.5, 0.75, 10)}))
    timings (wall and CPU seconds, summed over threads and worker processes):
      sampling                     2.50 s wall    0.75 s CPU  (10 calls)
    """
    lines = ["timings (wall and CPU seconds, summed over threads and worker processes):"]
    for name, (wall, cpu, calls) in totals.items():
        lines.append(f"  {name:<24} {wall:8.2f} s wall {cpu:7.2f} s CPU  ({calls} calls)")
    return "\n".join(lines)


def _summary(estate: Estate, out: Path, paths: list[Path]) -> None:
    snapshot = estate.snapshot
    pii = snapshot.pii_fields()
    scanned = sum(
        1
        for s in snapshot.systems
        if s.scanned
        and s.kind != "third_party"
        and not any(f.name == "discovered_by" for f in s.facts)  # a broker's client
    )
    click.echo(
        f"Scanned {scanned} system(s), {len(snapshot.datasets)} datasets, "
        f"{len(snapshot.fields)} fields: {len(pii)} hold personal data in "
        f"{len({f.dataset_id for f in pii})} datasets."
    )
    if snapshot.issues:
        click.echo(
            f"Partial scan: {len(snapshot.issues)} item(s) could not be scanned "
            "(listed under 'issues' in snapshot.json):"
        )
        for issue in snapshot.issues[:10]:
            click.echo(f"  - {issue.subject}: {issue.message}")
        if len(snapshot.issues) > 10:
            click.echo(f"  ... and {len(snapshot.issues) - 10} more")
    click.echo(f"Wrote {len(paths)} files to {out}/: {_listing(out, paths)}")
    if snapshot.gaps:
        high = sum(1 for g in snapshot.gaps if g.severity == "high")
        click.echo(f"{len(snapshot.gaps)} gap(s), {high} high: see tables/gaps.csv or report.html.")


def _listing(out: Path, paths: list[Path]) -> str:
    """``snapshot.json, report.html, tables/ (29 files)``: top-level files by name, folders
    with their file counts."""
    folders: dict[str, int] = {}
    names = []
    for p in paths:
        parts = p.relative_to(out).parts
        if len(parts) == 1:
            names.append(parts[0])
        else:
            folders[parts[0]] = folders.get(parts[0], 0) + 1
    return ", ".join(names + [f"{d}/ ({n} files)" for d, n in sorted(folders.items())])


@click.command()
@click.argument("estate", type=click.Path(path_type=Path))
@out_option(_OUT_HELP, folder=True)
@formats_option
@click.option(
    "--jobs",
    type=click.IntRange(1, 64),
    default=None,
    help="Systems scanned at once (default: two per core, at most 8). The snapshot is the same "
    "whatever it is.",
)
@click.option(
    "--timings",
    is_flag=True,
    help="Print the seconds spent per phase (catalog, sampling, classification, each stage, "
    "outputs) on stderr at the end.",
)
@click.option(
    "--executor",
    default="local",
    show_default=True,
    metavar="local|dask://HOST:PORT",
    help="Where systems are scanned: on this machine, or on the workers of a Dask cluster "
    "(each system's connect, sample and classify is one task; secrets come from the workers' "
    "environment). See docs/scale.md.",
)
@click.pass_context
def scan(
    ctx: click.Context,
    estate: Path,
    out: Path,
    formats: str,
    jobs: int | None,
    timings: bool,
    executor: str,
) -> None:
    """Scan the systems of ESTATE (an estate.yaml) and write the artefacts to --out.

    Example: piimap scan estate.yaml --out audit-2026q4 --jobs 4
    """
    kinds = parse_formats(formats)
    quiet = ctx.obj["quiet"]
    run(lambda: _scan_and_write(estate, out, kinds, quiet, jobs, timings, executor))


@click.command()
@out_option(_OUT_HELP, folder=True)
@formats_option
@click.pass_context
def demo(ctx: click.Context, out: Path, formats: str) -> None:
    """Scan the bundled demo estate (a synthetic storefront in SQLite) into --out.

    Example: piimap demo --out piimap-demo
    """
    kinds = parse_formats(formats)
    run(lambda: _scan_and_write(None, out, kinds, ctx.obj["quiet"]))
