"""How a database driver's error and a DSN are worded for a user: without SQL, parameters or
credentials.

The SQL connectors and the platform readers (which run on the connectors' connections) both
word their errors with :func:`db_reason`, and name a database with :func:`shown_dsn`.

>>> db_reason(Exception(1045, "Access denied for user 'scan'@'localhost'"))
"(1045) Access denied for user 'scan'@'localhost'"
>>> db_reason(Exception("cannot connect to postgresql://scan:hunter2@db/shop.\\nDETAIL: ..."))
'cannot connect to postgresql://scan:***@db/shop'
>>> db_reason(Exception("invalid dsn: postgresql://scan:Pw@tail@db/shop password='x y'"))
'invalid dsn: postgresql://scan:***@db/shop password=***'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lineage.core.redact import scrub_secrets

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

#: DSN query parameters that hold a secret (libpq's password, sslpassword; PyMySQL's passwd).
SECRET_PARAM = re.compile(r"pass|pwd|secret|token|key", re.I)


def db_reason(exc: BaseException) -> str:
    """The first line of a driver error, without SQL, parameters or credentials."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    args: tuple[object, ...] = tuple(getattr(orig, "args", ()))
    if len(args) == 2 and isinstance(args[0], int):  # PyMySQL: (code, message)
        text = f"({args[0]}) {args[1]}"
    return scrub_secrets(text).rstrip(".")


def shown_dsn(url: URL, system_id: str) -> str:
    """How a message names a system's database: the URL parsed, shown without its password
    (neither in the userinfo nor in the query); ``the DSN in systems.ID.dsn`` when its host or
    database holds an ``@``, which is then a piece of a password cut short.

    >>> from sqlalchemy.engine import make_url
    >>> shown_dsn(make_url("postgresql+psycopg://scan:s3cr%40t@db:5432/shop?sslpassword=x"), "shop")
    'postgresql://scan:***@db:5432/shop?sslpassword=hidden'
    >>> shown_dsn(make_url("postgresql://scan:Pw@tail@db/shop"), "shop")
    'the DSN in systems.shop.dsn'
    """
    if "@" in (url.host or "") or "@" in (url.database or ""):
        return f"the DSN in systems.{system_id}.dsn"
    query = {k: ("hidden" if SECRET_PARAM.search(k) else v) for k, v in url.query.items()}
    shown = url.set(drivername=url.drivername.split("+")[0], query=query)
    return scrub_secrets(shown.render_as_string(hide_password=True))


def password_cut_short(url: URL, dsn: str) -> bool:
    """Whether ``url``, read from ``dsn``, may hold a piece of a password outside the userinfo:
    an unencoded ``@`` in the password ends the userinfo early (SQLAlchemy and libpq read to the
    first ``@``), and the rest lands in the host, the database or the query, where every message
    naming them would show it.

    >>> from sqlalchemy.engine import make_url
    >>> [password_cut_short(make_url(d), d) for d in (
    ...     "postgresql://u:Pw@tail@db/shop", "mysql://u:a@b/c@db/shop", "mysql://u:a@b?c@db/shop",
    ...     "postgresql://u:p%40w@db/shop", "postgresql://db/shop?application_name=a@b")]
    [True, True, True, False, False]
    """
    if "@" in (url.host or ""):
        return True
    if url.password is None:
        return False
    rest = dsn.partition("://")[2]
    query = rest.find("?", rest.find("@"))
    return "@" in (url.database or "") or (query >= 0 and "@" in rest[query:])
