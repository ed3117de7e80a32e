"""Tables of a snapshot as pandas DataFrames, and their files under ``tables/``."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from classifiers.taxonomy import TAXONOMY, field_categories

from .assess import sorted_gaps
from .model import Control, Field, Snapshot

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


FLOW_COLUMNS = [
    "flow",
    "kind",
    "source",
    "target",
    "entities",
    "transit",
    "transit_evidence",
    "auth",
    "retention",
    "retention_evidence",
    "schedule",
    "purpose",
    "column_links",
    "evidence",
]
GAP_COLUMNS = ["severity", "control", "related", "subject", "title", "evidence", "remediation"]
STORE_COLUMNS = [
    "system",
    "dataset",
    "kind",
    "pii_fields",
    "rows",
    "at_rest",
    "at_rest_evidence",
    "audit",
    "audit_evidence",
    "retention_policy",
    "oldest_record",
    "retention",
    "retention_evidence",
]


def _evidence(control: Control) -> str:
    return " | ".join(control.evidence)


def flows_frame(snapshot: Snapshot) -> pd.DataFrame:
    """One row per flow: what it carries, and its transit, authentication and retention status
    with the evidence that decided each."""
    rows = [
        {
            "flow": f.id,
            "kind": f.kind,
            "source": f.source,
            "target": f.target,
            "entities": ";".join(f.entities),
            "transit": f.transit.status.value,
            "transit_evidence": _evidence(f.transit),
            "auth": f.auth,
            "retention": f.retention.status.value,
            "retention_evidence": _evidence(f.retention),
            "schedule": f.schedule,
            "purpose": f.purpose,
            "column_links": len(f.columns),
            "evidence": " | ".join(f.evidence),
        }
        for f in snapshot.flows
    ]
    return pd.DataFrame(rows, columns=FLOW_COLUMNS)


def gaps_frame(snapshot: Snapshot) -> pd.DataFrame:
    """One row per gap, most severe first; ``related`` lists the same finding's other control
    ids (``;``-joined)."""
    rows = [
        {
            "severity": g.severity,
            "control": g.control,
            "related": ";".join(g.related),
            "subject": g.subject,
            "title": g.title,
            "evidence": " | ".join(g.evidence),
            "remediation": g.remediation,
        }
        for g in sorted_gaps(snapshot.gaps)
    ]
    return pd.DataFrame(rows, columns=GAP_COLUMNS)


def stores_frame(snapshot: Snapshot) -> pd.DataFrame:
    """One row per dataset: how many personal-data fields it holds, and its at-rest, audit-trail
    and retention status with evidence (a dataset inherits its system's at-rest evidence)."""
    pii: dict[str, int] = {}
    for f in snapshot.pii_fields():
        pii[f"{f.system}/{f.dataset}"] = pii.get(f"{f.system}/{f.dataset}", 0) + 1
    systems = {s.id: s for s in snapshot.systems}
    rows = []
    for d in snapshot.datasets:
        system = systems.get(d.system)
        at_rest = d.at_rest if d.at_rest.evidence or system is None else system.at_rest
        rows.append(
            {
                "system": d.system,
                "dataset": d.name,
                "kind": d.kind,
                "pii_fields": pii.get(d.id, 0),
                "rows": d.row_count,
                "at_rest": at_rest.status.value,
                "at_rest_evidence": _evidence(at_rest),
                "audit": d.audit.status.value,
                "audit_evidence": _evidence(d.audit),
                "retention_policy": d.retention_policy or "",
                "oldest_record": d.oldest_record or "",
                "retention": d.retention.status.value,
                "retention_evidence": _evidence(d.retention),
            }
        )
    return pd.DataFrame(rows, columns=STORE_COLUMNS)


def write_tables(snapshot: Snapshot, out_dir: Path) -> list[Path]:
    tables = out_dir / "tables"
    tables.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, frame in (
        ("pii_fields", pii_fields_frame(snapshot)),
        ("flows", flows_frame(snapshot)),
        ("stores", stores_frame(snapshot)),
        ("gaps", gaps_frame(snapshot)),
    ):
        path = tables / f"{name}.csv"
        frame.to_csv(path, index=False, lineterminator="\n")
        paths.append(path)
    return paths
