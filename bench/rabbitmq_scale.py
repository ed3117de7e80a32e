"""RabbitMQ connector benchmark: a broker with many queues, and a 100 MB message sampled.

Creates a vhost ``rabbit_helper_bench`` on the local broker (guest/guest, management API on
127.0.0.1:15672) with ``--queues`` queues bound to one topic exchange, a publisher and a
consumer with client-provided names, then times, best of ``--repeat`` runs:

(a) ``RabbitMQConnector(...).scan()`` over the vhost (no sampling), counting HTTP requests;
(b) the same with ``max_queues`` at half the queues (the bound and its issue);
(c) a queue holding one 100 MB message, sampled with ``max_message_bytes: 65536``: the bytes
    the broker sent and the time (the message is never pulled whole).

The vhost is deleted afterwards. Run from the repository root::

    .venv/bin/python bench/rabbitmq_scale.py               # 2,000 queues, best of 3
"""

from __future__ import annotations

import argparse
import json
import time

import pika
import requests
from _common import command_line, cpu, revision

from connectors.rabbitmq.config import RabbitConfig
from connectors.rabbitmq.connector import RabbitMQConnector

API = "http://127.0.0.1:15672/api"
ADMIN = ("guest", "guest")
VHOST = "rabbit_helper_bench"


def setup(queues: int) -> pika.BlockingConnection:
    requests.put(f"{API}/vhosts/{VHOST}", auth=ADMIN, timeout=30).raise_for_status()
    perms = {"configure": ".*", "write": ".*", "read": ".*"}
    requests.put(f"{API}/permissions/{VHOST}/guest", auth=ADMIN, json=perms, timeout=30)
    params = pika.ConnectionParameters(
        "127.0.0.1", 5672, VHOST, client_properties={"connection_name": "bench-publisher"}
    )
    conn = pika.BlockingConnection(params)
    ch = conn.channel()
    ch.exchange_declare("bench.events", "topic")
    for i in range(queues):
        ch.queue_declare(f"q{i:05d}")
        ch.queue_bind(f"q{i:05d}", "bench.events", f"event.{i}")
    ch.basic_publish("bench.events", "event.1", json.dumps({"email": "a@b.example"}).encode())
    return conn


def counted_scan(**config: object) -> tuple[float, int, RabbitMQConnector, object]:
    calls = 0
    original = requests.Session.request

    def counting(self: requests.Session, *a: object, **kw: object) -> object:
        nonlocal calls
        calls += 1
        return original(self, *a, **kw)  # type: ignore[arg-type]

    requests.Session.request = counting  # type: ignore[method-assign]
    try:
        cfg = RabbitConfig(
            connector="rabbitmq", url="http://127.0.0.1:15672", vhosts=[VHOST], **config
        )
        connector = RabbitMQConnector("events", cfg)
        start = time.perf_counter()
        result = connector.scan()
        return time.perf_counter() - start, calls, connector, result
    finally:
        requests.Session.request = original  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queues", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    conn = setup(args.queues)
    try:
        time.sleep(6)  # the management statistics are collected every 5 s
        rows = []
        for label, extra in (
            ("(a) every queue", {}),
            (f"(b) max_queues {args.queues // 2}", {"max_queues": args.queues // 2}),
        ):
            runs = [counted_scan(**extra) for _ in range(args.repeat)]
            best = min(runs, key=lambda r: r[0])
            result = best[3]
            rows.append(
                f"| {label} | {best[0]:.3f} | {best[1]} | {len(result.datasets):,} | "  # type: ignore[attr-defined]
                f"{len(result.issues)} |"  # type: ignore[attr-defined]
            )
        ch = conn.channel()
        ch.queue_declare("big")
        ch.basic_publish("", "big", json.dumps({"blob": "x" * (100 * 1024 * 1024)}).encode())
        time.sleep(6)
        start = time.perf_counter()
        answer = requests.post(
            f"{API}/queues/{VHOST}/big/get",
            auth=ADMIN,
            json={
                "count": 1,
                "ackmode": "reject_requeue_true",
                "encoding": "auto",
                "truncate": 65536,
            },
            timeout=60,
        )
        took = time.perf_counter() - start
        sampled, _calls, _c, big = counted_scan(sample_messages=True, include=["big"])
        print("| run | seconds | HTTP requests | queues read | issues |")
        print("|---|---:|---:|---:|---:|")
        print("\n".join(rows))
        print(
            f"\n100 MB message: the get answer was {len(answer.content):,} bytes in {took:.3f} s; "
            f"a sampling scan of its queue took {sampled:.3f} s with issues: "
            + "; ".join(i.message for i in big.issues)  # type: ignore[attr-defined]
        )
        version = requests.get(f"{API}/overview", auth=ADMIN, timeout=30).json()
        print(f"\nMachine: {cpu()}, RabbitMQ {version.get('rabbitmq_version')} on 127.0.0.1")
        print(f"Command: `{command_line()}`; piimap revision {revision()}")
    finally:
        conn.close()
        requests.delete(f"{API}/vhosts/{VHOST}", auth=ADMIN, timeout=60)


if __name__ == "__main__":
    main()
