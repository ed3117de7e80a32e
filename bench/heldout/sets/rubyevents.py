"""Held-out set rubyevents: the test fixtures of RubyEvents (rubyevents.org), a Rails site that
indexes the Ruby community's conferences and meetups, their talks and videos, speakers and
sponsors, and lets people sign in, keep watch lists, mark talks watched and follow other users.

The tests load ``test/fixtures/<table>.yml``: users (e-mail, name, password digest, social
handles, a short bio, website, slug, talk counts; the site's speakers are users), the accounts
they connected through OAuth (provider, uid, access token, user name), the site's GitHub
contributors (login, name, avatar and profile URLs), favourite users, event series and events
(name, dates, city, country and state codes, kind), calls for papers, cities with coordinates,
sponsor organisations (name, website, description, logo, domain, main location) and their
sponsorships of events, talks (title, description, video provider and id, date, event), a
talk's transcript, topics and talk topics, links of users to their talks, watch lists and
watched talks.

Every row of the seventeen fixture files, loaded into PostgreSQL through ``railsfixtures`` (a
table per file, ``talk/transcripts.yml`` as ``talk_transcripts``; ids from the labels as Rails
computes them; an association written as a fixture label, ``user: one``, kept as that label in
a column named ``user``; relative times such as ``<%= 2.weeks.from_now %>`` counted from the
fixed reference moment). The users' ``password_digest`` is an ERB call that hashes a test
password with bcrypt at load time: every such tag becomes one fixed string of bcrypt's form
(``$2a$12$`` and 53 characters derived from SHA-256), as a freshly computed hash would look.
The files under ``files/`` (CSV samples and thumbnails) are not fixtures.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable

import railsfixtures
from sqlsource import text_of

REPO = "rubyevents/rubyevents"
COMMIT = "13a6abc917bc02089bd2ba81ab915e406e1a1ea1"
FILES = (
    "test/fixtures/*.yml and test/fixtures/talk/transcripts.yml"
    " (the Rails test fixtures, 17 files; all rows)"
)
LICENCE = "MIT (README.md of the repository; its LICENSE.md is not in the stored snapshot)"
ENGINE = "postgresql"

_TABLES = (
    "users",
    "connected_accounts",
    "contributors",
    "favorite_users",
    "event_series",
    "events",
    "cfps",
    "cities",
    "organizations",
    "sponsors",
    "talks",
    "talk/transcripts",
    "topics",
    "talk_topics",
    "user_talks",
    "watch_lists",
    "watched_talks",
)

_BCRYPT = re.compile(r"<%=\s*BCrypt::Password\.create\(\"[^\"]*\"\)\s*%>")


def _digest() -> str:
    """A fixed string of bcrypt's form (in place of a hash computed at load time)."""
    raw = base64.b64encode(hashlib.sha256(b"rubyevents").digest() * 2).decode()
    body = re.sub(r"[^A-Za-z0-9]", ".", raw)[:53]
    return "$2a$12$" + body


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""

    def fixture(table: str) -> str:
        return _BCRYPT.sub(_digest(), text_of(read(f"test/fixtures/{table}.yml")))

    return railsfixtures.script(fixture, _TABLES)
