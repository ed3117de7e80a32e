"""Held-out set bracciff: the database of the case-management and MIS web application of BRAC's
migration programme (Bangladesh) for the reintegration of returnee migrant workers and survivors of
human trafficking, named "BRAC CIFF" in its configuration (CIFF presumably the Children's
Investment Fund Foundation, a funder of BRAC's work against trafficking; none of the projects in
the rows names it), a plain-PHP application on MySQL (built of modules its framework calls "jacks",
with TinyMCE and HTML Purifier) that a Bangladeshi software firm (3DEVs IT Ltd., the name of the
super-administrator account and of the configured social media pages) wrote in 105 commits from 16
July 2020 to 12 June 2021, nearly all by one developer (commit names sk_arnov and skarnov;
3_devs_it and Md Bablu the others). Its projects are the programme's real ones ("Prottasha", funded
by the European Union and implemented by IOM with BRAC; "Anuprarona", by the embassies of Denmark
and Switzerland; ERRIN; BRAC's emergency support for vulnerable returnees), its branches the
programme's district and upazila reintegration service centres. Every table and column is named in
English (``dev_`` for the application's tables, ``bd_`` for Bangladesh's geography).

A case ("customer", ``dev_customers``: case number, full name, father's, mother's and spouse's
name, photo, marital status, birth date, gender, religion, national identity (NID), passport and
birth registration numbers, education, mobile and emergency mobile with the emergency contact's
name and relation, present address (``permanent_house``) and permanent village, ward, union,
upazila, district and division, status, staff and branch) carries the programme's forms, one table
each: the initial evaluation of eligibility with its justification, the migration history
(``dev_migrations``: whether cheated, money deducted, movement restricted or documents kept by the
employer, port of departure, destination, dates, visa type, age at return, duration, occupation
abroad, reasons for leaving, forced or excessive work, threats by the employer, money earned), the
health (disability, chronic disease) and skills, the economic profile (property, income before and
after, household members by sex and age, savings, debt, residence), the immediate support on
arrival, the reintegration plan, the psychosocial support (problems identified and described,
counselling plan, sessions, referral address and contact number) with its sessions, family
counselling, follow-ups and completion (client's and counsellor's comments), the economic and
social reintegration support and referrals (vocational training, microbusiness, financial literacy,
medical, housing, legal and education support), the follow-ups (monthly income, challenges,
comments of the case worker, of BRAC and of the district) and the reintegration satisfaction scale.
A returnee (``dev_returnees``) is a lighter register of people met by the programme (the same
identity columns, return date, destination country, legal document, intention to migrate again,
remarks); the airport and land-port support desk (``dev_airport_land_supports``) and the access to
public services register (``dev_access_to_pp``) record a person's name, gender, disability,
passport or travel pass, mobile and address on return; the trainings (``dev_trainings``:
participant's name, gender, profession, address, mobile, age) and the sharing sessions after them;
the community events and meetings with their participants counted by sex, the validations of an
event by interviewing a participant (``dev_event_validations``: name, gender, age, mobile, whether
a victim or a victim's relative, the message remembered, a quote); complaints received
(``dev_complains``: name, age, gender, village, kind of service) and criminal cases filed and under
investigation at a police station over trafficking (``dev_complain_fileds``,
``dev_complain_investigations``: full name, age, gender, case number, kind of case); monthly
activity and meeting targets and achievements per branch; a knowledge base of documents; staff
accounts (``dev_users``: full name, user name, e-mail, bcrypt hash, birth date, gender, mobile,
branch, designation, reset and verification codes) with roles, role links and meta; the log of
users' activities; the application's configuration (PHP-serialized menus); and Bangladesh's 8
divisions, 64 districts (with their coordinates), 491 upazilas and 4,540 unions.

Source: ``db_bracciff.sql`` at the head of the repository, the phpMyAdmin 4.9.4 dump (server
5.6.41-84.1) of the database ``db_bracciff`` generated on 20 December 2020 going by its header,
last changed in the repository by a commit of 21 December 2020 ("Case Report"). All 50 tables and
all their 5,291 rows are loaded: 4 staff accounts (the firm's super-administrator, a demo user and
two developers' accounts) with 1 role, one case with one row in each of its forms (2 psychosocial
completions, 3 family counselling sessions), one returnee, one support at the airport, one access
to public services, one training and one sharing session, one event with 2 validations, one
complaint, one filed and one investigated case, one activity, target and branch, 5 projects, 3
branch types, 2 designations, 61 logged activities, 76 configuration entries and the geography.
The rows are the developers' test entries (the case has a 16-digit NID, passport and birth
registration numbers, a birth date and two 11-digit mobile numbers); the meetings, meeting entries
and targets, the knowledge base, the migration documents, the links of cases to supports and the
users' meta are empty.

Translation, in this module, from MySQL to PostgreSQL: each ``CREATE TABLE`` (InnoDB or MyISAM) is
rewritten column by column (``bigint(20)`` and ``bigint(20) UNSIGNED``: ``bigint``, ``int(N)``:
``integer``, ``int(N) UNSIGNED``: ``bigint``, ``smallint(5) UNSIGNED``: ``integer``,
``tinyint(N)``: ``smallint``, ``double``: ``double precision``, ``datetime``: ``timestamp``, each
``enum`` as ``varchar`` with a ``CHECK`` of its values and of the empty string, which MySQL stores
for a value not in the list (two rows of ``dev_event_validations`` hold it), the collation dropped,
defaults kept, the one column ``COMMENT`` as a ``COMMENT ON COLUMN``); from the dump's ``ALTER
TABLE`` statements the primary and unique keys go into the table, the ``AUTO_INCREMENT`` keys
become identity columns and the plain indexes are left out (the dump has no foreign keys). Every
row of every ``INSERT`` is kept, its MySQL backslash escapes (``\\"`` in the serialized PHP arrays)
read as the characters they stand for, and MySQL's zero date (``'0000-00-00'`` and
``'0000-00-00 00:00:00'``), which has no PostgreSQL value, loaded as NULL (three staff accounts'
birth date, one account's time of last change; that column's ``NOT NULL`` is dropped for it).
Anything else in a table definition, an ``ALTER TABLE`` or a row stops the loader.

    >>> column_sql("  `gender` enum('male','female') DEFAULT NULL,")
    ('gender', "gender varchar(6) DEFAULT NULL CHECK (gender IN ('', 'male', 'female'))")
    >>> column_sql("  `user_status` enum('active','inactive','not_verified') COLLATE "
    ...            "utf8_unicode_ci NOT NULL DEFAULT 'inactive',")
    ('user_status', "user_status varchar(12) NOT NULL DEFAULT 'inactive' CHECK (user_status IN \
('', 'active', 'inactive', 'not_verified'))")
    >>> column_sql("  `family_income` double DEFAULT NULL,")
    ('family_income', 'family_income double precision DEFAULT NULL')
    >>> column_sql("  `fk_branch_type` int(11) UNSIGNED DEFAULT '0',")
    ('fk_branch_type', 'fk_branch_type bigint DEFAULT 0')
    >>> column_comment("  `user_meta_type` varchar(100) DEFAULT NULL COMMENT 'for example'")
    ('  `user_meta_type` varchar(100) DEFAULT NULL', 'for example')
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import (
    Number,
    SourceError,
    mysql_strings,
    parse_insert,
    pg_insert,
    pg_literal,
    plain_mysql_dump,
    text_of,
)

REPO = "skarnov/brac_ciff"
COMMIT = "0cbb069f5678291d00ada8a40327f660c1b0f323"
PATH = "db_bracciff.sql"
FILES = (
    f"{PATH} (the phpMyAdmin dump, MySQL 5.6, 20 December 2020, of the plain-PHP case-management "
    "and MIS application of BRAC's migration programme in Bangladesh for the reintegration of "
    "returnee migrants and trafficking survivors, named in English: cases with NID, passport and "
    "birth registration numbers, parents' names, birth date, mobiles and permanent address, "
    "migration history, health, skills, economic profile, psychosocial counselling sessions, "
    "economic and social reintegration support, follow-ups, satisfaction scale; returnees, airport "
    "support, access to public services, trainings, events and their validations by participants, "
    "complaints and police cases, targets, staff accounts, activity log, configuration, "
    "Bangladesh's divisions, districts, upazilas and unions; all 50 tables and all rows)"
)
LICENCE = "none stated (no licence file and no README; a software firm's project for BRAC)"
ENGINE = "postgresql"

TABLE_COUNT = 50
#: where the dump has MySQL's zero date, loaded as NULL
ZERO_DATES = {("dev_users", "user_birthdate"), ("dev_users", "modified_at")}

_COLUMN = re.compile(
    r"  `(\w+)` (bigint\(20\)(?: UNSIGNED)?|int\(\d+\)(?: UNSIGNED)?|smallint\(5\) UNSIGNED"
    r"|tinyint\(\d\)|double|char\(\d+\)|varchar\(\d+\)|text|time|date|datetime"
    r"|enum\((?:'[\w/]+',?)+\))"
    r"(?: COLLATE utf8(?:mb4)?_unicode_ci)?( NOT NULL)?"
    r"( DEFAULT (?:NULL|'[^']*'))?,?"
)
_TYPES = {
    "bigint(20)": "bigint",
    "bigint(20) UNSIGNED": "bigint",
    "smallint(5) UNSIGNED": "integer",
    "double": "double precision",
    "datetime": "timestamp",
}
_NUMERIC = ("bigint", "integer", "smallint")
_TABLE = re.compile(
    r"^CREATE TABLE `(\w+)` \(\n(.*?)\n\) ENGINE=(?:InnoDB|MyISAM)[^;\n]*;$", re.M | re.S
)
_ALTER = re.compile(r"^ALTER TABLE `(\w+)`\n(.*?);$", re.M | re.S)
_COLS = r"\(((?:`\w+`(?:, ?)?)+)\)"
_PRIMARY = re.compile(rf"  ADD PRIMARY KEY {_COLS}")
_UNIQUE = re.compile(rf"  ADD UNIQUE KEY `\w+` {_COLS}")
_INDEX = re.compile(rf"  ADD KEY `\w+` {_COLS}")
_SERIAL = re.compile(
    r"  MODIFY `(\w+)` (?:big)?int\(\d+\)(?: UNSIGNED)? NOT NULL AUTO_INCREMENT"
    r"(?:, AUTO_INCREMENT=\d+)?"
)
_INSERT = re.compile(r"^INSERT INTO `(\w+)` \(([^)]*)\) VALUES\n(.*?\));$", re.M | re.S)
_COMMENT = re.compile(r"(.*) COMMENT '([^'\\]*)'(,?)")


def _names(backticked: str) -> str:
    return ", ".join(n.lower() for n in re.findall(r"`(\w+)`", backticked))


def _kind(mysql: str) -> str:
    if mysql in _TYPES:
        return _TYPES[mysql]
    if mysql.startswith("int("):
        return "bigint" if mysql.endswith(" UNSIGNED") else "integer"
    if mysql.startswith("tinyint("):
        return "smallint"
    return mysql


def column_comment(line: str) -> tuple[str, str | None]:
    """A column line without its ``COMMENT '...'``, and the comment (None when it has none)."""
    m = _COMMENT.fullmatch(line)
    if m is None:
        return line, None
    return m.group(1) + m.group(3), m.group(2)


def column_sql(line: str) -> tuple[str, str]:
    """One column line of the dump: its name and its PostgreSQL definition (without identity)."""
    m = _COLUMN.fullmatch(line)
    if m is None:
        raise SourceError(f"unknown column definition: {line.strip()[:60]!r}")
    name, kind, not_null, default = m.groups()
    name = name.lower()
    check = ""
    if kind.startswith("enum"):
        values = re.findall(r"'([^']*)'", kind)
        kind = f"varchar({max(len(v) for v in values)})"
        # MySQL stores '' for a value not in the list
        check = f" CHECK ({name} IN ({', '.join(pg_literal(v) for v in ['', *values])}))"
    kind = _kind(kind)
    clause = ""
    if default:
        value = default.removeprefix(" DEFAULT ")
        if kind in _NUMERIC and re.fullmatch(r"'-?\d+'", value):
            value = value.strip("'")
        clause = f" DEFAULT {value}"
    return name, f"{name} {kind}{not_null or ''}{clause}{check}"


def _keys(text: str) -> tuple[dict[str, list[str]], set[tuple[str, str]]]:
    """From the dump's ALTER TABLE statements: each table's key clauses (primary and unique) and
    its identity columns."""
    keys: dict[str, list[str]] = {}
    serial: set[tuple[str, str]] = set()
    for m in _ALTER.finditer(text):
        table = m.group(1).lower()
        for clause in m.group(2).split(",\n"):
            if key := _PRIMARY.fullmatch(clause):
                keys.setdefault(table, []).append(f"PRIMARY KEY ({_names(key.group(1))})")
            elif key := _UNIQUE.fullmatch(clause):
                keys.setdefault(table, []).append(f"UNIQUE ({_names(key.group(1))})")
            elif _INDEX.fullmatch(clause):
                continue  # a plain index: left out
            elif key := _SERIAL.fullmatch(clause):
                serial.add((table, key.group(1).lower()))
            else:
                raise SourceError(f"unknown ALTER TABLE clause: {clause.strip()[:60]!r}")
    if text.count("ALTER TABLE") != len(_ALTER.findall(text)):
        raise SourceError(f"{PATH}: an ALTER TABLE this module cannot read")
    return keys, serial


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the dump as one PostgreSQL script."""
    text = text_of(read(PATH)).replace("\r\n", "\n")
    plain_mysql_dump(text, PATH)
    if "FOREIGN KEY" in text:
        raise SourceError(f"{PATH} now has foreign keys")
    keys, serial = _keys(text)
    out: list[str] = []
    notes: list[str] = []
    columns: dict[str, list[str]] = {}
    for m in _TABLE.finditer(text):
        name = m.group(1).lower()
        defs: list[str] = []
        columns[name] = []
        for line in m.group(2).split("\n"):
            line, comment = column_comment(line)
            column, definition = column_sql(line)
            if (name, column) in serial:
                if not re.fullmatch(r"\S+ (?:big)?int(?:eger)? NOT NULL", definition):
                    raise SourceError(f"AUTO_INCREMENT on an unexpected column: {line.strip()!r}")
                kind = definition.split()[1]
                definition = f"{column} {kind} GENERATED BY DEFAULT AS IDENTITY"
                serial.discard((name, column))
            if (name, column) in ZERO_DATES:  # a zero date in a NOT NULL column: NULL here
                definition = definition.replace(" NOT NULL", "")
            if comment is not None:
                notes.append(f"COMMENT ON COLUMN {name}.{column} IS {pg_literal(comment)};")
            columns[name].append(column)
            defs.append(definition)
        defs.extend(keys.pop(name, []))
        out.append(f"CREATE TABLE {name} (\n  " + ",\n  ".join(defs) + "\n);")
    if len(columns) != TABLE_COUNT or text.count("CREATE TABLE") != TABLE_COUNT:
        raise SourceError(f"{PATH}: {text.count('CREATE TABLE')} tables, not {TABLE_COUNT}")
    if keys or serial:
        raise SourceError(f"{PATH}: keys of unknown tables or columns: {keys} {serial}")
    out.extend(notes)
    inserts = list(_INSERT.finditer(text))
    if text.count("INSERT INTO") != len(inserts):
        raise SourceError(f"{PATH}: an INSERT this module cannot read")
    for m in inserts:
        table = m.group(1).lower()
        cols = [c.lower() for c in re.findall(r"`(\w+)`", m.group(2))]
        if cols != columns.get(table):
            raise SourceError(f"{PATH}: rows of {table} with other columns than its table's")
        ins = parse_insert(f"INSERT INTO {table} VALUES {mysql_strings(m.group(3))}")
        rows = []
        for row in ins.rows:
            if len(row) != len(cols) or not all(
                v is None or isinstance(v, str | Number) for v in row
            ):
                raise SourceError(f"{PATH}: a row of {table} that does not fit its columns")
            values = []
            for column, value in zip(cols, row, strict=True):
                if isinstance(value, str) and value.startswith("0000-00-00"):
                    if (table, column) not in ZERO_DATES:
                        raise SourceError(f"{PATH}: a zero date in {table}.{column}")
                    value = None
                values.append(pg_literal(value))
            rows.append(values)
        out.extend(pg_insert(table, cols, rows))
    return "\n".join(out) + "\n"
