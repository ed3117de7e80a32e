"""Rules of the forty-ninth and fiftieth rounds: a wedding's couple named by their roles, and a
few people's names, phones and home addresses repeated over many rows.

- ``bride``, ``groom`` and ``bridegroom`` (alone or before ``name``) hold the names of a
  wedding's couple, when the sampled values read as people's names and most are full names (a
  bridal shop's ``bride`` holding ``Bridesmaid``, a gown's style ``Sophia`` and a pet groomer's
  ``groom`` holding ``nails only`` do not); with nothing sampled, only in a table named for
  weddings (the name rule :func:`wedding_couple`);
- the value signal's enum guard (20 or more sampled values, at most 5 distinct) reads a column
  as a category and vetoes identifying entities; a column named for a person's name part, phone
  or home address whose two to five distinct values are each shaped like one (a form one
  family filled in again and again, a test fixture's applicants) holds a few people's, as no
  category is written so (:func:`few_people`), when a person's word leads the column's name
  (``father_cellphone``, ``sponsor_first_name``) or, with nothing but the table's words before
  it, the table is about people (a bare ``last_name`` in ``base_user``), and so does a bare
  ``address`` of three places or more in a table named for people beside each one's name
  (``members.address`` holding a district and a province: the seventy-first round). A help desk's
  ``support_phone``, a gateway's SIM, cells counted per flask (``cell_number``) and a taxon's
  ``family_name`` stay a category's, and so does one value repeated (a shop's one help line),
  as the forty-seventh round left it.

Both read values only for a column whose name is one of these.

>>> wedding_role(("bride",)), wedding_role(("groom", "name")), wedding_role(("bride", "id"))
('bride', 'groom', None)
>>> sorted(few_people(["Maren", "Tobias"], ("sponsor", "first", "name")))
['PERSON_NAME']
>>> sorted(few_people(["07700 900461", "07700 900982"], ("parent", "mobile")))
['PHONE_NUMBER']
>>> sorted(few_people(["0800 555 0199"], ("phone",))), sorted(few_people(["B", "C"], ("surname",)))
([], [])
>>> sorted(few_people(["0800 555 0199", "0800 555 0123"], ("support", "phone")))
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import FieldContext, SignalHit
from .fixtures_and_accounts import distinct_texts
from .name_tokens import singular, table_name
from .name_view import FieldView, person_keys
from .name_words import REAL_NAMES, NameWords
from .people import about_people, tokens
from .row_people import name_shaped, names_sampled

#: A wedding's couple, by their roles.
_COUPLE = frozenset({"bride", "groom", "bridegroom"})
#: Table words of weddings: a couple's column there names them with nothing sampled.
_WEDDINGS = frozenset({"wedding", "marriage", "ceremony", "nuptial"})

#: A person's name part as a column's last words (``sponsor_lastname``, ``first_name``): the
#: real names and a given, middle, fore or family name.
_NAME_PARTS = REAL_NAMES | {
    ("givenname",), ("middlename",), ("forename",), ("familyname",), ("given", "name"),
    ("middle", "name"), ("family", "name"), ("fore", "name"), ("sur", "name"),
}  # fmt: skip
#: Last words of a person's phone (``father_cellphone``, ``sponsor_mobile``): the phone words
#: of the ways to reach someone, and glued forms.
_PHONES = NameWords.REACH - {"fax", "email", "mail"} | {
    "cellphone", "mobilephone", "phonenumber", "mobileno", "cellno", "phoneno",
}  # fmt: skip
#: Words before ``address`` that make it a person's home (``permanent_address``).
_HOMES = frozenset({
    "home", "permanent", "present", "current", "residential", "residence", "postal", "mailing",
    "perm", "pres", "street",
})  # fmt: skip
#: Words that make a name part, phone or address a person's own (``father_``, ``sponsor_``).
_OWNERS = NameWords.PEOPLE | NameWords.ROLES
_PHONE_SHAPE = re.compile(r"\+?[\d\s().-]{7,20}")
#: Fewest distinct values, each shaped like the entity, that make a few people's repeats.
_FEW = 2
#: Fewest distinct places under a bare ``address`` of a table named for people: two may be
#: where the rows work (``Head office``, ``Depot two``), not where each lives.
_FEW_HOMES = 3


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
    if values := distinct_texts(view.ctx.samples):
        full = sum(len(v.split()) > 1 for v in values)
        if not names_sampled(tuple(values)) or full * 2 <= len(values):
            return []  # a catalogue's label or style (``Sophia``), a groomer's service
    elif not {singular(w) for w in view.table_words} & _WEDDINGS:
        return []
    reason = f"text column {view.ctx.name!r} is named by a {role}: their name"
    return [view.hit("PERSON_NAME", 0.6, reason)]


def _named(name: Sequence[str], table: Sequence[str] = ()) -> tuple[str, tuple[str, ...]] | None:
    """The entity a column's name gives a person's name part, phone or home address, and the
    words before it (``father`` of ``father_cell_phone``), or None. A bare ``address`` is a
    home's only in a table named for addresses (``table``: its name's words), and then only
    when the table is about people (:func:`_a_persons`).

    >>> _named(("phone", "2")), _named(("address",)), _named(("address",), ("user", "address"))
    (('PHONE_NUMBER', ()), None, ('STREET_ADDRESS', ()))
    """
    words = tuple(name)
    while len(words) > 1 and words[-1].isdigit():
        words = words[:-1]  # one of several, numbered (``telefono1``, read ``phone_1``)
    if not words:
        return None
    for n in (1, 2):
        if words[-n:] in _NAME_PARTS:
            return "PERSON_NAME", words[:-n]
    if words[-1] in NameWords.NUMBER_WORDS and len(words) > 1:
        words = words[:-1]
    if words[-1] in _PHONES:
        words = words[:-1]
        while words and words[-1] in _PHONES:
            words = words[:-1]  # ``father_cell_phone``
        return "PHONE_NUMBER", words
    if words[-1] == "address" and len(words) > 1 and words[-2] in _HOMES:
        return "STREET_ADDRESS", words[:-2]
    if words == ("address",) and table and singular(table[-1]) == "address":
        return "STREET_ADDRESS", ()  # the address of a table of addresses (``cst_address``)
    return None


def _a_persons(owners: Sequence[str], ctx: FieldContext | None) -> bool:
    """Whether a name part, phone or address is a person's: a person's word before it
    (``sponsor_``), else (nothing before it but the table's words) a table about people."""
    if owners and all(singular(w) in _OWNERS for w in owners):
        return True
    if ctx is None or not set(owners) <= set(tokens(table_name(ctx.dataset))):
        return False  # a help desk's ``support_phone``, a gateway's ``gateway_phone``
    return about_people(ctx) is not None


def _numbered_people(name: Sequence[str], ctx: FieldContext | None) -> bool:
    """Whether a numbered column (``phone_1``) stands beside a person's own name numbered too
    (``full_name_2``): a row of several people, each named and reached (a thesis's two
    students, a loan's two guarantors); a bare ``full_name`` is a place's or a pet's as often.

    >>> ctx = FieldContext("s", "theses", "phone_1", siblings=("full_name", "full_name_2"))
    >>> _numbered_people(("phone", "1"), ctx), _numbered_people(("phone",), ctx)
    (True, False)
    """
    if ctx is None or len(name) < 2 or not name[-1].isdigit():
        return False
    for sibling in ctx.siblings:
        words = tokens(sibling)
        if len(words) > 1 and words[-1].isdigit() and words[:-1] in REAL_NAMES:
            return True
    return False


#: People words whose table, beside a person's name, keeps their own home address under a bare
#: ``address`` (``members``, ``students``); not a word with a sense that is no person's.
_HOME_HOLDERS = NameWords.PEOPLE - {"profile", "agent", "lead", "contact", "owner", "client"}


def _named_people_address(name: Sequence[str], ctx: FieldContext | None) -> bool:
    """Whether a bare ``address`` is in a table named for people (``members``, read so from
    another language too) beside a person's own name (``full_name``, ``first_name``): each
    row's home, however few places the rows share (a district and a province).

    >>> ctx = FieldContext("s", "members", "address", siblings=("full_name", "address"))
    >>> _named_people_address(("address",), ctx)
    True
    >>> ctx = FieldContext("s", "branches", "address", siblings=("manager_name", "address"))
    >>> _named_people_address(("address",), ctx)
    False
    """
    if ctx is None or tuple(name) != ("address",):
        return False
    table = tokens(table_name(ctx.dataset))
    if not table or singular(table[-1]) not in _HOME_HOLDERS:
        return False
    return any(tokens(s)[-2:] in _NAME_PARTS or tokens(s)[-1:] in _NAME_PARTS for s in ctx.siblings)


def _keyed_address(name: Sequence[str], ctx: FieldContext | None) -> bool:
    """Whether a bare ``address`` of a table named for addresses is a person's: a sibling
    keys a person (``customer_id``), as a user's saved addresses do; a store's does not."""
    if ctx is None or tuple(name) != ("address",):
        return False
    return next(person_keys(ctx, NameWords.PEOPLE, tokens), None) is not None


def _shaped(entity: str, value: str) -> bool:
    if entity == "PERSON_NAME":
        return name_shaped(value) and sum(c.isalpha() for c in value) >= _FEW
    if entity == "PHONE_NUMBER":
        return bool(_PHONE_SHAPE.fullmatch(value)) and sum(c.isdigit() for c in value) >= 7
    return len(value.split()) >= _FEW and any(c.isalpha() for c in value)


def few_people(
    distinct: Sequence[str], name: Sequence[str], ctx: FieldContext | None = None
) -> frozenset[str]:
    """The entity of a column named for a person's name part, phone or home address (a
    person's word before it, or in a table about people) whose distinct values, two or more
    and more than half of them, are each shaped like one: a few people's repeated over many
    rows, which the enum guard leaves to the name; else none."""
    table = tokens(table_name(ctx.dataset)) if ctx is not None else ()
    found = _named(name, table)
    if found is None and len(distinct) >= _FEW_HOMES and _named_people_address(name, ctx):
        found = ("STREET_ADDRESS", ())
    if found is None or len(distinct) < _FEW:
        return frozenset()
    entity, owners = found
    if not (_a_persons(owners, ctx) or _keyed_address(name, ctx) or _numbered_people(name, ctx)):
        return frozenset()
    shaped = sum(_shaped(entity, v) for v in distinct)
    return frozenset({entity}) if shaped >= _FEW and shaped * 2 > len(distinct) else frozenset()
