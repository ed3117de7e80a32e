"""Held-out set plots2: the test fixtures of Public Lab's plots2, the Rails application behind
publiclab.org (a community of people doing environmental science: research notes, wiki pages and
questions, comments, tags, likes and follows).

plots2's tests load Rails fixtures, one YAML file per table: 22 users (user name, e-mail address,
password salt and Authlogic SHA-512 hash, persistence token, an API token, bio, role, status), 56
nodes (notes, wiki pages, redirects and features, with their author's user id, title, path and
slug, some with a latitude and longitude), 59 revisions with their title and body text, 31
comments (body and author), 29 user tags (a user's own tags: ``lat:`` and ``lon:`` of where they
are, OAuth identities with the provider's user id, notification settings, skills; one with the
OAuth data of a login, tokens included), 37 tags, 47 node tags, 20 tag subscriptions, follows
between users (written by the users' fixture labels), likes, images and CSV files uploaded by
users.

Every fixture file, every row, loaded into PostgreSQL through ``railsfixtures`` (a table per file;
an association written as a fixture label stays that label; columns typed from their values).
The fixtures' ERB is replaced before that: relative times, Unix times (``Time.now.to_i`` and
the like) and today's date written ``%m-%d-%Y`` are counted from the fixed moment of
``railsfixtures.REFERENCE``, and ``DateTime.new(2017,1,1)`` becomes that day's Unix time or
date; each ``Authlogic::Random.hex_token`` (a salt or a
persistence token) is a fixed 128-hex-digit token derived from its position, and the password
hash is what Authlogic's ``Sha512.encrypt("secretive" + salt)`` computes from it (20 rounds of
SHA-512 over the hex digest). Ruby's YAML tags (``!ruby/object:OAuth::AccessToken`` and the
objects inside it, in the data of a user's OAuth login tags) are dropped, so that the value is read
as a plain mapping (jsonb).
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Callable

import railsfixtures
from sqlsource import SourceError, text_of

REPO = "publiclab/plots2"
COMMIT = "5e1d8c2bac1c5d2ad7faf532162a72c6f65c9898"
FILES = "test/fixtures/<table>.yml for 14 tables (the Rails test fixtures, all rows)"
LICENCE = "GPL-3.0 (LICENSE of the repository)"
ENGINE = "postgresql"

_TABLES = (
    "answer_selections",
    "comments",
    "csvfiles",
    "images",
    "likes",
    "node_selections",
    "node_tags",
    "nodes",
    "relationships",
    "revisions",
    "tag_selections",
    "tags",
    "user_tags",
    "users",
)

#: Ruby's YAML tags (an OAuth access token serialised with its consumer and HTTP objects in a
#: user tag's data), dropped so that the value is read as a plain mapping
_RUBY_TAG = re.compile(r"!ruby/\w+(?::[\w:]+)?")
_NOW = railsfixtures.REFERENCE
_SECONDS = {"day": 86400, "week": 7 * 86400}
_ERB = re.compile(r"<%=?\s*(.*?)\s*%>", re.S)
_UNIX = re.compile(
    r"(?:Time|DateTime)\.now\.to_i(?:\s*([+-])\s*(\d+))?"
    r"|\(Time\.now - (\d+)\.(day|week)\)\.to_i(?:\s*\+\s*(\d+))?"
    r"|DateTime\.new\((\d+),\s*(\d+),\s*(\d+)\)\.(to_i|strftime\(\"%m-%d-%Y\"\))"
    r"|Time\.now\.strftime\(\"%m-%d-%Y\"\)"
)


def _unix(moment: datetime.datetime) -> int:
    return int(moment.replace(tzinfo=datetime.UTC).timestamp())


def _value(code: str) -> str | None:
    """The value of one Ruby expression of the fixtures, or None if railsfixtures knows it."""
    found = _UNIX.fullmatch(code)
    if found is None:
        return None
    sign, delta, back, unit, plus, year, month, day, method = found.groups()
    if year is not None:
        moment = datetime.datetime(int(year), int(month), int(day))
        return str(_unix(moment)) if method == "to_i" else moment.strftime("%m-%d-%Y")
    if back is not None:
        return str(_unix(_NOW) - int(back) * _SECONDS[unit] + int(plus or 0))
    if code.startswith("Time.now.strftime"):
        return _NOW.strftime("%m-%d-%Y")
    return str(_unix(_NOW) + (int(delta) if sign == "+" else -int(delta or 0)))


def _token(n: int) -> str:
    return hashlib.sha512(f"plots2 fixture token {n}".encode()).hexdigest()


def _expand(text: str, table: str) -> str:
    state = {"n": 0, "salt": ""}

    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        if code in ("salt = Authlogic::Random.hex_token", "Authlogic::Random.hex_token"):
            state["n"] += 1
            token = _token(state["n"])
            if code.startswith("salt"):
                state["salt"] = token
            return token
        if code == 'Authlogic::CryptoProviders::Sha512.encrypt("secretive" + salt)':
            if not state["salt"]:
                raise SourceError(f"{table}: a password hash before its salt")
            digest = "secretive" + state["salt"]
            for _ in range(20):
                digest = hashlib.sha512(digest.encode()).hexdigest()
            return digest
        value = _value(code)
        return match.group(0) if value is None else value

    return _ERB.sub(one, text)


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""

    def fixture(table: str) -> str:
        text = text_of(read(f"test/fixtures/{table}.yml"))
        return _RUBY_TAG.sub("", _expand(text, table))

    return railsfixtures.script(fixture, _TABLES)
