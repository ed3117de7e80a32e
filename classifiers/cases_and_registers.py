"""The parties to a complaint or a case, the numbers of a civil register, and the logins a settings
table keeps: pure functions over a column's words and sampled values, which the name signal
(:class:`~classifiers.names.NameSignal`) calls.

- The parties to a complaint, a dispute or a case (``complainant``, ``respondent``,
  ``plaintiff``...) are people, and a witness, a victim or a suspect is one in a
  ``<role>_name`` (``PARTIES`` and ``CASE_ROLES`` of :class:`~classifiers.name_words.NameWords`),
  so ``claimant_name`` or a glued ``nameofdefendants`` is a person's name.
- The account of a complaint or a case (``details``, ``statement``, ``narrative``) in a table
  where a column is a party's name tells what passed between named people
  (:func:`case_account`); the details of a complaint that names no party (a product's faults),
  or only a bare ``respondent`` or ``suspect`` (a resolver's IP, a fraud rule's flag), are not.
- A column named ``identity`` whose values are identity card numbers (18 characters around a
  birth date, or any 8 to 20 digits in a table of people) holds the number of a person's
  identity card (:func:`identity_number`), as applications translated from languages where
  "identity" names the card write it; an ``identity`` beside a provider or a device (an OAuth
  identity's user id, an IMEI), or of roles, does not.
- A table that gives a person a position (a key to a resident, a member or an employee and a
  ``position``, ``role`` or ``designation``: a town's councillors, a club's board) holds people
  in their roles, so a picture in it is the person's (:func:`role_record`); a table that also
  names a thing of its own (a ``title``, a ``price``, a ``product_id``) does not, nor does a
  user's or a player's ``position`` or ``rank``, an ordering.
- A citizen's card number (``citizen_no``, the name pattern's) typed as a number counts
  citizens instead (:func:`citizen_count`: a census's ``citizen_number``).
- A service's login kept in a table of settings that points at no person is the application's
  own account at the service (:func:`settings_login`: ``smtp_username`` in ``mail_settings``);
  a bare ``username`` there, or a user's settings (``user_settings``, a key to a user), keep
  the person's.

>>> case_account(("complaint", "details"), [("complainant", "name"), ("case", "no")])
True
>>> identity_number(("identity",), ("110101199003078510", "44030419851203201X", "none"), [])
True
>>> identity_number(("identity",), ("admin", "tenant", "owner"), [], people=True)
False
>>> settings_login(("app", "settings"), ("chat", "username"), [("id",), ("chat", "token")],
...     frozenset({"user"}), keyed=False)
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from .base import SignalHit
from .name_tokens import singular
from .name_view import FieldView, keys_a_person
from .name_words import NameWords, word_set
from .people import about_people

#: Who a case names (``complainant``, ``witness``).
_PARTIES = NameWords.PARTIES | NameWords.CASE_ROLES

#: Last words of a column that tells what happened (``complaint_details``, ``statement``).
_ACCOUNTS = word_set("""
    detail details description narrative statement facts summary story allegation allegations
""")
#: Words that may lead an account (``complaint_details``, ``incident_narrative``).
_ACCOUNT_LEADS = word_set("complaint complain case incident dispute grievance claim full")
#: Words of a column that names a party (``complainant_name``, ``names_of_witnesses``,
#: ``victim_firstname``, ``witness_surname``, ``witness_family_name``).
_NAME_WORDS = word_set("""
    name names fullname full first firstname last lastname surname forename given family
""")
#: Name words that name a party only beside ``name`` (``family_name``): a victim's family
#: alone is a species' (``victim_family``: Muridae).
_NAME_ONLY_WITH_NAME = word_set("given family")
#: Name words of a person's name part (``victim_firstname``, ``witness_surname``): a bare
#: ``<party>_name`` is a host's, a firm's or a process's as often (an OOM kill's victim).
_NAME_PARTS = _NAME_WORDS - word_set("name names fullname full")

#: Columns that give a person a position (``position``, ``role``); not ``rank``, an ordering.
_ROLE_COLUMNS = frozenset({("position",), ("role",), ("designation",)})
#: People who hold an office or a membership (``resident_id``, ``member_id``): a ``position``
#: beside a key to one is an office; beside a user's, an owner's, a customer's or a player's it
#: is more often an ordering (of uploads, widgets, cart items).
_OFFICE_HOLDERS = word_set("resident member employee staff official person inhabitant")
#: Keys to a thing of the row's own (``product_id``, ``sku_id``): the pictures are the thing's.
_THING_KEYS = word_set("product item sku article variant")
#: Last words of a column that names or describes a thing of the row's own (a product's
#: ``name``, a post's ``caption``): then a picture beside them is the thing's.
_THING_COLUMNS = word_set("""
    name title caption description desc body content text price sku alt label slug
""")

#: Words of a column that is a person's identity card (``identity``).
IDENTITY_COLUMNS = frozenset({("identity",), ("identities",)})
#: A resident identity card's number: 17 digits, the holder's birth date (``YYYYMMDD``) at
#: [6:14], then a check digit or ``X``.
_CARD_NUMBER = re.compile(r"\d{6}((?:19|20)\d{6})\d{3}[\dxX]")
#: An identity card's number in a table of people: 8 to 20 digits, an ``X`` check character
#: allowed at the end.
_PEOPLES_NUMBER = re.compile(r"\d{8,20}|\d{7,19}[xX]")
#: Words of a sibling that make an ``identity`` no card's: an OAuth identity's provider or
#: issuer, a device's IMEI or serial, an account.
_NOT_A_CARD = word_set("provider issuer device imei serial account")
#: Share of the sampled values that must be card numbers.
_CARD_SHARE = 0.6

#: Columns that name a person (``username``, ``email``): a row of settings beside one, or
#: keyed by one, is that person's.
_PERSON_COLUMNS = frozenset({
    ("username",), ("user", "name"), ("login",), ("login", "name"), ("email",), ("e", "mail"),
    ("email", "address"),
})  # fmt: skip


def case_account(column: Sequence[str], siblings: Iterable[Sequence[str]]) -> bool:
    """Whether a column is the account of a complaint or a case (its last word an account word,
    any before it a complaint's or a case's) in a table where another column is a party's name
    (``complainant_name``, ``name_of_witness``), or a party's own account beside that party's
    name part (``victim_statement`` beside ``victim_firstname``; not a bare ``victim_name``, a
    ransomware victim's firm or an OOM kill's process). A bare ``respondent`` or ``suspect`` is
    no name: a resolver's, a linter's or a fraud rule's (an IP, a file, a flag).

    >>> case_account(("details",), [("witness", "name"), ("filed", "on")])
    True
    >>> case_account(("details",), [("respondent",), ("filed", "on")])
    False
    >>> case_account(("complaint", "details"), [("product", "id"), ("fault", "code")])
    False
    >>> case_account(("complaint", "details"), [("complainant", "id")])
    False
    >>> case_account(("product", "description"), [("complainant", "name")])
    False
    >>> case_account(("victim", "statement"), [("victim", "firstname")])
    True
    >>> case_account(("victim", "statement"), [("suspect", "name")])
    False
    >>> case_account(("victim", "statement"), [("victim", "name")])
    False
    """
    words = [w for w in column if not w.isdigit()]
    if not words or words[-1] not in _ACCOUNTS:
        return False
    if set(words[:-1]) <= _ACCOUNT_LEADS:
        return any(_names_a_party(s) for s in siblings)
    if len(words) == 2 and words[0] in _PARTIES:
        # a party's own account (``victim_statement``) beside that party's name part
        return any(_names_a_party(s) and words[0] in s and set(s) & _NAME_PARTS for s in siblings)
    return False


def _names_a_party(column: Sequence[str]) -> bool:
    """Whether a column is a party's name and nothing else (``name_of_complainant``,
    ``witness_full_name``), not its key, a count of them, a host's name nor a species' family.

    >>> _names_a_party(("names", "of", "witnesses")), _names_a_party(("victim", "host", "name"))
    (True, False)
    >>> _names_a_party(("victim", "family")), _names_a_party(("victim", "family", "name"))
    (False, True)
    """
    parties = [w for w in column if w in _PARTIES]
    rest = set(column) - set(parties) - {"of"}
    if rest & _NAME_ONLY_WITH_NAME and "name" not in rest:
        return False
    return len(parties) == 1 and bool(rest) and rest <= _NAME_WORDS


def role_record(siblings: Sequence[Sequence[str]]) -> str | None:
    """Why a table holds people in their roles (a reason for users), or None: one of its columns
    is a key to someone who holds an office or a membership, another is a position or a role,
    and none names a thing of its own or is a key to one.

    >>> role_record([("id",), ("member", "id"), ("position",), ("photo",)])
    "the table gives a person a position (column 'member id' is a key to a person)"
    >>> role_record([("id",), ("member", "id"), ("photo",)]) is None
    True
    >>> role_record([("member", "id"), ("position",), ("title",), ("image",)]) is None
    True
    >>> role_record([("user", "id"), ("position",), ("image",)]) is None  # an upload's order
    True
    """
    if not any(tuple(s) in _ROLE_COLUMNS for s in siblings):
        return None
    if any(s and singular(s[-1]) in _THING_COLUMNS for s in siblings):
        return None  # a title, a caption, a price: the thing's
    if any(_key_to(s, _THING_KEYS) for s in siblings):
        return None  # a product's or an item's pictures
    key = next((s for s in siblings if _key_to(s, _OFFICE_HOLDERS)), None)
    if key is None:
        return None
    return f"the table gives a person a position (column {' '.join(key)!r} is a key to a person)"


def identity_number(
    tokens: tuple[str, ...],
    samples: Iterable[object],
    siblings: Iterable[Sequence[str]],
    *,
    people: bool = False,
) -> bool:
    """Whether a column named ``identity`` holds identity card numbers: most sampled values are
    a card's number around a birth date, or, in a table of people, long digit strings; and no
    sibling names a provider or a device whose identity it would be.

    >>> identity_number(("identity",), ("12345678901", "86420975310"), [], people=True)
    True
    >>> identity_number(("identity",), ("12345678901", "86420975310"), [])
    False
    >>> identity_number(("identity",), ("110101199003078510",), [("provider",)], people=True)
    False
    >>> identity_number(("identity",), ("110101199013078515",), [])  # no 13th month
    False
    >>> identity_number(("identity",), (1, 2, 3), [], people=True)
    False
    """
    if tokens not in IDENTITY_COLUMNS or any(set(s) & _NOT_A_CARD for s in siblings):
        return False
    values = [str(v).strip() for v in samples if v is not None and str(v).strip()]
    if not values:
        return False
    cards = sum(1 for v in values if _card_number(v) or (people and _PEOPLES_NUMBER.fullmatch(v)))
    return cards >= _CARD_SHARE * len(values)


def _card_number(value: str) -> bool:
    """Whether a value is a resident identity card's number: 18 characters around a real
    birth date.

    >>> _card_number("32010219880506123X"), _card_number("123456789012345678")
    (True, False)
    """
    match = _CARD_NUMBER.fullmatch(value)
    if match is None:
        return False
    try:
        date.fromisoformat(match.group(1))
    except ValueError:
        return False
    return True


def citizen_count(tokens: Sequence[str]) -> bool:
    """Whether a column that, typed as a number, counts citizens (a census's ``citizen_number``)
    rather than numbering a citizen's card: its last words are ``citizen`` and a number word.

    >>> citizen_count(("citizen", "number")), citizen_count(("citizen", "id", "no"))
    (True, False)
    """
    return len(tokens) >= 2 and tokens[-2] == "citizen" and tokens[-1] in NameWords.NUMBER_WORDS


def settings_login(
    table: Sequence[str],
    column: Sequence[str],
    siblings: Iterable[Sequence[str]],
    people: frozenset[str],
    *,
    keyed: bool,
) -> bool:
    """Whether a service's login (``smtp_username``, ``chat_username``) is kept in a table of
    settings that is no person's: the table's last word is a settings word and no people word
    is in its name; a word that is no people word qualifies the login (a bare ``username`` or
    ``user_name`` is the key of a person's settings row); and no column is a key to a person
    (``keyed``, which the caller judges) or names one (``username``, ``email``).

    >>> people = frozenset({"user"})
    >>> settings_login(("user", "settings"), ("chat", "username"), [], people, keyed=False)
    False
    >>> settings_login(("settings",), ("chat", "username"), [], people, keyed=True)
    False
    >>> settings_login(("settings",), ("username",), [], people, keyed=False)
    False
    >>> settings_login(("settings",), ("smtp", "username"), [("email",)], people, keyed=False)
    False
    """
    words = [singular(w) for w in table]
    if not words or words[-1] not in NameWords.SETTINGS_TABLES or set(words) & people:
        return False
    if len(column) < 2 or tuple(column) in _PERSON_COLUMNS or singular(column[0]) in people:
        return False  # a bare ``username``, or a ``user_name``: the person's
    return not keyed and not any(tuple(s) in _PERSON_COLUMNS for s in siblings)


def _key_to(column: Sequence[str], heads: frozenset[str]) -> bool:
    """Whether a column is a key to one of ``heads`` (``member_id``, ``owner_user_id``).

    >>> _key_to(("owner", "user", "id"), frozenset({"user"}))
    True
    """
    words = [singular(w) for w in column]
    return len(words) >= 2 and words[-1] in NameWords.KEY_TOKENS and bool(set(words[:-1]) & heads)


def case_fields(view: FieldView) -> list[SignalHit]:
    """The account of a complaint that names its parties, an identity card's number, a count of
    citizens, a settings table's own login: the name signal's rule."""
    ctx, tokens, kind = view.ctx, view.tokens, view.kind
    if kind == "text" and case_account(tokens, (view.tokenize(s) for s in ctx.siblings)):
        reason = (
            f"column name {ctx.name!r} is the account of a complaint or a case in a table "
            "that names its parties: what passed between named people"
        )
        return [view.hit("FREE_TEXT", 0.6, reason)]
    if kind == "text" and tokens in IDENTITY_COLUMNS:
        people = about_people(ctx) is not None
        siblings = [view.tokenize(s) for s in ctx.siblings]
        if identity_number(tokens, ctx.samples, siblings, people=people):
            shape = "long digit strings in a table of people" if people else "a card's numbers"
            reason = (
                f"column name {ctx.name!r} names an identity card and most sampled values "
                f"are {shape}: the card's number"
            )
            return [view.hit("NATIONAL_ID", 0.6, reason)]
    if kind in {"key", "number"} and citizen_count(tokens):
        reason = f"numeric column {ctx.name!r} counts citizens, no card's number"
        return [view.veto("NATIONAL_ID", reason)]
    people_words = view.words.PEOPLE
    if any(h.entity == "USERNAME" and not h.veto for h in view.hits) and settings_login(
        view.tokenize(ctx.dataset.rsplit(".", 1)[-1]),
        tokens,
        [view.tokenize(s) for s in ctx.siblings],
        people_words,
        keyed=any(keys_a_person(view.tokenize(s), people_words) for s in ctx.siblings),
    ):
        reason = (
            f"table {ctx.dataset.rsplit('.', 1)[-1]!r} holds settings and points at no "
            f"person: {ctx.name!r} is the application's own login at a service"
        )
        return [view.veto("USERNAME", reason)]
    return []
