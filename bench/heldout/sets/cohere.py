"""Held-out set cohere: the test fixtures of Cohere Pilot, a Rails application with which
Project Cohere ran a pilot of utility-bill and food assistance in Michigan (2019-2020):
enrollment partners and utility suppliers open cases for low-income households, an agent of
Cohere chats with the recipient by text message, collects their documents and passes the case to
the state, which approves or denies the benefit.

Cohere's tests load Rails fixtures, one YAML file per table: recipients (name, phone number,
street address, city, state and ZIP, a DHS number, household size, income and proof of income),
their cases (program, enroller, supplier, the supplier account number and its arrears, status,
times, the record's condition (archived, deleted), whether the household has dietary
restrictions, the benefit amount), the case assignments of partners' users, the recipients'
chats and chat messages (body, the sending agent's chat token) with an attachment, the documents of
cases, the partners (Cohere, the state, enrollers and utility suppliers) and their programs, the
partners' users (e-mail, password hash, role, remember token) and Active Storage's attachments and
blobs.

Every fixture file at the commit, every row, loaded into PostgreSQL through ``railsfixtures`` (a
table per file, ``active_storage/blobs.yml`` as ``active_storage_blobs``; an association written
as a fixture label stays that label; columns typed from their values). The fixtures' ERB is
replaced before that: ``Time.zone.now`` less a number of days, hours or minutes becomes that time
counted from ``railsfixtures.REFERENCE``; ``SecureRandom.uuid`` becomes a fixed UUID derived from
its position; the fixtures' ``password("...")`` helper (``BCrypt::Password.create`` at the minimum
cost) becomes a BCrypt hash of that password (cost 4) under a fixed salt derived from its
position.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import uuid
import warnings
from collections.abc import Callable

import railsfixtures
from sqlsource import SourceError, text_of

REPO = "projectcohere/cohere-pilot-web"
COMMIT = "90a92005f7bad17cef4add364b5a38e3bbcbb1d6"
FILES = (
    "test/fixtures/<table>.yml and test/fixtures/active_storage/<table>.yml for 12 tables"
    " (the Rails test fixtures, all rows)"
)
LICENCE = "none stated (the repository has no licence file; README.md covers setup only)"
ENGINE = "postgresql"

_TABLES = (
    "active_storage/attachments",
    "active_storage/blobs",
    "case_assignments",
    "cases",
    "chat_attachments",
    "chat_messages",
    "chats",
    "documents",
    "partners",
    "programs",
    "recipients",
    "users",
)

_LESS = re.compile(r"<%=\s*Time\.zone\.now\s*-\s*(\d+)\.(minute|hour|day)s?\s*%>")
_UUID = re.compile(r"<%=\s*SecureRandom\.uuid\s*%>")
_PASSWORD = re.compile(r'<%=\s*password\("([^"]*)"\)\s*%>')
_SALT_ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_UNITS = {"minute": 60, "hour": 3600, "day": 86400}


def _less(match: re.Match[str]) -> str:
    step = datetime.timedelta(seconds=int(match.group(1)) * _UNITS[match.group(2)])
    return (railsfixtures.REFERENCE - step).isoformat(sep=" ")


def _bcrypt(password: str, position: int) -> str:
    """BCrypt (cost 4) of ``password`` under a salt derived from ``position``."""
    digest = hashlib.sha256(f"cohere-{position}".encode()).digest()
    salt = "".join(_SALT_ALPHABET[b % 64] for b in digest[:21]) + "."
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import crypt  # the C library's crypt(3), which knows BCrypt ($2b$)

        hashed = crypt.crypt(password, "$2b$04$" + salt)
    if not hashed or not hashed.startswith("$2b$04$"):
        raise SourceError("the C library's crypt(3) does not compute BCrypt hashes")
    return hashed


def _expand(table: str, text: str) -> str:
    text = _LESS.sub(_less, text)
    tokens = iter(range(1, 1000))
    text = _UUID.sub(lambda m: str(uuid.uuid5(uuid.NAMESPACE_URL, f"{table}/{next(tokens)}")), text)
    hashes = iter(range(1, 1000))
    return _PASSWORD.sub(lambda m: f"'{_bcrypt(m.group(1), next(hashes))}'", text)


def script(read: Callable[[str], bytes]) -> str:
    """The fixtures of every table as one PostgreSQL script."""

    def fixture(table: str) -> str:
        return _expand(table, text_of(read(f"test/fixtures/{table}.yml")))

    return railsfixtures.script(fixture, _TABLES)
