"""The writes of a SQL statement, each as a query whose projections feed target columns.

INSERT/REPLACE ... SELECT (or VALUES with subqueries), INSERT OVERWRITE, CREATE [OR REPLACE]
TABLE/VIEW AS, SELECT ... INTO (also at the head of a UNION), MERGE, UPDATE with FROM, T-SQL's
``UPDATE alias ... FROM``, MySQL's multi-table UPDATE, and these inside a procedure body or an
IF/WHILE block.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlglot import exp


class Unresolved(ValueError):
    """A statement this reading cannot map to its target columns; the message says why."""


@dataclass
class Write:
    """A query whose i-th projection feeds ``targets[i]`` (``(table, column)``); ``targets`` None:
    the projections' own names, in ``table``. ``note`` says what had to be assumed."""

    query: exp.Query
    table: str
    targets: list[tuple[str, str]] | None
    note: str = ""
    creates: bool = False  #: CREATE TABLE/VIEW AS, SELECT INTO: a new table later statements read


def writes(statement: exp.Expr, schema: dict[str, object]) -> Iterator[Write]:
    """The writes of one (normalised) statement, each as a query over its sources."""
    if isinstance(statement, BLOCKS) or _is_routine(statement):
        for part in _body(statement):  # a procedure's body, IF/WHILE branches
            yield from writes(part, schema)
    elif isinstance(statement, exp.Insert | exp.Create):
        yield from _insert(statement, schema)
    elif isinstance(statement, exp.Select | exp.SetOperation) and _into(statement) is not None:
        into = _into(statement)  # T-SQL / PostgreSQL SELECT ... INTO new_table [UNION ...]
        assert into is not None
        target = into.this
        into.pop()
        if isinstance(target, exp.Table):
            yield Write(statement, table_name(target), None, creates=True)
    elif isinstance(statement, exp.Update):
        yield from _update(statement)
    elif isinstance(statement, exp.Merge):
        yield from _merge(statement, schema)


#: Control-flow statements whose branches hold statements.
BLOCKS = (exp.Block, exp.IfBlock, exp.WhileBlock, exp.LoopBlock, exp.RepeatBlock)


def _is_routine(statement: exp.Expr) -> bool:
    kind = str(statement.args.get("kind") or "").upper()
    return isinstance(statement, exp.Create) and kind in {"PROCEDURE", "FUNCTION", "TRIGGER"}


def _body(statement: exp.Expr) -> Iterator[exp.Expr]:
    """The statements directly inside a block, routine or IF/WHILE (not their conditions)."""
    for key, value in statement.args.items():
        if key == "this" and not isinstance(statement, exp.Block):
            continue  # a routine's name, an IF's condition
        for part in value if isinstance(value, list) else [value]:
            if isinstance(part, exp.Expr):
                yield part


def _into(statement: exp.Expr) -> exp.Into | None:
    """The INTO of a SELECT, or of the first branch of a UNION."""
    while isinstance(statement, exp.SetOperation):
        statement = statement.left
    into = statement.args.get("into") if isinstance(statement, exp.Select) else None
    return into if isinstance(into, exp.Into) else None


def _insert(statement: exp.Insert | exp.Create, schema: dict[str, object]) -> Iterator[Write]:
    query = statement.expression
    while isinstance(query, exp.Subquery) and not query.alias:  # INSERT INTO t (SELECT ...)
        query = query.this
    if isinstance(query, exp.Values):
        query = _values_query(query)  # INSERT ... VALUES (1, (SELECT max(id) FROM t))
    if not isinstance(query, exp.Query):
        return  # INSERT ... VALUES of literals, CREATE TABLE (...): no column flows
    target = statement.this
    columns = None
    if isinstance(target, exp.Schema):
        columns = [c.name.lower() for c in target.expressions]
        target = target.this
    if not isinstance(target, exp.Table):
        return
    table = table_name(target)
    note = ""
    if columns is None and isinstance(statement, exp.Insert) and not statement.args.get("by_name"):
        columns = schema_columns(schema, target) or None
        if columns is None:
            note = f"{table} has no column list and is not in the schema: columns named as selected"
    _move_with(statement, query)
    targets = [(table, c) for c in columns] if columns else None
    yield Write(query, table, targets, note, creates=isinstance(statement, exp.Create))


def _move_with(statement: exp.Expr, query: exp.Expr) -> None:
    """``WITH x AS (...) INSERT/UPDATE/MERGE ...``: give the CTEs to the query that reads them."""
    outer = statement.args.get("with_")
    if outer is None:
        return
    inner = query.args.get("with_")
    if inner is None:
        query.set("with_", outer)
    else:
        inner.set("expressions", [*outer.expressions, *inner.expressions])


def _update(statement: exp.Update) -> Iterator[Write]:
    """UPDATE (PostgreSQL/Snowflake ``FROM``, T-SQL ``UPDATE alias ... FROM``, MySQL joins) as
    ``SELECT <set expressions> FROM <every table it reads>``."""
    main = statement.this
    if not isinstance(main, exp.Table):
        return
    source = statement.args.get("from_")
    relations: list[exp.Expr] = [main]
    if source is not None:
        relations.append(source.this)
        for table in source.find_all(exp.Table):
            same = table_name(table) == table_name(main)
            if same or (not main.db and table.alias.lower() == main.name.lower()):
                main, relations = table, [source.this]  # T-SQL: the target is named in FROM
                break
    tables: dict[str, exp.Table] = {}
    for relation in relations:
        for table in relation.find_all(exp.Table):
            tables.setdefault(table.alias_or_name.lower(), table)
            tables.setdefault(table_name(table), table)
    select = exp.Select()
    for position, relation in enumerate(relations):
        _add_relation(select, relation, cross=position > 0)
    targets: list[tuple[str, str]] = []
    for column, value in _assignments(statement.expressions):
        qualifier = column.table.lower() if isinstance(column, exp.Column) else ""
        target = tables.get(qualifier, main)
        left = value.this if isinstance(value, exp.Binary) else None
        if isinstance(left, exp.Column) and not left.table and left.name == column.name:
            left.set("table", exp.to_identifier(target.alias_or_name))  # T-SQL's SET a += b
        select.select(exp.alias_(value, f"_{len(targets)}", copy=False), copy=False)
        targets.append((table_name(target), column.name.lower()))
    _move_with(statement, select)
    yield Write(select, table_name(main), targets)


def _assignments(items: list[exp.Expr]) -> Iterator[tuple[exp.Expr, exp.Expr]]:
    """(column, value) of each ``SET col = value``, ``SET (a, b) = (x, y)`` or
    ``SET (a, b) = (SELECT x, y ...)`` (a copy of the subquery per column)."""
    for eq in items:
        column, value = eq.this, eq.expression
        if not isinstance(column, exp.Tuple):
            yield column, value
            continue
        for i, part in enumerate(column.expressions):
            if isinstance(value, exp.Tuple):
                yield part, value.expressions[i]
            elif isinstance(value, exp.Subquery) and isinstance(value.this, exp.Select):
                one = value.copy()
                one.this.set("expressions", [one.this.expressions[i]])
                yield part, one


def _add_relation(select: exp.Select, relation: exp.Expr, cross: bool = False) -> None:
    """Move ``relation`` and the joins sqlglot hung on it (UPDATE's FROM) into ``select``."""
    joins = relation.args.get("joins") or []
    relation.set("joins", None)
    if select.args.get("from_") is None:
        select.from_(relation, copy=False)
    else:
        select.append("joins", exp.Join(this=relation, kind="CROSS" if cross else None))
    for join in joins:
        select.append("joins", join)


def _merge(statement: exp.Merge, schema: dict[str, object]) -> Iterator[Write]:
    """Every WHEN clause's SET and INSERT VALUES as one SELECT over the target and USING."""
    target = statement.this
    if not isinstance(target, exp.Table):
        return
    table = table_name(target)
    select = exp.Select()
    _add_relation(select, target)
    _add_relation(select, statement.args["using"], cross=True)
    targets: list[tuple[str, str]] = []
    pairs: list[tuple[str, exp.Expr]] = []
    for when in statement.args["whens"].expressions:
        then = when.args.get("then")
        if isinstance(then, exp.Update):
            pairs += [(c.name.lower(), v) for c, v in _assignments(then.expressions)]
        elif isinstance(then, exp.Insert) and isinstance(then.expression, exp.Tuple):
            names = [c.name.lower() for c in then.this.expressions] if then.this else []
            values = then.expression.expressions
            names = names or schema_columns(schema, target)
            if len(names) != len(values):
                raise Unresolved(f"MERGE INSERT of {len(values)} values into {len(names)} columns")
            pairs += zip(names, values, strict=True)
    for name, value in pairs:
        select.select(exp.alias_(value, f"_{len(targets)}", copy=False), copy=False)
        targets.append((table, name))
    _move_with(statement, select)
    yield Write(select, table, targets)


def schema_columns(schema: dict[str, object], table: exp.Table) -> list[str]:
    level: object = schema
    for part in table_name(table).split("."):
        level = level.get(part, {}) if isinstance(level, dict) else {}
    return list(level) if isinstance(level, dict) else []


def table_name(table: exp.Table) -> str:
    """``db.table``, lowercased; T-SQL temporary tables keep their ``#`` / ``##``."""
    parts = table.parts
    name = ".".join(part.name for part in parts).lower()
    last = parts[-1] if parts else None
    if last is not None and last.args.get("global_"):
        return f"{name[: -len(last.name)]}##{last.name.lower()}"
    if last is not None and last.args.get("temporary"):
        return f"{name[: -len(last.name)]}#{last.name.lower()}"
    return name


def _values_query(values: exp.Values) -> exp.Query | None:
    """VALUES rows as a UNION ALL of SELECTs when a row holds a subquery, else None: literals
    carry no column."""
    if not any(values.find_all(exp.Subquery)):
        return None
    rows = [
        exp.select(*(row.expressions if isinstance(row, exp.Tuple) else [row]), copy=False)
        for row in values.expressions
    ]
    query: exp.Query = rows[0]
    for row in rows[1:]:
        query = exp.union(query, row, distinct=False, copy=False)
    return query
