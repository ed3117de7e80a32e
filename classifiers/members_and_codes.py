"""A person's traits kept as keys to code lists, those code lists, columns prefixed with their
table's abbreviation, birth dates kept as Unix times, legatees and gatherers, a role's few
names, a column named for whom, and record numbers with a year that read as phone numbers.

Every function takes a column's or a table's words (lower-case, as
:class:`~classifiers.name_tokens.Tokenizer` cuts them) or sampled values; none keeps or reports
a value.

>>> trait_key(("client", "gender", "id"), "client")
'GENDER'
>>> abbreviates("vlnt", "volunteer"), abbreviates("prd", "volunteer")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .known_names import known_names, reads_as_name
from .name_tokens import abbreviates, singular
from .name_words import NameWords, person_fields
from .people import ANIMALS

#: Traits of a person kept as a key to a code list (``gender_id``, glued ``clientsex_id``), and
#: the entity each is: sex and gender, marital status, nationality, religion and ethnicity, an
#: illness or disability. Not ``race`` (a runner's race is an event), nor ``status`` alone, nor
#: ``handicap`` (a golfer's playing handicap).
_TRAITS = re.compile(
    r"(?P<pre>[a-z]*?)(?:"
    r"(?P<gender>sex|gender)"
    r"|(?P<marital>marital|maritalstatus|married|civilstatus|civilstate)"
    r"|(?P<origin>nationality|citizenship)"
    r"|(?P<belief>religion|ethnicity|ethnicgroup)"
    r"|(?P<health>sick|sickness|illness|disease|disability)"
    r")"
)
_TRAIT_ENTITIES = {
    "gender": "GENDER",
    "marital": "DEMOGRAPHIC",
    "origin": "DEMOGRAPHIC",
    "belief": "SENSITIVE_DEMOGRAPHIC",
    "health": "HEALTH",
}
#: Words of a key after the trait (``gender_id``, ``sex_fk``, ``marital_status_code``): the
#: shared key words and ``code``.
_KEY_WORDS = NameWords.KEY_TOKENS | {"code"}
#: Sibling words of an animal's record (a clinic's ``patients`` with a ``species_id``): its sex
#: and its diseases are no person's.
_ANIMAL_WORDS = ANIMALS | {"species", "breed"}
#: People whose key to an illness is a cause they fund, not their own illness.
_CAUSE_HOLDERS = frozenset({"donor"})


#: Table heads of people a record keeps of its own, whose traits it may code and whose columns
#: may carry the head's abbreviation (``vlnt_name`` of ``volunteer``): not a supplier or a vendor
#: (organisations), nor a profile, an agent, a player or a clinician (a voice's, a bot's, a
#: specialty's), nor the other party of another record the shared role words name (a message's
#: sender, a document's author, a shop's buyer).
PERSON_TABLES = frozenset({
    "customer", "client", "member", "employee", "staff", "patient", "student", "teacher",
    "person", "user", "volunteer", "donor", "guest", "applicant", "candidate", "contact",
    "tenant", "resident", "borrower", "beneficiary", "subscriber", "participant", "attendee",
    "passenger", "traveller", "traveler", "worker", "driver", "parent", "guardian",
})  # fmt: skip


def _trait(glued: str, head: str) -> str | None:
    """The entity of a glued trait word (``clientsex``, ``maritalstatus``) whose lead, if any,
    is a people word, the table's head or its abbreviation; else None."""
    m = _TRAITS.fullmatch(glued)
    if not m:
        return None
    pre = m.group("pre")
    if pre and pre != head and pre not in NameWords.PEOPLE and not abbreviates(pre, head):
        return None
    return next(_TRAIT_ENTITIES[k] for k in _TRAIT_ENTITIES if m.group(k))


#: A code list's values repeat: at least this many sampled, at most this many distinct.
CODED_MIN, CODED_MAX = 5, 12


def coded(samples: Sequence[object]) -> bool:
    """Whether sampled keys repeat as a code list's do: five or more sampled, twelve or fewer
    distinct (three users' three keys say nothing of a code list).

    >>> coded((1, 2, 1, 1, 2, 3)), coded((1, 2, 3)), coded(tuple(range(40)))
    (True, False, False)
    """
    return len(samples) >= CODED_MIN and len(set(map(str, samples))) <= CODED_MAX


def trait_key(
    column: Sequence[str], head: str, siblings: Sequence[Sequence[str]] = ()
) -> str | None:
    """The entity a key to a code list of a person's trait holds (``gender_id``,
    ``marital_status_id``, glued ``clisex_id`` or ``mbrmarried_id`` after the table's
    abbreviation), when the table's head ``head`` is one of :data:`PERSON_TABLES` and no sibling
    names an animal: the person's gender, marital status, nationality, religion or illness,
    coded. Else None (a product's ``gender_id``, a plain ``status_id``, a runner's ``race_id``,
    a voice profile's ``gender_id``, a clinic's animal patients' ``sex_id``, a donor's
    ``disease_id``).

    >>> trait_key(("marital", "status", "id"), "member"), trait_key(("mbrsick", "id"), "member")
    ('DEMOGRAPHIC', 'HEALTH')
    >>> trait_key(("gender", "id"), "product"), trait_key(("status", "id"), "member")
    (None, None)
    >>> trait_key(("shipping", "sex", "id"), "customer")  # a lead that is no person's
    >>> trait_key(("sex", "id"), "patient", [("species", "id")]), trait_key(("sex", "id"), "bot")
    (None, None)
    """
    if head not in PERSON_TABLES or len(column) < 2 or column[-1] not in _KEY_WORDS:
        return None
    if any({w, singular(w)} & _ANIMAL_WORDS for s in siblings for w in s):
        return None
    words = column[:-1]
    if words and words[-1] in {"status", "state"} and len(words) >= 2:
        words = (*words[:-2], words[-2] + words[-1])  # ``marital_status`` as one word
    if len(words) > 2:
        return None
    trait = _trait("".join(words), head)
    return None if trait == "HEALTH" and head in _CAUSE_HOLDERS else trait


def code_list_table(
    table: Sequence[str], columns: Sequence[Sequence[str]], labels: Sequence[object] = ()
) -> bool:
    """Whether a table is a code list of a person's trait (``gender``, ``clisex``,
    ``marital_status``, ``illnesses``): a table of four columns or fewer, none a key to a
    person nor a person's field (a phone, an e-mail, a birth date, a first or last name), named
    for the trait, whose sampled ``labels`` read as labels (twelve or fewer distinct, none a
    known name: a sick-leave log's names are people's); its rows are codes, its ``name`` a
    code's label.

    >>> codes = [("id",), ("name",)]
    >>> code_list_table(("member", "sex"), codes), code_list_table(("marital", "status"), codes)
    (True, True)
    >>> code_list_table(("sickness",), [("id",), ("name",), ("phone",)])
    False
    >>> code_list_table(("sickness",), codes, ["Flu", "Ada Quenby", "Mary Reed"])
    False
    >>> code_list_table(("customer",), codes), code_list_table(("sex", "offenders"), codes)
    (False, False)
    >>> code_list_table(("patient", "disease"), [("patient", "id"), ("disease", "id")])
    False
    """
    words = ["status" if w == "statuses" else singular(w) for w in table]
    if not 1 <= len(words) <= 3 or len(columns) > 4 or _trait("".join(words), "") is None:
        return False
    if person_fields(tuple(c) for c in columns):
        return False
    distinct = {str(v) for v in labels}
    if len(distinct) > CODED_MAX or any(reads_as_name(v.lower().split()) for v in distinct):
        return False
    return not any(
        len(c) >= 2 and c[-1] in _KEY_WORDS and c[-2] in NameWords.PEOPLE for c in columns
    )


#: Integer birth dates kept as Unix times: from 1900-01-01 to 2100-01-01, in seconds.
_UNIX_FIRST, _UNIX_LAST = -2_208_988_800, 4_102_444_800
_DAY = 86_400


def unix_birth_dates(name: Sequence[str], values: Sequence[str]) -> bool:
    """Whether a column named for a birth date holds integers that are Unix times (seconds since
    1970, negative before): PHP applications keep dates so. Four in five distinct values must
    be whole numbers of a Unix time's size (at least a million seconds away from 1970); a value
    within a day of ``0`` (1 January 1970 in some time zone, written where the date is not
    known) counts for neither.

    >>> unix_birth_dates(("cust", "dob"), ["-315619200", "631152000", "946684800"])
    True
    >>> unix_birth_dates(("dob",), ["-3600", "-3600", "-315619200", "631152000"])
    True
    >>> unix_birth_dates(("cust", "dob"), ["3", "12", "1990"]), unix_birth_dates(("dob",), ["0"])
    (False, False)
    >>> unix_birth_dates(("created",), ["631152000", "946684800"])
    False
    """
    if not set(name) & NameWords.BIRTH_WORDS or not values:
        return False
    shaped = unknown = 0
    for value in values:
        try:
            number = int(value)
        except ValueError:
            continue
        unknown += abs(number) <= _DAY  # 1 January 1970 in some time zone: not known
        shaped += _UNIX_FIRST <= number <= _UNIX_LAST and abs(number) >= 1_000_000
    return shaped > 0 and shaped * 5 >= (len(values) - unknown) * 4


#: Columns named by a person who is no word of the shared vocabulary: one who inherits
#: (``legatee``), one who gathers specimens (``seed_collector``). Kept apart from
#: :attr:`NameWords.ROLES`, which also splits glued identifiers (``theirs``) and names
#: ``<role>_name`` columns.
PERSON_ROLES = frozenset({"heir", "heiress", "legatee", "collector"})
#: Jobs whose holder a work record names in a ``<job>_name`` (``teller_name``: who took the
#: payment), with :data:`PERSON_ROLES`' collector; each also names a machine, a program or a
#: game's character (a card reader, a process supervisor, an automated teller), so the values
#: must read as people's names.
STAFF_ROLES = frozenset({"teller", "cashier", "supervisor", "reader", "foreman", "collector"})
#: A person's relatives, heirs and beneficiaries as a numbered column names them
#: (``family_member_1``, ``heir_2``): :data:`PERSON_ROLES`' heirs and legatees and kin.
KIN = frozenset(
    {(w,) for w in PERSON_ROLES - {"collector"}}
    | {
        ("family", "member"), ("beneficiary",), ("dependent",), ("dependant",), ("child",),
        ("sibling",), ("relative",), ("next", "of", "kin"),
    }
)  # fmt: skip
#: Heads of :data:`PERSON_TABLES` that also name a program or a machine (a job queue's
#: workers, a hypervisor's guests, a device's drivers).
_MACHINES_TOO = frozenset({"worker", "guest", "driver"})
#: Table heads of people and nothing else: :data:`PERSON_TABLES` without those.
PEOPLE_ONLY_TABLES = PERSON_TABLES - _MACHINES_TOO
#: A capitalised word of a name: letters (accented ones too), an apostrophe or a hyphen, a
#: capital inside (``McDonald``), a dot after; or an initial (``J.``).
_NAME_WORD = r"(?:[A-Z][a-zß-ÿ'\-]+(?:[A-Z][a-zß-ÿ'\-]+)*\.?|[A-Z]\.)"
#: A full name as the enum guard and the name rules of roles, jobs and livelihoods read one: two
#: to four capitalised words of letters (:data:`_NAME_WORD`), no digit.
FULL_NAME = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD}){{1,3}}")


def few_names(distinct: Sequence[str], name: Sequence[str]) -> bool:
    """Whether a column named by a role (``rights_holder``, ``author``, ``seed_collector``; the
    shared role words and :data:`PERSON_ROLES`, not a job title such as a product's
    ``designer``) holds two or more distinct values, four in five of them full names or given
    names alone, three in ten of them reading as known names (as the name-part signal asks of
    a role's column): a few people's names repeated over many rows, which the enum
    guard leaves to the names (no enum is written so). A team's or a desk's name does not read
    as a known name.

    >>> few_names(["Ana Lima", "Bo Chen", "Carl Dane", "Ana"], ("rights", "holder"))
    True
    >>> few_names(["Sales Team", "Support Desk"], ("owner",))
    False
    >>> few_names(["Ana Lima", "Bo Chen"], ("status",))
    False
    """
    if len(distinct) < 2 or not name:
        return False
    last = name[-1].removesuffix("s")
    if last not in NameWords.ROLES | PERSON_ROLES:
        return False
    given = known_names()[0]
    known = misses = 0
    for value in distinct:
        if FULL_NAME.fullmatch(value):
            known += reads_as_name(value.replace(".", "").lower().split())
        elif value.isalpha() and value.istitle() and value.lower() in given:
            known += 1  # a given name alone (``Ana``)
        elif (misses := misses + 1) * 5 > len(distinct):
            return False
    return known * 10 >= len(distinct) * 3


def names_who(column: Sequence[str], values: Sequence[str]) -> bool:
    """Whether a text column named by the interrogative pronoun alone (or ``whom``,
    ``by_whom``) holds who gave, paid or did something: a person's name, when it has values,
    all full names, three in ten of them reading as known names (a team's or a role's name
    does not).

    >>> names_who(("by", "whom"), ["Ana Lima"]), names_who(("whom",), [])
    (True, False)
    >>> names_who(("who",), ["Blue Team", "Red Team"]), names_who(("whom", "region"), [])
    (False, False)
    """
    if tuple(column) not in {("who",), ("by", "whom"), ("whom",)} or not values:
        return False
    if not all(FULL_NAME.fullmatch(v) for v in values):
        return False
    known = sum(reads_as_name(v.replace(".", "").lower().split()) for v in values)
    return known * 10 >= len(values) * 3


#: A record's number with a year after a slash (``120/2016``, ``L-12/2016-3``): a member's, a
#: loan's or a file's number, however much it looks like a phone number of some region.
_NUMBER_WITH_YEAR = re.compile(r"(?:[A-Za-z]{1,4}[-/ ]?)?\d{1,6}/(?:19|20)\d{2}(?:[-/]\d{1,4})?")
_NUMBER_WORDS = NameWords.NUMBER_WORDS | {"nummer", "numero"}
#: Words of a phone's number in other languages and a hotline's (``telefon_nr``, ``ruf_nr``).
_PHONE_WORDS = NameWords.REACH | {
    "contact",
    "cellphone",
    "handy",
    "telefon",
    "ruf",
    "fon",
    "hotline",
}


def record_numbers(name: Sequence[str], values: Sequence[str]) -> bool:
    """Whether a column named for a record's number (``loan_no``, ``member_number``; not a
    phone's or a contact's) holds numbers with a year after a slash in four of five distinct
    values.

    >>> record_numbers(("loan", "no"), ["L-12/2016-1", "L-13/2016-2", "L-2/2017-1"])
    True
    >>> record_numbers(("phone", "no"), ["120/2016", "121/2016"])
    False
    >>> record_numbers(("file", "no"), ["555-0123", "555-0188"])
    False
    """
    if not name or name[-1] not in _NUMBER_WORDS or not values:
        return False
    if set(name) & _PHONE_WORDS:
        return False
    shaped = sum(1 for v in values if _NUMBER_WITH_YEAR.fullmatch(v))
    return shaped * 5 >= len(values) * 4
