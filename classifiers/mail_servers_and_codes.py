"""A mail or file server's settings kept by the application, and an address's codes and numbers.

- A login named for the protocol of a server (``smtp_username``, ``ftp_passwd``,
  ``imap_password``) beside that server's host (``ftp_server``, ``smtp_address``, the glued
  ``ftphost``), in a table that is not about people, keys no person and names no person's field
  (a settings table's switches, ``match_firstname``, aside), is the application's own account
  at that server (:func:`server_login`); a user's ``ftp_password`` in a table of users, a
  customer's keyed by a number, or a mail account with its owner's display name stays the
  person's.
- A table of mails whose columns configure a mail server (two or more of ``smtp_port``,
  ``smtp_password``, ``imap_host``, one of them its secret) and names no primary recipient
  holds the application's mail settings, not mails sent: its ``cc`` and ``bcc`` are the
  organisation's own copies (:func:`server_settings`); a queue or a log of mails sent (``to``,
  ``recipient``, the server each went through) keeps its recipients.
- ``mail_code`` (or ``mailing_code``) beside a city and a street line (not a key to one, nor an
  e-mail's, an IP's or a venue's address), in a table about people with no postal code of its
  own, is the postal code of that address (:func:`mail_code`); a department's mail stop, a
  mail class, an appeal's or a list's code is not.
- A house number written ``nb`` (``streetnb``, ``house_nb``) is one only in a table about people
  or named for addresses (:func:`house_nb`): a road graph's street and a listing's house are no
  person's, and ``nb`` is a count as often.

:func:`servers_and_codes` is the name signal's rule that asks them of a field's view.

>>> server_login(("smtp", "password")), server_login(("ftp", "passwd")), server_login(("password",))
(True, True, False)
>>> server_settings([("smtp", "port"), ("smtp", "password"), ("subject",)])
2
>>> mail_code(("mail", "code"), [("street",), ("city",), ("state",)])
True
>>> mail_code(("mail", "code"), [("building",), ("floor",), ("city",)])
False
>>> mail_code(("mail", "code"), [("ip", "address"), ("city",)])
False
>>> house_nb(("streetnb",)), house_nb(("house", "nb")), house_nb(("nb", "players"))
(True, True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import SignalHit
from .name_tokens import singular
from .name_view import FieldView, keys_a_person
from .name_words import person_fields

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
#: Last words of a server's address beside its login (``ftp_server``, ``smtp_address``).
_HOSTS = frozenset({"host", "hostname", "server", "address", "domain", "port", "url"})
#: First words of a setting's switch (``match_firstname``, ``require_lastname``): it names a
#: person's field that the application asks for, not a person of the row.
_SWITCHES = frozenset({
    "match", "require", "required", "use", "show", "hide", "allow", "no", "is", "has", "enable",
    "enabled", "disable", "ask", "display", "validate", "mandatory", "optional",
})  # fmt: skip
#: Last words of a server's secret (``smtp_password``): a settings row keeps one, a mail's log
#: never does.
_SECRETS = frozenset({"password", "passwd", "pwd", "pass", "secret"})
#: A mail's primary recipient: a table of mails sent names one, a mail server's settings do not.
_RECIPIENTS = frozenset({
    ("to",), ("to", "address"), ("to", "email"), ("to", "addr"), ("recipient",), ("recipients",),
    ("recipient", "email"), ("recipient", "address"),
})  # fmt: skip
#: Words of a postal code's own column (``zip``, ``postcode``): beside one, a mail code is not.
_POSTAL = frozenset({"zip", "zipcode", "postcode", "postal", "postalcode", "plz", "cep"})
#: Words that make an ``address`` no street line (``email_address``, ``ip_address``,
#: ``venue_address``).
_NOT_STREETS = frozenset({"email", "mail", "ip", "mac", "web", "reply", "wallet", "url", "venue"})
#: Last words of a key to a town or a street (``city_id``): no town or street line itself.
_KEYS = frozenset({"id", "fk", "key"})
#: A postal code's shape: two digits at least, ten characters at most (``4021``, ``SW1A 1AA``).
_POSTCODE = re.compile(r"(?=(?:\D*\d){2})[A-Za-z0-9][A-Za-z0-9 -]{1,9}")
#: A house number written ``nb`` (``streetnb``, ``recipient_house_nb``).
_HOUSE_NB = re.compile(r"(?:^|_)(?:house|street)_?nb$")


def server_login(column: Sequence[str]) -> bool:
    """Whether a column is a login at a server, named for the server's protocol first."""
    return len(column) == 2 and column[0] in SERVER_PROTOCOLS and column[1] in LOGIN_WORDS


def server_settings(siblings: Sequence[Sequence[str]]) -> int:
    """How many columns configure a server (a protocol, then a setting: ``smtp_port``)."""
    return sum(
        1 for s in siblings if len(s) == 2 and s[0] in SERVER_PROTOCOLS and s[1] in SETTING_WORDS
    )


def _server_beside(protocol: str, siblings: Sequence[Sequence[str]]) -> bool:
    """Whether a sibling is the same protocol's server (``ftp_server`` beside ``ftp_passwd``,
    also glued: ``ftphost``, which the tokenizer leaves whole).

    >>> _server_beside("ftp", [("ftphost",)]), _server_beside("ftp", [("smtp", "host")])
    (True, False)
    """
    joined = ("".join(s) for s in siblings)
    return any(j.startswith(protocol) and j[len(protocol) :] in _HOSTS for j in joined)


def _postcode_like(samples: Sequence[object]) -> bool:
    """No samples, or most of them shaped like a postal code (two digits or more, short).

    >>> _postcode_like(("4021", "1000")), _postcode_like(("FCM", "PRI")), _postcode_like(())
    (True, False, True)
    """
    values = [str(v).strip() for v in samples if v is not None and str(v).strip()]
    if not values:
        return True
    return sum(bool(_POSTCODE.fullmatch(v)) for v in values) * 2 > len(values)


def mail_code(column: Sequence[str], siblings: Sequence[Sequence[str]]) -> bool:
    """Whether a mail code is the postal code of the row's address: a city and a street line
    are beside it (not keys to them, nor an e-mail's or an IP's address)."""
    if tuple(column) not in MAIL_CODES:
        return False
    words = [set(s) for s in siblings if s and s[-1] not in _KEYS]
    return any(w & _TOWNS for w in words) and any(
        w & _STREETS and not w & _NOT_STREETS for w in words
    )


def house_nb(column: Sequence[str]) -> bool:
    """Whether a column is a house number written ``nb`` (``streetnb``, ``house_nb``)."""
    return bool(_HOUSE_NB.search("_".join(column)))


def _of_people(view: FieldView) -> bool:
    """Whether the field's table is named for people or its columns say its rows are people."""
    return bool(view.table.tokens & view.words.PEOPLE) or "people" in view.table.context


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


def _applications_login(view: FieldView, siblings: Sequence[tuple[str, ...]]) -> bool:
    """Whether a login named for a server's protocol is the application's own: that server's
    host is beside it, no column but a switch names a person's field, and the table is about
    no person (:func:`_nobodys`)."""
    tokens = view.tokens
    return (
        server_login(tokens)
        and _server_beside(tokens[0], siblings)
        and not person_fields(s for s in siblings if s[:1] and s[0] not in _SWITCHES)
        and _nobodys(view)
    )


def _mail_settings(view: FieldView, siblings: Sequence[tuple[str, ...]]) -> bool:
    """Whether a table of mails holds a mail server's settings: two settings or more, one of them
    the server's secret, no primary recipient, and no person (:func:`_nobodys`)."""
    return (
        server_settings(siblings) >= 2
        and any(len(s) == 2 and s[0] in SERVER_PROTOCOLS and s[1] in _SECRETS for s in siblings)
        and not any(s in _RECIPIENTS for s in siblings)
        and _nobodys(view)
    )


def servers_and_codes(view: FieldView) -> list[SignalHit]:
    """A server's login and a mail settings table's copies (vetoes), a mail code beside an
    address (a postal code), a house number written ``nb`` outside a table of people or
    addresses (a veto): the name signal's rule."""
    tokens, ctx = view.tokens, view.ctx
    found = view.supported
    table = ctx.dataset.rsplit(".", 1)[-1]
    siblings = [view.tokenize(s) for s in ctx.siblings if s != ctx.name]
    if found & LOGIN_ENTITIES and _applications_login(view, siblings):
        reason = (
            f"column name {ctx.name!r} is a login at a {tokens[0]} server beside that server's "
            f"host, and table {table!r} is about no person: the application's own account there"
        )
        return [view.veto(e, reason) for e in sorted(found & LOGIN_ENTITIES)]
    if "EMAIL_ADDRESS" in found and tokens in COPIES and _mail_settings(view, siblings):
        reason = (
            f"table {table!r} configures a mail server (its login, its port) and names no "
            f"recipient: column {ctx.name!r} is the organisation's own copy address"
        )
        return [view.veto("EMAIL_ADDRESS", reason)]
    if (
        view.kind in {"text", ""}
        and "POSTAL_CODE" not in found
        and mail_code(tokens, siblings)
        and not any(set(s) & _POSTAL for s in siblings)
        and _of_people(view)
        and _postcode_like(ctx.samples)
    ):
        reason = (
            f"column name {ctx.name!r} is a mail code beside a city and a street line in a "
            "table of people with no postal code of its own: the postal code of that address"
        )
        return [view.hit("POSTAL_CODE", 0.6, reason)]
    if (
        "STREET_ADDRESS" in found
        and house_nb(tokens)
        and view.table.head not in view.words.POSTAL_TABLES
        and not _of_people(view)
    ):
        reason = (
            f"column name {ctx.name!r} is a number written 'nb' in table {table!r}, which is "
            "neither about people nor named for addresses: a count or a record's number"
        )
        return [view.veto("STREET_ADDRESS", reason)]
    return []
