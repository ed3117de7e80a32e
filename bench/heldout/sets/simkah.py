"""Held-out set simkah: the database of SIMKAH Tallo ("Sistem Informasi Manajemen Nikah", marriage
management information system), a web application with which a KUA (Kantor Urusan Agama, the Office
of Religious Affairs that registers Muslim marriages in each Indonesian subdistrict) takes couples'
registrations for a marriage, here the KUA of Kecamatan Tallo in Makassar (South Sulawesi), going by
the address on its home page. Two developers (commit names Rahmat Ilyas, rahmat-ilyas and
Rahmat-Ilyas, 51 commits, and Awal Fikri, 5; 56 commits from 29 April 2021 to 18 February 2022,
UTC+8) wrote it in plain PHP on MySQL/MariaDB (``mysqli`` queries, AdminLTE pages for the office's
staff). Every table and nearly every column is named in Indonesian (``tb_data_suami``,
``tb_data_istri``, ``tb_data_wali``, ``tggl_lahir``, ``tempat_lahir``, ``agama``, ``no_kk``,
``nama_as``, ``jenis_mk``).

A couple registers on the public form ("tb_pendaftar": a registration number, the village or urban
ward ("desa"/"kelurahan") chosen first, whether the ceremony ("akad nikah") takes place at the KUA
or elsewhere, its date, time and address, the registrant's e-mail, the assigned officiant and the
state of the registration). The groom ("suami") and the bride ("istri") each give citizenship (WNI
or WNA), NIK (the national identity number), name, place and date of birth, age, address, marital
status (a bachelor ("Jejaka"), a man with a wife ("Beristri"), a virgin ("Perawan"), divorced or
widowed), religion, occupation and the file name of a passport photo; the bride's marriage guardian
("wali nikah") gives NIK, family-card number ("no_kk"), name, whether a guardian by lineage or a
judge ("Nasabah" or "Hakim"), religion, relationship to the bride, place and date of birth, age,
address, phone, occupation and "bin" (the name of the guardian's father). At the examination before
the wedding ("tb_pemeriksaan") the staff record the NIK, name, religion, occupation and address of
the groom's father and mother and of the bride's father and mother (suffixes ``_as``, ``_is``,
``_ai``, ``_ii``) and the dowry ("mas kawin": kind, amount, paid in cash or by instalments). The
office keeps its officiants ("tb_penghulu": name, civil-servant number (NIP), address, rank, phone,
active or not), the villages of the district and an admin account (user name, bcrypt hash).

Source: ``db_simkah.sql`` at the head of the repository, the phpMyAdmin 5.1.0 dump (MariaDB
10.4.19) of the database ``db_simkah``, generated on 26 June 2021 going by its (Indonesian)
header and last changed by a commit of that day ("Fix Duplikat Buku Nikah"); the later code also
reads tables for requests of a duplicate marriage book and for user accounts (``tb_pengajuan``,
``tb_user``) that the dump never gained. All 8 tables and all their 15 rows are loaded: 2
registrations with their 2 grooms, 2 brides and 2 guardians (one couple entered twice), 1
examination, 2 officiants, 3 villages and the admin account. The rows are the developers' test
entries (NIKs of 8 to 13 digits; the couple, the guardian and the ceremony share one Jakarta
address); the registrant's e-mail is empty in both registrations.

Translation, in this module, from MySQL to PostgreSQL: each ``CREATE TABLE`` is rewritten column
by column (``int(11)``: ``integer``, ``datetime``: ``timestamp``, ``varchar`` and ``date`` kept,
the table options dropped); identifiers are lower-cased; from the dump's ``ALTER TABLE``
statements the primary keys go into the table and the ``AUTO_INCREMENT`` keys become identity
columns (the dump has no other keys or indexes). Every row of every ``INSERT`` is kept, its string
literals read as MySQL writes them. Anything else in a table definition, an ``ALTER TABLE`` or a
row stops the loader.

    >>> column_sql("  `tggl_lahir` datetime NOT NULL,")
    ('tggl_lahir', 'tggl_lahir timestamp NOT NULL')
    >>> column_sql("  `penghulu_id` int(11) DEFAULT NULL,")
    ('penghulu_id', 'penghulu_id integer DEFAULT NULL')
    >>> column_sql("  `pas_foto` varchar(255) NOT NULL")
    ('pas_foto', 'pas_foto varchar(255) NOT NULL')
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import (
    SourceError,
    mysql_tables_as_pg,
    plain_mysql_dump,
    text_of,
)

REPO = "Rahmat-Ilyas/simkah_tallo"
COMMIT = "de7c930d61f745e141f19090351ff24a06d65e26"
PATH = "db_simkah.sql"
FILES = (
    f"{PATH} (the phpMyAdmin dump, MariaDB 10.4, 26 June 2021, of SIMKAH Tallo, the PHP "
    "application with which the Office of Religious Affairs (KUA) of Tallo, Makassar, registers "
    "marriages, named in Indonesian: registrations with the ceremony's date and address, groom's "
    "and bride's NIK, name, birth place and date, age, address, marital status, religion, "
    "occupation and photo, the bride's guardian with family-card number and phone, the "
    "examination with both couples' parents and the dowry, officiants, villages, admin account; "
    "all 8 tables and all rows)"
)
LICENCE = "none stated (no licence file, no README; two developers' project for a KUA)"
ENGINE = "postgresql"

#: the tables of the dump
TABLES = (
    "tb_admin",
    "tb_data_istri",
    "tb_data_suami",
    "tb_data_wali",
    "tb_desa",
    "tb_pemeriksaan",
    "tb_pendaftar",
    "tb_penghulu",
)

_COLUMN = re.compile(
    r"  `(\w+)` (int\(11\)|varchar\(\d+\)|datetime|date)( NOT NULL| DEFAULT NULL),?"
)
_TYPES = {"int(11)": "integer", "datetime": "timestamp"}
_TABLE = re.compile(
    r"^CREATE TABLE `(\w+)` \(\n(.*?)\n\) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;$", re.M | re.S
)
_ALTER = re.compile(r"^ALTER TABLE `(\w+)`\n(.*?);$", re.M | re.S)
_PRIMARY = re.compile(r"  ADD PRIMARY KEY \(`(\w+)`\)")
_SERIAL = re.compile(r"  MODIFY `(\w+)` int\(11\) NOT NULL AUTO_INCREMENT(?:, AUTO_INCREMENT=\d+)?")
_INSERT = re.compile(r"^INSERT INTO `(\w+)` \(([^)]*)\) VALUES\n(.*?\));$", re.M | re.S)


def column_sql(line: str) -> tuple[str, str]:
    """One column line of the dump: its name and its PostgreSQL definition (without identity)."""
    m = _COLUMN.fullmatch(line)
    if m is None:
        raise SourceError(f"unknown column definition: {line.strip()[:60]!r}")
    name, kind, clause = m.groups()
    name = name.lower()
    return name, f"{name} {_TYPES.get(kind, kind)}{clause}"


def _keys(text: str) -> tuple[dict[str, str], set[tuple[str, str]]]:
    """From the dump's ALTER TABLE statements: each table's primary key clause and its identity
    columns."""
    keys: dict[str, str] = {}
    serial: set[tuple[str, str]] = set()
    for m in _ALTER.finditer(text):
        table = m.group(1).lower()
        for clause in m.group(2).split(",\n"):
            if key := _PRIMARY.fullmatch(clause):
                if table in keys:
                    raise SourceError(f"{PATH}: two primary keys for {table}")
                keys[table] = f"PRIMARY KEY ({key.group(1).lower()})"
            elif key := _SERIAL.fullmatch(clause):
                serial.add((table, key.group(1).lower()))
            else:
                raise SourceError(f"unknown ALTER TABLE clause: {clause.strip()[:60]!r}")
    if text.count("ALTER TABLE") != len(_ALTER.findall(text)):
        raise SourceError(f"{PATH}: an ALTER TABLE this module cannot read")
    return keys, serial


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the dump's tables as one PostgreSQL script."""
    text = text_of(read(PATH)).replace("\r\n", "\n")
    plain_mysql_dump(text, PATH)
    if "FOREIGN KEY" in text or "UNIQUE KEY" in text:
        raise SourceError(f"{PATH} now has foreign or unique keys")
    if text.count("CREATE TABLE") != len(TABLES):
        raise SourceError(f"{PATH}: {text.count('CREATE TABLE')} CREATE TABLE statements")
    keys, serial = _keys(text)
    columns, out = mysql_tables_as_pg(
        text, PATH, _TABLE, _INSERT, column_sql, {t: [k] for t, k in keys.items()}, serial
    )
    if sorted(columns) != sorted(TABLES):
        raise SourceError(f"{PATH}: tables {sorted(columns)}, not {TABLES}")
    return "\n".join(out) + "\n"
