"""column_lineage never raises and never loses a file for one statement it cannot read.

Property-based: statements of the golden fixtures (tests/fixtures/lineage) truncated, cut short
and mutated at random, alone and followed by a good statement.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lineage.flows.sql_lineage import ColumnEdge, column_lineage
from lineage.flows.sql_statements import statements

FIXTURES = Path(__file__).parent / "fixtures" / "lineage"
#: (dialect, statement text) of every fixture statement.
STATEMENTS = [
    (dialect, text)
    for case in sorted(FIXTURES.glob("*.sql"))
    for dialect in re.findall(r"^--\s*dialect:\s*(\S+)", case.read_text(), re.M)[:1]
    for text, _ in statements(case.read_text(), dialect)
]
GOOD = "INSERT INTO dw.ok (email) SELECT email FROM crm.c"
#: Pieces a mutation inserts: SQL's own punctuation and keywords, control flow, odd characters.
NOISE = st.sampled_from(
    ["(", ")", "'", '"', "`", "[", "]", ";", ",", ".", "*", "--", "/*", "$$", "ELSE", "END",
     "BEGIN", "IF", "GO", "SELECT", "FROM", "WITH", "AS", "INTO", "OVER (", "+=", "\n", "\x00",
     "é", "(TITLE 'x')", "UNION ALL", "VALUES", "CASE WHEN", "::", "@v", "#t"]
)  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, str]:
    dialect, text = draw(st.sampled_from(STATEMENTS))
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["truncate", "insert", "delete"]))
        at = draw(st.integers(0, len(text)))
        if kind == "truncate":
            text = text[:at]
        elif kind == "insert":
            text = f"{text[:at]} {draw(NOISE)} {text[at:]}"
        else:
            text = text[:at] + text[at + draw(st.integers(1, 12)) :]
    return dialect, text


def _valid(edges: list[ColumnEdge], problems: list[str], statements_in: int) -> None:
    assert all(isinstance(e, ColumnEdge) for e in edges)
    for problem in problems:
        assert isinstance(problem, str) and "\n" not in problem
        number = re.match(r"statement (\d+): ", problem)
        assert number, problem  # every problem names its statement
        assert 1 <= int(number[1]) <= statements_in + 50


#: The fixtures' schemas (two-part and three-part names), or none.
SCHEMAS = [None, *(json.loads(p.read_text()) for p in sorted(FIXTURES.glob("schema*.json")))]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(), st.sampled_from(SCHEMAS))
def test_a_mutated_statement_never_raises(
    case: tuple[str, str], schema: dict[str, dict[str, str]] | None
) -> None:
    dialect, text = case
    edges, problems = column_lineage(text, dialect, schema)
    _valid(edges, problems, 1)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_a_good_statement_before_a_broken_one_is_still_traced(case: tuple[str, str]) -> None:
    dialect, text = case
    edges, problems = column_lineage(f"{GOOD};\n{text}", dialect)
    _valid(edges, problems, 2)
    first = sorted((e.source_column, e.target_table, e.target_column) for e in edges
                   if e.statement_index == 0)  # fmt: skip
    assert first == [("email", "dw.ok", "email")], problems


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_a_good_statement_after_a_broken_one_is_still_traced(case: tuple[str, str]) -> None:
    dialect, text = case
    # the semicolon on a line of its own: a -- comment at the end of text cannot hide it
    edges, problems = column_lineage(f"{text}\n;\n{GOOD};\n", dialect)
    _valid(edges, problems, 2)
    assert ("crm.c", "email", "dw.ok", "email") in {
        (e.source_table, e.source_column, e.target_table, e.target_column) for e in edges
    }, problems


@pytest.mark.parametrize(
    ("dialect", "broken"),
    [
        ("teradata", "(TITLE 'x')"),  # nothing left once the TITLE phrase is dropped
        ("tsql", "INSERT INTO t (a) VALUES (HASHBYTES('SHA2_256'))"),  # sqlglot raises ValueError
        ("tsql", "IF @a = 1 SET @a = 0;\nELSE IF @a < 0 SET @a = 1;\nELSE"),  # IndexError before
        ("bigquery", "CREATE PROCEDURE p()\nBEGIN\nINSERT INTO t (a) SELECT 'x FROM s"),
        ("postgres", "INSERT INTO t (a) SELECT a FROM s WHERE b = 'unclosed"),
        ("postgres", "INSERT INTO t (a) SELECT a FROM s /* unclosed"),
    ],
)
def test_what_once_lost_the_file_loses_one_statement_at_most(dialect: str, broken: str) -> None:
    edges, problems = column_lineage(f"{broken}\n;\n{GOOD};\n", dialect)
    assert [(e.source_table, e.target_table) for e in edges] == [("crm.c", "dw.ok")], problems
    assert all(re.match(r"statement \d+: ", p) for p in problems), problems
