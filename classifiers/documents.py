"""The document signal: what JSON and XML documents in a column hold (a ``contact_info`` JSON
with an e-mail inside, a ``resume`` XML with a name, street and phone).

A column holds documents when its type says so (``json``, ``jsonb``, ``xml``...) or when most of
its sampled text values start like one (``{`` or ``[`` for JSON, ``<`` for XML or HTML). Each
sampled document is read leniently: sampled values are cut to their first 256 characters, and a
driver may hand a decoded JSON object over as Python's repr (single quotes, ``None``), so the
reader tokenises rather than parses, stops where the text stops, never expands XML entities or
fetches anything, and reads at most :data:`MAX_DOCS` documents of :data:`MAX_CHARS` characters
and :data:`MAX_LEAVES` leaves each.

Leaves are grouped by their path of keys or tags (array positions dropped). Each path is then
classified like a column of its own by the name signal (its last two keys: ``contact.email``,
``<Name><First>`` read as ``name_first``; the document's other keys are its siblings) and the
value signal (the leaves under it), and combined as a field is. The column holds every entity a
path holds, with the path's confidence (lowered by a third when the path is in fewer than a
fifth of the sampled documents). Reasons cite a key only when the name vocabulary matched it
(never a key that could be data, such as an e-mail used as a key) and never cite a leaf.

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

import html
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from .base import FieldContext, Signal, SignalHit
from .combine import DEFAULT_THRESHOLD, combine
from .names import NameSignal
from .people import is_binary

#: Documents read per column, characters read per document, leaves kept per document.
MAX_DOCS = 20
MAX_CHARS = 4096
MAX_LEAVES = 64
#: Paths classified per column (the most frequent), and nesting followed.
MAX_PATHS = 24
MAX_DEPTH = 8
#: A path in fewer than this share of the sampled documents lowers its confidence by a third.
RARE_SHARE = 0.2
#: Types that hold documents.
_DOC_TYPE = re.compile(r"^(jsonb?|xml|xmltype|json\[\]|jsonb\[\]|hstore)\b", re.I)
#: A key fit to be cited in a reason: an identifier, not data.
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]{0,39}$")

_JSON_TOKEN = re.compile(
    r"""\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([{}\[\]:,])|([^\s{}\[\]:,"']+))""",
    re.S,
)
_XML_TOKEN = re.compile(
    r"<!\[CDATA\[(?P<cdata>.*?)\]\]>|<!--.*?-->|<[!?][^<>]*>"
    r"|<(?P<close>/?)(?P<tag>[A-Za-z_][\w.:\-]*)(?P<attrs>[^<>]*?)(?P<empty>/?)>"
    r"|(?P<text>[^<]+)",
    re.S,
)
_XML_ATTR = re.compile(r"""([A-Za-z_][\w.:\-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_BARE_SKIP = frozenset({"null", "None", "true", "false", "True", "False", "NaN"})

Leaf = tuple[tuple[str, ...], str]


def document_kind(data_type: str, samples: Sequence[object]) -> str | None:
    """``JSON`` or ``XML`` when the column holds documents, else None.

    >>> document_kind("jsonb", ()), document_kind("text", ("<cv><name>A</name></cv>",) * 3)
    ('JSON', 'XML')
    >>> document_kind("text", ("plain", "{x}")) is None
    True
    """
    t = data_type.strip().lower()
    if _DOC_TYPE.search(t):
        return "XML" if t.startswith("xml") else "JSON"
    if is_binary(t):
        return None
    starts = Counter(
        s[:1] for s in (str(v).lstrip()[:1] for v in samples[:MAX_DOCS] if not isinstance(v, bytes))
    )
    total = sum(starts.values())
    if total < 2:
        return None
    json_like, xml_like = starts["{"] + starts["["], starts["<"]
    if json_like * 2 > total:
        return "JSON"
    if xml_like * 2 > total:
        return "XML"
    return None


def json_leaves(text: str) -> Iterator[Leaf]:
    """(path of keys, leaf text) for each scalar of a JSON document, or of Python's repr of one,
    read up to where the text stops (a cut-off value is the end).

    >>> list(json_leaves('{"a": {"b": "x", "c": [1, "y"]}, "d": null, "e": "cut'))
    [(('a', 'b'), 'x'), (('a', 'c'), '1'), (('a', 'c'), 'y')]
    >>> list(json_leaves("{'email': 'a@b.co', 'ok': True}"))
    [(('email',), 'a@b.co')]
    """
    text = text[:MAX_CHARS]
    # frames: [path, is_object, pending key, after colon]
    stack: list[list[Any]] = []
    pos, count = 0, 0
    while pos < len(text) and count < MAX_LEAVES:
        m = _JSON_TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            break
        pos = m.end()
        dq, sq, punct, bare = m.groups()
        top = stack[-1] if stack else None
        if punct in ("{", "["):
            path: tuple[str, ...] = top[0] if top else ()
            if top and top[1] and top[2] is not None:
                path = (*path, top[2])
                top[2], top[3] = None, False
            if len(stack) >= MAX_DEPTH:
                break
            stack.append([path, punct == "{", None, False])
        elif punct in ("}", "]"):
            if stack:
                stack.pop()
        elif punct == ":":
            if top:
                top[3] = True
        elif punct == ",":
            if top:
                top[2], top[3] = None, False
        else:
            if bare is not None:
                if bare in _BARE_SKIP:
                    if top and top[1]:
                        top[2], top[3] = None, False
                    continue
                value = bare
            else:
                value = _unescape(dq) if dq is not None else sq
            if top is None:
                yield (), value
                count += 1
            elif top[1] and not top[3]:
                top[2] = value
            elif top[1]:
                if top[2] is not None and value.strip():
                    yield (*top[0], top[2]), value
                    count += 1
                top[2], top[3] = None, False
            elif value.strip():
                yield top[0], value
                count += 1


def _unescape(raw: str) -> str:
    if "\\" not in raw:
        return raw
    try:
        return str(json.loads(f'"{raw}"'))
    except ValueError:
        return raw


def xml_leaves(text: str) -> Iterator[Leaf]:
    """(path of tags, text) for each text and attribute of an XML (or HTML) document, read up to
    where it stops; entities are unescaped, never expanded from a DTD.

    >>> list(xml_leaves('<cv><Name.First>Ada</Name.First><tel type="home">555</tel><street>1 M'))
    [(('cv', 'Name.First'), 'Ada'), (('cv', 'tel', 'type'), 'home'), (('cv', 'tel'), '555')]
    """
    text = text[:MAX_CHARS]
    cut = text.rfind("<")
    if cut > text.rfind(">"):
        text = text[:cut]  # a tag cut in half
    elif not text.rstrip().endswith(">"):
        text = text[: text.rfind(">") + 1]  # text cut in half
    stack: list[str] = []
    count = 0
    for m in _XML_TOKEN.finditer(text):
        if count >= MAX_LEAVES:
            break
        tag = m.group("tag")
        if tag is not None:
            local = tag.rsplit(":", 1)[-1]
            if m.group("close"):
                if local in stack:
                    del stack[len(stack) - 1 - stack[::-1].index(local) :]
                continue
            path = (*stack, local)
            for am in _XML_ATTR.finditer(m.group("attrs") or ""):
                name = am.group(1).rsplit(":", 1)[-1]
                value = html.unescape(am.group(2) if am.group(2) is not None else am.group(3))
                if name != "xmlns" and not am.group(1).startswith("xmlns") and value.strip():
                    yield (*path, name), value
                    count += 1
            if not m.group("empty") and len(stack) < MAX_DEPTH:
                stack.append(local)
            continue
        body = m.group("cdata") if m.group("cdata") is not None else m.group("text")
        if body is not None and body.strip() and stack:
            yield tuple(stack), html.unescape(body.strip())
            count += 1


class DocumentSignal(Signal):
    """Entities inside JSON and XML documents (see the module docstring)."""

    name = "documents"

    def __init__(self, settings: Any = None, *, values: Any = "default") -> None:
        self._names = NameSignal()
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
        read = json_leaves if kind == "JSON" else xml_leaves
        docs = [str(v) for v in ctx.samples if not isinstance(v, bytes)][:MAX_DOCS]
        leaves: dict[tuple[str, ...], list[str]] = defaultdict(list)
        present: Counter[tuple[str, ...]] = Counter()
        for doc in docs:
            seen = set()
            for path, value in read(doc.strip()):
                leaves[path].append(value.strip()[:256])
                seen.add(path)
            present.update(seen)
        if not leaves:
            return []
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

    def _classify(
        self, ctx: FieldContext, path: tuple[str, ...], values: list[str], keys: tuple[str, ...]
    ) -> list[tuple[str, float, str]]:
        """(entity, confidence, key to cite or "") for one path, classified as a field."""
        names = [".".join(path[-2:]), path[-1]] if len(path) >= 2 else list(path[-1:])
        if not path:
            names = [ctx.name]
        name_hits: list[SignalHit] = []
        cited = ""
        for name in names:
            if not _IDENTIFIER.match(name):
                continue
            sub = FieldContext(ctx.system, ctx.dataset, name.replace(".", "_"), "text",
                               siblings=keys)  # fmt: skip
            name_hits = self._names.evaluate(sub)
            if any(h.score > 0 and not h.veto for h in name_hits):
                cited = ".".join(path) if path and _IDENTIFIER.match(".".join(path)) else name
                break
        value_hits: list[SignalHit] = []
        if self._values is not None and len(set(values)) >= 3:
            sub = FieldContext(ctx.system, ctx.dataset, names[-1] if cited else "value", "text",
                               samples=tuple(values), siblings=keys)  # fmt: skip
            value_hits = list(self._values.evaluate(sub))
        out = []
        for verdict in combine(name_hits + value_hits, DEFAULT_THRESHOLD):
            named = any(h.entity == verdict.entity and h.score > 0 for h in name_hits)
            out.append((verdict.entity, verdict.confidence, cited if named else ""))
        return out
