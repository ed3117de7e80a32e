"""Held-out set vikunja: the test fixtures of Vikunja, a self-hosted to-do and project-management
application written in Go (projects and sub-projects, tasks with labels, assignees, reminders and
comments, Kanban buckets, teams, link shares, saved filters, webhooks, time tracking).

The Go tests load ``pkg/db/fixtures/<table>.yml`` (go-testfixtures: each file is one table, a YAML
list of rows with the table's own column names): users (user name, bcrypt password hash, e-mail,
display name, OpenID issuer and subject, status, discoverability flags, avatar provider, a bot's
owner, deletion schedule), their sessions (refresh-token hash, device description, IP address,
last activity), API tokens (title, salt, hash, last eight characters, permissions as JSON,
expiry), one-time user tokens (hashes by kind), two-factor TOTP secrets and their ``otpauth://``
URLs, webhooks (target URL, events, secret, basic-auth user and password), link shares (hash,
name, bcrypt password, permission, sharing type), notifications (JSON payload), teams (name,
description, public flag, external id and issuer of an OpenID group) and their members, projects
(title, description, identifier, owner, archive flag, background file), project views with
filters and bucket configuration, buckets, tasks (title, description, dates, priority, repeat
interval, colour, percent done, a CalDAV uid), task assignees, attachments, comments, relations,
reminders, positions and buckets, labels, favourites, reactions, subscriptions, per-user and
per-team project permissions, saved filters, files (name, size), time entries (user, task or
project, start and end, comment) and a licence status row.

Every row of the 32 fixture files with rows, loaded into PostgreSQL by this module: a table per
file named as the file, the columns in the order they first appear, typed from the values as
``railsfixtures`` types them (integers ``bigint``, other numbers ``numeric``, booleans
``boolean``, timestamps ``timestamptz``, dates ``date``, other strings and mixed columns
``text``); a missing key or null is NULL. No row is given an id it does not have (four link
tables have none). The fixtures use no templates; YAML comments (some name a test token in plain
text) are not data and are dropped by the YAML reader. ``oauth_codes.yml`` (an empty list, no
columns) is left out.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

import yaml
from sqlsource import text_of

REPO = "go-vikunja/vikunja"
COMMIT = "762dc4ebe6f3fbff15d90a0a119f0c6a4720e033"
FILES = "pkg/db/fixtures/*.yml (the Go test fixtures, 32 files with rows; all rows)"
LICENCE = "AGPL-3.0 (LICENSE of the repository)"
ENGINE = "postgresql"

_TABLES = (
    "api_tokens",
    "buckets",
    "favorites",
    "files",
    "label_tasks",
    "labels",
    "license_status",
    "link_shares",
    "notifications",
    "project_views",
    "projects",
    "reactions",
    "saved_filters",
    "sessions",
    "subscriptions",
    "task_assignees",
    "task_attachments",
    "task_buckets",
    "task_comments",
    "task_positions",
    "task_relations",
    "task_reminders",
    "tasks",
    "team_members",
    "team_projects",
    "teams",
    "time_entries",
    "totp",
    "user_tokens",
    "users",
    "users_projects",
    "webhooks",
)


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "bigint"
    if isinstance(value, float):
        return "numeric"
    if isinstance(value, datetime.datetime):
        return "timestamptz"
    if isinstance(value, datetime.date):
        return "date"
    return "text"


def _literal(value: object, kind: str) -> str:
    if value is None:
        return "NULL"
    if kind == "boolean":
        return "TRUE" if value else "FALSE"
    if kind in ("bigint", "numeric"):
        return repr(value)
    text = ("true" if value else "false") if isinstance(value, bool) else str(value)
    return "'" + text.replace("'", "''") + "'"


def table_script(table: str, text: str) -> str:
    """CREATE TABLE and INSERT for one go-testfixtures file (a YAML list of rows)."""
    rows = yaml.safe_load(text) or []
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise ValueError(f"{table}: not a list of rows")
    kinds: dict[str, set[str]] = {}
    for row in rows:
        for name, value in row.items():
            kinds.setdefault(str(name), set())
            if value is not None:
                kinds[str(name)].add(_kind(value))
    types = {n: (k.pop() if len(k) == 1 else "text") for n, k in kinds.items()}
    body = ",\n    ".join(f'"{c}" {t}' for c, t in types.items())
    out = [f'CREATE TABLE "{table}" (\n    {body}\n);']
    if rows:
        names = ", ".join(f'"{c}"' for c in types)
        values = ",\n".join(
            "(" + ", ".join(_literal(r.get(c), t) for c, t in types.items()) + ")" for r in rows
        )
        out.append(f'INSERT INTO "{table}" ({names}) VALUES\n{values};')
    return "\n".join(out)


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""
    parts = [table_script(t, text_of(read(f"pkg/db/fixtures/{t}.yml"))) for t in _TABLES]
    return "\n".join(parts) + "\n"
