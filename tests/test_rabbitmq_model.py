"""The RabbitMQ connector's reading of what a broker shows, without a broker: connections as
the management API spells them (a TLS one, a plain one off loopback), a detailed-statistics
channel, a definitions export, and the config errors a user can make."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from connectors.rabbitmq.build import Builder
from connectors.rabbitmq.config import RabbitConfig
from connectors.rabbitmq.connections import connection_transit
from connectors.rabbitmq.definitions import read_definitions
from connectors.rabbitmq.topology import Topology
from lineage.assess import assess
from lineage.core.config import load_estate
from lineage.core.errors import ConfigError
from lineage.core.model import EntityHit, Status
from lineage.flows.propagation import carried_entities

from .conftest import write_estate

NOW = "2026-12-06T00:00:00Z"
PLAIN = {
    "name": "10.0.4.7:51514 -> 10.0.0.5:5672",
    "vhost": "shop",
    "user": "fulfilment",
    "peer_host": "10.0.4.7",
    "ssl": False,
    "auth_mechanism": "PLAIN",
    "user_provided_name": "fulfilment-worker",
}
TLS = {
    **PLAIN,
    "name": "10.0.4.8:40000 -> 10.0.0.5:5671",
    "peer_host": "10.0.4.8",
    "ssl": True,
    "ssl_protocol": "tlsv1.3",
    "user": "storefront",
    "user_provided_name": "",
    "client_properties": {},
}


def topology() -> Topology:
    """shop.orders -> order-events; the TLS connection publishes (detailed statistics), the
    plain one consumes."""
    return Topology(
        source="management API https://rabbit.example:15672",
        vhosts=["shop"],
        queues=[{"name": "order-events", "vhost": "shop", "type": "classic", "messages": 4}],
        exchanges=[{"name": "shop.orders", "vhost": "shop", "type": "topic"}],
        bindings=[
            {
                "source": "shop.orders",
                "vhost": "shop",
                "destination": "order-events",
                "destination_type": "queue",
                "routing_key": "order.*",
            }
        ],
        connections=[PLAIN, TLS],
        channels=[
            {
                "name": f"{TLS['name']} (1)",
                "vhost": "shop",
                "connection_details": {"name": TLS["name"]},
                "message_stats": {"publish": 12},
                "publishes": [{"exchange": {"name": "shop.orders", "vhost": "shop"}}],
            }
        ],
        consumers=[
            {
                "queue": {"name": "order-events", "vhost": "shop"},
                "channel_details": {"connection_name": PLAIN["name"]},
                "consumer_tag": "c1",
            }
        ],
        rates_mode="detailed",
    )


def built(tmp_path: Path, **config: object):
    (tmp_path / "order.json").write_text(json.dumps({"customer": {"email": "x"}, "id": 1}))
    cfg = RabbitConfig(
        connector="rabbitmq",
        url="https://rabbit.example:15672",
        queues={"shop:order-events": {"example": "order.json"}},
        **config,
    )
    return Builder("events", cfg, tmp_path, [], []).build(topology())


@pytest.mark.parametrize(
    ("conn", "status", "words"),
    [
        (TLS, Status.OK, "uses TLS (tlsv1.3)"),
        (PLAIN, Status.GAP, "plain AMQP without TLS"),
        ({**PLAIN, "peer_host": "127.0.0.1"}, Status.OK, "stays on loopback"),
        ({**PLAIN, "ssl": None}, Status.UNKNOWN, "did not say"),
    ],
)
def test_transit_of_a_connection_is_what_the_broker_reports(conn, status, words):
    control = connection_transit(conn, "x")
    assert control.status is status and words in control.evidence[0]


def test_a_plain_connection_carrying_personal_data_is_a_cc67_gap(tmp_path):
    out = built(tmp_path)
    email = (EntityHit("EMAIL_ADDRESS", 0.9),)
    fields = [
        dataclasses.replace(f, entities=email) if f.name == "customer.email" else f
        for f in out.fields
    ]

    flows = carried_entities(out.flows, fields)
    broker = RabbitConfig(connector="rabbitmq").system("events", "rabbitmq")
    _d, assessed, gaps = assess(NOW, {}, [broker, *out.systems], out.datasets, fields, flows)
    by_id = {f.id: f for f in assessed}
    consume = by_id["amqp_consume:events/shop:order-events->events.fulfilment-worker"]
    publish = by_id["amqp_publish:events.storefront-10.0.4.8->events/shop:order-events"]
    assert consume.transit.status is Status.GAP and publish.transit.status is Status.OK
    transit = [g for g in gaps if g.control == "SOC2 CC6.7"]
    assert [g.subject for g in transit] == [consume.id]
    assert "EMAIL_ADDRESS" in transit[0].evidence[-1] and transit[0].severity == "high"


@pytest.mark.parametrize(
    ("connection_user", "holds_pii", "title", "severity"),
    [
        ("guest", True, "the default user (guest) logs in", "high"),
        ("guest", False, "the default user (guest) logs in", "medium"),
        ("fulfilment", True, "the default user (guest) is kept", "medium"),
    ],
)
def test_default_user_gap_is_judged_as_redis_judges_its_own(
    tmp_path, connection_user, holds_pii, title, severity
):
    """High only when the default user logs in and the broker holds personal data, as Redis's
    ``open_default_user``; the words say "default user" in both."""
    cfg = RabbitConfig(
        connector="rabbitmq",
        url="https://rabbit.example:15672",
        queues={"shop:order-events": {"example": "order.json"}},
    )
    (tmp_path / "order.json").write_text(json.dumps({"customer": {"email": "x"}, "id": 1}))
    top = topology()
    top.connections = [{**PLAIN, "user": connection_user}]
    top.users = [{"name": "guest", "tags": ""}]
    out = Builder("events", cfg, tmp_path, [], []).build(top)
    email = (EntityHit("EMAIL_ADDRESS", 0.9),)
    fields = [
        dataclasses.replace(f, entities=email) if holds_pii and f.name == "customer.email" else f
        for f in out.fields
    ]
    broker = dataclasses.replace(
        RabbitConfig(connector="rabbitmq").system("events", "rabbitmq"), facts=tuple(out.facts)
    )
    _d, _f, gaps = assess(NOW, {}, [broker, *out.systems], out.datasets, fields, out.flows)
    (gap,) = [g for g in gaps if g.title.startswith("the default user")]
    assert (gap.title, gap.severity, gap.control) == (title, severity, "SOC2 CC6.1")


def test_detailed_statistics_name_the_exchange_and_user_at_host_names_a_nameless_client(tmp_path):
    out = built(tmp_path)
    publish = next(f for f in out.flows if f.kind == "amqp_publish")
    assert publish.target == "events/shop:order-events"
    assert "exchange shop.orders (from the broker's per-exchange statistics)" in publish.evidence[0]
    assert publish.fields == (
        "events/shop:order-events/customer.email",
        "events/shop:order-events/id",
    )
    client = next(s for s in out.systems if s.id == publish.source)
    assert client.name == "storefront@10.0.4.8" and client.kind == "amqp_client"
    undeclared = [f for f in out.facts if f.name == "amqp.undeclared_consumer"]
    assert [f.value for f in undeclared] == [
        "amqp_consume:events/shop:order-events->events.fulfilment-worker"
    ]


def test_a_declared_consumer_mapped_to_an_estate_system_is_no_finding(tmp_path):
    out = built(
        tmp_path,
        clients={"fulfilment-worker": {"system": "fulfilment", "consumes": ["shop:order-events"]}},
    )
    consume = next(f for f in out.flows if f.kind == "amqp_consume")
    assert consume.target == "fulfilment"
    assert not [f for f in out.facts if f.name == "amqp.undeclared_consumer"]


EXPORT = {
    "rabbit_version": "3.13.7",
    "users": [{"name": "guest", "password_hash": "SECRETHASHb64==", "tags": ["administrator"]}],
    "vhosts": [{"name": "shop"}],
    "queues": [
        {
            "name": "order-events",
            "vhost": "shop",
            "durable": True,
            "arguments": {"x-max-length": 10000},
        },
        {
            "name": "cart-events",
            "vhost": "shop",
            "durable": True,
            "arguments": {"x-expires": 3600000},
        },
        {"name": "newsletter", "vhost": "shop", "durable": True, "arguments": {}},
    ],
    "exchanges": [{"name": "shop.orders", "vhost": "shop", "type": "topic"}],
    "bindings": [
        {
            "source": "shop.orders",
            "vhost": "shop",
            "destination": "order-events",
            "destination_type": "queue",
            "routing_key": "order.#",
            "arguments": {},
        },
    ],
    "policies": [
        {
            "vhost": "shop",
            "name": "short",
            "pattern": "^news",
            "apply-to": "queues",
            "definition": {"message-ttl": 60000},
            "priority": 1,
        },
        {
            "vhost": "shop",
            "name": "long",
            "pattern": "^news",
            "apply-to": "queues",
            "definition": {"message-ttl": 604800000},
            "priority": 5,
        },
    ],
}


def test_a_definitions_export_gives_queues_policies_and_declared_flows(tmp_path):
    path = tmp_path / "definitions.json"
    path.write_text(json.dumps(EXPORT))
    top = read_definitions("events", path)
    assert "SECRETHASH" not in repr(top)
    (tmp_path / "order.json").write_text(json.dumps({"email": "x"}))
    cfg = RabbitConfig(
        connector="rabbitmq",
        definitions="definitions.json",
        routing_keys={"order.created": {"example": "order.json"}},
        clients={
            "storefront-web": {"system": "storefront", "publishes": ["shop:shop.orders"]},
            "fulfilment-worker": {"system": "fulfilment", "consumes": ["shop:order-events"]},
        },
    )
    out = Builder("events", cfg, tmp_path, ["storefront", "fulfilment"], []).build(top)
    retention = {d.name: d.retention for d in out.datasets}
    assert retention["shop:order-events"].status is Status.GAP  # max-length is no retention
    assert "max-length 10000" in retention["shop:order-events"].evidence[0]
    assert "deletes the queue" in retention["shop:cart-events"].evidence[0]
    assert "policy 'long'" in retention["shop:newsletter"].evidence[0]  # the higher priority
    fields = {f.id for f in out.fields}
    assert fields == {"events/shop:order-events/email"}  # routed by the topic binding
    flows = {(f.source, f.target, f.transit.status) for f in out.flows}
    assert flows == {
        ("storefront", "events/shop:order-events", Status.UNKNOWN),
        ("events/shop:order-events", "fulfilment", Status.UNKNOWN),
    }
    assert ("amqp.default_credentials", "present") in {(f.name, f.value) for f in out.facts}
    # The broker's version is named as Redis names its own.
    assert ("server_version", "RabbitMQ 3.13.7", "rabbit_version in definitions.json") in top.facts
    assert not out.systems  # every client is a system of the estate


def test_a_file_that_is_no_export_is_one_clear_line(tmp_path):
    from lineage.core.errors import ConnectorError

    path = tmp_path / "x.json"
    path.write_text("[1, 2]")
    with pytest.raises(ConnectorError, match="not a RabbitMQ definitions export"):
        read_definitions("events", path)
    path.write_text("[" * 100_000 + "]" * 100_000)  # a JSON bomb: one line, no stack trace
    with pytest.raises(ConnectorError, match=r"x.json: nested too deeply\.$"):
        read_definitions("events", path)


@pytest.mark.parametrize(
    ("system", "message"),
    [
        ("{connector: rabbitmq}", "needs 'url'"),
        ("{connector: rabbitmq, url: 'http://rabbit.example:15672'}", "plain http is refused"),
        ("{connector: rabbitmq, url: 'https://u:pw@rabbit.example'}", "password in the URL"),
        ("{connector: rabbitmq, amqp_url: 'amqps://rabbit.example'}", "name the queues"),
        ("{connector: rabbitmq, definitions: nope.json}", "is not a file"),
        (
            "{connector: rabbitmq, url: 'https://r.example', queues: {q: {example: bad.json}}}",
            "queues.q.example: .* is not valid JSON",
        ),
        (
            "{connector: rabbitmq, url: 'https://r.example', queues: "
            "{q: {example: bad.json, schema: bad.json}}}",
            "not both",
        ),
        ("{connector: rabbitmq, url: 'https://r.example', sampel_messages: true}", "did you mean"),
        (
            "{connector: rabbitmq, url: 'https://r.example', queues: {q: {schema: deep.json}}}",
            "queues.q.schema: .*deep.json is nested too deeply to read",
        ),
        (
            "{connector: rabbitmq, url: 'https://r.example', queues: {q: {schema: /dev/zero}}}",
            "queues.q.schema: /dev/zero is larger than 16 MiB",
        ),
    ],
)
def test_config_mistakes_are_one_line_naming_the_key(tmp_path, system, message):
    (tmp_path / "bad.json").write_text("{not json")
    (tmp_path / "deep.json").write_text('{"a":' * 100_000 + "1" + "}" * 100_000)
    estate = write_estate(tmp_path, f"systems:\n  events: {system}\n")
    with pytest.raises(ConfigError, match=message) as err:
        load_estate(estate)
    assert "\n" not in str(err.value) and "u:pw@" not in str(err.value)


def test_a_flow_the_estate_declares_from_the_queue_declares_its_consumer(tmp_path):
    (tmp_path / "order.json").write_text(json.dumps({"customer": {"email": "x"}}))
    cfg = RabbitConfig(
        connector="rabbitmq",
        url="https://rabbit.example:15672",
        queues={"shop:order-events": {"example": "order.json"}},
        clients={"fulfilment-worker": {"system": "fulfilment"}},
    )
    declared = [("events/shop:order-events", "fulfilment")]
    out = Builder("events", cfg, tmp_path, ["fulfilment"], declared).build(topology())
    assert not [f for f in out.facts if f.name == "amqp.undeclared_consumer"]
    undeclared = Builder("events", cfg, tmp_path, ["fulfilment"], []).build(topology())
    assert [f.name for f in undeclared.facts].count("amqp.undeclared_consumer") == 1


def test_a_consumer_on_no_reported_connection_is_said_unknown_not_named(tmp_path):
    """The statistics may list a consumer before its channel's details: no client is made up
    for it (no flow to a client called ``client``); the scan says it is partial."""
    top = topology()
    top = dataclasses.replace(
        top,
        consumers=[
            *top.consumers,
            {"queue": {"name": "order-events", "vhost": "shop"}, "channel_details": []},
        ],
    )
    cfg = RabbitConfig(
        connector="rabbitmq",
        url="https://rabbit.example:15672",
        queues={"shop:order-events": {"example": "order.json"}},
    )
    (tmp_path / "order.json").write_text(json.dumps({"customer": {"email": "x"}, "id": 1}))
    out = Builder("events", cfg, tmp_path, [], []).build(top)
    consumers = [f.target for f in out.flows if f.kind == "amqp_consume"]
    assert consumers and not any(t.endswith(".client") or "?" in t for t in consumers), consumers
    assert any("1 consumer(s) of queue 'order-events'" in i.message for i in out.issues), [
        i.message for i in out.issues
    ]
