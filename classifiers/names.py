"""The name signal: what a field's name, comment, label, type and table say it holds.

Identifiers are cut into lower-case tokens (``billingEmail``, ``billing-email`` and
``Billing_Email__c`` all give ``billing email``; glued words such as ``dateofbirth`` are split with
a small vocabulary), then matched against the patterns of :mod:`classifiers.name_patterns`.
Ambiguous words (``name``, ``address``, ``city``, ``token``) count only in a context that makes
them personal: a table of people, an address, a payment card. Guards veto what a name seems to say
but the field cannot be: flags (``email_verified``), keys (``address_id``), timestamps (``*_at``)
and boolean, numeric or date columns. The words the contexts and guards look for are in
:mod:`classifiers.name_words`; docs/entities.md describes every rule. Between the patterns and the
guards, the rules of :data:`classifiers.name_rules.NAME_RULES` read the field's view
(:class:`classifiers.name_view.FieldView`: the row's other columns, sampled values, the hits so
far) in order, each from the module of its subject.

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
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from numbers import Real
from typing import ClassVar

from .base import FieldContext, Signal, SignalHit
from .details_and_slots import details_person
from .entities import ENTITIES
from .holders_and_records import house_number
from .households_and_logins import abbreviation_suffix, household_table
from .members_and_codes import PERSON_TABLES, code_list_table, coded, trait_key
from .members_and_lookups import LAST_NAME, fractional_type
from .name_patterns import (
    FRENCH_FAMILY_NAME,
    NATIONAL_CARDS,
    PATTERNS,
    TAX_CARDS,
    TYPE_KINDS,
    NamePattern,
)
from .name_rules import NAME_RULES
from .name_tokens import Tokenizer, abbreviates, singular, table_prefix
from .name_view import (
    OWN_PERSON_FIELDS,
    PERSON_FIELDS,
    WHEN,
    FieldView,
    Organisation,
    TableView,
    core_index,
    keys_a_person,
    name_context,
    own_person_field,
    person_key_column,
)
from .name_words import RECORD_THINGS, THING_WORDS, NameWords, person_fields, stray_orphan
from .networks import EQUIPMENT, network_fact
from .organisations import (
    OFFICE_HOLDERS,
    ORGANISATION_COLUMNS,
    ORGANISATION_DETAILS,
    ORGANISATION_PARTS,
    ORGANISATION_TABLES,
    OWN_PREMISES,
    PERSON_ENTITIES,
    PERSON_WORDS,
    PLACE_TABLES,
    PROVIDER_RECORDS,
    RUNS_PREMISES,
    SALES_RECORDS,
    SALONS,
    counts_people,
    names_a_holder,
    organisation_column,
)
from .people import ANIMALS, about_people
from .types import ENUM_ENTITIES, base_type, is_enum

#: Words of a row's audit trail (``created_by``, ``history_createdby_employeeid``): the column
#: names who edited the row, not a contact person of the organisation the row describes.
AUDIT_WORDS = frozenset({
    "created", "createdby", "modified", "modifiedby", "updated", "updatedby", "changed",
    "changedby", "edited", "editedby", "inserted", "insertedby", "deleted", "deletedby",
})  # fmt: skip
#: A French family or birth name (``nom_de_famille``): beside it, the table's rows are people.
_FRENCH_FAMILY_NAME = re.compile(FRENCH_FAMILY_NAME)
#: A sibling that is a login (``username``, ``login``, ``admin_email``): a bare ``pass`` next to
#: it is the password.
_LOGIN_COLUMN = re.compile(r"(?:[a-z]+_)?(?:user_?name|login(?:_?name)?|e_?mail(?:_?address)?)")
#: Table heads of trading parties, people or organisations: a column naming a contact person
#: (``contact_name``) says the row is an organisation's.
TRADING_PARTIES = frozenset({"customer", "cust", "client", "buyer", "partner"})
#: Of those, the ones an organisation sells to: a contact person named in their row by first and
#: last name is who the seller writes to at the row's address, so that address stays reported.
BUYERS = frozenset({"customer", "cust", "client", "buyer"})
_FIRST_NAME = frozenset({"first", "firstname", "given"})
#: The words after ``contact`` in a column naming the contact person (``ContactFirstName``).
_CONTACT_NAME = frozenset({
    "name", "person", "first", "last", "firstname", "lastname", "full", "given", "family",
    "surname",
})  # fmt: skip


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
    return bool(words & _FIRST_NAME) and bool(words & LAST_NAME)


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
    >>> _counts_own_people(("number", "of", "passengers"), frozenset({"passenger"}))
    False
    """
    if len(words) < 2 or words[0] not in _COUNTS or singular(words[-1]) in _PARTY:
        return False
    return singular(words[-1]) in people or words[-1] in {"staff", "employees", "members"}


#: Who a booking, a trip or a stay counts (``number_of_passengers``, ``no_of_guests``): the
#: party of the person who booked, which no organisation's headcount is.
_PARTY = frozenset({
    "passenger", "guest", "traveller", "traveler", "occupant", "adult", "child", "children",
    "infant", "person", "people", "pax",
})  # fmt: skip


#: Last words of a measure (``member_months``, ``patient_days``, ``visitor_avg``): a column
#: measuring people names no person.
_MEASURES = frozenset({
    "months", "days", "years", "weeks", "hours", "avg", "average", "sum", "rate", "ratio",
    "share", "pct", "percent",
})  # fmt: skip
#: First words of a count (``unique_customers``, ``num_of_staff``).
_COUNTS = frozenset({"unique", "number", "num", "no", "nb", "total", "count", "distinct"})

#: Last words of a key (the bare ``<provider>_id`` form).
_ID_WORDS = frozenset({"id", "ref", "reference"})
#: Numbers of an article or a publication (``isbn``, ``ean``, ``sku``): ten or thirteen digits
#: that look like a phone or an account number, but number a product, never a person.
ARTICLE_NUMBERS = frozenset({"isbn", "issn", "ean", "upc", "gtin", "asin", "mpn", "sku"})
#: Numbers of an organisation or of its location (``san``, a book trade's Standard Address
#: Number; ``gln``, ``duns``, ``lei``): they look like phone or account numbers, but name a
#: business, never a person.
ORGANISATION_NUMBERS = frozenset({"san", "gln", "duns", "lei"})
#: Last words of a flag or a setting (``staff_catalog_visible``, ``member_only``): a column
#: named so is about people in general, it names no one in the row.
_FLAG_LAST = frozenset({
    "visible", "visibility", "hidden", "public", "enabled", "disabled", "allowed", "required",
    "mandatory", "active", "flag", "flags", "locked", "only", "optin", "optout",
})  # fmt: skip


#: The codes a gender column's name may end with, saying how it is coded (``gender_mf``,
#: ``gender_mfu``: male, female, unknown).
_GENDER_CODES = re.compile(r"[mfuxon]{2,4}")
#: People words that, alone after what a column holds, say whose it is (``username_admin``,
#: ``email_customer``, ``phone_driver``), as schemas written head first name their columns: the
#: column still holds it. Not a word with a sense that is no person's (a settings ``profile``,
#: a browser's user ``agent``, a sales ``lead``, an e-mail ``client``), nor one that names the
#: account of a server or a mail's role (``email_user``: a mail server's login;
#: ``email_sender``: the address the application sends from).
_OWNER_AFTER = NameWords.PEOPLE - {
    "profile", "agent", "lead", "client", "user", "usr", "sender", "recipient", "receiver",
}  # fmt: skip


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


def _no_cnics(samples: Iterable[object]) -> bool:
    """Whether the column has sampled values and none is a 13-digit card number
    (``35202-1234567-1``): a converged network card's state or a navy command's code.

    >>> _no_cnics(["loaded"]), _no_cnics(["35202-1234567-1"]), _no_cnics([])
    (True, False, False)
    """
    texts = [re.sub(r"[\s-]", "", str(v)) for v in samples if v is not None and str(v).strip()]
    return bool(texts) and not any(t.isdigit() and len(t) == 13 for t in texts)


#: A national card's name (:data:`~classifiers.name_patterns.NATIONAL_CARDS`) or India's PAN
#: card's (:data:`~classifiers.name_patterns.TAX_CARDS`) as a whole word of a column's name.
_NATIONAL_CARD_NAME = re.compile(rf"(?:^|_)(?:{NATIONAL_CARDS})(?:_|$)")
_TAX_CARD_NAME = re.compile(rf"(?:^|_)(?:{TAX_CARDS})(?:_|$)")
#: A national card's number as those countries write it: 7 to 15 digits (Ireland's PPS number 7,
#: Saudi Arabia's Iqama 10, Turkey's TCKN 11, Aadhaar and MyKad 12, JMBG 13, the Emirates ID
#: 15), any masked (``XXXX XXXX 1234``), a PPS number's one or two letters last.
_NATIONAL_NUMBER = re.compile(r"[\dXx*]{7,15}[A-Za-z]{0,2}")
#: India's PAN: five letters, four digits, a letter (``AAACA1234F``).
_PAN = re.compile(r"[A-Za-z]{5}\d{4}[A-Za-z]")
#: Longer values may hide a number (a hash, a cipher's text, a token): no value guard reads them.
_CODE_MAX = 24


def _codes(samples: Iterable[object]) -> list[str]:
    """The sampled values, separators (spaces, hyphens, dots, slashes) taken out, when all are
    short codes (:data:`_CODE_MAX`); none otherwise. A form's empty field sent as the word
    ``null`` or ``undefined`` (:data:`_NO_VALUE`) is no value.

    >>> _codes(["null", "NULL", "undefined"]), _codes(["EK-A380-01", "null"])
    ([], ['EKA38001'])
    """
    texts = [
        re.sub(r"[\s./-]", "", str(v))
        for v in samples
        if v is not None and str(v).strip() and str(v).strip().lower() not in _NO_VALUE
    ]
    return texts if all(len(t) <= _CODE_MAX for t in texts) else []


#: What a script writes for a field it never filled (JavaScript's ``null`` and
#: ``undefined`` turned into text, Python's ``None``).
_NO_VALUE = frozenset({"null", "undefined", "none", "nil", "n/a"})


def not_national_numbers(samples: Iterable[object]) -> bool:
    """Whether a column named for a national card holds sampled short codes and none is such a
    card's number (:data:`_NATIONAL_NUMBER`): an airline's (Emirates') aircraft key.

    >>> not_national_numbers(["EK-A380-01", "EK-B777-02"]), not_national_numbers([])
    (True, False)
    >>> not_national_numbers(["784-1985-1234567-1"]), not_national_numbers(["1234567TA"])
    (False, False)
    >>> not_national_numbers(["XXXX XXXX 1234"])
    False
    """
    codes = _codes(samples)
    return bool(codes) and not any(_NATIONAL_NUMBER.fullmatch(t) for t in codes)


def not_pans(samples: Iterable[object]) -> bool:
    """Whether a column named for a PAN card holds sampled short codes and none is a PAN
    (:data:`_PAN`): a cookware shop's pan's care card.

    >>> not_pans(["Care card A", "Care card B"]), not_pans(["ABCDE1234F"]), not_pans([])
    (True, False, False)
    """
    codes = _codes(samples)
    return bool(codes) and not any(_PAN.fullmatch(t) for t in codes)


def _fractions(samples: Iterable[object]) -> bool:
    """Whether a sampled number has a fractional part (``0.0525``): a rate or an amount.

    >>> _fractions([Decimal("0.0525")]), _fractions([Decimal("123456789"), 7]), _fractions(["0.5"])
    (True, False, False)
    """
    return any(
        isinstance(v, Real | Decimal) and not isinstance(v, bool) and not float(v).is_integer()
        for v in samples
    )


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


def _own_key(tokens: tuple[str, ...], table: TableView) -> bool:
    """Whether a name is ``id`` glued before its table's word, as French schemas key a row
    (``document.iddocument``; added for the sixty-seventh round): the row's own key, no
    identity document.

    >>> _own_key(("iddocument",), TableView(frozenset({"document"}), "document"))
    True
    >>> _own_key(("iddocument",), TableView(frozenset({"person"}), "person"))
    False
    """
    return len(tokens) == 1 and tokens[0][:2] == "id" and tokens[0][2:] in table.tokens


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


_CLAUSE = re.compile(r"[.;:!?,()\[\]{}/|\n\r\t]+")
_WORD = re.compile(r"[^\W_]+")
#: One option of a comment that is a legend of codes (``1=Alcohol, 2= ID card, 3=Children``):
#: a short code, ``=``, and the option's label up to the next separator.
_LEGEND_OPTION = re.compile(r"(?:^|[,;|\n])\s*[\w+-]{1,4}\s*=\s*([^,;|\n=]+)")
#: The fewest options of a legend.
_LEGEND_OPTIONS = 3


def legend_options(text: str) -> list[str]:
    """The options' labels of a comment that is a legend of codes, or [] for any other text: a
    column of such codes holds one option or several, and an entity one option names (an
    event's ``ID card`` required among alcohol and parking) is no more what the column holds
    than the others.

    >>> legend_options("1=Alcohol , 2= ID card , 3=Children , 4=18+")
    ['Alcohol ', 'ID card ', 'Children ', '18+']
    >>> legend_options("the customer's e-mail, as typed"), legend_options("1=male, 2=female")
    ([], [])
    """
    options = _LEGEND_OPTION.findall(text)
    return options if len(options) >= _LEGEND_OPTIONS else []


#: A house number (``housenumber``, ``recipient_house_no``, ``street_number``): part of a street
#: address even in a numeric column, where the street is kept apart.
_HOUSE_NUMBER = re.compile(r"(?:^|_)(?:house|street)_?(?:numbers?|num|no|nr|nbr|nb)$")
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


#: Column words of an animal's record (a ``breed``, a ``species``, a ``pet_name``): a table
#: named by a trade word with one (``nannies``) keeps animals, not people.
_ANIMAL_COLUMNS = ANIMALS | frozenset({"species", "breed"})


class NameSignal(NameWords, Signal):
    """Labels a field from its name, comment, label, data type and table name (its words are
    the class constants of :class:`~classifiers.name_words.NameWords`)."""

    name = "names"

    #: The patterns it matches (from :mod:`classifiers.name_patterns`).
    PATTERNS: ClassVar[tuple[NamePattern, ...]] = PATTERNS

    def __init__(self) -> None:
        self._tokenizer = Tokenizer(self.split_words(), self.PAIRED_GLUE)
        self._free = [
            (p, re.compile(rf"(?<=_)(?:{p.words})(?=_)")) for p in self.PATTERNS if not p.bare
        ]
        self._bare = [
            (p, re.compile(rf"_(?:{p.words})(?:_\d+)?_")) for p in self.PATTERNS if p.bare
        ]
        self._any = re.compile(rf"(?<=_)(?:{'|'.join(p.words for p in self.PATTERNS)})(?=_)")
        self._match_cache: dict[tuple[str, ...], tuple[tuple[NamePattern, int, int], ...]] = {}
        self._table_cache: dict[tuple[str, tuple[str, ...], frozenset[str]], TableView] = {}
        self._text_cache: dict[tuple[str, TableView], list[tuple[str, float, str]]] = {}
        self._org_cache: dict[tuple[str, tuple[str, ...], frozenset[str]], Organisation | None]
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

    def _table(
        self, dataset: str, siblings: tuple[str, ...] = (), empty: frozenset[str] = frozenset()
    ) -> TableView:
        """The table's words, its head noun (``customer_entity``: ``customer``) and what its
        columns say its rows are (a person field ``empty`` in every row sampled says nothing)."""
        key = (dataset, siblings, empty)
        cached = self._table_cache.get(key)
        if cached is None:
            tokens = self.tokens(dataset.rsplit(".", 1)[-1])
            singulars = tuple(singular(t) for t in tokens)
            heads = [t for t in singulars if t not in self.TABLE_FILLER and not t.isdigit()]
            if stray_orphan(tokens):
                heads = [t for t in heads if t != "orphan"]
            columns = [self.tokens(s) for s in siblings]
            if abbreviation_suffix(heads, columns):
                heads.pop()  # ``patient_pat``: the table's word, then its columns' prefix
            if len(heads) >= 2 and heads[-1] in self.ACCOUNT_HEADS and heads[-2] in self.PEOPLE:
                heads.pop()  # ``user_accounts``: a user's account, about the user
            head = heads[-1] if heads else ""
            if len(heads) >= 2 and heads[0] in ORGANISATION_TABLES and head in ORGANISATION_PARTS:
                head = heads[0]  # ``org_unit``, ``company_address``: the organisation's own
            elif (
                heads and heads[0] in ORGANISATION_COLUMNS and singulars[-1] in ORGANISATION_DETAILS
            ):
                head = heads[0]  # ``company_billing_detail``: more of the company's own row
            if head in self.TRADES and any(
                {singular(w) for w in column} & _ANIMAL_COLUMNS for column in columns
            ):
                head = ""  # ``nannies`` with a ``breed``: a herd's nanny goats, no people
            context = self._sibling_context(siblings, empty)
            if details_person(tokens, columns):
                # ``volunteer_job_details`` with a ``volunteer_id``: more of that person's
                # row, kept in a table of its own.
                context |= {"people"}
            if household_table(heads, columns):
                context |= {"people", "address"}  # a family's name, phones and address
            if head in SALES_RECORDS:
                context -= {"people"}  # a deal's contact columns do not make its rows people
            if set(tokens) & self.NAME_TABLES:
                context -= {"people"}  # ``prenoms_populaires``: its rows are first names
            prefix = table_prefix(columns) or ""
            if head not in PERSON_TABLES or not abbreviates(prefix, head):
                prefix = ""
            cached = self._table_cache[key] = TableView(
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
        if len(person_fields(filled)) >= 2 or any(
            _FRENCH_FAMILY_NAME.fullmatch("_".join(column)) for column in columns
        ):
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

    def _candidates(self, tokens: tuple[str, ...], table: TableView, core: int) -> list[_Match]:
        """Matches with their score in this context; ``core`` is where bare words may start."""
        context = name_context(self, tokens, table)
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
    def _own_number(pattern: NamePattern, table: TableView) -> bool:
        """An account table's ``account_number`` is the record's own business number (a
        Salesforce ``Account.AccountNumber``), not a bank account, unless the table is about
        banking (then the pattern scores in full)."""
        return pattern.entity == "BANK_ACCOUNT" and table.head in ("account", "accounts")

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
            and (
                tokens[-1] in self.KEY_TOKENS
                or tokens[0] in {"id", "fk", "pk"}
                or _own_key(tokens, table)
            )
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
        # The rules, in order; each sees the hits of those before it.
        view = FieldView(
            ctx,
            tokens,
            table,
            kind,
            tuple(hits),
            words=self,
            tokenize=self._tokenizer.tokens,  # what self.tokens asks, without a call around it
            evaluate=self.evaluate,
            organisation=self._organisation,
            source=self.name,
        )
        for rule in NAME_RULES:
            if found := rule(view):
                hits += found
                view = view._replace(hits=tuple(hits))
        return hits + self._type_guards(ctx, tokens, kind, {h.entity for h in hits if not h.veto})

    def _name_hits(
        self, ctx: FieldContext, tokens: tuple[str, ...], table: TableView, kind: str
    ) -> list[SignalHit]:
        found = self._candidates(tokens, table, core_index(self, tokens, table))
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
        if set(tail) & self.FRENCH_TAIL and any(
            self.tokens(s) in self.FIRM_COLUMNS for s in ctx.siblings
        ):
            allowed -= self.FRENCH_TAIL  # a supplier's ``email_professionnel`` beside its siret
        unknown = [
            t
            for t in tail
            if t not in allowed
            and not t.isdigit()
            and not (entity == "GENDER" and _GENDER_CODES.fullmatch(t))
        ]
        if unknown and len(tail) == 1 and singular(tail[0]) in _OWNER_AFTER:
            reason += f" (of the {tail[0]} named after it)"
        elif unknown:
            score = round(score * 0.6, 2)
            reason += f" (but {unknown[0]!r} follows, so only a hint)"
        return SignalHit(entity, score, self.name, reason)

    def _text_hits(self, ctx: FieldContext, table: TableView) -> list[SignalHit]:
        """Support from the comment and the label, a little weaker than from the name."""
        best: dict[str, SignalHit] = {}
        for kind, text in (("comment", ctx.comment), ("label", ctx.label)):
            if not text.strip():
                continue
            options = legend_options(text)
            for entity, score, what in self._text_matches(text[:300], table):
                if options and not self._most_options(options, entity, table):
                    continue  # one option of a legend: not what the column holds
                if entity not in best or score > best[entity].score:
                    reason = f"{kind} {_quote(text)} mentions {what}"
                    best[entity] = SignalHit(entity, score, self.name, reason)
        return list(best.values())

    def _most_options(self, options: list[str], entity: str, table: TableView) -> bool:
        """Whether half of a legend's options or more name the entity (``1=male, 2=female,
        3=other``: each a gender)."""
        named = sum(
            1
            for option in options
            if any(e == entity for e, _, _ in self._text_matches(option, table))
        )
        return named * 2 >= len(options)

    def _text_matches(self, text: str, table: TableView) -> list[tuple[str, float, str]]:
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

    def _organisation(self, ctx: FieldContext, table: TableView) -> Organisation | None:
        """:meth:`_organisation_table`, judged once per table and its columns."""
        key = (ctx.dataset, ctx.siblings, ctx.empty_siblings)
        if key not in self._org_cache:
            self._org_cache[key] = self._organisation_table(ctx, table)
        return self._org_cache[key]

    def _organisation_table(self, ctx: FieldContext, table: TableView) -> Organisation | None:
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
        network = (
            None
            if table.head in EQUIPMENT | self.MACHINE_TABLES
            else network_fact([t for _, t in columns])
        )  # a router's ``asn`` is its network's: the row is the router
        if staff is None and network is not None:
            staff = columns[network][0]  # ``autsys``: an autonomous system's number
        if staff is None and not any(
            set(t) & OWN_PERSON_FIELDS and t[-1] not in WHEN for _, t in columns
        ):
            staff = next((s for s, t in columns if t in _COMPANY_SITES), None)
        if (
            staff is None
            and not table.tokens & self.PEOPLE
            and not any(own_person_field(t) for _, t in columns)
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
        elif network is not None and staff == columns[network][0]:
            why = (
                f"column {staff!r} of table {table_name!r} holds an autonomous system number, "
                "which only a network has: the rows are networks, organisations"
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
            if (
                table.head in PLACE_TABLES
                and words[0] in OFFICE_HOLDERS
                and words[1:] in {(), ("name",)}
            ):
                continue  # ``mayorname`` of a town: its office's holder, reached at its hall
            if _service_of(words, self.PAYMENT_PROVIDERS):
                continue  # ``paypal_client_id``: the organisation's account at a service
            if staff is not None and words == ("name",):
                continue  # the organisation's own name
            if words[-1] in _MEASURES:
                continue  # ``member_months``: a measure of people, not a person
            if len(words) >= 2 and words[-1] in WHEN and not set(words) & {"birth", "born"}:
                continue  # ``first_contact_date``: when something happened, no person
            if words[0] == "contact" and 2 <= len(words) <= 3 and words[1] in _REACH_WORDS:
                continue  # ``contact_email``, ``contact_phone_no``: how to reach it, no one named
            if own and words[0] == "parent" and words[1:] in _PARENT_KEYS:
                continue  # ``parent_ou``, ``parent_id``: the organisation above this one
            if len(words) >= 2 and (words[-1] in _FLAG_LAST or words[0] in self.LEADING_MODIFIERS):
                continue  # ``staff_catalog_visible``, ``is_member``: a flag, no person
            if (
                table.head in SALONS or (table.head in OWN_PREMISES and words[0] in RUNS_PREMISES)
            ) and keys_a_person(words, self.PEOPLE):
                # ``salons.user_id``, ``pharmacy.managerid``: a key to whoever runs a salon, or
                # manages premises for an organisation, whose own row holds their contact
                # details; the premises' line is theirs. A shop's, a store's or a school's
                # ``owner_id`` or ``user_id`` may be a sole trader's own, reached there.
                continue
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
        self, ctx: FieldContext, table: TableView, columns: list[tuple[str, tuple[str, ...]]]
    ) -> bool:
        """Whether a table of accounts is a CRM's accounts of companies: no login (no user name,
        e-mail or password), no person field, no key to a person and no column naming a holder;
        a bank's or a shop's accounts of people have one of those."""
        if "login" in table.context or "people" in table.context:
            return False
        for _, words in columns:
            if (
                person_key_column(words, self.PEOPLE)
                or names_a_holder(words, self.PEOPLE)
                or set(words) & PERSON_FIELDS
            ):
                return False
        return True

    def _type_guards(
        self, ctx: FieldContext, tokens: tuple[str, ...], kind: str, suggested: set[str]
    ) -> list[SignalHit]:
        """Vetoes for entities the field's type (or a timestamp name) rules out."""
        guards = []
        name, dtype = ctx.name, ctx.data_type
        for entity in sorted(suggested - self.TYPED_BY_RULE):
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
                and not (entity == "STREET_ADDRESS" and self._house_number(ctx, tokens))
            ):
                reason = f"numeric column {name!r} cannot hold {noun}"
            elif (
                kind in {"key", "number"}
                and entity == "REGION"
                and len(tokens) == 1
                and tokens[0] in self.NUMBERED_REGIONS
            ):
                reason = f"numeric column {name!r} is a key into a list of regions, not {noun}"
            elif entity == "IP_ADDRESS" and fractional_type(dtype):
                reason = f"{dtype} column {name!r} keeps fractions, an amount, not {noun}"
            elif entity == "NATIONAL_ID" and (
                fractional_type(dtype) or (kind == "number" and _fractions(ctx.samples))
            ):
                reason = f"{dtype} column {name!r} keeps fractions, a rate or an amount, not {noun}"
            elif entity == "NATIONAL_ID" and tokens[:1] == ("cnic",) and _no_cnics(ctx.samples):
                reason = f"column {name!r} holds no 13-digit card number (a converged NIC's)"
            elif (
                entity == "NATIONAL_ID"
                and _NATIONAL_CARD_NAME.search("_".join(tokens))
                and not_national_numbers(ctx.samples)
            ):
                reason = f"column {name!r} holds no national card's number (7 to 15 digits)"
            elif (
                entity == "TAX_ID"
                and _TAX_CARD_NAME.search("_".join(tokens))
                and not_pans(ctx.samples)
            ):
                reason = f"column {name!r} holds no PAN (five letters, four digits, a letter)"
            elif (
                entity == "DATE_OF_BIRTH"
                and not set(tokens) & self.BIRTH_WORDS
                and (kind == "datetime" or (tokens and tokens[-1] in {"at", "on"}))
            ):
                reason = f"column {name!r} is an event timestamp, not a date of birth"
            if reason:
                guards.append(self._veto(entity, reason))
        return guards

    def _house_number(self, ctx: FieldContext, tokens: tuple[str, ...]) -> bool:
        """A house number, which a numeric column may hold: ``street_no``, or an ``address_no``
        beside a street's name in a table about people or named for addresses
        (:func:`classifiers.holders_and_records.house_number`)."""
        if _HOUSE_NUMBER.search("_".join(tokens)):
            return True
        if not house_number(tokens, [self.tokens(s) for s in ctx.siblings if s != ctx.name]):
            return False
        head = self._table(ctx.dataset, ctx.siblings, ctx.empty_siblings).head
        return head in self.POSTAL_TABLES or about_people(ctx) is not None

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
