"""Held-out set sportsclub: the database of a Greek multi-sport club (football, basketball,
tennis, volleyball, swimming), a student's project of the second databases course ("db2") of the
computer engineering department of the former TEI of Eastern Macedonia and Thrace, now the
International Hellenic University (the README links the student's course page on
lessons.dcie.teiemt.gr), pushed to GitHub by one account (niteazi) in 196 commits from October
2023 to January 2024, with a small PHP web front end under ``web/``.

Every table and column is named in Greek written in Latin letters ("Greeklish", with ``8`` for
theta in ``A8LITIS``/``A8LIMA`` and ``w`` for omega): ``A8LIMA`` (sport: ``onoma_athlimatos``
name, ``tropos_paixnidiou`` team or individual, ``exoplismos`` equipment), ``EGKATASTASEIS``
(facilities: code, ``onoma_egkatastashs`` name, sport, ``typos_gypedou`` indoor or outdoor,
``xwrhtikothta`` capacity), ``SEASON`` (``epoxh`` winter or spring, ``etos`` year, totals of
``agwnwn`` matches, ``nikwn`` wins and ``httwn`` defeats), ``PROPONHTHS`` (coaches:
``kwdikos_proponhth`` code, ``athlima`` sport, ``onomateponymo`` full name, ``etiypiresias``
years of service, ``amivi`` pay), ``A8LITIS`` (athletes: ``aem_athliti`` registration number,
``onomateponymo`` full name, ``fylo`` sex, ``hmerominia_eggrafis`` date of registration,
``hmerominia_gennhshs`` date of birth, coach, sport), ``AGWNAS`` (matches: code, sport, season,
``hmeromhnia_dieksagwghs`` date, ``wra_dieksagwghs`` time, ``apotelesma`` result, ``eidos_match``
friendly or competitive, ``topothesia`` home or away), ``PROPONHSH`` (weekly training sessions:
time, ``hmera_dieksagwghs`` weekday, ``diarkeia_se_lepta`` minutes), ``AGWNES_A8LITI`` (which
athlete played which match), ``PROPONHSH_PROPONHTHS`` (which coach runs which session),
``TRAUMATISMOS`` (injuries: athlete, ``hmeromhnia`` date and time, ``typos_traumatismou`` kind of
injury, ``anafora_symvantos`` account of the incident, ``sovarotita`` severity) and
``STATISTIKA`` (a match's ``diarkeia_se_lepta`` duration, ``arithmos_theatwn`` spectators,
``kairikes_synthikes`` weather, ``antipalos`` opponent). Many values are in Greek letters.

``meros_1.sql`` ("part 1") is the project's MySQL script: it drops and creates the database
``sports_club``, drops and creates the 11 tables with column CHECK constraints, keys and foreign
keys, then fills every table with one multi-row ``INSERT`` without a column list: the student's
sample rows, 99 in all (5 sports, 9 facilities, 5 seasons, 7 coaches, 19 athletes, 13 matches,
9 training sessions, 11 match appearances, 11 session assignments, 5 injuries, 5 match
statistics). ``meros_2.sql`` (part 2: queries, two views, a procedure, a trigger with its
message table and one more injury row inserted to fire it) is not loaded.

Translation, in this module: line ends CRLF to LF; the database statements and the ``DROP
TABLE`` lines go; each ``CREATE TABLE`` is kept with its backticks removed (so the upper-case
names fold to lower case) and these MySQL types rewritten: ``int(n)``/``INT(n)``: ``integer``,
``YEAR``: ``smallint``, ``TINYTEXT``: ``text``, ``DATETIME``: ``timestamp``, ``float``: ``real``
(``varchar(n)``, ``DATE``, ``TIME``, ``TEXT``, the CHECK constraints, primary, unique and foreign
keys as written); every row of every ``INSERT`` is kept and written with the table's column
list. Anything else in a table definition or a row stops the loader.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import Number, SourceError, parse_insert, pg_insert, pg_literal, text_of

REPO = "niteazi/mysql_sports-club"
COMMIT = "a3fda221208ebc4c2a451e14c69554ecb1f55f17"
PATH = "meros_1.sql"
FILES = (
    "meros_1.sql (part 1 of a student's databases-course project at the International Hellenic "
    "University, 2023-2024: the MySQL schema of a Greek multi-sport club, named in "
    "Greek written in Latin letters, and its sample rows; all 11 tables and all 99 rows)"
)
LICENCE = "none stated (the repository has no licence file; a student's course work)"
ENGINE = "postgresql"

TABLES = [
    "A8LIMA",
    "EGKATASTASEIS",
    "SEASON",
    "PROPONHTHS",
    "A8LITIS",
    "AGWNAS",
    "PROPONHSH",
    "AGWNES_A8LITI",
    "PROPONHSH_PROPONHTHS",
    "TRAUMATISMOS",
    "STATISTIKA",
]

_TABLE = re.compile(
    r"^ *CREATE TABLE (?:IF NOT EXISTS|if not exists) `(\w+)` \(\n(.*?)\n\);$", re.M | re.S
)
_INSERT = re.compile(r"^INSERT INTO (\w+) *\nVALUES *\n(.*?\)); *$", re.M | re.S)
_COLUMN = re.compile(
    r"  `(\w+)` +(varchar\(\d+\)|VARCHAR\(\d+\)|int\(\d\)|INT\(\d\)|YEAR|TINYTEXT|TEXT|DATETIME"
    r"|DATE|TIME|float)(.*?),?"
)
_TYPES = {"YEAR": "smallint", "TINYTEXT": "text", "DATETIME": "timestamp", "float": "real"}
_CONSTRAINT = re.compile(r"  (PRIMARY KEY|FOREIGN KEY|foreign key|UNIQUE|CHECK) ?\(.*?,?")


def column_sql(line: str) -> tuple[str, str]:
    """One column line of the script: its name and its PostgreSQL definition.

    >>> column_sql("  `etos` YEAR NOT NULL,")
    ('etos', 'etos smallint NOT NULL')
    >>> column_sql("  `xwrhtikothta`  INT(4) NOT NULL,")
    ('xwrhtikothta', 'xwrhtikothta integer NOT NULL')
    """
    m = _COLUMN.fullmatch(line)
    if m is None:
        raise SourceError(f"unknown column definition: {line.strip()[:60]!r}")
    name, kind, rest = m.groups()
    if re.fullmatch(r"(?i)int\(\d\)", kind):
        kind = "integer"
    elif kind.lower().startswith("varchar"):
        kind = kind.lower()
    else:
        kind = _TYPES.get(kind, kind.lower())
    rest = rest.replace("`", "").strip().rstrip(",").strip()
    if rest and not re.fullmatch(r"NOT NULL(?: CHECK ?\(.*\))?|CHECK ?\(.*\)", rest):
        raise SourceError(f"unexpected column clause: {line.strip()[:60]!r}")
    return name, f"{name} {kind}" + (f" {rest}" if rest else "")


def table_sql(name: str, body: str) -> tuple[str, list[str]]:
    """The PostgreSQL CREATE TABLE of one table of the script, and its columns in order."""
    defs: list[str] = []
    columns: list[str] = []
    for line in body.split("\n"):
        if not line.strip():
            continue
        if _CONSTRAINT.fullmatch(line):
            defs.append(line.strip().rstrip(",").replace("`", ""))
            continue
        column, definition = column_sql(line)
        columns.append(column)
        defs.append(definition)
    return f"CREATE TABLE {name.lower()} (\n  " + ",\n  ".join(defs) + "\n);", columns


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of ``meros_1.sql`` as one PostgreSQL script."""
    text = text_of(read(PATH)).replace("\r\n", "\n")
    if "\\" in text or '"' in text:
        raise SourceError(f"{PATH} now has a backslash or double quote this module does not read")
    out: list[str] = []
    columns: dict[str, list[str]] = {}
    for m in _TABLE.finditer(text):
        ddl, cols = table_sql(m.group(1), m.group(2))
        columns[m.group(1)] = cols
        out.append(ddl)
    if list(columns) != TABLES or len(re.findall(r"CREATE TABLE\b", text)) != len(TABLES):
        raise SourceError(f"{PATH}: expected the tables {' '.join(TABLES)}, found {list(columns)}")
    inserts = list(_INSERT.finditer(text))
    if [m.group(1) for m in inserts] != TABLES or text.count("INSERT INTO") != len(TABLES):
        raise SourceError(f"{PATH}: expected one INSERT per table, in the order of {TABLES}")
    for m in inserts:
        ins = parse_insert(f"INSERT INTO {m.group(1)} VALUES {m.group(2)}")
        cols = columns[m.group(1)]
        rows = []
        for row in ins.rows:
            if len(row) != len(cols) or not all(
                v is None or isinstance(v, str | Number) for v in row
            ):
                raise SourceError(f"{PATH}: a row of {m.group(1)} that does not fit its columns")
            rows.append([pg_literal(v) for v in row])
        out.extend(pg_insert(m.group(1).lower(), cols, rows))
    return "\n".join(out) + "\n"
