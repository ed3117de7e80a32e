"""SQL column lineage benchmark: piimap's ``column_lineage`` against sqllineage, in one run.

1. Generates ``--statements`` (default 5,000) PostgreSQL write statements over an e-commerce
   schema with a fixed ``--seed``: INSERT ... SELECT with joins, INSERT ... SELECT with GROUP BY,
   INSERT with CTEs, CREATE TABLE AS, MERGE, UPDATE ... FROM and INSERT ... UNION ALL, each
   projection one of copy, lower/trim/concat/coalesce/CASE/substring/cast, md5/digest hash,
   aggregate or literal. The generator knows each statement's true edges (with their how).
2. Times piimap (``lineage.flows.sql_lineage.column_lineage(sql, "postgres", schema)``, one call per
   statement) and sqllineage (``LineageRunner(sql, dialect="postgres", metadata_provider=...)
   .get_column_lineage()``, its default sqlfluff parser, one runner per statement) on the same
   statements, and scores both against the generator's edges.
3. Runs both on every golden fixture in ``tests/fixtures/lineage`` and counts the cases each gets
   exactly right (sqllineage: its source -> target column pairs against the expected pairs, as it
   has no ``how``).

sqllineage is not a piimap dependency: it runs in its own virtualenv, ``bench/.venv-sqllineage``
(gitignored; created with ``pip install sqllineage==1.5.9`` on first use), through this same file
started as a worker (``--sqllineage-worker``), which imports nothing but the standard library and
sqllineage. Timings are taken inside each process, so neither interpreter's start-up counts.

Run from the repository root (no database needed)::

    .venv/bin/python bench/column_lineage.py                      # ~8 min, most of it sqllineage
    .venv/bin/python bench/column_lineage.py --sqllineage-subset 500   # time sqllineage on 500 only
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "lineage"
SQLLINEAGE_VENV = ROOT / "bench" / ".venv-sqllineage"
SQLLINEAGE = "sqllineage==1.5.9"
#: piimap must trace at least this many times as many statements per second as sqllineage.
GOAL_SPEEDUP = 20.0

Edge = tuple[str, str, str, str, str]  # source table, column, target table, column, how
Pair = tuple[str, str]  # "table.column" source, target

# --- the generated statements ---------------------------------------------------------------------

SCHEMA: dict[str, dict[str, str]] = {
    "crm.customers": dict.fromkeys(
        [
            "id",
            "email",
            "first_name",
            "last_name",
            "phone",
            "birth_date",
            "country",
            "city",
            "postcode",
            "created_at",
            "marketing_opt_in",
        ],
        "text",
    ),
    "crm.addresses": dict.fromkeys(
        ["id", "customer_id", "street", "city", "postcode", "country", "kind"], "text"
    ),
    "shop.orders": dict.fromkeys(
        [
            "id",
            "customer_id",
            "status",
            "total",
            "currency",
            "created_at",
            "ip_address",
            "shipping_address_id",
        ],
        "text",
    ),
    "shop.payments": dict.fromkeys(
        ["id", "order_id", "card_last4", "card_brand", "amount", "paid_at"], "text"
    ),
    "marketing.subscribers": dict.fromkeys(
        ["id", "customer_id", "email", "source", "subscribed_at"], "text"
    ),
    "support.tickets": dict.fromkeys(
        ["id", "customer_id", "email", "subject", "body", "opened_at"], "text"
    ),
    "web.sessions": dict.fromkeys(
        ["id", "customer_id", "ip_address", "user_agent", "started_at"], "text"
    ),
}

#: alias -> (table, join condition onto the aliases before it; None for the base table)
JOINS: dict[str, tuple[str, str | None]] = {
    "c": ("crm.customers", None),
    "o": ("shop.orders", "o.customer_id = c.id"),
    "a": ("crm.addresses", "a.customer_id = c.id AND a.kind = 'billing'"),
    "s": ("marketing.subscribers", "s.customer_id = c.id"),
    "t": ("support.tickets", "t.customer_id = c.id"),
    "w": ("web.sessions", "w.customer_id = c.id"),
    "p": ("shop.payments", "p.order_id = o.id"),
}
TEXT = {"email", "first_name", "last_name", "city", "street", "subject", "user_agent", "source"}
TIMES = {"created_at", "subscribed_at", "opened_at", "started_at", "paid_at", "birth_date"}
AMOUNTS = {"total", "amount"}
FILTERS = (
    "c.created_at > now() - interval '30 days'",
    "c.country IN ('DE', 'FR', 'GB')",
    "c.marketing_opt_in",
    "c.email IS NOT NULL",
)


@dataclass
class Value:
    """One projection: its SQL and the (table, column, how) it reads."""

    sql: str
    reads: list[tuple[str, str, str]]
    name: str


@dataclass(frozen=True)
class Statement:
    kind: str
    sql: str
    edges: frozenset[Edge]


@dataclass
class Gen:
    rng: random.Random
    n: int = 0

    def pick(self, items: Iterable[Any]) -> Any:
        return self.rng.choice(list(items))

    def value(self, alias: str, column: str, agg: bool = False) -> Value:
        """A projection over ``alias.column``, its transformation drawn at random."""
        table = JOINS[alias][0]
        ref = f"{alias}.{column}"
        if agg:
            form = self.pick(
                ("count", "max", "sum", "string_agg")
                if column in AMOUNTS
                else ("count", "max", "string_agg")
            )
            sql = {
                "count": f"count(DISTINCT {ref})",
                "max": f"max({ref})",
                "sum": f"sum({ref})",
                "string_agg": f"string_agg(DISTINCT {ref}::text, ', ')",
            }[form]
            return Value(sql, [(table, column, "aggregated")], f"{column}_{form}")
        forms = ["copy", "copy", "copy", "case", "cast", "coalesce"]
        if column in TEXT:
            forms += ["lower", "trim", "hash", "hash", "substring"]
        if column in TIMES:
            forms += ["date_trunc"]
        if column in {"phone", "ip_address", "postcode"}:
            forms += ["hash", "digest", "substring"]
        form = self.pick(forms)
        sql, how = {
            "copy": (ref, "copied"),
            "lower": (f"lower(trim({ref}))", "derived"),
            "trim": (f"trim({ref})", "derived"),
            "hash": (f"md5(lower({ref}))", "pseudonymised"),
            "digest": (f"encode(digest({ref}, 'sha256'), 'hex')", "pseudonymised"),
            "substring": (f"substring({ref} FROM 1 FOR 3)", "derived"),
            "case": (f"CASE WHEN {ref} IS NULL THEN 'unknown' ELSE {ref}::text END", "derived"),
            "cast": (f"{ref}::varchar(255)", "derived"),
            "coalesce": (f"coalesce({ref}::text, '')", "derived"),
            "date_trunc": (f"date_trunc('month', {ref})", "derived"),
        }[form]
        suffix = {"hash": "_hash", "digest": "_sha256", "substring": "_prefix"}.get(form, "")
        return Value(sql, [(table, column, how)], f"{column}{suffix}")

    def values(self, aliases: list[str], k: int, agg: bool = False) -> list[Value]:
        chosen: list[Value] = []
        names: set[str] = set()
        candidates = [(a, c) for a in aliases for c in SCHEMA[JOINS[a][0]]]
        self.rng.shuffle(candidates)
        for alias, column in candidates:
            if len(chosen) == k:
                break
            if column in {"id", "customer_id", "order_id", "kind"} and alias != "c":
                continue
            value = self.value(alias, column, agg)
            if value.name in names:
                continue
            table = JOINS[alias][0]
            if not agg and column == "first_name" and self.rng.random() < 0.3:
                value = Value(  # a concatenation of two columns
                    f"{alias}.first_name || ' ' || {alias}.last_name",
                    [(table, "first_name", "derived"), (table, "last_name", "derived")],
                    "full_name",
                )
            if value.name in names:
                continue
            names.add(value.name)
            chosen.append(value)
        if self.rng.random() < 0.4:
            literal = self.pick(("'crm' ", "now() ", "NULL::text "))
            chosen.insert(self.rng.randrange(len(chosen) + 1), Value(literal.strip(), [], "src"))
        return chosen

    def chain(self, extra: int) -> list[str]:
        aliases = ["c"]
        for alias in self.rng.sample(["o", "a", "s", "t", "w"], extra):
            aliases.append(alias)
        if "o" in aliases and self.rng.random() < 0.3:
            aliases.append("p")
        return aliases

    def from_clause(self, aliases: list[str]) -> str:
        parts = [f"FROM {JOINS['c'][0]} AS c"]
        for alias in aliases[1:]:
            table, on = JOINS[alias]
            kind = self.pick(("JOIN", "LEFT JOIN"))
            parts.append(f"{kind} {table} AS {alias} ON {on}")
        return "\n".join(parts)

    def target(self, prefix: str) -> str:
        self.n += 1
        return (
            f"{prefix}.{self.pick(('customer', 'order', 'contact', 'marketing', 'risk'))}"
            f"_{self.pick(('profile', 'facts', 'snapshot', 'extract', 'feed'))}_{self.n}"
        )


def indent(sql: str) -> str:
    return sql.replace("\n", "\n  ")


def _edges(target: str, names: list[str], values: list[Value]) -> set[Edge]:
    return {
        (table, column, target, name, how)
        for name, value in zip(names, values, strict=True)
        for table, column, how in value.reads
    }


def gen_insert_join(g: Gen) -> Statement:
    aliases = g.chain(g.rng.randint(1, 3))
    values = g.values(aliases, g.rng.randint(4, 10))
    target = g.target("dw")
    names = [v.name for v in values]
    where = f"\nWHERE {g.pick(FILTERS)}" if g.rng.random() < 0.7 else ""
    sql = (
        f"INSERT INTO {target} ({', '.join(names)})\n"
        f"SELECT {', '.join(v.sql for v in values)}\n{g.from_clause(aliases)}{where}"
    )
    return Statement("INSERT ... SELECT with joins", sql, frozenset(_edges(target, names, values)))


def gen_insert_agg(g: Gen) -> Statement:
    aliases = g.chain(g.rng.randint(1, 2))
    keys = [
        g.pick(
            [
                Value("c.country", [("crm.customers", "country", "copied")], "country"),
                Value("c.city", [("crm.customers", "city", "copied")], "city"),
            ]
        )
    ]
    if g.rng.random() < 0.5:
        keys.append(
            Value(
                "date_trunc('month', c.created_at)",
                [("crm.customers", "created_at", "derived")],
                "month",
            )
        )
    aggs = [v for v in g.values(aliases, g.rng.randint(2, 5), agg=True) if v.reads]
    aggs = [v for v in aggs if v.name not in {k.name for k in keys}]
    # count(*) counts the rows of every joined table: a table-level aggregated edge from each
    counted = [(JOINS[a][0], "*", "aggregated") for a in aliases]
    values = [*keys, *aggs, Value("count(*)", counted, "row_count")]
    target = g.target("analytics")
    names = [v.name for v in values]
    sql = (
        f"INSERT INTO {target} ({', '.join(names)})\n"
        f"SELECT {', '.join(v.sql for v in values)}\n{g.from_clause(aliases)}\n"
        f"GROUP BY {', '.join(k.sql for k in keys)}"
    )
    return Statement("INSERT ... SELECT, GROUP BY", sql, frozenset(_edges(target, names, values)))


def gen_insert_cte(g: Gen) -> Statement:
    aliases = g.chain(g.rng.randint(1, 2))
    inner = [v for v in g.values(aliases, g.rng.randint(3, 7)) if v.reads]
    projections = ", ".join(f"{v.sql} AS {v.name}" for v in inner)
    cte = (
        f"WITH base AS (\n  SELECT c.id AS customer_id, {projections}\n"
        f"  {indent(g.from_clause(aliases))}\n  WHERE {g.pick(FILTERS)}\n)"
    )
    outer: list[Value] = [
        Value("b.customer_id", [("crm.customers", "id", "copied")], "customer_id")
    ]
    for v in inner:
        wrap = g.pick(("plain", "plain", "lower", "hash"))
        sql = {
            "plain": f"b.{v.name}",
            "lower": f"lower(b.{v.name}::text)",
            "hash": f"md5(b.{v.name}::text)",
        }[wrap]
        step = {"plain": "copied", "lower": "derived", "hash": "pseudonymised"}[wrap]
        reads = [(t, c, max(how, step, key=RANK.__getitem__)) for t, c, how in v.reads]
        outer.append(Value(sql, reads, v.name))
    extra = ""
    if g.rng.random() < 0.5:  # one more table joined to the CTE
        outer.append(Value("x.status", [("shop.orders", "status", "copied")], "last_status"))
        extra = "\nLEFT JOIN shop.orders AS x ON x.customer_id = b.customer_id"
    target = g.target("dw")
    names = [v.name for v in outer]
    sql = (
        f"INSERT INTO {target} ({', '.join(names)})\n{cte}\n"
        f"SELECT {', '.join(v.sql for v in outer)}\nFROM base AS b{extra}"
    )
    return Statement("INSERT with CTE", sql, frozenset(_edges(target, names, outer)))


def gen_ctas(g: Gen) -> Statement:
    aliases = g.chain(g.rng.randint(0, 2))
    values = g.values(aliases, g.rng.randint(3, 8))
    target = g.target("analytics")
    names = [v.name for v in values]
    select = ", ".join(f"{v.sql} AS {n}" for v, n in zip(values, names, strict=True))
    sql = f"CREATE TABLE {target} AS\nSELECT {select}\n{g.from_clause(aliases)}"
    return Statement("CREATE TABLE AS", sql, frozenset(_edges(target, names, values)))


def gen_merge(g: Gen) -> Statement:
    aliases = g.chain(g.rng.randint(0, 1))
    inner = [v for v in g.values(aliases, g.rng.randint(3, 6)) if v.reads]
    target = g.target("dw")
    using = ", ".join(f"{v.sql} AS {v.name}" for v in inner)
    updates = inner[: max(1, len(inner) - 1)]
    sql = (
        f"MERGE INTO {target} AS tgt\nUSING (\n  SELECT c.id AS customer_key, {using}\n  "
        f"{indent(g.from_clause(aliases))}\n) AS src\nON tgt.customer_id = src.customer_key\n"
        f"WHEN MATCHED THEN UPDATE SET {', '.join(f'{v.name} = src.{v.name}' for v in updates)}\n"
        f"WHEN NOT MATCHED THEN INSERT (customer_id, {', '.join(v.name for v in inner)})\n"
        f"  VALUES (src.customer_key, {', '.join(f'src.{v.name}' for v in inner)})"
    )
    edges = _edges(target, [v.name for v in inner], inner)
    edges.add(("crm.customers", "id", target, "customer_id", "copied"))
    return Statement("MERGE", sql, frozenset(edges))


def gen_update(g: Gen) -> Statement:
    source = g.pick(("c", "s", "t"))
    table = JOINS[source][0]
    values = [v for v in g.values([source], g.rng.randint(1, 4)) if v.reads]
    target = g.target("dw")
    key = "id" if source == "c" else "customer_id"
    sql = (
        f"UPDATE {target} AS tgt\nSET {', '.join(f'{v.name} = {v.sql}' for v in values)}\n"
        f"FROM {table} AS {source}\nWHERE tgt.customer_id = {source}.{key}"
    )
    return Statement(
        "UPDATE ... FROM", sql, frozenset(_edges(target, [v.name for v in values], values))
    )


def gen_union(g: Gen) -> Statement:
    target = g.target("dw")
    branches = [
        (
            "c",
            "c.email",
            "c.first_name || ' ' || c.last_name",
            "'crm'",
            [("crm.customers", "email", "copied")],
            [("crm.customers", "first_name", "derived"), ("crm.customers", "last_name", "derived")],
        ),
        (
            "s",
            "lower(s.email)",
            "NULL",
            "s.source",
            [("marketing.subscribers", "email", "derived")],
            [],
        ),
        (
            "t",
            "t.email",
            "t.subject",
            "'support'",
            [("support.tickets", "email", "copied")],
            [("support.tickets", "subject", "copied")],
        ),
    ]
    chosen = g.rng.sample(branches, g.rng.randint(2, 3))
    selects, edges = [], set()
    for alias, email, name, src, email_reads, name_reads in chosen:
        selects.append(f"SELECT {email}, {name}, {src} FROM {JOINS[alias][0]} AS {alias}")
        edges |= {(t, c, target, "email", how) for t, c, how in email_reads}
        edges |= {(t, c, target, "name", how) for t, c, how in name_reads}
        if src == "s.source":
            edges.add(("marketing.subscribers", "source", target, "src", "copied"))
    sql = f"INSERT INTO {target} (email, name, src)\n" + "\nUNION ALL\n".join(selects)
    return Statement("INSERT ... UNION ALL", sql, frozenset(edges))


RANK = {"copied": 0, "derived": 1, "aggregated": 2, "pseudonymised": 3}
KINDS: tuple[tuple[Callable[[Gen], Statement], float], ...] = (
    (gen_insert_join, 0.30),
    (gen_insert_agg, 0.12),
    (gen_insert_cte, 0.16),
    (gen_ctas, 0.08),
    (gen_merge, 0.12),
    (gen_update, 0.12),
    (gen_union, 0.10),
)


def generate(count: int, seed: int) -> list[Statement]:
    g = Gen(random.Random(seed))
    makers = [m for m, _ in KINDS]
    weights = [w for _, w in KINDS]
    return [g.rng.choices(makers, weights)[0](g) for _ in range(count)]


# --- running the two tools ------------------------------------------------------------------------


@dataclass
class Run:
    """One tool over a list of SQL texts: per text its pairs (or edges) and seconds."""

    tool: str
    seconds: list[float] = field(default_factory=list)
    pairs: list[set[Pair]] = field(default_factory=list)
    edges: list[set[Edge]] = field(default_factory=list)  #: piimap only
    lines: list[frozenset[str]] = field(default_factory=list)  #: piimap: as .expected files
    errors: list[str | None] = field(default_factory=list)

    @property
    def total(self) -> float:
        return sum(self.seconds)


def run_piimap(texts: list[tuple[str, str]], schemas: list[dict[str, dict[str, str]]]) -> Run:
    """``column_lineage`` once per (sql, dialect), after one untimed call."""
    from lineage.flows.sql_lineage import column_lineage

    column_lineage(texts[0][0], texts[0][1], schemas[0])  # imports, first schema
    run = Run("piimap")
    raw = []
    for (sql, dialect), schema in zip(texts, schemas, strict=True):
        start = time.perf_counter()
        result = column_lineage(sql, dialect, schema)
        run.seconds.append(time.perf_counter() - start)
        raw.append(result)
    for edges, problems in raw:
        run.edges.append(
            {
                (e.source_table, e.source_column, e.target_table, e.target_column, e.how)
                for e in edges
            }
        )
        run.pairs.append({(f"{e[0]}.{e[1]}", f"{e[2]}.{e[3]}") for e in run.edges[-1]})
        lines = {
            f"{e.statement_index}: {e.source_table}.{e.source_column} -> "
            f"{e.target_table}.{e.target_column} {e.how}"
            for e in edges
        }
        for problem in problems:
            match = re.match(r"statement (\d+): ", problem)
            lines.add(f"{int(match[1]) - 1 if match else '-'}: problem")  # 1-based in the text
        run.lines.append(frozenset(lines))
        run.errors.append(None)
    return run


def ensure_sqllineage() -> Path | None:
    """The sqllineage virtualenv's python, created on first use; None if that fails."""
    python = SQLLINEAGE_VENV / "bin" / "python"
    if not python.exists():
        print(f"creating {SQLLINEAGE_VENV.relative_to(ROOT)} with {SQLLINEAGE}", file=sys.stderr)
        try:
            subprocess.run([sys.executable, "-m", "venv", str(SQLLINEAGE_VENV)], check=True)
            subprocess.run([str(python), "-m", "pip", "install", "-q", SQLLINEAGE], check=True)
        except (OSError, subprocess.CalledProcessError) as e:
            print(f"cannot install {SQLLINEAGE}: {e}", file=sys.stderr)
            return None
    return python


def run_sqllineage(
    python: Path, texts: list[tuple[str, str]], metadata: list[dict[str, list[str]]]
) -> tuple[Run, dict[str, str]]:
    """sqllineage in its own virtualenv (this file as ``--sqllineage-worker``)."""
    with tempfile.TemporaryDirectory() as tmp:
        job, out = Path(tmp) / "job.json", Path(tmp) / "out.json"
        items = [
            {"sql": s, "dialect": d, "metadata": m}
            for (s, d), m in zip(texts, metadata, strict=True)
        ]
        job.write_text(json.dumps(items))
        subprocess.run(
            [str(python), __file__, "--sqllineage-worker", str(job), str(out)], check=True
        )
        result = json.loads(out.read_text())
    run = Run("sqllineage")
    for item in result["items"]:
        run.seconds.append(item["seconds"])
        run.pairs.append({(_strip_default(a), _strip_default(b)) for a, b in item["pairs"]})
        run.errors.append(item["error"])
    return run, result["versions"]


def _strip_default(name: str) -> str:
    """sqllineage names a table without a schema ``<default>.table``."""
    return name.lower().removeprefix("<default>.")


def sqllineage_worker(job: Path, out: Path) -> None:
    """Runs under bench/.venv-sqllineage: standard library and sqllineage only."""
    from importlib.metadata import version

    from sqllineage.core.metadata.dummy import DummyMetaDataProvider
    from sqllineage.core.models import Table
    from sqllineage.runner import LineageRunner

    items = json.loads(job.read_text())

    def one(item: dict[str, Any]) -> list[list[str]]:
        """Direct edges: a path through a CTE or subquery skips it, and a path through a table
        another statement wrote (``a -> tmp -> b``) gives ``a -> tmp`` and ``tmp -> b``; a path
        starting at a CTE column (a literal) keeps that start."""
        runner = LineageRunner(
            item["sql"],
            dialect=item["dialect"],
            metadata_provider=DummyMetaDataProvider(item["metadata"]),
            silent_mode=True,
        )
        pairs = []
        for path in runner.get_column_lineage():
            nodes = [path[0], *(c for c in path[1:] if isinstance(c.parent, Table))]
            pairs += [[str(a), str(b)] for a, b in itertools.pairwise(nodes)]
        return pairs

    with contextlib.suppress(Exception):  # untimed: loads sqlfluff's dialect; timed run reports
        one(items[0])
    results = []
    for i, item in enumerate(items, 1):
        start = time.perf_counter()
        try:
            pairs, error = one(item), None
        except Exception as e:  # any failure is a result to report
            pairs, error = [], f"{type(e).__name__}: {str(e).strip().splitlines()[0][:160]}"
        results.append({"pairs": pairs, "error": error, "seconds": time.perf_counter() - start})
        if i % 250 == 0:
            print(f"sqllineage: {i}/{len(items)}", file=sys.stderr, flush=True)
    versions = {p: version(p) for p in ("sqllineage", "sqlfluff")}
    out.write_text(json.dumps({"items": results, "versions": versions}))


# --- golden fixtures ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fixture:
    name: str
    dialect: str
    sql: str
    schema: dict[str, dict[str, str]]
    expected: frozenset[str]  #: "N: src -> tgt how" and "N: problem" lines

    @property
    def pairs(self) -> set[Pair]:
        found = set()
        for line in self.expected:
            match = re.match(r"\d+: (\S.*) -> (.*) \w+$", line)
            if match:
                found.add((match[1], match[2]))
        return found


def fixtures() -> list[Fixture]:
    found = []
    for case in sorted(FIXTURES.glob("*.sql")):
        sql = case.read_text()
        meta = dict(re.findall(r"^--\s*(dialect|schema):\s*(\S+)", sql, re.M))
        name = meta.get("schema", "schema")
        schema = {} if name == "none" else json.loads((FIXTURES / f"{name}.json").read_text())
        lines = case.with_suffix(".expected").read_text().splitlines()
        expected = frozenset(ln for ln in lines if ln.strip() and not ln.startswith("#"))
        found.append(Fixture(case.stem, meta["dialect"], sql, schema, expected))
    return found


def sqllineage_metadata(schema: dict[str, dict[str, str]]) -> dict[str, list[str]]:
    """sqllineage's metadata is keyed ``schema.table``: three-part names go in both forms."""
    metadata = {}
    for name, columns in schema.items():
        metadata[name.lower()] = [c.lower() for c in columns]
        metadata[".".join(name.lower().split(".")[-2:])] = [c.lower() for c in columns]
    return metadata


# --- report ---------------------------------------------------------------------------------------


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:,.1f}" if seconds else "n/a"


def pair_text(pairs: Iterable[Pair]) -> str:
    return ", ".join(f"{a} -> {b}" for a, b in sorted(pairs)) or "none"


def report_generated(
    statements: list[Statement], mine: Run, theirs: Run | None, versions: dict[str, str]
) -> tuple[float, float]:
    """Speed and exactness tables; returns (piimap, sqllineage) statements/s on the same texts."""
    truth_pairs = [{(f"{e[0]}.{e[1]}", f"{e[2]}.{e[3]}") for e in s.edges} for s in statements]
    n_theirs = len(theirs.seconds) if theirs else 0
    mine_same = sum(mine.seconds[:n_theirs])
    print(f"### Speed and exactness on {len(statements):,} generated PostgreSQL statements\n")
    print("| tool | statements | seconds | statements/s | exact pairs | exact with how | raised |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    exact_pairs = sum(p == t for p, t in zip(mine.pairs, truth_pairs, strict=True))
    exact_how = sum(e == s.edges for e, s in zip(mine.edges, statements, strict=True))
    print(
        f"| piimap `column_lineage` ({piimap_versions()}) | {len(statements):,} | "
        f"{mine.total:.2f} | {rate(len(statements), mine.total)} | "
        f"{exact_pairs:,}/{len(statements):,} | {exact_how:,}/{len(statements):,} | 0 |"
    )
    if theirs:
        theirs_exact = sum(p == t for p, t in zip(theirs.pairs, truth_pairs, strict=False))
        raised = sum(e is not None for e in theirs.errors)
        print(
            f"| sqllineage {versions['sqllineage']} (sqlfluff {versions['sqlfluff']}) | "
            f"{n_theirs:,} | {theirs.total:.2f} | {rate(n_theirs, theirs.total)} | "
            f"{theirs_exact:,}/{n_theirs:,} | "
            f"n/a (no how) | {raised:,} |"
        )
    if theirs and n_theirs < len(statements):
        print(
            f"| piimap on sqllineage's {n_theirs:,} | {n_theirs:,} | {mine_same:.2f} | "
            f"{rate(n_theirs, mine_same)} | | | |"
        )
    mine_rate = n_theirs / mine_same if mine_same else 0.0
    theirs_rate = n_theirs / theirs.total if theirs and theirs.total else 0.0
    print()
    if theirs_rate:
        ratio = mine_rate / theirs_rate
        verdict = "met" if ratio >= GOAL_SPEEDUP else "NOT met"
        print(
            f"Speed-up on the same {n_theirs:,} statements: **{ratio:.1f}x** sqllineage's "
            f"statements/s (goal {GOAL_SPEEDUP:.0f}x: {verdict}).\n"
        )
    by_kind: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(statements):
        by_kind[s.kind].append(i)
    print(
        "| kind | statements | piimap exact with how | piimap ms/statement | "
        "sqllineage exact pairs | sqllineage ms/statement |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for kind, rows in by_kind.items():
        ok = sum(mine.edges[i] == statements[i].edges for i in rows)
        ms = 1000 * sum(mine.seconds[i] for i in rows) / len(rows)
        theirs_rows = [i for i in rows if i < n_theirs]
        if theirs and theirs_rows:
            t_ok = sum(theirs.pairs[i] == truth_pairs[i] for i in theirs_rows)
            t_ms = 1000 * sum(theirs.seconds[i] for i in theirs_rows) / len(theirs_rows)
            theirs_cells = f"{t_ok}/{len(theirs_rows)} | {t_ms:.1f}"
        else:
            theirs_cells = "- | -"
        print(f"| {kind} | {len(rows)} | {ok}/{len(rows)} | {ms:.2f} | {theirs_cells} |")
    print()
    wrong = [i for i, s in enumerate(statements) if mine.edges[i] != s.edges]
    for i in wrong[:5]:
        print(
            f"- piimap wrong on statement {i} ({statements[i].kind}): missing "
            f"{sorted(statements[i].edges - mine.edges[i])}, extra "
            f"{sorted(mine.edges[i] - statements[i].edges)}"
        )
    if theirs:
        print(
            "What sqllineage got wrong on the generated statements, by kind (one example each):\n"
        )
        for kind, rows in by_kind.items():
            bad = [i for i in rows if i < n_theirs and theirs.pairs[i] != truth_pairs[i]]
            if not bad:
                continue
            missing = Counter(len(truth_pairs[i] - theirs.pairs[i]) > 0 for i in bad)[True]
            extra = Counter(len(theirs.pairs[i] - truth_pairs[i]) > 0 for i in bad)[True]
            raised = sum(theirs.errors[i] is not None for i in bad)
            i = bad[0]
            detail = theirs.errors[i] or (
                f"missing {pair_text(truth_pairs[i] - theirs.pairs[i])}; "
                f"extra {pair_text(theirs.pairs[i] - truth_pairs[i])}"
            )
            print(
                f"- {kind}: {len(bad)} wrong ({missing} miss an edge, {extra} add one, "
                f"{raised} raised). "
                f"E.g. statement {i}: {detail}"
            )
        print()
    return mine_rate, theirs_rate


def report_fixtures(cases: list[Fixture], mine: Run, theirs: Run | None) -> None:
    print(f"### Golden fixtures (`tests/fixtures/lineage`, {len(cases)} cases)\n")
    print(
        "piimap is right when its edges (with how and statement) and problem statements equal "
        "the `.expected` file; sqllineage, which has no how, when its source -> target column "
        "pairs equal the expected pairs. Both read the whole file, as a job runs it.\n"
    )
    print(
        "| dialect | cases | piimap exact | piimap pairs | sqllineage pairs | sqllineage raised |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    order = ("postgres", "mysql", "snowflake", "tsql")
    dialects = sorted(
        {c.dialect for c in cases}, key=lambda d: (order.index(d) if d in order else 9, d)
    )
    totals = [0, 0, 0, 0, 0]
    for dialect in [*dialects, None]:
        rows = [i for i, c in enumerate(cases) if dialect is None or c.dialect == dialect]
        exact = sum(mine.lines[i] == cases[i].expected for i in rows)
        pairs = sum(mine.pairs[i] == cases[i].pairs for i in rows)
        t_ok = sum(theirs.pairs[i] == cases[i].pairs for i in rows) if theirs else 0
        raised = sum(theirs.errors[i] is not None for i in rows) if theirs else 0
        cells = f"{t_ok}/{len(rows)} | {raised}" if theirs else "- | -"
        label = dialect or "**all**"
        print(f"| {label} | {len(rows)} | {exact}/{len(rows)} | {pairs}/{len(rows)} | {cells} |")
        totals = [len(rows), exact, pairs, t_ok, raised]
    print()
    for i, case in enumerate(cases):
        if mine.lines[i] != case.expected:
            missing, extra = case.expected - mine.lines[i], mine.lines[i] - case.expected
            print(
                f"- piimap wrong on `{case.name}`: missing {sorted(missing)}, extra {sorted(extra)}"
            )
    if theirs:
        print("sqllineage's mistakes on the fixtures:\n")
        for i, case in enumerate(cases):
            if theirs.pairs[i] == case.pairs:
                continue
            detail = (
                f"raised {theirs.errors[i]}"
                if theirs.errors[i]
                else (
                    f"missing {pair_text(case.pairs - theirs.pairs[i])}; "
                    f"extra {pair_text(theirs.pairs[i] - case.pairs)}"
                )
            )
            print(f"- `{case.name}`: {detail}")
        print()
    del totals


def piimap_versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        compiled = f"sqlglotc {version('sqlglotc')}"
    except PackageNotFoundError:
        compiled = "pure Python, no sqlglotc"
    return f"sqlglot {version('sqlglot')}, {compiled}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument(
        "--sqllineage-subset",
        type=int,
        default=None,
        metavar="N",
        help="time sqllineage on the first N generated statements only",
    )
    parser.add_argument("--skip-sqllineage", action="store_true")
    parser.add_argument("--sqllineage-worker", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.sqllineage_worker:
        sqllineage_worker(*args.sqllineage_worker)
        return 0
    from _common import command_line, machine, revision

    statements = generate(args.statements, args.seed)
    cases = fixtures()
    print(f"piimap: {len(statements):,} statements", file=sys.stderr)
    mine = run_piimap([(s.sql, "postgres") for s in statements], [SCHEMA] * len(statements))
    mine_cases = run_piimap([(c.sql, c.dialect) for c in cases], [c.schema for c in cases])
    python = None if args.skip_sqllineage else ensure_sqllineage()
    theirs = theirs_cases = None
    versions: dict[str, str] = {}
    if python is not None:
        subset = statements[: args.sqllineage_subset or len(statements)]
        print(f"sqllineage: {len(subset):,} statements", file=sys.stderr)
        metadata = sqllineage_metadata(SCHEMA)
        theirs, versions = run_sqllineage(
            python, [(s.sql, "postgres") for s in subset], [metadata] * len(subset)
        )
        theirs_cases, _ = run_sqllineage(
            python,
            [(c.sql, c.dialect) for c in cases],
            [sqllineage_metadata(c.schema) for c in cases],
        )
    print("## SQL column lineage: piimap against sqllineage\n")
    report_generated(statements, mine, theirs, versions)
    report_fixtures(cases, mine_cases, theirs_cases)
    print(f"Machine: {machine()}  ")
    print(f"Command: `{command_line()}`  ")
    print(f"Revision: {revision()}  ")
    print(
        f"Statements: seed {args.seed}; each tool called once per statement after one untimed "
        "call (imports, sqlfluff's dialect), timed inside its own process."
    )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
