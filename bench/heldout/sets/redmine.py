"""Held-out set redmine: the test fixtures of Redmine (an open-source project-management and
issue-tracking application).

Redmine's tests load Rails fixtures, one YAML file per table: users with login, first and last
name, language, salted SHA-1 password hashes and their salts, e-mail addresses, preferences, group
memberships, project members, tokens (API keys, feeds, password resets), issues with subjects and
descriptions, journals with notes, journal details, watchers, time entries, attachments, repository
changesets with committers, comments, forum messages, news, documents, custom values (among them a
phone-like `01 23 45 67 89`), saved queries, reactions, projects, boards, wiki pages and contents,
and the catalogue tables behind them (issue categories, relations, statuses, trackers,
enumerations, versions).

Thirty-three of the fixture files (those about people and their work, not the role and workflow
matrices), every row, loaded into PostgreSQL under the DDL below, which was typed from the files'
values: integers as ``bigint``, hours as ``numeric``, YAML booleans as ``boolean``, timestamps as
``timestamptz``, dates as ``date``, everything else (and any column mixing kinds, such as
``hashed_password`` or a custom value) as ``text``, a boolean or number there written as YAML
wrote it. A few fixtures compute dates relative to "now" with ERB
(``<%= 2.days.ago.to_fs(:db) %>``); these are replaced by fixed ones counted from 2026-01-01 noon,
so that a load does not depend on the day; any other ERB stops the load, and so does a key of a row
that the DDL does not declare. No primary or foreign keys (the fixtures need none).
``custom_fields.yml`` (the custom fields' definitions, among them "Phone number") is left out: it
holds a ``!binary`` YAML value that a safe YAML loader refuses.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

import yaml
from sqlsource import SourceError, text_of

REPO = "redmine/redmine"
COMMIT = "890812e49cc60e96c7c252b7dedbd881a4edba55"
FILES = "test/fixtures/<table>.yml for 33 tables (the Rails test fixtures, all rows)"
LICENCE = "GPL-2.0-or-later (Redmine)"
ENGINE = "postgresql"

_REFERENCE = datetime.datetime(2026, 1, 1, 12, 0, 0)
_ERB = re.compile(r"<%=\s*(.*?)\s*%>")
_RELATIVE = re.compile(
    r"(?:(\d+)\.(day|days|minute|minutes)\.(ago|from_now)|Date\.today)(\.to_date)?\.to_fs\(:db\)"
)

#: table -> columns as "name TYPE", in the order of their first appearance in the file
_TABLES: dict[str, tuple[str, ...]] = {
    "users": (
        "created_on timestamptz",
        "status bigint",
        "last_login_on timestamptz",
        "language text",
        "salt text",
        "hashed_password text",
        "updated_on timestamptz",
        "admin boolean",
        "lastname text",
        "firstname text",
        "id bigint",
        "auth_source_id text",
        "mail_notification text",
        "login text",
        "type text",
    ),
    "email_addresses": (
        "id bigint",
        "user_id bigint",
        "address text",
        "is_default boolean",
        "created_on timestamptz",
        "updated_on timestamptz",
    ),
    "user_preferences": (
        "others text",
        "id bigint",
        "user_id bigint",
        "hide_mail boolean",
    ),
    "groups_users": (
        "group_id bigint",
        "user_id bigint",
    ),
    "members": (
        "created_on timestamptz",
        "project_id bigint",
        "id bigint",
        "user_id bigint",
        "mail_notification boolean",
    ),
    "member_roles": (
        "id bigint",
        "role_id bigint",
        "member_id bigint",
        "inherited_from bigint",
    ),
    "tokens": (
        "created_on timestamptz",
        "action text",
        "id bigint",
        "value text",
        "user_id bigint",
    ),
    "issues": (
        "created_on timestamptz",
        "project_id bigint",
        "updated_on timestamptz",
        "priority_id bigint",
        "subject text",
        "id bigint",
        "fixed_version_id bigint",
        "category_id bigint",
        "description text",
        "tracker_id bigint",
        "assigned_to_id bigint",
        "author_id bigint",
        "status_id bigint",
        "start_date date",
        "due_date date",
        "estimated_hours numeric",
        "root_id bigint",
        "lft bigint",
        "rgt bigint",
        "lock_version bigint",
        "done_ratio bigint",
        "closed_on timestamptz",
        "is_private boolean",
    ),
    "journals": (
        "created_on date",
        "updated_on date",
        "notes text",
        "id bigint",
        "journalized_type text",
        "user_id bigint",
        "journalized_id bigint",
        "updated_by_id bigint",
    ),
    "journal_details": (
        "old_value text",
        "property text",
        "id bigint",
        "value text",
        "prop_key text",
        "journal_id bigint",
    ),
    "watchers": (
        "watchable_type text",
        "watchable_id bigint",
        "user_id bigint",
    ),
    "time_entries": (
        "created_on timestamptz",
        "tweek bigint",
        "tmonth bigint",
        "project_id bigint",
        "comments text",
        "updated_on timestamptz",
        "activity_id bigint",
        "spent_on date",
        "issue_id bigint",
        "id bigint",
        "hours numeric",
        "user_id bigint",
        "author_id bigint",
        "tyear bigint",
    ),
    "attachments": (
        "created_on timestamptz",
        "downloads bigint",
        "content_type text",
        "disk_filename text",
        "disk_directory text",
        "container_id bigint",
        "digest text",
        "id bigint",
        "container_type text",
        "filesize bigint",
        "filename text",
        "author_id bigint",
        "description text",
    ),
    "changesets": (
        "commit_date date",
        "committed_on timestamptz",
        "revision text",
        "scmid text",
        "id bigint",
        "comments text",
        "repository_id bigint",
        "committer text",
        "user_id bigint",
    ),
    "changes": (
        "id bigint",
        "changeset_id bigint",
        "action text",
        "path text",
        "from_path text",
        "from_revision text",
    ),
    "comments": (
        "commented_type text",
        "commented_id bigint",
        "id bigint",
        "author_id bigint",
        "content text",
        "created_on timestamptz",
        "updated_on timestamptz",
    ),
    "messages": (
        "created_on timestamptz",
        "updated_on timestamptz",
        "subject text",
        "id bigint",
        "replies_count bigint",
        "last_reply_id bigint",
        "content text",
        "author_id bigint",
        "parent_id bigint",
        "board_id bigint",
    ),
    "news": (
        "created_on timestamptz",
        "project_id bigint",
        "title text",
        "id bigint",
        "description text",
        "summary text",
        "author_id bigint",
        "comments_count bigint",
    ),
    "documents": (
        "created_on timestamptz",
        "project_id bigint",
        "title text",
        "id bigint",
        "description text",
        "category_id bigint",
    ),
    "custom_values": (
        "customized_type text",
        "custom_field_id bigint",
        "customized_id bigint",
        "id bigint",
        "value text",
    ),
    "queries": (
        "id bigint",
        "type text",
        "project_id bigint",
        "visibility bigint",
        "name text",
        "description text",
        "filters text",
        "user_id bigint",
        "column_names text",
        "sort_criteria text",
        "group_by text",
        "options text",
    ),
    "reactions": (
        "id bigint",
        "reactable_type text",
        "reactable_id bigint",
        "user_id bigint",
    ),
    "projects": (
        "created_on timestamptz",
        "name text",
        "updated_on timestamptz",
        "id bigint",
        "description text",
        "homepage text",
        "is_public boolean",
        "identifier text",
        "parent_id bigint",
        "lft bigint",
        "rgt bigint",
    ),
    "boards": (
        "name text",
        "project_id bigint",
        "topics_count bigint",
        "id bigint",
        "description text",
        "position bigint",
        "last_message_id bigint",
        "messages_count bigint",
    ),
    "wiki_pages": (
        "created_on timestamptz",
        "title text",
        "id bigint",
        "wiki_id bigint",
        "protected boolean",
        "parent_id bigint",
    ),
    "wiki_contents": (
        "text text",
        "updated_on timestamptz",
        "page_id bigint",
        "id bigint",
        "version bigint",
        "author_id bigint",
        "comments text",
    ),
    "wiki_content_versions": (
        "updated_on timestamptz",
        "page_id bigint",
        "id bigint",
        "version bigint",
        "author_id bigint",
        "comments text",
        "wiki_content_id bigint",
        "compression text",
        "data text",
    ),
    "issue_categories": (
        "name text",
        "project_id bigint",
        "assigned_to_id bigint",
        "id bigint",
    ),
    "issue_relations": (
        "id bigint",
        "issue_from_id bigint",
        "issue_to_id bigint",
        "relation_type text",
        "delay text",
    ),
    "issue_statuses": (
        "id bigint",
        "name text",
        "description text",
        "is_closed boolean",
        "position bigint",
    ),
    "trackers": (
        "name text",
        "id bigint",
        "default_status_id bigint",
        "position bigint",
        "description text",
    ),
    "enumerations": (
        "name text",
        "id bigint",
        "type text",
        "active boolean",
        "position bigint",
        "position_name text",
        "is_default boolean",
    ),
    "versions": (
        "created_on timestamptz",
        "name text",
        "project_id bigint",
        "updated_on timestamptz",
        "id bigint",
        "description text",
        "effective_date date",
        "status text",
        "sharing text",
        "wiki_page_title text",
    ),
}


def _erb(match: re.Match[str]) -> str:
    """A fixed date or timestamp for one relative-date ERB tag (anything else is an error)."""
    found = _RELATIVE.fullmatch(match.group(1))
    if found is None:
        raise SourceError(f"unexpected ERB in a fixture: {match.group(1)[:40]!r}")
    count, unit, direction, to_date = found.groups()
    moment = _REFERENCE
    if count is not None:
        step = datetime.timedelta(**{"days" if unit.startswith("day") else "minutes": int(count)})
        moment = moment - step if direction == "ago" else moment + step
    if to_date or count is None:
        return moment.date().isoformat()
    return moment.isoformat(sep=" ")


def _literal(value: object, kind: str) -> str:
    if value is None:
        return "NULL"
    if kind == "text":
        if isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, dict | list):
            text = yaml.safe_dump(value, default_flow_style=True).strip()
        else:
            text = str(value)
        return "'" + text.replace("'", "''") + "'"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the chosen fixture files as one PostgreSQL script."""
    out: list[str] = []
    for table, columns in _TABLES.items():
        kinds = dict(c.split(" ", 1) for c in columns)
        text = _ERB.sub(_erb, text_of(read(f"test/fixtures/{table}.yml")))
        rows = yaml.safe_load(text) or {}
        out.append(f"CREATE TABLE {table} (\n    " + ",\n    ".join(columns) + "\n);")
        values = []
        for label, row in rows.items():
            unknown = set(row) - set(kinds)
            if unknown:
                raise SourceError(f"{table}.yml {label}: undeclared {sorted(unknown)}")
            values.append("(" + ", ".join(_literal(row.get(c), k) for c, k in kinds.items()) + ")")
        if values:
            names = ", ".join(kinds)
            out.append(f"INSERT INTO {table} ({names}) VALUES\n" + ",\n".join(values) + ";")
    return "\n".join(out) + "\n"
