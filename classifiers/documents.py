"""The document signal: what JSON, XML and PHP-serialised documents in a column hold (a
``contact_info`` JSON with an e-mail inside, a ``resume`` XML with a name, street and phone).

A column holds documents when its type says so (``json``, ``jsonb``, ``xml``...) or when most of
its sampled text values start like one (``{`` or ``[`` for JSON, ``<`` for XML or HTML,
``a:2:{`` or ``O:8:"stdClass":1:{`` for PHP's ``serialize``). Each sampled document is read
leniently by :mod:`classifiers.doc_readers` (at most ``MAX_DOCS`` documents per column), whose
readers stop where a cut-off value stops and expand nothing.

Leaves are grouped by their path of keys or tags (array positions dropped, and keys that are
data rather than names, such as ids with digits, taken as one). Each path is then
classified like a column of its own by the name signal (its last two keys: ``contact.email``,
``<Name><First>`` read as ``name_first``; the document's other keys are its siblings) and the
value signal (the leaves under it), and combined as a field is. The column holds every entity a
path holds, with the path's confidence (lowered by a third when the path is in fewer than a
fifth of the sampled documents). Reasons cite a key only when the name vocabulary matched it
and every word of it is a vocabulary word (never a key that could be data, such as a user's
id or e-mail used as a key), and never cite a leaf.

>>> from classifiers.base import FieldContext
>>> from classifiers.names import NameSignal
>>> docs = ('{"name": {"first": "Ada", "last": "Byron"}, "email": "ada@example.com"}',) * 3
>>> hits = DocumentSignal(values=None).evaluate(
...     FieldContext("s", "public.people", "contact_info", "jsonb", samples=docs))
>>> sorted((h.entity, h.score) for h in hits)
[('EMAIL_ADDRESS', 0.7), ('PERSON_NAME', 0.7)]
>>> print(next(h.reason for h in hits if h.entity == "EMAIL_ADDRESS"))
JSON documents hold email address under key 'email' (3 of 3 sampled documents)
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from .base import FieldContext, Signal, SignalHit
from .combine import DEFAULT_THRESHOLD, combine
from .doc_readers import MAX_DOCS, document_kind, json_leaves, php_leaves, xml_leaves
from .names import NameSignal
from .people import tokens

#: Paths classified per column (the most frequent).
MAX_PATHS = 24
#: A path in fewer than this share of the sampled documents lowers its confidence by a third.
RARE_SHARE = 0.2
#: A key fit to be cited in a reason: an identifier, not data.
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]{0,39}$")


def _field_mapping(leaves: dict[tuple[str, ...], list[str]]) -> bool:
    """Whether documents map field names to field names, as a single sign-on attribute mapping
    or an import's column mapping does (``{"email": "email", "last_name": "lastName"}``): at
    least three leaves, half of them the name of their own key in another spelling.

    >>> _field_mapping({("email",): ["email"], ("last_name",): ["lastName"], ("id",): ["uid"]})
    True
    >>> _field_mapping({("email",): ["ada@example.com"], ("name",): ["Ada"], ("id",): ["7"]})
    False
    """
    total = same = 0
    for path, values in leaves.items():
        key = _spelling(path[-1]) if path else ""
        for value in values:
            total += 1
            same += bool(key) and _spelling(value) == key
    return total >= 3 and same * 2 >= total


def _spelling(name: str) -> str:
    """A field name without case or separators (``lastName``, ``last_name``: ``lastname``)."""
    return "".join(c for c in name.lower() if c.isalnum())


class DocumentSignal(Signal):
    """Entities inside JSON and XML documents (see the module docstring)."""

    name = "documents"

    def __init__(self, settings: Any = None, *, values: Any = "default") -> None:
        self._names = NameSignal()
        self._vocabulary = self._names.split_words()
        self._components: dict[str, str] = {}
        self._values: Signal | None
        if values == "default":
            from .values import ValueSignal

            self._values = ValueSignal(settings) if ValueSignal.is_available() else None
        else:
            self._values = values

    @classmethod
    def from_settings(cls, settings: Any) -> DocumentSignal:
        return cls(settings)

    def evaluate(self, ctx: FieldContext) -> list[SignalHit]:
        if not ctx.samples:
            return []
        kind = document_kind(ctx.data_type, ctx.samples)
        if kind is None:
            return []
        read = {"JSON": json_leaves, "XML": xml_leaves, "PHP": php_leaves}[kind]
        docs = [str(v) for v in ctx.samples if not isinstance(v, bytes)][:MAX_DOCS]
        leaves: dict[tuple[str, ...], list[str]] = defaultdict(list)
        present: Counter[tuple[str, ...]] = Counter()
        for doc in docs:
            seen = set()
            for raw, value in read(doc.strip()):
                path = tuple(self._component(k) for k in raw)
                leaves[path].append(value.strip()[:256])
                seen.add(path)
            present.update(seen)
        if not leaves or _field_mapping(leaves):
            return []  # a mapping of field names (``{"email": "email"}``) holds no one's data
        keys = tuple(dict.fromkeys(p[-1] for p in leaves if p))[:40]
        found: dict[str, list[tuple[float, str]]] = defaultdict(list)
        for path, _ in present.most_common(MAX_PATHS):
            for entity, confidence, cited in self._classify(ctx, path, leaves[path], keys):
                share = present[path] / len(docs)
                score = confidence if share >= RARE_SHARE else confidence * 2 / 3
                where = f"under key {cited!r}" if cited else "in one of their fields"
                if kind == "XML" and cited:
                    where = f"in element {cited!r}"
                what = entity.lower().replace("_", " ")
                found[entity].append(
                    (
                        round(min(score, 0.95), 2),
                        f"{kind} documents hold {what} {where} ({present[path]} of "
                        f"{len(docs)} sampled documents)",
                    )
                )
        hits = []
        for entity, options in sorted(found.items()):
            score, reason = max(options)
            hits.append(SignalHit(entity, score, self.name, reason))
        return hits

    def _component(self, key: str) -> str:
        """A key as grouped: ``*`` for a key that is data (``C-10023``, ``user42``, an
        e-mail), as array positions are dropped, so a map keyed by ids is one path."""
        cached = self._components.get(key)
        if cached is None:
            words = [w for w in tokens(key) if not w.isdigit()]
            data = not _IDENTIFIER.match(key) or (
                any(c.isdigit() for c in key) and not set(words) <= self._vocabulary
            )
            cached = "*" if data else key
            if len(self._components) < 10_000:
                self._components[key] = cached
        return cached

    def _classify(
        self, ctx: FieldContext, path: tuple[str, ...], values: list[str], keys: tuple[str, ...]
    ) -> list[tuple[str, float, str]]:
        """(entity, confidence, key to cite or "") for one path, classified as a field."""
        options = [path[-2:], path[-1:]] if len(path) >= 2 else [path[-1:]]
        if not path:
            options = [(ctx.name,)]
        name_hits: list[SignalHit] = []
        cited = ""
        for parts in options:
            name = ".".join(parts)
            if not _IDENTIFIER.match(name):
                continue
            sub = FieldContext(ctx.system, ctx.dataset, name.replace(".", "_"), "text",
                               siblings=keys)  # fmt: skip
            hits = self._names.evaluate(sub)
            if not any(h.score > 0 and not h.veto for h in hits):
                continue
            name_hits = name_hits or hits
            # Cite keys made of vocabulary words only: a key may be data (a user's id).
            if path and all(set(tokens(p)) <= self._vocabulary for p in parts):
                cited = name
                break
        value_hits: list[SignalHit] = []
        if self._values is not None and len(set(values)) >= 3:
            sub = FieldContext(ctx.system, ctx.dataset, cited or "value", "text",
                               samples=tuple(values), siblings=keys)  # fmt: skip
            value_hits = list(self._values.evaluate(sub))
        out = []
        for verdict in combine(name_hits + value_hits, DEFAULT_THRESHOLD):
            named = any(h.entity == verdict.entity and h.score > 0 for h in name_hits)
            out.append((verdict.entity, verdict.confidence, cited if named else ""))
        return out
