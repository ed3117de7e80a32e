"""Write a scan's artefacts: snapshot.json, tables/, diagrams/, exports/, report.html and
manifest.json.

Files an earlier scan listed in the folder's manifest and this one did not write again are
removed, so the folder (and its manifest) holds one scan; nothing else in it is touched.

snapshot.json is written first; an artefact whose writer fails costs that artefact only: the
others are still written, the failure is added to snapshot.json's issues and
:class:`OutputIncomplete` (exit code 3) is raised once everything else is on disk.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TypeVar

from lineage.core import snapshot as snapshot_io
from lineage.core.collector import young_collections_only
from lineage.core.errors import EXIT_PARTIAL, OutputError, PiimapError, UnknownNameError
from lineage.core.model import ScanIssue, Snapshot
from lineage.graph.estate import EstateGraph

from .bundle import MANIFEST, write_manifest
from .fides import write_fides
from .openlineage import write_openlineage
from .report import write_report
from .tables import write_tables

log = logging.getLogger(__name__)
T = TypeVar("T")
#: The diagram formats write_diagrams knows (lineage.render.diagrams.FORMATS).
DIAGRAM_FORMATS = ("svg", "png", "pdf", "dot")


@dataclass
class Written:
    paths: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: An artefact that could not be written, as the issue snapshot.json lists.
    issues: list[ScanIssue] = field(default_factory=list)
    #: What the system said when a write failed (``No space left on device``), for the message.
    causes: set[str] = field(default_factory=set)


class OutputIncomplete(PiimapError):
    """Some artefacts could not be written; the others are, and snapshot.json says which."""

    exit_code = EXIT_PARTIAL

    def __init__(self, message: str, written: Written) -> None:
        super().__init__(message)
        self.written = written


def write_outputs(
    estate: EstateGraph | Snapshot,
    out_dir: str | os.PathLike[str],
    formats: Sequence[str] = ("svg",),
) -> Written:
    """Write every artefact of a scan under ``out_dir`` (snapshot.json, tables/, diagrams/ in
    ``formats``, exports/, report.html, manifest.json) and return their paths and warnings. A
    missing Graphviz costs the images only (the diagrams are written as .dot and a warning says
    why). The estate is indexed once, for every artefact.

    Raises :class:`OutputError` when ``out_dir`` cannot be written at all, and
    :class:`OutputIncomplete` (after writing everything else) when an artefact's writer failed.
    """
    for fmt in formats:
        if fmt not in DIAGRAM_FORMATS:
            raise UnknownNameError("diagram format", fmt, DIAGRAM_FORMATS)
    snapshot = estate.snapshot if isinstance(estate, EstateGraph) else estate
    out_dir = Path(out_dir)
    path = out_dir / "snapshot.json"
    written = Written()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        _attempt(written, "snapshot.json", partial(snapshot_io.save, snapshot, path), OSError)
    except OSError as exc:
        raise OutputError(
            f"--out {out_dir}: cannot write the folder ({exc.strerror or type(exc).__name__}); "
            "nothing was written; choose another --out."
        ) from None
    saved = not written.issues  # snapshot.json first, always (unless it cannot be serialised)
    if saved:
        written.paths.append(path)
    previous = _previous_artefacts(out_dir)
    graph = _attempt(written, "tables, diagrams, exports, report", partial(EstateGraph.of, estate))
    if graph is not None:
        with young_collections_only():  # the index and tables are kept to the end
            _write_artefacts(graph, out_dir, formats, written)
    for stale in previous - {p.resolve() for p in written.paths}:
        with contextlib.suppress(OSError):  # the last scan's file this one did not write again
            stale.unlink(missing_ok=True)
    listed = False
    if written.issues and saved:  # listed in snapshot.json before the manifest hashes it
        snapshot, listed = _add_issues(snapshot, written.issues, path)
    manifest = _attempt(
        written, MANIFEST, partial(write_manifest, out_dir, snapshot, written.paths)
    )
    if manifest is not None:
        written.paths.append(manifest)
    elif saved:
        listed = _add_issues(snapshot, written.issues[-1:], path)[1]
    if written.issues:
        names = ", ".join(i.subject.removeprefix("artefact ") for i in written.issues)
        causes = f" ({'; '.join(sorted(written.causes))})" if written.causes else ""
        where = (
            "snapshot.json lists the failure under issues"
            if listed
            else "snapshot.json holds the scan but not this failure"
        )
        raise OutputIncomplete(
            f"{out_dir}: could not write {names}{causes}; everything else is written and "
            f"{where}; rerun with -vv for the details.",
            written,
        )
    return written


def _write_artefacts(
    estate: EstateGraph, out_dir: Path, formats: Sequence[str], written: Written
) -> None:
    """Every artefact after snapshot.json, each on its own: one that fails costs only itself."""
    from lineage.render.diagrams import write_diagrams

    written.paths += _attempt(written, "tables/", lambda: write_tables(estate, out_dir)) or []
    # SVG always: report.html embeds it whatever --format asked for.
    formats = tuple(dict.fromkeys((*formats, "svg")))
    diagrams = _attempt(written, "diagrams/", lambda: write_diagrams(estate, out_dir, formats))
    if diagrams is not None:
        written.paths += diagrams[0]
        written.warnings += diagrams[1]
    for name, writer in (
        ("exports/fides_datasets.yaml", write_fides),
        ("exports/openlineage.jsonl", write_openlineage),
    ):
        done = _attempt(written, name, partial(writer, estate, out_dir))
        if done is not None:
            written.paths.append(done)
    svgs = {p.stem: p for p in written.paths if p.suffix == ".svg" and p.parent.name == "diagrams"}
    report = _attempt(written, "report.html", lambda: write_report(estate, out_dir, svgs))
    if report is not None:
        written.paths.append(report)


def _attempt(
    written: Written, artefact: str, write: Callable[[], T], *passed: type[Exception]
) -> T | None:
    """``write()``; None, with the failure recorded as an issue (its exception type, never its
    text), when it raised (an exception of a ``passed`` type is raised on)."""
    try:
        return write()
    except passed:
        raise
    except Exception as exc:
        log.debug("writing %s failed", artefact, exc_info=True)
        reason = str(exc) if isinstance(exc, PiimapError) else type(exc).__name__
        if isinstance(exc, OSError) and exc.strerror:
            reason = f"{type(exc).__name__}: {exc.strerror}"
            written.causes.add(exc.strerror)
        written.issues.append(
            ScanIssue(
                f"artefact {artefact}",
                "error",
                f"{artefact} could not be written ({reason}); rerun with -vv for the details",
            )
        )
        return None


def _add_issues(snapshot: Snapshot, issues: list[ScanIssue], path: Path) -> tuple[Snapshot, bool]:
    """``snapshot`` with ``issues`` added to its own, saved again at ``path``, and whether the
    save worked (on a full disk snapshot.json stays as it was first saved)."""
    snapshot = dataclasses.replace(snapshot, issues=(*snapshot.issues, *issues))
    try:
        snapshot_io.save(snapshot, path)
    except OSError:
        log.debug("adding the failures to %s failed", path, exc_info=True)
        return snapshot, False
    return snapshot, True


def write_exports(estate: EstateGraph | Snapshot, out_dir: Path) -> list[Path]:
    """Write ``exports/fides_datasets.yaml`` and ``exports/openlineage.jsonl``; their paths."""
    return [write_fides(estate, out_dir), write_openlineage(estate, out_dir)]


def _previous_artefacts(out_dir: Path) -> set[Path]:
    """The files an earlier scan listed in ``out_dir``'s manifest (only those are ever removed)."""
    try:
        listed = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return set()
    root = out_dir.resolve()
    paths = {(out_dir / name).resolve() for name in listed if isinstance(name, str)}
    return {p for p in paths if p.is_relative_to(root)}
