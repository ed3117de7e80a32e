"""The RabbitMQ connector against the machine's real broker: a vhost of the test's own with an
order queue carrying e-mails, a publisher and consumers with client-provided names, a policy."""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from lineage import api as piimap
from lineage.core.model import Snapshot, Status
from lineage.core.snapshot import dumps

from . import rabbit_broker
from .conftest import write_estate
from .rabbit_broker import Vhost, api

#: The broker fixtures (tests/rabbit_broker.py).
rabbit_vhost = rabbit_broker.rabbit_vhost
rabbit_user = rabbit_broker.rabbit_user

ORDER = {
    "order_id": 1001,
    "customer": {"email": "x@example.com", "first_name": "Ann", "phone": "+44 20 7946 0000"},
    "lines": [{"sku": "A-1", "qty": 2}],
    "total": 12.5,
}


def marker_order(marker: str, i: int) -> dict[str, Any]:
    return {
        "order_id": i,
        "customer": {"email": f"mk{marker}{i}@example.com", "first_name": f"Zed{marker}"},
        "lines": [{"sku": "A-1", "qty": 2}],
    }


@pytest.fixture
def shop(rabbit_vhost: Vhost) -> dict[str, Any]:
    """orders exchange -> order-events (no TTL) and cart-events (a policy's message-ttl);
    storefront-web publishes three orders; fulfilment-worker and mystery-reader consume."""
    v = rabbit_vhost
    api(
        "PUT",
        f"policies/{v.q}/rabbit_helper_ttl",
        {"pattern": "^cart-", "definition": {"message-ttl": 86_400_000}, "apply-to": "queues"},
    )
    marker = uuid.uuid4().hex[:10]
    pub = v.connect("storefront-web").channel()
    pub.exchange_declare("shop.orders", "topic")
    for queue, key in (("order-events", "order.*"), ("cart-events", "cart.#")):
        pub.queue_declare(queue, durable=True)
        pub.queue_bind(queue, "shop.orders", key)
    for i in range(3):
        v.publish(pub, "shop.orders", "order.created", marker_order(marker, i))
    for client in ("fulfilment-worker", "mystery-reader"):
        ch = v.connect(client).channel()
        ch.basic_qos(prefetch_count=1)
        ch.basic_consume("order-events", lambda *a: None)
    v.wait_for_stats(
        lambda: (
            v.queue("order-events").get("consumers") == 2
            and v.queue("order-events").get("messages") == 3  # the count lags the publishes
            and any(
                (c.get("message_stats") or {}).get("publish")
                for c in api("GET", f"vhosts/{v.q}/channels")
            )
            # a consumer's channel details (its connection's name) also lag: until they show,
            # the consumer has no client to name
            and all(
                (c.get("channel_details") or {}).get("connection_name")
                for c in api("GET", f"consumers/{v.q}")
            )
        )
    )
    return {"vhost": v, "marker": marker}


def rabbit_estate(tmp_path: Path, vhost: str, extra: str = "", queue_extra: str = "") -> Path:
    (tmp_path / "order.json").write_text(json.dumps(ORDER))
    (tmp_path / "guest.pw").write_text("guest\n")
    return write_estate(
        tmp_path,
        f"""systems:
  events:
    connector: rabbitmq
    url: http://127.0.0.1:15672
    password_file: guest.pw
    vhosts: [{vhost}]
    queues:
      "{vhost}:order-events":
        example: order.json
        consumers: [fulfilment-worker]{queue_extra}
      "{vhost}:cart-events": {{example: order.json}}
{extra}""",
    )


def scan(estate: Path) -> Snapshot:
    return piimap.scan(estate).snapshot


def test_order_queue_publishers_and_consumers_become_datasets_and_flows(shop, tmp_path):
    vhost = shop["vhost"].name
    snap = scan(rabbit_estate(tmp_path, vhost))
    system = next(s for s in snap.systems if s.id == "events")
    assert system.scanned and system.kind == "rabbitmq"
    version = next(f for f in system.facts if f.name == "server_version")  # as Redis names it
    assert version.value.startswith("RabbitMQ 3.") and version.evidence == "GET /api/overview"
    queue = f"events/{vhost}:order-events"
    datasets = {d.id: d for d in snap.datasets}
    assert datasets[queue].kind == "queue" and datasets[queue].row_count == 3
    fields = {f.name: f for f in snap.fields if f.dataset_id == queue}
    # Array items are [] as in Redis values and API responses (lines[].sku, not lines.sku).
    assert {"customer.email", "customer.phone", "lines[].sku", "order_id"} <= set(fields)
    assert "EMAIL_ADDRESS" in {e.entity for e in fields["customer.email"].entities}
    flows = {f.id: f for f in snap.flows}
    publish = flows[f"amqp_publish:events.storefront-web->events:{vhost}"]
    assert publish.kind == "amqp_publish" and "EMAIL_ADDRESS" in publish.entities
    assert "rates_mode" in " ".join(publish.evidence)  # basic mode: no per-exchange record
    consume = flows[f"amqp_consume:{queue}->events.fulfilment-worker"]
    assert "EMAIL_ADDRESS" in consume.entities
    assert consume.transit.status == Status.OK  # plain AMQP, but on loopback
    assert "stays on loopback" in consume.transit.evidence[0]
    clients = {s.id: s for s in snap.systems if s.kind == "amqp_client"}
    assert {"events.storefront-web", "events.fulfilment-worker", "events.mystery-reader"} <= set(
        clients
    )


def test_a_declared_exchange_routes_the_publisher_to_its_bound_queues(shop, tmp_path):
    vhost = shop["vhost"].name
    extra = f"    clients:\n      storefront-web: {{publishes: ['{vhost}:shop.orders']}}\n"
    snap = scan(rabbit_estate(tmp_path, vhost, extra))
    targets = {f.target for f in snap.flows if f.kind == "amqp_publish"}
    assert targets == {f"events/{vhost}:order-events", f"events/{vhost}:cart-events"}


def test_broker_gaps_undeclared_consumer_guest_login_and_queue_without_ttl(shop, tmp_path):
    vhost = shop["vhost"].name
    snap = scan(rabbit_estate(tmp_path, vhost))
    gaps = {(g.title, g.subject): g for g in snap.gaps}
    queue = f"events/{vhost}:order-events"
    unknown = [g for (t, s), g in gaps.items() if "nobody declared" in t]
    assert [g.subject for g in unknown] == [f"amqp_consume:{queue}->events.mystery-reader"]
    assert unknown[0].control == "SOC2 CC7.2" and unknown[0].severity == "high"
    guest = [g for (t, s), g in gaps.items() if "guest" in t]
    assert guest and guest[0].control == "SOC2 CC6.1" and guest[0].subject == "events"
    retention = {s for (t, s), g in gaps.items() if g.control == "GDPR Art. 5(1)(e)"}
    assert queue in retention  # no message-ttl or expires
    assert f"events/{vhost}:cart-events" not in retention  # the policy's message-ttl
    cart = next(d for d in snap.datasets if d.id == f"events/{vhost}:cart-events")
    assert cart.retention.status == Status.OK and cart.retention_policy == "P1D"
    assert "rabbit_helper_ttl" in cart.retention.evidence[0]


def test_sampling_is_opt_in_requeues_and_marks_redelivered(shop, tmp_path):
    v: Vhost = shop["vhost"]
    (tmp_path / "guest.pw").write_text("guest\n")
    estate = write_estate(
        tmp_path,
        f"""systems:
  events:
    connector: rabbitmq
    url: http://127.0.0.1:15672
    password_file: guest.pw
    vhosts: [{v.name}]
    include: [cart-events]
    sample_messages: true
""",
    )
    ch = v.connect("test-publisher").channel()
    v.publish(ch, "shop.orders", "cart.updated", marker_order(shop["marker"], 9))
    v.wait_for_stats(lambda: v.queue("cart-events").get("messages") == 1)
    snap = scan(estate)
    fields = {f.name: f for f in snap.fields if f.dataset == f"{v.name}:cart-events"}
    assert "EMAIL_ADDRESS" in {e.entity for e in fields["customer.email"].entities}
    assert shop["marker"] not in json.dumps([str(f) for f in snap.fields])
    # The message is still there, marked redelivered: what the broker records of a sample.
    method, _props, body = ch.basic_get("cart-events", auto_ack=False)
    assert method is not None and method.redelivered and shop["marker"].encode() in body


def test_a_sampled_message_keyed_by_values_names_no_value(rabbit_vhost, tmp_path):
    """Keys of a sampled message can be values themselves (a map by e-mail address or id):
    they become placeholders, as in a Redis value, so no value reaches a field name."""
    v = rabbit_vhost
    ch = v.connect("keyed-publisher").channel()
    ch.queue_declare("by-customer")
    marker = uuid.uuid4().hex[:12]
    body = {"carts": {f"{marker}@example.com": {"sku": "A-1"}, "98765": {"sku": "B-2"}}}
    ch.basic_publish("", "by-customer", json.dumps(body).encode())
    v.wait_for_stats(lambda: v.queue("by-customer").get("messages") == 1)
    (tmp_path / "guest.pw").write_text("guest\n")
    estate = write_estate(
        tmp_path,
        f"""systems:
  events: {{connector: rabbitmq, url: "http://127.0.0.1:15672", password_file: guest.pw,
            vhosts: [{v.name}], sample_messages: true}}
""",
    )
    snap = scan(estate)
    names = {f.name for f in snap.fields if f.dataset == f"{v.name}:by-customer"}
    assert names == {"carts.<email>.sku", "carts.<n>.sku"}
    assert marker not in dumps(snap)


def test_without_opt_in_no_message_is_read(shop, tmp_path):
    v: Vhost = shop["vhost"]
    before = v.queue("order-events")["messages"]
    scan(rabbit_estate(tmp_path, v.name))
    ch = v.connect("checker").channel()
    ch.queue_declare("probe-empty")
    v.wait_for_stats(lambda: True)
    stats = api("GET", f"queues/{v.q}/order-events")
    assert stats["messages"] == before
    assert not (stats.get("message_stats") or {}).get("get")  # nothing fetched by the scan


def test_a_user_without_rights_is_one_clear_issue_and_the_scan_goes_on(rabbit_user, tmp_path):
    user, password = rabbit_user
    (tmp_path / "pw").write_text(password)
    (tmp_path / "db.sqlite").touch()
    estate = write_estate(
        tmp_path,
        f"""systems:
  events: {{connector: rabbitmq, url: "http://127.0.0.1:15672", user: {user}, password_file: pw}}
  other: {{connector: sqlite, path: db.sqlite}}
""",
    )
    snap = scan(estate)
    events = next(s for s in snap.systems if s.id == "events")
    assert not events.scanned
    reason = events.not_scanned_reason
    assert "401" in reason and "monitoring" in reason and "\n" not in reason
    assert password not in json.dumps([str(i) for i in snap.issues])
    assert next(s for s in snap.systems if s.id == "other").scanned


def test_management_api_off_falls_back_to_passive_amqp(shop, tmp_path):
    vhost = shop["vhost"].name
    (tmp_path / "guest.pw").write_text("guest\n")
    estate = write_estate(
        tmp_path,
        f"""systems:
  events:
    connector: rabbitmq
    url: http://127.0.0.1:1
    amqp_url: amqp://127.0.0.1:5672
    password_file: guest.pw
    queues:
      "{vhost}:order-events": {{consumers: [fulfilment-worker]}}
      "{vhost}:no-such-queue": {{}}
""",
    )
    snap = scan(estate)
    queue = next(d for d in snap.datasets if d.system == "events")
    ready = shop["vhost"].queue("order-events").get("messages_ready")  # not those delivered
    assert queue.name == f"{vhost}:order-events" and queue.row_count == ready
    messages = [i.message for i in snap.issues if i.subject == "events"]
    assert any("management API does not answer" in m and "not seen" in m for m in messages)
    assert any("no-such-queue" in m and "404" in m for m in messages)
    # The passive declare created nothing.
    names = {q["name"] for q in api("GET", f"queues/{shop['vhost'].q}")}
    assert "no-such-queue" not in names


def test_broker_down_is_one_line_and_the_scan_goes_on(tmp_path):
    (tmp_path / "db.sqlite").touch()
    estate = write_estate(
        tmp_path,
        """systems:
  events: {connector: rabbitmq, url: "http://127.0.0.1:1"}
  other: {connector: sqlite, path: db.sqlite}
""",
    )
    snap = scan(estate)
    events = next(s for s in snap.systems if s.id == "events")
    assert not events.scanned and "does not answer" in events.not_scanned_reason
    assert "rabbitmq_management" in events.not_scanned_reason
    assert next(s for s in snap.systems if s.id == "other").scanned


def test_many_queues_are_read_page_by_page_up_to_max_queues(rabbit_vhost, tmp_path, monkeypatch):
    from connectors.rabbitmq import api as rabbit_api

    monkeypatch.setattr(rabbit_api, "PAGE_SIZE", 40)
    v = rabbit_vhost
    ch = v.connect("bulk").channel()
    for i in range(130):
        ch.queue_declare(f"q{i:03d}")
    (tmp_path / "guest.pw").write_text("guest\n")
    estate = write_estate(
        tmp_path,
        f"""systems:
  events: {{connector: rabbitmq, url: "http://127.0.0.1:15672", password_file: guest.pw,
            vhosts: [{v.name}], max_queues: 100}}
""",
    )
    snap = scan(estate)
    assert len([d for d in snap.datasets if d.system == "events"]) == 100
    assert any("130 queues" in i.message and "first 100" in i.message for i in snap.issues)


def test_a_100_mb_message_is_never_pulled(rabbit_vhost, tmp_path):
    v = rabbit_vhost
    ch = v.connect("big-publisher").channel()
    ch.queue_declare("big")
    marker = uuid.uuid4().hex
    body = json.dumps({"email": f"{marker}@example.com", "blob": "x" * (100 * 1024 * 1024)})
    ch.basic_publish("", "big", body.encode())
    v.wait_for_stats(lambda: v.queue("big").get("messages") == 1)
    (tmp_path / "guest.pw").write_text("guest\n")
    estate = write_estate(
        tmp_path,
        f"""systems:
  events: {{connector: rabbitmq, url: "http://127.0.0.1:15672", password_file: guest.pw,
            vhosts: [{v.name}], sample_messages: true, max_message_bytes: 4096}}
""",
    )
    start = time.monotonic()
    snap = scan(estate)
    took = time.monotonic() - start
    issue = [i.message for i in snap.issues if "larger than max_message_bytes" in i.message]
    assert issue and "(4096)" in issue[0]
    assert marker not in json.dumps([str(x) for x in (*snap.fields, *snap.issues)])
    assert took < 60


def test_https_to_a_plain_http_api_is_one_line_naming_the_tls_failure(tmp_path):
    estate = write_estate(
        tmp_path, 'systems:\n  events: {connector: rabbitmq, url: "https://127.0.0.1:15672"}\n'
    )
    events = next(s for s in scan(estate).systems if s.id == "events")
    assert not events.scanned
    assert "TLS handshake failed (WRONG_VERSION_NUMBER)" in events.not_scanned_reason
