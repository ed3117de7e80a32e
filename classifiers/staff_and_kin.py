"""Rules of the fortieth and forty-fourth rounds: people a record names in columns that no
person word of the name signal reaches.

- staff named by their job in a work record (``teller_name``, ``reader_name``,
  ``supervisor_name``; :data:`~classifiers.members_and_codes.STAFF_ROLES`): the name of the one
  who did the work, when the sampled values read as people's names (each job also names a
  machine, a program or a game's character, so with nothing sampled the column is left alone);
- a person's relatives, heirs and beneficiaries in numbered columns (``family_member_1``,
  ``beneficiary_3``, ``heir_2``) of a table of people (a head of
  :data:`~classifiers.members_and_codes.PEOPLE_ONLY_TABLES`, or columns naming person fields):
  a list of people, unless a value is a flag or a relationship's word, or three or more
  distinct values do not read as names (a category: a plan, a status, a program's modules);
  two distinct values or fewer are too few to judge, and the name decides;
- a name glued after the table's abbreviation in a table of people (``patname`` in
  ``patients``, ``survname`` in ``surveyor``), when its values read as people's names (a
  login's ``usrname`` is not a name; a worker's, a guest's or a driver's may be a machine's);
- a parent named informally (``mum_name``, ``mom_name``, ``dad_name``: round 44) in a table
  whose own name says it holds people or children (a breeder's litters, a stud's foals, a gift
  shop and a game's characters name animals, products and characters, even beside an owner's
  columns), when something is sampled and no value is a relationship's word.

Round 58 adds two more (:func:`livelihood` and :func:`bare_person`):

- people named by the work they live by, whom a cooperative, a market or a scheme registers
  (``farmer_name``, ``fisherman_name``, ``weaver_name``: :data:`LIVELIHOODS`), when most
  sampled values are shaped like full names (two to four capitalised words without digits:
  such people are named in every language, beyond Faker's lists of given names); with nothing
  sampled, or values of another shape (a game's ``Farmer Level 3``), the column is left alone;
- a bare ``person``, ``client`` or ``customer`` of text whose sampled values read as people's
  full names (a known given name first, two words or more, capitalised: a supplier's contact
  person): a firm's name (``Acme Supplies``), a fixture's label pointing at a person's row
  (``bob``), a login or a count is none.

Round 70 adds a person's spouse (:func:`spouse`): a bare ``spouse``, ``husband`` or ``wife``, or
one after a people word (``customer_spouse``), of text in a table of people, whose sampled
values (if any) may be names: the spouse's name.

A person's ``contact`` kept as a number is read by
:func:`classifiers.holders_and_records.dates_and_contacts`. The values are read only for a
column whose name is one of these.

>>> staff_role(("teller", "name")), staff_role(("reader", "id")), staff_role(("name",))
('teller', None, None)
>>> numbered_person(("family", "member", "1")), numbered_person(("beneficiary",))
('family member', None)
>>> abbreviated_name(("patname",), "patient"), abbreviated_name(("usrname",), "user")
(True, False)
>>> parent_name(("dad", "name")), parent_name(("dad", "jokes"))
('dad', None)
>>> abbreviated_name(("wkr", "name"), "worker")  # a job queue's workers are programs too
False
>>> livelihood(("farmer", "name")), livelihood(("farm", "name")), bare_person(("person",))
('farmer', None, 'person')
>>> full_names_shaped(("Rajesh Patel", "Sonali Shah")), full_names_shaped(("Farmer Level 3",))
(True, False)
>>> spouse(("spouse",)), spouse(("member", "spouse")), spouse(("spouse", "count"))
('spouse', 'spouse', None)
>>> spouse(("evacuee", "wife"), "evacuee"), spouse(("evacuee", "wife"))
('wife', None)
>>> kin_values(("Ada Ek",)), kin_values(()), kin_values(("Aunt", "Uncle")), kin_values(("yes",))
(True, True, False, False)
>>> kin_values(("Premium", "Basic", "Kids")), kin_values(("Ada Ek", "Bo Lund", "Carl Vik"))
(False, True)
>>> kin_values(("Stepfather", "Mother-in-law")), kin_values(("Stephen", "Grant"))
(False, True)
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .base import SignalHit
from .fixtures_and_accounts import distinct_texts
from .known_names import known_names
from .members_and_codes import FULL_NAME, KIN, PEOPLE_ONLY_TABLES, STAFF_ROLES
from .name_tokens import abbreviates, singular
from .name_view import FieldView
from .name_words import NameWords
from .organisations import is_organisation_name
from .row_people import name_shaped, names_sampled

#: Words after a column's name that number it (``beneficiary_2``, ``heir_three``).
_ORDINALS = frozenset({
    "1", "2", "3", "4", "5", "6", "one", "two", "three", "four", "five", "six",
})  # fmt: skip
#: Values that say a flag or a relationship, not who: ``yes`` or ``Spouse`` names no one
#: (and the kin of :data:`_KIN_FORMS`).
_NOT_NAMES = frozenset({
    "yes", "no", "y", "n", "true", "false", "none", "n/a", "other", "wife", "husband",
    "spouse", "partner", "sibling", "cousin", "relative", "guardian", "friend",
})  # fmt: skip
#: Relationships written with a prefix or a suffix (``Grandmother``, ``Stepson``,
#: ``Mother-in-law``, ``Great aunt``, ``Grandma``); ``Stephen`` is a name.
_RELATIVES = (
    "mother|father|son|daughter|brother|sister|parent|child|mom|mum|dad|aunt|uncle|niece|nephew"
)
_KIN_FORMS = re.compile(
    rf"(?:great[- ]?)*(?:grand|step|half[- ]?)?(?:{_RELATIVES})"
    rf"|(?:great[- ]?)*grand(?:ma|pa)|(?:{_RELATIVES})s?[- ]in[- ]law",
    re.IGNORECASE,
)
#: Heads of a table of people whose columns may carry the head's abbreviation: those of
#: :data:`~classifiers.members_and_codes.PEOPLE_ONLY_TABLES`, and professionals a record keeps
#: a table of.
_ABBREVIATED_HEADS = PEOPLE_ONLY_TABLES | {"inspector", "instructor", "surveyor"}
#: Distinct values too few to judge as names or as a category: the column's name decides.
_FEW = 2
#: Kinds of a column that may hold a name.
_TEXT_KINDS = frozenset({"text", "enum", ""})
#: A parent named informally (``mum_name``, ``dad_name``); ``mother`` and ``father`` are roles of
#: :attr:`~classifiers.name_words.NameWords.ROLES` already.
_PARENTS = frozenset({"mum", "mom", "dad", "mummy", "mommy", "daddy"})
#: Table heads whose rows are people or children, by the table's own name alone (an owner's,
#: a handler's or a customer's columns make no table of animals, products or characters one of
#: people: review-tune44).
_PARENTS_TABLES = PEOPLE_ONLY_TABLES | frozenset({"child", "kid", "pupil", "camper", "infant"})
_SCORE = 0.6
#: People named by the work they live by, whom a cooperative, a market or a scheme registers
#: (``farmer_name``): no machine, program or organisation goes by these words (not
#: ``artisan``, Laravel's command line, whose ``artisan_name`` is a command's).
LIVELIHOODS = frozenset({
    "farmer", "grower", "rancher", "herder", "herdsman", "shepherd", "fisherman", "fisher",
    "beekeeper", "labourer", "laborer", "weaver", "craftsman", "hawker",
})  # fmt: skip
#: Bare people words a column may hold a person's name under (``suppliers.person``,
#: ``invoices.client``), when its values read as names.
_BARE_PEOPLE = frozenset({"person", "client", "customer"})
#: A person's spouse, named bare or after a people word (``customer_spouse``).
_SPOUSES = frozenset({"spouse", "husband", "wife"})


def staff_role(tokens: Sequence[str]) -> str | None:
    """The job a ``<job>_name`` column names its holder by (``cashier_name``), or None."""
    if len(tokens) == 2 and tokens[1] == "name" and singular(tokens[0]) in STAFF_ROLES:
        return singular(tokens[0])
    return None


def livelihood(tokens: Sequence[str]) -> str | None:
    """The work a ``<livelihood>_name`` column names its holder by (``farmer_name``), or None."""
    if len(tokens) == 2 and tokens[1] == "name" and singular(tokens[0]) in LIVELIHOODS:
        return singular(tokens[0])
    return None


def bare_person(tokens: Sequence[str]) -> str | None:
    """The people word a column is named by alone (``person``, ``client``), or None."""
    if len(tokens) == 1 and tokens[0] in _BARE_PEOPLE:
        return tokens[0]
    return None


def spouse(tokens: Sequence[str], head: str = "") -> str | None:
    """The spouse a column names, bare or after one people word or the table's own head
    (``returnee_spouse`` in ``returnees``), or None; a spouse's count, id or flag has another
    word after it."""
    if not tokens or tokens[-1] not in _SPOUSES or len(tokens) > 2:
        return None
    if len(tokens) == 2 and singular(tokens[0]) not in NameWords.PEOPLE | {head}:
        return None
    return tokens[-1]


def full_names_shaped(samples: Sequence[object], word: str = "") -> bool:
    """Whether most distinct sampled values are shaped like full names
    (:data:`~classifiers.members_and_codes.FULL_NAME`, no digit), something was sampled, no value
    is an organisation's name (``Grace Bakery``, ``Domaine Leflaive``) or holds the column's own
    people ``word`` (a game's ``Farmer Joe``, a ``German Shepherd``), and the values are no kinds
    of one thing (:func:`kinds_of_one_thing`: ``Jacquard Loom``, ``Dobby Loom``).

    >>> full_names_shaped(("Rajesh Patel", "Sonali Shah"))
    True
    >>> full_names_shaped(("Rajesh Patel", "Grace Bakery"))
    False
    >>> full_names_shaped(("Farmer Joe",), "farmer")
    False
    """
    values = distinct_texts(samples)
    if any(is_organisation_name(v) or word in v.lower().split() for v in values):
        return False
    if kinds_of_one_thing(values):
        return False
    shaped = sum(1 for v in values if name_shaped(v) and FULL_NAME.fullmatch(v))
    return bool(values) and shaped * 2 > len(values)


def kinds_of_one_thing(values: Collection[str]) -> bool:
    """Whether two or more distinct values end in the same word, that word is no known given
    name or surname and no first word is a known given name: kinds of one thing (``Jacquard
    Loom``, ``Dobby Loom``), where a family's members share a known surname (``Rajesh Patel``,
    ``Sonali Patel``).

    >>> kinds_of_one_thing(["Jacquard Loom", "Dobby Loom"])
    True
    >>> kinds_of_one_thing(["Rajesh Patel", "Sonali Patel"]), kinds_of_one_thing(["Ana Lima"])
    (False, False)
    >>> kinds_of_one_thing(["Ana Loom", "Bo Loom"])
    False
    """
    lasts = {v.split()[-1].lower() for v in values if v.split()}
    if len(values) < 2 or len(lasts) != 1:
        return False
    given, surnames = known_names()
    last = lasts.pop()
    if any(v.split()[0].lower() in given for v in values if v.split()):
        return False  # a given name first: people after all (``Ana Loom``)
    return last not in given and last not in surnames


def numbered_person(tokens: Sequence[str]) -> str | None:
    """The relative or beneficiary a numbered column names (``heir_2``: ``heir``), or None."""
    if len(tokens) < 2 or tokens[-1] not in _ORDINALS:
        return None
    body = tuple(singular(w) for w in tokens[:-1])
    return " ".join(body) if body in KIN else None


def abbreviated_name(tokens: Sequence[str], head: str) -> bool:
    """Whether a column is ``name`` after the abbreviation of a table of people's head
    (``patname``, ``ins_name``), not a login's (``usrname``)."""
    if head not in _ABBREVIATED_HEADS:
        return False
    if len(tokens) == 2 and tokens[1] == "name":
        prefix = tokens[0]
    elif len(tokens) == 1 and tokens[0].endswith("name"):
        prefix = tokens[0][: -len("name")]
    else:
        return False
    return abbreviates(prefix, head) and not abbreviates(prefix, "user")


def kin_values(samples: Sequence[object]) -> bool:
    """Whether a numbered relative's sampled values may be their names: none is a flag or a
    relationship's word; two distinct values or fewer (or none) need only a name's shape,
    more must read as names (:func:`~classifiers.row_people.names_sampled`)."""
    values = distinct_texts(samples)
    if any(v.lower() in _NOT_NAMES or _KIN_FORMS.fullmatch(v) for v in values):
        return False
    if len(values) <= _FEW:
        return all(name_shaped(v) for v in values)
    return names_sampled(samples)


def _staff_name(view: FieldView) -> list[SignalHit]:
    role = staff_role(view.tokens)
    if role is None or view.kind not in _TEXT_KINDS or not names_sampled(view.ctx.samples):
        return []  # nothing sampled, or a device's, a program's or a pipeline's name
    reason = (
        f"column name {view.ctx.name!r} names a {role}, who did the work, and its sampled "
        "values read as people's names"
    )
    return [view.hit("PERSON_NAME", _SCORE, reason)]


def _livelihood_name(view: FieldView) -> list[SignalHit]:
    work = livelihood(view.tokens)
    if work is None or view.kind not in _TEXT_KINDS:
        return []
    if not full_names_shaped(view.ctx.samples, work):
        return []
    reason = (
        f"column name {view.ctx.name!r} names a {work}, a person named by the work they live "
        "by, and most sampled values are shaped like full names"
    )
    return [view.hit("PERSON_NAME", _SCORE, reason)]


def _bare_person(view: FieldView) -> list[SignalHit]:
    who = bare_person(view.tokens)
    samples = view.ctx.samples
    if who is None or view.kind not in _TEXT_KINDS:
        return []
    if not (names_sampled(samples) and full_names_shaped(samples, who)):
        return []  # a fixture's label (``bob``), a desk, a firm: a key or no one's name
    reason = (
        f"column name {view.ctx.name!r} is a bare people word ({who}) and its sampled values "
        "read as people's full names"
    )
    return [view.hit("PERSON_NAME", _SCORE, reason)]


def _people_table(view: FieldView) -> str | None:
    """Why the field's table is one of people and no machine's, or None."""
    if view.table.head in PEOPLE_ONLY_TABLES:
        return f"table {view.table_name!r} holds {view.table.head}s"
    if "people" in view.table.context:
        return f"the columns of table {view.table_name!r} name a person's fields"
    return None


def _kin_name(view: FieldView) -> list[SignalHit]:
    who = numbered_person(view.tokens)
    if who is None or view.kind not in _TEXT_KINDS or not kin_values(view.ctx.samples):
        return []
    if (why := _people_table(view)) is None:
        return []
    reason = f"column name {view.ctx.name!r} numbers a person's {who} and {why}"
    return [view.hit("PERSON_NAME", _SCORE, reason)]


def _spouse_name(view: FieldView) -> list[SignalHit]:
    who = spouse(view.tokens, view.table.head)
    if who is None or view.kind not in _TEXT_KINDS or not kin_values(view.ctx.samples):
        return []
    if (why := _people_table(view)) is None:
        return []
    reason = f"column name {view.ctx.name!r} names a person's {who} and {why}: the {who}'s name"
    return [view.hit("PERSON_NAME", _SCORE, reason)]


def parent_name(tokens: Sequence[str]) -> str | None:
    """The parent a column names informally (``mum_name``: ``mum``), or None."""
    if len(tokens) == 2 and tokens[1] == "name" and tokens[0] in _PARENTS:
        return tokens[0]
    return None


def _parent_name(view: FieldView) -> list[SignalHit]:
    who = parent_name(view.tokens)
    if who is None or view.kind not in _TEXT_KINDS or not distinct_texts(view.ctx.samples):
        return []  # nothing sampled: a breeder's or a shop's table may say mum too
    head = view.table.head
    if not kin_values(view.ctx.samples) or head not in _PARENTS_TABLES:
        return []
    reason = (
        f"column name {view.ctx.name!r} names a person's parent ({who}) and table "
        f"{view.table_name!r} holds {head}s"
    )
    return [view.hit("PERSON_NAME", _SCORE, reason)]


def _abbreviated_name(view: FieldView) -> list[SignalHit]:
    if view.kind not in _TEXT_KINDS or not abbreviated_name(view.tokens, view.table.head):
        return []
    if not names_sampled(view.ctx.samples):
        return []
    reason = (
        f"column name {view.ctx.name!r} is a name after the abbreviation of table "
        f"{view.table_name!r}, whose rows are {view.table.head}s, and its values read as "
        "people's names"
    )
    return [view.hit("PERSON_NAME", _SCORE, reason)]


def staff_and_kin(view: FieldView) -> list[SignalHit]:
    """Staff named by their job, people named by their livelihood, a bare people word holding
    names, a person's numbered kin, a parent named informally, a name after the table's
    abbreviation: the name signal's rule."""
    if any(h.entity == "PERSON_NAME" for h in view.hits):
        return []  # the name already says it (or vetoes it)
    return (
        _staff_name(view)
        or _livelihood_name(view)
        or _bare_person(view)
        or _kin_name(view)
        or _spouse_name(view)
        or _parent_name(view)
        or _abbreviated_name(view)
    )
