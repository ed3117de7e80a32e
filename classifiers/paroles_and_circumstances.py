"""A rule of the thirty-eighth round: a person's circumstances asked as flags (``is_married``,
``owns_home``, ``on_public_benefits``) in a table about people, read from names alone. (A
court's words beside a column of the person's parole, the round's other cause, are a criminal
court's by :func:`classifiers.criminal.justice_context`.)

>>> circumstance(("is", "married")), circumstance(("owns", "home")), circumstance(("is", "home"))
('DEMOGRAPHIC', 'FINANCIAL', None)
"""

from __future__ import annotations

from collections.abc import Sequence

from .base import SignalHit
from .criminal import SCORE
from .name_tokens import singular
from .name_view import FieldView
from .people import about_people

#: Kinds of a flag or a text; a number is a count or an amount.
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


def paroles_and_circumstances(view: FieldView) -> list[SignalHit]:
    """A person's circumstances asked as flags: the name signal's rule."""
    if any(not h.veto for h in view.hits):
        return []  # the name already says something
    if (entity := circumstance(view.tokens)) is None or view.kind not in _FLAG_KINDS:
        return []
    if (why := about_people(view.ctx)) is None:
        return []
    reason = f"column name {view.ctx.name!r} asks a person's {_WHAT[entity]} and {why}"
    return [view.hit(entity, SCORE, reason)]
