"""Rules of the thirty-sixth round: the amounts of a person's means assessment kept in a table
of their own (``applicant_income.child_benefit``, ``household_outgoings.childcare``), and the
copies and answers a table of people's details keeps beside their fields (a ``search_text``
made of their name, birth date and postcode; a ``diversity`` column of monitoring answers).

Both are read from names alone: no sampled value is asked.

>>> sorted(household_kinds(("tax", "credits", "per", "interval", "value")))
['tax credit']
>>> sorted(household_kinds(("other", "income")))
[]
>>> search_copy(("search", "field")), search_copy(("search", "query"))
(True, False)
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from .base import SignalHit
from .name_tokens import singular
from .name_view import FieldView, own_person_field

#: Heads of a table of one person's (or household's) income or outgoings, as a means test keeps
#: them; an ``expenses`` table is as often a firm's, and is left out.
_MEANS_HEADS = frozenset({"income", "deduction", "outgoing"})
#: Kinds of a household's income and outgoings that no firm's accounts name: one of them, twice
#: over in a table of income or outgoings, says whose money the table's amounts are.
_HOUSEHOLD_WORDS = frozenset({
    "earning", "earnings", "pension", "benefit", "wage", "salary", "childcare", "alimony",
})  # fmt: skip
_HOUSEHOLD_PAIRS = frozenset({
    ("tax", "credit"), ("national", "insurance"), ("council", "tax"), ("self", "employment"),
    ("child", "support"), ("student", "loan"), ("maintenance", "received"),
    ("maintenance", "paid"),
})  # fmt: skip
#: Words of an aggregate's, a firm's or a fund's table: its income is no one person's.
_NOT_A_PERSON = frozenset({
    "company", "business", "firm", "organisation", "organization", "branch", "store", "shop",
    "department", "fund", "portfolio", "scheme", "region", "country", "district", "county",
    "ward", "city", "year", "quarter", "month", "fiscal", "decile", "percentile", "average",
    "avg", "median", "mean", "revenue", "sales", "turnover", "ebitda", "population",
})  # fmt: skip
#: Last words of a column that is no amount: a rate, a cap, a count, a key, a period.
_NOT_AN_AMOUNT = frozenset({
    "id", "key", "rate", "percent", "pct", "percentage", "ratio", "cap", "limit", "threshold",
    "band", "min", "max", "count", "number", "no", "period", "frequency", "interval", "code",
    "type", "year", "date", "at",
})  # fmt: skip
#: Words of the amounts of a table of income or outgoings (beside the household's kinds).
_AMOUNT_WORDS = frozenset({
    "income", "tax", "rent", "mortgage", "maintenance", "contribution", "drawing", "insurance",
    "loan", "allowance", "support", "pay", "value", "amount", "credit",
}) | _HOUSEHOLD_WORDS  # fmt: skip
#: Last words of a column kept for search: a copy of the row's fields in one text.
_SEARCH_TAILS = frozenset({"field", "text", "index", "string", "vector", "document", "blob"})
#: Column words of the details that make a row a person's (beside a name).
_DETAIL_WORDS = frozenset({
    "birth", "dob", "postcode", "zip", "zipcode", "phone", "mobile", "email", "ssn", "ni",
})  # fmt: skip
#: Words after ``diversity`` of its monitoring answers kept in one column.
_ANSWER_TAILS = frozenset({"data", "info", "answers", "responses", "monitoring", "details"})


def household_kinds(tokens: Sequence[str]) -> set[str]:
    """The kinds of a household's income or outgoings a column names (``child_benefits``:
    benefit; ``national_insurance``: national insurance)."""
    words = [singular(w) for w in tokens]
    kinds = {w for w in words if w in _HOUSEHOLD_WORDS}
    return kinds | {f"{a} {b}" for a, b in pairwise(words) if (a, b) in _HOUSEHOLD_PAIRS}


def _amount(tokens: Sequence[str]) -> bool:
    """Whether a column's name is an amount of income or outgoings (``rent``,
    ``earnings_per_interval_value``; not ``rent_interval_period``, ``income_tax_rate``).

    >>> _amount(("rent", "per", "interval", "value")), _amount(("rent", "interval", "period"))
    (True, False)
    """
    words = [singular(w) for w in tokens]
    return bool(words) and words[-1] not in _NOT_AN_AMOUNT and bool(set(words) & _AMOUNT_WORDS)


def _means_table(view: FieldView) -> str:
    """Why the field's table holds one person's income or outgoings, or "": its head is one
    (``income``, ``deductions``), two of its amounts name kinds only a household has (earnings,
    a pension, benefits, tax credits, childcare), and none of its words is a firm's, a fund's
    or an aggregate's (a company, a region, a year)."""
    table = [singular(w) for w in view.tokenize(view.table_name)]
    if not table or table[-1] not in _MEANS_HEADS or set(table) & _NOT_A_PERSON:
        return ""
    kinds: set[str] = set()
    for sibling in view.ctx.siblings:
        words = view.tokenize(sibling)
        if {singular(w) for w in words} & _NOT_A_PERSON:
            return ""
        if _amount(words):
            kinds |= household_kinds(words)
    if len(kinds) < 2:
        return ""
    listed = ", ".join(sorted(kinds))
    return f"table {view.ctx.dataset!r} keeps a household's income or outgoings ({listed})"


def search_copy(tokens: Sequence[str]) -> bool:
    """Whether a column is kept for search (``search_field``, ``searchable_text``): a copy of
    its row's fields, not a query someone typed."""
    return len(tokens) == 2 and tokens[0] in {"search", "searchable"} and tokens[1] in _SEARCH_TAILS


def _diversity_answers(tokens: Sequence[str]) -> bool:
    """Whether a column keeps diversity monitoring's answers (``diversity``,
    ``diversity_data``; not ``diversity_score``)."""
    return tokens[:1] == ("diversity",) and (
        len(tokens) == 1 or (len(tokens) == 2 and tokens[1] in _ANSWER_TAILS)
    )


def _persons_details(view: FieldView) -> str:
    """The sibling naming a person whose row also holds a detail of theirs (a birth date, a
    postcode, a phone, an e-mail), or "" (also for a table of organisations)."""
    name, detail = "", False
    for sibling in view.ctx.siblings:
        words = view.tokenize(sibling)
        if not name and (
            own_person_field(words) or tuple(words) in {("full", "name"), ("fullname",)}
        ):
            name = sibling
        detail = detail or bool(set(words) & _DETAIL_WORDS)
    if not name or not detail or view.organisation(view.ctx, view.table) is not None:
        return ""
    return name


def means_and_searches(view: FieldView) -> list[SignalHit]:
    """A household's amounts in a table of its income or outgoings, a search copy or diversity
    answers in a table of people's details: the name signal's rule."""
    ctx, tokens = view.ctx, view.tokens
    if view.kind in {"key", "number"} and _amount(tokens) and (why := _means_table(view)):
        reason = f"column {ctx.name!r} is an amount and {why}: a person's means"
        return [view.hit("FINANCIAL", 0.6, reason)]
    if view.kind not in {"text", ""}:
        return []
    search = search_copy(tokens)
    if not search and not _diversity_answers(tokens):
        return []
    if not (name := _persons_details(view)):
        return []
    what = "a copy of the row's fields for search" if search else "diversity monitoring's answers"
    reason = f"column {ctx.name!r} keeps {what} in a table of people's details ({name!r})"
    return [view.hit("FREE_TEXT", 0.6, reason)]
