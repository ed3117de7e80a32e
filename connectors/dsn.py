"""A database DSN read as a URL, and shown in messages without its secrets.

A whole DSN given through the environment is not percent-encoded, so its password may hold an
``@``; SQLAlchemy (like libpq) ends the password at the first ``@`` and takes the rest for the
host, which then shows a piece of the password in every message naming the host. A host holds
no ``@``, so the password runs to the last ``@`` before the host.

>>> url = parse_dsn("postgresql://scan:Pw@tail@db.internal:5432/shop")
>>> url.password, url.host, url.port, url.database
('Pw@tail', 'db.internal', 5432, 'shop')
>>> shown_dsn(url, "shop")
'postgresql://scan:***@db.internal:5432/shop'
>>> parse_dsn("mysql://scan:a:b/c?d@e@db/shop?charset=utf8mb4").password
'a:b/c?d@e'
"""

from __future__ import annotations

import re
from urllib.parse import quote

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from lineage.core.redact import scrub_secrets

#: DSN query parameters that hold a secret (libpq's password, sslpassword; PyMySQL's passwd).
SECRET_PARAM = re.compile(r"pass|pwd|secret|token|key", re.I)
_SCHEME = re.compile(r"^(?P<scheme>[\w+]+)://(?P<rest>.*)$", re.S)


def parse_dsn(dsn: str) -> URL:
    """The URL of ``dsn``, its password running to the last ``@`` before the host.

    Raises ArgumentError (whose message never quotes the DSN) when it is no URL, or when the
    password cannot be told from the rest (an ``@`` after a ``?``: percent-encode it)."""
    try:
        url: URL | None = make_url(dsn)
    except ArgumentError:
        raise ArgumentError("not a database URL") from None
    except ValueError:  # a port that is no number: perhaps ``pw@x:y@host:5432``
        url = None
    if url is not None and not _misread(url, dsn):
        return url
    fixed = _resplit(dsn)
    if fixed is None or _misread(fixed, dsn):
        raise ArgumentError("not a database URL")
    return fixed


def _misread(url: URL, dsn: str) -> bool:
    """An ``@`` in the host, or with a password an unencoded ``@`` in the database or the
    query: the password may have been cut short, and the rest would show a piece of it."""
    if "@" in (url.host or ""):
        return True
    if url.password is None:
        return False
    rest = dsn.partition("://")[2]
    query = rest.find("?", rest.find("@"))
    return "@" in (url.database or "") or (query >= 0 and "@" in rest[query:])


def _resplit(dsn: str) -> URL | None:
    """``dsn`` re-read with the userinfo ending at the last ``@`` before the query. Such a DSN
    is not percent-encoded (its password holds an ``@``), so the password is taken as written."""
    m = _SCHEME.match(dsn)
    if not m or "@" not in m["rest"]:
        return None
    rest = m["rest"]
    query = rest.find("?", rest.find("@"))
    at = rest.rfind("@", 0, query if query >= 0 else len(rest))
    user, _, password = rest[:at].partition(":")
    userinfo = quote(user, safe="") + ":" + quote(password, safe="")
    try:
        return make_url(f"{m['scheme']}://{userinfo}@{rest[at + 1 :]}")
    except (ArgumentError, ValueError):
        return None


def shown_dsn(url: URL | None, system_id: str) -> str:
    """How a message names a system's database: the URL without its password (neither in the
    userinfo nor in the query), or ``the DSN in systems.ID.dsn`` when it cannot be shown."""
    if url is None or "@" in (url.host or "") or "@" in (url.database or ""):
        return f"the DSN in systems.{system_id}.dsn"
    query = {k: ("hidden" if SECRET_PARAM.search(k) else v) for k, v in url.query.items()}
    shown = url.set(drivername=url.drivername.split("+")[0], query=query)
    return scrub_secrets(shown.render_as_string(hide_password=True))
