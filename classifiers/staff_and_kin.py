"""Rules of the fortieth round: people a record names in columns that no person word of the
name signal reaches.

- staff named by their job in a work record (``teller_name``, ``reader_name``,
  ``supervisor_name``): the name of the one who did the work; a reader, a collector or a
  supervisor may be a machine's (a card reader, a telemetry collector, a process supervisor),
  so their values must read as people's names, and with nothing sampled they are left alone;
- a person's relatives, heirs and beneficiaries in numbered columns of a table about people
  (``family_member_1``, ``beneficiary_3``, ``heir_2``): a list of people, unless a value is a
  key, a count, a share, a flag or a relationship's word;
- a name glued after the table's abbreviation in a table about people (``patname`` in
  ``patients``, ``survname`` in ``surveyor``), when its values read as people's names (a
  login's ``usrname`` is not a name);
- a person's bare ``contact`` kept as a number in a table about people, when most values
  have a phone number's digits (:func:`classifiers.holders_and_records.contact_phones`).

The values are read only for a column whose name is one of these.

>>> staff_role(("teller", "name")), staff_role(("reader", "id")), staff_role(("name",))
('teller', None, None)
>>> numbered_person(("family", "member", "1")), numbered_person(("beneficiary",))
('family member', None)
>>> abbreviated_name(("patname",), "patient"), abbreviated_name(("usrname",), "user")
(True, False)
"""

from __future__ import annotations

from collections.abc import Sequence

from .base import SignalHit
from .fixtures_and_accounts import distinct_texts
from .holders_and_records import contact_phones
from .name_tokens import abbreviates, singular
from .name_view import FieldView
from .people import about_people
from .row_people import names_sampled

#: Jobs whose holder a work record names (``teller_name``: the teller who took the payment).
_STAFF = frozenset({
    "teller", "cashier", "supervisor", "reader", "collector", "foreman",
})  # fmt: skip
#: Of those, the words that also name a machine (a card reader, a telemetry collector, a
#: process supervisor): the values must read as people's names.
_MACHINE_TOO = frozenset({"reader", "collector", "supervisor"})
#: A person's relatives, heirs and beneficiaries, singular, as a numbered column names them.
_KIN = frozenset({
    ("family", "member"), ("beneficiary",), ("heir",), ("dependent",), ("dependant",),
    ("child",), ("sibling",), ("relative",), ("next", "of", "kin"),
})  # fmt: skip
#: Words after a column's name that number it (``beneficiary_2``, ``heir_three``).
_ORDINALS = frozenset({
    "1", "2", "3", "4", "5", "6", "one", "two", "three", "four", "five", "six",
})  # fmt: skip
#: Values that say a relationship or a flag, not who: ``Mother`` or ``yes`` names no one.
_NOT_NAMES = frozenset({
    "yes", "no", "y", "n", "true", "false", "none", "n/a", "mother", "father", "son",
    "daughter", "wife", "husband", "spouse", "brother", "sister", "parent", "child",
    "grandparent", "sibling", "other",
})  # fmt: skip
#: Heads of a login's table: ``usrname`` there is a login, not a person's name.
_LOGIN_HEADS = frozenset({"user", "usr", "login", "account"})
#: Kinds of a column that may hold a name.
_TEXT_KINDS = frozenset({"text", "enum", ""})
_SCORE = 0.6


def staff_role(tokens: Sequence[str]) -> str | None:
    """The job a ``<job>_name`` column names its holder by (``cashier_name``), or None."""
    if len(tokens) == 2 and tokens[1] == "name" and singular(tokens[0]) in _STAFF:
        return singular(tokens[0])
    return None


def numbered_person(tokens: Sequence[str]) -> str | None:
    """The relative or beneficiary a numbered column names (``heir_2``: ``heir``), or None."""
    if len(tokens) < 2 or tokens[-1] not in _ORDINALS:
        return None
    body = tuple(singular(w) for w in tokens[:-1])
    return " ".join(body) if body in _KIN else None


def abbreviated_name(tokens: Sequence[str], head: str) -> bool:
    """Whether a column is ``name`` after the table head's abbreviation (``patname``,
    ``ins_name``), the head not a login's."""
    if head in _LOGIN_HEADS:
        return False
    if len(tokens) == 2 and tokens[1] == "name":
        prefix = tokens[0]
    elif len(tokens) == 1 and tokens[0].endswith("name"):
        prefix = tokens[0][: -len("name")]
    else:
        return False
    return abbreviates(prefix, head) and not abbreviates(prefix, "user")


def _named_by_values(samples: Sequence[object]) -> bool:
    """Whether no sampled value is a key, a count, a share, an address, a flag or a
    relationship's word."""
    for value in distinct_texts(samples):
        text = value.lower()
        if any(ch.isdigit() for ch in text) or "@" in text or "://" in text or text in _NOT_NAMES:
            return False
    return True


def _staff_name(view: FieldView) -> list[SignalHit]:
    role = staff_role(view.tokens)
    if role is None or view.kind not in _TEXT_KINDS:
        return []
    if distinct_texts(view.ctx.samples):
        if not names_sampled(view.ctx.samples):
            return []  # a device's, a program's or a pipeline's name
    elif role in _MACHINE_TOO:
        return []  # nothing sampled: a reader or a collector may be a machine
    reason = f"column name {view.ctx.name!r} names a {role}: the person who did the work"
    return [view.hit("PERSON_NAME", _SCORE, reason)]


def _kin_name(view: FieldView) -> list[SignalHit]:
    who = numbered_person(view.tokens)
    if who is None or view.kind not in _TEXT_KINDS or not _named_by_values(view.ctx.samples):
        return []
    if (why := about_people(view.ctx)) is None:
        return []
    reason = f"column name {view.ctx.name!r} numbers a person's {who} and {why}"
    return [view.hit("PERSON_NAME", _SCORE, reason)]


def _abbreviated_name(view: FieldView) -> list[SignalHit]:
    if view.kind not in _TEXT_KINDS or not abbreviated_name(view.tokens, view.table.head):
        return []
    if not names_sampled(view.ctx.samples) or (why := about_people(view.ctx)) is None:
        return []
    reason = (
        f"column name {view.ctx.name!r} is a name after table {view.table_name!r}'s "
        f"abbreviation, its values read as people's names and {why}"
    )
    return [view.hit("PERSON_NAME", _SCORE, reason)]


def _numeric_contact(view: FieldView) -> list[SignalHit]:
    if view.tokens != ("contact",) or view.kind not in {"number", "key"}:
        return []
    table = view.tokenize(view.table_name)
    if not contact_phones(view.tokens, table, view.ctx.samples):
        return []
    if (why := about_people(view.ctx)) is None:
        return []
    reason = (
        f"column name {view.ctx.name!r} is a contact kept as a number, most sampled values "
        f"have a phone number's digits and {why}"
    )
    return [view.hit("PHONE_NUMBER", _SCORE, reason)]


def staff_and_kin(view: FieldView) -> list[SignalHit]:
    """Staff named by their job, a person's numbered kin, a name after the table's
    abbreviation, a contact kept as a number: the name signal's rule."""
    if view.tokens == ("contact",):
        return _numeric_contact(view)
    if any(h.entity == "PERSON_NAME" for h in view.hits):
        return []  # the name already says it (or vetoes it)
    return _staff_name(view) or _kin_name(view) or _abbreviated_name(view)
