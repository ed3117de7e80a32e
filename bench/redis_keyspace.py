"""Redis keyspace benchmark: how long the redis connector takes over a large keyspace, and that
``max_keys`` and ``time_budget`` bound it.

Loads ``--keys`` keys (carts in JSON, sessions, profiles as hashes, a third each) under a unique
prefix in database 12 of the Redis on 127.0.0.1:6379, then times ``RedisConnector.scan()``:
(a) the whole keyspace; (b) ``max_keys=100000``; (c) ``time_budget=2``. The keys are removed
afterwards (UNLINK by prefix; never FLUSHDB). Run from the repository root::

    .venv/bin/python bench/redis_keyspace.py --keys 1000000
"""

from __future__ import annotations

import argparse
import json
import time
import uuid

import redis
from _common import command_line, cpu, revision

from connectors.redis_connector import RedisConfig, RedisConnector

URL = "redis://127.0.0.1:6379/12"


def load(client: redis.Redis, prefix: str, count: int) -> None:
    pipe = client.pipeline(transaction=False)
    for i in range(count):
        kind = i % 3
        if kind == 0:
            pipe.set(f"{prefix}cart:{i}", json.dumps({"email": f"u{i}@example.com", "qty": 1}))
        elif kind == 1:
            pipe.set(f"{prefix}PHPREDIS_SESSION:{uuid.uuid4().hex}", f"uid|i:{i};", ex=86400)
        else:
            pipe.hset(f"{prefix}customer:{i}:profile", mapping={"email": f"c{i}@example.com"})
        if i % 10_000 == 9_999:
            pipe.execute()
    pipe.execute()


def scan(prefix: str, **limits: int) -> tuple[float, str, int]:
    config = RedisConfig(connector="redis", dsn=URL, match=f"{prefix}*", **limits)
    start = time.perf_counter()
    result = RedisConnector("bench", config).scan()
    seconds = time.perf_counter() - start
    seen = next(f.value for f in result.system.facts if f.name == "keyspace.scanned")
    return seconds, seen, len(result.datasets)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=300_000)
    args = parser.parse_args()
    client = redis.Redis.from_url(URL, protocol=2)
    prefix = f"piimap_bench_{uuid.uuid4().hex[:8]}:"
    print(f"# {command_line()}\n# {cpu()}\n# {revision()}")
    start = time.perf_counter()
    load(client, prefix, args.keys)
    print(f"loaded {args.keys} keys in {time.perf_counter() - start:.1f} s")
    try:
        for label, limits in (
            ("whole keyspace", {"max_keys": 10_000_000}),
            ("max_keys=100000", {"max_keys": 100_000}),
            ("time_budget=2", {"max_keys": 10_000_000, "time_budget": 2}),
        ):
            seconds, seen, datasets = scan(prefix, **limits)
            print(f"{label:>16}: {seconds:6.2f} s  {seen}  ({datasets} datasets)")
    finally:
        for key in client.scan_iter(match=f"{prefix}*", count=10_000):
            client.unlink(key)


if __name__ == "__main__":
    main()
