"""Whether a field's table is about people, and what kind of type a column has: the context the
free-text and photo signals need (a ``notes`` column or a ``photo`` is personal data when the
table's rows are people, not when they are products).

A table is about people when its name's head noun is a people word of
:class:`~classifiers.name_words.NameWords` (``customers``, ``staff``, ``hr.employee_records``),
or names records kept about one person (``employee_notes``, ``user_photos``: a people word, then
notes, comments, photos, documents...), or is one person's identity document and nothing else
(``driving_licences``, ``passports``) with a column that names a trait of the holder (a sex, a
hair colour, a birth, a name), or keeps sign-ups with a way to reach who signed up
(``newsletter_signups`` with an ``email``), or when its other columns name at least two person
fields (first and last name, e-mail, phone, birth date, gender). ``customer_groups`` is not:
its rows are groups; nor are ``api_clients`` or ``service_accounts``: machines, not people; nor
tables of organisations, places or animals (``department_stores``, ``locations``, ``dogs``), even
when their columns name a phone and an e-mail, nor a site's own pages (``cms_pages`` with a
``title`` and no column naming a person).

>>> from classifiers.base import FieldContext
>>> about_people(FieldContext("s", "public.employees", "notes"))
"table 'public.employees' holds people"
>>> about_people(FieldContext("s", "public.t1", "notes", siblings=("first_name", "email")))
"the table's columns name person fields (email, first)"
>>> about_people(FieldContext("s", "public.products", "description")) is None
True
>>> about_people(FieldContext("s", "crm.customer_notes", "body"))
"table 'crm.customer_notes' holds records about people"
>>> about_people(FieldContext("s", "customer_groups", "description")) is None
True
>>> about_people(FieldContext("s", "auth.service_accounts", "description")) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .base import FieldContext
from .details_and_slots import details_person
from .holders_and_records import holder_trait, identity_document
from .name_tokens import Tokenizer, singular, table_name
from .name_words import NameWords, person_fields, stray_orphan
from .organisations import ORGANISATION_TABLES, PLACE_TABLES, SALES_RECORDS
from .pages_and_signups import own_pages, signup_contact
from .row_people import MACHINES


def words(text: str) -> frozenset[str]:
    """A word set written as one string, as :mod:`classifiers.name_words` writes them."""
    return frozenset(text.split())


_TOKENIZER = Tokenizer(NameWords().split_words(), NameWords.PAIRED_GLUE)
#: Table heads of records kept about one person, after a people word (``employee_notes``).
_RECORDS_OF = words("""
    note comment remark review feedback message photo picture image avatar portrait document
    attachment file profile bio biography resume cv
""")
#: Table words of machine accounts, whose rows are no people (``api_clients``, ``service_users``).
#: The program words of :data:`classifiers.row_people.MACHINES`, and ``service``, ``daemon`` and
#: ``webhook``: a table named for them is no one's (a service's users are people only before
#: ``users``, which that list leaves to the name rules).
_MACHINES = MACHINES | words("service daemon webhook")
#: Table heads whose rows are animals: a dog's birth date, sex and weight are no person's.
ANIMALS = words("""
    animal pet dog cat horse cow cattle livestock sheep pig bird fish puppy kitten breed
""")
#: Table heads of what people gave (``health_donations``, ``toy_gifts``, ``book_pledges``).
GIFTS = words("donation gift pledge offering")
_BINARY = re.compile(r"bytea|blob|binary|varbinary|^image$|^raw\b|long raw", re.I)
_NOT_TEXT = re.compile(
    r"^(bool|boolean|bit|tinyint\(1\)|(big|small|tiny|medium)?int|integer|serial|bigserial|"
    r"numeric|decimal|float|double|real|money|number|date|datetime|timestamp|time|interval|"
    r"uuid|inet|cidr|macaddr|year)\b",
    re.I,
)


#: Lower-case words of an identifier (``profilePhotoURL``: ``profile photo url``): the
#: tokenizer's own method, without a call around it (asked of every column's siblings).
tokens = _TOKENIZER.tokens


def about_people(ctx: FieldContext) -> str | None:
    """Why the field's table is about people (a reason for users), or None when it is not."""
    return _about_people(ctx.dataset, ctx.name, ctx.siblings, ctx.empty_siblings)


@lru_cache(maxsize=4096)
def _about_people(
    dataset: str, name: str, siblings: tuple[str, ...], empty_siblings: frozenset[str]
) -> str | None:
    """:func:`about_people` of a field, kept per field: the free-text and demographics signals
    both ask it, and the answer reads nothing else of the field."""
    ctx = FieldContext("", dataset, name, siblings=siblings, empty_siblings=empty_siblings)
    by_name = _table_reason(ctx.dataset)
    if by_name is not None:
        return by_name or None
    if (holder := _document_holder(ctx)) is not None:
        return holder
    decided, reason = _table_columns_reason(dataset, siblings, empty_siblings)
    if decided:
        return reason
    # the other columns' fields, whatever words the field shares with them (``birth_place``
    # beside ``birth_date`` and ``sex``)
    others = tuple(s for s in filled_siblings(ctx) if s != ctx.name)
    named = sorted(_sibling_fields(others))
    if len(named) >= 2:
        return f"the table's columns name person fields ({', '.join(named[:4])})"
    return None


@lru_cache(maxsize=1024)
def _table_columns_reason(
    dataset: str, siblings: tuple[str, ...], empty_siblings: frozenset[str]
) -> tuple[bool, str | None]:
    """What a table's columns say of :func:`about_people` whatever the field: sign-ups with a
    way to reach who signed up, a site's pages (no one's) or one person's details, as
    (decided, reason); kept per table, as every field of it asks the same."""
    ctx = FieldContext("", dataset, "", siblings=siblings, empty_siblings=empty_siblings)
    if (signup := _signups(ctx)) is not None:
        return True, signup
    if own_pages(tokens(table_name(dataset)), [tokens(c) for c in siblings]):
        return True, None  # a site's pages: its contact page's e-mail and text are the site's
    if (details := details_table(dataset, siblings)) is not None:
        return True, details
    return False, None


def named_for_people(ctx: FieldContext) -> str | None:
    """Why the table's *name* says its rows are people (a reason), or None: a people word
    (``donors``), sign-ups with a way to reach who signed up, or what people gave
    (``health_donations``). Unlike :func:`about_people`, two person fields among the columns are
    not enough: an e-mail and a phone are any organisation's, venue's or project's contacts.

    >>> named_for_people(FieldContext("s", "toy_donations", "location"))
    "table 'toy_donations' keeps what people gave"
    >>> named_for_people(FieldContext("s", "breweries", "location", siblings=("email", "phone")))
    """
    by_name = _table_reason(ctx.dataset)
    if by_name is not None:
        return by_name or None
    if (signup := _signups(ctx)) is not None:
        return signup
    heads = table_heads(ctx.dataset)
    if heads and heads[-1] in GIFTS:
        return f"table {ctx.dataset!r} keeps what people gave"
    return None


def filled_siblings(ctx: FieldContext) -> tuple[str, ...]:
    """The table's columns that hold something in the rows sampled: a person field empty in
    every row (a company's ``firstname``) says no person is in them.

    >>> filled_siblings(FieldContext("s", "t", "phone", siblings=("first_name", "phone"),
    ...     empty_siblings=frozenset({"first_name"})))
    ('phone',)
    """
    if not ctx.empty_siblings:
        return ctx.siblings
    return tuple(s for s in ctx.siblings if s not in ctx.empty_siblings)


@lru_cache(maxsize=4096)
def details_table(dataset: str, siblings: tuple[str, ...]) -> str | None:
    """Why a table holds more of one person's details (``cl_member_personal_info`` keyed by
    ``mpi_member_id``: :func:`~classifiers.details_and_slots.details_person`), or None."""
    table = tokens(table_name(dataset))
    person = details_person(table, [tokens(s) for s in siblings])
    if person is None:
        return None
    return f"table {dataset!r} holds more of one {person}'s details, keyed by the {person}"


@lru_cache(maxsize=4096)
def _table_reason(dataset: str) -> str | None:
    """What the table's name says: people (a reason), not people ("", machine accounts), or
    nothing (None)."""
    heads = table_heads(dataset)
    if set(heads) & _MACHINES:
        return ""
    if heads and heads[-1] in ORGANISATION_TABLES | PLACE_TABLES | SALES_RECORDS:
        return ""  # a store's or a deal's phone and e-mail do not make its rows people
    if heads and heads[-1] in ANIMALS:
        return ""
    if heads and heads[-1] in NameWords.PEOPLE:
        return f"table {dataset!r} holds people"
    if heads and heads[-1] in _RECORDS_OF and set(heads[:-1]) & NameWords.PEOPLE:
        return f"table {dataset!r} holds records about people"
    return None


def _document_holder(ctx: FieldContext) -> str | None:
    """Why a table of identity documents (``passports``) is about their holders: one of its
    columns names a trait only the holder has (a sex, a hair colour, a birth, a name). A card
    stock's ``id_cards`` or a CMS's ``identity_documents`` have none."""
    document = _identity_document(ctx.dataset)
    if document is None:
        return None
    columns = (ctx.name, *filled_siblings(ctx))
    trait = next((c for c in columns if holder_trait(tokens(c))), None)
    if trait is None:
        return None
    return f"table {ctx.dataset!r} holds {document}, each one person's ({trait!r} is the holder's)"


@lru_cache(maxsize=1024)
def _identity_document(dataset: str) -> str | None:
    """The identity document a table's rows are (:func:`identity_document`), per table."""
    return identity_document(table_heads(dataset))


def _signups(ctx: FieldContext) -> str | None:
    """Why a table of sign-ups (``newsletter_signups``) is about who signed up: a column
    reaches them (a phone, an e-mail)."""
    columns = filled_siblings(ctx)
    reach = signup_contact(table_heads(ctx.dataset), [tokens(c) for c in columns])
    if reach is None:
        return None
    return (
        f"table {ctx.dataset!r} keeps sign-ups and column {columns[reach]!r} reaches who signed up"
    )


@lru_cache(maxsize=4096)
def about_animals(dataset: str) -> str | None:
    """The animal a table's rows are (``dogs``: ``dog``), or None.

    >>> about_animals("kennel.dogs"), about_animals("customers")
    ('dog', None)
    """
    heads = table_heads(dataset)
    return heads[-1] if heads and heads[-1] in ANIMALS else None


#: Words after an animal's word that make a column the row's own animal (``animal_name``,
#: ``species_id``, ``animal_type``): a kill's, a catch's or a visit's animal.
_ANIMAL_TAILS = words("id name type kind code species breed fk")
#: Column words of an animal's sex or age (``sex``, ``age_class``): the row's animal's when a
#: column names the animal (:func:`animal_trait`).
ANIMAL_TRAITS = words("sex gender age")
_TRAIT_BANDS = words("class group category band")
#: Heads of a column naming a person's own pet (``pet_breed``, ``dog_name``): a customer's or
#: a member's pet, not the animal the row is about.
_PETS = words("pet pets dog dogs cat cats puppy kitten")


def animal_trait(parts: Sequence[str]) -> bool:
    """Whether a column's words are only a sex or an age band (``sex``, ``age_class``), which
    may be an animal's.

    >>> animal_trait(["age", "class"]), animal_trait(["gender"]), animal_trait(["age", "limit"])
    (True, True, False)
    """
    return bool(set(parts) & ANIMAL_TRAITS) and set(parts) <= ANIMAL_TRAITS | _TRAIT_BANDS


def animal_column(siblings: tuple[str, ...]) -> str | None:
    """The column that names the row's animal (``animal_name``, ``species``, ``breed_id``), or
    None: a hunt's kill, an angler's catch or a vet's visit names the animal it is about, so a
    bare ``sex`` or ``age_class`` beside it is the animal's, even with a key to the hunter. A
    person's own field beside it (a first name, a birth date, an e-mail) makes the row the
    person's (a member's ``favourite_animal`` names no row's animal either), and a column
    naming a person's pet (``pet_breed``, ``dog_name``) is the customer's or the member's.

    >>> animal_column(("id", "hunter_id", "animal_name", "sex", "age_class"))
    'animal_name'
    >>> animal_column(("id", "first_name", "species", "sex")), animal_column(("favourite_animal",))
    (None, None)
    >>> animal_column(("customer_id", "username", "pet_breed", "gender")) is None
    True
    """
    split = [tokens(s) for s in siblings]
    if person_fields(split) - {"gender"}:
        return None
    for sibling, found in zip(siblings, split, strict=True):
        if not found or set(found) & NameWords.PEOPLE:
            continue
        head = found[0]
        if head in _PETS:
            continue  # a person's own pet
        animal = head in ANIMALS or singular(head) in ANIMALS or head == "species"
        if animal and all(w in _ANIMAL_TAILS for w in found[1:]):
            return sibling
    return None


def table_heads(dataset: str) -> list[str]:
    """The words of a table's name that say what its rows are, singular, filler left out."""
    words = [singular(w) for w in tokens(table_name(dataset))]
    heads = [w for w in words if w not in NameWords.TABLE_FILLER and not w.isdigit()]
    if stray_orphan(tokens(table_name(dataset))):
        heads = [w for w in heads if w != "orphan"]
    if len(heads) >= 2 and heads[-1] in NameWords.ACCOUNT_HEADS and heads[-2] in NameWords.PEOPLE:
        heads.pop()  # ``user_accounts``: a user's account, about the user
    return heads


@lru_cache(maxsize=4096)
def _sibling_fields(siblings: tuple[str, ...]) -> frozenset[str]:
    """Person fields among the siblings (two of them make the table's rows people)."""
    return person_fields(tokens(s) for s in siblings)


def is_binary(data_type: str) -> bool:
    """Whether the declared type holds bytes (``bytea``, ``longblob``, ``varbinary(255)``)."""
    return bool(_BINARY.search(data_type.strip()))


def is_text(data_type: str) -> bool:
    """Whether the declared type may hold text: not a number, flag, date, key or bytes (an
    unknown or empty type counts as text)."""
    t = data_type.strip()
    return not (_NOT_TEXT.search(t) or is_binary(t))
