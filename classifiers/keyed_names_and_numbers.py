"""Rules of the sixty-third and sixty-fourth rounds: what a column names through a sibling or
through its table rather than by its own words.

- A text column named by a person's role whose own key is beside it (``case_manager`` beside
  ``case_manager_id``, ``salesperson`` beside ``salesperson_id``) keeps that person's name as
  the row shows it, a copy of what the key points at (:func:`role_beside_key`). Sampled values,
  if any, must read as people's names (a known given name or an initial); not a role that is a
  firm's or a login as often (a customer, a client, a supplier, an owner, a user: a user's
  login beside ``user_id`` reads as a given name too).
- A bare number (``number``, ``no``, ``value``) in a table named for a person's phones or bank
  accounts (``phones``, ``telephone_numbers``, ``bank_accounts``), whose rows point at a person
  (``person_id``, ``client_id``), is that phone's or that account's number
  (:func:`numbered_by_table`): read as ``phone_number`` or ``bank_account_number``. A store's
  phones, keyed to the store, are not.

- A file's content kept encoded or as bytes (``base64``, ``blob``, ``file_bytes``) in a table
  named for files (``files``, ``attachments``, ``documents``, ``uploads``) whose rows point at
  a person the files are about (``client_id``, ``patient_id``; not a user's or an owner's, who
  upload whatever a program keeps) is that person's document or picture
  (:func:`person_file_content`): OTHER_PERSONAL_DATA.

>>> role_key(("case", "manager"), [("id",), ("case", "manager", "id")])
'case_manager_id'
>>> role_key(("case", "manager"), [("manager", "id")]) is None
True
>>> numbered_head(("person", "phones")), numbered_head(("bank", "accounts"))
('phone', 'bank account')
>>> numbered_head(("phone", "types")) is None
True
"""

from __future__ import annotations

from collections.abc import Sequence

from .base import SignalHit
from .fixtures_and_accounts import distinct_texts
from .name_tokens import singular
from .name_view import FieldView, person_key_sibling
from .row_people import name_shaped, names_sampled

#: Roles that a firm holds as often as a person (a B2B customer, a supplier, an owning
#: company), or whose column keeps a login as often (a user, a member, an account).
_FIRMS_TOO = frozenset({
    "customer", "client", "supplier", "vendor", "partner", "owner", "account", "company",
    "member", "user", "contact", "tenant", "buyer", "seller", "payer", "payee", "sponsor",
})  # fmt: skip
#: Last words of a key.
_KEY_TAILS = frozenset({"id", "key", "fk"})
#: A bare number's words.
_NUMBER_WORDS = frozenset({"number", "no", "nr", "num", "value"})
#: What a table may be named for whose bare number is a person's: its last words, singular, and
#: how the number is read.
_NUMBERED = {
    ("phone",): "phone",
    ("telephone",): "phone",
    ("phone", "number"): "phone",
    ("telephone", "number"): "phone",
    ("mobile", "number"): "phone",
    ("bank", "account"): "bank account",
}


def role_key(tokens: Sequence[str], siblings: Sequence[Sequence[str]]) -> str | None:
    """The sibling that is the key of the role a column is named by (``case_manager_id`` of
    ``case_manager``), as its words joined, or None."""
    want = tuple(tokens)
    for words in siblings:
        if len(words) == len(want) + 1 and tuple(words[:-1]) == want and words[-1] in _KEY_TAILS:
            return "_".join(words)
    return None


def role_beside_key(view: FieldView) -> list[SignalHit]:
    """A text column named by a person's role, beside that role's key, holds their name."""
    if view.kind != "text" or not view.tokens or len(view.tokens) > 3:
        return []
    role = singular(view.tokens[-1])
    if role not in view.words.PEOPLE or "PERSON_NAME" in view.supported:
        return []
    key = role_key(view.tokens, [view.tokenize(s) for s in view.ctx.siblings])
    if key is None:
        return []
    if role in _FIRMS_TOO:
        return []  # a firm's name or a login as often (a customer, a vendor, a user)
    if distinct_texts(view.ctx.samples) and not names_sampled(view.ctx.samples):
        return []  # a label, a code or a firm's name: no person's
    reason = (
        f"text column {view.ctx.name!r} is named by a {role} beside that {role}'s key "
        f"({key!r}): the name the row shows of them"
    )
    return [view.hit("PERSON_NAME", 0.6, reason)]


def numbered_head(table: Sequence[str]) -> str | None:
    """What a table is named for whose bare number is a person's (:data:`_NUMBERED`), from its
    last one or two words, or None."""
    words = tuple(singular(w) for w in table)
    for size in (2, 1):
        if len(words) >= size and (found := _NUMBERED.get(words[-size:])) is not None:
            return found
    return None


def numbered_by_table(view: FieldView) -> list[SignalHit]:
    """A bare number in a table of a person's phones or bank accounts is that number."""
    if len(view.tokens) != 1 or view.tokens[0] not in _NUMBER_WORDS:
        return []
    head = numbered_head(view.table_words)
    if head is None:
        return []
    key = person_key_sibling(view, view.words.PEOPLE)
    if key is None:
        return []  # a store's or a branch's phones: no person's
    why = f"a bare number in a table of {head}s whose rows point at a person ({key!r})"
    return view.as_named(f"{head.replace(' ', '_')}_number", why)


#: Table heads of stored files.
_FILE_TABLES = frozenset({"file", "attachment", "document", "upload", "scan"})
#: Column words of a file's content as it is kept: encoded or as bytes.
_CONTENT = frozenset({"base64", "b64", "blob", "bytes", "binary"})
#: People who upload or own a program's files rather than being what they are about.
_UPLOADERS = frozenset({"user", "owner", "author", "uploader", "creator", "account", "admin"})


def _content_words(tokens: Sequence[str]) -> bool:
    """Whether a column's words name a file's content, encoded or as bytes (``base_64_string``,
    ``file_blob``).

    >>> _content_words(("base", "64", "string")), _content_words(("file", "blob"))
    (True, True)
    >>> _content_words(("file", "name")), _content_words(("data",))
    (False, False)
    """
    joined = "".join(tokens)
    return bool(set(tokens) & _CONTENT) or "base64" in joined or joined.endswith("b64")


def person_file_content(view: FieldView) -> list[SignalHit]:
    """A file's content in a table of files about a person is that person's document."""
    if not _content_words(view.tokens) or view.supported:
        return []
    heads = [singular(w) for w in view.table_words]
    if not heads or heads[-1] not in _FILE_TABLES:
        return []
    key = person_key_sibling(view, view.words.PEOPLE - _UPLOADERS, _UPLOADERS)
    if key is None:
        return []
    why = (
        f"column name {view.ctx.name!r} keeps a file's content in a table of files whose rows "
        f"point at the person they are about ({key!r})"
    )
    return [view.hit("OTHER_PERSONAL_DATA", 0.6, why)]


#: Table words of a person's account that pays or is paid (``user_bank_account``,
#: ``paypal_accounts``, ``payout_account``): its last two words, singular.
_PAYOUT_ACCOUNTS = frozenset({
    ("bank", "account"), ("paypal", "account"), ("payout", "account"),
    ("withdrawal", "account"), ("payoneer", "account"),
})  # fmt: skip
#: Platforms whose name a holder's column may carry (``name_paypal``).
_PAY_PLATFORMS = frozenset({"paypal", "payoneer"})
#: A column naming the account's holder (``account_name``, ``holder_name``, a bare ``name``).
_HOLDER_NAMES = frozenset({
    ("name",), ("account", "name"), ("holder",), ("holder", "name"), ("account", "holder"),
    ("account", "holder", "name"), ("name", "on", "account"),
})  # fmt: skip


#: Words of an account's own label (``Savings``, ``Main account``, ``Business current``).
_ACCOUNT_LABELS = frozenset({
    "savings", "saving", "checking", "cheque", "current", "main", "business", "personal",
    "salary", "joint", "primary", "secondary", "default", "account", "payout", "payouts",
    "usd", "eur", "gbp", "wallet", "operating", "payroll", "reserve", "test",
})  # fmt: skip


def holder_values(samples: Sequence[object]) -> bool:
    """Whether sampled values (none sampled is) could be a holder's name: most distinct values
    name-shaped (no digit, ``@``, ``://``), and most of them not an account's own label.

    >>> holder_values(("Ines Marlow", "T. Grell")), holder_values(("Savings", "Main account"))
    (True, False)
    >>> holder_values(("1234567", "ines@example.org")), holder_values(())
    (False, True)
    """
    values = distinct_texts(samples)
    if not values:
        return True
    shaped = [v for v in values if name_shaped(v)]
    labels = [v for v in shaped if set(v.lower().split()) <= _ACCOUNT_LABELS]
    return len(shaped) * 2 > len(values) and len(labels) * 2 < len(shaped)


def payout_account(table: Sequence[str]) -> str | None:
    """The platform or bank word of a table of a person's payout accounts (``bank``,
    ``paypal``), or None.

    >>> payout_account(("user", "bank", "account")), payout_account(("chart", "accounts"))
    ('bank', None)
    """
    words = tuple(singular(w) for w in table[-2:])
    return words[0] if words in _PAYOUT_ACCOUNTS else None


def account_holder(view: FieldView) -> list[SignalHit]:
    """The holder's name of a person's bank or payout account, in a table of them whose rows
    point at the person (``user_bank_account.account_name``, ``paypal_accounts.name_paypal``):
    PERSON_NAME, when sampled values (if any) read as names, not an account's label."""
    if view.kind not in {"text", ""} or any(
        h.entity == "PERSON_NAME" and h.score >= 0.6 and not h.veto for h in view.hits
    ):
        return []
    platform = payout_account(view.table_words)
    if platform is None:
        return []
    words = view.tokens
    if platform in _PAY_PLATFORMS:  # ``name_paypal``, ``paypal_name``; ``bank_name`` the bank's
        words = tuple(w for w in words if w != platform)
    if words not in _HOLDER_NAMES:
        return []
    key = person_key_sibling(view, view.words.PEOPLE)
    if key is None:
        return []  # a company's or a branch's accounts: no person holds them
    if not holder_values(view.ctx.samples):
        return []  # ``Savings``, ``Main``: the account's own label
    reason = (
        f"column name {view.ctx.name!r} names the holder of a {platform} account and the row "
        f"points at the person it pays ({key!r}): the holder's name"
    )
    return [view.hit("PERSON_NAME", 0.6, reason)]
