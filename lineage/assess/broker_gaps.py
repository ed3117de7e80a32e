"""Gap rules about message brokers (RabbitMQ): one function per rule, each returning its gaps
(listed in :data:`lineage.assess.gaps.GAP_RULES`). The connector reports what it saw as facts
of the broker's system (``amqp.undeclared_consumer``, ``amqp.default_credentials``) and a
retention status per queue; these rules judge them against the personal data found.

A plain AMQP connection carrying personal data is a ``SOC2 CC6.7`` gap of
:func:`lineage.assess.flow_gaps.unencrypted_transit`: each publish and consume flow has the
transit state of its connection.
"""

from __future__ import annotations

from lineage.core.model import Gap, Status

from .statuses import Assessed

#: The dataset kind of a broker's queue.
QUEUE = "queue"


def undeclared_consumer(estate: Assessed) -> list[Gap]:
    """SOC2 CC7.2: a connection consumes a queue although the estate declares no such consumer
    (an unknown flow; related SOC2 CC6.1, GDPR Art. 30), high when it carries personal data."""
    flows = {f.id: f for f in estate.flows}
    gaps = []
    for system in estate.systems.values():
        for fact in system.facts:
            if fact.name != "amqp.undeclared_consumer":
                continue
            flow = flows.get(fact.value)
            carried = flow.entities if flow else ()
            gaps.append(
                Gap(
                    control="SOC2 CC7.2",
                    subject=fact.value,
                    severity="high" if carried else "low",
                    evidence=(fact.evidence,)
                    + ((f"carries {', '.join(carried)}",) if carried else ()),
                    remediation=(
                        f"Find who runs this consumer; if it is legitimate, declare it "
                        f"(systems.{system.id}.queues.QUEUE.consumers or a flow in the estate) "
                        "with its purpose, otherwise revoke its user's read permission on the "
                        "vhost."
                    ),
                    related=("SOC2 CC6.1", "GDPR Art. 30"),
                    title="a consumer nobody declared reads a queue",
                )
            )
    return gaps


def default_credentials(estate: Assessed) -> list[Gap]:
    """SOC2 CC6.1: the broker's default user (``guest``) logs in, or is still there; high when it
    logs in and the broker holds personal data, else medium (as Redis's open default user,
    :func:`lineage.assess.cache_gaps.open_default_user`)."""
    gaps = []
    for system in estate.systems.values():
        seen = [f for f in system.facts if f.name == "amqp.default_credentials"]
        if not seen:
            continue
        accepted = any(f.value == "accepted" for f in seen)
        holds = [d for d in estate.datasets if d.system == system.id and d.id in estate.pii]
        gaps.append(
            Gap(
                control="SOC2 CC6.1",
                subject=system.id,
                severity="high" if accepted and holds else "medium",
                evidence=tuple(f.evidence for f in seen[:5])
                + ((f"... and {len(seen) - 5} more",) if len(seen) > 5 else ())
                + (
                    f"holds personal data in {len(holds)} queue(s)"
                    if holds
                    else "no personal data found in the queues read",
                ),
                remediation=(
                    "Delete the guest user (rabbitmqctl delete_user guest) or change its password, "
                    "give each application its own user with permissions on its vhost only, and "
                    "scan with a dedicated user that has the 'monitoring' tag."
                ),
                related=("GDPR Art. 32",),
                title=(
                    "the default user (guest) logs in"
                    if accepted
                    else "the default user (guest) is kept"
                ),
            )
        )
    return gaps


def queue_retention(estate: Assessed) -> list[Gap]:
    """GDPR Art. 5(1)(e): a queue holds personal data and no message-ttl or expires (argument
    or policy) makes the broker discard it."""
    return [
        Gap(
            control="GDPR Art. 5(1)(e)",
            subject=d.id,
            severity="medium",
            evidence=d.retention.evidence,
            remediation=(
                "Apply a policy with a message-ttl to the queue (rabbitmqctl set_policy NAME "
                "'^QUEUE$' '{\"message-ttl\": 604800000}' --apply-to queues), or dead-letter "
                "expired messages to a queue that has one."
            ),
            related=("SOC2 C1.2",),
            title="a queue holds personal data with no message-ttl or expiry",
        )
        for d in estate.datasets
        if d.kind == QUEUE and d.id in estate.pii and d.retention.status == Status.GAP
    ]
