"""Columns led by the table's word behind a letter, a person's bare number, a document's number
in Spanish or Portuguese and coordinates in the plural: the name rule ``leads_and_numbers``.

- A column whose first word is the table's last word, singular, behind one letter that is the
  initial of an earlier word of the table's name (``bcustomer_name`` in
  ``tbl_bakery_customers``, as an application with two lines of business names each one's
  columns) says what it says without the letter, when the scheme shows a table of people: two
  other columns carry the same lead and one of them is a person's contact or address field
  (``bcustomer_email``, ``bcustomer_city``; :func:`lettered_lead`, :func:`lettered_people`).
- A person's bare ``number`` (a bare ``number``, or ``admin_number`` in ``admins``) whose sampled
  values are all ten to twelve digits, not counted up from one base, is their phone number
  when the row keeps an e-mail and no phone (:func:`phone_digits`); not for people a record
  numbers (a student's, a patient's, a member's, a customer's number).
- A document's number in Spanish or Portuguese (``numero_documento``, ``nro_documento``,
  ``documento_identidad``) or English (``document_number``, ``id_document_no``) whose sampled
  values are an identity document's digits (after one to three letters too), in a table named
  for people (``clientes``, ``usuario``, ``alunos``) or beside a name and a surname, and
  beside no company's registration, is the person's identity document's number
  (:func:`document_number`); an invoice's, a product's or a company's is not.
- Coordinates named in the plural (``latitudes``) read as the singular in a table of people or
  keyed to a person, or when every sampled value is one coordinate (:func:`one_coordinate`):
  a track's, a route's or a grid's series are not.
- A longitude misspelt ``lang`` (for ``lng``) beside a latitude of the same lead (``lat``,
  ``home_lat``) reads as ``longitude`` when every sampled value (one at least) is a number with
  a fraction within a longitude's bounds (:func:`misspelt_longitude`); a language's ``lang``
  (``en``, ``fr-CA``), and one beside no latitude, is left alone.

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
>>> people_table(("tbl", "clientes")), people_table(("pacientes",)), people_table(("facturas",))
(True, True, False)
>>> one_coordinate(("latitudes",), ("52.5089", "-0.26")), one_coordinate(("latitudes",), ("0,6",))
(True, False)
>>> misspelt_longitude(("lang",), [("lat",)], ("-3.7038", "151.2093"))
True
>>> misspelt_longitude(("lang",), [("lat",)], ("en", "de"))
False
>>> misspelt_longitude(("lang",), [], ("2.35",))
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import SignalHit
from .name_tokens import singular
from .name_view import FieldView, person_key_sibling
from .people import about_people, named_for_people

#: Shortest table word a letter may lead (``user`` of ``tbl_shop_users``).
_HEAD_MIN = 4
#: Columns besides the one read that a letter's scheme needs, one a person's contact or address
#: field without the letter (``ccustomer_email``, ``ccustomer_city``).
_SCHEME_MIN = 2
_ADDRESS_FIELDS = frozenset({
    "address", "city", "town", "pincode", "postcode", "zip", "zipcode", "landmark", "dob",
    "birth", "birthday",
})  # fmt: skip
#: A phone's digits as a person's bare ``number`` keeps them: ten to twelve, perhaps after a ``+``.
_PHONE_DIGITS = re.compile(r"\+?\d{10,12}")
#: How many distinct sampled values at the least, and how many leading digits numbers counted up
#: from one base share (``4000100231``, ``4000100245``).
_PHONES_MIN = 3
_BASE_DIGITS = 4
#: Words of a way to reach someone by mail, not by phone.
_MAIL_WORDS = frozenset({"email", "mail"})
#: People a record numbers: their ``<head>_number`` is a student's, a patient's or a member's
#: number far more often than a phone (``demographics._NUMBERED_PEOPLE`` and more).
_NUMBERED_PEOPLE = frozenset({
    "emp", "employee", "staff", "worker", "student", "member", "customer", "cust", "client",
    "user", "patient", "driver", "donor", "seller", "agent", "player", "patron", "passenger",
    "policyholder",
})  # fmt: skip
#: A document's number in Spanish or Portuguese: a number word, then ``documento``, perhaps of
#: identity, or the number of an identification.
_DOCUMENT_NUMBER = re.compile(
    r"(?:(?:numero|num|nro|no|nr)_(?:de_|do_)?)?documento_(?:de_)?identidad"
    r"|(?:numero|num|nro|no|nr)_(?:de_|do_)?documento(?:_(?:de_)?identidad)?"
    r"|(?:numero|num|nro|no|nr)_(?:de_)?identificacion"
    r"|(?:(?:identity|id|identification)_)?document_(?:number|no|nr|num)"
)
#: An identity document's number: six to twelve digits, perhaps in groups of dots, with a
#: closing letter or after one to three (``52.123.456``, ``12345678Z``, ``AB1234567``).
_DOCUMENT_DIGITS = re.compile(r"\d{1,3}(?:\.\d{3}){1,3}|(?:[A-Za-z]{1,3}-?)?\d{6,12}[A-Za-z]?")
#: Spanish and Portuguese table words whose rows are people, singular (``clientes``,
#: ``tbl_usuarios``, ``alunos``).
_PEOPLE_WORDS = frozenset({
    "cliente", "paciente", "empleado", "empleada", "usuario", "usuaria", "socio", "socia",
    "alumno", "alumna", "aluno", "aluna", "estudiante", "estudante", "afiliado", "beneficiario",
    "funcionario", "colaborador", "titular", "persona", "pessoa", "trabajador", "trabalhador",
    "miembro", "membro", "asociado", "associado", "docente", "profesor", "professor",
    "candidato", "huesped", "hospede", "inquilino", "ciudadano", "cidadao", "votante", "eleitor",
})  # fmt: skip
#: Leading words of a table's name that are no head (``tbl_clientes``).
_TABLE_PREFIXES = frozenset({"tbl", "tb", "tab", "t"})
#: A bare sibling that names a person, and one that gives their surname, in Spanish or
#: Portuguese, or as the classifier reads a table in those languages in English
#: (:mod:`classifiers.languages`): a ``nombre`` alone is a product's or a company's as often.
_NAME_COLUMNS = frozenset({"nombre", "nombres", "nome", "name", "names"})
_SURNAME_COLUMNS = frozenset({
    "apellido", "apellidos", "primer_apellido", "segundo_apellido", "sobrenome", "apelido",
    "surname", "surnames", "second_surname",
})  # fmt: skip
#: Siblings of a company's registration or trade name, and their English reading: the row's
#: document is a company's.
_COMPANY_COLUMNS = frozenset({
    "razon_social", "razao_social", "nit", "ruc", "cnpj", "nombre_comercial", "nome_fantasia",
    "company_name", "trading_name",
})  # fmt: skip
#: Coordinates named in the plural, and the bounds of one.
_PLURAL_COORDINATES = {"latitudes": 90.0, "longitudes": 180.0}


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


def lettered_people(view: FieldView, head: str) -> bool:
    """Whether two columns or more besides this one are led by one letter and ``head``
    (``ccustomer_email``, ``ccustomer_city``) and one of them, without the letter, is a
    person's contact or address field: a scheme of two lines of business naming their
    customers' columns, not a software's ``mplayer_version`` or ``ddriver_status``."""
    fields = view.words.REACH | _ADDRESS_FIELDS
    leads: dict[str, list[set[str]]] = {}
    for sibling in view.ctx.siblings:
        words = view.tokenize(sibling)
        if sibling != view.ctx.name and len(words) > 1 and words[0][1:] == head:
            leads.setdefault(words[0], []).append(set(words[1:]))
    return any(
        len(rest) >= _SCHEME_MIN and any(w & fields for w in rest) for rest in leads.values()
    )


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


def people_table(table: Sequence[str]) -> bool:
    """Whether a table's name, in Spanish or Portuguese, says its rows are people: its first
    word after a ``tbl`` prefix, the head of a Spanish or Portuguese name, is a people word
    (``clientes``, ``tbl_usuario``; not ``facturas_clientes``, an invoice's)."""
    words = [w for w in table if w not in _TABLE_PREFIXES]
    if not words:
        return False
    head = words[0]
    return bool({head, head[:-1], head[:-2]} & _PEOPLE_WORDS)


def one_coordinate(tokens: Sequence[str], samples: Sequence[object]) -> bool:
    """Whether a column named for coordinates in the plural holds one coordinate a row: every
    sampled value (one at least) a single number within a latitude's or a longitude's bounds,
    not a track's array, a grid's range or a band's pair."""
    bound = _PLURAL_COORDINATES.get(tokens[-1]) if tokens else None
    values = [str(v).strip() for v in samples if v is not None and str(v).strip()]
    if bound is None or not values:
        return False
    for v in values:
        try:
            number = float(v)
        except ValueError:
            return False
        if not -bound <= number <= bound:
            return False
    return True


#: A longitude's value: a number with a fraction (``-3.7038``, ``151.2093``).
_FRACTION = re.compile(r"[-+]?\d{1,3}\.\d+")


def misspelt_longitude(
    tokens: Sequence[str], siblings: Sequence[Sequence[str]], samples: Sequence[object]
) -> bool:
    """Whether a column named ``lang`` (after a lead perhaps) is a longitude misspelt for
    ``lng``: a sibling of the same lead is ``lat``, and every sampled value (one at least) is a
    number with a fraction within a longitude's bounds."""
    if not tokens or tokens[-1] != "lang" or (*tokens[:-1], "lat") not in map(tuple, siblings):
        return False
    values = [str(v).strip() for v in samples if v is not None and str(v).strip()]
    return bool(values) and all(_FRACTION.fullmatch(v) and abs(float(v)) <= 180 for v in values)


def _lettered_column(view: FieldView) -> list[SignalHit]:
    """What a column led by the table's word behind a letter says without the letter, in a
    scheme of a table of people."""
    ctx = view.ctx
    head = lettered_lead(view.tokens, view.table_words)
    if head is None or not lettered_people(view, head):
        return []
    rest = "_".join((head, *view.tokens[1:]))
    return view.as_named(
        rest, f"column name {ctx.name!r} is {rest!r} behind a letter of the table's name"
    )


def _persons_number(view: FieldView) -> bool:
    """Whether a column is a person's bare number (``admin_number`` in ``admins``, ``number``)
    in a table of people whose row keeps an e-mail and no phone; not the number of people a
    record numbers (``student_number``, ``customer_number``)."""
    tokens, head = view.tokens, view.table.head
    if tokens[-1] != "number" or len(tokens) > 2 or (len(tokens) == 2 and tokens[0] != head):
        return False
    if len(tokens) == 2 and head in _NUMBERED_PEOPLE:
        return False
    phones = view.words.REACH - _MAIL_WORDS
    others = [set(view.tokenize(s)) for s in view.ctx.siblings if s != view.ctx.name]
    if any(w & phones for w in others) or not any(w & _MAIL_WORDS for w in others):
        return False
    return about_people(view.ctx) is not None


def _persons_table(view: FieldView) -> bool:
    """Whether a table with a document's number in Spanish or Portuguese holds people: named
    for them (in English, Spanish or Portuguese), or, for a document's number, with a name and
    a surname beside it; never beside a company's registration (``razon_social``, ``nit``)."""
    siblings = {"_".join(view.tokenize(s)) for s in view.ctx.siblings}
    if siblings & _COMPANY_COLUMNS:
        return False
    if people_table(view.table_words) or named_for_people(view.ctx) is not None:
        return True
    return (
        "identificacion" not in view.tokens
        and bool(siblings & _NAME_COLUMNS)
        and bool(siblings & _SURNAME_COLUMNS)
    )


def _plural_coordinates(view: FieldView) -> list[SignalHit]:
    """What coordinates named in the plural say as the singular, in a table of people or keyed
    to a person, or holding one coordinate a row."""
    ctx, tokens = view.ctx, view.tokens
    if not tokens or tokens[-1] not in _PLURAL_COORDINATES:
        return []
    if not one_coordinate(tokens, ctx.samples) and (
        about_people(ctx) is None and person_key_sibling(view, view.words.PEOPLE) is None
    ):
        return []
    single = "_".join((*tokens[:-1], tokens[-1][:-1]))
    return view.as_named(single, f"column name {ctx.name!r} is {single!r} in the plural")


def leads_and_numbers(view: FieldView) -> list[SignalHit]:
    """A column led by the table's word behind a letter, a person's number of phone digits, a
    person's identity document's number in Spanish or Portuguese, coordinates in the plural:
    the name signal's rule."""
    ctx, tokens = view.ctx, view.tokens
    if not tokens or any(h.score >= 0.5 and not h.veto for h in view.hits):
        return []
    if view.kind in {"text", "", "number"} and (plural := _plural_coordinates(view)):
        return plural
    siblings = [view.tokenize(s) for s in ctx.siblings]
    if view.kind in {"text", "", "number"} and misspelt_longitude(tokens, siblings, ctx.samples):
        single = "_".join((*tokens[:-1], "longitude"))
        why = f"column name {ctx.name!r} is {single!r} misspelt, beside the latitude"
        return view.as_named(single, why)
    if view.kind not in {"text", ""}:
        return []
    if lettered := _lettered_column(view):
        return lettered
    if _persons_number(view) and phone_digits(ctx.samples):
        reason = (
            f"column name {ctx.name!r} is a person's bare number, the row keeps an e-mail and "
            "no phone, and every sampled value is a phone's ten to twelve digits"
        )
        return [view.hit("PHONE_NUMBER", 0.6, reason)]
    if document_number(tokens, ctx.samples) and _persons_table(view):
        reason = (
            f"column name {ctx.name!r} is a document's number in a table of people and every "
            "sampled value is an identity document's digits"
        )
        return [view.hit("NATIONAL_ID", 0.6, reason)]
    return []
