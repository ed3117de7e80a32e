"""The RabbitMQ management HTTP API, read-only but for the opt-in message get: bounded pages,
bounded answers, and failures as one line without secrets."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

#: Objects per page of a list (the API's own ``page_size`` is at most 500).
PAGE_SIZE = 500
#: Bytes of one answer read before the request is given up (a list of every queue of a huge
#: broker, a message far above the truncation asked for).
MAX_BODY = 64 * 1024 * 1024
#: The columns read of each list: counters and rates are not needed.
COLUMNS = {
    "queues": "name,vhost,type,durable,auto_delete,exclusive,arguments,policy,operator_policy,"
    "effective_policy_definition,messages,consumers",
    "exchanges": "name,vhost,type,durable,internal",
    "connections": "name,vhost,user,host,peer_host,port,ssl,ssl_protocol,auth_mechanism,"
    "protocol,user_provided_name,client_properties.connection_name,channels",
    "channels": "name,vhost,user,number,consumer_count,connection_details,message_stats.publish,"
    "message_stats.deliver_get",
}


class ApiError(Exception):
    """A request failed; ``reason`` is one line for the user, ``status`` the HTTP status (0 when
    no answer came), ``down`` when nothing answers at the address."""

    def __init__(self, reason: str, status: int = 0, down: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.down = down


def vh(vhost: str) -> str:
    """A vhost in a URL path (``/`` is ``%2F``)."""
    return quote(vhost, safe="")


def _tls_reason(exc: BaseException) -> str:
    """The TLS library's own reason (``CERTIFICATE_VERIFY_FAILED``, ``WRONG_VERSION_NUMBER``),
    found under the wrappers requests and urllib3 put around it."""
    import ssl

    seen: BaseException | None = exc
    for _ in range(6):
        if isinstance(seen, ssl.SSLError) and seen.reason:
            return str(seen.reason)
        inner = getattr(seen, "reason", None)
        if not isinstance(inner, BaseException):
            inner = seen.args[0] if seen and seen.args else None
        if not isinstance(inner, BaseException):
            break
        seen = inner
    return type(exc).__name__


def _reason(answer: Any) -> str:
    """The broker's own one-line reason for a refusal (its JSON ``reason``), if short."""
    try:
        body = answer.raw.read(4096, decode_content=True)
        reason = json.loads(body).get("reason", "")
    except (ValueError, AttributeError, OSError):
        return ""
    text = " ".join(str(reason).split())
    return text[:200]


class Management:
    """A session against ``url`` (``https://host:15672``) as ``user``."""

    def __init__(self, url: str, user: str, password: str, timeout: float) -> None:
        import requests

        self.base = url.rstrip("/") + "/api"
        self.shown = url.rstrip("/")
        self.user = user
        self.timeout = timeout
        self.session = requests.Session()
        self.session.auth = (user, password)
        self.session.headers["Accept"] = "application/json"

    def close(self) -> None:
        self.session.close()

    def get(self, path: str, **params: Any) -> Any:
        return self._request("GET", path, params=params or None)

    def post(self, path: str, body: dict[str, Any]) -> Any:
        return self._request("POST", path, body=body)

    def _request(
        self, method: str, path: str, params: Any = None, body: dict[str, Any] | None = None
    ) -> Any:
        import requests

        url = f"{self.base}/{path}"
        what = f"{method} {self.shown}/api/{path.split('?')[0]}"
        try:
            with self.session.request(
                method,
                url,
                params=params,
                json=body,
                timeout=self.timeout,
                stream=True,
                allow_redirects=False,
            ) as answer:
                status = answer.status_code
                if status >= 300:
                    raise ApiError(self._refusal(status, what, _reason(answer)), status)
                data = bytearray()
                for chunk in answer.iter_content(1 << 16):
                    data += chunk
                    if len(data) > MAX_BODY:
                        raise ApiError(
                            f"{what}: the answer passed {MAX_BODY // (1 << 20)} MiB and was "
                            "not read further"
                        )
        except requests.exceptions.SSLError as exc:
            why = _tls_reason(exc)
            raise ApiError(
                f"{what}: the TLS handshake failed ({why}); check the broker's certificate "
                "(its CA must be trusted: REQUESTS_CA_BUNDLE)"
            ) from None
        except requests.exceptions.ConnectionError as exc:
            timed_out = isinstance(exc, requests.exceptions.ConnectTimeout)
            why = (
                f"no answer within {self.timeout:g} s"
                if timed_out
                else "connection refused or reset"
            )
            raise ApiError(f"{what}: {why}", down=True) from None
        except requests.exceptions.Timeout:
            raise ApiError(f"{what}: no answer within {self.timeout:g} s", down=False) from None
        except requests.exceptions.RequestException as exc:
            raise ApiError(f"{what}: {type(exc).__name__}", down=True) from None
        try:
            return json.loads(bytes(data))
        except ValueError:
            raise ApiError(
                f"{what}: the answer is not JSON (is this the management API?)"
            ) from None

    def _refusal(self, status: int, what: str, reason: str) -> str:
        said = f" ({reason})" if reason else ""
        if status == 401 and "virtual host" in reason:
            return (
                f"{what}: 401{said}: user {self.user!r} has no permission on this vhost "
                "(rabbitmqctl set_permissions -p VHOST USER '^$' '^$' '^$' gives access alone)"
            )
        if status == 401:
            return (
                f"{what}: 401 unauthorised{said}: the management API refused user "
                f"{self.user!r} (a wrong password, or a user without the 'monitoring' tag)"
            )
        if status == 403:
            return f"{what}: 403 forbidden{said}: user {self.user!r} may not read this"
        return f"{what}: HTTP {status}{said}"

    def pages(self, path: str, limit: int, columns: str = "") -> tuple[list[Any], int]:
        """Up to ``limit`` objects of a list, page by page, and how many the broker holds."""
        items: list[Any] = []
        page, total = 1, 0
        while len(items) < limit:
            size = min(PAGE_SIZE, limit - len(items)) if page == 1 else PAGE_SIZE
            params: dict[str, Any] = {"page": page, "page_size": size}
            if columns:
                params["columns"] = columns
            answer = self.get(path, **params)
            if not isinstance(answer, dict):  # an old broker without pagination
                listed = list(answer) if isinstance(answer, list) else []
                return listed[:limit], len(listed)
            total = int(answer.get("filtered_count", answer.get("total_count", 0)) or 0)
            batch = answer.get("items") or []
            items.extend(batch[: limit - len(items)])
            if not batch or page >= int(answer.get("page_count", 0) or 0):
                break
            page += 1
        return items, total

    def get_messages(self, vhost: str, queue: str, count: int, truncate: int) -> list[Any]:
        """Up to ``count`` messages of a queue, each cut by the broker at ``truncate`` bytes,
        put back at once (``ackmode: reject_requeue_true``): docs/rabbitmq.md says what the
        broker records."""
        answer = self.post(
            f"queues/{vh(vhost)}/{quote(queue, safe='')}/get",
            {
                "count": count,
                "ackmode": "reject_requeue_true",
                "encoding": "auto",
                "truncate": truncate,
            },
        )
        return answer if isinstance(answer, list) else []
