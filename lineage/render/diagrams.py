"""Write every diagram of a snapshot under ``diagrams/``: the systems and datasets diagrams, a
trace per widespread entity (Graphviz, in the formats asked for) and their Mermaid versions.

A missing Graphviz costs the images only: each diagram is then written as its DOT source, with
one warning. docs/diagrams.md describes the files.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import graphviz

from lineage.core.errors import UnknownNameError
from lineage.core.model import Snapshot
from lineage.core.snapshot import write_atomic
from lineage.graph.estate import EstateGraph

from .dot import datasets_diagram, render, systems_diagram, trace_diagram
from .mermaid import markdown, mermaid_systems, mermaid_trace
from .trace_view import trace_entities

#: Graphviz output formats (``dot`` is the source itself and needs no Graphviz).
FORMATS = ("svg", "png", "pdf", "dot")
#: Entities traced: the most widespread, EMAIL_ADDRESS always among them when present.
TRACED = 5


def write_diagrams(
    estate: EstateGraph | Snapshot, out_dir: Path, formats: tuple[str, ...] = ("svg",)
) -> tuple[list[Path], list[str]]:
    """Write ``out_dir/diagrams/{systems,datasets,trace_ENTITY}.{format}``, ``systems.mmd``,
    ``trace_ENTITY.mmd`` and ``diagrams.md``; return the paths written and any warnings."""
    for fmt in formats:
        if fmt not in FORMATS:
            raise UnknownNameError("diagram format", fmt, FORMATS)
    folder = out_dir / "diagrams"
    folder.mkdir(parents=True, exist_ok=True)
    estate = EstateGraph.of(estate)
    entities = trace_entities(estate, TRACED)
    diagrams = [("systems", systems_diagram(estate)), ("datasets", datasets_diagram(estate))]
    diagrams += [(f"trace_{e}", trace_diagram(estate, e)) for e in entities]
    paths: list[Path] = []
    warnings: list[str] = []
    graphviz_missing = False
    for name, diagram in diagrams:
        stem = folder / name
        if graphviz_missing:
            paths += render(diagram, stem, ("dot",))
            continue
        try:
            paths += render(diagram, stem, formats)
        except graphviz.ExecutableNotFound:
            graphviz_missing = True
            paths += render(diagram, stem, ("dot",))
        except subprocess.CalledProcessError as exc:
            paths += render(diagram, stem, ("dot",))
            reason = (exc.stderr or b"").decode(errors="replace").strip().splitlines()
            warnings.append(
                f"Graphviz failed on the {name} diagram ({reason[0] if reason else exc}); "
                f"wrote {stem}.dot only."
            )
    if graphviz_missing:
        warnings.append(
            f"Graphviz's 'dot' is not installed, so the diagrams in {folder} were written as "
            ".dot only; install it (apt-get install graphviz, brew install graphviz) for SVG, "
            "PNG or PDF."
        )
    paths += _write_mermaid(estate, folder, entities, [p.name for p in paths])
    return paths, warnings


def _write_mermaid(
    estate: EstateGraph, folder: Path, entities: list[str], written: list[str]
) -> list[Path]:
    texts = {"systems.mmd": mermaid_systems(estate)}
    texts.update({f"trace_{e}.mmd": mermaid_trace(estate, e) for e in entities})
    images = [n for n in written if n.endswith(".svg")] or [n for n in written if n[-4:] != ".dot"]
    texts["diagrams.md"] = markdown(estate, entities, images)
    paths = []
    for name, text in texts.items():
        path = folder / name
        write_atomic(path, text)
        paths.append(path)
    return paths
