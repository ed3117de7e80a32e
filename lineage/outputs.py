"""Write a scan's artefacts: snapshot.json, tables/ and diagrams/."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import graphviz

from . import snapshot as snapshot_io
from .export_tables import write_tables
from .model import Snapshot
from .render_dot import datasets_diagram, render, systems_diagram


@dataclass
class Written:
    paths: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def write_outputs(
    snapshot: Snapshot, out_dir: Path, formats: tuple[str, ...] = ("svg",)
) -> Written:
    """Write every artefact under ``out_dir``. A missing Graphviz costs the images only."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = Written()
    path = out_dir / "snapshot.json"
    snapshot_io.save(snapshot, path)
    written.paths.append(path)
    written.paths.extend(write_tables(snapshot, out_dir))
    for name, diagram in (
        ("systems", systems_diagram(snapshot)),
        ("datasets", datasets_diagram(snapshot)),
    ):
        stem = out_dir / "diagrams" / name
        try:
            written.paths.extend(render(diagram, stem, formats))
        except graphviz.ExecutableNotFound:
            written.paths.extend(render(diagram, stem, ("dot",)))
            written.warnings.append(
                f"Graphviz's 'dot' is not installed, so {name} was written as {stem}.dot only; "
                "install it (apt-get install graphviz, brew install graphviz) for SVG."
            )
    return written
