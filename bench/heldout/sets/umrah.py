"""Held-out set umrah: the database of the web application of PT. Haifa Nida Wisata, an
Indonesian Umrah and Hajj pilgrimage travel organiser with its head office in Karawang (West
Java). One developer (GitHub name mhaitsam18; three commit names in all, commit times in +0700,
western Indonesia) has written it in Laravel (PHP, MySQL) since March 2023, most of it from
December 2023 to January 2024. The organiser's public site shows its Umrah, Hajj and "wisata
halal" (halal tourism) packages, a gallery, articles and "kajian" (Islamic study notes); people
register (also with Google), book a package for a number of people with extras (equipment,
passport service, flight class, room type and room requests such as a view of the Kaaba) and
pay; the staff of the head office, representative offices ("perwakilan"), branches ("cabang")
and agents ("agen", who earn points and referral bonuses) manage the packages with their hotels
and flights, the pilgrims ("jemaah") with their documents, the travel groups with their
schedule and travel issues, the rooms and bus seats of each pilgrim, certificates, payments,
testimonials and messages sent from the contact form. Every table and nearly every column is
named in Indonesian (``jemaah``, ``nama_lengkap``, ``nomor_ktp``, ``tempat_lahir``,
``golongan_darah``, ``hubungan_mahram``, ``nama_keluarga_terdekat``, ``pemesanan``,
``pembayaran``, ``kamar``), next to Laravel's own tables and columns in English (``users``,
``password_reset_tokens``, ``personal_access_tokens``, ``failed_jobs``, ``migrations``).

Source: ``database/export/haifanida.sql``, the phpMyAdmin 5.2.1 dump of the developer's MySQL
8.2 database of 2 March 2025 (committed that day, one line of the site content changed on 22
March 2025 and unchanged since), read at the head of ``main``. All 50 tables and all their rows
are loaded: the pilgrims (``jemaah``: national identity number "KTP", full name and name as in
the passport, birth place and date, sex, citizenship, address with village, district, regency,
province and postal code, phone, e-mail, education, occupation, passport number, place and
dates of issue and expiry, earlier Umrah or Hajj, the "mahram" (the male relative a woman
travels with) and the relationship to them, blood group, photo, nearest relative's name and
contact) and the member profiles with the same fields (``member``), log-in accounts
(``users``: name, e-mail, user name, bcrypt hash, Google id and token, avatar URL, photo,
role), offices with the name of their head, branches, representatives, agents, authors and
admins, packages with hotels (address, map link), flights (flight number, booking reference
"PNR", airports, times) and buses (plate number), rooms and the pilgrims in them, bus seats,
documents and certificates of pilgrims, groups (name, leader, description), their schedule and
travel issues, bookings, booked extras and rooms, room requests, payments (amount, method,
proof of transfer), testimonials, messages, points and referrals, the site's content, articles,
study notes, gallery, the admin menu, roles, 38 provinces, 514 regencies and 300 airlines.
4 accounts, 1 member profile (all but its keys empty), 2 pilgrims, 1 booking, 1 payment and 2
groups have rows; the messages, branches, representatives, articles, study notes, points,
referrals and Laravel's token and job tables are empty.

Translation, in this module, from MySQL to PostgreSQL: each ``CREATE TABLE`` is rewritten
column by column (``bigint UNSIGNED``: ``bigint``, ``int UNSIGNED``: ``bigint``, ``int``:
``integer``, ``tinyint(1)``: ``smallint``, ``double(16,2)``: ``numeric(16,2)``, ``datetime``:
``timestamp``, ``longtext``: ``text``, each ``enum`` as ``varchar`` with a ``CHECK`` of its
values, the collation dropped, defaults kept); from the dump's ``ALTER TABLE`` statements the
primary and unique keys go into the table, the ``AUTO_INCREMENT`` keys become identity columns,
the plain indexes are left out and the foreign keys are added once every row is in. The column
``order`` (of ``menus`` and ``sub_menus``) is quoted. Every row of every ``INSERT`` is kept, its
MySQL backslash escapes (``\\n``, ``\\r``, ``\\'``, ``\\"``) read as the characters they stand
for. Anything else in a table definition, an ``ALTER TABLE`` or a row stops the loader.

    >>> column_sql("  `golongan_darah` enum('A','B','AB','O') COLLATE utf8mb4_unicode_ci "
    ...            "DEFAULT NULL,")
    ('golongan_darah', "golongan_darah varchar(2) DEFAULT NULL CHECK (golongan_darah IN ('A', \
'B', 'AB', 'O'))")
    >>> column_sql("  `is_active` tinyint(1) DEFAULT '1',")
    ('is_active', 'is_active smallint DEFAULT 1')
    >>> from sqlsource import mysql_strings
    >>> mysql_strings(r"(1, 'Jum\\'at\\r\\nsore', NULL)")
    "(1, 'Jum''at\\r\\nsore', NULL)"
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import (
    SourceError,
    mysql_alter_keys,
    mysql_tables_as_pg,
    pg_literal,
    plain_mysql_dump,
    text_of,
)

REPO = "mhaitsam18/haifanida"
COMMIT = "8dc141e64a8edb3c8562ea9ef449a8acfb521ddc"
PATH = "database/export/haifanida.sql"
FILES = (
    f"{PATH} (the phpMyAdmin dump, MySQL 8.2, 2 March 2025, of the Laravel web application of "
    "PT. Haifa Nida Wisata, an Indonesian Umrah and Hajj travel organiser, named in "
    "Indonesian: pilgrims with identity, passport, mahram and blood group, member profiles, "
    "accounts, offices, agents, packages with hotels, flights and buses, rooms, bus seats, "
    "documents, certificates, groups, bookings, payments, testimonials, messages, site "
    "content, reference lists; all 50 tables and all rows)"
)
LICENCE = (
    "MIT as composer.json's license field (the Laravel skeleton's); no licence file, the README "
    "gives none"
)
ENGINE = "postgresql"

TABLE_COUNT = 50
#: PostgreSQL reserved words used as column names: quoted
_RESERVED = {"order"}

_COLUMN = re.compile(
    r"  `(\w+)` (bigint UNSIGNED|int UNSIGNED|int|tinyint\(1\)|varchar\(\d+\)|text|longtext"
    r"|timestamp|datetime|date|double\(16,2\)|enum\((?:'[\w /-]+',?)+\))"
    r"(?: COLLATE utf8mb4_unicode_ci)?( NULL)?( NOT NULL)?"
    r"( DEFAULT (?:NULL|'[^']*'|CURRENT_TIMESTAMP))?,?"
)
_TYPES = {
    "bigint UNSIGNED": "bigint",
    "int UNSIGNED": "bigint",
    "int": "integer",
    "tinyint(1)": "smallint",
    "longtext": "text",
    "datetime": "timestamp",
    "double(16,2)": "numeric(16,2)",
}
_TABLE = re.compile(r"^CREATE TABLE `(\w+)` \(\n(.*?)\n\) ENGINE=InnoDB[^;\n]*;$", re.M | re.S)
_INSERT = re.compile(r"^INSERT INTO `(\w+)` \(([^)]*)\) VALUES\n(.*?\));$", re.M | re.S)


def _name(name: str) -> str:
    name = name.lower()
    return f'"{name}"' if name in _RESERVED else name


def column_sql(line: str) -> tuple[str, str]:
    """One column line of the dump: its name and its PostgreSQL definition (without identity)."""
    m = _COLUMN.fullmatch(line)
    if m is None:
        raise SourceError(f"unknown column definition: {line.strip()[:60]!r}")
    name, kind, _null, not_null, default = m.groups()
    name = name.lower()
    check = ""
    if kind.startswith("enum"):
        values = re.findall(r"'([^']*)'", kind)
        kind = f"varchar({max(len(v) for v in values)})"
        check = f" CHECK ({_name(name)} IN ({', '.join(pg_literal(v) for v in values)}))"
    kind = _TYPES.get(kind, kind)
    clause = ""
    if default:
        value = default.removeprefix(" DEFAULT ")
        if kind in ("smallint", "integer", "numeric(16,2)") and re.fullmatch(r"'-?[\d.]+'", value):
            value = value.strip("'")
        clause = f" DEFAULT {value}"
    return name, f"{_name(name)} {kind}{not_null or ''}{clause}{check}"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the dump as one PostgreSQL script."""
    text = text_of(read(PATH))
    plain_mysql_dump(text, PATH)
    keys, serial, foreign = mysql_alter_keys(text, PATH, _name)
    columns, out = mysql_tables_as_pg(
        text, PATH, _TABLE, _INSERT, column_sql, keys, serial, quote=_name
    )
    if len(columns) != TABLE_COUNT or text.count("CREATE TABLE") != TABLE_COUNT:
        raise SourceError(f"{PATH}: {text.count('CREATE TABLE')} tables, not {TABLE_COUNT}")
    return "\n".join(out + foreign) + "\n"
