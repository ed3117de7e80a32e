"""A person's details kept in tables of their own behind an application's prefixes, and what the
prefixes hide: a table named ``<app>_<person>_<kind>_details`` whose columns all carry the table's
abbreviation (``ma_user_personal_info`` with ``upi_user_id``, ``upi_height``) holds more of one
person's row, so its facts are that person's; a word after a prefix every column shares
(``upi_height``: ``height``) is read without it.

>>> details_person(("app", "member", "personal", "info"), (("mpi", "member", "id"),
...     ("mpi", "height"), ("mpi", "status")))
'member'
>>> details_person(("customer", "order", "details"), (("cod", "customer", "id"),
...     ("cod", "qty"), ("cod", "price"))) is None
True
>>> unprefixed_words(("mpi", "height"), "mpi"), unprefixed_words(("mpi",), "mpi")
(('height',), ('mpi',))
"""

from __future__ import annotations

from collections.abc import Sequence

from .name_tokens import singular
from .name_words import NameWords
from .profiles_and_logs import table_prefix

#: Last words of a table holding more of a person's details (``user_personal_info``).
DETAILS = frozenset({"information", "info", "detail", "details"})
#: Words that may come between the person and ``details``: a kind of the person's own details
#: (``user_family_details``, ``member_educational_info``). Any other word (``order``,
#: ``device``, ``payment``) makes the table about something of theirs.
DETAIL_KINDS = frozenset({
    "personal", "private", "restricted", "family", "educational", "education", "academic",
    "professional", "career", "employment", "work", "contact", "communication", "basic",
    "additional", "extra", "other", "general", "physical", "background", "bio", "profile",
})  # fmt: skip
#: The longest application prefix before the person's word (``ma_``, ``wp_``, ``app_``).
_APP_PREFIX = 3


def details_person(table: Sequence[str], columns: Sequence[Sequence[str]]) -> str | None:
    """The people word of a table holding more of one person's details, or None: the table's
    words (singular or not) are an optional short prefix, a people word, kinds of details
    (:data:`DETAIL_KINDS`) and a details word last, and a column is a key to that person once
    the prefix the columns share is cut off (``upi_user_id`` beside ``upi_height``)."""
    words = [singular(w) for w in table]
    if len(words) < 2 or table[-1] not in DETAILS:
        return None
    start = 0
    if words[0] not in NameWords.PEOPLE:
        if len(words) < 3 or len(words[0]) > _APP_PREFIX or words[1] not in NameWords.PEOPLE:
            return None
        start = 1
    person = words[start]
    if not set(words[start + 1 : -1]) <= DETAIL_KINDS | DETAILS:
        return None
    prefix = table_prefix(columns)
    for column in columns:
        parts = tuple(singular(w) for w in column)
        if prefix and len(parts) >= 2 and parts[0] == prefix:
            parts = parts[1:]
        if parts in {(person, "id"), (person,)}:
            return person
    return None


def unprefixed_words(words: tuple[str, ...], prefix: str | None) -> tuple[str, ...]:
    """A column's words without the short prefix most of its table's columns share
    (:func:`~classifiers.profiles_and_logs.table_prefix`), so that the word after it is read as
    the column's first."""
    if prefix and len(words) >= 2 and words[0] == prefix:
        return words[1:]
    return words
