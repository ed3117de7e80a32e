"""Personal data relating to criminal convictions and offences (GDPR Art. 10), read from the
schema: an employer's background checks, a court's or a prison's records of a person. The name
decides (0.6); no value is read.

- A column named in clear words for a person's criminal record (``criminal_record``,
  ``convicted``, ``felony``, ``parole_status``, ``is_sex_offender``, ``rap_sheet``,
  ``background_check_result``, ``criminalrecord`` glued) is ``CRIMINAL_OFFENCE`` in a table
  about people, in a table of offenders (``inmates``) or in one whose rows point at a person.
  A word that is a crime only sometimes (``offence``, ``arrest``, ``jail``, ``prison``,
  ``crime``, ``conviction``) needs a qualifier (``traffic_offences``, ``prior_convictions``,
  ``conviction_date``) or a criminal-justice context (``inmates.offence``): a footballer's
  booking, a pupil's or an employee's offence, a cardiac or a fall arrest, a FreeBSD jail, crime
  as a genre and a religious conviction are not. Its date, flag or count is one too; a key is
  not, nor the date a background check was made, nor a check's settings (its interval, its
  provider). Penalty points count on a driving licence only.
- Words that are a criminal court's only beside crime (``charge``, ``sentence``, ``probation``,
  ``plea``, ``bail``) count in a table of offenders or of criminal records, beside a key to an
  offender (``defendant_id``, not in a civil case) or beside a column named for a crime: a
  payment's ``charge``, an NLP table's ``sentence``, an employee's ``probation_end`` are not. A
  criminal charge is text, never an amount (an inmate's commissary ``charge`` is money).
- A table of a person's criminal records (``convictions``, ``arrests``, ``criminal_records``,
  ``background_checks``) whose rows point at a person keeps that record in the text columns
  that describe it (``description``, ``type``, ``outcome``, ``disposition``).
- A suspect's data is Art. 10 data too (UK DPA 2018 s.11(2)(a): the alleged commission of
  offences), but a suspect is as often a plagiarism check's, a sepsis screen's or a board
  game's: a table named for suspects alone or beside criminal-justice words only (``suspects``,
  ``crime_suspects``) that names a person (``suspect_firstname``) holds a criminal case's people;
  ``suspect_history`` is a suspect's record only in a table of offenders or of people (a meter
  reading's suspect history is its failed checks), and ``suspect_status`` only in a criminal
  case's table.
- A crime's events keyed to an offender (``crime_events.offender_id``: ``crime`` first, then
  only a record's words) keep the record in their describing columns; an offence's only beside
  a criminal case's column (an arrest, a court, an officer): a SIEM's, a linter's, a sport's
  offences are keyed to their offenders too.
- An offender's or a suspect's word before a person's own field (``offender_mobile``,
  ``suspect_surname``) says whose field it is, no crime; before a describing word
  (``offender_type``) it still names the record.

Crime without a person is no one's record: crime statistics by region, a lookup of offence
types, crime alerts or reports (whose user is the reporter), a crime rate. Nor is the work of
those who enforce the law (an officer's arrests, a judge's convictions, a prison's or the
police's staff), another person named by their role (``parole_officer``), a victim's or a
witness's (UK DPA 2018 s.11(2): Art. 10 data is about the subject's own offences), a sport's
offense, or a consent to a background check.

>>> crime_word(("conviction", "date")), crime_word(("background", "check", "result"))
('conviction', 'background check')
>>> crime_word(("cardiac", "arrest")), crime_word(("offence",)), court_word(("charge", "level"))
(None, None, 'charge')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from .base import SignalHit
from .name_tokens import Tokenizer, singular
from .name_view import FieldView, own_person_field, person_key_sibling
from .name_words import word_set
from .people import about_people
from .row_people import bare_reach

SCORE = 0.6
ARTICLE_10 = "GDPR Art. 10 data (criminal convictions and offences)"

#: Column words of a person's criminal record in clear words, singular: on their own, in a
#: person's row.
CRIME_WORDS = word_set("""
    convicted criminal felony misdemeanor misdemeanour incarceration incarcerated imprisonment
    imprisoned parole paroled mugshot acquittal acquitted indictment indicted recidivism
    recidivist
""")
#: Words of a crime only sometimes (a footballer's offence, a cardiac arrest, a FreeBSD jail,
#: crime as a genre, a religious conviction): they need a qualifier or a criminal-justice context.
AMBIGUOUS = word_set("conviction offence offense offender arrest arrested crime prison jail")
#: A person's role in a case that is a record only with a qualifier (``suspect_history``): a
#: bare ``suspect`` is a person, a reading's flag or a diagnosis, never a crime alone.
QUALIFIED_ONLY = word_set("suspect")
#: Column words that make an ambiguous word a crime (``traffic_offences``, ``prior_convictions``,
#: ``sex_offender``, ``arrest_record``).
QUALIFIERS = word_set("""
    criminal traffic driving motoring prior previous past record history spent unspent sex
""")
#: Words that make a ``conviction`` a court's, not a belief: its date, count or details.
CONVICTION_QUALIFIERS = word_set("date dt year count number num total has detail description")
#: Two words naming a person's record (``rap_sheet``, ``police_caution``).
RECORD_PAIRS = frozenset({("rap", "sheet"), ("police", "caution")})
#: Words of a driving licence, whose ``penalty_points`` are a traffic offence's (CJEU C-439/19);
#: a game's or a loyalty programme's penalty points are not.
_LICENCE = word_set("licence license driving motoring motorist dvla")
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
#: Words of a check's settings or jobs (``background_check_interval``, ``background_check_runs``,
#: a vendor): no person's record.
_SETTINGS = word_set("""
    interval frequency provider vendor enabled enable schedule scheduled timeout run job task
    config configuration setting option cron retry
""")
#: Table words of people of a criminal case: the table is about them, and about crime.
OFFENDERS = word_set("""
    inmate prisoner convict offender parolee probationer detainee arrestee defendant accused
    perpetrator criminal suspect
""")
#: A suspect's words of their own record (``suspect_history``): a suspect is also a reading's
#: or a diagnosis' (``suspect_flag``, ``suspect_diagnosis``), so only these words qualify it.
_SUSPECT_QUALIFIERS = word_set("history criminal prior previous past")
#: Table words beside ``suspect`` in a criminal case's table of suspects (``crime_suspects``);
#: a plagiarism check's, a battery test's or a sepsis screen's suspects are not a case's.
_CASE_SUSPECTS = word_set("suspect crime criminal case police custody arrest")
#: Words after ``suspect`` of the suspect's standing in a case (``suspect_status``: custody,
#: bail, under investigation).
_STANDING = word_set("status type category level")
#: Words of a person's own field after a role's word (``offender_address``,
#: ``suspect_relation``), besides a name part, a birth date and a phone or e-mail.
_OWN_FIELDS = word_set("address relation relationship")
#: Words that may follow ``crime`` or ``offence`` in a table of its events (``crime_events``,
#: ``crime_log``; not ``npc_crimes``).
_EVENT_WORDS = word_set("event log record incident detail history")
#: Sibling words of a criminal case: beside them an offence's table is a crime's (a SIEM's, a
#: linter's or a sport's offences have none).
_CASE_SIBLINGS = word_set("""
    arrest arrested court officer police custody charge charged docket prosecution conviction
""")
#: Offenders' words that a civil case shares (a small claim's defendant, an accused student).
_CIVIL_ROLES = word_set("defendant accused")
#: Table or column words of a civil case or of a company: its defendant is no offender.
_CIVIL = word_set("""
    plaintiff claimant claim lawsuit litigation civil company organisation organization firm
    business corporation
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
#: Table words of those who enforce the law: their arrests and convictions are their work.
ENFORCERS = word_set("""
    officer judge lawyer attorney prosecutor solicitor barrister detective sheriff constable cop
    warden guard counsel magistrate investigator
""")
#: Table words of a place of law enforcement, and the heads of its staff (``police_staff``,
#: ``prison_employees``): their arrests and prisons are their work.
_ENFORCING = word_set("police sheriff court prison jail correction corrections")
_STAFF = word_set("staff employee personnel worker crew workforce roster")
#: Table words of crime without a person (statistics, lookups, alerts, reports, laws), of a
#: workplace's or a school's discipline, whose offences are no crimes, and of a crime's victims
#: and witnesses (UK DPA 2018 s.11(2): Art. 10 data is about the subject's own offences).
_NO_ONES = word_set("""
    stat statistic type category lookup code rate summary alert notification subscription
    setting preference map report tip law statute rule template disciplinary discipline
    misconduct grievance victim witness complainant
""")
#: Column or table words that make a crime word no one's record, or not a crime at all (a
#: belief, a genre, a cardiac or a fall arrest, an officer's arrests made, a victim's reference).
_NOT_RECORD = word_set("""
    rate ratio index stat statistic alert map area zone region district neighbourhood
    neighborhood prevention insurance cardiac heart respiratory yard snap rating rank point score
    law justice defense defence defensive lawyer attorney practice require required consent
    consented needed genre novel fiction book story film movie drama thriller podcast series
    disciplinary discipline misconduct religious religion political belief philosophical moral
    true reference ref made performed effected fall
""")
#: Table words of a game's or a text's crime (``prison_escape_levels``, ``crime_fiction_quotes``).
_NOT_A_CASE = _NOT_RECORD | word_set("quote game level escape")
#: A sibling's words of a person's parole: beside it, a court's words are a criminal court's.
_PAROLE = word_set("parole paroled parolee")
#: Last words of a sibling where parole names a body or a place (``parole_unit``,
#: ``parole_board``): an officer's workplace, not the row's person's parole.
_PAROLE_PLACES = word_set("unit region district office board")
#: Last words of a column naming another person by their role (``parole_officer``).
_ROLE_TAIL = word_set("name officer judge lawyer attorney agent")
#: Words of a key: a key is no record, even when it points at one (``conviction_id``).
_KEYS = word_set("id key fk pk uuid guid")
#: Words of who wrote, reported, handled or suffered a row's event (``created_by``,
#: ``reporter_id``, ``assigned_user_id``, ``victim_name``), not whom the record is about.
_OTHERS = word_set("""
    by created updated modified entered recorded author creator reporter reported victim witness
    complainant assigned assignee handler analyst
""")
#: Words of money: a ``charge`` beside them is an amount billed.
_MONEY = word_set("""
    amount amt fee price cost total balance account transaction payment invoice billing bill tax
    commissary currency money
""")
#: Words of a sport's offense (``players.offense`` beside ``defense``).
_SPORT = word_set("defense defence defensive")
#: A cheap first look: the column or its table (no schema) may hold one of these words (most
#: hold none).
_STEMS = re.compile(
    r"convict|offen[cds]|crim|felon|misdemean|arrest|incarcer|impris|prison|jail|parole|mugshot"
    r"|acquit|indict|recidiv|charge|sentenc|probation|plea|bail|background|dbs|crb|police|inmate"
    r"|detainee|accused|perpetrator|suspect|rap_?sheet|penalty"
)
#: Cuts glued names the name signal keeps whole (``criminalrecord``, ``hascriminalrecord``).
_GLUED = Tokenizer(
    CRIME_WORDS
    | AMBIGUOUS
    | COURT_WORDS
    | CHECKS.keys()
    | QUALIFIED_ONLY
    | word_set("""
        check result status record records history has is had any prior previous total number
        date of term time start end years months days level flag type description rap sheet
        penalty points
    """)
)


def words_of(view: FieldView, identifier: str) -> tuple[str, ...]:
    """An identifier's words, singular, with glued crime words cut (``criminalrecord``)."""
    out: list[str] = []
    for token in view.tokenize(identifier):
        out += _GLUED.unglue(token) if len(token) > 6 and _STEMS.search(token) else (token,)
    return tuple(singular(w) for w in out)


def crime_word(words: Sequence[str]) -> str | None:
    """The word or check of a person's criminal record the words name: a clear word, or one
    that is a crime only sometimes beside a qualifier (``prior_convictions``); else None."""
    if set(words) & _NOT_RECORD:
        return None
    for first, second in pairwise(words):
        if (first, second) in RECORD_PAIRS:
            return f"{first} {second}"
        if second in CHECKS.get(first, ()) and not set(words) & _SETTINGS:
            return f"{first} {second}"
    for i, word in enumerate(words):
        if word in CRIME_WORDS or (word in AMBIGUOUS | QUALIFIED_ONLY and _qualified(word, words)):
            after = words[i + 1] if i + 1 < len(words) else ""
            return f"{word} {after}" if after in {"record", "history", "background"} else word
    return None


def _qualified(word: str, words: Sequence[str]) -> bool:
    """Whether a word that is a crime only sometimes is one here (``traffic_offence``)."""
    if word == "suspect":
        return bool(set(words) & _SUSPECT_QUALIFIERS)
    qualifiers = QUALIFIERS | CONVICTION_QUALIFIERS if word == "conviction" else QUALIFIERS
    return bool(set(words) & qualifiers)


def court_word(words: Sequence[str]) -> str | None:
    """The word of a criminal court the words name (``charge``), or a crime's word with no
    qualifier (``offence``), or None; it counts only in a criminal-justice context
    (:func:`justice_context`)."""
    if set(words) & _NOT_RECORD:
        return None
    return next((w for w in words if w in COURT_WORDS | AMBIGUOUS), None)


def standing_word(words: Sequence[str]) -> str | None:
    """``suspect`` when the words are a suspect's standing in a case (``suspect_status``), else
    None; it counts only in a criminal-justice context (:func:`justice_context`)."""
    return (
        "suspect" if len(words) == 2 and words[0] == "suspect" and words[1] in _STANDING else None
    )


def roles_own_field(words: Sequence[str]) -> bool:
    """Whether the words are an offender's or a suspect's own field after their role's word
    (``offender_mobile``, ``suspect_surname``, ``offender_date_of_birth``): whose field, no
    crime. A describing word after the role (``offender_type``) is the record's.

    >>> roles_own_field(("offender", "mobile")), roles_own_field(("offender", "type"))
    (True, False)
    """
    if len(words) < 2 or words[0] not in OFFENDERS:
        return False
    rest = tuple(words[1:])
    return own_person_field(rest) or bare_reach(rest) or rest[-1] in _OWN_FIELDS


def _offenders(view: FieldView, table: tuple[str, ...]) -> str | None:
    """Why the row is an offender's: a table of them (``inmates``; not ``criminal_records``,
    nor a civil case's ``defendants``), or a key to one (``defendant_id``, ``inmate_no``); else
    None."""
    head = view.table.head
    if not view.table.tokens & {"record", "history"} and _offender(view, head, table):
        return f"table {view.table_name!r} holds people of a criminal case ({head})"
    key = _offender_key(view, table)
    return None if key is None else f"the row points at an offender ({key!r})"


def _offender_key(view: FieldView, table: tuple[str, ...]) -> str | None:
    """The sibling that keys an offender (``defendant_id``, ``inmate_no``), or None."""
    for sibling in view.ctx.siblings:
        words = words_of(view, sibling)
        if (
            len(words) == 2
            and words[1] in _KEYS | {"no", "number"}
            and _offender(view, words[0], table)
        ):
            return sibling
    return None


def _offender(view: FieldView, word: str, table: tuple[str, ...]) -> bool:
    """Whether a word names an offender: a defendant only when neither the table nor a sibling
    names a civil case or a company (``small_claims``, ``company_name``), a suspect only in a
    criminal case's table of people (:func:`_case_suspects`)."""
    if word not in OFFENDERS:
        return False
    if word == "suspect":
        return _case_suspects(view, table)
    if word not in _CIVIL_ROLES:
        return True
    return not (
        set(table) & _CIVIL or any(set(words_of(view, s)) & _CIVIL for s in view.ctx.siblings)
    )


def _case_suspects(view: FieldView, table: tuple[str, ...]) -> bool:
    """Whether the table holds a criminal case's suspects: named for them alone or beside
    criminal-justice words only (``suspects``, ``crime_suspects``; not ``plagiarism_suspects``)
    and naming a person (``suspect_firstname``, ``suspect_lastname``)."""
    return "suspect" in table and set(table) <= _CASE_SUSPECTS and bool(about_people(view.ctx))


def justice_context(view: FieldView, word: str, table: tuple[str, ...]) -> str | None:
    """Why the field's table is about criminal cases, or None: it is an offender's
    (:func:`_offenders`), its name says so (``court_convictions``; not ``crime_fiction_quotes``),
    or a sibling names a crime (not for ``probation``, which is an employee's or a student's as
    often; a bare ``crime`` beside a court's word, ``sentence``, not beside another bare crime
    word: a game's ``jail_time`` beside its ``offense_count``)."""
    if offenders := _offenders(view, table):
        return offenders
    if not set(table) & _NOT_A_CASE and (found := next((w for w in table if w in JUSTICE), None)):
        return f"table {view.table_name!r} is about criminal cases ({found})"
    if (parole := _parole_sibling(view)) and about_people(view.ctx):
        # in a table about people: a row that only points at one (a booking's ``guest_id``)
        # is no one's record, its charge is billed
        return f"column {parole!r} names the person's parole"
    if word == "probation":
        return None
    for sibling in view.ctx.siblings:
        words = words_of(view, sibling)
        named = crime_word(words) or (word in COURT_WORDS and court_word(words))
        if sibling != view.ctx.name and named and (crimes := set(words) & CRIMES):
            return f"column {sibling!r} names a crime ({min(crimes)})"
    return None


def _parole_sibling(view: FieldView) -> str | None:
    """The sibling naming the row's person's parole (``on_probation_parole``, ``parole_status``;
    not a ``parole_officer``, a ``parole_unit`` or a French song's ``paroles``), or None: beside
    it a court's words, probation too, are a criminal court's."""
    for sibling in view.ctx.siblings:
        if sibling == view.ctx.name or sibling.lower() == "paroles":
            continue  # the same column, or a song's lyrics
        words = words_of(view, sibling)
        if (
            set(words) & _PAROLE
            and words[-1] not in _KEYS | _ROLE_TAIL | _PAROLE_PLACES | _MONEY
            and crime_word(words)
        ):
            return sibling
    return None


def _whose(view: FieldView, table: tuple[str, ...]) -> str | None:
    """Why the row is one person's: an offender's, a table of people, or a key to a person (not
    to one who wrote, handled or enforced it)."""
    if found := _offenders(view, table) or about_people(view.ctx):
        return found
    key = person_key_sibling(view, view.words.PEOPLE - ENFORCERS, _OTHERS)
    return None if key is None else f"the row points at a person ({key!r})"


def _no_ones(view: FieldView, words: tuple[str, ...], table: tuple[str, ...]) -> bool:
    """Whether the table is no one's criminal record: crime statistics or lookups, victims,
    the work of those who enforce the law (``police_officers``, ``police_staff``), or a sport's
    (an ``offense`` beside a ``defense``)."""
    found = set(table)
    if found & (_NO_ONES | ENFORCERS) or (found & _ENFORCING and view.table.head in _STAFF):
        return True
    if not set(words) & {"offense", "offence"}:
        return False
    return any(set(words_of(view, s)) & _SPORT for s in view.ctx.siblings)


def criminal_records(view: FieldView) -> list[SignalHit]:
    """A person's criminal record (GDPR Art. 10): the name signal's rule."""
    ctx = view.ctx
    if not _STEMS.search(ctx.name.lower()) and not _STEMS.search(view.table_name.lower()):
        return []
    words = words_of(view, ctx.name)
    if not words or words[-1] in _KEYS | _ROLE_TAIL or words[0] in _KEYS or set(words) & _OTHERS:
        return []  # a key (an integer may be a count: its kind is "key" too), another's name
    if roles_own_field(words):
        return []  # ``offender_mobile``: the offender's phone, no crime
    table = words_of(view, view.table_name)
    if _no_ones(view, words, table):
        return []
    reason = _column_reason(view, words, table) or _record_reason(view, words, table)
    return [] if reason is None else [view.hit("CRIMINAL_OFFENCE", SCORE, reason)]


def _column_reason(view: FieldView, words: tuple[str, ...], table: tuple[str, ...]) -> str | None:
    """Why a column named for a crime, for a driving licence's penalty points, or for a court
    or an ambiguous crime beside crime, is a person's record."""
    if ("penalty", "point") in pairwise(words):
        if not _licence(view, words, table):
            return None  # a game's or a loyalty programme's penalty points
        what, context = "a driving licence's penalty points (traffic offences)", None
    elif word := crime_word(words):
        if view.kind in {"date", "datetime"} and word.split()[0] in CHECKS:
            return None  # when a check was made says nothing of what it found
        what, context = f"a person's criminal record ({word})", None
        if word.startswith("suspect") and not (_offenders(view, table) or about_people(view.ctx)):
            return None  # a meter reading's suspect history: its failed checks
    elif word := court_word(words) or standing_word(words):
        if word == "charge" and (
            view.kind not in {"text", "enum", ""} or set(words + table) & _MONEY
        ):
            return None  # an amount billed, not a criminal charge
        what = (
            f"a criminal court's {word}"
            if word in COURT_WORDS
            else "a suspect's standing in a case"
            if word == "suspect"
            else f"a crime ({word})"
        )
        context = justice_context(view, word, table)
        if context is None:
            return None
    else:
        return None
    whose = _whose(view, table)
    if whose is None:
        return None
    why = " and ".join(dict.fromkeys(r for r in (context, whose) if r))
    return f"column name {view.ctx.name!r} names {what} and {why}: {ARTICLE_10}"


def _licence(view: FieldView, words: tuple[str, ...], table: tuple[str, ...]) -> bool:
    """Whether the column, its table or a sibling names a driving licence."""
    return bool(set(words + table) & _LICENCE) or any(
        set(words_of(view, s)) & _LICENCE for s in view.ctx.siblings
    )


def _record_reason(view: FieldView, words: tuple[str, ...], table: tuple[str, ...]) -> str | None:
    """Why a describing text column of a table of a person's criminal records is that record
    (not of a cardiac arrest's, nor of a background check's runs)."""
    if view.kind not in {"text", "enum", ""} or not set(words) & DESCRIBES:
        return None
    if set(table) & _NOT_A_CASE:
        return None
    record = next((w for w in table if w in RECORDS), None) or (
        "background check"
        if ("background", "check") in pairwise(table) and not set(table) & _SETTINGS
        else None
    )
    whose: str | None
    if record is None:
        # a crime's events, keyed to the offender they are about (``crime_events.offender_id``);
        # a crime reported or suffered is no one's record
        crime = _crime_events(view, table)
        offender = _offender_key(view, table) if crime else None
        if crime is None or offender is None:
            return None
        record, whose = crime, f"the row points at an offender ({offender!r})"
    else:
        key = person_key_sibling(view, view.words.PEOPLE - ENFORCERS, _OTHERS)
        whose = f"the row points at a person ({key!r})" if key else _offenders(view, table)
    if whose is None:
        return None
    return (
        f"table {view.table_name!r} keeps criminal records ({record}) and {whose}: column name "
        f"{view.ctx.name!r} describes the record, {ARTICLE_10}"
    )


def _crime_events(view: FieldView, table: tuple[str, ...]) -> str | None:
    """The crime word of a table of a crime's events: ``crime`` first, then only a record's
    words (``crime_events``, ``crime_log``; not ``npc_crimes``); an offence's only beside a
    criminal case's column (``arrest_date``: not a SIEM's, a linter's or a sport's offences)."""
    if not table or not set(table[1:]) <= _EVENT_WORDS:
        return None
    if table[0] == "crime":
        return "crime"
    if table[0] in {"offence", "offense"} and any(
        set(words_of(view, s)) & _CASE_SIBLINGS for s in view.ctx.siblings if s != view.ctx.name
    ):
        return table[0]
    return None
