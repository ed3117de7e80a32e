"""Message schemas declared in the estate: the fields of a queue's messages without reading one.

A JSON Schema gives its ``properties`` (nested objects flattened into dotted paths, an array's
items ``[]``: ``lines[].sku``, the names a Redis value or an API response gives); an example
message gives its keys. Either way each path becomes a field of the queue's dataset, classified
like a database column. Sampled messages (opt-in) are flattened the same way.

>>> paths_of_example({"order_id": 7, "customer": {"email": "x", "tags": ["a"]}})
[('customer.email', 'string'), ('customer.tags[]', 'string'), ('order_id', 'integer')]
>>> paths_of_schema({"type": "object", "properties": {"billing": {"type": "object",
...     "properties": {"phone": {"type": "string", "format": "phone"}}}}})
[('billing.phone', 'string(phone)')]
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lineage.core.errors import ConfigError

from ..paths import declared_segment, sampled_segment

#: Deepest nesting flattened; deeper objects stay one field.
MAX_DEPTH = 8
#: Most fields one schema or message gives (a hostile schema cannot flood the scan).
MAX_FIELDS = 500
#: Bytes of a declared schema or example file read at most.
MAX_FILE_BYTES = 16 * 2**20


def _type_of(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if value is None:
        return "null"
    return "object"


def flatten(value: object, prefix: str = "", depth: int = 0) -> Iterator[tuple[str, object]]:
    """Each leaf of a decoded JSON message with its dotted path; an array's items are ``[]``
    (``lines[].sku``, ``tags[]``), as in a Redis value or an API response. A key that is itself
    a value (an id, an e-mail address) is a placeholder (:mod:`connectors.paths`).

    >>> list(flatten({"a": {"b": 1}, "c": [{"d": 2}, {"d": 3}], "by": {"ada@example.com": 4}}))
    [('a.b', 1), ('c[].d', 2), ('c[].d', 3), ('by.<email>', 4)]
    """
    if isinstance(value, dict) and depth < MAX_DEPTH:
        for key, item in value.items():
            name = sampled_segment(key)
            yield from flatten(item, f"{prefix}.{name}" if prefix else name, depth + 1)
    elif isinstance(value, list) and value and depth < MAX_DEPTH:
        for item in value:
            yield from flatten(item, f"{prefix}[]", depth + 1)
    elif prefix:
        yield prefix, value


def paths_of_example(example: object) -> list[tuple[str, str]]:
    """Dotted paths and JSON types of an example message's keys, sorted."""
    types: dict[str, str] = {}
    for path, value in flatten(example):
        types.setdefault(path, _type_of(value))
    return sorted(types.items())[:MAX_FIELDS]


def paths_of_schema(schema: object) -> list[tuple[str, str]]:
    """Dotted paths and types of a JSON Schema's properties (with ``format`` when it says one,
    ``string(email)``), sorted; ``$ref``, ``allOf`` and the like are not followed."""
    found: dict[str, str] = {}

    def walk(node: object, prefix: str, depth: int) -> None:
        if not isinstance(node, dict) or depth > MAX_DEPTH or len(found) >= MAX_FIELDS:
            return
        items = node.get("items")
        if node.get("type") == "array" and isinstance(items, dict) and prefix:
            walk(items, f"{prefix}[]", depth + 1)
            return
        props = node.get("properties")
        if isinstance(props, dict) and props:
            for key, sub in props.items():
                name = declared_segment(key)
                walk(sub, f"{prefix}.{name}" if prefix else name, depth + 1)
            return
        if prefix:
            kind = node.get("type", "")
            kind = "/".join(map(str, kind)) if isinstance(kind, list) else str(kind or "any")
            fmt = node.get("format")
            found[prefix] = f"{kind}({fmt})" if isinstance(fmt, str) and fmt else kind

    walk(schema, "", 0)
    return sorted(found.items())


def load_declared(path: Path, key: str, is_schema: bool) -> list[tuple[str, str]]:
    """The fields a declared schema or example file gives; ConfigError naming ``key`` when the
    file cannot be read or holds no JSON object."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            raise ConfigError(
                f"{key}: {path} is larger than {MAX_FILE_BYTES // 2**20} MiB; a message schema "
                "or example is smaller: point it at the right file."
            )
        data: Any = json.loads(raw.decode("utf-8"))
    except OSError as exc:
        raise ConfigError(
            f"{key}: cannot read {path} ({exc.strerror}); give the path of a JSON file, "
            "relative to the estate file."
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        where = f" (line {exc.lineno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise ConfigError(f"{key}: {path} is not valid JSON{where}; fix the file.") from None
    except RecursionError:  # a "JSON bomb" of nested brackets
        raise ConfigError(f"{key}: {path} is nested too deeply to read; fix the file.") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{key}: {path} holds no JSON object; expected a message or a schema.")
    fields = paths_of_schema(data) if is_schema else paths_of_example(data)
    if not fields:
        what = "properties" if is_schema else "keys"
        raise ConfigError(f"{key}: {path} declares no {what}; nothing to classify.")
    return fields
