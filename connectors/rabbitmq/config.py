"""The keys of a ``connector: rabbitmq`` system (docs/rabbitmq.md), checked when the estate is
loaded: the URLs (https, or http on loopback only), the password and definitions files, and the
message schemas the estate declares."""

from __future__ import annotations

import os
from pathlib import Path

import pydantic
from pydantic import BaseModel, ConfigDict

from lineage.core.errors import ConfigError
from lineage.core.transport import url_problem

from ..base import ScanConfig
from ..secrets import read_password_file
from .schemas import load_declared


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class MessageSchema(_Strict):
    """A declared message shape: a JSON Schema file or an example message file."""

    schema_file: str | None = pydantic.Field(default=None, alias="schema")
    example: str | None = None


class QueueConfig(MessageSchema):
    """What the estate says of one queue (keyed ``name`` or ``vhost:name``)."""

    #: Who may consume it: client-provided connection names or system ids of the estate.
    consumers: list[str] = pydantic.Field(default_factory=list)


class ClientConfig(_Strict):
    """One client of the broker, by its client-provided connection name (or ``user@host``)."""

    #: The estate's system it is (flows then start or end there).
    system: str | None = None
    #: Exchanges it publishes to (``name`` or ``vhost:name``), where the broker does not say.
    publishes: list[str] = pydantic.Field(default_factory=list)
    #: Queues it consumes from, where the broker does not say (an offline export).
    consumes: list[str] = pydantic.Field(default_factory=list)
    #: Why it publishes or consumes: the purpose of its flows in the record of processing.
    purpose: str | None = None


class RabbitConfig(ScanConfig):
    """A RabbitMQ broker: its management API (``url``), else AMQP (``amqp_url``), or offline a
    definitions export (``definitions``)."""

    #: Management HTTP API: ``https://rabbit.internal:15672`` (http only on loopback).
    url: str | None = None
    #: AMQP address for the passive fallback: ``amqps://rabbit.internal:5671``.
    amqp_url: str | None = None
    #: ``rabbitmqctl export_definitions`` JSON file, relative to the estate file.
    definitions: str | None = None
    user: str | None = None
    password_file: str | None = None
    #: Name of the environment variable holding the password.
    password_env: str | None = None
    #: Virtual hosts to read (default: all the user may see).
    vhosts: list[str] | None = None
    queues: dict[str, QueueConfig] = pydantic.Field(default_factory=dict)
    #: Message shapes per routing key: applied to the queues bound with a matching key.
    routing_keys: dict[str, MessageSchema] = pydantic.Field(default_factory=dict)
    clients: dict[str, ClientConfig] = pydantic.Field(default_factory=dict)
    #: Read message contents (opt-in; docs/rabbitmq.md says what the broker records).
    sample_messages: bool = False
    #: Bytes of each sampled message the broker sends (it truncates the rest).
    max_message_bytes: int = pydantic.Field(default=65536, ge=256, le=16 * 1024 * 1024)
    #: Most queues read (the API is read page by page).
    max_queues: int = pydantic.Field(default=10_000, ge=1, le=1_000_000)


def check_config(system_id: str, config: RabbitConfig, base_dir: Path) -> None:
    """Every key that can be wrong before anything is scanned; ConfigError naming the key."""
    where = f"systems.{system_id}"
    if not (config.url or config.amqp_url or config.definitions):
        raise ConfigError(
            f"{where}: a rabbitmq system needs 'url' (the management API, "
            "https://host:15672), 'amqp_url' or 'definitions' (an export file)."
        )
    if config.amqp_url and not (config.url or config.definitions or config.queues):
        raise ConfigError(
            f"{where}.queues: with only amqp_url, name the queues to check (AMQP cannot list "
            "them); or give the management API as 'url'."
        )
    for key, schemes, secure in (
        ("url", ("https", "http"), "https"),
        ("amqp_url", ("amqps", "amqp"), "amqps"),
    ):
        value = getattr(config, key)
        if value:
            check_url(f"{where}.{key}", value, schemes, secure)
    if config.definitions and not resolve(base_dir, config.definitions).is_file():
        raise ConfigError(
            f"{where}.definitions: {resolve(base_dir, config.definitions)} is not a file; give "
            "the path of a 'rabbitmqctl export_definitions' JSON file."
        )
    if config.password_file is not None:
        read_password_file(f"{where}.password_file", config.password_file, base_dir)
    if config.password_env and config.password_env not in os.environ:
        raise ConfigError(
            f"{where}.password_env: the environment variable {config.password_env} is not set."
        )
    for name, q in config.queues.items():
        declared_fields(f"{where}.queues.{name}", q, base_dir)
    for key, m in config.routing_keys.items():
        declared_fields(f"{where}.routing_keys.{key}", m, base_dir)


def check_url(key: str, url: str, schemes: tuple[str, ...], secure: str) -> None:
    """ConfigError naming ``key`` unless ``url`` is ``secure``, or plain on loopback only."""
    plain = next(s for s in schemes if s != secure)
    problem = url_problem(url, secure, plain, "use password_file or password_env")
    if problem:
        raise ConfigError(f"{key}: {problem}.")


def resolve(base_dir: Path, raw: str) -> Path:
    p = Path(raw).expanduser()
    return p if p.is_absolute() else base_dir / p


def declared_fields(key: str, m: MessageSchema, base_dir: Path) -> list[tuple[str, str]]:
    """The fields a queue's or routing key's declared schema or example gives ([] for none)."""
    if m.schema_file and m.example:
        raise ConfigError(f"{key}: give 'schema' or 'example', not both.")
    if m.schema_file:
        return load_declared(resolve(base_dir, m.schema_file), f"{key}.schema", True)
    if m.example:
        return load_declared(resolve(base_dir, m.example), f"{key}.example", False)
    return []


def credentials(system_id: str, config: RabbitConfig, base_dir: Path) -> tuple[str, str]:
    """User and password: ``user`` (default guest) and password_file / password_env."""
    user = config.user or "guest"
    if config.password_file:
        key = f"systems.{system_id}.password_file"
        return user, read_password_file(key, config.password_file, base_dir)
    if config.password_env:
        return user, os.environ.get(config.password_env, "")
    return user, "guest" if user == "guest" else ""


def qualified(name: str) -> tuple[str, str]:
    """``vhost:name`` or ``name`` (vhost ``/``) as (vhost, name).

    >>> qualified("shop:orders"), qualified("orders")
    (('shop', 'orders'), ('/', 'orders'))
    """
    vhost, sep, rest = name.partition(":")
    return (vhost, rest) if sep else ("/", name)
