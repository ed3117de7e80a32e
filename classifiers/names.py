"""The name signal: what a field's name, comment, label, type and table say it holds.

Identifiers are cut into lower-case tokens (``billingEmail``, ``billing-email`` and
``Billing_Email__c`` all give ``billing email``; glued words such as ``dateofbirth`` are split with
a small vocabulary), then matched against :attr:`NameSignal.PATTERNS`. Ambiguous words (``name``,
``address``, ``city``, ``token``) count only in a context that makes them personal: a table of
people, an address, a payment card. Guards veto what a name seems to say but the field cannot be:
flags (``email_verified``), keys (``address_id``), timestamps (``*_at``) and boolean, numeric or
date columns. docs/entities.md describes every rule.

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

from .base import FieldContext, Signal, SignalHit
from .entities import ENTITIES


@dataclass(frozen=True)
class NamePattern:
    """Words naming an entity, and how sure they make us.

    ``words`` is a regular expression over the ``_``-joined tokens of a name (``e_?mail`` matches
    ``email`` and ``e_mail``). A pattern that ``needs`` a context ("people", "address", "card" or
    "bank") scores ``score`` in it and ``weak`` (0 means no hit) outside it. A ``bare`` pattern must
    be the whole name once prefixes (``c_``, ``cust_``, the table's own name) are stripped. Any
    token in ``unless`` cancels the match (``gift_card_number`` is not a payment card).
    """

    entity: str
    words: str
    what: str
    score: float
    needs: str = ""
    weak: float = 0.0
    bare: bool = False
    unless: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Match:
    pattern: NamePattern
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class _Table:
    tokens: frozenset[str]
    head: str
    #: Contexts the table's other columns give (a street and a postcode: "address", "postal").
    context: frozenset[str] = frozenset()


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"


def _words(text: str) -> frozenset[str]:
    """A word set written as one string: ``_words("a b")`` is ``frozenset({"a", "b"})``."""
    return frozenset(text.split())


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


_NUM = r"(?:numbers?|num|no|nr|nbr)"
_TOKEN = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[^\W\dA-Z_]+|[A-Z]+|\d+")
_SF_SUFFIX = re.compile(r"__(?:latitude__s|longitude__s|c|pc|r|s|x|e|b|mdt|kav|ka)$", re.I)
_CLAUSE = re.compile(r"[.;:!?,()\[\]{}/|\n\r\t]+")
_WORD = re.compile(r"[^\W_]+")
_TYPE_PARAMS = re.compile(r"\s*\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\)")


class NameSignal(Signal):
    """Labels a field from its name, comment, label, data type and table name."""

    name = "names"

    #: Table words meaning "the rows are people"; a column word from here also counts.
    PEOPLE = _words("""
        customer cust client user usr member person people contact staff employee emp actor
        author subscriber account buyer shopper guest lead patient student teacher recipient
        consignee passenger traveller traveler applicant candidate reviewer admin administrator
        profile partner affiliate agent driver owner seller individual resident tenant attendee
        participant donor volunteer worker beneficiary payee payer cardholder sender receiver
        signer spouse parent guardian visitor prospect
    """)
    #: Who a ``<role>_name`` column names: people words and address roles (``billing_name``).
    ROLES = _words("""
        customer cust client member person contact staff employee actor author subscriber buyer
        shopper guest recipient receiver consignee sender passenger traveller traveler patient
        student applicant candidate reviewer attendee participant beneficiary payee payer parent
        guardian spouse father mother child kin manager assistant referrer sponsor signer
        signatory tenant resident driver teacher worker volunteer donor visitor holder owner
        billing bill shipping ship delivery attention attn addressee ship_to bill_to care_of
        next_of_kin emergency_contact
    """)
    #: Table heads whose rows carry a person's postal address.
    ADDRESS_TABLES = _words("""
        address addr shipping billing delivery order invoice shipment quote cart consignment
        parcel return subscription
    """)
    #: Column words that make ``address``/``city`` a person's address.
    ADDRESS_WORDS = _words("""
        billing bill shipping ship mailing delivery home residential residence postal invoice
        physical permanent personal private street order
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
        mapping rel
    """)
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
        "POSTAL_CODE": _words("code"),
        "CARD_CVV": _words("code"),
        "PAYMENT_TOKEN": _words("token"),
        "GENDER": _words("code type kind flag"),
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
    #: Words after the entity that keep its meaning (``email_to``, ``phone_home``, ``email_2``).
    ALLOWED_TAIL = _words("""
        canonical normalized normalised lower lowercase upper clean cleaned raw enc encrypted
        crypted cipher ciphertext plain plaintext text txt str string value val full primary
        main alt alternate alternative secondary other old new previous prev original orig
        formatted e international intl local backup to from cc bcc reply home work office
        business personal mobile evening night landline contact last four digits plus number num
        no nr line address registration signup login checkout purchase order billing shipping
        delivery masked
    """)
    #: Entities a number column cannot hold (a numeric ``address`` is a foreign key).
    TEXT_ONLY = _words("""
        EMAIL_ADDRESS PERSON_NAME STREET_ADDRESS CITY USERNAME PASSWORD_HASH PAYMENT_TOKEN
    """)
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
    #: Words kept whole or found inside glued identifiers (``useremail``, ``dateofbirth``).
    GLUE_WORDS = _words("""
        email emails mail address addresses addr phone phones telephone mobile cell tel fax zip
        post postal postcode city town street house first middle maiden given family sur surname
        fore forename name names fname lname mname nick nickname username screen logon birth
        birthday of dob bday born pass password passwd pwd word encrypted ip remote exp cvv cvc
        security iban routing sort tax vat tin ein ssn social national insurance passport
        drivers driving license licence identity gender sex male female display legal real
        holder nice payer user day is has state province region county district lat lng lon
        latitude longitude geo point device push mac session cookie visitor anonymous bin
    """)
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
    }
    #: Column words that, two or more in one table, make its rows postal addresses or people.
    SIBLING_POSTAL = _words("street address addr zip zipcode postcode postal line1 address1")
    SIBLING_PEOPLE = _words("""
        first last surname firstname lastname email birth birthday dob gender phone
    """)
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
    NOT_PAYMENT_CARD = _words("""
        gift giftcard loyalty reward rewards voucher membership member club library id identity
        sim business access key keycard student health insurance transit report score greeting
        post memory graphics sound network trading game rate bingo
    """)
    NOT_CARD_LAST4 = _words("""
        ssn social sin national tax tin phone mobile tel iban account acct bank routing passport
        licence license
    """)
    NOT_STREET = _words("""
        mac web url wallet bitcoin btc eth crypto contract host server memory hardware bluetooth
        wifi smtp site website ipv
    """)
    PAYMENT_PROVIDERS = _words("""
        stripe braintree paypal adyen square mollie klarna authnet authorizenet worldpay
        cybersource recurly chargebee gocardless razorpay paystack payu sagepay opayo sumup
        payfast paymill wepay bluesnap moneris spreedly payeezy elavon checkoutcom vault
    """)

    _PW = r"(?:pass_?words?|passwd|pass|pwd|pw|passcode)"
    _CARD = r"(?:credit_?cards?|debit_?cards?|payment_?cards?|cards?|cc|ccard)"

    #: The patterns: entity, words (regex over tokens), what reasons call them, score, the context
    #: the score needs and the weak score outside it.
    # fmt: off
    PATTERNS: tuple[NamePattern, ...] = (
        NamePattern("EMAIL_ADDRESS", r"e_?mails?(?:_?addr(?:ess)?(?:es)?)?", "email", 0.7),
        NamePattern("EMAIL_ADDRESS", r"mail_?addr(?:ess)?(?:es)?", "mail address", 0.65),
        NamePattern("EMAIL_ADDRESS", r"mails?", "mail", 0.6, "people", 0.3, bare=True),
        NamePattern("PHONE_NUMBER", rf"(?:tele_?)?phones?(?:_{_NUM})?", "phone", 0.7),
        NamePattern("PHONE_NUMBER", rf"(?:mobile|cell|cellular)_?{_NUM}|msisdn", "mobile number",
                    0.7),
        NamePattern("PHONE_NUMBER", rf"tel(?:_{_NUM})?|fax(?:_{_NUM})?|contact_{_NUM}",
                    "telephone or fax", 0.6),
        NamePattern("PHONE_NUMBER", r"mobiles?|cell|cellular", "mobile", 0.6, "people", 0.35),
        NamePattern("POSTAL_CODE", r"(?:zip|post|postal)_?codes?", "postal code", 0.7),
        NamePattern("POSTAL_CODE", r"zip", "zip", 0.65),
        NamePattern("POSTAL_CODE", r"postal|plz|pin_?code|eircode", "postal code", 0.6,
                    "address", 0.3),
        NamePattern("CITY", r"(?:city|town)(?:_name)?", "city", 0.6, "address", 0.25),
        NamePattern("CITY", r"locality|suburb|municipality", "locality", 0.55, "address"),
        NamePattern("STREET_ADDRESS", rf"streets?(?:_?(?:address|addr|name|line|{_NUM}))?",
                    "street", 0.7),
        NamePattern("STREET_ADDRESS", r"(?:address|addr|adr)_?line|(?:address|addr|adr)_\d",
                    "address line", 0.7),
        NamePattern("STREET_ADDRESS", rf"house_?{_NUM}|building_?{_NUM}", "house number", 0.65),
        NamePattern("STREET_ADDRESS", r"(?:address|addr|adr)(?:es)?", "address", 0.6, "address",
                    0.3, unless=NOT_STREET),
        NamePattern("STREET_ADDRESS", r"line_\d", "address line", 0.6, "address", bare=True),
        NamePattern("PERSON_NAME", r"(?:first|last|middle|maiden|given|family|full|fore|sur"
                    r"|christian|second)_?names?|[fml]_?names?"
                    r"|name_(?:first|last|middle|full|given|family)",
                    "first, last or full name", 0.7),
        NamePattern("PERSON_NAME", _alt(ROLES) + r"_?names?|name_of_" + _alt(ROLES),
                    "a person's name", 0.65),
        NamePattern("PERSON_NAME", r"(?:card|cc)_?(?:holder|owner)s?(?:_?names?)?"
                    r"|(?:account|acct)_?holders?(?:_?names?)?|name_on_card",
                    "cardholder name", 0.65),
        NamePattern("PERSON_NAME", r"maiden", "maiden name", 0.65),
        NamePattern("PERSON_NAME", r"(?:display|legal|real|birth|preferred)_?names?",
                    "display or legal name", 0.6, "people", 0.3),
        NamePattern("PERSON_NAME", r"names?", "name", 0.6, "people", 0.25, bare=True),
        NamePattern("DATE_OF_BIRTH", r"(?:date|dt|day)_?of_?birth|d_o_b|dob"
                    r"|birth_?(?:date|day|dt|d)s?|b_?day|born(?:_(?:on|date|at|dt))?",
                    "date of birth", 0.7),
        NamePattern("DATE_OF_BIRTH", r"(?:birth|born)_?(?:year|yr|month|mon)"
                    r"|(?:year|yr|month)_of_birth", "birth year or month", 0.6),
        NamePattern("DATE_OF_BIRTH", r"birth", "birth", 0.6, bare=True),
        NamePattern("PASSWORD_HASH", _PW + r"_?(?:hash(?:ed)?|digest|crypt(?:ed)?|enc(?:rypted)?"
                    r"|md_?5|sha_?\d*|bcrypt|cipher)"
                    r"|(?:hashed|encrypted|crypted|enc|salted)_?(?:pass_?words?|passwd|pwd|pw)",
                    "password hash", 0.75),
        NamePattern("PASSWORD_HASH", r"pass_?words?|passwd|pwd|passcode|passphrase"
                    r"|(?:user|usr|login|account|admin|customer)_?pass",
                    "password (plain text or a hash; the value classifier decides)", 0.7),
        NamePattern("IP_ADDRESS", r"ip(?:_?v_?[46])?(?:_?addr(?:ess)?(?:es)?)?|ips"
                    r"|remote_?addr(?:ess)?|x_forwarded_for|forwarded_for", "IP address", 0.7),
        NamePattern("CREDIT_CARD", _CARD + r"_?(?:numbers?|num|no|nr|nbr|pan)|credit_?cards?|ccn"
                    r"|primary_account_number", "card number", 0.7, unless=NOT_PAYMENT_CARD),
        NamePattern("CREDIT_CARD", r"pan", "PAN", 0.7, "card", 0.6),
        NamePattern("CARD_LAST4", r"last_?(?:4|four)(?:_?digits)?"
                    r"|(?:card|cc|pan)_?(?:suffix|ending|last_?digits)", "last four digits",
                    0.7, "card", 0.6, unless=NOT_CARD_LAST4),
        NamePattern("CARD_LAST4", r"masked_?(?:pan|" + _CARD + rf"(?:_?{_NUM})?)",
                    "masked card number", 0.65),
        NamePattern("CARD_EXPIRY", r"(?:exp|expiry|expiration|expire|expires|expiring)"
                    r"(?:_?(?:date|dt|month|mon|mm|year|yr|yy|yyyy|mmyy|yymm))*"
                    r"|valid_(?:thru|through|until|to)", "expiry", 0.65, "card"),
        NamePattern("CARD_CVV", r"cvv_?\d?|cvc_?\d?|csc|cvn|cvd", "CVV/CVC", 0.75),
        NamePattern("CARD_CVV", r"card_?(?:verification(?:_?(?:value|code|number))?"
                    r"|security_?code|code|cid)|cc_?(?:cid|code|csc)", "card security code",
                    0.65, unless=NOT_PAYMENT_CARD),
        NamePattern("CARD_CVV", r"security_?code|sec_code|verification_value", "security code",
                    0.65, "card"),
        NamePattern("PAYMENT_TOKEN", _alt(PAYMENT_PROVIDERS) + r"(?:_(?:customer|cust|payer|card"
                    r"|source|payment_?method|pm|profile|shopper|buyer|mandate"
                    r"|billing_?agreement|account|acct))?_(?:id|token|ref|reference)|"
                    + _alt(PAYMENT_PROVIDERS) + r"_?(?:token|customer)",
                    "payment provider id", 0.65),
        NamePattern("PAYMENT_TOKEN", r"(?:card|cc|credit_?card|payment|payment_?method|pm|vault"
                    r"|vaulted|billing_?agreement|gateway|stored_?card|saved_?card|wallet)"
                    r"_?tokens?|payment_?method_?nonce|payment_?profile_?id"
                    r"|billing_?agreement_?id|gateway_?customer_?(?:id|ref|reference)",
                    "payment token", 0.65),
        NamePattern("PAYMENT_TOKEN", r"tokens?", "token", 0.6, "card", bare=True),
        NamePattern("BANK_ACCOUNT", rf"iban(?:_?(?:{_NUM}|code))?|ibans", "IBAN", 0.75),
        NamePattern("BANK_ACCOUNT", rf"bank_?(?:account|acct|acc)s?(?:_?{_NUM})?",
                    "bank account", 0.7),
        NamePattern("BANK_ACCOUNT", rf"(?:routing|aba|transit)_?{_NUM}|sort_?codes?"
                    rf"|bsb(?:_?{_NUM})?|clabe", "routing number or sort code", 0.7),
        NamePattern("BANK_ACCOUNT", rf"(?:account|acct|acc)_?{_NUM}", "account number", 0.6,
                    "bank", 0.35),
        NamePattern("NATIONAL_ID", rf"ssns?|social_?security(?:_?{_NUM})?"
                    rf"|soc_?sec(?:_?{_NUM})?|sin_?{_NUM}", "social security number", 0.75),
        NamePattern("NATIONAL_ID", r"national_?(?:id|identity|identification|insurance"
                    rf"|registration)(?:_?(?:{_NUM}|card))?|nino|ni_?{_NUM}", "national id",
                    0.7),
        NamePattern("NATIONAL_ID", rf"passports?(?:_?(?:{_NUM}|id))?", "passport", 0.7),
        NamePattern("NATIONAL_ID", rf"drivers?_?licen[cs]es?(?:_?(?:{_NUM}|id))?"
                    rf"|driving_?licen[cs]es?(?:_?{_NUM})?|dl_?{_NUM}", "driving licence", 0.7),
        NamePattern("NATIONAL_ID", r"(?:id|identity|identification)_?(?:card|document|doc)s?"
                    rf"(?:_?{_NUM})?|identity_?{_NUM}|personal_?id(?:_?{_NUM})?",
                    "identity document", 0.65),
        NamePattern("NATIONAL_ID", r"cpf|dni|curp|aadhaa?r|pesel|bsn|personnummer|nric|hkid"
                    r"|cedula|cnp", "national identity number", 0.65),
        NamePattern("NATIONAL_ID", rf"id_?{_NUM}", "id number", 0.55, "people", 0.3),
        NamePattern("TAX_ID", rf"(?:vat|tax|gst|ust|tva)_?(?:ids?|{_NUM}"
                    rf"|identification(?:_?{_NUM})?|registration(?:_?{_NUM})?|reg(?:_?{_NUM})?)"
                    rf"|tax_?vat|vatin|gstin|tax_?payer_?(?:id|{_NUM})", "tax id", 0.7),
        NamePattern("TAX_ID", r"tin|ein|fein|itin|abn|utr|nif|siret|siren|codice_?fiscale"
                    r"|steuer_?(?:id|nummer)", "tax id", 0.65),
        NamePattern("USERNAME", r"user_?names?|usr_?names?|uname|login_?(?:names?|ids?)"
                    r"|user_?login|logon_?names?|screen_?names?", "username", 0.7),
        NamePattern("USERNAME", r"nick_?names?|nice_?names?", "nickname", 0.6),
        NamePattern("USERNAME", r"logins?|logon|signin|nick", "login", 0.6, "people", 0.3,
                    bare=True),
        NamePattern("GENDER", r"genders?(?:_?identity)?|sex(?:es)?", "gender", 0.7),
        NamePattern("GENDER", r"male|female", "male/female", 0.55),
        NamePattern("GENDER", r"pronouns?", "pronouns", 0.45),
        NamePattern("GENDER", r"salutations?|honorifics?|name_?prefix",
                    "salutation (only hints at gender)", 0.3),
        NamePattern("CARD_BRAND", _CARD + r"_?(?:brands?|types?|schemes?|networks?|issuers?)",
                    "card brand", 0.6, unless=NOT_PAYMENT_CARD),
        NamePattern("CARD_BIN", _CARD + r"_?(?:bins?|iins?|prefix|first_?(?:6|six|8|eight)"
                    r"(?:_?digits)?)", "card BIN", 0.7, unless=NOT_PAYMENT_CARD),
        NamePattern("CARD_BIN", r"bins?|iins?|bin_?(?:number|num|no|code)"
                    r"|issuer_?identification(?:_?number)?|first_?(?:6|six|8|eight)(?:_?digits)?",
                    "BIN", 0.65, "card", unless=NOT_PAYMENT_CARD),
        NamePattern("REGION", r"(?:states?|regions?)(?:_(?:code|name|abbr|abbrev|abbreviation"
                    r"|iso))?", "state or region", 0.6, "postal"),
        NamePattern("REGION", r"states?|regions?", "state or region", 0.35, "people",
                    bare=True),
        NamePattern("REGION", r"(?:state_?)?provinces?(?:_(?:code|name))?|prefectures?"
                    r"|count(?:y|ies)(?:_(?:code|name))?|districts?(?:_(?:code|name))?|cantons?",
                    "province, county or district", 0.6, "address", 0.3),
        NamePattern("GEOLOCATION", r"latitude|longitude|lat|lng|lon|lat_?(?:lng|lon|long)"
                    r"|(?:geo|gps)_?(?:lat|lng|lon|latitude|longitude)", "latitude or longitude",
                    0.7),
        NamePattern("GEOLOCATION", r"(?:geo|gps)_?(?:location|loc|point|coordinates|coords"
                    r"|position|pos)|geo_?hash|geolocation|geopoint|coordinates|coords|gps",
                    "coordinates", 0.65),
        NamePattern("GEOLOCATION", r"geo", "geo", 0.55, bare=True),
        NamePattern("GEOLOCATION", r"locations?", "location", 0.35, "people", bare=True),
        NamePattern("DEVICE_ID", r"device_?(?:ids?|uuid|guid|identifier|udid|serial)"
                    r"|advertising_?(?:ids?|identifier)|idfa|idfv|gaid|aaid|udid|imei|meid"
                    r"|android_?id|hardware_?id", "device or advertising id", 0.7),
        NamePattern("DEVICE_ID", r"(?:push|apns|fcm|gcm|firebase)_?(?:tokens?|ids?"
                    r"|registration_?(?:ids?|tokens?))|(?:push_?)?device_?tokens?",
                    "push or device token", 0.7),
        NamePattern("DEVICE_ID", r"mac_?addr(?:ess)?(?:es)?", "MAC address", 0.65),
        NamePattern("COOKIE_ID", r"cookie_?(?:ids?|values?)?|cookies|ga_?(?:client_?id|cid)"
                    r"|google_analytics_(?:client_)?id|fbp|fbc|anonymous_?(?:ids?|user_?id)"
                    r"|anon_?ids?|distinct_?id|visitor_?(?:ids?|uuid|token|cookie)|browser_?id"
                    r"|phpsessid|jsessionid|sessid|session_?cookie(?:_?id)?",
                    "cookie or analytics id", 0.65),
        NamePattern("COOKIE_ID", r"session_?(?:ids?|keys?|tokens?|uuid)|client_?id",
                    "session or client id", 0.6, "web"),
        NamePattern("COOKIE_ID", r"sid|cid", "session or client id", 0.55, "web", bare=True),
        NamePattern("COOKIE_ID", r"session_?(?:ids?|keys?|tokens?)", "session id", 0.35),
    )
    # fmt: on

    _BOOLEAN_TYPE = re.compile(
        r"bool|boolean|bit|bit\(1\)|tinyint\(1\)(?: unsigned)?|number\(1\)"
        r"|checkbox"
    )
    _KEY_TYPE = re.compile(
        r"(?:tiny|small|medium|big)?int(?:eger)?[248]?(?:\(\d+\))?"
        r"(?: unsigned)?(?: auto_increment)?|(?:small|big)?serial[248]?|uuid"
        r"|uniqueidentifier|reference|id|objectid|long|number\(\d+(?:,0)?\)"
        r"|numeric\(\d+,0\)"
    )
    _NUMBER_TYPE = re.compile(
        r"(?:decimal|numeric|number|float|double|real|money|smallmoney"
        r"|currency|percent)(?:\(.*\))?(?: precision)?(?: unsigned)?"
    )
    _DATE_TYPE = re.compile(r"date|year")
    _DATETIME_TYPE = re.compile(
        r"(?:datetime\d?|smalldatetime|datetimeoffset|timestamptz"
        r"|timestamp|timetz|time)(?:\(\d\))?(?: with(?:out)? time zone)?"
        r"|interval.*"
    )

    def __init__(self) -> None:
        self._vocab = (
            self.GLUE_WORDS
            | self.PEOPLE
            | self.ROLES
            | self.ADDRESS_WORDS
            | self.CARD_WORDS
            | self.BANK_WORDS
            | self.MODIFIERS
            | self.LEADING_MODIFIERS
            | self.KEY_TOKENS
            | self.ALLOWED_TAIL
            | self.PAYMENT_PROVIDERS
        )
        self._free = [
            (p, re.compile(rf"(?<=_)(?:{p.words})(?=_)")) for p in self.PATTERNS if not p.bare
        ]
        self._bare = [
            (p, re.compile(rf"_(?:{p.words})(?:_\d+)?_")) for p in self.PATTERNS if p.bare
        ]
        self._any = re.compile(rf"(?<=_)(?:{'|'.join(p.words for p in self.PATTERNS)})(?=_)")
        self._token_cache: dict[str, tuple[str, ...]] = {}
        self._glue_cache: dict[str, tuple[str, ...]] = {}
        self._match_cache: dict[tuple[str, ...], tuple[tuple[NamePattern, int, int], ...]] = {}
        self._table_cache: dict[tuple[str, tuple[str, ...]], _Table] = {}
        self._text_cache: dict[tuple[str, _Table], list[tuple[str, float, str]]] = {}

    # -- tokens -------------------------------------------------------------------------------

    def tokens(self, identifier: str) -> tuple[str, ...]:
        """Lower-case words of an identifier, whatever its casing and separators.

        >>> NameSignal().tokens("npe01__HomeEmail__c")
        ('home', 'email')
        >>> NameSignal().tokens("customerDateOfBirth")
        ('customer', 'date', 'of', 'birth')
        >>> NameSignal().tokens("cc_last4")
        ('cc', 'last', '4')
        """
        cached = self._token_cache.get(identifier)
        if cached is None:
            text = identifier.strip().strip('`"[]')
            bare = _SF_SUFFIX.sub("", text)
            if bare != text and "__" in bare:
                bare = bare.rsplit("__", 1)[1]
            words: list[str] = []
            for piece in _TOKEN.findall(bare):
                words.extend(self._unglue(piece.lower()))
            cached = self._token_cache[identifier] = tuple(words)
        return cached

    def _unglue(self, word: str) -> tuple[str, ...]:
        """Split a glued word into vocabulary words (``dateofbirth``), or keep it whole."""
        if word in self._vocab or len(word) < 5 or not word.isalpha():
            return (word,)
        cached = self._glue_cache.get(word)
        if cached is None:
            best: list[tuple[str, ...] | None] = [()] + [None] * len(word)
            for end in range(2, len(word) + 1):
                for start in range(end - 1):
                    head = best[start]
                    if end - start >= 2 and head is not None and word[start:end] in self._vocab:
                        candidate = (*head, word[start:end])
                        current = best[end]
                        if current is None or len(candidate) < len(current):
                            best[end] = candidate
            cached = self._glue_cache[word] = best[-1] or (word,)
        return cached

    def _table(self, dataset: str, siblings: tuple[str, ...] = ()) -> _Table:
        key = (dataset, siblings)
        cached = self._table_cache.get(key)
        if cached is None:
            tokens = self.tokens(dataset.rsplit(".", 1)[-1])
            singular = tuple(_singular(t) for t in tokens)
            heads = [t for t in singular if t not in self.TABLE_FILLER and not t.isdigit()]
            head = heads[-1] if heads else ""
            cached = self._table_cache[key] = _Table(
                frozenset(tokens) | set(singular), head, self._sibling_context(siblings)
            )
        return cached

    def _sibling_context(self, siblings: tuple[str, ...]) -> frozenset[str]:
        """What the table's columns say its rows are: people, postal addresses."""
        words = {w for name in siblings for w in self.tokens(name)}
        context = set()
        if len(words & self.SIBLING_POSTAL) >= 2:
            context |= {"address", "postal"}
        if len(words & self.SIBLING_PEOPLE) >= 2:
            context |= {"people", "address"}
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
            if score > 0:
                out.append(_Match(pattern, start, end, score))
        return out

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
        return context | table.context

    def _core(self, tokens: tuple[str, ...], table: _Table) -> int:
        """Index of the first token after prefixes: ``c_``, ``cust_``, the table's words, people."""
        k = 0
        while k < len(tokens) - 1 and (
            (len(tokens[k]) == 1 and tokens[k].isalpha())
            or tokens[k] in self.COLUMN_PREFIXES
            or tokens[k] in table.tokens
            or tokens[k] in self.PEOPLE
        ):
            k += 1
        return k

    # -- the signal ---------------------------------------------------------------------------

    def evaluate(self, ctx: FieldContext) -> list[SignalHit]:
        """Hits for one field: support from the name and comment/label, vetoes from the guards."""
        tokens = self.tokens(ctx.name)
        table = self._table(ctx.dataset, ctx.siblings)
        kind = self._type_kind(ctx.data_type)
        if (
            kind == "key"
            and tokens
            and (tokens[-1] in self.KEY_TOKENS or tokens[0] in {"id", "fk", "pk"})
        ):
            reason = (
                f"{ctx.data_type} column {ctx.name!r} is a surrogate key, never personal "
                "data by its name"
            )
            return [self._veto(entity, reason) for entity in ENTITIES]
        hits = self._name_hits(ctx, tokens, table, kind)
        hits += self._text_hits(ctx, table)
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
        hits = []
        for entity in sorted(winners):
            best = max((m for m in found if m.pattern.entity == entity), key=lambda m: m.score)
            first = min(m.start for m in found if m.pattern.entity == entity)
            lead, tail = tokens[:first], tokens[end:]
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
        unknown = [t for t in tail if t not in allowed and not t.isdigit()]
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
                for w in self._unglue(raw)
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
            elif kind in {"date", "datetime"} and entity not in {"DATE_OF_BIRTH", "CARD_EXPIRY"}:
                reason = f"{dtype} column {name!r} cannot hold {noun}"
            elif kind in {"key", "number"} and entity in self.TEXT_ONLY:
                reason = f"numeric column {name!r} cannot hold {noun}"
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
        """One of boolean, key, number, date, datetime, text, or "" when the type is unknown.

        >>> [NameSignal()._type_kind(t) for t in ("tinyint(1)", "INT(11) UNSIGNED", "varchar(64)")]
        ['boolean', 'key', 'text']
        """
        t = _TYPE_PARAMS.sub(
            lambda m: f"({m.group(1)}{',' + m.group(2) if m.group(2) else ''})",
            " ".join(data_type.lower().split()),
        )
        if not t:
            return ""
        for kind, regex in (
            ("boolean", self._BOOLEAN_TYPE),
            ("key", self._KEY_TYPE),
            ("number", self._NUMBER_TYPE),
            ("date", self._DATE_TYPE),
            ("datetime", self._DATETIME_TYPE),
        ):
            if regex.fullmatch(t):
                return kind
        return "text"


def _singular(word: str) -> str:
    """A rough singular for table names: ``customers`` → ``customer``, ``addresses`` → ``address``.

    >>> [_singular(w) for w in ("customers", "addresses", "people", "categories", "status")]
    ['customer', 'address', 'people', 'category', 'status']
    """
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word
