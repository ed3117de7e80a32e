"""How a database driver's error is worded for a user: its first line, without SQL, parameters
or credentials.

The SQL connectors and the platform readers (which run on the connectors' connections) both
word their errors with :func:`db_reason`.

>>> db_reason(Exception(1045, "Access denied for user 'scan'@'localhost'"))
"(1045) Access denied for user 'scan'@'localhost'"
>>> db_reason(Exception("cannot connect to postgresql://scan:hunter2@db/shop.\\nDETAIL: ..."))
'cannot connect to postgresql://scan:***@db/shop'
>>> db_reason(Exception("invalid dsn: postgresql://scan:Pw@tail@db/shop password='x y'"))
'invalid dsn: postgresql://scan:***@db/shop password=***'
"""

from __future__ import annotations

from lineage.core.redact import scrub_secrets


def db_reason(exc: BaseException) -> str:
    """The first line of a driver error, without SQL, parameters or credentials."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    args: tuple[object, ...] = tuple(getattr(orig, "args", ()))
    if len(args) == 2 and isinstance(args[0], int):  # PyMySQL: (code, message)
        text = f"({args[0]}) {args[1]}"
    return scrub_secrets(text).rstrip(".")
