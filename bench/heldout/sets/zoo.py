"""Held-out set zoo: the database of a zoo ("Zoo"), a school project ("Schulprojekt
Datenbankerweiterung / -integration", March and April 2023) of a group of students of a German
vocational school class (one contributor account is named after the class, GitOSFI20), on
Microsoft SQL Server: the zoo's departments and working groups, its staff (surname, first name,
street, postcode and town of their homes, in and around Dresden), the keepers' enclosures, the
animals (some with a name, most only with a description and a count), animal species and
classes, enclosures and the buildings and grounds they belong to, feed, feed categories, rations
and the amounts of feed per ration, and the empty tables of treatments, diagnoses, feedings,
stores and stock. Every table and column is named in German (``Mitarbeiter.Name``,
``Vorname``, ``Strasse``, ``PLZ``, ``Ort``, ``Gehegebetreuung.Pfleger_Nr``,
``Tiere.Bezeichnung``, ``Futterration.Häufigkeit``), an original German schema.

The repository keeps the database as a script that SQL Server Management Studio generated with
its data (``zoo_script_neu.sql``, UTF-16, 18 April 2023): the database, its logins, users,
roles and schemas, 21 tables, 25 views and their grants, 557 single-row INSERTs and the foreign
keys. All 21 tables and all their rows are loaded: 69 staff, 70 keeper-enclosure links, 77
animals, 31 species, 6 classes, 40 enclosures, 11 objects of 2 kinds, 15 working groups in 3
departments, 26 feeds in 8 categories, 87 rations and 112 ration amounts.

Translation, in this module: the tables are created in MariaDB from the script's own
``CREATE TABLE`` blocks (each column's name lower-cased, ``smallint``, ``int`` and ``date`` kept,
``nvarchar(n)`` as ``varchar(n)``, ``IDENTITY(1,1)`` as ``AUTO_INCREMENT``, the ``NULL``/``NOT
NULL`` and the clustered primary keys as written); the INSERT rows are parsed (``sqlsource``) and
written again as MariaDB INSERTs with the same values; the script's 22 foreign keys are added
after the rows. Left out: the database, file, login, user, role, schema and permission
statements, ``SET IDENTITY_INSERT``, and the views (they repeat base-table columns).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import Number, SourceError, Value, parse_insert

REPO = "CrytoxXD/projekt-zoo"
COMMIT = "f0f32b6114b181e7cf8733e1a41f762af5a5cad7"
FILES = (
    "zoo_script_neu.sql (the SQL Server Management Studio script, with data, of the database of "
    "a zoo, a German vocational school class's project of 2023, tables and columns named in "
    "German: departments, working groups and staff with name and home address, keepers' "
    "enclosures, animals, species and classes, enclosures and objects, feed, feed categories, "
    "rations and amounts, and empty treatment, diagnosis, feeding and store tables; all 21 "
    "tables and all 557 rows)"
)
LICENCE = "none stated (the repository has no licence file; a school project)"
ENGINE = "mysql"

PATH = "zoo_script_neu.sql"
TABLES = [
    "abteilung",
    "arbeitsgruppe",
    "art",
    "behandlung",
    "behandlung_diagnose",
    "diagnose",
    "futter",
    "futterkategorie",
    "futtermenge",
    "futterration",
    "gehege",
    "gehegebetreuung",
    "klasse",
    "lager",
    "lagerposition",
    "mitarbeiter",
    "objektart",
    "objekte",
    "personal_behandlung",
    "personal_fuetterung",
    "tiere",
]
INSERTS = 557
FOREIGN_KEYS = 22

_CREATE = re.compile(r"^CREATE TABLE \[dbo\]\.\[(\w+)\]\(\n(.*?)\n\) ON \[PRIMARY\]$", re.S | re.M)
_COLUMN = re.compile(
    r"\t\[(\w+)\] \[(smallint|int|date|nvarchar)\](?:\((\d+)\))?( IDENTITY\(1,1\))? "
    r"(NOT NULL|NULL),"
)
_PK = re.compile(r" CONSTRAINT \[\w+\] PRIMARY KEY CLUSTERED \n\((.*?)\)", re.S)
_FK = re.compile(
    r"^ALTER TABLE \[dbo\]\.\[(\w+)\]  WITH CHECK ADD  CONSTRAINT \[(\w+)\] "
    r"FOREIGN KEY\(\[(\w+)\]\)\nREFERENCES \[dbo\]\.\[(\w+)\] \(\[(\w+)\]\)$",
    re.M,
)
_BRACKETED = re.compile(r"\[([^\]\s']+)\]")


def _text(data: bytes) -> str:
    """The script's text: SSMS writes UTF-16 with a byte-order mark."""
    if not data.startswith(b"\xff\xfe"):
        raise SourceError(f"{PATH} is no longer UTF-16")
    return data.decode("utf-16").replace("\r\n", "\n")


def _table(name: str, body: str) -> str:
    """One ``CREATE TABLE`` for MariaDB from the body of the script's own."""
    cols, _, rest = body.partition(" CONSTRAINT ")
    lines = []
    for line in cols.strip("\n").splitlines():
        m = _COLUMN.fullmatch(line)
        if not m:
            raise SourceError(f"{PATH}: unexpected column line in {name}: {line.strip()[:60]!r}")
        column, kind, size, identity, null = m.groups()
        typ = f"varchar({size})" if kind == "nvarchar" else kind
        lines.append(f"  `{column.lower()}` {typ} {null}{' AUTO_INCREMENT' if identity else ''}")
    pk = _PK.search(" CONSTRAINT " + rest)
    if not pk:
        raise SourceError(f"{PATH}: no primary key in {name}")
    keys = re.findall(r"\[(\w+)\] ASC", pk.group(1))
    lines.append(f"  PRIMARY KEY ({', '.join(f'`{k.lower()}`' for k in keys)})")
    return f"CREATE TABLE `{name.lower()}` (\n" + ",\n".join(lines) + "\n);"


def _literal(value: Value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, Number):
        return value.text
    if isinstance(value, str):
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"
    raise SourceError(f"{PATH}: unexpected value {value!r}")


def _insert(line: str) -> str:
    """One INSERT of the script for MariaDB: brackets off the names, the values as written."""
    head, sep, tail = line.partition(" VALUES ")
    if not sep:
        raise SourceError(f"{PATH}: an INSERT without VALUES: {line[:60]!r}")
    ins = parse_insert(_BRACKETED.sub(r"\1", head) + sep + tail)
    if ins.columns is None or len(ins.rows) != 1:
        raise SourceError(f"{PATH}: unexpected INSERT into {ins.table}")
    cols = ", ".join(f"`{c}`" for c in ins.columns)
    values = ", ".join(_literal(v) for v in ins.rows[0])
    return f"INSERT INTO `{ins.table}` ({cols}) VALUES ({values});"


def script(read: Callable[[str], bytes]) -> str:
    """The tables, the rows and the foreign keys of the SSMS script, for MariaDB."""
    text = _text(read(PATH))
    tables = _CREATE.findall(text)
    if sorted(name.lower() for name, _ in tables) != TABLES:
        raise SourceError(f"{PATH}: expected the tables {' '.join(TABLES)}, found {tables}")
    out = [_table(name, body) for name, body in tables]
    inserts = [line for line in text.splitlines() if line.startswith("INSERT ")]
    if len(inserts) != INSERTS:
        raise SourceError(f"{PATH}: expected {INSERTS} INSERTs, found {len(inserts)}")
    out += [_insert(line) for line in inserts]
    keys = _FK.findall(text)
    if len(keys) != FOREIGN_KEYS:
        raise SourceError(f"{PATH}: expected {FOREIGN_KEYS} foreign keys, found {len(keys)}")
    for table, name, column, ref, ref_column in keys:
        out.append(
            f"ALTER TABLE `{table.lower()}` ADD CONSTRAINT `{name.lower()}` "
            f"FOREIGN KEY (`{column.lower()}`) REFERENCES `{ref.lower()}` (`{ref_column.lower()}`);"
        )
    return "\n".join(out) + "\n"
