"""Held-out set alaveteli: the test fixtures of Alaveteli (mySociety's platform for freedom of
information requests, the software behind WhatDoTheyKnow).

Alaveteli's specs load Rails fixtures, one YAML file per table: users (name, e-mail address,
salted password hash and salt, whether the e-mail is confirmed, ban text, an "about me" text,
admin level, locale, receive-e-mail-alerts flags, request limits), pro accounts, roles and who
holds them, public bodies (authorities: name, short name, request e-mail address, URL name, notes,
home page, versions and translations), their categories and headings, requests for information
(title, URL title, who made them, to which body, state, prominence, the external user's name for a
request made elsewhere, idhash), the outgoing letters of a request (body text signed with the
requester's name, status, message type, the e-mail address of who it went to), incoming e-mail
messages with their raw e-mails, request events (the event type, params as YAML with names and
e-mail addresses, described state), comments of users on requests, tags, notes, holidays, tracks
(a user's e-mail alerts on searches and requests) and ActiveStorage attachments.

Every fixture file but two, every row, loaded into PostgreSQL through ``railsfixtures`` (a table
per file, ``active_storage/attachments.yml`` as ``active_storage_attachments``; ``Time.now.utc``
fixed at 2026-01-01 noon; an association written as a fixture label, as ``user: bob_smith_user``,
kept as that label). ``active_storage/blobs.yml`` is left out (each of its rows is one
``ActiveStorage::FixtureSet.blob`` tag that computes a file's checksum and size), and so are the
refusal-advice files, which are content of the application, not table fixtures.
"""

from __future__ import annotations

from collections.abc import Callable

import railsfixtures
from sqlsource import text_of

REPO = "mysociety/alaveteli"
COMMIT = "351eb61e0619a6f462bfc6f823c93cc42251d573"
FILES = "spec/fixtures/<table>.yml for 27 tables (the Rails test fixtures, all rows)"
LICENCE = "AGPL-3.0-or-later"
ENGINE = "postgresql"

_TABLES = (
    "users",
    "pro_accounts",
    "roles",
    "users_roles",
    "public_bodies",
    "public_body_translations",
    "public_body_versions",
    "public_body_categories",
    "public_body_category_translations",
    "public_body_category_links",
    "public_body_headings",
    "public_body_heading_translations",
    "categories",
    "category_translations",
    "category_relationships",
    "info_requests",
    "info_request_events",
    "outgoing_messages",
    "incoming_messages",
    "raw_emails",
    "comments",
    "has_tag_string_tags",
    "notes",
    "note_translations",
    "holidays",
    "track_things",
    "active_storage/attachments",
)


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""

    def fixture(table: str) -> str:
        return text_of(read(f"spec/fixtures/{table}.yml"))

    return railsfixtures.script(fixture, _TABLES)
