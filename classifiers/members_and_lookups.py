"""A register's people fields as forms name them (``other_names`` beside a surname, an
``email_id``), a second person's copy of a field under a short prefix (``spbirthdate`` beside
``birthdate``), a login's key and secret tables, a user's id at an identity provider, and the
vocabularies that look like people's data: a table of genders, a row's ``male`` and ``female``
flags, an amount whose name ends in ``ip``.

Every function takes words (lower-case, as :class:`~classifiers.name_tokens.Tokenizer` cuts
them), names or sampled values; none keeps or reports a value. :func:`linked_login` and
:func:`member_fields` are the name signal's rules that ask them of a field's view.

>>> other_names(("other", "names"))
True
>>> prefixed_copy("spbirthdate", ["id", "birthdate", "spbirthdate"])
'birthdate'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from numbers import Real

from .base import SignalHit
from .households_and_logins import IDENTITY_TABLES, login_credential
from .name_tokens import singular
from .name_view import FieldView, keys_a_person, own_person_field
from .row_people import secret_shaped

_OTHER_NAMES = frozenset({("other", "names"), ("other", "name"), ("othernames",)})


def other_names(column: Sequence[str]) -> bool:
    """Whether a column's name is ``other_names`` (after at most one prefix word), as forms ask
    for a person's given names beside the surname ("Surname" and "Other names"). The caller
    asks for a surname column beside it and a row about a person (a table about people, a birth
    date, a gender or a key to a person): a typeface's, a plant's or a species' other names sit
    beside a family name too.

    >>> other_names(("xy", "other", "names")), other_names(("other", "names"))
    (True, True)
    >>> other_names(("names",)), other_names(("list", "of", "other", "names"))
    (False, False)
    """
    words = tuple(column)
    return any(words[-len(o) :] == o and len(words) - len(o) <= 1 for o in _OTHER_NAMES)


#: An e-mail address called an "e-mail id", as Indian English and many forms say.
_EMAIL_IDS = frozenset({("email", "id"), ("emailid",), ("mail", "id"), ("e", "mail", "id")})


def email_id(column: Sequence[str], samples: Sequence[object] = ()) -> bool:
    """Whether a column's name calls an e-mail address an "e-mail id" (``email_id``,
    ``EmailID``) and its sampled values, if any, have an ``@`` in one of them (codes such as
    ``EM-0017`` are an id, no address); the caller asks for a text column in a table about
    people (an integer ``email_id`` is a key to a table of addresses).

    >>> email_id(("email", "id")), email_id(("mail", "id")), email_id(("email",))
    (True, True, False)
    >>> email_id(("email", "id"), ("ann@example.org",)), email_id(("email", "id"), ("EM-1",))
    (True, False)
    """
    if tuple(column[-3:]) not in _EMAIL_IDS and tuple(column[-2:]) not in _EMAIL_IDS:
        return False
    texts = [v for v in samples if isinstance(v, str) and v.strip()]
    return not texts or any("@" in v for v in texts)


#: Short words glued before a name that make it a flag or a count of the field, not a copy.
_NOT_A_COPY = frozenset({
    "is", "has", "no", "not", "num", "nb", "cnt", "can", "use", "show", "hide", "req", "allow",
    "max", "min", "sum", "avg", "tot", "fmt", "chk", "val", "dup", "err", "auto", "sub",
})  # fmt: skip
_PREFIX = re.compile(r"[a-z]{2,4}")
#: A person's own fields a second person's copy repeats (glued, as the row names them). Never
#: a bare ``name`` or ``address``: they glue onto any noun (``filename``, ``webaddress``).
PERSON_COPIES = frozenset({
    "dob", "birthdate", "birthday", "phone", "mobile", "email", "surname", "lastname",
    "firstname", "othernames", "gender", "nationality", "passport",
})  # fmt: skip


def prefixed_copy(name: str, siblings: Sequence[str]) -> str | None:
    """The sibling a glued column name copies under a short prefix (``spbirthdate`` beside
    ``birthdate``, ``agmobile`` beside ``mobile``: a second person's, a spouse's or an
    agent's, copy of the row's fields), or None. The copied sibling is a person's own field
    (:data:`PERSON_COPIES`); the prefix is two to four letters and no flag or count word
    (``ismobile``, ``nummobile``).

    >>> prefixed_copy("agmobile", ["mobile", "agmobile"]), prefixed_copy("ismobile", ["mobile"])
    ('mobile', None)
    >>> prefixed_copy("subtotal", ["total"]), prefixed_copy("filename", ["name"])
    (None, None)
    """
    low = name.lower()
    if not low.isalpha():
        return None
    for sibling in siblings:
        s = sibling.lower()
        if s in PERSON_COPIES and s != low and low.endswith(s):
            prefix = low[: -len(s)]
            if _PREFIX.fullmatch(prefix) and prefix not in _NOT_A_COPY:
                return sibling
    return None


#: Lookup-table words before or after the word a vocabulary lists (``lkp_gender``).
_LOOKUP = frozenset({"tbl", "lkp", "lu", "lookup", "ref", "list", "type", "types", "code", "codes"})
#: Widest vocabulary table: a code, the word, its translation, its sort order and a flag or two.
VOCABULARY_MAX_COLUMNS = 6


def own_vocabulary(
    table: Sequence[str],
    column: Sequence[str],
    siblings: Sequence[Sequence[str]],
    people: frozenset[str],
    samples: Sequence[object] = (),
) -> bool:
    """Whether a column lists the words its narrow table is named for (``gender`` of a table
    of genders with its code and sort order, ``ethnicity`` of ``ethnicities``): a vocabulary,
    no person's gender or origin. Not when a sibling is a people word (``people``) or looks
    like a key to another table (``participant_id``, ``pid``: one person's gender per row),
    nor when a sampled value repeats (a vocabulary lists each word once).

    >>> own_vocabulary(("tbl", "genders"), ("gender",), [("code",), ("gender",), ("sort",)],
    ...                frozenset({"user"}))
    True
    >>> own_vocabulary(("genders",), ("gender",), [("gender",), ("user",)], frozenset({"user"}))
    False
    >>> own_vocabulary(("gender",), ("gender",), [("id",), ("gender",), ("entrant", "id")],
    ...                frozenset())
    False
    >>> own_vocabulary(("sex",), ("sex",), [("id",), ("sex",)], frozenset(), ("F", "M", "F"))
    False
    """
    head = tuple(singular(w) for w in table if w not in _LOOKUP)
    col = tuple(singular(w) for w in column)
    if not head or head != col or len(siblings) > VOCABULARY_MAX_COLUMNS:
        return False
    own_ids = {("id",), (*head, "id"), ("".join(head) + "id",)}
    for sibling in siblings:
        words = tuple(sibling)
        if words == tuple(column) or words in own_ids:
            continue
        if set(words) & people or words == ("pid",) or (words and words[-1].endswith("id")):
            return False
    texts = [str(v).strip().lower() for v in samples if v is not None and str(v).strip()]
    return len(set(texts)) == len(texts)


_SEXES = {"male": "female", "female": "male"}


def sex_flags(column: Sequence[str], siblings: Sequence[Sequence[str]]) -> bool:
    """Whether a ``male`` or ``female`` column, bare or with the same other words on both
    (``participant_male`` beside ``participant_female``), sits beside the other: a category's,
    an event's or a count's flags or totals for both sexes. The caller asks, besides, that the
    row have no person's field nor a key to a person, or that a sampled count go above one (a
    patient's two 0/1 flags are the patient's sex).

    >>> sex_flags(("male",), [("name",), ("male",), ("female",)])
    True
    >>> sex_flags(("attendee", "female"), [("attendee", "male"), ("attendee", "female")])
    True
    >>> sex_flags(("male",), [("name",), ("male",)])
    False
    >>> sex_flags(("attendee", "female"), [("staff", "male"), ("attendee", "female")])
    False
    """
    col = tuple(column)
    at = [i for i, word in enumerate(col) if word in _SEXES]
    if len(at) != 1:
        return False
    i = at[0]
    other = (*col[:i], _SEXES[col[i]], *col[i + 1 :])
    return other in {tuple(s) for s in siblings}


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


#: Table words of a login's secrets kept one per row: its credentials.
_CREDENTIAL_TABLES = frozenset({"credential", "secret"})


def login_secret_table(table: Sequence[str], column: Sequence[str]) -> bool:
    """Whether a column is the secret of a table of a login's API keys or credentials: the
    ``key`` of ``api_keys`` (its last words a login's API key, as
    :func:`~classifiers.households_and_logins.login_credential` reads them), the ``value`` or
    ``secret`` of ``credentials``. The caller asks that the rows belong to a person (a key to
    one) and that sampled values be shaped like secrets.

    >>> login_secret_table(("widget", "api", "keys"), ("key",))
    True
    >>> login_secret_table(("user", "credentials"), ("value",))
    True
    >>> login_secret_table(("settings",), ("value",)), login_secret_table(("keys",), ("key",))
    (False, False)
    """
    words = tuple(singular(w) for w in table)
    col = tuple(column)
    if (
        words
        and words[-1].endswith("key")
        and any(login_credential(words[-n:]) == "an API key" for n in (1, 2))
    ):
        return col == ("key",)
    return bool(words) and words[-1] in _CREDENTIAL_TABLES and col in {("value",), ("secret",)}


# -- the name signal's rules -------------------------------------------------------------------

#: A user's id at an identity provider, next to a ``provider`` column.
PROVIDER_UIDS = frozenset(
    {"uid", "provider_uid", "provider_id", "provider_user_id", "external_uid"}
)


def linked_login(view: FieldView) -> list[SignalHit]:
    """A bare ``name`` or ``nickname`` in a table of logins with an identity provider (a
    ``provider`` column and the user's id there, ``uid``): the account's user name there
    (OmniAuth's identities, a user's linked OAuth services)."""
    tokens = view.tokens
    if tokens not in {("name",), ("nickname",), ("username",), ("login",)}:
        return []
    ctx = view.ctx
    if any(h.entity == "USERNAME" and h.score >= 0.5 for h in view.hits):
        return []
    siblings = {"_".join(view.tokenize(s)) for s in ctx.siblings}
    if "provider" not in siblings or not siblings & PROVIDER_UIDS:
        return []
    reason = (
        f"column name {ctx.name!r} is the account's name in a table of logins with an "
        "identity provider (provider and uid columns)"
    )
    return [view.hit("USERNAME", 0.6, reason)]


#: Last words of the columns :func:`member_fields` judges (``other_names``, ``email_id``, an
#: API key table's ``key``, a credential's ``value`` or ``secret``).
_MEMBER_LAST = frozenset({
    "name", "names", "othernames", "id", "emailid", "key", "value", "secret", "pwd",
})  # fmt: skip
#: Words before ``name`` of a surname (``last_name``, ``family_name``).
LAST_NAME = frozenset({"last", "lastname", "family", "surname"})
#: A path in a file system (``/srv/app``, ``~/jobs``, ``C:\\builds``): a working directory.
_FILE_PATH = re.compile(r"(?:/|~/|[A-Za-z]:\\)\S*")
#: Words that make an ``accounts`` table a person's accounts at outside providers.
_LINKED_ACCOUNTS = frozenset({"connected", "linked", "social", "oauth", "omniauth", "external"})


def _surname(tokens: tuple[str, ...]) -> bool:
    """Whether a column is a surname (``surname``, ``last_name``, ``family_name``).

    >>> _surname(("family", "name")), _surname(("surname",)), _surname(("name",))
    (True, True, False)
    """
    return bool(tokens) and (
        tokens[-1] in {"surname", "lastname"}
        or (tokens[-1] == "name" and len(tokens) >= 2 and tokens[-2] in LAST_NAME)
    )


def member_fields(view: FieldView) -> list[SignalHit]:
    """A register's people fields as forms name them, a prefixed copy of a person's field,
    a login's key and credential tables, a user's id at an identity provider; vetoes for
    vocabularies of genders, a row's male and female flags and a ``pwd`` holding paths."""
    tokens = view.tokens
    named = {h.entity for h in view.hits if not h.veto and h.score >= 0.5}
    if not tokens or not (
        len(tokens) == 1
        or tokens[-1] in _MEMBER_LAST
        or named & {"GENDER", "DEMOGRAPHIC", "SENSITIVE_DEMOGRAPHIC"}
    ):
        return []  # none of the rules below can apply: no need to read the siblings
    ctx, table, kind = view.ctx, view.table, view.kind
    siblings = [view.tokenize(s) for s in ctx.siblings]
    words = view.tokenize(ctx.dataset.rsplit(".", 1)[-1])
    person_key = any(keys_a_person(s, view.words.PEOPLE) for s in siblings)
    out: list[SignalHit] = []
    if (
        kind in {"text", ""}
        and "PERSON_NAME" not in named
        and other_names(tokens)
        and any(_surname(s) for s in siblings)
        and (
            "people" in view.context(tokens)
            or person_key
            or any(set(s) & (view.words.BIRTH_WORDS | {"gender", "sex"}) for s in siblings)
        )
    ):
        reason = (
            f"column name {ctx.name!r} is a person's other (given) names beside the "
            "surname, as forms ask for them"
        )
        out.append(view.hit("PERSON_NAME", 0.7, reason))
    if (
        kind in {"text", ""}
        and "EMAIL_ADDRESS" not in named
        and email_id(tokens, ctx.samples)
        and "people" in view.context(tokens)
    ):
        reason = f"column name {ctx.name!r} calls a person's e-mail address an e-mail id"
        out.append(view.hit("EMAIL_ADDRESS", 0.65, reason))
    if (
        not named
        and not out
        and kind != "boolean"
        and tokens == (ctx.name.lower(),)
        and "people" in view.context(tokens)
    ):
        copied = prefixed_copy(ctx.name, ctx.siblings)
        if copied is not None:
            why = (
                f"column name {ctx.name!r} is column {copied!r} under a short prefix, a second "
                "person's copy of it"
            )
            out.extend(view.as_named(copied, why))
    if (
        kind in {"text", ""}
        and login_secret_table(words, tokens)
        and person_key
        and secret_shaped(ctx.samples)
    ):
        reason = (
            f"column {ctx.name!r} is the secret of a table of a person's API keys or credentials"
        )
        out.append(view.hit("PASSWORD_HASH", 0.6, reason))
    if (
        kind in {"text", ""}
        and tokens == ("uid",)
        and "provider" in {"_".join(s) for s in siblings}
        and (
            table.head in IDENTITY_TABLES
            or (table.head == "account" and table.tokens & _LINKED_ACCOUNTS)
        )
    ):
        reason = (
            f"column name {ctx.name!r} is a person's id at the identity provider named "
            "beside it, in a table of logins: the account's login there"
        )
        out.append(view.hit("USERNAME", 0.6, reason))
    texts = [str(v).strip() for v in ctx.samples if v is not None and str(v).strip()]
    if (
        "PASSWORD_HASH" in named
        and tokens[-1] == "pwd"
        and texts
        and all(_FILE_PATH.fullmatch(v) for v in texts)
    ):
        reason = (
            f"every sampled value of {ctx.name!r} is a file path: a working directory "
            "(as a shell's pwd prints it), no password"
        )
        out.append(view.veto("PASSWORD_HASH", reason))
    if named & {"GENDER", "DEMOGRAPHIC", "SENSITIVE_DEMOGRAPHIC"} and own_vocabulary(
        words, tokens, siblings, view.words.PEOPLE, ctx.samples
    ):
        reason = (
            f"column {ctx.name!r} lists the words its table is named for: a vocabulary, no person's"
        )
        out += [view.veto(e, reason) for e in ("GENDER", "DEMOGRAPHIC", "SENSITIVE_DEMOGRAPHIC")]
    if (
        "GENDER" in named
        and kind in {"boolean", "number", "key"}
        and sex_flags(tokens, siblings)
        and (
            not (person_key or any(own_person_field(s) for s in siblings))
            or any(
                isinstance(v, Real | Decimal) and not isinstance(v, bool) and float(v) > 1
                for v in ctx.samples
            )
        )
    ):
        reason = (
            f"column {ctx.name!r} is a flag or a count for one sex beside the other's, in "
            "a row about no person (or counting above one): a category's or a total's, not "
            "a person's gender"
        )
        out.append(view.veto("GENDER", reason))
    return out
