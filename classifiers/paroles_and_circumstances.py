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


#: A person's marital state as a form's values write it, in the languages the glossaries read
#: (English, Indonesian and Malay, Spanish, Portuguese, French, Italian, German, Dutch), lower
#: case: a bride's ``perawan`` or ``janda``, a groom's ``jejaka`` or ``duda``.
MARITAL_STATES = frozenset({
    "married", "divorced", "widowed", "widow", "widower", "separated", "unmarried", "spinster",
    "bachelor", "engaged", "cohabiting", "never married",
    "kawin", "belum kawin", "cerai", "cerai hidup", "cerai mati", "janda", "duda", "perawan",
    "jejaka", "bujang", "lajang", "menikah", "belum menikah",
    "soltero", "soltera", "casado", "casada", "divorciado", "divorciada", "viudo", "viuda",
    "separado", "separada", "solteiro", "solteira", "viúvo", "viúva",
    "célibataire", "celibataire", "marié", "mariée", "marie", "divorcé", "divorcée", "veuf",
    "veuve", "celibe", "nubile", "sposato", "sposata", "divorziato", "divorziata", "vedovo",
    "vedova", "ledig", "verheiratet", "geschieden", "verwitwet", "ongehuwd", "gehuwd",
    "gescheiden", "weduwe", "weduwnaar",
})  # fmt: skip
#: Values of the list that other states use as often (a room's or a ticket's ``single``): a
#: column of them alone is no marital status.
_AMBIGUOUS_STATES = frozenset({"single", "engaged", "separated"})
#: Last words of a column that may hold a person's marital state by its values.
_STATUS_WORDS = frozenset({"status", "state"})


def marital_values(samples: Sequence[object]) -> bool:
    """Whether every sampled value (one at least) is a marital state, one of them at least
    not a word other states use as often (``single``).

    >>> marital_values(["Perawan", "Janda"]), marital_values(["Married", "Single"])
    (True, True)
    >>> marital_values(["Single", "Double"]), marital_values(["single"]), marital_values([])
    (False, False, False)
    """
    values = {str(v).strip().lower() for v in samples if v is not None and str(v).strip()}
    states = MARITAL_STATES | _AMBIGUOUS_STATES
    return bool(values) and values <= states and bool(values - _AMBIGUOUS_STATES)


def marital_states(view: FieldView) -> list[SignalHit]:
    """A text ``status`` (bare, or after a people word or the table's head) of a table about
    people whose sampled values are marital states (a bride's ``Perawan``, a member's
    ``Married``): the person's marital status (the name signal's rule). A ``marital_status`` is
    the demographics signal's by its name, and an enum's labels the type guard's."""
    if not view.tokens or view.tokens[-1] not in _STATUS_WORDS or view.kind not in {"text", ""}:
        return []  # an enum's labels are the type guard's to judge
    lead = view.tokens[:-1]
    if lead and (
        len(lead) > 1 or (lead[0] not in view.words.PEOPLE and lead[0] != view.table.head)
    ):
        return []  # ``marital_status``, ``civil_status``: the demographics signal's by name
    if any(h.score >= 0.5 and not h.veto for h in view.hits):
        return []
    if not marital_values(view.ctx.samples) or (why := about_people(view.ctx)) is None:
        return []
    reason = (
        f"column name {view.ctx.name!r} is a status whose sampled values are marital states: "
        f"the person's marital status, and {why}"
    )
    return [view.hit("DEMOGRAPHIC", SCORE, reason)]
