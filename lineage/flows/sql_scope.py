"""What column lineage assumes where the schema is silent, kept apart from the tracing itself.

- :class:`Session`: tables and views a script creates are known to its later statements.
- :func:`assume_sources`: an unqualified column in a SELECT with one table the schema does not
  know belongs to that table (as sqlglot up to 30.21 read it; 30.22-30.31 leave it unplaced in a
  second or later CTE, counting the CTEs before it among its sources).
- :func:`drop_filters`: WHERE, JOIN ON, GROUP BY, HAVING, QUALIFY and ORDER BY carry no value, so
  they are not read (a column they name that no table holds cannot lose the statement).
- :func:`target_names`: the target column each projection names when the INSERT gives none.
- :func:`star_tables`: the base tables behind a ``*`` the schema cannot expand.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import SqlglotError
from sqlglot.optimizer.scope import Scope, build_scope
from sqlglot.schema import MappingSchema

from .sql_writes import Write, table_name

#: The clauses of a SELECT that filter, group or order rows: no value passes through them.
FILTERS = ("where", "having", "qualify", "group", "order")


class Session:
    """The schema a script builds as it runs: the caller's, plus each table or view an earlier
    statement created (CREATE TABLE/VIEW AS, SELECT INTO) with the columns it wrote."""

    def __init__(self, plain: dict[str, object], schema: MappingSchema, dialect: Dialect) -> None:
        self.plain = plain
        self._base = schema
        self._dialect = dialect
        self._learned: dict[str, list[str]] = {}
        self._schema: MappingSchema | None = None

    def learn(self, write: Write, columns: list[str] | None) -> None:
        """Remember what a CREATE ... AS or SELECT INTO wrote (not a ``*`` it could not expand)."""
        if not write.creates or not columns or "*" in columns:
            return
        if self._base.column_names(_table(write.table)) or write.table in self._learned:
            return  # the caller's schema says more
        if not self._learned:  # the caller's nested schema is cached and shared: copy it
            self.plain = copy.deepcopy(self.plain)
        self._learned[write.table] = columns
        self._schema = None
        level = self.plain
        *parents, name = self._parts(write.table)
        for part in parents:
            child = level.setdefault(part, {})
            if not isinstance(child, dict):
                return
            level = child
        level.setdefault(name, dict.fromkeys(columns, "text"))

    def schema_for(self, query: exp.Expr) -> MappingSchema:
        """The schema to read ``query`` with: the caller's unless it reads a learned table."""
        if not self._learned or not any(
            table_name(t) in self._learned for t in query.find_all(exp.Table)
        ):
            return self._base
        if self._schema is None:
            schema = self._base.copy()
            for table, columns in self._learned.items():
                try:
                    schema.add_table(
                        _table(".".join(self._parts(table))),
                        dict.fromkeys(columns, "text"),
                        dialect=self._dialect,
                    )
                except (SqlglotError, ValueError):
                    continue  # a name sqlglot's schema cannot hold: read without it
            self._schema = schema
        return self._schema

    def _parts(self, table: str) -> list[str]:
        """``table`` padded to the schema's depth with empty names (found by name alone)."""
        parts = table.split(".")
        depth = self._base.depth() or len(parts)
        return [""] * (depth - len(parts)) + parts if len(parts) < depth else parts


def _table(name: str) -> exp.Table:
    """A Table for a name as :func:`table_name` spells it, built without parsing it."""
    *parents, last = name.split(".")
    last = last.lstrip("#")  # T-SQL's temporary tables: sqlglot looks them up by name alone
    table = exp.Table(this=exp.to_identifier(last, quoted=True))
    for key, part in zip(("db", "catalog"), reversed(parents), strict=False):
        table.set(key, exp.to_identifier(part, quoted=True))  # "" too: found by name alone
    return table


def drop_filters(query: exp.Expr) -> None:
    """Remove the FILTERS clauses and JOIN ON from every SELECT of ``query``; a scalar subquery
    without FROM (``(SELECT a + b AS c)``) becomes the expression it selects."""
    for select in list(query.find_all(exp.Select)):
        parent = select.parent
        if (
            isinstance(parent, exp.Subquery)
            and select.args.get("from_") is None
            and len(select.selects) == 1
            and not parent.alias
            and parent.parent is not None
            and not isinstance(parent.parent, exp.From | exp.Join)
        ):
            parent.replace(exp.Paren(this=_inner(select.selects[0])))
            continue
        for key in FILTERS:
            if select.args.get(key) is not None:
                select.set(key, None)
        for join in select.args.get("joins") or []:
            if join.args.get("on") is not None:
                join.set("on", None)


def assume_sources(query: exp.Expr, schema: MappingSchema) -> None:
    """Qualify the unqualified columns sqlglot could not place without the schema (see above).

    Runs only where the schema does not know the table, so a known table's columns and
    aliases are resolved by sqlglot as the dialect says."""
    if all(schema.column_names(t) for t in query.find_all(exp.Table)):
        return  # every table is known: nothing to assume (and no scope to build)
    root = build_scope(query)
    if root is None:
        return
    for scope in root.traverse():
        table = _only_unknown_table(scope, schema)
        select = scope.expression
        if table is None or not isinstance(select, exp.Select):
            continue
        aliases = {s.alias for s in select.selects if isinstance(s, exp.Alias)}
        for column in scope.unqualified_columns:
            if column.name in aliases and not _projected(column, scope.expression):
                continue  # ORDER BY an alias
            column.set("table", exp.to_identifier(table))


def _inner(projection: exp.Expr) -> exp.Expr:
    return projection.this if isinstance(projection, exp.Alias) else projection


def _projected(column: exp.Expr, select: exp.Expr) -> bool:
    """Whether ``column`` is inside one of ``select``'s projections."""
    node = column
    while node.parent is not None and node.parent is not select:
        node = node.parent
    return node.parent is select and node.arg_key == "expressions"


def _only_unknown_table(scope: Scope, schema: MappingSchema) -> str | None:
    """The alias of the one source of ``scope`` when it is a table the schema does not know."""
    # selected_sources: sqlglot 30.22-30.31 also list earlier CTEs among a later CTE's sources
    if len(scope.selected_sources) != 1 or not isinstance(scope.expression, exp.Select):
        return None
    alias, (_, source) = next(iter(scope.selected_sources.items()))
    if not isinstance(source, exp.Table) or not source.name:
        return None
    if schema.column_names(source):
        return None
    return alias


def target_names(query: exp.Expr, dialect: Dialect, creates: bool = False) -> list[str]:
    """The column each projection of ``query``'s first SELECT names: its alias, its column, or
    for an unnamed expression its SQL as written, lowercased, string literals masked. A table
    PostgreSQL creates (``creates``) names it as PostgreSQL does: the function's name, ``case``,
    else ``?column?``, so the edge lands on the column a scan finds.

    >>> from sqlglot import parse_one
    >>> q = parse_one("SELECT max(a), a + 1, lower(b || 'x') FROM t", read="postgres")
    >>> target_names(q, Dialect.get_or_raise("postgres"))
    ['max(a)', 'a + 1', "lower(b || '…')"]
    >>> target_names(q, Dialect.get_or_raise("postgres"), creates=True)
    ['max', '?column?', 'lower']
    """
    while isinstance(query, exp.SetOperation | exp.Subquery):
        query = query.left if isinstance(query, exp.SetOperation) else query.this
    if not isinstance(query, exp.Select):
        return []
    postgres = creates and type(dialect).__name__.lower() == "postgres"
    return [_name(s, dialect, postgres) for s in query.selects]


def _name(projection: exp.Expr, dialect: Dialect, postgres: bool = False) -> str:
    if isinstance(projection, exp.Alias | exp.Column):
        return projection.alias_or_name.lower()
    if isinstance(projection, exp.Star):
        return "*"
    if postgres:
        return _postgres_name(projection)
    shown = projection.copy()
    for literal in list(shown.find_all(exp.Literal)):
        if literal.is_string:
            literal.replace(exp.Literal.string("…"))
    return shown.sql(dialect=dialect).lower()


def _postgres_name(projection: exp.Expr) -> str:
    """The name PostgreSQL gives an unnamed projection (``FigureColname``, in short)."""
    while isinstance(projection, exp.Paren):
        projection = projection.this
    if isinstance(projection, exp.Cast):
        inner = projection.this
        return inner.name.lower() if isinstance(inner, exp.Column) else _postgres_name(inner)
    if isinstance(projection, exp.Case):
        return "case"
    if isinstance(projection, exp.Anonymous):
        return str(projection.this).lower()
    if isinstance(projection, exp.Func):
        return projection.sql_name().lower()
    return "?column?"


def star_tables(select: exp.Select, star: exp.Expr, root: Scope | None) -> Iterator[str]:
    """The base tables whose every column ``star`` (``*`` or ``t.*``) of ``select`` passes on,
    through derived tables and CTEs."""
    scope = _scope_of(root, select)
    if scope is None:
        return
    qualifier = star.table if isinstance(star, exp.Column) else ""
    for alias, source in scope.sources.items():
        named = source.name if isinstance(source, exp.Table) else alias
        if qualifier and qualifier not in (alias, named):
            continue
        if isinstance(source, exp.Table):
            yield table_name(source)
        elif isinstance(source, Scope):
            for inner in _selects(source.expression):
                for projection in inner.selects:
                    if _is_star(projection):
                        yield from star_tables(inner, projection, root)


def _selects(query: exp.Expr) -> Iterator[exp.Select]:
    if isinstance(query, exp.SetOperation):
        yield from _selects(query.left)
        yield from _selects(query.right)
    elif isinstance(query, exp.Subquery):
        yield from _selects(query.this)
    elif isinstance(query, exp.Select):
        yield query


def _is_star(projection: exp.Expr) -> bool:
    return isinstance(projection, exp.Star) or (
        isinstance(projection, exp.Column) and isinstance(projection.this, exp.Star)
    )


def _scope_of(root: Scope | None, select: exp.Select) -> Scope | None:
    for scope in root.traverse() if root else ():
        if scope.expression is select:
            return scope
    return None
