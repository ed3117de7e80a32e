"""The name signal's late rules: a user's id kept as a login name (also a role's id beside that
role's password: ``donor_id`` and ``donor_password``), a person's location written in words
beside their name and e-mail, a code that is no phone number, a region of nobody's addresses or
holding workflow states, and a web page's name on a column that holds none.

Each reads one :class:`~classifiers.name_view.FieldView`
(:data:`~classifiers.name_rules.NAME_RULES` runs them in this order, near the end; only
:mod:`~classifiers.lookup_numbers` comes after them).

>>> login_names(("admin", "j.doe", "mlee42")), login_names(("admin", "a3f9c2e1"))
(3, 0)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import SignalHit
from .fixtures_and_accounts import distinct_texts
from .name_patterns import WEB_PAGE
from .name_tokens import singular
from .name_view import PASSWORD_WORDS, FieldView, person_key_column
from .name_words import REAL_NAMES
from .organisations import names_a_holder
from .people import named_for_people, table_heads
from .row_people import bare_reach
from .states import workflow_states

#: Names of a user's id: kept as text with login names in it (``admin``, ``j.doe``), a user name.
_USER_IDS = frozenset({("user", "id"), ("usr", "id"), ("userid",)})
#: A login name: letters first (three at least, dots, dashes or underscores between), up to four
#: digits at the end; no number, code, hash or UUID is one.
_LOGIN = re.compile(r"[A-Za-z][A-Za-z._-]{2,31}\d{0,4}")
#: A key written for people to read: words and a zero-padded serial of three digits or more
#: after a dash or an underscore (``dev-admin-001``, ``staff_0042``), as a seed or a generator
#: numbers its rows (a person's ``neo-01`` or ``jsmith_01`` is a login);
#: when every value ends so, the column keys rows and names no login (round 59).
_SERIAL = re.compile(r".*[-_]0\d{2,5}")


def login_names(samples: Sequence[object]) -> int:
    """How many distinct sampled values are login names, or 0 unless all of them are.

    >>> login_names(("usr_8f3k2",)), login_names(())
    (0, 0)
    >>> login_names(("ops-admin-001", "ops-coach-002")), login_names(("mlee-2", "jdoe-007"))
    (0, 2)
    """
    values = {str(v).strip() for v in samples if v is not None and str(v).strip()}
    if not values or not all(_LOGIN.fullmatch(v) for v in values):
        return 0
    if all(_SERIAL.fullmatch(v) for v in values):
        return 0  # ``dev-admin-001``: a seed's readable key, numbered
    return len(values)


#: Roles people log in as (``donor_id`` beside ``donor_password``); not the people words a
#: program or a machine also takes (an agent, a client, a sender, a subscriber, a driver).
_LOGIN_ROLES = frozenset({
    "user", "admin", "administrator", "member", "donor", "customer", "student", "staff",
    "employee", "teacher", "tutor", "patient", "volunteer", "author", "editor", "player",
    "manager", "parent",
})  # fmt: skip


def _role_login(view: FieldView) -> str:
    """The password sibling that makes a text ``<role>_id`` that role's login, or "": the role
    is the table's rows and one people log in as (``donor_table.donor_id``, ``admins.admin_id``;
    not a router's ``admin_id``) beside the same role's password (``donor_password``), as a login
    form keeps the pair. A CI agent's or an OAuth client's id and password are a machine's;
    another role's password says nothing of this id."""
    tokens = view.tokens
    if len(tokens) != 2 or tokens[1] != "id" or (role := singular(tokens[0])) not in _LOGIN_ROLES:
        return ""
    heads = table_heads(view.ctx.dataset)
    if not heads or heads[-1] != role:
        return ""
    for sibling in view.ctx.siblings:
        words = view.tokenize(sibling)
        if len(words) == 2 and words[0] == tokens[0] and words[1] in PASSWORD_WORDS:
            return sibling
    return ""


def user_id_login(view: FieldView) -> list[SignalHit]:
    """A user name for a text ``user_id`` whose sampled values are all login names, or for a
    role's text id beside that role's password (``donor_id``, ``donor_password``) whose sampled
    values are all login names, one with a lower-case letter at least (``MBR1234`` is a code)."""
    ctx = view.ctx
    if view.kind != "text":
        return []
    if view.tokens in _USER_IDS and (login := login_names(ctx.samples)):
        reason = (
            f"text column {ctx.name!r} keeps the user's id as a login name ({login} sampled "
            "values are words, not numbers or codes)"
        )
        return [view.hit("USERNAME", 0.6, reason)]
    if (
        (password := _role_login(view))
        and (login := login_names(ctx.samples))
        and any(not v.isupper() for v in distinct_texts(ctx.samples))
    ):
        reason = (
            f"text column {ctx.name!r} is the login of the password {password!r} beside it "
            f"({login} sampled values are words, not numbers or codes)"
        )
        return [view.hit("USERNAME", 0.6, reason)]
    return []


#: Names of a person's location (``location``, ``home_location``): where they are, in words.
_LOCATIONS = frozenset({("location",), ("home", "location"), ("current", "location")})
#: A person's name column with no role before it (``name``, ``fullname``, ``first_name``).
_PERSONS_NAMES = REAL_NAMES | {("name",)}
#: Table words of what takes place somewhere, or is somewhere (an event, a booking, a job, a
#: shift, a delivery, a stock item): their ``location`` is where, not where a person lives. (A
#: table named for a place or an organisation is no one's: ``people.named_for_people``.)
_HAPPENINGS = frozenset({
    "event", "session", "meeting", "booking", "reservation", "appointment", "class", "course",
    "lesson", "shift", "job", "vacancy", "posting", "trip", "tour", "visit", "delivery",
    "shipment", "pickup", "match", "game", "fixture", "tournament", "race", "exam", "asset",
    "device", "stock", "inventory", "item", "sensor", "ping",
})  # fmt: skip
#: Words of a room, a site or no place (``Room 4B``, ``Main hall``, ``Online``): a value with one
#: is where something happens, not where a person is.
_SITE_WORDS = frozenset({
    "room", "hall", "floor", "building", "office", "desk", "online", "remote", "virtual",
    "annex", "annexe", "wing", "block", "lab", "shelf", "aisle", "bay", "gate", "zone", "suite",
    "hybrid", "tbd", "tba", "n/a", "none", "unknown",
})  # fmt: skip


def _places_in_words(samples: Sequence[object]) -> bool:
    """Whether every distinct sampled value is a place written in words (a locality, a town,
    ``Hill Road, Bramby``): no digit (a room's or a bin's number, coordinates), no ``@`` or
    ``://``, no word of a room, a site or no place; nothing sampled is no place.

    >>> _places_in_words(("Hill Road, Bramby", "Oakton")), _places_in_words(("Room 4B",))
    (True, False)
    >>> _places_in_words(("Main hall", "Online")), _places_in_words(())
    (False, False)
    """
    values = distinct_texts(samples)
    if not values:
        return False
    for v in values:
        if any(ch.isdigit() for ch in v) or "@" in v or "://" in v:
            return False
        if set(re.split(r"[\s,.;()-]+", v.lower())) & _SITE_WORDS:
            return False
    return True


#: A coordinate's column (``latitude``, ``lng``, a glued ``citylat``).
_COORDINATE = re.compile(r"(?i).*(?:lat|latitude|lng|lon|longitude)")


def _geocoded(view: FieldView, columns: Sequence[tuple[str, tuple[str, ...]]]) -> str | None:
    """The sibling that keeps the latitude of a location the row's form geocoded (a
    ``latitude``, a ``citylat``) when a longitude is kept too, in a table about people; or
    None."""
    if "people" not in view.context(view.tokens):
        return None
    found = [s for s, w in columns if _COORDINATE.fullmatch("_".join(w))]
    return found[0] if len(found) >= 2 else None


def _no_site(samples: Sequence[object]) -> bool:
    """Whether no sampled value is a link, an e-mail, a number alone or a room's or a site's
    word (nothing sampled is none): a place where the person is, as a geocoded form keeps it.

    >>> _no_site(("Hill Road, Bramby", "Oakton")), _no_site(("Room 4B",)), _no_site(())
    (True, False, True)
    """
    for v in distinct_texts(samples):
        if "@" in v or "://" in v or v.replace(".", "").replace("-", "").strip().isdigit():
            return False
        if set(re.split(r"[\s,.;()-]+", v.lower())) & _SITE_WORDS:
            return False
    return True


def person_location(view: FieldView) -> list[SignalHit]:
    """A city for a text ``location`` in a table whose name says its rows are people
    (``donors``, sign-ups, ``health_donations``: :func:`~classifiers.people.named_for_people`)
    and whose row names the person (``name``, ``fullname``) and how to reach them (a bare
    ``email`` or ``phone``), when every sampled value is a place in words: where the person is,
    as a sign-up or a donor's form asks it. An e-mail and a phone alone do not make a table's
    rows people (an exhibition's, a brewery's, a project's); an event's, a booking's, a job's or
    a stock item's location is where it takes place or is kept; a room, a code or coordinates
    are no town. Beside the coordinates a form geocoded it to (``citylat``, ``citylng``), in a
    table about people, the location is where the person is whatever the table's name."""
    ctx = view.ctx
    if view.kind != "text" or view.tokens not in _LOCATIONS:
        return []
    if any(h.entity in {"CITY", "STREET_ADDRESS"} for h in view.hits):
        return []
    if {singular(w) for w in view.table.tokens} & _HAPPENINGS:
        return []
    columns = [(s, view.tokenize(s)) for s in ctx.siblings if s != ctx.name]
    name = next((s for s, w in columns if w in _PERSONS_NAMES), "")
    reach = next((s for s, w in columns if bare_reach(w)), "")
    if not name or not reach or view.organisation(ctx, view.table) is not None:
        return []
    coordinates = _geocoded(view, columns)
    if coordinates and _no_site(ctx.samples):
        reason = (
            f"column name {ctx.name!r} says where the person is, beside the coordinates it was "
            f"placed at ({coordinates!r}), and the row names them ({name!r}) and how to reach "
            f"them ({reach!r}) in a table about people"
        )
        return [view.hit("CITY", 0.6, reason)]
    if not _places_in_words(ctx.samples) or (people := named_for_people(ctx)) is None:
        return []
    reason = (
        f"column name {ctx.name!r} says where the person is, its sampled values are places in "
        f"words (a locality, a town), and the row names them ({name!r}) and how to reach them "
        f"({reach!r}); {people}"
    )
    return [view.hit("CITY", 0.6, reason)]


#: Words of a phone number's parts (``area_code``, ``dial_code``): a code with one is a phone's.
_PHONE_CODES = frozenset({
    "phone", "telephone", "tel", "mobile", "cell", "fax", "dial", "dialing", "dialling", "calling",
    "area", "trunk", "prefix",
})  # fmt: skip


def code_no_phone(view: FieldView) -> list[SignalHit]:
    """A veto of a phone number for a column named a code (``country_code``), unless a word
    of a phone's parts (``area_code``, ``dial_code``) says it is a phone's."""
    tokens = view.tokens
    if tokens and tokens[-1] in {"code", "codes"} and not set(tokens) & _PHONE_CODES:
        reason = f"column name {view.ctx.name!r} is a code, not a phone number"
        return [view.veto("PHONE_NUMBER", reason)]
    return []


def _nobodys_addresses(view: FieldView) -> str:
    """Why a state or region is nobody's, or "": in a table of addresses (``addresses``,
    ``address``) with no person in it (no key to a person, no name, phone or e-mail, no
    people word), the addresses may be anyone's or a place's, and a state alone, coarse as
    it is, points at no one. The street, city and postcode are still reported."""
    ctx, table, words = view.ctx, view.table, view.words
    if table.head not in words.POSTAL_TABLES or table.tokens & words.PEOPLE:
        return ""
    if "people" in table.context or not ctx.siblings:
        return ""
    for name in ctx.siblings:
        column = view.tokenize(name)
        if (
            person_key_column(column, words.PEOPLE)
            or names_a_holder(column, words.PEOPLE)
            or set(column) & words.REACH
            or column in {("name",), ("names",)}
        ):
            return ""
    return (
        f"table {ctx.dataset.rsplit('.', 1)[-1]!r} lists addresses with no person in it (no "
        "key to one, no name, phone or e-mail): a state or region alone points at no one"
    )


def nobodys_region(view: FieldView) -> list[SignalHit]:
    """A veto of a region in a table of addresses with no person in it."""
    if any(h.entity == "REGION" and not h.veto for h in view.hits) and (
        why := _nobodys_addresses(view)
    ):
        return [view.veto("REGION", why)]
    return []


def workflow_region(view: FieldView) -> list[SignalHit]:
    """A veto of a region whose sampled values are workflow states (draft, sent, paid)."""
    ctx = view.ctx
    if any(h.entity == "REGION" and not h.veto for h in view.hits) and workflow_states(ctx.samples):
        reason = (
            f"values: the sampled values of {ctx.name!r} are workflow states (draft, sent, "
            "paid...): a record's state, not a region"
        )
        return [view.veto("REGION", reason)]
    return []


_WEB_PAGE = re.compile(WEB_PAGE)
#: Where a web address has its dots or slashes (``example.org``, ``https://...``).
_WEB_ADDRESS = re.compile(r"[./]")
#: A word of three letters or more: a value that says something (``dashboard``, ``Growth``).
_A_WORD = re.compile(r"[^\W\d_]{3}")


def _no_web_page(view: FieldView) -> str:
    """Why a column named for a web page (``website``, ``portfolio``) holds none, or "": a
    number, a key or a flag (a ``website`` foreign key to a sites table), or text whose sampled
    values have words and no dot or slash (a ``home_page`` setting, an investor's ``portfolio``
    style; placeholders such as ``-`` say nothing)."""
    ctx = view.ctx
    if not _WEB_PAGE.search("_".join(view.tokens)):
        return ""
    if view.kind != "text":
        return f"{ctx.data_type} column {ctx.name!r} holds no web address"
    texts = [v for v in ctx.samples if isinstance(v, str) and v.strip()]
    # Placeholders (a dash, an ``x``) say nothing either way; a word that is no address does.
    if any(_A_WORD.search(v) for v in texts) and not any(_WEB_ADDRESS.search(v) for v in texts):
        return f"values: no sampled value of {ctx.name!r} is a web address (no dot, no slash)"
    return ""


def no_web_page(view: FieldView) -> list[SignalHit]:
    """A veto of a web page for a column named for one that holds none."""
    if any(h.entity == "OTHER_PERSONAL_DATA" and not h.veto for h in view.hits) and (
        why := _no_web_page(view)
    ):
        return [view.veto("OTHER_PERSONAL_DATA", why)]
    return []
