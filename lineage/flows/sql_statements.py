"""A SQL script as the statements column lineage reads, each parsed on its own.

Statements end at a top-level semicolon, at T-SQL's ``GO`` and, where the parser stops at a
keyword that can only start a new statement (T-SQL batches written one statement a line without
semicolons), at that keyword. A statement sqlglot cannot parse comes back as the error it raised,
so the caller reports it and reads on; a piece of a control-flow block that holds no statement
(``ELSE``, ``END``) comes back as nothing.

>>> [type(s).__name__ for _, s in statements("INSERT INTO a (x) SELECT x FROM b\\n"
...                                          "INSERT INTO c (y) SELECT y FROM d\\nGO", "tsql")]
['Insert', 'Insert']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ParseError, TokenError
from sqlglot.tokens import Token, TokenType

#: Tokens that start a statement: where a parse that stopped there can start again.
STARTS = frozenset(
    {TokenType.INSERT, TokenType.UPDATE, TokenType.MERGE, TokenType.DELETE, TokenType.CREATE}
    | {TokenType.WITH, TokenType.SELECT, TokenType.SET, TokenType.DECLARE, TokenType.BEGIN}
    | {TokenType.COMMAND, TokenType.ALTER, TokenType.DROP, TokenType.REPLACE, TokenType.USE}
)
#: T-SQL's compound assignments (``SET a += b``): the operator token before ``=``.
_COMPOUND = {TokenType.PLUS: "+", TokenType.DASH: "-", TokenType.STAR: "*", TokenType.SLASH: "/"}


def statements(
    sql: str, dialect: str | Dialect
) -> Iterator[tuple[str, exp.Expr | Exception | None]]:
    """(text, parsed statement, the error it raised, or None when it holds no statement) for each
    statement of ``sql``."""
    reader = Dialect.get_or_raise(dialect)
    try:
        chunks = list(split(sql, reader))
    except TokenError:  # an unclosed quote or comment: read line-ending pieces one by one
        yield from _pieces(sql, reader)
        return
    for tokens in chunks:
        yield from _parse(reader, tokens, sql)


def _pieces(sql: str, dialect: Dialect) -> Iterator[tuple[str, exp.Expr | Exception | None]]:
    """Statements of a script the tokenizer cannot read whole: split where a line ends with a
    semicolon; a piece that still cannot be tokenized is one unreadable statement."""
    for piece in re.split(r";[ \t]*(?:\r?\n|$)", sql):
        if not piece.strip():
            continue
        try:
            chunks = list(split(piece, dialect))
        except Exception:  # TokenError, or a tokenizer bug: this piece only
            yield (
                piece.strip(),
                ParseError(
                    "an unclosed quote, comment or bracket", errors=[{"description": "unclosed"}]
                ),
            )
            continue
        for tokens in chunks:
            yield from _parse(dialect, tokens, piece)


def split(sql: str, dialect: Dialect) -> Iterator[list[Token]]:
    """Split on top-level semicolons (and T-SQL's ``GO``) with sqlglot's tokenizer, so one bad
    statement stays alone."""
    chunk: list[Token] = []
    for token in dialect.tokenize(sql):
        separator = token.token_type == TokenType.SEMICOLON or (
            token.token_type == TokenType.COMMAND and token.text.upper() == "GO"
        )
        if not separator:
            chunk.append(token)
        elif chunk:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _text(sql: str, tokens: list[Token]) -> str:
    return sql[tokens[0].start : tokens[-1].end + 1]


def _parse(
    dialect: Dialect, tokens: list[Token], sql: str
) -> Iterator[tuple[str, exp.Expr | Exception | None]]:
    text = _text(sql, tokens)
    try:
        yield from _read(dialect, _rewrite(dialect, tokens), sql, text)
    except Exception as error:  # a tokenizer or parser bug on odd input: this statement only
        yield text, error


def _read(
    dialect: Dialect, tokens: list[Token], sql: str, text: str
) -> Iterator[tuple[str, exp.Expr | Exception | None]]:
    if not tokens:  # nothing left once dialect noise is dropped
        yield text, None
        return
    if (
        tokens[0].token_type == TokenType.REPLACE
        and len(tokens) == 2  # the tokenizer keeps the rest of a command as one string
        and tokens[1].text.lstrip()[:4].upper() == "INTO"
    ):  # MySQL's REPLACE INTO: the INSERT it is for lineage
        sql = f"INSERT {tokens[1].text}"
        tokens = dialect.tokenize(sql)
    try:
        parsed = dialect.parser().parse(tokens, sql)
    except ParseError as error:
        cut = _restart(tokens, error)
        if cut is not None:
            yield from _parse(dialect, tokens[:cut], sql)
            yield from _parse(dialect, tokens[cut:], sql)
            return
        after = _next_line_start(tokens, error)
        yield (_text(sql, tokens[:after]) if after else text), error
        if after:  # the statement on a later line is not lost with this one
            yield from _parse(dialect, tokens[after:], sql)
        return
    except Exception as error:  # a parser bug on odd input (HASHBYTES('x') raises ValueError)
        yield text, error  # loses this statement only
        return
    found = [statement for statement in parsed if statement is not None]
    if not found:  # ELSE, END: a piece of a block, no statement
        yield text, None
    for statement in found:
        body = _opaque_body(statement)
        if body:  # a routine whose body sqlglot kept as text: read the statement in it
            yield from _parse(dialect, dialect.tokenize(body), body)
        else:
            yield text, statement


def _opaque_body(statement: exp.Expr) -> str:
    """The text after BEGIN of a CREATE PROCEDURE/FUNCTION whose body the parser kept opaque."""
    body = statement.expression if isinstance(statement, exp.Create) else None
    kind = str(statement.args.get("kind") or "").upper()
    if kind not in {"PROCEDURE", "FUNCTION"} or not isinstance(body, exp.Command):
        return ""
    if body.name.upper() not in {"BEGIN", "AS"}:
        return ""
    rest = body.expression
    return str(rest.this if isinstance(rest, exp.Literal) else rest or "").strip()


def _restart(tokens: list[Token], error: ParseError) -> int | None:
    """Where a statement the parser stopped in starts again: the position of the token it
    stopped at, when that token can only start a new statement."""
    details = error.errors[0] if error.errors else {}
    line, col = details.get("line"), details.get("col")
    for i, token in enumerate(tokens):
        if token.line == line and token.col == col:
            return i if token.token_type in STARTS and i > 0 else None
    return None


def _next_line_start(tokens: list[Token], error: ParseError) -> int | None:
    """The first token after where the parse stopped that starts a line and a statement."""
    details = error.errors[0] if error.errors else {}
    line = details.get("line") or 0
    for i in range(1, len(tokens)):
        token = tokens[i]
        if token.line > line and token.line > tokens[i - 1].line and token.token_type in STARTS:
            return i
    return None


def _rewrite(dialect: Dialect, tokens: list[Token]) -> list[Token]:
    """Dialect syntax sqlglot does not read but lineage can do without: Teradata's ``(TITLE
    '...')`` after a column is dropped; T-SQL's ``a += b`` becomes ``a = a + b``."""
    name = type(dialect).__name__.lower()
    if name == "teradata":
        return _drop_titles(tokens)
    if name == "tsql":
        return _expand_compound(tokens)
    return tokens


def _drop_titles(tokens: list[Token]) -> list[Token]:
    kept: list[Token] = []
    i = 0
    while i < len(tokens):
        window = tokens[i : i + 4]
        if (
            len(window) == 4
            and window[0].token_type == TokenType.L_PAREN
            and window[1].text.upper() == "TITLE"
            and window[2].token_type == TokenType.STRING
            and window[3].token_type == TokenType.R_PAREN
        ):
            i += 4
            continue
        kept.append(tokens[i])
        i += 1
    return kept


def _expand_compound(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for i, token in enumerate(tokens):
        before = tokens[i - 1] if i else None
        if (
            token.token_type == TokenType.EQ
            and before is not None
            and before.token_type in _COMPOUND
            and before.end + 1 == token.start  # ``+=`` written as one operator
            and len(out) >= 2
            and out[-2].token_type in {TokenType.VAR, TokenType.IDENTIFIER}
        ):
            operator, column = out.pop(), out[-1]
            out += [token, column, operator]
            continue
        out.append(token)
    return out
