"""Placeholders a fixture or a demo dump writes in place of values, a person's tokens in a
table named in the singular and glued (``sessiontoken``), a
person's accounts on music, video and other platforms, and a payment card's expiry and name kept
beside its number.

Every function takes a column's name or words (lower-case, as
:class:`~classifiers.name_tokens.Tokenizer` cuts them) or sampled values; none keeps or reports a
value. :func:`accounts_and_cards` is the name signal's rule that asks them of a field's view.

>>> placeholder_values("last_name", ["lastname1", "lastname2", "lastname3"])
True
>>> unglue_token(["sso", "sessiontoken"])
['sso', 'session', 'token']
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from .base import SignalHit
from .name_tokens import singular
from .name_view import FieldView, person_key_sibling

#: A placeholder: letters (perhaps several words) then a counter (``lastname12``, ``Test-user 3``).
_PLACEHOLDER = re.compile(r"([A-Za-z][A-Za-z _.-]*?)[ _.#-]*(\d{1,6})")
#: Share of distinct sampled values that must be placeholders, and the fewest distinct values.
PLACEHOLDER_SHARE = 0.8
PLACEHOLDER_MIN = 3
#: How many first values are read before giving up when none is a placeholder.
_FIRST = 3
#: How long a start of a value the placeholder pattern reads (it backtracks on long runs of
#: separators).
_READ = 64
#: Words a fixture puts before or after a column's name (``testuser``, ``email_sample``): a
#: longer placeholder word counts only when its extra letters are one of these (not
#: ``smartphone`` for ``phone``, ``birthdayparty`` for ``birthday``).
FIXTURE_WORDS = frozenset({
    "test", "tests", "sample", "demo", "dummy", "fake", "example", "my", "other", "another",
    "new", "old", "good", "bad", "valid", "invalid", "mock", "some", "temp", "tmp",
})  # fmt: skip
#: How close a placeholder's word must be to the column's name when it is no fixture word's
#: compound (``firsname`` for ``firstname``; not ``webmail`` for ``email``).
_CLOSE = 0.85


def _one_edit(a: str, b: str) -> bool:
    """Whether one letter added, dropped or changed turns ``a`` into ``b``."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]


def _names_column(word: str, glued: str) -> bool:
    """Whether a placeholder's word is the column's name: the same, one letter off, close, or
    the name with a fixture's word before or after it (``sampletoken``)."""
    if not word:
        return False
    if word == glued or _one_edit(word, glued):
        return True
    at = word.find(glued)
    if at >= 0:
        return word[:at] + word[at + len(glued) :] in FIXTURE_WORDS
    return SequenceMatcher(None, word, glued).ratio() >= _CLOSE


def placeholder_values(
    name: str, distinct: Sequence[str], rows: frozenset[str] = frozenset()
) -> bool:
    """Whether most distinct sampled values are placeholders built from the column's own name and
    a counter (``lastname7``, ``first_name_12``, ``good-token-2``): test fixtures and demo dumps
    fill columns so. Such values say nothing against what the column's name says: in a table of
    people the value signal drops its vetoes for them (:mod:`classifiers.values`), and a token
    table whose name says its tokens open an account takes them for secrets
    (:mod:`classifiers.row_people`). The word must be the column's name, one letter off it,
    close to it, or the name with a fixture's word (``sampletoken``; not ``smartphone``); or
    one of ``rows``, the people word the table is named for (``Customer01`` in every column of
    a table of customers).

    >>> placeholder_values("firstname", ["firsname1", "firsname2", "firsname3", "firsname4", "Ana"])
    True
    >>> placeholder_values("token", ["good-token-1", "old-token-2", "bad-token-3"])
    True
    >>> placeholder_values("name", ["sensor1", "sensor2", "sensor3"])  # a device's own name
    False
    >>> placeholder_values("name", ["filename1", "filename2", "filename3"])
    False
    >>> placeholder_values("phone", ["Smartphone 1", "Smartphone 2", "Smartphone 3"])
    False
    >>> placeholder_values("lastname", ["lastname1", "lastname2"])  # too few to tell
    False
    >>> placeholder_values("email", ["ana@example.org", "li@example.org", "bo@example.org"])
    False
    >>> rows = frozenset({"member"})
    >>> placeholder_values("surname", ["Member01", "Member02", "Member03"], rows)
    True
    >>> placeholder_values("surname", ["Member01", "Member02", "Member03"])
    False
    """
    glued = re.sub(r"[^a-z]", "", name.lower())
    if len(glued) < 4 or len(distinct) < PLACEHOLDER_MIN:
        return False
    misses = len(distinct) - math.ceil(PLACEHOLDER_SHARE * len(distinct) - 1e-9)
    judged: dict[str, bool] = {}
    for i, value in enumerate(distinct):
        if i == _FIRST and not any(judged.values()):
            return False  # most columns stop here: none of their first values is one
        m = _PLACEHOLDER.fullmatch(value[:_READ])
        word = re.sub(r"[^a-z]", "", m.group(1).lower()) if m else ""
        ok = judged.get(word)
        if ok is None:
            ok = judged[word] = _names_column(word, glued) or singular(word) in rows
        if not ok and (misses := misses - 1) < 0:
            return False
    return True


def distinct_texts(samples: Sequence[object]) -> set[str]:
    """The distinct sampled values as stripped text, empty ones and NULLs left out.

    >>> sorted(distinct_texts([" a ", "a", None, "", "b"]))
    ['a', 'b']
    """
    return {str(v).strip() for v in samples if v is not None and str(v).strip()}


def unglue_token(words: list[str]) -> list[str]:
    """A table's words with a last word glued to ``token`` cut in two (``sessiontoken``,
    ``bearertoken``: singular table names as Django and many ORMs write them).

    >>> unglue_token(["api", "token"]), unglue_token(["tokenizer"])
    (['api', 'token'], ['tokenizer'])
    """
    last = words[-1] if words else ""
    if len(last) > len("token") + 2 and last.endswith("token") and last[:-5].isalpha():
        return [*words[:-1], last[:-5], "token"]
    return words


#: Words of a token table's name that say its tokens open a person's account or session: only
#: there do a fixture's placeholders (``sample-token-1``) leave the decision to the names (not a
#: game's ``Token 1``, a canteen's meal tokens).
AUTH_SECRETS = frozenset({
    "access", "refresh", "auth", "oauth", "api", "session", "bearer", "reset", "remember",
    "persistence", "login", "password",
})  # fmt: skip


#: Platforms where a person keeps a public profile or an artist's page, besides the social
#: networks of :attr:`~classifiers.name_words.NameWords.SOCIAL_NETWORKS`: in a table of people,
#: a column named for one is the person's handle or page there.
PROFILE_PLATFORMS = frozenset({
    "soundcloud", "spotify", "bandcamp", "mixcloud", "vimeo", "tumblr", "flickr",
    "behance", "dribbble", "patreon", "xing", "myspace", "deviantart", "stackoverflow",
    "goodreads", "letterboxd", "substack", "kofi", "onlyfans", "weibo", "wechat",
})  # fmt: skip
#: Platforms whose name is also an ordinary word or a company (a fruit's and a maker's name,
#: ``medium``, a muscle's ``twitch``, a sewing shop's ``threads``), and the short names of
#: Facebook and Instagram (``fb``, ``ig``, ``insta``, abbreviations of other things too): one
#: counts only in a row that names another platform too, a row of a person's accounts.
WORD_PLATFORMS = frozenset({"apple", "medium", "threads", "twitch", "fb", "ig", "insta"})
#: Words after a platform's name that keep it the person's account there (``threads_handle``).
_ACCOUNT_TAIL = frozenset({"handle", "username", "user", "name", "account", "profile", "id", "url"})


def platform_beside_platforms(
    column: Sequence[str], siblings: Sequence[Sequence[str]], platforms: frozenset[str]
) -> bool:
    """Whether a column named for a platform whose name is also a word (``threads``) sits in a
    row with another platform's column (``vimeo``, ``mastodon``): a person's account there.

    >>> nets = frozenset({"vimeo", "mastodon"})
    >>> platform_beside_platforms(("threads",), [("id",), ("vimeo",), ("threads",)], nets)
    True
    >>> platform_beside_platforms(("threads",), [("id",), ("threads",), ("buttons",)], nets)
    False
    """
    if not column or column[0] not in WORD_PLATFORMS:
        return False
    if len(column) > 2 or (len(column) == 2 and column[1] not in _ACCOUNT_TAIL):
        return False
    return any(s and s[0] in platforms and s[0] not in WORD_PLATFORMS for s in siblings)


#: A card's expiry by its name: ``expiry``, ``expiration``, ``expires`` alone, or ``exp``,
#: ``expr``, ``expir``... before a date, a month or a year (``exp_mmyy``, ``expiry_month``); a
#: bare ``exp`` or ``expr`` is a game's experience or an expression too. Groups: a month's name,
#: a year's name.
_EXPIRY = re.compile(
    r"(?:expir|expiry|expiration|expire|expires)"
    r"|(?:exp|expr|expir|expiry|expiration|expire|expires)_?"
    r"(?:date|dt|mmyy|mm_?yy(?:yy)?|(month|mon|mo|mm)|(year|yr|yy|yyyy))"
)
#: A payment card's number by its name (``credit_card``, ``payment_card_no``); not a bare
#: ``card`` or ``card_number``, which a library's, a gift's or a loyalty card's number is called
#: too. Group: the short ``cc`` forms (a cost centre's number as often).
_CARD_NUMBER = re.compile(
    r"(?:credit|debit|payment)_?cards?(?:_?(?:numbers?|nums?|no|nr))?"
    r"|(cc_?(?:numbers?|nums?|no|nr)|ccnum)"
)
#: Other fields of a card (its security code, holder, type): beside one, a short ``cc_no`` is
#: the card's number.
_CARD_FIELD = re.compile(
    r"cvv2?|cvc2?|csc|cid|(?:cc|card)_?(?:holder|owner|name|type|brand|cvv|cvc|security_?code)"
    r"|name_?on_?card|card_?(?:holder|owner)(?:_?name)?"
)
#: A bare card's number (``card_number``, ``card_no``): a library's, a badge's or a loyalty card's
#: as often, so a payment card's only beside its security code or in a table of payments.
_BARE_CARD_NUMBER = re.compile(r"card_?(?:numbers?|nums?|no|nr)")
#: A table named for payment cards (``bank_card``, ``creditcards``, ``user_debit_cards``): a bank's,
#: a credit or a debit card, a payment card; not a bare ``cards`` (a game's, a kanban board's, a
#: library's).
_PAYMENT_CARD_TABLE = re.compile(r"(?:[a-z\d]+_)*(?:bank|credit|debit|payment)_?cards?")
#: Words of a card's holder in a column beside its number (``holder_name``, ``cardholder``).
_CARD_HOLDER = frozenset({"holder", "cardholder", "owner", "name"})
#: A card's number as sampled, in groups perhaps (``4000 1234 5678 9010``); its digits are
#: counted apart (12 to 19, :func:`card_numbers`).
_CARD_DIGITS = re.compile(r"\d{4}(?:[ -]?\d{2,4}){2,4}")
#: A card's security code: only a payment card has one.
_SECURITY_CODE = re.compile(r"cvv2?|cvc2?|csc|(?:cc|card)_?(?:cvv2?|cvc2?|security_?code)")
#: Table words of a payment, an order or a booking: a bare ``card_number`` there paid for it.
PAYMENT_TABLES = frozenset({
    "payment", "order", "booking", "ticket", "reservation", "purchase", "transaction",
    "checkout", "invoice", "billing", "subscription",
})  # fmt: skip
#: The name on a card (``card_name``): a cardholder's on a payment card, a loyalty tier's or a
#: game card's otherwise.
_CARD_NAMES = frozenset({("card", "name"), ("cardname",)})
#: Words that make an ``exp...`` sibling an expense's or an experiment's field (``exp_amount``).
_NOT_AN_EXPIRY = frozenset({
    "amount", "amt", "type", "category", "cat", "cost", "total", "code", "account", "acct",
    "desc", "description", "level", "value", "points", "xp",
})  # fmt: skip
#: An expiry's value: ``MM/YY``, ``MM/YYYY``, ``MM-YY``, ``MMYY``, ``YYYY-MM``; a full date must
#: fall on a month's first or last day.
_MONTH_YEAR = re.compile(r"(\d{1,2})\s*[/.-]\s*(?:\d{2}|\d{4})|(\d{2})\d{2}|\d{4}[-/](\d{1,2})")
_FULL_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def _expiry_value(value: str, part: str) -> bool:
    """Whether a sampled value is shaped like a card's expiry: a month 1-12 for a month's name,
    a year 20xx for a year's name, otherwise a month and a year or a date on a month's first or
    last day."""
    if part == "month":
        return value.isdigit() and 1 <= int(value) <= 12
    if part == "year":
        return len(value) == 4 and value.startswith("20") and value.isdigit()
    if m := _FULL_DATE.fullmatch(value[:10]):
        year, month, day = map(int, m.groups())
        if not 1 <= month <= 12:
            return False
        return day == 1 or day == calendar.monthrange(year, month)[1]
    if shaped := _MONTH_YEAR.fullmatch(value):
        return 1 <= int(next(g for g in shaped.groups() if g is not None)) <= 12
    return False


def payment_card(siblings: Sequence[Sequence[str]], table: Sequence[str] = ()) -> bool:
    """Whether a row keeps a payment card's number: a ``debit_card`` or ``payment_card_no``, a
    short ``cc_no`` beside a card's field, or a bare ``card_number`` beside its security code or
    in a table of payments, orders or bookings (``table``: its words, singular).

    >>> payment_card([("card", "number"), ("card", "type")], ("booking",))
    True
    >>> payment_card([("card", "number"), ("card", "type")], ("library", "member"))
    False
    """
    joined = ["_".join(s) for s in siblings]
    cards = [c for c in map(_CARD_NUMBER.fullmatch, joined) if c]
    if cards:
        # only a short ``cc_no``: a cost centre's as often, unless a card's field is beside it
        return not all(c.group(1) for c in cards) or any(map(_CARD_FIELD.fullmatch, joined))
    if not any(map(_BARE_CARD_NUMBER.fullmatch, joined)):
        return False
    return bool(set(table) & PAYMENT_TABLES) or any(map(_SECURITY_CODE.fullmatch, joined))


def expiry_beside_card(
    column: Sequence[str],
    siblings: Sequence[Sequence[str]],
    samples: Sequence[object] = (),
    table: Sequence[str] = (),
) -> bool:
    """Whether a column named for an expiry (``exp_mmyy``, ``expiry``) sits beside a payment
    card's number (:func:`payment_card`): the card's expiry. Sampled values must be shaped like
    one (:func:`_expiry_value`), in four of five distinct values.

    >>> expiry_beside_card(("exp", "mmyy"), [("debit", "card"), ("exp", "mmyy")])
    True
    >>> expiry_beside_card(("expiry", "date"), [("sku",), ("expiry", "date")])  # a product's
    False
    >>> expiry_beside_card(("exp", "date"), [("cc", "no"), ("exp", "amount")])  # an expense's
    False
    >>> expiry_beside_card(("exp", "date"), [("payment", "card")], ("next week",))
    False
    >>> expiry_beside_card(("expiry",), [("card", "no"), ("card", "type")], (), ("room", "key"))
    False
    """
    m = _EXPIRY.fullmatch("_".join(column))
    if not m or not payment_card(siblings, table):
        return False
    if any(s and s[0] == column[0] and set(s) & _NOT_AN_EXPIRY for s in siblings):
        return False  # ``exp_date`` beside ``exp_amount``: an expense's
    part = "month" if m.group(1) else "year" if m.group(2) else ""
    values = distinct_texts(samples)
    shaped = sum(1 for v in values if _expiry_value(v, part))
    return not values or shaped * 5 >= len(values) * 4


def accounts_and_cards(view: FieldView) -> list[SignalHit]:
    """A person's account on a platform whose name is also a word (``apple`` beside
    ``twitter``), and a card's expiry and name (``card_name``) beside a payment card's number:
    the name signal's rule."""
    if view.kind not in {"text", "date", "number", "key", ""} or not view.tokens:
        return []
    ctx, tokens, kind = view.ctx, view.tokens, view.kind
    siblings = [view.tokenize(s) for s in ctx.siblings if s != ctx.name]
    if kind in {"text", ""} and platform_beside_platforms(
        tokens, siblings, view.words.SOCIAL_NETWORKS | PROFILE_PLATFORMS
    ):
        if "people" not in view.context(tokens):
            return []
        reason = (
            f"column name {ctx.name!r} names a platform and the row names other platforms "
            "a person keeps an account on: the person's handle or page there"
        )
        return [view.hit("USERNAME", 0.6, reason)]
    if (
        len(tokens) == 1
        and singular(tokens[0]) in view.words.NUMBER_WORDS
        and kind in {"text", "number", ""}
    ):
        return _card_table_number(view)  # a bare ``number`` or ``no``: a card's in a table of cards
    table = [singular(w) for w in view.tokenize(view.table_name)]
    # a bare ``name`` in a table named for cards (``user_cards``) is the name on the card
    card_name = tokens in _CARD_NAMES or (tokens == ("name",) and table[-1:] == ["card"])
    if not _EXPIRY.fullmatch("_".join(tokens)) and not card_name:
        return []  # the column's own name first: no regex over the row for other columns
    if expiry_beside_card(tokens, siblings, ctx.samples, table):
        reason = (
            f"column name {ctx.name!r} is an expiry and the row keeps a payment card's "
            "number: the card's expiry"
        )
        return [view.hit("CARD_EXPIRY", 0.6, reason)]
    if card_name and kind in {"text", ""} and payment_card(siblings, table):
        reason = (
            f"column name {ctx.name!r} is the name on a card and the row keeps a payment "
            "card's number: the cardholder's name"
        )
        return [view.hit("PERSON_NAME", 0.6, reason)]
    return []


def card_numbers(samples: Sequence[object]) -> bool:
    """Whether four in five distinct sampled values are shaped like a card's number (12 to 19
    digits, perhaps grouped), or nothing was sampled; a game's card ranks, a kanban board's card
    numbers and a SIM card's 20-digit ICCID are not.

    >>> card_numbers(("5412 7534 9821 0046", "4000123412341234")), card_numbers(("7", "12"))
    (True, False)
    >>> card_numbers(("89440012345678901234",))
    False
    """
    values = distinct_texts(samples)
    shaped = sum(
        1 for v in values if _CARD_DIGITS.fullmatch(v) and 12 <= sum(map(str.isdigit, v)) <= 19
    )
    return shaped * 5 >= len(values) * 4


def _card_table_number(view: FieldView) -> list[SignalHit]:
    """A bare ``number`` in a table named for payment cards (``bank_card``, ``creditcards``)
    that keys or names the card's holder and whose sampled values, if any, are shaped like card
    numbers: the card's number."""
    table = view.table_words
    if not _PAYMENT_CARD_TABLE.fullmatch("_".join(table)):
        return []
    if not set(table).isdisjoint(view.words.NOT_PAYMENT_CARD) or not card_numbers(view.ctx.samples):
        return []
    if person_key_sibling(view, view.words.PEOPLE) is None and not any(
        _CARD_HOLDER & {singular(w) for w in view.tokenize(s)} for s in view.ctx.siblings
    ):
        return []  # a terminal's or a batch's cards: no holder, no one's card
    reason = (
        f"column name {view.ctx.name!r} is a bare number in table {view.table_name!r}, named for "
        "payment cards: the card's number"
    )
    return [view.hit("CREDIT_CARD", 0.65, reason)]
