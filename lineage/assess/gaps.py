"""The gap rules, in one registry: each is a function of the assessed estate returning the gaps
it finds, every gap tied to its control id with evidence and a remediation.

To add a rule, write its function in :mod:`~lineage.assess.flow_gaps` (flows and recipients) or
:mod:`~lineage.assess.store_gaps` (stores), :mod:`~lineage.assess.api_gaps` (API descriptions),
with the control in its docstring, and list it in
:data:`GAP_RULES`; docs/assessment.md lists the rules an auditor sees.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable

from lineage.core.model import Gap

from . import access_gaps, api_gaps, broker_gaps, cache_gaps, flow_gaps, store_gaps
from .statuses import Assessed

#: A gap rule: the assessed estate in, its gaps out.
GapRule = Callable[[Assessed], list[Gap]]

#: Every gap rule, in the order their gaps are listed before sorting.
GAP_RULES: tuple[GapRule, ...] = (
    flow_gaps.unencrypted_transit,  # SOC2 CC6.7
    flow_gaps.static_credential,  # SOC2 CC6.1
    flow_gaps.processor_retention,  # GDPR Art. 28
    flow_gaps.undeclared_third_party,  # SOC2 CC9.2
    flow_gaps.unlisted_database,  # GDPR Art. 30
    flow_gaps.no_purpose,  # GDPR Art. 30
    store_gaps.store_retention,  # GDPR Art. 5(1)(e)
    store_gaps.at_rest,  # SOC2 CC6.1
    store_gaps.unaudited_changes,  # SOC2 CC7.2
    store_gaps.no_owner,  # GDPR Art. 30
    access_gaps.dormant_privileged,  # SOC2 CC6.2
    access_gaps.generic_accounts,  # SOC2 CC6.1
    access_gaps.too_many_admins,  # SOC2 CC6.3
    access_gaps.open_to_anyone,  # SOC2 CC6.1
    access_gaps.passwordless,  # SOC2 CC6.1
    access_gaps.access_not_reviewed,  # SOC2 CC6.2
    access_gaps.stale_credentials,  # SOC2 CC6.1
    access_gaps.unused_write_keys,  # SOC2 CC6.2
    access_gaps.broad_integration,  # SOC2 CC6.3
    broker_gaps.undeclared_consumer,  # SOC2 CC7.2
    broker_gaps.default_credentials,  # SOC2 CC6.1
    broker_gaps.queue_retention,  # GDPR Art. 5(1)(e)
    api_gaps.unauthenticated_endpoint,  # SOC2 CC6.1 (OWASP API2)
    api_gaps.excessive_exposure,  # SOC2 CC6.1 (OWASP API3)
    api_gaps.plain_http_server,  # SOC2 CC6.7 (OWASP API8)
    api_gaps.personal_data_in_url,  # SOC2 CC6.1 (OWASP API8)
    api_gaps.graphql_introspection,  # SOC2 CC6.6 (OWASP API8)
    cache_gaps.keys_without_expiry,  # GDPR Art. 5(1)(e)
    cache_gaps.open_default_user,  # SOC2 CC6.1
    cache_gaps.cache_without_tls,  # SOC2 CC6.7
)

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}


def find_gaps(estate: Assessed, rules: Iterable[GapRule] = GAP_RULES) -> list[Gap]:
    """The gaps every rule finds in ``estate``, rule by rule."""
    return [gap for rule in rules for gap in rule(estate)]


def sorted_gaps(gaps: Iterable[Gap]) -> list[Gap]:
    """Gaps by severity, then control and subject (the order of gaps.csv and reports).

    >>> low, high = (Gap("GDPR Art. 30", "crm", s, (), "") for s in ("low", "high"))
    >>> [g.severity for g in sorted_gaps([low, high])]
    ['high', 'low']
    """
    return sorted(
        gaps, key=lambda g: (SEVERITY_ORDER.get(g.severity, 9), g.control, g.subject, g.evidence)
    )


_DIGITS = re.compile(r"\d+")


def gap_key(gap: Gap, titled: bool = True) -> tuple[str, str, str]:
    """What identifies a gap from one scan to the next: its control, subject and title with
    numbers masked (titles count fields and datasets: "at-rest encryption of 33 fields...");
    ``titled=False`` leaves the title out, for a schema_version 1 snapshot, which has none.
    :func:`gap_ids` hashes it; ``piimap diff`` and ``piimap period`` match gaps by it.

    >>> gap_key(Gap("SOC2 CC7.2", "crm", "medium", (), "", title="5 dataset(s) go unaudited"))
    ('SOC2 CC7.2', 'crm', '# dataset(s) go unaudited')
    """
    return (gap.control, gap.subject, _DIGITS.sub("#", gap.title) if titled else "")


def gap_ids(gaps: Iterable[Gap]) -> dict[Gap, str]:
    """A short id for each gap (``G-`` and 8 hex digits), from its control, subject and title
    with numbers masked, so the same finding keeps its id from one scan to the next while its
    counts change; a second gap with the same key in one scan gets ``-2``, and so on, in the
    order of :func:`sorted_gaps`. gaps.csv, report.html and controls.csv name gaps by it.

    >>> g = Gap("SOC2 CC7.2", "crm", "medium", (), "", title="5 dataset(s) go unaudited")
    >>> h = Gap("SOC2 CC7.2", "crm", "medium", (), "", title="6 dataset(s) go unaudited")
    >>> gap_ids([g])[g] == gap_ids([h])[h], gap_ids([g])[g]
    (True, 'G-bb761228')
    """
    ids: dict[Gap, str] = {}
    seen: dict[str, int] = {}
    for gap in sorted_gaps(gaps):
        key = "\n".join(gap_key(gap))
        base = "G-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]
        seen[base] = seen.get(base, 0) + 1
        ids.setdefault(gap, base if seen[base] == 1 else f"{base}-{seen[base]}")
    return ids
