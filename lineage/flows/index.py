"""Where the names SQL and database links use land in the scan: a table name (bare, schema
qualified or led by a system id) to a scanned dataset, a column name to its field id.

Table names are matched by name, a schema qualifier or a leading system id
(``analytics.daily_orders``), preferring the systems the caller names first.

>>> index = DatasetIndex([Dataset("shop", "public.customers"), Dataset("dw", "contacts")])
>>> index.resolve("customers", ["shop", "dw"])
'shop/public.customers'
>>> index.resolve("dw.contacts", ["shop"])
'dw/contacts'
>>> index.resolve("orders", ["shop"]) is None
True
>>> columns = ColumnIndex([Field("shop", "public.customers", "Email", "text")])
>>> columns.field_id("shop/public.customers", "email"), columns.field_id("dw/contacts", "id")
('shop/public.customers/Email', 'dw/contacts/id')
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from lineage.core.ids import child
from lineage.core.model import Dataset, Field


class DatasetIndex:
    """Scanned datasets by system and lower-case name, to place the tables SQL names."""

    def __init__(self, datasets: Iterable[Dataset]) -> None:
        self.by_system: dict[str, dict[str, Dataset]] = defaultdict(dict)
        #: Per system, each dotted tail of a dataset name (``customers`` of ``public.customers``).
        self.tails: dict[str, dict[str, list[Dataset]]] = defaultdict(lambda: defaultdict(list))
        for d in datasets:
            name = d.name.lower()
            self.by_system[d.system][name] = d
            parts = name.split(".")
            for i in range(1, len(parts)):
                self.tails[d.system][".".join(parts[i:])].append(d)
        self.systems = {sid.lower(): sid for sid in self.by_system}

    def resolve(self, table: str, prefer: Sequence[str], anywhere: bool = True) -> str | None:
        """The id of the dataset ``table`` names, looked for in ``prefer``'s systems in order,
        then (``anywhere``) in the others; a leading system id picks that system only. None when
        not found."""
        table = table.lower()
        head, _, rest = table.partition(".")
        order = [self.systems[head]] if rest and head in self.systems else []
        names = [rest] if order else [table]
        if not order:
            order = [s for s in prefer if s in self.by_system]
            if anywhere:
                order += sorted(s for s in self.by_system if s not in order)
        for sid in order:
            known = self.by_system[sid]
            for name in names:
                if name in known:
                    return known[name].id
                # A unique dataset whose name ends with the table's, or the reverse
                # (``db.public.customers`` for ``public.customers``).
                parts = name.split(".")
                near = {d.id for d in self.tails[sid].get(name, [])}
                near |= {
                    known[t].id for i in range(1, len(parts)) if (t := ".".join(parts[i:])) in known
                }
                if len(near) == 1:
                    return near.pop()
        return None


class ColumnIndex:
    """Scanned columns by dataset id and lower-case name, so a column SQL names (in any case)
    becomes the field id its dataset spells."""

    def __init__(self, fields: Iterable[Field]) -> None:
        self.by_dataset: dict[str, dict[str, str]] = defaultdict(dict)
        for f in fields:
            self.by_dataset[f.dataset_id][f.name.lower()] = f.name

    def names(self, dataset: str) -> tuple[str, ...]:
        """The column names of the dataset whose id is ``dataset`` (none when not scanned)."""
        return tuple(self.by_dataset.get(dataset, {}).values())

    def field_id(self, dataset: str, column: str) -> str:
        """The id of ``column`` of the dataset whose id is ``dataset``, spelt as the scan found
        it (as given when the dataset or column was not scanned)."""
        return column_id(dataset, self.by_dataset.get(dataset, {}).get(column, column))


def column_id(dataset: str, column: str) -> str:
    """The field id of ``column`` of the dataset whose id is ``dataset``.

    >>> column_id("shop/public.customers", "email")
    'shop/public.customers/email'
    """
    return child(dataset, column)
