"""Held-out set drrmoems: the database of "DRRMO MIS", the emergency medical services (EMS)
management web application of the Disaster Risk Reduction Management Office of Bacolod City (the
Philippines; its login page gives the office's address in the old city hall and calls it
BDRRMO), a plain-PHP and MySQL application that a small team (GitHub account stg2019, commits by
"safetechguardians2019", Alvin Yanson and harlen, September 2018 to February 2019, 54 commits;
the code's comments are in Hiligaynon) wrote for the office's ambulance service. Emergency calls
are logged (date and time, complete address, the emergency, the caller's name and contact
number); a dispatch records the service number, the ambulance, what it was dispatched for, the
call location with its latitude and longitude, the mechanism or nature of injury, the patients
on the scene, the team leader, EMT and driver on board; each patient of a dispatch gets a
patient care report: the patient (name, age, gender, date of birth, contact number, home
address, next of kin and relationship, advance directives), the assessment (chief complaints,
subjective and objective assessment, priority, disposition, interventions), vital signs, Glasgow
coma scale, pain assessment and past medical history (allergies, medications, history, last oral
intake, events leading to the call); a refusal of treatment is signed by the patient before two
witnesses with a statement, and the preparer's name; requests for transport of a patient record
(requesting party, contact number, the patient's name, address, age, gender, medical history,
vital signs, approval). The office also keeps its ambulances, drivers (name, age, gender,
contact number, home address, duty hours), medical supply stocks for the office and for the EMTs
with requests and the items used per dispatch, the staff accounts (complete name, contact
number, home address, user name, password as an 80-character salted SHA-1 string, role), their
activity log and a log of database backups. Every table and column is named in English
(``glassgow_coma_scale``, ``moi_noi``, ``next_to_kin``, ``froma``/``toa``); nearly every column
is a ``varchar``, dates and times included.

Source: ``database/ndrrmo.sql``, the phpMyAdmin 4.5.1 dump of the database ``ndrrmo`` (MariaDB
10.1.19) generated on 13 February 2019, read at the repository's last commit (26 February 2019).
All 19 tables and all 1,178 rows are loaded: 67 call logs, 72 dispatches, 100 patients with 43
assessments, 106 vital-sign rows, 99 Glasgow coma scale rows, 34 pain assessments and 43 past
medical histories, 16 refusals of treatment, 20 transport requests, 6 drivers, 7 staff
accounts, 506 activity-log rows, 5 ambulances, supply stocks, requests and items used, 8 backup
log rows; apparently the developers' and testers' entries.

Translation, in this module, from MySQL to PostgreSQL: each ``CREATE TABLE`` is rewritten
column by column (``int(n)``: ``integer``, ``varchar(n)`` kept, every column ``NOT NULL`` as in
the dump, the character set dropped). From the dump's ``ALTER TABLE`` statements the primary
keys go into the table and the ``AUTO_INCREMENT`` keys become identity columns (the dump has no
foreign keys or other indexes). Every row of every ``INSERT`` is kept. Anything else in a table
definition, an ``ALTER TABLE`` or a row stops the loader.

    >>> column_sql("  `patient_id` int(10) NOT NULL,")
    ('patient_id', 'patient_id integer NOT NULL')
    >>> column_sql("  `moi_noi` varchar(50) NOT NULL")
    ('moi_noi', 'moi_noi varchar(50) NOT NULL')
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

REPO = "stg2019/stgmis2019"
COMMIT = "21b40ed9afe6361a3f9f188f4783dac0b094927f"
PATH = "database/ndrrmo.sql"
FILES = (
    f"{PATH} (the phpMyAdmin 4.5.1 dump, MariaDB 10.1.19, 13 February 2019, of DRRMO MIS, the "
    "EMS management application of Bacolod City's Disaster Risk Reduction Management Office: "
    "call logs with caller, address and contact number, ambulance dispatches with coordinates "
    "and crew, patient care reports (patient's name, age, gender, birth date, contact number, "
    "address, next of kin; assessment, vital signs, Glasgow coma scale, pain assessment, past "
    "medical history), refusals of treatment with witnesses, transport requests, drivers, "
    "staff accounts, activity and backup logs, medical supply stocks; all 19 tables and rows)"
)
LICENCE = "none stated (no licence file, no README; a small team's project for the office)"
ENGINE = "postgresql"

TABLE_COUNT = 19

_COLUMN = re.compile(r"  `(\w+)` (int\(\d+\)|varchar\(\d+\)) NOT NULL,?")
_TABLE = re.compile(
    r"^CREATE TABLE `(\w+)` \(\n(.*?)\n\) ENGINE=InnoDB DEFAULT CHARSET=latin1;$", re.M | re.S
)
_INSERT = re.compile(r"^INSERT INTO `(\w+)` \(([^)]*)\) VALUES\n(.*?\));$", re.M | re.S)


def column_sql(line: str) -> tuple[str, str]:
    """One column line of the dump: its name and its PostgreSQL definition (without identity)."""
    m = _COLUMN.fullmatch(line)
    if m is None:
        raise SourceError(f"unknown column definition: {line.strip()[:60]!r}")
    name, kind = m.groups()
    name = name.lower()
    if kind.startswith("int"):
        kind = "integer"
    return name, f"{name} {kind} NOT NULL"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the dump as one PostgreSQL script."""
    text = text_of(read(PATH))
    plain_mysql_dump(text, PATH)
    keys, serial, foreign = mysql_alter_keys(text, PATH)
    columns, out = mysql_tables_as_pg(text, PATH, _TABLE, _INSERT, column_sql, keys, serial)
    if len(columns) != TABLE_COUNT or text.count("CREATE TABLE") != TABLE_COUNT:
        raise SourceError(f"{PATH}: {text.count('CREATE TABLE')} tables, not {TABLE_COUNT}")
    return "\n".join(out + foreign) + "\n"
