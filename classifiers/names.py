"""The name signal: what a field's name, comment, label, type and table say it holds.

Identifiers are cut into lower-case tokens (``billingEmail``, ``billing-email`` and
``Billing_Email__c`` all give ``billing email``; glued words such as ``dateofbirth`` are split with
a small vocabulary), then matched against the patterns of :mod:`classifiers.name_patterns`.
Ambiguous words (``name``, ``address``, ``city``, ``token``) count only in a context that makes
them personal: a table of people, an address, a payment card. Guards veto what a name seems to say
but the field cannot be: flags (``email_verified``), keys (``address_id``), timestamps (``*_at``)
and boolean, numeric or date columns. The words the contexts and guards look for are in
:mod:`classifiers.name_words`; docs/entities.md describes every rule.

>>> from classifiers.base import FieldContext
>>> hits = NameSignal().evaluate(FieldContext("shop", "public.customer", "billing_email"))
>>> [(h.entity, h.score, h.reason) for h in hits]
[('EMAIL_ADDRESS', 0.7, "column name 'billing_email' matches email")]
>>> [h.veto for h in NameSignal().evaluate(
...     FieldContext("shop", "customer", "email_verified", data_type="boolean"))]
[True]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import pairwise
from numbers import Real
from typing import ClassVar

from .base import FieldContext, Signal, SignalHit
from .cases_and_registers import (
    IDENTITY_COLUMNS,
    case_account,
    citizen_count,
    identity_number,
    settings_login,
)
from .demographics import person_key
from .entities import ENTITIES
from .fixtures_and_accounts import (
    PROFILE_PLATFORMS,
    expiry_beside_card,
    platform_beside_platforms,
)
from .households_and_logins import (
    abbreviation_suffix,
    household_table,
    login_credential,
    persons_login,
)
from .measures_and_factors import (
    FACTOR_NAMES,
    FACTOR_SECRETS,
    FACTOR_URIS,
    issuer_subject,
    otpauth_uris,
    second_factor_table,
)
from .members_and_codes import PERSON_TABLES, abbreviates, code_list_table, coded, trait_key
from .members_and_lookups import (
    email_id,
    fractional_type,
    login_secret_table,
    other_names,
    own_vocabulary,
    prefixed_copy,
    sex_flags,
)
from .name_patterns import PATTERNS, TYPE_KINDS, WEB_PAGE, NamePattern
from .name_tokens import Tokenizer, singular
from .name_words import NameWords, person_fields
from .organisations import (
    CONTACT_ENTITIES,
    ORGANISATION_PARTS,
    ORGANISATION_TABLES,
    PERSON_ENTITIES,
    PERSON_WORDS,
    PLACE_TABLES,
    PREMISES_ENTITIES,
    SALES_RECORDS,
    business_contact_hits,
    counts_people,
    ledger_column,
    names_a_holder,
    organisation_column,
    owned_by_organisation,
    role_mailboxes,
    supplier_key,
)
from .people import about_people
from .profiles_and_logs import gendered_forms, own_name, table_prefix, unprefixed
from .row_people import (
    contact_person,
    delivered_to,
    names_sampled,
    person_token,
    program_clients,
    record_name,
    secret_shaped,
)
from .secrets_and_senders import (
    account_secret,
    beside_a_login,
    login_attempt_login,
    login_table,
    message_author,
)
from .states import workflow_states
from .types import ENUM_ENTITIES, base_type, is_enum
from .vehicles_and_licences import DRIVING, asks, licence_number, vehicle_id

#: Words of a row's audit trail (``created_by``, ``history_createdby_employeeid``): the column
#: names who edited the row, not a contact person of the organisation the row describes.
AUDIT_WORDS = frozenset({
    "created", "createdby", "modified", "modifiedby", "updated", "updatedby", "changed",
    "changedby", "edited", "editedby", "inserted", "insertedby", "deleted", "deletedby",
})  # fmt: skip
#: A user's id at an identity provider, next to a ``provider`` column.
PROVIDER_UIDS = frozenset(
    {"uid", "provider_uid", "provider_id", "provider_user_id", "external_uid"}
)
#: Table words of bills, whose payee or issuer (``payee_name``) is the party that bills.
BILLS = frozenset({"invoice", "bill", "billing", "receipt", "statement", "creditnote"})
#: First words of a bill's columns that name the party that bills.
ISSUERS = frozenset(
    {"payee", "issuer", "creditor", "biller", "invoicer", "remittee"}
    | {"seller", "vendor", "merchant"}
)
#: A sibling that is a login (``username``, ``login``, ``admin_email``): a bare ``pass`` next to
#: it is the password.
_LOGIN_COLUMN = re.compile(r"(?:[a-z]+_)?(?:user_?name|login(?:_?name)?|e_?mail(?:_?address)?)")
#: First words of a bill's columns that name the party billed (kept personal in settings).
BILLED = frozenset({"recipient", "debtor", "payer", "billed", "addressee"})


def _person_key(tokens: tuple[str, ...], people: frozenset[str]) -> bool:
    """Whether a column is a key to a person (``user_id``, ``personKey``, a bare ``user`` as
    Django and Rails fixtures name a foreign key).

    >>> _person_key(("user", "id"), frozenset({"user"})), _person_key(("group", "id"), frozenset())
    (True, False)
    """
    words = [singular(w) for w in tokens]
    if len(words) == 2 and words[-1] in {"id", "key", "fk"}:
        return words[0] in people
    return len(words) == 1 and words[0] in _BARE_PERSON_KEYS


def _keys_a_person(tokens: tuple[str, ...], people: frozenset[str]) -> bool:
    """:func:`_person_key`, or a key to a person after a role word (``owner_user_id``).

    >>> _keys_a_person(("owner", "user", "id"), frozenset({"user"}))
    True
    """
    return _person_key(tokens, people) or (len(tokens) == 3 and _person_key(tokens[1:], people))


def _surname(tokens: tuple[str, ...]) -> bool:
    """Whether a column is a surname (``surname``, ``last_name``, ``family_name``).

    >>> _surname(("family", "name")), _surname(("surname",)), _surname(("name",))
    (True, True, False)
    """
    return bool(tokens) and (
        tokens[-1] in {"surname", "lastname"}
        or (tokens[-1] == "name" and len(tokens) >= 2 and tokens[-2] in _LAST_NAME)
    )


#: A path in a file system (``/srv/app``, ``~/jobs``, ``C:\\builds``): a working directory.
_FILE_PATH = re.compile(r"(?:/|~/|[A-Za-z]:\\)\S*")
#: Words of a table whose rows are a login or an identity at a provider (``users``,
#: ``identities``, ``oauth_accounts``).
_LOGIN_TABLES = frozenset({"user", "identity", "authentication", "authorization", "login"})
#: Words that make an ``accounts`` table a person's accounts at outside providers.
_LINKED_ACCOUNTS = frozenset({"connected", "linked", "social", "oauth", "omniauth", "external"})


#: Bare foreign keys to a person (``user``, ``person``), as fixtures name them.
_BARE_PERSON_KEYS = frozenset({"user", "person", "owner", "member", "customer", "employee"})


#: Things whose full name a column may hold (``product_full_name``), besides organisations and
#: places.
THING_WORDS = frozenset({
    "product", "item", "model", "brand", "category", "course", "program", "programme", "project",
    "event", "team", "league", "club", "album", "book", "film", "movie", "song", "track", "game",
    "device", "vehicle", "ship", "aircraft", "plan", "package", "service", "currency", "language",
})  # fmt: skip


#: Things an application keeps records of: in a table named for one (``admin_profiles``,
#: ``media_library``), ``<thing>_name`` is that thing's name, not a person's.
RECORD_THINGS = THING_WORDS | frozenset({
    "media", "file", "image", "profile", "role", "permission", "template", "module", "plugin",
    "theme", "layout", "widget", "menu", "page", "banner", "report", "group", "tag", "type",
})  # fmt: skip


#: The contact details a column named for an organisation or premises holds as its own: where
#: it is and how to reach it (not ``bank_account``: the words then name the entity itself).
OWN_CONTACT = frozenset({
    "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "CITY", "REGION", "POSTAL_CODE",
    "GEOLOCATION",
}) & frozenset(CONTACT_ENTITIES)  # fmt: skip
#: What a bill's issuer or an organisation's settings may name: its contact details, name, tax
#: id and bank account.
ISSUER_ENTITIES = OWN_CONTACT | {"PERSON_NAME", "TAX_ID", "BANK_ACCOUNT"}
#: Table words of mass mailings (one mail to many), whose sender is the organisation.
MASS_MAILINGS = frozenset({"newsletter", "massmailer", "mass", "campaign", "mailing", "broadcast"})
#: First words of a mail's sender columns (``from_email``, ``sender_name``).
SENDERS = frozenset({"from", "sender", "reply"})
#: Mails an application sends by itself (``receipt_from_email``, ``confirm_from_name``): their
#: sender is the organisation that runs it.
AUTOMATIC_MAILS = frozenset({
    "receipt", "confirm", "confirmation", "notification", "notify", "reminder", "invoice",
    "acknowledgement", "thankyou", "welcome", "alert", "system", "noreply",
})  # fmt: skip
SENDER_ENTITIES = frozenset({"EMAIL_ADDRESS", "PERSON_NAME"})
#: What a machine has of its own: an address and logins.
MACHINE_ENTITIES = frozenset({"IP_ADDRESS", "USERNAME", "PASSWORD_HASH", "PASSWORD"})


#: Table heads of records a payment provider keeps that hold no means of payment: their bare
#: ``stripe_id`` is the provider's key of the record (``sub_...``, ``in_...``), not a token.
PROVIDER_RECORDS = frozenset({
    "subscription", "invoice", "charge", "plan", "product", "price", "payout", "refund",
    "transfer", "dispute", "coupon", "discount", "event", "webhook", "order", "intent",
    "session", "checkout", "item", "line", "fee", "tax",
})  # fmt: skip
#: Words between a person and ``details`` that make the table about something of theirs, not
#: more of the person (``customer_order_details``, ``user_device_info``).
_NOT_A_PERSONS_DETAIL = (
    RECORD_THINGS
    | PROVIDER_RECORDS
    | ORGANISATION_TABLES
    | SALES_RECORDS
    | PLACE_TABLES
    | NameWords.ADDRESS_TABLES
)
#: Table heads of trading parties, people or organisations: a column naming a contact person
#: (``contact_name``) says the row is an organisation's.
TRADING_PARTIES = frozenset({"customer", "cust", "client", "buyer", "partner"})
#: Of those, the ones an organisation sells to: a contact person named in their row by first and
#: last name is who the seller writes to at the row's address, so that address stays reported.
BUYERS = frozenset({"customer", "cust", "client", "buyer"})
_FIRST_NAME = frozenset({"first", "firstname", "given"})
_LAST_NAME = frozenset({"last", "lastname", "family", "surname"})
#: The words after ``contact`` in a column naming the contact person (``ContactFirstName``).
_CONTACT_NAME = frozenset({
    "name", "person", "first", "last", "firstname", "lastname", "full", "given", "family",
    "surname",
})  # fmt: skip


_WEB_PAGE = re.compile(WEB_PAGE)
#: Last words of a column holding a mail's or a page's text (``thankyou_email_text``,
#: ``newsletter_subject``, ``footer_text``): outside a table of people, no e-mail address, whatever
#: its name or comment says, unless a sampled value is one (a person's ``signature_text``, in a
#: row pointing at them, may hold theirs).
_MAIL_TEXTS = frozenset({"text", "subject", "body", "template"})
#: Last words of a table holding more of a person's details (``volunteer_job_details``).
_DETAILS = frozenset({"information", "info", "detail", "details"})


#: Words of an address column that name an organisation's seat (``registered_address``,
#: ``hq_street``): the company's, not where its contact person is reached.
_SEAT_WORDS = frozenset({
    "registered", "head", "hq", "headquarters", "headquarter", "legal", "office", "company",
    "corporate", "business",
})  # fmt: skip
#: Where a web address has its dots or slashes (``example.org``, ``https://...``).
_WEB_ADDRESS = re.compile(r"[./]")
#: A word of three letters or more: a value that says something (``dashboard``, ``Growth``).
_A_WORD = re.compile(r"[^\W\d_]{3}")


def _no_web_page(ctx: FieldContext, tokens: tuple[str, ...], kind: str) -> str:
    """Why a column named for a web page (``website``, ``portfolio``) holds none, or "": a
    number, a key or a flag (a ``website`` foreign key to a sites table), or text whose sampled
    values have words and no dot or slash (a ``home_page`` setting, an investor's ``portfolio``
    style; placeholders such as ``-`` say nothing)."""
    if not _WEB_PAGE.search("_".join(tokens)):
        return ""
    if kind != "text":
        return f"{ctx.data_type} column {ctx.name!r} holds no web address"
    texts = [v for v in ctx.samples if isinstance(v, str) and v.strip()]
    # Placeholders (a dash, an ``x``) say nothing either way; a word that is no address does.
    if any(_A_WORD.search(v) for v in texts) and not any(_WEB_ADDRESS.search(v) for v in texts):
        return f"values: no sampled value of {ctx.name!r} is a web address (no dot, no slash)"
    return ""


_ADDRESS_SHAPE = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")


def _addresses_sampled(samples: Sequence[object]) -> bool:
    """Whether a sampled value is an e-mail address (a form's ``email_text`` field holds them).

    >>> _addresses_sampled(("ann.lee@example.org",)), _addresses_sampled(("Thanks, {name}!",))
    (True, False)
    """
    return any(isinstance(v, str) and _ADDRESS_SHAPE.fullmatch(v.strip()) for v in samples)


def _first_and_last(contacts: list[tuple[str, ...]]) -> bool:
    """Whether a row's contact-person columns hold the first and the last name apart
    (``contact_first_name`` and ``contact_last_name``): the row addresses that person by name,
    as a letter's addressee; one ``contact_name`` only says whom to ask for.

    >>> _first_and_last([("contact", "first", "name"), ("contact", "last", "name")])
    True
    >>> _first_and_last([("contact", "name")])
    False
    """
    words = {w for c in contacts for w in c}
    return bool(words & _FIRST_NAME) and bool(words & _LAST_NAME)


def _contact_person(tokens: tuple[str, ...]) -> bool:
    """Whether a column names a contact person (``contact_name``, ``primary_contact_person``,
    ``ContactFirstName``); ``emergency_contact_name`` is a person's next of kin, not that.

    >>> _contact_person(("contact", "first", "name")), _contact_person(("contact", "email"))
    (True, False)
    >>> _contact_person(("emergency", "contact", "name"))
    False
    """
    words = tokens[1:] if tokens[:1] in (("primary",), ("main",)) else tokens
    return len(words) >= 2 and words[0] == "contact" and all(w in _CONTACT_NAME for w in words[1:])


def _contact_key(tokens: tuple[str, ...]) -> bool:
    """Whether a column points at the row's contact person (``billing_contact``,
    ``primary_contact_id``, ``contact_id``): a person's own row has no contact.

    >>> _contact_key(("billing", "contact")), _contact_key(("contact", "id"))
    (True, True)
    >>> _contact_key(("emergency", "contact")), _contact_key(("contact", "email"))
    (False, False)
    """
    words = tokens[:-1] if tokens[-1:] in (("id",), ("key",)) else tokens
    return (
        len(words) in (1, 2)
        and words[-1] == "contact"
        and (len(words) == 1 or words[0] in _CONTACT_ROLES)
        and len(tokens) >= 2
    )


#: Which of an organisation's contacts a column names (``billing_contact``).
_CONTACT_ROLES = frozenset({"billing", "primary", "main", "technical", "admin", "sales", "account"})
#: Column words of what only a company has: a ticker symbol, an annual revenue, a parent company.
_COMPANY_FACTS = frozenset({
    ("ticker",), ("ticker", "symbol"), ("tickersymbol",), ("stock", "symbol"),
    ("annual", "revenue"), ("annualrevenue",), ("parent", "company"), ("parent", "account"),
    ("parentaccount",),
})  # fmt: skip
#: Last words of a moment (``first_contact_date``, ``member_since``): when, not who.
_WHEN = frozenset({"date", "time", "timestamp", "datetime", "at", "on", "since", "dt"})
#: Column words of a company's own website (``company_url``): with no person field in the row,
#: the rows are companies (a client's or a customer's that is a business).
_COMPANY_SITES = frozenset({
    ("company", "url"), ("company", "website"), ("company", "web", "site"), ("company", "site"),
    ("company", "homepage"),
})  # fmt: skip
#: Where a company was incorporated (``country_of_incorporation``): a company fact that, like a
#: company's website, counts only in a row with no name, birth date or gender of a person and a
#: table not named for people (a bank's customers may be people or companies). Not a date of
#: incorporation: a sole trader's or a director's row may keep one.
INCORPORATION = frozenset({
    ("country", "of", "incorporation"), ("state", "of", "incorporation"),
    ("place", "of", "incorporation"), ("jurisdiction", "of", "incorporation"),
    ("incorporation", "country"), ("incorporation", "state"), ("incorporation", "place"),
    ("incorporation", "jurisdiction"),
})  # fmt: skip


#: A bare ``contact`` of an organisation's or a place's row may hold a name, a phone number or a
#: desk ("Reception"): it does not by itself put a person in the row (``contact_name`` does).
_BARE_CONTACT = frozenset({("contact",), ("contacts",)})

#: Last words of the columns :mod:`classifiers.members_and_lookups` judges (``other_names``,
#: ``email_id``, an API key table's ``key``, a credential's ``value`` or ``secret``).
_MEMBER_LAST = frozenset({
    "name", "names", "othernames", "id", "emailid", "key", "value", "secret", "pwd",
})  # fmt: skip
#: Names of a user's id: kept as text with login names in it (``admin``, ``j.doe``), a user name.
_USER_IDS = frozenset({("user", "id"), ("usr", "id"), ("userid",)})
#: A login name: letters first (three at least, dots, dashes or underscores between), up to four
#: digits at the end; no number, code, hash or UUID is one.
_LOGIN = re.compile(r"[A-Za-z][A-Za-z._-]{2,31}\d{0,4}")


def _login_names(samples: Sequence[object]) -> int:
    """How many distinct sampled values are login names, or 0 unless all of them are.

    >>> _login_names(("admin", "j.doe", "mlee42")), _login_names(("admin", "a3f9c2e1"))
    (3, 0)
    >>> _login_names(("usr_8f3k2",)), _login_names(())
    (0, 0)
    """
    values = {str(v).strip() for v in samples if v is not None and str(v).strip()}
    if not values or not all(_LOGIN.fullmatch(v) for v in values):
        return 0
    return len(values)


#: A login's entities: at a service the application calls, they are the application's.
_LOGIN_ENTITIES = frozenset({"USERNAME", "PASSWORD_HASH"})


def _service_of(tokens: tuple[str, ...], providers: frozenset[str]) -> str:
    """The service whose credential a login column names (``eway_api_password``: the eway
    API; ``authorizenet_login_id``: authorizenet), or "" for a person's login.

    >>> _service_of(("eway", "api", "password"), frozenset({"eway"}))
    'eway'
    >>> _service_of(("api", "username"), frozenset()), _service_of(("login", "id"), frozenset())
    ('an API', '')
    """
    provider = next((t for t in tokens if t in providers), None)
    if provider is not None:
        return provider
    return "an API" if "api" in tokens else ""


#: Column words of a way to reach someone: an address table with one is a person's or a
#: household's (a phone), not a list of places.
_REACH_WORDS = NameWords.REACH


def _counts_own_people(words: tuple[str, ...], people: frozenset[str]) -> bool:
    """Whether a column counts the row's own customers, members or staff (``unique_customers``,
    ``num_of_staff``, ``NumberEmployees``): a person has none, an organisation has.

    >>> _counts_own_people(("unique", "customers"), frozenset({"customer"}))
    True
    >>> _counts_own_people(("customer", "name"), frozenset({"customer"}))
    False
    """
    if len(words) < 2 or words[0] not in _COUNTS:
        return False
    return singular(words[-1]) in people or words[-1] in {"staff", "employees", "members"}


#: Last words of a measure (``member_months``, ``patient_days``, ``visitor_avg``): a column
#: measuring people names no person.
_MEASURES = frozenset({
    "months", "days", "years", "weeks", "hours", "avg", "average", "sum", "rate", "ratio",
    "share", "pct", "percent",
})  # fmt: skip
#: First words of a count (``unique_customers``, ``num_of_staff``).
_COUNTS = frozenset({"unique", "number", "num", "no", "nb", "total", "count", "distinct"})

#: Column words of a person's own fields or logins: a table of accounts with one holds people's.
_PERSON_FIELDS = frozenset({
    "email", "mail", "password", "passwd", "pwd", "pass", "username", "login", "first", "last",
    "surname", "firstname", "lastname", "birth", "birthday", "dob", "gender", "sex", "ssn",
})  # fmt: skip

#: Words of a person's own fields (a name, a birth date, a gender): not a company's.
_OWN_PERSON_FIELDS = _PERSON_FIELDS - {
    "email", "mail", "password", "passwd", "pwd", "pass", "username", "login",
}  # fmt: skip


def _own_person_field(words: tuple[str, ...]) -> bool:
    """Whether a column is a person's own name, birth date or gender (``first_name``,
    ``date_of_birth``, ``sex``; not ``last_modified_by``).

    >>> _own_person_field(("last", "name")), _own_person_field(("last", "modified", "by"))
    (True, False)
    """
    if set(words) & (_OWN_PERSON_FIELDS - {"first", "last"}) and words[-1] not in _WHEN:
        return True
    return any(a in {"first", "last"} and b == "name" for a, b in pairwise(words))


#: Columns of where a notification is delivered, and the columns saying by which way.
_DELIVERY_COLUMNS = frozenset({("uri",), ("url",), ("target",), ("destination",), ("endpoint",)})
_CHANNELS = frozenset({"protocol", "channel", "transport", "medium"})

#: Last words of a key (the bare ``<provider>_id`` form).
_ID_WORDS = frozenset({"id", "ref", "reference"})
#: Numbers of an article or a publication (``isbn``, ``ean``, ``sku``): ten or thirteen digits
#: that look like a phone or an account number, but number a product, never a person.
ARTICLE_NUMBERS = frozenset({"isbn", "issn", "ean", "upc", "gtin", "asin", "mpn", "sku"})
#: Numbers of an organisation or of its location (``san``, a book trade's Standard Address
#: Number; ``gln``, ``duns``, ``lei``): they look like phone or account numbers, but name a
#: business, never a person.
ORGANISATION_NUMBERS = frozenset({"san", "gln", "duns", "lei"})
#: Words of a phone number's parts (``area_code``, ``dial_code``): a code with one is a phone's.
_PHONE_CODES = frozenset({
    "phone", "telephone", "tel", "mobile", "cell", "fax", "dial", "dialing", "dialling", "calling",
    "area", "trunk", "prefix",
})  # fmt: skip
#: Last words of a flag or a setting (``staff_catalog_visible``, ``member_only``): a column
#: named so is about people in general, it names no one in the row.
_FLAG_LAST = frozenset({
    "visible", "visibility", "hidden", "public", "enabled", "disabled", "allowed", "required",
    "mandatory", "active", "flag", "flags", "locked", "only", "optin", "optout",
})  # fmt: skip


#: The codes a gender column's name may end with, saying how it is coded (``gender_mf``,
#: ``gender_mfu``: male, female, unknown).
_GENDER_CODES = re.compile(r"[mfuxon]{2,4}")


#: Digits of the longest value of a key column that is still only a row's number.
KEY_DIGITS = 5


def _short_numbers(samples: Iterable[object]) -> bool:
    """Whether at least 3 sampled values are all integers of at most :data:`KEY_DIGITS` digits.

    >>> _short_numbers([119, 141, 270]), _short_numbers(["68476213", "36546321", "65465421"])
    (True, False)
    """
    count = 0
    for value in samples:
        text = str(value).strip()
        if not text.isdigit() or len(text) > KEY_DIGITS:
            return False
        count += 1
    return count >= 3


def _a_thing(lead: tuple[str, ...]) -> bool:
    """Whether the word before ``full_name`` is a place, an organisation or another thing
    (``building_full_name``), not a person or a role (``customer_full_name``)."""
    if not lead:
        return False
    word = singular(lead[-1])
    if word in NameWords.PEOPLE or word in NameWords.ROLES:
        return False
    return word in ORGANISATION_TABLES or word in PLACE_TABLES or word in THING_WORDS


@dataclass(frozen=True)
class _Match:
    pattern: NamePattern
    start: int
    end: int
    score: float


#: A key to the organisation above this one (``parent``, ``parent_ou``): no person.
_PARENT_KEYS = frozenset({(), ("id",), ("key",), ("ou",), ("unit",), ("org",), ("no",), ("code",)})


@dataclass(frozen=True)
class _Table:
    tokens: frozenset[str]
    head: str
    #: Contexts the table's other columns give (a street and a postcode: "address", "postal").
    context: frozenset[str] = frozenset()
    #: The prefix most of the table's columns share when it abbreviates the head of a table of
    #: people a record keeps (``vlnt_`` of ``volunteer``), else "".
    abbreviation: str = ""


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


_CLAUSE = re.compile(r"[.;:!?,()\[\]{}/|\n\r\t]+")
_WORD = re.compile(r"[^\W_]+")
#: A house number (``housenumber``, ``recipient_house_no``, ``street_number``): part of a street
#: address even in a numeric column, where the street is kept apart.
_HOUSE_NUMBER = re.compile(r"(?:^|_)(?:house|street)_?(?:numbers?|num|no|nr|nbr)$")
_TYPE_PARAMS = re.compile(r"\s*\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\)")


def _code_label(column: tuple[str, ...], table: tuple[str, ...]) -> bool:
    """Whether a column is a code list's label: a bare ``name`` or ``label``, or the table's
    own words before it (``membersex_name`` of ``membersex``; not ``customer_name``, nor a
    ``surname``)."""
    return (
        len(column) >= 1
        and column[-1] in {"name", "label"}
        and (len(column) == 1 or tuple(column[:-1]) == tuple(table))
    )


#: How a key to a code list's reason names each trait.
NOUNS_OF_TRAITS = {
    "GENDER": "sex or gender",
    "DEMOGRAPHIC": "marital status or nationality",
    "SENSITIVE_DEMOGRAPHIC": "religion or ethnicity",
    "HEALTH": "an illness or a disability",
}


class NameSignal(NameWords, Signal):
    """Labels a field from its name, comment, label, data type and table name (its words are
    the class constants of :class:`~classifiers.name_words.NameWords`)."""

    name = "names"

    #: The patterns it matches (from :mod:`classifiers.name_patterns`).
    PATTERNS: ClassVar[tuple[NamePattern, ...]] = PATTERNS

    def __init__(self) -> None:
        self._tokenizer = Tokenizer(self.split_words())
        self._free = [
            (p, re.compile(rf"(?<=_)(?:{p.words})(?=_)")) for p in self.PATTERNS if not p.bare
        ]
        self._bare = [
            (p, re.compile(rf"_(?:{p.words})(?:_\d+)?_")) for p in self.PATTERNS if p.bare
        ]
        self._any = re.compile(rf"(?<=_)(?:{'|'.join(p.words for p in self.PATTERNS)})(?=_)")
        self._match_cache: dict[tuple[str, ...], tuple[tuple[NamePattern, int, int], ...]] = {}
        self._table_cache: dict[tuple[str, tuple[str, ...], frozenset[str]], _Table] = {}
        self._text_cache: dict[tuple[str, _Table], list[tuple[str, float, str]]] = {}
        self._org_cache: dict[
            tuple[str, tuple[str, ...], frozenset[str]], tuple[str, str | None, bool, bool] | None
        ]
        self._org_cache = {}
        self._kind_cache: dict[str, str] = {}

    # -- names and tables ----------------------------------------------------------------------

    def tokens(self, identifier: str) -> tuple[str, ...]:
        """Lower-case words of an identifier, whatever its casing and separators.

        >>> NameSignal().tokens("npe01__HomeEmail__c")
        ('home', 'email')
        >>> NameSignal().tokens("customerDateOfBirth")
        ('customer', 'date', 'of', 'birth')
        >>> NameSignal().tokens("cc_last4")
        ('cc', 'last', '4')
        """
        return self._tokenizer.tokens(identifier)

    def _details_of(
        self, heads: list[str], singulars: tuple[str, ...], siblings: tuple[str, ...]
    ) -> bool:
        """Whether a table holds more details of the person its name starts with: a people
        word first, a details word last, no thing, record or organisation between
        (``staff_pay_details`` yes, ``customer_order_details`` no), and a key to that person
        among its columns (``staff_id``)."""
        if len(heads) < 2 or singulars[-1] not in _DETAILS or heads[0] not in self.PEOPLE:
            return False
        person = heads[0]
        between = [w for w in heads[1:] if w not in _DETAILS]  # ``info`` may be filler
        if any(w in _NOT_A_PERSONS_DETAIL or (w in self.PEOPLE and w != person) for w in between):
            return False
        return any(
            tuple(singular(w) for w in self.tokens(s)) in {(person, "id"), (person,)}
            for s in siblings
        )

    def _table(
        self, dataset: str, siblings: tuple[str, ...] = (), empty: frozenset[str] = frozenset()
    ) -> _Table:
        """The table's words, its head noun (``customer_entity``: ``customer``) and what its
        columns say its rows are (a person field ``empty`` in every row sampled says nothing)."""
        key = (dataset, siblings, empty)
        cached = self._table_cache.get(key)
        if cached is None:
            tokens = self.tokens(dataset.rsplit(".", 1)[-1])
            singulars = tuple(singular(t) for t in tokens)
            heads = [t for t in singulars if t not in self.TABLE_FILLER and not t.isdigit()]
            columns = [self.tokens(s) for s in siblings]
            if abbreviation_suffix(heads, columns):
                heads.pop()  # ``patient_pat``: the table's word, then its columns' prefix
            if len(heads) >= 2 and heads[-1] in self.ACCOUNT_HEADS and heads[-2] in self.PEOPLE:
                heads.pop()  # ``user_accounts``: a user's account, about the user
            head = heads[-1] if heads else ""
            if len(heads) >= 2 and heads[0] in ORGANISATION_TABLES and head in ORGANISATION_PARTS:
                head = heads[0]  # ``org_unit``, ``company_address``: the organisation's own
            context = self._sibling_context(siblings, empty)
            if self._details_of(heads, singulars, siblings):
                # ``volunteer_job_details`` with a ``volunteer_id``: more of that person's
                # row, kept in a table of its own.
                context |= {"people"}
            if household_table(heads, columns):
                context |= {"people", "address"}  # a family's name, phones and address
            if head in SALES_RECORDS:
                context -= {"people"}  # a deal's contact columns do not make its rows people
            prefix = table_prefix(columns) or ""
            if head not in PERSON_TABLES or not abbreviates(prefix, head):
                prefix = ""
            cached = self._table_cache[key] = _Table(
                frozenset(tokens) | set(singulars), head, context, prefix
            )
        return cached

    def _sibling_context(
        self, siblings: tuple[str, ...], empty: frozenset[str] = frozenset()
    ) -> frozenset[str]:
        """What the table's columns say its rows are: people (from the person fields that hold
        something), postal addresses."""
        columns = [self.tokens(name) for name in siblings]
        words = {w for column in columns for w in column}
        context = set()
        if len(words & self.SIBLING_POSTAL) >= 2:
            context |= {"address", "postal"}
        filled = [c for name, c in zip(siblings, columns, strict=True) if name not in empty]
        if len(person_fields(filled)) >= 2:
            context |= {"people", "address"}
        if any(_LOGIN_COLUMN.fullmatch("_".join(column)) for column in columns):
            context.add("login")
        return frozenset(context)

    # -- matching -----------------------------------------------------------------------------

    def _matches(self, tokens: tuple[str, ...]) -> tuple[tuple[NamePattern, int, int], ...]:
        """Every non-bare pattern match as (pattern, first token, token after the last)."""
        cached = self._match_cache.get(tokens)
        if cached is None:
            joined = "_" + "_".join(tokens) + "_"
            found: list[tuple[NamePattern, int, int]] = []
            if self._any.search(joined):
                for pattern, regex in self._free:
                    for m in regex.finditer(joined):
                        start = joined.count("_", 0, m.start()) - 1
                        found.append((pattern, start, joined.count("_", 0, m.end())))
            cached = self._match_cache[tokens] = tuple(found)
        return cached

    def _candidates(self, tokens: tuple[str, ...], table: _Table, core: int) -> list[_Match]:
        """Matches with their score in this context; ``core`` is where bare words may start."""
        context = self._context(tokens, table)
        raw = list(self._matches(tokens))
        if core < len(tokens):
            rest = "_" + "_".join(tokens[core:]) + "_"
            raw += [(p, core, len(tokens)) for p, regex in self._bare if regex.fullmatch(rest)]
        words = set(tokens)
        out = []
        for pattern, start, end in raw:
            if pattern.unless & words:
                continue
            score = pattern.score if not pattern.needs or pattern.needs in context else pattern.weak
            if score == pattern.weak and self._own_number(pattern, table):
                continue
            if score > 0:
                out.append(_Match(pattern, start, end, score))
        return out

    @staticmethod
    def _own_number(pattern: NamePattern, table: _Table) -> bool:
        """An account table's ``account_number`` is the record's own business number (a
        Salesforce ``Account.AccountNumber``), not a bank account, unless the table is about
        banking (then the pattern scores in full)."""
        return pattern.entity == "BANK_ACCOUNT" and table.head in ("account", "accounts")

    def _context(self, tokens: Iterable[str], table: _Table) -> set[str]:
        words = set(tokens)
        context = set()
        if table.head in self.PEOPLE or words & self.PEOPLE:
            context |= {"people", "address"}
        if table.head in self.ADDRESS_TABLES or words & self.ADDRESS_WORDS:
            context.add("address")
        if (table.tokens | words) & self.CARD_WORDS:
            context.add("card")
        if (table.tokens | words) & self.BANK_WORDS:
            context.add("bank")
        if table.head in self.POSTAL_TABLES or words & self.POSTAL_WORDS:
            context.add("postal")
        if (table.tokens | words) & self.WEB_WORDS or table.head == "session":
            context.add("web")
        if table.head in self.MAIL_TABLES or (
            table.head in self.MAIL_STORES and table.tokens & self.MAIL_TABLES
        ):
            context.add("mail")
        return context | table.context

    def _core(self, tokens: tuple[str, ...], table: _Table) -> int:
        """Index of the first token after prefixes: ``c_``, ``cust_``, the table's words, people."""
        k = 0
        while k < len(tokens) - 1 and (
            (len(tokens[k]) == 1 and tokens[k].isalpha())
            or tokens[k] in self.COLUMN_PREFIXES
            or tokens[k] in table.tokens
            or tokens[k] in self.PEOPLE
            or (k == 0 and tokens[0] == table.abbreviation)
        ):
            k += 1
        return k

    # -- the signal ---------------------------------------------------------------------------

    def evaluate(self, ctx: FieldContext) -> list[SignalHit]:
        """Hits for one field: support from the name and comment/label, vetoes from the guards."""
        tokens = self.tokens(ctx.name)
        table = self._table(ctx.dataset, ctx.siblings, ctx.empty_siblings)
        kind = self._kind_cache.get(ctx.data_type)
        if kind is None:
            kind = self._kind_cache[ctx.data_type] = self._type_kind(ctx.data_type)
        if (
            tokens
            and (tokens[-1] in self.KEY_TOKENS or tokens[0] in {"id", "fk", "pk"})
            and (
                (kind == "key" and not set(tokens) & self.ISSUED_IDS)
                or (kind in {"key", "text"} and _short_numbers(ctx.samples))
            )
        ):
            # An issued number (``InsuranceID``, ``tax_id``) may be stored as an integer; one
            # whose values are short numbers (``Policy_ID`` 119, 141) is the row's key, and so
            # is a text ``visitor_id`` holding 3, 5, 6.
            siblings = [self.tokens(s) for s in ctx.siblings]
            if (trait := trait_key(tokens, table.head, siblings)) and coded(ctx.samples):
                reason = (
                    f"column name {ctx.name!r} is a key to a code list of a person's trait "
                    f"({NOUNS_OF_TRAITS[trait]}) in a table of people"
                )
                return [SignalHit(trait, 0.6, self.name, reason)]
            what = "surrogate key" if kind == "key" else "key (its values are short numbers)"
            reason = (
                f"{ctx.data_type} column {ctx.name!r} is a {what}, never personal data by its name"
            )
            return [self._veto(entity, reason) for entity in ENTITIES]
        if tokens and tokens[-1] in ARTICLE_NUMBERS and not set(tokens) & self.PEOPLE:
            reason = f"column name {ctx.name!r} is the number of an article, not of a person"
            return [self._veto(entity, reason) for entity in ENTITIES]
        if tokens and tokens[-1] in ORGANISATION_NUMBERS and not set(tokens) & self.PEOPLE:
            reason = (
                f"column name {ctx.name!r} is the number of an organisation or of its location "
                "(a standard address number, a GLN, a DUNS number), not of a person"
            )
            return [self._veto(entity, reason) for entity in ENTITIES]
        hits = self._name_hits(ctx, tokens, table, kind)
        if (
            any(h.entity == "PERSON_NAME" and not h.veto for h in hits)
            and _code_label(tokens, self.tokens(ctx.dataset.rsplit(".", 1)[-1]))
            and code_list_table(
                self.tokens(ctx.dataset.rsplit(".", 1)[-1]),
                [self.tokens(s) for s in ctx.siblings],
                ctx.samples,
            )
        ):
            reason = f"table {ctx.dataset!r} is a code list of a person's trait: its rows are codes"
            hits = [h for h in hits if h.entity != "PERSON_NAME"]
            hits.append(self._veto("PERSON_NAME", reason))
        hits += self._text_hits(ctx, table)
        hits += self._accounts_and_cards(ctx, tokens, table, kind)
        hits += self._business_contact(ctx, tokens, table)
        hits += self._owned_contact(ctx, tokens, table, hits)
        hits += self._issuer_contact(ctx, tokens, hits)
        hits += self._machine_credentials(ctx, table, hits)
        hits += self._mass_mail_sender(ctx, tokens, table, hits)
        hits += self._campaign_contact(ctx, tokens, table, hits)
        hits += self._linked_login(ctx, tokens, hits)
        hits += self._delivery_address(ctx, tokens, table)
        hits += self._row_people(ctx, tokens, table, kind, hits)
        hits += self._vehicles_and_licences(ctx, tokens, table)
        hits += self._secrets_and_senders(ctx, tokens, table, kind, hits)
        hits += self._word_forms(ctx, tokens, hits)
        hits += self._members_and_lookups(ctx, tokens, table, kind, hits)
        hits += self._factors_and_subjects(ctx, tokens, table, kind, hits)
        hits += self._cases_and_registers(ctx, tokens, kind, hits)
        if kind == "text" and tokens in _USER_IDS and (login := _login_names(ctx.samples)):
            reason = (
                f"text column {ctx.name!r} keeps the user's id as a login name ({login} sampled "
                "values are words, not numbers or codes)"
            )
            hits.append(SignalHit("USERNAME", 0.6, self.name, reason))
        if (
            any(h.entity == "EMAIL_ADDRESS" and not h.veto for h in hits)
            and not (table.tokens & self.PEOPLE or "people" in table.context)
            and (roles := role_mailboxes(ctx.samples))
        ):
            reason = (
                f"business contact data: {roles} distinct sampled values are role "
                "mailboxes (help, requests, info...) and the table is not about people: an "
                "organisation's or a service's own address"
            )
            hits.append(self._veto("EMAIL_ADDRESS", reason))
        if (
            len(tokens) >= 2
            and tokens[-1] in _MAIL_TEXTS
            and any(h.entity == "EMAIL_ADDRESS" and not h.veto for h in hits)
            and not (table.tokens & self.PEOPLE or "people" in table.context)
            and not any(_person_key(self.tokens(s), self.PEOPLE) for s in ctx.siblings)
            and not _addresses_sampled(ctx.samples)
        ):
            reason = (
                f"column name {ctx.name!r} is the {tokens[-1]} of a mail or a page, a text, not "
                "an e-mail address, the table is not about people nor points at a person, and no "
                "sampled value is an address"
            )
            hits.append(self._veto("EMAIL_ADDRESS", reason))
        if tokens and tokens[-1] in {"code", "codes"} and not set(tokens) & _PHONE_CODES:
            reason = f"column name {ctx.name!r} is a code, not a phone number"
            hits.append(self._veto("PHONE_NUMBER", reason))
        if any(h.entity == "REGION" and not h.veto for h in hits) and (
            why := self._nobodys_addresses(ctx, table)
        ):
            hits.append(self._veto("REGION", why))
        if any(h.entity == "REGION" and not h.veto for h in hits) and workflow_states(ctx.samples):
            reason = (
                f"values: the sampled values of {ctx.name!r} are workflow states (draft, sent, "
                "paid...): a record's state, not a region"
            )
            hits.append(self._veto("REGION", reason))
        if any(h.entity == "OTHER_PERSONAL_DATA" and not h.veto for h in hits) and (
            why := _no_web_page(ctx, tokens, kind)
        ):
            hits.append(self._veto("OTHER_PERSONAL_DATA", why))
        return hits + self._type_guards(ctx, tokens, kind, {h.entity for h in hits if not h.veto})

    def _name_hits(
        self, ctx: FieldContext, tokens: tuple[str, ...], table: _Table, kind: str
    ) -> list[SignalHit]:
        found = self._candidates(tokens, table, self._core(tokens, table))
        if not found:
            return []
        # The head noun wins: in ``login_ip`` or ``address_city`` the last entity is the field.
        end = max(m.end for m in found)
        start = min(m.start for m in found if m.end == end)
        winners = {m.pattern.entity for m in found if (m.start, m.end) == (start, end)}
        hits: list[SignalHit | None] = []
        for entity in sorted(winners):
            best = max((m for m in found if m.pattern.entity == entity), key=lambda m: m.score)
            first = min(m.start for m in found if m.pattern.entity == entity)
            lead, tail = tokens[:first], tokens[end:]
            if entity == "PERSON_NAME" and tokens[first] == "full" and _a_thing(lead):
                reason = (
                    f"column name {ctx.name!r} is the full name of a {lead[-1]}, not of a person"
                )
                hits.append(self._veto(entity, reason))
                continue
            if (
                entity == "PERSON_NAME"
                and tokens[first] == "full"
                and not lead
                and table.head in THING_WORDS | PLACE_TABLES
            ):
                reason = (
                    f"column name {ctx.name!r} in a table of {table.head} records is the full "
                    f"name of a {table.head}, not of a person"
                )
                hits.append(self._veto(entity, reason))
                continue
            if (
                entity == "PERSON_NAME"
                and best.pattern.bare
                and lead
                and lead[-1] in table.tokens
                and singular(lead[-1]) in RECORD_THINGS
            ):
                continue  # ``admin_profiles.profile_name``: the name of the table's thing
            if (
                entity in _LOGIN_ENTITIES
                and (service := _service_of(tokens, self.PAYMENT_PROVIDERS))
                and table.head not in self.PEOPLE
            ):
                reason = (
                    f"column name {ctx.name!r} names an account the application uses at "
                    f"{service} (its login or secret), not a person's login"
                )
                hits.append(self._veto(entity, reason))
                continue
            if (
                entity == "PAYMENT_TOKEN"
                and len(tokens) == 2
                and tokens[-1] in _ID_WORDS
                and table.head in PROVIDER_RECORDS
            ):
                reason = (
                    f"column name {ctx.name!r} is the payment provider's key of the {table.head} "
                    "in the row, which holds no means of payment"
                )
                hits.append(self._veto(entity, reason))
                continue
            hits.append(self._judge(ctx, entity, best, lead, tail, kind))
        return [h for h in hits if h is not None]

    def _judge(
        self,
        ctx: FieldContext,
        entity: str,
        match: _Match,
        lead: tuple[str, ...],
        tail: tuple[str, ...],
        kind: str,
    ) -> SignalHit | None:
        """Support, veto or nothing for the head entity, given the words around it."""
        noun = self.NOUNS.get(entity, entity.lower().replace("_", " "))
        exempt = self.MODIFIER_EXEMPT.get(entity, frozenset())
        name = ctx.name
        modifier = next((t for t in tail if t in self.MODIFIERS and t not in exempt), None)
        if modifier:
            return self._veto(
                entity,
                f"column name {name!r}: {modifier!r} means it describes "
                f"{noun} rather than holding one",
            )
        leading = next((t for t in lead if t in self.LEADING_MODIFIERS), None)
        if leading and entity != "GENDER":
            return self._veto(
                entity,
                f"column name {name!r} starts with {leading!r}: a flag or "
                f"count about {noun}, not {noun}",
            )
        if (tail and tail[-1] in self.KEY_TOKENS) or (lead and lead[0] in {"id", "fk", "pk"}):
            if kind == "text":  # a text key may still hold the value; let the values decide
                return None
            return self._veto(
                entity, f"column name {name!r} is a key to another record, not {noun}"
            )
        reason = f"column name {name!r} matches {match.pattern.what}"
        score = match.score
        needs = match.pattern.needs
        if needs and score == match.pattern.weak:
            reason += f", less sure unless {self.NEEDS.get(needs, needs)}"
        elif needs:
            reason += f" and {self.NEEDS.get(needs, needs)}"
        allowed = self.ALLOWED_TAIL | exempt
        unknown = [
            t
            for t in tail
            if t not in allowed
            and not t.isdigit()
            and not (entity == "GENDER" and _GENDER_CODES.fullmatch(t))
        ]
        if unknown:
            score = round(score * 0.6, 2)
            reason += f" (but {unknown[0]!r} follows, so only a hint)"
        return SignalHit(entity, score, self.name, reason)

    def _text_hits(self, ctx: FieldContext, table: _Table) -> list[SignalHit]:
        """Support from the comment and the label, a little weaker than from the name."""
        best: dict[str, SignalHit] = {}
        for kind, text in (("comment", ctx.comment), ("label", ctx.label)):
            if not text.strip():
                continue
            for entity, score, what in self._text_matches(text[:300], table):
                if entity not in best or score > best[entity].score:
                    reason = f"{kind} {_quote(text)} mentions {what}"
                    best[entity] = SignalHit(entity, score, self.name, reason)
        return list(best.values())

    def _text_matches(self, text: str, table: _Table) -> list[tuple[str, float, str]]:
        """(entity, score, what) for each entity a comment or label names, clause by clause."""
        cached = self._text_cache.get((text, table))
        if cached is not None:
            return cached
        out = []
        for clause in _CLAUSE.split(text):
            tokens = tuple(
                w
                for raw in _WORD.findall(clause.lower())
                for w in self._tokenizer.unglue(raw)
                if w not in self.STOPWORDS
            )
            if not tokens:
                continue
            found = sorted(
                self._candidates(tokens, table, 0), key=lambda m: (m.start - m.end, m.start)
            )
            taken: list[_Match] = []
            for m in found:
                if all(m.end <= t.start or m.start >= t.end for t in taken):
                    taken.append(m)
            flagged = bool(set(tokens) & self.COMMENT_FLAGS)
            for m in taken:
                entity = m.pattern.entity
                exempt = self.MODIFIER_EXEMPT.get(entity, frozenset()) | {"at", "on"}
                near = set(tokens[max(0, m.start - 3) : m.start] + tokens[m.end : m.end + 3])
                before = tokens[max(0, m.start - 3) : m.start]
                if (
                    flagged
                    or (near & (self.MODIFIERS | self.KEY_TOKENS)) - exempt
                    or (set(before) & self.LEADING_MODIFIERS and entity != "GENDER")
                    or ("of" in before and {"number", "count", "total"} & set(before))
                ):
                    continue
                others = sum(
                    1
                    for i, t in enumerate(tokens)
                    if not m.start <= i < m.end and t not in self.FUNCTION_WORDS
                )
                factor = 0.8 if others <= 3 else 0.6
                out.append((entity, round(m.score * factor, 2), m.pattern.what))
        self._text_cache[(text, table)] = out
        return out

    def _business_contact(
        self, ctx: FieldContext, tokens: tuple[str, ...], table: _Table
    ) -> list[SignalHit]:
        """Vetoes or notes for the contact details of a table about organisations
        (:mod:`classifiers.organisations`)."""
        if not ctx.siblings:
            return []
        key = (ctx.dataset, ctx.siblings, ctx.empty_siblings)
        if key not in self._org_cache:
            self._org_cache[key] = self._organisation_table(ctx, table)
        found = self._org_cache[key]
        if found is None:
            return []
        why, person, own, reached_there = found
        core = [t for t in tokens if t not in table.tokens]
        own_name = own and (core or list(tokens)) == ["name"]
        at_seat = bool(set(tokens) & _SEAT_WORDS)  # ``registered_address``: the company's
        hits = business_contact_hits(
            why, person, own_name, self.name, reached_there and not at_seat
        )
        if _WEB_PAGE.fullmatch("_".join(core or tokens)):
            # ``website`` of an organisation's row: its own web page, even where a contact person
            # is named (``contact_website`` names whose page it is, and is not matched here).
            reason = f"business contact data: {why}, so its web page is the organisation's"
            hits.append(self._veto("OTHER_PERSONAL_DATA", reason))
        return hits

    def _owned_contact(
        self, ctx: FieldContext, tokens: tuple[str, ...], table: _Table, hits: list[SignalHit]
    ) -> list[SignalHit]:
        """Vetoes for a contact column named for an organisation or its premises first
        (``store_phone``, ``office_email``, ``site_address``) in a table that is not about
        people: the name says whose details they are. In a table of people the same name is a
        person's work phone, still personal data."""
        if len(tokens) < 2 or not owned_by_organisation(tokens):
            return []
        entities = sorted({h.entity for h in hits if not h.veto and h.score > 0} & OWN_CONTACT)
        table_name = ctx.dataset.rsplit(".", 1)[-1]
        if table.tokens & self.PEOPLE or "people" in table.context:
            # A person's ``company_phone`` reaches them at work; ``school_address`` is where
            # the school is, not where the person lives.
            reason = (
                f"business contact data: column name {ctx.name!r} says it is the address of "
                f"the {tokens[0]}, its premises, not where a person of table {table_name!r} lives"
            )
            return [self._veto(e, reason) for e in entities if e in PREMISES_ENTITIES]
        reason = (
            f"business contact data: column name {ctx.name!r} says it is the {tokens[0]}'s own and "
            f"table {table_name!r} is not about people"
        )
        return [self._veto(entity, reason) for entity in entities]

    def _cases_and_registers(
        self, ctx: FieldContext, tokens: tuple[str, ...], kind: str, hits: list[SignalHit]
    ) -> list[SignalHit]:
        """The account of a complaint that names its parties, an identity card's number, a count
        of citizens, a settings table's own login (:mod:`classifiers.cases_and_registers`)."""
        if kind == "text" and case_account(tokens, (self.tokens(s) for s in ctx.siblings)):
            reason = (
                f"column name {ctx.name!r} is the account of a complaint or a case in a table "
                "that names its parties: what passed between named people"
            )
            return [SignalHit("FREE_TEXT", 0.6, self.name, reason)]
        if kind == "text" and tokens in IDENTITY_COLUMNS:
            people = about_people(ctx) is not None
            siblings = [self.tokens(s) for s in ctx.siblings]
            if identity_number(tokens, ctx.samples, siblings, people=people):
                shape = "long digit strings in a table of people" if people else "a card's numbers"
                reason = (
                    f"column name {ctx.name!r} names an identity card and most sampled values "
                    f"are {shape}: the card's number"
                )
                return [SignalHit("NATIONAL_ID", 0.6, self.name, reason)]
        if kind in {"key", "number"} and citizen_count(tokens):
            reason = f"numeric column {ctx.name!r} counts citizens, no card's number"
            return [self._veto("NATIONAL_ID", reason)]
        if any(h.entity == "USERNAME" and not h.veto for h in hits) and settings_login(
            self.tokens(ctx.dataset.rsplit(".", 1)[-1]),
            tokens,
            [self.tokens(s) for s in ctx.siblings],
            self.PEOPLE,
            keyed=any(_keys_a_person(self.tokens(s), self.PEOPLE) for s in ctx.siblings),
        ):
            reason = (
                f"table {ctx.dataset.rsplit('.', 1)[-1]!r} holds settings and points at no "
                f"person: {ctx.name!r} is the application's own login at a service"
            )
            return [self._veto("USERNAME", reason)]
        return []

    def _vehicles_and_licences(
        self, ctx: FieldContext, tokens: tuple[str, ...], table: _Table
    ) -> list[SignalHit]:
        """A vehicle's plate, chassis or VIN beside a link to its owner or driver, a licence's
        number in a table of people (:mod:`classifiers.vehicles_and_licences`)."""
        if len(tokens) > 3 or not asks(tokens):
            return []
        siblings = [self.tokens(s) for s in ctx.siblings if s != ctx.name]
        table_words = self.tokens(ctx.dataset.rsplit(".", 1)[-1])
        if vehicle_id(tokens, table_words, siblings):
            reason = (
                f"column name {ctx.name!r} is a vehicle's plate, chassis or VIN in a row linked "
                "to the person who owns or drives it"
            )
            return [SignalHit("OTHER_PERSONAL_DATA", 0.6, self.name, reason)]
        of_people = bool(table.tokens & self.PEOPLE) or "people" in table.context
        if licence_number(tokens, of_people, siblings):
            if set(tokens) & DRIVING or set(table_words) & DRIVING:
                reason = (
                    f"column name {ctx.name!r} is a driving licence's number in a table of "
                    "people that names the person"
                )
                return [SignalHit("NATIONAL_ID", 0.6, self.name, reason)]
            reason = (
                f"column name {ctx.name!r} is a licence's number in a table of people that "
                "names the person: a professional or other licence, not a national id"
            )
            return [SignalHit("OTHER_PERSONAL_DATA", 0.6, self.name, reason)]
        return []

    def _row_people(
        self,
        ctx: FieldContext,
        tokens: tuple[str, ...],
        table: _Table,
        kind: str,
        hits: list[SignalHit],
    ) -> list[SignalHit]:
        """A person's token in a table of tokens, the contact person a row's phone and e-mail
        reach, whom an order is delivered to; no person's name for an application's or a
        role's own name (:mod:`classifiers.row_people`)."""
        if kind not in {"text", ""} or not tokens:
            return []
        table_words = self.tokens(ctx.dataset.rsplit(".", 1)[-1])
        prefix = table_prefix([self.tokens(s) for s in ctx.siblings])
        tokens = unprefixed(tokens, prefix)  # ``tk_token`` as ``token``
        if "people" not in table.context and any(
            h.entity == "PERSON_NAME" and not h.veto for h in hits
        ):
            filled = [self.tokens(s) for s in ctx.siblings if s not in ctx.empty_siblings]
            person_field = bool(person_fields(filled))  # one filled is enough for a program's
            # ``client_name`` of ``oauth_clients``: the program's own name
            column = own_name(tokens, table_words) if program_clients(table_words) else tokens
            things = RECORD_THINGS
            if person_field or {"by", "per"} & set(table_words):
                things = RECORD_THINGS - {"type"}  # ``users_by_type``: people of a type
            if thing := record_name(table_words, column, things, self.PEOPLE, person_field):
                reason = (
                    f"column name {ctx.name!r} is the name of the table's {thing}, not of a "
                    "person: its rows are applications or records of a thing"
                )
                return [self._veto("PERSON_NAME", reason)]
        wants_token = "token" in tokens or "tokens" in tokens
        wants_name = tokens[-1] in {"contact", "contacts"} or delivered_to(tokens, table_words)
        if not (wants_token or wants_name):
            return []
        table_name = ctx.dataset.rsplit(".", 1)[-1]
        siblings = [unprefixed(self.tokens(s), prefix) for s in ctx.siblings]
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
            return [SignalHit(entity, 0.6, self.name, reason)]
        if not wants_name or any(
            h.entity == "PERSON_NAME" and not h.veto and h.score >= 0.5 for h in hits
        ):
            return []
        if ctx.samples and not names_sampled(ctx.samples):
            return []  # sampled values that are no names: a desk, a place, a code, an address
        if contact_person(tokens, siblings):
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
        return [SignalHit("PERSON_NAME", 0.6, self.name, reason)]

    def _word_forms(
        self, ctx: FieldContext, tokens: tuple[str, ...], hits: list[SignalHit]
    ) -> list[SignalHit]:
        """A veto of a gender for a word's male or female form (``title_male`` beside
        ``title_female``: :mod:`classifiers.profiles_and_logs`)."""
        if not any(h.entity == "GENDER" and not h.veto for h in hits):
            return []
        siblings = [self.tokens(s) for s in ctx.siblings]
        prefix = table_prefix(siblings)
        if not gendered_forms(
            unprefixed(tokens, prefix), [unprefixed(s, prefix) for s in siblings]
        ):
            return []
        reason = (
            f"column name {ctx.name!r} keeps a word's male or female form beside the other "
            "form's column: a vocabulary's wording, not a person's gender"
        )
        return [self._veto("GENDER", reason)]

    def _factors_and_subjects(
        self,
        ctx: FieldContext,
        tokens: tuple[str, ...],
        table: _Table,
        kind: str,
        hits: list[SignalHit],
    ) -> list[SignalHit]:
        """A login's second-factor secret and provisioning URI, and a login's subject at the
        OpenID issuer named beside it (:mod:`classifiers.measures_and_factors`)."""
        if kind not in {"text", ""} or any(h.score >= 0.5 and not h.veto for h in hits):
            return []
        if otpauth_uris(ctx.samples):
            reason = (
                f"values: the sampled values of {ctx.name!r} are an authenticator's provisioning "
                "URIs, which carry a login's second-factor secret"
            )
            return [SignalHit("PASSWORD_HASH", 0.6, self.name, reason)]
        if tokens not in FACTOR_NAMES:
            return []  # most columns: none of the rules below can apply
        siblings = [self.tokens(s) for s in ctx.siblings]
        uri = tokens in FACTOR_URIS
        if (
            (uri or tokens in FACTOR_SECRETS)
            and second_factor_table(table.tokens)
            and person_key(ctx) is not None
            and (
                # a URI beside the secret, not sampled (a sampled one is a provisioning URI above)
                (uri and not ctx.samples and any(s in FACTOR_SECRETS for s in siblings))
                or (not uri and secret_shaped(ctx.samples))
            )
        ):
            what = "provisioning URI" if uri else "secret"
            reason = (
                f"column {ctx.name!r} is the {what} of a person's second factor in table "
                f"{ctx.dataset.rsplit('.', 1)[-1]!r}: whoever holds it passes the second "
                "factor, a secret like a password"
            )
            return [SignalHit("PASSWORD_HASH", 0.6, self.name, reason)]
        if table.head in _LOGIN_TABLES and issuer_subject(
            tokens, siblings, person_key(ctx) is not None
        ):
            reason = (
                f"column name {ctx.name!r} is the subject the OpenID issuer named beside it "
                "knows the login by: the person's login there"
            )
            return [SignalHit("USERNAME", 0.6, self.name, reason)]
        return []

    def _members_and_lookups(
        self,
        ctx: FieldContext,
        tokens: tuple[str, ...],
        table: _Table,
        kind: str,
        hits: list[SignalHit],
    ) -> list[SignalHit]:
        """A register's people fields as forms name them, a prefixed copy of a person's field,
        a login's key and credential tables, a user's id at an identity provider; vetoes for
        vocabularies of genders, a row's male and female flags and a ``pwd`` holding paths
        (:mod:`classifiers.members_and_lookups`)."""
        named = {h.entity for h in hits if not h.veto and h.score >= 0.5}
        if not tokens or not (
            len(tokens) == 1
            or tokens[-1] in _MEMBER_LAST
            or named & {"GENDER", "DEMOGRAPHIC", "SENSITIVE_DEMOGRAPHIC"}
        ):
            return []  # none of the rules below can apply: no need to read the siblings
        siblings = [self.tokens(s) for s in ctx.siblings]
        words = self.tokens(ctx.dataset.rsplit(".", 1)[-1])
        person_key = any(_keys_a_person(s, self.PEOPLE) for s in siblings)
        out: list[SignalHit] = []
        if (
            kind in {"text", ""}
            and "PERSON_NAME" not in named
            and other_names(tokens)
            and any(_surname(s) for s in siblings)
            and (
                "people" in self._context(tokens, table)
                or person_key
                or any(set(s) & (self.BIRTH_WORDS | {"gender", "sex"}) for s in siblings)
            )
        ):
            reason = (
                f"column name {ctx.name!r} is a person's other (given) names beside the "
                "surname, as forms ask for them"
            )
            out.append(SignalHit("PERSON_NAME", 0.7, self.name, reason))
        if (
            kind in {"text", ""}
            and "EMAIL_ADDRESS" not in named
            and email_id(tokens, ctx.samples)
            and "people" in self._context(tokens, table)
        ):
            reason = f"column name {ctx.name!r} calls a person's e-mail address an e-mail id"
            out.append(SignalHit("EMAIL_ADDRESS", 0.65, self.name, reason))
        if (
            not named
            and not out
            and kind != "boolean"
            and tokens == (ctx.name.lower(),)
            and "people" in self._context(tokens, table)
        ):
            copied = prefixed_copy(ctx.name, ctx.siblings)
            if copied is not None:
                sub = self.evaluate(replace(ctx, name=copied))
                vetoed = {h.entity for h in sub if h.veto}
                for h in sub:
                    if not h.veto and h.score >= 0.5 and h.entity not in vetoed:
                        reason = (
                            f"column name {ctx.name!r} is column {copied!r} under a short "
                            f"prefix, a second person's copy of it ({h.reason})"
                        )
                        out.append(SignalHit(h.entity, h.score, self.name, reason))
        if (
            kind in {"text", ""}
            and login_secret_table(words, tokens)
            and person_key
            and secret_shaped(ctx.samples)
        ):
            reason = (
                f"column {ctx.name!r} is the secret of a table of a person's API keys or "
                "credentials"
            )
            out.append(SignalHit("PASSWORD_HASH", 0.6, self.name, reason))
        if (
            kind in {"text", ""}
            and tokens == ("uid",)
            and "provider" in {"_".join(s) for s in siblings}
            and (
                table.head in _LOGIN_TABLES
                or (table.head == "account" and table.tokens & _LINKED_ACCOUNTS)
            )
        ):
            reason = (
                f"column name {ctx.name!r} is a person's id at the identity provider named "
                "beside it, in a table of logins: the account's login there"
            )
            out.append(SignalHit("USERNAME", 0.6, self.name, reason))
        texts = [str(v).strip() for v in ctx.samples if v is not None and str(v).strip()]
        if (
            "PASSWORD_HASH" in named
            and tokens[-1] == "pwd"
            and texts
            and all(_FILE_PATH.fullmatch(v) for v in texts)
        ):
            reason = (
                f"every sampled value of {ctx.name!r} is a file path: a working directory "
                "(as a shell's pwd prints it), no password"
            )
            out.append(self._veto("PASSWORD_HASH", reason))
        if named & {"GENDER", "DEMOGRAPHIC", "SENSITIVE_DEMOGRAPHIC"} and own_vocabulary(
            words, tokens, siblings, self.PEOPLE, ctx.samples
        ):
            reason = (
                f"column {ctx.name!r} lists the words its table is named for: a vocabulary, "
                "no person's"
            )
            out += [
                self._veto(e, reason) for e in ("GENDER", "DEMOGRAPHIC", "SENSITIVE_DEMOGRAPHIC")
            ]
        if (
            "GENDER" in named
            and kind in {"boolean", "number", "key"}
            and sex_flags(tokens, siblings)
            and (
                not (person_key or any(_own_person_field(s) for s in siblings))
                or any(
                    isinstance(v, Real | Decimal) and not isinstance(v, bool) and float(v) > 1
                    for v in ctx.samples
                )
            )
        ):
            reason = (
                f"column {ctx.name!r} is a flag or a count for one sex beside the other's, in "
                "a row about no person (or counting above one): a category's or a total's, not "
                "a person's gender"
            )
            out.append(self._veto("GENDER", reason))
        return out

    def _accounts_and_cards(
        self, ctx: FieldContext, tokens: tuple[str, ...], table: _Table, kind: str
    ) -> list[SignalHit]:
        """A person's account on a platform whose name is also a word (``apple`` beside
        ``twitter``), and a card's expiry beside the card's number
        (:mod:`classifiers.fixtures_and_accounts`)."""
        if kind not in {"text", "date", "number", "key", ""} or not tokens:
            return []
        siblings = [self.tokens(s) for s in ctx.siblings if s != ctx.name]
        if kind in {"text", ""} and platform_beside_platforms(
            tokens, siblings, self.SOCIAL_NETWORKS | PROFILE_PLATFORMS
        ):
            if "people" not in self._context(tokens, table):
                return []
            reason = (
                f"column name {ctx.name!r} names a platform and the row names other platforms "
                "a person keeps an account on: the person's handle or page there"
            )
            return [SignalHit("USERNAME", 0.6, self.name, reason)]
        if expiry_beside_card(tokens, siblings, ctx.samples):
            reason = (
                f"column name {ctx.name!r} is an expiry and the row keeps a payment card's "
                "number: the card's expiry"
            )
            return [SignalHit("CARD_EXPIRY", 0.6, self.name, reason)]
        return []

    def _linked_login(
        self, ctx: FieldContext, tokens: tuple[str, ...], hits: list[SignalHit]
    ) -> list[SignalHit]:
        """A bare ``name`` or ``nickname`` in a table of logins with an identity provider (a
        ``provider`` column and the user's id there, ``uid``): the account's user name there
        (OmniAuth's identities, a user's linked OAuth services)."""
        if tokens not in {("name",), ("nickname",), ("username",), ("login",)}:
            return []
        if any(h.entity == "USERNAME" and h.score >= 0.5 for h in hits):
            return []
        siblings = {"_".join(self.tokens(s)) for s in ctx.siblings}
        if "provider" not in siblings or not siblings & PROVIDER_UIDS:
            return []
        reason = (
            f"column name {ctx.name!r} is the account's name in a table of logins with an "
            "identity provider (provider and uid columns)"
        )
        return [SignalHit("USERNAME", 0.6, self.name, reason)]

    def _secrets_and_senders(
        self,
        ctx: FieldContext,
        tokens: tuple[str, ...],
        table: _Table,
        kind: str,
        hits: list[SignalHit],
    ) -> list[SignalHit]:
        """A person's account secrets kept beside the password (``remember_hash``,
        ``activation_secret``, ``recovery_token``), the sender's ``name`` of a message with the
        sender's e-mail or phone (a ticket, an enquiry), and the login typed in a table of login
        attempts (:mod:`classifiers.secrets_and_senders`)."""
        if kind not in {"text", ""} or not tokens:
            return []
        table_name = ctx.dataset.rsplit(".", 1)[-1]
        if (
            (
                secret := account_secret(tokens[self._core(tokens, table) :])
                or account_secret(tokens)
            )
            and self._login_secret(ctx, tokens, table)
            and secret_shaped(ctx.samples)
        ):
            reason = (
                f"column name {ctx.name!r} is {secret} of a person's account in table "
                f"{table_name!r}: whoever holds it logs in as the person, a secret like a password"
            )
            return [SignalHit("PASSWORD_HASH", 0.6, self.name, reason)]
        if (
            credential := login_credential(
                tokens[self._core(tokens, table) :], self.SOCIAL_NETWORKS
            )
        ) and (
            persons_login(table.head, [self.tokens(s) for s in ctx.siblings])
            and secret_shaped(ctx.samples)
        ):
            reason = (
                f"column name {ctx.name!r} is {credential} of a login in table "
                f"{table_name!r}: whoever holds it acts as the person, a secret like a password"
            )
            return [SignalHit("PASSWORD_HASH", 0.6, self.name, reason)]
        if (
            tokens == ("name",)
            and "people" not in self._context(tokens, table)
            and not any(h.entity == "PERSON_NAME" and h.score >= 0.5 for h in hits)
            and (
                reach := message_author(
                    tokens, table.head, [self.tokens(s) for s in ctx.siblings], table.tokens
                )
            )
        ):
            reason = (
                f"column name {ctx.name!r} of table {table_name!r}, whose rows are messages a "
                f"person sends, beside the sender's column {reach!r}: the sender's name"
            )
            return [SignalHit("PERSON_NAME", 0.6, self.name, reason)]
        if login_attempt_login(tokens, table.tokens):
            reason = (
                f"column name {ctx.name!r} of table {table_name!r}, whose rows are attempts to "
                "log in: the login the person typed"
            )
            return [SignalHit("USERNAME", 0.6, self.name, reason)]
        return []

    def _login_secret(self, ctx: FieldContext, tokens: tuple[str, ...], table: _Table) -> bool:
        """Whether an account secret's column is a login's: in a login's own table (``users``,
        ``password_resets``) or beside a password or a login name; a recovery code only in a
        login's table (a debt's or a flight's recovery is no login's)."""
        if login_table(table.tokens, table.head):
            return True
        return "recovery" not in tokens and beside_a_login([self.tokens(s) for s in ctx.siblings])

    def _nobodys_addresses(self, ctx: FieldContext, table: _Table) -> str:
        """Why a state or region is nobody's, or "": in a table of addresses (``addresses``,
        ``address``) with no person in it (no key to a person, no name, phone or e-mail, no
        people word), the addresses may be anyone's or a place's, and a state alone, coarse as
        it is, points at no one. The street, city and postcode are still reported."""
        if table.head not in self.POSTAL_TABLES or table.tokens & self.PEOPLE:
            return ""
        if "people" in table.context or not ctx.siblings:
            return ""
        for name in ctx.siblings:
            words = self.tokens(name)
            if (
                _person_key(words, self.PEOPLE)
                or names_a_holder(words, self.PEOPLE)
                or set(words) & _REACH_WORDS
                or words in {("name",), ("names",)}
            ):
                return ""
        return (
            f"table {ctx.dataset.rsplit('.', 1)[-1]!r} lists addresses with no person in it (no "
            "key to one, no name, phone or e-mail): a state or region alone points at no one"
        )

    def _delivery_address(
        self, ctx: FieldContext, tokens: tuple[str, ...], table: _Table
    ) -> list[SignalHit]:
        """Where a person's notifications go: in a table of notifications or mails that says
        by which protocol or channel they go (``protocol``, ``channel``) and points at a person
        (``user_notifications`` with a ``user_id``), a ``uri``, ``target`` or ``destination``
        is the person's address there, an e-mail address (or a phone number)."""
        if tokens not in _DELIVERY_COLUMNS or "mail" not in self._context(tokens, table):
            return []
        columns = [self.tokens(s) for s in ctx.siblings]
        if not any(len(c) == 1 and c[0] in _CHANNELS for c in columns):
            return []
        if not (table.tokens & self.PEOPLE or any(_person_key(c, self.PEOPLE) for c in columns)):
            return []
        reason = (
            f"column name {ctx.name!r} is where a person's notifications are delivered (the "
            "table says by which protocol or channel): their e-mail address or phone"
        )
        return [SignalHit("EMAIL_ADDRESS", 0.6, self.name, reason)]

    def _machine_credentials(
        self, ctx: FieldContext, table: _Table, hits: list[SignalHit]
    ) -> list[SignalHit]:
        """Vetoes for a machine's address and logins: in a table of servers or hosts
        (``servers``, ``hosting_servers``) that is not about people and points at no person,
        the IP addresses, user names and passwords are the machine's."""
        entities = sorted({h.entity for h in hits if not h.veto and h.score > 0} & MACHINE_ENTITIES)
        if (
            not entities
            or table.head not in self.MACHINE_TABLES
            or table.tokens & self.PEOPLE
            or "people" in table.context
            or any(_person_key(self.tokens(s), self.PEOPLE) for s in ctx.siblings)
        ):
            return []
        reason = (
            f"table {ctx.dataset.rsplit('.', 1)[-1]!r} lists machines (servers, hosts): its "
            "addresses and logins are the machine's, not a person's"
        )
        return [self._veto(entity, reason) for entity in entities]

    def _mass_mail_sender(
        self, ctx: FieldContext, tokens: tuple[str, ...], table: _Table, hits: list[SignalHit]
    ) -> list[SignalHit]:
        """Vetoes for the sender of a mass mailing: in a table of newsletters or campaigns
        (``newsletter_issues``, ``mass_mailer``), ``from_email`` and ``sender_name`` are the
        organisation's own; the subscribers' addresses stay personal."""
        entities = sorted({h.entity for h in hits if not h.veto and h.score > 0} & SENDER_ENTITIES)
        if not entities or not tokens:
            return []
        if (
            len(tokens) >= 3
            and tokens[0] in AUTOMATIC_MAILS
            and tokens[1] in SENDERS
            and not (table.tokens & self.PEOPLE or "people" in table.context)
        ):
            reason = (
                f"business contact data: column name {ctx.name!r} names the sender of the "
                f"{tokens[0]} mails the application sends, the organisation itself; not personal "
                "data"
            )
            return [self._veto(entity, reason) for entity in entities]
        if tokens[0] not in SENDERS:
            return []
        if not table.tokens & MASS_MAILINGS or table.tokens & self.PEOPLE:
            return []
        reason = (
            f"business contact data: column name {ctx.name!r} names the sender of a mass "
            "mailing, the organisation itself; not personal data"
        )
        return [self._veto(entity, reason) for entity in entities]

    def _campaign_contact(
        self, ctx: FieldContext, tokens: tuple[str, ...], table: _Table, hits: list[SignalHit]
    ) -> list[SignalHit]:
        """Vetoes for a campaign's own phone and e-mail: a bare ``email`` or ``phone`` of a
        table of campaigns is where its many recipients answer, the organisation; a recipient's
        or a contact's (``contact_email``) is not bare."""
        if table.head != "campaign" or len(tokens) != 1 or tokens[0] not in _REACH_WORDS:
            return []
        entities = sorted(
            {h.entity for h in hits if not h.veto and h.score > 0}
            & {"EMAIL_ADDRESS", "PHONE_NUMBER"}
        )
        reason = (
            f"business contact data: column {ctx.name!r} of a table of campaigns is where their "
            "many recipients answer, the organisation's own; not personal data"
        )
        return [self._veto(entity, reason) for entity in entities]

    def _issuer_contact(
        self, ctx: FieldContext, tokens: tuple[str, ...], hits: list[SignalHit]
    ) -> list[SignalHit]:
        """Vetoes for the details of whoever issues a bill: a column led by the payee or issuer
        (``payee_name``, ``issuer_street``) in a table of invoices or bills names the party that
        bills, and the contact, tax and bank columns of a settings table that points at no
        person (``invoice_configs.iban``) are what the organisation configured for itself."""
        entities = sorted({h.entity for h in hits if not h.veto and h.score > 0} & ISSUER_ENTITIES)
        if not entities:
            return []
        table = [singular(w) for w in self.tokens(ctx.dataset.rsplit(".", 1)[-1])]
        if set(table) & self.PEOPLE:
            return []
        if len(tokens) >= 2 and tokens[0] in ISSUERS and set(table) & BILLS:
            why = f"column name {ctx.name!r} names the {tokens[0]} of a bill, the party that bills"
        elif (
            table
            and table[-1] in self.SETTINGS_TABLES
            and not any(_person_key(self.tokens(s), self.PEOPLE) for s in ctx.siblings)
        ):
            if tokens and (tokens[0] in self.PEOPLE or tokens[0] in BILLED):
                return []  # a recipient's or a user's details, configured
            why = f"table {ctx.dataset.rsplit('.', 1)[-1]!r} holds settings and points at no person"
        else:
            why = self._own_side(ctx, table)
            if not why:
                return []
        reason = f"business contact data: {why}; not personal data"
        return [self._veto(entity, reason) for entity in entities]

    def _own_side(self, ctx: FieldContext, table: list[str]) -> str:
        """Why a table pointing at no person holds the organisation's own details, or "": an
        order that points at a supplier is a purchase order, delivered to the organisation's own
        premises; a table of bank accounts kept in the books (a ``gl_account``, a reconciled
        date) lists the organisation's own accounts."""
        if not table or table[-1] not in {"order", "account"}:
            return ""
        columns = [self.tokens(s) for s in ctx.siblings]
        if any(_person_key(c, self.PEOPLE) or names_a_holder(c, self.PEOPLE) for c in columns):
            return ""  # a key to a person, or a column naming one (``holder_name``, ``surname``)
        name = ctx.dataset.rsplit(".", 1)[-1]
        if table[-1] == "order" and (i := supplier_key(columns)) is not None:
            return (
                f"table {name!r} is a purchase order (column {ctx.siblings[i]!r} points at a "
                "supplier, none at a person): it is delivered to the organisation itself"
            )
        if table[-1] == "account" and (i := ledger_column(columns)) is not None:
            return (
                f"table {name!r} lists accounts kept in the books (column {ctx.siblings[i]!r}) "
                "and points at no person: the organisation's own"
            )
        return ""

    def _organisation_table(
        self, ctx: FieldContext, table: _Table
    ) -> tuple[str, str | None, bool, bool] | None:
        """(why the table is about organisations, the column naming a person or None, whether
        a bare ``name`` is the organisation's, whether that person is reached at the row's
        address), or None for a table about people, addresses or orders, or about nothing in
        particular."""
        if table.head in self.ADDRESS_TABLES or not ctx.siblings:
            return None
        columns = [(s, self.tokens(s)) for s in ctx.siblings]
        table_name = ctx.dataset.rsplit(".", 1)[-1]
        if table.head in TRADING_PARTIES:
            contact = next((s for s, t in columns if _contact_person(t)), None)
            if contact is not None:
                # A person's own row names no contact: these customers are organisations.
                why = f"table {table_name!r} names a contact person in column {contact!r}"
                addressed = table.head in BUYERS and _first_and_last(
                    [t for _, t in columns if _contact_person(t)]
                )
                return why, contact, True, addressed
            key = next((s for s, t in columns if t and _contact_key(t)), None)
            if key is not None and "people" not in table.context:
                why = (
                    f"table {table_name!r} points at its contact person (column {key!r}), who "
                    "has a row of their own: the rows are organisations"
                )
                return why, None, True, False
        staff = next((s for s, t in columns if t in _COMPANY_FACTS), None)
        if staff is None and not any(
            set(t) & _OWN_PERSON_FIELDS and t[-1] not in _WHEN for _, t in columns
        ):
            staff = next((s for s, t in columns if t in _COMPANY_SITES), None)
        if (
            staff is None
            and not table.tokens & self.PEOPLE
            and not any(_own_person_field(t) for _, t in columns)
        ):
            staff = next((s for s, t in columns if t in INCORPORATION), None)
        if staff is None and "people" not in table.context:
            staff = next((s for s, t in columns if _counts_own_people(t, self.PEOPLE)), None)
        if table.tokens & self.PEOPLE and staff is None:
            return None
        own = table.head in ORGANISATION_TABLES | PLACE_TABLES or staff is not None
        if staff is not None and self.tokens(staff) in _COMPANY_FACTS:
            why = (
                f"column {staff!r} of table {table_name!r} names what only a company has (a "
                "ticker symbol, an annual revenue, a parent company): the rows are organisations"
            )
        elif staff is not None and self.tokens(staff) in INCORPORATION:
            why = (
                f"column {staff!r} of table {table_name!r} is where a company was incorporated "
                "and no name, birth date or gender is in the row: the rows are organisations"
            )
        elif staff is not None and self.tokens(staff) in _COMPANY_SITES:
            why = (
                f"column {staff!r} of table {table_name!r} is a company's website and no name, "
                "birth date or gender is in the row: the rows are organisations"
            )
        elif staff is not None:
            why = (
                f"column {staff!r} of table {table_name!r} counts its own customers, members or "
                "staff: the rows are organisations"
            )
        elif table.head in ORGANISATION_TABLES:
            why = f"table {table_name!r} is about organisations ({table.head})"
        elif table.head in self.ACCOUNT_HEADS and self._company_accounts(ctx, table, columns):
            why = (
                f"table {table_name!r} lists accounts with no login and no person in them (a "
                "CRM's accounts are companies)"
            )
        elif table.head in PLACE_TABLES:
            why = f"table {table_name!r} is about places ({table.head})"
        else:
            org = next((s for s, t in columns if t and organisation_column(t, table.tokens)), None)
            if org is None:
                return None
            why = f"column {org!r} of table {table_name!r} names an organisation"
        bare = self._table(ctx.dataset)  # without the siblings' "people" context
        for name, words in columns:
            if not words or counts_people(words) or set(words) & AUDIT_WORDS:
                continue  # ``created_by``: who edited the row, not a person it describes
            if name in ctx.empty_siblings and words[-1] not in self.KEY_TOKENS:
                # ``firstname`` empty in every row sampled: no person in them (a key may be a
                # field the connector does not sample, a Salesforce ``OwnerId``)
                continue
            if words in _BARE_CONTACT:
                continue  # a name, a phone or a desk: the place's contact, no person said
            if _service_of(words, self.PAYMENT_PROVIDERS):
                continue  # ``paypal_client_id``: the organisation's account at a service
            if staff is not None and words == ("name",):
                continue  # the organisation's own name
            if words[-1] in _MEASURES:
                continue  # ``member_months``: a measure of people, not a person
            if len(words) >= 2 and words[-1] in _WHEN and not set(words) & {"birth", "born"}:
                continue  # ``first_contact_date``: when something happened, no person
            if words[0] == "contact" and 2 <= len(words) <= 3 and words[1] in _REACH_WORDS:
                continue  # ``contact_email``, ``contact_phone_no``: how to reach it, no one named
            if own and words[0] == "parent" and words[1:] in _PARENT_KEYS:
                continue  # ``parent_ou``, ``parent_id``: the organisation above this one
            if len(words) >= 2 and (words[-1] in _FLAG_LAST or words[0] in self.LEADING_MODIFIERS):
                continue  # ``staff_catalog_visible``, ``is_member``: a flag, no person
            sibling = FieldContext(ctx.system, ctx.dataset, name)
            if set(words) & (self.PEOPLE | PERSON_WORDS) or any(
                not h.veto and h.score >= 0.5 and h.entity in PERSON_ENTITIES
                for h in self._name_hits(sibling, words, bare, "")
            ):
                # A contact person of an organisation; but a person's row with their employer
                # in a `company` column is a person's, not business contact data.
                return (why, name, own, False) if own else None
        return why, None, own, False

    def _company_accounts(
        self, ctx: FieldContext, table: _Table, columns: list[tuple[str, tuple[str, ...]]]
    ) -> bool:
        """Whether a table of accounts is a CRM's accounts of companies: no login (no user name,
        e-mail or password), no person field, no key to a person and no column naming a holder;
        a bank's or a shop's accounts of people have one of those."""
        if "login" in table.context or "people" in table.context:
            return False
        for _, words in columns:
            if (
                _person_key(words, self.PEOPLE)
                or names_a_holder(words, self.PEOPLE)
                or set(words) & _PERSON_FIELDS
            ):
                return False
        return True

    def _type_guards(
        self, ctx: FieldContext, tokens: tuple[str, ...], kind: str, suggested: set[str]
    ) -> list[SignalHit]:
        """Vetoes for entities the field's type (or a timestamp name) rules out."""
        guards = []
        name, dtype = ctx.name, ctx.data_type
        for entity in sorted(suggested):
            noun = self.NOUNS.get(entity, entity.lower().replace("_", " "))
            reason = ""
            if kind == "boolean" and entity != "GENDER":
                reason = f"{dtype} column {name!r} holds a flag, not {noun}"
            elif kind == "enum" and entity in ENTITIES and entity not in ENUM_ENTITIES:
                reason = f"{dtype} column {name!r} holds one of a fixed list of labels, not {noun}"
            elif kind in {"date", "datetime"} and entity not in {"DATE_OF_BIRTH", "CARD_EXPIRY"}:
                reason = f"{dtype} column {name!r} cannot hold {noun}"
            elif (
                kind in {"key", "number"}
                and entity in self.TEXT_ONLY
                and not (entity == "STREET_ADDRESS" and _HOUSE_NUMBER.search("_".join(tokens)))
            ):
                reason = f"numeric column {name!r} cannot hold {noun}"
            elif entity == "IP_ADDRESS" and fractional_type(dtype):
                reason = f"{dtype} column {name!r} keeps fractions, an amount, not {noun}"
            elif (
                entity == "DATE_OF_BIRTH"
                and not set(tokens) & self.BIRTH_WORDS
                and (kind == "datetime" or (tokens and tokens[-1] in {"at", "on"}))
            ):
                reason = f"column {name!r} is an event timestamp, not a date of birth"
            if reason:
                guards.append(self._veto(entity, reason))
        return guards

    def _veto(self, entity: str, reason: str) -> SignalHit:
        return SignalHit(entity, 1.0, self.name, reason, veto=True)

    def _type_kind(self, data_type: str) -> str:
        """One of boolean, key, number, date, datetime, enum, text, or "" when the type is unknown.
        A domain is judged by its base type, an array by its elements' (an integer array is no
        key).

        >>> [NameSignal()._type_kind(t) for t in ("tinyint(1)", "INT(11) UNSIGNED", "varchar(64)")]
        ['boolean', 'key', 'text']
        >>> [NameSignal()._type_kind(t) for t in ("yes_no (boolean)", "int[]", "mood (enum)")]
        ['boolean', 'number', 'enum']
        """
        if is_enum(data_type):
            return "enum"
        data_type = base_type(data_type)
        if data_type.endswith("[]"):
            kind = self._type_kind(data_type[:-2])
            return "number" if kind == "key" else kind
        t = _TYPE_PARAMS.sub(
            lambda m: f"({m.group(1)}{',' + m.group(2) if m.group(2) else ''})",
            " ".join(data_type.lower().split()),
        )
        if not t:
            return ""
        for kind, regex in TYPE_KINDS:
            if regex.fullmatch(t):
                return kind
        return "text"
