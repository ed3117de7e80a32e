"""A rule of the seventieth round's second pass: the units of local government below a
district, kept as parts of a person's address (the name rule ``local_units``).

A rural address in South Asia is written by its units, not by a street: a house, a village, a
ward, a union (Bangladesh's *union parishad*), an upazila or a thana (the sub-district), then
the district and the division. A register of people (returnees, beneficiaries, voters, patients)
keeps each in its own column (``permanent_village``, ``permanent_union``, ``upazila``), beside
the district that piimap already reads as the person's region. Each is a part of where the
person lives. Two tiers, by how much the word alone says:

- a sub-district's own name (``upazila``, ``upazilla``, ``thana``, ``mouza``: no other domain
  uses it) is a part of the address in a table about people, beside a district or a division
  (a table of the country's upazilas, its units as a look-up, is about no one);
- a word other domains use as often (a ``village`` of a game or a resort, a trade ``union``
  or SQL's, a hospital's or a city council's ``ward``, a school's ``house``) counts only in the
  chain of such units: beside a district or a sub-district and beside another unit below the
  district, in a table about people, and never beside a place inside premises (a ``bed``, a
  ``room``: the ward is the hospital's). A ``house`` counts only after a word of which of the
  person's addresses it is (``permanent_house``, ``present_house``), the house of that address.

A column's words before the unit must be the person's (none, the table's head, a people word,
or a word of which address: ``permanent``, ``present``, ``home``); ``branch_union`` beside
``branch_district`` is the branch's (the business-contact rules say so), an ``office_village``
no one's home.

>>> unit_of(("permanent", "village")), unit_of(("upazilla",)), unit_of(("union", "id"))
('village', 'upazila', None)
>>> unit_of(("house",)), unit_of(("permanent", "house"))
(None, 'house')
"""

from __future__ import annotations

from .address_units import PREMISES_SIBLINGS
from .base import SignalHit
from .name_tokens import singular
from .name_view import FieldView

#: A sub-district's own names (Bangladesh's upazila, also spelt upazilla, and thana; a mouza,
#: a revenue village): no other domain's words.
OWN_UNITS = {
    "upazila": "upazila",
    "upazilla": "upazila",
    "upozila": "upazila",
    "thana": "upazila",
    "mouza": "mouza",
    "mauza": "mouza",
}
#: Units below a district whose words other domains use as often (a game's village, a trade
#: union, a hospital's ward): address parts only in the chain of units.
SHARED_UNITS = frozenset({"village", "union", "ward"})
#: Words of a unit above the village that make the chain (``district``, ``sub_district``,
#: ``division``), besides :data:`OWN_UNITS`.
_ABOVE = frozenset({"district", "division", "subdistrict"})
#: Words before a unit naming which of the person's addresses it is part of.
ADDRESS_OF = frozenset({
    "permanent", "perm", "present", "pres", "current", "home", "residential", "native",
    "temporary", "temp", "mailing", "postal",
})  # fmt: skip
#: What each unit is, for the explanation.
_WHAT = {
    "upazila": "the sub-district (upazila, thana)",
    "mouza": "the revenue village (mouza)",
    "village": "the village",
    "union": "the union (a rural council's area)",
    "ward": "the ward",
    "house": "the house",
}


def unit_of(words: tuple[str, ...]) -> str | None:
    """Which unit below a district a column's last word names (a ``house`` only after a word of
    which address), or None; a key or a code of one (``union_id``) is none."""
    if not words:
        return None
    last = words[-1]
    if last in OWN_UNITS:
        return OWN_UNITS[last]
    if last in SHARED_UNITS:
        return last
    if last == "house" and len(words) >= 2 and words[-2] in ADDRESS_OF:
        return "house"
    return None


def _unit_words(words: tuple[str, ...]) -> tuple[str | None, bool]:
    """A sibling's unit below a district (:func:`unit_of`) and whether it is a unit above one
    (``district``, ``sub_district``, ``upazila``)."""
    tail = tuple(singular(w) for w in words[-2:])
    above = bool(words) and (
        words[-1] in _ABOVE or words[-1] in OWN_UNITS or tail == ("sub", "district")
    )
    return unit_of(words), above


def _own_lead(view: FieldView, lead: tuple[str, ...]) -> bool:
    """Whether the words before a unit leave it the row's person's: none, the table's head, a
    people word or a word of which of their addresses."""
    if not lead:
        return True
    if len(lead) > 1:
        return False
    word = singular(lead[0])
    return word == view.table.head or word in view.words.PEOPLE or lead[0] in ADDRESS_OF


def local_units(view: FieldView) -> list[SignalHit]:
    """A unit of local government below a district in a table about people, beside the units
    above it: a part of the person's address (the name signal's rule)."""
    if view.kind not in {"text", ""} or view.supported:
        return []
    unit = unit_of(view.tokens)
    if unit is None or not _own_lead(view, view.tokens[:-1]):
        return []
    if "people" not in view.context(view.tokens):
        return []
    above, below = [], []
    for sibling in view.ctx.siblings:
        if sibling == view.ctx.name:
            continue
        words = view.tokenize(sibling)
        if set(words) & (PREMISES_SIBLINGS - SHARED_UNITS):
            return []  # a ``ward`` beside a ``bed``: the hospital's, not the home's
        sub_unit, is_above = _unit_words(words)
        if is_above:
            above.append(sibling)
        if sub_unit is not None and sub_unit not in {unit, "house"}:
            below.append(sibling)
    if not above:
        return []  # no district beside: a table of villages, a member's trade union
    if unit not in OWN_UNITS.values() and not below:
        return []  # ``union`` beside ``district`` alone: a trade union and a sales district
    reason = (
        f"column name {view.ctx.name!r} is {_WHAT[unit]} of a person's address, a unit below "
        f"the district beside {above[0]!r} in a table about people"
    )
    return [view.hit("STREET_ADDRESS", 0.6, reason)]
