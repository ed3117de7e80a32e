"""Rules of the twenty-third round, read by the name signal: a person's account secrets kept
apart from the password, who wrote a message, tables of login attempts, and bank accounts kept
in a table named for banks.

Each function looks at words only (a column's or table's tokens, already lower-case), so the
name signal calls them once per distinct name at the cost of a few set look-ups.

>>> account_secret(("remember", "code")), account_secret(("activation", "key"))
('a remember-me secret', 'an activation secret')
>>> account_secret(("card", "activation", "code")) is None  # a thing's code, not a login's
True
>>> message_author(("name",), "ticket", [("email",), ("subject",)])
'email'
>>> message_author(("name",), "product", [("email",)]) is None
True
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Sequence

#: What a secret kept beside a person's password is for: staying logged in, activating the
#: account, resetting or recovering a forgotten password.
_PURPOSES = {
    "remember": "a remember-me secret",
    "activation": "an activation secret",
    "activate": "an activation secret",
    "reset": "a password-reset secret",
    "forgotten": "a password-reset secret",
    "forgot": "a password-reset secret",
    "recovery": "an account-recovery secret",
}
#: Last words of such a secret (``remember_code``, ``reset_key``, ``activation_token``); a
#: ``selector`` is the half a login looks the secret up by, no secret itself.
_SECRET_WORDS = frozenset({"token", "tokens", "code", "key", "hash", "digest", "secret"})
#: Other words such a name may hold (``account_activation_code``, ``remember_me_token``). A
#: name with ``password`` in it (``password_reset_token``) is left to the password patterns,
#: which read the words after ``password`` as describing it.
_LOGIN_WORDS = frozenset({"account", "login", "me"})


def account_secret(tokens: Sequence[str]) -> str | None:
    """What kind of account secret a column holds (a remember-me, activation or password-reset
    code, key or token), or None; every word but the last must be a purpose or a login word,
    so a gift card's ``card_activation_code`` or a product's ``reset_count`` is none.

    >>> account_secret(("account", "reset", "token")), account_secret(("reset", "count"))
    ('a password-reset secret', None)
    """
    if len(tokens) < 2 or tokens[-1] not in _SECRET_WORDS:
        return None
    lead = tokens[:-1]
    purposes = [_PURPOSES[w] for w in lead if w in _PURPOSES]
    if not purposes or not all(w in _PURPOSES or w in _LOGIN_WORDS for w in lead):
        return None
    return purposes[0]


#: Table heads whose rows are messages a person sends (a support ticket, an enquiry through a
#: contact form, a review): a bare ``name`` beside the sender's e-mail or phone is the sender's.
MESSAGE_HEADS = frozenset({
    "ticket", "enquiry", "inquiry", "enquire", "query", "feedback", "complaint", "message",
    "comment", "review", "reply", "submission", "testimonial", "guestbook",
})  # fmt: skip
#: Column words of a way to reach the sender.
_REACH = frozenset({"email", "mail", "phone", "mobile", "telephone", "tel"})
_REACH_TAIL = frozenset({"address", "addr", "no", "nr", "num", "number", "id"})
#: Words that make such a column someone else's or the organisation's (``from_email`` of a
#: reply sent by staff is the sender's too, but ``support_email`` or ``notify_email`` is not).
_NOT_SENDERS = frozenset({
    "support", "notify", "notification", "admin", "staff", "cc", "bcc", "to", "reply", "owner",
    "assigned", "assignee", "agent",
})  # fmt: skip


def message_author(
    tokens: Sequence[str], head: str, siblings: Sequence[Sequence[str]]
) -> str | None:
    """The sibling (as its words joined by ``_``) that reaches the sender of a message whose bare
    ``name`` this column is, or None: the table's head noun is a message's (``tickets``,
    ``enquiry``, ``contact_queries``) and a sibling is an e-mail or a phone of no one else
    (``email``, ``mobile``; not ``cc_email``, ``support_email``)."""
    if tuple(tokens) != ("name",) or head not in MESSAGE_HEADS:
        return None
    for words in siblings:
        core = words[:-1] if len(words) >= 2 and words[-1] in _REACH_TAIL else words
        if core and core[-1] in _REACH and not set(words) & _NOT_SENDERS:
            return "_".join(words)
    return None


#: Table words of an attempt to log in (``login_attempts``, ``failed_logins``,
#: ``signin_failures``): each row is someone who tried.
_ATTEMPT_WORDS = frozenset({"attempt", "attempts", "failure", "failures", "failed", "throttle"})
_LOGIN_TABLE_WORDS = frozenset({"login", "logins", "logon", "signin", "auth"})
#: The column such a row keeps the login typed in.
_TYPED_LOGINS = frozenset({("login",), ("logon",), ("identity",), ("identifier",)})


def login_attempt_login(tokens: Sequence[str], table_tokens: frozenset[str]) -> bool:
    """Whether a column is the login typed in a table of login attempts (``login`` of
    ``login_attempts``, ``identity`` of ``failed_logins``).

    >>> login_attempt_login(("login",), frozenset({"login", "attempts"}))
    True
    >>> login_attempt_login(("login",), frozenset({"page", "views"}))
    False
    """
    return (
        tuple(tokens) in _TYPED_LOGINS
        and bool(table_tokens & _ATTEMPT_WORDS)
        and bool(table_tokens & _LOGIN_TABLE_WORDS)
    )


#: Column words naming whose account it is (``account_holder_name``, ``beneficiary``).
_HOLDERS = frozenset({"holder", "holders", "beneficiary", "accountholder"})


def accounts_at_a_bank(head: str, columns: Sequence[Sequence[str]]) -> str | None:
    """The column naming an account's holder in a table named for banks (``bank``,
    ``bank_details``), or None: such a table holds accounts kept at a bank, the holder's, not
    the bank's own details.

    >>> accounts_at_a_bank("bank", [("account", "holder", "name"), ("account", "number")])
    'account_holder_name'
    >>> accounts_at_a_bank("bank", [("name",), ("swift",)]) is None
    True
    """
    if head != "bank":
        return None
    return next(("_".join(w) for w in columns if set(w) & _HOLDERS), None)


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", re.I)


def addresses_only(distinct: Sequence[str]) -> str | None:
    """``IP_ADDRESS`` or ``EMAIL_ADDRESS`` when every one of a few distinct values is one (a
    few clients' addresses repeated over many sessions), else None: the value signal's enum
    guard leaves that entity alone, as no enum or flag is written so.

    >>> addresses_only(["192.0.2.7", "::1"]), addresses_only(["ana@example.org"])
    ('IP_ADDRESS', 'EMAIL_ADDRESS')
    >>> addresses_only(["open", "closed"]), addresses_only([]) is None
    (None, True)
    """
    if not distinct:
        return None
    try:
        for value in distinct:
            ipaddress.ip_address(value)
    except ValueError:
        pass
    else:
        return "IP_ADDRESS"
    if all(_EMAIL.fullmatch(v) for v in distinct):
        return "EMAIL_ADDRESS"
    return None


#: Column words naming whom a mail or a notification goes to (``to``, ``recipient_id``,
#: ``email``, ``user``); a table of mails with none of them is a broadcast to whoever reads it.
_RECIPIENT_WORDS = frozenset({
    "to", "recipient", "recipients", "rcpt", "receiver", "addressee", "email", "mail", "emails",
    "address", "phone", "mobile", "sms", "target", "destination", "uri", "subscriber", "reader",
    "follower", "audience", "sent",
})  # fmt: skip


def broadcast(columns: Sequence[Sequence[str]], people: frozenset[str]) -> bool:
    """Whether a table of mails or notifications names no recipient: no column is an address,
    a recipient or a person (``title``, ``text``, ``location``, ``slug``: a news item shown to
    whoever opens the page). Unknown columns (none given) say nothing.

    >>> broadcast([("title",), ("text",), ("location",)], frozenset({"user"}))
    True
    >>> broadcast([("user", "id"), ("body",)], frozenset({"user"}))
    False
    """
    if not columns:
        return False
    return not any(set(w) & (_RECIPIENT_WORDS | people) for w in columns)
