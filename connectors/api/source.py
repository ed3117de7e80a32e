"""Reading an API description: a file or an https URL (plain http only on loopback), in YAML or
JSON, bounded in size, and the other documents its ``$ref``s name, through one registry of the
``referencing`` library that reads each document once.

>>> parse_text('{"openapi": "3.1.0"}', "spec.json")
{'openapi': '3.1.0'}
>>> parse_text("a: [1, 2", "spec.yaml")
Traceback (most recent call last):
...
connectors.api.source.SpecError: spec.yaml:2:1: malformed YAML: did not find expected ',' or ']'
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urlsplit

from lineage.core.redact import scrub_secrets
from lineage.core.transport import url_problem

#: Largest document read (Saleor's schema is 1 MB, BigCommerce's largest 1.5 MB).
MAX_BYTES = 32 * 1024 * 1024


#: A YAML anchor (``&name``): without one there is no alias, so no "billion laughs".
_ANCHOR = re.compile(r"(?:^|[\s\[{,:-])&[^\s\[\]{},]+")


class SpecError(Exception):
    """An API description that cannot be read or is not one: one line for the user."""


def parse_text(text: str, name: str) -> Any:
    """A JSON or YAML document (dates kept as ISO text); SpecError naming the line otherwise."""
    import yaml

    from connectors.config_formats import yaml_expands

    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            if name.endswith(".json"):
                raise SpecError(f"{name}:{exc.lineno}: malformed JSON: {exc.msg}") from None
    if _ANCHOR.search(text) and yaml_expands(text):  # aliases need an anchor
        raise SpecError(f"{name}: YAML aliases expand it beyond 100,000 nodes; not read")
    try:
        data = yaml.load(text, Loader=_loader())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise SpecError(f"{name}{where}: malformed YAML: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise SpecError(f"{name}: malformed YAML ({type(exc).__name__})") from None
    return data


def _loader() -> type:
    """PyYAML's safe loader, keeping timestamps as the text written (examples stay strings)."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[misc, valid-type]
        pass

    def as_text(loader: Any, node: Any) -> str:
        return str(loader.construct_scalar(node))

    Loader.add_constructor("tag:yaml.org,2002:timestamp", as_text)
    return Loader


def location_uri(location: str, base_dir: Path) -> str:
    """The URI of a description named by a path (relative to ``base_dir``) or a URL."""
    if "://" in location:
        return location
    path = Path(location).expanduser()
    return (path if path.is_absolute() else base_dir / path).resolve().as_uri()


def check_url(url: str, key: str) -> None:
    """SpecError unless ``url`` is https, or http to a loopback host (a test server), without a
    password in it."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http"):
        raise SpecError(
            f"{key}: expected an https:// URL or a file path, got scheme {parts.scheme!r}"
        )
    problem = url_problem(
        url, "https", "http", "piimap sends no credentials to fetch a description"
    )
    if problem:
        raise SpecError(f"{key}: {problem}")


class Reader:
    """Reads documents by URI (``file:`` or ``https:``), each once, and says which it read.

    ``allowed(uri)`` decides which URIs a ``$ref`` may reach: files in the description's folder
    (or below it) for a description read from a file, the same https host for one read from a
    URL. A ``$ref`` to ``/etc/...``, ``~/.aws/...`` or ``../../secrets.yaml`` is not read: its
    text could otherwise reach the snapshot as a field's description.
    """

    def __init__(self, root: str, timeout: float) -> None:
        self.root = root
        self.timeout = timeout
        self.documents: dict[str, Any] = {}
        self.allowed: Callable[[str], bool] = self._same_origin

    def _same_origin(self, uri: str) -> bool:
        root, other = urlsplit(self.root), urlsplit(uri)
        if root.scheme == "file":
            if other.scheme != "file":
                return False
            folder = Path(unquote(root.path)).resolve().parent
            return Path(unquote(other.path)).resolve().is_relative_to(folder)
        return (other.scheme, other.netloc) == (root.scheme, root.netloc)

    def name(self, uri: str) -> str:
        """How a document is cited: its path relative to the root's folder, or its URL."""
        parts = urlsplit(uri)
        if parts.scheme != "file":
            return scrub_secrets(uri)  # a $ref's or a redirect's URL may hold a password
        path = Path(unquote(parts.path))
        try:
            return path.relative_to(Path(unquote(urlsplit(self.root).path)).parent).as_posix()
        except ValueError:
            return path.as_posix()

    def read(self, uri: str) -> Any:
        uri = urldefrag(uri).url
        if uri not in self.documents:
            if uri != self.root and not self.allowed(uri):
                raise SpecError(f"{self.name(uri)}: a $ref outside the description; not read")
            text = self.text(uri)
            self.documents[uri] = parse_text(text, self.name(uri))
        return self.documents[uri]

    def text(self, uri: str) -> str:
        """The text of a document (a file, or a URL fetched once with TLS)."""
        parts = urlsplit(uri)
        name = self.name(uri)
        if parts.scheme == "file":
            path = Path(unquote(parts.path))
            try:
                if path.stat().st_size > MAX_BYTES:
                    raise SpecError(f"{name}: larger than {MAX_BYTES // 2**20} MB; not read")
                raw = path.read_bytes()
            except OSError as exc:
                raise SpecError(f"{name}: cannot read ({exc.strerror})") from None
        else:
            check_url(uri, name)
            raw = self._fetch(uri, name)
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise SpecError(f"{name}: not UTF-8 text; not read") from None

    def _fetch(self, uri: str, name: str) -> bytes:
        opener = urllib.request.build_opener(_NoDowngrade())
        request = urllib.request.Request(uri, headers={"Accept": "application/json, */*"})
        try:
            with opener.open(request, timeout=self.timeout) as response:
                raw: bytes = response.read(MAX_BYTES + 1)
        except SpecError:
            raise
        except urllib.error.HTTPError as exc:
            raise SpecError(f"{name}: cannot fetch (HTTP {exc.code})") from None
        except OSError as exc:  # URLError, timeouts
            reason = getattr(exc, "reason", None) or getattr(exc, "code", None) or exc
            raise SpecError(f"{name}: cannot fetch ({type(exc).__name__}: {reason})") from None
        if len(raw) > MAX_BYTES:
            raise SpecError(f"{name}: larger than {MAX_BYTES // 2**20} MB; not read")
        return raw

    def resolver(self) -> Any:
        """A ``referencing`` resolver for the root document; other documents are read (and
        checked) when a ``$ref`` first reaches them."""
        from referencing import Registry, Resource, Specification

        def retrieve(uri: str) -> Resource[Any]:
            return Specification.OPAQUE.create_resource(self.read(uri))

        registry: Registry[Any] = Registry(retrieve=retrieve)  # type: ignore[call-arg]
        registry = registry.with_resource(self.root, retrieve(self.root))
        return registry.resolver(base_uri=self.root)


class _NoDowngrade(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to https (or to loopback http)."""

    def redirect_request(
        self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> Any:
        check_url(newurl, req.full_url)
        return super().redirect_request(req, fp, code, msg, headers, newurl)
