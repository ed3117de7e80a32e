"""Classification of a connector's fields: what the classifiers see of each field, and the
fields with their entity verdicts."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable

from classifiers import Classifier, FieldContext
from connectors.base import UNREAD
from lineage.core.model import Dataset, Field

#: Rows a table must have sampled (in one column at least) for a column with no value in any of
#: them to count as empty.
EMPTY_AFTER_ROWS = 5


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
    """What the classifiers see of each field: names, types, comments, siblings, samples.

    A value of an API response (``customer.email`` of ``GET customers.{id}``, connectors/api)
    is seen as a column of the object holding it: ``email`` of ``Customer``, beside the other
    properties of that object.
    """
    platform = platform or {}
    comments = {d.id: d.comment for d in datasets}
    columns: dict[tuple[str, str], list[str]] = defaultdict(list)
    filled: dict[tuple[str, str], set[str]] = defaultdict(set)
    rows: dict[tuple[str, str], int] = defaultdict(int)
    for f in fields:
        table, column = _table_of(f, platform.get(f.id, {})), _column_of(f, platform.get(f.id, {}))
        columns[table].append(column)
        if sampled := samples.get(f.id):
            filled[table].add(column)
            rows[table] = max(rows[table], len(sampled))
        elif platform.get(f.id, {}).get(UNREAD):
            filled[table].add(column)  # not read: not known to be empty
    siblings = {table: tuple(names) for table, names in columns.items()}
    # A column with no sampled value where another column of the table has values in several
    # rows is empty in those rows (a table with a row or two sampled says little of its columns).
    empty = {
        table: frozenset(names) - filled[table] if rows[table] >= EMPTY_AFTER_ROWS else frozenset()
        for table, names in columns.items()
    }
    contexts = []
    for f in fields:
        hints = platform.get(f.id, {})
        contexts.append(
            FieldContext(
                system=f.system,
                dataset=hints.get("apiObject", f.dataset),
                name=_column_of(f, hints),
                data_type=f.data_type,
                comment=f.comment,
                dataset_comment=comments.get(f.dataset_id, ""),
                samples=samples.get(f.id, ()),
                siblings=siblings[_table_of(f, hints)],
                empty_siblings=empty[_table_of(f, hints)],
                label=hints.get("label", ""),
                platform=hints,
            )
        )
    return contexts


def _table_of(f: Field, hints: dict[str, str]) -> tuple[str, str]:
    """The table a field is a column of: its dataset, or the object of an API response."""
    return (f.dataset_id, hints["apiParent"]) if "apiObject" in hints else (f.dataset_id, "")


def _column_of(f: Field, hints: dict[str, str]) -> str:
    return hints.get("apiProperty", f.name)
