"""Classification of a connector's fields: what the classifiers see of each field, and the
fields with their entity verdicts."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable

from classifiers import Classifier, FieldContext
from lineage.core.model import Dataset, Field


def classify(
    fields: list[Field],
    samples: dict[str, tuple[object, ...]],
    datasets: Iterable[Dataset],
    classifier: Classifier,
    platform: dict[str, dict[str, str]] | None = None,
) -> list[Field]:
    """Fields with their entity verdicts; samples are only read here, never kept."""
    verdicts = classifier.classify(field_contexts(fields, samples, datasets, platform))
    return [dataclasses.replace(f, entities=v) for f, v in zip(fields, verdicts, strict=True)]


def field_contexts(
    fields: list[Field],
    samples: dict[str, tuple[object, ...]],
    datasets: Iterable[Dataset],
    platform: dict[str, dict[str, str]] | None = None,
) -> list[FieldContext]:
    """What the classifiers see of each field: names, types, comments, siblings, samples."""
    comments = {d.id: d.comment for d in datasets}
    columns: dict[str, list[str]] = defaultdict(list)
    for f in fields:
        columns[f.dataset_id].append(f.name)
    siblings = {dataset: tuple(names) for dataset, names in columns.items()}
    return [
        FieldContext(
            system=f.system,
            dataset=f.dataset,
            name=f.name,
            data_type=f.data_type,
            comment=f.comment,
            dataset_comment=comments.get(f.dataset_id, ""),
            samples=samples.get(f.id, ()),
            siblings=siblings[f.dataset_id],
            label=(platform or {}).get(f.id, {}).get("label", ""),
            platform=(platform or {}).get(f.id, {}),
        )
        for f in fields
    ]
