"""A privacy engineer's decisions on fields, kept in git: accept, reject or relabel, with a reason.

``overrides.yaml`` (docs/classification.md#overrides) is applied after the classifiers. Each entry
names fields as ``system/dataset/field`` (each part an fnmatch glob) and the first entry matching a
field decides it. Every changed entity carries the ``override`` signal and an explanation naming
the file, the entry number and the reason.

>>> overrides = parse_overrides(
...     {"overrides": [{"field": "shop/orders/ref", "action": "relabel",
...                     "entities": ["PAYMENT_TOKEN"], "reason": "Adyen recurring reference"}]},
...     "overrides.yaml",
... )
>>> fields, warnings = apply_overrides([Field("shop", "orders", "ref", "text")], overrides)
>>> hit = fields[0].entities[0]
>>> hit.entity, hit.confidence, hit.signals
('PAYMENT_TOKEN', 1.0, ('override',))
>>> hit.explanation
'override (overrides.yaml #1): Adyen recurring reference'
>>> warnings
[]
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from classifiers.entities import ENTITIES
from lineage.core.config import read_yaml
from lineage.core.errors import ConfigError, UnknownNameError
from lineage.core.ids import SEP
from lineage.core.model import EntityHit, Field

SIGNAL = "override"

_GLOB = re.compile(r"[*?\[]")
_NO_REASON = (
    "every override needs a reason: say why the field is accepted, rejected or relabelled "
    "(who reviewed it and when helps the next reviewer)"
)


class Override(BaseModel):
    """One entry: which fields, what to do with them and why."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    #: ``system/dataset/field``; each part is an fnmatch glob (case-sensitive).
    field: str
    action: Literal["reject", "accept", "relabel"]
    entities: tuple[str, ...] = ()
    reason: str

    @field_validator("field")
    @classmethod
    def _three_parts(cls, value: str) -> str:
        value = value.strip()
        if len(value.split(SEP)) != 3 or not all(value.split(SEP)):
            raise ValueError(
                f"expected system/dataset/field, such as storefront/customers/notes or "
                f"*/*/legacy_*, got {value!r}"
            )
        return value

    @field_validator("reason")
    @classmethod
    def _has_reason(cls, value: str) -> str:
        if not value.strip():
            raise ValueError(_NO_REASON)
        return value.strip()

    @field_validator("entities")
    @classmethod
    def _no_repeats(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(value))

    @model_validator(mode="after")
    def _entities_fit_action(self) -> Override:
        if self.action == "reject" and self.entities:
            raise ValueError("entities: reject takes no entities (it removes them all)")
        if self.action == "relabel" and not self.entities:
            raise ValueError("entities: relabel needs the entities the field holds")
        return self

    def matches(self, f: Field) -> bool:
        """True when ``f`` is one of the fields this entry names.

        >>> o = Override(field="*/*/legacy_*", action="reject", reason="r")
        >>> o.matches(Field("shop", "public.customers", "legacy_notes", "text"))
        True
        >>> o.matches(Field("shop", "public.customers", "notes", "text"))
        False
        """
        system, dataset, name = self.field.split(SEP)
        return (
            fnmatchcase(f.system, system)
            and fnmatchcase(f.dataset, dataset)
            and fnmatchcase(f.name, name)
        )


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    overrides: tuple[Override, ...] = ()


@dataclass(frozen=True)
class Overrides:
    """The entries of one overrides file; ``source`` names the file in explanations."""

    source: str = "overrides.yaml"
    entries: tuple[Override, ...] = ()

    def note(self, index: int) -> str:
        """The explanation an entry leaves on the entities it changes (``index`` from 0)."""
        return f"{SIGNAL} ({self.source} #{index + 1}): {self.entries[index].reason}"


def load_overrides(
    path: str | os.PathLike[str], *, extra_entities: Iterable[str] = ()
) -> Overrides:
    """Read and validate an overrides file.

    ``extra_entities``: entity names besides piimap's own that entries may use (those of a user's
    recognizer files). Errors name the file, the entry number and the key.
    """
    path = Path(path)
    raw, _ = read_yaml(path, "overrides file", _quote_hint)
    overrides = parse_overrides(raw, str(path), extra_entities=extra_entities)
    return dataclasses.replace(overrides, source=path.name)


def _quote_hint(line: str) -> str | None:
    """An unquoted leading * is a YAML alias, not a glob."""
    if re.search(r"field:\s*\*", line):
        return 'quote a pattern that starts with *, as in "*/*/legacy_*"'
    return None


def parse_overrides(raw: Any, source: str, *, extra_entities: Iterable[str] = ()) -> Overrides:
    """Validate already-parsed YAML; ``source`` names the file in errors and explanations.

    >>> parse_overrides({"overrides": [{"field": "a/b/c", "action": "reject"}]}, "o.yaml")
    Traceback (most recent call last):
    ...
    lineage.core.errors.ConfigError: o.yaml: overrides #1 (a/b/c): reason: every override needs ...
    >>> parse_overrides({"overrides": [{"field": "a/b/c", "action": "accept",
    ...                  "entities": ["EMAIL_ADRESS"], "reason": "r"}]}, "o.yaml")
    Traceback (most recent call last):
    ...
    lineage.core.errors.UnknownNameError: o.yaml: ... entities: ... Did you mean 'EMAIL_ADDRESS'?
    """
    if raw is None:
        return Overrides(source=Path(source).name)
    if not isinstance(raw, dict):
        raise ConfigError(
            f"{source}: expected a mapping with an 'overrides' list at the top level."
        )
    try:
        parsed = _File.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, raw, source)) from None
    known = {*ENTITIES, *extra_entities}
    for i, entry in enumerate(parsed.overrides):
        for name in entry.entities:
            if name not in known:
                where = f"{source}: overrides #{i + 1} ({entry.field}): entities"
                raise UnknownNameError("entity", name, known, where=where)
    return Overrides(source=Path(source).name, entries=parsed.overrides)


def _describe(exc: ValidationError, raw: dict[str, Any], source: str) -> str:
    """One line naming the file, the entry (numbered from 1, with its pattern) and the key."""
    errors = exc.errors()
    first = errors[0]
    loc = list(first["loc"])
    where = source
    if len(loc) >= 2 and loc[0] == "overrides" and isinstance(loc[1], int):
        entry = raw["overrides"][loc[1]]
        pattern = entry.get("field") if isinstance(entry, dict) else None
        where += f": overrides #{loc[1] + 1}" + (
            f" ({pattern})" if isinstance(pattern, str) else ""
        )
        loc = loc[2:]
    key = ".".join(str(p) for p in loc)
    if first["type"] == "extra_forbidden":
        model = Override if where != source else _File
        known = list(model.model_fields)
        close = difflib.get_close_matches(str(loc[-1]), known, n=1)
        what = "unknown key" + (
            f"; did you mean {close[0]!r}?" if close else f"; expected one of {', '.join(known)}"
        )
    elif first["type"] == "missing":
        what = _NO_REASON if key == "reason" else "required key missing"
    else:
        what = first["msg"].removeprefix("Value error, ").replace("a valid tuple", "a list")
        value = first.get("input")
        if first["type"] != "value_error" and isinstance(value, str | int | float):
            what += f" (got {value!r})"
    if key and not what.startswith(f"{key}:"):
        what = f"{key}: {what}"
    more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
    return f"{where}: {what}{more}"


def apply_overrides(fields: Iterable[Field], overrides: Overrides) -> tuple[list[Field], list[str]]:
    """The fields with the overrides applied, and warnings about entries that never applied.

    Pass every scanned field (not only those with entities: ``accept`` can add an entity the
    classifiers missed) of the whole scan at once, so that an entry matching no field is a stale
    entry, reported in the warnings.
    """
    fields = list(fields)
    matched: set[int] = set()
    applied: set[int] = set()
    result = []
    for f in fields:
        hits = [i for i, entry in enumerate(overrides.entries) if entry.matches(f)]
        matched.update(hits)
        if hits:
            applied.add(hits[0])
            f = _apply(f, overrides.entries[hits[0]], overrides.note(hits[0]))
        result.append(f)
    warnings = []
    ids = [f.id for f in fields]
    for i, entry in enumerate(overrides.entries):
        where = f"{overrides.source} #{i + 1} ({entry.field})"
        if i not in matched:
            close = (
                []
                if _GLOB.search(entry.field)
                else difflib.get_close_matches(entry.field, ids, n=1)
            )
            hint = f"; did you mean {close[0]!r}?" if close else ""
            warnings.append(
                f"{where}: matches no scanned field; remove the stale entry or fix its "
                f"pattern{hint}"
            )
        elif i not in applied:
            warnings.append(
                f"{where}: never applies, because every field it matches is decided by an "
                f"earlier entry (the first matching entry wins)"
            )
    return result, warnings


def _apply(f: Field, entry: Override, note: str) -> Field:
    if entry.action == "reject":
        return dataclasses.replace(f, entities=())
    if entry.action == "relabel":
        hits = [EntityHit(e, 1.0, (SIGNAL,), note) for e in entry.entities]
        return dataclasses.replace(f, entities=_ordered(hits))
    confirmed = set(entry.entities or (h.entity for h in f.entities))
    kept = [_confirm(h, note) if h.entity in confirmed else h for h in f.entities]
    present = {h.entity for h in f.entities}
    added = [EntityHit(e, 1.0, (SIGNAL,), note) for e in entry.entities if e not in present]
    return dataclasses.replace(f, entities=_ordered(kept + added))


def _confirm(hit: EntityHit, note: str) -> EntityHit:
    explanation = f"{note}; {hit.explanation}" if hit.explanation else note
    signals = tuple(sorted({*hit.signals, SIGNAL}))
    return dataclasses.replace(hit, signals=signals, explanation=explanation)


def _ordered(hits: Iterable[EntityHit]) -> tuple[EntityHit, ...]:
    """Strongest first, as the classifiers order them."""
    return tuple(sorted(hits, key=lambda h: (-h.confidence, h.entity)))
