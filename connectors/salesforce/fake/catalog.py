"""What a fake org's queries run over: entities (data API or Tooling objects with their rows),
the relationships usable in SOQL paths, and the catalog of entities one identity can see.

>>> contact = Entity("Contact", False, {"email": {"name": "Email", "type": "email"}},
...                  rows=[{"Id": "003000000000001AAA", "AccountId": "001000000000001AAA"}])
>>> account = Entity("Account", False, {}, rows=[{"Id": "001000000000001AAA", "Name": "Acme"}])
>>> catalog = Catalog({"contact": contact, "account": account},
...                   {"001000000000001": (account, account.rows[0])})
>>> parent = Relationship("Account", ("Account",), id_field="AccountId")
>>> catalog.resolve(contact, contact.rows[0], parent)[1]["Name"]
'Acme'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]


@dataclass(frozen=True)
class Relationship:
    """A parent relationship usable in a SOQL path (``Account.Name``, ``EntityDefinition.X``)."""

    name: str
    targets: tuple[str, ...]
    id_field: str | None = None  # the reference field holding the parent's Id
    embedded: bool = False  # the parent row sits inline in the child row


@dataclass
class Entity:
    """One queryable object, data API or Tooling, with its rows.

    ``fields`` maps lowercase names to describe-like dicts (at least ``name`` and ``type``).
    """

    name: str
    tooling: bool
    fields: dict[str, dict[str, Any]]
    relationships: dict[str, Relationship] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # describeGlobal facts (data objects)
    field_definitions: dict[str, dict[str, Any]] = field(default_factory=dict)
    url_key: str = "Id"
    #: Tooling SOQL limitations (no OR, NOT, !=, aggregates; LIMIT ignored; never paginated).
    restricted: bool = False
    #: A WHERE on one of these paths is required ("a filter on a reified column is required").
    reified: tuple[str, ...] = ()
    #: Selecting one of these needs a query that returns at most one row.
    single_row_fields: frozenset[str] = frozenset()
    page_cap: int | None = None
    max_rows: int | None = None
    #: Data objects that refuse a query without ``=``/``IN`` on one of these fields (Vote).
    required_filter: tuple[str, ...] = ()


@dataclass
class Catalog:
    """The entities one identity can see, and data rows by (15-character) Id for relationships."""

    entities: dict[str, Entity]
    by_id: dict[str, tuple[Entity, Row]]

    def resolve(self, entity: Entity, row: Row, rel: Relationship) -> tuple[Entity, Row] | None:
        """The parent row of ``row`` through ``rel``, or None."""
        if rel.embedded:
            nested = row.get(rel.name)
            target = self.entities.get(rel.targets[0].lower())
            return (target, nested) if target and isinstance(nested, dict) else None
        parent_id = row.get(rel.id_field or "")
        found = self.by_id.get(str(parent_id)[:15]) if parent_id else None
        return found if found and found[0].name in rel.targets else None
