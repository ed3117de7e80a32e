"""Read by the name signal: a person's account secrets kept
apart from the password, who wrote a message and tables of login attempts, and (its rule
:func:`delivery_address`) where a person's notifications are delivered; read by the value
signal's enum guard: a few addresses of a person's; read by the free-text rules: notifications
with no recipient.

The functions look at words (a column's or table's tokens, already lower-case) at the cost of a
few set look-ups; :func:`~classifiers.row_people.secret_shaped` reads an account secret's
sampled values and :func:`addresses_only` the five or fewer distinct values the enum guard
already judged.

>>> account_secret(("remember", "code")), account_secret(("activation", "key"))
('a remember-me secret', 'an activation secret')
>>> account_secret(("card", "activation", "code")) is None  # a thing's code, not a login's
True
>>> message_author(("name",), "ticket", [("email",), ("subject",)], frozenset({"ticket"}))
'email'
>>> message_author(("name",), "product", [("email",)], frozenset({"product"})) is None
True
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Sequence

from .base import SignalHit
from .name_view import FieldView, person_key_column
from .name_words import NameWords
from .organisations import role_mailbox

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
#: Last words of such a secret (``remember_hash``, ``reset_key``, ``activation_token``); a
#: ``selector`` is the half a login looks the secret up by, no secret itself.
_SECRET_WORDS = NameWords.SECRET_WORDS
#: Other words such a name may hold (``account_activation_code``, ``remember_me_token``). A
#: name with ``password`` in it (``password_reset_secret``) is left to the password patterns,
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


#: Table words of a login's own table (``users``, ``auth_user``, ``members``, ``admin``,
#: ``signup_profile``): its secrets are a person's login's.
LOGIN_TABLES = frozenset({
    "user", "users", "member", "members", "admin", "admins", "administrator", "account",
    "accounts", "auth", "login", "logins", "profile", "profiles", "registration", "registrations",
})  # fmt: skip
#: Columns beside a secret that make the row a login: a password or the login name.
_LOGIN_SIBLINGS = frozenset({
    ("password",), ("passwd",), ("pwd",), ("password", "hash"), ("hashed", "password"),
    ("username",), ("user", "name"), ("login",), ("login", "name"),
})  # fmt: skip


def login_table(table_tokens: frozenset[str], head: str) -> bool:
    """Whether a table is a login's own (its head is a login word: ``users``, ``admin``,
    ``signup_profile``) or keeps a login's secrets (``password_resets``,
    ``member_reset_tokens``: a login word with nothing but secrets' words).

    >>> login_table(frozenset({"auth", "user"}), "user")
    True
    >>> login_table(frozenset({"user", "reset", "tokens", "token"}), "token")
    True
    >>> login_table(frozenset({"customer", "meter", "meters"}), "meter")
    False
    """
    if head in LOGIN_TABLES or {"password", "reset"} <= table_tokens:
        return True
    secrets = LOGIN_TABLES | _PURPOSES.keys() | _SECRET_WORDS | {"resets", "password"}
    return bool(table_tokens & LOGIN_TABLES) and table_tokens <= secrets


def beside_a_login(siblings: Sequence[Sequence[str]]) -> bool:
    """Whether a password or a login name is among a table's columns (by their words).

    >>> beside_a_login([("id",), ("password",)]), beside_a_login([("email",), ("name",)])
    (True, False)
    """
    return any(tuple(w) in _LOGIN_SIBLINGS for w in siblings)


#: Table heads whose rows are messages a person sends (a support ticket, an enquiry through a
#: contact form, a review): a bare ``name`` beside the sender's e-mail or phone is the sender's.
#: (Not ``query``: a saved query's ``name`` is its title.)
MESSAGE_HEADS = frozenset({
    "ticket", "enquiry", "inquiry", "enquire", "feedback", "complaint", "message", "comment",
    "review", "reply", "submission", "testimonial", "guestbook",
})  # fmt: skip
#: Table words of messages a system writes, no person sends (``error_messages``).
_MACHINE_MESSAGES = frozenset({
    "error", "alert", "system", "log", "template", "status", "validation", "notification",
    "event", "queue",
})  # fmt: skip
#: The sender's own address or phone, written bare (``email``, ``mobile_no``), or after a word
#: naming the sender (``sender_email``, ``from_phone``); any other word before it makes it
#: someone else's or the organisation's (``result_email``, ``escalation_phone``,
#: ``contact_email``, ``confirmation_email``).
_REACH = frozenset({
    ("email",), ("email", "address"), ("phone",), ("mobile",), ("mobile", "no"),
})  # fmt: skip
#: Words before a message's sender's own field or key (``sender_email``, ``from_user_id``).
SENDER_WORDS = frozenset({"sender", "from", "author", "requester"})
#: Columns of what a message says: a person's message has its text.
_MESSAGE_TEXT = frozenset({
    "body", "message", "msg", "content", "text", "subject", "comment", "comments", "question",
    "enquiry", "inquiry", "details", "description", "review", "feedback",
})  # fmt: skip


def message_author(
    tokens: Sequence[str], head: str, siblings: Sequence[Sequence[str]], table: frozenset[str]
) -> str | None:
    """The sibling (as its words joined by ``_``) that reaches the sender of a message whose bare
    ``name`` this column is, or None: the table's head noun is a message's (``tickets``,
    ``enquiry``), no system writes it (not ``error_messages``), a sibling holds its text and
    another is the sender's own e-mail or phone (``email``, ``sender_phone``; not
    ``support_email``, ``contact_email``)."""
    if tuple(tokens) != ("name",) or head not in MESSAGE_HEADS or table & _MACHINE_MESSAGES:
        return None
    if not any(w and w[-1] in _MESSAGE_TEXT for w in siblings):
        return None
    for words in siblings:
        own = tuple(words[1:]) if len(words) > 1 and words[0] in SENDER_WORDS else tuple(words)
        if own in _REACH:
            return "_".join(words)
    return None


#: Table words of an attempt to log in (``signin_attempts``, ``failed_logins``,
#: ``signin_failures``): each row is someone who tried.
_ATTEMPT_WORDS = frozenset({"attempt", "attempts", "failure", "failures", "failed", "throttle"})
_LOGIN_TABLE_WORDS = frozenset({"login", "logins", "logon", "signin", "auth"})
#: The column such a row keeps the login typed in.
_TYPED_LOGINS = frozenset({("login",), ("logon",), ("identity",), ("identifier",)})
#: Of those, the ones a machine logs in with too, and the table words of such machines.
_MACHINE_LOGINS = frozenset({("identity",), ("identifier",)})
_MACHINE_WORDS = frozenset({"device", "devices", "api", "client", "clients", "key", "keys"})


def login_attempt_login(tokens: Sequence[str], table_tokens: frozenset[str]) -> bool:
    """Whether a column is the login typed in a table of login attempts (``login`` of
    ``signin_attempts``, ``identity`` of ``failed_logins``).

    >>> login_attempt_login(("login",), frozenset({"login", "attempts"}))
    True
    >>> login_attempt_login(("login",), frozenset({"page", "views"}))
    False
    """
    if tuple(tokens) in _MACHINE_LOGINS and table_tokens & _MACHINE_WORDS:
        return False  # a device's or an API client's identifier, no person's login
    return (
        tuple(tokens) in _TYPED_LOGINS
        and bool(table_tokens & _ATTEMPT_WORDS)
        and bool(table_tokens & _LOGIN_TABLE_WORDS)
    )


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", re.I)


#: Column words that name an address of a person's (``visitor_ip``, ``remote_addr``,
#: ``assignee_email``), and words that make it a machine's (``gateway_ip``, ``dns_server``).
_ADDRESS_NAMES = {
    "IP_ADDRESS": frozenset({"ip", "ips", "client", "remote", "addr"}),
    "EMAIL_ADDRESS": frozenset({"email", "emails", "mail"}),
}
_MACHINE_ADDRESSES = frozenset({
    "machine", "gateway", "server", "dns", "host", "router", "proxy", "nameserver", "device",
    "node", "subnet", "netmask", "mask",
})  # fmt: skip


def addresses_only(distinct: Sequence[str], name: Sequence[str]) -> str | None:
    """``IP_ADDRESS`` or ``EMAIL_ADDRESS`` when the column's name already names such an address
    of no machine (``visitor_ip``, ``assignee_email``; not ``gateway_ip``) and every one of two
    to a few distinct values is one (a few clients' addresses repeated over many sessions),
    else None: the value signal's enum guard leaves that entity alone, as no enum or flag is
    written so. One value repeated (a role mailbox, a test server) stays an enum's.

    >>> addresses_only(["192.0.2.7", "::1"], ("client", "ip"))
    'IP_ADDRESS'
    >>> addresses_only(["ana@example.org", "li@example.org"], ("assignee", "email"))
    'EMAIL_ADDRESS'
    >>> addresses_only(["10.0.0.1", "10.0.0.254"], ("gateway", "ip")) is None
    True
    >>> addresses_only(["1.2.3.4", "2.0.0.1"], ("version",)) is None
    True
    >>> addresses_only(["ar@example.org"], ("sender", "email")) is None
    True
    """
    words = set(name)
    if len(distinct) < 2 or words & _MACHINE_ADDRESSES:
        return None
    if words & _ADDRESS_NAMES["IP_ADDRESS"]:
        try:
            for value in distinct:
                ipaddress.ip_address(value)
        except ValueError:
            pass
        else:
            return "IP_ADDRESS"
    if words & _ADDRESS_NAMES["EMAIL_ADDRESS"] and all(_EMAIL.fullmatch(v) for v in distinct):
        return "EMAIL_ADDRESS"
    return None


#: Table heads of what a site shows to whoever reads it (``notifications``, ``news``): with
#: no recipient named, a news item. A mail's (``outbox``, ``mail_queue``) always has one, even
#: when its columns do not say who.
_BROADCAST_HEADS = frozenset({"notification", "news", "announcement"})
#: Column words naming whom a notification goes to (``to``, ``recipient_id``, ``email``,
#: ``user``), and tables a key may point at whose row is the recipient's (``account_id``,
#: ``ticket_id``: whoever holds the account or opened the ticket).
_RECIPIENT_WORDS = frozenset({
    "to", "recipient", "recipients", "rcpt", "receiver", "addressee", "email", "mail", "emails",
    "address", "phone", "mobile", "sms", "target", "destination", "uri", "subscriber", "reader",
    "follower", "audience",
})  # fmt: skip
_RECIPIENT_RECORDS = frozenset({"account", "ticket", "order", "case", "booking", "invoice"})


def broadcast(head: str, columns: Sequence[Sequence[str]], people: frozenset[str]) -> bool:
    """Whether a table of notifications or news names no recipient: no column is an address, a
    recipient, a person or a key to an account, ticket or order (``title``, ``text``,
    ``location``, ``slug``: a news item shown to whoever opens the page). A table of mails
    (``outbox``) is always sent to someone; unknown columns (none given) say nothing.

    >>> broadcast("notification", [("title",), ("text",), ("location",)], frozenset({"user"}))
    True
    >>> broadcast("notification", [("user", "id"), ("body",)], frozenset({"user"}))
    False
    >>> broadcast("outbox", [("subject",), ("body",)], frozenset({"user"}))
    False
    """
    if head not in _BROADCAST_HEADS or not columns:
        return False
    return not any(
        set(w) & (_RECIPIENT_WORDS | people)
        or (len(w) >= 2 and w[-1] == "id" and w[-2] in _RECIPIENT_RECORDS)
        for w in columns
    )


# -- the name signal's rule of a notification's address ----------------------------------------

#: Columns of where a notification is delivered, and the columns saying by which way.
_DELIVERY_COLUMNS = frozenset({("uri",), ("url",), ("target",), ("destination",), ("endpoint",)})
_CHANNELS = frozenset({"protocol", "channel", "transport", "medium"})


def delivery_address(view: FieldView) -> list[SignalHit]:
    """Where a person's notifications go: in a table of notifications or mails that says
    by which protocol or channel they go (``protocol``, ``channel``) and points at a person
    (``user_notifications`` with a ``user_id``), a ``uri``, ``target`` or ``destination``
    is the person's address there, an e-mail address (or a phone number)."""
    tokens = view.tokens
    if tokens not in _DELIVERY_COLUMNS or "mail" not in view.context(tokens):
        return []
    ctx, table, people = view.ctx, view.table, view.words.PEOPLE
    columns = [view.tokenize(s) for s in ctx.siblings]
    if not any(len(c) == 1 and c[0] in _CHANNELS for c in columns):
        return []
    if not (table.tokens & people or any(person_key_column(c, people) for c in columns)):
        return []
    reason = (
        f"column name {ctx.name!r} is where a person's notifications are delivered (the "
        "table says by which protocol or channel): their e-mail address or phone"
    )
    return [view.hit("EMAIL_ADDRESS", 0.6, reason)]


_MAILBOX = re.compile(r"[^\s@<>,;]+@[^\s@<>,;]+\.[a-z]{2,}", re.IGNORECASE)


def mailbox_address(view: FieldView) -> list[SignalHit]:
    """An e-mail address for a bare ``address`` (in any language the name signal reads:
    ``adres``, ``adresse``) whose every sampled value is one, as a register of a party's
    digital addresses keeps them (its kind in another column); a veto of the street the
    name alone suggested. Too few values for the value signal on their own, the name and
    the values agree; not a settings table's, nor a role mailbox (``noreply@``)."""
    if len(view.tokens) != 1 or "STREET_ADDRESS" not in view.supported:
        return []
    if view.table.head in view.words.SETTINGS_TABLES:
        return []  # a mail server's settings: the application's own sender
    values = [str(v).strip() for v in view.ctx.samples if v not in (None, "")]
    if not values or not all(_MAILBOX.fullmatch(v) for v in values):
        return []
    if any(role_mailbox(v) for v in values):
        return []  # ``noreply@``, ``info@``: an organisation's own
    reason = (
        f"column name {view.ctx.name!r} is a bare address and every sampled value is an "
        "e-mail address: an e-mail address, not a street"
    )
    return [view.hit("EMAIL_ADDRESS", 0.7, reason), view.veto("STREET_ADDRESS", reason)]
