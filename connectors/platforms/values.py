"""Setting values as platforms store them (plain text, JSON, PHP ``serialize()``, Rails YAML),
searched for endpoints and plain-text credentials.

A value is held only while it is judged; what is kept is where it was, what kind it is and,
for an endpoint, the sanitised URL. The parsers never evaluate anything:

>>> php_unserialize('a:2:{i:0;s:27:"woocommerce/woocommerce.php";i:1;s:9:"hello.php";}')
{0: 'woocommerce/woocommerce.php', 1: 'hello.php'}
>>> list(leaves({"sandbox": True, "secret_key": "sk", "urls": ["https://x.example"]}))
[('secret_key', 'sk'), ('urls[0]', 'https://x.example')]
>>> is_credential_key("payment/braintree/private_key"), is_credential_key("public_api_key")
(True, False)
"""

from __future__ import annotations

import dataclasses
import ipaddress
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

import yaml

from .. import integration_config
from . import Setting
from .keynames import is_credential_key, key_words

#: Values longer than this (characters) are not searched.
MAX_VALUE = 256 * 1024
#: Nesting and size limits of a parsed value (a YAML alias bomb stays small).
MAX_DEPTH = 32
MAX_LEAVES = 5_000

_PLACEHOLDER = re.compile(
    r"(?i)^(?:(.)\1*|true|false|yes|no|on|off|null|nil|none|undefined|n/?a|tbd|todo|test|demo|"
    r"changeme|change[_ -]?me|placeholder|example|sample|dummy|secret|password|token|"
    r"api[_ -]?key|(?:your|enter|insert|add)[_ -].*|<[^<>]*>|\$\{[^}]*\}|\$[A-Z_][A-Z0-9_]*|"
    r"%env\([^)]*\)%|\{\{.*\}\}|%[A-Za-z_.]+%|\[[A-Za-z_ ]+\])$"
)
_URL = re.compile(r"(?i)^(jdbc:[a-z]+|[a-z][a-z0-9+.-]*)://\S+$")
#: ``ssl://smtp.example.com`` (OpenCart's way to ask for SMTP over TLS).
_TLS_HOST = re.compile(r"(?i)^(ssl|tls)://([^/:\s]+)(?::(\d+))?/?$")
_HOST = re.compile(
    r"(?i)^((?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?\.)+[a-z][a-z0-9-]*[a-z0-9])(?::(\d{1,5}))?$"
)
_HOST_WORDS = integration_config.HOST_WORDS


@dataclass
class Settings:
    """Collects a platform's settings, then judges them once the platform's own host names
    (its base URLs) are known, so links to the shop itself are not taken for endpoints.

    ``protected`` says why a value is stored encrypted (Magento's ``0:3:...``), or "".
    """

    protected: Callable[[str], str] = lambda value: ""
    own_hosts: set[str] = field(default_factory=set)
    #: Values over :data:`MAX_VALUE`, per table: not searched.
    too_large: dict[str, int] = field(default_factory=dict)
    _pending: list[tuple[str | None, str, str, object, str, str]] = field(default_factory=list)

    def add(
        self,
        extension: str | None,
        table: str,
        key: str,
        value: object,
        scope: str = "",
        protected: str = "",
    ) -> None:
        """Queue ``value`` of setting ``key`` in ``table`` (``scope`` ends the location)."""
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        if isinstance(value, str) and len(value) > MAX_VALUE:
            self.too_large[table] = self.too_large.get(table, 0) + 1
            return
        if value is not None:
            self._pending.append((extension, table, key, value, scope, protected))

    def own_url(self, value: object) -> None:
        """Note the shop's own base URL or host name."""
        if isinstance(value, str) and value.strip():
            text = value.strip()
            url = integration_config.sanitise_url(text) if "://" in text else None
            host = host_of(url) if url else text.lower().split(":")[0]
            if host:
                self.own_hosts.add(_bare(host))

    def judged(self) -> list[Setting]:
        """The endpoints and credentials found, in location order; the queue is emptied."""
        out: list[Setting] = []
        for extension, table, key, value, scope, protected in self._pending:
            parsed = structured(value) if isinstance(value, str) else value
            if parsed is None:
                parsed = value if isinstance(value, str) else None
            for sub, leaf in leaves(parsed):
                path = f"{key}{_brackets(sub)}"
                location = f"{table}: {path}{scope}"
                group = f"{table}: {parent_path(path)}{scope}"
                found = self._judge(extension, location, sub or key, leaf, protected)
                out.extend(dataclasses.replace(s, group=group) for s in found)
        self._pending.clear()
        out.sort(key=lambda s: (s.location, s.kind, s.url))
        return out

    def _judge(
        self, extension: str | None, location: str, key: str, value: str, protected: str
    ) -> list[Setting]:
        text = value.strip()
        if not text:
            return []
        endpoint = self._endpoint(key, text)
        if endpoint:
            url, scheme, host, why = endpoint
            out = [Setting(extension, location, "endpoint", url, scheme, host, False, why)]
            secret = url_secret(text, url) if "://" in text else ""
            if secret:
                out.append(Setting(extension, location, "credential", evidence=secret))
            return out
        context = f"{extension or ''} {location}"
        if not is_credential_key(key, context) or not looks_secret(text):
            return []
        why = protected or self.protected(text)
        if why:
            return [Setting(extension, location, "credential", protected=True, evidence=why)]
        why = "a secret-named setting holds a plain-text value"
        return [Setting(extension, location, "credential", evidence=why)]

    def _endpoint(self, key: str, text: str) -> tuple[str, str, str, str] | None:
        words = key_words(key)
        if set(words) & integration_config.DOC_WORDS and set(words) <= (
            integration_config.DOC_WORDS | integration_config.DOC_TAILS
        ):
            return None
        tls = _TLS_HOST.match(text)
        bare = _HOST.match(text) if words and words[-1] in _HOST_WORDS else None
        if tls or bare:
            m = tls or bare
            assert m is not None
            scheme = tls.group(1).lower() if tls else ""
            host, port = (m.group(2), m.group(3)) if tls else (m.group(1), m.group(2))
            host = host.lower()
            url = (f"{scheme}://" if scheme else "") + host + (f":{port}" if port else "")
            why = "a host name under a host setting"
        elif _URL.match(text):
            sanitised = integration_config.sanitise_url(text)
            if not sanitised:
                return None
            url, scheme, host = sanitised, sanitised.split("://", 1)[0], host_of(sanitised)
            why = "the value is a URL"
        else:
            return None
        if not host or _local(host) or self._own(host) or _schema_host(host):
            return None
        return url, scheme, host, why

    def _own(self, host: str) -> bool:
        bare = _bare(host)
        return any(bare == own or bare.endswith("." + own) for own in self.own_hosts)


def parent_path(path: str) -> str:
    """The setting a value sits beside its siblings in: the path without its last name, so
    an SMTP host and its password share one (``wp_mail_smtp[smtp][host]`` and ``[pass]``,
    ``PS_MAIL_SERVER`` and ``PS_MAIL_PASSWD``, ``system/smtp/host`` and ``.../password``).

    >>> parent_path("wp_mail_smtp[smtp][pass]"), parent_path("PS_MAIL_PASSWD")
    ('wp_mail_smtp[smtp]', 'PS_MAIL')
    >>> parent_path("core.mailerSettings.host"), parent_path("webhook 2 (inactive) secret_key")
    ('core.mailerSettings', 'webhook 2 (inactive)')
    """
    path = re.sub(r"(?:\[\d+\]|/\d+)+$", "", path.strip())
    if path.endswith("]") and "[" in path:
        return path[: path.rindex("[")]
    if " " in path:
        return path.rsplit(" ", 1)[0]
    for sep in ("/", "."):
        if sep in path:
            return path.rsplit(sep, 1)[0]
    return re.split(r"[_-](?=[^_-]*$)", path, maxsplit=1)[0]


def url_secret(raw: str, sanitised: str) -> str:
    """Why the URL ``raw`` is itself a secret (a password, a key in its query, a token in its
    path that sanitising cut), or ""."""
    rest = raw.split("://", 1)[1]
    authority = re.split(r"[/?#]", rest, maxsplit=1)[0]
    if "@" in authority and ":" in authority.rpartition("@")[0]:
        return "the URL holds a password"
    query = re.split(r"[?#]", rest, maxsplit=1)
    if len(query) > 1:
        for pair in re.split(r"[&;]", query[1].split("#", 1)[0]):
            name, _, value = pair.partition("=")
            if (is_credential_key(name) or name.lower() in ("key", "sig", "code")) and (
                looks_secret(value)
            ):
                return "the URL's query holds a key"
    path = re.split(r"[?#]", rest[len(authority) :], maxsplit=1)[0]
    after = sanitised.split("://", 1)[1]
    kept = after[after.find("/") :] if "/" in after else ""
    if len(path.rstrip("/")) > len(kept.rstrip("/")):
        return "the URL's path holds a token"
    return ""


def looks_secret(text: str) -> bool:
    """A value that may be a real secret: not a placeholder, a flag, or a sentence."""
    return len(text) >= 4 and not _PLACEHOLDER.match(text) and len(text.split()) <= 3


def host_of(url: str) -> str:
    """The host of a sanitised URL (``scheme://host[:port]/path``)."""
    netloc = url.split("://", 1)[-1].split("/", 1)[0]
    if netloc.startswith("["):
        return netloc[1:].split("]", 1)[0]
    return netloc.split(":", 1)[0]


def structured(text: str) -> object | None:
    """``text`` parsed when it is JSON, PHP-serialized or YAML (``---``); None otherwise."""
    stripped = text.strip()
    try:
        if stripped[:1] in ("{", "["):
            return json.loads(stripped)
        if re.match(r"^[aOs]:\d+:", stripped):
            return php_unserialize(stripped)
        if stripped.startswith("---"):
            return yaml.load(stripped, Loader=_RubyLoader)  # a SafeLoader: no Ruby objects
    except (ValueError, RecursionError, yaml.YAMLError):
        return None
    return None


def leaves(value: object, path: str = "", depth: int = 0) -> Iterator[tuple[str, str]]:
    """(path, text) of every string in a parsed value, at most :data:`MAX_LEAVES`.

    ``{"_value": x}`` (Shopware) is ``x``; ``{"name": n, "value": v}`` (Saleor's plugin
    configuration) is ``{n: v}``.
    """
    return islice(_walk(value, path, depth), MAX_LEAVES)


def _walk(value: object, path: str, depth: int) -> Iterator[tuple[str, str]]:
    if depth > MAX_DEPTH:
        return
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        if set(value) == {"_value"}:
            yield from _walk(value["_value"], path, depth + 1)
        elif isinstance(value.get("name"), str) and "value" in value:
            yield from _walk(value["value"], _join(path, value["name"]), depth + 1)
        else:
            for k, v in value.items():
                yield from _walk(v, _join(path, str(k).lstrip(":")), depth + 1)
    elif isinstance(value, list | tuple):
        for i, v in enumerate(value):
            named = isinstance(v, dict) and isinstance(v.get("name"), str) and "value" in v
            yield from _walk(v, path if named else f"{path}[{i}]", depth + 1)


def _join(path: str, key: str) -> str:
    return f"{path}[{key}]" if path else key


def _brackets(sub: str) -> str:
    if not sub:
        return ""
    head, bracket, rest = sub.partition("[")
    return f"[{head}]{bracket}{rest}" if not sub.startswith("[") else sub


# --- PHP serialize() ---------------------------------------------------------------------


def php_unserialize(text: str) -> object:
    """A PHP ``serialize()`` value as Python: arrays become dicts, objects the dict of their
    properties, strings str; raises ValueError when ``text`` is not one."""
    data = text.encode("utf-8")
    try:
        value, end = _php(data, 0, 0)
    except (IndexError, UnicodeDecodeError) as exc:
        raise ValueError(f"not PHP-serialized: {type(exc).__name__}") from None
    if end != len(data):
        raise ValueError("not PHP-serialized: trailing data")
    return value


def _php(b: bytes, i: int, depth: int) -> tuple[Any, int]:
    if depth > MAX_DEPTH:
        raise ValueError("nested too deep")
    kind = b[i : i + 1]
    if b.startswith(b"N;", i):
        return None, i + 2
    if b[i + 1 : i + 2] != b":":
        raise ValueError("not PHP-serialized")
    if kind in (b"b", b"i", b"d", b"r", b"R"):
        end = b.index(b";", i)
        raw = b[i + 2 : end].decode("ascii")
        number: object = float(raw) if kind == b"d" else int(raw)
        return (None if kind in (b"r", b"R") else number), end + 1
    if kind in (b"s", b"E"):
        text, j = _php_string(b, i + 2)
        return text, _expect(b, j, b";")
    if kind == b"a":
        return _php_members(b, i + 2, depth)
    if kind == b"O":
        _class, j = _php_string(b, i + 2)
        members, j = _php_members(b, _expect(b, j, b":"), depth)
        return {str(k).rpartition("\0")[2]: v for k, v in members.items()}, j
    if kind == b"C":  # Serializable: opaque data
        _class, j = _php_string(b, i + 2)
        colon = b.index(b":", _expect(b, j, b":"))
        size = int(b[j + 1 : colon])
        return None, _expect(b, _expect(b, colon + 1, b"{") + size, b"}")
    raise ValueError("not PHP-serialized")


def _php_string(b: bytes, i: int) -> tuple[str, int]:
    """``N:"..."`` at ``i``: the string and the offset after its closing quote."""
    colon = b.index(b":", i)
    size = int(b[i:colon])
    start = _expect(b, colon + 1, b'"')
    return b[start : start + size].decode("utf-8", "replace"), _expect(b, start + size, b'"')


def _php_members(b: bytes, i: int, depth: int) -> tuple[dict[Any, Any], int]:
    colon = b.index(b":", i)
    count = int(b[i:colon])
    j = _expect(b, colon + 1, b"{")
    out: dict[Any, Any] = {}
    for _ in range(count):
        key, j = _php(b, j, depth + 1)
        value, j = _php(b, j, depth + 1)
        out[key] = value
    return out, _expect(b, j, b"}")


def _expect(b: bytes, i: int, token: bytes) -> int:
    if b[i : i + len(token)] != token:
        raise ValueError("not PHP-serialized")
    return i + len(token)


# --- Rails YAML ----------------------------------------------------------------------------


class _RubyLoader(yaml.SafeLoader):
    """A safe loader that reads Ruby-tagged nodes (``!ruby/hash:...``) as plain data."""


def _untagged(loader: yaml.SafeLoader, _suffix: str, node: yaml.Node) -> object:
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node, deep=True)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_scalar(node)  # type: ignore[arg-type]


_RubyLoader.add_multi_constructor("!", _untagged)


# --- Hosts ----------------------------------------------------------------------------------


def _bare(host: str) -> str:
    host = host.lower().strip("[]")
    return host[4:] if host.startswith("www.") else host


def _local(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _schema_host(host: str) -> bool:
    return any(host == h or host.endswith("." + h) for h in integration_config.SCHEMA_HOSTS)
