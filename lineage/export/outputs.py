"""Write a scan's artefacts: snapshot.json, tables/, diagrams/, exports/, report.html and
manifest.json.

Files an earlier scan listed in the folder's manifest and this one did not write again are
removed, so the folder (and its manifest) holds one scan; nothing else in it is touched.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lineage.core import snapshot as snapshot_io
from lineage.core.model import Snapshot
from lineage.graph.estate import EstateGraph
from lineage.render.diagrams import write_diagrams

from .bundle import MANIFEST, write_manifest
from .fides import write_fides
from .openlineage import write_openlineage
from .report import write_report
from .tables import write_tables


@dataclass
class Written:
    paths: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def write_outputs(
    estate: EstateGraph | Snapshot,
    out_dir: str | os.PathLike[str],
    formats: Sequence[str] = ("svg",),
) -> Written:
    """Write every artefact of a scan under ``out_dir`` (snapshot.json, tables/, diagrams/ in
    ``formats``, exports/, report.html, manifest.json) and return their paths and warnings. A
    missing Graphviz costs the images only (the diagrams are written as .dot and a warning says
    why). The estate is indexed once, for every artefact."""
    estate = EstateGraph.of(estate)
    snapshot = estate.snapshot
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    previous = _previous_artefacts(out_dir)
    written = Written()
    path = out_dir / "snapshot.json"
    snapshot_io.save(snapshot, path)
    written.paths.append(path)
    written.paths.extend(write_tables(estate, out_dir))
    # SVG always: report.html embeds it whatever --format asked for.
    formats = tuple(dict.fromkeys((*formats, "svg")))
    diagrams, warnings = write_diagrams(estate, out_dir, formats)
    written.paths.extend(diagrams)
    written.warnings.extend(warnings)
    written.paths.extend(write_exports(estate, out_dir))
    svgs = {p.stem: p for p in written.paths if p.suffix == ".svg" and p.parent.name == "diagrams"}
    written.paths.append(write_report(estate, out_dir, svgs))
    for stale in previous - {p.resolve() for p in written.paths}:
        stale.unlink(missing_ok=True)  # the last scan's file this one did not write again
    written.paths.append(write_manifest(out_dir, snapshot, written.paths))
    return written


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
