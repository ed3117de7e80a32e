"""What a Redis value holds, as fields: JSON keys and PHP-serialised array keys flattened into
dotted paths, PHP sessions (``session.serialize_handler=php``: ``name|serialized...``, as PHP's
Redis session handler and Magento keep them; Magento's ``:gz:`` compression undone) read name
by name. The leaves are samples for the classifiers and stay in memory.

>>> decode(b'{"customer": {"email": "ada@example.com", "ids": [1, 2]}}')
('json', {'customer.email': ['ada@example.com'], 'customer.ids[]': [1, 2]})
>>> decode(b'a:1:{s:5:"email";s:15:"ada@example.com";}')
('php', {'email': ['ada@example.com']})
>>> decode(b'login|s:3:"ada";cart|a:1:{i:7;i:2;}')
('php-session', {'login': ['ada'], 'cart.<n>': [2]})
>>> decode(b"just text")
('text', {'': ['just text']})
"""

from __future__ import annotations

import io
import json
import re
import zlib
from typing import Any

from .paths import sampled_segment

#: Leaves kept from one value (a cart of a thousand lines needs no more to be classified).
MAX_LEAVES = 200
#: Nesting followed into a value.
MAX_DEPTH = 10
#: Bytes a compressed session may grow to when it is unpacked.
MAX_UNPACKED = 4 * 1024 * 1024

_PHP_SERIALIZED = re.compile(rb"^(?:[aO]:\d+:|s:\d+:\"|[idb]:-?[\d.]+;|N;)")
_PHP_SESSION = re.compile(rb"^[A-Za-z0-9_\-.]+\|(?:[aO]:\d+:|s:\d+:\"|[idb]:|N;)")
#: Magento's Cm_RedisSession prefix of a gzcompress'ed session.
_MAGENTO_GZ = b":gz:"


def decode(raw: bytes, depth: int = 0) -> tuple[str, dict[str, list[Any]]]:
    """The value's format (``json``, ``php``, ``php-session``, ``text``, ``binary``) and its
    leaves by path (``""`` for a value that is one leaf)."""
    data = raw.strip()
    if data.startswith(_MAGENTO_GZ):
        unpacked = _gunzip(data[len(_MAGENTO_GZ) :])
        if unpacked is not None:
            return decode(unpacked, depth)
    if depth < 2:
        for fmt, reader in (("json", _json), ("php", _php), ("php-session", _php_session)):
            value = reader(data)
            if value is not None:
                leaves: dict[str, list[Any]] = {}
                _flatten(value, "", leaves, depth)
                return fmt, leaves
    text = _text(raw)
    return ("binary", {}) if text is None else ("text", {"": [text]})


def _json(data: bytes) -> Any:
    if data[:1] not in (b"{", b"["):
        return None
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        return None


def _php(data: bytes) -> Any:
    if not _PHP_SERIALIZED.match(data):
        return None
    import phpserialize

    try:
        return phpserialize.loads(data, object_hook=phpserialize.phpobject)
    except (ValueError, TypeError, IndexError, RecursionError, AttributeError):
        return None


def _php_session(data: bytes) -> Any:
    """A session in PHP's ``php`` handler format: ``name|serialized`` one after another."""
    if not _PHP_SESSION.match(data):
        return None
    import phpserialize

    stream = io.BytesIO(data)
    found: dict[str, Any] = {}
    try:
        while stream.tell() < len(data):
            name = bytearray()
            while (c := stream.read(1)) not in (b"|", b""):
                name.extend(c)
            if not c:
                break
            found[name.decode("utf-8", "replace")] = phpserialize.load(
                stream, object_hook=phpserialize.phpobject
            )
    except (ValueError, TypeError, IndexError, RecursionError, AttributeError):
        return found or None
    return found or None


def _gunzip(data: bytes) -> bytes | None:
    try:
        inflater = zlib.decompressobj()
        out = inflater.decompress(data, MAX_UNPACKED)
    except zlib.error:
        return None
    return out if not inflater.unconsumed_tail else None


def _text(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _flatten(value: Any, path: str, leaves: dict[str, list[Any]], depth: int) -> None:
    if sum(len(v) for v in leaves.values()) >= MAX_LEAVES or path.count(".") > MAX_DEPTH:
        return
    if hasattr(value, "__php_vars__"):  # a PHP object: its properties
        value = value.__php_vars__
    if isinstance(value, dict):
        items = list(value.items())
        if items and all(isinstance(k, int) for k, _ in items) and _is_list(value):
            for _, item in items:
                _flatten(item, f"{path}[]", leaves, depth)
            return
        for k, item in items:
            name = k.decode("utf-8", "replace") if isinstance(k, bytes) else str(k)
            name = sampled_segment(name.lstrip("\0*").replace("\0", "."))  # no ids nor e-mails
            _flatten(item, f"{path}.{name}" if path else name, leaves, depth)
    elif isinstance(value, list):
        for item in value:
            _flatten(item, f"{path}[]", leaves, depth)
    elif isinstance(value, bytes):
        fmt, inner = decode(value, depth + 1)
        if fmt in ("json", "php", "php-session"):
            for sub, values in inner.items():
                leaves.setdefault(f"{path}.{sub}" if path and sub else path or sub, []).extend(
                    values
                )
        elif inner:
            leaves.setdefault(path, []).extend(inner[""])
    elif isinstance(value, str):
        if value[:1] in ("{", "[") and depth < 2:
            _flatten(value.encode("utf-8"), path, leaves, depth)
        else:
            leaves.setdefault(path, []).append(value)
    elif value is not None and not isinstance(value, bool):
        leaves.setdefault(path, []).append(value)


def _is_list(value: dict[Any, Any]) -> bool:
    """A PHP array indexed 0..n-1 is a list, not a record whose keys name fields."""
    return list(value) == list(range(len(value)))
