"""A register's people fields as forms name them (``other_names`` beside a surname, an
``email_id``), a second person's copy of a field under a short prefix (``spbirthdate`` beside
``birthdate``), a login's key and secret tables, a user's id at an identity provider, and the
vocabularies that look like people's data: a table of genders, a row's ``male`` and ``female``
flags, a company's legal form, an amount whose name ends in ``ip``.

Every function takes words (lower-case, as :class:`~classifiers.name_tokens.Tokenizer` cuts
them), names or sampled values; none keeps or reports a value.

>>> other_names(("other", "names"), [("surname",), ("other", "names")])
True
>>> prefixed_copy("spbirthdate", ["id", "birthdate", "spbirthdate"])
'birthdate'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .name_tokens import singular

#: Words of a surname column: ``other names`` are a person's given names beside one.
_SURNAMES = frozenset({
    ("surname",), ("last", "name"), ("lastname",), ("family", "name"), ("familyname",),
    ("sur", "name"),
})  # fmt: skip
_OTHER_NAMES = frozenset({("other", "names"), ("other", "name"), ("othernames",)})


def other_names(column: Sequence[str], siblings: Sequence[Sequence[str]]) -> bool:
    """Whether a column keeps a person's given names as forms ask for them ("Surname" and
    "Other names"): ``other_names`` (after at most one prefix word) beside a surname column.
    Without a surname beside it, other names may be a place's or a species' aliases.

    >>> other_names(("xy", "other", "names"), [("xy", "last", "name"), ("birthdate",)])
    True
    >>> other_names(("other", "names"), [("name",), ("habitat",)])  # a plant's other names
    False
    """
    words = tuple(column)
    if not any(words[-len(o) :] == o and len(words) - len(o) <= 1 for o in _OTHER_NAMES):
        return False
    return any(tuple(s[-2:]) in _SURNAMES or tuple(s[-1:]) in _SURNAMES for s in siblings)


#: An e-mail address called an "e-mail id", as Indian English and many forms say.
_EMAIL_IDS = frozenset({("email", "id"), ("emailid",), ("mail", "id"), ("e", "mail", "id")})


def email_id(column: Sequence[str]) -> bool:
    """Whether a column's name calls an e-mail address an "e-mail id" (``email_id``,
    ``EmailID``); the caller asks for a text column in a table about people (an integer
    ``email_id`` is a key to a table of addresses).

    >>> email_id(("email", "id")), email_id(("mail", "id")), email_id(("email",))
    (True, True, False)
    """
    return tuple(column[-3:]) in _EMAIL_IDS or tuple(column[-2:]) in _EMAIL_IDS


#: Short words glued before a name that make it a flag or a count of the field, not a copy.
_NOT_A_COPY = frozenset({
    "is", "has", "no", "not", "num", "nb", "cnt", "can", "use", "show", "hide", "req", "allow",
    "max", "min", "sum", "avg", "tot", "fmt", "chk", "val", "dup", "err",
})  # fmt: skip
_PREFIX = re.compile(r"[a-z]{2,4}")


def prefixed_copy(name: str, siblings: Sequence[str]) -> str | None:
    """The sibling a glued column name copies under a short prefix (``spbirthdate`` beside
    ``birthdate``, ``spmobile`` beside ``mobile``: a second person's, a spouse's or an
    agent's, copy of the row's fields), or None. The prefix is two to four letters and no
    flag or count word (``ismobile``, ``nummobile``); the copied name has three letters or
    more.

    >>> prefixed_copy("agmobile", ["mobile", "agmobile"]), prefixed_copy("ismobile", ["mobile"])
    ('mobile', None)
    >>> prefixed_copy("subtotal", ["total"])  # a word of its own, judged as it is elsewhere
    'total'
    """
    low = name.lower()
    if not low.isalpha():
        return None
    for sibling in siblings:
        s = sibling.lower()
        if len(s) >= 3 and s != low and low.endswith(s) and s.isalpha():
            prefix = low[: -len(s)]
            if _PREFIX.fullmatch(prefix) and prefix not in _NOT_A_COPY:
                return sibling
    return None


#: Lookup-table words before or after the word a vocabulary lists (``lkp_gender``).
_LOOKUP = frozenset({"tbl", "lkp", "lu", "lookup", "ref", "list", "type", "types", "code", "codes"})
#: Widest vocabulary table: a code, the word, its translation, its sort order and a flag or two.
VOCABULARY_MAX_COLUMNS = 6


def own_vocabulary(
    table: Sequence[str], column: Sequence[str], siblings: Sequence[Sequence[str]]
) -> bool:
    """Whether a column lists the words its narrow table is named for (``gender`` of a table
    of genders with its code and sort order, ``ethnicity`` of ``ethnicities``): a vocabulary,
    no person's gender or origin. Not in a table with a person's field or a key to a person.

    >>> own_vocabulary(("tbl", "genders"), ("gender",), [("code",), ("gender",), ("sort",)])
    True
    >>> own_vocabulary(("genders",), ("gender",), [("gender",), ("user", "id")])
    False
    """
    head = tuple(singular(w) for w in table if w not in _LOOKUP)
    col = tuple(singular(w) for w in column)
    if not head or head != col or len(siblings) > VOCABULARY_MAX_COLUMNS:
        return False
    people = {"user", "person", "member", "customer", "patient", "employee", "name", "email"}
    return not any(set(s) & people for s in siblings if tuple(s) != tuple(column))


_SEXES = frozenset({("male",), ("female",)})


def sex_flags(column: Sequence[str], siblings: Sequence[Sequence[str]]) -> bool:
    """Whether a bare ``male`` or ``female`` column sits beside the other: a category's, an
    event's or a count's flags or totals for both sexes (one person is kept with one gender
    column, not two).

    >>> sex_flags(("male",), [("name",), ("male",), ("female",)])
    True
    >>> sex_flags(("male",), [("name",), ("male",)])
    False
    """
    col = tuple(column)
    return col in _SEXES and {tuple(s) for s in siblings} >= _SEXES


_FRACTIONAL = re.compile(
    r"(?:numeric|decimal|number)\(\d+, *[1-9]\d*\)|real|float\d*|double(?: precision)?|money"
    r"|smallmoney",
    re.IGNORECASE,
)


def fractional_type(data_type: str) -> bool:
    """Whether a declared type keeps fractions (``numeric(18,2)``, ``float``): an amount or a
    measure, never an IP address (an address kept as a number is a whole one).

    >>> fractional_type("numeric(18,2)"), fractional_type("bigint"), fractional_type("numeric")
    (True, False, False)
    """
    return _FRACTIONAL.fullmatch(data_type.strip()) is not None


#: A company's legal form (``legal_form``: a GmbH, a cooperative, a trust): only an
#: organisation has one.
LEGAL_FORMS = frozenset({("legal", "form"), ("legalform",), ("legal", "entity", "type")})

#: Table words of a login's secrets kept one per row: its API keys, its credentials.
_KEY_TABLES = frozenset({("api", "key"), ("apikey",)})
_CREDENTIAL_TABLES = frozenset({"credential", "secret"})


def login_secret_table(table: Sequence[str], column: Sequence[str]) -> bool:
    """Whether a column is the secret of a table of a login's API keys or credentials: the
    ``key`` of ``api_keys``, the ``value`` or ``secret`` of ``credentials``. The caller asks
    that the rows belong to a person (a key to one).

    >>> login_secret_table(("tastyapp", "api", "keys"), ("key",))
    True
    >>> login_secret_table(("user", "credentials"), ("value",))
    True
    >>> login_secret_table(("settings",), ("value",)), login_secret_table(("keys",), ("key",))
    (False, False)
    """
    words = tuple(singular(w) for w in table)
    col = tuple(column)
    if words[-2:] in _KEY_TABLES or words[-1:] in _KEY_TABLES:
        return col == ("key",)
    return bool(words) and words[-1] in _CREDENTIAL_TABLES and col in {("value",), ("secret",)}
