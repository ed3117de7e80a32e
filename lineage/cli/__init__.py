"""The ``piimap`` command: a thin click layer over the library.

Exit codes: 0 clean, 1 findings (policy violations, a changed bundle, diff --exit-code),
2 usage or config error, 3 partial scan (something could not be scanned or read; everything
found is still written, and the snapshot's issues say what).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from lineage.core.config import load_estate
from lineage.core.errors import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_PARTIAL,
    ConfigError,
    PiimapError,
    SnapshotError,
    UnknownNameError,
)
from lineage.core.model import Snapshot
from lineage.core.version import __version__
from lineage.export.outputs import write_outputs
from lineage.pipeline.demo_estate import demo_estate_path, demo_org
from lineage.pipeline.run import scan_estate

_FORMATS = ("svg", "png", "pdf", "dot")


class _ProgressReporter:
    """Draws one progress bar per system on stderr."""

    def __init__(self, progress: Progress | None, console: Console) -> None:
        self.bars = progress
        self.console = console
        self.tasks: dict[str, Any] = {}

    def system_started(self, system_id: str, kind: str) -> None:
        if self.bars:
            self.tasks[system_id] = self.bars.add_task(f"{system_id} ({kind})", total=None)

    def progress(self, system_id: str, done: int, total: int, what: str) -> None:
        if self.bars and system_id in self.tasks:
            self.bars.update(self.tasks[system_id], completed=done, total=total)

    def system_finished(self, system_id: str, problem: str | None) -> None:
        if self.bars and system_id in self.tasks:
            task = self.bars.tasks[self.tasks[system_id]]
            self.bars.update(
                self.tasks[system_id], completed=task.total or 1, total=task.total or 1
            )
        if problem:
            self.console.print(
                f"[yellow]not scanned:[/] {problem}", highlight=False, markup=True, soft_wrap=True
            )


def _run(func: Callable[[], int]) -> None:
    """Turn piimap errors into one line on stderr and the documented exit code."""
    try:
        code = func()
    except PiimapError as exc:
        click.echo(f"piimap: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    sys.exit(code)


def _scan_and_write(estate_path: Path, out: Path, formats: tuple[str, ...], quiet: bool) -> int:
    estate = load_estate(estate_path)
    console = Console(stderr=True, quiet=quiet)
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True, disable=quiet) as progress:
        snapshot = scan_estate(estate, reporter=_ProgressReporter(progress, console))
    written = write_outputs(snapshot, out, formats)
    for warning in written.warnings:
        click.echo(f"piimap: warning: {warning}", err=True)
    if not quiet:
        _summary(snapshot, out, written.paths)
    return EXIT_PARTIAL if snapshot.partial else EXIT_OK


def _summary(snapshot: Snapshot, out: Path, paths: list[Path]) -> None:
    pii = snapshot.pii_fields()
    scanned = sum(1 for s in snapshot.systems if s.scanned and s.kind != "third_party")
    click.echo(
        f"Scanned {scanned} system(s), {len(snapshot.datasets)} datasets, "
        f"{len(snapshot.fields)} fields: {len(pii)} hold personal data in "
        f"{len({(f.system, f.dataset) for f in pii})} datasets."
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


def _formats(value: str) -> tuple[str, ...]:
    formats = tuple(f.strip().lower() for f in value.split(",") if f.strip())
    unknown = [f for f in formats if f not in _FORMATS]
    if unknown:
        raise click.BadParameter(
            f"unknown format {unknown[0]!r}; choose from {', '.join(_FORMATS)}"
        )
    return formats


def _output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    command = click.option(
        "--format",
        "formats",
        default="svg",
        show_default=True,
        metavar="LIST",
        help="Diagram formats, comma-separated: " + ", ".join(_FORMATS) + ".",
    )(command)
    return click.option(
        "--out",
        "-o",
        type=click.Path(file_okay=False, path_type=Path),
        required=True,
        help="Folder the artefacts are written to.",
    )(command)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="piimap")
@click.option("--quiet", "-q", is_flag=True, help="Print errors only, no progress or summary.")
@click.option("--verbose", "-v", count=True, help="More logging (-vv for debug).")
@click.pass_context
def main(ctx: click.Context, quiet: bool, verbose: int) -> None:
    """Map personal data and its flows across an e-commerce estate.

    Exit codes: 0 clean, 1 findings (check, verify, diff --exit-code), 2 usage or config
    error, 3 partial scan (something could not be scanned or read; see the snapshot's issues).
    """
    level = (
        logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    )
    logging.basicConfig(level=level, format="piimap: %(levelname)s: %(message)s", force=True)
    ctx.obj = {"quiet": quiet}


@main.command()
@click.argument("estate", type=click.Path(dir_okay=False, path_type=Path))
@_output_options
@click.pass_context
def scan(ctx: click.Context, estate: Path, out: Path, formats: str) -> None:
    """Scan the systems of ESTATE (an estate.yaml) and write the artefacts to --out.

    Example: piimap scan estate.yaml --out audit-2026q4
    """
    _run(lambda: _scan_and_write(estate, out, _formats(formats), ctx.obj["quiet"]))


@main.command()
@_output_options
@click.pass_context
def demo(ctx: click.Context, out: Path, formats: str) -> None:
    """Scan the bundled demo estate (a synthetic storefront in SQLite) into --out.

    Example: piimap demo --out piimap-demo
    """

    def run() -> int:
        estate = demo_estate_path()
        with demo_org(estate):
            return _scan_and_write(estate, out, _formats(formats), ctx.obj["quiet"])

    _run(run)


def _snapshot_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--snapshot",
        "-s",
        "snapshot_path",
        type=click.Path(path_type=Path),
        default=Path("snapshot.json"),
        envvar="PIIMAP_SNAPSHOT",
        show_default=True,
        help="snapshot.json, or the --out folder of a scan (env PIIMAP_SNAPSHOT).",
    )(command)


def _load_snapshot(path: Path) -> Snapshot:
    from lineage.core.snapshot import load

    if path.is_dir():
        path = path / "snapshot.json"
    if not path.exists():
        raise SnapshotError(f"{path}: no snapshot there; pass --snapshot OUT/snapshot.json.")
    return load(path)


@main.command()
@click.argument("entity")
@_snapshot_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def where(entity: str, snapshot_path: Path, as_json: bool) -> None:
    """Every field holding ENTITY (e.g. EMAIL_ADDRESS), and the flows carrying it.

    Example: piimap where EMAIL_ADDRESS --snapshot piimap-demo
    """

    def run() -> int:
        from lineage.graph.query import carrying, entity_name
        from lineage.graph.query import where as fields_holding

        snapshot = _load_snapshot(snapshot_path)
        name = entity_name(snapshot, entity)
        fields = fields_holding(snapshot, name)
        flows = carrying(snapshot, name)
        datasets = {d.id: d for d in snapshot.datasets}
        rows = [
            {
                "field": f.id,
                "confidence": max(e.confidence for e in f.entities if e.entity == name),
                "signals": sorted({s for e in f.entities if e.entity == name for s in e.signals}),
                "at_rest": f.at_rest.status.value,
                "retention": _status(datasets.get(f.dataset_id), "retention"),
                "audit": _status(datasets.get(f.dataset_id), "audit"),
            }
            for f in fields
        ]
        carried = [
            {"flow": f.id, "source": f.source, "target": f.target, "transit": f.transit.status}
            for f in flows
        ]
        if as_json:
            click.echo(json.dumps({"entity": name, "fields": rows, "flows": carried}, indent=1))
            return EXIT_OK
        click.echo(f"{name}: {len(rows)} field(s), {len(carried)} flow(s)")
        for r in rows:
            click.echo(
                f"  {r['field']}  confidence {r['confidence']:.2f}  at rest {r['at_rest']}"
                f"  retention {r['retention']}  audit {r['audit']}"
            )
        if carried:
            click.echo("Carried by:")
        for c in carried:
            click.echo(f"  {c['source']} -> {c['target']}  ({c['flow']}, transit {c['transit']})")
        return EXIT_OK

    _run(run)


def _status(dataset: Any, control: str) -> str:
    return getattr(dataset, control).status.value if dataset is not None else "unknown"


@main.command()
@click.argument("node")
@_snapshot_option
@click.option("--up", "direction", flag_value="up", help="Where its values come from.")
@click.option(
    "--down", "direction", flag_value="down", default=True, help="Where its values go (default)."
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def trace(node: str, snapshot_path: Path, direction: str, as_json: bool) -> None:
    """Follow NODE (SYSTEM, SYSTEM/DATASET or SYSTEM/DATASET/FIELD) along its flows.

    Example: piimap trace storefront/customers/email --down --snapshot piimap-demo
    """

    def run() -> int:
        from lineage.graph.query import node_exists
        from lineage.graph.query import trace as follow

        snapshot = _load_snapshot(snapshot_path)
        if not node_exists(snapshot, node):
            known = [f.id for f in snapshot.fields] + [d.id for d in snapshot.datasets]
            known += [s.id for s in snapshot.systems]
            raise UnknownNameError("node", node, known)
        hops = follow(snapshot, node, direction)
        if as_json:
            found: dict[str, Any] = {"start": node, "direction": direction}
            found["hops"] = [dataclasses.asdict(h) for h in hops]
            click.echo(json.dumps(found, indent=1))
            return EXIT_OK
        arrow = "->" if direction == "down" else "<-"
        click.echo(
            f"{node}: {len(hops)} hop(s) {'downstream' if direction == 'down' else 'upstream'}"
        )
        for h in hops:
            near, far = (h.source, h.target) if direction == "down" else (h.target, h.source)
            how = f", {h.how}" if h.how else ""
            click.echo(
                f"{'  ' * h.depth}{near} {arrow} {far}  ({h.flow}{how}; transit {h.transit})"
            )
        return EXIT_OK

    _run(run)


@main.command("lineage")
@click.argument("sql_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--dialect", "-d", required=True, help="sqlglot dialect: postgres, mysql, tsql...")
@click.option(
    "--schema",
    "schema_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help='JSON {"schema.table": {"column": "type"}} to expand SELECT * and place bare columns.',
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def lineage_command(sql_file: Path, dialect: str, schema_file: Path | None, as_json: bool) -> None:
    """Print the column-level edges of SQL_FILE, as piimap reads SQL jobs.

    Each line is SOURCE -> TARGET HOW (schema.table.column; how is copied, derived,
    pseudonymised or aggregated). Exit 3 when a statement could not be read.

    Example: piimap lineage jobs/contact_sync.sql --dialect postgres
    """

    def run() -> int:
        from lineage.flows.sql_lineage import column_lineage

        try:
            sql = sql_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{sql_file}: cannot read the SQL file ({exc}).") from None
        schema = None
        if schema_file is not None:
            try:
                schema = json.loads(schema_file.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise ConfigError(f"{schema_file}: not a JSON schema file ({exc}).") from None
        edges, problems = column_lineage(sql, dialect, schema)
        if problems and problems[0].startswith("dialect:"):
            raise ConfigError(f"--dialect: {problems[0].removeprefix('dialect: ')}")
        if as_json:
            click.echo(json.dumps({
                "edges": [
                    {"source": f"{e.source_table}.{e.source_column}",
                     "target": f"{e.target_table}.{e.target_column}",
                     "how": e.how, "statement": e.statement_index + 1}
                    for e in edges
                ],
                "problems": problems,
            }, indent=1))  # fmt: skip
        else:
            for e in edges:
                click.echo(
                    f"{e.source_table}.{e.source_column} -> "
                    f"{e.target_table}.{e.target_column} {e.how}"
                )
            for problem in problems:
                click.echo(f"piimap: warning: {problem}", err=True)
        return EXIT_PARTIAL if problems else EXIT_OK

    _run(run)


@main.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--out",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The zip file to write (outside FOLDER).",
)
@click.pass_context
def bundle(ctx: click.Context, folder: Path, out: Path) -> None:
    """Zip the artefacts of a scan's FOLDER with manifest.json (sha256 of every file, piimap
    version, scan time, config hash), after checking no file changed since the scan.

    Example: piimap bundle audit-2026q4 --out audit-2026q4.zip
    """

    def run() -> int:
        from lineage.export.bundle import make_bundle, verify

        path = make_bundle(folder, out)
        if not ctx.obj["quiet"]:
            from lineage.export.bundle import schema_note

            click.echo(f"Wrote {path}: {schema_note(verify(path).manifest)}.")
        return EXIT_OK

    _run(run)


@main.command("verify")
@click.argument("bundle_path", metavar="BUNDLE", type=click.Path(path_type=Path))
@click.pass_context
def verify_command(ctx: click.Context, bundle_path: Path) -> None:
    """Check BUNDLE (a zip from piimap bundle, or a scan's output folder) against its manifest
    and name every file that changed, is missing or was added. Exit 0 intact, 1 not intact.

    Example: piimap verify audit-2026q4.zip
    """

    def run() -> int:
        from lineage.export.bundle import schema_note, verify

        result = verify(bundle_path)
        for problem in result.problems():
            click.echo(f"{bundle_path}: {problem}")
        if result.ok:
            if not ctx.obj["quiet"]:
                click.echo(f"{bundle_path}: intact ({schema_note(result.manifest)}).")
            return EXIT_OK
        click.echo(f"{bundle_path}: NOT intact: {len(result.problems())} file(s) differ.")
        return EXIT_FINDINGS

    _run(run)


@main.group()
def salesforce() -> None:
    """Salesforce helpers: export an org's metadata to scan it later without network access.

    Example: piimap salesforce export estate.yaml crm --out org.json
    """


@salesforce.command("export")
@click.argument("estate", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("system")
@click.option(
    "--out",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="JSON file the org's metadata is written to.",
)
@click.pass_context
def salesforce_export(ctx: click.Context, estate: Path, system: str, out: Path) -> None:
    """Write the metadata of SYSTEM (a salesforce system of ESTATE) to --out: objects, fields,
    data classification, record counts and third parties, never a record value or a secret.
    A system with ``path: FILE`` instead of ``auth:`` is then scanned from the file.

    Example: piimap salesforce export estate.yaml crm --out org.json
    """

    def run() -> int:
        from connectors.salesforce.export import export_system

        document = export_system(load_estate(estate), system, out)
        if not ctx.obj["quiet"]:
            fields = sum(len(o["fields"]) for o in document["objects"])
            click.echo(
                f"Wrote {out}: {len(document['objects'])} objects, {fields} fields, "
                f"{len(document['third_parties'])} third parties of {document['instance']}."
            )
        return EXIT_OK

    _run(run)


from . import ci  # noqa: E402, F401  (registers diff, check and baseline on main)
