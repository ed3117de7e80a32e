"""A mail or file server's settings kept by the application, and a mail code beside an address.

- A login named for the protocol of a server (``smtp_username``, ``ftp_passwd``,
  ``imap_password``) in a table that is not about people and keys no person is the
  application's own account at that server (:func:`server_login`); a user's ``ftp_password``
  in a table of users, or a mail account keyed to its owner, stays the person's.
- A table of mails whose columns configure a mail server (two or more of ``smtp_port``,
  ``smtp_password``, ``imap_host``) holds the application's mail settings, not mails sent:
  its ``cc`` and ``bcc`` are the organisation's own copies (:func:`mail_settings`); a log of
  mails sent (``to``, ``subject``, ``body``, an ``smtp_response``) keeps its recipients.
- ``mail_code`` (or ``mailing_code``) beside a city and a street line is the postal code of
  that address (:func:`mail_code`); a department's or an office's mail stop, kept beside a
  building or a floor, is not.

:func:`servers_and_codes` is the name signal's rule that asks them of a field's view.

>>> server_login(("smtp", "password")), server_login(("ftp", "passwd")), server_login(("password",))
(True, True, False)
>>> server_settings([("smtp", "port"), ("smtp", "password"), ("subject",)])
2
>>> mail_code(("mail", "code"), [("street",), ("city",), ("state",)])
True
>>> mail_code(("mail", "code"), [("building",), ("floor",), ("city",)])
False
"""

from __future__ import annotations

from collections.abc import Sequence

from .base import SignalHit
from .name_tokens import singular
from .name_view import FieldView, keys_a_person

#: Protocols of the servers an application logs in to on its own behalf (mail, files,
#: directories): ``smtp``, ``imap``, ``ftp``; not ``mail`` or ``web`` (a person's mail login).
SERVER_PROTOCOLS = frozenset({
    "smtp", "smtps", "imap", "imaps", "pop", "pop3", "ftp", "ftps", "sftp", "ldap", "webdav",
})  # fmt: skip
#: Last words of a login (a user name or a secret).
LOGIN_WORDS = frozenset({
    "user", "username", "login", "password", "passwd", "pwd", "pass", "secret",
})  # fmt: skip
#: Last words of a server's settings, with a protocol first (``smtp_port``, ``imap_host``).
SETTING_WORDS = LOGIN_WORDS | frozenset({
    "host", "hostname", "server", "port", "domain", "auth", "authentication", "tls", "ssl",
    "security", "encryption",
})  # fmt: skip
#: A mail's copy recipients.
COPIES = frozenset({("cc",), ("bcc",)})
#: A mail code's words (``mail_code``, ``mailing_code``).
MAIL_CODES = frozenset({("mail", "code"), ("mailing", "code"), ("mailcode",)})
#: Words of a sibling that is a town (``city``, ``town_name``) and a street line (``address``,
#: ``street``, ``address1``).
_TOWNS = frozenset({"city", "town", "locality", "municipality"})
_STREETS = frozenset({"street", "address", "address1", "addr", "addr1"})
#: Entities of a login.
LOGIN_ENTITIES = frozenset({"USERNAME", "PASSWORD_HASH", "PASSWORD"})


def server_login(column: Sequence[str]) -> bool:
    """Whether a column is a login at a server, named for the server's protocol first."""
    return len(column) == 2 and column[0] in SERVER_PROTOCOLS and column[1] in LOGIN_WORDS


def server_settings(siblings: Sequence[Sequence[str]]) -> int:
    """How many columns configure a server (a protocol, then a setting: ``smtp_port``)."""
    return sum(
        1 for s in siblings if len(s) == 2 and s[0] in SERVER_PROTOCOLS and s[1] in SETTING_WORDS
    )


def mail_code(column: Sequence[str], siblings: Sequence[Sequence[str]]) -> bool:
    """Whether a mail code is the postal code of the row's address: a city and a street line
    are beside it."""
    if tuple(column) not in MAIL_CODES:
        return False
    words = [set(s) for s in siblings]
    return any(w & _TOWNS for w in words) and any(w & _STREETS for w in words)


def _nobodys(view: FieldView) -> bool:
    """Whether the field's table is not about people and no column keys a person. A settings
    table's switches may name a person's fields (``match_firstname``, ``use_2nd_address``):
    its name alone says it is about none."""
    people, table = view.words.PEOPLE, view.table
    if {singular(w) for w in table.tokens} & people:
        return False
    if "people" in table.context and table.head not in view.words.SETTINGS_TABLES:
        return False
    return not any(keys_a_person(view.tokenize(s), people) for s in view.ctx.siblings)


def servers_and_codes(view: FieldView) -> list[SignalHit]:
    """A server's login and a mail settings table's copies (vetoes), a mail code beside an
    address (a postal code): the name signal's rule."""
    tokens, ctx = view.tokens, view.ctx
    found = {h.entity for h in view.hits if not h.veto and h.score > 0}
    table = ctx.dataset.rsplit(".", 1)[-1]
    if found & LOGIN_ENTITIES and server_login(tokens) and _nobodys(view):
        reason = (
            f"column name {ctx.name!r} is a login at a {tokens[0]} server and table {table!r} "
            "is about no person: the application's own account at that server"
        )
        return [view.veto(e, reason) for e in sorted(found & LOGIN_ENTITIES)]
    siblings = [view.tokenize(s) for s in ctx.siblings if s != ctx.name]
    if (
        "EMAIL_ADDRESS" in found
        and tokens in COPIES
        and server_settings(siblings) >= 2
        and _nobodys(view)
    ):
        reason = (
            f"table {table!r} configures a mail server (its logins, its port): column "
            f"{ctx.name!r} is the organisation's own copy address, not a mail's recipient"
        )
        return [view.veto("EMAIL_ADDRESS", reason)]
    if view.kind in {"text", ""} and "POSTAL_CODE" not in found and mail_code(tokens, siblings):
        reason = (
            f"column name {ctx.name!r} is a mail code beside a city and a street line: the "
            "postal code of that address"
        )
        return [view.hit("POSTAL_CODE", 0.6, reason)]
    return []
