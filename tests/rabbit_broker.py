"""A RabbitMQ virtual host of the tests' own (``rabbit_helper_...``) on the machine's broker,
built through the management API and AMQP and deleted afterwards."""

from __future__ import annotations

import contextlib
import json
import time
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest

from .conftest import REQUIRE

API = "http://127.0.0.1:15672/api"
AMQP_PORT = 5672
ADMIN = ("guest", "guest")


def _unavailable(exc: Exception) -> None:
    message = (
        f"RabbitMQ's management API is not reachable ({type(exc).__name__}); start RabbitMQ and "
        "run 'rabbitmq-plugins enable rabbitmq_management' as README.md says"
    )
    if REQUIRE:
        pytest.fail(message)
    pytest.skip(message)


def api(method: str, path: str, body: Any = None) -> Any:
    import requests

    answer = requests.request(method, f"{API}/{path}", auth=ADMIN, json=body, timeout=30)
    answer.raise_for_status()
    return answer.json() if answer.content else None


class Vhost:
    """A vhost with guest's permissions; ``connect`` opens an AMQP connection with a
    client-provided name."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.q = quote(name, safe="")
        self.connections: list[Any] = []

    def connect(self, client_name: str, user: str = "guest", password: str = "guest") -> Any:
        import pika

        params = pika.ConnectionParameters(
            "127.0.0.1",
            AMQP_PORT,
            self.name,
            pika.PlainCredentials(user, password),
            client_properties={"connection_name": client_name},
        )
        conn = pika.BlockingConnection(params)
        self.connections.append(conn)
        return conn

    def publish(self, channel: Any, exchange: str, key: str, message: Any) -> None:
        body = message if isinstance(message, bytes) else json.dumps(message).encode()
        channel.basic_publish(exchange, key, body)

    def queue(self, name: str) -> dict[str, Any]:
        result: dict[str, Any] = api("GET", f"queues/{self.q}/{quote(name, safe='')}")
        return result

    def wait_for_stats(self, check: Any, timeout: float = 20) -> None:
        """The management statistics are collected every few seconds: wait until ``check()``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if check():
                return
            time.sleep(0.5)
        raise AssertionError("the broker's statistics never showed what the test set up")

    def close(self) -> None:
        for conn in self.connections:
            with contextlib.suppress(Exception):  # already closed by the broker or the test
                conn.close()


@pytest.fixture
def rabbit_vhost() -> Iterator[Vhost]:
    name = f"rabbit_helper_{uuid.uuid4().hex[:10]}"
    try:
        api("PUT", f"vhosts/{name}")
    except Exception as exc:
        _unavailable(exc)
    vhost = Vhost(name)
    try:
        perms = {"configure": ".*", "write": ".*", "read": ".*"}
        api("PUT", f"permissions/{vhost.q}/guest", perms)
        yield vhost
    finally:
        vhost.close()
        api("DELETE", f"vhosts/{vhost.q}")


@pytest.fixture
def rabbit_user() -> Iterator[tuple[str, str]]:
    """A user with a password and no tags or permissions: the management API refuses it."""
    name, password = f"rabbit_helper_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    try:
        api("PUT", f"users/{name}", {"password": password, "tags": ""})
    except Exception as exc:
        _unavailable(exc)
    try:
        yield name, password
    finally:
        api("DELETE", f"users/{name}")
