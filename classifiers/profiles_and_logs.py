"""A person's profile kept as rows of a key-value table, a change log's old and new values, a
prefix every column of a table shares (``usr_``, ``oat_``), a word's male and female forms, and
where a company was incorporated.

Every function takes words (lower-case, as :class:`~classifiers.name_tokens.Tokenizer` cuts
them) or sampled values; none keeps or reports a value.

>>> table_prefix([("ab", "id"), ("ab", "token"), ("ab", "user", "id")])
'ab'
>>> gendered_forms(("title", "male"), [("title", "male"), ("title", "female")])
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .fixtures_and_accounts import distinct_texts
from .name_tokens import singular

#: Fewest columns a table needs for a prefix shared by its columns to count, and the share of
#: its columns that must start with it.
PREFIX_MIN_COLUMNS = 3
PREFIX_SHARE = 0.8


def table_prefix(columns: Sequence[Sequence[str]]) -> str | None:
    """The short word (two to four letters) that starts most of a table's column names, or None:
    a schema's habit of prefixing every column with its table's abbreviation (``usr_login``,
    ``usr_password``, ``oat_token``), which hides what the rest of the name says.

    >>> table_prefix([("usr", "id"), ("usr", "login", "name"), ("usr", "password")])
    'usr'
    >>> table_prefix([("first", "name"), ("last", "name"), ("email",)]) is None
    True
    >>> table_prefix([("is", "active"), ("is", "admin"), ("name",)]) is None
    True
    """
    if len(columns) < PREFIX_MIN_COLUMNS:
        return None
    firsts = [c[0] for c in columns if len(c) >= 2]
    if not firsts:
        return None
    first = max(set(firsts), key=firsts.count)
    if not (2 <= len(first) <= 4 and first.isalpha()) or first in {"is", "has", "can", "id"}:
        return None
    return first if firsts.count(first) >= PREFIX_SHARE * len(columns) else None


def unprefixed(words: Sequence[str], prefix: str | None) -> tuple[str, ...]:
    """A column's words without the table's prefix (``oat_token`` as ``token``).

    >>> unprefixed(("oat", "usr", "id"), "oat"), unprefixed(("oat",), "oat")
    (('usr', 'id'), ('oat',))
    """
    if prefix and len(words) >= 2 and words[0] == prefix:
        return tuple(words[1:])
    return tuple(words)


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
#: Table words of a change log, and a change's old or new side.
_LOG_WORDS = frozenset({
    "log", "audit", "history", "change", "changelog", "revision", "journal", "trail", "changeset",
})  # fmt: skip
_SIDES = frozenset({"old", "new", "before", "after", "previous", "prev", "original"})
_SIDE_TAILS = frozenset({"value", "val", "string", "text", "data", "content"})
#: Bare keys to a person (``user_id``, ``usr_id``, ``member``).
_PERSON_KEY_TAILS = frozenset({"id", "key", "fk"})

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})")
_PHONE = re.compile(r"\+?\(?\d[\d ()/.-]{5,}\d")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
#: A street and its number as most of Europe writes it (``Hauptstraße 12a``), or the number
#: first (``12 High Street``).
_STREET = re.compile(
    r"[A-ZÄÖÜ][\w.'-]+(?: [\w.'-]+){0,3} \d{1,4}[a-z]?"
    r"|\d{1,5}[a-z]? [A-Z][\w.'-]+(?: [\w.'-]+){1,3}"
)
#: Fewest distinct values, fewest shaped ones, and their least share.
VALUES_MIN, SHAPED_MIN, SHAPED_SHARE = 5, 3, 0.1


def _kind(value: str) -> str | None:
    """Which of a person's details a value is shaped like: an e-mail, a phone number, a date or
    a street with its number; None for anything else."""
    if _EMAIL.fullmatch(value):
        return "email"
    if _DATE.fullmatch(value):
        return "date"
    if (
        _PHONE.fullmatch(value)
        and not _NUMBER.fullmatch(value)
        and not _IPV4.fullmatch(value)
        and 7 <= sum(ch.isdigit() for ch in value) <= 15
    ) or (value.isdigit() and value.startswith("0") and 9 <= len(value) <= 13):
        return "phone"
    if _STREET.fullmatch(value):
        return "street"
    return None


def personal_mix(samples: Sequence[object]) -> str | None:
    """How sampled values show a person's details mixed with other values, or None: at least
    three of five or more distinct values (and a tenth of them) shaped like an e-mail, a phone
    number, a date or a street, of two kinds or more, one of them an e-mail or a phone number.

    >>> personal_mix(["Ana", "ana@example.org", "0711 555123", "1990-02-03", "Berlin", "12"])
    'e-mail addresses, phone numbers and dates among 6 distinct sampled values'
    >>> personal_mix(["true", "dark", "en", "1990-02-03", "2001-05-06", "25"]) is None
    True
    """
    values = distinct_texts(samples)
    if len(values) < VALUES_MIN:
        return None
    kinds: dict[str, int] = {}
    for v in values:
        if (k := _kind(v[:80])) is not None:
            kinds[k] = kinds.get(k, 0) + 1
    shaped = sum(kinds.values())
    if len(kinds) < 2 or not {"email", "phone"} & kinds.keys():
        return None
    if shaped < SHAPED_MIN or shaped < SHAPED_SHARE * len(values):
        return None
    names = {"email": "e-mail addresses", "phone": "phone numbers", "date": "dates",
             "street": "streets"}  # fmt: skip
    found = [names[k] for k in names if k in kinds]
    listed = ", ".join(found[:-1]) + " and " + found[-1]
    return f"{listed} among {len(values)} distinct sampled values"


def _keys_person(words: Sequence[str], people: frozenset[str]) -> bool:
    w = [singular(x) for x in words]
    if len(w) == 2 and w[1] in _PERSON_KEY_TAILS:
        return w[0] in people
    return len(w) == 1 and w[0] in {"user", "member", "person", "customer"}


def profile_value(
    column: Sequence[str], siblings: Sequence[Sequence[str]], people: frozenset[str]
) -> bool:
    """Whether a column is the value of a narrow key-value table whose rows belong to a person
    (a key to a person among its few columns): each row one field of the person's profile
    (``user_meta.meta_value``, ``member_data.value``). Words without the table's prefix.

    >>> people = frozenset({"user", "member"})
    >>> profile_value(("meta", "value"), [("id",), ("user", "id"), ("meta", "key")], people)
    True
    >>> profile_value(("value",), [("id",), ("sensor", "id"), ("value",)], people)
    False
    """
    col = [singular(w) for w in column]
    if not col or col[-1] not in _VALUE_WORDS or len(col) > 2:
        return False
    if len(col) == 2 and col[0] not in _VALUE_HEADS:
        return False
    if len(siblings) > KV_MAX_COLUMNS:
        return False
    return any(_keys_person(s, people) for s in siblings)


def change_value(table: Sequence[str], column: Sequence[str]) -> bool:
    """Whether a column is the old or new value of a change in a change log (``audit_log``'s
    ``old_value``, ``history.value_new``, ``before_value_string``). Words without the prefix.

    >>> change_value(("audit", "log"), ("old", "value")), change_value(("log",), ("value", "new"))
    (True, True)
    >>> change_value(("prices",), ("old", "value")), change_value(("log",), ("new", "owner"))
    (False, False)
    """
    if not {singular(w) for w in table} & _LOG_WORDS:
        return False
    words = [singular(w) for w in column]
    sides = [w for w in words if w in _SIDES]
    return len(sides) == 1 and set(words) - _SIDES <= _SIDE_TAILS


#: Column names of where or when a company was incorporated (``country_of_incorporation``):
#: only a company has them, so a row with one is an organisation's, its address and phone the
#: organisation's own (business contact data).
INCORPORATION = frozenset({
    ("country", "of", "incorporation"), ("state", "of", "incorporation"),
    ("place", "of", "incorporation"), ("jurisdiction", "of", "incorporation"),
    ("date", "of", "incorporation"), ("incorporation", "country"), ("incorporation", "state"),
    ("incorporation", "date"), ("incorporation", "place"), ("incorporation", "jurisdiction"),
    ("incorporated", "in"), ("incorporated", "on"),
})  # fmt: skip


#: Words a male and a female form are kept of (a title, a relation's name in either form).
_FORM_WORDS = frozenset({
    "name", "title", "label", "text", "designation", "form", "word", "salutation", "description",
    "desc", "caption", "plural", "singular",
})  # fmt: skip
_GENDERS = {"male": "female", "female": "male", "masculine": "feminine", "feminine": "masculine"}


def gendered_forms(column: Sequence[str], siblings: Sequence[Sequence[str]]) -> bool:
    """Whether a column keeps a word's male or female form (``title_male`` beside
    ``title_female``, a relation's ``name_female``): a vocabulary's wording, not a person's
    gender.

    >>> gendered_forms(("name", "female"), [("name", "male"), ("name", "female")])
    True
    >>> gendered_forms(("female",), [("male",), ("female",)])  # counts or flags of a person
    False
    >>> gendered_forms(("patient", "male"), [("patient", "male"), ("patient", "female")])
    False
    """
    words = tuple(column)
    sides = [w for w in words if w in _GENDERS]
    if len(sides) != 1 or not set(words) - {sides[0]} or not set(words) - {sides[0]} <= _FORM_WORDS:
        return False
    other = tuple(_GENDERS[w] if w == sides[0] else w for w in words)
    return any(tuple(s) == other for s in siblings)
