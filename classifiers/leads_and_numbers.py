"""Columns led by the table's word behind a letter, a person's bare number, and a document's number
in Spanish or Portuguese: the name rule ``leads_and_numbers``.

- A column whose first word is the table's last word, singular, behind one letter that is the
  initial of an earlier word of the table's name (``bcustomer_name`` in
  ``tbl_bakery_customers``, as an application with two lines of business names each one's
  columns) says what it says without the letter (:func:`lettered_lead`).
- A person's bare ``number`` (``admin_number`` in ``admins``, a ``number`` in a table of people)
  whose sampled values are all ten to twelve digits, not counted up from one base, is their
  phone number when no other column of the row is one (:func:`phone_digits`): a member's or a
  customer's number kept as an integer, with letters, or counted up from one base is a record's.
- A document's number in Spanish or Portuguese (``numero_documento``, ``nro_documento``,
  ``documento_identidad``) whose sampled values are an identity document's digits, in a table of
  people or beside a bare ``nombre`` or ``nome``, is the person's identity document's number
  (:func:`document_number`); an invoice's or a payment slip's document number is not.

>>> lettered_lead(("bcustomer", "name"), ("tbl", "bakery", "customers"))
'customer'
>>> lettered_lead(("bcustomer", "name"), ("customers",)) is None
True
>>> phone_digits(("9110045321", "8110293847", "7110384756"))
True
>>> phone_digits(("4000100231", "4000100232", "4000100245"))
False
>>> document_number(("numero", "documento"), ("79123456", "1020304050"))
True
>>> document_number(("numero", "documento"), ("2024-001", "2024-002"))
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .base import SignalHit
from .name_tokens import singular
from .name_view import FieldView
from .people import about_people

#: Shortest table word a letter may lead (``user`` of ``tbl_shop_users``).
_HEAD_MIN = 4
#: A phone's digits as a person's bare ``number`` keeps them: ten to twelve, perhaps after a ``+``.
_PHONE_DIGITS = re.compile(r"\+?\d{10,12}")
#: How many distinct sampled values at the least, and how many leading digits numbers counted up
#: from one base share (``4000100231``, ``4000100245``).
_PHONES_MIN = 3
_BASE_DIGITS = 4
#: Words of a way to reach someone by mail, not by phone.
_MAIL_WORDS = frozenset({"email", "mail"})
#: A document's number in Spanish or Portuguese: a number word, then ``documento``, perhaps of
#: identity, or the number of an identification.
_DOCUMENT_NUMBER = re.compile(
    r"(?:(?:numero|num|nro|no|nr)_(?:de_|do_)?)?documento_(?:de_)?identidad"
    r"|(?:numero|num|nro|no|nr)_(?:de_|do_)?documento(?:_(?:de_)?identidad)?"
    r"|(?:numero|num|nro|no|nr)_(?:de_)?identificacion"
)
#: An identity document's number: six to twelve digits, perhaps in groups of dots or with a
#: closing letter (``52.123.456``, ``12345678Z``).
_DOCUMENT_DIGITS = re.compile(r"\d{1,3}(?:\.\d{3}){1,3}|\d{6,12}[A-Za-z]?")
#: A bare sibling that names the row's person in Spanish or Portuguese.
_PERSON_NAME_COLUMNS = frozenset({
    "nombre", "nombres", "apellido", "apellidos", "nombre_completo", "nome", "sobrenome",
    "nome_completo",
})  # fmt: skip


def lettered_lead(tokens: Sequence[str], table: Sequence[str]) -> str | None:
    """The table's last word, singular, when a column's first word is it behind the initial of
    an earlier word of the table's name (``bcustomer`` in ``tbl_bakery_customers``), or None."""
    if len(tokens) < 2 or len(table) < 2:
        return None
    head = singular(table[-1])
    lead = tokens[0]
    if len(head) < _HEAD_MIN or lead[1:] != head or not lead[:1].isalpha():
        return None
    return head if lead[0] in {w[0] for w in table[:-1] if w} else None


def phone_digits(samples: Sequence[object]) -> bool:
    """Whether a column's sampled values are all phones' digits (ten to twelve, one sampled
    value in text at the least), at least three distinct and not all sharing their first four
    digits, as numbers counted up from one base do."""
    if any(not isinstance(v, str) for v in samples if v is not None):
        return False
    values = {v.strip() for v in samples if isinstance(v, str) and v.strip()}
    if len(values) < _PHONES_MIN or not all(_PHONE_DIGITS.fullmatch(v) for v in values):
        return False
    return len({v.lstrip("+")[:_BASE_DIGITS] for v in values}) > 1


def document_number(tokens: Sequence[str], samples: Sequence[object]) -> bool:
    """Whether a column named for a document's number in Spanish or Portuguese holds identity
    documents' numbers: every sampled value (one at least) six to twelve digits."""
    if not _DOCUMENT_NUMBER.fullmatch("_".join(tokens)):
        return False
    values = [str(v).strip() for v in samples if v is not None and str(v).strip()]
    return bool(values) and all(_DOCUMENT_DIGITS.fullmatch(v) for v in values)


def _lettered_column(view: FieldView) -> list[SignalHit]:
    """What a column led by the table's word behind a letter says without the letter."""
    ctx = view.ctx
    table = tuple(w.lower() for w in view.tokenize(view.table_name))
    head = lettered_lead(view.tokens, table)
    if head is None:
        return []
    rest = "_".join((head, *view.tokens[1:]))
    sub = view.evaluate(replace(ctx, name=rest))
    vetoed = {h.entity for h in sub if h.veto}
    return [
        view.hit(
            h.entity,
            h.score,
            f"column name {ctx.name!r} is {rest!r} behind a letter of the table's name "
            f"({h.reason})",
        )
        for h in sub
        if not h.veto and h.score >= 0.5 and h.entity not in vetoed
    ]


def _persons_number(view: FieldView) -> bool:
    """Whether a column is a person's bare number (``admin_number`` in ``admins``, ``number``)
    in a table of people where no other column is a phone."""
    tokens = view.tokens
    head = view.table.head
    if tokens[-1] != "number" or len(tokens) > 2 or (len(tokens) == 2 and tokens[0] != head):
        return False
    phones = view.words.REACH - _MAIL_WORDS
    if any(set(view.tokenize(s)) & phones for s in view.ctx.siblings if s != view.ctx.name):
        return False
    return about_people(view.ctx) is not None


def _persons_table(view: FieldView) -> bool:
    """Whether the table is about people, or a bare sibling names its person in Spanish or
    Portuguese (``nombre``, ``apellidos``, ``nome``)."""
    if about_people(view.ctx) is not None:
        return True
    return any("_".join(view.tokenize(s)) in _PERSON_NAME_COLUMNS for s in view.ctx.siblings)


def leads_and_numbers(view: FieldView) -> list[SignalHit]:
    """A column led by the table's word behind a letter, a person's number of phone digits, a
    person's identity document's number in Spanish or Portuguese: the name signal's rule."""
    ctx, tokens = view.ctx, view.tokens
    if view.kind not in {"text", ""} or not tokens:
        return []
    if any(h.score >= 0.5 and not h.veto for h in view.hits):
        return []
    if lettered := _lettered_column(view):
        return lettered
    if _persons_number(view) and phone_digits(ctx.samples):
        reason = (
            f"column name {ctx.name!r} is a person's bare number, no other column of the row "
            "is a phone, and every sampled value is a phone's ten to twelve digits"
        )
        return [view.hit("PHONE_NUMBER", 0.6, reason)]
    if document_number(tokens, ctx.samples) and _persons_table(view):
        reason = (
            f"column name {ctx.name!r} is a document's number in a table of people and every "
            "sampled value is an identity document's digits"
        )
        return [view.hit("NATIONAL_ID", 0.6, reason)]
    return []
