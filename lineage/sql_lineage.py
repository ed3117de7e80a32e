"""Column-level lineage of SQL jobs, read with sqlglot.

Each write statement (INSERT ... SELECT, CREATE TABLE/VIEW AS, MERGE, UPDATE ... FROM) becomes
``ColumnEdge`` values saying which source column feeds which target column and how the value moved:

- ``copied``: the bare column;
- ``derived``: an expression, function, CASE or concatenation over it;
- ``pseudonymised``: a hash (md5, sha1, sha2, sha256, digest, hash...): still personal data;
- ``aggregated``: count/sum/min/max/avg/array_agg/string_agg over it.

When one value passes several steps (a CTE, then the outer SELECT) the strongest wins, in the
order pseudonymised > aggregated > derived > copied, so a hash is never reported as less. A pair
reached along two branches (UNION, two MERGE clauses) with different hows gives one edge per how.
Columns read only in a CASE condition count as ``derived`` (sqlglot traces them as inputs).

Tables are reported as sqlglot qualifies them (``catalog.db.table``, as many parts as the SQL or the
schema give), identifiers normalised for the dialect and then lowercased, so ``"Crm".Users`` and
``crm.users`` are the same table. Literal projections (``'crm' AS src``) and ``count(*)`` carry no
column, so they give no edge. A statement that cannot be parsed or traced becomes one problem line
and the next statement is still read.

>>> edges, problems = column_lineage(
...     "INSERT INTO dw.users (mail, n) SELECT lower(email), count(*) FROM crm.customers",
...     "postgres",
... )
>>> [(e.source_table, e.source_column, e.target_table, e.target_column, e.how) for e in edges]
[('crm.customers', 'email', 'dw.users', 'mail', 'derived')]
>>> problems
[]
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import SqlglotError
from sqlglot.lineage import Node, lineage
from sqlglot.optimizer.normalize_identifiers import normalize_identifiers
from sqlglot.optimizer.qualify import qualify
from sqlglot.optimizer.scope import build_scope
from sqlglot.schema import Schema, ensure_schema
from sqlglot.tokens import Token, TokenType

HASH_FUNCTIONS = frozenset(
    {"md5", "sha", "sha1", "sha2", "sha256", "sha512", "digest", "hash", "md5_hex", "sha1_hex"}
    | {"sha2_hex", "hashbytes", "md5_binary", "sha1_binary", "sha2_binary", "crc32", "xxhash64"}
)
AGG_FUNCTIONS = frozenset(
    {"count", "sum", "min", "max", "avg", "array_agg", "string_agg", "group_concat", "listagg"}
)
RANK = {"copied": 0, "derived": 1, "aggregated": 2, "pseudonymised": 3}


@dataclass(frozen=True, order=True)
class ColumnEdge:
    """One source column feeding one target column in statement ``statement_index`` (0-based)."""

    source_table: str
    source_column: str
    target_table: str
    target_column: str
    how: str
    statement_index: int


def column_lineage(
    sql: str, dialect: str, schema: Mapping[str, Mapping[str, str]] | None = None
) -> tuple[list[ColumnEdge], list[str]]:
    """Return the column edges of every write statement in ``sql`` and one line per problem.

    ``schema`` maps table names (``"db.table"``) to ``{column: type}``; it expands ``SELECT *``
    and resolves unqualified columns in joins. Never raises for a bad statement.
    """
    edges: set[ColumnEdge] = set()
    problems: list[str] = []
    try:
        reader = Dialect.get_or_raise(dialect)  # unknown names fail with "did you mean"
    except ValueError as e:
        return [], [f"dialect: {_first_line(e)}"]
    try:
        plain_schema = _nested(schema or {})
        mapping = ensure_schema(plain_schema, dialect=dialect)
    except (SqlglotError, ValueError, AttributeError) as e:
        return [], [f"schema: {_first_line(e)}"]
    try:
        chunks = list(_split(sql, reader))
    except SqlglotError as e:
        return [], [f"statements: cannot split into statements: {_first_line(e)}"]
    for index, tokens in enumerate(chunks):
        text = sql[tokens[0].start : tokens[-1].end + 1]
        try:
            statement = reader.parser().parse(tokens, sql)[0]
            if statement is None:
                continue
            for target, columns, query in _queries(statement, dialect, plain_schema):
                found, unresolved = _trace(target, columns, query, dialect, mapping, index)
                edges.update(found)
                if unresolved:
                    problems.append(
                        f"statement {index}: cannot tell which table holds "
                        f"{', '.join(sorted(unresolved))} (qualify it or pass the schema): "
                        f"{_first_line(text)}"
                    )
        except (SqlglotError, ValueError, KeyError, TypeError) as e:
            problems.append(f"statement {index}: {_first_line(e)}: {_first_line(text)}")
    return sorted(edges, key=_edge_key), problems


def _nested(schema: Mapping[str, Mapping[str, str]]) -> dict[str, object]:
    """``{"db.table": {col: type}}`` as the nested mapping sqlglot's MappingSchema reads."""
    nested: dict[str, object] = {}
    for name, columns in schema.items():
        *parents, table = name.lower().split(".")
        level = nested
        for part in parents:
            level = level.setdefault(part, {})  # type: ignore[assignment]
        level[table] = {column.lower(): kind for column, kind in columns.items()}
    return nested


def _edge_key(edge: ColumnEdge) -> tuple[int, str, str, str, str, str]:
    return (edge.statement_index, edge.target_table, edge.target_column, edge.source_table,
            edge.source_column, edge.how)  # fmt: skip


def _first_line(value: object) -> str:
    lines = str(value).strip().splitlines()
    return lines[0][:200] if lines else ""


def _split(sql: str, dialect: Dialect) -> Iterator[list[Token]]:
    """Split on top-level semicolons with sqlglot's tokenizer, so one bad statement stays alone."""
    chunk: list[Token] = []
    for token in dialect.tokenize(sql):
        if token.token_type != TokenType.SEMICOLON:
            chunk.append(token)
        elif chunk:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _table_name(table: exp.Table) -> str:
    return ".".join(part.name for part in table.parts).lower()


def _queries(
    statement: exp.Expr, dialect: str, schema: dict[str, object]
) -> Iterator[tuple[str, list[str] | None, exp.Query]]:
    """Yield (target table, target columns or None for the query's own names, query)."""
    statement = normalize_identifiers(statement, dialect=dialect)
    if isinstance(statement, exp.Insert | exp.Create):
        query = statement.expression
        if not isinstance(query, exp.Query):
            return  # INSERT ... VALUES, CREATE TABLE (...): no column flows
        target = statement.this
        columns = None
        if isinstance(target, exp.Schema):
            columns = [c.name.lower() for c in target.expressions]
            target = target.this
        if not isinstance(target, exp.Table):
            return
        if columns is None and isinstance(statement, exp.Insert):
            known = _schema_columns(schema, target)
            columns = [c.lower() for c in known] if known else None
        yield _table_name(target), columns, query
    elif isinstance(statement, exp.Update):
        target = statement.this
        select = exp.select(*(_aliased(eq) for eq in statement.expressions)).from_(target.copy())
        source = statement.args.get("from_")
        if source is not None:
            select = select.join(source.this.copy(), join_type="cross")
            for join in source.args.get("joins") or []:
                select = select.join(join.copy())
        if statement.args.get("where") is not None:
            select.set("where", statement.args["where"].copy())
        yield _table_name(target), None, select
    elif isinstance(statement, exp.Merge):
        target = statement.this
        for when in statement.args["whens"].expressions:
            then = when.args.get("then")
            if isinstance(then, exp.Update):
                projections = [_aliased(eq) for eq in then.expressions]
            elif isinstance(then, exp.Insert) and isinstance(then.expression, exp.Tuple):
                names = [c.name for c in then.this.expressions] if then.this else []
                values = then.expression.expressions
                projections = [exp.alias_(v.copy(), n) for n, v in zip(names, values, strict=True)]
            else:
                continue  # DELETE, DO NOTHING
            select = exp.select(*projections).from_(target.copy())
            select = select.join(statement.args["using"].copy(), on=statement.args["on"].copy())
            yield _table_name(target), None, select


def _aliased(eq: exp.Expr) -> exp.Expr:
    """``SET col = expr`` as the projection ``expr AS col``."""
    return exp.alias_(eq.expression.copy(), eq.this.name)


def _schema_columns(schema: dict[str, object], table: exp.Table) -> list[str]:
    level: object = schema
    for part in _table_name(table).split("."):
        level = level.get(part, {}) if isinstance(level, dict) else {}
    return list(level) if isinstance(level, dict) else []


def _trace(
    target: str,
    columns: list[str] | None,
    query: exp.Query,
    dialect: str,
    schema: Schema,
    index: int,
) -> tuple[list[ColumnEdge], set[str]]:
    """Qualify once, name projections after the target columns by position, trace them all.

    Returns the edges and the names of columns whose table sqlglot could not resolve.
    """
    query = qualify(query, dialect=dialect, schema=schema, validate_qualify_columns=False)
    names = columns or [s.alias_or_name.lower() for s in query.selects]
    for branch in _branches(query):
        if len(branch.selects) != len(names):
            raise ValueError(f"{len(names)} target columns but {len(branch.selects)} projections")
        branch.set(
            "expressions", [_rename(s, n) for s, n in zip(branch.selects, names, strict=True)]
        )
    scope = build_scope(query)
    roots = lineage(
        None, query, schema, dialect=dialect, scope=scope, copy=False, trim_selects=False
    )
    if not isinstance(roots, dict):  # only a single-column call returns a Node
        raise TypeError("sqlglot lineage(None, ...) did not return all columns")
    edges: list[ColumnEdge] = []
    unresolved: set[str] = set()
    for name, root in roots.items():
        for table, column, how in _leaves(root, "copied"):
            if table:
                edges.append(ColumnEdge(table, column, target, name.lower(), how, index))
            else:
                unresolved.add(column)
    return edges, unresolved


def _branches(query: exp.Query) -> Iterator[exp.Select]:
    if isinstance(query, exp.SetOperation):
        yield from _branches(query.left)
        yield from _branches(query.right)
    elif isinstance(query, exp.Subquery | exp.Paren):
        yield from _branches(query.this)
    elif isinstance(query, exp.Select):
        yield query


def _rename(projection: exp.Expr, name: str) -> exp.Expr:
    inner = projection.this if isinstance(projection, exp.Alias) else projection
    return exp.alias_(inner, name)


def _leaves(node: Node, how: str) -> Iterator[tuple[str, str, str]]:
    """Yield (source table, column, how) for each base-table column under ``node``.

    A column sqlglot could not place (a ``Placeholder`` leaf) comes back with table ``""``.
    """
    if isinstance(node.expression, exp.Table):
        yield _table_name(node.expression), _unquote(node.name.rsplit(".", 1)[-1]), how
        return
    if isinstance(node.expression, exp.Placeholder):
        yield "", _unquote(node.name.rsplit(".", 1)[-1]), how
        return
    for child in node.downstream:
        step = _how(node.expression, child.name)
        yield from _leaves(child, max(how, step, key=RANK.__getitem__))


def _unquote(name: str) -> str:
    return name.strip('"`[]').lower()


def _how(projection: exp.Expr, child_name: str) -> str:
    """How the column ``child_name`` (``alias.col``) moves through one projection."""
    table, _, column = child_name.rpartition(".")
    table, column = _unquote(table), _unquote(column)
    inner = projection.this if isinstance(projection, exp.Alias) else projection
    refs = [
        c
        for c in inner.find_all(exp.Column)
        if c.name.lower() == column and (not table or c.table.lower() == table)
    ] or list(inner.find_all(exp.Column))
    best = "copied"
    for ref in refs:
        step = "copied"
        node: exp.Expr | None = ref
        while node is not None and node is not inner:
            node = node.parent
            if node is None:
                break
            step = max(step, _kind(node), key=RANK.__getitem__)
        best = max(best, step, key=RANK.__getitem__)
    return best


def _kind(node: exp.Expr) -> str:
    if isinstance(node, exp.Paren | exp.Alias | exp.Distinct):
        return "copied"
    if isinstance(node, exp.AggFunc):
        return "aggregated"
    if isinstance(node, exp.Func):
        names = {node.sql_name().lower(), type(node).__name__.lower()}
        if isinstance(node, exp.Anonymous):
            names.add(str(node.this).lower())
        if names & HASH_FUNCTIONS:
            return "pseudonymised"
        if names & AGG_FUNCTIONS:
            return "aggregated"
    return "derived"
