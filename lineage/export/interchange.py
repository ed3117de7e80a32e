"""A scan's interchange exports under ``exports/``: fideslang datasets and OpenLineage events.

docs/exports.md describes both files and how to load them.
"""

from __future__ import annotations

from pathlib import Path

from lineage.core.model import Snapshot

from .fides import write_fides
from .openlineage import write_openlineage


def write_exports(snapshot: Snapshot, out_dir: Path) -> list[Path]:
    """Write ``exports/fides_datasets.yaml`` and ``exports/openlineage.jsonl``; their paths."""
    return [write_fides(snapshot, out_dir), write_openlineage(snapshot, out_dir)]
