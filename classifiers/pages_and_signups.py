"""A site's pages and the contact details they show, the people a sign-up form keeps, a
person's location given as a town and a person's id at an authentication system (the name rule
:func:`pages_and_signups`); and what the people, demographics and name-parts signals ask:
whether a table keeps sign-ups, whether a column says a person has children, whose pay a row
with a name and a phone beside it holds, and a bare ``person`` that refers to a person's record
rather than holding their login.

>>> site_page(("tbl", "page")), site_page(("author", "pages")), site_page(("page", "views"))
(True, False, False)
>>> signup_table(("newsletter", "signups")), signup_table(("subscriptions",))
(True, False)
>>> children_fact("has_children"), children_fact("numberOfChildren"), children_fact("child_id")
(True, True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import SignalHit
from .business_contacts import OWN_CONTACT
from .fixtures_and_accounts import distinct_texts
from .name_tokens import singular
from .name_view import FieldView, keys_a_person, own_person_field
from .name_words import NameWords, person_fields
from .organisations import ORGANISATION_TABLES, PLACE_TABLES, is_organisation_name
from .row_people import names_sampled

#: Table heads of a site's pages (``cms_pages``, ``tbl_webpage``): their rows are pages.
SITE_PAGES = frozenset({"page", "webpage"})
#: Table heads of what a person sends through a form to sign up (``newsletter_subscribe``,
#: ``choir_signups``): each row is the person who signed up. (An enquiry's or a ticket's
#: sender is :func:`~classifiers.secrets_and_senders.message_author`'s.)
SIGNUPS = frozenset({"subscribe", "signup"})
#: A bare name column: a sign-up's of who signed up, a paid person's row's.
_SIGNER_NAMES = frozenset({("name",), ("full", "name"), ("fullname",), ("your", "name")})
#: Words before ``location`` that keep it where the person is (``home_location``); any other
#: (``work_location``, ``event_location``) makes it another place's.
_OWN_PLACE = frozenset({"home", "current", "residence", "living", "base"})
#: Words of a location that is no town (a way of working, a room, a ward, a side).
_NOT_PLACES = frozenset({
    "remote", "hybrid", "office", "onsite", "on-site", "home", "away", "neutral", "field",
    "unknown", "none", "other", "various", "anywhere", "worldwide", "everywhere", "tbd", "n/a",
    "building", "floor", "room", "desk", "ward", "bed", "wing", "hq", "headquarters",
})  # fmt: skip
#: Column words of an event in the row (a player's ``tournament``, a singer's ``concert_date``):
#: the row's ``location`` is then where the event took place.
_EVENTS = frozenset({
    "event", "tournament", "match", "game", "race", "meet", "competition", "championship",
    "concert", "show", "gig", "performance", "session", "trip", "visit", "appointment", "meeting",
    "fixture", "bout", "contest",
})  # fmt: skip
#: A town's name as written: one to six words of letters (no digit, ``@``, ``/`` or ``_``)
#: joined by spaces, commas, dots, hyphens or apostrophes (``São Brás de Alportel``, ``Berlin,
#: Germany``, ``St. Gallen``).
_PLACE = re.compile(r"[^\W\d_]+(?:[ ,'\u2019.-]+[^\W\d_]+){0,5}\.?")
#: Distinct place names needed, the share of distinct values that must be place names, and the
#: sampled values read.
_MIN_PLACES = 3
_PLACE_SHARE = 0.8
_READ = 40
#: The enum guard's few labels: 20 or more sampled values with at most 5 distinct ones.
_ENUM_ROWS, _ENUM_DISTINCT = 20, 5
#: Table words of an authentication system (``sso_users``, ``auth_accounts``).
_AUTH_WORDS = frozenset({"auth", "authentication", "sso", "oauth", "oidc", "saml", "ldap", "idp"})
#: Table heads of its logins: a ``uid`` there is a person's id at that system.
_LOGIN_HEADS = frozenset({"user", "account", "member", "login", "identity"})
_UIDS = frozenset({("uid",), ("user", "uid"), ("external", "uid")})
#: A person's children, or how many (``has_children``, ``numberOfChildren``, ``num_kids``);
#: not a bare ``child`` or ``kid`` (a link to a row, a key set's key id).
_CHILDREN = re.compile(
    r"(?:has|have|hasany|num|number|numberof|no|noof|nb|nbr|count|countof|total|totalof)?"
    r"(?:children|kids|child|kid)(?:count|cnt|number|num|no|nr|total)?"
)
#: Column words of a party's make-up (a booking's adults and children): no person's family.
_PARTY = frozenset({
    "adult", "adults", "infant", "infants", "senior", "seniors", "guest", "guests", "pax",
    "traveller", "travellers", "traveler", "travelers", "passenger", "passengers",
})  # fmt: skip
#: A person's pay, alone or with a period or a basis (``salary``, ``monthly_wage``).
_PAY = frozenset({"salary", "wage", "pay"})
_PAY_WITH = frozenset({
    "monthly", "annual", "yearly", "weekly", "daily", "hourly", "base", "basic", "gross", "net",
    "amount", "amt",
})  # fmt: skip
#: Table words of jobs, grades and scales, whose pay is no one's.
_JOBS = frozenset({
    "job", "joborder", "vacancy", "opening", "posting", "requisition", "position", "role",
    "grade", "band", "level", "title", "scale", "rate", "rule", "setting", "config",
})  # fmt: skip
#: The column of a bare ``person``: what a schema calls its reference to a person's record
#: (Rails' and Django's ``belongs_to :person``, a fixture's label of that row).
_RECORD_REFERENCES = frozenset({"person", "people"})


def site_page(table: Sequence[str]) -> bool:
    """Whether a table's words name a site's pages, with no people word (``author_pages``)."""
    words = [singular(w) for w in table]
    return bool(words) and words[-1] in SITE_PAGES and not set(words) & NameWords.PEOPLE


def signup_table(table: Sequence[str]) -> bool:
    """Whether a table's last word is a sign-up (not ``subscriptions``: a plan's)."""
    return bool(table) and singular(table[-1]) in SIGNUPS


def reach_column(tokens: Sequence[str]) -> bool:
    """Whether a column is a phone number or an e-mail address (``phone_number``, ``mobile_no``,
    ``email``), not a template or a setting of one (``email_template``).

    >>> reach_column(("phone", "number")), reach_column(("email", "template"))
    (True, False)
    """
    return (
        bool(tokens)
        and bool(set(tokens) & NameWords.REACH)
        and tokens[-1] in NameWords.REACH | NameWords.NUMBER_WORDS | {"address", "addr"}
    )


def signup_contact(table: Sequence[str], columns: Sequence[Sequence[str]]) -> int | None:
    """Index of the column through which whoever signed up is reached, when
    the table keeps sign-ups (:func:`signup_table`), or None."""
    if not signup_table(table):
        return None
    return next((i for i, c in enumerate(columns) if reach_column(c)), None)


def names_someone(tokens: Sequence[str]) -> bool:
    """Whether a column names a person: their own name, birth date or gender, a key to them, a
    people word (``author``, ``author_name``) or a login.

    >>> names_someone(("author", "id")), names_someone(("contact", "email"))
    (True, False)
    """
    words = tuple(tokens)
    if not words:
        return False
    people = NameWords.PEOPLE
    return (
        own_person_field(words)
        or keys_a_person(words, people)
        or singular(words[-1]) in people
        or (words[-1] in {"name", "names"} and bool(set(words[:-1]) & people))
        or words in {("username",), ("login",), ("full", "name"), ("fullname",)}
    )


def place_names(samples: Sequence[object]) -> bool:
    """Whether the sampled values are towns' names: three distinct at least, four in five of
    them words of letters, capitalised, no organisation's name and no word of a way of working,
    a room or a ward; not the few labels of an enum.

    >>> place_names(("Aarhus", "Odense", "Vejle")), place_names(("Remote", "Hybrid", "Office"))
    (True, False)
    """
    head = samples[:_READ]
    values = distinct_texts(head)
    if len(values) < _MIN_PLACES or (len(head) >= _ENUM_ROWS and len(values) <= _ENUM_DISTINCT):
        return False
    placed = 0
    for value in values:
        words = {w.strip(",.") for w in value.lower().split()}
        placed += bool(
            _PLACE.fullmatch(value)
            and value[0].isupper()
            and not words & _NOT_PLACES
            and not is_organisation_name(value)
        )
    return placed >= _PLACE_SHARE * len(values)


def children_fact(name: str) -> bool:
    """Whether a column says whether or how many children a person has (``haskids``,
    ``number_of_children``, ``kids``); not a bare ``child`` or ``kid``."""
    lower = name.lower()
    if "child" not in lower and "kid" not in lower:
        return False  # most columns: no need for the regex
    letters = re.sub(r"[^a-z]", "", lower)
    return letters not in {"child", "kid"} and _CHILDREN.fullmatch(letters) is not None


def party_sizes(columns: Sequence[Sequence[str]]) -> bool:
    """Whether a table counts a party's members (a booking's ``adults``): its children are no
    one's family."""
    return any(set(c) & _PARTY for c in columns)


def paid_person(
    column: Sequence[str], table: Sequence[str], columns: Sequence[Sequence[str]]
) -> tuple[int, int] | None:
    """(index of the name, index of the phone or e-mail) of a row that names someone and how
    to reach them beside their pay (``salary``, ``monthly_wage``), in a table that is no job's,
    grade's, organisation's or place's; or None.

    >>> paid_person(("salary",), ("porters",), [("name",), ("phone",), ("salary",)])
    (0, 1)
    >>> paid_person(("salary", "cap"), ("teams",), [("name",), ("phone",)]) is None
    True
    """
    words = {singular(w) for w in column}
    if not words & _PAY or not words <= _PAY | _PAY_WITH:
        return None
    if {singular(w) for w in table} & (_JOBS | ORGANISATION_TABLES | PLACE_TABLES):
        return None
    name = next((i for i, c in enumerate(columns) if tuple(c) in _SIGNER_NAMES), None)
    reach = next((i for i, c in enumerate(columns) if reach_column(c)), None)
    return None if name is None or reach is None else (name, reach)


def refers_to_record(tokens: Sequence[str]) -> bool:
    """Whether a column is named only ``person``: a reference to a person's record (a key, a
    fixture's label of that row), never their login, which a schema names for the account
    (``user``, ``owner``, ``login``)."""
    return len(tokens) == 1 and tokens[0] in _RECORD_REFERENCES


# -- the name signal's rule ---------------------------------------------------------------------


def pages_and_signups(view: FieldView) -> list[SignalHit]:
    """A site's page's own contact details, a sign-up's sender's name, a person's town kept as
    a location, a person's id at an authentication system: the name signal's rule."""
    tokens = view.tokens
    if not tokens:
        return []
    if tokens[-1] == "location":
        return _located(view)
    if tokens in _UIDS:
        return _auth_uid(view)
    if tokens in _SIGNER_NAMES:
        return _signer(view)
    return _page_contact(view)


def _table_words(view: FieldView) -> tuple[str, ...]:
    return view.tokenize(view.ctx.dataset.rsplit(".", 1)[-1])


def _page_contact(view: FieldView) -> list[SignalHit]:
    """Vetoes of the contact details of a site's page (``tbl_webpage``, ``cms_pages``) that names
    no one: the site's own e-mail, phone and address, as its contact page shows them."""
    entities = sorted({h.entity for h in view.hits if not h.veto and h.score > 0} & OWN_CONTACT)
    if not entities or names_someone(view.tokens):
        return []
    ctx = view.ctx
    if not site_page(_table_words(view)):
        return []
    if any(names_someone(view.tokenize(s)) for s in ctx.siblings if s != ctx.name):
        return []
    reason = (
        f"business contact data: table {ctx.dataset.rsplit('.', 1)[-1]!r} holds a site's pages "
        f"and no column names a person: column {ctx.name!r} is the site's own contact detail, "
        "not personal data"
    )
    return [view.veto(entity, reason) for entity in entities]


def _signer(view: FieldView) -> list[SignalHit]:
    """A sign-up's ``name`` beside a way to reach whoever signed up: theirs."""
    ctx = view.ctx
    if view.kind not in {"text", ""} or any(
        h.entity == "PERSON_NAME" and h.score >= 0.5 for h in view.hits
    ):
        return []
    siblings = [view.tokenize(s) for s in ctx.siblings]
    reach = signup_contact(_table_words(view), siblings)
    if reach is None:
        return []
    if distinct_texts(ctx.samples) and not names_sampled(ctx.samples):
        return []  # an event's or a topic's name on a sheet of sign-ups
    reason = (
        f"column name {ctx.name!r} of table {ctx.dataset.rsplit('.', 1)[-1]!r}, a sign-up form "
        f"that keeps how to reach who signed up (column {ctx.siblings[reach]!r}): their name"
    )
    return [view.hit("PERSON_NAME", 0.6, reason)]


def _located(view: FieldView) -> list[SignalHit]:
    """A person's ``location`` (``home_location``) whose sampled values are towns: where the
    person lives or works, a city; not beside an event of the row (a ``tournament``), whose
    town it is."""
    tokens, table = view.tokens, view.table
    if (
        view.kind not in {"text", ""}
        or len(tokens) > 2
        or not set(tokens[:-1]) <= _OWN_PLACE | view.words.PEOPLE
        or not (table.head in view.words.PEOPLE or "people" in table.context)
        or any(h.entity == "CITY" and h.score >= 0.5 for h in view.hits)
        or any(set(view.tokenize(s)) & _EVENTS for s in view.ctx.siblings)
        or not place_names(view.ctx.samples)
    ):
        return []
    reason = (
        f"column name {view.ctx.name!r} is a person's location in a table of people and its "
        "sampled values are towns: where the person lives or works"
    )
    return [view.hit("CITY", 0.55, reason)]


def _auth_uid(view: FieldView) -> list[SignalHit]:
    """A text ``uid`` of a table of an authentication system's logins (``sso_users``,
    ``auth_accounts``) beside a person's e-mail or name: the person's id there."""
    ctx = view.ctx
    if view.kind not in {"text", ""} or any(
        h.entity == "USERNAME" and h.score >= 0.5 for h in view.hits
    ):
        return []
    table = [singular(w) for w in _table_words(view)]
    if not table or table[-1] not in _LOGIN_HEADS or not set(table) & _AUTH_WORDS:
        return []
    siblings = [view.tokenize(s) for s in ctx.siblings if s != ctx.name]
    if not person_fields(siblings) and not any(s in _SIGNER_NAMES for s in siblings):
        return []
    reason = (
        f"column name {ctx.name!r} is a person's id at the authentication system table "
        f"{ctx.dataset.rsplit('.', 1)[-1]!r} keeps the logins of, beside their e-mail or name: "
        "the account's login there"
    )
    return [view.hit("USERNAME", 0.6, reason)]
