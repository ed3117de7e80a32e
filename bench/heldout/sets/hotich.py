"""Held-out set hotich: the database of "Quản Lí Công Dân Thành Phố" (city citizen management),
a WinForms and Entity Framework desktop application (C#, SQL Server) with which the
administration of a Vietnamese city keeps its citizens' household registrations ("hộ khẩu"),
identity cards ("căn cước công dân", CCCD), temporary residence and absence declarations
("tạm trú, tạm vắng"), birth registrations ("khai sinh"), marriage registrations ("hôn nhân")
and personal tax obligations ("thuế"); citizens may also register a log-in account. A team of
three (apparently a students' course project; GitHub account Khan9Tran, the owner, and two
other contributors) wrote it from April to May 2023 (commit times +0700); the repository holds
the C# project and one SQL Server script, ``QuanLiTPData.sql``, that creates the database
``QUANLITP`` and fills it with invented test rows. Every table and column is named in
Vietnamese without diacritics, in PascalCase (``HOKHAU``, ``CONGDAN``, ``CCCD``,
``TAMTRUTAMVANG``, ``KHAISINH``, ``THUE``, ``HONNHAN``; ``Ten``, ``NgheNghiep``, ``SDT``,
``TonGiao``, ``QuanHeVoiChuHo``, ``DacDiem``, ``NgaySinh``, ``GioiTinh``, ``DanToc``,
``QuocTich``, ``NoiSinh``, ``QueQuan``, ``CCCDCha``, ``TenCha``, ``CCCDMe``, ``TenMe``,
``SoTienCanNop``, ``HanNop``, ``CCCDNam``, ``TenNu``); the citizen's identity-card number is
the key of the citizen, identity-card, birth and residence tables and the link to the tax and
marriage rows.

The script holds: households (household number, address, the head's identity-card number);
citizens (identity-card number, name, occupation, phone, religion, household, relation to the
head); identity cards (number, identifying marks, date of issue); temporary residence and
absence declarations (declaration number, citizen, address, from and to dates, status, reason);
birth registrations (the citizen's personal identification number, "mã định danh", the
identity-card number, as the registration's key, name, birth date, registration date, sex,
ethnic group, nationality, birth place, home town, father's and mother's identity-card numbers
and names); tax records (the citizen's tax code, citizen, amount due, amount paid, date the code
was issued, deadline); marriage registrations (number, husband's and wife's identity-card
numbers and names, place and date of registration); and the application's two log-in accounts
(user name, password as typed, access level, display name).
All 8 tables and all 446 rows are loaded.

Translation, in this module: the T-SQL is read batch by batch (``GO``); ``CREATE DATABASE``,
``USE`` and the script's seven ``SELECT *FROM`` lines go; the eight ``CREATE TABLE``s are
written again by hand below for MariaDB (``NVARCHAR(n)`` and ``VARCHAR(n)`` as ``varchar(n)``
in the utf8mb4 database, ``DATE`` as ``date``, ``int`` as ``int``, the primary keys and the
seven foreign keys as declared, the trailing commas T-SQL accepts dropped; table and column
names lower case), and the module checks that each source ``CREATE TABLE`` names exactly the
columns written here. The one-row ``INSERT INTO T(cols) VALUES(...)`` statements (their
``N'...'`` Unicode literals read as plain strings) are parsed by ``sqlsource`` and written
again as MariaDB INSERTs in table order, a column an INSERT leaves out taking its default
(NULL), as in SQL Server. The module checks the statement kinds and the number of rows per
table.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlitesource import literal
from sqlsource import (
    Insert,
    Number,
    SourceError,
    Tables,
    Value,
    columns_of,
    create_tables,
    first_word,
    parse_insert,
    rows_by_table,
    table_inserts,
    text_of,
    tsql_batches,
)

REPO = "Khan9Tran/QuanLiCongDanThanhPhoEntity"
COMMIT = "a5a32c60f37ee3ce7165e6bbe27335e05191b423"
FILES = (
    "QuanLiTPData.sql (the SQL Server script of 'Quản Lí Công Dân Thành Phố', a students' "
    "WinForms and Entity Framework application for a Vietnamese city's civil registry: "
    "households, citizens, identity cards, temporary residence and absence, birth and "
    "marriage registrations, personal taxes, log-in accounts; DDL translated to MariaDB, "
    "all 8 tables and all 446 rows)"
)
LICENCE = "none stated (the repository has no licence file)"
ENGINE = "mysql"

PATH = "QuanLiTPData.sql"

TABLES: Tables = {
    "hokhau": [
        "mahk varchar(15) NOT NULL PRIMARY KEY",
        "diachi varchar(100)",
        "cccdchuho varchar(15)",
    ],
    "congdan": [
        "cccd varchar(15) NOT NULL PRIMARY KEY",
        "ten varchar(30) NOT NULL",
        "nghenghiep varchar(30)",
        "sdt varchar(12)",
        "tongiao varchar(30)",
        "mahk varchar(15)",
        "quanhevoichuho varchar(30)",
        "FOREIGN KEY (mahk) REFERENCES hokhau (mahk)",
    ],
    "cccd": [
        "macccd varchar(15) NOT NULL PRIMARY KEY",
        "dacdiem varchar(50)",
        "ngaycap date",
        "FOREIGN KEY (macccd) REFERENCES congdan (cccd)",
    ],
    "tamtrutamvang": [
        "matttv varchar(15)",
        "cccd varchar(15) NOT NULL PRIMARY KEY",
        "diachi varchar(100)",
        "ngaybd date",
        "ngaykt date",
        "trangthai varchar(50)",
        "lido varchar(100)",
        "FOREIGN KEY (cccd) REFERENCES cccd (macccd)",
    ],
    "khaisinh": [
        "maks varchar(15) NOT NULL PRIMARY KEY",
        "ten varchar(30) NOT NULL",
        "ngaysinh date NOT NULL",
        "ngaydangky date",
        "gioitinh varchar(1) NOT NULL",
        "dantoc varchar(20) NOT NULL",
        "quoctich varchar(20) NOT NULL",
        "noisinh varchar(100)",
        "quequan varchar(100)",
        "cccdcha varchar(15)",
        "tencha varchar(30)",
        "cccdme varchar(15)",
        "tenme varchar(30)",
        "FOREIGN KEY (maks) REFERENCES cccd (macccd)",
    ],
    "thue": [
        "mathue varchar(15) NOT NULL PRIMARY KEY",
        "cccd varchar(15)",
        "sotiencannop varchar(20)",
        "sotiendanop varchar(30)",
        "ngaycap date",
        "hannop date",
        "FOREIGN KEY (cccd) REFERENCES cccd (macccd)",
    ],
    "honnhan": [
        "mahonnhan varchar(15) NOT NULL PRIMARY KEY",
        "cccdnam varchar(15)",
        "tennam varchar(30)",
        "cccdnu varchar(15)",
        "tennu varchar(30)",
        "noidangky varchar(100)",
        "ngaydangky date",
        "FOREIGN KEY (cccdnam) REFERENCES cccd (macccd)",
        "FOREIGN KEY (cccdnu) REFERENCES cccd (macccd)",
    ],
    "account": [
        "username varchar(20) NOT NULL PRIMARY KEY",
        "strpassword varchar(25)",
        "quyentruycap int",
        "displayname varchar(30)",
    ],
}

#: rows per table in the script at COMMIT
ROWS = {
    "hokhau": 31,
    "congdan": 118,
    "cccd": 118,
    "tamtrutamvang": 24,
    "khaisinh": 109,
    "thue": 18,
    "honnhan": 26,
    "account": 2,
}

_STATEMENT_START = re.compile(r"^(?=(?:CREATE|INSERT|SELECT|USE)\b)", re.I | re.M)
_CREATE = re.compile(r"CREATE\s+TABLE\s+(\w+)\s*\((.*)\)\s*;?\s*$", re.I | re.S)
_SELECT = re.compile(r"SELECT\s*\*\s*FROM\s+\w+\s*$", re.I)


def _source_columns(body: str) -> list[str]:
    """The column names of a source ``CREATE TABLE`` body (its constraint lines left out)."""
    names = []
    for part in body.split("\n"):
        part = part.strip().rstrip(",").strip()
        if not part or re.match(r"(FOREIGN|PRIMARY|CONSTRAINT)\b", part, re.I):
            continue
        names.append(part.split()[0].lower())
    return names


def _literal(_table: str, _column: str, v: Value) -> str:
    """A parsed T-SQL value as a MariaDB literal (numbers as written)."""
    if isinstance(v, Number):
        return v.text
    if v is None or isinstance(v, str):
        return literal(v, ENGINE)
    raise SourceError(f"an unexpected value in an INSERT: {v!r}")


def script(read: Callable[[str], bytes]) -> str:
    """The translated DDL and the script's rows, as one MariaDB script."""
    text = text_of(read(PATH)).lstrip("\ufeff")
    if "\\" in text:
        raise SourceError(f"{PATH} now holds a backslash")
    created: list[str] = []
    inserts: list[Insert] = []
    for batch in tsql_batches(text):
        for stmt in _STATEMENT_START.split(batch):
            stmt = stmt.strip()
            if not stmt:
                continue
            word = first_word(stmt)
            if word == "create" and re.match(r"CREATE\s+DATABASE\s+QUANLITP\s*$", stmt, re.I):
                continue
            if word == "use" and re.fullmatch(r"USE\s+QUANLITP", stmt, re.I):
                continue
            if word == "select" and _SELECT.fullmatch(stmt):
                continue
            if word == "create":
                m = _CREATE.match(stmt)
                if m is None:
                    raise SourceError(f"unexpected CREATE: {stmt[:60]!r}")
                table = m.group(1).lower()
                if table not in TABLES:
                    raise SourceError(f"{PATH} now creates the table {table}")
                if _source_columns(m.group(2)) != columns_of(TABLES, table):
                    raise SourceError(f"{PATH}: the columns of {table} changed")
                created.append(table)
                continue
            if word == "insert":
                for line in stmt.splitlines():
                    if line.strip():
                        inserts.append(parse_insert(line.strip().rstrip(";")))
                continue
            raise SourceError(f"unexpected statement in {PATH}: {stmt[:60]!r}")
    if sorted(created) != sorted(TABLES):
        raise SourceError(f"{PATH} creates {created}, expected {list(TABLES)}")
    rows = rows_by_table(inserts, TABLES)
    counts = {t: len(r) for t, r in rows.items()}
    if counts != ROWS:
        raise SourceError(f"{PATH}: rows per table {counts}, expected {ROWS}")
    body = "\n".join(table_inserts(TABLES, rows, _literal))
    ddl = create_tables(TABLES).replace("\n);", "\n) DEFAULT CHARSET=utf8mb4;")
    return "SET NAMES utf8mb4;\n" + ddl + "\n" + body + "\n"
