"""Rules of the forty-ninth and fiftieth rounds: a wedding's couple named by their roles, and a
few people's names, phones and home addresses repeated over many rows.

- ``bride``, ``groom`` and ``bridegroom`` (alone or before ``name``) hold the names of a
  wedding's couple, when the sampled values read as people's names (a bridal shop's ``bride``
  holding ``Bridesmaid`` and a pet groomer's ``groom`` holding ``nails only`` do not); with
  nothing sampled, only in a table named for weddings (the name rule :func:`wedding_couple`);
- the value signal's enum guard (20 or more sampled values, at most 5 distinct) reads a column
  as a category and vetoes identifying entities; a column named for a person's name part, phone
  or home address whose two to five distinct values are each shaped like one (a form one
  family filled in again and again, a test fixture's applicants) holds a few people's, as no
  category is written so (:func:`few_people`). One value repeated stays a category's (a shop's
  one help line), as the forty-seventh round left it.

Both read values only for a column whose name is one of these.

>>> wedding_role(("bride",)), wedding_role(("groom", "name")), wedding_role(("bride", "id"))
('bride', 'groom', None)
>>> sorted(few_people(["Maren", "Tobias"], ("sponsor", "first", "name")))
['PERSON_NAME']
>>> sorted(few_people(["07700 900461", "07700 900982"], ("mobile",)))
['PHONE_NUMBER']
>>> sorted(few_people(["0800 555 0199"], ("phone",))), sorted(few_people(["B", "C"], ("surname",)))
([], [])
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import SignalHit
from .fixtures_and_accounts import distinct_texts
from .name_tokens import singular
from .name_view import FieldView
from .row_people import name_shaped, names_sampled

#: A wedding's couple, by their roles.
_COUPLE = frozenset({"bride", "groom", "bridegroom"})
#: Table words of weddings: a couple's column there names them with nothing sampled.
_WEDDINGS = frozenset({"wedding", "marriage", "ceremony", "nuptial"})

#: Last words of a person's name part (``sponsor_lastname``, ``first_name``).
_NAME_PARTS = frozenset({
    "firstname", "lastname", "givenname", "middlename", "surname", "forename", "familyname",
    "fullname",
})  # fmt: skip
_NAME_PAIRS = frozenset({
    ("first", "name"), ("last", "name"), ("given", "name"), ("middle", "name"),
    ("family", "name"), ("full", "name"), ("fore", "name"), ("sur", "name"),
})  # fmt: skip
#: Last words of a person's phone (``father_cellphone``, ``sponsor_mobile``, ``phone_no``).
_PHONES = frozenset({
    "phone", "mobile", "cellphone", "cell", "telephone", "tel", "mobilephone", "phonenumber",
    "mobileno", "cellno", "phoneno",
})  # fmt: skip
_NUMBER_WORDS = frozenset({"number", "no", "num", "nr"})
#: Words before ``address`` that make it a person's home (``permanent_address``).
_HOMES = frozenset({
    "home", "permanent", "present", "current", "residential", "residence", "postal", "mailing",
    "perm", "pres", "street",
})  # fmt: skip
_PHONE_SHAPE = re.compile(r"\+?[\d\s().-]{7,20}")
#: Fewest distinct values, each shaped like the entity, that make a few people's repeats.
_FEW = 2


def wedding_role(tokens: Sequence[str]) -> str | None:
    """The role of a wedding's couple a column is named by (``bride``, ``groom_name``), or
    None (``bride_id``: a key)."""
    words = [singular(w) for w in tokens]
    if words[-1:] == ["name"]:
        words.pop()
    return words[0] if len(words) == 1 and words[0] in _COUPLE else None


def wedding_couple(view: FieldView) -> list[SignalHit]:
    """A text column named by a bride or a groom holds their name: the name signal's rule."""
    if view.kind not in {"text", ""} or (role := wedding_role(view.tokens)) is None:
        return []
    if any(h.entity == "PERSON_NAME" and h.score >= 0.5 for h in view.hits):
        return []
    if distinct_texts(view.ctx.samples):
        if not names_sampled(view.ctx.samples):
            return []  # a catalogue's label, a groomer's service: no one's name
    elif not {singular(w) for w in view.table_words} & _WEDDINGS:
        return []
    reason = f"text column {view.ctx.name!r} is named by a wedding's {role}: their name"
    return [view.hit("PERSON_NAME", 0.6, reason)]


def _named(name: Sequence[str]) -> str | None:
    """The entity a column's name gives a person's name part, phone or home address, or None."""
    words = tuple(name)
    if not words:
        return None
    if words[-1] in _NAME_PARTS or words[-2:] in _NAME_PAIRS:
        return "PERSON_NAME"
    if words[-1] in _NUMBER_WORDS and len(words) > 1:
        words = words[:-1]
    if words[-1] in _PHONES:
        return "PHONE_NUMBER"
    if words[-1] == "address" and len(words) > 1 and words[-2] in _HOMES:
        return "STREET_ADDRESS"
    return None


def _shaped(entity: str, value: str) -> bool:
    if entity == "PERSON_NAME":
        return name_shaped(value) and sum(c.isalpha() for c in value) >= _FEW
    if entity == "PHONE_NUMBER":
        return bool(_PHONE_SHAPE.fullmatch(value)) and sum(c.isdigit() for c in value) >= 7
    return len(value.split()) >= _FEW and any(c.isalpha() for c in value)


def few_people(distinct: Sequence[str], name: Sequence[str]) -> frozenset[str]:
    """The entity of a column named for a person's name part, phone or home address whose
    distinct values, two or more and more than half of them, are each shaped like one: a few
    people's repeated over many rows, which the enum guard leaves to the name; else none."""
    entity = _named(name)
    if entity is None or len(distinct) < _FEW:
        return frozenset()
    shaped = sum(_shaped(entity, v) for v in distinct)
    return frozenset({entity}) if shaped >= _FEW and shaped * 2 > len(distinct) else frozenset()
