"""Rules of the thirty-eighth round: a criminal court's words (``being_charged``,
``serving_sentence``, ``reduced_probation``) in a person's row beside a column of their parole
(``on_probation_parole``), and a person's circumstances asked as flags (``is_married``,
``owns_home``, ``on_public_benefits``) in a table about people.

Both are read from names alone: no sampled value is asked.

>>> circumstance(("is", "married")), circumstance(("owns", "home")), circumstance(("is", "home"))
('DEMOGRAPHIC', 'FINANCIAL', None)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import SignalHit
from .criminal import ARTICLE_10, COURT_WORDS, SCORE, court_word, crime_word, words_of
from .name_tokens import singular
from .name_view import FieldView
from .people import about_people

#: A cheap first look: the column may hold a criminal court's word (most hold none).
_COURT_STEMS = re.compile(r"charg|sentenc|probation|plea|bail")
#: A sibling's words of a person's parole: beside it, a court's words are a criminal court's.
_PAROLE = frozenset({"parole", "paroled", "parolee"})
#: Last words of a key, an amount or another person named by their role (``probation_officer``,
#: ``charge_amount``): no record of the row's own person.
_NOT_OWN_RECORD = frozenset({
    "id", "key", "uuid", "officer", "agent", "judge", "name", "amount", "amt", "fee", "cost",
    "total", "rate",
})  # fmt: skip
#: Last words of a sibling where parole names a body or a place (``parole_unit``,
#: ``parole_board``): an officer's workplace, not the row's person's parole.
_PAROLE_PLACES = frozenset({"unit", "region", "district", "office", "board"})
#: Kinds of a flag or a text; a number is a count or an amount, a date is asked by
#: :mod:`classifiers.criminal` itself.
_FLAG_KINDS = frozenset({"boolean", "enum", "text", ""})
#: A person's circumstances asked as a flag, singular words -> what they tell: a marriage, a
#: home owned, public benefits or welfare received.
_CIRCUMSTANCES: dict[tuple[str, ...], str] = {
    ("is", "married"): "DEMOGRAPHIC",
    ("married",): "DEMOGRAPHIC",
    ("is", "divorced"): "DEMOGRAPHIC",
    ("is", "widowed"): "DEMOGRAPHIC",
    ("has", "spouse"): "DEMOGRAPHIC",
    ("own", "home"): "FINANCIAL",
    ("is", "homeowner"): "FINANCIAL",
    ("homeowner",): "FINANCIAL",
    ("is", "home", "owner"): "FINANCIAL",
    ("on", "public", "benefit"): "FINANCIAL",
    ("receive", "public", "benefit"): "FINANCIAL",
    ("on", "welfare"): "FINANCIAL",
    ("receive", "welfare"): "FINANCIAL",
}
_WHAT = {"DEMOGRAPHIC": "marital status", "FINANCIAL": "means (a home owned, benefits)"}


def circumstance(tokens: Sequence[str]) -> str | None:
    """The entity of a person's circumstance a flag's name asks (``is_married``: DEMOGRAPHIC;
    ``on_public_benefits``: FINANCIAL), or None."""
    return _CIRCUMSTANCES.get(tuple(singular(w) for w in tokens))


def _beside_parole(view: FieldView) -> str | None:
    """The sibling naming the person's parole (``on_probation_parole``; not a
    ``parole_officer``, a ``parole_unit`` or a French song's ``paroles``), or None.

    :func:`classifiers.criminal.justice_context` reads a sibling's crime words the same way,
    but takes no parole."""
    for sibling in view.ctx.siblings:
        if sibling == view.ctx.name or sibling.lower() == "paroles":
            continue  # the same column, or a song's lyrics
        words = words_of(view, sibling)
        if (
            set(words) & _PAROLE
            and words[-1] not in _NOT_OWN_RECORD | _PAROLE_PLACES
            and crime_word(words)
        ):
            return sibling
    return None


def _court_beside_parole(view: FieldView) -> list[SignalHit]:
    """A criminal court's word (a charge, a sentence, probation) in a table about people beside
    a column of their parole: a person's criminal record (GDPR Art. 10). A row that only points
    at a person (an order's ``customer_id``) is not enough: its charge is billed."""
    if view.kind not in _FLAG_KINDS or not _COURT_STEMS.search(view.ctx.name.lower()):
        return []
    words = words_of(view, view.ctx.name)
    word = court_word(words)
    if word not in COURT_WORDS or words[-1] in _NOT_OWN_RECORD:
        return []
    parole = _beside_parole(view)
    whose = parole and about_people(view.ctx)
    if not whose:
        return []
    reason = (
        f"column name {view.ctx.name!r} names a criminal court's {word} beside the person's "
        f"parole ({parole!r}) and {whose}: {ARTICLE_10}"
    )
    return [view.hit("CRIMINAL_OFFENCE", SCORE, reason)]


def paroles_and_circumstances(view: FieldView) -> list[SignalHit]:
    """A court's words beside a person's parole; a person's circumstances asked as flags: the
    name signal's rule."""
    if any(not h.veto for h in view.hits):
        return []  # the name already says something
    if (entity := circumstance(view.tokens)) is not None:
        if view.kind not in _FLAG_KINDS or (why := about_people(view.ctx)) is None:
            return []
        reason = f"column name {view.ctx.name!r} asks a person's {_WHAT[entity]} and {why}"
        return [view.hit(entity, SCORE, reason)]
    return _court_beside_parole(view)
