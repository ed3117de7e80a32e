"""Held-out set campfire: the test fixtures of Campfire (37signals' open-source group chat,
"ONCE Campfire").

Campfire's tests load Rails fixtures, one YAML file per table: the account (the company, with its
join code), users (first name or full name, e-mail address, bcrypt password digest, role, a bio
such as ``Designer``, a bot with its token), rooms and memberships with notification involvement,
messages with client ids, their rich-text bodies, boosts (reactions, emoji or text), searches
(what a user searched for), sessions (token, browser user agent, last activity), Web Push
subscriptions (endpoint, keys, user agent) and a bot's webhook.

Every fixture file, every row, loaded into PostgreSQL through ``railsfixtures`` (a table per file,
``push/subscriptions.yml`` as ``push_subscriptions``, ``action_text/rich_texts.yml`` as
``action_text_rich_texts``; relative times fixed from 2026-01-01 noon; an association written as
a fixture label, as ``user: david``, kept as that label). ``users.yml`` computes one password
digest with ``BCrypt::Password.create("secret123456")``, a fresh salt each run: here it is the
bcrypt digest of that password under a fixed salt, computed once with ``crypt(3)`` and written
below; the bot's ``User.generate_bot_token`` (12 random letters and digits) is a fixed 12-character
token.
"""

from __future__ import annotations

from collections.abc import Callable

import railsfixtures
from sqlsource import text_of

REPO = "basecamp/once-campfire"
COMMIT = "9310b002d7b0e4d719eedb6f2f24c8c297efbaf8"
FILES = "test/fixtures/<table>.yml for 11 tables (the Rails test fixtures, all rows)"
LICENCE = "MIT"
ENGINE = "postgresql"

_TABLES = (
    "accounts",
    "users",
    "rooms",
    "memberships",
    "messages",
    "action_text/rich_texts",
    "boosts",
    "searches",
    "sessions",
    "push/subscriptions",
    "webhooks",
)

_EXTRA = {
    '<% password_digest = BCrypt::Password.create("secret123456") %>': "",
    "<%= password_digest %>": "$2a$12$abcdefghijklmnopqrstuumLEK/JFBjLgaaT4wrczLpZk/X7Og4zC",
    "<%= User.generate_bot_token %>": "q7Xv2LmR9aKw",
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""

    def fixture(table: str) -> str:
        return text_of(read(f"test/fixtures/{table}.yml"))

    return railsfixtures.script(fixture, _TABLES, _EXTRA)
