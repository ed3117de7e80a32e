"""The ``piimap`` command: a thin click layer over the library (:mod:`lineage.api`). Each
command parses its options, makes one documented library call and prints the result; deleting
this package loses no feature.

Exit codes: 0 clean, 1 findings (policy violations, a changed bundle, diff --exit-code),
2 usage or config error, 3 partial scan (something could not be scanned or read; everything
found is still written, and the snapshot's issues say what).

Importing it imports click and nothing heavy (no pandas, SQLAlchemy, Presidio, openpyxl or
networkx): each command imports what it needs when it runs.
"""

from __future__ import annotations

import click

from . import ask, ci, evidence, salesforce, scan


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="piimap", prog_name="piimap")
@click.option("--quiet", "-q", is_flag=True, help="Print errors only, no progress or summary.")
@click.option("--verbose", "-v", count=True, help="More logging (-vv for debug).")
@click.pass_context
def main(ctx: click.Context, quiet: bool, verbose: int) -> None:
    """Map personal data and its flows across an e-commerce estate.

    Exit codes: 0 clean, 1 findings (check, verify, diff --exit-code), 2 usage or config
    error, 3 partial scan (something could not be scanned or read; see the snapshot's issues).
    """
    import logging

    level = (
        logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    )
    logging.basicConfig(level=level, format="piimap: %(levelname)s: %(message)s", force=True)
    for handler in logging.getLogger().handlers:  # libraries' loggers set their own levels (Dask)
        handler.setLevel(level)
    ctx.obj = {"quiet": quiet}


for _command in (
    scan.scan,
    scan.demo,
    ask.where,
    ask.trace,
    ask.who_can_read,
    ask.lineage_command,
    evidence.bundle,
    evidence.verify_command,
    evidence.period,
    salesforce.salesforce,
    ci.diff_command,
    ci.check_command,
    ci.baseline,
    ci.access_review_command,
):
    main.add_command(_command)
