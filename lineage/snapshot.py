"""snapshot.json: the one artefact every report, diff and API call is rendered from.

Deterministic: keys and lists are sorted, nothing time-dependent is written beyond the scan's own
time, so the same estate gives the same bytes. It never holds a sampled value or a secret.

>>> from lineage.model import Snapshot, System
>>> s = Snapshot(scanned_at="2026-01-01T00:00:00Z", piimap_version="0",
...              systems=(System("a", "sqlite"),))
>>> loads(dumps(s)) == s
True
"""

from __future__ import annotations

import dataclasses
import json
import os
import types
import typing
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
    )


def to_dict(snapshot: Snapshot) -> dict[str, Any]:
    return dataclasses.asdict(normalised(snapshot))


def dumps(snapshot: Snapshot) -> str:
    """The canonical JSON text of a snapshot."""
    return json.dumps(to_dict(snapshot), sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def save(snapshot: Snapshot, path: str | os.PathLike[str]) -> None:
    """Write atomically, so a reader never sees half a snapshot."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(dumps(snapshot), encoding="utf-8")
    tmp.replace(path)


def load(path: str | os.PathLike[str]) -> Snapshot:
    """Read a snapshot file written by :func:`save`."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise SnapshotError(f"{path}: cannot read the snapshot ({exc.strerror}).") from None
    try:
        return loads(text)
    except SnapshotError as exc:
        raise SnapshotError(f"{path}: {exc}") from None


def loads(text: str) -> Snapshot:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SnapshotError(f"not a snapshot: invalid JSON at line {exc.lineno}.") from None
    if not isinstance(data, dict) or "schema_version" not in data:
        raise SnapshotError("not a piimap snapshot (no schema_version).")
    version = data["schema_version"]
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        raise SnapshotError(
            f"schema_version {version!r} is newer than this piimap reads "
            f"({SCHEMA_VERSION}); upgrade piimap."
        )
    try:
        return _build(Snapshot, data)
    except (TypeError, ValueError, KeyError) as exc:
        raise SnapshotError(f"malformed snapshot: {exc}.") from None


_HINTS: dict[type, dict[str, Any]] = {}


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """A dataclass of the model (or one built the same way) from its ``dataclasses.asdict`` form;
    raises TypeError, ValueError or KeyError when ``data`` does not fit."""
    return _build(cls, data)


def _build(cls: type[T], data: dict[str, Any]) -> T:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = get_type_hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            kwargs[f.name] = _convert(hints[f.name], data[f.name])
    return cls(**kwargs)


def _convert(hint: Any, value: Any) -> Any:
    origin = get_origin(hint)
    if origin is tuple:
        (item, _ellipsis) = get_args(hint)
        return tuple(_convert(item, v) for v in value)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        (inner,) = [a for a in get_args(hint) if a is not type(None)]
        return _convert(inner, value)
    if dataclasses.is_dataclass(hint):
        return _build(hint, value)  # type: ignore[arg-type]
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    if hint is float:
        return float(value)
    return value
