"""Held-out set codetriage: the test fixtures of CodeTriage, a Rails site where people sign in
with GitHub, subscribe to open-source repositories and get e-mailed a few of their open issues
(and undocumented methods) to help triage each day.

The tests load ``test/fixtures/<table>.yml``: users (Devise's e-mail, bcrypt password hash,
reset token, sign-in counts, times and IP addresses, zip code, phone number, Twitter and GitHub
names, a GitHub access token, name, favourite languages, avatar URL, e-mail frequency and
limits), GitHub repositories (owner's user name, name, full name, language, counts, a commit),
their issues (API and HTML URLs, number, title, state, the repository and owner names), the
users' repository subscriptions (e-mail, read and write limits), issue assignments of a
subscription, and documented methods of a repository (name, file, path, line).

Every row of the six fixture files with rows, loaded into PostgreSQL through ``railsfixtures``
(a table per file; ids from the labels as Rails computes them; an association written as a
fixture label, ``user: schneems``, kept as that label in a column named ``user``;
``<%= Time.now %>`` the fixed reference moment). One issue's title is ``<%= rand(36**257).to_s(36)
%>`` (a random base-36 number of up to 257 digits, for a test of over-long titles): it becomes a
fixed string of 257 base-36 digits derived from SHA-256, of the same form. ``.gitkeep`` and the
files under ``files/`` are not fixtures.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import railsfixtures
from sqlsource import text_of

REPO = "codetriage/CodeTriage"
COMMIT = "f0a72688b0e268684398dee59c0a2a09581850c6"
FILES = (
    "test/fixtures/{users,repos,issues,repo_subscriptions,issue_assignments,doc_methods}.yml"
    " (the Rails test fixtures; all rows)"
)
LICENCE = "MIT (LICENSE.txt of the repository)"
ENGINE = "postgresql"

_TABLES = (
    "users",
    "repos",
    "issues",
    "repo_subscriptions",
    "issue_assignments",
    "doc_methods",
)


_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def _base36(length: int) -> str:
    """A fixed string of ``length`` base-36 digits (in place of a random number)."""
    digest = b"".join(hashlib.sha256(bytes([i])).digest() for i in range(length // 32 + 1))
    return "".join(_DIGITS[b % 36] for b in digest[:length])


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""

    def fixture(table: str) -> str:
        return text_of(read(f"test/fixtures/{table}.yml"))

    extra = {"<%= rand(36**257).to_s(36) %>": _base36(257)}
    return railsfixtures.script(fixture, _TABLES, extra)
