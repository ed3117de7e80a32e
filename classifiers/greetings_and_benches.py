"""Names kept outside a name column: the greeting a letter to a person or a household uses (a
club's ``salutation_greeting``-like ``postal_greeting``, ``letter_greeting``: the members' names
as a letter addresses them), and the arbitrators or jurors of a ruling named in one text column
(``tribunal_rulings.arbitrators``).

>>> letter_greeting(("postal", "greeting")), letter_greeting(("greeting",))
(True, False)
>>> bench_or_bar(("arbitrators",)), bench_or_bar(("juror", "id"))
(True, False)
"""

from __future__ import annotations

import re
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
#: Table heads of those a letter is written to, when no value was sampled, beside
#: :attr:`~classifiers.name_words.NameWords.PEOPLE`.
_ADDRESSED = frozenset({"household", "family", "supporter"})
#: Table words of a template or a setting, whose greeting addresses no one yet.
_SETTINGS = frozenset({"template", "setting", "config", "configuration"})
#: Table words of a court's records, where a bare column of its people is theirs by name.
_COURT = frozenset({"case", "hearing", "ruling", "opinion", "appeal", "docket", "court"})
#: Words of a firm's name rather than a person's (``Quill & Farrow LLP``, ``Brandt Legal Group``).
_FIRM = frozenset({"&", "llp", "llc", "group", "legal", "inc", "ltd", "partners", "associates"})
#: A code's CamelCase class name (``AuthMediator``), not a surname's ``McKay``.
_CLASS_NAME = re.compile(r"[A-Z][a-z]{3,}[A-Z][a-z]")
#: The people of a court named as a column of a case: its bench and its bar.
_BENCH_OR_BAR = frozenset({
    "judges", "justices", "attorneys", "lawyers", "counsels", "jurors", "arbitrators",
    "mediators", "panelists",
})  # fmt: skip


def letter_greeting(tokens: Sequence[str]) -> bool:
    """Whether a column's words name how a letter greets someone (``letter_greeting``,
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


def _firms_or_classes(samples: Sequence[object]) -> bool:
    """Whether any sampled value is a firm's name or a code's CamelCase class name.

    >>> _firms_or_classes(("Quill & Farrow LLP",)), _firms_or_classes(("AuthMediator",))
    (True, True)
    >>> _firms_or_classes(("Mrs A. Hollis, Mr K. Dunmore", "McKay"))
    False
    """
    for value in distinct_texts(samples):
        if _FIRM & set(value.lower().replace(",", " ").split()):
            return True
        if " " not in value and _CLASS_NAME.match(value):
            return True
    return False


def greetings_and_benches(view: FieldView) -> list[SignalHit]:
    """A letter's greeting of people or households, a court's people in one column: the name
    signal's rule."""
    ctx, tokens = view.ctx, view.tokens
    if view.kind != "text":
        return []
    greeting = letter_greeting(tokens)
    if not greeting and not bench_or_bar(tokens):
        return []  # the name is neither: no sampled value need be read
    sampled = bool(distinct_texts(ctx.samples))
    table = [singular(w) for w in view.tokenize(ctx.dataset.rsplit(".", 1)[-1])]
    named = sampled and names_sampled(ctx.samples) and not _codes(ctx.samples)
    if greeting:
        if named:
            why = "most sampled values are people's names"
        elif (
            not sampled
            and table
            and table[-1] in _ADDRESSED | view.words.PEOPLE
            and not _SETTINGS & set(table)
        ):
            why = f"table {ctx.dataset!r} holds those letters are written to"
        else:
            return []
        reason = f"column name {ctx.name!r} is the greeting of a letter and {why}: their names"
        return [view.hit("PERSON_NAME", 0.6, reason)]
    if named and not _firms_or_classes(ctx.samples):
        why = "most sampled values are people's names"
    elif not sampled and _COURT & set(table):
        why = f"table {ctx.dataset!r} is a court's record"
    else:
        return []
    reason = f"text column {ctx.name!r} is named for a court's people and {why}: who sat or pleaded"
    return [view.hit("PERSON_NAME", 0.6, reason)]
