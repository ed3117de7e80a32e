"""The fake Salesforce HTTP server: routing, sessions, faults and the OAuth token endpoint.

See :mod:`connectors.salesforce.fake` for what it serves and the org JSON format.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import re
import secrets
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .catalog import Catalog, Entity
from .describe import describe_sobject, global_entry
from .org import Org
from .query import attributes, execute, wire_value
from .soql import SoqlError, parse

API_LIMIT = 15000
VERSIONS = (("Winter '24", "59.0"), ("Spring '24", "60.0"), ("Summer '24", "61.0"),
            ("Winter '25", "62.0"))  # fmt: skip
_DATA_PATH = re.compile(r"/services/data/v(\d+\.\d+)(?:/(.*))?$")
_JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer"
_QUERY_ERROR_STATUS = {"QUERY_TIMEOUT": 400, "SERVER_UNAVAILABLE": 503,
                       "REQUEST_LIMIT_EXCEEDED": 403}  # fmt: skip
_QUERY_ERROR_TEXT = {
    "QUERY_TIMEOUT": "Your query request was running for too long.",
    "SERVER_UNAVAILABLE": "Service temporarily unavailable",
    "REQUEST_LIMIT_EXCEEDED": "ConcurrentPerOrgLongTxn Limit exceeded.",
}


def load_org(path: str | Path) -> dict[str, Any]:
    """Read an org JSON file (format in :mod:`connectors.salesforce.fake`)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("objects"), dict):
        raise ValueError(f"{path}: an org JSON needs an 'objects' mapping at the top level")
    return data


@dataclass
class Faults:
    """Failures the fake injects; change them on ``fake.faults`` while the server runs."""

    #: After this many calls with one session id, that id is invalid (401 INVALID_SESSION_ID);
    #: a token from the token endpoint is a new session with a fresh count.
    expire_session_after: int | None = None
    #: Every data and Tooling call answers 403 REQUEST_LIMIT_EXCEEDED.
    request_limit_exceeded: bool = False
    #: Once this many data and Tooling calls were counted (:attr:`FakeSalesforce.api_usage`),
    #: every further one answers 403 REQUEST_LIMIT_EXCEEDED: the daily limit reached mid-scan.
    request_limit_after: int | None = None
    #: SOQL queries whose text contains a key answer with that error code, every time: 400 for
    #: ``QUERY_TIMEOUT`` (a long aggregate on a large object), 503 for ``SERVER_UNAVAILABLE``,
    #: 403 for ``REQUEST_LIMIT_EXCEEDED``, 400 for any other code.
    query_errors: dict[str, str] = field(default_factory=dict)
    #: The next N data and Tooling calls answer 503; counts down as they are served.
    server_errors: int = 0
    #: Objects (data or Tooling) the identity may not read, as with a missing permission.
    denied: set[str] = field(default_factory=set)
    #: Fields hidden by field-level security, as ``"Object.Field"``.
    hidden_fields: set[str] = field(default_factory=set)
    #: Delay before every answer.
    slow_ms: int = 0


class ApiError(Exception):
    """An error answer: HTTP status and the JSON body to send."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.body: Any = [{"message": message, "errorCode": code}]


class FakeSalesforce:
    """A threaded HTTP server on 127.0.0.1 serving ``org``; use it as a context manager.

    ``url`` is the plain-http base URL; the token endpoint reports ``instance_url`` as
    ``https://127.0.0.1:PORT`` (what simple-salesforce expects), so a client must rewrite
    ``https://`` to ``url``. ``requests`` lists ``(method, path)`` of every request, ``soql`` every
    query text, ``api_usage`` the calls counted against the daily limit.
    """

    def __init__(
        self, org: dict[str, Any], faults: Faults | None = None, page_size: int = 2000
    ) -> None:
        self.org = Org(org)
        self.faults = faults or Faults()
        self.page_size = page_size
        self.requests: list[tuple[str, str]] = []
        self.soql: list[str] = []
        self.api_usage = 0
        self._lock = threading.Lock()
        self._sessions: dict[str, int] = {}  # session id -> calls made with it
        self._session_users: dict[str, str] = {}  # session id -> User Id (default user if absent)
        self._locators: dict[str, tuple[Entity, list[dict[str, Any]], int]] = {}
        self._counter = itertools.count(1)
        self.session_id = self.new_session()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle --------------------------------------------------------------------------
    def start(self) -> FakeSalesforce:
        """Start serving on an ephemeral port."""
        server = _Server(("127.0.0.1", 0), _Handler)
        server.daemon_threads = True
        server.fake = self  # type: ignore[attr-defined]
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, name="fake-salesforce",
                                        kwargs={"poll_interval": 0.05}, daemon=True)  # fmt: skip
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            assert self._thread is not None
            self._thread.join()
            self._server = self._thread = None

    def __enter__(self) -> FakeSalesforce:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the fake Salesforce server is not running")
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def instance_url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def new_session(self) -> str:
        """Issue a new valid session id (what the token endpoint hands out)."""
        sid = f"{self.org.org_id[:15]}!FAKE{next(self._counter):04d}{secrets.token_urlsafe(24)}"
        with self._lock:
            self._sessions[sid] = 0
        return sid

    # --- request handling -------------------------------------------------------------------
    def handle(self, method: str, raw_path: str, headers: Any, body: bytes) -> tuple[int, Any]:
        """Answer one request: (status, JSON body)."""
        parts = urlsplit(raw_path)
        path = parts.path.rstrip("/") or "/"
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        with self._lock:
            self.requests.append((method, parts.path))
        if self.faults.slow_ms:
            time.sleep(self.faults.slow_ms / 1000)
        try:
            if path == "/services/oauth2/token":
                if method != "POST":
                    raise _not_allowed(method, "POST")
                return 200, self._token(headers, body)
            if path == "/services/data":
                return 200, self._versions()
            if path == "/services/oauth2/userinfo":
                return 200, self._userinfo(headers)
            m = _DATA_PATH.match(path)
            if not m:
                raise _not_found()
            self._admit(headers)
            if method not in ("GET", "HEAD"):
                raise _not_allowed(method, "GET,HEAD")
            return 200, self._data(m.group(1), (m.group(2) or "").split("/"), query)
        except ApiError as exc:
            return exc.status, exc.body

    def limit_header(self) -> str:
        return f"api-usage={self.api_usage}/{API_LIMIT}"

    @staticmethod
    def _sid(headers: Any) -> str:
        auth = str(headers.get("Authorization") or "")
        return (
            auth.split(" ", 1)[1].strip() if auth.lower().startswith(("bearer ", "oauth ")) else ""
        )

    def _userinfo(self, headers: Any) -> dict[str, Any]:
        """The OpenID Connect UserInfo answer for the session's user (not counted as an API
        call, as in Salesforce); 403 Bad_OAuth_Token for an unknown or expired session."""
        sid = self._sid(headers)
        with self._lock:
            uses = self._sessions.get(sid)
            expiry = self.faults.expire_session_after
            user = self._session_users.get(sid, self.org.default_user)
        if uses is None or (expiry is not None and uses >= expiry):
            exc = ApiError(403, "Bad_OAuth_Token", "Bad_OAuth_Token")
            exc.body = "Bad_OAuth_Token"
            raise exc
        users = self.org.data.get("user")
        row = next((r for r in users.rows if r.get("Id") == user), {}) if users else {}
        return {
            "sub": f"https://login.salesforce.com/id/{self.org.org_id}/{user}",
            "user_id": user,
            "organization_id": self.org.org_id,
            "preferred_username": row.get("Username"),
            "name": row.get("Name"),
            "email": row.get("Email"),
        }

    def _admit(self, headers: Any) -> None:
        """Check the session and count the call; inject session, 503 and limit faults."""
        sid = self._sid(headers)
        with self._lock:
            uses = self._sessions.get(sid)
            expiry = self.faults.expire_session_after
            if uses is None or (expiry is not None and uses >= expiry):
                raise ApiError(401, "INVALID_SESSION_ID", "Session expired or invalid")
            self._sessions[sid] = uses + 1
            self.api_usage += 1
            if self.faults.server_errors > 0:
                self.faults.server_errors -= 1
                raise ApiError(503, "SERVER_UNAVAILABLE", "Service temporarily unavailable")
            limit = self.faults.request_limit_after
            over = limit is not None and self.api_usage > limit
        if self.faults.request_limit_exceeded or over:
            raise ApiError(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.")

    def _catalog(self, tooling: bool) -> Catalog:
        return self.org.catalog(tooling, self.faults.denied, self.faults.hidden_fields)

    def _data(self, version: str, parts: list[str], params: dict[str, str]) -> Any:
        head, rest = (parts[0], parts[1:]) if parts and parts[0] else ("", [])
        if head == "":
            base = f"/services/data/v{version}"
            return {
                k: f"{base}/{k}" for k in ("limits", "query", "queryAll", "sobjects", "tooling")
            }
        if head == "sobjects":
            return self._sobjects(version, rest)
        if head in ("query", "queryAll"):
            return self._query(version, rest, params, False, head == "queryAll")
        if head == "limits":
            return self._limits(rest, params)
        if head == "tooling" and rest and rest[0] == "query":
            return self._query(version, rest[1:], params, True, False)
        if head == "tooling" and rest and rest[0] == "sobjects":
            return self._tooling_sobjects(version, rest[1:])
        raise _not_found()

    def _sobjects(self, version: str, rest: list[str]) -> Any:
        catalog = self._catalog(False)
        if not rest:
            entries = [global_entry(e, version) for e in catalog.entities.values()]
            return {"encoding": "UTF-8", "maxBatchSize": 200, "sobjects": entries}
        entity = catalog.entities.get(rest[0].lower())
        if entity is None:
            raise _not_found()
        if len(rest) == 1:
            return {"objectDescribe": global_entry(entity, version), "recentItems": []}
        if rest[1:] == ["describe"]:
            return describe_sobject(entity, version, catalog)
        if len(rest) == 2:
            return self._record(catalog, entity, rest[1], version)
        raise _not_found()

    def _tooling_sobjects(self, version: str, rest: list[str]) -> Any:
        catalog = self._catalog(True)
        if not rest:
            names = sorted(e.name for e in catalog.entities.values())
            return {"encoding": "UTF-8", "maxBatchSize": 200,
                    "sobjects": [{"name": n, "queryable": True} for n in names]}  # fmt: skip
        entity = catalog.entities.get(rest[0].lower())
        if entity is None or len(rest) != 2:
            raise _not_found()
        return self._record(catalog, entity, rest[1], version)

    def _record(self, catalog: Catalog, entity: Entity, key: str, version: str) -> Any:
        for row in entity.rows:
            value = str(row.get(entity.url_key) or "")
            if value and (value == key or (len(key) >= 15 and value[:15] == key[:15])):
                if row.get("IsDeleted"):
                    raise ApiError(404, "ENTITY_IS_DELETED", "entity is deleted")
                out: dict[str, Any] = {"attributes": attributes(entity, row, version)}
                for info in entity.fields.values():
                    out[info["name"]] = wire_value(info, row.get(info["name"]))
                return out
        raise _not_found()

    def _query(
        self, version: str, rest: list[str], params: dict[str, str], tooling: bool, deleted: bool
    ) -> Any:
        if rest:  # a nextRecordsUrl: <locator>-<offset>
            return self._page(version, rest[0], tooling)
        text = params.get("q")
        if not text:
            raise ApiError(400, "MALFORMED_QUERY", "A query string has to be specified")
        with self._lock:
            self.soql.append(text)
        for part, code in self.faults.query_errors.items():
            if part in text:
                raise ApiError(_QUERY_ERROR_STATUS.get(code, 400), code, _QUERY_ERROR_TEXT.get(
                    code, "injected query error"))  # fmt: skip
        try:
            parsed = parse(text)
            result = execute(parsed, self._catalog(tooling), version, include_deleted=deleted)
        except SoqlError as exc:
            raise ApiError(400, exc.code, exc.wire_message(text)) from None
        page = self.page_size
        if result.entity.page_cap is not None:
            page = min(page, result.entity.page_cap)
        if result.entity.restricted:
            page = max(page, len(result.records))
        locator = None
        if len(result.records) > page:
            locator = f"01g{next(self._counter):015d}"[:18]
            with self._lock:
                self._locators[locator] = (result.entity, result.records, page)
        return self._shape(version, result.entity, result.records[:page], result.total_size,
                           locator, page, tooling)  # fmt: skip

    def _page(self, version: str, token: str, tooling: bool) -> Any:
        locator, _, offset = token.rpartition("-")
        with self._lock:
            found = self._locators.get(locator)
        if found is None or not offset.isdigit():
            raise ApiError(400, "INVALID_QUERY_LOCATOR", "invalid query locator")
        entity, records, page = found
        start = int(offset)
        end = start + page
        more = locator if end < len(records) else None
        return self._shape(version, entity, records[start:end], len(records), more, end, tooling)

    @staticmethod
    def _shape(
        version: str,
        entity: Entity,
        records: list[dict[str, Any]],
        total: int,
        locator: str | None,
        next_offset: int,
        tooling: bool,
    ) -> dict[str, Any]:
        api = "tooling/query" if tooling else "query"
        next_url = f"/services/data/v{version}/{api}/{locator}-{next_offset}" if locator else None
        if tooling:
            body: dict[str, Any] = {
                "size": total,
                "totalSize": total,
                "done": locator is None,
                "queryLocator": f"{locator}-{next_offset}" if locator else None,
                "entityTypeName": entity.name,
            }
        else:
            body = {"totalSize": total, "done": locator is None}
        if next_url:
            body["nextRecordsUrl"] = next_url
        body["records"] = records
        return body

    def _limits(self, rest: list[str], params: dict[str, str]) -> Any:
        if not rest:
            return {
                "DailyApiRequests": {"Max": API_LIMIT, "Remaining": API_LIMIT - self.api_usage},
                "DataStorageMB": {"Max": 1024, "Remaining": 1000},
            }
        if rest != ["recordCount"]:
            raise _not_found()
        catalog = self._catalog(False)
        wanted = [n for n in params.get("sObjects", "").split(",") if n]
        names = wanted or sorted(e.name for e in catalog.entities.values())
        counts = []
        for name in names:
            entity = catalog.entities.get(name.lower())
            if entity is not None:
                live = sum(1 for r in entity.rows if not r.get("IsDeleted"))
                counts.append({"count": live, "name": entity.name})
        return {"sObjects": counts}

    def _versions(self) -> list[dict[str, str]]:
        return [{"label": label, "url": f"/services/data/v{v}", "version": v}
                for label, v in VERSIONS]  # fmt: skip

    # --- OAuth token endpoint -----------------------------------------------------------------
    def _token(self, headers: Any, body: bytes) -> dict[str, Any]:
        form = {k: v[-1] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
        grant = form.get("grant_type")
        auth = self.org.auth
        if grant == _JWT_GRANT:
            claims = _jwt_claims(form.get("assertion", ""))
            if claims.get("iss") != auth.get("client_id"):
                raise _oauth_error("invalid_client_id", "client identifier invalid")
            subjects = auth.get("jwt_subjects")
            if subjects is None:
                users = self.org.data.get("user")
                subjects = [r.get("Username") for r in users.rows] if users else []
            if claims.get("sub") not in subjects:
                raise _oauth_error("invalid_grant", "user hasn't approved this consumer")
            user = str(claims["sub"])
        elif grant == "client_credentials":
            key, secret = form.get("client_id"), form.get("client_secret")
            basic = str(headers.get("Authorization") or "")
            if basic.lower().startswith("basic "):
                decoded = base64.b64decode(basic[6:].strip()).decode("utf-8", "replace")
                key, _, secret = decoded.partition(":")
            if key != auth.get("client_id") or secret != auth.get("client_secret"):
                raise _oauth_error("invalid_client", "invalid client credentials")
            if not auth.get("client_credentials_user"):
                raise _oauth_error("invalid_grant", "no client credentials user enabled")
            user = str(auth["client_credentials_user"])
        else:
            raise _oauth_error("unsupported_grant_type", "grant type not supported")
        issued = str(int(time.time() * 1000))
        user_id = self.org.user_id(user)
        identity = f"https://login.salesforce.com/id/{self.org.org_id}/{user_id}"
        mac = hmac.new(str(auth.get("client_secret", "")).encode(), (identity + issued).encode(),
                       hashlib.sha256)  # fmt: skip
        session = self.new_session()
        with self._lock:
            self._session_users[session] = user_id
        return {
            "access_token": session,
            "instance_url": self.instance_url,
            "id": identity,
            "token_type": "Bearer",
            "scope": "api",
            "issued_at": issued,
            "signature": base64.b64encode(mac.digest()).decode(),
        }


def _jwt_claims(assertion: str) -> dict[str, Any]:
    """The claims of a JWT bearer assertion, checked for shape and expiry (not signature)."""
    try:
        header_b64, payload_b64, _signature = assertion.split(".")
        header = json.loads(_b64url(header_b64))
        claims = json.loads(_b64url(payload_b64))
    except (ValueError, UnicodeDecodeError):
        raise _oauth_error("invalid_grant", "invalid assertion") from None
    if not isinstance(claims, dict) or header.get("alg") != "RS256":
        raise _oauth_error("invalid_grant", "invalid assertion")
    missing = [c for c in ("iss", "sub", "aud", "exp") if c not in claims]
    if missing:
        raise _oauth_error("invalid_grant", f"invalid assertion: missing {', '.join(missing)}")
    if not re.fullmatch(r"https://[\w.-]+\.(salesforce|force)\.com/?", str(claims["aud"])):
        raise _oauth_error("invalid_grant", "audience is invalid")
    try:
        expired = float(claims["exp"]) <= time.time()
    except (TypeError, ValueError):
        expired = True
    if expired:
        raise _oauth_error("invalid_grant", "invalid assertion: expired (exp is in the past)")
    return claims


def _b64url(text: str) -> str:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode("utf-8")


def _oauth_error(code: str, description: str) -> ApiError:
    exc = ApiError(400, code, description)
    exc.body = {"error": code, "error_description": description}
    return exc


def _not_found() -> ApiError:
    return ApiError(404, "NOT_FOUND", "The requested resource does not exist")


def _not_allowed(method: str, allowed: str) -> ApiError:
    return ApiError(405, "METHOD_NOT_ALLOWED",
                    f"HTTP Method '{method}' not allowed. Allowed are {allowed}")  # fmt: skip


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up (it timed out on a slow answer) is not an error to print: the
        traceback would land in the output of whatever runs next."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # one request per connection: nothing lingers after stop()

    def _serve(self) -> None:
        fake: FakeSalesforce = self.server.fake  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        status, payload = fake.handle(self.command, self.path, self.headers, body)
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json;charset=UTF-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Sforce-Limit-Info", fake.limit_header())
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = do_HEAD = _serve

    def log_message(self, format: str, *args: Any) -> None:
        pass
