"""Held-out set helpy: the test fixtures of Helpy (an open-source customer-support helpdesk:
tickets, community forums and a knowledge base, Ruby on Rails).

Helpy's tests load Rails fixtures, one YAML file per table: users (agents, admins and customers,
with names, e-mail addresses, login names, phone numbers, street address, city, state, zip, a
company and title, a bio, a signature, the IP of the last sign-in, a bcrypt password digest),
topics (support tickets and forum threads with the customer's name, the ticket's channel and
state), posts (the messages of a ticket, with ``cc``/``bcc`` e-mail addresses and the sender's
user agent), forums, knowledge-base categories and documents with their translations, flags,
votes and API keys.

Every fixture file, every row, loaded into PostgreSQL through ``railsfixtures`` (a table per
file; an association written as a fixture label kept as that label).
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
