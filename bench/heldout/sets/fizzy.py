"""Held-out set fizzy: the test fixtures of Fizzy, 37signals' Kanban-style issue tracker
(accounts with boards, columns and cards; users, their identities and sessions; comments,
assignments, mentions, reactions, watches, notifications, tags, filters, webhooks, exports).

Fizzy's tests load Rails fixtures, one YAML file per table (``account/join_codes.yml`` is the
table ``account_join_codes`` and so on): accounts, users with a name and role, identities with an
e-mail address, sessions, API access tokens with their description, join codes, boards, columns,
cards with titles, comments whose bodies are Action Text rich texts, assignments, mentions,
reactions, pins, watches, notifications, events with JSON particulars, tags and taggings, saved
filters, webhooks with their signing secret and deliveries with request and response JSON, and
exports. Most primary keys are UUIDs.

Every fixture file, every row, loaded into PostgreSQL through ``railsfixtures`` (a table per
file; an association written as a fixture label, such as ``account: 37s_uuid``, stays that
label; columns typed from their values). The fixtures' ERB is replaced before that:
``ActiveRecord::FixtureSet.identify("label", :uuid)`` becomes the UUID Rails computes (version 5
in the OID namespace of the label), ``identify("label")`` the integer id, relative times are
counted from ``railsfixtures.REFERENCE`` (``1.week.ago + 1.hour`` and the like included),
durations such as ``30.days.to_i`` their seconds, Ruby hashes and arrays written with
``.to_json`` that JSON, and ``Filter.digest_params(...)`` the MD5 hex digest of its parameters
written as JSON (not necessarily the digest the application computes after normalising them).
The ``_fixture:`` header of ``user/settings.yml`` (it names the model class) is dropped.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import uuid
from collections.abc import Callable

import railsfixtures
from sqlsource import SourceError, text_of

REPO = "basecamp/fizzy"
COMMIT = "488192c19ffdd94a5ae4ddc8275aad436b54bf51"
FILES = "test/fixtures/**/*.yml for 32 tables (the Rails test fixtures, all rows)"
LICENCE = "O'Saasy License (LICENSE.md of the repository)"
ENGINE = "postgresql"

_TABLES = (
    "accesses",
    "account/join_codes",
    "accounts",
    "action_text/rich_texts",
    "assignees_filters",
    "assignments",
    "boards",
    "card/goldnesses",
    "cards",
    "closures",
    "columns",
    "comments",
    "entropies",
    "events",
    "exports",
    "filters",
    "filters_tags",
    "identities",
    "identity/access_tokens",
    "mentions",
    "notifications",
    "pins",
    "reactions",
    "sessions",
    "taggings",
    "tags",
    "user/settings",
    "users",
    "watches",
    "webhook/delinquency_trackers",
    "webhook/deliveries",
    "webhooks",
)

_UUID = re.compile(r'ActiveRecord::FixtureSet\.identify\("([^"]*)", :uuid\)')
_ID = re.compile(r'<%=\s*ActiveRecord::FixtureSet\.identify\("([^"]*)"\)\s*%>')
_SHIFTED = re.compile(r"<%=\s*(\d+)\.(hour|day|week)s?\.ago\s*\+\s*(\d+)\.(second|hour)s?\s*%>")
_FROM_NOW = re.compile(r"<%=\s*(\d+)\.(day)s?\.from_now\s*%>")
_SECONDS = re.compile(r"<%=\s*(\d+)\.days\.to_i\s*%>")
_UNITS = {"second": 1, "hour": 3600, "day": 86400, "week": 7 * 86400}
_JSON = {
    "<%= %w[ card_published card_assigned card_closed ].to_json %>": json.dumps(
        ["card_published", "card_assigned", "card_closed"]
    ),
    "<%= { code: 200, headers: {} }.to_json %>": '{"code":200,"headers":{}}',
    "<%= { code: 422, headers: {} }.to_json %>": '{"code":422,"headers":{}}',
    '<%= { error: "destination_unreachable" }.to_json %>': '{"error":"destination_unreachable"}',
    "<%= { headers: {} }.to_json %>": '{"headers":{}}',
    "<%= { indexed_by: :all, sorted_by: :newest }.to_json %>": (
        '{"indexed_by":"all","sorted_by":"newest"}'
    ),
}
_ASSIGNEES = re.compile(r"<%=\s*\{ assignee_ids: \[ \"([0-9a-f-]{36})\" \] \}\.to_json\s*%>")
_DIGEST = re.compile(r"<%=\s*Filter\.digest_params\((\{.*?\})\)\s*%>")
_FIXTURE_HEADER = re.compile(r"\A_fixture:\n(?:[ \t]+.*\n)+")


def _uuid(label: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_OID, label))


def _when(seconds: float) -> str:
    moment = railsfixtures.REFERENCE + datetime.timedelta(seconds=seconds)
    return moment.isoformat(sep=" ")


def _digest(params: str) -> str:
    """MD5 of the filter parameters (a Ruby hash with symbols and UUID strings) as JSON."""
    text = re.sub(r"(\w+):\s", r'"\1": ', params)
    text = re.sub(r":(\w+)", r'"\1"', text)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise SourceError("filter parameters the set cannot read") from error
    return hashlib.md5(json.dumps(value, separators=(",", ":")).encode()).hexdigest()


def _expand(text: str) -> str:
    text = _FIXTURE_HEADER.sub("", text)
    text = _UUID.sub(lambda m: f'"{_uuid(m.group(1))}"', text)
    text = re.sub(r'<%=\s*"([0-9a-f-]{36})"\s*%>', r"\1", text)
    text = _ID.sub(lambda m: str(railsfixtures.identify(m.group(1))), text)
    text = _SHIFTED.sub(
        lambda m: _when(
            -int(m.group(1)) * _UNITS[m.group(2)] + int(m.group(3)) * _UNITS[m.group(4)]
        ),
        text,
    )
    text = _FROM_NOW.sub(lambda m: _when(int(m.group(1)) * _UNITS[m.group(2)]), text)
    text = _SECONDS.sub(lambda m: str(int(m.group(1)) * 86400), text)
    for tag, value in _JSON.items():
        text = text.replace(tag, value)
    text = _ASSIGNEES.sub(lambda m: json.dumps({"assignee_ids": [m.group(1)]}), text)
    return _DIGEST.sub(lambda m: _digest(m.group(1)), text)


def script(read: Callable[[str], bytes]) -> str:
    """The fixtures of every table as one PostgreSQL script."""

    def fixture(table: str) -> str:
        return _expand(text_of(read(f"test/fixtures/{table}.yml")))

    return railsfixtures.script(fixture, _TABLES)
