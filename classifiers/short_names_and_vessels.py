"""Rules of the sixty-fifth and sixty-sixth rounds (the name rule ``short_names_and_vessels``):
a name's parts written in two letters, and a ship's own name in a table of ships.

- ``fn``, ``mn`` and ``ln`` (perhaps after a shared word: ``emp_fn``, ``emp_ln``) are a first,
  a middle and a last name, as hand-written schemas shorten ``fname``, ``mname`` and ``lname``,
  when the first and the last stand side by side in one table (:func:`short_name_parts`): alone
  each is something else as often (a function, a natural log, a minute, a line number). A text
  column only, whose sampled values, if any, are capitalised words of letters (no digit, no
  code: a function's ``sum`` or ``avg`` is lower case), a first name's half known given names
  (a translation's ``Datei`` is none): PERSON_NAME. All three bare count as one person field
  (:func:`~classifiers.name_words.person_fields`): with a gender or a birth date beside them,
  the rows are people, and a religion or a civil status there is a person's (a profiler's
  modules keep a function, a module and a line, and no person's field).
- ``ship_name`` (``shipname``) in a table named for ships or vessels is the row's ship, no
  ship-to name (``ship`` is an address's role in :attr:`~classifiers.name_words.NameWords.ROLES`,
  as in an order's ``ship_name``); a legislature's ``bill_name`` in a table of bills is the
  bill's: PERSON_NAME vetoed.

>>> short_name_parts([("fn",), ("mn",), ("ln",), ("bdate",)])
{('fn',): 'first', ('mn',): 'middle', ('ln',): 'last'}
>>> short_name_parts([("fn",), ("args",)]), short_name_parts([("ln",), ("exp",)])
({}, {})
>>> short_name_parts([("emp", "fn"), ("emp", "ln"), ("dep", "fn")])
{('emp', 'fn'): 'first', ('emp', 'ln'): 'last'}
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .base import SignalHit
from .fixtures_and_accounts import distinct_texts
from .known_names import known_names
from .name_tokens import singular
from .name_view import FieldView

#: Two-letter forms of a name's parts, and the part each is.
SHORT_PARTS = {"fn": "first", "mn": "middle", "ln": "last"}
#: A name part's value: capitalised words of letters (accented ones too), initials, hyphens
#: and apostrophes (``Garcia``, ``de la Cruz``, ``O'Neil``, ``A.``); no digit, no code.
_NAME_PART = re.compile(r"(?:[^\W\d_][^\W\d_'.\-]*\.?)(?:\s+[^\W\d_][^\W\d_'.\-]*\.?){0,3}")
#: Address roles that also name a thing a table may be named for: a vessel, a legislature's or
#: a shop's bill. A ``<role>_name`` in a table of them is the row's own name.
_THING_ROLES = frozenset({"ship", "bill"})
_THING_NAMES = frozenset({"name", "names"})
#: What each role names when it is the table's own thing.
_WHAT = {"ship": "a ship (a vessel)", "bill": "a bill"}


def short_name_parts(columns: Iterable[tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    """The columns (as their words) that are a name's parts in two letters, and which part:
    those of a lead (none, or a shared word) under which both ``fn`` and ``ln`` stand."""
    columns = list(columns)
    tails: dict[tuple[str, ...], set[str]] = {}
    for words in columns:
        if words and words[-1] in SHORT_PARTS:
            tails.setdefault(words[:-1], set()).add(words[-1])
    leads = {lead for lead, found in tails.items() if {"fn", "ln"} <= found}
    return {
        w: SHORT_PARTS[w[-1]]
        for w in columns
        if w[-1:] and w[:-1] in leads and w[-1] in SHORT_PARTS
    }


def _name_part_values(samples: Iterable[object], part: str) -> bool:
    """Whether the distinct sampled values read as a name's parts: words of letters, most of
    them capitalised, and for a first name half of them at least known given names (a
    translation's ``Datei`` is none); none sampled: the names decide."""
    values = distinct_texts(tuple(samples))
    if not values:
        return True
    if not all(_NAME_PART.fullmatch(v) for v in values):
        return False
    if sum(1 for v in values if v[:1].isupper()) * 5 < len(values) * 4:
        return False
    if part != "first":
        return True
    given = known_names()[0]
    return sum(1 for v in values if v.split()[0].rstrip(".").lower() in given) * 2 >= len(values)


def _short_part(view: FieldView) -> list[SignalHit]:
    """A name's part in two letters beside the others (:func:`short_name_parts`)."""
    if view.kind not in {"text", ""} or not view.tokens or view.tokens[-1] not in SHORT_PARTS:
        return []
    if "PERSON_NAME" in view.supported:
        return []
    parts = short_name_parts(view.tokenize(s) for s in view.ctx.siblings)
    part = parts.get(view.tokens)
    if part is None or not _name_part_values(view.ctx.samples, part):
        return []
    reason = (
        f"column name {view.ctx.name!r} is a {part} name in two letters, beside the other parts "
        "of the name (fn, ln) in one table"
    )
    return [view.hit("PERSON_NAME", 0.65, reason)]


def _vessel_name(view: FieldView) -> list[SignalHit]:
    """A ship's or a bill's own name in a table named for it: no person's."""
    words = [singular(w) for w in view.tokens]
    if len(words) != 2 or words[0] not in _THING_ROLES or words[1] not in _THING_NAMES:
        return []
    if view.table.head != words[0] or "PERSON_NAME" not in view.supported:
        return []
    reason = (
        f"column name {view.ctx.name!r} names the row's own {words[0]} in table "
        f"{view.table_name!r}, {_WHAT[words[0]]}: no person's name"
    )
    return [view.veto("PERSON_NAME", reason)]


def short_names_and_vessels(view: FieldView) -> list[SignalHit]:
    """A name's parts in two letters, a ship's own name: the name signal's rule."""
    return _short_part(view) or _vessel_name(view)
