"""The SOQL subset the fake Salesforce understands: a tokenizer and a recursive-descent parser
producing a small frozen AST (:mod:`connectors.salesforce.fake.query` runs it).

Grammar (keywords are case-insensitive)::

    query      := SELECT item ("," item)* FROM name [WHERE condition]
                  [ORDER BY order ("," order)*] [LIMIT n] [OFFSET n]
    item       := path | AGG "(" [path] ")" [alias]        AGG: COUNT COUNT_DISTINCT MIN MAX SUM AVG
    condition  := term (AND term)* | term (OR term)*       mixing AND and OR needs parentheses
    term       := "(" condition ")" | NOT term | path op value | path [NOT] IN "(" values ")"
                  | path LIKE 'pattern' | path INCLUDES|EXCLUDES "(" values ")"
    op         := = != <> < <= > >=
    value      := 'string' | number | true | false | null | 2024-01-31 | 2024-01-31T10:00:00Z
    order      := path [ASC|DESC] [NULLS FIRST|LAST]

Not supported (MALFORMED_QUERY): subqueries, GROUP BY, TYPEOF, date literals such as
``LAST_N_DAYS:30``, bind variables. Errors carry Salesforce's error codes and, for the ones
Salesforce reports against a position, the echo of the query with a caret.

>>> q = parse("SELECT Id, Account.Name FROM Contact WHERE Email != null ORDER BY LastName LIMIT 5")
>>> [f.path for f in q.items], q.sobject, q.limit
([('Id',), ('Account', 'Name')], 'Contact', 5)
>>> parse("SELECT Id FROM Contact WHERE Email = 'a' OR Phone = 'b' AND Id = 'c'")
Traceback (most recent call last):
...
connectors.salesforce.fake.soql.SoqlError: MALFORMED_QUERY: unexpected token: 'AND'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

AGGREGATES = ("COUNT", "COUNT_DISTINCT", "MIN", "MAX", "SUM", "AVG")
KEYWORDS = {
    "SELECT", "FROM", "WHERE", "ORDER", "BY", "LIMIT", "OFFSET", "GROUP", "HAVING", "AND", "OR",
    "NOT", "IN", "LIKE", "INCLUDES", "EXCLUDES", "ASC", "DESC", "NULLS", "FIRST", "LAST", "WITH",
    "FOR", "TYPEOF", "USING",
}  # fmt: skip
_TOKEN = re.compile(
    r"""\s+
    | (?P<string>'(?:[^'\\]|\\.)*')
    | (?P<datetime>\d{4}-\d\d-\d\d(?:T\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d))?)
    | (?P<number>-?\d+(?:\.\d+)?)
    | (?P<name>[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)
    | (?P<op>!=|<>|<=|>=|=|<|>)
    | (?P<punct>[(),])""",
    re.VERBOSE,
)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}


class SoqlError(Exception):
    """A query Salesforce would refuse: ``code`` is its errorCode, ``pos`` the offending offset."""

    def __init__(self, code: str, message: str, pos: int | None = None) -> None:
        super().__init__(f"{code}: {message}")
        self.code, self.message, self.pos = code, message, pos

    def wire_message(self, soql: str) -> str:
        """The message as Salesforce sends it: query echo, caret and row/column, then the text."""
        if self.pos is None:
            return self.message
        row = soql.count("\n", 0, self.pos) + 1
        line_start = soql.rfind("\n", 0, self.pos) + 1
        column = self.pos - line_start + 1
        line = soql.splitlines()[row - 1] if soql else ""
        return (
            f"\n{line}\n{' ' * (column - 1)}^\nERROR at Row:{row}:Column:{column}\n{self.message}"
        )


# --- AST ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Path:
    path: tuple[str, ...]
    pos: int


@dataclass(frozen=True)
class Aggregate:
    func: str
    arg: Path | None
    alias: str | None
    pos: int


@dataclass(frozen=True)
class Literal:
    value: Any  # str, int, float, bool, None, date or datetime
    quoted: bool
    pos: int


@dataclass(frozen=True)
class Compare:
    field: Path
    op: str  # = != < <= > >= IN NOT IN LIKE INCLUDES EXCLUDES
    value: Literal | tuple[Literal, ...]


@dataclass(frozen=True)
class Logic:
    op: str  # AND | OR
    parts: tuple[Condition, ...]


@dataclass(frozen=True)
class Not:
    part: Condition


Condition = Compare | Logic | Not


@dataclass(frozen=True)
class Order:
    field: Path
    descending: bool
    nulls_last: bool


@dataclass(frozen=True)
class Query:
    items: tuple[Path | Aggregate, ...]
    sobject: str
    sobject_pos: int
    where: Condition | None
    order_by: tuple[Order, ...]
    limit: int | None
    offset: int | None


# --- parsing --------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    pos: int


def tokenize(soql: str) -> list[_Token]:
    tokens, pos = [], 0
    while pos < len(soql):
        m = _TOKEN.match(soql, pos)
        if not m:
            raise SoqlError("MALFORMED_QUERY", f"unexpected token: '{soql[pos]}'", pos)
        if m.lastgroup:
            tokens.append(_Token(m.lastgroup, m.group(), pos))
        pos = m.end()
    tokens.append(_Token("end", "", len(soql)))
    return tokens


class _Parser:
    def __init__(self, soql: str) -> None:
        self.tokens = tokenize(soql)
        self.i = 0

    def peek(self) -> _Token:
        return self.tokens[self.i]

    def take(self) -> _Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def keyword(self, *words: str) -> bool:
        """Consume the keyword(s) if they come next."""
        n = len(words)
        ahead = self.tokens[self.i : self.i + n]
        if len(ahead) == n and all(
            t.kind == "name" and t.text.upper() == w for t, w in zip(ahead, words, strict=True)
        ):
            self.i += n
            return True
        return False

    def expect(self, text: str) -> _Token:
        token = self.take()
        if token.text.upper() != text:
            self.fail(token, f"expecting '{text}'")
        return token

    @staticmethod
    def fail(token: _Token, hint: str = "") -> None:
        text = token.text or "<EOF>"
        hint = f" ({hint})" if hint and not token.text else ""
        raise SoqlError("MALFORMED_QUERY", f"unexpected token: '{text}'{hint}", token.pos)

    def name(self) -> _Token:
        token = self.take()
        if token.kind != "name" or token.text.upper() in KEYWORDS:
            self.fail(token, "expecting a field or object name")
        return token

    def query(self) -> Query:
        self.expect("SELECT")
        items = [self.item()]
        while self.peek().text == ",":
            self.take()
            items.append(self.item())
        self.expect("FROM")
        sobject = self.name()
        if "." in sobject.text:
            self.fail(sobject)
        where = self.condition() if self.keyword("WHERE") else None
        if self.keyword("GROUP", "BY"):
            raise SoqlError("MALFORMED_QUERY", "GROUP BY is not supported by the fake org")
        order_by: list[Order] = []
        if self.keyword("ORDER", "BY"):
            order_by.append(self.order())
            while self.peek().text == ",":
                self.take()
                order_by.append(self.order())
        limit = self.integer() if self.keyword("LIMIT") else None
        offset = self.integer() if self.keyword("OFFSET") else None
        if self.peek().kind != "end":
            self.fail(self.peek())
        return Query(tuple(items), sobject.text, sobject.pos, where, tuple(order_by), limit, offset)

    def item(self) -> Path | Aggregate:
        token = self.peek()
        if token.text == "(":
            raise SoqlError("MALFORMED_QUERY", "subqueries are not supported by the fake org")
        name = self.name()
        if self.peek().text != "(":
            return Path(tuple(name.text.split(".")), name.pos)
        func = name.text.upper()
        if func not in AGGREGATES:
            raise SoqlError("MALFORMED_QUERY", f"unknown function: {name.text}", name.pos)
        self.take()
        arg = None
        if self.peek().text != ")":
            t = self.name()
            arg = Path(tuple(t.text.split(".")), t.pos)
        elif func != "COUNT":
            self.fail(self.peek())
        self.expect(")")
        alias = None
        nxt = self.peek()
        if nxt.kind == "name" and nxt.text.upper() not in KEYWORDS:
            alias = self.take().text
        return Aggregate(func, arg, alias, name.pos)

    def order(self) -> Order:
        t = self.name()
        descending = self.keyword("DESC")
        if not descending:
            self.keyword("ASC")
        nulls_last = descending
        if self.keyword("NULLS"):
            if self.keyword("LAST"):
                nulls_last = True
            else:
                self.expect("FIRST")
                nulls_last = False
        return Order(Path(tuple(t.text.split(".")), t.pos), descending, nulls_last)

    def integer(self) -> int:
        token = self.take()
        if token.kind != "number" or not token.text.isdigit():
            self.fail(token, "expecting a number")
        return int(token.text)

    def condition(self) -> Condition:
        parts = [self.term()]
        op = None
        while self.peek().text.upper() in ("AND", "OR"):
            token = self.take()
            if op and token.text.upper() != op:
                self.fail(token)
            op = token.text.upper()
            parts.append(self.term())
        return Logic(op, tuple(parts)) if op else parts[0]

    def term(self) -> Condition:
        if self.peek().text == "(":
            self.take()
            inner = self.condition()
            self.expect(")")
            return inner
        if self.keyword("NOT"):
            return Not(self.term())
        t = self.name()
        path = Path(tuple(t.text.split(".")), t.pos)
        if self.keyword("NOT", "IN"):
            return Compare(path, "NOT IN", self.values())
        for word in ("IN", "INCLUDES", "EXCLUDES"):
            if self.keyword(word):
                return Compare(path, word, self.values())
        if self.keyword("LIKE"):
            return Compare(path, "LIKE", self.value())
        op = self.take()
        if op.kind != "op":
            self.fail(op, "expecting an operator")
        return Compare(path, "!=" if op.text == "<>" else op.text, self.value())

    def values(self) -> tuple[Literal, ...]:
        self.expect("(")
        values = [self.value()]
        while self.peek().text == ",":
            self.take()
            values.append(self.value())
        self.expect(")")
        return tuple(values)

    def value(self) -> Literal:
        token = self.take()
        if token.kind == "string":
            body = re.sub(
                r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), token.text[1:-1]
            )
            return Literal(body, True, token.pos)
        if token.kind == "number":
            number = float(token.text) if "." in token.text else int(token.text)
            return Literal(number, False, token.pos)
        if token.kind == "datetime":
            return Literal(temporal(token.text), False, token.pos)
        word = token.text.lower()
        if token.kind == "name" and word in ("true", "false", "null"):
            return Literal({"true": True, "false": False, "null": None}[word], False, token.pos)
        self.fail(token, "expecting a value")
        raise AssertionError  # unreachable: fail() raises


def parse(soql: str) -> Query:
    """Parse one SOQL query; raise :class:`SoqlError` (MALFORMED_QUERY) when it is not valid."""
    return _Parser(soql).query()


def temporal(text: str) -> date | datetime:
    """A SOQL date or dateTime literal as a date or an aware datetime."""
    if "T" not in text:
        return date.fromisoformat(text)
    text = text.replace("Z", "+00:00")
    if re.search(r"[+-]\d{4}$", text):
        text = f"{text[:-2]}:{text[-2:]}"
    return datetime.fromisoformat(text)
