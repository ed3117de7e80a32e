"""Golden fixtures for SQL column lineage: each tests/lineage_cases/NAME.sql has NAME.expected.

A case's first line may be ``-- dialect: NAME`` (default postgres); every case reads the shared
schema.json, so ``SELECT *`` expands. Expected, sorted: ``src_table.col -> tgt_table.col how``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lineage.sql_lineage import ColumnEdge, column_lineage

CASES = Path(__file__).parent / "lineage_cases"
SCHEMA = json.loads((CASES / "schema.json").read_text())


def render(edges: list[ColumnEdge]) -> list[str]:
    return sorted(
        f"{e.source_table}.{e.source_column} -> {e.target_table}.{e.target_column} {e.how}"
        for e in edges
    )


def dialect_of(sql: str) -> str:
    first = sql.lstrip().splitlines()[0]
    return first.split(":", 1)[1].strip() if first.startswith("-- dialect:") else "postgres"


def assert_lineage(case: Path) -> None:
    sql = case.read_text()
    edges, _problems = column_lineage(sql, dialect_of(sql), SCHEMA)
    expected = case.with_suffix(".expected").read_text().splitlines()
    assert render(edges) == [line for line in expected if line.strip()], case.name


@pytest.mark.parametrize("case", sorted(CASES.glob("*.sql")), ids=lambda p: p.stem)
def test_golden_case(case: Path) -> None:
    assert_lineage(case)


def test_every_case_has_expected_edges() -> None:
    for case in CASES.glob("*.sql"):
        assert case.with_suffix(".expected").exists(), case.name


def test_bad_statement_is_a_problem_and_the_next_still_traced() -> None:
    sql = (
        "INSERT INTO dw.broken SELEC email FROM;\n"
        "INSERT INTO dw.ok (email) SELECT email FROM crm.c;"
    )
    edges, problems = column_lineage(sql, "postgres")
    assert len(problems) == 1
    assert problems[0].startswith("statement 0: ")
    assert "\n" not in problems[0]
    assert render(edges) == ["crm.c.email -> dw.ok.email copied"]
    assert {e.statement_index for e in edges} == {1}


def test_target_column_count_mismatch_is_a_problem() -> None:
    edges, problems = column_lineage("INSERT INTO t (a, b) SELECT x FROM s", "postgres")
    assert edges == []
    assert problems and "2 target columns but 1 projections" in problems[0]


def test_ambiguous_column_without_schema_is_a_problem_not_a_silent_gap() -> None:
    sql = (
        "INSERT INTO dw.u (a, b) SELECT c.id, email FROM crm.c AS c JOIN shop.o AS o ON o.id = c.id"
    )
    edges, problems = column_lineage(sql, "postgres")
    assert render(edges) == ["crm.c.id -> dw.u.a copied"]
    assert len(problems) == 1 and "cannot tell which table holds email" in problems[0]
    edges, problems = column_lineage(sql, "postgres", {"crm.c": {"id": "int", "email": "text"}})
    assert "crm.c.email -> dw.u.b copied" in render(edges) and problems == []


def test_unknown_dialect_is_a_problem_with_a_suggestion() -> None:
    assert column_lineage("SELECT 1", "postgress") == (
        [],
        ["dialect: Unknown dialect 'postgress'. Did you mean postgres?"],
    )
