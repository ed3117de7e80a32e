"""Held-out set youthdropin: the database of the Safe Place for Youth (SPY) drop-in centre project,
a Node.js (hapi) and PostgreSQL web application that a team of students of Loyola Marymount
University wrote from autumn 2016 into 2017 as their senior project for Safe Place for Youth, a
501(c)(3) non-profit in West Los Angeles that runs a drop-in centre for homeless young people (up to
25: an "aged out" flag marks those older; showers, case management, education and employment help,
referrals to housing). Case managers and front-desk staff check the young people ("clients") in at
each day's drop-in, enrol them in the day's activities, keep case notes and status flags (follow-up,
timed out, aged out, enrolled in a programme), and run the long intake questionnaire of the centre
(the homeless management information system, HMIS, consent, housing history, pregnancy and
parenting, substance use, mental health, referrals, birth place, income, social security number,
signed forms). Every table and column is named in English.

The one SQL file, ``db_setup/db.sql``, creates every table (``DROP TABLE IF EXISTS`` then
``CREATE TABLE``, PostgreSQL types: ``SERIAL``, ``jsonb``, ``time``) and inserts the
development rows after each table. The commit read is the one on the project's
``authorization`` branch (24 December 2016) whose file holds the most rows: besides the ten
hand-written clients of the main branch, 150 more clients with first and last name, phone and
e-mail (generated: mock names, e-mail addresses on random web domains); the three case managers,
six status types and six status flags of client 1, eleven programmes, one sub-programme, eight
activities, six drop-in days with their activities, check-ins and enrolments, five case notes,
the role, the 30 API paths and 4 verbs of the authorisation tables, one user with a bcrypt hash,
six notification types and three notifications. The intake tables (prescreen, background,
housing history, natural connections, pregnancy and parenting, substance use, mental health,
referrals, additional information, forms), the client-case-manager match, files, the backpack
and sleeping-bag waiting list, monthly statistics and the role-path-verb match are empty. All
34 tables and all rows are loaded.

Translation, in this module: one. At this commit (a merge of the main branch into the
authorization branch) ``client.status`` is declared ``REFERENCES status (id)`` before the
``status`` table exists (``status`` itself references ``client``), so the file does not run as
written; the module creates the column without the reference and adds the foreign key after the
last table (every client keeps the default status 1, which exists). Otherwise the script runs as
written: its last statement's missing semicolon is added, and dates such as ``01/01/2222`` are
read in PostgreSQL's default MDY order. The module checks the file's table list and that it
holds no psql meta-command, view, function or trigger.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "SirSeim/SPFY"
COMMIT = "c8dc5e2314801e410568d7562844765f66109824"
FILES = (
    "db_setup/db.sql (the PostgreSQL DDL and development rows of the Safe Place for Youth "
    "drop-in centre application, as on the authorization branch, 24 December 2016: case "
    "managers, 160 clients, status flags, intake questionnaire tables (empty), programmes, "
    "activities, drop-in days, check-ins, enrolments, case notes, users and roles, "
    "notifications; all 34 tables and all rows)"
)
LICENCE = "GPL-3.0 (LICENSE)"
ENGINE = "postgresql"

PATH = "db_setup/db.sql"
TABLES = sorted(
    [
        "casemanager",
        "client",
        "status_type",
        "status",
        "prescreen",
        "background",
        "housing_history",
        "natural_connection",
        "pregnant_and_parenting",
        "substance_abuse",
        "mental_health",
        "referral",
        "additional_info",
        "forms",
        "match",
        "program",
        "subprogram",
        "activity",
        "drop_in",
        "match_drop_in_activity",
        "match_drop_in_client",
        "enrollment",
        "check_in",
        "case_note",
        "roles",
        "paths",
        "verbs",
        "match_roles_paths_verbs",
        "users",
        "notification_types",
        "notifications",
        "file",
        "backpack_sleepingbag_waitlist",
        "monthly_statistics",
    ]
)


#: ``client.status`` references ``status``, which the file creates later (and which references
#: ``client``): the reference is declared once both tables exist
_FORWARD = "  status integer REFERENCES status (id) DEFAULT 1,"
_STATUS_KEY = "ALTER TABLE client ADD FOREIGN KEY (status) REFERENCES status (id);\n"


def script(read: Callable[[str], bytes]) -> str:
    """``db.sql`` as written, once its tables are checked."""
    text = text_of(read(PATH))
    code = re.sub(r"(?s)/\*.*?\*/", "", text)
    code = re.sub(r"(?m)--.*$", "", code)
    created = re.findall(r"(?i)\bCREATE TABLE\s+(\w+)\s*\(", code)
    if sorted(t.lower() for t in created) != TABLES:
        raise SourceError(f"{PATH} changed: tables {created}")
    if re.search(r"(?m)^\s*\\", code) or re.search(
        r"(?i)\bCREATE\s+(OR\s+REPLACE\s+)?(VIEW|FUNCTION|TRIGGER|DATABASE|SCHEMA)\b", code
    ):
        raise SourceError(f"{PATH}: a meta-command or an object other than tables")
    if text.count(_FORWARD) != 1:
        raise SourceError(f"{PATH} changed: no forward reference of client.status")
    text = text.replace(_FORWARD, "  status integer DEFAULT 1,")
    return text.rstrip().rstrip(";") + ";\n\n" + _STATUS_KEY
