"""The redis connector against the real Redis on 127.0.0.1:6379: a shop's session store, cart
cache and customer profiles, scanned by a read-only ACL user; the facts and gaps they give;
and each fault (server down, a user without rights, a huge keyspace, a 100 MB value) as one
clear issue while the rest of the scan goes on."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from lineage.core.config import load_estate
from lineage.core.model import Status
from lineage.pipeline.run import scan_estate

from .conftest import REQUIRE, write_estate
from .redis_store import READ_ONLY, RedisStore, open_store


@pytest.fixture
def redis_store() -> Iterator[RedisStore]:
    yield from open_store()


def _scan(tmp_path, store: RedisStore, dsn: str, password: str = "", extra: str = ""):
    estate = write_estate(
        tmp_path,
        f"systems:\n  cache: {{connector: redis, dsn: '{dsn}', match: '{store.prefix}*'{extra}}}\n",
    )
    return scan_estate(load_estate(estate, env={"REDIS_PW": password}))


def _pii(snapshot) -> dict[str, set[str]]:
    return {f.id: {e.entity for e in f.entities} for f in snapshot.pii_fields()}


def test_a_read_only_user_maps_sessions_carts_and_profiles(redis_store, tmp_path):
    redis_store.shop()
    user, password = redis_store.user(READ_ONLY)
    snapshot = _scan(tmp_path, redis_store, redis_store.user_dsn(user), password)
    p = redis_store.prefix
    assert not snapshot.issues
    datasets = {d.name: d for d in snapshot.datasets}
    assert set(datasets) == {
        f"{p}PHPREDIS_SESSION:<hex>",
        f"{p}sess_<id>",
        f"{p}cart:<n>",
        f"{p}customer:<n>:profile",
    }
    assert datasets[f"{p}cart:<n>"].row_count == 6
    pii = _pii(snapshot)
    # PHP's session handler, Magento's compressed session hash, JSON and a hash.
    assert "EMAIL_ADDRESS" in pii[f"cache/{p}PHPREDIS_SESSION:<hex>/customer_base.email"]
    assert "EMAIL_ADDRESS" in pii[f"cache/{p}sess_<id>/data.customer_base.email"]
    assert "EMAIL_ADDRESS" in pii[f"cache/{p}cart:<n>/shipping.email"]
    assert "EMAIL_ADDRESS" in pii[f"cache/{p}customer:<n>:profile/email"]
    assert "PERSON_NAME" in pii[f"cache/{p}customer:<n>:profile/last_name"]
    # The scan user sent nothing the read-only ACL refuses (a write would be refused).
    assert redis_store.refused(user) == []


def test_facts_give_ttls_acl_persistence_and_tls(redis_store, tmp_path):
    redis_store.shop()
    user, password = redis_store.user(READ_ONLY)
    snapshot = _scan(tmp_path, redis_store, redis_store.user_dsn(user), password)
    (system,) = snapshot.systems
    facts = {f.name: f.value for f in system.facts}
    p = redis_store.prefix
    assert facts[f"ttl.{p}PHPREDIS_SESSION:<hex>.no_expiry"] == "0/6"
    assert facts[f"ttl.{p}PHPREDIS_SESSION:<hex>.median"] == "PT2H"
    assert facts[f"ttl.{p}cart:<n>.no_expiry"] == "6/6"
    assert facts["scan_user"] == user
    assert user in facts["acl.users"].split(", ")
    assert facts["tls"] == "off" and system.transit.status is Status.GAP
    # This machine's Redis keeps nothing on disk (--save "" --appendonly no).
    assert facts["persistence.aof"] == "off"
    assert system.at_rest.status is (
        Status.OK if facts["persistence.rdb"] == "off" else Status.UNKNOWN
    )
    assert int(facts["keyspace.keys"]) >= 24


def test_gaps_name_keys_without_expiry_and_no_tls(redis_store, tmp_path):
    redis_store.shop()
    user, password = redis_store.user(READ_ONLY)
    snapshot = _scan(tmp_path, redis_store, redis_store.user_dsn(user), password)
    p = redis_store.prefix
    expiry = {
        g.subject: g for g in snapshot.gaps if g.title == "personal data in keys without expiry"
    }
    assert set(expiry) == {f"cache/{p}cart:<n>", f"cache/{p}customer:<n>:profile"}
    assert expiry[f"cache/{p}cart:<n>"].severity == "high"
    assert "6 of 6 keys have no expiry" in expiry[f"cache/{p}cart:<n>"].evidence[0]
    tls = [g for g in snapshot.gaps if g.control == "SOC2 CC6.7" and g.subject == "cache"]
    assert tls and tls[0].severity == "high"


def test_without_a_policy_ttls_are_the_retention_as_a_queues_message_ttl(redis_store, tmp_path):
    """With no declared policy, keys that all expire are kept no longer than their TTL (``ok``,
    as a queue with a message-ttl), and keys without expiry are one gap, not two."""
    redis_store.shop()
    user, password = redis_store.user(READ_ONLY)
    snapshot = _scan(tmp_path, redis_store, redis_store.user_dsn(user), password)
    p = redis_store.prefix
    retention = {d.name.removeprefix(p): d.retention for d in snapshot.datasets}
    assert retention["PHPREDIS_SESSION:<hex>"].status is Status.OK
    assert "Redis removes each key" in retention["PHPREDIS_SESSION:<hex>"].evidence[0]
    assert retention["cart:<n>"].status is Status.GAP
    retention_gaps = [
        (g.subject.removeprefix(f"cache/{p}"), g.title)
        for g in snapshot.gaps
        if g.control == "GDPR Art. 5(1)(e)"
    ]
    assert sorted(retention_gaps) == [
        ("cart:<n>", "personal data in keys without expiry"),
        ("customer:<n>:profile", "personal data in keys without expiry"),
    ]


def test_an_open_default_user_is_a_credential_gap(redis_store, tmp_path):
    acl = redis_store.admin.execute_command("ACL", "GETUSER", "default")
    flags = acl[acl.index(b"flags") + 1]
    if b"nopass" not in flags or b"on" not in flags:
        pytest.skip("this Redis's default user has a password")
    redis_store.shop(customers=2)
    snapshot = _scan(tmp_path, redis_store, redis_store.dsn)
    facts = {f.name: f.value for f in snapshot.systems[0].facts}
    assert facts["acl.default_user"] == "on, nopass"
    (gap,) = [g for g in snapshot.gaps if g.title.startswith("the default user")]
    assert gap.control == "SOC2 CC6.1" and gap.severity == "high"


def test_server_down_is_one_issue_and_the_other_system_is_scanned(redis_store, tmp_path):
    redis_store.shop(customers=2)
    estate = write_estate(
        tmp_path,
        "systems:\n"
        "  gone: {connector: redis, dsn: 'redis://127.0.0.1:1/0', connect_timeout: 2}\n"
        f"  cache: {{connector: redis, dsn: '{redis_store.dsn}', "
        f"match: '{redis_store.prefix}*'}}\n",
    )
    snapshot = scan_estate(load_estate(estate))
    (issue,) = [i for i in snapshot.issues if i.subject == "gone"]
    assert issue.kind == "not_scanned"
    assert issue.message.startswith("gone: cannot connect to redis://127.0.0.1:1/0:")
    assert len([d for d in snapshot.datasets if d.system == "cache"]) == 4


def test_a_user_without_rights_is_told_which_right_to_grant(redis_store, tmp_path):
    user, password = redis_store.user("resetchannels -@all +ping +select")
    snapshot = _scan(tmp_path, redis_store, redis_store.user_dsn(user), password)
    (system,) = snapshot.systems
    assert not system.scanned
    assert "cannot list the keys" in system.not_scanned_reason
    assert "+scan" in system.not_scanned_reason and password not in str(snapshot)


def test_keys_the_user_may_not_read_are_not_scanned_and_the_rest_is(redis_store, tmp_path):
    redis_store.shop(customers=2)
    rights = READ_ONLY.replace(" +info", "")
    user, password = redis_store.user(rights, keys=f"%R~{redis_store.prefix}cart:*")
    snapshot = _scan(tmp_path, redis_store, redis_store.user_dsn(user), password)
    datasets = {d.name.removeprefix(redis_store.prefix): d for d in snapshot.datasets}
    assert datasets["cart:<n>"].scanned
    assert not datasets["customer:<n>:profile"].scanned
    reason = datasets["customer:<n>:profile"].not_scanned_reason
    assert reason == (
        "could not read keys: this user has no permissions to access one of the keys used "
        "as arguments"
    )
    messages = [i.message for i in snapshot.issues]
    assert (
        "INFO refused (server, persistence, keyspace, memory not read): this user has no "
        "permissions to run the 'info' command; docs/redis.md gives the ACL to set"
    ) in messages


def test_a_huge_keyspace_is_seen_up_to_max_keys(redis_store, tmp_path):
    pipe = redis_store.admin.pipeline(transaction=False)
    for i in range(5000):
        pipe.set(f"{redis_store.prefix}event:{i}", "{}")
    pipe.execute()
    snapshot = _scan(tmp_path, redis_store, redis_store.dsn, extra=", max_keys: 1000")
    (partial,) = [i for i in snapshot.issues if i.kind == "partial"]
    assert "only partly seen" in partial.message and "max_keys (1000)" in partial.message
    (events,) = snapshot.datasets
    assert events.row_count == 1000 and "at least 1000" in events.row_count_evidence


def test_a_100_mb_value_is_never_read(redis_store, tmp_path):
    redis_store.shop(customers=2)
    big = f"{redis_store.prefix}cart:99999"
    redis_store.admin.setrange(big, 100 * 1024 * 1024 - 1, b"x")
    before = int(redis_store.admin.info("stats")["total_net_output_bytes"])
    snapshot = _scan(tmp_path, redis_store, redis_store.dsn)
    sent = int(redis_store.admin.info("stats")["total_net_output_bytes"]) - before
    assert sent < 10 * 1024 * 1024  # the server never sent the value
    (issue,) = [i for i in snapshot.issues if i.kind == "partial"]
    assert issue.subject == f"cache/{redis_store.prefix}cart:<n>"
    assert "1 value(s) larger than max_value_bytes" in issue.message
    assert "100.0 MB" in issue.message
    assert "EMAIL_ADDRESS" in _pii(snapshot)[f"cache/{redis_store.prefix}cart:<n>/shipping.email"]


def test_lists_sets_sorted_sets_and_streams_are_read_within_bounds(redis_store, tmp_path):
    p, r = redis_store.prefix, redis_store.admin
    for i in range(3):
        r.rpush(f"{p}events:{i}", json.dumps({"type": "login", "email": f"l{i}@example.com"}))
        r.sadd(f"{p}newsletter:{i}", f"s{i}@example.com", f"t{i}@example.com")
        r.zadd(f"{p}leaderboard:{i}", {f"z{i}@example.com": 3})
        r.xadd(f"{p}orders:{i}", {"email": f"x{i}@example.com", "total": "12.50"})
    user, password = redis_store.user(READ_ONLY)
    snapshot = _scan(tmp_path, redis_store, redis_store.user_dsn(user), password)
    assert not snapshot.issues and redis_store.refused(user) == []
    pii = _pii(snapshot)
    for field in (
        "events:<n>/[].email",
        "newsletter:<n>/[]",
        "leaderboard:<n>/[]",
        "orders:<n>/email",
    ):
        assert "EMAIL_ADDRESS" in pii[f"cache/{p}{field}"], field


def test_a_declared_retention_is_held_against_the_keys_ttls(redis_store, tmp_path):
    redis_store.shop(customers=3)
    p = redis_store.prefix
    tables = f'"{p}PHPREDIS_SESSION:<hex>": P1D, "{p}sess_<id>": PT30M, "{p}cart:<n>": P7D'
    policy = f"{{tables: {{{tables}}}}}"
    snapshot = _scan(tmp_path, redis_store, redis_store.dsn, extra=f", retention: {policy}")
    retention = {d.name.removeprefix(p): d.retention for d in snapshot.datasets}
    assert retention["PHPREDIS_SESSION:<hex>"].status is Status.OK
    assert "the longest TTL being PT2H" in retention["PHPREDIS_SESSION:<hex>"].evidence[0]
    # Magento's sessions live two hours, longer than the declared 30 minutes.
    assert retention["sess_<id>"].status is Status.GAP
    assert "beyond the declared PT30M" in retention["sess_<id>"].evidence[0]
    assert retention["cart:<n>"].status is Status.GAP
    assert "3 of 3 keys never expire" in retention["cart:<n>"].evidence[0]
    gaps = {(g.subject.removeprefix(f"cache/{p}"), g.title) for g in snapshot.gaps}
    assert ("cart:<n>", "records kept beyond the retention policy") in gaps
    assert ("cart:<n>", "personal data in keys without expiry") not in gaps  # one finding
    assert ("customer:<n>:profile", "personal data in keys without expiry") in gaps


@pytest.fixture
def tls_redis(tmp_path):
    """A Redis of its own that speaks only TLS (port 0, a tls-port), with a self-signed
    certificate for 127.0.0.1; yields its port and the certificate's path."""
    import shutil
    import socket
    import subprocess
    import time

    import redis

    if not (shutil.which("redis-server") and shutil.which("openssl")):
        message = "redis-server or openssl is not installed"
        pytest.fail(message) if REQUIRE else pytest.skip(message)
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        ["redis-server", "--port", "0", "--tls-port", str(port), "--bind", "127.0.0.1",
         "--tls-cert-file", str(cert), "--tls-key-file", str(key), "--tls-ca-cert-file",
         str(cert), "--tls-auth-clients", "no", "--save", "", "--appendonly", "no",
         "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        client = redis.Redis(host="127.0.0.1", port=port, ssl=True, ssl_ca_certs=str(cert))
        for _ in range(50):
            try:
                client.set("session:k2jd8s7fh3l0qp4mz6xv1c9bn5", 'email|s:15:"ada@example.com";')
                break
            except redis.ConnectionError:
                time.sleep(0.1)
        yield port, cert
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_tls_is_seen_and_a_certificate_that_cannot_be_verified_is_one_issue(tls_redis, tmp_path):
    port, cert = tls_redis
    estate = write_estate(
        tmp_path,
        "systems:\n"
        f"  cache: {{connector: redis, dsn: 'rediss://127.0.0.1:{port}/0?ssl_ca_certs={cert}'}}\n"
        f"  unverified: {{connector: redis, dsn: 'rediss://127.0.0.1:{port}/0'}}\n",
    )
    snapshot = scan_estate(load_estate(estate))
    systems = {s.id: s for s in snapshot.systems}
    cache = systems["cache"]
    facts = {f.name: f.value for f in cache.facts}
    assert cache.transit.status is Status.OK and facts["tls"] == "on"
    assert facts["tls_port"] == str(port)
    assert "EMAIL_ADDRESS" in _pii(snapshot)["cache/session:<id>/email"]
    assert not [g for g in snapshot.gaps if g.subject == "cache" and g.control == "SOC2 CC6.7"]
    (issue,) = [i for i in snapshot.issues if i.subject == "unverified"]
    assert issue.message.startswith("unverified: cannot connect to rediss://127.0.0.1:")
    assert "certificate verify failed" in issue.message


def test_a_server_lost_in_the_middle_keeps_what_was_read_and_stops_after_three(
    redis_store, tmp_path
):
    from .faultproxy import FaultProxy
    from .redis_store import DB, HOST, PORT

    redis_store.shop(customers=2)
    for i in range(2):
        redis_store.admin.set(f"{redis_store.prefix}wishlist:{i}", "[]")
        redis_store.admin.set(f"{redis_store.prefix}zz:{i}", "{}")
    with FaultProxy((HOST, PORT)) as proxy:
        # The server dies the moment the scan first names a customer's key.
        proxy.when_sent(b":customer:", "kill")
        dsn = f"redis://127.0.0.1:{proxy.port}/{DB}"
        snapshot = _scan(tmp_path, redis_store, dsn, extra=", connect_timeout: 2")
    (system,) = snapshot.systems
    assert system.scanned
    datasets = {d.name.removeprefix(redis_store.prefix): d for d in snapshot.datasets}
    assert datasets["PHPREDIS_SESSION:<hex>"].scanned and datasets["cart:<n>"].scanned
    assert "EMAIL_ADDRESS" in _pii(snapshot)[f"cache/{redis_store.prefix}cart:<n>/shipping.email"]
    for lost in ("customer:<n>:profile", "sess_<id>", "wishlist:<n>"):
        assert datasets[lost].not_scanned_reason.startswith("connection lost: "), lost
    assert datasets["zz:<n>"].not_scanned_reason.startswith(
        "the scan of this system stopped after 3 consecutive connection failures (last: "
    )


def test_a_frozen_server_costs_the_statement_timeout_per_dataset_then_stops(redis_store, tmp_path):
    from .faultproxy import FaultProxy
    from .redis_store import DB, HOST, PORT

    redis_store.shop(customers=2)
    redis_store.admin.set(f"{redis_store.prefix}zz:1", "{}")
    with FaultProxy((HOST, PORT)) as proxy:
        proxy.when_sent(b":cart:", "freeze")  # a SIGSTOPped server: nothing answers any more
        dsn = f"redis://127.0.0.1:{proxy.port}/{DB}"
        snapshot = _scan(tmp_path, redis_store, dsn, extra=", statement_timeout: 1")
        proxy.thaw()
    datasets = {d.name.removeprefix(redis_store.prefix): d for d in snapshot.datasets}
    assert datasets["PHPREDIS_SESSION:<hex>"].scanned
    for lost in ("cart:<n>", "customer:<n>:profile", "sess_<id>"):
        assert datasets[lost].not_scanned_reason.startswith("connection lost: Timeout"), lost
    assert "stopped after 3 consecutive connection failures" in (
        datasets["zz:<n>"].not_scanned_reason
    )


def test_a_huge_hash_field_is_not_read_and_the_others_are(redis_store, tmp_path):
    key = f"{redis_store.prefix}customer:1:profile"
    redis_store.admin.hset(key, mapping={"email": "ada@example.com", "notes": "x"})
    redis_store.admin.hsetnx(key, "photo", b"\0" * (3 * 1024 * 1024))
    snapshot = _scan(tmp_path, redis_store, redis_store.dsn)
    (issue,) = [i for i in snapshot.issues if i.kind == "partial"]
    assert "1 value(s) larger than max_value_bytes" in issue.message and "3.0 MB" in issue.message
    fields = {f.name: f for f in snapshot.fields}
    assert {"email", "notes", "photo"} <= set(fields)  # the photo by its name only
    assert fields["photo"].data_type == "hash (not read: too large)"
    assert (
        "EMAIL_ADDRESS" in _pii(snapshot)[f"cache/{redis_store.prefix}customer:<n>:profile/email"]
    )
