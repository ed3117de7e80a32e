"""snapshot.json: the one artefact every report, diff and API call is rendered from.

Deterministic: keys and lists are sorted, nothing time-dependent is written beyond the scan's own
time, so the same estate gives the same bytes. It never holds a sampled value or a secret.

>>> from lineage.core.model import Snapshot, System
>>> s = Snapshot(scanned_at="2026-01-01T00:00:00Z", piimap_version="0",
...              systems=(System("a", "sqlite"),))
>>> loads(dumps(s)) == s
True
"""

from __future__ import annotations

import dataclasses
import gc
import json
import math
import os
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

from .errors import SnapshotError
from .model import SCHEMA_VERSION, Snapshot

T = TypeVar("T")


def normalised(snapshot: Snapshot) -> Snapshot:
    """The snapshot with every list in its canonical order."""
    return dataclasses.replace(
        snapshot,
        systems=tuple(sorted(snapshot.systems, key=lambda s: s.id)),
        datasets=tuple(sorted(snapshot.datasets, key=lambda d: (d.system, d.name))),
        fields=tuple(
            sorted(snapshot.fields, key=lambda f: (f.system, f.dataset, f.position, f.name))
        ),
        flows=tuple(sorted(snapshot.flows, key=lambda f: f.id)),
        gaps=tuple(sorted(snapshot.gaps, key=lambda g: (g.control, g.subject, g.evidence))),
        issues=tuple(sorted(snapshot.issues, key=lambda i: (i.subject, i.kind, i.message))),
        principals=tuple(
            dataclasses.replace(p, member_of=tuple(sorted(set(p.member_of))))
            for p in sorted(snapshot.principals, key=lambda p: (p.system, p.name))
        ),
        grants=tuple(
            sorted(
                set(snapshot.grants),
                key=lambda g: (g.system, g.principal, g.dataset, g.fields, g.privilege, g.evidence),
            )
        ),
    )


def to_dict(snapshot: Snapshot) -> dict[str, Any]:
    return dataclasses.asdict(normalised(snapshot))


def dumps(snapshot: Snapshot) -> str:
    """The canonical JSON text of a snapshot."""
    return "".join(chunks(snapshot))


def chunks(snapshot: Snapshot) -> Iterator[str]:
    """The text of :func:`dumps` in parts, one system, dataset, field... at a time: writing a
    snapshot never holds a copy of it as dicts, nor its whole text (it is the same text as
    ``json.dumps(to_dict(snapshot), sort_keys=True, indent=1)``, whose items sit two spaces in).

    >>> from lineage.core.model import Snapshot, System
    >>> s = Snapshot(scanned_at="2026-01-01T00:00:00Z", piimap_version="0",
    ...              systems=(System("a", "sqlite"),))
    >>> "".join(chunks(s)) == json.dumps(to_dict(s), sort_keys=True, indent=1) + "\\n"
    True
    """
    snapshot = normalised(snapshot)
    names = sorted(f.name for f in dataclasses.fields(snapshot))
    yield "{"
    for n, name in enumerate(names):
        yield ("\n" if n == 0 else ",\n") + f" {_json(name)}: "
        value = getattr(snapshot, name)
        if isinstance(value, tuple) and value:
            for i, item in enumerate(value):
                yield ("[\n  " if i == 0 else ",\n  ") + _indented(item, "\n  ")
            yield "\n ]"
        else:
            yield _indented(value, "\n ")
    yield "\n}\n"


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, indent=1, ensure_ascii=False)


def _indented(value: Any, newline: str) -> str:
    """``_json(_plain(value))`` with ``newline`` for each of its line breaks (the line break
    and the indent of the level ``value`` sits at), written straight from the dataclasses:
    ``json``'s own encoder is pure Python once it indents, and ``_plain`` copies the snapshot
    into dicts first. Strings go through ``json``'s C string encoder; anything this does not
    know as exactly (a subclass of str or int, a dict with keys that are not strings) is left
    to :func:`_json` itself."""
    parts: list[str] = []
    _encode(value, newline, parts)
    return "".join(parts)


_ENCODE_STR: Callable[[str], str] = json.encoder.encode_basestring
#: Each dataclass's fields in key order (``sort_keys``), with the text of each key (``"name": ``),
#: made once; None for a class that is not a dataclass.
_SORTED_FIELDS: dict[type, tuple[tuple[str, str], ...] | None] = {}
#: The text of each enum member met (as :func:`_json` writes it), made once; by class too, as
#: members of two classes can be equal (``1`` and ``1.0``).
_MEMBERS: dict[tuple[type, Enum], str] = {}


def json_scalar(value: Any) -> str | None:
    """``json.dumps(value, ensure_ascii=False)`` for text, whole numbers, finite floats,
    booleans and None, without a call into ``json``'s Python encoder; None for anything else."""
    cls = type(value)
    if cls is str:
        return _ENCODE_STR(value)
    if value is None:
        return "null"
    if cls is bool:
        return "true" if value else "false"
    if cls is int:
        return int.__repr__(value)
    if cls is float and math.isfinite(value):
        return float.__repr__(value)
    return None


def _encode(value: Any, newline: str, parts: list[str]) -> None:
    cls = type(value)
    scalar = json_scalar(value)
    if scalar is not None:
        parts.append(scalar)
    elif cls is tuple or cls is list:
        if not value:
            parts.append("[]")
            return
        inner = newline + " "
        parts.append("[")
        for i, item in enumerate(value):
            parts.append(inner if i == 0 else "," + inner)
            _encode(item, inner, parts)
        parts.append(newline + "]")
    else:
        if cls not in _SORTED_FIELDS:
            _SORTED_FIELDS[cls] = _sorted_fields(cls)
        fields = _SORTED_FIELDS[cls]
        if fields is not None:
            _encode_fields(value, fields, newline, parts)
        elif cls is dict and all(type(k) is str for k in value):
            inner = newline + " "
            if not value:
                parts.append("{}")
                return
            for i, (name, item) in enumerate(sorted(value.items())):
                parts.append(("{" if i == 0 else ",") + inner + _ENCODE_STR(name) + ": ")
                _encode(item, inner, parts)
            parts.append(newline + "}")
        elif isinstance(value, Enum) and (cls, value) in _MEMBERS:
            parts.append(_MEMBERS[cls, value])
        else:  # floats, enums, other keys: json's own encoder, as _json writes them
            text = _json(_plain(value))
            if isinstance(value, Enum) and "\n" not in text:
                _MEMBERS[cls, value] = text
            parts.append(text.replace("\n", newline))


def _encode_fields(
    value: Any, fields: tuple[tuple[str, str], ...], newline: str, parts: list[str]
) -> None:
    """A dataclass's fields as :func:`_encode` writes a dict of them."""
    if not fields:
        parts.append("{}")
        return
    inner = newline + " "
    separator = "{" + inner
    for name, key in fields:
        item = getattr(value, name)
        if type(item) is str:  # most of them: written here, without a call
            parts.append(separator + key + _ENCODE_STR(item))
        else:
            parts.append(separator + key)
            _encode(item, inner, parts)
        separator = "," + inner
    parts.append(newline + "}")


def _sorted_fields(cls: type) -> tuple[tuple[str, str], ...] | None:
    if not dataclasses.is_dataclass(cls):
        return None
    names = sorted(f.name for f in dataclasses.fields(cls))
    return tuple((name, _ENCODE_STR(name) + ": ") for name in names)


#: Field names of each dataclass of the model, looked up once (see :func:`_plain`).
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _plain(value: Any) -> Any:
    """``value`` as JSON sees it: dataclasses as dicts, tuples as lists (as
    ``dataclasses.asdict`` gives it, without its deep copies)."""
    cls = type(value)
    names = _FIELD_NAMES.get(cls)
    if names is None and dataclasses.is_dataclass(cls):
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if cls is tuple or cls is list:
        return [_plain(v) for v in value]
    if cls is dict:
        return {k: _plain(v) for k, v in value.items()}
    return value


def save(snapshot: Snapshot, path: str | os.PathLike[str]) -> None:
    """Write atomically, so a reader never sees half a snapshot; written in parts
    (:func:`chunks`), so a large snapshot is never held twice. The cycle collector is paused
    meanwhile: the parts are short-lived lists of strings, freed as they go, which would set
    off a pass every few hundred items."""
    with paused_gc():
        write_atomic(path, chunks(snapshot))


def write_atomic(path: str | os.PathLike[str], text: str | Iterable[str]) -> None:
    """Write ``text`` (a string, or its parts one after the other, so that the whole is never
    held at once) to ``path`` through a temporary file, so a reader never sees half of it; a
    failure (a full disk, an interrupt) leaves the old file as it was and no temporary one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    try:
        with tmp.open("w", encoding="utf-8") as out:
            if isinstance(text, str):
                out.write(text)
            else:
                out.writelines(text)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def read_text(path: str | os.PathLike[str], what: str = "snapshot") -> str:
    """The text of a snapshot (or baseline) file; one line naming it when it cannot be read or
    is not UTF-8 text."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise SnapshotError(f"{path}: cannot read the {what} ({exc.strerror}).") from None
    except UnicodeDecodeError:
        raise SnapshotError(
            f"{path}: not a {what}: not UTF-8 text; pass a snapshot.json, a scan's output folder "
            "or a baseline file."
        ) from None


def load(path: str | os.PathLike[str]) -> Snapshot:
    """Read a snapshot file written by :func:`save`."""
    text = read_text(path)
    try:
        return loads(text)
    except SnapshotError as exc:
        raise SnapshotError(f"{path}: {exc}") from None


def loads(text: str) -> Snapshot:
    """A snapshot from its JSON text; an older schema_version is migrated (:func:`migrate`)."""
    with paused_gc():
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SnapshotError(f"not a snapshot: invalid JSON at line {exc.lineno}.") from None
        return from_data(data)


def from_data(data: Any) -> Snapshot:
    """A snapshot from its parsed JSON (a baseline file embeds one), migrated as :func:`loads`."""
    if not isinstance(data, dict) or "schema_version" not in data:
        raise SnapshotError("not a piimap snapshot (no schema_version).")
    data = migrate(data)
    try:
        with paused_gc():
            return _build(Snapshot, data)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise SnapshotError(f"malformed snapshot: {exc}.") from None


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cycle collector while a large snapshot is parsed and built: parsed JSON and the
    frozen model hold no reference cycles, and a 50,000-field snapshot would otherwise trigger
    collection passes over every object already built (more than half the loading time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


#: What each schema_version added over the one before; every key added has a default that means
#: "not recorded" (an unknown status, an empty list or text), so an older snapshot loads as it was.
ADDED_IN: dict[int, tuple[str, ...]] = {
    2: (
        "datasets[].retention",
        "datasets[].audit",
        "systems[].audit",
        "systems[].data_subjects",
        "systems[].transfer_safeguards",
        "flows[].columns",
        "flows[].retention",
        "flows[].purpose",
        "flows[].legal_basis",
        "gaps[].related",
        "gaps[].title",
        "organisation",
    ),
    3: ("principals", "grants"),
}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """The parsed JSON of a snapshot, readable by this version; ``schema_version`` is kept as
    written, so a reader knows which facts the scan could not have recorded (:data:`ADDED_IN`).

    >>> old = {"schema_version": 1, "scanned_at": "2025-01-01T00:00:00Z", "piimap_version": "0.1"}
    >>> migrate(old)["schema_version"]
    1
    >>> migrate({"schema_version": 9, "piimap_version": "9.0.0"})
    Traceback (most recent call last):
    ...
    lineage.core.errors.SnapshotError: schema_version 9 was written by piimap 9.0.0, newer than ...
    """
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SnapshotError(
            f"schema_version {version!r} is not one piimap writes (1 to {SCHEMA_VERSION}); "
            "re-scan the estate (piimap scan) to write a current snapshot."
        )
    if version > SCHEMA_VERSION:
        from lineage.core.version import __version__

        raise SnapshotError(
            f"schema_version {version} was written by piimap "
            f"{data.get('piimap_version') or 'of an unknown version'}, newer than this piimap "
            f"({__version__}), which reads schema versions 1 to {SCHEMA_VERSION}; upgrade piimap "
            "(pip install -U piimap) to read it, or re-scan the estate with this version."
        )
    # Versions 1 to SCHEMA_VERSION differ only by keys added with a "not recorded" default
    # (ADDED_IN), which _build fills in; a rename or a new meaning would be migrated here.
    return data


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """A dataclass of the model (or one built the same way) from its ``dataclasses.asdict`` form;
    raises TypeError, ValueError or KeyError when ``data`` does not fit."""
    return _build(cls, data)


def _build(cls: type[T], data: dict[str, Any]) -> T:
    return _builder(cls)(data)


Convert = Callable[[Any], Any]
#: One converter per dataclass, made once from its type hints: a snapshot of 50,000 fields
#: builds some 800,000 values, so nothing is looked up per value.
_BUILDERS: dict[type, Convert] = {}


def _builder(cls: type) -> Convert:
    found = _BUILDERS.get(cls)
    if found is not None:
        return found
    hints = get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    plain: set[str] = set()  # fields whose JSON value is the model's value
    converted: list[tuple[str, Convert]] = []

    def build(data: dict[str, Any]) -> Any:
        kwargs = {k: v for k, v in data.items() if k in plain}
        for name, convert in converted:
            if name in data:
                kwargs[name] = convert(data[name])
        return cls(**kwargs)

    _BUILDERS[cls] = build  # before the fields' converters: a model may refer to itself
    for name in names:
        convert = _converter(hints[name])
        if convert is None:
            plain.add(name)
        else:
            converted.append((name, convert))
    return build


def _converter(hint: Any) -> Convert | None:
    """How to turn the JSON value of a field typed ``hint`` into the model's; None: as it is."""
    origin = get_origin(hint)
    if origin is tuple:
        (item, _ellipsis) = get_args(hint)
        inner = _converter(item)
        if inner is None:
            return tuple
        return lambda value: tuple([inner(v) for v in value])  # type: ignore[misc]
    if origin in (typing.Union, types.UnionType):
        (arg,) = [a for a in get_args(hint) if a is not type(None)]
        inner = _converter(arg)
        if inner is None:
            return None
        return lambda value: None if value is None else inner(value)
    if dataclasses.is_dataclass(hint):
        return _builder(hint)  # type: ignore[arg-type]
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint
    if hint is float:
        return float
    return None
