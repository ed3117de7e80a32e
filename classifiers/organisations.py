"""Business contact data: organisations' names and contact details are not people's.

Two rules, both read by the other signals (the name signal for tables, the value signal for
values), both explained in the field's explanation:

1. **Company names.** A column whose sampled values are mostly organisation names (a legal form
   such as Ltd, GmbH, S.A., AB, K.K., or a word such as Holdings or Foods) is not a column of
   people's names, whatever its name says (a ``ship_name`` of consignee companies): at 80% or
   more of the distinct sampled values, PERSON_NAME is vetoed; from 30% the verdict stands (the
   others are likely people, e.g. sole traders) and the explanation says that part of the values
   are company names (business contact data).
2. **Tables about organisations or places with no person in the row.** A table whose head
   noun is an organisation or its premises (``shippers``, ``offices``, ``suppliers``,
   ``warehouses``...), a place (``locations``, ``sites``, ``DimGeography``, ``territories``), or
   that has a company-name column, and none of whose columns names a person (no first or last
   name, contact person, birth date, key to a person...; a column that counts people,
   ``NumberEmployees``, names nobody), holds the organisation's own contact details: its phone,
   e-mail, address, city, region, postcode, coordinates and IP addresses are business contact
   data, and its tax id (VAT number, EIN) and bank account are the organisation's: none is
   reported as personal data. When a column does name a person (a supplier's
   ``contact_name``), the contact details stay personal data (they reach that person at work)
   and the explanation says they are business contact data.

Limits: company names without a legal form or an organisation word are not recognised (that
needs a language model); a table of sole traders named ``vendors`` with no person column is
treated as a table of organisations.

>>> is_organisation_name("Nordic Foods AB"), is_organisation_name("Müller GmbH & Co. KG")
(True, True)
>>> is_organisation_name("Toyota Motor Co., Ltd."), is_organisation_name("Anna Berg")
(True, False)
>>> is_organisation_name("Lee, A.B.")  # initials, not a legal form
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import SignalHit

#: Legal forms of companies, as they are written. Forms of one or two letters (``AB``, ``S.A.``,
#: ``Co.``) match only as written here (case included): ``Ab`` or ``sa`` may be a name part.
#: Longer forms match in any case, with or without dots (``ltd``, ``S.R.L.``).
LEGAL_FORMS = """
    Inc Incorporated LLC PLLC LLP LP L.P. Ltd Limited PLC Corp Corporation Co Co. CO Company
    Pty Pte Pvt Sdn Bhd Berhad Tbk ULC
    GmbH gGmbH mbH AG KG KGaA OHG GbR UG eG e.V. SE
    S.A. SA S.A.S. SAS SASU SARL S.à.r.l. EURL SNC SCS SCA SCOP
    S.L. SL S.L.U. S.A.U. S.Coop.
    S.p.A. SpA S.r.l. Srl S.a.s. S.n.c.
    Lda Ltda EIRELI S.C.
    B.V. BV N.V. NV V.O.F. VOF C.V. CV BVBA SPRL SCRL
    AB HB KB Oy Oyj A/S ApS I/S K/S P/S AS ASA ANS DA hf. ehf. hf ehf
    K.K. KK G.K. GK Y.K.
    s.r.o. a.s. spol. v.o.s. k.s. d.o.o. d.d. Kft. Kft Zrt. Zrt Nyrt. Nyrt Bt. Bt OÜ SIA UAB
    OOO ZAO OAO PAO AO JSC PJSC OJSC CJSC TOO AD EOOD OOD
    A.E. AE EPE IKE
"""
#: Legal forms of several words, compared in lower case without dots or commas.
LEGAL_PHRASES = """
    co ltd|pty ltd|pte ltd|pvt ltd|private limited|public limited company|sdn bhd|sp z oo|
    s de rl|sa de cv|s de rl de cv|kabushiki kaisha|godo kaisha|yugen kaisha|
    gmbh & co kg|gmbh & co|& co|and co|& sons|and sons|& cie|et cie|& partners|bros
"""
#: Legal forms written before the name (``AB Volvo``, ``PT Bank Mandiri``, ``OOO Romashka``).
PREFIX_FORMS = "AB PT UAB SIA OOO ZAO OAO PAO AO JSC PJSC TOO"
#: The Russian and Bulgarian forms in Cyrillic (OOO, AO, PAO, EOOD), written as escapes.
CYRILLIC_FORMS = "\u041e\u041e\u041e \u0410\u041e \u041f\u0410\u041e \u0415\u041e\u041e\u0414"
#: Words that name an organisation wherever they stand (``Bank of Tokyo``, ``Acme Holdings``).
#: Not surnames: no Baker, Cook, Church, Banks. Wine estates by their words (``Domaine
#: Leflaive``, ``Chateau Margaux``, a ``Bodega`` or a ``Weingut``) too.
ORGANISATION_WORDS = """
    company companies corporation incorporated limited holding holdings group partners
    associates enterprises industries international trading traders foods imports exports
    supplies supply services solutions systems technologies technology consulting logistics
    airlines airways motors bank hotel hotels restaurant ristorante restaurante market markets
    supermarket supermercado pharmacy apotheke bakery brewery winery foundation stiftung
    association verein institute university universität université college academy clinic
    hospital agency studios labs laboratories media publishing productions entertainment
    networks software insurance realty properties construction manufacturing electronics
    textiles chemicals pharmaceuticals delikatessen spezialitäten épicerie comercio
    stores retailers retail boutique outlet outlets mart wholesale wholesalers distributors
    distribution warehouse furnishings interiors
    domaine chateau château bodega bodegas weingut tenuta vineyard vineyards cellars
"""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _loose(form: str) -> str:
    return form.replace(".", "").lower()


_FORMS = LEGAL_FORMS.split() + CYRILLIC_FORMS.split()
#: Forms of three letters that are also given names or name parts (Asa, Sas): as written only.
_AS_WRITTEN = _words("ASA SAS ANS TOO EPE IKE SCA SCS SNC")
#: Short forms: matched as written. Longer ones: in lower case without dots.
_EXACT = frozenset(_FORMS)
_LOOSE = frozenset(
    _loose(f)
    for f in _FORMS
    if len(_loose(f)) > 2 and _loose(f) not in {_loose(a) for a in _AS_WRITTEN}
)
_PHRASES = tuple(p.strip() for p in LEGAL_PHRASES.replace("\n", " ").split("|") if p.strip())
_PREFIXES = _words(PREFIX_FORMS) | _words(CYRILLIC_FORMS)
_ORG_WORDS = _words(ORGANISATION_WORDS)
_PHRASE_AT_END = re.compile(rf" (?:{'|'.join(re.escape(_loose(p)) for p in _PHRASES)})$")


def is_organisation_name(value: str) -> bool:
    """True when the value reads as an organisation's name: a legal form at its end (or, for
    the forms written first, at its start) or an organisation word in it."""
    tokens = value.replace(",", " ").split()
    if len(tokens) < 2:  # a legal form alone, or one word, names nobody in particular
        return False
    last = tokens[-1].strip("()[]")
    if last in _EXACT or last.rstrip(".") in _EXACT or _loose(last) in _LOOSE:
        return True
    if tokens[0] in _PREFIXES:
        return True
    plain = value.replace(".", "").replace(",", " ").replace("(", " ").replace(")", " ")
    words = plain.lower().split()
    if not _ORG_WORDS.isdisjoint(words):
        return True
    return _PHRASE_AT_END.search(" ".join(words)) is not None


#: Distinct sampled values looked at (the value signal's probe).
PROBE = 20
#: At this share of company names, PERSON_NAME is vetoed; from NOTE_SHARE it is noted.
VETO_SHARE = 0.8
NOTE_SHARE = 0.3
MIN_VALUES = 5


def company_name_hits(distinct: Sequence[str], signal: str = "values") -> list[SignalHit]:
    """A veto of PERSON_NAME when most distinct sampled values are organisation names, or a note
    (a hit of no weight, shown in the explanation) when a good part of them are."""
    probe = distinct[:PROBE]
    if len(probe) < MIN_VALUES:
        return []
    need = NOTE_SHARE * len(probe)
    count = 0
    for i, value in enumerate(probe):
        if count + len(probe) - i < need:
            return []  # too few left to reach a note: a column of people, ids or numbers
        count += is_organisation_name(value)
    share = count / len(probe)
    counted = f"values: {count} of {len(probe)} distinct sampled values are company names"
    if share >= VETO_SHARE:
        reason = f"{counted} (a legal form or an organisation word): business contact data"
        return [SignalHit("PERSON_NAME", 1.0, signal, reason, veto=True, value_share=share)]
    if share >= NOTE_SHARE:
        reason = f"{counted} (business contact data); the others may be people"
        return [SignalHit("PERSON_NAME", 0.0, signal, reason, value_share=share)]
    return []


# -- tables about organisations ------------------------------------------------------------------

#: Table head nouns (singular) whose rows are organisations or their premises (a hair salon,
#: a barbershop, a beauty parlour and a spa among the shops that serve people in person; a
#: dairy, a creamery, a bakery, a brewery, a winery and a cooperative among the businesses named
#: by their trade, as a milk cooperative's ``dairymaster`` of dairies is).
ORGANISATION_TABLES = _words("""
    company organisation organization org business firm corporation enterprise supplier vendor
    shipper carrier courier forwarder manufacturer distributor wholesaler retailer reseller
    dealer dealership merchant brand publisher office branch warehouse store shop outlet depot
    plant factory agency bank institution school university college hospital clinic hotel
    venue airline bureau subsidiary franchise showroom headquarter partner department helpdesk
    servicedesk biller invoicer pharmacy drugstore salon barbershop parlour parlor spa
    dairy creamery bakery brewery winery distillery cooperative coop insurer
""")
#: Table head nouns (singular) that, after an organisation noun (``org_unit``,
#: ``company_address``, ``branch_locations``), name the organisation's own parts or premises:
#: such a table is about organisations.
ORGANISATION_PARTS = _words("""
    unit division section address location site premise
""")
#: Last words of a table that keeps more of an organisation's own row, after a word naming the
#: organisation (``company_billing_detail``, ``company_registration_details``, ``firm_info``).
ORGANISATION_DETAILS = _words("detail info information data")
#: Table head nouns (singular) of a seller's records of its sales and marketing: their rows are
#: deals, quotes and campaigns, not people, even with a contact's name, phone and e-mail in them.
SALES_RECORDS = _words("""
    opportunity deal quote quotation proposal estimate campaign
""")
#: Table heads of records a payment provider keeps that hold no means of payment: their bare
#: ``stripe_id`` is the provider's key of the record (``sub_...``, ``in_...``), not a token.
PROVIDER_RECORDS = frozenset({
    "subscription", "invoice", "charge", "plan", "product", "price", "payout", "refund",
    "transfer", "dispute", "coupon", "discount", "event", "webhook", "order", "intent",
    "session", "checkout", "item", "line", "fee", "tax",
})  # fmt: skip
#: Table head nouns (singular) whose rows are places: a reference table of geography, or an
#: organisation's sites. Their addresses, coordinates and IP ranges are no person's.
PLACE_TABLES = _words("""
    location site facility geography geo territory region area zone district city town country
    province county locality premise building campus venue park stadium ballpark airport
    station port circuit municipality borough commune comune
""")
#: Who holds a place's public office (``mayor_name`` of a table of municipalities): their name
#: puts no contact person in the row; the place's phone and e-mail reach its town hall, unless
#: its sampled e-mails are free mailboxes (:func:`free_mailboxes`).
OFFICE_HOLDERS = _words("mayor governor prefect burgomaster alderman reeve")
#: Where an organisation is (besides :data:`ORGANISATION_TABLES`): a column named for one of
#: these first (``site_phone``, ``venue_address``) holds that place's own contact details.
PREMISES = _words("""
    location site facility premise premises building campus venue park stadium station airport
    shelter
""")
#: An organisation's own premises, where no person lives: a column named for one's location
#: (``store_location``, ``shelterlocation``) says where the premises are. Not a site, a
#: premise, a building or a partner, each as often where a person is (a utility's service
#: address, a tenant's building, a home visit's site, a match's partner).
OWN_PREMISES = _words("""
    store shop outlet showroom branch office warehouse depot plant factory shelter clinic
    hospital pharmacy school hotel venue stadium salon barbershop parlour parlor spa
""")
#: Shops that serve people in person (a hair salon, a barbershop, a beauty parlour, a spa):
#: a key to whoever runs one leaves the shop's phone and e-mail the shop's.
SALONS = _words("salon barbershop parlour parlor spa")
#: First words of a key to whoever runs premises for an organisation (``manager_id``,
#: ``principal_id``): not an owner, who may be a sole trader reached at the shop's own line.
RUNS_PREMISES = _words("manager director principal supervisor superintendent")
#: A column named by one of these words (alone or with ``name``) holds the row's organisation.
ORGANISATION_COLUMNS = _words("company organisation organization org business firm")
#: ``legal_name``, ``trading_name``: an organisation's registered names.
ORGANISATION_NAME_WORDS = _words("legal trading trade registered")
#: Entities that are contact details: an organisation's own are business contact data.
CONTACT_ENTITIES = (
    "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "CITY", "REGION", "POSTAL_CODE",
    "GEOLOCATION", "IP_ADDRESS", "TAX_ID", "BANK_ACCOUNT",
)  # fmt: skip
#: Contact entities that stay the organisation's with a person in the row: where it is and its
#: registrations (a contact person is reached by phone or e-mail, not at the company's address).
PREMISES_ENTITIES = frozenset({
    "STREET_ADDRESS", "CITY", "REGION", "POSTAL_CODE", "GEOLOCATION", "TAX_ID", "BANK_ACCOUNT",
})  # fmt: skip
#: Of those, a postal address finer than a region: a customer's contact person is reached there.
POSTAL_ENTITIES = frozenset({"STREET_ADDRESS", "CITY", "POSTAL_CODE"})
#: Entities only a person has: a column of one of them puts a person in the row.
PERSON_ENTITIES = frozenset({
    "PERSON_NAME", "DATE_OF_BIRTH", "GENDER", "NATIONAL_ID", "USERNAME", "PASSWORD_HASH",
})  # fmt: skip
#: Column words that name a person in an organisation's row (besides the name signal's people).
PERSON_WORDS = _words("""
    manager leader director representative rep principal proprietor founder ceo president chairman
    officer buyer clerk
""")


#: Column words of an organisation's own books (``gl_account``, ``last_reconciled_date``): a
#: table of bank accounts with one of them, and no key to a person, lists the organisation's
#: own accounts, not its customers'.
LEDGER_WORDS = _words("""
    ledger gl reconcile reconciled reconciliation journal coa chart
""")
#: Column words naming whoever holds an account or receives an order (``holder_name``,
#: ``surname``, ``first_name``): a table with one is not the organisation's own books.
HOLDER_WORDS = _words("""
    holder owner beneficiary recipient addressee surname lastname firstname fullname forename
""")
_NAME_PARTS = _words("first last full given family middle")


def names_a_holder(words: Sequence[str], people: frozenset[str] = frozenset()) -> bool:
    """True for a column naming a person who holds or receives (``holder_name``,
    ``first_name``, a people word), not for ``last_reconciled_on`` or ``account_name``.

    >>> names_a_holder(("holder", "name")), names_a_holder(("last", "name"))
    (True, True)
    >>> names_a_holder(("last", "reconciled", "on")), names_a_holder(("account", "name"))
    (False, False)
    """
    if not (HOLDER_WORDS | PERSON_WORDS | people).isdisjoint(words):
        return True
    return len(words) >= 2 and words[-1] == "name" and words[-2] in _NAME_PARTS


#: First words of a key to a supplier: an order pointing at one (and at no person) is a purchase
#: order, delivered to the organisation's own premises.
SUPPLIER_WORDS = _words("supplier supp vendor")


def ledger_column(columns: Sequence[Sequence[str]]) -> int | None:
    """Index of the first column (as its words) of the organisation's books, or None.

    >>> ledger_column([("id",), ("last", "reconciled", "date")]), ledger_column([("iban",)])
    (1, None)
    """
    return next((i for i, words in enumerate(columns) if not LEDGER_WORDS.isdisjoint(words)), None)


def supplier_key(columns: Sequence[Sequence[str]]) -> int | None:
    """Index of the first column that is a key to a supplier (``supplier_id``, ``vendor_no``).

    >>> supplier_key([("order", "no"), ("supplier", "id")]), supplier_key([("vendor", "name")])
    (1, None)
    """
    return next(
        (
            i
            for i, words in enumerate(columns)
            if len(words) == 2 and words[0] in SUPPLIER_WORDS and words[1] in _KEY_LAST
        ),
        None,
    )


_KEY_LAST = _words("id key fk no code ref")


#: First and last words of a column that counts people rather than naming one
#: (``NumberEmployees``, ``employee_count``, ``total_staff``).
_COUNT_FIRST = _words("number num no count cnt total")
_COUNT_LAST = _words("count cnt number num total")


def counts_people(words: Sequence[str]) -> bool:
    """True for a column that counts (``NumberEmployees``): it puts no person in the row.

    >>> counts_people(("number", "employees")), counts_people(("contact", "name"))
    (True, False)
    """
    return bool(words) and (words[0] in _COUNT_FIRST or words[-1] in _COUNT_LAST)


def organisation_column(tokens: Sequence[str], table_tokens: frozenset[str] = frozenset()) -> bool:
    """True for a column naming the row's organisation: ``company``, ``company_name``,
    ``organisation_name``, ``legal_name`` (the table's own words before it are ignored).

    >>> organisation_column(("company", "name")), organisation_column(("payment", "company"))
    (True, False)
    """
    core = [t for t in tokens if t not in table_tokens] or list(tokens)
    if core[-1] == "name":
        core = core[:-1]
    if len(core) != 1:
        return False
    return core[0] in ORGANISATION_COLUMNS or (
        core[0] in ORGANISATION_NAME_WORDS and tokens[-1] == "name"
    )


#: Words of role mailboxes (RFC 2142's and the common ones): an organisation's or a service's
#: own address, read by whoever holds the role (``support@``, ``sp-help@``, ``foi-requests@``).
ROLE_MAILBOX_WORDS = _words("""
    info information marketing sales support abuse noc security postmaster hostmaster webmaster
    www help helpdesk desk service services contact contacts office admin hello team enquiries
    enquiry inquiries inquiry request requests noreply donotreply billing accounts jobs careers
    press media hr legal privacy dpo foi feedback orders shop store newsletter notifications
    alerts bounce bounces mailer daemon root system queue tickets ticket reception frontdesk
""")
_LOCAL_WORDS = re.compile(r"[^a-z]+")
ROLE_SHARE = 0.8


def role_mailbox(address: str) -> bool:
    """Whether an e-mail address is a role mailbox (a role word in its local part).

    >>> role_mailbox("Orders@shop.example"), role_mailbox("ines.okafor@example.org")
    (True, False)
    """
    local = address.strip().lower().rpartition("@")[0]
    return bool(set(_LOCAL_WORDS.split(local)) & ROLE_MAILBOX_WORDS)


def role_mailboxes(samples: Sequence[object]) -> int:
    """How many distinct sampled e-mail addresses are role mailboxes (``support@``,
    ``city-requests@``: a role word in the local part), or 0 unless two at least and 80% of
    them are (and every value is an address).

    >>> role_mailboxes(("sp-help@example.org", "foi-requests@council.example"))
    2
    >>> role_mailboxes(("support@example.org", "ines.okafor@example.org"))
    0
    """
    found: set[str] = set()
    seen: set[str] = set()
    for value in samples:
        text = str(value).strip().lower()
        if "@" not in text:
            return 0
        seen.add(text)
        if role_mailbox(text):
            found.add(text)
    return len(found) if len(found) >= 2 and len(found) >= ROLE_SHARE * len(seen) else 0


#: Domains of free mail providers: a town hall, a district's office or a parish has a domain
#: of its own, a person has one of these.
FREE_MAIL_DOMAINS = _words("""
    gmail.com googlemail.com hotmail.com hotmail.fr hotmail.be hotmail.co.uk outlook.com
    outlook.fr live.com live.be msn.com yahoo.com yahoo.fr yahoo.co.uk ymail.com icloud.com
    me.com aol.com gmx.de gmx.net gmx.com web.de mail.com proton.me protonmail.com yandex.ru
    mail.ru skynet.be telenet.be orange.fr free.fr laposte.net
""")


def free_mailboxes(samples: Sequence[object]) -> bool:
    """Whether most sampled values are e-mail addresses at a free mail provider (a person's own
    mailbox, not a place's office).

    >>> free_mailboxes(("lea.dumont@gmail.com", "an@hotmail.com")), free_mailboxes(("info@x.be",))
    (True, False)
    >>> free_mailboxes(())
    False
    """
    domains = [str(v).strip().lower().rpartition("@")[2] for v in samples if v and "@" in str(v)]
    return bool(domains) and sum(d in FREE_MAIL_DOMAINS for d in domains) * 2 > len(domains)


def owned_by_organisation(tokens: Sequence[str]) -> bool:
    """True for a column named for an organisation or its premises first, then what it holds
    (``store_phone``, ``office_email``, ``site_address``): that organisation's own details.

    >>> owned_by_organisation(("store", "phone")), owned_by_organisation(("home", "phone"))
    (True, False)
    >>> owned_by_organisation(("offices", "email", "address")), owned_by_organisation(("store",))
    (True, False)
    """
    if len(tokens) < 2:
        return False
    first = tokens[0]
    return (
        first in ORGANISATION_TABLES
        or first in PREMISES
        or (first.endswith("s") and first[:-1] in ORGANISATION_TABLES | PREMISES)
    )


def business_contact_hits(
    why: str,
    person: str | None,
    name_is_organisation: bool,
    signal: str,
    reached_there: bool = False,
) -> list[SignalHit]:
    """For a contact column of a table about organisations: vetoes (no person in the row) or
    notes of no weight (a person in the row); ``why`` says what makes the table one of
    organisations, ``person`` is the column that names a person. ``reached_there``: the rows are
    customers, and their contact person is reached at the row's address (its street, city and
    postcode stay reported, with a note; its region, registrations and accounts do not)."""
    if person is None:
        reason = (
            f"business contact data: {why} and no column names a person, so its contact "
            "details are the organisation's own, not personal data"
        )
        hits = [SignalHit(e, 1.0, signal, reason, veto=True) for e in CONTACT_ENTITIES]
        if name_is_organisation:
            hits.append(
                SignalHit(
                    "PERSON_NAME",
                    1.0,
                    signal,
                    f"business contact data: {why}, so its name is the organisation's",
                    veto=True,
                )
            )
        return hits
    premises = (
        f"business contact data: {why}; its address, tax id and bank account are the "
        f"organisation's, whoever column {person!r} names"
    )
    reason = (
        f"business contact data: {why}, but column {person!r} names a person, whom these "
        "details reach at work: still personal data"
    )
    # A customer's contact person is reached at the row's address, where the seller delivers
    # and bills: its street, city and postcode stay reported, with a note saying so.
    at_address = (
        f"business contact data: {why}, a customer's: its address is where the seller reaches "
        f"the person column {person!r} names: still personal data"
    )
    hits = []
    for e in CONTACT_ENTITIES:
        if reached_there and e in POSTAL_ENTITIES:
            hits.append(SignalHit(e, 0.0, signal, at_address))
        elif e in PREMISES_ENTITIES:
            hits.append(SignalHit(e, 1.0, signal, premises, veto=True))
        else:
            hits.append(SignalHit(e, 0.0, signal, reason))
    if name_is_organisation:
        reason = f"business contact data: {why}, so its name is the organisation's"
        hits.append(SignalHit("PERSON_NAME", 1.0, signal, reason, veto=True))
    return hits
