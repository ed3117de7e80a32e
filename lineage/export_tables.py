"""Tables of a snapshot as pandas DataFrames, and their files under ``tables/``."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from classifiers.taxonomy import TAXONOMY, field_categories

from .model import Field, Snapshot

#: pii_fields.csv starts with these columns (documented in docs/outputs.md).
PII_FIELD_COLUMNS = [
    "system",
    "dataset",
    "field",
    "entities",
    "confidence",
    "gdpr",
    "ccpa",
    "pci",
    "fides",
    "data_type",
    "at_rest",
    "signals",
    "explanation",
]


def pii_fields_frame(snapshot: Snapshot) -> pd.DataFrame:
    """One row per field holding personal data; entities are ``;``-joined, strongest first.

    ``gdpr`` and ``pci`` give the strongest category of the field's entities, ``ccpa`` and
    ``fides`` each entity's, ``;``-joined in the entities' order (docs/taxonomy.md); a user's
    own entity (from a recognizer file) has no categories and adds nothing to them.
    """
    with_pan = {
        (f.system, f.dataset)
        for f in snapshot.fields
        if any(e.entity == "CREDIT_CARD" for e in f.entities)
    }
    rows = [
        {
            "system": f.system,
            "dataset": f.dataset,
            "field": f.name,
            "entities": ";".join(e.entity for e in f.entities),
            "confidence": f.confidence,
            **_categories(f, stored_with_pan=(f.system, f.dataset) in with_pan),
            "data_type": f.data_type,
            "at_rest": f.at_rest.status.value,
            "signals": ";".join(sorted({s for e in f.entities for s in e.signals})),
            "explanation": " | ".join(f"{e.entity}: {e.explanation}" for e in f.entities),
        }
        for f in snapshot.pii_fields()
    ]
    return pd.DataFrame(rows, columns=PII_FIELD_COLUMNS)


def _categories(f: Field, stored_with_pan: bool) -> dict[str, str]:
    known = [e.entity for e in f.entities if e.entity in TAXONOMY]
    if not known:  # only entities of a user's own recognizers
        return {"gdpr": "", "ccpa": "", "pci": "", "fides": ""}
    fc = field_categories(known, stored_with_pan=stored_with_pan)
    return {"gdpr": fc.gdpr, "ccpa": ";".join(fc.ccpa), "pci": fc.pci, "fides": ";".join(fc.fides)}


def write_tables(snapshot: Snapshot, out_dir: Path) -> list[Path]:
    tables = out_dir / "tables"
    tables.mkdir(parents=True, exist_ok=True)
    path = tables / "pii_fields.csv"
    pii_fields_frame(snapshot).to_csv(path, index=False, lineterminator="\n")
    return [path]
