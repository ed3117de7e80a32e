"""Held-out set helpy: the test fixtures of Helpy (an open-source customer-support helpdesk:
tickets, community forums and a knowledge base, Ruby on Rails).

Helpy's tests load Rails fixtures, one YAML file per table: users (agents, admins and customers,
with names, e-mail addresses, logins, an OpenID identity URL, bcrypt password digests, and for one
agent work and cell phone, company, street, city, state, zip, title, Twitter and LinkedIn handles,
a bio and a signature), topics (support tickets and forum threads, with a cache of their posts'
text), posts (the messages of a topic), forums, knowledge-base categories and documents with
their translations, flags, votes and API keys.

Every fixture file, every row, loaded into PostgreSQL through ``railsfixtures`` (a table per
file), but ``images.yml``, whose rows are all commented out.
"""

from __future__ import annotations

from collections.abc import Callable

import railsfixtures
from sqlsource import text_of

REPO = "helpyio/helpy"
COMMIT = "26aff0e485aee91f41098ee986cfe750746dcfee"
FILES = "test/fixtures/<table>.yml for 11 tables (the Rails test fixtures, all rows)"
LICENCE = "MIT"
ENGINE = "postgresql"

_TABLES = (
    "api_keys",
    "categories",
    "category_translations",
    "doc_translations",
    "docs",
    "flags",
    "forums",
    "posts",
    "topics",
    "users",
    "votes",
)


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""

    def fixture(table: str) -> str:
        return text_of(read(f"test/fixtures/{table}.yml"))

    return railsfixtures.script(fixture, _TABLES, {})
