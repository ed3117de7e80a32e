"""Transit encryption of a connection or callout, judged from its URL.

One rule for every kind of endpoint (declared flows, Salesforce remote sites and outbound
messages, integration configs): TLS and SSH schemes are ``ok``, plain schemes a ``gap`` unless
they stay on loopback, anything else ``unknown``; each with the sentence that decided it.

>>> transport_status("https://a.klaviyo.com/api", "flow x").status
<Status.OK: 'ok'>
>>> transport_status("http://labels.shipfast.example", "flow y").evidence
('flow y: transport http://labels.shipfast.example is not encrypted',)
>>> transport_status(None, "flow z").status
<Status.UNKNOWN: 'unknown'>
>>> transport_status("http://[::1", "flow w").evidence
('flow w: transport URL is not a valid URL',)
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from .model import Control, Status

SECURE_SCHEMES = frozenset({"https", "sftp", "ftps", "wss", "rediss", "amqps", "mqtts", "ssh"})
PLAIN_SCHEMES = frozenset({"http", "ftp", "ws", "redis", "amqp", "mqtt"})


def transport_status(
    url: str | None, where: str, protocol_security_disabled: bool = False
) -> Control:
    """Transit status of ``url``; ``where`` names the config entry or object it came from.

    ``protocol_security_disabled`` is Salesforce's "Disable Protocol Security" on a remote site
    (``ProtocolMismatch``): callouts may switch from https to http, whatever the URL says.
    """
    if not url:
        return Control(Status.UNKNOWN, (f"{where}: no transport URL given",))
    try:
        parts = urlsplit(url)
        scheme, host = parts.scheme.lower(), parts.hostname or "?"
    except ValueError:  # "http://[::1": an unclosed IPv6 address
        return Control(Status.UNKNOWN, (f"{where}: transport URL is not a valid URL",))
    if protocol_security_disabled:
        return Control(
            Status.GAP,
            (
                f"{where}: protocol security disabled (ProtocolMismatch=true):"
                f" callouts to {host} may switch from https to http",
            ),
        )
    if scheme in SECURE_SCHEMES:
        return Control(Status.OK, (f"{where}: transport {scheme}://{host} uses TLS/SSH",))
    if scheme in PLAIN_SCHEMES:
        if is_loopback(parts.hostname):
            return Control(Status.OK, (f"{where}: {scheme}://{host} stays on loopback",))
        return Control(Status.GAP, (f"{where}: transport {scheme}://{host} is not encrypted",))
    if scheme == "callout":
        return Control(Status.UNKNOWN, (f"{where}: endpoint is named credential {host}",))
    return Control(Status.UNKNOWN, (f"{where}: transport scheme {scheme or '?'} not recognised",))


def is_loopback(host: str | None) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1)."""
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def url_problem(url: str, secure: str, plain: str, credentials_hint: str) -> str:
    """Why the scanner may not reach ``url`` ("" when it may): one rule for every connector that
    connects to a URL it is given. The scheme must be ``secure``, or ``plain`` for a loopback
    host only; a password in the URL is refused, since a URL is quoted in messages, issues and
    facts (``credentials_hint`` says where the secret goes instead).

    >>> url_problem("https://rabbit.internal:15672", "https", "http", "")
    ''
    >>> url_problem("http://api.example.com/openapi.json", "https", "http", "")
    'plain http is refused for api.example.com; use https:// (http is only accepted for a \
loopback test server such as 127.0.0.1)'
    >>> url_problem("https://bob:s3cret@api.example.com", "https", "http", "use password_file")
    'a password in the URL is refused (the URL is shown in messages and outputs); use password_file'
    """
    try:
        parts = urlsplit(url)
        host, _port = parts.hostname, parts.port
    except ValueError:
        return "not a valid URL (a port that is not a number?)"
    if parts.scheme not in (secure, plain) or not host:
        got = f"a {parts.scheme} URL" if parts.scheme else "no scheme"
        return f"expected {secure}://host[:port], got {got}"
    if parts.password is not None:
        return (
            "a password in the URL is refused (the URL is shown in messages and outputs); "
            + credentials_hint
        )
    if parts.scheme == plain and not is_loopback(host):
        return (
            f"plain {plain} is refused for {host}; use {secure}:// ({plain} is only accepted "
            "for a loopback test server such as 127.0.0.1)"
        )
    return ""
