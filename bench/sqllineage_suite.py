"""piimap's ``column_lineage`` on the column-lineage cases of sqllineage's own test suite.

sqllineage (reata/sqllineage) checks its column lineage with ``assert_column_lineage_equal(sql,
expected pairs, dialect, metadata_provider=...)`` calls in ``tests/sql``. This benchmark reads
those cases from a local checkout (fetched by whoever runs it; nothing of it is copied into
piimap), runs piimap and sqllineage on each in the same run, and counts the cases each gets
exactly right, apart for the cases with metadata (a schema) and those without.

How a case is read:

- The test modules are imported with stand-ins for ``pytest``, sqllineage's test helpers and the
  few sqllineage names they import, in a child process of this file (``--extract-worker``), so
  every ``assert_column_lineage_equal`` call is recorded as it would be made: each
  ``pytest.mark.parametrize`` value (but the metadata provider, whose two kinds give the same
  schema) is one case, and ``SQLLINEAGE_*`` settings a test patches in are kept with it.
- Exact means the same set of (source column, target column) pairs as the test expects, where a
  pair is the first and last column of each path, as sqllineage's helper compares: piimap's edges
  are chained the same way (``a -> tmp -> b`` gives ``a -> b``). Table names are lowercased and
  sqllineage's ``<default>.`` is dropped. An expected source with no table (sqllineage's
  unresolved column) matches piimap's problem line naming that column as unresolved.
- piimap gets the metadata as its schema (``{table: {column: "text"}}``); the dialect is the
  test's, in sqlglot's spelling (``ansi``: sqlglot's default dialect, ``sparksql``: spark).
- sqllineage 1.5.9 runs in ``bench/.venv-sqllineage`` as in ``bench/column_lineage.py``, with the
  test's dialect (``non-validating`` when the test skips sqlfluff) and a DummyMetaDataProvider.

Run from the repository root, after fetching sqllineage (``git clone
https://github.com/reata/sqllineage /tmp/sqllineage``)::

    .venv/bin/python bench/sqllineage_suite.py --suite /tmp/sqllineage
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
import types
import warnings
from collections import namedtuple
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: sqllineage's dialect names that sqlglot spells otherwise.
DIALECTS = {"ansi": "", "sparksql": "spark", "non-validating": ""}
GOAL = {"without metadata": 150, "with metadata": 31}

Pair = tuple[str, str]


@dataclass(frozen=True)
class Case:
    """One ``assert_column_lineage_equal`` call."""

    test: str  #: file::function[params]
    sql: str
    dialect: str
    expected: frozenset[Pair]  #: "table.column" pairs; an unresolved source is ".column"
    metadata: dict[str, list[str]] | None
    sqlfluff: bool
    env: dict[str, str]

    @property
    def kind(self) -> str:
        return "with metadata" if self.metadata is not None else "without metadata"


# --- reading the cases (child process: standard library only) -------------------------------------


class _Param:
    def __init__(self, names: str, values: Iterable[Any], ids: list[str] | None = None) -> None:
        self.names = [n.strip() for n in names.split(",")]
        self.values = list(values)
        self.ids = ids


def _stand_ins(record: Callable[..., None]) -> dict[str, types.ModuleType]:
    """``pytest``, the test helpers and the sqllineage names the column tests import."""
    pytest = types.ModuleType("pytest")

    def parametrize(names: str, values: Iterable[Any], ids: list[str] | None = None, **_: Any):
        def mark(function: Any) -> Any:
            function.__dict__.setdefault("params", []).insert(0, _Param(names, values, ids))
            return function

        return mark

    pytest.mark = types.SimpleNamespace(parametrize=parametrize)  # type: ignore[attr-defined]
    pytest.fixture = lambda *a, **k: (lambda f: f) if not a or not callable(a[0]) else a[0]  # type: ignore[attr-defined]
    helpers = types.ModuleType("helpers")

    def generate_metadata_providers(schemas: dict[str, list[str]]) -> list[Any]:
        return [("metadata", schemas)]  # the dummy and SQLAlchemy providers: one schema

    helpers.generate_metadata_providers = generate_metadata_providers  # type: ignore[attr-defined]
    helpers.assert_column_lineage_equal = record  # type: ignore[attr-defined]
    helpers.assert_table_lineage_equal = lambda *a, **k: None  # type: ignore[attr-defined]
    entities = types.ModuleType("sqllineage.utils.entities")
    entities.ColumnQualifierTuple = namedtuple("ColumnQualifierTuple", "column qualifier")  # type: ignore[attr-defined]
    provider = types.ModuleType("sqllineage.core.metadata_provider")
    provider.MetaDataProvider = object  # type: ignore[attr-defined]
    modules = {"pytest": pytest, "sqllineage.utils.entities": entities}
    modules["sqllineage.core.metadata_provider"] = provider
    for name in ("sqllineage", "sqllineage.utils", "sqllineage.core"):
        modules[name] = types.ModuleType(name)
    return modules | {"helpers": helpers}


def extract_worker(suite: Path, out: Path) -> None:
    """Import ``suite/tests/sql/column`` with stand-ins and write every recorded case as JSON."""
    cases: list[dict[str, Any]] = []
    current: dict[str, Any] = {}

    def record(
        sql: str,
        column_lineages: Any = None,
        dialect: str = "ansi",
        metadata_provider: Any = None,
        test_sqlfluff: bool = True,
        test_sqlparse: bool = True,
    ) -> None:
        pairs = sorted(
            {
                (
                    f"{(s.qualifier or '').lower()}.{s.column.lower()}",
                    f"{t.qualifier.lower()}.{t.column.lower()}",
                )
                for s, t in column_lineages or []
            }
        )
        metadata = metadata_provider[1] if isinstance(metadata_provider, tuple) else None
        env = {k: v for k, v in os.environ.items() if k.startswith("SQLLINEAGE_")}
        cases.append(
            {"test": current["id"], "sql": sql, "dialect": dialect, "expected": pairs}
            | {"metadata": metadata, "sqlfluff": test_sqlfluff, "env": env}
        )

    modules = _stand_ins(record)
    tests_dir = suite / "tests"
    package = types.ModuleType("tests")
    package.__path__ = [str(tests_dir)]  # type: ignore[attr-defined]
    sys.modules.update(modules)
    sys.modules["tests"] = package
    sys.modules["tests.helpers"] = modules["helpers"]
    conftest = _load("tests.conftest", tests_dir / "conftest.py")
    default_metadata = conftest.generate_metadata_providers(conftest._data_warehouse_schemas)[0]
    for path in sorted((tests_dir / "sql" / "column").rglob("test_*.py")):
        relative = path.relative_to(tests_dir).with_suffix("")
        module = _load("tests." + ".".join(relative.parts), path)
        for name, function in vars(module).items():
            if not name.startswith("test_") or not callable(function):
                continue
            params = getattr(function, "params", [])
            # strict=False: one stand-in provider for the test's two ids
            choices = [list(zip(p.values, p.ids or p.values, strict=False)) for p in params]
            combos = itertools.product(*choices)
            for combo in combos:
                kwargs: dict[str, Any] = {}
                labels = []
                for param, (value, label) in zip(params, combo, strict=True):
                    values = value if len(param.names) > 1 else (value,)
                    kwargs.update(zip(param.names, values, strict=True))
                    if param.names != ["provider"]:
                        labels.append(str(label))
                if "provider" in inspect.signature(function).parameters:  # a pytest fixture
                    kwargs.setdefault("provider", default_metadata)
                suffix = f"[{'-'.join(labels)}]" if labels else ""
                current["id"] = f"{relative.as_posix()}::{name}{suffix}"
                before = len(cases)
                function(**kwargs)
                if len(cases) - before > 1:  # several calls in one test: number them
                    for n, case in enumerate(cases[before:], 1):
                        case["test"] += f"#{n}"
    unique = {json.dumps(c, sort_keys=True): c for c in cases}  # provider kinds: one case
    out.write_text(json.dumps(list(unique.values())))


def _load(name: str, path: Path) -> Any:
    package = name.rpartition(".")[0]
    parts = package.split(".")
    for i in range(2, len(parts) + 1):  # tests.sql, tests.sql.column, ...
        sub = ".".join(parts[:i])
        if sub not in sys.modules:
            module = types.ModuleType(sub)
            module.__path__ = [str(path.parents[len(parts) - i])]  # type: ignore[attr-defined]
            sys.modules[sub] = module
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    module.__package__ = package
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def read_cases(suite: Path) -> list[Case]:
    """The cases of ``suite`` (a sqllineage checkout), read in a child process."""
    if not (suite / "tests" / "sql" / "column").is_dir():
        raise SystemExit(f"{suite}: no tests/sql/column here; is it a sqllineage checkout?")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cases.json"
        subprocess.run(
            [sys.executable, __file__, "--extract-worker", str(suite), str(out)], check=True
        )
        raw = json.loads(out.read_text())
    return [
        Case(
            c["test"],
            c["sql"],
            c["dialect"],
            frozenset(tuple(p) for p in c["expected"]),  # type: ignore[misc]
            c["metadata"],
            c["sqlfluff"],
            c["env"],
        )
        for c in raw
    ]


# --- running the two tools ------------------------------------------------------------------------


def end_to_end(pairs: Iterable[Pair]) -> set[Pair]:
    """(first, last) column of every path, as sqllineage's test helper compares them."""
    import networkx as nx

    graph = nx.DiGraph(list(pairs))
    loops = set(nx.selfloop_edges(graph))  # INSERT INTO t ... FROM t: kept as they are
    graph.remove_edges_from(loops)
    found = set(loops)
    for start in (n for n in graph if graph.in_degree(n) == 0):
        found |= {(start, end) for end in nx.descendants(graph, start) if not graph.out_degree(end)}
    return found


def run_piimap(cases: list[Case]) -> tuple[list[set[Pair]], list[list[str]], float]:
    """piimap's pairs and problems per case, and its total seconds."""
    from lineage.flows.sql_lineage import column_lineage

    results, problems, seconds = [], [], 0.0
    for case in cases:
        schema = None
        if case.metadata is not None:
            schema = {t: dict.fromkeys(cols, "text") for t, cols in case.metadata.items()}
        start = time.perf_counter()
        try:
            edges, notes = column_lineage(
                case.sql, DIALECTS.get(case.dialect, case.dialect), schema
            )
        except Exception as e:  # column_lineage must not raise: a result to report
            edges, notes = [], [f"RAISED {type(e).__name__}"]
        seconds += time.perf_counter() - start
        pairs = end_to_end(
            (f"{e.source_table}.{e.source_column}", f"{e.target_table}.{e.target_column}")
            for e in edges
        )
        for source, target in case.expected:  # sqllineage's unresolved column: piimap's problem
            column = source.removeprefix(".")
            if source.startswith(".") and any(_names_unresolved(n, column) for n in notes):
                pairs.add((source, target))
        results.append(pairs)
        problems.append(notes)
    return results, problems, seconds


def _names_unresolved(note: str, column: str) -> bool:
    _, _, rest = note.partition("cannot tell which table holds ")
    return bool(rest) and column in rest.split(" (")[0].split(", ")


def run_sqllineage(python: Path, cases: list[Case]) -> tuple[list[set[Pair]], list[str | None]]:
    with tempfile.TemporaryDirectory() as tmp:
        job, out = Path(tmp) / "job.json", Path(tmp) / "out.json"
        items = [
            {
                "sql": c.sql,
                "dialect": c.dialect if c.sqlfluff else "non-validating",
                "metadata": c.metadata or {},
                "env": c.env,
            }
            for c in cases
        ]
        job.write_text(json.dumps(items))
        subprocess.run(
            [str(python), __file__, "--sqllineage-worker", str(job), str(out)], check=True
        )
        result = json.loads(out.read_text())
    pairs = [{(_plain(a), _plain(b)) for a, b in item["pairs"]} for item in result]
    return pairs, [item["error"] for item in result]


def _plain(name: str) -> str:
    return name.lower().removeprefix("<default>.")


def sqllineage_worker(job: Path, out: Path) -> None:
    """Runs under bench/.venv-sqllineage: standard library and sqllineage only."""
    from sqllineage.core.metadata.dummy import DummyMetaDataProvider
    from sqllineage.core.models import Column, Table
    from sqllineage.runner import LineageRunner

    def name(column: Column) -> str:
        parent = column.parent
        return f"{str(parent) if isinstance(parent, Table) else ''}.{column.raw_name}"

    warnings.simplefilter("ignore")  # sqllineage warns about each statement it skips
    results = []
    for item in json.loads(job.read_text()):
        saved = dict(os.environ)
        os.environ.update(item["env"])
        try:
            runner = LineageRunner(
                item["sql"],
                dialect=item["dialect"],
                metadata_provider=DummyMetaDataProvider(item["metadata"]),
                silent_mode=True,
            )
            pairs = sorted({(name(p[0]), name(p[-1])) for p in runner.get_column_lineage()})
            error = None
        except Exception as e:  # any failure is a result to report
            pairs, error = [], f"{type(e).__name__}: {str(e).strip().splitlines()[0][:160]}"
        finally:
            os.environ.clear()
            os.environ.update(saved)
        results.append({"pairs": pairs, "error": error})
    out.write_text(json.dumps(results))


# --- report ---------------------------------------------------------------------------------------


def pair_text(pairs: Iterable[Pair]) -> str:
    return ", ".join(f"{a} -> {b}" for a, b in sorted(pairs)) or "none"


def report(
    cases: list[Case],
    mine: list[set[Pair]],
    problems: list[list[str]],
    seconds: float,
    theirs: list[set[Pair]] | None,
    errors: list[str | None] | None,
    suite_revision: str,
) -> None:
    from _common import command_line, machine, revision

    print("## sqllineage's column-lineage test cases\n")
    print(
        f"{len(cases)} `assert_column_lineage_equal` cases read from sqllineage's `tests/sql` "
        f"({suite_revision}); exact: the (first, last) column pairs of every path equal the "
        "test's expected pairs.\n"
    )
    print("| cases | count | piimap exact | goal | sqllineage exact | sqllineage raised |")
    print("|---|---:|---:|---:|---:|---:|")
    for kind in ("without metadata", "with metadata"):
        rows = [i for i, c in enumerate(cases) if c.kind == kind]
        ok = sum(mine[i] == cases[i].expected for i in rows)
        theirs_cells = "- | -"
        if theirs is not None and errors is not None:
            t_ok = sum(theirs[i] == cases[i].expected for i in rows)
            theirs_cells = f"{t_ok}/{len(rows)} | {sum(errors[i] is not None for i in rows)}"
        print(f"| {kind} | {len(rows)} | {ok}/{len(rows)} | {GOAL[kind]} | {theirs_cells} |")
    print(f"\npiimap: {seconds:.2f} s for all {len(cases)} cases.\n")
    misses = [i for i, c in enumerate(cases) if mine[i] != c.expected]
    if misses:
        print("piimap's misses:\n")
    for i in misses:
        case = cases[i]
        missing, extra = case.expected - mine[i], mine[i] - case.expected
        notes = "; ".join(p[:160] for p in problems[i]) or "none"
        print(
            f"- `{case.test}` ({case.kind}): missing {pair_text(missing)}; extra "
            f"{pair_text(extra)}; problems: {notes}"
        )
    if theirs is not None and errors is not None:
        wrong = [i for i, c in enumerate(cases) if theirs[i] != c.expected]
        if wrong:
            print("\nsqllineage's misses (1.5.9 against the checkout's tests):\n")
        for i in wrong:
            detail = errors[i] or (
                f"missing {pair_text(cases[i].expected - theirs[i])}; "
                f"extra {pair_text(theirs[i] - cases[i].expected)}"
            )
            print(f"- `{cases[i].test}`: {detail}")
    print(f"\nMachine: {machine()}  ")
    print(f"Command: `{command_line()}`  ")
    print(f"Revision: {revision()}  ")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--suite", type=Path, help="a local checkout of reata/sqllineage")
    parser.add_argument("--skip-sqllineage", action="store_true")
    parser.add_argument("--failures-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--extract-worker", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--sqllineage-worker", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.extract_worker:
        extract_worker(*args.extract_worker)
        return 0
    if args.sqllineage_worker:
        sqllineage_worker(*args.sqllineage_worker)
        return 0
    if args.suite is None:
        parser.error("--suite PATH is required (a local checkout of reata/sqllineage)")
    from column_lineage import ensure_sqllineage

    cases = read_cases(args.suite)
    print(f"{len(cases)} cases", file=sys.stderr)
    mine, problems, seconds = run_piimap(cases)
    theirs = errors = None
    python = None if args.skip_sqllineage else ensure_sqllineage()
    if python is not None:
        theirs, errors = run_sqllineage(python, cases)
    report(cases, mine, problems, seconds, theirs, errors, _suite_revision(args.suite))
    return 0


def _suite_revision(suite: Path) -> str:
    try:
        head = subprocess.run(
            ["git", "-C", str(suite), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return f"checkout {suite.name}, not a git work tree"
    return f"commit {head}"


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    sys.exit(main())
