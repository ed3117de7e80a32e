"""Held-out set tracks: the test fixtures of Tracks, a Rails application for "Getting Things
Done" (each user's next actions, with their contexts, projects, notes, recurring actions, tags and
preferences).

Tracks' tests load Rails fixtures, one YAML file per table: 6 users (login, first and last name,
e-mail, BCrypt or plain password, an SHA-1 token, authentication type: database, LDAP or CAS),
their preferences (date formats, time zone, locale, the e-mail address SMS messages come from),
contexts, projects with descriptions, todos with descriptions, notes and dates, dependencies
between todos, recurring todos, notes, tags and taggings, and two empty attachment rows.

Every fixture file, every row, loaded into PostgreSQL through ``railsfixtures`` (a table per
file; an association written as a fixture label stays that label; columns typed from their
values). The fixtures' ERB is replaced before that: each file's block of Ruby helper methods
(``today``, ``yesterday``, ``next_week``, ``way_back`` and the like) is dropped and each call of a
helper becomes the time that helper computes, counted from the fixed moment of
``railsfixtures.REFERENCE`` (a fixed date such as ``Time.zone.local(2008,1,1)`` stays that
date); ``Digest::SHA1.hexdigest("...")`` becomes that digest and ``BCrypt::Password.create("...")``
a BCrypt hash of that password (cost 10) under a fixed salt derived from its position.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import warnings
from collections.abc import Callable

import railsfixtures
from sqlsource import SourceError, text_of

REPO = "TracksApp/tracks"
COMMIT = "459058676eda63717da8fdd2441c2454a18e4c4d"
FILES = "test/fixtures/<table>.yml for 11 tables (the Rails test fixtures, all rows)"
LICENCE = "GPL-2.0 (COPYING of the repository)"
ENGINE = "postgresql"

_TABLES = (
    "attachments",
    "contexts",
    "dependencies",
    "notes",
    "preferences",
    "projects",
    "recurring_todos",
    "taggings",
    "tags",
    "todos",
    "users",
)

_BLOCK = re.compile(r"<%(?!=)(.*?)%>", re.S)
_DEF = re.compile(r"def (\w+)\s*\n(.*?)\n\s*end", re.S)
_TIME = re.compile(
    r"\(?(?:(\d+)\.(day|week)s?\.(ago|from_now)|Time\.zone\.now"
    r"|Time\.zone\.local\((\d+),\s*(\d+),\s*(\d+)\))\.utc(\.beginning_of_day)?"
    r"(?:\s*([+-])\s*(\d+)\.day)?\)?(?:\.to_formatted_s\(:db\))?"
)
_SHA1 = re.compile(r'<%=\s*Digest::SHA1\.hexdigest\("([^"]*)"\)\s*%>')
_BCRYPT = re.compile(r'<%=\s*BCrypt::Password\.create\("([^"]*)"\)\s*%>')
_SALT_ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _moment(body: str) -> str:
    """The time one helper's body computes, written as Rails writes it for the database."""
    found = _TIME.fullmatch(body.strip())
    if found is None:
        raise SourceError(f"a fixture helper the set does not know: {body.strip()[:60]!r}")
    count, unit, direction, year, month, day, midnight, sign, days = found.groups()
    moment = railsfixtures.REFERENCE
    if year is not None:
        moment = datetime.datetime(int(year), int(month), int(day))
    elif count is not None:
        step = datetime.timedelta(days=int(count) * (7 if unit == "week" else 1))
        moment = moment - step if direction == "ago" else moment + step
    if midnight:
        moment = moment.replace(hour=0, minute=0, second=0)
    if sign is not None:
        step = datetime.timedelta(days=int(days))
        moment = moment - step if sign == "-" else moment + step
    return moment.isoformat(sep=" ")


def _bcrypt(password: str, position: int) -> str:
    """BCrypt (cost 10) of ``password`` under a salt derived from ``position``."""
    digest = hashlib.sha256(f"tracks-{position}".encode()).digest()
    salt = "".join(_SALT_ALPHABET[b % 64] for b in digest[:21]) + "."
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import crypt  # the C library's crypt(3), which knows BCrypt ($2b$)

        hashed = crypt.crypt(password, "$2b$10$" + salt)
    if not hashed or not hashed.startswith("$2b$10$"):
        raise SourceError("the C library's crypt(3) does not compute BCrypt hashes")
    return hashed


def _expand(text: str) -> str:
    helpers: dict[str, str] = {}
    for block in _BLOCK.findall(text):
        for name, body in _DEF.findall(block):
            helpers[name] = _moment(body)
    text = _BLOCK.sub("", text)
    for name, value in helpers.items():
        text = re.sub(rf"<%=\s*{name}\s*%>", value, text)
    text = _SHA1.sub(lambda m: hashlib.sha1(m.group(1).encode()).hexdigest(), text)
    position = iter(range(1, 1000))
    return _BCRYPT.sub(lambda m: f"'{_bcrypt(m.group(1), next(position))}'", text)


def script(read: Callable[[str], bytes]) -> str:
    """The fixtures of every table as one PostgreSQL script."""

    def fixture(table: str) -> str:
        return _expand(text_of(read(f"test/fixtures/{table}.yml")))

    return railsfixtures.script(fixture, _TABLES)
