"""Reading JSON, XML and PHP-serialised documents leniently and within bounds, for the document
signal (:mod:`classifiers.documents`); the value signal asks :func:`document_kind` to leave
documents to it.

Sampled values are cut to their first 256 characters, and a driver may hand a decoded JSON
object over as Python's repr (single quotes, ``None``), so the readers tokenise rather than
parse, stop where the text stops, never expand XML entities or fetch anything, and read at most
:data:`MAX_CHARS` characters and :data:`MAX_LEAVES` leaves of a document.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from .name_words import NameWords
from .people import is_binary, tokens

#: Documents read per column, characters read per document, leaves kept per document.
MAX_DOCS = 20
MAX_CHARS = 4096
MAX_LEAVES = 64
#: Nesting followed.
MAX_DEPTH = 8
#: Types that hold documents.
_DOC_TYPE = re.compile(r"^(jsonb?|xml|xmltype|json\[\]|jsonb\[\]|hstore)\b", re.I)

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
#: A value starting (after whitespace) as :func:`kind_of` reads a document: a JSON object or
#: array, markup, a PHP array or object (``a:2:{``, ``O:3:"``).
_DOC_START = re.compile(r"\s*(?:[{\[<]|[aO]:\d)")
_BARE_SKIP = frozenset({"null", "None", "true", "false", "True", "False", "NaN"})

Leaf = tuple[tuple[str, ...], str]
#: Keys a column's one sampled JSON object must have to be read as a document.
_LONE_KEYS = 3
#: A lone object's field of a person: a way to reach them with its shape (an e-mail address
#: under a key of mail, seven digits or more under a phone's), or a key naming a person or their
#: own name or birth (``customer_fullname``, ``first_name``) over a value that is no type's
#: name, column reference or placeholder (``string``, ``col_3``, ``{{email}}``).
_MAIL_KEYS = frozenset({"email", "mail"})
_PHONE_KEYS = frozenset({"phone", "telephone", "tel", "mobile", "cell", "cellphone", "whatsapp"})
_EMAIL_LEAF = re.compile(r"[^@\s{}]+@[^@\s{}]+\.[A-Za-z]{2,}")
_PHONE_LEAF_DIGITS = 7
_OWN_KEYS = frozenset({
    "firstname", "lastname", "fullname", "surname", "forename", "dob", "birthday", "birthdate",
})  # fmt: skip
_NAME_PARTS = frozenset({"first", "last", "full", "given", "family", "middle"})
_NO_VALUE = re.compile(
    r"(?i)\s*(?:string|str|integer|int|number|float|double|decimal|bool(?:ean)?|object|array"
    r"|date(?:time)?|text|varchar|char|uuid|null|none|col(?:umn)?[_ -]?\d+|\$[\w.\[\]]*"
    r"|\{\{.*\}\}|\$\{.*\}|%\w|<[^<>]*>|\?|-+)?\s*"
)


def document_kind(data_type: str, samples: Sequence[object]) -> str | None:
    """``JSON``, ``XML`` or ``PHP`` (PHP's ``serialize``) when the column holds documents,
    else None.

    >>> document_kind("jsonb", ()), document_kind("text", ("<cv><name>A</name></cv>",) * 3)
    ('JSON', 'XML')
    >>> document_kind("text", ("plain", "{x}")) is None
    True
    >>> document_kind("text", ("<ada@example.com>", "<grace@example.org>")) is None
    True
    """
    t = data_type.strip().lower()
    if _DOC_TYPE.search(t):
        return "XML" if t.startswith("xml") else "JSON"
    if is_binary(t):
        return None
    firsts = [v for v in samples[:MAX_DOCS] if not isinstance(v, bytes)]
    if not any(map(_DOC_START.match, map(str, firsts))):
        return None  # no value starts as a document does: most columns, told in C
    kinds = Counter(kind_of(v) for v in firsts)
    total = sum(kinds.values())
    if total < 2 and not (total == 1 and _lone_object(firsts[0])):
        return None
    for kind in ("JSON", "XML", "PHP"):
        if kinds[kind] * 2 > total:
            return kind
    return None


def _lone_object(value: object) -> bool:
    """Whether a column's one sampled value is a JSON object of several keys holding a person's
    field (a one-row table's received record of a person: :func:`_persons_field`), not a stray
    ``{placeholder}``, a setting, a schema's or a mapping's field names, a server's facts or a
    place's coordinates and address.

    >>> _lone_object('{"customer_name": "Ida Lund", "postcode": "B", "total": "3"}')
    True
    >>> _lone_object('{"first_name": "col_3", "email": "col_5", "phone": "string"}')
    False
    >>> _lone_object('{"name": "Main", "city": "Leeds", "postcode": "LS1 4AP"}')
    False
    >>> _lone_object("{x}")
    False
    """
    text = str(value).strip()
    if kind_of(text) != "JSON" or not text.startswith("{") or text.count('":') < _LONE_KEYS:
        return False
    return any(_persons_field(path[-1], leaf) for path, leaf in json_leaves(text) if path)


def _persons_field(key: str, leaf: str) -> bool:
    """Whether a document's leaf is a person's field: an e-mail address under a key of mail,
    a phone's digits (seven at least) under a phone's, or a value under a key naming a person
    or their own name or birth (``customer_fullname``, ``firstName``, ``dob``) that is no
    type's name, column reference or placeholder."""
    words = set(tokens(key))
    if words & _MAIL_KEYS:
        return _EMAIL_LEAF.search(leaf) is not None
    if words & _PHONE_KEYS:
        return sum(c.isdigit() for c in leaf) >= _PHONE_LEAF_DIGITS
    own = bool(words & (NameWords.PEOPLE | _OWN_KEYS)) or (
        "name" in words and bool(words & _NAME_PARTS)
    )
    return own and _NO_VALUE.fullmatch(leaf) is None


def kind_of(value: object) -> str:
    """What one sampled value looks like: a JSON object or array (``{"a": ...}``, ``[...]``),
    XML markup (a closing or empty tag), a PHP-serialised array or object (``a:2:{...``), or
    text (``<ada@example.com>``, ``{placeholder}``)."""
    text = str(value).strip()
    first = text[:1]
    if first in "aO" and _PHP_START.match(text):
        return "PHP"
    if first == "{" and ":" in text:
        return "JSON"
    if first == "[" and (text.endswith("]") or "," in text or "{" in text):
        return "JSON"
    if first == "<" and ("</" in text or "/>" in text or text.startswith("<?xml")):
        return "XML"
    return ""


#: Tags of formatted text (HTML a rich-text editor writes): markup of prose, not of a document.
_HTML_TAGS = """
    p br div span b strong i em u s strike small big sub sup a ul ol li dl dt dd h1 h2 h3 h4 h5
    h6 blockquote pre code hr font center table thead tbody tr td th img html body section
    article header footer
"""
HTML_TAGS = frozenset(_HTML_TAGS.split())
_FIRST_TAG = re.compile(r"<\s*([A-Za-z][A-Za-z0-9]*)")
_ANY_TAG = re.compile(r"<[^<>]*>")


def html_text(value: object) -> str | None:
    """The text of a value that is HTML formatting (``<p>...</p>``, ``<b>Note</b>``), tags
    dropped and entities unescaped, or None when it is not HTML (XML of a document is not).

    >>> html_text("<p>Call her <b>after</b> five&#44; please</p>")
    'Call her after five, please'
    >>> html_text("<cv><name>Ada</name></cv>") is None, html_text("plain") is None
    (True, True)
    """
    text = str(value).strip()
    m = _FIRST_TAG.match(text)
    if m is None or m.group(1).lower() not in HTML_TAGS:
        return None
    return " ".join(html.unescape(_ANY_TAG.sub(" ", text)).split())


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


#: The start of a PHP-serialised array or object, and one token of the format.
_PHP_START = re.compile(r'(?:a:\d+:\{|O:\d+:"[^"]{1,128}":\d+:\{)')
_PHP_TOKEN = re.compile(
    r'(?P<open>a:\d+:\{|O:\d+:"[^"]*":\d+:\{)|(?P<close>\})|s:(?P<len>\d+):"'
    r"|(?P<num>[id]:[^;{}]*);|(?P<skip>b:[01];|N;)"
)


def php_leaves(text: str) -> Iterator[Leaf]:
    """(path of keys, leaf text) for each string and number of a PHP-serialised array or
    object (``serialize()``, as PHP applications keep carts, settings and options), read up to
    where the text stops; a property's visibility marker is dropped from its key.

    >>> list(php_leaves('a:2:{s:5:"email";s:11:"a@b.example";s:4:"cart";a:1:{i:0;i:7;}}'))
    [(('email',), 'a@b.example'), (('cart',), '7')]
    >>> list(php_leaves('a:1:{s:4:"name";s:20:"cut he'))
    []
    """
    text = text[:MAX_CHARS]
    # frames: [path, pending key, a key is expected next]
    stack: list[list[Any]] = []
    pos, count = 0, 0
    while pos < len(text) and count < MAX_LEAVES:
        m = _PHP_TOKEN.match(text, pos)
        if m is None:
            break
        pos = m.end()
        top = stack[-1] if stack else None
        if m.group("open"):
            if len(stack) >= MAX_DEPTH:
                break
            path: tuple[str, ...] = top[0] if top else ()
            if top is not None:
                path = (*path, top[1]) if top[1] is not None else path
                top[1], top[2] = None, True
            stack.append([path, None, True])
            continue
        if m.group("close"):
            if stack:
                stack.pop()
            continue
        if m.group("skip"):
            if top is not None and not top[2]:
                top[1], top[2] = None, True
            continue
        if m.group("len") is not None:
            end = pos + int(m.group("len"))
            if text[end : end + 2] != '";':  # a multi-byte length, or the text stops
                end = text.find('";', pos)
                if end < 0:
                    break
            value = text[pos:end]
            pos = end + 2
        else:
            value = m.group("num")[2:]
        if top is None:
            continue
        if top[2]:
            top[1], top[2] = value.rsplit("\x00", 1)[-1], False
            continue
        if top[1] is not None and value.strip():
            yield (*top[0], top[1]) if not top[1].isdigit() else top[0], value
            count += 1
        top[1], top[2] = None, True


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
