"""Held-out set feedbin: the test fixtures of Feedbin (an open-source web-based RSS reader sold as
a subscription service).

Feedbin's tests load Rails fixtures, one YAML file per table: users (e-mail address, bcrypt
password digest, authentication, newsletter, starred-feed, page and inbound-mail tokens, the
Stripe customer id, plan, price tier, admin flag), authentication tokens, plans with Stripe ids
and prices, feeds (title, feed, site and self URLs, host, crawl data), subscriptions and podcast
subscriptions of users to feeds, recently played entries, and saved actions (a user's search
query, the actions to take, feed and tag ids).

Every fixture file, every row, loaded into PostgreSQL through ``railsfixtures`` (a table per
file; an association written as a fixture label, as ``user: ben``, kept as that label).
``users.yml`` calls two helpers: ``default_password_digest`` (``BCrypt::Password.create
("password", cost: 4)`` in ``test/support/login_helper.rb``, a fresh salt on each run) is here
the bcrypt digest of that password at cost 4 under a fixed salt, computed once with ``crypt(3)``
and written below; ``SecureRandom.hex`` (32 random hexadecimal digits) is one fixed string of 32
hexadecimal digits.
"""

from __future__ import annotations

from collections.abc import Callable

import railsfixtures
from sqlsource import text_of

REPO = "feedbin/feedbin"
COMMIT = "9bfc9f684afdc68b6c9bbd0d96e4a8e783608bf4"
FILES = "test/fixtures/<table>.yml for 8 tables (the Rails test fixtures, all rows)"
LICENCE = "MIT"
ENGINE = "postgresql"

_TABLES = (
    "users",
    "authentication_tokens",
    "plans",
    "feeds",
    "subscriptions",
    "podcast_subscriptions",
    "recently_played_entries",
    "actions",
)

_DIGEST = "$2a$04$abcdefghijklmnopqrstuughE8Ev8uGFaUgY2cNEySvxngrb/Jzdm"
_EXTRA = {
    "<%= default_password_digest %>": _DIGEST,
    "<%= SecureRandom.hex %>": "5f0c6a1e9b2d47c38e1a4b6d7c9e0f21",
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""

    def fixture(table: str) -> str:
        return text_of(read(f"test/fixtures/{table}.yml"))

    return railsfixtures.script(fixture, _TABLES, _EXTRA)
