"""AMQP, where the management API cannot be reached: passive declares of the queues the estate
names (a passive declare creates nothing; it answers the queue's message and consumer counts, or
closes the channel when the queue does not exist)."""

from __future__ import annotations

import ssl
from urllib.parse import unquote, urlsplit

from lineage.core.errors import ConnectorError
from lineage.core.model import ScanIssue

from .config import qualified
from .topology import Topology

#: What AMQP cannot show, said once in the issue of a scan that fell back to it.
NOT_SEEN = "connections, channels, consumers, bindings and policies were not seen"


def read_passive(
    system_id: str, amqp_url: str, user: str, password: str, queues: list[str], timeout: float
) -> Topology:
    """The queues named in the estate, by passive declares over AMQP."""
    import pika
    from pika.exceptions import AMQPError, ChannelClosedByBroker

    parts = urlsplit(amqp_url)
    host = parts.hostname or "127.0.0.1"
    secure = parts.scheme == "amqps"
    params = pika.ConnectionParameters(
        host=host,
        port=parts.port or (5671 if secure else 5672),
        virtual_host="/",
        credentials=pika.PlainCredentials(user, password),
        socket_timeout=timeout,
        blocked_connection_timeout=timeout,
        connection_attempts=1,
        ssl_options=pika.SSLOptions(ssl.create_default_context(), host) if secure else None,
        client_properties={"connection_name": "piimap scan (passive)"},
    )
    shown = f"{parts.scheme}://{host}:{params.port}"
    top = Topology(source=f"AMQP {shown} (passive declares)")
    by_vhost: dict[str, list[str]] = {}
    for q in queues:
        vhost, name = qualified(q)
        by_vhost.setdefault(vhost, []).append(name)
    for vhost, names in sorted(by_vhost.items()):
        params.virtual_host = unquote(vhost)
        try:
            conn = pika.BlockingConnection(params)
        except AMQPError as exc:
            raise ConnectorError(
                f"{system_id}: cannot connect to {shown} (vhost {vhost}) over AMQP: "
                f"{type(exc).__name__}; check the host, port, credentials and that the broker runs."
            ) from None
        top.vhosts.append(vhost)
        try:
            channel = conn.channel()
            for name in sorted(names):
                try:
                    ok = channel.queue_declare(name, passive=True)
                except ChannelClosedByBroker as exc:
                    top.issues.append(
                        ScanIssue(
                            system_id,
                            "partial",
                            f"queue {name!r} (vhost {vhost}): {exc.reply_code} "
                            f"{exc.reply_text.split(' - ')[0]}",
                        )
                    )
                    channel = conn.channel()
                    continue
                top.queues.append(
                    {
                        "name": name,
                        "vhost": vhost,
                        "messages": ok.method.message_count,
                        "consumers": ok.method.consumer_count,
                        "counted": "messages ready (a passive declare does not count those "
                        "delivered and not yet acknowledged)",
                    }
                )
        finally:
            conn.close()
    return top
