"""A rule of the sixty-eighth round: one column named in another language in an English table
of people, as a developer adds their own fields to a framework's table (Laravel's ``users``
with a Spanish ``sexo``, a Django ``auth_user`` with a German ``geburtsdatum``).

:mod:`classifiers.languages` reads a table in another language only when most of its names
are written in it; a table whose names are mostly English is read as it is, and a column
named in another language there says nothing. :func:`foreign_column` reads such a column
alone when every word of its name belongs to one language or to several that read it alike
(``sexo``: Spanish and Portuguese, ``sex``), it reads as a person's own field or a way to
reach them (:data:`OWN_FIELDS`: a sex, a birth date, a surname, a phone, an address), and the
table is about people (:func:`~classifiers.people.about_people`). A column with an English
word (``tipo_user``), one that reads as something else (``tipo_usuario``: ``user_type``) or one
in a table of products (``productos``' ``sexo``) is left as it is.

>>> from classifiers.base import FieldContext
>>> users = ("id", "name", "email", "password", "sexo", "remember_token")
>>> foreign_column(FieldContext("s", "users", "sexo", siblings=users)).name
'sex'
>>> foreign_column(FieldContext("s", "products", "sexo", siblings=("id", "title", "sexo")))
"""

from __future__ import annotations

from dataclasses import replace

from .base import FieldContext
from .languages import lexicons, reading, tells, words
from .people import about_people

#: English words of a column read in another language that make it a person's own field or a
#: way to reach them.
OWN_FIELDS = frozenset({
    "sex", "gender", "birth", "surname", "surnames", "maiden", "nickname", "phone", "mobile",
    "address",
})  # fmt: skip


def languages_of(name: str) -> frozenset[str]:
    """The languages every word of a name (numbers aside) belongs to; none when a word is
    English or belongs to none.

    >>> sorted(languages_of("sexo")), sorted(languages_of("sexo_user")), sorted(languages_of("id"))
    (['Portuguese', 'Spanish'], [], [])
    """
    told = [tells(w) for w in words(name) if not w.isdigit()]
    if not told or not all(told):
        return frozenset()
    return frozenset.intersection(*told)


def foreign_column(ctx: FieldContext) -> FieldContext | None:
    """The field read in English when its name alone is in another language in an English
    table about people, and reads as a person's own field; None otherwise."""
    table = ctx.dataset.rsplit(".", 1)[-1]
    spoken = languages_of(ctx.name)
    if not spoken or reading(table, ctx.siblings or (ctx.name,)) is not None:
        return None
    read = {lex.read(ctx.name, None, frozenset()) for lex in lexicons() if lex.name in spoken}
    if len(read) != 1:
        return None
    (name,) = read
    if name == ctx.name or not set(words(name)) & OWN_FIELDS:
        return None
    if about_people(ctx) is None:
        return None
    return replace(ctx, name=name)
