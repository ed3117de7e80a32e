"""A shop's Redis built by the tests on the real server (127.0.0.1:6379): a PHP session store
(PHP's own handler and Magento's hashes) holding e-mails, a cart cache in JSON and customer
profiles as hashes, under a unique key prefix in a logical database of their own, so parallel
suites never meet; ACL users for the scan. Everything is removed afterwards (never FLUSHALL)."""

from __future__ import annotations

import json
import os
import random
import uuid
import zlib
from collections.abc import Iterator
from typing import Any

import pytest

from .conftest import REQUIRE

HOST = os.environ.get("PIIMAP_TEST_REDISHOST", "127.0.0.1")
PORT = int(os.environ.get("PIIMAP_TEST_REDISPORT", "6379"))
#: The logical database the tests write to (the other helpers' and the demo's are left alone).
DB = 11
#: The scan user's rights, as docs/redis.md gives them (with the key pattern set per test).
READ_ONLY = (
    "resetchannels -@all +ping +select +scan +dbsize +type +pttl +memory|usage +strlen +get "
    "+hlen +hkeys +hrandfield +hstrlen +hmget +lrange +sscan +zrange +xrange "
    "+info +config|get +acl|whoami +acl|list"
)


def php_string(text: str) -> str:
    return f's:{len(text.encode())}:"{text}";'


def php_session(**values: str) -> bytes:
    """A session as PHP's ``php`` serialize handler writes it: ``name|serialized`` pairs."""
    out = ""
    for name, fields in values.items():
        pairs = json.loads(fields)
        body = "".join(php_string(k) + php_string(str(v)) for k, v in pairs.items())
        out += f"{name}|a:{len(pairs)}:{{{body}}}"
    return out.encode()


def session_id() -> str:
    """A session id as PHP makes them: 26 characters of [a-z0-9], with two digits at least (the
    key pattern's <id> asks for two, which about two in a thousand of PHP's lack: the test
    failed that often)."""
    return "".join(random.choices("abcdefghijklmnopqrstuvwxyz0123456789", k=23)) + "47q"


class RedisStore:
    """Keys under ``prefix`` in database :data:`DB`; ``admin`` is a client with every right."""

    def __init__(self) -> None:
        import redis

        self.prefix = f"redis_helper_{uuid.uuid4().hex[:8]}:"
        self.admin: Any = redis.Redis(host=HOST, port=PORT, db=DB, protocol=2)
        self.users: list[str] = []
        self.dsn = f"redis://{HOST}:{PORT}/{DB}"

    def user(self, rights: str, keys: str = "") -> tuple[str, str]:
        """A new ACL user with ``rights`` on ``keys`` (default: read-only on the prefix);
        returns its name and password."""
        name = f"redis_helper_{uuid.uuid4().hex[:8]}"
        password = uuid.uuid4().hex
        pattern = keys or f"%R~{self.prefix}*"
        self.admin.execute_command(
            "ACL", "SETUSER", name, "reset", "on", f">{password}", pattern, *rights.split()
        )
        self.users.append(name)
        return name, password

    def user_dsn(self, name: str) -> str:
        return f"redis://{name}:${{REDIS_PW}}@{HOST}:{PORT}/{DB}"

    def refused(self, name: str) -> list[str]:
        """The commands the server refused ``name`` (ACL LOG), as ``reason:object``."""
        log = self.admin.execute_command("ACL", "LOG", "128")
        found = []
        for entry in log:
            e = dict(zip(entry[::2], entry[1::2], strict=True))
            if e.get(b"username", b"").decode() == name:
                found.append(f"{e[b'reason'].decode()}:{e[b'object'].decode()}")
        return found

    def shop(self, customers: int = 6) -> None:
        """Sessions (with TTLs), a cart cache (no TTL) and customer profiles (no TTL)."""
        p, r = self.prefix, self.admin
        for i in range(customers):
            email = f"shopper{i}@example.com"
            session = php_session(
                customer_base=json.dumps({"customer_id": str(100 + i), "email": email}),
                default=json.dumps({"_form_key": f"Fk{i:04d}abcdEFGH"}),
            )
            r.set(f"{p}PHPREDIS_SESSION:{uuid.uuid4().hex}", session, ex=3600 + 60 * i)
            # Magento's Cm_RedisSession: a hash, the session compressed with gzcompress.
            magento = f"{p}sess_{session_id()}"
            r.hset(magento, mapping={"data": b":gz:" + zlib.compress(session), "lock": 0})
            r.expire(magento, 7200)
            cart = {"items": [{"sku": f"SKU-{i}", "qty": 1}], "shipping": {"email": email}}
            r.set(f"{p}cart:{1000 + i}", json.dumps(cart))
            r.hset(
                f"{p}customer:{100 + i}:profile",
                mapping={"email": email, "first_name": "Ada", "last_name": "Quill"},
            )

    def close(self) -> None:
        for name in self.users:
            self.admin.execute_command("ACL", "DELUSER", name)
        for key in self.admin.scan_iter(match=f"{self.prefix}*", count=1000):
            self.admin.unlink(key)
        self.admin.close()


def open_store() -> Iterator[RedisStore]:
    """A :class:`RedisStore`, removed afterwards; skipped (failed under
    PIIMAP_REQUIRE_SERVICES=1) when Redis is down. A test module's fixture yields from it."""
    import redis

    store = RedisStore()
    try:
        store.admin.ping()
    except redis.RedisError as exc:
        message = f"Redis is not reachable at {HOST}:{PORT} ({exc}); start it as README.md says"
        if REQUIRE:
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield store
    finally:
        store.close()
