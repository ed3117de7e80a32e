"""Audit trails of a database: does something record every change to a table's rows?

A table's trail is a trigger that copies its changes into an audit table, or failing that a
server-wide audit log (pgaudit, MariaDB server_audit, MySQL audit_log). The rules are the same for
every SQL connector; each connector only reads its triggers and its server-wide setting.

>>> t = Trigger("shop.customer", "customer_audit", "AFTER", frozenset({"UPDATE", "DELETE"}),
...             function="audit_customer")
>>> trail_of(t)
'runs audit_customer()'
>>> dataset_audit("shop.customer", [t], ServerAudit(Control(), "not read")).evidence
('trigger customer_audit runs audit_customer() after UPDATE, DELETE',)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lineage.core.model import Control, Status

#: Names of tables (and triggers, functions) that keep a trail of changes.
_TRAIL_NAME = re.compile(
    r"audit|histor|journal|changes|changelog|versions|(?<![a-z])logs?(?![a-z])", re.I
)
_IDENT = r"(?:\"[^\"]+\"|`[^`]+`|\[[^\]]+\]|[\w$]+)"
#: The table an INSERT (or REPLACE) in a trigger body writes into.
_INSERT_TARGET = re.compile(
    r"\b(?:INSERT|REPLACE)\s+(?:(?:LOW_PRIORITY|DELAYED|HIGH_PRIORITY|IGNORE|OR\s+\w+)\s+)*"
    rf"INTO\s+({_IDENT}(?:\s*\.\s*{_IDENT})?)",
    re.I,
)
#: A procedure a trigger body calls (MySQL triggers often log through one).
_CALL_TARGET = re.compile(rf"\bCALL\s+({_IDENT}(?:\s*\.\s*{_IDENT})?)", re.I)
_EVENT_ORDER = ("INSERT", "UPDATE", "DELETE", "TRUNCATE")


@dataclass(frozen=True)
class Trigger:
    """A trigger as the catalog describes it; ``body`` is its SQL (or its function's source)."""

    dataset: str
    name: str
    timing: str
    events: frozenset[str]
    function: str = ""
    body: str = ""
    enabled: bool = True
    #: Arguments the trigger passes its function (temporal_tables names its history table so).
    arguments: tuple[str, ...] = ()


@dataclass(frozen=True)
class ServerAudit:
    """The server-wide audit control and a short phrase naming it for per-table evidence
    ("pgaudit (pgaudit.log=write)", "pgaudit is not loaded")."""

    control: Control
    label: str


def trail_of(trigger: Trigger) -> str | None:
    """How ``trigger`` keeps a trail ("runs audit_customer()", "writes into customer_history",
    "fires" when only its name says so), or None when nothing points at an audit table."""
    if trigger.function and _TRAIL_NAME.search(trigger.function):
        return f"runs {trigger.function}()"
    for arg in trigger.arguments:
        if _TRAIL_NAME.search(arg):
            return f"runs {trigger.function}('{arg}')"
    for match in _INSERT_TARGET.finditer(trigger.body):
        target = _unquote(match.group(1))
        if _TRAIL_NAME.search(target):
            return f"writes into {target}"
    for match in _CALL_TARGET.finditer(trigger.body):
        procedure = _unquote(match.group(1))
        if _TRAIL_NAME.search(procedure):
            return f"calls {procedure}()"
    if _TRAIL_NAME.search(trigger.name):
        return f"runs {trigger.function}()" if trigger.function else "fires"
    return None


def dataset_audit(
    dataset: str,
    triggers: Iterable[Trigger] | None,
    server: ServerAudit,
    hidden: str = "",
) -> Control:
    """The audit control of one table from its triggers and the server-wide audit.

    ``triggers`` is None when they could not be read; ``hidden`` says why a table without
    visible triggers may still have some (the scan user lacks MySQL's TRIGGER privilege).
    """
    evidence: list[str] = []
    recorded: set[str] = set()
    disabled: list[str] = []
    for t in triggers or ():
        trail = trail_of(t)
        if trail is None:
            continue
        if not t.enabled:
            disabled.append(f"audit trigger {t.name} on {dataset} is disabled")
            continue
        recorded |= t.events
        evidence.append(f"trigger {t.name} {trail} {t.timing.lower()} {_events(t.events)}")
    if recorded & {"UPDATE", "DELETE"}:
        missing = [e for e in ("UPDATE", "DELETE") if e not in recorded]
        if missing:
            evidence.append(f"{' and '.join(missing)} on {dataset} fires no audit trigger")
        return Control(Status.OK, tuple(evidence + disabled))
    if server.control.status is Status.OK:
        return Control(Status.OK, (f"{dataset}: covered by {server.label}", *evidence, *disabled))
    if recorded:
        return Control(
            Status.GAP,
            (
                *evidence,
                f"the audit trigger on {dataset} records inserts only; updates and deletes go "
                f"unrecorded, and there is no server-wide audit ({server.label})",
                *disabled,
            ),
        )
    if disabled:
        return Control(Status.GAP, (*disabled, f"no server-wide audit ({server.label})"))
    if triggers is None:
        return Control(
            Status.UNKNOWN,
            (f"the triggers of {dataset} were not read; server-wide audit: {server.label}",),
        )
    if hidden:
        return Control(
            Status.UNKNOWN,
            (f"no audit trigger on {dataset} is visible ({hidden}); server-wide: {server.label}",),
        )
    if server.control.status is Status.GAP:
        return Control(
            Status.GAP,
            (f"no audit trigger on {dataset} and no server-wide audit ({server.label})",),
        )
    return Control(
        Status.UNKNOWN,
        (
            f"no audit trigger on {dataset}; whether a server-wide audit covers it is not known "
            f"({server.label})",
        ),
    )


def by_dataset(triggers: Sequence[Trigger]) -> dict[str, list[Trigger]]:
    """Triggers grouped by the dataset they fire on."""
    out: dict[str, list[Trigger]] = {}
    for t in triggers:
        out.setdefault(t.dataset, []).append(t)
    return out


def body_events(header: str) -> tuple[str, frozenset[str]]:
    """Timing and events of a ``CREATE TRIGGER`` header (the text before ``ON table``).

    >>> body_events("CREATE TRIGGER t AFTER UPDATE OF email, name")
    ('AFTER', frozenset({'UPDATE'}))
    """
    timing = re.search(r"\b(BEFORE|AFTER|INSTEAD\s+OF)\b", header, re.I)
    events = {e.upper() for e in re.findall(r"\b(INSERT|UPDATE|DELETE)\b", header, re.I)}
    return (re.sub(r"\s+", " ", timing.group(1)).upper() if timing else "BEFORE"), frozenset(events)


def _unquote(name: str) -> str:
    return re.sub(r"\s*\.\s*", ".", re.sub(r"[`\"\[\]]", "", name)).strip()


def _events(events: frozenset[str]) -> str:
    return ", ".join(e for e in _EVENT_ORDER if e in events)
