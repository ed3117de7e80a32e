"""Who a row's column names, read from the row's other columns (twenty-first and twenty-second
rounds): a person's own token kept in a table of tokens, the contact person a row's phone and
e-mail reach, the person an order is delivered to, and facts only a person has (a gender, a date
of birth) that make a table's rows people.

Every function takes words (lower-case, as :class:`~classifiers.name_tokens.Tokenizer` cuts
them), never sampled values: the value signal still vetoes a name whose values are no names.

>>> person_token(("user", "reset", "token"), ("reset", "token"), [("user", "id")])
'PASSWORD_HASH'
>>> contact_person(("supplier", "contact"), [("telephone",), ("email",)])
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .name_tokens import singular
from .name_words import NameWords

#: Words of a token table whose tokens open no one's account: an invitation, a share or a
#: download link, a coupon (``invite_tokens``, ``share_tokens``).
_NOT_A_LOGIN = frozenset({
    "invite", "invitation", "join", "share", "download", "unsubscribe", "coupon", "voucher",
    "gift", "referral", "csrf", "lexer", "parser", "syntax",
})  # fmt: skip
#: Words of a token table whose tokens reach a person's device (``push_tokens``).
_DEVICE_TOKENS = frozenset({"notification", "push", "device", "fcm", "apns", "gcm", "firebase"})
#: Words after ``token`` that still name the token itself, kept hashed (``token_digest``).
_HASHED = frozenset({"hash", "digest", "hashed", "encrypted"})
#: Bare keys of a login identity (a person's account at an identity provider or in an app).
_IDENTITY_KEYS = frozenset({("identity",), ("identity", "id")})


def person_token(
    table: Sequence[str], column: Sequence[str], siblings: Iterable[Sequence[str]]
) -> str | None:
    """The entity of a column holding a person's token in a table of tokens, or None.

    A table whose name ends in ``tokens`` (``api_tokens``, ``member_reset_tokens``) whose rows
    belong to a person (a people word in its name, a key to a person or to a login identity
    among its columns) keeps secrets that act as that person: its ``token`` column (or one
    named by the table's own words, ``reset_token``; or the token's hash) is a secret like a
    password (``PASSWORD_HASH``), or a device's address for push notifications (``DEVICE_ID``).

    >>> person_token(("api", "tokens"), ("token",), [("account", "id"), ("user", "id")])
    'PASSWORD_HASH'
    >>> person_token(("push", "tokens"), ("token",), [("member", "id")])
    'DEVICE_ID'
    >>> person_token(("invite", "tokens"), ("token",), [("user", "id")]) is None
    True
    >>> person_token(("word", "tokens"), ("token",), [("document", "id")]) is None
    True
    """
    words = [singular(w) for w in table]
    if not words or words[-1] != "token" or set(words) & _NOT_A_LOGIN:
        return None
    col = [singular(w) for w in column]
    if "token" not in col:
        return None
    at = col.index("token")
    if not (set(col[:at]) <= set(words) and set(col[at + 1 :]) <= _HASHED):
        return None
    people = NameWords.PEOPLE
    if not (set(words) & people or any(_keys_a_person(s, people) for s in siblings)):
        return None
    return "DEVICE_ID" if set(words) & _DEVICE_TOKENS else "PASSWORD_HASH"


def _keys_a_person(column: Sequence[str], people: frozenset[str]) -> bool:
    """Whether a column is a key to a person or to their login identity (``user_id``, ``owner``,
    ``identity_id``)."""
    words = tuple(singular(w) for w in column)
    if words in _IDENTITY_KEYS:
        return True
    if len(words) == 2 and words[-1] in {"id", "key", "fk"}:
        return words[0] in people
    return len(words) == 1 and words[0] in {"user", "person", "owner", "member"}


#: Column words of the ways to reach whoever a row names (the row's phone, fax or e-mail).
_REACH = frozenset({
    "phone", "telephone", "tel", "fax", "mobile", "cell", "email", "mail", "emailaddress",
})  # fmt: skip
#: Words before ``contact`` that say when or how, not whom (``last_contact``, ``contact``
#: ``method``: the last word is not ``contact`` then anyway).
_NOT_WHOM = frozenset({"last", "first", "next", "no", "do", "not", "allow", "can", "preferred"})


def contact_person(column: Sequence[str], siblings: Iterable[Sequence[str]]) -> bool:
    """Whether a text column names the contact person a row's phone, fax or e-mail reach.

    ``contact`` alone, or after a word saying whose contact it is (``supplier_contact``,
    ``primary_contact``), in a row that has its own phone, fax or e-mail columns: those are how
    the contact is reached, so the column itself is whom (the contact person's name). Without
    such columns a bare ``contact`` may itself be the phone number or the e-mail address.

    >>> contact_person(("contact",), [("tel",), ("fax",)])
    True
    >>> contact_person(("contact",), [("type",), ("user", "id")])
    False
    >>> contact_person(("last", "contact"), [("phone",)])
    False
    """
    words = [singular(w) for w in column]
    if not words or words[-1] != "contact" or len(words) > 2:
        return False
    if len(words) == 2 and words[0] in _NOT_WHOM:
        return False
    return any(
        (len(s) <= 2 and bool({singular(w) for w in s} & _REACH) and "contact" not in s)
        or tuple(s) in {("contact", "phone"), ("contact", "email"), ("contact", "tel")}
        for s in siblings
    )


def numbers_or_addresses(samples: Sequence[object]) -> bool:
    """Whether most distinct sampled values hold a digit or an ``@``: a phone number or an
    e-mail address, not a name (the column is then the contact's number or address itself).

    >>> numbers_or_addresses(("+44 20 7946 0312", "a.b@example.org")), numbers_or_addresses(())
    (True, False)
    >>> numbers_or_addresses(("Ines Marlow", "Tobias Grell", "+44 20 7946 0312"))
    False
    """
    values = {str(v) for v in samples if v is not None and str(v).strip()}
    odd = sum(1 for v in values if "@" in v or any(ch.isdigit() for ch in v))
    return bool(values) and odd * 2 > len(values)


#: Whom goods are delivered or shipped to (``deliver_to``, ``ship_to_name``).
_RECIPIENT = re.compile(r"(?:deliver(?:y)?|ship|send)_?to(?:_?name)?")


def delivered_to(column: Sequence[str]) -> bool:
    """Whether a column names whom an order is delivered or shipped to.

    >>> delivered_to(("deliver", "to")), delivered_to(("ship", "to", "name"))
    (True, True)
    >>> delivered_to(("ship", "to", "address")), delivered_to(("ship", "date"))
    (False, False)
    """
    return bool(_RECIPIENT.fullmatch("_".join(column)))


#: Table words of applications, not people: right before ``clients``, ``users`` or ``accounts``
#: (``oauth_clients``, ``api_users``, ``bot_accounts``) the rows are programs. Not ``app`` or
#: ``service``: an app's users and a service's users are people.
MACHINES = frozenset({"api", "oauth", "bot", "robot", "machine", "integration", "webservice"})
#: Heads that a machine word before them makes a program's (``oauth_clients``).
_MACHINE_HEADS = frozenset({"client", "user", "account"})
#: What a record's own name is called (``display_name`` of a role, the ``name`` of a client app).
_OWN_NAMES = frozenset({("name",), ("display", "name"), ("title",), ("label",)})


def record_name(
    table: Sequence[str], column: Sequence[str], records: frozenset[str], people: frozenset[str]
) -> str | None:
    """What a column is the name of, when its table's rows are applications or records of a
    thing (a role, a permission, a group) rather than people; else None.

    >>> people = frozenset({"client", "user"})
    >>> record_name(("oauth", "clients"), ("name",), frozenset(), people)
    'application'
    >>> record_name(("roles",), ("display", "name"), frozenset({"role"}), people)
    'role'
    >>> record_name(("clients",), ("name",), frozenset(), people) is None
    True
    """
    if tuple(column) not in _OWN_NAMES:
        return None
    words = [singular(w) for w in table]
    if not words:
        return None
    if len(words) >= 2 and words[-2] in MACHINES and words[-1] in _MACHINE_HEADS:
        return "application"
    if words[-1] in records and words[-1] not in people:
        return words[-1]
    return None


#: Columns of facts only a person (or an animal) has: a gender or sex, a date of birth.
PERSON_FACTS = frozenset({
    ("gender",), ("sex",), ("dob",), ("birth", "date"), ("date", "of", "birth"), ("birthday",),
})  # fmt: skip


def person_fact(siblings: Iterable[Sequence[str]]) -> str | None:
    """The first column naming a fact only a person has (its words joined), or None.

    >>> person_fact([("name",), ("gender",)]), person_fact([("name",), ("price",)])
    ('gender', None)
    """
    for s in siblings:
        if tuple(s) in PERSON_FACTS:
            return "_".join(s)
    return None
