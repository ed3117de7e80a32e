"""Held-out set taekwondo: the database of the Akira X Taekwondo management system, a Next.js web
application on Cloudflare Pages and D1 (Cloudflare's SQLite) that one developer wrote in August
and September 2025 for a taekwondo school in Singapore: user accounts of students, coaches and
administrators (Firebase or Google sign-in), their profiles (a student's legal name, birth date,
gender, school year, medical notes, guardian's name, phone and e-mail, emergency contacts as JSON,
address and postal code; a coach's phone, e-mail, certification, hire date, hourly rate and
biography), programmes, venues, weekly classes and their sessions, enrolments and attendance,
belt rank tracks and ranks with a student's rank history, gradings (belt examinations) with
registrations and results, competitions with divisions and registrations, invoices, fee items
and payments, signed documents (waivers, media releases), announcements, notes, an audit log, a
lookup table and role change requests; and, in an extension, leave and make-up requests,
notification preferences and read receipts. Tables and columns are named in English (comments
partly in Chinese). The rows are the application's seed data: catalogue rows and three
development users (an administrator, a coach, a student) with their profiles, classes, sessions,
an enrolment, a rank, an attendance, a grading event, a competition, a document template and an
announcement.

``database/schema-v2.sql`` (29 tables) and ``database/student-home-extension.sql`` (4 tables) are
SQLite DDL; ``database/seed-v2.sql`` holds the rows as multi-row INSERTs. Translated for
PostgreSQL: the 11 ``CREATE TRIGGER`` blocks (SQLite's ``updated_at`` and default-role triggers)
go; ``DATETIME`` columns become ``timestamp``; the extension's SQLite defaults
``lower(hex(randomblob(16)))`` become ``md5(random()::text)`` (also 32 hex digits) and
``datetime('now', 'utc')`` the same text from ``now()``; the column ``current_role`` (a reserved
word in PostgreSQL) is quoted. The indexes, checks, keys and foreign keys run as written, and the
seed runs as written after the DDL. All 33 tables and all seed rows are kept; the names are
already lower case.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "yorhagengyue/akiraxtkd"
COMMIT = "25bdffdd8e9b5d16fe43482ce5f487530a8e0c19"
FILES = (
    "database/schema-v2.sql, database/student-home-extension.sql and database/seed-v2.sql "
    "(the SQLite (Cloudflare D1) schema, its extension and the seed rows of the Akira X "
    "Taekwondo school management application, Singapore, August 2025; all 33 tables and all "
    "seed rows)"
)
LICENCE = "none stated (the repository has no licence file)"
ENGINE = "postgresql"

SCHEMA = "database/schema-v2.sql"
EXTENSION = "database/student-home-extension.sql"
SEED = "database/seed-v2.sql"

TABLES = sorted(
    [
        "user_accounts",
        "student_profiles",
        "coach_profiles",
        "admin_profiles",
        "programs",
        "venues",
        "classes",
        "sessions",
        "enrollments",
        "attendance",
        "rank_tracks",
        "ranks",
        "student_rank_history",
        "grading_events",
        "grading_registrations",
        "grading_results",
        "competitions",
        "comp_divisions",
        "comp_registrations",
        "invoices",
        "fee_items",
        "payments",
        "document_templates",
        "document_records",
        "announcements",
        "notes",
        "audit_logs",
        "lookups",
        "role_change_requests",
        "leave_requests",
        "makeup_requests",
        "notification_preferences",
        "message_read_status",
    ]
)

_TRIGGER = re.compile(r"^CREATE TRIGGER .*?^\s*END;\n", re.M | re.S)
_TABLE = re.compile(r"^CREATE TABLE (?:IF NOT EXISTS )?(\w+) \(", re.M)
#: (pattern, replacement, how many times in schema + extension)
_REWRITES = (
    (r"\bDATETIME\b", "timestamp", 60),
    (r"\(lower\(hex\(randomblob\(16\)\)\)\)", "md5(random()::text)", 2),
    (
        r"\(datetime\('now', 'utc'\)\)",
        "(to_char(now() AT TIME ZONE 'utc', 'YYYY-MM-DD HH24:MI:SS'))",
        7,
    ),
    (r"^(\s+)current_role TEXT", r'\1"current_role" TEXT', 1),
)


def script(read: Callable[[str], bytes]) -> str:
    """The translated DDL of both schema files, then the seed as written."""
    ddl = text_of(read(SCHEMA)) + "\n" + text_of(read(EXTENSION))
    ddl, triggers = _TRIGGER.subn("", ddl)
    if triggers != 11 or re.search(r"^CREATE TRIGGER", ddl, re.M):
        raise SourceError(f"expected 11 triggers in {SCHEMA} and {EXTENSION}, found {triggers}")
    for pattern, replacement, expected in _REWRITES:
        ddl, found = re.subn(pattern, replacement, ddl, flags=re.M)
        if found != expected:
            raise SourceError(f"expected {expected} of {pattern!r} in the schema, found {found}")
    found_tables = sorted(_TABLE.findall(ddl))
    if found_tables != TABLES:
        raise SourceError(f"expected the tables {' '.join(TABLES)}, found {found_tables}")

    seed = text_of(read(SEED))
    heads = re.findall(r"^INSERT INTO (\w+)", seed, re.M)
    if len(heads) != 18 or not set(heads) <= set(TABLES):
        raise SourceError(f"expected 18 INSERTs into known tables in {SEED}, found {heads}")
    if re.search(r"^\s*(CREATE|DROP|ALTER|UPDATE|DELETE|PRAGMA|BEGIN)\b", seed, re.M | re.I):
        raise SourceError(f"{SEED} now holds statements other than INSERTs")
    return ddl + "\n" + seed
