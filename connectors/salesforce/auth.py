"""Logging in to a Salesforce org through simple-salesforce, from a system's ``auth:`` block.

Four methods: ``jwt`` (OAuth 2.0 JWT bearer), ``client_credentials`` (OAuth 2.0 client
credentials), ``session`` (an access token from the environment) and ``password`` (username,
password and security token: works, but is reported as a static credential). Secrets come from
``${ENV}`` references or ``*_file`` keys; lineage/core/config.py refuses literals.

Plain ``http://`` is accepted only for a loopback host (a test server). simple-salesforce builds
every URL as ``https://host``, so :class:`~connectors.salesforce.client.ScanSession` rewrites them
to the loopback server; in that mode no request can leave the machine.

>>> instance_parts("https://acme--uat.sandbox.my.salesforce.com", "crm")
('https', 'acme--uat.sandbox.my.salesforce.com')
>>> my_domain_prefix("acme.my.salesforce.com")
'acme.my'
"""

from __future__ import annotations

import difflib
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import requests

from lineage.core.errors import ConfigError, ConnectorError
from lineage.core.model import Control, Status
from lineage.core.transport import is_loopback

from .client import ScanSession, first_line, request_reason

if TYPE_CHECKING:
    from simple_salesforce import Salesforce

    from .config import SalesforceConfig

#: Keys each method reads from ``auth:`` besides ``method``: the required keys, then groups of
#: which one must be given (a ``*_file`` key may replace a secret key).
_METHODS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]] = {
    "jwt": (
        ("username", "consumer_key"),
        (("private_key", "private_key_file"), ("instance_url", "domain")),
    ),
    "client_credentials": (
        ("consumer_key", "instance_url"),
        (("consumer_secret", "consumer_secret_file"),),
    ),
    "session": (("instance_url",), (("session_id", "session_id_file"),)),
    "password": (
        ("username",),
        (
            ("password", "password_file"),
            ("security_token", "security_token_file"),
            ("instance_url", "domain"),
        ),
    ),
}
#: How each method is described in facts, and the credential kind it gives the scan.
METHOD_LABELS = {
    "jwt": ("OAuth 2.0 JWT bearer", "short_lived_oauth"),
    "client_credentials": ("OAuth 2.0 client credentials", "short_lived_oauth"),
    "session": ("session id (access token) from the environment", "short_lived_oauth"),
    "password": ("username, password and security token (SOAP login)", "static_credential"),
}
_SECRETS = ("private_key", "consumer_secret", "session_id", "password", "security_token")
_HOST_PREFIX = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*$")


@dataclass(frozen=True)
class Login:
    """A resolved ``auth:`` block: how to call simple-salesforce, and where it connects."""

    method: str
    #: ``scheme://host[:port]`` of the instance or login server the scan talks to.
    url: str
    #: ``host:port`` of the loopback test server, when ``url`` is plain http on loopback.
    loopback: str | None
    username: str = ""
    kwargs: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @property
    def shown_url(self) -> str:
        """The URL as recorded in a snapshot: a loopback test server's port changes every run,
        so it is left out to keep snapshots of the same org identical."""
        if self.loopback:
            return self.url.rsplit(":", 1)[0] if self.url.count(":") > 1 else self.url
        return self.url

    @property
    def credential(self) -> str:
        return METHOD_LABELS[self.method][1]

    def transit(self) -> Control:
        """Transit encryption of the scan's own API connection, from the URL scheme."""
        if self.loopback:
            return Control(
                Status.OK,
                (
                    f"{self.shown_url} is a loopback test server: plain http that never leaves "
                    "this machine (every request is rewritten to it)",
                ),
            )
        return Control(
            Status.OK,
            (f"{self.url}: the scan's API connection uses https (certificate verified)",),
        )


def parse_auth(system_id: str, config: SalesforceConfig, base_dir: Path | None) -> Login:
    """Check the ``auth:`` block and read its secrets (``*_file`` keys relative to ``base_dir``,
    the estate file's folder); raises ConfigError naming the key, never quoting a secret."""
    where = f"systems.{system_id}.auth"
    auth = dict(config.auth or {})
    if not auth:
        raise ConfigError(
            f"{where}: a salesforce system needs an 'auth' block with 'method' "
            f"(one of {', '.join(_METHODS)}) or 'path' (an export file); see docs/salesforce.md."
        )
    method = str(auth.pop("method", "") or "")
    if method not in _METHODS:
        close = difflib.get_close_matches(method, list(_METHODS), n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"one of {', '.join(_METHODS)}"
        raise ConfigError(f"{where}.method: unknown method {method!r}; {hint}")
    required, groups = _METHODS[method]
    allowed = {*required, *(k for g in groups for k in g)}
    for key in auth:
        if key not in allowed:
            close = difflib.get_close_matches(key, sorted(allowed), n=1)
            hint = (
                f"did you mean {close[0]!r}?"
                if close
                else f"it reads {', '.join(sorted(allowed))}."
            )
            raise ConfigError(f"{where}.{key}: not used by method {method!r}; {hint}")
    for key in required:
        if not auth.get(key):
            raise ConfigError(f"{where}: method {method!r} needs '{key}'.")
    for group in groups:
        given = [k for k in group if auth.get(k)]
        if not given:
            raise ConfigError(f"{where}: method {method!r} needs {' or '.join(map(repr, group))}.")
        if len(given) > 1 and group[1].endswith("_file"):
            raise ConfigError(f"{where}: give {group[0]!r} or {group[1]!r}, not both.")
    url, loopback, prefix = _endpoint(system_id, method, auth, where)
    secrets = {
        k: _secret(auth, k, where, base_dir) for k in _SECRETS if k in auth or f"{k}_file" in auth
    }
    if method == "jwt":
        _check_private_key(secrets["private_key"], where)
    return _login(method, auth, secrets, url, loopback, prefix)


def _check_private_key(pem: str, where: str) -> None:
    """The JWT signing key must be an RSA private key in PEM (the connected app's certificate)."""
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    key_name = f"{where}.private_key"
    try:
        key = load_pem_private_key(pem.encode(), password=None)
    except (ValueError, TypeError):
        raise ConfigError(
            f"{key_name}: not an unencrypted PEM private key (-----BEGIN PRIVATE KEY-----)."
        ) from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ConfigError(f"{key_name}: Salesforce signs JWTs with RS256; the key must be RSA.")


def _secret(auth: Mapping[str, Any], key: str, where: str, base_dir: Path | None) -> str:
    if auth.get(key):
        return str(auth[key])
    path = Path(str(auth[f"{key}_file"])).expanduser()
    if base_dir is not None and not path.is_absolute():
        path = base_dir / path
    try:
        text = path.read_text().strip()
    except OSError as exc:
        raise ConfigError(f"{where}.{key}_file: cannot read {path} ({exc.strerror}).") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{where}.{key}_file: {path} is not a text file.") from None
    if not text:
        raise ConfigError(f"{where}.{key}_file: {path} is empty.")
    return text


def _endpoint(
    system_id: str, method: str, auth: Mapping[str, Any], where: str
) -> tuple[str, str | None, str]:
    """``(url, loopback host or None, host prefix for simple-salesforce)`` of the auth block."""
    instance_url = str(auth.get("instance_url") or "")
    domain = str(auth.get("domain") or "")
    if domain and not _HOST_PREFIX.match(domain):
        raise ConfigError(
            f"{where}.domain: expected 'login', 'test' or a My Domain prefix such as "
            f"'acme.my', got {domain!r} (a full URL goes in instance_url)."
        )
    if not instance_url:
        return f"https://{domain}.salesforce.com", None, domain
    scheme, host = instance_parts(instance_url, system_id)
    if scheme == "http":
        return f"http://{host}", host, "loopback"
    if method == "session":
        return f"https://{host}", None, ""
    prefix = my_domain_prefix(host)
    if prefix is None:
        raise ConfigError(
            f"{where}.instance_url: {host} is not a Salesforce host; expected a My Domain "
            "URL such as https://acme.my.salesforce.com."
        )
    if method == "client_credentials" and prefix in ("login", "test"):
        raise ConfigError(f"{where}.instance_url: client credentials need your My Domain URL.")
    return f"https://{host}", None, prefix


def _login(
    method: str,
    auth: Mapping[str, Any],
    secrets: Mapping[str, str],
    url: str,
    loopback: str | None,
    prefix: str,
) -> Login:
    domain = str(auth.get("domain") or "")
    sandbox = ".sandbox." in url or domain == "test"
    kwargs: dict[str, Any]
    if method == "jwt":
        # The token request goes to the My Domain (or login/test) host; the JWT audience must be
        # login.salesforce.com, or test.salesforce.com for a sandbox.
        audience = domain if domain in ("login", "test") else ("test" if sandbox else "login")
        kwargs = dict(
            username=auth["username"],
            consumer_key=auth["consumer_key"],
            privatekey=secrets["private_key"],
            domain=audience,
            instance_url=prefix,
        )
    elif method == "client_credentials":
        kwargs = dict(
            consumer_key=auth["consumer_key"],
            consumer_secret=secrets["consumer_secret"],
            domain=prefix,
        )
    elif method == "session":
        kwargs = dict(session_id=secrets["session_id"], instance_url=url.replace("http:", "https:"))
    else:
        kwargs = dict(
            username=auth["username"],
            password=secrets["password"],
            security_token=secrets["security_token"],
            domain=prefix,
        )
    return Login(method, url, loopback, str(auth.get("username") or ""), kwargs)


def instance_parts(instance_url: str, system_id: str) -> tuple[str, str]:
    """``(scheme, host[:port])`` of an instance URL; plain http only for a loopback host."""
    where = f"systems.{system_id}.auth.instance_url"
    parts = urlsplit(instance_url.strip())
    try:
        port = parts.port
    except ValueError:
        port, parts = None, parts._replace(netloc="")
    if parts.scheme not in ("https", "http") or not parts.hostname:
        got = f", got {instance_url!r}" if "@" not in instance_url else ""
        raise ConfigError(f"{where}: expected a URL such as https://acme.my.salesforce.com{got}.")
    if parts.username or parts.password:
        raise ConfigError(f"{where}: the URL must not hold credentials; use the auth keys.")
    host = parts.hostname + (f":{port}" if port else "")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigError(
            f"{where}: plain http is refused for {parts.hostname}; use https:// "
            "(http is only accepted for a loopback test server such as http://127.0.0.1:8080)."
        )
    return parts.scheme, host


def my_domain_prefix(host: str) -> str | None:
    """The part of a ``*.salesforce.com`` host simple-salesforce calls the domain."""
    host = host.split(":")[0].lower()
    if not host.endswith(".salesforce.com"):
        return None
    return host.removesuffix(".salesforce.com")


def connect(system_id: str, login: Login, session: ScanSession) -> Salesforce:
    """A logged-in simple-salesforce client; raises ConnectorError with a one-line reason."""
    from simple_salesforce import Salesforce
    from simple_salesforce.exceptions import SalesforceAuthenticationFailed, SalesforceError

    label = METHOD_LABELS[login.method][0]
    try:
        with warnings.catch_warnings():  # its "authorize the app first" hint: ours says it too
            warnings.simplefilter("ignore", UserWarning)
            return Salesforce(session=session, **login.kwargs)
    except SalesforceAuthenticationFailed as exc:
        code = f"{exc.code}: " if exc.code else ""
        message = first_line(exc.auth_message) or "no reason given"
        raise ConnectorError(
            f"{system_id}: Salesforce refused the {label} login at {login.url} "
            f"({code}{message}). {_login_hint(login.method)}"
        ) from None
    except (SalesforceError, ValueError) as exc:
        raise ConnectorError(
            f"{system_id}: {label} login at {login.url} failed ({type(exc).__name__})."
        ) from None
    except requests.RequestException as exc:
        raise ConnectorError(
            f"{system_id}: cannot reach {login.url}: {request_reason(exc)}."
        ) from None


def _login_hint(method: str) -> str:
    return {
        "jwt": "Check the username, that the connected app holds the certificate of "
        "private_key_file, and that the user is pre-authorized for the app.",
        "client_credentials": "Check the consumer key and secret, and that the connected app "
        "enables the client credentials flow with a run-as user.",
        "session": "Get a new session id.",
        "password": "Check the username, password and security token.",
    }[method]
