"""The exports of a large estate, written by a process of their own while the scan's process
writes its other artefacts (:func:`lineage.export.outputs.write_outputs`). This module imports
only what the exports need, so that process is writing within a fraction of a second."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from lineage.core.model import Snapshot
from lineage.graph.estate import EstateGraph

from .fides import write_fides
from .openlineage import write_openlineage

#: Each export's writer, by the file it writes.
WRITERS: dict[str, Callable[[EstateGraph, Path], Path]] = {
    "exports/fides_datasets.yaml": write_fides,
    "exports/openlineage.jsonl": write_openlineage,
}


def write_apart(
    snapshot: Snapshot, out_dir: Path, names: Sequence[str]
) -> dict[str, Path | Exception]:
    """Each export of ``names`` written in turn: its path, or what its writer raised (the
    caller reports it as it would its own writer's failure)."""
    estate = EstateGraph.of(snapshot)
    outcomes: dict[str, Path | Exception] = {}
    for name in names:
        try:
            outcomes[name] = WRITERS[name](estate, out_dir)
        except Exception as exc:
            outcomes[name] = exc
    return outcomes
