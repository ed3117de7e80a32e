"""Tables named with an abbreviation after their word (``tenant_tnt``), a household's table, a
login's second-factor secrets, API keys and a platform's access tokens, and a date of birth kept
in parts with ``0`` for a part not known.

Every function takes words (lower-case, as :class:`~classifiers.name_tokens.Tokenizer` cuts
them) or sampled values; none keeps or reports a value. Two rules of the name signal read a
field's view here, as they ask a login's credentials: :func:`login_secrets_and_senders` (with
the account secrets, senders and login attempts of :mod:`classifiers.secrets_and_senders`, which
this module reads) and :func:`factors_and_subjects` (with the second factors and OpenID subjects
of :mod:`classifiers.measures_and_factors`, which sits below the demographics signal whose
person key they ask for).

>>> abbreviation_suffix(("invoice", "inv"), [("inv", "id"), ("inv", "total")])
True
>>> abbreviation_suffix(("order", "line"), [("line", "id"), ("line", "qty")])
False
>>> login_credential(("two", "factor", "secret")), login_credential(("api", "key"))
('a second-factor secret', 'an API key')
>>> date_parts(["0", "3", "12", "7"]), date_parts(["0", "45", "3"])
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import SignalHit
from .demographics import person_key
from .measures_and_factors import (
    FACTOR_NAMES,
    FACTOR_SECRETS,
    FACTOR_URIS,
    issuer_subject,
    otpauth_uris,
    second_factor_table,
)
from .name_tokens import Tokenizer
from .name_view import FieldView
from .name_words import NameWords
from .row_people import secret_shaped
from .secrets_and_senders import (
    account_secret,
    beside_a_login,
    login_attempt_login,
    login_table,
    message_author,
)

# -- a table's word with its abbreviation after it ---------------------------------------------


def column_prefix(columns: Sequence[Sequence[str]]) -> str | None:
    """The word most of a table's columns begin with, followed by more words (``pat`` of
    ``tnt_id``, ``tnt_name``, ``tnt_unit``), or None: a prefix its columns carry.

    >>> column_prefix([("pat", "id"), ("pat", "name"), ("ward",)]), column_prefix([("id",)])
    ('pat', None)
    """
    firsts = [words[0] for words in columns if len(words) >= 2]
    if not firsts:
        return None
    first = max(set(firsts), key=firsts.count)
    return first if 2 * firsts.count(first) > len(columns) else None


def abbreviation_suffix(tokens: Sequence[str], columns: Sequence[Sequence[str]]) -> bool:
    """Whether a table's last word is an abbreviation of the word before it that most of its
    columns carry as their prefix, as some schemas suffix each table with it (``tenant_tnt``
    with ``tnt_id``, ``tnt_name``; ``member_mbr``; ``ticket_tkt``): two to four letters, the
    first that word's first letter, each next one found later in the word, the word longer than
    the abbreviation. Its head is then the word before. A ``site_st`` whose columns carry no
    ``st_`` keeps its last word.

    >>> mbr, plain = [("mbr", "id"), ("mbr", "name")], [("id",), ("name",), ("phone",)]
    >>> abbreviation_suffix(("member", "mbr"), mbr), abbreviation_suffix(("site", "st"), plain)
    (True, False)
    >>> [abbreviation_suffix(t, mbr) for t in (("order", "items"), ("menu", "mbr"))]
    [False, False]
    """
    if len(tokens) < 2:
        return False
    word, short = tokens[-2], tokens[-1]
    if not (2 <= len(short) <= 4 and short.isalpha() and word.isalpha()):
        return False
    if len(word) <= len(short) or word[0] != short[0] or column_prefix(columns) != short:
        return False
    at = 0
    for letter in short[1:]:
        at = word.find(letter, at + 1)
        if at < 0:
            return False
    return True


# -- a household's table -----------------------------------------------------------------------

#: Table heads whose rows are households: a family's or a household's record (heads are
#: singular: a ``families`` table's head is ``family``).
HOUSEHOLD_HEADS = frozenset({"family", "household"})
#: Words of columns that reach a household: its phone, e-mail or postal address.
_REACH = NameWords.REACH | {
    "address", "address1", "street", "zip", "zipcode", "postcode", "postal",
}  # fmt: skip
#: Words before such a word that keep it the household's own (``home_phone``,
#: ``family_email``), and words after it that keep it a contact column (``phone_number``,
#: ``address_line_1``, ``postal_code``).
_OWN = frozenset({"home", "family", "household", "house", "main", "primary", "work"})
_TAIL = NameWords.NUMBER_WORDS | {"address", "addr", "line", "code"}


def _reaches_household(words: Sequence[str]) -> bool:
    """Whether a column's words name the household's own phone, e-mail or postal address:
    unqualified (``email``, ``address_1``, ``zip``) or qualified by a home or family word
    (``home_phone``), not a third party's (``supplier_phone``, ``warehouse_address``)."""
    at = next((i for i, w in enumerate(words) if w in _REACH), None)
    if at is None or not set(words[:at]) <= _OWN:
        return False
    return all(w in _TAIL or w in _REACH or w.isdigit() for w in words[at + 1 :])


def household_table(heads: Sequence[str], columns: Sequence[Sequence[str]]) -> bool:
    """Whether a table's rows are households (a church's, a school's or a charity's families):
    its only head word is ``family`` or ``household`` (not a ``product_family`` or a
    ``font_family``) and two or more of its columns reach it by phone, e-mail or post, by their
    names (a household's contact columns are often empty in a demo's rows), after the prefix
    its columns carry (``hh_email``): unqualified or the home's, not a supplier's or a
    warehouse's.

    >>> household_table(["family"], [("name",), ("home", "phone"), ("address", "1")])
    True
    >>> household_table(["product", "family"], [("name",), ("phone",), ("email",)])
    False
    >>> household_table(["household"], [("name",), ("supplier", "phone"), ("vendor", "email")])
    False
    """
    if len(heads) != 1 or heads[0] not in HOUSEHOLD_HEADS:
        return False
    prefix = column_prefix(columns)
    own = [words[1:] if prefix and tuple(words[:1]) == (prefix,) else words for words in columns]
    return sum(1 for words in own if _reaches_household(words)) >= 2


# -- a login's credentials ---------------------------------------------------------------------

#: Words a login's own glued credential names are cut into (``mfabackupcodes``,
#: ``apitoken``), with this module's own small vocabulary (the name signal's does not hold them).
_GLUE = Tokenizer(frozenset({
    "two", "factor", "auth", "secret", "recovery", "backup", "code", "key", "api", "access",
    "token", "otp", "totp", "mfa", "tfa",
}))  # fmt: skip
#: Words of a second factor: ``two_factor``, ``2fa``, ``mfa``, one-time passwords.
_SECOND_FACTOR = frozenset({"two", "factor", "2fa", "tfa", "mfa", "otp", "totp", "google2fa"})
#: Words that may stand between a second factor and its secret (``two_factor_auth_secret``,
#: ``otp_backup_codes``, ``encrypted_otp_secret``).
_BETWEEN = frozenset({"auth", "authentication", "recovery", "backup", "encrypted", "enc"})
#: A login's key to an API: ``api_key``, ``api_token``, ``api_secret``, ``api_access_key``.
_API_KEYS = frozenset({("api",), ("api", "access"), ("private", "api")})


def _words(tokens: Sequence[str]) -> tuple[str, ...]:
    out: list[str] = []
    for word in tokens:
        out.extend(_GLUE.unglue(word))
    return tuple(out)


#: Table heads whose rows are a person's login (``users``, ``members``, ``admin``); not an
#: ``account``, a ``profile``, a ``registration`` or an ``auth`` table, which are a company's,
#: a device's, a carrier's or a payment provider's as often.
PERSON_LOGIN_HEADS = frozenset({"user", "member", "admin", "administrator", "login"})
#: A person's login columns :func:`~classifiers.secrets_and_senders.beside_a_login` does not
#: read (the address a person logs in with, a password kept under another word).
_LOGIN_COLUMNS = frozenset({
    ("email",), ("email", "address"), ("pass",), ("encrypted", "password"),
    ("crypted", "password"), ("password", "digest"),
})  # fmt: skip


def persons_login(head: str, columns: Sequence[Sequence[str]]) -> bool:
    """Whether a table's rows are a person's login: its head is a login's (``users``,
    ``admin``) and a column beside is the person's password, login name or e-mail address
    (after the prefix its columns carry, ``acct_password``). An ``admin`` table of settings (no
    such column) and a company's ``accounts`` are none.

    >>> persons_login("user", [("usr", "id"), ("usr", "password"), ("usr", "api", "key")])
    True
    >>> persons_login("admin", [("setting",), ("api", "key")])
    False
    >>> persons_login("account", [("company", "name"), ("email",), ("api", "key")])
    False
    """
    if head not in PERSON_LOGIN_HEADS:
        return False
    prefix = column_prefix(columns)
    own = [tuple(w[1:]) if prefix and tuple(w[:1]) == (prefix,) else tuple(w) for w in columns]
    return beside_a_login(own) or any(words in _LOGIN_COLUMNS for words in own)


def login_credential(tokens: Sequence[str], platforms: frozenset[str] = frozenset()) -> str | None:
    """What credential of a login's a column holds, judged from its words alone, or None:
    a second factor's secret or recovery codes (``two_factor_secret``, ``otp_backup_codes``,
    ``mfabackupcodes``), an API key (``api_key``, ``apitoken``, ``api_secret``) or the
    access token a platform of ``platforms`` gave the person (``gitlab_access_token``). The
    caller asks it only of a person's login (:func:`persons_login`), where these are the
    person's.

    >>> login_credential(("otp", "backup", "codes")), login_credential(("api", "token"))
    ('a second-factor secret', 'an API key')
    >>> login_credential(("gitlab", "access", "token"), frozenset({"gitlab"}))
    "a platform's access token"
    >>> login_credential(("api", "calls")), login_credential(("factor", "code"))
    (None, None)
    """
    words = _words(tokens)
    if len(words) < 2 or words[-1] not in NameWords.SECRET_WORDS:
        return None
    lead = words[:-1]
    factor = set(lead) & _SECOND_FACTOR
    if factor and factor != {"factor"} and all(w in _SECOND_FACTOR | _BETWEEN for w in lead):
        return "a second-factor secret"
    if lead in _API_KEYS and words[-1] != "code":
        return "an API key"
    if len(lead) == 2 and lead[0] in platforms and lead[1] == "access" and words[-1] == "token":
        return "a platform's access token"
    return None


# -- the name signal's rules of a login's secrets ----------------------------------------------

#: Words of a table whose rows are a login or an identity at a provider (``users``,
#: ``identities``, ``oauth_accounts``).
IDENTITY_TABLES = frozenset({"user", "identity", "authentication", "authorization", "login"})


def login_secrets_and_senders(view: FieldView) -> list[SignalHit]:
    """A person's account secrets kept beside the password (``remember_hash``,
    ``activation_secret``, ``recovery_token``), the sender's ``name`` of a message with the
    sender's e-mail or phone (a ticket, an enquiry), and the login typed in a table of login
    attempts (:mod:`classifiers.secrets_and_senders`); a login's own credentials
    (:func:`login_credential`)."""
    if view.kind not in {"text", ""} or not view.tokens:
        return []
    ctx, tokens, table = view.ctx, view.tokens, view.table
    table_name = ctx.dataset.rsplit(".", 1)[-1]
    core = tokens[view.core(tokens) :]  # after the prefixes: ``user_``, the table's words
    if (
        (secret := account_secret(core) or account_secret(tokens))
        and _login_secret(view)
        and secret_shaped(ctx.samples)
    ):
        reason = (
            f"column name {ctx.name!r} is {secret} of a person's account in table "
            f"{table_name!r}: whoever holds it logs in as the person, a secret like a password"
        )
        return [view.hit("PASSWORD_HASH", 0.6, reason)]
    if (credential := login_credential(core, view.words.SOCIAL_NETWORKS)) and (
        persons_login(table.head, [view.tokenize(s) for s in ctx.siblings])
        and secret_shaped(ctx.samples)
    ):
        reason = (
            f"column name {ctx.name!r} is {credential} of a login in table "
            f"{table_name!r}: whoever holds it acts as the person, a secret like a password"
        )
        return [view.hit("PASSWORD_HASH", 0.6, reason)]
    if (
        tokens == ("name",)
        and "people" not in view.context(tokens)
        and not any(h.entity == "PERSON_NAME" and h.score >= 0.5 for h in view.hits)
        and (
            reach := message_author(
                tokens, table.head, [view.tokenize(s) for s in ctx.siblings], table.tokens
            )
        )
    ):
        reason = (
            f"column name {ctx.name!r} of table {table_name!r}, whose rows are messages a "
            f"person sends, beside the sender's column {reach!r}: the sender's name"
        )
        return [view.hit("PERSON_NAME", 0.6, reason)]
    if login_attempt_login(tokens, table.tokens):
        reason = (
            f"column name {ctx.name!r} of table {table_name!r}, whose rows are attempts to "
            "log in: the login the person typed"
        )
        return [view.hit("USERNAME", 0.6, reason)]
    return []


def _login_secret(view: FieldView) -> bool:
    """Whether an account secret's column is a login's: in a login's own table (``users``,
    ``password_resets``) or beside a password or a login name; a recovery code only in a
    login's table (a debt's or a flight's recovery is no login's)."""
    ctx, tokens, table = view.ctx, view.tokens, view.table
    if login_table(table.tokens, table.head):
        return True
    return "recovery" not in tokens and beside_a_login([view.tokenize(s) for s in ctx.siblings])


def factors_and_subjects(view: FieldView) -> list[SignalHit]:
    """A login's second-factor secret and provisioning URI, and a login's subject at the
    OpenID issuer named beside it (:mod:`classifiers.measures_and_factors`)."""
    if view.kind not in {"text", ""} or any(h.score >= 0.5 and not h.veto for h in view.hits):
        return []
    ctx, tokens, table = view.ctx, view.tokens, view.table
    if otpauth_uris(ctx.samples):
        reason = (
            f"values: the sampled values of {ctx.name!r} are an authenticator's provisioning "
            "URIs, which carry a login's second-factor secret"
        )
        return [view.hit("PASSWORD_HASH", 0.6, reason)]
    if tokens not in FACTOR_NAMES:
        return []  # most columns: none of the rules below can apply
    siblings = [view.tokenize(s) for s in ctx.siblings]
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
        return [view.hit("PASSWORD_HASH", 0.6, reason)]
    if table.head in IDENTITY_TABLES and issuer_subject(
        tokens, siblings, person_key(ctx) is not None
    ):
        reason = (
            f"column name {ctx.name!r} is the subject the OpenID issuer named beside it "
            "knows the login by: the person's login there"
        )
        return [view.hit("USERNAME", 0.6, reason)]
    return []


# -- a date of birth in parts ------------------------------------------------------------------

#: A day, month or year of birth kept apart (``7``, ``12``, ``1984``).
_PART = re.compile(r"\s*(?:0?[1-9]|[12][0-9]|3[01]|19[0-9]{2}|20[0-9]{2})\s*")
#: What an application writes for a part not known.
_UNKNOWN = frozenset({"0", "00", "0000"})


def date_parts(values: Sequence[str]) -> bool:
    """Whether every distinct sampled value is a day, month or year, or ``0`` for one not known
    (a birth month kept as 0 to 12), with at least one that is a part.

    >>> date_parts(["0", "0"]), date_parts(["1990", "0", "2001"]), date_parts(["0", "-1"])
    (False, True, False)
    """
    known = [v for v in values if v.strip() not in _UNKNOWN]
    return bool(known) and all(_PART.fullmatch(v) for v in known)
