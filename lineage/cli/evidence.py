"""The evidence bundle: ``piimap bundle`` and ``piimap verify``."""

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
