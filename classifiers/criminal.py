"""Personal data relating to criminal convictions and offences (GDPR Art. 10), read from the
schema: an employer's background checks, a court's or a prison's records of a person. The name
decides (0.6); no value is read.

- A column named for a person's criminal record (``conviction_date``, ``criminal_record``,
  ``offence``, ``arrests``, ``parole_status``, ``background_check_result``, ``is_sex_offender``,
  ``criminalrecord`` glued) is ``CRIMINAL_OFFENCE`` in a table about people, in a table of
  offenders (``inmates``, ``defendants``) or in one whose rows point at a person. Its date, flag
  or count (when a person was convicted, whether they have a record, how many arrests) is one
  too; a key is not, nor the date a background check was made.
- Words that are a criminal court's only beside crime (``charge``, ``sentence``, ``probation``,
  ``plea``, ``bail``) count in a table of offenders or of criminal records, beside a key to an
  offender (``defendant_id``) or beside a column named for a crime: a payment's ``charge``, an
  NLP table's ``sentence``, an employee's or a student's ``probation_end`` are not. A criminal
  charge is text, never an amount (an inmate's commissary ``charge`` is money).
- A table of a person's criminal records (``convictions``, ``arrests``, ``criminal_records``,
  ``background_checks``) whose rows point at a person keeps that record in the text columns
  that describe it (``description``, ``type``, ``outcome``, ``disposition``).

Crime without a person is no one's record: crime statistics by region, a lookup of offence
types, crime alerts or reports (whose user is the reporter), a crime rate. Nor is the work of
those who enforce the law (an officer's arrests, a judge's convictions, a lawyer's criminal
practice), another person named by their role (``parole_officer``), a sport's offense, a cardiac
arrest, or a consent to a background check.

>>> from classifiers.base import FieldContext
>>> crime_word(("conviction", "date")), crime_word(("background", "check", "result"))
('conviction', 'background check')
>>> crime_word(("cardiac", "arrest")), court_word(("charge", "level"))
(None, 'charge')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from .base import SignalHit
from .name_tokens import Tokenizer, singular
from .name_view import FieldView, keys_a_person
from .name_words import word_set
from .people import about_people

SCORE = 0.6
ARTICLE_10 = "GDPR Art. 10 data (criminal convictions and offences)"

#: Column words of a person's criminal record, singular: on their own, in a person's row.
CRIME_WORDS = word_set("""
    conviction convicted offence offense offender criminal crime felony misdemeanor misdemeanour
    arrest arrested incarceration incarcerated imprisonment imprisoned prison jail parole paroled
    mugshot acquittal acquitted indictment indicted recidivism recidivist
""")
#: Words of a criminal court only beside crime (a payment's ``charge``, a text's ``sentence``,
#: an employee's ``probation``): they count in a criminal-justice context.
COURT_WORDS = word_set("charge charged sentence sentenced sentencing probation plea bail")
#: Checks of a person's record, as two words (``background_check``, ``dbs_certificate``,
#: ``police_clearance``): first word -> the words that may follow it.
CHECKS = {
    "background": word_set("check screening clearance"),
    "dbs": word_set("check disclosure clearance certificate result status"),
    "crb": word_set("check disclosure clearance certificate result status"),
    "police": word_set("check clearance record certificate vetting"),
}
#: Table words of people of a criminal case: the table is about them, and about crime.
OFFENDERS = word_set("""
    inmate prisoner convict offender parolee probationer detainee arrestee defendant accused
    perpetrator criminal
""")
#: Table words of a criminal case or record, besides :data:`OFFENDERS`: a criminal-justice context.
JUSTICE = word_set("""
    conviction arrest offence offense crime criminal prison jail incarceration imprisonment
    parole felony misdemeanor docket prosecution sentencing
""")
#: Words of a crime that make a sibling's court words criminal (``people`` with a ``crime`` and a
#: ``sentence``); not a flag of a record (``has_criminal_record`` beside an employee's probation).
CRIMES = word_set("crime offence offense conviction convicted felony misdemeanor misdemeanour")
#: Table words of a person's criminal records, whose describing columns are that record.
RECORDS = word_set("conviction arrest incarceration imprisonment parole criminal")
#: Columns of a record that describe it (``convictions.description``, ``arrests.reason``).
DESCRIBES = word_set("""
    description desc detail type kind nature category reason outcome result status disposition
    statute section charge offence offense
""")
#: Table heads of those who enforce the law: their arrests and convictions are their work.
ENFORCERS = word_set("""
    officer judge lawyer attorney prosecutor solicitor barrister detective sheriff constable cop
    warden guard counsel magistrate investigator
""")
#: Table words of crime without a person (statistics, lookups, alerts, reports, laws), and of
#: a workplace's or a school's discipline, whose offences are no crimes.
_NO_ONES = word_set("""
    stat statistic type category lookup code rate summary alert notification subscription
    setting preference map report tip law statute rule template disciplinary discipline
    misconduct grievance
""")
#: Column words that make a crime word no one's record, or not a crime at all.
_NOT_RECORD = word_set("""
    rate ratio index stat statistic alert map area zone region district neighbourhood
    neighborhood prevention insurance cardiac heart respiratory yard snap rating rank point score
    law justice defense defence defensive lawyer attorney practice require required consent
    consented needed genre novel fiction book story film movie drama thriller podcast series
    disciplinary discipline misconduct
""")
#: Last words of a column naming another person by their role (``parole_officer``).
_ROLE_TAIL = word_set("name officer judge lawyer attorney agent")
#: Words of a key: a key is no record, even when it points at one (``conviction_id``).
_KEYS = word_set("id key fk pk uuid guid")
#: Words of who wrote, reported or suffered a row's event (``created_by``, ``reporter_id``,
#: ``victim_name``), not whom the record is about.
_OTHERS = word_set("""
    by created updated modified entered recorded author creator reporter reported victim witness
    complainant
""")
#: Words of money: a ``charge`` beside them is an amount billed.
_MONEY = word_set("""
    amount amt fee price cost total balance account transaction payment invoice billing bill tax
    commissary currency money
""")
#: Words of a sport's offense (``players.offense`` beside ``defense``).
_SPORT = word_set("defense defence defensive")
#: A cheap first look: the name or the table may hold one of these words (most hold none).
_STEMS = re.compile(
    r"convict|offen[cds]|crim|felon|misdemean|arrest|incarcer|impris|prison|jail|parole|mugshot"
    r"|acquit|indict|recidiv|charge|sentenc|probation|plea|bail|background|dbs|crb|police|inmate"
    r"|detainee|accused|perpetrator"
)
#: Cuts glued names the name signal keeps whole (``criminalrecord``, ``hascriminalrecord``).
_GLUED = Tokenizer(
    CRIME_WORDS
    | COURT_WORDS
    | CHECKS.keys()
    | word_set("""
        check result status record records history has is had any prior previous total number
        date of term time start end years months days level flag type description
    """)
)


def words_of(view: FieldView, identifier: str) -> tuple[str, ...]:
    """An identifier's words, singular, with glued crime words cut (``criminalrecord``)."""
    out: list[str] = []
    for token in view.tokenize(identifier):
        out += _GLUED.unglue(token) if len(token) > 6 and _STEMS.search(token) else (token,)
    return tuple(singular(w) for w in out)


def crime_word(words: Sequence[str]) -> str | None:
    """The word or check of a person's criminal record the words name, or None."""
    if set(words) & _NOT_RECORD:
        return None
    for first, second in pairwise(words):
        if second in CHECKS.get(first, ()):
            return f"{first} {second}"
    for i, word in enumerate(words):
        if word in CRIME_WORDS:
            after = words[i + 1] if i + 1 < len(words) else ""
            return f"{word} {after}" if after in {"record", "history", "background"} else word
    return None


def court_word(words: Sequence[str]) -> str | None:
    """The word of a criminal court the words name (``charge``), or None; it counts only in a
    criminal-justice context (:func:`justice_context`)."""
    if set(words) & _NOT_RECORD:
        return None
    return next((w for w in words if w in COURT_WORDS), None)


def _offenders(view: FieldView) -> str | None:
    """Why the row is an offender's: a table of them (``inmates``; not ``criminal_records``),
    or a key to one (``defendant_id``, ``inmate_no``); else None."""
    name, table = _table(view)
    heads = [w for w in table if w not in view.words.TABLE_FILLER or w == "record"]
    if heads and heads[-1] in OFFENDERS:
        return f"table {name!r} holds people of a criminal case ({heads[-1]})"
    for sibling in view.ctx.siblings:
        words = words_of(view, sibling)
        if len(words) == 2 and words[0] in OFFENDERS and words[1] in _KEYS | {"no", "number"}:
            return f"the row points at an offender ({sibling!r})"
    return None


def _person_key(view: FieldView) -> str | None:
    """The sibling that keys the person the row is about (``person_id``), not one who wrote it,
    reported it or enforced the law (``reporter_user_id``, ``officer_id``); or None."""
    people = view.words.PEOPLE - ENFORCERS
    for sibling in view.ctx.siblings:
        words = words_of(view, sibling)
        if sibling != view.ctx.name and keys_a_person(words, people) and not set(words) & _OTHERS:
            return sibling
    return None


def justice_context(view: FieldView, word: str) -> str | None:
    """Why the field's table is about criminal cases, or None: it is an offender's
    (:func:`_offenders`), its name says so (``court_convictions``), or a sibling names a crime
    (not for ``probation``, which is an employee's or a student's as often)."""
    if offenders := _offenders(view):
        return offenders
    name, table = _table(view)
    if found := next((w for w in table if w in JUSTICE), None):
        return f"table {name!r} is about criminal cases ({found})"
    if word == "probation":
        return None
    for sibling in view.ctx.siblings:
        words = words_of(view, sibling)
        if sibling != view.ctx.name and crime_word(words) and (crimes := set(words) & CRIMES):
            return f"column {sibling!r} names a crime ({min(crimes)})"
    return None


def _whose(view: FieldView) -> str | None:
    """Why the row is one person's: an offender's, a table of people, or a key to a person."""
    if found := _offenders(view) or about_people(view.ctx):
        return found
    key = _person_key(view)
    return None if key is None else f"the row points at a person ({key!r})"


def _table(view: FieldView) -> tuple[str, tuple[str, ...]]:
    name = view.ctx.dataset.rsplit(".", 1)[-1]
    return name, words_of(view, name)


def _no_ones(view: FieldView) -> bool:
    """Whether the table is no one's criminal record: crime statistics or lookups, enforcers'
    work, or a sport's (a ``defense`` beside the column)."""
    _, table = _table(view)
    heads = [w for w in table if w not in view.words.TABLE_FILLER]
    if set(table) & _NO_ONES or (heads and heads[-1] in ENFORCERS):
        return True
    return any(set(words_of(view, s)) & _SPORT for s in view.ctx.siblings)


def criminal_records(view: FieldView) -> list[SignalHit]:
    """A person's criminal record (GDPR Art. 10): the name signal's rule."""
    ctx = view.ctx
    if not _STEMS.search(ctx.name.lower()) and not _STEMS.search(ctx.dataset.lower()):
        return []
    words = words_of(view, ctx.name)
    if not words or words[-1] in _KEYS | _ROLE_TAIL or words[0] in _KEYS or set(words) & _OTHERS:
        return []  # a key (an integer may be a count: its kind is "key" too), another's name
    if _no_ones(view):
        return []
    reason = _column_reason(view, words) or _record_reason(view, words)
    return [] if reason is None else [view.hit("CRIMINAL_OFFENCE", SCORE, reason)]


def _column_reason(view: FieldView, words: tuple[str, ...]) -> str | None:
    """Why a column named for a crime, or for a court beside crime, is a person's record."""
    if word := crime_word(words):
        if view.kind in {"date", "datetime"} and word.split()[0] in CHECKS:
            return None  # when a check was made says nothing of what it found
        what, context = f"a person's criminal record ({word})", None
    elif word := court_word(words):
        _, table = _table(view)
        if word == "charge" and (
            view.kind not in {"text", "enum", ""} or set(words + table) & _MONEY
        ):
            return None  # an amount billed, not a criminal charge
        what, context = f"a criminal court's {word}", justice_context(view, word)
        if context is None:
            return None
    else:
        return None
    whose = _whose(view)
    if whose is None:
        return None
    why = " and ".join(dict.fromkeys(r for r in (context, whose) if r))
    return f"column name {view.ctx.name!r} names {what} and {why}: {ARTICLE_10}"


def _record_reason(view: FieldView, words: tuple[str, ...]) -> str | None:
    """Why a describing text column of a table of a person's criminal records is that record."""
    if view.kind not in {"text", "enum", ""} or not set(words) & DESCRIBES:
        return None
    name, table = _table(view)
    record = next((w for w in table if w in RECORDS), None) or (
        "background check" if ("background", "check") in pairwise(table) else None
    )
    if record is None:
        return None
    key = _person_key(view)
    whose = f"the row points at a person ({key!r})" if key else _offenders(view)
    if whose is None:
        return None
    return (
        f"table {name!r} keeps criminal records ({record}) and {whose}: column name "
        f"{view.ctx.name!r} describes the record, {ARTICLE_10}"
    )
