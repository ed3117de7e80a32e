"""Column-level lineage of SQL jobs, read with sqlglot.

Each write statement (see :mod:`lineage.flows.sql_writes`) becomes ``ColumnEdge`` values saying
which source column feeds which target column and how the value moved:

- ``copied``: the bare column;
- ``derived``: an expression, function, CASE or concatenation over it;
- ``pseudonymised``: a hash (md5, sha1, sha2, sha256, digest, hash, HASHBYTES...): still
  personal data;
- ``aggregated``: count/sum/min/max/avg/array_agg/string_agg/listagg/group_concat over it;
- ``influenced``: the column only partitions or orders the rows a window or an ordered aggregate
  reads (``OVER (PARTITION BY ... ORDER BY ...)``, ``string_agg(x ORDER BY y)``): no value of it
  arrives, so it carries no person.

Along one path (a CTE, then the outer SELECT) the strongest step wins, in the order
influenced > pseudonymised > aggregated > derived > copied, so ``md5(lower(email))`` is
pseudonymised. Where one projection uses a column twice (``md5(email) || email``) the weakest use
wins: the clear copy is what the target holds. A pair reached along two branches (UNION, two
MERGE clauses) with different hows gives one edge per how. Columns read in a CASE condition count
as ``derived``; columns in WHERE, JOIN ON, GROUP BY, HAVING or QUALIFY carry no value, give no
edge and are not read. LATERAL subqueries and CROSS/OUTER APPLY feed only through their
projections.

Tables are reported as sqlglot qualifies them (``catalog.db.table``, as many parts as the SQL or the
schema give; T-SQL temporary tables keep their ``#``), identifiers normalised for the dialect and
then lowercased, so ``"Crm".Users`` and ``crm.users`` are the same table. A ``*`` the schema cannot
expand gives a table-level edge with column ``*`` (``t2.* -> t1.*``), ``count(*)`` an aggregated
one from each table it counts; literal projections give no edge. What is assumed where the schema
is silent (tables created earlier in the script, a lone table's unqualified columns, unnamed
expressions named by their SQL) is in :mod:`lineage.flows.sql_scope`; how a script is split into
statements (procedures, IF blocks, T-SQL's ``GO``) in :mod:`lineage.flows.sql_statements`. A
statement that cannot be parsed or traced becomes one problem line and the next statement is
still read; so does a column no table can be found for, and an INSERT without a column list
into a table the schema does not know (its edges are then named after the SELECT).
``column_lineage`` never raises.

>>> edges, problems = column_lineage(
...     "INSERT INTO dw.users (mail, n) SELECT lower(email), count(*) FROM crm.customers",
...     "postgres",
... )
>>> for e in edges:
...     print(e.source_table, e.source_column, e.target_table, e.target_column, e.how)
crm.customers email dw.users mail derived
crm.customers * dw.users n aggregated
>>> problems
[]
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import OptimizeError, ParseError, SchemaError, SqlglotError
from sqlglot.lineage import Node, lineage
from sqlglot.optimizer.normalize_identifiers import normalize_identifiers
from sqlglot.optimizer.qualify_columns import qualify_columns
from sqlglot.optimizer.qualify_tables import qualify_tables
from sqlglot.optimizer.scope import Scope, build_scope
from sqlglot.schema import MappingSchema

from lineage.core.errors import ConfigError
from lineage.core.redact import mask_literals

from .sql_scope import Session, assume_sources, drop_filters, star_tables, target_names
from .sql_statements import statements
from .sql_writes import Unresolved, Write, table_name, writes

# sqlglot warns about unsupported syntax by quoting the whole statement, literals and all.
logging.getLogger("sqlglot").setLevel(logging.ERROR)

#: Function names (and sqlglot class names, lowercased) that hash their input.
HASH_FUNCTIONS = frozenset(
    {"md5", "sha", "sha1", "sha2", "sha256", "sha512", "digest", "hash", "md5_hex", "sha1_hex"}
    | {"sha2_hex", "hashbytes", "md5_binary", "sha1_binary", "sha2_binary", "crc32", "xxhash64"}
    | {"md5digest", "sha1digest", "sha2digest", "standardhash", "cityhash64", "farmfingerprint"}
    | {"hashagg", "md5numberlower64", "md5numberupper64", "hmac", "crypt", "murmur3"}
)
AGG_FUNCTIONS = frozenset(
    {"count", "sum", "min", "max", "avg", "array_agg", "string_agg", "group_concat", "listagg"}
)
#: Window functions that return another row's value as it is: derived, not aggregated.
NAVIGATION_FUNCTIONS = frozenset({"lag", "lead", "firstvalue", "lastvalue", "nthvalue"})
#: Along a path the highest wins; among the uses of one column in one projection the lowest.
#: ``influenced`` (a PARTITION BY / ORDER BY column: it decides which rows or in what order, but
#: no value of it reaches the target) is above all, so nothing after it makes it carry a value.
RANK = {"copied": 0, "derived": 1, "aggregated": 2, "pseudonymised": 3, "influenced": 4}
#: Nodes a value passes through unchanged.
NEUTRAL = (exp.Paren, exp.Alias, exp.Distinct, exp.Window, exp.Subquery)
#: Write verbs whose statements sqlglot could only keep as an opaque Command.
WRITE_VERBS = frozenset({"INSERT", "UPDATE", "MERGE", "REPLACE", "UPSERT", "CREATE", "SELECT"})


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

    ``schema`` maps table names (``"db.table"``) to ``{column: type}``; it expands ``SELECT *``,
    names the target columns of an INSERT without a column list and resolves unqualified columns
    in joins. Never raises for a bad statement.
    """
    edges: set[ColumnEdge] = set()
    problems: list[str] = []
    try:
        reader = Dialect.get_or_raise(dialect)  # unknown names fail with "did you mean"
    except ValueError as e:
        return [], [f"dialect: {_first_line(e)}"]
    dialect = dialect or "generic"  # sqlglot's default dialect, as messages name it
    try:
        plain, mapping = _schema(schema or {}, dialect, reader)
    except _SCHEMA_ERRORS as e:  # names of mixed depths (``a.b.c`` and ``t``), from a caller
        reason = _first_line(e) if isinstance(e, SchemaError) else type(e).__name__
        return [], [f"schema: the table names given cannot be used ({reason})"]
    try:
        parsed = list(statements(sql, reader))
    except Exception:
        return [], [
            f"statements: could not be split into {dialect} SQL statements (an unclosed quote, "
            "comment or bracket?)"
        ]
    session = Session(plain, mapping, reader)
    for index, (text, statement) in enumerate(parsed):
        try:
            if isinstance(statement, Exception):
                raise statement
            if isinstance(statement, exp.Command):
                if statement.name.upper() in WRITE_VERBS:
                    problems.append(
                        f"statement {index + 1}: sqlglot's {dialect} parser does not support this "
                        f"statement, skipped: {_quoted(text)}"
                    )
                continue
            if statement is None:
                continue
            statement = normalize_identifiers(statement, dialect=reader)
            for write in writes(statement, session.plain):
                found, notes, written = _trace(
                    write, reader, session.schema_for(write.query), index
                )
                session.learn(write, written)
                edges.update(found)
                problems.extend(f"statement {index + 1}: {n}: {_quoted(text)}" for n in notes)
        except ParseError as e:  # where it stopped says enough
            problems.append(f"statement {index + 1}: {unreadable(e, dialect)}")
        except Exception as e:
            problems.append(f"statement {index + 1}: {unreadable(e, dialect)}: {_quoted(text)}")
    return sorted(edges, key=_edge_key), problems


#: sqlglot messages fit for a user (no class names, tokens or quoted SQL): kept as they are.
_PLAIN = re.compile(r"(Expecting|Expected) [A-Za-z ()]+|Alias already used: \w+|Unknown table: \w+")


def unreadable(error: Exception, dialect: str) -> str:
    """Why a statement could not be read, for a user: where sqlglot stopped and the token it met
    (a literal masked), never sqlglot's internal message nor the statement's literals.

    >>> from sqlglot import parse_one
    >>> try:
    ...     parse_one("SELECT a FROM t WHERE x = 'jane@example.com' AND AND", read="postgres")
    ... except SqlglotError as e:
    ...     unreadable(e, "postgres")
    'could not be parsed as postgres SQL near line 1 at "AND"'
    """
    if isinstance(error, Unresolved):
        return str(error)
    details = getattr(error, "errors", None) or [{}]
    first = details[0] if isinstance(details[0], dict) else {}
    if isinstance(error, ParseError) and first.get("line"):
        description = str(first.get("description") or "")
        why = (
            f": {description[0].lower()}{description[1:]}" if _PLAIN.fullmatch(description) else ""
        )
        return (
            f"could not be parsed as {dialect} SQL near line {first['line']} at "
            f"{_token(str(first.get('highlight') or ''))}{why}"
        )
    if isinstance(error, ParseError) and str(error).startswith("an unclosed"):
        return f"could not be read as {dialect} SQL: an unclosed quote, comment or bracket"
    if isinstance(error, ParseError):
        return f"could not be parsed as {dialect} SQL"
    message = _first_line(error)
    if isinstance(error, SqlglotError) and _PLAIN.fullmatch(message):
        return f"could not be resolved: {message}"
    return f"could not be read as {dialect} SQL ({type(error).__name__})"


def _token(text: str) -> str:
    """The token a parse stopped at, as a message may show it: a literal is masked."""
    text = " ".join(mask_literals(text).split())  # one line, however the token spans lines
    if not text:
        return "the end of the statement"
    if re.fullmatch(r"[-+.\deE]+|[xXnNbBeE]?'.*|\$.*", text, flags=re.S):
        return "a literal"
    if text.startswith('"'):  # a name in most dialects, a string in MySQL's
        return "a quoted token"
    return '"' + (text if len(text) <= 30 else text[:29] + "…") + '"'


#: The last schema read per dialect name: (the caller's schema as given, nested, MappingSchema).
_SCHEMAS: dict[str, tuple[dict[str, dict[str, str]], dict[str, object], MappingSchema]] = {}


def _schema(
    schema: Mapping[str, Mapping[str, str]], name: str, dialect: Dialect
) -> tuple[dict[str, object], MappingSchema]:
    """The nested schema and sqlglot's MappingSchema, reused while the caller passes an equal one.

    Normalising a schema costs about as much as tracing a statement, and a scan passes the same
    schema for every statement of a system.
    """
    cached = _SCHEMAS.get(name)
    if cached is not None and cached[0] == schema:
        return cached[1], cached[2]
    given = {name: dict(columns) for name, columns in schema.items()}
    try:
        plain = _nested(given)
        mapping = MappingSchema(plain, dialect=dialect)
    except _SCHEMA_ERRORS:  # a name sqlglot cannot take (``semi;colon``): without that table
        usable = {t: columns for t, columns in given.items() if _usable(t, columns, dialect)}
        plain = _nested(usable)
        mapping = MappingSchema(plain, dialect=dialect)
    _SCHEMAS[name] = (given, plain, mapping)
    return plain, mapping


_SCHEMA_ERRORS = (SqlglotError, ValueError, AttributeError, TypeError)


def _usable(table: str, columns: Mapping[str, str], dialect: Dialect) -> bool:
    """Whether sqlglot takes ``table`` and its columns as a schema of their own."""
    try:
        MappingSchema(_nested({table: columns}), dialect=dialect)
    except _SCHEMA_ERRORS:
        return False
    return True


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


def _quoted(statement: str) -> str:
    """How a problem line cites its statement: the first line, literals (numbers too) masked."""
    return _first_line(re.sub(r"\b\d[\d.]*\b", "…", mask_literals(statement)))


def _first_line(value: object) -> str:
    lines = str(value).strip().splitlines()
    return lines[0][:200] if lines else ""


def _trace(
    write: Write, dialect: Dialect, schema: MappingSchema, index: int
) -> tuple[list[ColumnEdge], list[str], list[str]]:
    """Qualify once, name projections by position, trace them all in one pass.

    Returns the edges, notes on what could not be resolved and the target columns written.
    """
    for lateral in list(write.query.find_all(exp.Lateral)):
        if isinstance(lateral.this, exp.Subquery):  # LATERAL (SELECT ...), CROSS/OUTER APPLY
            # sqlglot traces these like table functions, every column they mention feeding every
            # output; as a derived table only their projections do (correlations only filter).
            lateral.replace(exp.Subquery(this=lateral.this.this, alias=lateral.args.get("alias")))
    named = _unnamed(write, dialect) if write.targets is None else {}
    drop_filters(write.query)
    query = qualify_tables(write.query, dialect=dialect)
    assume_sources(query, schema)
    try:
        query = qualify_columns(query, schema, dialect=dialect)
    except OptimizeError as error:
        if "missing source schemas" not in str(error):
            raise
        # ``a || b AS x, x || c AS y`` over tables no schema describes: x may be the alias or a
        # column of either table. Read it as a column (standard SQL), left unplaced if need be.
        query = qualify_columns(query, schema, expand_alias_refs=False, dialect=dialect)
    notes = [write.note] if write.note else []
    scope = build_scope(query)
    edges, targets = _stars(write, query, scope, index)
    if edges and not targets and write.targets is None:
        notes = []  # only *: no column was named by guess
    if targets is None:
        first = next(_branches(query), None)
        targets = [
            (write.table, named.get(id(_inner(s))) or s.alias_or_name.lower())
            for s in (first.selects if first else [])
        ]
        if notes and any(id(_inner(s)) in named for s in (first.selects if first else [])):
            notes[0] += " (unnamed expressions by their SQL)"
    for branch in _branches(query):
        if len(branch.selects) != len(targets):
            raise Unresolved(f"{len(targets)} target columns but {len(branch.selects)} projections")
        for i, projection in enumerate(branch.selects):
            for table in _counted_tables(branch, projection, scope):
                edges.append(ColumnEdge(table, "*", *targets[i], "aggregated", index))
        branch.set("expressions", [_rename(s, f"_{i}") for i, s in enumerate(branch.selects)])
    written = [column for _, column in targets] + (["*"] if edges else [])
    if not targets:
        return edges, notes, written
    roots = lineage(
        None, query, schema, dialect=dialect, scope=scope, copy=False, trim_selects=False
    )
    if not isinstance(roots, dict):  # only a single-column call returns a Node
        raise TypeError("sqlglot lineage(None, ...) did not return all columns")
    unresolved: set[str] = set()
    stars: set[str] = set()
    for name, root in roots.items():
        table, column = targets[int(name[1:])]
        for source, source_column, how in _leaves(root, "copied"):
            if source_column == "*":
                stars.add(source)
            elif source:
                edges.append(ColumnEdge(source, source_column, table, column, how, index))
            else:
                unresolved.add(source_column)
    if unresolved:
        notes.append(
            f"cannot tell which table holds {', '.join(sorted(unresolved))} "
            "(qualify it or pass the schema)"
        )
    if stars:
        notes.append(f"cannot expand * in {', '.join(sorted(stars))} (not in the schema)")
    return edges, notes, written


def _inner(projection: exp.Expr) -> exp.Expr:
    return projection.this if isinstance(projection, exp.Alias) else projection


def _unnamed(write: Write, dialect: Dialect) -> dict[int, str]:
    """The name of each unnamed expression of the first SELECT (by node id, which qualifying
    keeps): its SQL, so that ``INSERT INTO t SELECT max(a) FROM s`` gives ``t.max(a)`` (see
    :func:`~lineage.flows.sql_scope.target_names`)."""
    first = next(_branches(write.query), None)
    if first is None:
        return {}
    names = target_names(first, dialect, creates=write.creates)
    return {
        id(s): name
        for s, name in zip(first.selects, names, strict=True)
        if not isinstance(s, exp.Alias | exp.Column | exp.Star)
        and not (isinstance(s, exp.Cast) and isinstance(s.this, exp.Column))  # named as its column
    }


def _stars(
    write: Write, query: exp.Query, scope: Scope | None, index: int
) -> tuple[list[ColumnEdge], list[tuple[str, str]] | None]:
    """Table-level edges (``t2.* -> t1.*``) for each ``*`` no schema expanded, taken out of the
    projections, and the targets of the projections left (None: no ``*``, targets unchanged)."""
    edges: list[ColumnEdge] = []
    found = False
    for branch in _branches(query):
        kept = []
        for projection in branch.selects:
            if isinstance(projection, exp.Star) or isinstance(projection.this, exp.Star):
                found = True
                for table in sorted(set(star_tables(branch, projection, scope))):
                    edges.append(ColumnEdge(table, "*", write.table, "*", "copied", index))
            else:
                kept.append(projection)
        branch.set("expressions", kept)
    if not found:
        return [], write.targets
    first = next(_branches(query), None)
    kept = first.selects if first else []
    return edges, [(write.table, s.alias_or_name.lower()) for s in kept]


def _counted_tables(branch: exp.Select, projection: exp.Expr, scope: Scope | None) -> set[str]:
    """The tables whose rows ``count(*)`` in ``projection`` counts: an aggregated table-level
    edge, since the count says how many rows (people) there are but no value of theirs."""
    if not any(isinstance(c.this, exp.Star) for c in projection.find_all(exp.Count)):
        return set()
    return set(star_tables(branch, exp.Star(), scope))


def _sources(select: exp.Select) -> str:
    return ", ".join(sorted({table_name(t) for t in select.find_all(exp.Table)})) or "a subquery"


def _branches(query: exp.Expr) -> Iterator[exp.Select]:
    if isinstance(query, exp.SetOperation):
        yield from _branches(query.left)
        yield from _branches(query.right)
    elif isinstance(query, exp.Subquery | exp.Paren):
        yield from _branches(query.this)
    elif isinstance(query, exp.Select):
        yield query


def _rename(projection: exp.Expr, name: str) -> exp.Expr:
    inner = projection.this if isinstance(projection, exp.Alias) else projection
    return exp.alias_(inner, name, copy=False)


def _leaves(node: Node, how: str) -> Iterator[tuple[str, str, str]]:
    """Yield (source table, column, how) for each base-table column under ``node``.

    A column sqlglot could not place (a ``Placeholder`` leaf) comes back with table ``""``; a
    ``*`` it could not expand comes back as column ``*``.
    """
    if isinstance(node.expression, exp.Table):
        column = "*" if node.name == "*" else _unquote(node.name.rsplit(".", 1)[-1])
        yield table_name(node.expression), column, how
        return
    if isinstance(node.expression, exp.Placeholder):
        yield "", _unquote(node.name.rsplit(".", 1)[-1]), how
        return
    if isinstance(node.expression, exp.Star):  # a column read through an unexpanded *
        sources = [child.expression for child in node.downstream]
        if len(sources) == 1 and isinstance(sources[0], exp.Table):  # only one place it can be
            yield table_name(sources[0]), _unquote(node.name.rsplit(".", 1)[-1]), how
        else:
            names = (table_name(t) for s in sources for t in s.find_all(exp.Table))
            yield ", ".join(sorted(set(names))) or "a subquery", "*", how
        return
    for child in node.downstream:
        step = _how(node, child)
        if step is not None:
            yield from _leaves(child, max(how, step, key=RANK.__getitem__))


def _unquote(name: str) -> str:
    return name.strip('"`[]').lower()


def _how(node: Node, child: Node) -> str | None:
    """How ``child``'s value moves through ``node``'s projection; None when it carries none."""
    if isinstance(node.source, exp.SetOperation):
        return "copied"  # a UNION node: each branch says its own how
    projection = node.expression
    inner = projection.this if isinstance(projection, exp.Alias) else projection
    if isinstance(node.source, exp.UDTF):  # a column of UNNEST(...) or another table function
        inner = node.source
    subquery = _enclosing_subquery(child.expression, inner)
    if subquery is not None:  # a scalar subquery: its own projection says the rest
        return _path(subquery, inner)
    table, column = _child_column(child)
    columns = list(inner.find_all(exp.Column))
    refs = [
        c for c in columns if c.name.lower() == column and (not table or c.table.lower() == table)
    ] or columns
    if not refs:
        return "derived"  # sqlglot found a source this reading cannot place: keep the edge
    steps = [step for step in (_path(ref, inner) for ref in refs) if step is not None]
    return min(steps, key=RANK.__getitem__) if steps else None


def _child_column(child: Node) -> tuple[str, str]:
    """(table alias, column) that ``child`` stands for in its parent's projection."""
    if child.name.isdigit():  # a branch of a UNION in a CTE, named by position
        top = child.source
        while isinstance(top.parent, exp.SetOperation | exp.Subquery | exp.Paren):
            top = top.parent
        selects = top.selects if isinstance(top, exp.Query) else []
        position = int(child.name)
        return "", selects[position].alias_or_name.lower() if position < len(selects) else ""
    table, _, column = child.name.rpartition(".")
    return _unquote(table), _unquote(column)


def _enclosing_subquery(expression: exp.Expr, projection: exp.Expr) -> exp.Expr | None:
    node: exp.Expr | None = expression
    found: exp.Expr | None = None
    while node is not None:
        if isinstance(node, exp.Subquery):
            found = node
        if node is projection:
            return found
        node = node.parent
    return None


def _path(ref: exp.Expr, top: exp.Expr) -> str | None:
    """The strongest step from ``ref`` up to ``top``; ``influenced`` when ``ref`` only orders or
    partitions the rows a window or an ordered aggregate reads."""
    step = "copied"
    node = ref
    while node is not top:
        parent = node.parent
        if parent is None:
            break
        if (isinstance(parent, exp.Order) and node.arg_key == "expressions") or (
            isinstance(parent, exp.Window) and node.arg_key == "partition_by"
        ):
            return "influenced"
        kind = _kind(parent)
        if RANK[kind] > RANK[step]:
            step = kind
        node = parent
    return step


_KINDS: dict[type, str] = {}


def _kind(node: exp.Expr) -> str:
    kind = _KINDS.get(type(node))
    if kind is not None:
        return kind
    if isinstance(node, NEUTRAL):
        kind = "copied"
    elif isinstance(node, exp.Func):
        names = {type(node).__name__.lower(), *(n.lower() for n in node.sql_names())}
        if isinstance(node, exp.Anonymous):
            return _name_kind({str(node.this).lower()})
        kind = _name_kind(names)
        if kind == "derived" and isinstance(node, exp.AggFunc) and not names & NAVIGATION_FUNCTIONS:
            kind = "aggregated"
    else:
        kind = "derived"
    _KINDS[type(node)] = kind
    return kind


def _name_kind(names: set[str]) -> str:
    if names & HASH_FUNCTIONS:
        return "pseudonymised"
    if names & AGG_FUNCTIONS:
        return "aggregated"
    return "derived"


def file_lineage(
    sql_file: str | os.PathLike[str],
    dialect: str,
    schema_file: str | os.PathLike[str] | None = None,
) -> tuple[list[ColumnEdge], list[str]]:
    """The column edges of a SQL file and the problems of the statements that could not be
    read, as :func:`column_lineage` gives them (what ``piimap lineage`` prints). ``schema_file``
    is JSON ``{"schema.table": {"column": "type"}}``. An unreadable file or an unknown dialect
    raises ConfigError."""
    import json

    try:
        sql = Path(sql_file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{sql_file}: cannot read the SQL file ({exc}).") from None
    schema = None
    if schema_file is not None:
        try:
            schema = json.loads(Path(schema_file).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"{schema_file}: not a JSON schema file ({exc}).") from None
    edges, problems = column_lineage(sql, dialect, schema)
    if problems and problems[0].startswith("dialect:"):
        raise ConfigError(f"--dialect: {problems[0].removeprefix('dialect: ')}")
    return edges, problems
