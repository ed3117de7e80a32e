"""The REST and Tooling calls the connector makes, with Salesforce errors turned into ours.

Every call goes through simple-salesforce's ``_call_salesforce`` (so an expired token is
re-issued for the OAuth flows) and through :class:`ScanSession` (so 5xx answers and
REQUEST_LIMIT_EXCEEDED are retried a bounded number of times). What is left:

* an error that stops the whole scan (expired session, unreachable org) raises
  :class:`lineage.core.errors.ConnectorError`; the API limit raises its subclass
  :class:`ApiLimitReached`, after which the connector keeps what it has read;
* a missing permission raises :class:`PermissionDenied` and any other failed call
  :class:`CallError`; the connector records those as issues and goes on.

Messages hold the Salesforce error code and the first line of its message, never a record value
or a secret: every SOQL query sent here names objects and fields only (and Ids of setup records).
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

import requests

from lineage.core.errors import ConnectorError

if TYPE_CHECKING:
    from simple_salesforce import Salesforce

log = logging.getLogger(__name__)

#: Error codes that mean "this identity may not read that": a missing permission or license.
_DENIED_CODES = frozenset(
    {
        "INVALID_TYPE",
        "INSUFFICIENT_ACCESS",
        "INSUFFICIENT_ACCESS_OR_READONLY",
        "INSUFFICIENT_PRIVILEGES",
        "API_DISABLED_FOR_ORG",
        "FUNCTIONALITY_NOT_ENABLED",
        "NOT_FOUND",
    }
)
_RECORD_ID = re.compile(r"[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?")
#: Objects read through the Tooling API or only with Setup access.
SETUP_PERMISSION = "View Setup and Configuration"


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded retries of 5xx answers, REQUEST_LIMIT_EXCEEDED and dropped connections."""

    retries: int = 3
    #: First wait in seconds; each retry doubles it (1, 2, 4 by default).
    backoff: float = 1.0
    timeout: tuple[float, float] = (10.0, 30.0)


class ScanSession(requests.Session):
    """The requests session simple-salesforce uses: loopback rewrite, timeouts, bounded retries."""

    def __init__(
        self,
        policy: RetryPolicy,
        loopback: str | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__()
        self.policy = policy
        self.loopback = loopback
        self.sleep = sleep
        if loopback:
            self.trust_env = False  # no proxy from the environment between us and 127.0.0.1

    def request(self, method: str, url: Any, *args: Any, **kwargs: Any) -> requests.Response:
        url = str(url)
        if self.loopback:
            url = re.sub(r"^https://[^/]*", f"http://{self.loopback}", url)
        kwargs.setdefault("timeout", self.policy.timeout)
        attempt = 0
        while True:
            cause: str | None
            try:
                response = super().request(method, url, *args, **kwargs)
            except (requests.ConnectionError, requests.Timeout) as exc:
                if attempt >= self.policy.retries or _not_connected(exc):
                    raise
                cause = "connection"
            else:
                cause = _retry_cause(response)
                if cause is None or attempt >= self.policy.retries:
                    return response
            delay = self.policy.backoff * 2**attempt
            log.info("Salesforce %s: retry %d in %.1f s", cause, attempt + 1, delay)
            self.sleep(delay)
            attempt += 1


def _not_connected(exc: requests.RequestException) -> bool:
    """Nothing listens, or the name does not resolve: a retry will not help."""
    text = str(exc)
    return "NewConnectionError" in text or "NameResolutionError" in text


def _retry_cause(response: requests.Response) -> str | None:
    if response.status_code >= 500:
        return "5xx"
    if response.status_code == 403 and b"REQUEST_LIMIT_EXCEEDED" in response.content[:2000]:
        return "REQUEST_LIMIT_EXCEEDED"
    return None


class ApiLimitReached(ConnectorError):
    """REQUEST_LIMIT_EXCEEDED after the bounded retries: no further call will succeed for now.

    The connector keeps what it has read, lists the objects left as not scanned and stops
    calling; before anything is read (describeGlobal) it stops the system's scan."""


class CallError(Exception):
    """One call failed; ``reason`` is a one-line description safe to show and store."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PermissionDenied(CallError):
    """The scan identity lacks a permission (or the org a feature) for this call."""


class SalesforceApi:
    """The calls the scan needs, on a logged-in simple-salesforce client."""

    def __init__(
        self, sf: Salesforce, session: ScanSession, system_id: str, method: str, url: str
    ) -> None:
        self.sf = sf
        self.url = url
        self.session = session
        self.system_id = system_id
        self.method = method

    # --- the calls -----------------------------------------------------------------------------

    def describe_global(self) -> list[dict[str, Any]]:
        """Every sObject the identity can see (describeGlobal)."""
        body = self._call("describeGlobal", self.sf.describe)
        return list(body.get("sobjects") or [])

    def describe(self, name: str) -> dict[str, Any]:
        """An sObject's describe: fields, child relationships, record types."""
        return self._call(
            f"describe {name}", partial(self.sf.restful, f"sobjects/{name}/describe/")
        )

    def query(self, soql: str, what: str, tooling: bool = False) -> list[dict[str, Any]]:
        """All records of a SOQL query, following ``nextRecordsUrl`` page by page."""
        return list(self.iter_query(soql, what, tooling))

    def iter_query(self, soql: str, what: str, tooling: bool = False) -> Iterator[dict[str, Any]]:
        if tooling:
            page = self._call(what, partial(self.sf.restful, "tooling/query/", params={"q": soql}))
        else:
            page = self._call(what, partial(self.sf.query, soql))
        while True:
            yield from page.get("records") or []
            next_url = page.get("nextRecordsUrl")
            if page.get("done", True) or not next_url:
                return
            page = self._call(what, partial(self.sf.query_more, next_url, identifier_is_url=True))

    def count(self, soql: str, what: str) -> int:
        """The ``totalSize`` of a ``SELECT COUNT() FROM ...`` query."""
        page = self._call(what, partial(self.sf.query, soql))
        total = page.get("totalSize")
        if not isinstance(total, int):
            raise CallError("the answer has no totalSize")
        return total

    def tooling_record(self, entity: str, record_id: str) -> dict[str, Any]:
        """One Tooling record with its ``Metadata`` (GET tooling/sobjects/Entity/Id)."""
        return self._call(
            f"{entity} {record_id}",
            partial(self.sf.restful, f"tooling/sobjects/{entity}/{record_id}"),
        )

    def record_counts(self, names: list[str]) -> dict[str, int]:
        """Record counts from limits/recordCount, in as few calls as the URL length allows."""
        counts: dict[str, int] = {}
        for chunk in chunks(names, 3000):
            params = {"sObjects": ",".join(chunk)}
            body = self._call(
                "limits/recordCount", partial(self.sf.restful, "limits/recordCount", params=params)
            )
            for row in body.get("sObjects") or []:
                if row.get("name") and isinstance(row.get("count"), int):
                    counts[row["name"]] = row["count"]
        return counts

    def user_id(self) -> str:
        """The scan identity's User Id from the OpenID Connect UserInfo endpoint
        (``GET /services/oauth2/userinfo``). Only ``user_id`` is kept: the rest of the answer is
        the identity's own name and email, which are not read or stored."""
        url = f"https://{self.sf.sf_instance}/services/oauth2/userinfo"
        try:
            response = self.session.get(url, headers=self.sf.headers)
        except requests.RequestException as exc:
            raise ConnectorError(
                f"{self.system_id}: cannot reach {self.url} during userinfo: {request_reason(exc)}."
            ) from None
        if response.status_code != 200:
            code, message = error_detail(response.content)
            detail = ": ".join(x for x in (code, message) if x)
            detail = detail or first_line(response.text, 80) or "no message"
            raise CallError(f"HTTP {response.status_code}: {detail}")
        try:
            body = response.json()
        except ValueError:
            raise CallError("unreadable answer (not JSON)") from None
        user = body.get("user_id") if isinstance(body, dict) else None
        if not isinstance(user, str) or not _RECORD_ID.fullmatch(user):
            raise CallError("the answer has no user_id")
        return user

    def api_usage(self) -> tuple[int, int] | None:
        """``(used, limit)`` from the last Sforce-Limit-Info header seen."""
        usage = self.sf.api_usage.get("api-usage")
        return (usage.used, usage.total) if usage else None

    # --- errors ------------------------------------------------------------------------------

    def _call(self, what: str, fn: Callable[[], Any]) -> dict[str, Any]:
        """``fn()``'s JSON body (``{}`` for none), with Salesforce errors turned into ours."""
        from simple_salesforce.exceptions import (
            SalesforceAuthenticationFailed,
            SalesforceError,
            SalesforceExpiredSession,
        )

        sid = self.system_id
        try:
            body = fn()
        except SalesforceAuthenticationFailed as exc:
            raise ConnectorError(
                f"{sid}: the session expired and logging in again was refused "
                f"({exc.code}: {first_line(exc.auth_message)})."
            ) from None
        except SalesforceExpiredSession as exc:
            code, message = error_detail(exc.content)
            if self.method in ("session",):
                hint = "get a new session id, or use method jwt, which renews its token"
            else:
                hint = "logging in again did not help; check the connected app's session policy"
            raise ConnectorError(
                f"{sid}: Salesforce session expired or invalid during {what} "
                f"({code or exc.status}: {message or 'no message'}); {hint}."
            ) from None
        except SalesforceError as exc:
            code, message = error_detail(exc.content)
            if code == "REQUEST_LIMIT_EXCEEDED":
                retries = self.session.policy.retries
                raise ApiLimitReached(
                    f"{sid}: Salesforce API request limit exceeded during {what} "
                    f"(REQUEST_LIMIT_EXCEEDED: {message or 'no message'}); gave up after "
                    f"{retries} retries with backoff. Try again when the org's 24-hour API "
                    "usage has dropped, or raise the limit."
                ) from None
            reason = f"{code or f'HTTP {exc.status}'}: {message or 'no message'}"
            if code in _DENIED_CODES or "is not supported" in message or exc.status == 403:
                raise PermissionDenied(reason) from None
            if exc.status >= 500:
                reason += f" (HTTP {exc.status} after {self.session.policy.retries} retries)"
            raise CallError(reason) from None
        except requests.RequestException as exc:
            raise ConnectorError(
                f"{sid}: cannot reach {self.url} during {what}: {request_reason(exc)}."
            ) from None
        except ValueError as exc:  # a body that is not JSON
            raise CallError(f"unreadable answer ({type(exc).__name__})") from None
        if body is not None and not isinstance(body, dict):
            raise CallError(f"unexpected answer (a JSON {type(body).__name__}, not an object)")
        return dict(body or {})


def error_detail(content: object) -> tuple[str, str]:
    """``(errorCode, first line of message)`` from a Salesforce error body (an array)."""
    body = content
    if isinstance(body, bytes | str):
        try:
            body = json.loads(body)
        except ValueError:
            return "", first_line(
                body.decode(errors="replace") if isinstance(body, bytes) else body
            )
    if isinstance(body, list) and body and isinstance(body[0], dict):
        body = body[0]
    if isinstance(body, dict):
        code = str(body.get("errorCode") or body.get("error") or "")
        message = body.get("message") or body.get("error_description") or ""
        return code, first_line(message).rstrip(".")
    return "", ""


def chunks(names: list[str], max_chars: int, separator: str = ",") -> Iterator[list[str]]:
    """Names in runs whose joined length stays under ``max_chars`` (URL and SOQL limits)."""
    chunk: list[str] = []
    size = 0
    for name in names:
        if chunk and size + len(name) + len(separator) > max_chars:
            yield chunk
            chunk, size = [], 0
        chunk.append(name)
        size += len(name) + len(separator)
    if chunk:
        yield chunk


def first_line(text: object, limit: int = 200) -> str:
    """The first line of a server message, shortened; never a whole response body."""
    lines = str(text or "").strip().splitlines()
    line = lines[0].strip() if lines else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def request_reason(exc: requests.RequestException) -> str:
    """Why a request failed, without the URL (which may carry a query)."""
    if isinstance(exc, requests.Timeout):
        return "timed out"
    if isinstance(exc, requests.ConnectionError):
        text = str(exc)
        for marker in ("Connection refused", "Name or service not known", "No route to host"):
            if marker in text:
                return marker.lower()
        return "connection failed"
    return type(exc).__name__
