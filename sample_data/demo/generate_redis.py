"""Build redis_store.json, the demo's Redis session store, from storefront.sqlite.

The storefront keeps its PHP sessions (``session.serialize_handler=php``) in Redis with a TTL,
its carts as JSON without one, and a cache of customer profiles as hashes without one. `piimap
demo` serves these keys on loopback with fakeredis' TCP server while the demo is scanned.
Deterministic: the storefront's own rows and ``random.Random(20260930)``.

    .venv/bin/python sample_data/demo/generate_redis.py
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20260930
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"


def php(value: object) -> str:
    """PHP's serialize() of strings, integers and (nested) arrays."""
    if isinstance(value, dict):
        body = "".join(php(k) + php(v) for k, v in value.items())
        return f"a:{len(value)}:{{{body}}}"
    if isinstance(value, bool):
        return f"b:{int(value)};"
    if isinstance(value, int):
        return f"i:{value};"
    text = str(value)
    return f's:{len(text.encode())}:"{text}";'


def build(storefront: Path) -> list[dict[str, object]]:
    rng = random.Random(SEED)
    db = sqlite3.connect(storefront)
    rows = db.execute(
        "SELECT s.ip_address, s.user_agent, c.id, c.email "
        "FROM sessions s JOIN customers c ON c.id = s.customer_id ORDER BY s.session_id LIMIT 40"
    ).fetchall()
    keys: list[dict[str, object]] = []
    for ip, agent, cid, email in rows:
        sid = "".join(rng.choice(ALPHABET) for _ in range(26))
        session = (
            "_session_validator_data|"
            + php({"remote_addr": ip, "http_user_agent": agent})
            + "customer_base|"
            + php({"customer_id": cid, "email": email})
            + "default|"
            + php({"_form_key": "".join(rng.choice(ALPHABET) for _ in range(16))})
        )
        ttl = rng.choice((3600, 5400, 7200, 86400))
        keys.append(
            {"key": f"PHPREDIS_SESSION:{sid}", "type": "string", "value": session, "ttl": ttl}
        )
    for cid, email, first, last, phone in db.execute(
        "SELECT id, email, first_name, last_name, phone FROM customers ORDER BY id LIMIT 15"
    ):
        cart = {
            "customer_id": cid,
            "items": [
                {"sku": f"LK-{rng.randint(1000, 9999)}", "qty": rng.randint(1, 3)}
                for _ in range(rng.randint(1, 3))
            ],
            "shipping": {"email": email, "name": f"{first} {last}"},
        }
        keys.append({"key": f"cart:{cid}", "type": "string", "value": json.dumps(cart)})
        profile = {"email": email, "first_name": first, "last_name": last, "phone": phone or ""}
        keys.append({"key": f"customer:{cid}:profile", "type": "hash", "value": profile})
    keys.append(
        {
            "key": "config:storefront",
            "type": "hash",
            "value": {"currency": "GBP", "theme": "larkspur"},
        }
    )
    return sorted(keys, key=lambda k: str(k["key"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    keys = build(HERE / "storefront.sqlite")
    path = args.out / "redis_store.json"
    path.write_text(json.dumps({"keys": keys}, indent=1, sort_keys=True) + "\n")
    print(f"{path}: {len(keys)} keys")


if __name__ == "__main__":
    main()
