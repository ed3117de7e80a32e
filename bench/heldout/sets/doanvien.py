"""Held-out set doanvien: the database of a website with which the Youth Union (Đoàn Thanh niên
Cộng sản Hồ Chí Minh, the Ho Chi Minh Communist Youth Union, whose student members are "đoàn
viên") of a Vietnamese university's School of Engineering and Technology ("Khoa Kỹ thuật và Công
nghệ") keeps its members, their branches, the movements and activities they take part in and
the evaluation and ranking of members and branches each semester and school year. It is the
graduation project ("Xây dựng Website quản lý đoàn viên khoa Kỹ thuật và Công nghệ") of one
student of class DA20TTA (README: Nguyễn Thị Ngọc Chăm; commits as Ngoccham05 and under that
name, 1 to 25 January 2024, UTC+7), a Laravel application on MySQL/MariaDB (XAMPP) with the
report, poster and slides in the repository; the sample members' home town is Trà Vinh and the
class and student-number shapes are those of Trà Vinh University. Every table and column is
named in Vietnamese without diacritics, mostly abbreviated (``doanvien``, ``chidoan``,
``madv``, ``hoten``, ``gioitinh``, ``ngaysinh``, ``sdt``, ``diachi``, ``ngayvaodoan``,
``noivaodoan``, ``minhchung``).

A member ("doanvien") is keyed by the student number ("madv", nine digits) and has a full name,
gender ("Nam"/"Nữ"), birth date, phone, address (a district and province), the date and the place
of admission to the Union ("ngayvaodoan", "noivaodoan"), a branch ("chi đoàn", here a class such as
DA20TTA) and a Union office ("chucvu": from secretary of the School's Union to plain member). The
member's login ("tkdoanvien") uses the student number as user name, with a password (an unsalted
MD5 hash, one plain text), an active flag and a role; the administrator ("tkadmin") has a user
name, a plain-text password, a flag and a role. Branches ("chidoan") belong to a field of study
("nganh"). Activities ("hoatdong": name, date, place, description, the file listing the
participants) and who took part ("thamgia"); evaluation periods ("dotdg": semester or year, dates,
state), the criteria of a member's evaluation ("tieuchi"), the criteria each member met in a period
with a link to the evidence ("dattc": a Google Drive URL), the ranking of each member and of each
branch per period ("danhgiadv", "danhgiacd", against "loaidv" and "loaicd"), and the Union's
downloadable forms ("bieumau").

Source: ``scr/public/DB/DA20TTA_CN_NguyenThiNgocCham_110120008_CSDL.sql``, the phpMyAdmin 5.2.0
dump (MariaDB 10.4.27) of the application's database, generated on 7 January 2024 going by its
Vietnamese header and committed that day ("Upload Import File"); the README says to import it as
the sample data ("có dữ liệu mẫu"). All 16 tables and all their 249 rows are loaded: 36 members
with their 36 logins, 1 administrator, 3 branches (the classes DA20TTA, DA20TTB and DA20DT), 8
offices, 3 fields of study, 6 activities of 2022 and 2023 with 6 participations, 2 evaluation
periods, 10 criteria, 102 criteria met by 17 members (9 different evidence links, one per
criterion), 21 rankings of 19 members, 3 rankings of branches and 4 forms. Whether the members'
names and birth dates are real classmates' cannot be told from the data (the author's own student
number is among them; the phones, with 30 different three-digit beginnings, look typed in, and 35
of the 36 members' passwords are the same hash).

Translation, in this module, from MySQL to PostgreSQL: each ``CREATE TABLE`` is rewritten
column by column (``bigint(20) UNSIGNED`` and ``bigint(20)``: ``bigint``; ``varchar``,
``text`` and ``date`` kept; the column's character set and collation and the table options
dropped); identifiers are lower-cased; from the dump's ``ALTER TABLE`` statements the primary
keys go into the table, the ``AUTO_INCREMENT`` keys become identity columns, the plain indexes
are left out and the foreign keys are added after the rows (the ``USING BTREE`` of
``tkadmin``'s primary key, a MySQL index method, is dropped before they are read). Every row of
every ``INSERT`` is kept, its string literals read as MySQL writes them. Anything else in a
table definition, an ``ALTER TABLE`` or a row stops the loader.

    >>> line = "  `madv` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    >>> column_sql(line + " NOT NULL,")
    ('madv', 'madv varchar(10) NOT NULL')
    >>> column_sql("  `manganh` bigint(20) UNSIGNED NOT NULL")
    ('manganh', 'manganh bigint NOT NULL')
    >>> column_sql("  `ngayvaodoan` date DEFAULT NULL,")
    ('ngayvaodoan', 'ngayvaodoan date DEFAULT NULL')
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import (
    SourceError,
    mysql_alter_keys,
    mysql_tables_as_pg,
    plain_mysql_dump,
    text_of,
)

REPO = "Ngoccham05/cn-da20tta-nguyenthingoccham-qldoanvien-laravel"
COMMIT = "565adc2ad566b6211429d98f75a798498d594a1c"
PATH = "scr/public/DB/DA20TTA_CN_NguyenThiNgocCham_110120008_CSDL.sql"
FILES = (
    f"{PATH} (the phpMyAdmin dump, MariaDB 10.4, 7 January 2024, of a Laravel website with "
    "which the Ho Chi Minh Communist Youth Union of a Vietnamese university's School of "
    "Engineering and Technology manages its student members, a student's graduation project, "
    "named in Vietnamese: members keyed by student number with name, gender, birth date, phone, "
    "address, date and place of admission to the Union, branch and Union office, their logins, "
    "administrators, branches, fields of study, activities and participation, evaluation "
    "periods, criteria met with evidence links, rankings of members and branches, forms; all 16 "
    "tables and all rows)"
)
LICENCE = (
    "none stated (no licence file; composer.json's license field is MIT, the Laravel skeleton's)"
)
ENGINE = "postgresql"

#: the tables of the dump
TABLES = (
    "bieumau",
    "chidoan",
    "chucvu",
    "danhgiacd",
    "danhgiadv",
    "dattc",
    "doanvien",
    "dotdg",
    "hoatdong",
    "loaicd",
    "loaidv",
    "nganh",
    "thamgia",
    "tieuchi",
    "tkadmin",
    "tkdoanvien",
)

_COLUMN = re.compile(
    r"  `(\w+)` (bigint\(20\)(?: UNSIGNED)?|varchar\(\d+\)|text|date)"
    r"(?: CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci)?( NOT NULL| DEFAULT NULL),?"
)
_TABLE = re.compile(
    r"^CREATE TABLE `(\w+)` \(\n(.*?)\n\) ENGINE=InnoDB DEFAULT CHARSET=(utf8|utf8mb4) "
    r"COLLATE=\3_unicode_ci;$",
    re.M | re.S,
)
_INSERT = re.compile(r"^INSERT INTO `(\w+)` \(([^)]*)\) VALUES\n(.*?\));$", re.M | re.S)
#: the one key clause with an index method, written without it
_BTREE = (
    "  ADD PRIMARY KEY (`username_admin`) USING BTREE;",
    "  ADD PRIMARY KEY (`username_admin`);",
)


def column_sql(line: str) -> tuple[str, str]:
    """One column line of the dump: its name and its PostgreSQL definition (without identity)."""
    m = _COLUMN.fullmatch(line)
    if m is None:
        raise SourceError(f"unknown column definition: {line.strip()[:60]!r}")
    name, kind, clause = m.groups()
    name = name.lower()
    kind = "bigint" if kind.startswith("bigint") else kind
    return name, f"{name} {kind}{clause}"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the dump's tables as one PostgreSQL script."""
    text = text_of(read(PATH)).replace("\r\n", "\n")
    plain_mysql_dump(text, PATH)
    if text.count("CREATE TABLE") != len(TABLES):
        raise SourceError(f"{PATH}: {text.count('CREATE TABLE')} CREATE TABLE statements")
    if text.count("USING BTREE") != 1 or _BTREE[0] not in text:
        raise SourceError(f"{PATH}: index methods other than tkadmin's primary key's")
    text = text.replace(*_BTREE)
    keys, serial, foreign = mysql_alter_keys(text, PATH)
    columns, out = mysql_tables_as_pg(text, PATH, _TABLE, _INSERT, column_sql, keys, serial)
    if sorted(columns) != sorted(TABLES):
        raise SourceError(f"{PATH}: tables {sorted(columns)}, not {TABLES}")
    return "\n".join(out + foreign) + "\n"
