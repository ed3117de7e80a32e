"""Held-out set recop: the database of RECOP, the web application with which the Ministry of
Communication and Relations with Parliament of Burkina Faso (its pages say "Ministère de la
Communication et des Relations avec le Parlement", "MCRP") registers the press correspondents
working in the country and accredits journalists who come to cover an event. Four developers
(commit names TRAORE IBRAHIM, Dicko13, zabdulay and sylvainpm; about 120 commits from 17 May to
26 July 2021) wrote it in Laravel (PHP, MySQL/MariaDB). A correspondent
("correspondant") registers with name, birth date and place, nationality, sex, national identity
card ("CNIB") number and dates, passport, profession, phones, e-mail, place and region of
residence, press card number, journalistic references, career, the person to notify and their
phone, and the media outlets ("organe") they write for; an applicant for an accreditation
("demandeur": journalists, mostly from abroad, with their local "fixeur") gives much the same plus a
laissez-passer or consular card number, the fixer's profession, card and address, and the
address and phone in the country of residence. An accreditation names the event, its dates,
the means of transport and its registration plate, the equipment and the team, is validated or
refused (with a reason) by the ministry, is sent to the bodies that receive a copy
("ampliateur": messages from them) and is valid in one or more regions for an event
("accrediregion"). Uploaded attachments ("piecesjointes": photo, CV, scans of the passport,
CNIB, press card, laissez-passer, consular card, the person to notify's CNIB and passport, the
media visa and a letter of recommendation) and the receipts and provisional attestations the
application generates ("document") are kept as file names. Every table and nearly every column
is named in French (``nom``, ``prenom``, ``datenaissance``, ``lieunaissance``, ``cnib``,
``numcartepresse``, ``personneprevenir``, ``telephonepersp``, ``immatriculation``,
``membresequipe``), next to Laravel's own tables in English (``users``, ``password_resets``,
``failed_jobs``, ``migrations``).

Source: ``baserecop.sql`` at the head of the repository, the phpMyAdmin 4.8.4 dump (MariaDB
10.1.37) of the database ``baserecop`` generated on 26 July 2021 and committed that day as the
last commit ("la base de données 26/07/2021"); the repository also holds older dumps of the same
database. The 18 base tables and all their 1130 rows are loaded: 153 accounts, 135
correspondents, 127 applicants, 142 accreditations with 207 region entries, 175 attachment rows,
118 outlet links of correspondents, 38 generated documents, 13 messages of copy recipients, the
13 regions of Burkina Faso, 3 vehicle models, one outlet, one press type and Laravel's three
migrations; ``informations`` (notes about a correspondent), ``failed_jobs`` and
``password_resets`` are empty. The rows are the developers' test entries made through the
application's forms in May to July 2021. The dump's nine views (``vueaccrediregion``,
``vueaccreditation``, ``vueattestation``, ``vuecorrespondant``, ``vuedemandeur``,
``vueinfoampliateur``, ``vueinformation``, ``vuepjcorrespondant``, ``vuepjdemandeur``) and the
stand-in tables phpMyAdmin writes for them are not loaded.

Translation, in this module, from MySQL to PostgreSQL: each ``CREATE TABLE`` is rewritten
column by column (``bigint(20) UNSIGNED`` and ``int(10) UNSIGNED``: ``bigint``, ``int(11)``
and ``int(20)``: ``integer``, ``tinyint(1)``: ``smallint``, ``datetime``: ``timestamp``,
``longtext``: ``text``, the collation and ``ON UPDATE CURRENT_TIMESTAMP`` dropped, other
defaults kept except MySQL's zero date ``'0000-00-00 00:00:00'``, which has no PostgreSQL value
and no row uses); identifiers are lower-cased (``IDMEDIACORRES``, ``CREATED_AT``); from the
dump's ``ALTER TABLE`` statements the primary and unique keys go into the table, the
``AUTO_INCREMENT`` keys become identity columns, the plain indexes are left out and the foreign
keys are added once every row is in. Every row of every ``INSERT`` is kept, its MySQL backslash
escapes (``\\n``, ``\\r``, ``\\'``, ``\\"``, ``\\\\``) read as the characters they stand for.
Anything else in a table definition, an ``ALTER TABLE`` or a row stops the loader.

    >>> column_sql("  `telephone` int(11) DEFAULT NULL,")
    ('telephone', 'telephone integer DEFAULT NULL')
    >>> column_sql("  `actif` tinyint(1) NOT NULL DEFAULT '1',")
    ('actif', 'actif smallint NOT NULL DEFAULT 1')
    >>> column_sql("  `updated_at` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00'")
    ('updated_at', 'updated_at timestamp NOT NULL')
    >>> column_sql("  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE "
    ...            "CURRENT_TIMESTAMP,")
    ('created_at', 'created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP')
    >>> from sqlsource import mysql_strings
    >>> mysql_strings(r"(1, 'l\\'organe\\r\\n', NULL)")
    "(1, 'l''organe\\r\\n', NULL)"
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import (
    SourceError,
    mysql_alter_keys,
    mysql_tables_as_pg,
    text_of,
)

REPO = "TRAOREIB/RECOP"
COMMIT = "31a0aa8a1fe6a5d522e4c15ef7ea472fcb479d43"
PATH = "baserecop.sql"
FILES = (
    f"{PATH} (the phpMyAdmin dump, MariaDB 10.1, 26 July 2021, of RECOP, the Laravel application "
    "of Burkina Faso's Ministry of Communication for registering press correspondents and "
    "accrediting journalists, named in French: correspondents and applicants with identity card, "
    "passport, press card, phones, residence and person to notify, accreditations with vehicle "
    "and team, regions, attachments, generated documents, copy recipients' messages, accounts; "
    "the 18 base tables and all rows, the 9 views left out)"
)
LICENCE = (
    "MIT as composer.json's license field (the Laravel skeleton's); no licence file, the README is "
    "Laravel's own"
)
ENGINE = "postgresql"

#: the base tables of the dump (its nine views, and their stand-in tables, are not loaded)
TABLES = (
    "accrediregion",
    "accreditation",
    "ampliateur",
    "correspondant",
    "demandeur",
    "document",
    "failed_jobs",
    "informations",
    "media",
    "mediacorrespondant",
    "mediapresse",
    "migrations",
    "password_resets",
    "piecesjointes",
    "region",
    "typepresse",
    "users",
    "vehicule",
)
VIEW_COUNT = 9

_COLUMN = re.compile(
    r"  `(\w+)` (bigint\(20\) UNSIGNED|int\(10\) UNSIGNED|int\(\d+\)|tinyint\(1\)|varchar\(\d+\)"
    r"|text|longtext|timestamp|datetime|date)"
    r"(?: COLLATE utf8mb4_unicode_ci)?( NULL)?( NOT NULL)?"
    r"( DEFAULT (?:NULL|'[^']*'|CURRENT_TIMESTAMP))?( ON UPDATE CURRENT_TIMESTAMP)?,?"
)
_TYPES = {
    "bigint(20) UNSIGNED": "bigint",
    "int(10) UNSIGNED": "bigint",
    "tinyint(1)": "smallint",
    "longtext": "text",
    "datetime": "timestamp",
}
_TABLE = re.compile(r"^CREATE TABLE `(\w+)` \(\n(.*?)\n\) ENGINE=InnoDB[^;\n]*;$", re.M | re.S)
_STAND_IN = re.compile(r"^CREATE TABLE `(vue\w+)` \(\n`\w+`[^;]*?\n\);$", re.M | re.S)
_VIEW = re.compile(
    r"^CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `(vue\w+)`",
    re.M,
)
_INSERT = re.compile(r"^INSERT INTO `(\w+)` \(([^)]*)\) VALUES\n(.*?\));$", re.M | re.S)


def column_sql(line: str) -> tuple[str, str]:
    """One column line of the dump: its name and its PostgreSQL definition (without identity)."""
    m = _COLUMN.fullmatch(line)
    if m is None:
        raise SourceError(f"unknown column definition: {line.strip()[:60]!r}")
    name, kind, _null, not_null, default, _on_update = m.groups()
    name = name.lower()
    kind = _TYPES.get(kind, "integer" if kind.startswith("int(") else kind)
    clause = ""
    if default:
        value = default.removeprefix(" DEFAULT ")
        if kind in ("smallint", "integer") and re.fullmatch(r"'-?\d+'", value):
            value = value.strip("'")
        if value != "'0000-00-00 00:00:00'":  # MySQL's zero date: no PostgreSQL value
            clause = f" DEFAULT {value}"
    return name, f"{name} {kind}{not_null or ''}{clause}"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the dump's base tables as one PostgreSQL script."""
    text = text_of(read(PATH))
    if "CREATE DATABASE" in text or re.search(r"^USE ", text, re.M):
        raise SourceError(f"{PATH} now names its own database")
    if re.search(r"CREATE (?:\w+ )*(?:TRIGGER|PROCEDURE|FUNCTION)", text):
        raise SourceError(f"{PATH} now has routines")
    stand_ins = _STAND_IN.findall(text)
    views = _VIEW.findall(text)
    if len(views) != VIEW_COUNT or sorted(stand_ins) != sorted(views):
        raise SourceError(f"{PATH}: views {views}, stand-in tables {stand_ins}")
    if text.count("CREATE TABLE") != len(TABLES) + VIEW_COUNT:
        raise SourceError(f"{PATH}: {text.count('CREATE TABLE')} CREATE TABLE statements")
    keys, serial, foreign = mysql_alter_keys(text, PATH)
    columns, out = mysql_tables_as_pg(text, PATH, _TABLE, _INSERT, column_sql, keys, serial)
    if sorted(columns) != sorted(TABLES):
        raise SourceError(f"{PATH}: tables {sorted(columns)}, not {TABLES}")
    return "\n".join(out + foreign) + "\n"
