"""Third parties a connector finds: matched to declared systems by vendor, else new systems."""

from __future__ import annotations

from connectors.base import ThirdParty
from lineage.core.config import SystemConfig
from lineage.core.model import Boundary, Control, Status, System
from lineage.flows.third_parties import third_party_flows

OWNER = System("crm", "salesforce")
DECLARED = {
    "crm": SystemConfig(connector="salesforce"),
    "klaviyo": SystemConfig(kind="third_party", vendor="Klaviyo"),
}


def _party(name, vendor, url, **kw):
    status = Status.OK if url.startswith("https") else Status.GAP
    return ThirdParty(
        name,
        vendor,
        kw.pop("kind", "remote_site"),
        url,
        Control(status, (f"endpoint {url}",)),
        **kw,
    )


def test_parties_match_declared_vendors_or_become_systems():
    systems: list[System] = []
    flows = third_party_flows(
        OWNER,
        [
            _party("Klaviyo sync", "klaviyo.com", "https://a.klaviyo.com/api"),
            _party("Label printer", "shipfast.example", "http://labels.shipfast.example/v1"),
            _party(
                "Order feed",
                "shipfast.example",
                "https://hooks.shipfast.example/o",
                kind="outbound_message",
                dataset="Order__c",
                fields=("Email__c",),
            ),
        ],
        systems,
        DECLARED,
    )
    targets = [f.target for f in flows]
    assert targets == ["klaviyo", "crm.shipfast", "crm.shipfast"]
    created = {s.id: s for s in systems}
    assert set(created) == {"crm.shipfast"}  # one system per vendor, none for Klaviyo
    created = created["crm.shipfast"]
    assert created.boundary is Boundary.THIRD_PARTY
    assert created.vendor == "shipfast.example"
    gap = flows[1]
    assert gap.transit.status is Status.GAP and gap.kind == "remote_site"
    outbound = flows[2]
    assert outbound.source == "crm/Order__c"
    assert outbound.fields == ("crm/Order__c/Email__c",)
