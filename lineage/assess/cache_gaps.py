"""Gap rules about caches and key-value stores (Redis): one function per rule, each reading the
facts the redis connector reports (docs/redis.md), listed in
:data:`lineage.assess.gaps.GAP_RULES`."""

from __future__ import annotations

from lineage.core.ids import dataset_id
from lineage.core.model import Gap, Status, System

from .statuses import Assessed

#: The kinds of system these rules read.
CACHE_KINDS = frozenset({"redis"})


def _fact(system: System, name: str) -> tuple[str, str] | None:
    """(value, evidence) of a fact of ``system``."""
    return next(((f.value, f.evidence) for f in system.facts if f.name == name), None)


def _caches(estate: Assessed) -> list[System]:
    return [s for s in estate.systems.values() if s.kind in CACHE_KINDS and s.scanned]


def keys_without_expiry(estate: Assessed) -> list[Gap]:
    """GDPR Art. 5(1)(e): keys holding personal data that never expire (no TTL), so nothing
    removes them; per dataset, from PTTL of the keys seen. A dataset with a declared policy is
    left to ``store_retention``, whose evidence then names the keys without expiry."""
    gaps = []
    for system in _caches(estate):
        for d in estate.datasets:
            if d.system != system.id or d.id not in estate.pii or d.retention_policy:
                continue
            found = _fact(system, f"ttl.{d.name}.no_expiry")
            if not found:
                continue
            without, seen = (int(n) for n in found[0].split("/"))
            if not without:
                continue
            entities = sorted({e.entity for f in estate.pii[d.id] for e in f.entities})
            median = _fact(system, f"ttl.{d.name}.median")
            gaps.append(
                Gap(
                    control="GDPR Art. 5(1)(e)",
                    subject=d.id,
                    severity="high" if without == seen else "medium",
                    evidence=(
                        f"{d.id}: {without} of {seen} keys have no expiry ({found[1]})"
                        + (f"; the median TTL of the others is {median[0]}" if median else ""),
                        f"holds {', '.join(entities[:6])}",
                    ),
                    remediation=(
                        f"Set a TTL on every key of {d.name} when it is written (SET ... EX, "
                        "EXPIRE), or delete its keys when they are no longer needed; a cache "
                        "of personal data should not outlive its purpose."
                    ),
                    related=("SOC2 C1.2",),
                    title="personal data in keys without expiry",
                )
            )
    return gaps


def open_default_user(estate: Assessed) -> list[Gap]:
    """SOC2 CC6.1: the cache's default user logs in without a password, or with a well-known
    default one; per system."""
    gaps = []
    for system in _caches(estate):
        found = _fact(system, "acl.default_user")
        if not found or not found[0].startswith("on") or found[0] == "on, password set":
            continue
        holds = [d for d in estate.datasets if d.system == system.id and d.id in estate.pii]
        what = "without a password" if "nopass" in found[0] else "with a well-known password"
        gaps.append(
            Gap(
                control="SOC2 CC6.1",
                subject=system.id,
                severity="high" if holds else "medium",
                evidence=(
                    f"{system.id}: the default user is on and logs in {what} ({found[1]})",
                    f"holds personal data in {len(holds)} dataset(s)"
                    if holds
                    else "no personal data found in the keys read",
                ),
                remediation=(
                    "Turn the default user off (ACL SETUSER default off) or give it a strong "
                    "password, and give each application its own ACL user with the key "
                    "patterns and commands it needs."
                ),
                related=("GDPR Art. 32",),
                title=f"the default user logs in {what}",
            )
        )
    return gaps


def cache_without_tls(estate: Assessed) -> list[Gap]:
    """SOC2 CC6.7: a cache holding personal data is reached without TLS; per system."""
    gaps = []
    for system in _caches(estate):
        if system.transit.status != Status.GAP:
            continue
        holds = [d for d in estate.datasets if d.system == system.id and d.id in estate.pii]
        if not holds:
            continue
        gaps.append(
            Gap(
                control="SOC2 CC6.7",
                subject=system.id,
                severity="high",
                evidence=(
                    *system.transit.evidence,
                    "holds personal data in "
                    + ", ".join(dataset_id(system.id, d.name) for d in holds[:5])
                    + (f" and {len(holds) - 5} more" if len(holds) > 5 else ""),
                ),
                remediation=(
                    "Enable TLS on the server (tls-port, tls-cert-file, tls-key-file; or the "
                    "managed service's in-transit encryption), connect with rediss://, and close "
                    "the plain port (port 0)."
                ),
                related=("GDPR Art. 32",),
                title="personal data in a cache reached without TLS",
            )
        )
    return gaps
