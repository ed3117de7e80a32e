"""Reading a sample database's own SQL scripts, so that a set module (``sets/<set>.py``) can load
its original rows into another engine: text decoded, statements split (Oracle SQL*Plus scripts,
T-SQL batches), INSERT rows parsed into Python values, values written back as PostgreSQL literals.

It reads only the constructs the sets use and fails loudly on anything else, so a changed source
file stops the loader instead of loading something different::

    >>> ins = parse_insert("INSERT INTO t (a, b) VALUES (1, 'O''Hara')")
    >>> ins.table, ins.columns, ins.rows
    ('t', ('a', 'b'), [(Number(text='1'), "O'Hara")])
    >>> pg_literal("O'Hara"), pg_literal(None), pg_literal(b"GIF")
    ("'O''Hara'", 'NULL', "'\\\\x474946'::bytea")
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime


class SourceError(ValueError):
    """A source file holds something this reader does not know; the message says what."""


# --- values ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Number:
    """A numeric literal, kept as written (no float rounding)."""

    text: str


@dataclass(frozen=True)
class Money:
    """A T-SQL money literal (``$19.99``), without the currency sign."""

    text: str


@dataclass(frozen=True)
class Name:
    """A bare identifier used as a value (a PL/SQL variable)."""

    text: str


@dataclass(frozen=True)
class Call:
    """A function or constructor call: lower-cased, dotted name and its arguments."""

    name: str
    args: tuple[Value, ...]


@dataclass(frozen=True)
class Concat:
    """``a || b || ...``"""

    parts: tuple[Value, ...]


Value = str | bytes | None | Number | Money | Name | Call | Concat


@dataclass(frozen=True)
class Insert:
    """One INSERT: the table (lower case), its column list if given, and its rows."""

    table: str
    columns: tuple[str, ...] | None
    rows: list[tuple[Value, ...]]


_BACKTICKED = re.compile(r"`[^`\n]+`")


def lower_identifiers(text: str) -> str:
    """A MySQL script with its backtick-quoted identifiers lower-cased (``EmailId``: ``emailid``),
    as the labels name them."""
    return _BACKTICKED.sub(lambda m: m.group(0).lower(), text)


def single_dump(read: Callable[[str], bytes], path: str) -> str:
    """A MySQL dump of one database (phpMyAdmin's) that names none, read from ``path``; one that
    now creates or uses its own database is refused, as it would load elsewhere."""
    text = text_of(read(path))
    if "CREATE DATABASE" in text or re.search(r"^USE ", text, re.M):
        raise SourceError(f"{path.rsplit('/', 1)[-1]} now names its own database")
    return text


_DUMPED_TABLE = re.compile(r"^CREATE TABLE `(\w+)`", re.M)


def lowered_dump(read: Callable[[str], bytes], path: str, tables: Sequence[str]) -> str:
    """A phpMyAdmin or mysqldump dump of one database, as written with its identifiers
    lower-cased, once its tables are checked to be ``tables`` (any order, any case)."""
    text = single_dump(read, path)
    found = _DUMPED_TABLE.findall(text)
    if sorted(t.lower() for t in found) != sorted(tables):
        raise SourceError(f"{path}: expected the tables {' '.join(tables)}, found {found}")
    return lower_identifiers(text)


def text_of(data: bytes) -> str:
    """A source file's text: UTF-8, or Windows-1252 for the older files that are not UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def plain_mysql_dump(text: str, path: str) -> None:
    """Stop unless ``text`` (the dump ``path``) is tables and rows only: no database of its own
    (``CREATE DATABASE``, ``USE``) and no view, trigger, procedure or function, which a set's
    translation of a MySQL dump does not read.

    >>> plain_mysql_dump("CREATE TABLE `t` (`id` int(11));", "d.sql")
    >>> plain_mysql_dump("USE `shop`;", "d.sql")
    Traceback (most recent call last):
    ...
    sqlsource.SourceError: d.sql now names its own database
    >>> plain_mysql_dump("CREATE VIEW `v` AS SELECT 1;", "d.sql")
    Traceback (most recent call last):
    ...
    sqlsource.SourceError: d.sql now has views or routines
    """
    if "CREATE DATABASE" in text or re.search(r"^USE ", text, re.M):
        raise SourceError(f"{path} now names its own database")
    if re.search(r"CREATE (?:\w+ )*(?:VIEW|TRIGGER|PROCEDURE|FUNCTION)", text):
        raise SourceError(f"{path} now has views or routines")


# --- tokens ---------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""
      (?P<space>\s+|--[^\n]*|/\*.*?\*/)
    | (?P<string>[Nn]?'(?:[^']|'')*')
    | (?P<hex>0[xX][0-9A-Fa-f]*)
    | (?P<money>\$-?\d+(?:\.\d*)?)
    | (?P<number>-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)
    | (?P<name>[A-Za-z_][\w$#]*(?:\s*\.\s*[A-Za-z_][\w$#]*)*)
    | (?P<op>\|\||:=|[(),;=*])
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class _Tok:
    kind: str
    text: str
    at: int


def _tokens(sql: str) -> list[_Tok]:
    out: list[_Tok] = []
    pos = 0
    while pos < len(sql):
        m = _TOKEN.match(sql, pos)
        if m is None:
            raise SourceError(f"unexpected character {sql[pos]!r} at offset {pos}")
        kind = m.lastgroup or ""
        if kind != "space":
            out.append(_Tok(kind, m.group(), pos))
        pos = m.end()
    return out


class _Parser:
    def __init__(self, sql: str) -> None:
        self.toks = _tokens(sql)
        self.i = 0

    def peek(self, offset: int = 0) -> _Tok | None:
        j = self.i + offset
        return self.toks[j] if j < len(self.toks) else None

    def word(self, offset: int = 0) -> str:
        tok = self.peek(offset)
        return tok.text.lower() if tok is not None and tok.kind == "name" else ""

    def take(self, text: str | None = None) -> _Tok:
        tok = self.peek()
        if tok is None:
            raise SourceError(f"statement ends early, expected {text or 'more'}")
        if text is not None and tok.text.lower() != text:
            raise SourceError(f"expected {text!r}, found {tok.text[:40]!r} at offset {tok.at}")
        self.i += 1
        return tok

    def value(self) -> Value:
        parts = [self.primary()]
        while (tok := self.peek()) is not None and tok.text == "||":
            self.take()
            parts.append(self.primary())
        return parts[0] if len(parts) == 1 else Concat(tuple(parts))

    def primary(self) -> Value:
        tok = self.take()
        if tok.kind == "string":
            body = tok.text[2:-1] if tok.text[0] in "Nn" else tok.text[1:-1]
            return body.replace("''", "'")
        if tok.kind == "number":
            return Number(tok.text)
        if tok.kind == "money":
            return Money(tok.text[1:])
        if tok.kind == "hex":
            return bytes.fromhex(tok.text[2:])
        if tok.kind == "name":
            name = re.sub(r"\s+", "", tok.text).lower()
            if name == "null":
                return None
            if (nxt := self.peek()) is not None and nxt.text == "(":
                return Call(name, self.values())
            return Name(name)
        raise SourceError(f"unexpected {tok.text[:40]!r} at offset {tok.at}")

    def values(self) -> tuple[Value, ...]:
        self.take("(")
        out: list[Value] = []
        if (tok := self.peek()) is not None and tok.text == ")":
            self.take()
            return ()
        while True:
            out.append(self.value())
            if self.take().text == ")":
                return tuple(out)

    def insert(self) -> Insert:
        self.take("insert")
        if self.word() == "into":
            self.take()
        table = self.take()
        if table.kind != "name":
            raise SourceError(f"expected a table name, found {table.text[:40]!r}")
        columns = None
        if (tok := self.peek()) is not None and tok.text == "(":
            self.take()
            names = [self.take().text.lower()]
            while self.take().text == ",":
                names.append(self.take().text.lower())
            columns = tuple(names)
        self.take("values")
        rows = [self.values()]
        while (tok := self.peek()) is not None and tok.text == ",":
            self.take()
            rows.append(self.values())
        if (tok := self.peek()) is not None and tok.text == ";":
            self.take()
        return Insert(_unqualified(table.text), columns, rows)


def _unqualified(name: str) -> str:
    return re.sub(r"\s+", "", name).rsplit(".", 1)[-1].lower()


def parse_insert(statement: str) -> Insert:
    """One INSERT statement (Oracle or T-SQL: ``INTO`` optional)."""
    p = _Parser(statement)
    ins = p.insert()
    if p.peek() is not None:
        raise SourceError(f"text after the INSERT into {ins.table}: {p.peek()!r}")
    return ins


def parse_inserts(batch: str) -> list[Insert]:
    """Consecutive INSERT statements with no separator (a T-SQL batch of them)."""
    p = _Parser(batch)
    out = []
    while p.peek() is not None:
        out.append(p.insert())
    return out


def parse_assignment(statement: str) -> tuple[str, Value]:
    """A PL/SQL assignment ``name := value``."""
    p = _Parser(statement)
    name = p.take().text.lower()
    p.take(":=")
    value = p.value()
    if p.peek() is not None:
        raise SourceError(f"text after the assignment to {name}")
    return name, value


# --- statements -----------------------------------------------------------------------------------

#: SQL*Plus commands: a line starting with one of these, between statements, is not SQL
_SQLPLUS = re.compile(
    r"(rem|remark|pro|prompt|set|define|undefine|spool|whenever|connect|conn|exit|show|"
    r"column|col|pause|host|@@?\S*)\b|[./]\s*$|@",
    re.IGNORECASE,
)
#: PL/SQL block keywords dropped in front of a statement: the blocks' statements run one by one
_BLOCK = re.compile(r"^\s*(?:(?:declare|begin)\b\s*)+", re.IGNORECASE)


def oracle_statements(text: str) -> list[str]:
    """The SQL statements of a SQL*Plus script, without their ``;``.

    SQL*Plus commands (``REM``, ``PROMPT``, ``SET``, ``/``...) are dropped, and anonymous PL/SQL
    blocks are flattened: ``BEGIN`` and ``DECLARE`` go, each statement inside is returned alone
    and the block's ``END`` is returned as ``"END"``.

    >>> oracle_statements("REM x\\nBEGIN\\n  INSERT INTO t VALUES ('a;b');\\nEND;\\n/\\n")
    ["INSERT INTO t VALUES ('a;b')", 'END']
    """
    out: list[str] = []
    buf: list[str] = []
    quoted = False
    for line in text.splitlines(keepends=True):
        if not quoted and not "".join(buf).strip():
            buf = []
            stripped = line.strip()
            if not stripped or stripped.startswith("--") or _SQLPLUS.match(stripped):
                continue
        pos = 0
        while pos < len(line):
            ch = line[pos]
            if quoted:
                if ch == "'":
                    quoted = False
                buf.append(ch)
            elif ch == "'":
                quoted = True
                buf.append(ch)
            elif line.startswith("--", pos):
                break
            elif ch == ";":
                stmt = _BLOCK.sub("", "".join(buf)).strip()
                if stmt:
                    out.append(stmt)
                buf = []
            else:
                buf.append(ch)
            pos += 1
        if not quoted and pos < len(line):  # a -- comment ended the line
            buf.append("\n")
    if "".join(buf).strip():
        raise SourceError(f"unterminated statement at the end: {''.join(buf).strip()[:60]!r}")
    return out


def tsql_batches(text: str) -> list[str]:
    """The batches of a T-SQL script: the text between ``GO`` lines."""
    return [b for b in re.split(r"(?im)^\s*go\s*$", text) if b.strip()]


def first_word(statement: str) -> str:
    m = re.match(r"\s*(\w+)", statement)
    return m.group(1).lower() if m else ""


# --- Oracle date and time literals ----------------------------------------------------------------

_FORMAT = {
    "yyyy": r"(?P<year>\d{4})",
    "rr": r"(?P<rr>\d{2})",
    "mm": r"(?P<month>\d{1,2})",
    "mon": r"(?P<mon>[A-Za-z]{3})",
    "dd": r"(?P<day>\d{1,2})",
    "hh24": r"(?P<hour>\d{1,2})",
    "hh": r"(?P<hour12>\d{1,2})",
    "mi": r"(?P<minute>\d{1,2})",
    "ss": r"(?P<second>\d{1,2})",
    "ff": r"(?P<fraction>\d{1,9})",
    "am": r"(?P<ampm>[AaPp][Mm])",
}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def oracle_datetime(value: str, fmt: str) -> str:
    """An Oracle ``TO_DATE``/``TO_TIMESTAMP`` literal as ISO 8601 (the fraction as written, so
    PostgreSQL rounds it to its own precision, as Oracle's TIMESTAMP(6) does).

    >>> oracle_datetime('17-06-2013', 'dd-MM-yyyy')
    '2013-06-17 00:00:00'
    >>> oracle_datetime('16-AUG-07 02.34.12.234359 PM', 'DD-MON-RR HH.MI.SS.FF AM')
    '2007-08-16 14:34:12.234359'
    """
    pattern = ""
    for part in re.split(r"(yyyy|rr|mon|mm|dd|hh24|hh|mi|ss|ff|am|pm)", fmt, flags=re.I):
        key = part.lower().replace("pm", "am")
        pattern += _FORMAT[key] if key in _FORMAT else re.escape(part)
    m = re.fullmatch(pattern, value.strip())
    if m is None:
        raise SourceError(f"date {value!r} does not match format {fmt!r}")
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    # RR: 00-49 in this century, 50-99 in the last (as Oracle reads them in 2000-2049)
    rr = int(g.get("rr", 0))
    year = int(g["year"]) if "year" in g else rr + (2000 if rr < 50 else 1900)
    month = _MONTHS.index(g["mon"].lower()) + 1 if "mon" in g else int(g["month"])
    hour = int(g.get("hour", 0))
    if "hour12" in g:
        hour = int(g["hour12"]) % 12 + (12 if g.get("ampm", "am").lower() == "pm" else 0)
    stamp = datetime(
        year, month, int(g["day"]), hour, int(g.get("minute", 0)), int(g.get("second", 0))
    )
    text = stamp.isoformat(sep=" ")
    return f"{text}.{g['fraction']}" if "fraction" in g else text


# --- PostgreSQL literals --------------------------------------------------------------------------


def concat(value: Value, variables: dict[str, Value] | None = None) -> str:
    """The string a literal, ``chr(n)``, a known variable or a ``||`` of them stands for."""
    if isinstance(value, str):
        return value
    if isinstance(value, Concat):
        return "".join(concat(v, variables) for v in value.parts)
    if isinstance(value, Call) and value.name == "chr" and len(value.args) == 1:
        (code,) = value.args
        if isinstance(code, Number):
            return chr(int(code.text))
    if isinstance(value, Name) and variables and value.text in variables:
        return concat(variables[value.text], variables)
    raise SourceError(f"not a string expression: {value!r}")


def pg_literal(value: Value) -> str:
    """A plain value as a PostgreSQL literal (standard_conforming_strings on)."""
    if value is None:
        return "NULL"
    if isinstance(value, str):
        if "\x00" in value:
            raise SourceError("a NUL character cannot go into PostgreSQL text")
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, bytes):
        return f"'\\x{value.hex()}'::bytea"
    if isinstance(value, Number | Money):
        return value.text
    raise SourceError(f"no plain PostgreSQL literal for {value!r}")


def pg_insert(table: str, columns: Sequence[str], rows: Sequence[Sequence[str]]) -> Iterator[str]:
    """Multi-row INSERT statements (500 rows each) of already written literals."""
    head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES\n"
    for start in range(0, len(rows), 500):
        chunk = rows[start : start + 500]
        yield head + ",\n".join(f"  ({', '.join(r)})" for r in chunk) + ";"


_COPY = re.compile(r"^COPY public\.(\w+|\"\w+\") \(([^)]*)\) FROM stdin;\n(.*?)^\\\.$", re.M | re.S)
_COPY_ESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


def _copy_field(text: str) -> str:
    r"""One field of a COPY text row as a PostgreSQL literal (``\N`` = NULL)."""
    if text == "\\N":
        return pg_literal(None)
    return pg_literal(re.sub(r"\\(.)", lambda m: _COPY_ESCAPES.get(m.group(1), m.group(1)), text))


#: A MySQL string literal (backslash escapes and doubled quotes inside).
_MYSQL_STRING = re.compile(r"'((?:[^'\\]|\\.|'')*)'", re.S)
#: The backslash escapes of MySQL string literals that sample dumps write.
_MYSQL_ESCAPES = {"n": "\n", "r": "\r", "'": "'", '"': '"', "\\": "\\"}


def mysql_strings(values: str) -> str:
    """The VALUES part of a MySQL INSERT with its string literals written in standard SQL (the
    backslash escapes read, quotes doubled); another escape stops the loader.

    >>> mysql_strings(r"(1, 'l\\'organe\\r\\n', NULL)")
    "(1, 'l''organe\\r\\n', NULL)"
    """

    def standard(m: re.Match[str]) -> str:
        def unescape(e: re.Match[str]) -> str:
            if e.group(0) == "''":
                return "'"
            if e.group(1) not in _MYSQL_ESCAPES:
                raise SourceError(f"an unexpected escape \\{e.group(1)} in a string")
            return _MYSQL_ESCAPES[e.group(1)]

        text = re.sub(r"\\(.)|''", unescape, m.group(1), flags=re.S)
        return "'" + text.replace("'", "''") + "'"

    return _MYSQL_STRING.sub(standard, values)


_ALTER = re.compile(r"^ALTER TABLE `(\w+)`\n(.*?);$", re.M | re.S)
_COLS = r"\(((?:`\w+`(?:, ?)?)+)\)"
_PRIMARY = re.compile(rf"  ADD PRIMARY KEY {_COLS}")
_UNIQUE = re.compile(rf"  ADD UNIQUE KEY `\w+` {_COLS}")
_INDEX = re.compile(rf"  ADD KEY `\w+` {_COLS}(?: USING BTREE)?")
_SERIAL = re.compile(
    r"  MODIFY `(\w+)` (?:big)?int(?:\(\d+\))?(?: UNSIGNED)? NOT NULL AUTO_INCREMENT"
    r"(?:, AUTO_INCREMENT=\d+)?"
)
_FOREIGN = re.compile(
    rf"  ADD CONSTRAINT `(\w+)` FOREIGN KEY {_COLS} REFERENCES `(\w+)` {_COLS}"
    r"((?: ON (?:DELETE|UPDATE) (?:CASCADE|SET NULL|RESTRICT|NO ACTION))*)"
)


def mysql_alter_keys(
    text: str, path: str, quote: Callable[[str], str] = str.lower
) -> tuple[dict[str, list[str]], set[tuple[str, str]], list[str]]:
    """From a phpMyAdmin dump's ``ALTER TABLE`` statements: each table's key clauses (primary
    and unique), its ``AUTO_INCREMENT`` columns and its foreign keys as ``ALTER TABLE``
    statements for after the rows; plain indexes are left out. ``quote`` writes a column's
    name (lower case by default). Any other clause is a :class:`SourceError`.
    """

    def names(backticked: str) -> str:
        return ", ".join(quote(n) for n in re.findall(r"`(\w+)`", backticked))

    keys: dict[str, list[str]] = {}
    serial: set[tuple[str, str]] = set()
    foreign: list[str] = []
    for m in _ALTER.finditer(text):
        table = m.group(1).lower()
        for clause in m.group(2).split(",\n"):
            if key := _PRIMARY.fullmatch(clause):
                keys.setdefault(table, []).append(f"PRIMARY KEY ({names(key.group(1))})")
            elif key := _UNIQUE.fullmatch(clause):
                keys.setdefault(table, []).append(f"UNIQUE ({names(key.group(1))})")
            elif _INDEX.fullmatch(clause):
                continue  # a plain index: left out
            elif key := _SERIAL.fullmatch(clause):
                serial.add((table, key.group(1).lower()))
            elif fk := _FOREIGN.fullmatch(clause):
                cname, cols, target, target_cols, actions = fk.groups()
                foreign.append(
                    f"ALTER TABLE {table} ADD CONSTRAINT {cname.lower()} FOREIGN KEY "
                    f"({names(cols)}) REFERENCES {target.lower()} ({names(target_cols)})"
                    f"{actions};"
                )
            else:
                raise SourceError(f"unknown ALTER TABLE clause: {clause.strip()[:60]!r}")
    if text.count("ALTER TABLE") != len(_ALTER.findall(text)):
        raise SourceError(f"{path}: an ALTER TABLE this module cannot read")
    return keys, serial, foreign


def mysql_tables_as_pg(
    text: str,
    path: str,
    table_re: re.Pattern[str],
    insert_re: re.Pattern[str],
    column_sql: Callable[[str], tuple[str, str]],
    keys: dict[str, list[str]],
    serial: set[tuple[str, str]],
    quote: Callable[[str], str] = str,
) -> tuple[dict[str, list[str]], list[str]]:
    """The tables and rows of a phpMyAdmin or mysqldump script as PostgreSQL statements, for a
    set module that translates the DDL column by column (recop, tesis, umrah, simkah).

    ``table_re`` finds each ``CREATE TABLE`` (groups: the name, the column lines),
    ``insert_re`` each ``INSERT`` (the table, its backticked column list, the rows).
    ``column_sql(line)`` gives a column line's name and PostgreSQL definition; ``keys`` the
    key clauses appended to each table (consumed); ``serial`` the ``(table, column)`` pairs
    that are ``AUTO_INCREMENT``, each an integer made an identity column (consumed);
    ``quote`` writes a column's name in an INSERT (``"user"``). Returns each table's columns
    and the statements (DDL, then rows); a key of no table, an INSERT it cannot read or a row
    that does not fit its table's columns is a :class:`SourceError`.
    """
    out: list[str] = []
    columns: dict[str, list[str]] = {}
    for m in table_re.finditer(text):
        name = m.group(1).lower()
        defs: list[str] = []
        columns[name] = []
        for line in m.group(2).split("\n"):
            column, definition = column_sql(line)
            if (name, column) in serial:
                if not re.fullmatch(r"\S+ (?:big)?int(?:eger)? NOT NULL", definition):
                    raise SourceError(f"AUTO_INCREMENT on an unexpected column: {line.strip()!r}")
                kind = definition.split()[1]
                definition = f"{column} {kind} GENERATED BY DEFAULT AS IDENTITY"
                serial.discard((name, column))
            columns[name].append(column)
            defs.append(definition)
        defs.extend(keys.pop(name, []))
        out.append(f"CREATE TABLE {name} (\n  " + ",\n  ".join(defs) + "\n);")
    if keys or serial:
        raise SourceError(f"{path}: keys of unknown tables or columns: {keys} {serial}")
    inserts = list(insert_re.finditer(text))
    if text.count("INSERT INTO") != len(inserts):
        raise SourceError(f"{path}: an INSERT this module cannot read")
    for m in inserts:
        table = m.group(1).lower()
        cols = [c.lower() for c in re.findall(r"`(\w+)`", m.group(2))]
        if cols != columns.get(table):
            raise SourceError(f"{path}: rows of {table} with other columns than its table's")
        ins = parse_insert(f"INSERT INTO {table} VALUES {mysql_strings(m.group(3))}")
        rows = []
        for row in ins.rows:
            if len(row) != len(cols) or not all(
                v is None or isinstance(v, str | Number) for v in row
            ):
                raise SourceError(f"{path}: a row of {table} that does not fit its columns")
            rows.append([pg_literal(v) for v in row])
        out.extend(pg_insert(table, [quote(c) for c in cols], rows))
    return columns, out


def copy_as_inserts(text: str) -> tuple[str, int]:
    r"""A plain ``pg_dump``'s ``COPY public.<table> (...) FROM stdin`` blocks written as INSERTs
    (its text format: tab-separated, ``\N`` for NULL, backslash escapes), and how many blocks
    were read; a row without one field a column fails.

    >>> copy_as_inserts("COPY public.t (a, b) FROM stdin;\n1\tO'Hara\n2\t\\N\n\\.\n")
    ("INSERT INTO public.t (a, b) VALUES\n  ('1', 'O''Hara'),\n  ('2', NULL);\n", 1)
    """

    def inserts(copy: re.Match[str]) -> str:
        columns = [c.strip() for c in copy.group(2).split(",")]
        rows = [[_copy_field(f) for f in line.split("\t")] for line in copy.group(3).splitlines()]
        if any(len(r) != len(columns) for r in rows):
            raise SourceError(f"a row of {copy.group(1)} without {len(columns)} fields")
        return "\n".join(pg_insert(f"public.{copy.group(1)}", columns, rows))

    return _COPY.subn(inserts, text)


def oracle_literal(value: Value, variables: dict[str, Value] | None = None) -> str:
    """An Oracle INSERT value as a PostgreSQL literal: plain values, ``TO_DATE``/``TO_TIMESTAMP``
    (as ISO text) and string expressions (``||``, ``chr``, a PL/SQL variable).

    >>> oracle_literal(Call("to_date", ("17-06-2013", "dd-MM-yyyy")))
    "'2013-06-17 00:00:00'"
    """
    if isinstance(value, Call) and value.name in ("to_date", "to_timestamp"):
        return pg_literal(oracle_datetime(concat(value.args[0]), concat(value.args[1])))
    if isinstance(value, Concat | Name):
        return pg_literal(concat(value, variables))
    return pg_literal(value)


_COMMENT = re.compile(
    r"COMMENT\s+ON\s+(TABLE|COLUMN)\s+([\w$#.]+)\s+IS\s+'((?:[^']|'')*)'\s*", re.I | re.S
)


def comments(
    statements: Sequence[str], tables: set[str], views: frozenset[str] = frozenset()
) -> Iterator[str]:
    """The ``COMMENT ON`` statements among ``statements`` on the tables in ``tables``, the views
    in ``views`` and their columns, rewritten without a schema; those on other objects go."""
    for stmt in statements:
        if first_word(stmt) != "comment":
            continue
        m = _COMMENT.fullmatch(stmt)
        if m is None:
            raise SourceError(f"unreadable comment: {stmt[:60]!r}")
        kind, target, text = m.group(1).upper(), m.group(2).lower(), m.group(3)
        parts = target.split(".")
        target = parts[-1] if kind == "TABLE" else ".".join(parts[-2:])
        if kind == "TABLE" and target in views:
            kind = "VIEW"
        if target.split(".")[0] in tables | views:
            yield f"COMMENT ON {kind} {target} IS {pg_literal(text.replace(chr(39) * 2, chr(39)))};"


# --- tables ---------------------------------------------------------------------------------------

#: table -> its column definitions in order ("name type [constraints]"), as a set module writes them
Tables = dict[str, list[str]]


def create_tables(tables: Tables) -> str:
    """``CREATE TABLE`` statements for ``tables``."""
    return "\n".join(
        f"CREATE TABLE {name} (\n  " + ",\n  ".join(cols) + "\n);" for name, cols in tables.items()
    )


_TABLE_CONSTRAINT = re.compile(r"(constraint|primary|unique|check|foreign)\b", re.I)


def columns_of(tables: Tables, table: str) -> list[str]:
    """The column names of ``table`` (its table constraints left out)."""
    return [c.split()[0] for c in tables[table] if not _TABLE_CONSTRAINT.match(c)]


def rows_by_table(inserts: Sequence[Insert], tables: Tables) -> dict[str, list[dict[str, Value]]]:
    """Each table's rows as column -> value, in source order; a table not in ``tables`` fails."""
    out: dict[str, list[dict[str, Value]]] = {t: [] for t in tables}
    for ins in inserts:
        if ins.table not in tables:
            raise SourceError(f"rows for a table this set does not create: {ins.table}")
        cols = ins.columns or tuple(columns_of(tables, ins.table))
        for row in ins.rows:
            if len(row) != len(cols):
                raise SourceError(f"{ins.table}: {len(row)} values for {len(cols)} columns")
            out[ins.table].append(dict(zip(cols, row, strict=True)))
    return out


def table_inserts(
    tables: Tables,
    rows: dict[str, list[dict[str, Value]]],
    literal: Callable[[str, str, Value], str],
) -> Iterator[str]:
    """INSERT statements for every table's rows, each value written by
    ``literal(table, column, value)``; a column a row does not give gets its DEFAULT."""
    for table, table_rows in rows.items():
        cols = columns_of(tables, table)
        written = [
            [literal(table, c, r[c]) if c in r else "DEFAULT" for c in cols] for r in table_rows
        ]
        yield from pg_insert(table, cols, written)
