"""Rules of the thirty-sixth round: the amounts of a person's means assessment kept in a table
of their own (``applicant_income.child_benefit``, ``household_outgoings.childcare``), and the
copies and answers a table of people's details keeps beside their fields (a ``search_text``
made of their name, birth date and postcode; a ``diversity`` column of monitoring answers).
Since the forty-ninth round a full-text search document (``tsvector``) of any name is such a
copy too.

All are read from names and types alone: no sampled value is asked.

>>> sorted(household_kinds(("tax", "credits", "per", "interval", "value")))
['tax credit']
>>> sorted(household_kinds(("other", "income")))
[]
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from .base import SignalHit
from .free_text import SEARCH_COPIES
from .name_tokens import singular
from .name_view import FieldView, keys_a_person
from .name_words import REAL_NAMES, person_fields
from .people import about_people

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
#: Table words of a person or a household whose means are assessed (``applicant_income``,
#: ``claim_incomes``): one of them, or a key to a person among the siblings, says whose.
_MEANS_PEOPLE = frozenset({
    "applicant", "claimant", "client", "customer", "tenant", "debtor", "employee", "household",
    "member", "claim", "case",
})  # fmt: skip
#: Last words of a key or a code: one to no person (``school_id``, ``lsoa_code``) makes the
#: table an organisation's, a place's or a plan's.
_KEYS = frozenset({"id", "code"})
#: Words of an aggregate's, a firm's or a fund's table: its income is no one person's.
_NOT_A_PERSON = frozenset({
    "company", "business", "firm", "organisation", "organization", "branch", "store", "shop",
    "department", "fund", "portfolio", "scheme", "region", "country", "district", "county",
    "ward", "city", "quarter", "fiscal", "decile", "percentile", "average",
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
#: Table words of people whose diversity monitoring is asked (``volunteers``,
#: ``personal_details``; not ``survey_plots``, whose ``diversity`` is a measure).
_MONITORED = frozenset({
    "applicant", "candidate", "employee", "staff", "volunteer", "member", "student", "client",
    "personal",
})  # fmt: skip
#: Details that make a row a person's beside a name: their person fields other than a name
#: part (:func:`~classifiers.name_words.person_fields`: a birth date, a phone, an e-mail, not a
#: ``store_phone``), or one of these words (a postcode, a national insurance or social security
#: number).
_NAME_PARTS = frozenset({"first", "last", "surname", "firstname", "lastname"})
_DETAIL_WORDS = frozenset({"postcode", "zip", "zipcode", "ssn", "ni"})
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
    (``income``, ``deductions``), something points at a person (a word of the table such as
    applicant or household, or a sibling keying a person: ``employee_id``), no sibling keys
    anything else (``school_id``, ``lsoa_code``), two of its amounts name kinds only a
    household has (earnings, a pension, benefits, tax credits, childcare), and none of its
    words is a firm's, a fund's or an aggregate's (a company, a region, a quarter)."""
    table = [singular(w) for w in view.tokenize(view.table_name)]
    if not table or table[-1] not in _MEANS_HEADS or set(table) & _NOT_A_PERSON:
        return ""
    people = view.words.PEOPLE | _MEANS_PEOPLE
    anchor = next((w for w in table if w in _MEANS_PEOPLE), "")
    kinds: set[str] = set()
    for sibling in view.ctx.siblings:
        words = view.tokenize(sibling)
        if {singular(w) for w in words} & _NOT_A_PERSON:
            return ""
        if len(words) > 1 and singular(words[-1]) in _KEYS:
            if not keys_a_person(words, people):
                return ""  # a key to a school, a plan or an area: no person's row
            anchor = anchor or sibling
        if _amount(words):
            kinds |= household_kinds(words)
    if len(kinds) < 2 or not anchor:
        return ""
    listed = ", ".join(sorted(kinds))
    return f"table {view.ctx.dataset!r} keeps a household's income or outgoings ({listed})"


def search_copy(tokens: Sequence[str]) -> bool:
    """Whether a column is kept for search (``search_field``, ``searchable_text``): a copy of
    its row's fields, not a query someone typed. The tails are
    :data:`classifiers.free_text.SEARCH_COPIES` and ``field``, which that module does not
    take (its gate also counts a gender or a phone as a person's field).

    >>> search_copy(("search", "field")), search_copy(("search", "query"))
    (True, False)
    """
    return (
        len(tokens) == 2
        and tokens[0] in {"search", "searchable"}
        and singular(tokens[1]) in SEARCH_COPIES | {"field"}
    )


def text_search_document(data_type: str) -> bool:
    """Whether a column's type is a full-text search document (PostgreSQL's ``tsvector``):
    the words of its row's fields, kept to search them, whatever its name (``fti_names``,
    ``tsv``).

    >>> text_search_document("tsvector"), text_search_document("text")
    (True, False)
    """
    return data_type.strip().lower() == "tsvector"


def _diversity_answers(tokens: Sequence[str]) -> bool:
    """Whether a column keeps diversity monitoring's answers (``diversity``,
    ``diversity_data``; not ``diversity_score``)."""
    return tokens[:1] == ("diversity",) and (
        len(tokens) == 1 or (len(tokens) == 2 and tokens[1] in _ANSWER_TAILS)
    )


def _persons_details(view: FieldView) -> str:
    """The sibling that is a person's own name (``full_name``, ``surname``; no role before it)
    in a row that also holds a detail of theirs (a birth date, a postcode, a phone, an e-mail),
    or "" (also for a table of organisations)."""
    siblings = view.ctx.siblings
    columns = [tuple(view.tokenize(s)) for s in siblings]
    name = next((s for s, w in zip(siblings, columns, strict=True) if w in REAL_NAMES), "")
    detail = bool(person_fields(columns) - _NAME_PARTS) or any(
        set(w) & _DETAIL_WORDS for w in columns
    )
    if not name or not detail or view.organisation(view.ctx, view.table) is not None:
        return ""
    return name


def means_and_searches(view: FieldView) -> list[SignalHit]:
    """A household's amounts in a table of its income or outgoings, a search copy or diversity
    answers in a table of people's details: the name signal's rule."""
    ctx, tokens = view.ctx, view.tokens
    # an integer column's kind is "key" (it may be a key or an amount alike), a decimal's
    # "number": :func:`_amount` has already refused a last word of ``id`` or ``key``
    if view.kind in {"key", "number"} and _amount(tokens) and (why := _means_table(view)):
        reason = f"column {ctx.name!r} is an amount and {why}: a person's means"
        return [view.hit("FINANCIAL", 0.6, reason)]
    if view.kind not in {"text", ""}:
        return []
    search = search_copy(tokens) or (
        text_search_document(ctx.data_type) and about_people(ctx) is not None
    )
    if not search and not _diversity_answers(tokens):
        return []
    if not (name := _persons_details(view)):
        return []
    table = {singular(w) for w in view.tokenize(view.table_name)}
    if not search and not table & _MONITORED:
        return []  # a bare ``diversity`` is as often a measure (species, a team's)
    what = "a copy of the row's fields for search" if search else "diversity monitoring's answers"
    reason = (
        f"column {ctx.name!r} keeps {what} in a table of people's details"
        f" (a person's name, {name!r}, beside their contact or birth details)"
    )
    return [view.hit("FREE_TEXT", 0.6, reason)]
