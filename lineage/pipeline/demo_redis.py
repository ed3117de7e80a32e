"""The demo's Redis session store, served on loopback by fakeredis' TCP server (a fake that
speaks the Redis wire protocol) while the demo is scanned, so the real redis connector reads
it over a socket and the demo needs no Redis server."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def serve_redis(fixture: Path) -> Iterator[str]:
    """Serve the keys of ``fixture`` (redis_store.json: key, type, value, optional ttl in
    seconds) on an ephemeral loopback port; yields its ``redis://127.0.0.1:PORT/0`` URL."""
    import fakeredis

    keys = json.loads(fixture.read_text(encoding="utf-8"))["keys"]
    server = fakeredis.TcpFakeServer(("127.0.0.1", 0), server_type="redis")
    client = fakeredis.FakeRedis(server=server.fake_server)
    for entry in keys:
        name, value = entry["key"], entry["value"]
        if entry["type"] == "hash":
            client.hset(name, mapping=value)
        else:
            client.set(name, value)
        if entry.get("ttl"):
            client.expire(name, int(entry["ttl"]))
    thread = threading.Thread(target=server.serve_forever, name="demo-redis", daemon=True)
    thread.start()
    try:
        yield f"redis://127.0.0.1:{server.server_address[1]}/0"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
