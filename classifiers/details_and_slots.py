"""A person's details in a table of their own, and the name rule ``pages_and_address_parts``.

A table named ``<person>_<kind>_details``, perhaps after an application's prefix, whose columns
hold a key to that person (``staff_pay_details`` with ``staff_id``; ``cl_member_personal_info``
with ``mpi_member_id`` once the prefix its columns share is cut off) holds more of that person's
row (:func:`details_person`, asked by ``people.py`` and ``names.py``).

The name rule :func:`pages_and_address_parts` reads, mostly in a table of people: a column glued
after its table's abbreviation (``lremail`` in ``listeners``), a person's pages and chat handles
elsewhere (``github_url``, ``irc_nick``), an address's parts below the street beside a real street
line (``landmark``, ``taluk``; a landmark beside the person's own city and postal code too), a
passport's issuing country, a name in another script (``native_name``), a switch for when to
mail a person (``notify_on_reply``, no free text) and an organisation's name among its staff
(``airline_staff.airline_name``, no person's).
:func:`home_building` tells a resident's ``building_number`` from an office's.

>>> details_person(("app", "member", "personal", "info"), (("mpi", "member", "id"),
...     ("mpi", "height"), ("mpi", "status")))
'member'
>>> details_person(("customer", "order", "details"), (("cod", "customer", "id"),
...     ("cod", "qty"), ("cod", "price"))) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .base import SignalHit
from .name_tokens import abbreviates, singular, table_prefix, unprefixed
from .name_view import FieldView
from .name_words import RECORD_THINGS, NameWords
from .organisations import (
    ORGANISATION_TABLES,
    PLACE_TABLES,
    PROVIDER_RECORDS,
    SALES_RECORDS,
    owned_by_organisation,
)

#: Last words of a table holding more of a person's details (``user_personal_info``).
DETAILS = frozenset({"information", "info", "detail", "details"})
#: Words that may come between the person and ``details`` behind an application's prefix: a kind
#: of the person's own details (``cl_member_family_details``, ``app_member_educational_info``).
DETAIL_KINDS = frozenset({
    "personal", "private", "restricted", "family", "educational", "education", "academic",
    "professional", "career", "employment", "work", "contact", "communication", "basic",
    "additional", "extra", "other", "general", "physical", "background", "bio", "profile",
})  # fmt: skip
#: Words between a person and ``details`` that make the table about something of theirs, not
#: more of the person (``customer_order_details``, ``user_device_info``).
NOT_A_PERSONS_DETAIL = (
    RECORD_THINGS
    | PROVIDER_RECORDS
    | ORGANISATION_TABLES
    | SALES_RECORDS
    | PLACE_TABLES
    | NameWords.ADDRESS_TABLES
)
#: The longest application prefix before the person's word (``cl_``, ``wp_``, ``app_``).
_APP_PREFIX = 3


def details_person(table: Sequence[str], columns: Sequence[Sequence[str]]) -> str | None:
    """The people word of a table holding more of one person's details, or None: the table's
    words are a people word (perhaps after a short application prefix), no thing, record,
    organisation or other person (only :data:`DETAIL_KINDS` behind a prefix), and a details word
    last; a column is a key to that person once the prefix the columns share is cut off
    (``staff_pay_details`` with ``staff_id``; ``mpi_member_id`` beside ``mpi_weight``)."""
    words = [singular(w) for w in table]
    while words and words[0] in NameWords.TABLE_FILLER - DETAILS:
        words.pop(0)  # ``tbl_``, ``master_``
    if len(words) < 2 or words[-1] not in DETAILS:
        return None
    start = 0
    if words[0] not in NameWords.PEOPLE:
        if len(words) < 3 or len(words[0]) > _APP_PREFIX or words[1] not in NameWords.PEOPLE:
            return None
        start = 1
    person = words[start]
    between = [w for w in words[start + 1 :] if w not in DETAILS]
    if any(w in NOT_A_PERSONS_DETAIL or (w in NameWords.PEOPLE and w != person) for w in between):
        return None
    if start and not set(between) <= DETAIL_KINDS:
        return None
    prefix = table_prefix(columns)
    for column in columns:
        if tuple(singular(w) for w in unprefixed(column, prefix)) in {(person, "id"), (person,)}:
            return person
    return None


# -- the name rule: glued prefixes, pages and handles, address parts, a passport's country --------

#: A column glued after its table's abbreviation: the prefix's length, and the share of the
#: table's columns (of at least four) that must carry it (``nsemail``, ``nsphone``, ``nsid``).
_GLUED_PREFIX = (2, 3)
_GLUED_MIN_COLUMNS = 4
#: The shortest table word glued whole before its columns (``agentscity`` in ``agents``).
_GLUED_WORD = 4
#: Siblings, read without the table's glued word, that tell a table of people by a person's own
#: identity: a part of a person's name or a national number. A thing's ``name``, a ``sex``, an
#: ``age`` or a ``dob`` (an animal's as often), an ``email`` or a ``phone`` (a firm's) are none.
_GLUED_PERSON_ANCHORS = frozenset({
    "firstname", "lastname", "surname", "fullname", "givenname", "familyname", "middlename",
    "forename", "forenames", "fname", "lname", "ssn", "nin", "passport", "nationalid",
})  # fmt: skip
#: Table words, singular, whose glued columns are a person's without such an anchor: people
#: words with no common machine's, thing's or firm's sense (not ``agent``, ``guest``,
#: ``client``, ``worker``, ``runner``, ``driver``, ``tenant``, ``broker``, ``owner``,
#: ``player``, ``buyer``, ``lender``, ``investor``, ``group``, ``band``, ``subject``).
_GLUED_PEOPLE_WORDS = frozenset({
    "customer", "cust", "patient", "employee", "student", "pupil", "member", "participant",
    "subscriber", "passenger", "applicant", "candidate", "volunteer", "donor", "resident",
    "beneficiary", "teacher", "person", "people", "staff", "attendee", "patron", "traveller",
    "traveler", "visitor", "shopper", "parent", "guardian", "spouse", "athlete", "nurse",
    "physician", "doctor", "dancer", "singer", "musician", "performer", "umpire", "referee",
    "rider", "voter", "citizen", "inmate", "borrower",
})  # fmt: skip
#: Table words, singular, of accounts people sign in to: glued before an e-mail and a
#: password (``usersemail``, ``userspwd``), their columns are a person's (:func:`_glued_logins`).
_GLUED_LOGIN_HOLDERS = frozenset({"user", "account"})
_GLUED_MAIL = frozenset({"email", "mail", "emailaddress"})
_GLUED_PASSWORDS = frozenset({"pwd", "password", "passwd", "pass", "passwordhash"})
#: Words before ``url``, ``link``, ``page`` or ``feed`` that make it a person's page elsewhere in a
#: table of people (``forum_profile_url``, ``blog_rss``), beside the social networks.
_PAGE_OWNERS = frozenset({"profile", "blog", "personal", "homepage"})
_PAGE_TAILS = frozenset({"url", "uri", "link", "page", "feed", "rss"})
#: Chat networks where a person has a nickname or an address (``irc_nick``, ``xmpp_address``).
MESSENGERS = frozenset({"irc", "jabber", "xmpp", "icq", "whatsapp", "viber", "gtalk", "msn", "yim"})
#: Instant messengers whose name is no other word: alone, in a table of people, a handle
#: (``icq``, ``user_icq`` as old forums keep it).
_BARE_MESSENGERS = frozenset({"icq", "jabber", "xmpp", "gtalk"})
#: Words before a network that make the column a chat handle there (``chat_aim``, ``im_skype``);
#: AOL's ``aim`` and ``yahoo`` are one only so (an aim is a goal, Yahoo a mailbox as often).
_CHAT_HEADS = frozenset({"chat", "im", "messenger"})
_CHAT_NETWORKS = MESSENGERS | {"aim", "yahoo", "skype", "hangouts"}
_HANDLE_TAILS = frozenset({"name", "nick", "nickname", "handle", "id", "account", "address"})
#: Values of a switch or a status kept under a network's name (``xmpp`` holding ``enabled``).
_SWITCH_STATES = frozenset({"enabled", "disabled", "active", "inactive", "opted_in", "opted_out"})
#: Parts of an address below the street, as Indian and other addresses write them: a landmark
#: to find the house by, its plot, the area or locality, and the sub-district (mandal, taluk).
#: A bare ``area`` is left out: a department's, a region's, a body's area as often. The
#: complement (Brazilian, Portuguese and French addresses' line for a flat, a unit or a floor)
#: counts only below a street line, as every part here does: a strand's or a set's complement has
#: no street beside it.
_ADDRESS_PARTS = {
    ("landmark",): "a landmark of the address",
    ("land", "mark"): "a landmark of the address",
    ("plot", "no"): "the plot's number",
    ("plot", "number"): "the plot's number",
    ("area", "name"): "the area of the address",
    ("location", "area", "name"): "the area of the address",
    ("mandal",): "the sub-district (mandal) of the address",
    ("taluk",): "the sub-district (taluk) of the address",
    ("taluka",): "the sub-district (taluka) of the address",
    ("tehsil",): "the sub-district (tehsil) of the address",
    ("barangay",): "the barangay (a Philippine village or ward) of the address",
    ("brgy",): "the barangay (a Philippine village or ward) of the address",
    ("complement",): "the complement of the address (a flat, a unit, a floor)",
    ("complemento",): "the complement of the address (a flat, a unit, a floor)",
}
_COMPLEMENTS = frozenset({("complement",), ("complemento",)})
#: A complement's unit line: a flat, a block, a house, a room, a floor or a unit, in Portuguese,
#: French or English (``Apto 12``, ``Bât. C``, ``Suite 4``), or a short number (``3B``, ``#12``).
_UNIT_LINE = re.compile(
    r"(?i)(?:ap(?:to?|artamento|partement|artment)?|bl(?:oco?|ock)?|casa|sala|loja|lote|quadra"
    r"|qd|andar|fundos|conj(?:unto)?|b[aâ]t(?:iment)?|[eé]tage|escalier|porte|floor|fl|unit"
    r"|suite|ste|flat|room|rm)\b\.?"
    r"|#?\s*\d{1,5}\s*[A-Za-z]?\Z|[A-Za-z]\s*\d{1,4}\Z"
)
#: A sibling that is a line of a home's street address (``street``, ``house_no``,
#: ``present_address``, ``address_line1``, ``address1``, ``billing_address_1``,
#: ``street_address``: the tokenizer splits a line's digit off, ``address``, ``1``); an
#: ``email_address`` or ``ip_address`` is none.
_STREET_LINES = re.compile(
    r"(?:(?:present|permanent|home|residential|postal|billing|shipping|mailing)_)?"
    r"(?:street(?:_(?:no|number|name|address))?|house_(?:no|number|name)"
    r"|address(?:_(?:line_)?\d)?)"
)
#: Last words of a sibling that is a person's city and postal code: below them, a landmark
#: completes an address kept with no street line (``cust_city``, ``cust_pincode``).
_CITY_WORDS = frozenset({("city",), ("town",)})
_POSTCODE_WORDS = frozenset({
    ("pincode",), ("postcode",), ("zipcode",), ("zip",), ("postal", "code"), ("post", "code"),
    ("zip", "code"), ("pin", "code"),
})  # fmt: skip
#: A landmark, the one part of an address a city and a postal code complete without a street.
_LANDMARKS = frozenset({("landmark",), ("land", "mark")})
#: Words before a city or a postal code that make them the person's own address, besides none,
#: the column's own, the table's head and its abbreviation (``home_city``, ``cust_pincode``);
#: a venue's, a depot's, an office's or a club's city is not the person's.
_OWN_ADDRESS_LEADS = frozenset({
    "home", "residential", "residence", "permanent", "present", "current", "postal", "billing",
    "shipping", "mailing",
})  # fmt: skip
#: A passport's issuing country or nationality (``passport_country``, ``passport_issuing_country``).
_PASSPORT_COUNTRY = re.compile(r"passport_(?:issu(?:e|ing|ed)_(?:by_)?)?(?:country|nationality)")
#: A person's name in another script or language (``local_name``, ``native_name``).
_OTHER_NAMES = frozenset({("local", "name"), ("native", "name"), ("name", "local"),
                          ("name", "native")})  # fmt: skip
#: First words of a switch deciding when to mail a person (``send_mail_on_reply``).
_NOTIFY = frozenset({"receive", "notify", "notification", "send", "email", "mail", "alert"})
_WHEN_WORDS = frozenset({"on", "when", "for", "after"})
_BOOLEAN_WORDS = frozenset({
    "true", "false", "t", "f", "yes", "no", "y", "n", "0", "1", "on", "off",
})  # fmt: skip
#: Organisations that are also a person's partner: ``partner_name`` stays a person's.
_PERSONAL_ORGANISATIONS = frozenset({"partner"})
#: Words after ``building`` that make it a line of a person's address.
_BUILDING_PARTS = frozenset({"number", "no", "nr", "num", "name"})
#: Table words of people who live in the building a ``building_number`` names (not who work in
#: it, as staff do in an office's).
_RESIDENTS = frozenset({"tenant", "resident", "household", "occupant", "lodger", "boarder"})


@lru_cache(maxsize=4096)
def glued_prefix(siblings: tuple[str, ...], table: tuple[str, ...]) -> str | None:
    """The two or three letters glued before most of a table's column names that abbreviate its
    name (``lr`` of ``lrid``, ``lremail``, ``lrstatus`` in ``listeners``; the initials ``ns``
    of ``news_signups``), or the table's last word itself, plural or singular, so glued
    (``agents`` of ``agentskey``, ``agentscity``, ``agentszip`` in ``agents``), or None.

    >>> glued_prefix(("lrid", "lremail", "lrstatus", "lrcreated"), ("app", "listeners"))
    'lr'
    >>> glued_prefix(("agentskey", "agentscity", "agentszip", "agentsphone"), ("agents",))
    'agents'
    >>> glued_prefix(("stock", "store", "status", "stamp"), ("stores",)) is None
    True
    """
    names = [s.lower() for s in siblings]
    if len(names) < _GLUED_MIN_COLUMNS:
        return None
    if table and (word := _glued_word(names, table[-1])) is not None:
        return word
    initials = "".join(w[0] for w in table if w) if len(table) >= 2 else ""
    for size in _GLUED_PREFIX:
        prefix = names[0][:size]
        if not prefix.isalpha():
            continue
        glued = [n for n in names if n.startswith(prefix) and n[size:].isalpha()]
        if len(glued) * 5 < len(names) * 4:
            continue
        if len(initials) >= size and initials.endswith(prefix):
            return prefix  # ``ns`` of ``news_signups``
        if table and abbreviates(prefix, table[-1]) and not table[-1].startswith(prefix):
            return prefix  # ``lr`` of ``listeners``; ``st`` of ``stores`` is a word's start
    return None


def _glued_word(names: list[str], word: str) -> str | None:
    """The table's word, plural or singular, when it is glued before four in five of the
    columns' names, each followed by letters only (a word's start is no prefix: ``store`` of
    ``storey``, glued before one column, is not)."""
    forms = [f for f in dict.fromkeys((word, singular(word))) if len(f) >= _GLUED_WORD]
    glued = {f: [n for n in names if n.startswith(f) and n[len(f) :].isalpha()] for f in forms}
    if forms and len(glued[forms[0]]) * 5 >= len(names) * 4:
        return forms[0]
    if len(forms) == 2:
        # the plural before most columns and the singular before the rest (``usersname``,
        # ``usersemail``, ``userspwd`` beside ``userid``): the plural, which most carry
        plural, one = forms
        either = set(glued[plural]) | set(glued[one])
        if len(glued[plural]) * 2 > len(names) and len(either) * 5 >= len(names) * 4:
            return plural
        if len(glued[one]) * 5 >= len(names) * 4:
            return one
    return None


def _glued_column(view: FieldView) -> list[SignalHit]:
    """What a column glued after its table's abbreviation or its table's word says without it
    (``lremail`` of ``listeners``: ``email``); with a whole word glued, its siblings are read
    without it too (``agentsssn`` as ``ssn`` tells a table of people), and only a table of people
    is so read: a sibling that is a part of a person's name or a national number, or a people
    word as the table's (a ``restaurantsphone`` or an ``agentsip`` of machines says nothing)."""
    ctx = view.ctx
    if len(view.tokens) != 1 or not ctx.name.isalpha():
        return []
    prefix = glued_prefix(ctx.siblings, view.table_words)
    if prefix is None or not ctx.name.lower().startswith(prefix):
        return []
    rest = ctx.name[len(prefix) :]
    what, siblings = "the table's abbreviation", None
    if len(prefix) >= _GLUED_WORD:
        what = "the table's word"
        siblings = tuple(_unglued(s, prefix) for s in ctx.siblings)
        anchored = {s.lower() for s in siblings} & _GLUED_PERSON_ANCHORS
        if (
            not anchored
            and singular(prefix) not in _GLUED_PEOPLE_WORDS
            and not _glued_logins(prefix, siblings)
        ):
            return []
    why = f"column name {ctx.name!r} is {rest!r} after {what} {prefix!r} glued before every column"
    return view.as_named(rest, why, siblings)


def _glued_logins(prefix: str, siblings: tuple[str, ...]) -> bool:
    """Whether a table of users or accounts, its word glued before its columns, keeps what a
    person signs in with: an e-mail and a password (``usersemail``, ``userspwd``), the
    accounts of people; an ``agents`` or a ``servers`` table of machines keeps no e-mail.

    >>> _glued_logins("users", ("userid", "name", "email", "pwd"))
    True
    >>> _glued_logins("users", ("userid", "name", "token"))
    False
    """
    names = {s.lower() for s in siblings}
    return singular(prefix) in _GLUED_LOGIN_HOLDERS and bool(
        names & _GLUED_MAIL and names & _GLUED_PASSWORDS
    )


def _unglued(name: str, prefix: str) -> str:
    """A sibling's name without the table's word glued before it (``agentsssn``: ``ssn``).

    >>> _unglued("agentsssn", "agents"), _unglued("agents_id", "agents")
    ('ssn', 'agents_id')
    """
    rest = name[len(prefix) :]
    return rest if name.lower().startswith(prefix) and rest.isalpha() else name


#: First words of a person's own page glued before its tail (``weburl``, ``vanityurl``: the
#: short address a site gives a person's profile).
_GLUED_OWNERS = frozenset({"web", "vanity", "homepage", "personal"}) | _PAGE_OWNERS


def _glued_page(word: str) -> str | None:
    """OTHER_PERSONAL_DATA for a person's page glued as one word, a page's owner then its
    tail (``weburl``, ``vanityurl``), or None; not a network's (``facebooklink``: a site's
    settings keep their own page there as often).

    >>> _glued_page("weburl"), _glued_page("imageurl"), _glued_page("facebooklink")
    ('OTHER_PERSONAL_DATA', None, None)
    """
    for tail in _PAGE_TAILS:
        head = word.removesuffix(tail)
        if head != word and head in _GLUED_OWNERS:
            return "OTHER_PERSONAL_DATA"
    return None


def _page_or_handle(tokens: tuple[str, ...], networks: frozenset[str]) -> str | None:
    """The entity of a person's page or chat handle elsewhere, by the column's words: a page
    (``github_url``, ``forum_profile_url``, ``blog_rss``) or a handle (``irc_nick``,
    ``xmpp_address``, ``chat_aim``, a bare ``icq``), or None; an organisation's page
    (``company_linkedin_url``) is none.

    >>> _page_or_handle(("forum", "profile", "url"), frozenset()), _page_or_handle(
    ...     ("irc", "nick"), frozenset())
    ('OTHER_PERSONAL_DATA', 'USERNAME')
    >>> _page_or_handle(("chat", "aim"), frozenset()), _page_or_handle(("aim",), frozenset())
    ('USERNAME', None)
    >>> _page_or_handle(("callback", "url"), frozenset()), _page_or_handle(
    ...     ("company", "blog", "url"), frozenset())
    (None, None)
    """
    if (
        len(tokens) >= 2
        and tokens[-1] in _PAGE_TAILS
        and set(tokens[:-1]) & (_PAGE_OWNERS | networks)
        and not {singular(w) for w in tokens[:-1]} & ORGANISATION_TABLES
        and not owned_by_organisation(tokens)
    ):
        return "OTHER_PERSONAL_DATA"
    if len(tokens) == 1 and (glued := _glued_page(tokens[0])):
        return glued  # ``weburl``, ``vanityurl``, ``facebooklink``: glued as one word
    if len(tokens) == 2 and tokens[0] in MESSENGERS and tokens[1] in _HANDLE_TAILS:
        return "USERNAME"
    if len(tokens) == 2 and tokens[0] in _CHAT_HEADS and tokens[1] in _CHAT_NETWORKS:
        return "USERNAME"  # ``chat_icq``, ``im_gtalk``
    if len(tokens) == 1 and tokens[0] in _BARE_MESSENGERS:
        return "USERNAME"
    return None


def street_line(view: FieldView, lead: tuple[str, ...] = ()) -> bool:
    """Whether a sibling of the column is a line of a home's street address, perhaps after the
    same lead as the column's (``profile_house_no`` beside ``profile_land_mark``)."""
    for sibling in view.ctx.siblings:
        words = view.tokenize(sibling)
        if sibling == view.ctx.name:
            continue
        if lead and words[: len(lead)] == lead:
            words = words[len(lead) :]
        if _STREET_LINES.fullmatch("_".join(words)):
            return True
    return False


def _city_and_postcode(view: FieldView, lead: tuple[str, ...]) -> bool:
    """Whether the column's siblings hold the person's city (or town) and postal code by their
    last words (``city``, ``cust_pincode``), as a landmark completes an address when no street
    line is kept: with nothing before them, or the column's own ``lead``, the table's head or
    its abbreviation, or it behind a letter (``gcustomer_city``), or a home's word; not a
    ``venue_city`` or an ``office_postcode``, another place's."""
    found: set[tuple[str, ...]] = set()
    for sibling in view.ctx.siblings:
        words = view.tokenize(sibling)
        if sibling == view.ctx.name:
            continue
        for n in (1, 2):
            if len(words) >= n and _own_lead(view, words[:-n], lead):
                found.add(words[-n:])
    return bool(found & _CITY_WORDS) and bool(found & _POSTCODE_WORDS)


def _own_lead(view: FieldView, words: tuple[str, ...], lead: tuple[str, ...]) -> bool:
    """Whether words before a sibling's city or postal code leave them the row's person's."""
    if not words or words == lead:
        return True
    if len(words) > 1:
        return False
    head, word = view.table.head, words[0]
    return word == head or abbreviates(word, head) or word[1:] == head or word in _OWN_ADDRESS_LEADS


def _unit_lines(samples: Sequence[object]) -> bool:
    """Whether every sampled value (one at least) reads as the unit line of an address: a flat,
    a block, a room or a floor (``Apto 12``, ``Bloco B``, ``3B``), not a pay supplement or a lab
    result kept in a column also called ``complemento``.

    >>> _unit_lines(["Apto 12", "Bloco B, sala 3", "3B"]), _unit_lines(["C3 0.9 g/L", "Apt 2"])
    (True, False)
    """
    values = [str(v).strip() for v in samples if str(v).strip()]
    return bool(values) and all(_UNIT_LINE.match(v) for v in values)


def _address_part(view: FieldView) -> str | None:
    """What part of an address below the street a column is (a landmark, a plot, an area's
    name, a sub-district), beside a line of a home's street address (a landmark beside the
    person's own city and postal code too); or None. A complement counts only when its values
    read as unit lines."""
    core = view.core(view.tokens)
    part = view.tokens[core:]
    what = _ADDRESS_PARTS.get(part)
    if what is None:
        return None
    if not street_line(view, view.tokens[:core]) and (
        part not in _LANDMARKS or not _city_and_postcode(view, view.tokens[:core])
    ):
        return None
    return what if part not in _COMPLEMENTS or _unit_lines(view.ctx.samples) else None


def below_street(words: tuple[str, ...]) -> str | None:
    """What part of an address below the street a column's words name (a landmark, a plot, a
    sub-district such as a barangay or a taluk), or None; a complement is left out, as its
    values must read as unit lines.

    >>> below_street(("brgy",)), below_street(("complement",)), below_street(("street",))
    ('the barangay (a Philippine village or ward) of the address', None, None)
    """
    return None if words in _COMPLEMENTS else _ADDRESS_PARTS.get(words)


def _notification_switch(view: FieldView) -> bool:
    """Whether a column is a switch for when to mail a person (``send_mail_on_reply``,
    ``notify_on_follow``): its first word notifies, a when-word follows, and its sampled values
    are all flags (one at least)."""
    tokens = view.tokens
    if len(tokens) < 3 or tokens[0] not in _NOTIFY or not set(tokens[1:]) & _WHEN_WORDS:
        return False
    values = {str(v).strip().lower() for v in view.ctx.samples}
    return bool(values) and values <= _BOOLEAN_WORDS


def switch_values(samples: Sequence[object]) -> bool:
    """Whether a column's sampled values are a switch's or a status's, no handle: half of them
    or more are flags (``on``, ``1``), states (``enabled``) or words with a space between.

    >>> switch_values(["enabled", "disabled"]), switch_values(["retired", "moved to Teams"])
    (True, True)
    >>> switch_values(["katb77", "kat@jabber.example.org"]), switch_values([])
    (False, False)
    """
    values = {str(v).strip().lower() for v in samples if v is not None and str(v).strip()}
    handles = [
        v for v in values if v not in _BOOLEAN_WORDS | _SWITCH_STATES and not re.search(r"\s", v)
    ]
    return bool(values) and len(handles) * 2 <= len(values)


def home_building(view: FieldView) -> bool:
    """Whether a column is the number or name of the building a person lives in
    (``tenants.building_no``): a line of the address in a table of residents or beside a street
    line, not an office building's where staff work."""
    tokens = view.tokens
    if len(tokens) != 2 or tokens[0] != "building" or tokens[1] not in _BUILDING_PARTS:
        return False
    table = {singular(w) for w in view.tokenize(view.table_name)}
    return bool(table & _RESIDENTS) or street_line(view)


def pages_and_address_parts(view: FieldView) -> list[SignalHit]:
    """A column glued after its table's abbreviation, a notification switch, and in a table of
    people an organisation's name (``airline_name``: no person's), a person's pages and chat
    handles, an address's parts below the street, a passport's country and a name in another
    script: the name signal's rule."""
    ctx, tokens, kind = view.ctx, view.tokens, view.kind
    if kind not in {"text", "date", ""} or not tokens:
        return []
    named = {h.entity for h in view.hits if h.score >= 0.5 and not h.veto}
    if not named and (glued := _glued_column(view)):
        return glued
    if _notification_switch(view):
        reason = f"column name {ctx.name!r} is a switch for when to mail a person: no free text"
        return [view.veto("FREE_TEXT", reason), view.veto("EMAIL_ADDRESS", reason)]
    if kind == "date" or "people" not in view.context(tokens):
        return []
    if (
        len(tokens) == 2
        and tokens[1] == "name"
        and singular(tokens[0]) in ORGANISATION_TABLES - _PERSONAL_ORGANISATIONS
        and "PERSON_NAME" in named
    ):
        reason = f"column name {ctx.name!r} names the {tokens[0]}, an organisation: no person"
        return [view.veto("PERSON_NAME", reason)]
    if named:
        return []
    core = tokens[view.core(tokens) :]
    entity = _page_or_handle(core, view.words.SOCIAL_NETWORKS)
    if entity == "USERNAME" and switch_values(ctx.samples):
        return []  # ``xmpp`` holding ``enabled``: a channel's switch, no one's handle
    if entity is not None:
        what = "page" if entity == "OTHER_PERSONAL_DATA" else "handle"
        reason = f"column name {ctx.name!r} is a person's {what} elsewhere, in a table of people"
        return [view.hit(entity, 0.6, reason)]
    if (part := _address_part(view)) is not None:
        reason = f"column name {ctx.name!r} is {part}, beside the street lines of an address"
        return [view.hit("STREET_ADDRESS", 0.6, reason)]
    if _PASSPORT_COUNTRY.fullmatch("_".join(core)):
        reason = (
            f"column name {ctx.name!r} is the country that issued a person's passport: "
            "their nationality"
        )
        return [view.hit("DEMOGRAPHIC", 0.6, reason)]
    if core in _OTHER_NAMES:
        reason = f"column name {ctx.name!r} is a person's name in another script or language"
        return [view.hit("PERSON_NAME", 0.6, reason)]
    return []
