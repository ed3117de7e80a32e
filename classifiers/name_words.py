"""The name signal's words: who a table's rows are, which contexts make an ambiguous word
personal, which words around an entity change what a column holds, and how reasons word each
entity. :class:`~classifiers.names.NameSignal` reads them; docs/entities.md describes every rule.

Each set is written as one string of words, so a reviewer reads the vocabulary, not the syntax.

>>> "customer" in NameWords.PEOPLE, "verified" in NameWords.MODIFIERS, NameWords.NOUNS["CITY"]
(True, True, 'a city')
"""

from __future__ import annotations

from collections.abc import Iterable

from .known_names import occupations
from .organisations import ORGANISATION_TABLES, OWN_PREMISES, PLACE_TABLES, owned_by_organisation


def word_set(text: str) -> frozenset[str]:
    """A word set written as one string: ``word_set("a b")`` is ``frozenset({"a", "b"})``."""
    return frozenset(text.split())


_words = word_set


def person_fields(columns: Iterable[tuple[str, ...]]) -> frozenset[str]:
    """The person-field words (:attr:`NameWords.SIBLING_PEOPLE`) that a table's columns, given as
    their words, name; a column that is an event's time names none (``first_published_at``),
    nor does one named for an organisation or its premises (``store_phone``, ``office_email``).

    >>> sorted(person_fields([("first", "name"), ("email",), ("last", "login", "at")]))
    ['email', 'first']
    >>> sorted(person_fields([("store", "phone"), ("store", "email")]))
    []
    >>> sorted(person_fields([("birth", "date")]))
    ['birth']
    >>> sorted(person_fields([("fn",), ("mn",), ("ln",), ("gender",)]))
    ['first', 'gender']
    >>> sorted(person_fields([("fn",), ("ln",), ("file",)]))
    []
    """
    columns = list(columns)
    found = frozenset(
        w
        for words in columns
        if not owned_by_organisation(words) and not _event_time(words) and not _setting(words)
        for i, w in enumerate(words)
        if w in NameWords.SIBLING_PEOPLE and _name_part_at(words, i)
    ) | frozenset(NATIONAL_ID for words in columns if national_id(words))
    found |= frozenset(PARENT for words in columns if parent_field(words))
    if {("fn",), ("mn",), ("ln",)} <= set(columns):
        found |= {"first"}  # a name's three parts in two letters: one person field
    if "mobile" in found and any(set(words) & _DEVICE_CLASSES for words in columns):
        return found - {"mobile"}  # ``mobile`` beside ``desktop``: a kind of device
    return found


#: A parent's name or national number as a person field (``mother_name``,
#: ``father_national_id``): a row that names someone's parents is that someone's (a birth's,
#: a pupil's); a herd book names a sire and a dam.
PARENT = "parent"
_PARENTS = frozenset({"mother", "father"})


def parent_field(words: tuple[str, ...]) -> bool:
    """Whether a column is a parent's name or national number.

    >>> parent_field(("mother", "name")), parent_field(("father", "national", "id"))
    (True, True)
    >>> parent_field(("mother", "id")), parent_field(("parent", "name"))
    (False, False)
    """
    return (
        len(words) >= 2 and words[0] in _PARENTS and (words[-1] == "name" or national_id(words[1:]))
    )


#: A person's national number as a person field (``national_id``, ``ssn``): a row that keeps
#: one beside a birth date is a person's (a vaccination's, a register's).
NATIONAL_ID = "national id"
#: The last words of a national number (``national_id``, ``national_id_no``, ``ssn``).
_NATIONAL_IDS = frozenset({("national", "id"), ("national", "identity"), ("ssn",)})
_NATIONAL_TAILS = frozenset({"no", "nr", "num", "number"})


def national_id(words: tuple[str, ...]) -> bool:
    """Whether a column's words are the row's own national number, bare: ``ssn``,
    ``national_id``, ``national_id_no``; not a key to a table of them
    (``national_id_scheme_id``) nor someone else's (``guardian_national_id``, a loan's
    ``guarantor_ssn``).

    >>> national_id(("national", "id")), national_id(("ssn", "no"))
    (True, True)
    >>> national_id(("guardian", "national", "id")), national_id(("national", "team"))
    (False, False)
    """
    found = words[:-1] if words and words[-1] in _NATIONAL_TAILS else words
    return tuple(found) in _NATIONAL_IDS


#: Words after ``first`` or ``last`` that keep it a name part (``first_name``, ``last_nm``).
_NAME_AFTER = frozenset({"name", "names", "nm", "nme", "initial"})
#: Words of a number: after ``mobile`` (``mobile_no``; ``mobile_phone`` counts as its ``phone``,
#: once), they keep it a phone number; :attr:`NameWords.NUMBER_WORDS` shares them.
_NUMBER_WORDS = _words("no nr num number")
_MOBILE_AFTER = _NUMBER_WORDS | {"tel"}
#: Columns of other kinds of device, beside which ``mobile`` is one too (a page view's).
_DEVICE_CLASSES = frozenset({"desktop", "tablet", "tablets", "desktops"})


def _name_part_at(words: tuple[str, ...], i: int) -> bool:
    """Whether the person-field word at ``i`` names that field: ``first`` or ``last`` followed
    by another word than a name is an ordinal (``first_letter``, ``last_login``).

    >>> _name_part_at(("first", "name"), 0), _name_part_at(("first", "letter"), 0)
    (True, False)
    """
    if words[i] == "mobile":  # ``mobile_no``, not ``mobile_image``, ``supports_mobile``
        if i == len(words) - 1:  # bare, or a person's (``customer_mobile``)
            return i == 0 or words[i - 1] in NameWords.PEOPLE
        return words[i + 1] in _MOBILE_AFTER
    if i == len(words) - 1:
        return True
    if words[i] not in {"first", "last"}:
        return True
    return words[i + 1] in _NAME_AFTER


def _setting(words: tuple[str, ...]) -> bool:
    """Whether a column is a setting about people in general, not a field of the row's person:
    five words or more (``list_of_speakers_show_first_contribution``), or led by a plural people
    word (``users_email_sender``, the address that mails all users).

    >>> _setting(("users", "email", "sender")), _setting(("user", "email"))
    (True, False)
    """
    if len(words) >= 5:
        return True
    first = words[0] if words else ""
    return first.endswith("s") and first[:-1] in NameWords.PEOPLE


def _event_time(words: tuple[str, ...]) -> bool:
    """Whether a column is an event's time (``last_login_at``), not a birth date."""
    return (
        bool(words)
        and words[-1] in NameWords.SIBLING_EVENTS
        and not (set(words) & NameWords.BIRTH_WORDS)
    )


#: A person's full name as a column says it, alone (``full_name``, ``fullname``).
FULL_NAMES = frozenset({("full", "name"), ("fullname",)})
#: A person's own name or its parts with no role before them (``fullname``, ``first_name``,
#: ``surname``; not ``coach_first_name``), besides a bare ``name``, which is as often a record's.
REAL_NAMES = FULL_NAMES | {
    ("first", "name"), ("firstname",), ("last", "name"), ("lastname",), ("surname",),
}  # fmt: skip


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
    "thesis", "dissertation",
})  # fmt: skip


class NameWords:
    """The vocabulary of :class:`~classifiers.names.NameSignal`, as class constants a subclass
    can extend (``PEOPLE = NameSignal.PEOPLE | {"guest"}``)."""

    #: Column words of a way to reach someone by phone, fax or e-mail (``phone``, ``tel``,
    #: ``email``): the name signal's, :mod:`classifiers.row_people`'s and
    #: :mod:`classifiers.households_and_logins`' contact columns.
    REACH = _words("phone telephone tel mobile cell fax email mail")
    #: Last words of a number (``phone_no``, ``member_nr``, ``house_num``): the reach, address and
    #: record number columns of :mod:`classifiers.row_people`,
    #: :mod:`classifiers.households_and_logins` and :mod:`classifiers.members_and_codes`.
    NUMBER_WORDS = _NUMBER_WORDS
    #: Last words of a secret kept for a login (``reset_token``, ``otp_secret``, ``api_key``,
    #: ``recovery_codes``): :mod:`classifiers.secrets_and_senders`' account secrets and
    #: :mod:`classifiers.households_and_logins`' credentials.
    SECRET_WORDS = _words("token tokens code codes key hash digest secret seed")

    #: The parties to a complaint, a dispute, a claim or a case (``complainant``, ``defendant``):
    #: people, in a column's name and in a table's.
    PARTIES = _words("""
        complainant complainants respondent respondents plaintiff plaintiffs defendant defendants
        petitioner petitioners claimant claimants
    """)
    #: Others a case names: people in a ``<role>_name`` (``witness_name``, ``victim_name``), but
    #: not people words of a table, whose ``witnesses``, ``victims`` or ``suspects`` may be a
    #: cluster's witness servers, a cache's evicted entries or a fraud model's transactions.
    CASE_ROLES = _words("witness witnesses victim victims suspect suspects offender offenders")
    #: People named by a trade that serves a client in person (a salon's stylists, a household's
    #: nanny), which Faker's job titles lack: table words of people like :attr:`PEOPLE`.
    TRADES = _words("""
        hairstylist stylist hairdresser barber beautician cosmetologist esthetician aesthetician
        manicurist pedicurist masseur masseuse nanny babysitter
    """)
    #: People named by a pastime, a status or a role the glossaries read (``horgasz``: an
    #: angler; ``vadasz``: a hunter; ``pensionista``: a pensioner): a table so named holds
    #: people in English too, as a club's, a register's or a rental's rows.
    ROLE_PEOPLE = _words("""
        angler fisherman hunter referee umpire pensioner tourist intern apprentice landlord
        landlady notary detective guarantor officiant celebrant
    """)
    #: Table words meaning "the rows are people"; a column word from here also counts. Not
    #: ``account``: a login's, a bank's, a ledger's or a company's (a CRM ``Account``) alike, so
    #: an accounts table is about people only when its columns say so (first name, e-mail...).
    #: Not ``partner``: a business partner (a shop's fulfilment partner) is an organisation.
    PEOPLE = (
        _words("""
        customer cust client user usr member person people contact staff employee emp actor
        author subscriber buyer shopper guest lead patient student teacher recipient
        consignee passenger traveller traveler applicant candidate reviewer admin administrator
        profile affiliate agent driver owner seller individual resident tenant attendee
        participant donor volunteer worker beneficiary payee payer cardholder sender receiver
        signer spouse parent guardian visitor prospect player athlete nurse physician doctor
        clinician practitioner therapist dentist surgeon pharmacist caregiver dependent
        dependant instructor professor lecturer tutor coach trainer mentor salesperson
        delegate minister senator governor mayor conductor pilot artist singer climber swimmer
        wrestler gymnast contestant investor nominee captain constituent committer patron orphan
    """)
        | ROLE_PEOPLE
        | PARTIES
        | TRADES
        | (occupations() - ORGANISATION_TABLES - PLACE_TABLES)
    )
    #: Table heads of settings (``mail_settings``, ``invoice_configs``, ``app_preferences``),
    #: singular: what an application configured for itself, unless the table points at a person.
    SETTINGS_TABLES = _words("setting config configuration preference option conf")
    #: Table heads that are a person's when a people word comes before them (``user_accounts``,
    #: ``customer_acct``): the table is then about those people.
    ACCOUNT_HEADS = _words("account acct")
    #: Who a ``<role>_name`` column names: people words and address roles (``billing_name``).
    ROLES = (
        _words("""
        customer cust client member person contact staff employee actor author subscriber buyer
        shopper guest recipient receiver consignee sender passenger traveller traveler patient
        student applicant candidate reviewer attendee participant beneficiary payee payer parent
        guardian spouse father fath mother moth child kin manager leader assistant referrer sponsor
        signer signatory tenant resident driver teacher worker volunteer donor visitor holder owner
        billing bill shipping ship delivery attention attn addressee ship_to bill_to care_of
        next_of_kin emergency_contact emergency sibling household chairman chairwoman
        chairperson
    """)
        | PARTIES
        | CASE_ROLES
    )
    #: Who a French ``nom_<role>`` or ``prenom_<role>`` names: the noun comes first in French
    #: (``nom_locataire``). These roles are a person's (a tenant, a spouse, a pupil, the contact);
    #: the English :attr:`ROLES` are not French words (``nom_driver`` is a nominal value).
    FRENCH_ROLES = _words("""
        contact patient locataire adherent membre eleve employe salarie conjoint pere mere
        interlocuteur signataire representant responsable correspondant fixeur
    """)
    #: French roles that a firm or a body takes as often as a person (a buyer, a holder, a
    #: client, a seller): their ``nom_<role>`` is a person's name only in a table about people.
    FRENCH_PARTIES = _words("""
        client destinataire expediteur acheteur vendeur titulaire beneficiaire demandeur
        proprietaire
    """)
    #: A person's relatives: a ``<relative>_name`` (``brothername1``) names a person only in a
    #: table of people; a category's ``grandparent_name`` or a unit's ``sister_name`` names none.
    RELATIVES = _words("""
        brother sister husband wife daughter grandfather grandmother grandparent uncle aunt
        nephew niece cousin
    """)
    #: Table heads whose rows carry a person's postal address.
    ADDRESS_TABLES = _words("""
        address addr shipping billing delivery order invoice shipment quote cart consignment
        parcel return subscription
    """)
    #: Social networks and messengers where a person has a handle (``twitter``,
    #: ``github_username``): in a table of people, a user name.
    SOCIAL_NETWORKS = _words("""
        twitter instagram facebook linkedin github gitlab tiktok snapchat skype telegram mastodon
        bluesky pinterest youtube reddit discord googleplus
    """)
    #: Table heads whose rows are e-mails sent or to send (a mail queue, reminders, newsletters):
    #: their ``recipients``, ``cc``, ``bcc`` and bare ``address`` are e-mail addresses.
    MAIL_TABLES = _words("""
        email mail mailing mailer outbox reminder notification newsletter
    """)
    #: Table heads that store mails when a mail word comes before them (``email_queue``,
    #: ``mail_log``, ``coupon_email_track``): the table is then a mail table.
    MAIL_STORES = _words("queue spool log track tracking sent")
    #: Table heads of machines (``servers``, ``hosting_servers``): their IP addresses, user
    #: names and passwords are the machine's, not a person's.
    MACHINE_TABLES = _words("server host node machine router switch gateway")
    #: Column words that make ``address``/``city`` a person's address; where a ride or a
    #: transfer picks a person up or drops them off (``pickup_address``, ``drop_off_address``)
    #: is one too.
    ADDRESS_WORDS = _words("""
        billing bill shipping ship mailing delivery home residential residence postal invoice
        physical permanent personal private street order pickup dropoff drop
    """)
    #: Table or column words of a payment-card context (``exp_month``, ``security_code``).
    CARD_WORDS = _words("""
        card cards cc credit creditcard debit payment pm wallet vault stripe braintree adyen
        gateway tokenization
    """)
    #: Table or column words of a bank context (``account_number``).
    BANK_WORDS = _words("""
        bank banking payout refund sepa ach wire debit mandate iban remittance settlement
        disbursement beneficiary payee withdrawal transfer payment direct
    """)
    #: Table-name words skipped when looking for the table's head noun (``customer_entity``).
    TABLE_FILLER = _words("""
        entity entities tbl table data info information detail details master main record list
        view vw tmp temp bak backup old new archive hist history staging stg raw dim flat grid
        varchar int text datetime decimal extra copy export import snapshot current all link map
        mapping rel page
    """)
    #: Table heads of a scheme's rules and rates (``tax_brackets``, ``ssn_rules``,
    #: ``national_id_schemes``): a national id or an income there is no one's.
    RULE_TABLES = _words("rule rate bracket band scheme")
    #: Words of numbers issued to a person by someone else (an insurer, a state): an integer
    #: ``InsuranceID`` or ``ssn_id`` is that number, not the database's surrogate key.
    ISSUED_IDS = _words("""
        insurance insurer policy medicare medicaid beneficiary ssn passport license licence
        national tax
    """)
    #: Prefixes of a data warehouse's tables (``DimCustomer``, ``FactInternetSales``).
    WAREHOUSE_PREFIXES = _words("dim fact agg")
    #: Column prefixes stripped before a bare word is matched (``c_name``, ``cust_name``).
    COLUMN_PREFIXES = _words("""
        cust usr tbl fld col
    """)
    #: Words after the entity that make the column about it rather than holding it.
    MODIFIERS = (
        # verification, consent and preferences
        _words("""
            verified verify verification unverified confirmed confirm confirmation unconfirmed
            valid validated validation invalid opt optin optout opted consent consented
            subscribed unsubscribed subscribe unsubscribe subscription enabled disabled enable
            disable allowed allow blocked block blacklist whitelist allowlist blocklist bounced
            bounce bounces marketing notification notifications notify preference preferences
            pref prefs setting settings visible visibility hidden public required mandatory flag
            flags status state active locked lock reminder reset token code otp pin secret
        """)
        # counts and events
        | _words("""
            count counts cnt counter total sent send sending received opened clicked attempts
            attempt tries retries failures failed errors error changed change changes updated
            update modified created deleted expires expired expiry expiration expire
        """)
        # time
        | _words("at on date time datetime timestamp ts dt year month hour when since until utc")
        | _words("timezone tz")
        # derived values and metadata
        | _words("""
            hash hashed digest md sha salt fingerprint checksum crc length len size domain
            provider host server mx type types kind category class format fmt template templates
            tpl pattern regex mask label caption prefix extension ext lookup check checked score
            rating risk quality policy strength rule rules algorithm algo scheme version hint
            question answer source src origin channel method mode language lang locale currency
        """)
        # geography: a country or region is not the street, phone or IP it qualifies
        | _words("""
            country region province county district latitude longitude lat lng lon geo geocode
            geolocation coordinates range area
        """)
    )
    #: Modifiers that do not change the meaning for one entity (``birth_date``, ``password_hash``).
    MODIFIER_EXEMPT = {
        "DATE_OF_BIRTH": _words("date dt month year time timestamp datetime"),
        "CARD_EXPIRY": _words("date dt month year at on expires expiry expiration expire"),
        "PASSWORD_HASH": _words("hash hashed digest md sha"),
        "POSTAL_CODE": _words("code suffix"),
        "STREET_ADDRESS": _words("unit"),
        "CARD_CVV": _words("code"),
        "PAYMENT_TOKEN": _words("token"),
        "GENDER": _words("code type kind flag"),
        "PHONE_NUMBER": _words("ext extension extn"),  # an extension is part of the number
        "PERSON_NAME": _words("chosen preferred"),  # ``first_name_chosen``: the name used
        "USERNAME": _words("list"),  # ``username_list``: the user names themselves
        # ``latitude_in``, ``longitude_out``: where a clock-in or a check-in (out) was made,
        # a point all the same; whose point it is, the table's rules decide
        "GEOLOCATION": _words("in out checkin checkout clockin clockout"),
    }
    #: First words that make the column a flag or a count (``is_email_verified``, ``num_phones``).
    LEADING_MODIFIERS = _words("""
        is has have can should allow allows use uses send sends enable disable show hide require
        requires needs num total count cnt max min opted no
    """)
    #: Words marking a key: after the entity (``email_id``) or first (PrestaShop's ``id_address``).
    KEY_TOKENS = _words("""
        id ids key pk fk uuid guid ref sk oid
    """)
    #: French qualifiers after a contact word (``email_professionnel``): a person's, unless the
    #: row is a firm's, which :attr:`FIRM_COLUMNS` say.
    FRENCH_TAIL = _words("professionnel professionnelle personnel personnelle")
    #: Words after the entity that keep its meaning (``email_to``, ``phone_home``, ``email_2``).
    ALLOWED_TAIL = FRENCH_TAIL | _words("""
        canonical normalized normalised lower lowercase upper clean cleaned raw enc encrypted
        crypted cipher ciphertext plain plaintext text txt str string value val full primary
        main alt alternate alternative secondary other old new previous prev original orig
        formatted e international intl local backup to from cc bcc reply home work office
        business personal mobile evening night landline contact last four digits plus number num
        no nr line address registration signup login checkout purchase order billing shipping
        delivery masked
    """)
    #: Columns that make a French table's row a firm's: its registration numbers (``siret``,
    #: ``siren``) and its legal name (``raison_sociale``).
    FIRM_COLUMNS = frozenset({("siret",), ("siren",), ("raison", "sociale")})
    #: Words of a table whose rows are first names, not people (``prenoms_populaires``).
    NAME_TABLES = _words("prenom prenoms prénom prénoms")
    #: Entities a number column cannot hold (a numeric ``address`` is a foreign key).
    TEXT_ONLY = _words("""
        EMAIL_ADDRESS PERSON_NAME STREET_ADDRESS CITY USERNAME PASSWORD_HASH PAYMENT_TOKEN
    """)
    #: Region words that, alone and kept as a number, name a key into a list of regions or a
    #: status code (an integer ``state``), as a numeric ``city`` does; not ``county``, whose
    #: integers are FIPS codes as often, nor ``district``, a school's or a sales team's.
    NUMBERED_REGIONS = _words("state region province")
    #: Entities whose rule reads the column's type itself (a conviction's date, a flag of a
    #: criminal record, a count of arrests: :mod:`classifiers.criminal`): no type guard vetoes them,
    #: whichever signal suggests them, so a future signal suggesting one must read the type itself.
    TYPED_BY_RULE = _words("CRIMINAL_OFFENCE")
    #: Words that must be in a name for a date column or a timestamp to be a date of birth.
    BIRTH_WORDS = _words("""
        birth birthday birthdate dob born bday
    """)
    #: Words a comment uses for a flag or a count ("Whether the e-mail was verified").
    COMMENT_FLAGS = _words("""
        whether flag indicates indicator boolean
    """)
    #: Words not counted when judging whether a comment is short and to the point.
    FUNCTION_WORDS = _words("""
        of at in for to on by with from and or is was as used
    """)
    #: Words dropped from comments and labels before matching.
    STOPWORDS = _words("""
        the a an this that these those s its their his her our your my
    """)
    #: Words kept whole or found inside glued identifiers (``useremail``, ``dateofbirth``; a
    #: place, a complaint and a citizen: ``spouseplaceofbirth``, ``complainfacts``,
    #: ``dualcitizenno``; ``citizenship`` and ``placeholder`` whole; a special category or a
    #: pronoun: ``memberethnicorigin``, ``staffreligion``, ``memberpronoun``).
    GLUE_WORDS = _words("""
        email emails mail address addresses addr phone phones telephone mobile cell tel fax zip
        post postal postcode city town street house first middle maiden given family sur surname
        fore forename name names fname lname mname nick nickname username screen logon birth
        birthday of dob bday born pass password passwd pwd word encrypted ip remote exp cvv cvc
        security iban routing sort tax vat tin ein ssn social national insurance passport
        drivers driving license licence identity gender sex male female display legal real
        holder nice payer user day is has state province region county district lat lng lon
        latitude longitude geo point device push mac session cookie visitor anonymous bin
        salary wage income amount marital status education nationality account acct model
        medical medication health allergy allergies aid condition update official contract
        nhs background reference fail alias reverse note notes followup loan payroll payslip
        archived former place placeholder placeholders complain complaint citizen citizenship
        sexual orientation race ethnicity ethnic religion pronoun pronouns village
        authorised authorized trusted
    """)
    #: Glue words too common inside other words to be cut out anywhere (``racename``,
    #: ``terracename``, ``orientationdate``): cut out only at a glued word's end or before another
    #: special category (``raceethnicity``, ``sexualorientation``), never first after a prefix.
    PAIRED_GLUE = dict.fromkeys(
        ("race", "orientation"),
        frozenset({"sexual", "orientation", "race", "ethnicity", "ethnic", "religion"}),
    )
    #: How reasons name each entity.
    # fmt: off
    NOUNS = {
        "PERSON_NAME": "a person's name", "EMAIL_ADDRESS": "an email address",
        "PHONE_NUMBER": "a phone number", "STREET_ADDRESS": "a street address", "CITY": "a city",
        "POSTAL_CODE": "a postal code", "DATE_OF_BIRTH": "a date of birth",
        "IP_ADDRESS": "an IP address", "PASSWORD_HASH": "a password",
        "CREDIT_CARD": "a card number", "CARD_LAST4": "a card's last four digits",
        "CARD_EXPIRY": "a card expiry date", "CARD_CVV": "a card security code",
        "PAYMENT_TOKEN": "a payment token", "BANK_ACCOUNT": "a bank account number",
        "NATIONAL_ID": "a national id number", "TAX_ID": "a tax id", "USERNAME": "a username",
        "GENDER": "a gender", "CARD_BIN": "a card's BIN", "CARD_BRAND": "a card's brand",
        "REGION": "a state or region",
        "GEOLOCATION": "coordinates", "DEVICE_ID": "a device id", "COOKIE_ID": "a cookie id",
    }
    # fmt: on
    #: What each context means, for reasons.
    NEEDS = {
        "people": "the table or name is about people",
        "address": "the table or name is about people or their addresses",
        "card": "the table or name is about payment cards",
        "bank": "the table or name is about bank accounts or payouts",
        "postal": "the table or name is about postal addresses",
        "web": "the table or name is about web sessions or analytics",
        "mail": "the table's rows are e-mails or reminders sent",
        "login": "a sibling column is a login (a user name or an e-mail)",
    }
    #: Column words that, two or more in one table, make its rows postal addresses or people.
    SIBLING_POSTAL = _words("street address addr zip zipcode postcode postal line1 address1")
    SIBLING_PEOPLE = _words("""
        first last surname firstname lastname email birth birthday dob gender phone mobile
        prenom prénom
    """)
    #: Last words of a sibling that is an event's time (``first_published_at``, ``last_seen_on``):
    #: its ``first`` or ``last`` is no name part.
    SIBLING_EVENTS = _words("at on date time datetime timestamp ts dt")
    #: Table heads and column words of a postal address: a ``state`` there is a region, while an
    #: order's or a machine's state is not.
    POSTAL_TABLES = _words("""
        address addr adr
    """)
    POSTAL_WORDS = _words("""
        address addr adr billing bill shipping ship mailing delivery home residential residence
        postal physical permanent street
    """)
    #: Table or column words of a web or analytics context (``session_id``, ``client_id``); a
    #: table of sessions is one too.
    WEB_WORDS = _words("""
        web http https browser cookie cookies analytics tracking pageview pageviews page visit
        visits visitor visitors click clicks clickstream ga utm beacon pixel segment mixpanel
        amplitude matomo piwik impression impressions event events hit hits funnel attribution
        referrer landing django php laravel
    """)
    #: Words before a card word that make it some other card (``gift_card_number``).
    NOT_PAYMENT_CARD = _words("""
        gift giftcard loyalty reward rewards voucher membership member club library id identity
        sim business access key keycard student health insurance transit report score greeting
        post memory graphics sound network trading game rate bingo press consular professional
        residence resident voter
    """)
    #: Words that make "last four digits" some other number's (``ssn_last4``).
    NOT_CARD_LAST4 = _words("""
        ssn social sin national tax tin phone mobile tel iban account acct bank routing passport
        licence license
    """)
    #: Words that make an address something other than a street (``mac_address``).
    #: Words of a machine's or a network's address (``ip_address_2``, ``mac_addr_1``,
    #: ``wallet_address``): never a line of a postal address.
    MACHINE_ADDRESS = _words("""
        ip ipv mac web url wallet bitcoin btc eth crypto server memory hardware bluetooth wifi
        smtp
    """)
    #: Words that make an ``address`` something other than a street: a machine's or a network's,
    #: and a host's, a site's or a contract's (which may be a street's elsewhere).
    NOT_STREET = MACHINE_ADDRESS - {"ip"} | _words("contract host site website")
    #: Payment providers whose customer, card or mandate ids are payment tokens (``stripe_id``).
    PAYMENT_PROVIDERS = _words("""
        stripe braintree paypal adyen square mollie klarna authnet authorizenet worldpay
        cybersource recurly chargebee gocardless razorpay paystack payu sagepay opayo sumup
        payfast paymill wepay bluesnap moneris spreedly payeezy elavon checkoutcom vault eway
        coinbase kofi
    """)

    def split_words(self) -> frozenset[str]:
        """The words a glued identifier may be split into (``useremail``, ``dateofbirth``): the
        glue words and the words the contexts and guards look for."""
        return (
            self.GLUE_WORDS
            | self.PEOPLE
            | self.ROLES
            | self.RELATIVES
            | self.ADDRESS_WORDS
            | self.CARD_WORDS
            | self.BANK_WORDS
            | self.MODIFIERS
            | self.LEADING_MODIFIERS
            | self.KEY_TOKENS
            | self.ALLOWED_TAIL
            | self.PAYMENT_PROVIDERS
            | self.TABLE_FILLER
            | self.WAREHOUSE_PREFIXES
            | ORGANISATION_TABLES
            | PLACE_TABLES
            | OWN_PREMISES
        )


def stray_orphan(table_tokens: Iterable[str]) -> bool:
    """Whether a table's name has ``orphan`` beside another word: orphaned things
    (``attachment_orphans``, ``orphan_records``, ``orphan_images``), not children. ``orphans``
    on its own, or after a short application prefix (``oms_orphans``), is about children.

    >>> stray_orphan(("orphan", "records")), stray_orphan(("oms", "orphans"))
    (True, False)
    """
    words = ["orphan" if t == "orphans" else t for t in table_tokens if not t.isdigit()]
    if words and len(words[0]) <= 4 and len(words) >= 2 and words[0] != "orphan":
        words = words[1:]  # an application's prefix (``oms_orphans``)
    return "orphan" in words and words != ["orphan"]
