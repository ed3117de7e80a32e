"""Write a scan's artefacts: snapshot.json, tables/, diagrams/, exports/, report.html and
manifest.json.

Files an earlier scan listed in the folder's manifest and this one did not write again are
removed, so the folder (and its manifest) holds one scan; nothing else in it is touched.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from lineage.core import snapshot as snapshot_io
from lineage.core.model import Snapshot
from lineage.render.diagrams import write_diagrams
from lineage.render.report import write_report

from .bundle import MANIFEST, write_manifest
from .interchange import write_exports
from .tables import write_tables


@dataclass
class Written:
    paths: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def write_outputs(
    snapshot: Snapshot, out_dir: Path, formats: tuple[str, ...] = ("svg",)
) -> Written:
    """Write every artefact under ``out_dir``. A missing Graphviz costs the images only (the
    diagrams are written as .dot and a warning says why)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    previous = _previous_artefacts(out_dir)
    written = Written()
    path = out_dir / "snapshot.json"
    snapshot_io.save(snapshot, path)
    written.paths.append(path)
    written.paths.extend(write_tables(snapshot, out_dir))
    # SVG always: report.html embeds it whatever --format asked for.
    formats = tuple(dict.fromkeys((*formats, "svg")))
    diagrams, warnings = write_diagrams(snapshot, out_dir, formats)
    written.paths.extend(diagrams)
    written.warnings.extend(warnings)
    written.paths.extend(write_exports(snapshot, out_dir))
    svgs = {p.stem: p for p in written.paths if p.suffix == ".svg" and p.parent.name == "diagrams"}
    written.paths.append(write_report(snapshot, out_dir, svgs))
    for stale in previous - {p.resolve() for p in written.paths}:
        stale.unlink(missing_ok=True)  # the last scan's file this one did not write again
    written.paths.append(write_manifest(out_dir, snapshot, written.paths))
    return written


def _previous_artefacts(out_dir: Path) -> set[Path]:
    """The files an earlier scan listed in ``out_dir``'s manifest (only those are ever removed)."""
    try:
        listed = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return set()
    root = out_dir.resolve()
    paths = {(out_dir / name).resolve() for name in listed if isinstance(name, str)}
    return {p for p in paths if p.is_relative_to(root)}
