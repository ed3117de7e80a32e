"""The access review's tables: ``tables/access.csv`` (one row per principal: who it is, whether
it is privileged, how it logs in and which personal data it can read) and the answer of
``piimap who-can-read`` (one row per principal and field). docs/access.md describes both.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from lineage.core.dates import moment
from lineage.core.model import Credential, Principal, Snapshot
from lineage.graph.access import Reach, reaches, readable_entities, who_can_read
from lineage.graph.estate import EstateGraph

#: access.csv starts with these columns (docs/outputs.md, docs/access.md).
ACCESS_COLUMNS = [
    "system",
    "principal",
    "kind",
    "privileged",
    "status",
    "last_login",
    "credential",
    "can_read",
    "evidence",
    "datasets",
    "member_of",
    "last_login_evidence",
    "credential_evidence",
    "facts",
]
WHO_CAN_READ_COLUMNS = [
    "system",
    "principal",
    "kind",
    "privileged",
    "status",
    "field",
    "entities",
    "privilege",
    "via",
    "evidence",
]
#: Grants shown in a row's evidence before "... and N more".
SHOWN_GRANTS = 5


def access_frame(estate: EstateGraph | Snapshot) -> pd.DataFrame:
    """One row per principal of the estate: ``can_read`` the personal-data entities it may read
    in its system (``;``-joined), ``evidence`` why it is privileged and the grants that let it
    read, ``datasets`` the datasets holding personal data it may read."""
    estate = EstateGraph.of(estate)
    found = reaches(estate)
    scanned_at = estate.snapshot.scanned_at
    rows = []
    for p in estate.snapshot.principals:
        held = found.get(p.id, [])
        rows.append(
            {
                "system": p.system,
                "principal": p.name,
                "kind": p.kind,
                "privileged": "yes" if p.privileged else "no",
                "status": p.status,
                "last_login": p.last_login or "",
                "credential": credential_text(p.credential, scanned_at),
                "can_read": ";".join(readable_entities(held)),
                "evidence": " | ".join(_evidence(p, held)),
                "datasets": ";".join(dict.fromkeys(r.field.dataset for r in held)),
                "member_of": ";".join(m.role for m in p.member_of),
                "last_login_evidence": p.last_login_evidence,
                "credential_evidence": p.credential.evidence,
                "facts": " | ".join(f"{f.name}: {f.value}" for f in p.facts),
            }
        )
    return pd.DataFrame(rows, columns=ACCESS_COLUMNS)


def _evidence(p: Principal, held: Iterable[Reach]) -> list[str]:
    parts = [f"privileged: {p.privileged_reason}"] if p.privileged else []
    grants = list(dict.fromkeys(r.evidence() for r in held))
    parts += grants[:SHOWN_GRANTS]
    if len(grants) > SHOWN_GRANTS:
        parts.append(f"... and {len(grants) - SHOWN_GRANTS} more grants")
    return parts


def credential_text(credential: Credential, scanned_at: str) -> str:
    """The credential's kind with its age at the scan and its expiry, when known.

    >>> credential_text(Credential("password", "2025-12-02"), "2026-01-01T00:00:00Z")
    'password, set 30 days before the scan'
    """
    parts = [credential.kind]
    age = age_days(credential.changed, scanned_at)
    if age is not None:
        parts.append(f"set {age} days before the scan")
    if credential.expires:
        parts.append(f"expires {credential.expires}")
    return ", ".join(parts)


def age_days(when: str | None, scanned_at: str) -> int | None:
    """Whole days from ``when`` to the scan (None when either is not a time)."""
    then, now = moment(when or ""), moment(scanned_at)
    if then is None or now is None:
        return None
    return int((now - then).total_seconds() // 86400)


def who_can_read_frame(estate: EstateGraph | Snapshot, target: str) -> pd.DataFrame:
    """One row per principal and field holding personal data that ``target`` names (an
    entity, or a system, dataset or field id), with the grant and memberships deciding it."""
    rows = [
        {
            "system": r.principal.system,
            "principal": r.principal.name,
            "kind": r.principal.kind,
            "privileged": "yes" if r.principal.privileged else "no",
            "status": r.principal.status,
            "field": r.field.id,
            "entities": ";".join(e.entity for e in r.field.entities),
            "privilege": r.grant.privilege,
            "via": " > ".join(r.via),
            "evidence": r.evidence(),
        }
        for r in who_can_read(estate, target)
    ]
    return pd.DataFrame(rows, columns=WHO_CAN_READ_COLUMNS)
