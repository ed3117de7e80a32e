"""Rules of the sixty-ninth round's second pass on made-up tables of many domains: an
autonomous system number makes a table's rows networks, the addresses of network equipment
and address plans and the blocks a network routes are no person's, where a sign-in came from,
an organisation's details kept in a table of their own, an organisation's register read in
Dutch, a bare address of e-mail addresses, a person's page glued as one word, a glued
authorised mobile, an administration's settings; then look-alikes that must stay as they
were, and the explanations the vetoes give."""

from __future__ import annotations

import pytest

from classifiers import FieldContext
from classifiers.names import NameSignal
from classifiers.networks import network_fact, routed_block

from .table_verdicts import explanations, found

_ROWS = 12
_IDS = tuple(range(1, _ROWS + 1))
_EMPTY: tuple[object, ...] = ()
Columns = dict[str, tuple[object, ...]]

# -- networks as the rows: an autonomous system number ---------------------------------------

#: a hosting provider's customer networks, named like people ("Vale Mercer")
_HOSTED_NETWORKS = {
    "id": _IDS,
    "name": ("Vale Mercer", "Quenby Lark", "Orla Fenwick", "Tobias Marlow") * 3,
    "as_number": tuple(64500 + i for i in _IDS),
    "noc_email": ("noc@vale.example", "noc@quenby.example") * 6,
    "peering_policy": ("open", "selective") * 6,
    "postcode": ("LS1 4AP", "YO1 7HH") * 6,
}
#: a warehouse's shipments: ``asn`` is an advance shipping notice, the customer a person
_SHIPMENTS = {
    "id": _IDS,
    "asn": tuple(f"ASN-{9000 + i}" for i in _IDS),
    "first_name": ("Orla", "Idris", "Maren") * 4,
    "last_name": ("Fenwick", "Vale", "Dusk") * 4,
    "delivery_address": ("12 Dock Road, Leeds", "4 Mill Lane, York", "9 Kiln St, Hull") * 4,
}

# -- equipment, address plans, routed blocks --------------------------------------------------

_EDGE_ROUTERS = {
    "id": _IDS,
    "hostname": tuple(f"edge{i}.campus.example" for i in _IDS),
    "loopback": tuple(f"10.20.0.{i}" for i in _IDS),
    "asn": (64512,) * _ROWS,
}
_IP_ADDRESSES = {
    "id": _IDS,
    "subnet_id": (1, 2) * 6,
    "address": tuple(f"172.16.4.{i}" for i in _IDS),
}
_FLOW_EXPORTERS = {
    "id": _IDS,
    "interface_id": _IDS,
    "collector_ip": _EMPTY,
    "collector_port": (6343,) * _ROWS,
}
_SWITCHES = {"id": _IDS, "name": tuple(f"sw-{i}" for i in _IDS), "mgmt_mac": _EMPTY}
_ANNOUNCED_ROUTES = {
    "id": _IDS,
    "customer_id": _IDS,
    "prefix": ("203.0.113.0/24", "198.51.100.0/22", "2001:db8:100::/40") * 4,
}
#: a broadband subscriber's delegated prefix: a home's /56, one household's
_SUBSCRIBER_PREFIXES = {
    "id": _IDS,
    "subscriber_id": _IDS,
    "delegated_prefix": tuple(f"2001:db8:{i}:100::/56" for i in _IDS),
}
_USER_DEVICES = {
    "id": _IDS,
    "user_id": _IDS,
    "mac_address": tuple(f"00:1a:2b:3c:4d:{i:02x}" for i in _IDS),
}
_USER_LOGINS = {"id": _IDS, "user_id": _IDS, "ip": tuple(f"198.51.100.{i}" for i in _IDS)}

# -- where a sign-in came from ---------------------------------------------------------------

_MEMBER_TOKENS = {
    "id": _IDS,
    "member_id": _IDS,
    "token_hash": tuple(f"$2y$10${'x' * 20}{i}" for i in _IDS),
    "last_seen_from": tuple(f"192.0.2.{i}" for i in _IDS),
}
_DEVICE_LOGINS = {"id": _IDS, "device_token_id": _IDS, "last_login_from": _EMPTY}
#: a login's ``from`` naming the application, no address
_LOGIN_CHANNELS = {
    "id": _IDS,
    "user_id": _IDS,
    "last_login_from": ("web", "ios", "android") * 4,
}

# -- an organisation's details kept in a table of their own ----------------------------------

_COMPANY_BILLING = {
    "id": _IDS,
    "billing_address1": ("1 Quay Street", "22 Harbour Row") * 6,
    "billing_town": ("Leeds", "York") * 6,
    "billing_postcode": ("LS1 4AP", "YO1 7HH") * 6,
    "vat_number": ("GB123456789", "GB987654321") * 6,
    "invoice_email": ("accounts@quay.example", "billing@harbour.example") * 6,
}
_FIRM_INFO = {
    "id": _IDS,
    "registered_name": ("Quay Freight", "Harbour Tools") * 6,
    "address1": ("1 Quay Street", "22 Harbour Row") * 6,
    "postcode": ("LS1 4AP", "YO1 7HH") * 6,
}
#: a company's details with its contact person named: the person's phone stays reported
_COMPANY_CONTACT = {
    "id": _IDS,
    "contact_name": ("Orla Fenwick", "Idris Vale") * 6,
    "contact_phone": ("+44 7700 900461", "+44 7700 900982") * 6,
    "address1": ("1 Quay Street", "22 Harbour Row") * 6,
}

# -- an organisation's register in Dutch -----------------------------------------------------

_DUTCH_ORGANISATION = {
    "id": _IDS,
    "handelsnaam": ("Sportbond Noord", "Zeilclub Zuid") * 6,
    "adres_straatnaam": ("Havenweg", "Dijkstraat") * 6,
    "adres_postcode": ("1234 AB", "5678 CD") * 6,
    "adres_stad": ("Zwolle", "Breda") * 6,
    "oprichtingsdatum": ("1999-04-01", "2004-09-12") * 6,
}

# -- a bare address of e-mail addresses ------------------------------------------------------

_CONTACT_POINTS = {
    "id": _IDS[:1],
    "person_id": (1,),
    "kind": ("email",),
    "address": ("maren.dusk@mail.example",),
}
_POSTAL_POINTS = {
    "id": _IDS[:2],
    "person_id": (1, 2),
    "kind": ("post", "post"),
    "address": ("12 Dock Road, Leeds", "4 Mill Lane, York"),
}

# -- pages, mobiles, settings ----------------------------------------------------------------

_MEMBERS = {
    "id": _IDS,
    "first_name": ("Orla", "Idris") * 6,
    "last_name": ("Fenwick", "Vale") * 6,
    "weburl": ("www.fenwick-art.example", "www.vale.example") * 6,
    "vanityurl": ("https://site.example/orla", "https://site.example/idris") * 6,
    "authorisedmobile": _EMPTY,
    "email": ("orla@mail.example", "idris@mail.example") * 6,
}
_PRODUCTS = {
    "id": _IDS,
    "title": ("Kettle", "Lamp") * 6,
    "imageurl": ("https://cdn.example/k.png", "https://cdn.example/l.png") * 6,
}
_SHOP_ADMIN_SETTINGS = {
    "id": (1,),
    "site_title": ("Harbour Tools",),
    "contact_number": ("01632 960000",),
    "paypal_id": ("MERCHANT-7QX",),
    "smtp_host": ("mail.harbour.example",),
}
_USER_SETTINGS = {
    "id": _IDS,
    "user_id": _IDS,
    "contact_number": tuple(f"07700 900{i:03d}" for i in _IDS),
}

POSITIVES = [
    ("a member's API token last seen from an IP", "member_api_tokens", _MEMBER_TOKENS,
     "last_seen_from", "IP_ADDRESS"),
    ("a device's login table's source, empty", "device_logins", _DEVICE_LOGINS,
     "last_login_from", "IP_ADDRESS"),
    ("a person's contact point's e-mail under a bare address", "contact_points",
     _CONTACT_POINTS, "address", "EMAIL_ADDRESS"),
    ("a member's web page glued", "members", _MEMBERS, "weburl", "OTHER_PERSONAL_DATA"),
    ("a member's vanity URL glued", "members", _MEMBERS, "vanityurl", "OTHER_PERSONAL_DATA"),
    ("a member's authorised mobile glued", "members", _MEMBERS, "authorisedmobile",
     "PHONE_NUMBER"),
    ("a company's contact person's phone", "company_details", _COMPANY_CONTACT,
     "contact_phone", "PHONE_NUMBER"),
    ("a shipment's customer's address beside an advance shipping notice", "shipments",
     _SHIPMENTS, "delivery_address", "STREET_ADDRESS"),
    ("a subscriber's delegated /56", "subscriber_prefixes", _SUBSCRIBER_PREFIXES,
     "delegated_prefix", "IP_ADDRESS"),
    ("a user's device's MAC address", "user_devices", _USER_DEVICES, "mac_address",
     "DEVICE_ID"),
    ("a user's login IP", "user_logins", _USER_LOGINS, "ip", "IP_ADDRESS"),
    ("a user's own contact number in their settings", "user_settings", _USER_SETTINGS,
     "contact_number", "PHONE_NUMBER"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [case[1:] for case in POSITIVES],
    ids=[case[0] for case in POSITIVES],
)
def test_flagged(table: str, columns: Columns, column: str, entity: str) -> None:
    assert entity in found(table, columns, column)


NEGATIVES = [
    ("a hosting provider's network's name", "hosted_networks", _HOSTED_NETWORKS, "name",
     "PERSON_NAME"),
    ("a hosting provider's network's postcode", "hosted_networks", _HOSTED_NETWORKS,
     "postcode", "POSTAL_CODE"),
    ("an edge router's loopback address", "edge_routers", _EDGE_ROUTERS, "loopback",
     "IP_ADDRESS"),
    ("an address plan's IP address", "ip_addresses", _IP_ADDRESSES, "address", "IP_ADDRESS"),
    ("an address plan's address is no street", "ip_addresses", _IP_ADDRESSES, "address",
     "STREET_ADDRESS"),
    ("a flow exporter's collector, pointing at an interface", "flow_exporters",
     _FLOW_EXPORTERS, "collector_ip", "IP_ADDRESS"),
    ("a switch's management MAC", "switches", _SWITCHES, "mgmt_mac", "DEVICE_ID"),
    ("a customer's announced routes", "announced_routes", _ANNOUNCED_ROUTES, "prefix",
     "IP_ADDRESS"),
    ("a login's channel named, no address", "user_logins", _LOGIN_CHANNELS, "last_login_from",
     "IP_ADDRESS"),
    ("a company's billing street", "company_billing_details", _COMPANY_BILLING,
     "billing_address1", "STREET_ADDRESS"),
    ("a company's billing postcode", "company_billing_details", _COMPANY_BILLING,
     "billing_postcode", "POSTAL_CODE"),
    ("a company's VAT number", "company_billing_details", _COMPANY_BILLING, "vat_number",
     "TAX_ID"),
    ("a firm's registered address", "firm_registration_info", _FIRM_INFO, "address1",
     "STREET_ADDRESS"),
    ("a company's street, its contact person named", "company_details", _COMPANY_CONTACT,
     "address1", "STREET_ADDRESS"),
    ("Dutch: an organisation's postcode", "bond_organisatie", _DUTCH_ORGANISATION,
     "adres_postcode", "POSTAL_CODE"),
    ("Dutch: an organisation's street", "bond_organisatie", _DUTCH_ORGANISATION,
     "adres_straatnaam", "STREET_ADDRESS"),
    ("a product's image URL", "products", _PRODUCTS, "imageurl", "OTHER_PERSONAL_DATA"),
    ("a postal contact point's street is no e-mail", "contact_points", _POSTAL_POINTS,
     "address", "EMAIL_ADDRESS"),
    ("a shop's administration's contact number", "shop_admin_settings", _SHOP_ADMIN_SETTINGS,
     "contact_number", "PHONE_NUMBER"),
    ("a shop's administration's PayPal merchant id", "shop_admin_settings",
     _SHOP_ADMIN_SETTINGS, "paypal_id", "PAYMENT_TOKEN"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [case[1:] for case in NEGATIVES],
    ids=[case[0] for case in NEGATIVES],
)
def test_not_flagged(table: str, columns: Columns, column: str, entity: str) -> None:
    assert entity not in found(table, columns, column)


def _vetoes(table: str, columns: Columns, column: str) -> dict[str, str]:
    """{entity: reason} of the name signal's vetoes of one column (what an unflagged column's
    explanation says)."""
    ctx = FieldContext(
        "app", f"public.{table}", column, "text", samples=columns[column], siblings=tuple(columns)
    )
    return {h.entity: h.reason for h in NameSignal().evaluate(ctx) if h.veto}


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity", "says"),
    [
        ("hosted_networks", _HOSTED_NETWORKS, "postcode", "POSTAL_CODE",
         "autonomous system number"),
        ("company_billing_details", _COMPANY_BILLING, "billing_postcode", "POSTAL_CODE",
         "business contact data"),
        ("edge_routers", _EDGE_ROUTERS, "loopback", "IP_ADDRESS", "network's own addressing"),
        ("announced_routes", _ANNOUNCED_ROUTES, "prefix", "IP_ADDRESS", "routes as one"),
        ("shop_admin_settings", _SHOP_ADMIN_SETTINGS, "contact_number", "PHONE_NUMBER",
         "business contact data"),
    ],
)  # fmt: skip
def test_vetoes_say_whose_data(
    table: str, columns: Columns, column: str, entity: str, says: str
) -> None:
    assert says in _vetoes(table, columns, column)[entity]


def test_explanations_name_no_sampled_value() -> None:
    tables = {
        "member_api_tokens": _MEMBER_TOKENS,
        "contact_points": _CONTACT_POINTS,
        "members": _MEMBERS,
    }
    for table, columns in tables.items():
        sampled = {str(v) for values in columns.values() for v in values if len(str(v)) > 3}
        for hits in explanations(table, columns).values():
            for text in hits.values():
                assert not any(value in text for value in sampled), text


def test_network_fact_and_routed_blocks() -> None:
    assert network_fact([("id",), ("asn",), ("max", "prefixes")]) == 1
    assert network_fact([("id",), ("asn",), ("order", "no")]) is None
    assert routed_block(["10.0.0.0/8"]) and not routed_block(["10.0.0.0/8", "10.1.2.3"])
    assert not routed_block([])
