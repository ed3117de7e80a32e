"""What the name signal's rules read of a field: the table's view, the field's view, and the
judgements of a column they share.

:class:`~classifiers.names.NameSignal` cuts a field's name into words, reads its table
(:class:`TableView`) and matches its patterns; then each rule of
:data:`~classifiers.name_rules.NAME_RULES` reads one :class:`FieldView` (the field, its words,
its table, its type's kind and the hits so far) and returns more hits. The rules live in the
modules of their subject; this module sits below them all, so none imports the signal.

>>> table = TableView(frozenset({"customer"}), "customer")
>>> sorted(name_context(NameWords(), ("billing", "email"), table))
['address', 'people', 'postal']
>>> core_index(NameWords(), ("cust", "email"), table)
1
>>> person_key_column(("user", "id"), frozenset({"user"}))
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import NamedTuple

from .base import FieldContext, SignalHit
from .name_tokens import singular, table_name
from .name_words import NameWords


@dataclass(frozen=True)
class TableView:
    """A table as the name signal reads it: its words and their singulars, its head noun
    (``customer_entity``: ``customer``), what its columns say its rows are, and the prefix its
    columns share when it abbreviates its head."""

    tokens: frozenset[str]
    head: str
    #: Contexts the table's other columns give (a street and a postcode: "address", "postal").
    context: frozenset[str] = frozenset()
    #: The prefix most of the table's columns share when it abbreviates the head of a table of
    #: people a record keeps (``vlnt_`` of ``volunteer``), else "".
    abbreviation: str = ""


#: Why a table is about organisations, the column naming a person in it or None, whether a
#: bare ``name`` is the organisation's, and whether that person is reached at the row's address
#: (``NameSignal._organisation_table``).
Organisation = tuple[str, str | None, bool, bool]


class FieldView(NamedTuple):
    """One field as a name rule reads it: its context, its words, its table, its type's kind
    (boolean, key, number, date, datetime, enum, text, or "" when unknown), the hits found so
    far, and what the rules ask of the signal: its vocabulary (``words``, a
    :class:`~classifiers.name_words.NameWords` a subclass may extend), its tokenizer, the
    signal itself for another column's name (``evaluate``) and its judgement of a table about
    organisations (``organisation``, cached by the signal).

    Immutable; a named tuple rather than a frozen dataclass because the signal builds one for
    every field it sees, and a tuple is built about three times faster."""

    ctx: FieldContext
    tokens: tuple[str, ...]
    table: TableView
    kind: str
    hits: tuple[SignalHit, ...]
    words: NameWords
    tokenize: Callable[[str], tuple[str, ...]]
    evaluate: Callable[[FieldContext], list[SignalHit]]
    organisation: Callable[[FieldContext, TableView], Organisation | None]
    #: The signal's name, which every hit carries.
    source: str = "names"

    @property
    def table_name(self) -> str:
        """The table's name, without its schema (``public.inmates``: ``inmates``)."""
        return table_name(self.ctx.dataset)

    @property
    def table_words(self) -> tuple[str, ...]:
        """The table's name as lower-case words, in order (``tbl_bakery_customers``: ``tbl``,
        ``bakery``, ``customers``)."""
        return tuple(w.lower() for w in self.tokenize(self.table_name))

    @property
    def supported(self) -> frozenset[str]:
        """The entities the hits so far support (a score above 0, not a veto): what the rules
        before found, which a later rule asks before adding its own or judging it."""
        return frozenset(h.entity for h in self.hits if not h.veto and h.score > 0)

    def context(self, tokens: Iterable[str]) -> set[str]:
        """:func:`name_context` of these words in the field's table."""
        return name_context(self.words, tokens, self.table)

    def core(self, tokens: tuple[str, ...]) -> int:
        """:func:`core_index` of these words in the field's table."""
        return core_index(self.words, tokens, self.table)

    def hit(self, entity: str, score: float, reason: str) -> SignalHit:
        """Support for an entity, from the signal."""
        return SignalHit(entity, score, self.source, reason)

    def veto(self, entity: str, reason: str) -> SignalHit:
        """A veto of an entity, from the signal."""
        return SignalHit(entity, 1.0, self.source, reason, veto=True)

    def as_named(
        self, name: str, why: str, siblings: tuple[str, ...] | None = None
    ) -> list[SignalHit]:
        """What the signal says of the column under another ``name`` (the column's name
        without a letter, a prefix or a plural), as the column's own support: each entity it
        supports at 0.5 or more that none of its vetoes removes, with the reason ``why`` and,
        in brackets, the other name's. ``siblings``: the table's columns as they are read
        with that name (default: as they are)."""
        ctx = replace(self.ctx, name=name)
        sub = self.evaluate(ctx if siblings is None else replace(ctx, siblings=siblings))
        vetoed = {h.entity for h in sub if h.veto}
        return [
            self.hit(h.entity, h.score, f"{why} ({h.reason})")
            for h in sub
            if not h.veto and h.score >= 0.5 and h.entity not in vetoed
        ]


#: One rule of the name signal: more hits for a field, read from its view.
NameRule = Callable[[FieldView], list[SignalHit]]


def name_context(words: NameWords, tokens: Iterable[str], table: TableView) -> set[str]:
    """The contexts that make an ambiguous word personal, from a column's words and its table:
    people, address, card, bank, postal, web, mail, and what the table's columns say."""
    found = set(tokens)
    context = set()
    if table.head in words.PEOPLE or found & words.PEOPLE:
        context |= {"people", "address"}
    if table.head in words.ADDRESS_TABLES or found & words.ADDRESS_WORDS:
        context.add("address")
    if (table.tokens | found) & words.CARD_WORDS:
        context.add("card")
    if (table.tokens | found) & words.BANK_WORDS:
        context.add("bank")
    if table.head in words.POSTAL_TABLES or found & words.POSTAL_WORDS:
        context.add("postal")
    if (table.tokens | found) & words.WEB_WORDS or table.head == "session":
        context.add("web")
    if table.head in words.MAIL_TABLES or (
        table.head in words.MAIL_STORES and table.tokens & words.MAIL_TABLES
    ):
        context.add("mail")
    return context | table.context


def core_index(words: NameWords, tokens: tuple[str, ...], table: TableView) -> int:
    """Index of the first token after prefixes: ``c_``, ``cust_``, the table's words, people."""
    k = 0
    while k < len(tokens) - 1 and (
        (len(tokens[k]) == 1 and tokens[k].isalpha())
        or tokens[k] in words.COLUMN_PREFIXES
        or tokens[k] in table.tokens
        or tokens[k] in words.PEOPLE
        or (k == 0 and tokens[0] == table.abbreviation)
    ):
        k += 1
    return k


#: Bare foreign keys to a person (``user``, ``person``), as fixtures name them.
_BARE_PERSON_KEYS = frozenset({"user", "person", "owner", "member", "customer", "employee"})


def person_key_column(tokens: tuple[str, ...], people: frozenset[str]) -> bool:
    """Whether a column is a key to a person (``user_id``, ``personKey``, a bare ``user`` as
    Django and Rails fixtures name a foreign key).

    >>> person_key_column(("user", "id"), frozenset({"user"}))
    True
    >>> person_key_column(("group", "id"), frozenset())
    False
    """
    words = [singular(w) for w in tokens]
    if len(words) == 2 and words[-1] in {"id", "key", "fk"}:
        return words[0] in people
    return len(words) == 1 and words[0] in _BARE_PERSON_KEYS


def keys_a_person(tokens: tuple[str, ...], people: frozenset[str]) -> bool:
    """:func:`person_key_column`, or a key to a person after a role word (``owner_user_id``).

    >>> keys_a_person(("owner", "user", "id"), frozenset({"user"}))
    True
    """
    return person_key_column(tokens, people) or (
        len(tokens) == 3 and person_key_column(tokens[1:], people)
    )


def person_keys(
    ctx: FieldContext,
    people: frozenset[str],
    tokenize: Callable[[str], tuple[str, ...]],
    exclude: frozenset[str] = frozenset(),
) -> Iterator[str]:
    """The field's siblings that key a person (:func:`keys_a_person`: a ``person_id``, an
    ``owner_user_id``) with none of the ``exclude`` words (who wrote or handled the row:
    ``created_by``, ``assigned_user_id``), in order; a signal with no :class:`FieldView` asks
    this with its own tokenizer.

    >>> ctx = FieldContext("s", "t", "bio", siblings=("id", "user_id", "bio"))
    >>> list(person_keys(ctx, frozenset({"user"}), lambda name: tuple(name.split("_"))))
    ['user_id']
    """
    for sibling in ctx.siblings:
        words = tokenize(sibling)
        if (
            sibling != ctx.name
            and keys_a_person(words, people)
            and not {singular(w) for w in words} & exclude
        ):
            yield sibling


def person_key_sibling(
    view: FieldView, people: frozenset[str], exclude: frozenset[str] = frozenset()
) -> str | None:
    """The first of the field's siblings that keys a person (:func:`person_keys`), or None."""
    return next(person_keys(view.ctx, people, view.tokenize, exclude), None)


#: Last words of a moment (``first_contact_date``, ``member_since``): when, not who.
WHEN = frozenset({"date", "time", "timestamp", "datetime", "at", "on", "since", "dt"})
#: Words of a password (``password``, ``admin_pass``, ``member_pwd``).
PASSWORD_WORDS = frozenset({"password", "passwd", "pwd", "pass"})
#: Column words of a person's own fields or logins: a table of accounts with one holds people's.
PERSON_FIELDS = PASSWORD_WORDS | {
    "email", "mail", "username", "login", "first", "last", "surname", "firstname", "lastname",
    "birth", "birthday", "dob", "gender", "sex", "ssn",
}  # fmt: skip
#: Words of a person's own fields (a name, a birth date, a gender): not a company's.
OWN_PERSON_FIELDS = PERSON_FIELDS - PASSWORD_WORDS - {"email", "mail", "username", "login"}


def own_person_field(words: tuple[str, ...]) -> bool:
    """Whether a column is a person's own name, birth date or gender (``first_name``,
    ``date_of_birth``, ``sex``; not ``last_modified_by``).

    >>> own_person_field(("last", "name")), own_person_field(("last", "modified", "by"))
    (True, False)
    """
    if set(words) & (OWN_PERSON_FIELDS - {"first", "last"}) and words[-1] not in WHEN:
        return True
    return any(a in {"first", "last"} and b == "name" for a, b in pairwise(words))
