"""The evidence: ``piimap bundle`` and ``piimap verify`` (one scan), ``piimap period`` (the scans
of an audit window together)."""

from __future__ import annotations

from pathlib import Path

import click

from .options import (
    EXIT_FINDINGS,
    EXIT_OK,
    baseline_option,
    check_output,
    make_output,
    out_option,
    run,
)


@click.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@out_option("The zip file to write (outside FOLDER).")
@click.option(
    "--review",
    "review_path",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Add this access review workbook, accepted in --baseline for FOLDER's snapshot.",
)
@baseline_option("With --review: the baseline that accepted it.")
@click.pass_context
def bundle(
    ctx: click.Context, folder: Path, out: Path, review_path: Path | None, baseline_path: Path
) -> None:
    """Zip the artefacts of a scan's FOLDER with manifest.json (sha256 of every file, piimap
    version, scan time, config hash), after checking no file changed since the scan; with
    --review, the accepted access review of that scan and the record of who accepted it.

    Example: piimap bundle audit-2026q4 --out audit-2026q4.zip --review review.xlsx
    """

    def body() -> int:
        import lineage
        from lineage.export.bundle import schema_note

        check_output(out, "--out")
        make_output(out, "--out")
        path = lineage.bundle(folder, out, review=review_path, baseline=baseline_path)
        if not ctx.obj["quiet"]:
            note = schema_note(lineage.verify(path).manifest)
            if review_path is not None:
                note += f", with the accepted access review {review_path.name}"
            click.echo(f"Wrote {path}: {note}.")
        return EXIT_OK

    run(body)


@click.command("verify")
@click.argument("bundle_path", metavar="BUNDLE", type=click.Path(path_type=Path))
@click.pass_context
def verify_command(ctx: click.Context, bundle_path: Path) -> None:
    """Check BUNDLE (a zip from piimap bundle, or a scan's output folder) against its manifest
    and name every file that changed, is missing or was added. Exit 0 intact, 1 not intact.

    Example: piimap verify audit-2026q4.zip
    """

    def body() -> int:
        import lineage
        from lineage.export.bundle import schema_note

        result = lineage.verify(bundle_path)
        for problem in result.problems():
            click.echo(f"{bundle_path}: {problem}")
        if result.ok:
            if not ctx.obj["quiet"]:
                click.echo(f"{bundle_path}: intact ({schema_note(result.manifest)}).")
            return EXIT_OK
        click.echo(f"{bundle_path}: NOT intact: {len(result.problems())} file(s) differ.")
        return EXIT_FINDINGS

    run(body)


@click.command("period")
@click.argument(
    "sources", metavar="BUNDLE_OR_SCAN...", nargs=-1, required=True, type=click.Path(path_type=Path)
)
@out_option("The folder to write period.json, period.xlsx and period.html to.", folder=True)
@click.option(
    "--from",
    "start",
    metavar="DATE",
    help="First day of the window: 2026-01-01, or a quarter, 2026-Q1 (default: the first "
    "scan's quarter).",
)
@click.option(
    "--to",
    "end",
    metavar="DATE",
    help="Last day of the window: 2026-12-31, or a quarter, 2026-Q4 (default: the last "
    "scan's quarter).",
)
@click.pass_context
def period(
    ctx: click.Context,
    sources: tuple[Path, ...],
    out: Path,
    start: str | None,
    end: str | None,
) -> None:
    """Read the quarterly scans of an audit window together (bundles from piimap bundle, scans'
    --out folders or snapshot.json files, in any order), each verified against its manifest
    first, and write period.json, period.xlsx and period.html: each criterion's result in each
    scan, each gap's life and time to remediate, the changes between scans, and whether every
    quarter has a scan. Exit 0 written; 1 when a scan does not verify or a quarter has no scan.

    Example: piimap period evidence/2026-Q*.zip --from 2026-01-01 --to 2026-12-31 --out period
    """

    def body() -> int:
        import lineage

        check_output(out, "--out", folder=True)
        make_output(out, "--out", folder=True)
        found = lineage.period(list(sources), out, start=start, end=end)
        for scan in found.unverified:
            click.echo(
                f"{scan.source.source}: {scan.id} ({scan.date}) {scan.source.verification}",
                err=True,
            )
        if not ctx.obj["quiet"]:
            quarters = sum(1 for q in found.quarters if q.scans)
            missing = f"; no scan in {', '.join(found.missing)}" if found.missing else ""
            click.echo(
                f"Wrote {out}/period.json, period.xlsx, period.html: {len(found.scans)} scan(s) "
                f"from {found.start} to {found.end}, {quarters} of {len(found.quarters)} "
                f"quarter(s) with a scan{missing}, {len(found.unverified)} not verified."
            )
        return EXIT_FINDINGS if found.unverified or found.missing else EXIT_OK

    run(body)
