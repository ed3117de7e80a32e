"""The leaves of a JSON Schema (an OpenAPI response or parameter), flattened to dotted paths.

Nested objects give dotted paths (``customer.email``), array items ``[]`` (``items[].email``,
``tags[]``) and the values of a map ``*`` (``metadata.*``). ``$ref``s are resolved through the
``referencing`` resolver of :mod:`.source`, across files; a type that refers to itself is
expanded once along each path and nesting stops at ``max_depth`` objects, so recursive types
end. ``allOf``, ``oneOf`` and ``anyOf`` merge the properties of their parts. A property marked
``writeOnly`` is left out of responses (a password is sent, never returned).

>>> walker = SchemaWalker(None)
>>> schema = {"type": "object", "properties": {
...     "email": {"type": "string", "format": "email", "example": "a@example.com"},
...     "tags": {"type": "array", "items": {"type": "string", "enum": ["vip", "new"]}}}}
>>> [(leaf.path, leaf.data_type, leaf.samples) for leaf in walker.leaves(schema, "Customer")]
[('email', 'email', ('a@example.com',)), ('tags[]', 'string (enum)', ('vip', 'new'))]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from ..paths import declared_segment

#: JSON Schema formats that say more as a database type (the guards of the name signal read
#: ``datetime``, ``integer``...); any other format is the type itself (``email``, ``ipv4``).
FORMAT_TYPES = {
    "date-time": "datetime",
    "int32": "integer",
    "int64": "integer",
    "float": "number",
    "double": "number",
}
SCALARS = (str, int, float)


@dataclass(frozen=True)
class Leaf:
    """One value of a response or request: its path, type, description and the enum values
    and examples the description gives (samples for the classifiers, never written out).
    ``holder`` names the object holding it (its schema's name, else its property name)."""

    path: str
    data_type: str
    description: str = ""
    samples: tuple[object, ...] = ()
    holder: str = ""
    parent: str = ""


def data_type(schema: dict[str, Any]) -> str:
    """The piimap type of a scalar schema: its format (mapped as :data:`FORMAT_TYPES`) or its
    type, ``(enum)`` after the type of an enumeration.

    >>> data_type({"type": "string", "format": "date-time"})
    'datetime'
    >>> data_type({"type": ["null", "integer"]})
    'integer'
    """
    kind = schema.get("type", "")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "")
    fmt = schema.get("format")
    if isinstance(fmt, str) and fmt:
        kind = FORMAT_TYPES.get(fmt, fmt)
    kind = kind if isinstance(kind, str) and kind else "string"
    return f"{kind} (enum)" if isinstance(schema.get("enum"), list) else kind


class SchemaWalker:
    """Flattens schemas to :class:`Leaf` lists; ``problems`` collects the ``$ref``s that could not
    be resolved (each once) and ``truncated`` whether a schema had more than ``max_leaves``."""

    def __init__(
        self, resolver: Any, max_depth: int = 5, max_leaves: int = 1000, sample_size: int = 20
    ) -> None:
        self.resolver = resolver
        self.max_depth = max_depth
        self.max_leaves = max_leaves
        self.sample_size = sample_size
        self.problems: list[str] = []
        self.truncated = False

    def leaves(
        self, schema: Any, holder: str = "", resolver: Any = None, response: bool = True
    ) -> list[Leaf]:
        """The leaves of ``schema``; ``holder`` names the top object (a response's resource)."""
        out: dict[str, Leaf] = {}
        self._response = response
        self._walk(schema, resolver or self.resolver, "", holder, 0, (), out)
        return list(out.values())

    def deref(self, schema: Any, resolver: Any) -> tuple[Any, Any, str, tuple[int, ...]]:
        """``schema`` with its ``$ref`` chain followed: (schema, its resolver, the name of the
        last reference, the ids of the schemas passed); schema None when one is unresolvable."""
        name, passed = "", cast("tuple[int, ...]", ())
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if resolver is None:
                self._problem(f"$ref {ref!r} cannot be resolved here")
                return None, resolver, name, passed
            from referencing.exceptions import Unresolvable

            try:
                resolved = resolver.lookup(ref)
            except Unresolvable as exc:
                self._problem(f"$ref {ref!r} cannot be resolved ({_reason(exc)})")
                return None, resolver, name, passed
            except Exception as exc:  # a document that cannot be read: SpecError
                self._problem(f"$ref {ref!r}: {exc}")
                return None, resolver, name, passed
            sibling = schema.get("description")
            schema, resolver = resolved.contents, resolved.resolver
            name = ref.rstrip("/").rsplit("/", 1)[-1].split("#")[0].rsplit(".", 1)[0] or name
            if id(schema) in passed:
                return None, resolver, name, passed  # a cycle of bare references
            passed = (*passed, id(schema))
            if sibling and isinstance(schema, dict) and not schema.get("description"):
                schema = {**schema, "description": sibling}
        return schema, resolver, name, passed

    def _problem(self, text: str) -> None:
        if text not in self.problems:
            self.problems.append(text)

    def _walk(
        self,
        schema: Any,
        resolver: Any,
        path: str,
        holder: str,
        depth: int,
        seen: tuple[int, ...],
        out: dict[str, Leaf],
    ) -> None:
        schema, resolver, ref_name, passed = self.deref(schema, resolver)
        if not isinstance(schema, dict) or any(p in seen for p in passed):
            return  # unresolvable, a boolean schema, or a type already expanded on this path
        seen = (*seen, *passed)
        if self._response and schema.get("writeOnly") is True:
            return
        if len(out) >= self.max_leaves:
            self.truncated = True
            return
        for key in ("allOf", "oneOf", "anyOf"):
            for part in schema.get(key) or ():
                self._walk(part, resolver, path, ref_name or holder, depth, seen, out)
        kind = schema.get("type")
        kinds = set(kind) if isinstance(kind, list) else {kind}
        props = schema.get("properties")
        extra = schema.get("additionalProperties")
        if "object" in kinds or isinstance(props, dict) or isinstance(extra, dict):
            named = ref_name or _holder_name(path)
            self._object(schema, resolver, path, named or holder, depth, seen, out)
        elif "array" in kinds or "items" in schema:
            items = schema.get("items")
            if isinstance(items, list):  # a tuple (OpenAPI 3.1, JSON Schema 2019 and before)
                items = items[0] if items else None
            self._walk(items, resolver, f"{path}[]", holder, depth, seen, out)
        elif not any(k in schema for k in ("allOf", "oneOf", "anyOf")):
            self._leaf(schema, path or "value", holder, out)

    def _object(
        self,
        schema: dict[str, Any],
        resolver: Any,
        path: str,
        holder: str,
        depth: int,
        seen: tuple[int, ...],
        out: dict[str, Leaf],
    ) -> None:
        if depth >= self.max_depth:
            return
        props = schema.get("properties")
        extra = schema.get("additionalProperties")
        prefix = f"{path}." if path else ""
        for name, sub in props.items() if isinstance(props, dict) else ():
            self._walk(sub, resolver, prefix + declared_segment(name), holder, depth + 1, seen, out)
        if isinstance(extra, dict):
            self._walk(extra, resolver, prefix + "*", holder, depth + 1, seen, out)
        if not props and not isinstance(extra, dict) and path:
            self._leaf(schema, path, holder, out)  # a free-form object: a value of its own

    def _leaf(self, schema: dict[str, Any], path: str, holder: str, out: dict[str, Leaf]) -> None:
        if path in out:
            return
        samples: list[object] = []
        for values in (schema.get("enum"), [schema.get("example")], schema.get("examples")):
            if isinstance(values, list):
                samples += [v for v in values if isinstance(v, SCALARS) and not isinstance(v, bool)]
        description = schema.get("description") or schema.get("title") or ""
        out[path] = Leaf(
            path=path,
            data_type=data_type(schema) if "object" not in _kinds(schema) else "object",
            description=" ".join(str(description).split())[:500],
            samples=tuple(dict.fromkeys(samples))[: self.sample_size],
            holder=holder,
            parent=path.rsplit(".", 1)[0] if "." in path else "",
        )


def _kinds(schema: dict[str, Any]) -> set[Any]:
    kind = schema.get("type")
    return set(kind) if isinstance(kind, list) else {kind}


#: Property names that wrap a payload rather than name what it is about.
WRAPPERS = frozenset(
    {"data", "items", "results", "result", "edges", "node", "nodes", "response", "payload",
     "body", "content", "records", "list", "entries", "attributes", "value", "values",
     "_embedded", "embedded", "meta", "object"}
)  # fmt: skip


def _holder_name(path: str) -> str:
    """The object a path ends in, as a table name (``orders[].customer``: ``customer``); ""
    for a wrapper such as ``data`` or ``edges[].node``, which names nothing."""
    last = path.rsplit(".", 1)[-1].replace("[]", "")
    return "" if last.lower() in WRAPPERS or last == "*" else last


def _reason(exc: Exception) -> str:
    """Why a ``$ref`` is unresolvable: the reading problem behind it, else the library's word."""
    cause: BaseException = exc
    while cause.__cause__ is not None:  # Unresolvable from Unretrievable from our SpecError
        cause = cause.__cause__
    text = str(cause).splitlines()[0] if str(cause) else type(cause).__name__
    return text[:160]
