"""Rules of the thirty-eighth round: a text column named by a clinician alone (``doctor``,
``attending_physician``, ``dentist_two``) or by a patient's guardian (``parent_guardian``) holds
that person's name, however few its distinct values (a clinic's two doctors fall below the
three distinct values :mod:`classifiers.name_parts` asks of a role's column).

Read from the name; the sampled values are asked only when the name is one of these, and must
then read as people's names (:func:`classifiers.row_people.names_sampled`: a known given name or
an initial), not a label (``Tenth Doctor``, ``Required``). With nothing sampled, a bare role needs
a patient beside it; a word saying which or a number is enough (``referring_physician``).

A clinician's region (``dentist_region``; ``state`` in a table of doctors) is where the practice
is, the clinician's business address, no one's home: REGION vetoed (:func:`practice_regions`),
unless a column names a home (``home_address``: a staff record's own).

>>> clinician_column(("attending", "physician")), clinician_column(("doctor", "two"))
(True, True)
>>> clinician_column(("doctor", "id")), clinician_column(("guardian",))
(False, False)
"""

from __future__ import annotations

from collections.abc import Sequence

from .base import SignalHit
from .fixtures_and_accounts import distinct_texts
from .name_tokens import singular
from .name_view import FieldView
from .people import table_heads
from .row_people import names_sampled

#: People who treat a patient, and who answers for one: a column named by one of them alone
#: holds their name (a key to them would be a number).
_CLINICIANS = frozenset({
    "doctor", "dentist", "physician", "surgeon", "nurse", "clinician", "therapist", "midwife",
    "orthodontist", "guardian",
})  # fmt: skip
#: Roles that need a word saying which (``parent_guardian``, ``legal_guardian``).
_QUALIFIED = frozenset({"guardian"})
#: Words before the role that say which one (``attending_physician``, ``parent_guardian``).
_WHICH = frozenset({
    "attending", "referring", "assigned", "treating", "consulting", "primary", "family",
    "parent", "legal", "dental", "main",
})  # fmt: skip
#: Words after the role that number it (``doctor_one``, ``nurse_2``).
_ORDINALS = frozenset({
    "one", "two", "three", "four", "five", "six", "first", "second", "third",
    "1", "2", "3", "4", "5", "6",
})  # fmt: skip
#: People who practise a health profession: their address is their practice's.
PRACTITIONERS = frozenset({
    "physician", "doctor", "dentist", "surgeon", "clinician", "practitioner", "gp",
    "optometrist", "orthodontist", "pharmacist", "therapist", "midwife",
})  # fmt: skip
_REGIONS = frozenset({"province", "state", "region", "county", "territory", "prefecture"})
_HOMES = frozenset({"home", "residential", "residence", "personal", "private"})


def clinician_column(tokens: Sequence[str]) -> bool:
    """Whether a column is named by a clinician or a guardian alone, perhaps with a word
    saying which and a number (``referring_doctor``, ``doctor_three``; not ``doctor_id``)."""
    words = list(tokens)
    if len(words) > 1 and words[-1] in _ORDINALS:
        words.pop()
    if len(words) == 2 and words[0] in _WHICH:
        words.pop(0)
    elif len(words) == 1 and singular(words[0]) in _QUALIFIED:
        return False  # a bare ``guardian`` is as often a newspaper's or a game's
    return len(words) == 1 and singular(words[0]) in _CLINICIANS


def _named_alone(view: FieldView) -> bool:
    """Whether the name alone says a person is meant, with nothing sampled: a word saying which
    or a number (``referring_physician``, ``nurse_3``), or a patient beside it. A bare
    ``doctor`` or ``surgeon`` is as often a robot's model or a series' character."""
    if len(view.tokens) > 1:
        return True
    return any("patient" in map(singular, view.tokenize(s)) for s in view.ctx.siblings)


def clinician_names(view: FieldView) -> list[SignalHit]:
    """A text column named by a clinician or a guardian alone holds their name."""
    if view.kind != "text" or not clinician_column(view.tokens):
        return []  # the name is none of these: no sampled value need be read
    if any(h.entity == "PERSON_NAME" for h in view.hits):
        return []
    role = next(singular(w) for w in view.tokens if singular(w) in _CLINICIANS)
    if distinct_texts(view.ctx.samples):
        if not names_sampled(view.ctx.samples):
            return []  # a label, a flag, a code or a sentence: no clinician's name
    elif not _named_alone(view):
        return []
    reason = (
        f"text column {view.ctx.name!r} is named by a {role} alone: the name of the one who "
        "treats or answers for the person"
    )
    return [view.hit("PERSON_NAME", 0.6, reason)]


def practice_regions(view: FieldView) -> list[SignalHit]:
    """A clinician's region is where the practice is, no one's home: REGION vetoed."""
    words = [singular(w) for w in view.tokens]
    if not words or words[-1] not in _REGIONS or len(words) > 2:
        return []
    if len(words) == 2:
        clinician = words[0] if words[0] in PRACTITIONERS else None
    else:
        heads = table_heads(view.ctx.dataset)
        clinician = heads[-1] if heads and heads[-1] in PRACTITIONERS else None
    if clinician is None:
        return []
    if any(set(view.tokenize(s)) & _HOMES for s in view.ctx.siblings):
        return []  # a home's address beside it: the clinician's own, as staff records keep
    why = f"column name {view.ctx.name!r} is where the {clinician}'s practice is, no one's home"
    return [view.veto("REGION", why)]
