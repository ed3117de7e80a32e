"""Names kept outside a name column: the greeting a letter to a person or a household uses (a
CRM's ``formal_greeting``, ``informal_greeting``: the members' names as a letter addresses them),
and the judges and attorneys of a case named in one text column (``judges``, ``attorneys``).

>>> letter_greeting(("formal", "greeting")), letter_greeting(("greeting",))
(True, False)
>>> bench_or_bar(("judges",)), bench_or_bar(("judge", "id"))
(True, False)
"""

from __future__ import annotations

from collections.abc import Sequence

from .base import SignalHit
from .fixtures_and_accounts import distinct_texts
from .name_tokens import singular
from .name_view import FieldView
from .row_people import names_sampled

#: Words before ``greeting`` that make it how a letter addresses someone (a formal or informal
#: greeting, the one of a postal or e-mail letter); a bare ``greeting`` is as often a screen's.
_LETTER_KINDS = frozenset({"formal", "informal", "postal", "email", "letter", "mail"})
#: Words that may follow the greeting (CRMs keep a ``*_greeting_display`` beside its template).
_GREETING_TAIL = frozenset({"display", "text", "line"})
#: Table words of those a letter is written to, when no value was sampled.
_ADDRESSED = frozenset({"household", "family", "donor", "contact", "constituent", "supporter"})
#: The people of a court named as a column of a case: its bench and its bar.
_BENCH_OR_BAR = frozenset({
    "judges", "justices", "attorneys", "lawyers", "counsels", "jurors", "arbitrators",
    "mediators", "panelists",
})  # fmt: skip


def letter_greeting(tokens: Sequence[str]) -> bool:
    """Whether a column's words name how a letter greets someone (``informal_greeting``,
    ``postal_greeting_display``)."""
    words = list(tokens)
    while len(words) > 2 and words[-1] in _GREETING_TAIL:
        words.pop()
    return len(words) == 2 and words[0] in _LETTER_KINDS and words[1] in {"greeting", "greetings"}


def bench_or_bar(tokens: Sequence[str]) -> bool:
    """Whether a column is named by the plural of a court's people alone (``judges``)."""
    return len(tokens) == 1 and tokens[0] in _BENCH_OR_BAR


def _codes(samples: Sequence[object]) -> bool:
    """Whether any sampled value holds a digit, an ``@`` or a ``{`` (a count, a server, a
    template): no list of people's names.

    >>> _codes(("3", "5")), _codes(("judge-eu-1",)), _codes(("Ana Lee, Tobias Grell",))
    (True, True, False)
    """
    return any(any(ch.isdigit() or ch in "@{" for ch in value) for value in distinct_texts(samples))


def greetings_and_benches(view: FieldView) -> list[SignalHit]:
    """A letter's greeting of people or households, a case's judges or attorneys: the name
    signal's rule."""
    ctx, tokens = view.ctx, view.tokens
    if view.kind != "text":
        return []
    sampled = bool(distinct_texts(ctx.samples))
    if letter_greeting(tokens):
        table = {singular(w) for w in view.tokenize(ctx.dataset.rsplit(".", 1)[-1])}
        if sampled and names_sampled(ctx.samples) and not _codes(ctx.samples):
            why = "most sampled values are people's names"
        elif not sampled and table & (_ADDRESSED | view.words.PEOPLE):
            why = f"table {ctx.dataset!r} holds those letters are written to"
        else:
            return []
        reason = f"column name {ctx.name!r} is the greeting of a letter and {why}: their names"
        return [view.hit("PERSON_NAME", 0.6, reason)]
    if bench_or_bar(tokens) and not _codes(ctx.samples):
        reason = (
            f"text column {ctx.name!r} is named for a case's judges or attorneys: the people "
            "who sat or pleaded, by name"
        )
        return [view.hit("PERSON_NAME", 0.6, reason)]
    return []
