"""The GDPR Art. 30(1) record of processing and the CCPA/CPRA disclosure table of a snapshot.

A processing activity is one declared purpose of the flows; flows without a purpose are grouped
per source system as ``unknown purpose — SYSTEM``. Every cell comes from the estate config or
the scan's evidence and says ``unknown`` where neither says anything: a record of processing is
not filled in by guesswork. docs/tables.md maps each column to its article or section.

>>> eea_status("eu-west-1"), eea_status("US"), eea_status("eu-west-2"), eea_status("")
('inside', 'outside', 'outside', 'unknown')
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Literal, get_args

import pandas as pd

from classifiers.entities import ENTITIES
from classifiers.taxonomy import TAXONOMY, Ccpa
from lineage.core.dates import days
from lineage.core.ids import system_of
from lineage.core.model import Boundary, Control, Dataset, Flow, Snapshot, System
from lineage.graph.estate import EstateGraph

UNKNOWN = "unknown"

#: Each RoPA column and the provision it answers (Art. 6(1) is not in Art. 30(1), but
#: auditors expect the legal basis beside the purpose).
ROPA_COLUMNS: dict[str, str] = {
    "activity": "Art. 30(1)(b)",
    "controller": "Art. 30(1)(a)",
    "controller_contact": "Art. 30(1)(a)",
    "joint_controller": "Art. 30(1)(a)",
    "representative": "Art. 30(1)(a)",
    "dpo": "Art. 30(1)(a)",
    "purpose": "Art. 30(1)(b)",
    "legal_basis": "Art. 6(1)",
    "data_subjects": "Art. 30(1)(c)",
    "data_categories": "Art. 30(1)(c)",
    "personal_data": "Art. 30(1)(c)",
    "recipients": "Art. 30(1)(d)",
    "third_country_transfers": "Art. 30(1)(e)",
    "transfer_safeguards": "Art. 30(1)(e)",
    "erasure_time_limits": "Art. 30(1)(f)",
    "retention_status": "Art. 30(1)(f)",
    "security_measures": "Art. 30(1)(g)",
    "evidence": "",
}

#: Each CCPA column and the sections of the Cal. Civ. Code it answers.
CCPA_COLUMNS: dict[str, str] = {
    "category": "1798.110(c)(1), 1798.130(a)(5)(B)",
    "statute": "1798.140(v)(1)",
    "examples": "1798.140(v)(1)",
    "sources": "1798.110(c)(2)",
    "business_purposes": "1798.110(c)(3)",
    "third_parties": "1798.110(c)(4), 1798.115(c)(2)",
    "sold_or_shared": "1798.115(c)(1), 1798.130(a)(5)(C)",
    "retention": "1798.100(a)(3)",
    "sensitive": "1798.140(ae), 1798.121",
    "fields": "",
    "evidence": "",
}

CCPA_STATUTE: dict[str, str] = {
    "identifiers": "1798.140(v)(1)(A)",
    "customer_records": "1798.140(v)(1)(B)",
    "characteristics_of_protected_classifications": "1798.140(v)(1)(C)",
    "commercial_information": "1798.140(v)(1)(D)",
    "internet_activity": "1798.140(v)(1)(F)",
    "geolocation": "1798.140(v)(1)(G)",
    "sensory_information": "1798.140(v)(1)(H)",
    "professional_or_employment_information": "1798.140(v)(1)(I)",
    "sensitive_personal_information": "1798.140(v)(1)(L), 1798.140(ae)",
}

_ART6 = {
    "consent": "a",
    "contract": "b",
    "legal_obligation": "c",
    "vital_interests": "d",
    "public_task": "e",
    "legitimate_interests": "f",
}
_BOUNDARY = {
    Boundary.INTERNAL: "internal",
    Boundary.CRM: "CRM",
    Boundary.THIRD_PARTY: "third party",
}

# --- inside or outside the EEA -----------------------------------------------------------------


def _pairs(text: str) -> dict[str, str]:
    return dict(pair.split("=") for pair in text.split())


#: The EEA states and their ISO 3166-1 alpha-2 codes.
_EEA_STATES = _pairs(
    "austria=AT belgium=BE bulgaria=BG croatia=HR cyprus=CY czechia=CZ denmark=DK estonia=EE "
    "finland=FI france=FR germany=DE greece=GR hungary=HU ireland=IE italy=IT latvia=LV "
    "lithuania=LT luxembourg=LU malta=MT netherlands=NL poland=PL portugal=PT romania=RO "
    "slovakia=SK slovenia=SI spain=ES sweden=SE iceland=IS liechtenstein=LI norway=NO"
)
_EEA = frozenset({*_EEA_STATES.values(), "EL"})  # EL: the EU's own code for Greece
_EEA_WORDS = frozenset({"eu", "eea", "european-union", "european-economic-area"})
_COUNTRIES = {
    **_EEA_STATES,
    **_pairs(
        "uk=GB usa=US switzerland=CH canada=CA australia=AU india=IN japan=JP singapore=SG "
        "united-kingdom=GB united-states=US"
    ),
}
#: Cloud regions in Europe (AWS, Google Cloud, Azure) and their country: not all are in the EEA.
_CLOUD = _pairs(
    "eu-west-1=IE eu-west-2=GB eu-west-3=FR eu-central-1=DE eu-central-2=CH eu-north-1=SE "
    "eu-south-1=IT eu-south-2=ES europe-west1=BE europe-west2=GB europe-west3=DE "
    "europe-west4=NL europe-west6=CH europe-west8=IT europe-west9=FR europe-west10=DE "
    "europe-west12=IT europe-north1=FI europe-north2=SE europe-central2=PL "
    "europe-southwest1=ES westeurope=NL northeurope=IE francecentral=FR francesouth=FR "
    "germanywestcentral=DE germanynorth=DE swedencentral=SE norwayeast=NO norwaywest=NO "
    "italynorth=IT polandcentral=PL spaincentral=ES uksouth=GB ukwest=GB "
    "switzerlandnorth=CH switzerlandwest=CH"
)
#: Cloud regions outside Europe: AWS and Google Cloud prefixes, Azure's US regions.
_CLOUD_OUTSIDE = re.compile(
    r"^(?:(?:us|ca|sa|ap|me|af|il|mx|cn|northamerica|southamerica|asia|australia|africa)-"
    r"|(?:east|west|central|northcentral|southcentral|westcentral)us\d?$)"
)


def eea_status(region: str) -> Literal["inside", "outside", "unknown"]:
    """Is a declared region inside the EEA? ``unknown`` when empty or not recognised.

    Country codes and names, ``EU``/``EEA``, and cloud regions are read; a cloud region in
    Europe is not always in the EEA (eu-west-2 is London, europe-west6 Zurich).

    >>> eea_status("DE"), eea_status("westeurope"), eea_status("GB"), eea_status("Atlantis")
    ('inside', 'inside', 'outside', 'unknown')
    """
    text = re.sub(r"\s+", "-", region.strip().lower())
    if not text:
        return "unknown"
    if text in _EEA_WORDS:
        return "inside"
    code = _CLOUD.get(text) or _COUNTRIES.get(text)
    if code is None and re.fullmatch(r"[a-z]{2}", text):
        code = text.upper()
    if code is not None:
        return "inside" if code in _EEA else "outside"
    return "outside" if _CLOUD_OUTSIDE.match(text) else "unknown"


# --- the estate, indexed -----------------------------------------------------------------------


def is_third_party(system: System | None) -> bool:
    """A third party, or a database the estate does not list (both outside the inventory)."""
    return system is not None and (
        system.boundary == Boundary.THIRD_PARTY or system.kind == "unlisted_database"
    )


def ordered_entities(entities: Iterable[str]) -> list[str]:
    """Entity names without repeats, in the vocabulary's order (a user's own ones last)."""
    order = {name: i for i, name in enumerate(ENTITIES)}
    return sorted(set(entities), key=lambda e: (order.get(e, len(order)), e))


def stores_of(estate: EstateGraph, flows: Iterable[Flow]) -> list[Dataset]:
    """The datasets flows read or write: their ends' and their fields', and for an end that is
    a whole system with no field named there, its datasets holding the flows' entities. An API
    endpoint is left out: it stores nothing (the database behind it does)."""
    found: dict[str, Dataset] = {}
    for f in flows:
        named = (*f.fields, *(c.source for c in f.columns), *(c.target for c in f.columns))
        for d in filter(None, map(estate.dataset, (f.source, f.target, *named))):
            found[d.id] = d
        for end in (f.source, f.target):
            if end in estate.systems and not any(system_of(n) == end for n in named):
                wanted = set(f.entities)
                for d in estate.pii_stores.get(end, []):
                    if wanted & estate.held(d.id):
                        found[d.id] = d
    return [found[k] for k in sorted(found) if found[k].kind != "endpoint"]


def at_rest(estate: EstateGraph, d: Dataset) -> Control:
    """A dataset's at-rest control; without evidence of its own, its system's."""
    system = estate.systems.get(d.system)
    return d.at_rest if d.at_rest.evidence or system is None else system.at_rest


def name_of(estate: EstateGraph, sid: str) -> str:
    """``Name (id)``, or the id of a system without a name of its own."""
    s = estate.systems.get(sid)
    return f"{s.name} ({sid})" if s and s.name and s.name != sid else sid


def label(estate: EstateGraph, sid: str) -> str:
    """A recipient as a record of processing names it: name, id, boundary, vendor."""
    s = estate.systems.get(sid)
    if s is None:
        return f"{sid} (not in the snapshot)"
    where = "database not in the estate" if s.kind == "unlisted_database" else _BOUNDARY[s.boundary]
    parts = [sid, where] if s.name and s.name != sid else [where]
    if is_third_party(s):
        parts.append(f"vendor {s.vendor or UNKNOWN}")
    return f"{s.name or sid} ({', '.join(parts)})"


# --- GDPR Art. 30(1) ---------------------------------------------------------------------------


def activities(flows: Iterable[Flow]) -> dict[str, list[Flow]]:
    """Flows per processing activity: their declared purpose, else ``unknown purpose — SYSTEM``
    (the source system); declared purposes first, alphabetically.

    >>> a = activities([Flow("f", "shop/orders", "dw", "sql_job"),
    ...                 Flow("g", "shop", "crm", "declared", purpose="Billing")])
    >>> list(a)
    ['Billing', 'unknown purpose — shop']
    """
    grouped: dict[tuple[bool, str], list[Flow]] = {}
    for f in flows:
        purpose = f.purpose.strip()
        key = (False, purpose) if purpose else (True, f"unknown purpose — {system_of(f.source)}")
        grouped.setdefault(key, []).append(f)
    order = sorted(grouped, key=lambda k: (k[0], k[1].casefold(), k[1]))
    return {name: grouped[(unknown, name)] for unknown, name in order}


def ropa_frame(estate: EstateGraph | Snapshot) -> pd.DataFrame:
    """One row per processing activity with the Art. 30(1)(a)-(g) columns (ROPA_COLUMNS)."""
    estate = EstateGraph.of(estate)
    org = estate.snapshot.organisation
    controller = {
        "controller": org.name or UNKNOWN,
        "controller_contact": org.contact or UNKNOWN,
        "joint_controller": UNKNOWN,  # the estate config has no place for one yet
        "representative": org.representative or UNKNOWN,
        "dpo": org.dpo or UNKNOWN,
    }
    rows = [
        {"activity": name, **controller, **_activity(flows, estate)}
        for name, flows in activities(estate.snapshot.flows).items()
    ]
    return pd.DataFrame(rows, columns=list(ROPA_COLUMNS))


def _activity(flows: Sequence[Flow], estate: EstateGraph) -> dict[str, str]:
    entities = ordered_entities(e for f in flows for e in f.entities)
    gdpr = sorted({TAXONOMY[e].gdpr for e in entities if e in TAXONOMY})
    sources = sorted({system_of(f.source) for f in flows})
    recipients = sorted({system_of(f.target) for f in flows})
    stores = stores_of(estate, flows)
    return {
        "purpose": flows[0].purpose.strip() or UNKNOWN,
        "legal_basis": _legal_basis(flows),
        "data_subjects": _data_subjects(sources, estate),
        "data_categories": "; ".join(gdpr) or UNKNOWN,
        "personal_data": "; ".join(entities) or UNKNOWN,
        "recipients": "; ".join(label(estate, r) for r in recipients),
        **_transfers(recipients, estate),
        "erasure_time_limits": _erasure(flows, stores, estate),
        "retention_status": _tally([f.retention.status.value for f in flows], "flow"),
        "security_measures": "; ".join(
            (
                f"encryption in transit: {_tally([f.transit.status.value for f in flows], 'flow')}",
                f"authentication: {_tally([f.auth for f in flows], 'flow')}",
                "encryption at rest: "
                + _tally([at_rest(estate, d).status.value for d in stores], "store"),
                f"audit trail: {_tally([d.audit.status.value for d in stores], 'store')}",
            )
        ),
        "evidence": "; ".join(f.id for f in flows),
    }


def _legal_basis(flows: Sequence[Flow]) -> str:
    bases = sorted({f.legal_basis for f in flows if f.legal_basis})
    named = [f"{b} (Art. 6(1)({_ART6[b]}))" if b in _ART6 else b for b in bases]
    missing = [f.id for f in flows if not f.legal_basis]
    if named and missing:
        named.append(f"{UNKNOWN} for {', '.join(missing)}")
    return "; ".join(named) or UNKNOWN


def _data_subjects(sources: Sequence[str], estate: EstateGraph) -> str:
    declared: dict[str, None] = {}
    silent = []
    for sid in sources:
        subjects = estate.systems[sid].data_subjects if sid in estate.systems else ()
        declared.update(dict.fromkeys(subjects))
        if not subjects:
            silent.append(sid)
    named = list(declared)
    if named and silent:
        named.append(f"{UNKNOWN} for {', '.join(silent)}")
    return "; ".join(named) or UNKNOWN


def _transfers(recipients: Sequence[str], estate: EstateGraph) -> dict[str, str]:
    transfers, safeguards = [], []
    for sid in recipients:
        s = estate.systems.get(sid)
        region = s.region.strip() if s else ""
        where = eea_status(region)
        if where == "inside":
            continue
        if where == "outside":
            transfers.append(f"{name_of(estate, sid)}: {region}")
        else:
            why = f" (region {region!r} not recognised)" if region else ""
            transfers.append(f"{name_of(estate, sid)}: {UNKNOWN}{why}")
        safeguards.append(
            f"{name_of(estate, sid)}: {(s.transfer_safeguards if s else '') or UNKNOWN}"
        )
    if not transfers:  # every recipient declares a region inside the EEA
        return {"third_country_transfers": "none", "transfer_safeguards": "not applicable"}
    return {
        "third_country_transfers": "; ".join(transfers),
        "transfer_safeguards": "; ".join(safeguards),
    }


def _policies(stores: Sequence[Dataset]) -> list[str]:
    """``P3Y: a, b`` per declared policy, shortest first, then the stores that declare none."""
    by_policy: dict[str, list[str]] = {}
    for d in stores:
        by_policy.setdefault(d.retention_policy or "", []).append(d.id)

    def length(policy: str) -> float:
        try:
            return days(policy) if policy else math.inf
        except ValueError:
            return math.inf

    return [
        f"{policy or 'no policy declared'}: {', '.join(ids)}"
        for policy, ids in sorted(by_policy.items(), key=lambda kv: (length(kv[0]), kv[0]))
    ]


def _erasure(flows: Sequence[Flow], stores: Sequence[Dataset], estate: EstateGraph) -> str:
    """The stores' policies, and what is known of third parties' retention (their flows')."""
    parts = _policies(stores)
    for f in flows:
        if is_third_party(estate.systems.get(system_of(f.target))):
            parts.extend(f.retention.evidence)
    return " | ".join(dict.fromkeys(parts)) or UNKNOWN


def _tally(values: Sequence[str], noun: str) -> str:
    """``ok on 3 of 4 flows, gap on 1``: how many items have each value, most frequent first.

    >>> _tally(["ok", "gap", "ok"], "flow"), _tally([], "store")
    ('ok on 2 of 3 flows, gap on 1', 'unknown (no store identified)')
    """
    if not values:
        return f"{UNKNOWN} (no {noun} identified)"
    counts = sorted(Counter(values).items(), key=lambda kv: (-kv[1], kv[0]))
    (first, n), *rest = counts
    plural = noun if len(values) == 1 else f"{noun}s"
    return ", ".join(
        [f"{first} on {n} of {len(values)} {plural}", *(f"{v} on {m}" for v, m in rest)]
    )


# --- CCPA/CPRA ---------------------------------------------------------------------------------


def ccpa_frame(estate: EstateGraph | Snapshot) -> pd.DataFrame:
    """One row per CCPA category of personal information the estate holds (CCPA_COLUMNS)."""
    estate = EstateGraph.of(estate)
    snapshot = estate.snapshot
    entities: dict[str, set[str]] = {}
    fields: dict[str, set[str]] = {}
    stores: dict[str, set[str]] = {}
    for f in snapshot.pii_fields():
        for hit in f.entities:
            if hit.entity in TAXONOMY:
                category = TAXONOMY[hit.entity].ccpa
                entities.setdefault(category, set()).add(hit.entity)
                fields.setdefault(category, set()).add(f.id)
                stores.setdefault(category, set()).add(f.dataset_id)
    rows = []
    for category in get_args(Ccpa):
        if category not in entities:
            continue
        carrying = [
            f
            for f in snapshot.flows
            if any(e in TAXONOMY and TAXONOMY[e].ccpa == category for e in f.entities)
        ]
        held = [estate.datasets[d] for d in sorted(stores[category]) if d in estate.datasets]
        recipients = sorted({system_of(f.target) for f in carrying})
        purposes = sorted({f.purpose.strip() for f in carrying if f.purpose.strip()})
        if not carrying or any(not f.purpose.strip() for f in carrying):
            purposes.append(UNKNOWN)
        rows.append(
            {
                "category": category,
                "statute": CCPA_STATUTE[category],
                "examples": "; ".join(ordered_entities(entities[category])),
                "sources": "; ".join(
                    name_of(estate, s) for s in sorted({system_of(d) for d in stores[category]})
                ),
                "business_purposes": "; ".join(purposes),
                "third_parties": "; ".join(
                    label(estate, r) for r in recipients if is_third_party(estate.systems.get(r))
                )
                or "none found",
                "sold_or_shared": UNKNOWN,  # nothing in the estate config declares it
                "retention": " | ".join(_policies(held)) or UNKNOWN,
                "sensitive": "yes" if category == "sensitive_personal_information" else "no",
                "fields": len(fields[category]),
                "evidence": "; ".join(f.id for f in carrying),
            }
        )
    return pd.DataFrame(rows, columns=list(CCPA_COLUMNS))
