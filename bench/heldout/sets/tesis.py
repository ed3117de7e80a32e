"""Held-out set tesis: the database of a web application with which a Chilean university's school
of computer engineering registers and follows its students' degree projects (a "tesis" or a
"memoria", the final work of the Ingeniería Civil Informática and Ingeniería en Ejecución en
Informática degrees) from the request to the examination: the Universidad Católica del Maule
(Talca), going by the institutional e-mail domain of one account and the "UCM" projects the
theses are linked to. One developer (GitHub name lebafu; ``Integrantes.txt`` names one member)
wrote it in Laravel 5.8 (PHP, MySQL/MariaDB) in 203 commits from July 2019 to May 2020, apparently
as a software-engineering course project (the repository is named ``Proyectosw1``), with its
requirements, use cases, user manual and traceability matrix in the repository. Every table and
nearly every column is named in Spanish, next to Laravel's own tables in English (``users``,
``password_resets``, ``migrations``).

A student registers and files a thesis request ("tesis"), alone or with one partner: full name,
RUT (the Chilean national identity number), phone and year of entry of each student, the
supervising professor ("profesor guía"), degree, kind of work, area, title, description,
objectives, expected contribution and what it is linked to (a company, a project, a competitive
fund or a community service). The supervisor completes it with the examining committee
("comisión": up to three professors of the school and up to two external examiners with their
academic degree, sex, e-mail, institution and a postal code) and the planned chapters with their
progress ("capitulos"); the thesis director approves or returns it with an observation, and the
school director accepts the dates of a pending grade or an extension ("nota pendiente",
"nota de prórroga"). A log of meetings ("bitacora": comment and agreement) follows the work. The
student uploads the exam certificate and the final text with its abstract and whether it may
be published in the school's public repository of theses; the secretary sets the date of the
defence, uploads its record ("acta") and enters the grade. Graduates then fill in a form for
the school ("recopilacion_inf_titulados": birth date, professional title, mobile and landline
phone, Facebook, current address, year of graduation, for each of the two students). The thesis
director keeps the templates of the memoranda sent to the committee ("memorandum": texts, the
name and sex of the head of degrees). Accounts ("users": name, e-mail, bcrypt hash, sex, user
type: administrator, student, professor, thesis director, secretary; a school-director flag)
carry the academic degree of the school's professors ("grado_academico_profesor_planta"); the
areas of theses and the companies, projects, funds and communities a thesis can be linked to are
catalogues.

Source: ``basededatos/tesis2.sql`` at the head of the repository, the phpMyAdmin 4.9.0.1 dump
(MariaDB 10.3.16) of the database ``tesis2``, generated on 18 March 2020 going by its header and
last changed in the repository by a commit dated 17 March 2020 (22:35, UTC-3); the repository's
``Instructivo`` tells to import it to run the application. All 15 tables and all their 215 rows
are loaded: 66 accounts (50 students, 13 professors, one of them the school's director, the
thesis director, the secretary and the administrator), 37 thesis requests (6 of them name a
second student), 33 committees, 23 log entries, 3 chapter plans, 9 graduates' forms, 14 professors'
degrees, 11 password-reset tokens, 2 memorandum templates, 6 areas, 3 companies, 2 projects, 2
funds, 2 communities and 2 Laravel migrations. The rows are the developer's test entries.

Translation, in this module, from MySQL to PostgreSQL: each ``CREATE TABLE`` is rewritten column
by column (``bigint(20)``, ``bigint(20) UNSIGNED``, ``int(10) UNSIGNED`` and ``int(20)
UNSIGNED``: ``bigint``, ``int(N)``: ``integer``, ``float``: ``real``, ``datetime``:
``timestamp``, ``current_timestamp()``: ``CURRENT_TIMESTAMP``, the collation and an explicit
``NULL`` dropped, other defaults kept); identifiers are lower-cased; from the dump's ``ALTER
TABLE`` statements the primary and unique keys go into the table, the ``AUTO_INCREMENT`` keys
become identity columns, the plain indexes are left out and the foreign keys (with their ``ON
DELETE`` and ``ON UPDATE`` actions) are added once every row is in. Every row of every
``INSERT`` is kept, its MySQL backslash escapes (``\\n``, ``\\r``, ``\\"``) read as the
characters they stand for. Anything else in a table definition, an ``ALTER TABLE`` or a row stops
the loader.

    >>> column_sql("  `nota_tesis` float DEFAULT NULL")
    ('nota_tesis', 'nota_tesis real DEFAULT NULL')
    >>> column_sql("  `id` int(20) UNSIGNED NOT NULL,")
    ('id', 'id bigint NOT NULL')
    >>> column_sql("  `created_at` timestamp NULL DEFAULT current_timestamp(),")
    ('created_at', 'created_at timestamp DEFAULT CURRENT_TIMESTAMP')
    >>> column_sql("  `name` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,")
    ('name', 'name varchar(255) NOT NULL')
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

REPO = "lebafu/Proyectosw1"
COMMIT = "7b90d2c133ebee6f60918edb54657e01d4bedc93"
PATH = "basededatos/tesis2.sql"
FILES = (
    f"{PATH} (the phpMyAdmin dump, MariaDB 10.3, 18 March 2020, of a Laravel application with "
    "which a Chilean university's school of computer engineering registers and follows degree "
    "theses, named in Spanish: thesis requests with the students' names, RUT and phones, "
    "supervisors, examining committees with external examiners' e-mails, chapter plans, meeting "
    "log, graduates' contact forms (birth date, phones, Facebook, address), memorandum templates, "
    "accounts, catalogues; all 15 tables and all rows)"
)
LICENCE = (
    "MIT as tesis/composer.json's license field (the Laravel skeleton's); no licence file, the "
    "README is the repository's name only"
)
ENGINE = "postgresql"

#: the tables of the dump
TABLES = (
    "area_tesis",
    "bitacora",
    "capitulos",
    "comision",
    "comunidad",
    "empresas",
    "fondo_concursable",
    "grado_academico_profesor_planta",
    "memorandum",
    "migrations",
    "password_resets",
    "proyectos",
    "recopilacion_inf_titulados",
    "tesis",
    "users",
)

_COLUMN = re.compile(
    r"  `(\w+)` (bigint\(20\)(?: UNSIGNED)?|int\(\d+\)(?: UNSIGNED)?|float|varchar\(\d+\)"
    r"|text|timestamp|datetime|date)"
    r"(?: COLLATE utf8mb4_unicode_ci)?( NULL)?( NOT NULL)?"
    r"( DEFAULT (?:NULL|current_timestamp\(\)|-?\d+|'[^']*'))?,?"
)
_TYPES = {"float": "real", "datetime": "timestamp"}
_TABLE = re.compile(r"^CREATE TABLE `(\w+)` \(\n(.*?)\n\) ENGINE=InnoDB[^;\n]*;$", re.M | re.S)
_INSERT = re.compile(r"^INSERT INTO `(\w+)` \(([^)]*)\) VALUES\n(.*?\));$", re.M | re.S)


def _kind(mysql: str) -> str:
    if mysql.startswith("bigint(") or mysql.endswith(" UNSIGNED"):
        return "bigint"
    if mysql.startswith("int("):
        return "integer"
    return _TYPES.get(mysql, mysql)


def column_sql(line: str) -> tuple[str, str]:
    """One column line of the dump: its name and its PostgreSQL definition (without identity)."""
    m = _COLUMN.fullmatch(line)
    if m is None:
        raise SourceError(f"unknown column definition: {line.strip()[:60]!r}")
    name, kind, _null, not_null, default = m.groups()
    name = name.lower()
    clause = ""
    if default:
        value = default.removeprefix(" DEFAULT ")
        clause = " DEFAULT " + ("CURRENT_TIMESTAMP" if value == "current_timestamp()" else value)
    return name, f"{name} {_kind(kind)}{not_null or ''}{clause}"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the dump's tables as one PostgreSQL script."""
    text = text_of(read(PATH)).replace("\r\n", "\n")
    plain_mysql_dump(text, PATH)
    if text.count("CREATE TABLE") != len(TABLES):
        raise SourceError(f"{PATH}: {text.count('CREATE TABLE')} CREATE TABLE statements")
    keys, serial, foreign = mysql_alter_keys(text, PATH)
    columns, out = mysql_tables_as_pg(text, PATH, _TABLE, _INSERT, column_sql, keys, serial)
    if sorted(columns) != sorted(TABLES):
        raise SourceError(f"{PATH}: tables {sorted(columns)}, not {TABLES}")
    return "\n".join(out + foreign) + "\n"
