"""The name signal's patterns: for each entity, the words (a regular expression over a name's
``_``-joined tokens) that name it, how sure they make us and in which context; and the column
types by kind, which the guards read. :class:`classifiers.names.NameSignal` matches them.

>>> [p.what for p in PATTERNS if p.entity == "EMAIL_ADDRESS"][:4]
['email', 'mail address', 'mail', "a mail's sender or recipient"]
>>> next(kind for kind, regex in TYPE_KINDS if regex.fullmatch("tinyint(1)"))
'boolean'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .fixtures_and_accounts import PROFILE_PLATFORMS
from .name_words import NameWords


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


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"


#: A number's word and its short forms.
_NUM = r"(?:numbers?|num|no|nr|nbr)"
#: The same with ``nb``, as French and Belgian schemas write it (``streetnb``,
#: ``nationalregisternb``), after the words only: ``nb`` is a count as often (``cell_nb``,
#: ``dl_nb``, ``nb_players``) or an element (niobium, ``ni_nb``), so never after a cell, a
#: download, an id or a contact. A house number so written is one only in a table about people
#: or named for addresses (:func:`classifiers.mail_servers_and_codes.servers_and_codes`).
_NB = r"(?:numbers?|num|no|nr|nbr|nb)"
#: Short forms of an address's kind that the tokenizer leaves glued to the word (``br`` branch,
#: ``del`` delivery, ``perm`` permanent, ``pres`` present, ``corr`` correspondence...; ``post``,
#: ``ship``, ``bill`` are cut off and read by the plain address-line pattern).
_ADDRESS_KINDS = r"(?:br|del|deliv|perm|pres|curr|corr|comm|res|inv)"
_PW = r"(?:pass_?words?|passwd|pass|pwd|pw|passcode)"
_CARD = r"(?:credit_?cards?|debit_?cards?|payment_?cards?|cards?|cc|ccard)"
_ROLES = _alt(NameWords.ROLES)
_RELATIVES = _alt(NameWords.RELATIVES)
_FRENCH_ROLES = _alt(NameWords.FRENCH_ROLES)
_FRENCH_PARTIES = _alt(NameWords.FRENCH_PARTIES)
#: A French family or birth name (``nom_de_famille``): a person's wherever it is, and beside it
#: the table's rows are people (:class:`~classifiers.names.NameSignal`'s table context).
FRENCH_FAMILY_NAME = r"nom_de_(?:famille|naissance)|nom_(?:de_)?jeune_fille|nom_d_usage"
_PROVIDERS = _alt(NameWords.PAYMENT_PROVIDERS)
#: Social networks and music, video and art sites; Google+ also as two words (``google_plus``).
_SOCIAL = "(?:" + _alt(NameWords.SOCIAL_NETWORKS | PROFILE_PLATFORMS) + "|google_plus|gplus)"
#: A web page of the row's own (``web_site``, ``homepage``, ``other_website``): a person's in a
#: table of people, an organisation's in a table of organisations.
WEB_PAGE = (
    r"(?:personal_|own_|other_?)?(?:web_?sites?|web_?pages?|home_?pages?|blogs?|portfolios?)"
    r"(?:_?urls?)?"
)

#: National identity numbers by the names their countries give them, as a schema glues them to a
#: card's or a number's word (``aadharcard``, ``aadhaar_no``, ``mykad``, ``emirates_id``): India's
#: Aadhaar in its four spellings, Malaysia's MyKad, Saudi Arabia's Iqama, the Emirates ID,
#: Turkey's T.C. Kimlik number (TCKN), the former Yugoslavia's JMBG and Ireland's PPS number
#: (``ppsn``, ``pps_no``; not a bare ``pps``).
NATIONAL_CARDS = (
    rf"(?:a{{1,2}}dha{{1,2}}r|mykad|iqama|emirates_?id|tc_?kimlik|tckn|jmbg|ppsn)"
    rf"(?:_?card)?(?:_?{_NUM})?"
    # a bare ``pps`` is packets, pages or points per second (``rx_pps``): a card's or number's
    # word must follow it
    rf"|pps_?(?:card(?:_?{_NUM})?|{_NUM})"
)
#: Cards and papers that identify their holder to an authority, by their names
#: (:data:`PATTERNS`: a press card, a consular card, a residence permit, a laissez-passer).
_ID_PAPERS = (
    r"(?:(?:press|consular|professional|voters?|residen(?:ce|t)s?)_?cards?"
    r"|residence_?permits?|laissez_?passers?)"
)
#: Tax ids by their usual names, glued or not: India's PAN card (``pancard``, ``pan_card_no``);
#: a bare ``pan`` stays a payment card's primary account number.
TAX_CARDS = rf"pan_?card(?:_?{_NUM})?"

#: The patterns: entity, words (regex over tokens), what reasons call them, score, the context
#: the score needs and the weak score outside it.
# fmt: off
PATTERNS: tuple[NamePattern, ...] = (
    NamePattern("EMAIL_ADDRESS", r"e_?mails?(?:_?addr(?:ess)?(?:es)?)?", "email", 0.7),
    NamePattern("EMAIL_ADDRESS", r"mail_?addr(?:ess)?(?:es)?", "mail address", 0.65),
    NamePattern("EMAIL_ADDRESS", r"mails?", "mail", 0.6, "people", 0.3, bare=True),
    NamePattern("EMAIL_ADDRESS", r"(?:e_?)?mail_(?:from|to|reply_?to|cc|bcc)"
                r"(?:_(?:address|addr|email))?", "a mail's sender or recipient", 0.6),
    NamePattern("EMAIL_ADDRESS", r"(?:e_?)?mailed_to|sent_to", "whom a mail was sent to", 0.6,
                "mail"),
    NamePattern("EMAIL_ADDRESS", r"reply_?to_(?:e_?mail_?)?(?:address|addr)",
                "a reply-to address", 0.6),
    NamePattern("EMAIL_ADDRESS", r"(?:cc|bcc|to)_list|recipients?|cc|ccs|bcc"
                r"|bccs|to|reply_?to|(?:(?:from|to|cc|bcc)_)?(?:address|addr)(?:es)?",
                "a mail's recipients", 0.6, "mail", bare=True),
    NamePattern("PHONE_NUMBER", rf"(?:tele_?)?phones?(?:_{_NB})?", "phone", 0.7),
    NamePattern("PHONE_NUMBER", rf"(?:mobile|cell|cellular)_?{_NUM}|mobile_?nb|msisdn",
                "mobile number", 0.7),
    NamePattern("PHONE_NUMBER", rf"tel(?:_{_NB})?|fax(?:_{_NB})?|contact_{_NUM}",
                "telephone or fax", 0.6),
    NamePattern("PHONE_NUMBER", r"mobiles?|cell|cellular", "mobile", 0.6, "people", 0.35),
    NamePattern("PHONE_NUMBER", rf"emergency(?:_contact)?(?:_\d)?_{_NUM}(?:_\d)?",
                "an emergency contact's number", 0.65),
    NamePattern("POSTAL_CODE", r"(?:zip|post|postal)_?codes?", "postal code", 0.7),
    NamePattern("POSTAL_CODE", r"zip", "zip", 0.65),
    NamePattern("POSTAL_CODE", r"postal|plz|pin_?code|eircode", "postal code", 0.6,
                "address", 0.3),
    NamePattern("CITY", r"(?:city|town)(?:_name)?", "city", 0.6, "address", 0.25),
    NamePattern("CITY", r"locality|suburb|municipality", "locality", 0.55, "address"),
    # Where a person lives, named so (``place_of_residence``, French ``lieu_de_residence``; added
    # for the sixty-seventh round): a town as often as an address, in a table about people.
    NamePattern("CITY", r"(?:place|city|town)_of_residence|residence_place", "a place of residence",
                0.6, "people"),
    NamePattern("STREET_ADDRESS", rf"streets?(?:_?(?:address|addr|name|line|{_NB}))?",
                "street", 0.7),
    NamePattern("STREET_ADDRESS", r"(?:address|addr|adr)_?line|(?:address|addr|adr)_\d",
                "address line", 0.7, unless=NameWords.MACHINE_ADDRESS),
    # Where the table or its columns are about addresses: a numbered address line whose kind is
    # glued on in a short form the tokenizer cannot cut (``braddr3``: a branch's; ``permaddr1``:
    # a permanent one; ``brpostadr2``; elsewhere these are a device's registers), and the
    # numbered lines of a mailing or postal address (``mailing_line_4``; a mail's own lines
    # elsewhere).
    NamePattern("STREET_ADDRESS", rf"{_ADDRESS_KINDS}(?:post)?(?:address|addr|adr)_\d",
                "address line", 0.7, "address"),
    NamePattern("STREET_ADDRESS", r"(?:mail|mailing|post|postal)_lines?_\d", "address line",
                0.7, "address"),
    NamePattern("STREET_ADDRESS", rf"house_?{_NB}|building_?{_NUM}", "house number", 0.65),
    NamePattern("STREET_ADDRESS", r"(?:address|addr|adr)(?:es)?", "address", 0.6, "address",
                0.3, unless=NameWords.NOT_STREET),
    NamePattern("STREET_ADDRESS", r"line_\d", "address line", 0.6, "address", bare=True),
    NamePattern("PERSON_NAME", r"(?:first|last|middle|maiden|given|family|full|fore|sur"
                r"|christian|second)_?names?|[fml]_?names?"
                r"|name_(?:first|last|middle|full|given|family)",
                "first, last or full name", 0.7),
    NamePattern("PERSON_NAME", r"contact_?(?:first|last|middle|given|family)(?=_$)",
                "a contact's first or last name", 0.65),
    NamePattern("PERSON_NAME", r"(?:first|middle|last|given|family)_?initials?"
                r"|name_?initials?|initials", "initials of a name", 0.65),
    NamePattern("PERSON_NAME", _ROLES + r"s?(?:_\d)?_?names?|name_of_" + _ROLES,
                "a person's name", 0.65),
    NamePattern("PERSON_NAME", _RELATIVES + r"s?(?:_\d)?_?names?|name_of_" + _RELATIVES,
                "a relative's name", 0.65, "people"),
    NamePattern("PERSON_NAME", r"(?:card|cc)_?(?:holder|owner)s?(?:_?names?)?"
                r"|(?:account|acct)_?holders?(?:_?names?)?|name_on_card",
                "cardholder name", 0.65),
    NamePattern("PERSON_NAME", r"maiden", "maiden name", 0.65),
    NamePattern("PERSON_NAME", r"(?:(?:e_?mail|postal|letter)_)?greeting_(?:display|custom|text)"
                r"|addressee(?:_(?:display|custom|name|line))?",
                "a greeting or addressee line with the person's name", 0.6, "people", 0.3),
    NamePattern("PERSON_NAME", r"(?:company|employer|organisation|organization)_?contact",
                "the person to contact at a company", 0.6, bare=True),
    NamePattern("PERSON_NAME", r"(?:(?:first|last|full|given|family|sur|preferred)_?)?names?_?in_?"
                r"(?:characters|chinese|kanji|kana|katakana|hiragana|hangul|cyrillic|arabic"
                r"|native|local_?script)"
                r"|(?:kanji|kana|katakana|hiragana|hanzi|hangul|romanized|romanised)_?names?",
                "a name written in another script", 0.65, "people", 0.3),
    NamePattern("PERSON_NAME", r"alias(?:es)?|aka|pseudonyms?|pen_?names?",
                "an alias the person goes by", 0.6, "people",
                bare=True),
    NamePattern("PERSON_NAME", r"from_names?", "a sender's name", 0.4),
    NamePattern("PERSON_NAME", r"(?:to|reply_?to)_names?", "an addressee's name", 0.6, "mail",
                0.4),
    NamePattern("PERSON_NAME", r"(?:display|legal|real|birth|preferred|personal|official|sort)"
                r"_?names?",
                "display, legal or official name", 0.6, "people", 0.3),
    # A name as an identity document spells it (``passport_name``, ``name_on_passport``,
    # ``name_as_per_id``): a traveller's, a pilgrim's or an applicant's, in a table of people.
    NamePattern("PERSON_NAME", r"passport_?names?"
                r"|names?_(?:on|in|as_(?:in|on|per)|per)_(?:passport|id|identity_card)",
                "a name as an identity document spells it", 0.6, "people"),
    # A name kept without its accents or in ASCII, for sorting and matching (``ascii_name``,
    # ``name_unaccented``): a person's only in a table about people (a gazetteer's
    # ``asciiname`` is a city's).
    NamePattern("PERSON_NAME", r"(?:unaccented|accentless|ascii|normali[sz]ed|transliterated)_?"
                r"names?|names?_(?:unaccented|ascii|normali[sz]ed|transliterated)",
                "a name kept without accents or in ASCII", 0.6, "people"),
    NamePattern("PERSON_NAME", r"names?", "name", 0.6, "people", 0.25, bare=True),
    # A schema written in French: ``nom_de_famille`` and ``nom_de_naissance`` name a person
    # wherever they are; ``prénom``, ``nom_complet``, ``nom_famille`` and ``nom_usage`` name a
    # person only in a table about people (a name day's saint, a country's, a unit's or a
    # product family's name elsewhere); a bare ``nom`` is ``name`` (a product's, a town's as
    # often); a role comes after its noun (``nom_locataire``, ``prenom_client``); the name of a
    # role a firm takes as often (``nom_client``, ``nom_titulaire``) is no person's by its name.
    NamePattern("PERSON_NAME", FRENCH_FAMILY_NAME, "a family or birth name in French", 0.7),
    NamePattern("PERSON_NAME", r"pr[eé]noms?", "a first name in French", 0.7, "people",
                bare=True),
    NamePattern("PERSON_NAME", r"nom_(?:complet|famille|usage|naissance)",
                "a full or family name in French", 0.7, "people"),
    NamePattern("PERSON_NAME", r"pr[eé]noms?_(?:" + _FRENCH_ROLES + "|" + _FRENCH_PARTIES
                + r")s?|noms?_" + _FRENCH_ROLES + "s?",
                "a person's name, the role after it (French)", 0.65),
    NamePattern("PERSON_NAME", r"noms?", "name (French)", 0.6, "people", 0.25, bare=True),
    NamePattern("PERSON_NAME", r"attention|attn|(?:for_)?attention_(?:of|to)",
                "the person an address is to the attention of", 0.6, "address", bare=True),
    NamePattern("DATE_OF_BIRTH", r"(?:date|dt|day)_?of_?birth|d_o_b|dob"
                r"|birth_?(?:date|day|dt|d)s?|b_?day|bdate|born(?:_(?:on|date|at|dt))?",
                "date of birth", 0.7),
    NamePattern("DATE_OF_BIRTH", r"(?:birth|born)_?(?:year|yr|month|mon)"
                r"|(?:year|yr|month)_of_birth", "birth year or month", 0.6),
    NamePattern("DATE_OF_BIRTH", r"birth", "birth", 0.6, bare=True),
    NamePattern("PASSWORD_HASH", _PW + r"_?(?:hash(?:ed)?|digest|crypt(?:ed)?|enc(?:rypted)?"
                r"|md_?5|sha_?\d*|bcrypt|cipher)"
                r"|(?:hashed|encrypted|crypted|enc|salted)_?(?:pass_?words?|passwd|pwd|pw)",
                "password hash", 0.75),
    NamePattern("PASSWORD_HASH", r"pass_?words?|passwd|pwd|passcode|passphrase"
                r"|(?:user|usr|login|account|admin|customer)_?pass"
                r"|(?:prev|previous|old|former)_?(?:pass|pwd|pw)(?:_?\d+)?",
                "password (plain text or a hash; the value classifier decides)", 0.7),
    NamePattern("PASSWORD_HASH", r"(?:auth|authentication|persistence|remember|single_?access"
                r"|perishable|login|session)_?tokens?",
                "a token that logs the person in, a secret like a password", 0.6, "people",
                bare=True),
    NamePattern("PASSWORD_HASH", r"pass(?:_?\d+)?", "a password kept next to a login", 0.6,
                "login", bare=True),
    NamePattern("IP_ADDRESS", r"ip(?:_?v_?[46])?(?:_?addr(?:ess)?(?:es)?)?|ips"
                r"|remote_?addr(?:ess)?|x_forwarded_for|forwarded_for|host_?addr(?:ess)?",
                "IP address", 0.7),
    NamePattern("CREDIT_CARD", _CARD + r"_?(?:numbers?|num|no|nr|nbr|pan)|credit_?cards?|ccn"
                r"|primary_account_number", "card number", 0.7, unless=NameWords.NOT_PAYMENT_CARD),
    # ``pan_card`` is India's tax card (:data:`TAX_CARDS`), no payment card's PAN.
    NamePattern("CREDIT_CARD", r"pan(?!_?card)", "PAN", 0.7, "card", 0.6),
    NamePattern("CARD_LAST4", r"last_?(?:4|four)(?:_?digits)?"
                r"|(?:card|cc|pan)_?(?:suffix|ending|last_?digits)", "last four digits",
                0.7, "card", 0.6, unless=NameWords.NOT_CARD_LAST4),
    NamePattern("CARD_LAST4", r"masked_?(?:pan|" + _CARD + rf"(?:_?{_NUM})?)",
                "masked card number", 0.65),
    NamePattern("CARD_EXPIRY", r"(?:exp|expiry|expiration|expire|expires|expiring)"
                r"(?:_?(?:date|dt|month|mon|mm|year|yr|yy|yyyy|mmyy|yymm))*"
                r"|valid_(?:thru|through|until|to)", "expiry", 0.65, "card"),
    NamePattern("CARD_CVV", r"cvv_?\d?|cvc_?\d?|csc|cvn|cvd", "CVV/CVC", 0.75),
    NamePattern("CARD_CVV", r"card_?(?:verification(?:_?(?:value|code|number))?"
                r"|security_?code|code|cid)|cc_?(?:cid|code|csc)", "card security code",
                0.65, unless=NameWords.NOT_PAYMENT_CARD),
    NamePattern("CARD_CVV", r"security_?code|sec_code|verification_value", "security code",
                0.65, "card"),
    NamePattern("PAYMENT_TOKEN", _PROVIDERS + r"(?:_(?:customer|cust|payer|card"
                r"|source|payment_?method|pm|profile|shopper|buyer|mandate"
                r"|billing_?agreement|account|acct))?_(?:id|token|ref|reference)|"
                + _PROVIDERS + r"_?(?:token|customer)",
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
    NamePattern("NATIONAL_ID", rf"national_?register_?{_NB}", "national register number", 0.7,
                "people"),
    NamePattern("NATIONAL_ID", rf"social_?insurance_?{_NUM}", "social insurance number", 0.65),
    NamePattern("NATIONAL_ID", r"social_?insurance(?:_?id)?", "a person's social insurance number",
                0.6, "people", 0.0),
    NamePattern("NATIONAL_ID", rf"passports?(?:_?(?:{_NB}|id))?", "passport", 0.7),
    NamePattern("NATIONAL_ID", rf"drivers?_?licen[cs]es?(?:_?(?:{_NUM}|id))?"
                rf"|driving_?licen[cs]es?(?:_?{_NUM})?|dl_?{_NUM}", "driving licence", 0.7),
    NamePattern("NATIONAL_ID", r"(?:id|identity|identification)_?(?:card|document|doc)s?"
                rf"(?:_?{_NUM})?|identity_?{_NUM}|personal_?id(?:_?{_NUM})?",
                "identity document", 0.65),
    NamePattern("NATIONAL_ID", r"cpf|dni|curp|pesel|bsn|personnummer|nric|hkid|cedula|cnp",
                "national identity number", 0.65),
    # A birth registration's or certificate's number, and Bangladesh's and Pakistan's national
    # identity card (NID) with a number word, in a table about people (added for the seventieth
    # round): a bare ``nid`` is a CMS's node id, a ``nid_number`` a network's id elsewhere.
    NamePattern("NATIONAL_ID", rf"birth_?(?:reg|registration|certificate|cert)s?_?{_NUM}",
                "a birth registration's number", 0.65),
    NamePattern("NATIONAL_ID", rf"nid_?(?:{_NUM}|cards?(?:_?{_NUM})?)",
                "a national identity card's number", 0.65, "people"),
    # A card or a paper that identifies its holder to an authority (added for the sixty-seventh
    # round): a journalist's press card, a consulate's card of its nationals abroad, a trade's
    # professional card, a voter's or a resident's card, a residence permit, a laissez-passer;
    # its number anywhere, the paper alone in a table about people (elsewhere a kind of permit
    # a visa's rules require as often).
    NamePattern("NATIONAL_ID", rf"{_ID_PAPERS}_?{_NUM}",
                "the number of a card or a paper that identifies its holder", 0.65),
    NamePattern("NATIONAL_ID", _ID_PAPERS, "a card or a paper that identifies its holder", 0.65,
                "people"),
    NamePattern("NATIONAL_ID", NATIONAL_CARDS, "national identity number (by its usual name)",
                0.65),
    NamePattern("NATIONAL_ID", rf"nhs_?(?:{_NUM}|id)|chi_?{_NUM}", "NHS or CHI number", 0.7),
    NamePattern("NATIONAL_ID", rf"citizen_?(?:id_?)?{_NUM}", "a citizen's card number", 0.65),
    NamePattern("NATIONAL_ID", rf"id_?{_NUM}", "id number", 0.55, "people", 0.3),
    NamePattern("NATIONAL_ID", rf"cnic(?:_?{_NUM})?", "computerised national identity card number",
                0.65),
    NamePattern("NATIONAL_ID", rf"nic(?:_?{_NUM})?", "national identity card number", 0.6,
                "people", 0.0),
    # A national identification (or insurance) number by its abbreviation (``nin``, ``nin_no``;
    # added for the seventy-third round), in a table about people only.
    NamePattern("NATIONAL_ID", rf"nin(?:_?{_NUM})?", "national identification number (NIN)",
                0.6, "people", 0.0),
    NamePattern("NATIONAL_ID", rf"ident(?:ification)?_?(?:values?|{_NUM})(?:_?\d)?",
                "an identification document's number", 0.6, "people", 0.3),
    NamePattern("TAX_ID", rf"(?:vat|tax|gst|ust|tva)_?(?:ids?|{_NUM}"
                rf"|identification(?:_?{_NUM})?|registration(?:_?{_NUM})?|reg(?:_?{_NUM})?)"
                rf"|tax_?vat|vatin|gstin|tax_?payer_?(?:id|{_NUM})", "tax id", 0.7),
    NamePattern("TAX_ID", TAX_CARDS, "tax id (by its usual name)", 0.65),
    NamePattern("TAX_ID", r"tin|ein|fein|itin|abn|utr|nif|siret|siren|codice_?fiscale"
                r"|steuer_?(?:id|nummer)", "tax id", 0.65),
    NamePattern("USERNAME", r"user_?names?|usr_?names?|uname|login_?(?:names?|ids?)"
                r"|user_?login|logon_?names?|screen_?names?", "username", 0.7),
    NamePattern("USERNAME", r"nick_?names?|nice_?names?", "nickname", 0.6),
    NamePattern("USERNAME", r"ldap_?(?:user_?names?|names?|logins?|uids?)",
                "a login at the directory (LDAP)", 0.6, "people", 0.3),
    NamePattern("USERNAME", _SOCIAL + r"(?:_?(?:handle|user_?name|user|name|account|profile))?",
                "a social network handle", 0.6, "people", bare=True),
    NamePattern("USERNAME", r"logins?|logon|signin|nick", "login", 0.6, "people", 0.3,
                bare=True),
    NamePattern("OTHER_PERSONAL_DATA", WEB_PAGE, "a person's own web page", 0.6, "people",
                bare=True),
    NamePattern("GENDER", r"genders?(?:_?identity)?|sex(?:es)?", "gender", 0.7),
    NamePattern("GENDER", r"male|female", "male/female", 0.55),
    NamePattern("GENDER", r"pronouns?", "pronouns", 0.6, "people", 0.45),
    NamePattern("GENDER", r"salutations?|honorifics?|name_?prefix",
                "salutation (only hints at gender)", 0.3),
    NamePattern("CARD_BRAND", _CARD + r"_?(?:brands?|types?|schemes?|networks?|issuers?)",
                "card brand", 0.6, unless=NameWords.NOT_PAYMENT_CARD),
    NamePattern("CARD_BIN", _CARD + r"_?(?:bins?|iins?|prefix|first_?(?:6|six|8|eight)"
                r"(?:_?digits)?)", "card BIN", 0.7, unless=NameWords.NOT_PAYMENT_CARD),
    NamePattern("CARD_BIN", r"bins?|iins?|bin_?(?:number|num|no|code)"
                r"|issuer_?identification(?:_?number)?|first_?(?:6|six|8|eight)(?:_?digits)?",
                "BIN", 0.65, "card", unless=NameWords.NOT_PAYMENT_CARD),
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

#: Column types by kind, tried in order (``tinyint(1)`` is a flag before it is a key), over the
#: lower-cased type with spaces collapsed; any other type is text.
TYPE_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("boolean", re.compile(
        r"bool|boolean|bit|bit\(1\)|tinyint\(1\)(?: unsigned)?|number\(1\)"
        r"|checkbox"
    )),
    ("key", re.compile(
        r"(?:tiny|small|medium|big)?int(?:eger)?[248]?(?:\(\d+\))?"
        r"(?: unsigned)?(?: auto_increment)?|(?:small|big)?serial[248]?|uuid"
        r"|uniqueidentifier|reference|id|objectid|long|number\(\d+(?:,0)?\)"
        r"|numeric\(\d+,0\)"
    )),
    ("number", re.compile(
        r"(?:decimal|numeric|number|float|double|real|money|smallmoney"
        r"|currency|percent)(?:\(.*\))?(?: precision)?(?: unsigned)?"
    )),
    ("date", re.compile(r"date|year")),
    ("datetime", re.compile(
        r"(?:datetime\d?|smalldatetime|datetimeoffset|timestamptz"
        r"|timestamp|timetz|time)(?:\(\d\))?(?: with(?:out)? time zone)?"
        r"|interval.*"
    )),
)  # fmt: skip
