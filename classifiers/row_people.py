"""Who a row's column names, read from the row's other columns: a person's own token kept in a
table of tokens, the contact person a row's phone and e-mail reach, the person an order is
delivered to (or placed under, a bare ``name`` beside its e-mail and address), and no person
where the rows are applications or roles; and whether sampled values are shaped like a secret
or read as people's names.

Every function takes words (lower-case, as :class:`~classifiers.name_tokens.Tokenizer` cuts
them) or sampled values; none keeps or reports a value. :func:`people_in_row` is the name
signal's rule that asks them of a field's view.

>>> person_token(("user", "reset", "token"), ("reset", "token"), [("user", "id")])
'PASSWORD_HASH'
>>> contact_person(("supplier", "contact"), [("telephone",), ("email",)])
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .base import SignalHit
from .fixtures_and_accounts import AUTH_SECRETS, distinct_texts, placeholder_values, unglue_token
from .known_names import known_names
from .name_part_words import COURTESY_TITLES
from .name_tokens import singular, table_prefix, unprefixed
from .name_view import FieldView
from .name_words import RECORD_THINGS, NameWords, person_fields
from .profiles_and_logs import own_name

#: Words of a token table whose tokens open no one's account: an invitation, a share or a
#: download link, a coupon; a payment card's or a wallet's tokens (a payment token, a crypto
#: holding); the words of a text, a query or a message (``search_query_tokens``).
_NOT_A_LOGIN = frozenset({
    "invite", "invitation", "join", "share", "download", "unsubscribe", "coupon", "voucher",
    "gift", "referral", "csrf", "lexer", "parser", "syntax", "payment", "card", "wallet",
    "crypto", "coin", "query", "search", "word", "message", "text", "nlp",
})  # fmt: skip
#: Words of a token table whose tokens reach a person's device (``push_tokens``).
_DEVICE_TOKENS = frozenset({"notification", "push", "device", "fcm", "apns", "gcm", "firebase"})
#: Words after ``token`` that still name the token itself, kept hashed (``token_digest``).
_HASHED = frozenset({"hash", "digest", "hashed", "encrypted"})
#: Bare keys of a login identity (a person's account at an identity provider or in an app).
_IDENTITY_KEYS = frozenset({("identity",), ("identity", "id")})
#: Bare keys to whoever a token acts as (``owner``, ``user``).
_PERSON_KEYS = frozenset({"user", "person", "owner", "member"})
#: Letters and digits: a secret mixes both, as a hex digest does
#: (:mod:`classifiers.recognizers.password_hash`).
_LETTER = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")


def person_token(
    table: Sequence[str],
    column: Sequence[str],
    siblings: Iterable[Sequence[str]],
    samples: Sequence[object] = (),
) -> str | None:
    """The entity of a column holding a person's token in a table of tokens, or None.

    A table whose name ends in ``tokens`` (``api_tokens``, ``member_reset_tokens``) whose rows
    belong to a person (a people word in its name, a key to a person or to a login identity
    among its columns) keeps secrets that act as that person: its ``token`` column (or one
    named by the table's own words, ``recovery_token``; or the token's hash) is a secret like a
    password (``PASSWORD_HASH``), or a device's address for push notifications (``DEVICE_ID``).
    Sampled values must then be shaped like secrets (:func:`secret_shaped`): a word or a
    ticker symbol is a text's token or a holding, not a secret.

    >>> person_token(("api", "tokens"), ("token",), [("account", "id"), ("user", "id")])
    'PASSWORD_HASH'
    >>> person_token(("push", "tokens"), ("token",), [("member", "id")])
    'DEVICE_ID'
    >>> person_token(("invite", "tokens"), ("token",), [("user", "id")]) is None
    True
    >>> person_token(("word", "tokens"), ("token",), [("document", "id")]) is None
    True
    >>> person_token(("user", "tokens"), ("token",), [("user", "id")], ("gold", "silver"))
    """
    words = unglue_token([singular(w) for w in table])  # ``sso_sessiontoken`` too
    if not words or words[-1] != "token" or set(words) & _NOT_A_LOGIN:
        return None
    col = [singular(w) for w in column]
    if "token" not in col:
        return None
    at = col.index("token")
    if not (set(col[:at]) <= set(words) and set(col[at + 1 :]) <= _HASHED):
        return None
    people = NameWords.PEOPLE
    if not (set(words) & people or any(_keys_a_person(s, people) for s in siblings)):
        return None
    values = sorted(distinct_texts(samples))
    # A fixture's placeholders (``sample-token-1``) say nothing either way: the names decide,
    # when the table's name says the tokens open an account (``access``, ``refresh``).
    placeholders = bool(set(words) & AUTH_SECRETS) and placeholder_values("_".join(column), values)
    if not (secret_shaped(samples) or placeholders):
        return None
    return "DEVICE_ID" if set(words) & _DEVICE_TOKENS else "PASSWORD_HASH"


def secret_shaped(samples: Sequence[object]) -> bool:
    """Whether sampled values read as a secret kept for a person (a token, an account's
    activation or remember-me code): most distinct ones 16 characters or more with no space,
    letters and digits mixed (as :mod:`classifiers.recognizers.password_hash` asks of a bare hex
    digest), and not a few values repeated (``FULL``, ``PART``: a state). No value sampled says
    nothing (True): an unused remember-me column is empty, and its name decides.

    >>> secret_shaped(("a8Fk2LmQ9zXv4RtB7nWp",)), secret_shaped(())
    (True, True)
    >>> secret_shaped(("USDC", "WETH", "DAI")), secret_shaped(["R1", "R2", "FULL"] * 5)
    (False, False)
    >>> secret_shaped(("hello world and more words", "longwordwithoutdigits"))
    False
    """
    values = [v for v in (str(x).strip() for x in samples if x is not None) if v]
    if not values:
        return True
    distinct = set(values)
    if len(distinct) <= 3 and len(values) > len(distinct):
        return False  # a few values repeated: a state or a kind, no secret
    shaped = sum(
        1
        for v in distinct
        if len(v) >= 16 and not any(ch.isspace() for ch in v) and _LETTER.search(v)
        and _DIGIT.search(v)
    )  # fmt: skip
    return shaped >= 0.8 * len(distinct)


def _keys_a_person(column: Sequence[str], people: frozenset[str]) -> bool:
    """Whether a column is a key to a person or to their login identity (``user_id``, ``owner``,
    ``identity_id``)."""
    words = tuple(singular(w) for w in column)
    if words in _IDENTITY_KEYS:
        return True
    if len(words) == 2 and words[-1] in {"id", "key", "fk"}:
        return words[0] in people
    return len(words) == 1 and words[0] in _PERSON_KEYS


#: Column words of the ways to reach whoever a row names (the row's phone, fax or e-mail).
_REACH = NameWords.REACH | {"emailaddress"}
#: Words after a way to reach that keep the column bare (``phone_number``, ``email_address``).
_REACH_TAIL = NameWords.NUMBER_WORDS | {"address", "addr"}
#: Words before ``contact`` that say whose contact it is: a party of the row (``supplier``,
#: ``customer``) or a role among its contacts (``primary``, ``billing``). Anything else
#: (``web``, ``email``, ``initial``, ``last``) says how or when, not whom.
_WHOSE = frozenset({
    "supplier", "customer", "vendor", "client", "company", "account", "partner", "agent",
    "dealer", "carrier", "shipper", "distributor", "manufacturer", "contractor", "landlord",
    "tenant", "owner", "factor", "broker", "principal", "branch", "site", "store",
    "primary", "main", "key", "emergency", "billing", "technical", "tech", "sales",
    "purchasing", "accounts", "finance", "admin", "legal", "delivery", "shipping",
})  # fmt: skip


def contact_person(column: Sequence[str], siblings: Iterable[Sequence[str]]) -> bool:
    """Whether a text column names the contact person a row's phone, fax or e-mail reach.

    ``contact`` alone, or after a word saying whose contact it is (``supplier_contact``,
    ``primary_contact``), in a row with its own bare phone, fax or e-mail column (``phone``,
    ``email_address``) or one named for the same party (``supplier_tel``): those are how the
    contact is reached, so the column itself is whom (the contact person's name). Without
    such columns a bare ``contact`` may itself be the phone number or the e-mail address; a
    ``support_email`` is a desk's, not the contact's.

    >>> contact_person(("contact",), [("tel",), ("fax",)])
    True
    >>> contact_person(("vendor", "contact"), [("vendor", "phone")])
    True
    >>> contact_person(("contact",), [("type",), ("user", "id")])
    False
    >>> contact_person(("contact",), [("support", "email")])
    False
    >>> contact_person(("last", "contact"), [("phone",)]), contact_person(("web", "contact"), [])
    (False, False)

    A column named ``contact_person`` after a word of whose it is (``branch_contact_person``)
    says it is a person, whatever else the row keeps.

    >>> contact_person(("branch", "contact", "person"), [("branch", "name")])
    True
    """
    words = [singular(w) for w in column]
    if words[-2:] == ["contact", "person"] and len(words) <= 3:
        return True  # ``branch_contact_person``: the column says it is a person
    if not words or words[-1] != "contact" or len(words) > 2:
        return False
    if len(words) == 2 and words[0] not in _WHOSE:
        return False
    own = words[0] if len(words) == 2 else "contact"
    # ``supplier_tel`` beside ``supplier_contact``, ``contact_email``
    return any(bare_reach(sibling, frozenset({own})) for sibling in siblings)


def bare_reach(column: Sequence[str], whose: frozenset[str] = frozenset()) -> bool:
    """Whether a column is a bare phone, fax or e-mail (``phone``, ``email_address``,
    ``mobile_no``), or one after a word of ``whose`` (``parent_email`` for people's words); not
    another party's or a setting's (``callback_email``, ``email_template``).

    >>> bare_reach(("phone", "number")), bare_reach(("email", "template"))
    (True, False)
    >>> bare_reach(("parent", "email"), frozenset({"parent"})), bare_reach(("notify", "email"))
    (True, False)
    """
    s = [singular(w) for w in column]
    if len(s) > 1 and s[0] in whose:
        s = s[1:]
    return bool(s) and s[0] in _REACH and set(s[1:]) <= _REACH_TAIL and len(s) <= 2


def name_shaped(value: str) -> bool:
    """Whether a value could be a name at all: no digit, ``@``, ``://`` or code (``DC-EAST``).

    >>> name_shaped("Ines"), name_shaped("n12"), name_shaped("DC-EAST"), name_shaped("a@b.c")
    (True, False, False, False)
    """
    return not (
        any(ch.isdigit() for ch in value)
        or "@" in value
        or "://" in value
        or (value.isupper() and "-" in value)
    )


def names_sampled(samples: Sequence[object]) -> bool:
    """Whether most distinct sampled values read as people's names: no digit, ``@``, ``://`` or
    code (``DC-EAST``), and a known given name or an initial first (after courtesy titles,
    :data:`~classifiers.name_part_words.COURTESY_TITLES`), from the given names
    :mod:`classifiers.known_names` reads.

    >>> names_sampled(("Ines Marlow", "Dr Tobias Grell", "A. Quenby"))
    True
    >>> names_sampled(("Finance dept", "Reception", "DC-EAST"))
    False
    >>> names_sampled(("https://help.example.org", "+44 20 7946 0312", "Ines Marlow"))
    False
    """
    values = distinct_texts(samples)
    if not values:
        return False
    given = known_names()[0]
    named = 0
    for v in values:
        if not name_shaped(v):
            continue
        words = [w for w in re.split(r"[\s.,]+", v.lower()) if w]
        while len(words) > 1 and len(words[0]) > 1 and words[0] in COURTESY_TITLES:
            words.pop(0)
        if words and (words[0] in given or (len(words[0]) == 1 and len(words) > 1)):
            named += 1
    return named * 2 > len(values)


#: A short note in brackets after a name (``(Sales)``, ``[D, PA]``) and a title abbreviated
#: before it (``Sen.``, ``Cllr.``), as a directory writes a person's group, seat or pronouns.
_NOTE = re.compile(r"\s*[(\[][^()\[\]]{1,24}[)\]]$")
_TITLE = re.compile(r"^[A-Z][a-z]{1,4}\.\s+")


def noted_names(values: Sequence[str]) -> int:
    """How many values are a person's name with a short note in brackets after it: the letters
    before the note read as a name (:func:`names_sampled`), not a desk's or a firm's.

    >>> noted_names(["Sen. Robert Casey [D, PA]", "Ana Lima (she/her)", "Help Desk (IT)"])
    2
    """
    count = 0
    for value in values:
        if (note := _NOTE.search(value)) is not None:
            count += names_sampled((_TITLE.sub("", value[: note.start()]),))
    return count


#: Whom goods are delivered or shipped to (``delivery_to``, ``ship_to_name``).
_RECIPIENT = re.compile(r"(?:deliver(?:y)?|ship)_?to(?:_?name)?")
#: Table words of what is delivered to a customer: an order, a shipment, a delivery.
_ORDERS = frozenset({
    "order", "shipment", "delivery", "dispatch", "despatch", "consignment", "waybill",
})  # fmt: skip
#: Table words of orders the organisation places or moves itself: delivered to its own premises.
_OWN_ORDERS = frozenset({
    "purchase", "purch", "transfer", "stock", "inventory", "requisition", "work", "production",
})  # fmt: skip


def delivered_to(column: Sequence[str], table: Sequence[str] = ("order",)) -> bool:
    """Whether a column of a table of orders or shipments names whom the order is delivered or
    shipped to; not in an order the organisation places or moves itself (a purchase, a stock
    transfer), which goes to its own premises.

    >>> delivered_to(("deliver", "to")), delivered_to(("ship", "to", "name"), ("shipments",))
    (True, True)
    >>> delivered_to(("ship", "to", "address")), delivered_to(("ship", "date"))
    (False, False)
    >>> delivered_to(("shipto",), ("customerorders",))
    True
    >>> delivered_to(("ship", "to"), ("transfer", "orders")), delivered_to(("ship", "to"), ())
    (False, False)
    >>> delivered_to(("shipto",), ("purchaseorders",))
    False
    """
    words = [singular(w) for w in table]
    glued = "".join(words)  # ``customerorders``: one word of the tokenizer's
    if not (set(words) & _ORDERS or glued.endswith(tuple(_ORDERS))):
        return False
    if set(words) & _OWN_ORDERS or glued.startswith(tuple(_OWN_ORDERS)):
        return False
    return bool(_RECIPIENT.fullmatch("_".join(column)))


#: A way to reach whom an order is for, by mail, and where it goes: beside both, an order's
#: bare ``name`` is the name it was placed under (:func:`buyer_name`).
_ORDER_MAIL = frozenset({"email", "mail"})


def buyer_name(
    column: Sequence[str], table: Sequence[str], siblings: Iterable[Sequence[str]]
) -> bool:
    """Whether a bare ``name`` of a table of orders is whom the order is for: the row keeps
    the e-mail and the address it goes to (``name``, ``email``, ``address`` of a shop's
    ``orders``, as a checkout form writes them). An order the organisation places or moves
    itself (:func:`delivered_to`) and an order with no such contact are not.

    >>> buyer_name(("name",), ("orders",), [("name",), ("email",), ("address",)])
    True
    >>> buyer_name(("name",), ("orders",), [("name",), ("email",), ("total",)])
    False
    >>> buyer_name(("name",), ("purchase", "orders"), [("name",), ("email",), ("address",)])
    False
    """
    if tuple(column) != ("name",) or not delivered_to(("ship", "to"), table):
        return False
    columns = [tuple(c) for c in siblings]
    mail = any(c[-1:] and c[-1] in _ORDER_MAIL for c in columns)
    address = any(c[-1:] == ("address",) for c in columns)
    return mail and address


def _buyers_sampled(values: Sequence[str]) -> bool:
    """Whether an order's sampled ``name`` values may be whom it was placed for: most could be
    a name (:func:`name_shaped`: no digit, ``@`` or code), and few are phrases with a word in
    lower case after the first, as a package or a product is labelled (``Party tray``); a
    shop's test orders typed by hand pass, an order's number (``#1041``) does not.

    >>> _buyers_sampled(["Wren Halloway", "ottilie", "12"]), _buyers_sampled(["#1041", "#1042"])
    (True, False)
    >>> _buyers_sampled(["Party tray", "Gift set", "Spring box"])
    False
    """
    if not values:
        return False
    shaped = [v for v in values if name_shaped(v)]
    phrases = [v for v in shaped if any(w[:1].islower() for w in v.split()[1:])]
    return len(shaped) * 2 > len(values) and len(phrases) * 3 <= len(values)


#: Table words of applications, not people: right before ``clients``, ``users`` or ``accounts``
#: (``oauth_clients``, ``api_users``, ``bot_accounts``) the rows are programs. Not ``app`` or
#: ``service``: an app's users and a service's users are people.
MACHINES = frozenset({"api", "oauth", "bot", "robot", "machine", "integration", "webservice"})
#: Heads that a machine word before them makes a program's (``oauth_clients``).
_MACHINE_HEADS = frozenset({"client", "user", "account"})
#: Words of single sign-on: before ``clients`` (``oidc_clients``, ``saml_clients``) the rows
#: are the applications that sign people in; before ``users`` or ``accounts`` they are people.
SIGN_ON = frozenset({"oidc", "openid", "saml", "sso"})


def program_clients(table: Sequence[str]) -> bool:
    """Whether a table's rows are programs by its name (``oauth_clients``, ``api_users``,
    ``saml_clients``; not ``sso_users``).

    >>> program_clients(("idp", "oidc", "clients")), program_clients(("sso", "users"))
    (True, False)
    """
    words = [singular(w) for w in table]
    if len(words) < 2:
        return False
    if words[-2] in MACHINES and words[-1] in _MACHINE_HEADS:
        return True
    return words[-2] in SIGN_ON and words[-1] == "client"


#: What a record's own name is called (``display_name`` of a role, the ``name`` of a client app).
_OWN_NAMES = frozenset({("name",), ("display", "name"), ("title",), ("label",)})


def record_name(
    table: Sequence[str],
    column: Sequence[str],
    records: frozenset[str],
    people: frozenset[str],
    person_field: bool = False,
) -> str | None:
    """What a column is the name of, when its table's rows are applications or records of a
    thing (a role, a permission, a group) rather than people; else None. A table of programs'
    accounts with a person field filled (an ``email``) is a developer portal's people.

    >>> people = frozenset({"client", "user"})
    >>> record_name(("oauth", "clients"), ("name",), frozenset(), people)
    'application'
    >>> record_name(("api", "users"), ("name",), frozenset(), people, person_field=True)
    >>> record_name(("roles",), ("display", "name"), frozenset({"role"}), people)
    'role'
    >>> record_name(("clients",), ("name",), frozenset(), people) is None
    True
    """
    if tuple(column) not in _OWN_NAMES:
        return None
    words = [singular(w) for w in table]
    if not words:
        return None
    if program_clients(words):
        return None if person_field else "application"
    if words[-1] in records and words[-1] not in people:
        return words[-1]
    return None


def people_in_row(view: FieldView) -> list[SignalHit]:
    """A person's token in a table of tokens, the contact person a row's phone and e-mail
    reach, whom an order is delivered to; no person's name for an application's or a
    role's own name: the name signal's rule."""
    if view.kind not in {"text", ""} or not view.tokens:
        return []
    ctx, tokens, table, hits = view.ctx, view.tokens, view.table, view.hits
    table_words = view.tokenize(ctx.dataset.rsplit(".", 1)[-1])
    prefix = table_prefix([view.tokenize(s) for s in ctx.siblings])
    tokens = unprefixed(tokens, prefix)  # ``tk_token`` as ``token``
    if "people" not in table.context and any(
        h.entity == "PERSON_NAME" and not h.veto for h in hits
    ):
        filled = [view.tokenize(s) for s in ctx.siblings if s not in ctx.empty_siblings]
        person_field = bool(person_fields(filled))  # one filled is enough for a program's
        # ``client_name`` of ``oauth_clients``: the program's own name
        column = own_name(tokens, table_words) if program_clients(table_words) else tokens
        things = RECORD_THINGS
        if person_field or {"by", "per"} & set(table_words):
            things = RECORD_THINGS - {"type"}  # ``users_by_type``: people of a type
        if thing := record_name(table_words, column, things, view.words.PEOPLE, person_field):
            reason = (
                f"column name {ctx.name!r} is the name of the table's {thing}, not of a "
                "person: its rows are applications or records of a thing"
            )
            return [view.veto("PERSON_NAME", reason)]
    wants_token = "token" in tokens or "tokens" in tokens
    table_name = ctx.dataset.rsplit(".", 1)[-1]
    siblings = [unprefixed(view.tokenize(s), prefix) for s in ctx.siblings]
    buyer = buyer_name(tokens, table_words, siblings)
    wants_name = (
        tokens[-1] in {"contact", "contacts"}
        or tuple(tokens[-2:]) == ("contact", "person")
        or delivered_to(tokens, table_words)
        or buyer
    )
    if not (wants_token or wants_name):
        return []
    if (
        wants_token
        and not any(h.entity == "PAYMENT_TOKEN" and not h.veto for h in hits)
        and (entity := person_token(table_words, tokens, siblings, ctx.samples))
    ):
        what = (
            "a device's address for a person's push notifications"
            if entity == "DEVICE_ID"
            else "a secret that acts as the person, like a password"
        )
        reason = (
            f"table {table_name!r} keeps tokens of a person (its name or a key to a person "
            f"says whose) and column {ctx.name!r} holds the token itself: {what}"
        )
        return [view.hit(entity, 0.6, reason)]
    if not wants_name or any(
        h.entity == "PERSON_NAME" and not h.veto and h.score >= 0.5 for h in hits
    ):
        return []
    if buyer:
        if ctx.samples and not _buyers_sampled(distinct_texts(ctx.samples)):
            return []  # an order's own name (``#1001``) or its package's (``Party tray``)
        reason = (
            f"column name {ctx.name!r} of table {table_name!r} beside the e-mail and the "
            "address the order goes to: the name it was placed under"
        )
        return [view.hit("PERSON_NAME", 0.6, reason)]
    if ctx.samples and not names_sampled(ctx.samples):
        return []  # sampled values that are no names: a desk, a place, a code, an address
    if tuple(tokens[-2:]) == ("contact", "person") and contact_person(tokens, siblings):
        reason = (
            f"column name {ctx.name!r} says it is a contact person, whoever's contact they are: "
            "a contact person's name"
        )
    elif contact_person(tokens, siblings):
        reason = (
            f"column name {ctx.name!r} says whom to contact, and the row's own phone, fax or "
            "e-mail columns are how that contact is reached: a contact person's name"
        )
    elif delivered_to(tokens, table_words):
        reason = (
            f"column name {ctx.name!r} names whom an order of table {table_name!r} is "
            "delivered or shipped to"
        )
    else:
        return []
    return [view.hit("PERSON_NAME", 0.6, reason)]


#: Table words of what one person buys, books or sends, whose row keeps that person's details
#: when no account holds them: a walk-in customer's sale, a booking, a contact form's message.
_ONE_PERSONS = frozenset({
    "transaction", "sale", "order", "booking", "reservation", "receipt", "request", "enquiry",
    "inquiry", "message", "feedback",
})  # fmt: skip
#: Columns of a whole person's name or address kept bare in such a row.
_BARE_DETAILS = {("name",): "PERSON_NAME", ("address",): "STREET_ADDRESS"}


def row_customer(view: FieldView) -> list[SignalHit]:
    """A bare ``name`` or ``address`` of a sale, a booking or a request whose row keeps its own
    bare phone or e-mail (``phone``, ``transaction_phone``): the details of the person who
    bought, booked or wrote, as a walk-in customer's are kept in the sale (the name signal's
    rule). A name needs sampled values, every one shaped like a name (an order's ``#1001``
    is the order's own), that read as people's names or sit beside the row's bare address
    too (a feature request's ``Dark mode`` is its own), and no column of the row names a
    person otherwise (``customer_name``);
    a purchase from a supplier and a stock transfer go to the organisation itself."""
    if view.kind not in {"text", ""} or any(not h.veto and h.score >= 0.5 for h in view.hits):
        return []
    ctx = view.ctx
    table = tuple(singular(w) for w in view.tokenize(ctx.dataset.rsplit(".", 1)[-1]))
    if not table or table[-1] not in _ONE_PERSONS or set(table) & _OWN_ORDERS:
        return []
    own = set(table)
    tokens = tuple(w for w in view.tokens if singular(w) not in own) or view.tokens
    entity = _BARE_DETAILS.get(tokens)
    if entity is None or any(h.veto and h.entity == entity for h in view.hits):
        return []
    siblings = [
        tuple(w for w in view.tokenize(s) if singular(w) not in own)
        for s in ctx.siblings
        if s != ctx.name
    ]
    reach = next((s for s in siblings if s and bare_reach(s)), None)
    if reach is None or any(
        len(s) > 1 and s[-1] == "name" and s[0] in view.words.PEOPLE for s in siblings
    ):
        return []
    if entity == "PERSON_NAME":
        values = distinct_texts(ctx.samples)
        if not values or not all(name_shaped(v) for v in values):
            return []
        address = any(s == ("address",) for s in siblings)
        if not (names_sampled(values) or (address and _buyers_sampled(values))):
            # a feature request's or a room's own name beside the requester's e-mail, an
            # order's package's (``Party tray``) beside the address it goes to
            return []
    reason = (
        f"column name {ctx.name!r} is the {tokens[0]} of the person a row of table "
        f"{ctx.dataset.rsplit('.', 1)[-1]!r} is for, whose own {'_'.join(reach)!r} the row keeps"
    )
    return [view.hit(entity, 0.6, reason)]
