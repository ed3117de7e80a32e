"""A database's catalog as the SQL connectors read it: its relations, their columns, and the
server's own facts.

>>> table = TableInfo("shop", "customer", columns=[ColumnInfo("email", "varchar(255)")])
>>> table.dataset_name, table.sampled_kinds, table.columns[0].nullable
('shop.customer', True, True)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from lineage.core.model import Control, Fact, ForeignKey


class ColumnInfo(NamedTuple):
    """A column as the catalog describes it (a tuple: 40,000 of them are made per 2,000 tables)."""

    name: str
    data_type: str
    nullable: bool = True
    comment: str = ""
    position: int = 0


@dataclass
class TableInfo:
    """One relation as the catalog describes it."""

    schema: str
    name: str
    kind: str = "table"
    comment: str = ""
    row_estimate: int | None = None
    row_evidence: str = ""
    readable: bool = True
    unreadable_reason: str = ""
    #: Columns the scan role may not read (it holds column grants on the others only): listed
    #: from the catalog, but their values are not sampled.
    hidden_columns: frozenset[str] = frozenset()
    view_definition: str | None = None
    columns: list[ColumnInfo] = field(default_factory=list)
    primary_key: tuple[str, ...] = ()
    foreign_keys: list[ForeignKey] = field(default_factory=list)
    at_rest: Control | None = None

    @property
    def dataset_name(self) -> str:
        return f"{self.schema}.{self.name}" if self.schema else self.name

    @property
    def sampled_kinds(self) -> bool:
        return self.kind in ("table", "partitioned table", "materialized view")


@dataclass
class SystemFacts:
    """What the server says about itself: version and settings, TLS of the scan's connection,
    at-rest markers."""

    facts: list[Fact] = field(default_factory=list)
    transit: Control = field(default_factory=Control)
    at_rest: Control = field(default_factory=Control)
