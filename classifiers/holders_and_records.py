"""Whose a row is when no people word says so, and what a column holds when its values say more
than its name: pure functions over a column's words, its table's and siblings' words (lower-case,
as :class:`~classifiers.name_tokens.Tokenizer` cuts them) and sampled values, which the name,
demographics and free-text signals and :func:`classifiers.people.about_people` call.

- A table named for an identity document and nothing else (``driving_licences``, ``passports``,
  ``id_cards``) keeps one person's document in each row: with a column that names a trait of
  the holder (a sex, a hair colour, a birth, a name: :func:`holder_trait`), the holder's age and
  height are theirs, and so is a vehicle's plate in the row (:func:`identity_document`).
- A row keyed by a person's national id (one the name patterns know anywhere: ``ssn``,
  ``national_id``, ``social_insurance_no``) is that person's: an income beside it is their pay
  (:func:`national_id_key`); a bare ``national_insurance`` (a contribution) is no key, nor is
  any national id in a table of settings, rules or rates (``tax_brackets``).
- The transcript of an interview or a testimony, in a row that points at a person, is what that
  person said (:func:`spoken_record`).
- A numeric ``address_no`` beside a street's name, in a table about people or named for
  addresses, is the house number of that street (:func:`house_number`); alone, or beside a
  warehouse's "streets" or a key to a street, it may be a record's number.
- A column named for an event's time whose values are dates (``06-03-2021``) holds no phone
  number, though the digits are shaped like one (:func:`event_dates`).
- A bare ``contact`` of text whose values are phone numbers, not dates, is the person's phone,
  unless the table holds settings (:func:`contact_phones`); one kept as an integer is only in
  a table of people with no phone column of its own, when its values are no Unix times and
  dial in a region piimap looks in (:func:`numeric_phones`).
- A word of the table's name, or a long enough glued end of one, glued before a fact's word
  (``crewnationality`` in ``flightcrew``) is the application's prefix: the column is that fact
  (:func:`table_word_prefix`); ``terrace`` in ``renter`` stays whole.

>>> identity_document(("driving", "licences")), holder_trait(("eye", "colour"))
('driving licences', True)
>>> identity_document(("license", "types")) is None
True
>>> national_id_key(("benefit", "claims"), [("soc", "sec", "no"), ("yearly", "earnings")])
0
>>> house_number(("addr", "nr"), [("street", "name")])
True
>>> event_dates(("created", "at"), ("06-03-2021", "21-11-2022"))
True
>>> contact_phones(("contact",), ("enquiries",), ("5550100123", "+1 555 010 0199"))
True
>>> table_word_prefix("crewnationality", ("flightcrew",), frozenset({"nationality"}))
('crew', 'nationality')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence, Set
from datetime import date

from .base import SignalHit
from .name_patterns import PATTERNS
from .name_tokens import singular
from .name_view import FieldView
from .name_words import NameWords, word_set
from .phone_digits import dialable

#: Table names, in singular words, that are one person's identity document and nothing else
#: (``driving_licences``, ``passports``, ``id_cards``), and what their rows are.
_DOCUMENTS: dict[tuple[str, ...], str] = {
    **{
        (driver, licence): "driving licences"
        for driver in ("driver", "driving")
        for licence in ("license", "licence")
    },
    ("passport",): "passports",
    ("id", "card"): "identity cards",
    ("identity", "card"): "identity cards",
    ("identity", "document"): "identity documents",
}
#: Column words of a trait only a document's holder has: a sex, a birth, a surname, the holder.
_HOLDER_WORDS = word_set("sex gender holder surname") | NameWords.BIRTH_WORDS
#: First words of a body's colour (``eye_colour``, ``hair_colour``).
_COLOURED = word_set("eye eyes hair")
_COLOURS = word_set("colour color")
#: Words before ``name`` that make it a person's (``first_name``, ``family_name``).
_NAMED = word_set("first last full given family middle")

#: The name patterns of a national id that need no context (``ssn``, ``national_id``,
#: ``social_insurance_no``, ``passport_no``, ``cpf``): a sibling they name is a person's key.
_NATIONAL_IDS = tuple(
    re.compile(p.words) for p in PATTERNS if p.entity == "NATIONAL_ID" and not p.needs
)
#: Last word of a national insurance with no number word: a payroll's contribution or its rate.
_CONTRIBUTION = "insurance"
#: Table heads whose rows are settings, rules or rates, no one's (``tax_brackets``).
_NO_ONES = NameWords.SETTINGS_TABLES | NameWords.RULE_TABLES

#: Column words of a record of what a person said.
_SPOKEN = word_set("transcript transcripts transcription testimony deposition")

#: Words of a number after ``address`` (``address_no``, ``addr_nr``).
_ADDRESS = word_set("address addr")
_NUMBER = NameWords.NUMBER_WORDS | {"nbr"}
#: Words of a street column: ``street`` and what may follow it in a street's name or address
#: (``street_name``, ``street_line_1``); a key to a street (``street_id``) is not one.
_STREETS = word_set("street streets")
_STREET_TAIL = word_set("name nm address addr line")

#: Last words of a column named for an event's time (``created_at``, ``booking_date``,
#: ``modified``).
_EVENT_TIMES = NameWords.SIBLING_EVENTS | word_set("created updated modified")
#: Date formats a date kept as text takes (day first, month first, year first).
_DATE_FORMATS = ("%d-%m-%Y", "%m-%d-%Y", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%Y-%m-%d")
#: Every text :data:`_DATE_FORMATS` can read fits this (``%d`` may be `` 6``): one search
#: turns away most texts before the formats are tried.
_DATE_SHAPE = re.compile(r"[ \d]{1,4}[-/.][ \d]{1,2}[-/.][ \d]{1,4}")
#: What ``datetime.strptime`` matches for ``%d``, ``%m`` and ``%Y`` (its own expansions), so each
#: of :data:`_DATE_FORMATS` is read by a regex compiled once: ``strptime`` keeps five formats'
#: regexes and clears them all at the sixth, so it built one afresh for every text.
_DIRECTIVES = {
    "%d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "%m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "%Y": r"(?P<Y>\d\d\d\d)",
}
_DATE_READS = tuple(
    re.compile(re.sub("%[dmY]", lambda m: _DIRECTIVES[m[0]], re.escape(f)), re.IGNORECASE)
    for f in _DATE_FORMATS
)
#: Share of the sampled values that must be dates, or phone numbers.
_SHARE = 0.8

#: A phone number: 8 to 15 digits, a leading ``+`` and spaces, dots, hyphens or brackets allowed.
_PHONE = re.compile(r"\+?[\d\s().-]{8,20}")
_DIGITS = re.compile(r"\d")
#: Column words of a bare contact.
_CONTACT = frozenset({("contact",), ("contacts",)})
#: Whose contact a person's record keeps beside their own: a next of kin's, an emergency one's.
_KIN = frozenset({("next", "of", "kin"), ("emergency",), ("family",), ("relative",)})

#: Shortest application prefix and column word of a glued name; shortest glued end of a table's
#: word that may be the prefix, and shortest rest of that word before it (``group|trip``: not
#: ``ren|ter``, whose ``ter`` would make ``terrace`` a race).
_PREFIX, _WORD = 3, 4
_END, _BEFORE_END = 4, 3


def identity_document(table: Sequence[str]) -> str | None:
    """What a table lists when its name is one person's identity document and nothing else (a
    driving licence, a passport, an identity card), or None. Another word makes it something
    else: a program's licences, a printer's drivers' licences, a catalogue of passport types.

    >>> identity_document(("passports",)), identity_document(("id", "cards"))
    ('passports', 'identity cards')
    >>> identity_document(("software", "licenses")) is None
    True
    >>> identity_document(("printer", "driver", "licenses")) is None
    True
    >>> identity_document(("passport", "types")) is None
    True
    """
    return _DOCUMENTS.get(tuple(singular(w) for w in table))


def holder_trait(column: Sequence[str]) -> bool:
    """Whether a column names a trait only an identity document's holder has: a sex or gender,
    an eye or hair colour, a birth, a person's name, the holder. Beside one, an age or a height
    in a table of identity documents is the holder's; a card stock's height and width are not.

    >>> holder_trait(("hair", "colour")), holder_trait(("date", "of", "birth"))
    (True, True)
    >>> holder_trait(("family", "name")), holder_trait(("holder", "id"))
    (True, True)
    >>> holder_trait(("colour",)), holder_trait(("name",)), holder_trait(("height",))
    (False, False, False)
    """
    words = tuple(column)
    if set(words) & _HOLDER_WORDS:
        return True
    if len(words) == 2 and words[0] in _COLOURED and words[1] in _COLOURS:
        return True
    return len(words) == 2 and words[0] in _NAMED and words[1] == "name"


def national_id_key(table: Sequence[str], siblings: Iterable[Sequence[str]]) -> int | None:
    """The index of the sibling that is a person's national id (``ssn``, ``national_id``: a
    national id of the name patterns), or None: a row that keeps one is that person's. A bare
    ``national_insurance`` is a payroll's contribution, and a table of settings, rules or rates
    (``tax_brackets``, ``ssn_rules``) holds no one's row. The caller leaves the column itself out.

    >>> national_id_key(("claims",), [("id",), ("national", "insurance", "no")])
    1
    >>> national_id_key(("claims",), [("id",), ("insurance", "number")]) is None
    True
    >>> national_id_key(("tax", "brackets"), [("national", "insurance"), ("income",)]) is None
    True
    >>> national_id_key(("ssn", "rules"), [("ssn",), ("salary", "cap")]) is None
    True
    """
    words = [singular(w) for w in table]
    if words and words[-1] in _NO_ONES:
        return None
    for i, column in enumerate(siblings):
        joined = "_".join(column)
        if column and column[-1] == _CONTRIBUTION:
            continue
        if any(regex.fullmatch(joined) for regex in _NATIONAL_IDS):
            return i
    return None


def spoken_record(column: Sequence[str]) -> bool:
    """Whether a column is the record of what someone said: a transcript, a testimony, a
    deposition (whose words they are, the row's key to a person says).

    >>> spoken_record(("transcript",)), spoken_record(("interview", "transcription"))
    (True, True)
    >>> spoken_record(("transcript", "url")), spoken_record(("description",))
    (False, False)
    """
    return bool(column) and column[-1] in _SPOKEN


def house_number(column: Sequence[str], siblings: Iterable[Sequence[str]]) -> bool:
    """Whether a column is an address's number (``address_no``, ``addr_nr``) kept beside a
    street's name or address (``street``, ``street_name``, not ``street_id``): the house number
    of that street, even in a numeric column. Alone it may be the number of an address record.
    The name signal asks it only in a table about people or named for addresses: a warehouse's
    aisles and a memory map's banks are called streets too.

    >>> house_number(("addr", "no"), [("street",), ("city",)])
    True
    >>> house_number(("address", "no"), [("city",), ("zip",)])
    False
    >>> house_number(("addr", "no"), [("street", "id")]), house_number(("tel", "no"), [("street",)])
    (False, False)
    """
    if len(column) != 2 or column[0] not in _ADDRESS or column[1] not in _NUMBER:
        return False
    return any(_street(words) for words in siblings)


def _street(column: Sequence[str]) -> bool:
    """Whether a column is a street's name or address (``home_street_name``).

    >>> _street(("home", "street", "name")), _street(("street", "line", "1"))
    (True, True)
    >>> _street(("street", "id")), _street(("streetcar", "line"))
    (False, False)
    """
    for i, word in enumerate(column):
        if word in _STREETS:
            return all(w in _STREET_TAIL or w.isdigit() for w in column[i + 1 :])
    return False


def event_dates(column: Sequence[str], samples: Iterable[object]) -> bool:
    """Whether a column named for an event's time (``created_at``, ``booking_date``) holds
    dates: most sampled values read as a day, a month and a four-digit year. Shaped like
    ``06-03-2021`` they fit a phone number's digits, but are no phone number.

    >>> event_dates(("booking", "date"), ("2021-03-06", "12/31/2022"))
    True
    >>> event_dates(("created", "at"), ("0711-555123", "0621-334455"))
    False
    >>> event_dates(("phone",), ("06-03-2021",))
    False
    """
    if not column or column[-1] not in _EVENT_TIMES:
        return False
    values = [str(v).strip() for v in samples if v is not None and str(v).strip()]
    if not values:
        return False
    return sum(_a_date(v) for v in values) >= _SHARE * len(values)


def _a_date(text: str) -> bool:
    """Whether a text is a date in one of :data:`_DATE_FORMATS`.

    >>> _a_date("31.12.2022"), _a_date("13-13-2022"), _a_date("0711-5551")
    (True, False, False)
    """
    if not _DATE_SHAPE.fullmatch(text):
        return False
    for read in _DATE_READS:
        if (found := read.fullmatch(text)) and _a_day(found["Y"], found["m"], found["d"]):
            return True
    return False


def _a_day(year: str, month: str, day: str) -> bool:
    """Whether the day is in the calendar (``strptime`` refuses ``31-02-2021`` and year 0)."""
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def contact_phones(column: Sequence[str], table: Sequence[str], samples: Iterable[object]) -> bool:
    """Whether a bare ``contact`` column holds a person's phone numbers: most sampled values are
    8 to 15 digits, perhaps grouped, and not dates (``2021-03-06`` has 8 digits too). A
    contact's name, e-mail or key is not, nor an organisation's own number in its settings
    (``site_settings``). The name signal asks it of a text column, and of an integer one only
    in a table of people with :func:`numeric_phones` (else an integer ``contact`` is a key).

    >>> contact_phones(("contact",), ("enquiries",), ("Ana Lima", "ana@example.org"))
    False
    >>> contact_phones(("contact",), ("enquiries",), ("2021-03-06", "2021-04-06"))
    False
    >>> contact_phones(("contact",), ("site", "settings"), ("+1 555 010 0199",))
    False
    >>> contact_phones(("contact", "name"), ("enquiries",), ("5550100123",))
    False
    """
    if tuple(column) not in _CONTACT and not kin_contact(column):
        return False
    words = [singular(w) for w in table]
    if words and words[-1] in NameWords.SETTINGS_TABLES:
        return False
    values = [str(v).strip() for v in samples if v is not None and str(v).strip()]
    if not values:
        return False
    phones = sum(1 for v in values if _phone(v))
    return phones >= _SHARE * len(values)


def kin_contact(column: Sequence[str]) -> bool:
    """Whether a column is the contact of a person's next of kin or emergency contact, in either
    order (``next_of_kin_contact``, ``contact_next_of_kin``, ``emergency_contact``): how they
    are reached, a phone number when the values are phones.

    >>> kin_contact(("contact", "next", "of", "kin")), kin_contact(("emergency", "contact"))
    (True, True)
    >>> kin_contact(("contact", "name")), kin_contact(("billing", "contact"))
    (False, False)
    """
    words = [w for w in column if w != "contact"]
    return len(words) < len(column) and tuple(words) in _KIN


def _phone(text: str) -> bool:
    """Whether a text is shaped like a phone number and is no date.

    >>> _phone("+1 555 010 0199"), _phone("2021-03-06"), _phone("12")
    (True, False, False)
    """
    digits = len(_DIGITS.findall(text))
    return bool(_PHONE.fullmatch(text)) and 8 <= digits <= 15 and not _a_date(text)


#: Unix times of this century's first decades (2000-01-01 to 2030-01-01, in seconds): a last
#: contact's time, kept as an integer.
_UNIX_RECENT = (946_684_800, 1_893_456_000)
#: Column words of a phone: a table with one keeps its bare ``contact`` as a key.
_PHONE_WORDS = NameWords.REACH - {"email", "mail"}


def numeric_phones(values: Sequence[str]) -> bool:
    """Whether a bare ``contact`` kept as an integer holds phone numbers (its distinct sampled
    values, as text): not mostly Unix times of the years 2000 to 2030 (when a person was last
    contacted; an Australian ``1300`` number may be one), and at least half of them a valid
    number in a region piimap looks in (:func:`~classifiers.phone_digits.dialable`: a CRM's
    ids of contacts and a record's number with a year, ``20230017``, are none).

    >>> numeric_phones(["2125550199", "447911123456"]), numeric_phones(["1701234567", "1702345678"])
    (True, False)
    >>> numeric_phones(["20230001", "20230017", "20240112"])
    False
    >>> numeric_phones(["1300636875", "1300810206"])  # dials in Australia, but Unix times
    False
    >>> numeric_phones(["51234567801", "60987654321", "51234500012"])
    False
    """
    # isdecimal, not isdigit: ``int`` takes every decimal digit but no superscript (``²``)
    numbers = [v for v in values if v.isdecimal()]
    if not numbers:
        return False
    first, last = _UNIX_RECENT
    width = len(str(last))  # no longer value is a recent Unix time (nor is int() asked of it)
    if sum(len(v) <= width and first <= int(v) <= last for v in numbers) * 2 > len(numbers):
        return False
    return sum(dialable(v) for v in numbers) * 2 >= len(numbers)


def table_word_prefix(column: str, table: Sequence[str], known: Set[str]) -> tuple[str, str] | None:
    """A one-word column name cut into the table's word glued before it and a known word, or
    None. The prefix is a whole word of the table's name, singular or plural, of three letters
    or more (``teamsalary`` in ``teams``), or the glued end of one, of four letters or more
    after three or more (``crewnationality`` in ``flightcrew``); the rest is a known word of
    four or more. The demographics signal asks it with its fact words.

    >>> table_word_prefix("teamsalary", ("teams",), frozenset({"salary"}))
    ('team', 'salary')
    >>> table_word_prefix("terrace", ("renter",), frozenset({"race"})) is None
    True
    >>> table_word_prefix("automobile", ("vehicles",), frozenset({"mobile"})) is None
    True
    >>> table_word_prefix("salary", ("teams",), frozenset({"salary"})) is None
    True
    """
    if not column.isalpha() or column in known:
        return None
    for cut in range(_PREFIX, len(column) - _WORD + 1):
        prefix, rest = column[:cut], column[cut:]
        if rest in known and any(_table_word(prefix, w) for w in table):
            return prefix, rest
    return None


def _table_word(prefix: str, word: str) -> bool:
    """Whether a prefix is a table's word, singular or plural, or a long enough glued end of it.

    >>> _table_word("trip", "trips"), _table_word("crew", "aircrew"), _table_word("ter", "renter")
    (True, True, False)
    """
    if prefix in {word, singular(word)}:
        return True
    return word.endswith(prefix) and len(prefix) >= _END and len(word) - len(prefix) >= _BEFORE_END


def dates_and_contacts(view: FieldView) -> list[SignalHit]:
    """An event's dates that fit a phone's digits, a bare contact's phone numbers (in a column
    of text, or of integers in a table of people): the name signal's rule."""
    ctx, tokens = view.ctx, view.tokens
    if event_dates(tokens, ctx.samples):
        reason = f"column name {ctx.name!r} is an event's time and its values are dates"
        return [view.veto("PHONE_NUMBER", reason)]
    table = view.tokenize(ctx.dataset.rsplit(".", 1)[-1])
    if not contact_phones(tokens, table, ctx.samples):
        return []
    if view.kind not in {"key", "number"}:
        reason = f"column name {ctx.name!r} is a contact and most sampled values are phones"
        return [view.hit("PHONE_NUMBER", 0.6, reason)]
    if "people" not in view.context(()):
        return []  # an integer ``contact`` of no person: a key
    if any(set(view.tokenize(s)) & _PHONE_WORDS for s in ctx.siblings if s != ctx.name):
        return []  # the person's phone is in a column of its own: ``contact`` is a key
    if not numeric_phones(sorted({str(v) for v in ctx.samples if v is not None})):
        return []
    reason = (
        f"column name {ctx.name!r} is a contact kept as a number in a table of people with no "
        "phone column, and its sampled values dial as phone numbers"
    )
    return [view.hit("PHONE_NUMBER", 0.6, reason)]
