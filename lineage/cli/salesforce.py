"""``piimap salesforce export``: an org's metadata, to scan it later without network access."""

from __future__ import annotations

from pathlib import Path

import click

from .options import EXIT_OK, check_output, make_output, out_option, run


@click.group()
def salesforce() -> None:
    """Salesforce helpers: export an org's metadata to scan it later without network access.

    Example: piimap salesforce export estate.yaml crm --out org.json
    """


@salesforce.command("export")
@click.argument("estate", type=click.Path(path_type=Path))
@click.argument("system")
@out_option("JSON file the org's metadata is written to.")
@click.pass_context
def salesforce_export(ctx: click.Context, estate: Path, system: str, out: Path) -> None:
    """Write the metadata of SYSTEM (a salesforce system of ESTATE) to --out: objects, fields,
    data classification, record counts and third parties, never a record value or a secret.
    A system with ``path: FILE`` instead of ``auth:`` is then scanned from the file.

    Example: piimap salesforce export estate.yaml crm --out org.json
    """

    def body() -> int:
        from connectors.salesforce.export import export_system
        from lineage.core.config import load_estate

        check_output(out, "--out")
        loaded = load_estate(estate)
        make_output(out, "--out")
        document = export_system(loaded, system, out)
        if not ctx.obj["quiet"]:
            fields = sum(len(o["fields"]) for o in document["objects"])
            click.echo(
                f"Wrote {out}: {len(document['objects'])} objects, {fields} fields, "
                f"{len(document['third_parties'])} third parties of {document['instance']}."
            )
        return EXIT_OK

    run(body)
