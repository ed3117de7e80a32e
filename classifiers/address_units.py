"""A rule of the fifty-second round: the parts of a street address below the street's name, kept
in columns of their own beside a street line (the name rule ``address_units``).

An address split into its parts keeps the house's number, the floor, the flat and the postal
code apart from the street (``street``, ``number``, ``floor``, ``depto``, ``cp``; ``street``,
``housenumber``, ``flatnumber``): each is a part of the address the row holds, whoever lives
there. Two tiers, by how much the word alone says:

- a flat's, a floor's or a suite's word (``floor``, ``apt``, ``flat_number``, ``suite_no``) is a
  unit of the building at that street, in a table named for addresses or about people
  (:data:`UNITS`);
- a bare number word (``number``, ``no``), a department's word (``depto``, ``dpto``: an
  Argentine or Spanish flat; not ``dept``, a French *département* or a firm's department), a
  ``unit`` or a ``door``,
  and ``cp`` (a *code postal*, *código postal*) are address parts only in a table named for
  addresses (its head noun ``address``), where no department, record number or unit of measure
  is kept (:data:`ADDRESS_TABLE_UNITS`).

Either needs a street line beside it (``street``, ``street_name``, ``address_line1``; in a
table named for addresses a bare ``address`` is the table's own subject, an IP's, an e-mail's or
a register's, and no street line), and sampled values shaped like a unit, a floor or a house
number (``12``, ``9B``, ``PB``, ``Apt 4``: not a suite's name, a score or a phone); a ``cp``
needs values shaped like a postal code. A ``floor`` or a ``suite`` in a table about people
beside a place inside premises (a ``desk``, a ``ward``, a ``room``, a ``building``) is where the
person works, stays or is treated, not their home's. A room's ``floor`` and ``number`` in a
hotel's ``rooms``, a building's ``floor`` or an employee's ``dept`` beside no street line, and
an organisation's own address table (``company_address``: its head is the company) are left
alone.

>>> unit_word(("flat", "number")), unit_word(("floor",)), unit_word(("depto",))
('UNIT', 'UNIT', 'ADDRESS_TABLE')
>>> unit_word(("number",)), unit_word(("cp",)), unit_word(("room", "number"))
('ADDRESS_TABLE', 'POSTAL', None)
>>> postal_values(["6128", "C1425ABC", "0102"]), postal_values(["C3PO droid", "12"])
(True, False)

A rule of the sixty-eighth round: India's postal code, the PIN (*postal index number*, six
digits), kept as ``pin`` beside the other parts of the same address (the name rule
:func:`pin_code`): ``perm_pin`` beside ``perm_addr`` or ``perm_city``, ``home_pin`` beside
``home_address`` (a word of an address's kind before it: :data:`_ADDRESS_OF`), or a bare
``pin`` in a table named for addresses beside a street line. Its
sampled values must be six digits (a space after the third allowed), what a form never filled
(``null``) aside. A ``pin`` that is a secret (a card's, a login's), a bare ``pin`` elsewhere and
a ``pin`` whose words no address column shares are left alone.

>>> pin_values(["560001", "570 002", "null"]), pin_values(["1234"]), pin_values([])
(True, False, True)

A rule of the seventy-second round: a building's own name kept apart from the street
(:func:`building_name`): ``house_name`` (a British address names a house, or holds its number
there), ``building_name``, ``society_name`` or ``soc_name`` (an Indian housing society), beside a
street line of the same address (``main_house_name`` beside ``main_street``), in a table named
for addresses or about people. A building's name beside no street line (a campus's
``building_name`` beside a ``room``), and one in an organisation's or a gathering's address, are
left alone.

>>> building_words(("house", "name")), building_words(("main", "soc", "name"))
(('house', 'name'), ('soc', 'name'))
>>> building_words(("building",)), building_words(("house", "rules"))
(None, None)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from .base import SignalHit
from .details_and_slots import below_street, street_line
from .name_tokens import singular
from .name_view import FieldView, keys_a_person
from .name_words import NameWords
from .organisations import ORGANISATION_TABLES

#: A flat's, a floor's or a suite's word: a unit of the building at the row's street, in a table
#: named for addresses or about people.
UNITS = frozenset({"floor", "flat", "apt", "apartment", "appartment", "suite"})
#: Words that are an address's part only in a table named for addresses: a bare number (the
#: house's), a department's short forms (a flat in Argentina and Spain; not ``dept``, a French
#: *département* or a firm's department), a unit and a door (a measure's unit, a vehicle's door
#: elsewhere).
ADDRESS_TABLE_UNITS = frozenset({"depto", "dpto", "unit", "door"})
#: Short forms of a postal code (French and Spanish ``cp``), only in a table named for addresses.
POSTAL_CODE_WORDS = frozenset({"cp"})
#: Siblings naming a place inside premises: a ``floor`` or ``suite`` beside one is where the
#: person works, stays or is treated, not a unit of their home.
PREMISES_SIBLINGS = frozenset({
    "room", "bed", "ward", "desk", "building", "office", "wing", "bay", "seat", "cabin", "berth",
})  # fmt: skip
#: A unit's, a floor's or a house number's value: a short number with a letter perhaps
#: (``12``, ``9B``, ``#4``, ``12-14``, ``s/n``), one or two letters (``PB``, ``B``), or a unit
#: word before one (``Apt 4``, ``Suite 400``).
_UNIT_VALUE = re.compile(
    r"(?i)#?\s*\d{1,5}\s*[a-z]?(?:\s*[-/]\s*\d{1,5}[a-z]?)?|[a-z]{1,2}\s*\d{0,4}|s/?n"
    r"|(?:apt|apto|flat|suite|ste|unit|floor|fl|piso|dpto|depto|door)\.?\s*#?\s*\w{1,5}"
)
#: What an address keyed to, or named for, it is no one's home: an organisation and a gathering
#: (``addresses`` keyed by ``company_id`` alone, ``event_addresses``).
_NOBODYS = ORGANISATION_TABLES | frozenset({
    "event", "meeting", "conference", "match", "game", "fixture", "tournament", "race", "exam",
})  # fmt: skip
#: The longest sampled value of a unit or a number (``12``, ``9B``, ``PB``, ``Suite 400``).
_SHORT = 12
#: A postal code: two to nine letters and digits, three digits at least, one space or hyphen
#: allowed (``6128``, ``C1425ABC``, ``28013``, ``75 008``, ``1234-567``).
_POSTAL = re.compile(r"(?=(?:\D*\d){3})[A-Za-z0-9]{2,5}(?:[ -]?[A-Za-z0-9]{2,4})?")


#: India's postal index number: six digits, the first not 0, a space after the third allowed.
_PIN = re.compile(r"[1-9]\d{2} ?\d{3}")
#: Words of a PIN code's column (``perm_pin``, ``pin``); ``pincode`` is a postal code's name.
_PIN_WORDS = frozenset({"pin"})
#: Words before a PIN that name whose address or which of a person's addresses it is
#: (``perm_pin``, ``home_pin``, ``corr_pin``); not a card's, a login's or a device's PIN.
_ADDRESS_OF = frozenset({
    "perm", "permanent", "temp", "temporary", "present", "pres", "current", "curr", "home",
    "office", "work", "res", "residence", "residential", "corr", "correspondence", "comm",
    "communication", "mailing", "postal", "billing", "bill", "shipping", "ship", "delivery",
    "native", "local",
})  # fmt: skip
#: Last words of a column that holds the same address as a PIN beside it (``perm_addr``,
#: ``perm_city``).
_ADDRESS_PARTS = frozenset({"address", "addr", "add", "street", "city", "town", "locality"})
#: What a form sends for a field never filled, as text.
_NO_VALUE = frozenset({"null", "undefined", "none", "nil", "n/a", "na", "-"})


def pin_values(samples: Iterable[object]) -> bool:
    """Whether every sampled value, but those a form never filled, is a six-digit PIN (none
    sampled is)."""
    values = [str(v).strip() for v in samples if v is not None and str(v).strip()]
    values = [v for v in values if v.lower() not in _NO_VALUE]
    return all(_PIN.fullmatch(v) for v in values)


def pin_code(view: FieldView) -> list[SignalHit]:
    """A PIN beside the address it completes: India's six-digit postal code (the name signal's
    rule, after :func:`address_units`)."""
    words = view.tokens
    if not words or words[-1] not in _PIN_WORDS or view.kind not in {"text", "number", ""}:
        return []
    if any(not h.veto for h in view.hits) or not pin_values(view.ctx.samples):
        return []
    qualifier = words[:-1]
    if qualifier and qualifier[-1] not in _ADDRESS_OF:
        return []  # ``card_pin`` beside ``card_address``: the card's secret
    if qualifier:
        beside = next(
            (
                s
                for s in view.ctx.siblings
                if (t := view.tokenize(s))[:-1] == qualifier and t[-1] in _ADDRESS_PARTS
            ),
            None,
        )
        if beside is None:
            return []
        where = f"beside {beside!r}, the same address's"
    else:
        if view.table.head not in view.words.POSTAL_TABLES or not _street_beside(view, True):
            return []
        if _nobodys_address(view):
            return []
        where = "beside a street line in a table of addresses"
    reason = f"column name {view.ctx.name!r} is a PIN (India's six-digit postal code), {where}"
    return [view.hit("POSTAL_CODE", 0.6, reason)]


def unit_word(tokens: Sequence[str]) -> str | None:
    """Which tier a column's words are an address part of: ``UNIT`` (a flat, a floor, a suite,
    perhaps with a number word after it), ``ADDRESS_TABLE`` (a bare number word, a department, a
    unit, a door), ``POSTAL`` (``cp``), or None."""
    words = tuple(tokens)
    if len(words) == 2 and words[1] in NameWords.NUMBER_WORDS:
        words = words[:1]  # ``flat_number``, ``apt_no``, ``floor_nr``
    elif len(words) == 1 and words[0] in NameWords.NUMBER_WORDS:
        return "ADDRESS_TABLE"
    if len(words) != 1:
        return None
    if words[0] in UNITS:
        return "UNIT"
    if words[0] in ADDRESS_TABLE_UNITS:
        return "ADDRESS_TABLE"
    return "POSTAL" if words[0] in POSTAL_CODE_WORDS and len(tokens) == 1 else None


def postal_values(samples: Iterable[object]) -> bool:
    """Whether every sampled value (one at least) is shaped like a postal code."""
    values = [str(v).strip() for v in samples if v is not None and str(v).strip()]
    return bool(values) and all(_POSTAL.fullmatch(v) for v in values)


def _short(samples: Iterable[object]) -> bool:
    """Whether every sampled value is short enough to be a unit or a number (none sampled is)."""
    return all(len(str(v).strip()) <= _SHORT for v in samples if v is not None)


def _unit_values(samples: Iterable[object]) -> bool:
    """Whether every sampled value is shaped like a unit, a floor or a house number."""
    return all(
        _UNIT_VALUE.fullmatch(str(v).strip()) for v in samples if v is not None and str(v).strip()
    )


def _street_beside(view: FieldView, address_table: bool) -> bool:
    """:func:`street_line`; in a table named for addresses a bare ``address`` is the table's own
    subject (an IP's, an e-mail's, a wallet's, a register's) and no street line."""
    if not address_table:
        return street_line(view)
    siblings = tuple(s for s in view.ctx.siblings if view.tokenize(s) != ("address",))
    return street_line(view._replace(ctx=replace(view.ctx, siblings=siblings)))


def _nobodys_address(view: FieldView) -> bool:
    """Whether a table named for addresses holds an organisation's or a gathering's: a word
    before its head names one (``event_addresses``), or a key to one is its only key (a
    ``company_id``, no ``user_id``)."""
    if {singular(w) for w in view.table_words[:-1]} & _NOBODYS:
        return True
    keys = [view.tokenize(s) for s in view.ctx.siblings]
    keys = [k for k in keys if len(k) >= 2 and k[-1] in {"id", "key", "fk"}]
    if any(keys_a_person(k, view.words.PEOPLE) for k in keys):
        return False
    return any(singular(k[-2]) in _NOBODYS for k in keys)


def address_units(view: FieldView) -> list[SignalHit]:
    """The parts of a street address below the street's name, beside a street line: the name
    signal's rule."""
    if view.kind not in {"text", "key", "number", ""} or any(not h.veto for h in view.hits):
        return []
    tier = unit_word(view.tokens)
    address_table = view.table.head in view.words.POSTAL_TABLES
    if tier is None:
        return _sub_district(view) if address_table else []
    if tier != "UNIT" and not address_table:
        return []
    if tier == "UNIT" and not address_table and "people" not in view.context(view.tokens):
        return []
    if not _street_beside(view, address_table) or not _short(view.ctx.samples):
        return []
    if address_table and _nobodys_address(view):
        return []  # a company's or an event's address, no one's home
    if tier != "POSTAL" and not _unit_values(view.ctx.samples):
        return []  # ``13.45`` (a score), ``Royal`` (a hotel's suite), ``eth0``, ``Sales``
    if (
        tier == "UNIT"
        and not address_table
        and any(set(view.tokenize(s)) & PREMISES_SIBLINGS for s in view.ctx.siblings)
    ):
        return []  # a ``floor`` beside a ``desk``, a ``room`` or a ``bed``: the premises'

    name = view.ctx.name
    where = "a table of addresses" if address_table else "a table about people"
    if tier == "POSTAL":
        if not postal_values(view.ctx.samples):
            return []
        reason = (
            f"column name {name!r} is a postal code's short form, beside a street line in {where}"
        )
        return [view.hit("POSTAL_CODE", 0.6, reason)]
    number = view.tokens[0] in NameWords.NUMBER_WORDS
    what = "the house's number" if number else "a unit of the building (a flat, a floor, a suite)"
    reason = f"column name {name!r} is {what} of the address, beside a street line in {where}"
    return [view.hit("STREET_ADDRESS", 0.6, reason)]


def _sub_district(view: FieldView) -> list[SignalHit]:
    """A part of an address below the street (a barangay, a taluk, a landmark:
    :func:`~classifiers.details_and_slots.below_street`) in a table named for addresses, beside
    a street line, of no organisation's or gathering's address: a part of the address the row
    holds, as it is in a table about people."""
    part = below_street(view.tokens)
    if part is None or view.kind not in {"text", ""}:
        return []
    if not _street_beside(view, True) or _nobodys_address(view):
        return []
    reason = (
        f"column name {view.ctx.name!r} is {part}, beside a street line in a table of addresses"
    )
    return [view.hit("STREET_ADDRESS", 0.6, reason)]


#: A building's word before ``name``: a house's, a building's, a housing society's (India's
#: ``society``, ``soc``), a block's or an estate's of flats.
_BUILDINGS = frozenset({"house", "building", "bldg", "society", "soc", "block", "villa"})
_BUILDING_NOUNS = {"bldg": "building", "society": "housing society", "soc": "housing society"}


def building_words(tokens: Sequence[str]) -> tuple[str, ...] | None:
    """The building's words of a column naming a building (``house_name``, ``soc_name``),
    after any lead that says which address it is (``main_``, ``alt_``), or None."""
    words = tuple(tokens)
    if len(words) < 2 or words[-1] != "name" or words[-2] not in _BUILDINGS:
        return None
    return words[-2:]


def building_name(view: FieldView) -> list[SignalHit]:
    """A building's name beside a street line of the same address, in a table named for
    addresses or about people: a line of the address the row holds (the name signal's rule)."""
    if view.kind not in {"text", ""} or any(not h.veto for h in view.hits):
        return []
    own = building_words(view.tokens)
    if own is None:
        return []
    lead = view.tokens[: -len(own)]
    address_table = view.table.head in view.words.POSTAL_TABLES or bool(
        {singular(w) for w in view.table_words} & {"address", "addressdetail"}
    )
    if not address_table and "people" not in view.context(view.tokens):
        return []
    if not street_line(view, lead) or (address_table and _nobodys_address(view)):
        return []
    if any(set(view.tokenize(s)) & PREMISES_SIBLINGS - {"building"} for s in view.ctx.siblings):
        return []  # a ``building_name`` beside a ``room`` or a ``desk``: premises
    where = "a table of addresses" if address_table else "a table about people"
    reason = (
        f"column name {view.ctx.name!r} is the name of the {_BUILDING_NOUNS.get(own[0], own[0])} "
        "at the address, beside a "
        f"street line of the same address in {where}"
    )
    return [view.hit("STREET_ADDRESS", 0.6, reason)]
