"""What the commands share: running a command (a piimap error is one line on stderr and its
documented exit code), and the options several commands declare, each declared once here.

Only click is imported at module level, so ``piimap --help`` starts fast; each command imports
the library when it runs.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

#: Documented process exit codes (docs/cli.md), as lineage.core.errors defines them.
EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3
FORMATS = ("svg", "png", "pdf", "dot")
Command = Callable[..., Any]


def run(func: Callable[[], int]) -> None:
    """Run a command's body: its exit code, or one line naming the error and the error's
    documented exit code."""
    from lineage.core.errors import PiimapError

    try:
        code = func()
    except PiimapError as exc:
        click.echo(f"piimap: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    sys.exit(code)


def emit(text: str, output: Path | None) -> None:
    """Print ``text``, or write it to ``output``."""
    if output is None:
        click.echo(text, nl=False)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")


def check_output(path: Path, option: str, folder: bool = False) -> None:
    """Refuse, before any work and without creating anything, an output ``path`` that cannot be
    made: a file where a folder is needed (or the reverse), a parent that is a file, a nearest
    existing folder that is not writable. Raises OutputError (one line, exit 2)."""
    from lineage.core.errors import OutputError

    what = "folder" if folder else "file"
    fix = f"choose another {option}."
    if path.exists():
        if folder != path.is_dir():
            kind = "a folder" if path.is_dir() else "a file"
            raise OutputError(f"{option} {path}: is {kind}, not a {what}; {fix}")
        if not os.access(path if folder else path.parent, os.W_OK | os.X_OK):
            raise OutputError(f"{option} {path}: not writable (permission denied); {fix}")
        return
    parent = path.absolute().parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir():
        raise OutputError(f"{option} {path}: cannot create the {what}: {parent} is a file; {fix}")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(
            f"{option} {path}: cannot create the {what}: {parent} is not writable; {fix}"
        )


def make_output(path: Path, option: str, folder: bool = False) -> None:
    """Prove a file can be written at ``path`` (a folder) or in its folder (a file), so that a
    scan never runs only to fail writing (``/proc``, a read-only mount, a full disk). The folders
    it had to create for the proof are removed again (the writer creates them when it writes), so
    a command that fails after this leaves nothing behind."""
    import tempfile

    from lineage.core.errors import OutputError

    where = path if folder else path.parent
    created = [p for p in (where, *where.parents) if not p.exists()]
    try:
        where.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=where, prefix=".piimap-", suffix=".probe"):
            pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        what = "folder" if folder else "file"
        raise OutputError(
            f"{option} {path}: cannot write the {what} ({reason}); choose another {option}."
        ) from None
    finally:
        for made in created:  # deepest first; only what this call created, and only if empty
            with contextlib.suppress(OSError):
                made.rmdir()


class OutputPath(click.Path):
    """A path a command writes (``--out``, ``--output``, ``--baseline``): a ``folder`` or a
    file. An empty one is refused as a one-line error (click would take it for the current
    folder, and the command would write there)."""

    def __init__(self, folder: bool = False) -> None:
        super().__init__(path_type=Path)
        self.folder = folder

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and not value.strip():
            option = param.opts[0] if param is not None and param.opts else "the path"
            what = "folder" if self.folder else "file"
            raise OneLineError(
                f"{option} {value!r}: empty path; give the {what} to write "
                f"(for the current folder, say so: {option} .)."
                if self.folder
                else f"{option} {value!r}: empty path; give the {what} to write."
            )
        return super().convert(value, param, ctx)


class OneLineError(click.ClickException):
    """A mistake found while click parses the command line, printed as piimap's one line
    (``piimap: error: ...``, exit 2) rather than click's usage block."""

    exit_code = EXIT_USAGE

    def show(self, file: Any = None) -> None:
        click.echo(f"piimap: error: {self.format_message()}", err=True)


def baseline_option(help: str, writes: bool = False) -> Callable[[Command], Command]:
    """``--baseline/-b FILE``, ``piimap-baseline.json`` by default: a baseline the command
    reads, or (``writes``) one it writes, checked with :func:`check_output`."""
    return click.option(
        "--baseline",
        "-b",
        "baseline_path",
        type=OutputPath() if writes else click.Path(dir_okay=False, path_type=Path),
        metavar="FILE",
        default=Path("piimap-baseline.json"),
        show_default=True,
        help=help,
    )


def out_option(help: str, folder: bool = False) -> Callable[[Command], Command]:
    """``--out/-o``: the folder (``folder``) or the file a command writes; required. The command
    checks it with :func:`check_output` (a one-line error, not click's usage block)."""
    metavar = "FOLDER" if folder else "FILE"
    return click.option(
        "--out", "-o", type=OutputPath(folder), metavar=metavar, required=True, help=help
    )


def formats_option(command: Command) -> Command:
    """``--format LIST``: the diagram formats a scan writes."""
    return click.option(
        "--format",
        "formats",
        default="svg",
        show_default=True,
        metavar="LIST",
        help="Diagram formats, comma-separated: " + ", ".join(FORMATS) + ".",
    )(command)


def parse_formats(value: str) -> tuple[str, ...]:
    """The formats of a ``--format`` value; a usage error names an unknown one."""
    found = tuple(f.strip().lower() for f in value.split(",") if f.strip())
    unknown = [f for f in found if f not in FORMATS]
    if unknown:
        raise click.BadParameter(f"unknown format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    return found


def snapshot_option(command: Command) -> Command:
    """``--snapshot/-s``: the snapshot a question is asked of."""
    return click.option(
        "--snapshot",
        "-s",
        "snapshot_path",
        type=click.Path(path_type=Path),
        default=Path("snapshot.json"),
        envvar="PIIMAP_SNAPSHOT",
        show_default=True,
        help="snapshot.json, a scan's --out folder or a baseline file (env PIIMAP_SNAPSHOT).",
    )(command)


def output_option(command: Command) -> Command:
    """``--output/-o``: a report written to a file instead of standard output."""
    return click.option(
        "--output",
        "-o",
        type=OutputPath(),
        metavar="FILE",
        help="Write the report to FILE instead of standard output.",
    )(command)


def json_option(command: Command) -> Command:
    """``--json``: machine-readable output."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(
        command
    )
