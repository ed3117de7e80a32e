"""The name-part signal: parts of a person's name and phone number that neither the name nor the
values alone label, and person names that only the values reveal.

Four rules, each reading the column's name, its table and its sampled values together:

- **Courtesy titles and name suffixes.** A column named title, salutation, honorific, courtesy
  or (name) prefix whose values are courtesy titles (Mr, Mrs, Dr, Prof, Herr, Frau, Mme, Sra,
  Dott... in several languages), or named suffix whose values are Jr, Sr, II, III, PhD..., is
  part of a person's name: ``PERSON_NAME``, and a gendered title also hints at ``GENDER``. The
  values decide a plain ``title`` or ``suffix`` (job and product titles are not names); a name
  that says courtesy, honorific or salutation in a table of people needs no values.
- **Phone extensions.** A column named extension, ext, extn or phone_ext whose values are one to
  six digits (``5800``, ``x5800``) is part of a ``PHONE_NUMBER`` when its table holds a phone
  column and is about people (a file's extension is not).
- **Names by values.** A text column whose name says nothing about what it holds (no entity, no
  other thing such as a title, product or city) is a ``PERSON_NAME`` when at least 80% of 5 or
  more distinct sampled values are shaped like a person's full name: two to four capitalised
  words of letters, or one with a courtesy title or a suffix, and no word of a place, an
  organisation or a thing (``North``, ``of``, a legal form or an organisation word as
  :func:`classifiers.organisations.is_organisation_name` reads them), no word repeated across a
  third of the values, and at least 60% of their words distinct (product names built from a few
  adjectives and nouns repeat them). A column named by a person or a role alone
  (``author``, ``building_manager``: its last word is a kind of person; ``attorney_general``:
  a person, then ``general``) needs only 3 distinct values, whatever other words come before,
  and only a third of them need to read as known names (the name already says a person);
  there, given names alone count with the full names (a review signed ``Anna``), and a text
  column named ``author``, ``writer``, ``reviewer``, ``commenter`` or ``poster`` with no value
  sampled is the name its writer signed with (0.5).
- **Given names by values.** The same, for one-word values: at least 90% of them capitalised
  given names known to Faker's name lists (``personal_details`` holding first names).

Reasons give counts only, never a value.

>>> from classifiers.base import FieldContext
>>> ctx = FieldContext("hr", "employees", "title_of_courtesy", "varchar(25)",
...                    samples=("Ms.", "Dr.", "Mr.", "Mrs."))
>>> [(h.entity, h.score) for h in NamePartsSignal().evaluate(ctx)]
[('PERSON_NAME', 0.65), ('GENDER', 0.3)]
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from .base import FieldContext, Signal, SignalHit
from .known_names import known_names, reads_as_name
from .members_and_codes import PERSON_ROLES, names_who
from .name_part_words import (
    COURTESY_TITLES,
    EXTENSION_WORDS,
    GENDERED_TITLES,
    NAME_SUFFIXES,
    NOT_NAME_WORDS,
    OTHER_THINGS,
    PHONE_WORDS,
    SUFFIX_WORDS,
    SURE_TITLE_WORDS,
    TITLE_WORDS,
    courtesy_title,
    name_suffix,
    phone_extension,
)
from .name_tokens import singular
from .name_view import name_context
from .name_words import THING_WORDS, NameWords
from .names import NameSignal
from .organisations import ORGANISATION_TABLES, PLACE_TABLES, is_organisation_name

if TYPE_CHECKING:
    from .recognizers.person_name import PersonNameRecognizer

_PUNCT = re.compile(r"[.,]+")
#: The one type whose values are stripped without a look at each (``str`` itself).
_PLAIN_TEXT = frozenset({str})
#: Up to six words of letters (any script), with hyphens, apostrophes and initials' dots.
_WORD = r"['\u2019]?[^\W\d_](?:[^\W\d_]|['\u2019.-])*"
_FULL_NAME = re.compile(rf"(?=.{{2,60}}$){_WORD}(?:,?\s+{_WORD}){{0,5}}")


#: A name written surname first, then a comma and the given names (``Lima, Ana Maria``), as a
#: directory, a roster or a payroll lists people: one or two words, a comma, one to three.
_SURNAME_FIRST = re.compile(rf"{_WORD}(?:\s+{_WORD})?,\s+({_WORD})(?:\s+{_WORD}){{0,2}}")


def surname_first(value: str) -> bool:
    """Whether a value is a name written surname first (``Lima, Ana Maria``): a known given
    name right after its one comma. A place (``Denver, Colorado``) has none there.

    >>> surname_first("Quenby, Ines Marlow"), surname_first("Denver, Colorado")
    (True, False)
    >>> surname_first("Ines Quenby"), surname_first("Sales, Marketing, Ines")
    (False, False)
    """
    found = _SURNAME_FIRST.fullmatch(value.strip())
    return found is not None and found.group(1).rstrip(".").lower() in known_names()[0]


#: A login name: one token of letters and digits, perhaps joined by ``.``, ``_`` or ``-``.
_LOGIN = re.compile(r"[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*")
_LOGIN_PARTS = re.compile(r"[._\-\d]+")
#: Column names of a slug (``slug``, ``url_name``, ``user_slug``, ``permalink``).
_SLUG = re.compile(r"(?:\w+_)?(?:slug|url_?name|permalink|vanity_?(?:url|name))")
#: A slug's value: lower-case words joined by ``-``, ``_`` or ``.``, no spaces.
_SLUG_VALUE = re.compile(r"[a-z0-9]+(?:[._-][a-z0-9]+)*")


def _head_words(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The words that say what a column holds: in ``head_of_state`` the head, not the state
    (but in ``name_of_company`` the company).

    >>> _head_words(("head", "of", "state")), _head_words(("name", "of", "company"))
    (('head',), ('name', 'of', 'company'))
    """
    if "of" in tokens:
        lead = tokens[: tokens.index("of")]
        if lead and not set(lead) <= {"name", "names", "title"}:
            return lead
    return tokens


def _names_a_thing(tokens: tuple[str, ...]) -> bool:
    """True for ``<word>_name`` where the word is no person or role (``CurrencyName``,
    ``franchName``): the name of that thing, whatever its values look like.

    >>> _names_a_thing(("currency", "name")), _names_a_thing(("name",))
    (True, False)
    >>> _names_a_thing(("contact", "name")), _names_a_thing(("head", "of", "state"))
    (False, False)
    """
    if len(tokens) < 2 or tokens[-1] not in {"name", "names"}:
        return False
    return not set(tokens[:-1]) & (NameWords.PEOPLE | NameWords.ROLES)


#: Last words of a column that holds a person: a role or a kind of person.
_PERSON_HEADS = NameWords.PEOPLE | NameWords.ROLES | PERSON_ROLES


def _names_a_person(tokens: tuple[str, ...]) -> bool:
    """Whether a column is named by a kind of person or a role (``building_manager``), or by
    an office after which ``general`` stands (``attorney_general``, ``secretary_general``).

    >>> _names_a_person(("attorney", "general")), _names_a_person(("general", "ledger"))
    (True, False)
    >>> _names_a_person(("external", "teacher", "2"))  # one of several, numbered
    True
    """
    while len(tokens) > 1 and tokens[-1].isdigit():
        tokens = tokens[:-1]
    if not tokens:
        return False
    if tokens[-1] == "general" and len(tokens) >= 2:
        return singular(tokens[-2]) in _PERSON_HEADS
    return singular(tokens[-1]) in _PERSON_HEADS


#: A text column named for whoever wrote the row (``author``, ``reviewer``) holds the name they
#: signed with, even when no value is sampled (a key to them would be a number).
WRITERS = frozenset({"author", "writer", "reviewer", "commenter", "poster"})

#: Table heads whose rows are things, organisations or places: a bare ``name`` there is theirs.
_THING_TABLES = (THING_WORDS | ORGANISATION_TABLES | PLACE_TABLES) - _PERSON_HEADS


def _share(count: int, total: int) -> float:
    return count / total if total else 0.0


class NamePartsSignal(Signal):
    """Courtesy titles, name suffixes, phone extensions and names shown by their values."""

    name = "name_parts"
    #: Sampled values read per column, and distinct values looked at.
    READ: ClassVar[int] = 45
    PROBE: ClassVar[int] = 30
    #: Rule 6: fewest distinct values, and the share that must be full names.
    MIN_NAMES: ClassVar[int] = 5
    #: ...and when the column is named by a person or a role (``author``, ``building_manager``).
    MIN_ROLE_NAMES: ClassVar[int] = 3
    NAME_SHARE: ClassVar[float] = 0.8
    #: Rule 6b: the share of one-word values that must be known given names.
    GIVEN_SHARE: ClassVar[float] = 0.9
    #: Rule 6: distinct words among all the words of the names, at least.
    WORD_VARIETY: ClassVar[float] = 0.6
    #: Share of the name-shaped values that must read as names (a known given name first)...
    KNOWN_SHARE: ClassVar[float] = 0.5
    #: ...and in a column named by a person or a role, whose name already says a person.
    ROLE_KNOWN_SHARE: ClassVar[float] = 0.3
    #: Rule 7: share of login-shaped values that must hold a known given name or surname.
    LOGIN_KNOWN_SHARE: ClassVar[float] = 0.5
    #: Share of distinct values that must be name parts or extensions.
    PART_SHARE: ClassVar[float] = 0.8

    def __init__(self) -> None:
        self._names = NameSignal()
        self._shape = _FULL_NAME
        self._kinds: dict[str, str] = {}

    @cached_property
    def _person(self) -> PersonNameRecognizer:
        """The person-name recognizer, made when first asked (its module imports Presidio,
        which a scan's own process may never need: its worker processes classify)."""
        from .recognizers.person_name import PersonNameRecognizer

        return PersonNameRecognizer()

    def evaluate(self, ctx: FieldContext) -> list[SignalHit]:
        tokens = self._names.tokens(ctx.name)
        words = set(tokens)
        kind = self._kinds.get(ctx.data_type)
        if kind is None:
            kind = self._kinds[ctx.data_type] = self._names._type_kind(ctx.data_type)
        if kind not in {"", "text"}:
            return []
        values = self._distinct(ctx.samples)
        if words & (TITLE_WORDS | SUFFIX_WORDS):
            return self._titles(ctx, words, values)
        if words & EXTENSION_WORDS:
            return self._extension(ctx, tokens, values)
        if _SLUG.fullmatch("_".join(tokens)):
            return self._slug(ctx, tokens, values)
        if names_who(tokens, values):
            reason = f"text column {ctx.name!r} names who gave, paid or did something: a person"
            return [SignalHit("PERSON_NAME", 0.5, self.name, reason)]
        role = _names_a_person(tokens)  # ``building_manager``
        if not values and len(tokens) == 1 and singular(tokens[0]) in WRITERS:
            reason = (
                f"text column {ctx.name!r} names who wrote the row (no values sampled): the "
                "name they signed with"
            )
            return [SignalHit("PERSON_NAME", 0.5, self.name, reason)]
        if values and (
            role
            or (
                not set(_head_words(tokens)) & OTHER_THINGS
                and not _names_a_thing(tokens)
                and not self._names_its_table(ctx, tokens)
            )
        ):
            return (
                self._names_by_values(ctx, values, role)
                or self._given_names(ctx, values, role)
                or (self._user_names(ctx, values) if role else [])
            )
        return []

    # -- rule 7: a person referred to by user name, and a person's slug -------------------------

    def _user_names(self, ctx: FieldContext, values: list[str]) -> list[SignalHit]:
        """A column named by a person or a role (``last_edit_editor``, ``author``) whose values
        are login names of one or two parts, half of them made of known given names and surnames
        only (``louise``, ``bob_smith``): the person, by user name."""
        if len(values) < self.MIN_ROLE_NAMES or not all(_LOGIN.fullmatch(v) for v in values):
            return []
        given, surnames = known_names()
        named = 0
        for value in values:
            parts = [p for p in _LOGIN_PARTS.split(value) if p]
            if len(parts) > 2:
                return []  # ``bob_weather_agent``: a label of a thing, not a login
            named += all(p in given or p in surnames for p in parts)
        if named < self.LOGIN_KNOWN_SHARE * len(values) or self._name_says_something(ctx):
            return []
        return [
            SignalHit(
                "USERNAME",
                0.6,
                self.name,
                f"values: {named} of {len(values)} distinct sampled values are user names made "
                f"of people's names and the column's name {ctx.name!r} names a person",
                value_share=round(_share(named, len(values)), 2),
            )
        ]

    def _slug(
        self, ctx: FieldContext, tokens: tuple[str, ...], values: list[str]
    ) -> list[SignalHit]:
        """A slug or URL name (``slug``, ``url_name``, ``permalink``) in a table about people is
        made from the person's name (``jane-doe``): it identifies them as a user name does."""
        if not self._people(ctx, tokens) or not all(_SLUG_VALUE.fullmatch(v) for v in values):
            return []
        table = self._names._table(ctx.dataset)
        if table.head in ORGANISATION_TABLES and not table.tokens & self._names.PEOPLE:
            return []  # ``organizations.slug``: the organisation's, whoever its row names
        reason = (
            f"column name {ctx.name!r} is a slug and the table is about people: a person's slug "
            "is made from their name"
        )
        return [SignalHit("USERNAME", 0.6, self.name, reason)]

    def _names_its_table(self, ctx: FieldContext, tokens: tuple[str, ...]) -> bool:
        """Whether a bare ``name`` is that of the table's thing, organisation or place
        (``teams.name``, ``venues.name``): its values name that, whatever they look like."""
        if not tokens or tokens[-1] not in {"name", "names"}:
            return False
        table = self._names._table(ctx.dataset)
        if [t for t in tokens[:-1] if t not in table.tokens]:
            return False
        return table.head in _THING_TABLES

    def _distinct(self, samples: Sequence[object]) -> list[str]:
        head = samples[: self.READ]  # samples are a random draw: the first ones will do
        if set(map(type, head)) <= _PLAIN_TEXT:  # most columns: stripped in C
            found = dict.fromkeys(map(str.strip, head))  # type: ignore[arg-type]
        else:
            found = dict.fromkeys(str(v).strip() for v in head if not isinstance(v, bytes))
        found.pop("", None)
        return list(found)[: self.PROBE]

    def _people(self, ctx: FieldContext, tokens: tuple[str, ...]) -> bool:
        table = self._names._table(ctx.dataset, ctx.siblings, ctx.empty_siblings)
        return "people" in name_context(self._names, tokens, table)

    # -- rule 3: courtesy titles and suffixes -------------------------------------------------

    def _titles(self, ctx: FieldContext, words: set[str], values: list[str]) -> list[SignalHit]:
        name = ctx.name
        if not values:
            if words & SURE_TITLE_WORDS and self._people(ctx, tuple(words)):
                return [
                    SignalHit(
                        "PERSON_NAME",
                        0.5,
                        self.name,
                        f"column name {name!r} says courtesy title in a table of people: "
                        "part of a person's name",
                    )
                ]
            return []
        is_suffix = bool(words & SUFFIX_WORDS) and not words & TITLE_WORDS
        test = name_suffix if is_suffix else courtesy_title
        matched = [v for v in values if test(v)]
        if _share(len(matched), len(values)) < self.PART_SHARE:
            return []
        what = "name suffixes (Jr, III...)" if is_suffix else "courtesy titles (Mr, Dr...)"
        counted = f"{len(matched)} of {len(values)} distinct sampled values"
        hits = [
            SignalHit(
                "PERSON_NAME",
                0.65,
                self.name,
                f"column name {name!r} and values: {counted} are {what}, part of a person's name",
                value_share=round(_share(len(matched), len(values)), 2),
            )
        ]
        gendered = sum(
            1 for v in matched if set(_PUNCT.sub(" ", v.lower()).split()) & GENDERED_TITLES
        )
        if not is_suffix and _share(gendered, len(values)) >= 0.5:
            hits.append(
                SignalHit(
                    "GENDER",
                    0.3,
                    self.name,
                    f"values: {gendered} of {len(values)} distinct sampled values are gendered "
                    "courtesy titles, which hint at gender",
                )
            )
        return hits

    # -- rule 4: phone extensions -------------------------------------------------------------

    def _extension(
        self, ctx: FieldContext, tokens: tuple[str, ...], values: list[str]
    ) -> list[SignalHit]:
        sibling_words = {w for s in ctx.siblings for w in self._names.tokens(s)}
        if not (set(tokens) | sibling_words) & PHONE_WORDS or not self._people(ctx, tokens):
            return []
        reason = f"column name {ctx.name!r} is a phone extension in a table of people with a phone"
        if not values:
            return [SignalHit("PHONE_NUMBER", 0.5, self.name, reason)]
        matched = sum(1 for v in values if phone_extension(v))
        if _share(matched, len(values)) < self.PART_SHARE:
            return []
        return [
            SignalHit(
                "PHONE_NUMBER",
                0.6,
                self.name,
                f"{reason}; values: {matched} of {len(values)} distinct sampled values are "
                "extension numbers",
                value_share=round(_share(matched, len(values)), 2),
            )
        ]

    # -- rule 6: person names that only the values show ---------------------------------------

    def _names_by_values(
        self, ctx: FieldContext, values: list[str], role: bool = False
    ) -> list[SignalHit]:
        if len(values) < (self.MIN_ROLE_NAMES if role else self.MIN_NAMES):
            return []
        limit = len(values) - math.ceil(self.NAME_SHARE * len(values) - 1e-9)  # misses allowed
        names: list[tuple[str, ...]] = []
        misses = signed = inverted = 0
        given = known_names()[0] if role else frozenset()
        for value in values:  # cheap test first: most columns stop at their first values
            found = self._full_name(value)
            if found is not None:
                names.append(found)
                inverted += surname_first(value) and not reads_as_name(found)
            elif role and value.isalpha() and value.lower() in given:
                signed += 1  # a review signed with a given name only
            elif (misses := misses + 1) > limit:
                return []
        if not names:
            return []
        if self._name_says_something(ctx):
            return []  # the name says something (or rules something out): it is not "no hint"
        known = sum(1 for n in names if reads_as_name(n)) + signed + inverted
        if known < (self.ROLE_KNOWN_SHARE if role else self.KNOWN_SHARE) * (len(names) + signed):
            return []  # shaped like names, but not made of given names and surnames
        words = [w for ws in names for w in ws]
        top = Counter(words).most_common(1)[0][1] if words else 0
        if top > max(2, len(values) / 3) or len(set(words)) < self.WORD_VARIETY * len(words):
            # "Port X", "X Street", "Sleek Steel Chair": a series of places or things built from
            # a few words; people's names rarely repeat a word.
            return []
        share = _share(len(names) + signed, len(values))
        given_too = f" ({signed} more are given names alone)" if signed else ""
        return [
            SignalHit(
                "PERSON_NAME",
                round(0.55 + 0.5 * (share - self.NAME_SHARE), 2),
                self.name,
                f"values: {len(names)} of {len(values)} distinct sampled values are shaped like "
                f"a person's full name{given_too} and the column's name {ctx.name!r} says "
                "nothing else: the values decide",
                value_share=round(share, 2),
            )
        ]

    def _given_names(self, ctx: FieldContext, values: list[str], role: bool) -> list[SignalHit]:
        """Rule 6b: one word per value, nearly all of them known given names (a first-name
        column named ``personal_details`` or ``building_manager``)."""
        if len(values) < (self.MIN_ROLE_NAMES if role else self.MIN_NAMES):
            return []
        given, _ = known_names()
        limit = len(values) - math.ceil(self.GIVEN_SHARE * len(values) - 1e-9)
        misses = 0
        for value in values:
            if not (value.isalpha() and value[0].isupper() and value.lower() in given) and (
                (misses := misses + 1) > limit
            ):
                return []
        if self._name_says_something(ctx):
            return []  # the name says something (or rules something out)
        found = len(values) - misses
        share = _share(found, len(values))
        return [
            SignalHit(
                "PERSON_NAME",
                round(0.55 + 0.5 * (share - self.GIVEN_SHARE), 2),
                self.name,
                f"values: {found} of {len(values)} distinct sampled values are known given "
                f"names and the column's name {ctx.name!r} says nothing else: the values decide",
                value_share=round(share, 2),
            )
        ]

    def _name_says_something(self, ctx: FieldContext) -> bool:
        """Whether the name signal supports an entity from the column's name, or rules out a
        person's name (the table's business-contact vetoes of addresses do not count)."""
        return any(
            (h.veto and h.entity == "PERSON_NAME") or (not h.veto and h.score >= 0.5)
            for h in self._names.evaluate(ctx)
        )

    def _full_name(self, value: str) -> tuple[str, ...] | None:
        """The name words of a value shaped like a person's full name, or None."""
        if " " not in value:
            return None  # one word: never a full name
        if not self._shape.fullmatch(value) or self._person.validate_result(value) is False:
            return None
        words = [w for w in (_PUNCT.sub("", w) for w in value.split()) if w]
        parts = [w.lower() for w in words]
        if any(p in NOT_NAME_WORDS for p in parts) or is_organisation_name(value):
            return None
        extra = [p for p in parts if p in COURTESY_TITLES or p in NAME_SUFFIXES]
        particles = {w for w in words if w.islower() and w in self._person.LOWER_WORDS}
        core = tuple(p for p in parts if p not in extra and p not in particles)
        if len(core) >= 2 or (core and extra):
            return core
        return None
