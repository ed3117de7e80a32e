"""What the default classifier says of each column of a made-up table: the rule tests
(organisations, holders and owners, settings and workflows, ledgers and mail) share it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

import pytest

from classifiers import Classifier, FieldContext, default_classifier
from lineage.core.model import EntityHit


@cache
def classifier() -> Classifier:
    return default_classifier()


def table_verdicts(
    table: str,
    columns: Mapping[str, tuple[object, ...]],
    types: Mapping[str, str] | None = None,
    *,
    system: str = "app",
    schema: str = "public",
    default_type: str = "text",
) -> dict[str, dict[str, EntityHit]]:
    """{column: {entity: hit}} for ``schema.table`` of these columns and sampled values (each
    column sees the others as its siblings); a column's type is ``types[name]`` or
    ``default_type``."""
    ctxs = [
        FieldContext(
            system,
            f"{schema}.{table}",
            name,
            (types or {}).get(name, default_type),
            samples=values,
            siblings=tuple(columns),
        )
        for name, values in columns.items()
    ]
    return {
        c.name: {e.entity: e for e in hits}
        for c, hits in zip(ctxs, classifier().classify(ctxs), strict=True)
    }


def explanations(
    table: str,
    columns: Mapping[str, tuple[object, ...]],
    types: Mapping[str, str] | None = None,
    **where: str,
) -> dict[str, dict[str, str]]:
    """{column: {entity: explanation}}: :func:`table_verdicts` as the rule tests read it."""
    return {
        name: {entity: hit.explanation for entity, hit in hits.items()}
        for name, hits in table_verdicts(table, columns, types, **where).items()
    }


def found(
    table: str,
    columns: Mapping[str, tuple[object, ...]],
    column: str,
    types: Mapping[str, str] | None = None,
) -> set[str]:
    """The entities one column of a made-up table is given."""
    return set(explanations(table, columns, types)[column])


#: A rule test's case: the made-up table, its columns' sampled values, their types (None: text),
#: the column asked about and the entity.
CASE = ("table", "columns", "types", "column", "entity")
Case = tuple[str, Mapping[str, tuple[object, ...]], Mapping[str, str] | None, str, str]


def verdict_tests(flagged: Sequence[Case], unflagged: Sequence[Case]) -> tuple[Any, Any]:
    """A rule module's two tests of its made-up cases: each ``flagged`` column is given its
    entity, no ``unflagged`` one is (``test_flagged, test_not_flagged = verdict_tests(...)``)."""

    @pytest.mark.parametrize(CASE, flagged)
    def test_flagged(
        table: str, columns: Mapping[str, tuple[object, ...]], types: Any, column: str, entity: str
    ) -> None:
        assert entity in explanations(table, columns, types)[column]

    @pytest.mark.parametrize(CASE, unflagged)
    def test_not_flagged(
        table: str, columns: Mapping[str, tuple[object, ...]], types: Any, column: str, entity: str
    ) -> None:
        assert entity not in explanations(table, columns, types)[column]

    return test_flagged, test_not_flagged


#: A rule test's case described for its id: what it is, the made-up table, its columns' sampled
#: values, the column asked about, the types (None: text) and the entity.
Described = tuple[str, str, Mapping[str, tuple[object, ...]], str, Mapping[str, str] | None, str]


def described_tests(
    positives: Sequence[Described], negatives: Sequence[Described]
) -> tuple[Any, Any]:
    """:func:`verdict_tests` for cases that say what they are first (the test's id)."""

    def cases(found_in: Sequence[Described]) -> Any:
        return pytest.mark.parametrize(
            ("table", "columns", "column", "types", "entity"),
            [case[1:] for case in found_in],
            ids=[case[0] for case in found_in],
        )

    @cases(positives)
    def test_flagged(
        table: str, columns: Mapping[str, tuple[object, ...]], column: str, types: Any, entity: str
    ) -> None:
        assert entity in found(table, columns, column, types)

    @cases(negatives)
    def test_not_flagged(
        table: str, columns: Mapping[str, tuple[object, ...]], column: str, types: Any, entity: str
    ) -> None:
        assert entity not in found(table, columns, column, types)

    return test_flagged, test_not_flagged


def leaked_values(
    tables: Sequence[tuple[str, Mapping[str, tuple[object, ...]]]], longer_than: int
) -> list[str]:
    """The explanations of these made-up tables' columns that hold one of their sampled values
    (those longer than ``longer_than`` characters, shorter ones occur in words): none may."""
    values = {str(v) for _, columns in tables for vs in columns.values() for v in vs}
    values = {v for v in values if len(v) > longer_than}
    return [
        text
        for table, columns in tables
        for hits in explanations(table, columns).values()
        for text in hits.values()
        if any(v in text for v in values)
    ]
