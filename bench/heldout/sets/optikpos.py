"""Held-out set optikpos: the point-of-sale and stock database of an Indonesian optician's shop
("sistem kasir optik", the cashier system of an optik), a Laravel 11 web application (PHP,
MySQL) that one developer (GitHub name jakfarshodiq230, commit times in +0700, western
Indonesia) wrote from 8 December 2024 to 8 January 2025 (93 commits) and deployed, by a
``coba.txt`` deployment note, as ``optik_11_pos``. An owner runs a shop ("toko") with branches
("cabang") and warehouses ("gudang"); the products are frames, lenses and contact lenses
("barang", with categories, kinds and types, and for lenses the sphere, cylinder, axis and
addition they are made for), bought from suppliers ("suplaier") and kept as stock per warehouse
and per branch with a log of every movement; the cashier ("kasir") records a sale
("transaksi") with the customer's name, address and phone, the spectacle prescription measured
for them (right and left sphere, cylinder, axis and addition, pupillary distance), the frame's
diameter and colour, the order, pick-up and completion dates, down payment and balance, and
the lines sold; the cash book ("kas") keeps debits and credits per branch. Tables are named in
Indonesian with the prefix ``op_`` (``op_barang``, ``op_transaksi``, ``op_toko_cabang``,
``op_suplaier``) and so are their columns (``nama``, ``alamat``, ``nama_pemilik``,
``tanggal_ambil``, ``sisa_bayar``), except the optometric abbreviations in capitals
(``R_SPH``, ``L_CYL``, ``PD2``) and Laravel's own tables and columns in English (``users``,
``sessions``, ``cache``, ``jobs``, ``password_reset_tokens``, ``personal_access_tokens``).

Source: ``database/kasir_test.sql``, the phpMyAdmin 5.2.0 dump of the developer's MySQL 8.0.30
database ``kasir_test`` generated on 8 January 2025 and committed that day (replacing the
``optik_server.sql`` of 28 December 2024), read at the head of ``main``. All 30 tables and all
their rows are loaded: 5 accounts (``users``: name, e-mail, bcrypt hash, remember token, level
owner, admin, cashier or warehouse, and the shop, branch or warehouse they work for), 6
sessions (IP address, browser, Laravel's serialised payload), 1 password reset token, the shop
(name, owner's name, phone, e-mail, address) with 2 branches (address, phone, e-mail,
coordinates) and 2 warehouses, 1 supplier (contact name, company, phone, address), 11 products
with their lens data and prices, stock rows and logs, 3 sales with 3 lines and 5 log rows, 5
cash-book rows, the lens range setting, categories, kinds and types, Laravel's cache and
migrations; the job, failed-job, job-batch, cache-lock, cart and API-token tables are empty.

Translation, in this module, from MySQL to PostgreSQL: each ``CREATE TABLE`` is rewritten
column by column (``bigint UNSIGNED``: ``bigint``, ``int UNSIGNED``: ``bigint``,
``tinyint UNSIGNED``: ``smallint``, ``int``: ``integer``, ``decimal``: ``numeric``,
``datetime``: ``timestamp``, ``mediumtext`` and ``longtext``: ``text``, each ``enum`` as
``varchar`` with a ``CHECK`` of its values, the character set and collation dropped, defaults
kept, MySQL's ``ON UPDATE CURRENT_TIMESTAMP`` of one column dropped); column names are lower
case (``r_sph``, ``pd2``). From the dump's ``ALTER TABLE`` statements the primary and unique
keys go into the table, the ``AUTO_INCREMENT`` keys become identity columns, the plain indexes
are left out and the foreign keys are added once every row is in. Every row of every
``INSERT`` is kept. Anything else in a table definition, an ``ALTER TABLE`` or a row stops the
loader.

    >>> column_sql("  `status_transaksi` enum('lunas','belum_lunas','dibatalkan') CHARACTER SET "
    ...            "utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,")
    ('status_transaksi', "status_transaksi varchar(11) NOT NULL CHECK (status_transaksi IN \
('lunas', 'belum_lunas', 'dibatalkan'))")
    >>> column_sql("  `debit` decimal(15,0) NOT NULL DEFAULT '0',")
    ('debit', 'debit numeric(15,0) NOT NULL DEFAULT 0')
    >>> column_sql("  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE "
    ...            "CURRENT_TIMESTAMP")
    ('updated_at', 'updated_at timestamp DEFAULT CURRENT_TIMESTAMP')
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

REPO = "jakfarshodiq230/kasir"
COMMIT = "a214867b3f6fd592f054551a915bfb6c21a78cc7"
PATH = "database/kasir_test.sql"
FILES = (
    f"{PATH} (the phpMyAdmin dump, MySQL 8.0.30, 8 January 2025, of the Laravel 11 cashier and "
    "stock application of an Indonesian optician's shop, named in Indonesian: sales with the "
    "customer's name, address, phone and spectacle prescription, sale lines and logs, products "
    "with lens data and prices, stock per warehouse and branch with logs, cash book, shop with "
    "owner's name, branches, warehouses, supplier, accounts, sessions, Laravel's tables; all 30 "
    "tables and all rows)"
)
LICENCE = (
    "MIT as composer.json's license field (the Laravel skeleton's); no licence file, the README "
    "gives none"
)
ENGINE = "postgresql"

TABLE_COUNT = 30

_COLUMN = re.compile(
    r"  `(\w+)` (bigint UNSIGNED|int UNSIGNED|tinyint UNSIGNED|int|char\(\d+\)|varchar\(\d+\)"
    r"|text|mediumtext|longtext|timestamp|datetime|date|decimal\(\d+,\d+\)|enum\((?:'\w+',?)+\))"
    r"(?: CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci)?( NULL)?( NOT NULL)?"
    r"( DEFAULT (?:NULL|'[^']*'|CURRENT_TIMESTAMP))?( ON UPDATE CURRENT_TIMESTAMP)?,?"
)
_TYPES = {
    "bigint UNSIGNED": "bigint",
    "int UNSIGNED": "bigint",
    "tinyint UNSIGNED": "smallint",
    "int": "integer",
    "mediumtext": "text",
    "longtext": "text",
    "datetime": "timestamp",
}
_NUMERIC = ("smallint", "integer", "bigint")
_TABLE = re.compile(r"^CREATE TABLE `(\w+)` \(\n(.*?)\n\) ENGINE=InnoDB[^;\n]*;$", re.M | re.S)
_INSERT = re.compile(r"^INSERT INTO `(\w+)` \(([^)]*)\) VALUES\n(.*?\));$", re.M | re.S)


def column_sql(line: str) -> tuple[str, str]:
    """One column line of the dump: its name and its PostgreSQL definition (without identity)."""
    m = _COLUMN.fullmatch(line)
    if m is None:
        raise SourceError(f"unknown column definition: {line.strip()[:60]!r}")
    name, kind, _null, not_null, default, _on_update = m.groups()
    name = name.lower()
    check = ""
    if kind.startswith("enum"):
        values = re.findall(r"'([^']*)'", kind)
        kind = f"varchar({max(len(v) for v in values)})"
        check = f" CHECK ({name} IN ({', '.join(pg_literal(v) for v in values)}))"
    kind = _TYPES.get(kind, kind.replace("decimal", "numeric"))
    clause = ""
    if default:
        value = default.removeprefix(" DEFAULT ")
        numeric = kind in _NUMERIC or kind.startswith("numeric")
        if numeric and re.fullmatch(r"'-?[\d.]+'", value):
            value = value.strip("'")
        clause = f" DEFAULT {value}"
    return name, f"{name} {kind}{not_null or ''}{clause}{check}"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the dump as one PostgreSQL script."""
    text = text_of(read(PATH))
    plain_mysql_dump(text, PATH)
    keys, serial, foreign = mysql_alter_keys(text, PATH)
    columns, out = mysql_tables_as_pg(text, PATH, _TABLE, _INSERT, column_sql, keys, serial)
    if len(columns) != TABLE_COUNT or text.count("CREATE TABLE") != TABLE_COUNT:
        raise SourceError(f"{PATH}: {text.count('CREATE TABLE')} tables, not {TABLE_COUNT}")
    return "\n".join(out + foreign) + "\n"
