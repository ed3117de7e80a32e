"""A person's profile kept as rows of a key-value table, a
prefix every column of a table shares (``mb_``, ``tk_``; :func:`~classifiers.name_tokens.
table_prefix`), a word's male and female forms, and where a company was incorporated.

Every function takes words (lower-case, as :class:`~classifiers.name_tokens.Tokenizer` cuts
them) or sampled values; none keeps or reports a value. :func:`word_forms` is the name signal's
rule that asks them of a field's view.

>>> table_prefix([("ab", "id"), ("ab", "token"), ("ab", "user", "id")])
'ab'
>>> gendered_forms(("title", "male"), [("title",), ("title", "male"), ("title", "female")])
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .base import SignalHit
from .fixtures_and_accounts import distinct_texts
from .name_tokens import singular, table_prefix, unprefixed
from .name_view import FieldView
from .organisations import role_mailbox


def own_name(column: Sequence[str], table: Sequence[str]) -> tuple[str, ...]:
    """A column's words without the table's own head before them (``client_name`` of
    ``oauth_clients`` as ``name``): the record's own name.

    >>> own_name(("client", "name"), ("oidc", "clients")), own_name(("name",), ("apps",))
    (('name',), ('name',))
    """
    if len(column) >= 2 and table and singular(column[0]) == singular(table[-1]):
        return tuple(column[1:])
    return tuple(column)


#: Words after which a column keeps a value of a key-value table (``meta_value``).
_VALUE_HEADS = frozenset({
    "meta", "field", "profile", "attribute", "attr", "property", "prop", "data", "custom",
})  # fmt: skip
_VALUE_WORDS = frozenset({"value", "val"})
#: Widest key-value table: a row of a person's own table has many columns, a key-value row few.
KV_MAX_COLUMNS = 10
#: Bare keys to a person (``user_id``, ``member``).
_PERSON_KEY_TAILS = frozenset({"id", "key", "fk"})
#: People words that name who holds a thing as much as a person (``owner_id`` of a device's
#: settings): a key to one counts only in a table named for people.
_HOLDERS = frozenset({"owner", "holder", "profile"})

#: A phone number written in full: ``+`` and a country code, or a national number with its
#: leading ``0`` in groups (``0711 555123``, ``030/5550199``). No dots: dates, versions and
#: thousands are written with dots; no lone last digit (an ISBN's check digit).
_PHONE = re.compile(r"(?:\+\d|0\d)[\d ()/-]{6,18}\d\d")
_DATE = re.compile(r"\d{4}([-/])\d{1,2}\1\d{1,2}|\d{1,2}([-/])\d{1,2}\2\d{2,4}")
#: Fewest personal e-mail addresses among the sampled values, and the least share of distinct
#: values that personal e-mail addresses and phone numbers together must make.
EMAILS_MIN, PERSONAL_SHARE = 3, 0.15


@cache
def _email() -> re.Pattern[str]:
    """An e-mail address as the e-mail recognizer reads one (compiled when first asked: the
    recognizer's module imports Presidio, which a scan's own process may never need)."""
    from .recognizers.email_shape import EmailShapeRecognizer

    return re.compile(EmailShapeRecognizer.PATTERNS[0].regex, re.IGNORECASE)


def _personal_email(value: str) -> bool:
    return _email().fullmatch(value) is not None and not role_mailbox(value)


def _phone(value: str) -> bool:
    if not _PHONE.fullmatch(value) or _DATE.fullmatch(value):
        return False
    return 8 <= sum(ch.isdigit() for ch in value) <= 15 and value.count(" ") + value.count("-") <= 4


def personal_mix(samples: Sequence[object]) -> str | None:
    """How sampled values show people's own contact details mixed with other values, or None:
    three or more personal e-mail addresses (not role mailboxes such as ``support@``), and
    personal e-mail addresses and phone numbers written in full together a sixth or more of
    the distinct values. Dates, streets and numbers count for nothing: settings, metrics and
    a game's items have them too.

    >>> personal_mix(["Ana", "ana@example.org", "0711 555123", "ben.k@example.net",
    ...     "cy@example.com", "Berlin", "12"])
    'e-mail addresses and phone numbers are 4 of 7 distinct sampled values'
    >>> personal_mix(["support@shop.example", "orders@shop.example", "sales@shop.example",
    ...     "+49 30 5550100", "EUR"]) is None
    True
    """
    values = distinct_texts(samples)
    emails = sum(_personal_email(v[:254]) for v in values)
    if emails < EMAILS_MIN:
        return None
    personal = emails + sum(_phone(v[:40]) for v in values)
    if personal < PERSONAL_SHARE * len(values):
        return None
    found = f"{personal} of {len(values)} distinct sampled values"
    return f"e-mail addresses and phone numbers are {found}"


def _keys_person(words: Sequence[str], people: frozenset[str], people_table: bool) -> bool:
    w = [singular(x) for x in words]
    if not (len(w) == 1 or (len(w) == 2 and w[1] in _PERSON_KEY_TAILS)):
        return False
    return w[0] in people and (people_table or w[0] not in _HOLDERS)


def profile_value(
    table: Sequence[str],
    column: Sequence[str],
    siblings: Sequence[Sequence[str]],
    people: frozenset[str],
) -> bool:
    """Whether a column is the value of a narrow key-value table whose rows belong to a person
    (a key to a person among its few columns): each row one field of the person's profile
    (``user_meta.meta_value``, ``member_data.value``). Words without the table's prefix; a key
    to an owner or holder counts only in a table named for people.

    >>> people = frozenset({"user", "member", "owner"})
    >>> profile_value(("usermeta",), ("meta", "value"), [("id",), ("user", "id")], people)
    True
    >>> profile_value(("readings",), ("value",), [("id",), ("sensor", "id"), ("value",)], people)
    False
    >>> profile_value(("device", "settings"), ("value",), [("owner", "id"), ("value",)], people)
    False
    """
    col = [singular(w) for w in column]
    if not col or col[-1] not in _VALUE_WORDS or len(col) > 2:
        return False
    if len(col) == 2 and col[0] not in _VALUE_HEADS:
        return False
    if len(siblings) > KV_MAX_COLUMNS:
        return False
    people_table = bool({singular(w) for w in table} & people)
    return any(_keys_person(s, people, people_table) for s in siblings)


#: Words a male and a female form are kept of (a title, a relation's name in either form).
_FORM_WORDS = frozenset({
    "name", "title", "label", "text", "designation", "form", "word", "salutation", "description",
    "desc", "caption", "plural", "singular",
})  # fmt: skip
_GENDERS = {"male": "female", "female": "male", "masculine": "feminine", "feminine": "masculine"}


def gendered_forms(column: Sequence[str], siblings: Sequence[Sequence[str]]) -> bool:
    """Whether a column keeps a word's male or female form beside the other form and the word
    itself (``title_male`` beside ``title_female`` and ``title``, a relation's ``name_female``
    beside ``name``): a vocabulary's wording, not a person's gender. Without the neutral form
    the two columns may hold two people's names (a couple's).

    >>> gendered_forms(("name", "female"), [("name",), ("name", "male"), ("name", "female")])
    True
    >>> gendered_forms(("name", "female"), [("name", "male"), ("name", "female")])
    False
    >>> gendered_forms(("female",), [("male",), ("female",)])  # counts or flags of a person
    False
    >>> gendered_forms(("patient", "male"), [("patient", "male"), ("patient", "female")])
    False
    """
    words = tuple(column)
    sides = [w for w in words if w in _GENDERS]
    neutral = tuple(w for w in words if w != sides[0]) if len(sides) == 1 else ()
    if not neutral or not set(neutral) <= _FORM_WORDS:
        return False
    other = tuple(_GENDERS[w] if w == sides[0] else w for w in words)
    kept = {tuple(s) for s in siblings}
    return other in kept and neutral in kept


def word_forms(view: FieldView) -> list[SignalHit]:
    """A veto of a gender for a word's male or female form (``title_male`` beside
    ``title_female``): the name signal's rule."""
    if not any(h.entity == "GENDER" and not h.veto for h in view.hits):
        return []
    ctx, tokens = view.ctx, view.tokens
    siblings = [view.tokenize(s) for s in ctx.siblings]
    prefix = table_prefix(siblings)
    if not gendered_forms(unprefixed(tokens, prefix), [unprefixed(s, prefix) for s in siblings]):
        return []
    reason = (
        f"column name {ctx.name!r} keeps a word's male or female form beside the other "
        "form's column: a vocabulary's wording, not a person's gender"
    )
    return [view.veto("GENDER", reason)]
