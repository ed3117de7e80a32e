"""Held-out set posyandu: the database of "e-Posyandu", a CodeIgniter 3 (PHP) and MariaDB web
application for Indonesian posyandu (the village integrated health posts where volunteer cadres,
"kader", weigh and measure children under five, record their immunisations and keep their
mothers' data), written by one developer (GitHub name rzkiiawldn) from June to August 2021
(commit times in +0700, western Indonesia; seven commits). Three kinds of user log in: the
administrator, who registers posyandu (name, code, address, map coordinates, counts of cadres
and of women of childbearing age) and their cadres' accounts; a posyandu's cadres, who log in
with the posyandu code and keep the children, mothers, immunisations, growth-chart ("KMS")
examinations, activities, opening days and health articles; and parents, who log in with their
child's KMS number. Every table and column is named in Indonesian (``dataakun``, ``dataanak``,
``dataibu``, ``dataimunisasi``, ``datakms``, ``nama``, ``tempat_lahir``, ``tanggal_lahir``,
``golongan_darah``, ``nama_wali``, ``berat_badan``, ``status_gizi``).

The dump (``db_posyandu.sql``, phpMyAdmin 5.0.1, MariaDB 10.4.11, 13 August 2021) holds the
accounts of the administrator and cadres (national id number "NIK", name, e-mail, posyandu
code, password as typed, address, phone, position, education, birth place and date, picture),
the children (NIK, posyandu, KMS number, name, e-mail and password of the parent's login, birth
place and date, sex, blood group, address, birth order, the guardian's NIK and name, a status),
the mothers (NIK, posyandu, name, birth place and date, blood group, address, phone), the
immunisations (NIK, name and birth date of the child, date, month, vaccine, given or not), the
KMS examinations (KMS number, sex, date, height, weight, age in months, nutritional status), one
posyandu, its opening days, activities with photos, four health articles and password-reset
tokens. All 10 tables and all their rows are loaded; the token table is empty.

Translation, in this module: none; the identifiers are already lower case (``lowered_dump``
lower-cases the backtick-quoted ones all the same). The dump names its database only in a
comment (``single_dump`` checks that it neither creates nor uses one) and runs as written in
MariaDB: phpMyAdmin's session settings (``NO_AUTO_VALUE_ON_ZERO``, one transaction), the 10
``CREATE TABLE``s, one multi-row INSERT for each table with rows, then the primary keys and
``AUTO_INCREMENT``s added by ``ALTER TABLE``; it has no foreign keys, views, triggers or
procedures.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lowered_dump

REPO = "rzkiiawldn/e-posyandu"
COMMIT = "7c07256f067325a2256fdbfa0a9a023b677e7367"
FILES = (
    "db_posyandu.sql (the phpMyAdmin dump, MariaDB 10.4, 13 August 2021, of the database of "
    "e-Posyandu, an Indonesian CodeIgniter web application for village integrated health "
    "posts: cadres' and administrator's accounts, children under five, their mothers, "
    "immunisations, growth-chart examinations, posyandu with coordinates, opening days, "
    "activities, health articles, password-reset tokens; all 10 tables and all rows)"
)
LICENCE = "none stated for the dump (license.txt is the licence of CodeIgniter, the framework)"
ENGINE = "mysql"

PATH = "db_posyandu.sql"
TABLES = [
    "artikel",
    "dataakun",
    "dataanak",
    "dataibu",
    "dataimunisasi",
    "datakegiatan",
    "datakms",
    "dataposyandu",
    "jadwal_posyandu",
    "user_token",
]


def script(read: Callable[[str], bytes]) -> str:
    """The dump as written, identifiers lower-cased; its table list is checked."""
    return lowered_dump(read, PATH, TABLES)
