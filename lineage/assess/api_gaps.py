"""Gap rules about the APIs the estate describes (connectors/api, docs/apis.md): one function
per rule, each returning its gaps (listed in :data:`lineage.assess.gaps.GAP_RULES`). Besides a
SOC 2 control, each gap names its OWASP API Security Top 10 (2023) risk among ``related``.

They read the endpoints (datasets of kind ``endpoint``), the personal data of their response
values and parameters, and the facts the connectors recorded on the API's system
(``api_server``, ``api_unauthenticated``, ``api_catalogue``, ``api_introspection``).
"""

from __future__ import annotations

from collections.abc import Iterator

from connectors.api.endpoints import ENDPOINT, is_parameter
from lineage.core.model import Dataset, Field, Gap, System
from lineage.core.transport import transport_status

from .statuses import Assessed

#: Contact data a catalogue operation has no need to return.
CONTACT = frozenset(
    {"EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "POSTAL_CODE", "FULL_ADDRESS",
     "PERSON_NAME", "IP_ADDRESS", "DATE_OF_BIRTH"}
)  # fmt: skip
#: Response values listed in a gap's evidence.
SHOWN = 5


def _facts(system: System, name: str) -> dict[str, str]:
    """The API facts ``name`` of a system: value -> evidence."""
    return {f.value: f.evidence for f in system.facts if f.name == name}


def _endpoints(estate: Assessed) -> Iterator[tuple[System, Dataset, list[Field], list[Field]]]:
    """Each endpoint with its personal-data response values and parameters."""
    for d in estate.datasets:
        system = estate.systems.get(d.system)
        if d.kind != ENDPOINT or system is None:
            continue
        pii = estate.pii.get(d.id, [])
        yield (
            system,
            d,
            [f for f in pii if not is_parameter(f.name)],
            [f for f in pii if is_parameter(f.name)],
        )


def _values(fields: list[Field]) -> str:
    shown = ", ".join(
        f"{f.name} ({'/'.join(e.entity for e in f.entities)})" for f in fields[:SHOWN]
    )
    return shown + (f" and {len(fields) - SHOWN} more" if len(fields) > SHOWN else "")


def _entities(fields: list[Field]) -> list[str]:
    return sorted({e.entity for f in fields for e in f.entities})


def unauthenticated_endpoint(estate: Assessed) -> list[Gap]:
    """SOC2 CC6.1: an API operation returns personal data to callers without credentials."""
    gaps = []
    for system, d, values, _ in _endpoints(estate):
        why = _facts(system, "api_unauthenticated").get(d.name)
        if not values or why is None:
            continue
        gaps.append(
            Gap(
                control="SOC2 CC6.1",
                subject=d.id,
                severity="high",
                evidence=(why, f"returns {_values(values)}"),
                remediation=(
                    "Require authentication on the operation (a security requirement in the "
                    "OpenAPI description, an auth check on the GraphQL field) or stop returning "
                    "personal data from it."
                ),
                related=("SOC2 CC6.6", "OWASP API2:2023", "GDPR Art. 32"),
                title=f"{d.name} returns {', '.join(_entities(values)[:4])} without authentication",
            )
        )
    return gaps


def excessive_exposure(estate: Assessed) -> list[Gap]:
    """SOC2 CC6.1: a catalogue, search or recommendation operation returns customers' contact data
    its purpose does not need."""
    gaps = []
    for system, d, values, _ in _endpoints(estate):
        why = _facts(system, "api_catalogue").get(d.name)
        contact = [f for f in values if {e.entity for e in f.entities} & CONTACT]
        if why is None or not contact:
            continue
        gaps.append(
            Gap(
                control="SOC2 CC6.1",
                subject=d.id,
                severity="high",
                evidence=(
                    f"{d.comment or d.name}: a catalogue operation ({why})",
                    f"returns {_values(contact)}",
                ),
                remediation=(
                    "Return only what the catalogue needs (a display name at most): filter the "
                    "response schema, or allow it in the policy (api.allowed) once reviewed."
                ),
                related=("OWASP API3:2023", "GDPR Art. 5(1)(c)"),
                title=f"catalogue operation {d.name} returns {', '.join(_entities(contact)[:4])}",
            )
        )
    return gaps


def plain_http_server(estate: Assessed) -> list[Gap]:
    """SOC2 CC6.7: an API description declares a server over plain http."""
    gaps = []
    for system in estate.systems.values():
        servers = _facts(system, "api_server")
        plain = [
            f"{url} ({where})"
            for url, where in sorted(servers.items())
            if url.lower().startswith("http://") and transport_status(url, where).status == "gap"
        ]
        if not plain:
            continue
        personal = any(d.system == system.id and values for _, d, values, _ in _endpoints(estate))
        gaps.append(
            Gap(
                control="SOC2 CC6.7",
                subject=system.id,
                severity="high" if personal else "medium",
                evidence=(
                    *(f"server {p} is plain http" for p in plain),
                    "its responses hold personal data" if personal else "no personal data seen",
                ),
                remediation=(
                    "Serve the API over https only: drop the http:// servers (or schemes: [http]) "
                    "from the description and redirect or refuse plain http."
                ),
                related=("OWASP API8:2023", "GDPR Art. 32"),
                title="an API declares a plain http server",
            )
        )
    return gaps


def personal_data_in_url(estate: Assessed) -> list[Gap]:
    """SOC2 CC6.1: an API operation takes personal data in its query string or path, which
    access logs, proxies and browser histories keep."""
    return [
        Gap(
            control="SOC2 CC6.1",
            subject=d.id,
            severity="medium",
            evidence=(
                f"{d.comment or d.name}: parameter {_values(params)} is in the URL",
                "URLs are written to access logs, proxy logs and browser history",
            ),
            remediation=(
                "Take the value in the request body (POST) or an opaque id instead, and keep "
                "query strings out of access logs meanwhile."
            ),
            related=("OWASP API8:2023", "GDPR Art. 32"),
            title=f"{d.name} takes {', '.join(_entities(params)[:4])} in its URL",
        )
        for _, d, _, params in _endpoints(estate)
        if params
    ]


def graphql_introspection(estate: Assessed) -> list[Gap]:
    """SOC2 CC6.6: a GraphQL endpoint answers introspection, mapping every type (customers
    included) for anyone who asks."""
    gaps = []
    for system in estate.systems.values():
        facts = _facts(system, "api_introspection")
        if not facts:
            continue
        personal = sorted(
            {
                e
                for s, _, values, _ in _endpoints(estate)
                if s.id == system.id
                for e in _entities(values)
            }
        )
        gaps.append(
            Gap(
                control="SOC2 CC6.6",
                subject=system.id,
                severity="medium" if personal else "low",
                evidence=(
                    *facts.values(),
                    f"its schema returns {', '.join(personal)}"
                    if personal
                    else "no personal data seen",
                ),
                remediation=(
                    "Disable introspection on the production endpoint (or allow it only to "
                    "authenticated staff) and limit query depth."
                ),
                related=("OWASP API8:2023",),
                title="GraphQL introspection is enabled",
            )
        )
    return gaps
