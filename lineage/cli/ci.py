"""The CI commands: ``piimap diff``, ``piimap check``, ``piimap baseline`` and
``piimap access-review``."""

from __future__ import annotations

from pathlib import Path

import click

from .options import (
    EXIT_FINDINGS,
    EXIT_OK,
    OutputPath,
    baseline_option,
    check_output,
    emit,
    make_output,
    output_option,
    run,
)

_DIFF_FORMATS = ("text", "json", "markdown")
_CHECK_FORMATS = ("text", "junit", "sarif", "markdown")


def _policy_uri(path: Path) -> str:
    """The policy file as SARIF should name it: relative to the working directory (run from
    the repository root, code scanning then links each result to the policy's line)."""
    import os

    relative = os.path.relpath(path.resolve(), Path.cwd())
    return Path(relative).as_posix() if not relative.startswith("..") else path.resolve().as_uri()


@click.command("diff")
@click.argument("base", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(_DIFF_FORMATS),
    default="text",
    show_default=True,
    help="text for a log, json for tools, markdown for a pull-request comment.",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1, min_open=True),
    default=0.2,
    show_default=True,
    help="Report an entity's confidence change of at least this much.",
)
@click.option(
    "--exit-code", is_flag=True, help="Exit 1 when the snapshots differ (as git diff does)."
)
@output_option
def diff_command(
    base: Path, new: Path, fmt: str, threshold: float, exit_code: bool, output: Path | None
) -> None:
    """What changed from BASE to NEW: systems, datasets, personal-data fields and entities,
    flows and third parties added or removed; encryption, retention and authentication status
    changes; confidence changes past --threshold; gaps opened and resolved. BASE and NEW are
    snapshot.json files, scans' output folders or a baseline file (its accepted snapshot).
    Exit 0, or with --exit-code 1 when they differ.

    Example: piimap diff piimap-baseline.json audit-2026q4 --format markdown
    """

    def body() -> int:
        import lineage
        from lineage.ci.diff import to_json, to_markdown, to_text

        if output is not None:
            check_output(output, "--output")
            make_output(output, "--output")
        found = lineage.diff(base, new, threshold=threshold)
        render = {"text": to_text, "json": to_json, "markdown": to_markdown}[fmt]
        emit(render(found), output)
        return EXIT_FINDINGS if exit_code and found else EXIT_OK

    run(body)


@click.command("check")
@click.argument("snapshot_path", metavar="SNAPSHOT", type=click.Path(path_type=Path))
@click.option(
    "--policy",
    "-p",
    "policy_path",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    envvar="PIIMAP_POLICY",
    help="The policy file (docs/policy.md; env PIIMAP_POLICY).",
)
@click.option(
    "--baseline",
    "-b",
    "baseline_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A baseline from piimap baseline accept: its accepted findings do not fail.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(_CHECK_FORMATS),
    default="text",
    show_default=True,
    help="text, junit (JUnit XML), sarif (SARIF 2.1.0) or markdown.",
)
@output_option
@click.pass_context
def check_command(
    ctx: click.Context,
    snapshot_path: Path,
    policy_path: Path,
    baseline_path: Path | None,
    fmt: str,
    output: Path | None,
) -> None:
    """Check SNAPSHOT (a snapshot.json or a scan's output folder) against a policy. Exit 0 when
    it passes, 1 when a rule is violated (warnings do not fail), 2 on a usage error.

    Example: piimap check --policy policy.yaml --format sarif -o piimap.sarif audit-2026q4
    """

    def body() -> int:
        import lineage
        from lineage.ci import reports as render_check

        if output is not None:
            check_output(output, "--output")
            make_output(output, "--output")
        result = lineage.check(snapshot_path, policy_path, baseline=baseline_path)
        if fmt == "sarif":
            text = render_check.to_sarif(result, _policy_uri(policy_path))
        else:
            render = {
                "text": render_check.to_text,
                "junit": render_check.to_junit,
                "markdown": render_check.to_markdown,
            }[fmt]
            text = render(result)
        emit(text, output)
        if output is not None and not ctx.obj["quiet"]:
            click.echo(f"piimap check: {render_check.summary(result)}; wrote {output}")
        return EXIT_OK if result.passed else EXIT_FINDINGS

    run(body)


@click.group()
def baseline() -> None:
    """Baselines: accept the estate as it is, so piimap check --baseline fails only on what is
    new since (docs/policy.md).

    Example: piimap baseline accept audit-2026q4 --policy policy.yaml --reason "Q4 review"
    """


@baseline.command("accept")
@click.argument("snapshot_path", metavar="SNAPSHOT", type=click.Path(path_type=Path))
@click.option("--reason", "-r", required=True, help="Why this state is accepted (recorded).")
@baseline_option("The baseline file to write; an existing one keeps its history.", writes=True)
@click.option(
    "--policy",
    "-p",
    "policy_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="PIIMAP_POLICY",
    help="Accept the violations of this policy too (env PIIMAP_POLICY).",
)
@click.option(
    "--by",
    help="Who accepts (default $PIIMAP_ACCEPTED_BY, $GITHUB_ACTOR, $GITLAB_USER_LOGIN or $USER).",
)
@click.pass_context
def baseline_accept(
    ctx: click.Context,
    snapshot_path: Path,
    reason: str,
    baseline_path: Path,
    policy_path: Path | None,
    by: str | None,
) -> None:
    """Record SNAPSHOT (a snapshot.json or a scan's output folder) as accepted in the baseline
    file, with who, when and why; with --policy, its current violations are accepted too.

    Example: piimap baseline accept audit-2026q4 --policy policy.yaml --reason "Q4 review, PRIV-12"
    """

    def body() -> int:
        import lineage

        check_output(baseline_path, "--baseline")
        make_output(baseline_path, "--baseline")
        accepted = lineage.baseline(
            snapshot_path, reason=reason, path=baseline_path, policy=policy_path, by=by
        )
        if not ctx.obj["quiet"]:
            record = accepted.current
            click.echo(
                f"Accepted the snapshot of {record.snapshot_scanned_at} with "
                f"{record.violations} violation(s) in {baseline_path} "
                f"(acceptance {len(accepted.history)}, by {record.by})."
            )
        return EXIT_OK

    run(body)


@click.command("access-review")
@click.argument(
    "snapshot_path", metavar="[SNAPSHOT]", required=False, type=click.Path(path_type=Path)
)
@click.option(
    "--out",
    "-o",
    type=OutputPath(),
    metavar="FILE",
    help="Write the review workbook (.xlsx) of SNAPSHOT to FILE.",
)
@click.option(
    "--accept",
    "accept_path",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Accept this filled review workbook into the baseline.",
)
@baseline_option(
    "With --accept: the baseline file to record the review in (made if missing).", writes=True
)
@click.option(
    "--by",
    help="With --accept: who accepts (default $PIIMAP_ACCEPTED_BY, $GITHUB_ACTOR, "
    "$GITLAB_USER_LOGIN or $USER).",
)
@click.pass_context
def access_review_command(
    ctx: click.Context,
    snapshot_path: Path | None,
    out: Path | None,
    accept_path: Path | None,
    baseline_path: Path,
    by: str | None,
) -> None:
    """The quarterly access review. With --out, write the review workbook of SNAPSHOT: one row
    per principal that may read personal data, with decision (keep or revoke), reviewer and
    comment to fill in. With --accept, check a filled workbook (every row decided, a reviewer
    named, made from SNAPSHOT or the snapshot it names, by sha256) and record it in the
    baseline: piimap check --baseline then fails on access changed since, and on every revoke
    not carried out (docs/access.md).

    Example: piimap access-review audit-2026q3 --out review.xlsx; then
    piimap access-review --accept review.xlsx --baseline piimap-baseline.json
    """

    def body() -> int:
        import lineage
        from lineage.core.errors import ConfigError

        if (out is None) == (accept_path is None):
            raise ConfigError("give either --out FILE (write a review) or --accept FILE.")
        if out is not None:
            if snapshot_path is None:
                raise ConfigError("--out needs the SNAPSHOT to review (a snapshot.json or folder).")
            check_output(out, "--out")
            make_output(out, "--out")
            count = lineage.access_review(snapshot_path, out)
            if not ctx.obj["quiet"]:
                click.echo(f"Wrote {out}: {count} principal(s) with access to personal data.")
            return EXIT_OK
        assert accept_path is not None
        check_output(baseline_path, "--baseline")
        make_output(baseline_path, "--baseline")
        accepted = lineage.accept_review(
            accept_path, snapshot=snapshot_path, path=baseline_path, by=by
        )
        review = accepted.review
        if review is not None and not ctx.obj["quiet"]:
            counts = review.counts()
            click.echo(
                f"Accepted the {review.describe()} in {baseline_path}: "
                f"{counts['keep']} keep, {counts['revoke']} revoke."
            )
        return EXIT_OK

    run(body)
