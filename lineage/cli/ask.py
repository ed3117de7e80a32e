"""Questions asked from the command line: ``piimap where``, ``piimap trace`` (of a snapshot) and
``piimap lineage`` (of a SQL file)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from .options import EXIT_OK, EXIT_PARTIAL, json_option, run, snapshot_option


@click.command()
@click.argument("entity")
@snapshot_option
@json_option
def where(entity: str, snapshot_path: Path, as_json: bool) -> None:
    """Every field holding ENTITY (e.g. EMAIL_ADDRESS), and the flows carrying it.

    Example: piimap where EMAIL_ADDRESS --snapshot piimap-demo
    """

    def body() -> int:
        import dataclasses
        import json

        import lineage
        from lineage.graph.query import where_answer

        answer = where_answer(lineage.load(snapshot_path).estate_graph, entity)
        rows = [dataclasses.asdict(h) | {"signals": list(h.signals)} for h in answer.fields]
        carried = [
            {"flow": f.id, "source": f.source, "target": f.target, "transit": f.transit.status}
            for f in answer.flows
        ]
        endpoints = [{"endpoint": d, "returns": list(v)} for d, v in answer.endpoints]
        if as_json:
            found = {"entity": answer.entity, "fields": rows, "flows": carried}
            found |= {"endpoints": endpoints}
            click.echo(json.dumps(found, indent=1))
            return EXIT_OK
        click.echo(f"{answer.entity}: {len(rows)} field(s), {len(carried)} flow(s)")
        for r in rows:
            click.echo(
                f"  {r['field']}  confidence {r['confidence']:.2f}  at rest {r['at_rest']}"
                f"  retention {r['retention']}  audit {r['audit']}"
            )
        if carried:
            click.echo("Carried by:")
        for c in carried:
            click.echo(f"  {c['source']} -> {c['target']}  ({c['flow']}, transit {c['transit']})")
        if endpoints:
            click.echo(f"Returned by {len(endpoints)} API endpoint(s):")
        for e in endpoints:
            click.echo(f"  {e['endpoint']}  ({', '.join(e['returns'])})")
        return EXIT_OK

    run(body)


@click.command()
@click.argument("node")
@snapshot_option
@click.option("--up", "direction", flag_value="up", help="Where its values come from.")
@click.option(
    "--down", "direction", flag_value="down", default=True, help="Where its values go (default)."
)
@json_option
def trace(node: str, snapshot_path: Path, direction: str, as_json: bool) -> None:
    """Follow NODE (SYSTEM, SYSTEM/DATASET or SYSTEM/DATASET/FIELD) along its flows.

    Example: piimap trace storefront/customers/email --down --snapshot piimap-demo
    """

    def body() -> int:
        import dataclasses
        import json

        import lineage
        from lineage.graph.query import check_node
        from lineage.graph.query import trace as follow

        estate = lineage.load(snapshot_path).estate_graph
        check_node(estate, node)
        hops = follow(estate, node, direction)
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

    run(body)


@click.command("who-can-read")
@click.argument("target")
@snapshot_option
@json_option
def who_can_read(target: str, snapshot_path: Path, as_json: bool) -> None:
    """Who may read TARGET: an entity (EMAIL_ADDRESS, or email) or SYSTEM, SYSTEM/DATASET or
    SYSTEM/DATASET/FIELD; each account, role or key with the grant that lets it.

    Example: piimap who-can-read email --snapshot piimap-demo
    """

    def body() -> int:
        import lineage

        frame = lineage.load(snapshot_path).who_can_read(target)
        if as_json:
            click.echo(frame.to_json(orient="records", indent=1))
            return EXIT_OK
        principals = frame.drop_duplicates(["system", "principal"])
        click.echo(f"{target}: {len(principals)} principal(s) may read {len(frame)} field(s)")
        for (system, principal), rows in frame.groupby(["system", "principal"], sort=False):
            first = rows.iloc[0]
            flag = "  privileged" if first["privileged"] == "yes" else ""
            click.echo(f"  {system} {principal} ({first['kind']}, {first['status']}){flag}")
            for row in rows.itertuples(index=False):
                click.echo(f"    {row.field} [{row.entities}]: {row.evidence}")
        return EXIT_OK

    run(body)


@click.command("lineage")
@click.argument("sql_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--dialect", "-d", required=True, help="sqlglot dialect: postgres, mysql, tsql...")
@click.option(
    "--schema",
    "schema_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help='JSON {"schema.table": {"column": "type"}} to expand SELECT * and place bare columns.',
)
@json_option
def lineage_command(sql_file: Path, dialect: str, schema_file: Path | None, as_json: bool) -> None:
    """Print the column-level edges of SQL_FILE, as piimap reads SQL jobs.

    Each line is SOURCE -> TARGET HOW (schema.table.column, column * for a whole table; how is
    copied, derived, pseudonymised, aggregated or influenced). Exit 3 when a statement could not
    be read.

    Example: piimap lineage jobs/contact_sync.sql --dialect postgres
    """

    def body() -> int:
        import json

        from lineage.flows.sql_lineage import file_lineage

        edges, problems = file_lineage(sql_file, dialect, schema_file)
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

    run(body)
