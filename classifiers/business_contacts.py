"""Rules of the name signal for an organisation's own details, business contact data rather than
a person's: the contact columns of a table about organisations, a column named for an
organisation or its premises (``store_phone``), a bill's issuer and an organisation's settings, a
machine's address and logins, the sender of a mass mailing or of the application's own mails, a
campaign's own phone and e-mail, role mailboxes, and the text of a mail or a page.

Each rule reads one :class:`~classifiers.name_view.FieldView` and returns hits, most of them
vetoes of what the name alone suggested (:data:`~classifiers.name_rules.NAME_RULES` runs them in
order). The word judgements they use are in :mod:`classifiers.organisations`, which sits below the
name signal's vocabulary and so cannot read a field's view itself.

>>> sorted(ISSUER_ENTITIES - OWN_CONTACT)
['BANK_ACCOUNT', 'PERSON_NAME', 'TAX_ID']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import SignalHit
from .details_and_slots import home_building
from .name_patterns import WEB_PAGE
from .name_tokens import singular
from .name_view import FieldView, person_key_column
from .name_words import NameWords
from .organisations import (
    CONTACT_ENTITIES,
    OWN_PREMISES,
    PLACE_TABLES,
    POSTAL_ENTITIES,
    PREMISES_ENTITIES,
    business_contact_hits,
    free_mailboxes,
    ledger_column,
    names_a_holder,
    owned_by_organisation,
    role_mailboxes,
    supplier_key,
)

#: Table words of bills, whose payee or issuer (``payee_name``) is the party that bills.
BILLS = frozenset({"invoice", "bill", "billing", "receipt", "statement", "creditnote"})
#: First words of a bill's columns that name the party that bills.
ISSUERS = frozenset(
    {"payee", "issuer", "creditor", "biller", "invoicer", "remittee"}
    | {"seller", "vendor", "merchant"}
)
#: First words of a bill's columns that name the party billed (kept personal in settings).
BILLED = frozenset({"recipient", "debtor", "payer", "billed", "addressee"})
#: The contact details a column named for an organisation or premises holds as its own: where
#: it is and how to reach it (not ``bank_account``: the words then name the entity itself).
OWN_CONTACT = frozenset({
    "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "CITY", "REGION", "POSTAL_CODE",
    "GEOLOCATION",
}) & frozenset(CONTACT_ENTITIES)  # fmt: skip
#: What a bill's issuer or an organisation's settings may name: its contact details, name, tax
#: id and bank account.
ISSUER_ENTITIES = OWN_CONTACT | {"PERSON_NAME", "TAX_ID", "BANK_ACCOUNT"}
#: What an organisation's settings hold of its own at a payment provider (its merchant id).
SETTINGS_ENTITIES = frozenset({"PAYMENT_TOKEN"})
#: First words of a settings table that name the site's administration, not a person
#: (``adminsettings``, ``site_settings``): the settings are the organisation's own.
SITE_ADMIN = frozenset({"admin", "administrator", "administration", "site", "app", "system"})
#: What else an organisation's settings hold of its own, whatever signal suggests a person's:
#: its web page, its description and logo, its mail account's password and its fee rates
#: (``company_setting.website``, ``logo``, ``mail_password``, ``commission_per``).
SETTINGS_OWN = frozenset({
    "OTHER_PERSONAL_DATA", "FREE_TEXT", "PHOTO", "PASSWORD", "PASSWORD_HASH", "FINANCIAL",
})  # fmt: skip
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
#: Words of an address column that name an organisation's seat (``registered_address``,
#: ``hq_street``): the company's, not where its contact person is reached.
_SEAT_WORDS = frozenset({
    "registered", "head", "hq", "headquarters", "headquarter", "legal", "office", "company",
    "corporate", "business",
})  # fmt: skip
_WEB_PAGE = re.compile(WEB_PAGE)
#: Last words of a column that says where an organisation's premises are (``store_location``):
#: sampled street addresses there are the premises', with no address word in the name.
_WHERE = frozenset({"location", "locations"})


def premises_location(view: FieldView, of_people: bool) -> bool:
    """Whether a column is the location of an organisation's own premises
    (:data:`~classifiers.organisations.OWN_PREMISES`: ``store_location``, glued
    ``shelterlocation``), whose sampled street, city and postcode are the premises'; in a
    table of people (``of_people``) only beside the premises' name (``sheltername``), as a
    volunteer's row names the shelter they work at."""
    tokens = view.tokens
    if len(tokens) != 2 or tokens[-1] not in _WHERE or singular(tokens[0]) not in OWN_PREMISES:
        return False
    if not of_people:
        return True
    names = {(tokens[0], "name"), (singular(tokens[0]), "name")}
    return any(view.tokenize(s) in names for s in view.ctx.siblings)


def business_contact(view: FieldView) -> list[SignalHit]:
    """Vetoes or notes for the contact details of a table about organisations
    (:mod:`classifiers.organisations`)."""
    if not view.ctx.siblings:
        return []
    ctx, tokens, table = view.ctx, view.tokens, view.table
    found = view.organisation(ctx, table)
    if found is None:
        return []
    why, person, own, reached_there = found
    core = [t for t in tokens if t not in table.tokens]
    own_name = own and (core or list(tokens)) == ["name"]
    at_seat = bool(set(tokens) & _SEAT_WORDS)  # ``registered_address``: the company's
    if person is not None and (role := role_prefix(view.tokenize(person))) is not None:
        theirs = role_details(view, role)
        if tokens and tokens[0] == role and _own_person(theirs):
            reason = _role_own(view, person, role)
            return [SignalHit(e, 0.0, view.source, reason) for e in sorted(view.supported)]
        reach = sorted(view.supported & _REACH_ENTITIES)
        if reach and not set(tokens) & view.words.PEOPLE and _reached(theirs):
            return _organisation_reach(view, why, person, role, reach)
    hits = business_contact_hits(why, person, own_name, view.source, reached_there and not at_seat)
    if person is None and table.head in PLACE_TABLES and free_mailboxes(ctx.samples):
        # a district's alderman's or a mayor's own gmail: the place's office has a domain
        hits = [h for h in hits if h.entity != "EMAIL_ADDRESS"]
    if _WEB_PAGE.fullmatch("_".join(core or tokens)):
        # ``website`` of an organisation's row: its own web page, even where a contact person
        # is named (``contact_website`` names whose page it is, and is not matched here).
        reason = f"business contact data: {why}, so its web page is the organisation's"
        hits.append(view.veto("OTHER_PERSONAL_DATA", reason))
    return hits


#: Words of a person's name in a column led by the person's role (``manager_first_name``).
_NAME_WORDS = frozenset({
    "name", "names", "first", "last", "full", "given", "family", "middle", "surname",
    "firstname", "lastname", "fullname", "forename",
})  # fmt: skip
#: Words of what only a person has (a birth date or place, a national number, a gender): a
#: role's columns with one of them are that person's own record, not the organisation's.
_OWN_PERSON_WORDS = frozenset({
    "dob", "pob", "birth", "birthday", "born", "birthplace", "nin", "ssn", "nic", "gender",
    "sex", "nationality", "passport",
})  # fmt: skip
#: What a column reaching the organisation may be found to be.
_REACH_ENTITIES = frozenset({"EMAIL_ADDRESS", "PHONE_NUMBER"})


def role_prefix(tokens: Sequence[str]) -> str | None:
    """The role that leads a person's name column (``manager`` of ``manager_first_name``,
    ``contact`` of ``contact_name``), or None for a bare name (``first_name``).

    >>> role_prefix(("manager", "first", "name")), role_prefix(("first", "name"))
    ('manager', None)
    """
    if len(tokens) >= 2 and tokens[0] not in _NAME_WORDS and set(tokens[1:]) <= _NAME_WORDS:
        return tokens[0]
    return None


def role_details(view: FieldView, role: str) -> list[tuple[str, ...]]:
    """The words of the row's other columns led by a person's role (``manager_phone``), past
    the role itself."""
    found = (view.tokenize(s) for s in view.ctx.siblings)
    return [t[1:] for t in found if len(t) >= 2 and t[0] == role]


def _own_person(details: Sequence[tuple[str, ...]]) -> bool:
    """Whether a role's columns keep what only a person has (``manager_dob``, ``manager_nin``)."""
    return any(set(d) & _OWN_PERSON_WORDS for d in details)


def _reached(details: Sequence[tuple[str, ...]]) -> bool:
    """Whether a role's columns keep how to reach that person (``manager_phone_number``)."""
    return any(set(d) & NameWords.REACH for d in details)


def _role_own(view: FieldView, person: str, role: str) -> str:
    return (
        f"column {view.ctx.name!r} is led by the role of the person column {person!r} names "
        f"({role}), whose own birth, identity or gender the table keeps: that person's own "
        "detail, not the organisation's"
    )


def _organisation_reach(
    view: FieldView, why: str, person: str, role: str, entities: Sequence[str]
) -> list[SignalHit]:
    """Vetoes of a phone or an e-mail not led by the role of the person the row names, when
    that person has columns of their own to reach them (``manager_phone`` beside ``email``,
    ``support_email``): the schema keeps the person's details apart, so these are the
    organisation's."""
    reason = (
        f"business contact data: {why}; the person column {person!r} names is reached by "
        f"columns of their own ({role}_...), so column {view.ctx.name!r} reaches the "
        "organisation: not personal data"
    )
    return [view.veto(e, reason) for e in entities]


def owned_contact(view: FieldView) -> list[SignalHit]:
    """Vetoes for a contact column named for an organisation or its premises first
    (``store_phone``, ``office_email``, ``site_address``) in a table that is not about
    people: the name says whose details they are. In a table of people the same name is a
    person's work phone, still personal data, but an address there is the premises' (so is
    the street, city and postcode the values find in an own premises' location beside its
    name: :func:`premises_location`)."""
    tokens = view.tokens
    if len(tokens) < 2 or not owned_by_organisation(tokens):
        return []
    ctx, table = view.ctx, view.table
    of_people = bool(table.tokens & view.words.PEOPLE or "people" in table.context)
    named = view.supported
    if premises_location(view, of_people):
        named |= POSTAL_ENTITIES  # ``store_location``: the values may say a street
    entities = sorted(named & OWN_CONTACT)
    table_name = ctx.dataset.rsplit(".", 1)[-1]
    if of_people:
        if home_building(view):
            return []  # ``tenants.building_no``: the number of the building they live in
        # A person's ``company_phone`` reaches them at work; ``school_address`` is where
        # the school is, not where the person lives.
        reason = (
            f"business contact data: column name {ctx.name!r} says it is the address of "
            f"the {tokens[0]}, its premises, not where a person of table {table_name!r} lives"
        )
        return [view.veto(e, reason) for e in entities if e in PREMISES_ENTITIES]
    if singular(tokens[0]) in {singular(w) for w in view.table_words} and (
        owner := owner_named(view)
    ):
        # a one-person business: its owner's name is in the row, and its phone and e-mail
        # reach that person; its address is still the premises'
        reach = (
            f"business contact data: column name {ctx.name!r} says it is the {tokens[0]}'s own, "
            f"but column {owner!r} names its owner, a person whom these details reach: still "
            "personal data"
        )
        premises = (
            f"business contact data: column name {ctx.name!r} says it is the {tokens[0]}'s "
            f"address, its premises, whoever column {owner!r} names"
        )
        return [
            view.veto(e, premises) if e in PREMISES_ENTITIES else view.hit(e, 0.0, reach)
            for e in entities
        ]
    reason = (
        f"business contact data: column name {ctx.name!r} says it is the {tokens[0]}'s own and "
        f"table {table_name!r} is not about people"
    )
    return [view.veto(entity, reason) for entity in entities]


#: Words of a business's owner (``owner_name``, ``proprietor_name``).
_OWNERS = frozenset({"owner", "proprietor"})


def owner_named(view: FieldView) -> str | None:
    """The sibling naming the owner of the business a row is (``owner_name``,
    ``proprietor_name``), or None; :func:`owned_contact` asks it only of a column named for
    the table's own business (``salon_phone`` in ``salons``, not a ``garage_phone`` beside a
    vehicle's ``owner_name``)."""
    for sibling in view.ctx.siblings:
        words = view.tokenize(sibling)
        if len(words) == 2 and words[0] in _OWNERS and words[1] == "name":
            return sibling
    return None


def issuer_contact(view: FieldView) -> list[SignalHit]:
    """Vetoes for the details of whoever issues a bill: a column led by the payee or issuer
    (``payee_name``, ``issuer_street``) in a table of invoices or bills names the party that
    bills, and the contact, tax and bank columns of a settings table that points at no
    person (``invoice_configs.iban``) are what the organisation configured for itself."""
    ctx, tokens, people = view.ctx, view.tokens, view.words.PEOPLE
    table = [singular(w) for w in view.tokenize(ctx.dataset.rsplit(".", 1)[-1])]
    settings = bool(table) and table[-1] in view.words.SETTINGS_TABLES
    entities = sorted(
        view.supported & (ISSUER_ENTITIES | (SETTINGS_ENTITIES if settings else set()))
    )
    if {w for w in table if not (settings and w in SITE_ADMIN)} & people:
        return []  # a person's settings; ``admin_settings``: the site's administration's own
    if len(tokens) >= 2 and tokens[0] in ISSUERS and set(table) & BILLS and entities:
        why = f"column name {ctx.name!r} names the {tokens[0]} of a bill, the party that bills"
    elif own_settings(view, table):
        # the settings' own, whatever another signal finds in them (a logo's file name, a
        # description's prose, the mail account's password), unless a column names a person
        # (a webmail's ``account_settings`` with the user's ``full_name``)
        if not _names_a_person(view):
            entities = sorted(set(entities) | SETTINGS_OWN)
        if not entities:
            return []
        why = f"table {ctx.dataset.rsplit('.', 1)[-1]!r} holds settings and points at no person"
    else:
        why = _own_side(view, table) if entities else ""
        if not why:
            return []
    reason = f"business contact data: {why}; not personal data"
    return [view.veto(entity, reason) for entity in entities]


def _names_a_person(view: FieldView) -> bool:
    """Whether a sibling is a person's name (``full_name``, ``owner_name``, ``surname``) or a
    person's number (``member_no``), not the sender's of the application's mails
    (``sender_name``) nor a driver's radius."""
    people = view.words.PEOPLE
    for sibling in view.ctx.siblings:
        words = view.tokenize(sibling)
        if sibling == view.ctx.name or not words or words[0] in SENDERS:
            continue
        if words[-1] in _NAME_LAST and names_a_holder(words, people):
            return True
        if len(words) == 2 and singular(words[0]) in people and words[1] in _NUMBERS:
            return True
    return False


#: Last words of a column holding a name.
_NAME_LAST = frozenset({"name", "surname", "firstname", "lastname", "fullname"})
#: Last words of a person's number (``member_no``, ``customer_code``).
_NUMBERS = NameWords.NUMBER_WORDS | {"id", "key", "code", "ref"}


def own_settings(view: FieldView, table: Sequence[str]) -> bool:
    """Whether a column is one an organisation configured for itself: its table is named for
    settings (``table``: its words, singular), no column points at a person, and the column is
    not led by a person's word (a user's or a recipient's details, configured: ``admin_email``)
    other than the sender of the application's mails (``sender_email``, the organisation) or
    the site's contact (``contact_phone``)."""
    ctx, tokens, people = view.ctx, view.tokens, view.words.PEOPLE
    if not table or table[-1] not in view.words.SETTINGS_TABLES:
        return False
    if any(person_key_column(view.tokenize(s), people) for s in ctx.siblings):
        return False
    lead = tokens[0] if tokens else ""
    return lead in SENDERS or not (lead in people - {"contact"} or lead in BILLED)


def _own_side(view: FieldView, table: list[str]) -> str:
    """Why a table pointing at no person holds the organisation's own details, or "": an
    order that points at a supplier is a purchase order, delivered to the organisation's own
    premises; a table of bank accounts kept in the books (a ``gl_account``, a reconciled
    date) lists the organisation's own accounts (``table``: its words, singular)."""
    ctx, people = view.ctx, view.words.PEOPLE
    if not table or table[-1] not in {"order", "account"}:
        return ""
    columns = [view.tokenize(s) for s in ctx.siblings]
    if any(person_key_column(c, people) or names_a_holder(c, people) for c in columns):
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


def machine_credentials(view: FieldView) -> list[SignalHit]:
    """Vetoes for a machine's address and logins: in a table of servers or hosts
    (``servers``, ``hosting_servers``) that is not about people and points at no person,
    the IP addresses, user names and passwords are the machine's."""
    entities = sorted(view.supported & MACHINE_ENTITIES)
    if not entities:
        return []
    ctx, table, people = view.ctx, view.table, view.words.PEOPLE
    if (
        table.head not in view.words.MACHINE_TABLES
        or table.tokens & people
        or "people" in table.context
        or any(person_key_column(view.tokenize(s), people) for s in ctx.siblings)
    ):
        return []
    reason = (
        f"table {ctx.dataset.rsplit('.', 1)[-1]!r} lists machines (servers, hosts): its "
        "addresses and logins are the machine's, not a person's"
    )
    return [view.veto(entity, reason) for entity in entities]


def mass_mail_sender(view: FieldView) -> list[SignalHit]:
    """Vetoes for the sender of a mass mailing: in a table of newsletters or campaigns
    (``newsletter_issues``, ``mass_mailer``), ``from_email`` and ``sender_name`` are the
    organisation's own; the subscribers' addresses stay personal."""
    entities = sorted(view.supported & SENDER_ENTITIES)
    if not entities or not view.tokens:
        return []
    ctx, tokens, table = view.ctx, view.tokens, view.table
    if (
        len(tokens) >= 3
        and tokens[0] in AUTOMATIC_MAILS
        and tokens[1] in SENDERS
        and not (table.tokens & view.words.PEOPLE or "people" in table.context)
    ):
        reason = (
            f"business contact data: column name {ctx.name!r} names the sender of the "
            f"{tokens[0]} mails the application sends, the organisation itself; not personal "
            "data"
        )
        return [view.veto(entity, reason) for entity in entities]
    if tokens[0] not in SENDERS:
        return []
    if not table.tokens & MASS_MAILINGS or table.tokens & view.words.PEOPLE:
        return []
    reason = (
        f"business contact data: column name {ctx.name!r} names the sender of a mass "
        "mailing, the organisation itself; not personal data"
    )
    return [view.veto(entity, reason) for entity in entities]


def campaign_contact(view: FieldView) -> list[SignalHit]:
    """Vetoes for a campaign's own phone and e-mail: a bare ``email`` or ``phone`` of a
    table of campaigns is where its many recipients answer, the organisation; a recipient's
    or a contact's (``contact_email``) is not bare."""
    tokens = view.tokens
    if view.table.head != "campaign" or len(tokens) != 1 or tokens[0] not in NameWords.REACH:
        return []
    ctx = view.ctx
    entities = sorted(view.supported & {"EMAIL_ADDRESS", "PHONE_NUMBER"})
    reason = (
        f"business contact data: column {ctx.name!r} of a table of campaigns is where their "
        "many recipients answer, the organisation's own; not personal data"
    )
    return [view.veto(entity, reason) for entity in entities]


def role_mailbox(view: FieldView) -> list[SignalHit]:
    """A veto of e-mail addresses that are role mailboxes (help, requests, info...) in a
    table not about people: an organisation's or a service's own address."""
    table = view.table
    if (
        any(h.entity == "EMAIL_ADDRESS" and not h.veto for h in view.hits)
        and not (table.tokens & view.words.PEOPLE or "people" in table.context)
        and (roles := role_mailboxes(view.ctx.samples))
    ):
        reason = (
            f"business contact data: {roles} distinct sampled values are role "
            "mailboxes (help, requests, info...) and the table is not about people: an "
            "organisation's or a service's own address"
        )
        return [view.veto("EMAIL_ADDRESS", reason)]
    return []


#: Last words of a column holding a mail's or a page's text (``thankyou_email_text``,
#: ``newsletter_subject``, ``footer_text``): outside a table of people, no e-mail address, whatever
#: its name or comment says, unless a sampled value is one (a person's ``signature_text``, in a
#: row pointing at them, may hold theirs).
MAIL_TEXTS = frozenset({"text", "subject", "body", "template"})
_ADDRESS_SHAPE = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")


def _addresses_sampled(samples: Sequence[object]) -> bool:
    """Whether a sampled value is an e-mail address (a form's ``email_text`` field holds them).

    >>> _addresses_sampled(("ann.lee@example.org",)), _addresses_sampled(("Thanks, {name}!",))
    (True, False)
    """
    return any(isinstance(v, str) and _ADDRESS_SHAPE.fullmatch(v.strip()) for v in samples)


def mail_text(view: FieldView) -> list[SignalHit]:
    """A veto of an e-mail address for the text of a mail or a page (``newsletter_subject``)
    in a table not about people that points at no person, when no sampled value is one."""
    ctx, tokens, table, people = view.ctx, view.tokens, view.table, view.words.PEOPLE
    if (
        len(tokens) >= 2
        and tokens[-1] in MAIL_TEXTS
        and any(h.entity == "EMAIL_ADDRESS" and not h.veto for h in view.hits)
        and not (table.tokens & people or "people" in table.context)
        and not any(person_key_column(view.tokenize(s), people) for s in ctx.siblings)
        and not _addresses_sampled(ctx.samples)
    ):
        reason = (
            f"column name {ctx.name!r} is the {tokens[-1]} of a mail or a page, a text, not "
            "an e-mail address, the table is not about people nor points at a person, and no "
            "sampled value is an address"
        )
        return [view.veto("EMAIL_ADDRESS", reason)]
    return []
