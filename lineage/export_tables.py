"""Tables of a snapshot as pandas DataFrames, and their files under ``tables/``."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .model import Snapshot

#: pii_fields.csv starts with these columns (documented in docs/outputs.md).
PII_FIELD_COLUMNS = [
    "system",
    "dataset",
    "field",
    "entities",
    "confidence",
    "data_type",
    "at_rest",
    "signals",
    "explanation",
]


def pii_fields_frame(snapshot: Snapshot) -> pd.DataFrame:
    """One row per field holding personal data; entities are ``;``-joined, strongest first."""
    rows = [
        {
            "system": f.system,
            "dataset": f.dataset,
            "field": f.name,
            "entities": ";".join(e.entity for e in f.entities),
            "confidence": f.confidence,
            "data_type": f.data_type,
            "at_rest": f.at_rest.status.value,
            "signals": ";".join(sorted({s for e in f.entities for s in e.signals})),
            "explanation": " | ".join(f"{e.entity}: {e.explanation}" for e in f.entities),
        }
        for f in snapshot.pii_fields()
    ]
    return pd.DataFrame(rows, columns=PII_FIELD_COLUMNS)


def write_tables(snapshot: Snapshot, out_dir: Path) -> list[Path]:
    tables = out_dir / "tables"
    tables.mkdir(parents=True, exist_ok=True)
    path = tables / "pii_fields.csv"
    pii_fields_frame(snapshot).to_csv(path, index=False, lineterminator="\n")
    return [path]
