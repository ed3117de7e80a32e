"""Third-party endpoints and hard-coded credentials in integration config files.

The estate's ``integration_configs`` name files or folders (relative to the estate file) in
YAML, JSON, dotenv, Java ``.properties`` or INI form. Each string value that is a URL, or a host
name under a ``*host*``/``*server*``/``*endpoint*`` key, becomes a :class:`ConfigEndpoint`
citing file, line and key. detect-secrets (its default plugins and filters, plus one filter for
environment references) finds credentials; only the file, line, key and kind of each are kept,
never the value. URLs lose userinfo, query and fragment, which can hold keys:

>>> sanitise_url("https://user:pw@hooks.example.com/x?token=abc#top")
'https://hooks.example.com/x'
>>> sanitise_url("jdbc:postgresql://DB.internal:5432/shop?password=x")
'jdbc:postgresql://db.internal:5432/shop'
>>> sanitise_url("${API_URL}") is None
True
"""

from __future__ import annotations

import ipaddress
import logging
import os
import re
import stat
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from lineage.core.errors import ConfigError
from lineage.core.model import ScanIssue

from .config_formats import PARSERS, Value, yaml_expands

log = logging.getLogger(__name__)
#: json's own string scanner (unescapes, returns the end offset); typeshed does not declare it.

MAX_BYTES = 1024 * 1024
SCHEMES = frozenset(
    {"http", "https", "ftp", "ftps", "sftp", "ws", "wss", "amqp", "amqps", "redis", "rediss",
     "mqtt", "mqtts", "smtp", "smtps", "postgresql", "postgres", "mysql", "mongodb",
     "mongodb+srv", "jdbc:postgresql", "jdbc:mysql", "jdbc:mariadb"}
)  # fmt: skip
#: Hosts whose URLs name an XML namespace or a schema, not a service data is sent to.
SCHEMA_HOSTS = ("w3.org", "json-schema.org", "schemas.xmlsoap.org", "schema.org")
DOC_WORDS = frozenset({"doc", "docs", "documentation", "homepage", "help"})
DOC_TAILS = frozenset({"url", "uri", "link", "page", "api", "site", "home"})
HOST_WORDS = frozenset(
    {"host", "hosts", "hostname", "hostnames", "server", "servers", "endpoint", "endpoints"}
)
#: Words that may follow a host word in a key and still name the host (``host_name``).
HOST_TAILS = frozenset({"name", "names", "addr", "address", "url", "uri"})
#: File-name endings that make ``server_cert: server.pem`` not a host name.
FILE_ENDINGS = frozenset(
    {"pem", "crt", "cer", "key", "p12", "pfx", "jks", "json", "yaml", "yml", "xml", "txt", "log",
     "conf", "cfg", "ini", "env", "properties", "py", "js", "sh", "html", "jar", "pid", "sock",
     "db", "csv", "sql", "lock"}
)  # fmt: skip

_URL_START = re.compile(r"(?i)^(jdbc:[a-z]+|[a-z][a-z0-9+.-]*)://")
_HOSTNAME = re.compile(
    r"(?i)^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*$"
)
_PLACEHOLDER = re.compile(
    r"^(\$\{[^}]*\}|\$[A-Za-z_]\w*|\{\{.*\}\}|%\([^)]*\)[sd]|<%.*%>|#\{[^}]*\}|<[^<>\s]+>)$"
)
#: Secrets that are references to the environment or a template, not credentials.
_ENV_REFERENCE = re.compile(
    r"""^\s*["']?(\$\{|\$[A-Za-z_]|\{\{|%\(|<%|\#\{|os\.environ|os\.getenv|getenv\(|"""
    r"""process\.env|ENV\[|env\(|System\.getenv|!ENV)"""
)
#: Between the URLs of a list value: white space, or a comma before a scheme (not the comma
#: between the hosts of ``postgresql://h1:5432,h2:5432/db``).
_URL_LIST_SEPARATOR = re.compile(r"\s+|,(?=\s*(?:jdbc:)?[A-Za-z][\w+.-]*://)")
#: A path segment that looks like a key or token (webhook URLs carry them in the path).
_TOKEN_SEGMENT = re.compile(
    r"^(?=.*[A-Za-z])(?=.*\d|.*[a-z].*[A-Z]|.*[A-Z].*[a-z])[A-Za-z0-9_\-+.~:]{20,}$"
)


@dataclass(frozen=True)
class ConfigEndpoint:
    """A URL or host name found in a config file. ``url`` never holds userinfo, query or
    fragment; ``scheme`` is ``""`` for a bare host name."""

    file: str
    line: int
    key: str
    url: str
    scheme: str
    host: str


@dataclass(frozen=True)
class ConfigCredential:
    """A hard-coded credential: where it is and detect-secrets' type for it, never the value."""

    file: str
    line: int
    key: str
    kind: str


@dataclass
class IntegrationScan:
    files: list[str] = field(default_factory=list)
    endpoints: list[ConfigEndpoint] = field(default_factory=list)
    credentials: list[ConfigCredential] = field(default_factory=list)
    issues: list[ScanIssue] = field(default_factory=list)


def check_paths(paths: Sequence[str], base_dir: Path) -> None:
    """Raise ConfigError for the first path that does not exist under ``base_dir``."""
    for p in paths:
        if not (Path(base_dir) / p).exists():
            raise ConfigError(
                f"integration_configs: {p} does not exist (relative to {base_dir}); "
                "fix the path or remove it"
            )


def scan_integration_configs(paths: Sequence[str], base_dir: Path) -> IntegrationScan:
    """Endpoints and credentials of the files and folders ``paths`` (relative to ``base_dir``).

    A file that cannot be read or parsed becomes an issue and the scan goes on; credentials of
    a malformed file are still reported. Not thread-safe: detect-secrets' settings are global.
    """
    base_dir = Path(base_dir)
    files, issues = _collect(paths, base_dir)
    result = IntegrationScan(issues=issues)
    with _detect_secrets_settings():
        for path, name, kind in files:
            _scan_file(path, name, kind, result)
    result.files.sort()
    result.endpoints.sort(key=lambda e: (e.file, e.line, e.key, e.url))
    result.credentials.sort(key=lambda c: (c.file, c.line, c.key, c.kind))
    return result


def sanitise_url(raw: str) -> str | None:
    """``raw`` as scheme://host[:port][/path] (its first host), or None if it is no endpoint."""
    urls = _parse_url(raw.strip())
    return urls[0][0] if urls else None


# --- Files ---------------------------------------------------------------------------------


def _format(name: str) -> str | None:
    lower = name.lower()
    suffix = os.path.splitext(lower)[1]
    by_suffix = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".properties": "properties",
                 ".ini": "ini", ".cfg": "ini", ".conf": "ini", ".env": "dotenv"}  # fmt: skip
    if suffix in by_suffix:
        return by_suffix[suffix]
    if lower == ".env" or lower.startswith(".env."):
        return "dotenv"
    return None


def _collect(
    paths: Sequence[str], base_dir: Path
) -> tuple[list[tuple[Path, str, str]], list[ScanIssue]]:
    """(path, name as cited, format) of every file to read, and issues for those skipped."""
    found: dict[str, tuple[Path, str, str]] = {}
    issues: list[ScanIssue] = []

    def add(path: Path, kind: str) -> None:
        name = _cited(path, base_dir)
        try:
            st = path.stat()
        except OSError as exc:
            issues.append(ScanIssue(name, "unreadable", f"{name}: cannot read ({exc.strerror})"))
            return
        size = st.st_size
        if not stat.S_ISREG(st.st_mode):  # a FIFO or device would block the scan
            issues.append(ScanIssue(name, "unreadable", f"{name}: not a regular file; not read"))
            return
        if size > MAX_BYTES:
            issues.append(
                ScanIssue(name, "unreadable", f"{name}: larger than 1 MB ({size} bytes); not read")
            )
            return
        found.setdefault(os.path.realpath(path), (path, name, kind))

    def unreadable(exc: OSError) -> None:
        name = _cited(Path(exc.filename), base_dir)
        issues.append(ScanIssue(name, "unreadable", f"{name}: cannot read ({exc.strerror})"))

    for p in paths:
        full = base_dir / p
        if full.is_dir():
            for root, dirs, names in os.walk(full, onerror=unreadable):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for n in sorted(names):
                    if kind := _format(n):
                        add(Path(root, n), kind)
        elif full.is_file():
            add(full, _format(full.name) or "keyvalue")
        else:
            issues.append(
                ScanIssue(p, "unreadable", f"{p}: does not exist (relative to {base_dir})")
            )
    return sorted(found.values(), key=lambda f: f[1]), issues


def _cited(path: Path, base_dir: Path) -> str:
    try:
        return Path(os.path.relpath(path, base_dir)).as_posix()
    except ValueError:  # another drive on Windows
        return path.as_posix()


def _scan_file(path: Path, name: str, kind: str, result: IntegrationScan) -> None:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        result.issues.append(ScanIssue(name, "unreadable", f"{name}: cannot read ({exc.strerror})"))
        return
    try:
        text = raw.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError:
        result.issues.append(ScanIssue(name, "unreadable", f"{name}: not UTF-8 text; not read"))
        return
    result.files.append(name)
    values, problem = PARSERS[kind](text)
    if problem:
        result.issues.append(ScanIssue(name, "malformed", f"{name}:{problem}"))
    on_line: dict[int, list[Value]] = {}
    for v in values:
        for n in range(v.line, v.end_line + 1):
            on_line.setdefault(n, []).append(v)
    # Secret values stay in this frame: they only decide which URL paths to cut.
    secrets_at: dict[int, list[str]] = {}
    kinds: dict[int, str] = {}
    # detect-secrets' YAML transformer expands every alias: a "billion laughs" file would hang.
    transform = kind != "yaml" or "*" not in text or not yaml_expands(text)
    for line, secret_type, secret in _find_secrets(text, name, transform):
        secrets_at.setdefault(line, []).append(secret)
        kinds[line] = min(kinds.get(line, secret_type), secret_type, key=_generality)
    lines = text.split("\n")
    for line, secret_type in kinds.items():
        key = _holder(on_line.get(line, []), secrets_at[line]) or _leading_key(
            lines[line - 1] if line <= len(lines) else ""
        )
        result.credentials.append(
            ConfigCredential(name, line, _unsecret(key, secrets_at[line]), secret_type)
        )
    before = len(result.endpoints)
    for v in values:
        secrets = secrets_at.get(v.line, ())
        for url, scheme, host in _endpoint_urls(v, secrets):
            key = _unsecret(v.key, secrets)
            result.endpoints.append(ConfigEndpoint(name, v.line, key, url, scheme, host))
    log.debug(
        "%s read as %s: %d endpoints, %d credentials",
        name, kind, len(result.endpoints) - before, len(kinds),
    )  # fmt: skip


def _generality(secret_type: str) -> tuple[int, str]:
    """Sort key putting the most specific of several types found on one line first."""
    rank = {"Secret Keyword": 1, "Base64 High Entropy String": 2, "Hex High Entropy String": 2}
    return rank.get(secret_type, 0), secret_type


def _holder(candidates: list[Value], secrets: list[str]) -> str:
    """The key of the value holding one of ``secrets`` (several values can share a line)."""
    for v in candidates:
        if any(s and v.text and (s in v.text or v.text in s) for s in secrets):
            return v.key
    return candidates[0].key if candidates else ""


def _unsecret(key: str, secrets: Sequence[str]) -> str:
    """``key`` with any part that is (or holds) a secret found on its line replaced by ``…``:
    a token can be a key (``tokens: {sk_live_...: shop}``) as well as a value."""
    parts = re.split(r"([.\[\]])", key)
    return "".join(
        "…" if p and any(s and (s in p or p in s) and len(p) >= 8 for s in secrets) else p
        for p in parts
    )


def _leading_key(line: str) -> str:
    """The key a raw line starts with (for files that did not parse)."""
    m = re.match(r"""^\s*(?:export\s+)?["']?([A-Za-z_][\w.\-]*)["']?\s*[:=]""", line)
    return m.group(1) if m else ""


# --- Endpoints -----------------------------------------------------------------------------


def _endpoint_urls(value: Value, secrets: Sequence[str]) -> list[tuple[str, str, str]]:
    """(url, scheme, host) for each endpoint a value names; [] when it names none."""
    text = value.text.strip()
    words = _key_words(value.key)
    if not text or _PLACEHOLDER.match(text) or _is_doc_key(words):
        return []
    if words and words[0].startswith(("$schema", "xmlns")):
        return []
    urls = [t for t in _URL_LIST_SEPARATOR.split(text) if t]
    if all(_URL_START.match(t) for t in urls):
        found = [u for t in urls for u in _parse_url(t, secrets)]
        return [u for u in found if not _is_schema_host(u[2])]
    if _is_host_key(words):
        hosts = [_bare_host(t) for t in re.split(r"[,\s]+", text) if t]
        if all(hosts):
            return [(h[0], "", h[1]) for h in hosts if h]
    return []


def _parse_url(raw: str, secrets: Sequence[str] = ()) -> list[tuple[str, str, str]]:
    m = _URL_START.match(raw)
    if not m or m.group(1).lower() not in SCHEMES:
        return []
    scheme, rest = m.group(1).lower(), _after_userinfo(raw[m.end() :])
    end = min([i for i in (rest.find(c) for c in "/?#") if i >= 0], default=len(rest))
    authority, tail = rest[:end], rest[end:]
    if "@" in authority:
        authority = authority.rpartition("@")[2]
    elif "@" in rest and (
        not _is_authority(authority) or (":" in authority and "@" in re.split(r"[?#]", rest)[0])
    ):
        # A password with '/', '?' or '#' in it, not percent-encoded (``user:2024/pw@host``
        # reads like host:port/path): cut after the last '@'. Safer to misread a path.
        rest = rest.rpartition("@")[2]
        end = min([i for i in (rest.find(c) for c in "/?#") if i >= 0], default=len(rest))
        authority, tail = rest[:end], rest[end:]
    path = _safe_path(re.split(r"[?#]", tail, maxsplit=1)[0] if tail.startswith("/") else "")
    out = []
    for part in authority.split(","):
        host, port = _split_host_port(part)
        if host is None:
            continue
        netloc = (f"[{host}]" if ":" in host else host) + (f":{port}" if port else "")
        cut = path if not any(s and (s in path or path in s) for s in secrets if path) else ""
        if any(s and s in host for s in secrets):
            continue
        out.append((f"{scheme}://{netloc}{cut}", scheme, host))
    return out


def _after_userinfo(rest: str) -> str:
    """What follows ``scheme://`` from the host on, when the password of its userinfo may hold
    an unencoded ``@`` (so that no piece of it is taken for the host or the path): the userinfo
    ends at the last ``@`` followed by a host (a dotted name, an address or localhost first).
    Unchanged without such a password.

    >>> _after_userinfo("u:pw@x/y@api.example.com/v1")
    'api.example.com/v1'
    >>> _after_userinfo("u:pw@registry.example.org/@scope/pkg")
    'u:pw@registry.example.org/@scope/pkg'
    """
    ats = [i for i, c in enumerate(rest) if c == "@"]
    if len(ats) < 2 or ":" not in rest[: ats[0]]:
        return rest
    hosts = []
    for i in ats:
        end = min([j for j in (rest.find(c, i + 1) for c in "/?#") if j >= 0], default=len(rest))
        authority = rest[i + 1 : end]
        if authority and "@" not in authority and _is_authority(authority):
            hosts.append((i, authority.split(",")[0]))
    named = [i for i, h in hosts if "." in h or h.startswith("[") or h.startswith("localhost")]
    picked = (named or [i for i, _ in hosts])[-1:] or [ats[0]]
    return rest if picked[0] == ats[0] else rest[picked[0] + 1 :]


def _safe_path(path: str) -> str:
    """The path up to the first segment that may hold a key (a token, ``;params``, ``k=v``)."""
    kept = []
    for seg in path.split(";", 1)[0].split("/")[1:]:
        if "=" in seg or _TOKEN_SEGMENT.match(seg):
            break
        kept.append(seg)
    return "/" + "/".join(kept) if kept or path else ""


def _is_authority(authority: str) -> bool:
    """``host[:port]`` (comma-separated), the port a number or a ``${PLACEHOLDER}``."""
    return all(
        re.fullmatch(r"(\[[0-9A-Fa-f:.]+\]|[^:\[\]]+)(:(\d+|\$\{\w+\}))?", part)
        and _split_host_port(part)[0] is not None
        for part in authority.split(",")
    )


def _split_host_port(part: str) -> tuple[str | None, str]:
    """Lower-case host and port of ``host[:port]``; (None, "") when it is not a host."""
    if part.startswith("["):
        host, _, rest = part[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
    else:
        host, _, port = part.partition(":")
    host = host.lower()
    if not host or not (_HOSTNAME.match(host) or _is_ip(host)):
        return None, ""
    return host, port if port.isdigit() and int(port) < 65536 else ""


def _bare_host(token: str) -> tuple[str, str] | None:
    """(``host[:port]``, host) when ``token`` is a host name with a domain, localhost or an IP
    address; a port that is not a number (``${PORT}``) is left out."""
    if _is_ip(token):
        address = token.strip("[]").lower()
        return (f"[{address}]" if ":" in address else address), address
    if token.count(":") > 1:
        return None
    host, port = _split_host_port(token)
    if host is None:
        return None
    if host != "localhost" and not _is_ip(host):
        labels = host.split(".")
        if len(labels) < 2 or not labels[-1].isalpha() or labels[-1] in FILE_ENDINGS:
            return None
    return (f"{host}:{port}" if port else host), host


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return False
    return True


def _is_schema_host(host: str) -> bool:
    return any(host == h or host.endswith("." + h) for h in SCHEMA_HOSTS)


def _key_words(key: str) -> list[str]:
    """Lower-case words of the key's last part: ``klaviyo.apiHost`` -> ``['api', 'host']``."""
    parts = [p for p in re.split(r"[.\[\]]", key) if p and not p.isdigit()]
    last = parts[-1] if parts else ""
    if last.startswith("$") or last.lower().startswith("xmlns"):
        return [last.lower()]
    return [w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", last)]


def _is_doc_key(words: list[str]) -> bool:
    """``docs``, ``help_url``, ``api_docs``: a documentation link (``help_desk_url`` is not)."""
    return bool(DOC_WORDS & set(words)) and set(words) <= DOC_WORDS | DOC_TAILS


def _is_host_key(words: list[str]) -> bool:
    spots = [i for i, w in enumerate(words) if w in HOST_WORDS]
    return bool(spots) and all(w in HOST_TAILS for w in words[spots[-1] + 1 :])


# --- Credentials ---------------------------------------------------------------------------


def _is_env_reference(secret: str) -> bool:
    """detect-secrets filter: ``os.environ["X"]``, ``{{ x }}``, ``$X``... name a secret kept
    elsewhere (detect-secrets' own filters miss some once a value is re-quoted)."""
    return bool(_ENV_REFERENCE.match(secret))


class _Quiet(logging.Filter):
    """detect-secrets' INFO message for a filtered secret is meant to quote it (1.5 happens to
    print a placeholder instead); let only its warnings through."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING


@contextmanager
def _detect_secrets_settings() -> Iterator[None]:
    """detect-secrets' plugins (but the public IP one) and default filters, plus
    :func:`_is_env_reference`."""
    from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class
    from detect_secrets.settings import Settings, transient_settings

    classes: list[type] = list(get_mapping_from_secret_type_to_class().values())
    # A public IP address is an endpoint here, not a credential.
    plugins = [{"name": c.__name__} for c in classes if c.__name__ != "IPPublicDetector"]
    filters = sorted({*Settings().filters, f"{__name__}._is_env_reference"})
    quiet, ds_log = _Quiet(), logging.getLogger("detect-secrets")
    with ExitStack() as stack:
        ds_log.addFilter(quiet)
        stack.callback(ds_log.removeFilter, quiet)
        stack.enter_context(
            transient_settings(
                {"plugins_used": plugins, "filters_used": [{"path": p} for p in filters]}
            )
        )
        yield


def _find_secrets(text: str, name: str, transform: bool) -> Iterator[tuple[int, str, str]]:
    """(line, type, value) of each secret detect-secrets finds in ``text``.

    Like ``detect_secrets.core.scan.scan_file`` but over both of its line passes (a format
    transformer's lines, then its "eager" one): scan_file stops after the first pass that finds
    anything, which misses an unquoted ``PASSWORD=...`` in a .env file holding another secret.
    Without ``transform`` only the raw lines are scanned.
    """
    import io

    from detect_secrets.core.scan import _process_line_based_plugins
    from detect_secrets.filters.allowlist import is_line_allowlisted
    from detect_secrets.transformers import get_transformed_file
    from detect_secrets.util.code_snippet import get_code_snippet

    handle = io.StringIO(text)
    handle.name = name  # detect-secrets picks transformers and keyword rules by the file name
    if not transform:
        passes = [handle.readlines()]
    else:
        passes = [get_transformed_file(handle) or handle.readlines()]  # type: ignore[arg-type]
        handle.seek(0)
        if eager := get_transformed_file(handle, use_eager_transformers=True):  # type: ignore[arg-type]
            passes.append(eager)
    original = text.split("\n")
    for lines in passes:
        for secret in _process_line_based_plugins(list(enumerate(lines, start=1)), name):
            n = secret.line_number
            # Transformers drop comment lines (YAML), so check the pragma on the file's own text.
            if n <= len(original) and is_line_allowlisted(
                name, original[n - 1], get_code_snippet(original, n)
            ):
                continue
            yield n, secret.type, secret.secret_value or ""
