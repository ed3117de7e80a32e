"""A rule of the seventieth round's second pass: several people's fields side by side in one
row, each person's marked by the same short tag (the name rule ``tagged_people``).

A form about a family, a marriage or a loan keeps each party's fields in one row, told apart
by a short tag before or after the field: ``fa_name``, ``fa_religion``, ``fa_id_number`` for
the father and ``mo_name``, ``mo_religion``, ``mo_id_number`` for the mother, or, in a schema
named in another language, ``nama_as``, ``agama_as`` read in English as ``as_name``,
``as_religion``. The tag abbreviates whose fields they are, and may read as an English word
(``is``, ``as``) that makes the column look like a flag. Each column is read without its tag
(``as_name`` as ``name``, beside the other fields read so too; a name, an address, an
identity number, a religion, a birth date, a phone, an e-mail and a gender are that person's
whatever the table: :data:`FIELD_ENTITIES`) when:

- the tag is one to three letters or digits, before or after the field (:func:`split_tag`);
- the column's group (the siblings with the same tag at the same place) holds three of a
  person's fields at least (:data:`PERSON_FIELDS`: a name, an address, an identity number, a
  religion, a birth date, an occupation, a phone), one of them a person's own (an identity
  number, a religion, a birth date or place, an occupation, a gender: a device or a firm has a
  name, an address, a phone and an age too);
- a second tag's group does as well: the row keeps several people, not one table's prefix.

A network flow's ``src_address``, ``src_name``, ``dst_address``, ``dst_name`` (no one's own
field) and one party's prefix (``cl_name``, ``cl_religion`` alone) are left alone.

>>> split_tag(("as", "national", "id")), split_tag(("name", "fa")), split_tag(("name",))
(('as', ('national', 'id'), 0), ('fa', ('name',), -1), None)
"""

from __future__ import annotations

from collections import defaultdict

from .base import SignalHit
from .name_view import FieldView

#: A person's fields, as their words read in English (singular).
PERSON_FIELDS = frozenset({
    ("name",), ("full", "name"), ("address",), ("national", "id"), ("id", "number"),
    ("religion",), ("occupation",), ("job",), ("birth", "date"), ("date", "of", "birth"),
    ("birth", "place"), ("phone",), ("phone", "number"), ("gender",), ("sex",), ("age",),
    ("email",), ("nationality",), ("education",), ("marital", "status"),
})  # fmt: skip
#: Of them, a person's own: a device or a firm has a name, an address and a phone too, and an
#: age or a job (a machine's, a print job) as often.
OWN_FIELDS = frozenset({
    ("national", "id"), ("id", "number"), ("religion",), ("occupation",), ("birth", "date"),
    ("date", "of", "birth"), ("birth", "place"), ("gender",), ("sex",), ("nationality",),
    ("marital", "status"),
})  # fmt: skip
#: What a tagged field is, and the entity it is, for the fields that are one in any table of
#: people; the others (an occupation, an age) are read as the column without its tag.
FIELD_ENTITIES = {
    ("name",): ("PERSON_NAME", "name"),
    ("full", "name"): ("PERSON_NAME", "name"),
    ("address",): ("STREET_ADDRESS", "address"),
    ("national", "id"): ("NATIONAL_ID", "identity number"),
    ("id", "number"): ("NATIONAL_ID", "identity number"),
    ("religion",): ("SENSITIVE_DEMOGRAPHIC", "religion"),
    ("birth", "date"): ("DATE_OF_BIRTH", "birth date"),
    ("date", "of", "birth"): ("DATE_OF_BIRTH", "birth date"),
    ("phone",): ("PHONE_NUMBER", "phone"),
    ("phone", "number"): ("PHONE_NUMBER", "phone"),
    ("email",): ("EMAIL_ADDRESS", "e-mail"),
    ("gender",): ("GENDER", "gender"),
    ("sex",): ("GENDER", "sex"),
}
#: The fewest fields a group holds.
MIN_FIELDS = 3
#: The longest tag.
MAX_TAG = 3


def split_tag(words: tuple[str, ...]) -> tuple[str, tuple[str, ...], int] | None:
    """A column's short tag, its field's words and the tag's place (0 before, -1 after), when
    the rest is a person's field (:data:`PERSON_FIELDS`); or None."""
    if len(words) < 2:
        return None
    for tag, rest, place in ((words[0], words[1:], 0), (words[-1], words[:-1], -1)):
        if len(tag) <= MAX_TAG and tag.isalnum() and rest in PERSON_FIELDS:
            return tag, rest, place
    return None


def _groups(view: FieldView, place: int) -> dict[str, set[tuple[str, ...]]]:
    """The person's fields of each tag at this place among the table's columns."""
    groups: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for column in view.ctx.siblings:
        found = split_tag(view.tokenize(column))
        if found is not None and found[2] == place:
            groups[found[0]].add(found[1])
    return groups


def _people_group(fields: set[tuple[str, ...]]) -> bool:
    return len(fields) >= MIN_FIELDS and bool(fields & OWN_FIELDS)


def tagged_people(view: FieldView) -> list[SignalHit]:
    """A person's field marked by a short tag that marks another person's fields in the same
    row too: read without the tag (the name signal's rule)."""
    if view.kind not in {"text", "number", ""} or any(
        h.score >= 0.5 and not h.veto for h in view.hits
    ):
        return []
    found = split_tag(view.tokens)
    if found is None:
        return []
    tag, field, place = found
    groups = _groups(view, place)
    if not _people_group(groups.get(tag, set())):
        return []
    if not any(_people_group(f) for t, f in groups.items() if t != tag):
        return []  # one party's prefix: the table's, read by the prefix rules
    why = (
        f"column name {view.ctx.name!r} is a person's field marked {tag!r}, as other people's "
        "fields in the row are marked by their own tags"
    )
    if field in FIELD_ENTITIES:
        entity, what = FIELD_ENTITIES[field]
        return [view.hit(entity, 0.6, f"{why}: that person's {what}")]
    untagged = []
    for column in view.ctx.siblings:
        other = split_tag(view.tokenize(column))
        untagged.append("_".join(other[1]) if other is not None and other[2] == place else column)
    return view.as_named(
        "_".join(field), f"{why}: read without it", siblings=tuple(dict.fromkeys(untagged))
    )
