"""A person's details kept in tables of their own behind an application's prefixes, and what the
prefixes hide: a table named ``<app>_<person>_<kind>_details`` whose columns all carry the table's
abbreviation (``cl_member_personal_info`` with ``mpi_member_id``, ``mpi_weight``) holds more of one
person's row, so its facts are that person's; a word after a prefix every column shares
(``mpi_weight``: ``weight``) is read without it.

>>> details_person(("app", "member", "personal", "info"), (("mpi", "member", "id"),
...     ("mpi", "height"), ("mpi", "status")))
'member'
>>> details_person(("customer", "order", "details"), (("cod", "customer", "id"),
...     ("cod", "qty"), ("cod", "price"))) is None
True
>>> unprefixed_words(("mpi", "height"), "mpi"), unprefixed_words(("mpi",), "mpi")
(('height',), ('mpi',))
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from .base import SignalHit
from .name_tokens import singular
from .name_view import FieldView
from .name_words import NameWords
from .organisations import ORGANISATION_TABLES
from .profiles_and_logs import table_prefix

#: Last words of a table holding more of a person's details (``user_personal_info``).
DETAILS = frozenset({"information", "info", "detail", "details"})
#: Words that may come between the person and ``details``: a kind of the person's own details
#: (``user_family_details``, ``member_educational_info``). Any other word (``order``,
#: ``device``, ``payment``) makes the table about something of theirs.
DETAIL_KINDS = frozenset({
    "personal", "private", "restricted", "family", "educational", "education", "academic",
    "professional", "career", "employment", "work", "contact", "communication", "basic",
    "additional", "extra", "other", "general", "physical", "background", "bio", "profile",
})  # fmt: skip
#: The longest application prefix before the person's word (``cl_``, ``wp_``, ``app_``).
_APP_PREFIX = 3


def details_person(table: Sequence[str], columns: Sequence[Sequence[str]]) -> str | None:
    """The people word of a table holding more of one person's details, or None: the table's
    words (singular or not) are an optional short prefix, a people word, kinds of details
    (:data:`DETAIL_KINDS`) and a details word last, and a column is a key to that person once
    the prefix the columns share is cut off (``mpi_member_id`` beside ``mpi_weight``)."""
    words = [singular(w) for w in table]
    if len(words) < 2 or table[-1] not in DETAILS:
        return None
    start = 0
    if words[0] not in NameWords.PEOPLE:
        if len(words) < 3 or len(words[0]) > _APP_PREFIX or words[1] not in NameWords.PEOPLE:
            return None
        start = 1
    person = words[start]
    if not set(words[start + 1 : -1]) <= DETAIL_KINDS | DETAILS:
        return None
    prefix = table_prefix(columns)
    for column in columns:
        parts = tuple(singular(w) for w in column)
        if prefix and len(parts) >= 2 and parts[0] == prefix:
            parts = parts[1:]
        if parts in {(person, "id"), (person,)}:
            return person
    return None


def unprefixed_words(words: tuple[str, ...], prefix: str | None) -> tuple[str, ...]:
    """A column's words without the short prefix most of its table's columns share
    (:func:`~classifiers.profiles_and_logs.table_prefix`), so that the word after it is read as
    the column's first."""
    if prefix and len(words) >= 2 and words[0] == prefix:
        return words[1:]
    return words


# -- the name rule: glued prefixes, pages and handles, address parts, a passport's country --------

#: A column glued after its table's abbreviation: the prefix's length, and the share of the
#: table's columns (of at least four) that must carry it (``nsemail``, ``nsphone``, ``nsid``).
_GLUED_PREFIX = (2, 3)
_GLUED_MIN_COLUMNS = 4
#: Words before ``url``, ``link``, ``page`` or ``feed`` that make it a person's page elsewhere in a
#: table of people (``forum_profile_url``, ``blog_rss``), beside the social networks.
_PAGE_OWNERS = frozenset({"profile", "blog", "personal", "homepage"})
_PAGE_TAILS = frozenset({"url", "uri", "link", "page", "feed", "rss"})
#: Chat networks where a person has a nickname or an address (``irc_nick``, ``xmpp_address``).
MESSENGERS = frozenset({"irc", "jabber", "xmpp", "icq", "whatsapp", "viber"})
_HANDLE_TAILS = frozenset({"name", "nick", "nickname", "handle", "id", "account", "address"})
#: Parts of an address below the street, as Indian and other addresses write them: a landmark
#: to find the house by, its plot, the area or locality, and the sub-district (mandal, taluk).
_ADDRESS_PARTS = {
    ("landmark",): "a landmark of the address",
    ("land", "mark"): "a landmark of the address",
    ("plot", "no"): "the plot's number",
    ("plot", "number"): "the plot's number",
    ("area", "name"): "the area of the address",
    ("location", "area", "name"): "the area of the address",
    ("area",): "the area of the address",
    ("mandal",): "the sub-district (mandal) of the address",
    ("taluk",): "the sub-district (taluk) of the address",
    ("taluka",): "the sub-district (taluka) of the address",
    ("tehsil",): "the sub-district (tehsil) of the address",
}
#: A sibling that is a line of a street address: only beside one is a bare ``area`` a place.
_STREET_LINES = re.compile(
    r"(?:[a-z]+_)?(?:street(?:_(?:no|number|name))?|house_(?:no|number|name)"
    r"|(?:present_|permanent_)?address(?:_?line_?\d)?|address\d)"
)
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
#: A payment card's fields by name: a bare number, its type or brand, the name on it, its expiry.
_BARE_CARD_NUMBER = re.compile(r"card_?(?:number|num|no|nr)")
_CARD_KIND = re.compile(r"card_?(?:type|brand|scheme|network|holder|owner|name)|name_?on_?card")
_CARD_EXPIRY = re.compile(
    r"(?:card_?)?(?:exp|expiry|expiration|expire|expires)(?:_?(?:date|dt))?|valid_?(?:thru|until)"
)


def _abbreviates(prefix: str, word: str) -> bool:
    """Whether ``prefix`` is a short form of ``word``: its first letter, then the others in it
    in order (``ns`` of ``newsletters``, ``lr`` of ``listeners``).

    >>> _abbreviates("ns", "newsletters"), _abbreviates("ns", "users")
    (True, False)
    """
    if len(prefix) >= len(word) or prefix[0] != word[0]:
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in prefix[1:])


@lru_cache(maxsize=4096)
def glued_prefix(siblings: tuple[str, ...], table: tuple[str, ...]) -> str | None:
    """The two or three letters glued before most of a table's column names that abbreviate its
    name (``lr`` of ``lrid``, ``lremail``, ``lrstatus`` in ``listeners``; the initials ``ns``
    of ``news_signups``), or None.

    >>> glued_prefix(("lrid", "lremail", "lrstatus", "lrcreated"), ("app", "listeners"))
    'lr'
    >>> glued_prefix(("stock", "store", "status", "stamp"), ("stores",)) is None
    True
    """
    names = [s.lower() for s in siblings]
    if len(names) < _GLUED_MIN_COLUMNS:
        return None
    initials = "".join(w[0] for w in table if w) if len(table) >= 2 else ""
    for size in _GLUED_PREFIX:
        prefix = names[0][:size]
        if not prefix.isalpha():
            continue
        glued = [n for n in names if n.startswith(prefix) and n[size:].isalpha() and n[size:]]
        if len(glued) * 5 < len(names) * 4:
            continue
        if len(initials) >= size and initials.endswith(prefix):
            return prefix  # ``ns`` of ``news_signups``
        if table and _abbreviates(prefix, table[-1]) and not table[-1].startswith(prefix):
            return prefix  # ``lr`` of ``listeners``; ``st`` of ``stores`` is a word's start
    return None


def _glued_column(view: FieldView) -> list[SignalHit]:
    """What a column glued after its table's abbreviation says without it (``lremail`` of
    ``listeners``: ``email``)."""
    ctx = view.ctx
    if len(view.tokens) != 1 or not ctx.name.isalpha():
        return []
    table = tuple(w.lower() for w in view.tokenize(ctx.dataset.rsplit(".", 1)[-1]))
    prefix = glued_prefix(ctx.siblings, table)
    if prefix is None or not ctx.name.lower().startswith(prefix):
        return []
    rest = ctx.name[len(prefix) :]
    sub = view.evaluate(replace(ctx, name=rest))
    vetoed = {h.entity for h in sub if h.veto}
    return [
        view.hit(
            h.entity,
            h.score,
            f"column name {ctx.name!r} is {rest!r} after the table's abbreviation {prefix!r} "
            f"glued before every column ({h.reason})",
        )
        for h in sub
        if not h.veto and h.score >= 0.5 and h.entity not in vetoed
    ]


def _page_or_handle(tokens: tuple[str, ...], networks: frozenset[str]) -> str | None:
    """The entity of a person's page or chat handle elsewhere, by the column's words: a page
    (``github_url``, ``forum_profile_url``, ``blog_rss``) or a handle (``irc_nick``,
    ``xmpp_address``), or None.

    >>> _page_or_handle(("forum", "profile", "url"), frozenset()), _page_or_handle(
    ...     ("irc", "nick"), frozenset())
    ('OTHER_PERSONAL_DATA', 'USERNAME')
    >>> _page_or_handle(("callback", "url"), frozenset()), _page_or_handle(
    ...     ("irc", "channels"), frozenset())
    (None, None)
    """
    if (
        len(tokens) >= 2
        and tokens[-1] in _PAGE_TAILS
        and set(tokens[:-1]) & (_PAGE_OWNERS | networks)
    ):
        return "OTHER_PERSONAL_DATA"
    if len(tokens) == 2 and tokens[0] in MESSENGERS and tokens[1] in _HANDLE_TAILS:
        return "USERNAME"
    return None


def _address_part(view: FieldView) -> str | None:
    """What part of an address below the street a column is (a landmark, a plot, an area, a
    sub-district), in a table of people beside a line of a street address; or None."""
    core = view.tokens[view.core(view.tokens) :]
    what = _ADDRESS_PARTS.get(core)
    if what is None:
        return None
    siblings = ("_".join(view.tokenize(s)) for s in view.ctx.siblings if s != view.ctx.name)
    if not any(_STREET_LINES.fullmatch(s) for s in siblings):
        return None
    values = [str(v).strip() for v in view.ctx.samples if str(v).strip()]
    if values and all(v.replace(".", "", 1).isdigit() for v in values) and core[0] == "area":
        return None  # an area in square metres
    return what


def _card_fields(view: FieldView) -> str | None:
    """Whether a row keeps a payment card's fields (a bare ``card_number`` beside its type or
    holder and its expiry) in a table not named for cards: the card a person paid with. Returns
    the kind of field the column is: "expiry", "name" or None."""
    ctx = view.ctx
    table = {singular(w) for w in view.tokenize(ctx.dataset.rsplit(".", 1)[-1])}
    if "card" in table:
        return None  # a table of cards (gift, loyalty, library): a card's own name and expiry
    joined = ["_".join(view.tokenize(s)) for s in ctx.siblings]
    column = "_".join(view.tokens)
    if not any(_BARE_CARD_NUMBER.fullmatch(s) for s in joined):
        return None
    kinds = [s for s in joined if _CARD_KIND.fullmatch(s)]
    expiries = [s for s in joined if _CARD_EXPIRY.fullmatch(s)]
    if not kinds or not expiries:
        return None
    if column in expiries and view.kind in {"date", "text", ""}:
        return "expiry"
    if column in {"card_name", "name_on_card", "cardname"} and view.kind in {"text", ""}:
        return "name" if len(kinds) >= 2 else None
    return None


def _notification_switch(view: FieldView) -> bool:
    """Whether a column is a switch for when to mail a person (``send_mail_on_reply``,
    ``notify_on_follow``): its first word notifies, a when-word follows, and its sampled values
    (if any) are all flags."""
    tokens = view.tokens
    if len(tokens) < 3 or tokens[0] not in _NOTIFY or not set(tokens[1:]) & _WHEN_WORDS:
        return False
    values = {str(v).strip().lower() for v in view.ctx.samples}
    return values <= _BOOLEAN_WORDS


def building_number(tokens: Sequence[str]) -> bool:
    """Whether a column is the number or name of the building a person lives in
    (``building_number``, ``building_no``): a line of the address, not the premises' details.

    >>> building_number(("building", "number")), building_number(("building", "phone"))
    (True, False)
    """
    return len(tokens) == 2 and tokens[0] == "building" and tokens[1] in _BUILDING_PARTS


def prefixes_and_pages(view: FieldView) -> list[SignalHit]:
    """A column glued after its table's abbreviation, a person's pages and chat handles, an
    address's parts below the street, a passport's country, a name in another script, a
    payment card's name and expiry, a notification switch and an organisation's name in a table
    of people: the name signal's rule."""
    ctx, tokens, kind = view.ctx, view.tokens, view.kind
    if kind not in {"text", "date", ""} or not tokens:
        return []
    named = {h.entity for h in view.hits if h.score >= 0.5 and not h.veto}
    if not named and (glued := _glued_column(view)):
        return glued
    if _notification_switch(view):
        reason = f"column name {ctx.name!r} is a switch for when to mail a person: no free text"
        return [view.veto("FREE_TEXT", reason), view.veto("EMAIL_ADDRESS", reason)]
    if (card := _card_fields(view)) is not None:
        if card == "expiry":
            reason = (
                f"column name {ctx.name!r} is an expiry beside a card's number, type and "
                "holder: the expiry of the card a person paid with"
            )
            return [view.hit("CARD_EXPIRY", 0.6, reason)]
        reason = (
            f"column name {ctx.name!r} is the name on a card kept beside its number, type and "
            "expiry: the cardholder's name"
        )
        return [view.hit("PERSON_NAME", 0.6, reason)]
    if kind == "date" or "people" not in view.context(tokens):
        return []
    core = tokens[view.core(tokens) :]
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
    if (entity := _page_or_handle(core, view.words.SOCIAL_NETWORKS)) is not None:
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
