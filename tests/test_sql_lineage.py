"""Golden fixtures for SQL column lineage: each tests/fixtures/lineage/NAME.sql has NAME.expected.

The format is described in tests/fixtures/lineage/README.md: header comments name the dialect
and schema; each expected line is ``N: src_table.col -> tgt_table.col how`` or ``N: problem``.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from lineage.flows.sql_lineage import ColumnEdge, column_lineage

FIXTURES = Path(__file__).parent / "fixtures" / "lineage"
DIALECTS = ("postgres", "mysql", "snowflake", "tsql")


@cache
def schema(name: str) -> dict[str, dict[str, str]]:
    return json.loads((FIXTURES / f"{name}.json").read_text())


def header(sql: str) -> dict[str, str]:
    """``-- key: value`` lines at the top of a case (dialect, schema)."""
    found: dict[str, str] = {}
    for line in sql.splitlines():
        match = re.match(r"--\s*(dialect|schema):\s*(\S+)", line)
        if match:
            found[match[1]] = match[2]
        elif line.strip() and not line.startswith("--"):
            break
    return found


def render(edges: list[ColumnEdge], problems: list[str]) -> list[str]:
    lines = [
        f"{e.statement_index}: {e.source_table}.{e.source_column} -> "
        f"{e.target_table}.{e.target_column} {e.how}"
        for e in edges
    ]
    for problem in problems:
        match = re.match(r"statement (\d+): ", problem)
        lines.append(f"{int(match[1]) - 1 if match else '-'}: problem")  # 1-based in the text
    return sorted(lines)


def expected(case: Path) -> list[str]:
    lines = case.with_suffix(".expected").read_text().splitlines()
    return sorted(line for line in lines if line.strip() and not line.startswith("#"))


def run(case: Path) -> tuple[list[ColumnEdge], list[str]]:
    sql = case.read_text()
    meta = header(sql)
    name = meta.get("schema", "schema")
    return column_lineage(sql, meta["dialect"], None if name == "none" else schema(name))


CASES = sorted(FIXTURES.glob("*.sql"))


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_golden_case(case: Path) -> None:
    edges, problems = run(case)
    assert render(edges, problems) == expected(case), problems


def test_fixtures_cover_every_dialect() -> None:
    counts = {d: sum(header(c.read_text())["dialect"] == d for c in CASES) for d in DIALECTS}
    assert all(n >= 6 for n in counts.values()), counts
    assert len(CASES) >= 40
    for case in CASES:
        assert case.with_suffix(".expected").exists(), case.name
        assert case.stem.startswith(header(case.read_text())["dialect"] + "_"), case.name


def test_bad_statement_is_a_problem_and_the_next_still_traced() -> None:
    sql = (
        "INSERT INTO dw.broken SELEC email FROM;\n"
        "INSERT INTO dw.ok (email) SELECT email FROM crm.c;"
    )
    edges, problems = column_lineage(sql, "postgres")
    assert len(problems) == 1
    assert problems[0].startswith("statement 1: ")  # counted from 1, as editors do
    assert "\n" not in problems[0]
    assert render(edges, []) == ["1: crm.c.email -> dw.ok.email copied"]


def test_target_column_count_mismatch_is_a_problem() -> None:
    edges, problems = column_lineage("INSERT INTO t (a, b) SELECT x FROM s", "postgres")
    assert edges == []
    assert problems and "2 target columns but 1 projections" in problems[0]


def test_ambiguous_column_without_schema_is_a_problem_not_a_silent_gap() -> None:
    sql = (
        "INSERT INTO dw.u (a, b) SELECT c.id, email FROM crm.c AS c JOIN shop.o AS o ON o.id = c.id"
    )
    edges, problems = column_lineage(sql, "postgres")
    assert render(edges, []) == ["0: crm.c.id -> dw.u.a copied"]
    assert len(problems) == 1 and "cannot tell which table holds email" in problems[0]
    edges, problems = column_lineage(sql, "postgres", {"crm.c": {"id": "int", "email": "text"}})
    assert "0: crm.c.email -> dw.u.b copied" in render(edges, []) and problems == []


def test_insert_without_column_list_into_an_unknown_table_says_the_names_are_guessed() -> None:
    edges, problems = column_lineage("INSERT INTO dw.x SELECT email FROM crm.c", "postgres")
    assert render(edges, []) == ["0: crm.c.email -> dw.x.email copied"]
    assert len(problems) == 1 and "dw.x" in problems[0] and "not in the schema" in problems[0]


def test_unknown_dialect_is_a_problem_with_a_suggestion() -> None:
    assert column_lineage("SELECT 1", "postgress") == (
        [],
        ["dialect: Unknown dialect 'postgress'. Did you mean postgres?"],
    )


def test_the_schema_is_not_changed_and_can_be_reused() -> None:
    tables = {"crm.customers": {"id": "int", "email": "text"}}
    before = json.dumps(tables)
    for dialect in ("postgres", "snowflake", "postgres"):
        edges, problems = column_lineage(
            "INSERT INTO dw.c (id, email) SELECT * FROM crm.customers", dialect, tables
        )
        assert len(edges) == 2 and problems == []
    assert json.dumps(tables) == before


def test_a_table_created_in_one_script_is_unknown_to_the_next() -> None:
    script = (
        "CREATE TABLE dw.x AS SELECT email, phone FROM crm.c;\n"
        "INSERT INTO dw.x SELECT a, b FROM crm.d"
    )
    edges, problems = column_lineage(script, "postgres")
    assert render(edges, []) == [
        "0: crm.c.email -> dw.x.email copied",
        "0: crm.c.phone -> dw.x.phone copied",
        "1: crm.d.a -> dw.x.email copied",  # the columns CREATE gave dw.x, by position
        "1: crm.d.b -> dw.x.phone copied",
    ]
    assert problems == []
    edges, problems = column_lineage("INSERT INTO dw.x SELECT a, b FROM crm.d", "postgres")
    assert render(edges, []) == ["0: crm.d.a -> dw.x.a copied", "0: crm.d.b -> dw.x.b copied"]
    assert len(problems) == 1 and "dw.x has no column list" in problems[0]


def test_a_created_table_joins_the_schema_for_the_script_only() -> None:
    tables = {"crm.c": {"id": "int", "name": "text"}}
    read = "INSERT INTO dw.y (p) SELECT mail FROM dw.x JOIN crm.c ON crm.c.id = 1"
    edges, problems = column_lineage(
        f"CREATE TABLE dw.x AS SELECT name AS mail FROM crm.c;\n{read}", "postgres", tables
    )
    assert "1: dw.x.mail -> dw.y.p copied" in render(edges, []) and problems == []
    edges, problems = column_lineage(read, "postgres", tables)
    assert edges == [] and "cannot tell which table holds mail" in problems[0]
