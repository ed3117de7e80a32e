"""Held-out set railsdevs: the test fixtures of railsdevs.com, a Rails job board where
freelance and full-time Ruby on Rails developers publish profiles and businesses that pay a
subscription write to them.

The application's tests load Rails fixtures, one YAML file per table: users (e-mail, Devise bcrypt
password hash, confirmation time, authentication token, admin and suspended flags), developers
(name, hero line, bio, search status, scheduling link, public profile key), their locations
(country, time zone, UTC offset), role levels and role types, businesses (contact name, company,
bio), conversations between a developer and a business with an inbound e-mail token, messages
(plain and HTML bodies, sender), notifications with JSON parameters, device notification tokens,
signatures of the hiring agreement (a business owner's full name) and its terms, Pay's Stripe
customers and subscriptions, Active Storage blobs and attachments (avatars, a cover image, a signed
PDF), an analytics event, specialties and the open-startup bookkeeping (revenue, expenses,
contributions, transactions, monthly balances, metrics).

Every fixture file, every row, loaded into PostgreSQL through ``railsfixtures`` (a table per
file, ``open_startup/revenue.yml`` as ``open_startup_revenue`` and so on; relative times fixed from
``railsfixtures.REFERENCE``; an association written as a fixture label kept as that label). The
ERB that ``railsfixtures`` does not know is replaced here: ``DateTime.current`` is that moment,
``Date.yesterday`` the day before, ``Time.current - 1.day`` a day before it, ``Date.new(y, m, d)``
that date; ``Devise::Encryptor.digest(User, "password")`` is a bcrypt hash (cost 10) of
``password`` under a fixed salt, computed once with ``crypt(3)`` and written below;
``Devise.friendly_token`` (20 random URL-safe characters) is a fixed 20-character token per use,
derived from its position; ``Businesses::Plan.with_identifier(:full_time).stripe_price_id`` (read
from the environment by the application) is the fixed string ``price_full_time``; each
``ActiveStorage::FixtureSet.blob(filename: ...)`` is the blob row Rails makes of that file of
``test/fixtures/files`` (its byte size, base64 MD5 checksum, content type from its extension, the
``test`` service) with a fixed key derived from the file name instead of a random one.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import json
import re
from collections.abc import Callable

import railsfixtures
from sqlsource import SourceError, text_of

REPO = "joemasilotti/railsdevs.com"
COMMIT = "4d0c9dfd5ddb15870b188e47892b17e911859cd0"
FILES = "test/fixtures/**/<table>.yml for 25 tables (the Rails test fixtures, all rows)"
LICENCE = "MIT (LICENSE of the repository)"
ENGINE = "postgresql"

_TABLES = (
    "users",
    "developers",
    "locations",
    "role_levels",
    "role_types",
    "specialties",
    "businesses",
    "conversations",
    "messages",
    "notifications",
    "notification_tokens",
    "hiring_agreements/signatures",
    "hiring_agreements/terms",
    "pay/customers",
    "pay/subscriptions",
    "active_storage/blobs",
    "active_storage/attachments",
    "analytics/events",
    "open_startup/contributions",
    "open_startup/expenses",
    "open_startup/metrics",
    "open_startup/monthly_balances",
    "open_startup/revenue",
    "open_startup/stripe_transactions",
    "open_startup/transactions",
)

_MOMENT = railsfixtures.REFERENCE
_DAY = datetime.timedelta(days=1)
_EXTRA = {
    "<%= DateTime.current %>": _MOMENT.isoformat(sep=" "),
    "<%= Time.current - 1.day %>": (_MOMENT - _DAY).isoformat(sep=" "),
    "<%= Date.yesterday %>": (_MOMENT.date() - _DAY).isoformat(),
    '<%= Devise::Encryptor.digest(User, "password") %>': (
        "$2b$10$railsdevsfixturesaltxu8PXMCMTWVh2u5eM5OOUcTfzRg5Ta382"
    ),
    "<%= Businesses::Plan.with_identifier(:full_time).stripe_price_id %>": "price_full_time",
}

_DATE = re.compile(r"<%=\s*Date\.new\((\d+),\s*(\d+)(?:,\s*(\d+))?\)\s*%>")
_TOKEN = re.compile(r"<%=\s*Devise\.friendly_token\s*%>")
_BLOB = re.compile(r'<%=\s*ActiveStorage::FixtureSet\.blob\(\s*filename:\s*"([^"]+)"\s*\)\s*%>')
_TYPES = {"jpg": "image/jpeg", "png": "image/png", "pdf": "application/pdf"}
_URLSAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def _token(position: int) -> str:
    digest = hashlib.sha256(f"railsdevs friendly token {position}".encode()).digest()
    return "".join(_URLSAFE[b % 64] for b in digest[:20])


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""

    def blob(match: re.Match[str]) -> str:
        name = match.group(1)
        data = read(f"test/fixtures/files/{name}")
        extension = name.rsplit(".", 1)[-1]
        if extension not in _TYPES:
            raise SourceError(f"a blob of an unknown kind: {name}")
        row = {
            "key": hashlib.sha1(name.encode()).hexdigest()[:28],
            "filename": name,
            "content_type": _TYPES[extension],
            "service_name": "test",
            "byte_size": len(data),
            "checksum": base64.b64encode(hashlib.md5(data).digest()).decode(),
        }
        return json.dumps(row)

    def fixture(table: str) -> str:
        text = text_of(read(f"test/fixtures/{table}.yml"))
        text = _DATE.sub(lambda m: f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3] or 1):02d}", text)
        text = _BLOB.sub(blob, text)
        position = iter(range(1, 1000))
        return _TOKEN.sub(lambda m: _token(next(position)), text)

    return railsfixtures.script(fixture, _TABLES, _EXTRA)
