"""A network's own data, no person's: the networks an operator or an Internet exchange keeps
as its customers, the addresses of its equipment and address plan, the blocks it routes; and
where a person's login came from.

Three judgements and two name rules (:data:`~classifiers.name_rules.NAME_RULES`):

1. **Networks as the rows** (:func:`network_fact`): a column holding an autonomous system
   number (``asn``, ``autsys``, ``as_number``), which only a network has, says the table's rows
   are networks, organisations: the name signal's table of organisations
   (:meth:`~classifiers.names.NameSignal._organisation_table`) then reads its bare ``name`` as
   the network's and its contact details as business contact data. A bare ``asn`` is also an
   advance shipping notice's number, so it counts only beside a column of peering or routing
   (``peering_policy``, ``max_prefixes``, ``noc_email``, ``irr_source``).
2. **Equipment and address plans** (:func:`network_addresses`): the IP addresses of a table of
   network equipment (a router, a switch, a VLAN, a subnet, an interface) or of a table whose
   rows point at one (``vlan_id``, ``virtual_interface_id``), with no person in the row, are the
   equipment's own, and so is a switch's MAC address; an IP address table's ``address`` is no
   street. Business data of the network, not personal data, and the explanation says so.
3. **Routed blocks** (:func:`routed_block`): a column whose every sampled value is an IP block
   no longer than the Internet routes (a ``/24`` of IPv4 or wider, a ``/48`` of IPv6 or wider)
   holds a network's routes, many hosts each, not one device's address (a home's delegated
   ``/56`` or a single ``/32`` stays an address).
4. **Where a login came from** (:func:`login_source`): ``last_login_from``, ``last_seen_from``
   in a table keyed to a person or of logins, sessions and keys: the IP address the person
   signed in from, when no sampled value says otherwise.

>>> network_fact([("id",), ("autsys",), ("name",)])
1
>>> network_fact([("asn",), ("customer", "name")]), network_fact([("asn",), ("peering", "policy")])
(None, 0)
>>> routed_block(["192.0.2.0/24", "2001:db8::/32"]), routed_block(["198.51.100.7/32"])
(True, False)
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

from .base import SignalHit
from .name_tokens import singular
from .name_view import FieldView, person_key_column

#: Columns (as words) that hold an autonomous system number: a network's, an organisation's.
ASN_COLUMNS = frozenset({
    ("autsys",), ("autnum",), ("aut", "num"), ("as", "number"), ("asnumber",), ("as", "num"),
    ("asnum",), ("autonomous", "system"), ("autonomous", "system", "number"),
})  # fmt: skip
#: Columns (as words) of an ASN that are also an advance shipping notice's (``asn``,
#: ``asn_number``): an autonomous system's only beside a column of peering or routing.
AMBIGUOUS_ASN = frozenset({("asn",), ("asn", "number"), ("asn", "no")})
#: Words of peering and routing (``peering_policy``, ``maxprefixes``, ``noc_phone``): beside a
#: bare ``asn`` they make it an autonomous system's number, not a shipping notice's.
ROUTING_WORDS = frozenset({
    "peering", "peer", "noc", "bgp", "prefix", "prefixes", "irr", "irrdb", "rpki", "route",
    "routing", "peeringdb", "looking", "transit", "ixp",
})  # fmt: skip
#: Table head nouns (singular) of network equipment and address plans: their IP and MAC
#: addresses are the equipment's own. A server's or a host's are
#: :func:`~classifiers.business_contacts.machine_credentials`'; not a gateway, as often a
#: payment provider's (a transaction's ``gateway_id``) as a network's.
EQUIPMENT = frozenset({
    "router", "switch", "vlan", "subnet", "interface", "nameserver", "firewall", "routeserver",
    "accesspoint", "loopback",
})  # fmt: skip
#: Table words of what a network gives its clients or what they do (``dhcp_leases``,
#: ``wifi_clients``, ``vpn_sessions``): their addresses are a client device's, perhaps a
#: person's, wherever the rows point.
CLIENT_WORDS = frozenset({
    "lease", "client", "guest", "device", "session", "login", "visitor", "connection",
    "subscriber", "log", "history", "assignment",
})  # fmt: skip
#: Words of an IP's address in a table's name (``ip_addresses``, ``ipv4address``).
_IP_WORDS = frozenset({"ip", "ipv", "ipv4", "ipv6"})
#: Entities of a network's addressing that a row about equipment holds as its own.
_ADDRESS_ENTITIES = ("IP_ADDRESS", "STREET_ADDRESS", "DEVICE_ID")
#: Verbs of a sign-in before ``from`` (``last_login_from``): the address it came from.
SIGN_IN_WORDS = frozenset({
    "login", "logon", "signin", "seen", "logged", "access", "accessed", "connected", "connect",
    "visit", "visited", "auth", "authenticated",
})  # fmt: skip
#: Table words of sign-ins and what a person signs in with (``user_logins``, ``api_keys``).
_SIGN_IN_TABLES = frozenset({
    "login", "logon", "signin", "session", "password", "key", "token", "access", "auth",
})  # fmt: skip
_KEY_LAST = frozenset({"id", "key", "fk", "no"})
_IPV4_WIDEST_HOST = 24
_IPV6_WIDEST_HOST = 48


def _words(words: Sequence[str]) -> set[str]:
    return {singular(w) for w in words} | set(words)


def network_fact(columns: Sequence[Sequence[str]]) -> int | None:
    """Index of the column (as its words) that holds an autonomous system number, or None; a
    bare ``asn`` only beside a column of peering or routing (:data:`ROUTING_WORDS`)."""
    routing = any(set(words) & ROUTING_WORDS for words in columns)
    for i, words in enumerate(columns):
        if tuple(words) in ASN_COLUMNS or (tuple(words) in AMBIGUOUS_ASN and routing):
            return i
    return None


def _points_at_equipment(words: Sequence[str]) -> bool:
    """Whether a column keys a piece of equipment (``vlan_id``, glued ``vlanid``,
    ``virtual_interface_id``).

    >>> _points_at_equipment(("vlanid",)), _points_at_equipment(("virtual", "interface", "id"))
    (True, True)
    >>> _points_at_equipment(("user", "id")), _points_at_equipment(("vlan",))
    (False, False)
    """
    if len(words) >= 2 and words[-1] in _KEY_LAST:
        return singular(words[-2]) in EQUIPMENT
    return len(words) == 1 and any(
        words[0] == f"{e}{k}" for e in EQUIPMENT for k in ("id", "key", "no")
    )


def network_addresses(view: FieldView) -> list[SignalHit]:
    """Vetoes for the addresses a network's equipment or address plan holds as its own: in a
    table named for network equipment (:data:`EQUIPMENT`) or for IP addresses, or whose rows
    point at equipment (``vlan_id``), with no key to a person and no people in it, an IP
    address, a MAC address (``mgmt_mac_address``) and an IP table's ``address`` (no street);
    not in a table of what clients are given or do (:data:`CLIENT_WORDS`)."""
    ctx, table, people = view.ctx, view.table, view.words.PEOPLE
    if not ctx.siblings or table.tokens & people or "people" in table.context:
        return []
    columns = [view.tokenize(s) for s in ctx.siblings if s != ctx.name]
    if any(person_key_column(c, people) for c in columns):
        return []
    table_words = _words(view.table_words)
    if table_words & CLIENT_WORDS:
        return []  # a lease's, a client's, a session's: a device's, perhaps a person's
    ip_table = bool(table_words & _IP_WORDS) and "address" in table_words
    name = view.table_name
    if table.head in EQUIPMENT or table_words & EQUIPMENT:
        why = f"table {name!r} lists network equipment ({table.head or 'its kind'})"
    elif ip_table:
        why = f"table {name!r} lists IP addresses"
    elif pointer := next((s for s in ctx.siblings if _points_at_equipment(view.tokenize(s))), ""):
        why = f"the rows of table {name!r} point at network equipment (column {pointer!r})"
    else:
        return []
    entities = ["IP_ADDRESS"]
    if "mac" in view.tokens:
        entities.append("DEVICE_ID")
    if ip_table or _all_ips(ctx.samples):
        entities.append("STREET_ADDRESS")  # ``ipv4address.address``: an IP's, no street
    reason = (
        f"a network's own addressing: {why} and none in a person's row, so its addresses are "
        "the equipment's (business data of the network), not personal data"
    )
    return [view.veto(e, reason) for e in _ADDRESS_ENTITIES if e in entities]


def _ip_block(value: object) -> ipaddress.IPv4Network | ipaddress.IPv6Network | None:
    text = str(value).strip()
    if "/" not in text:
        return None
    try:
        return ipaddress.ip_network(text, strict=False)
    except ValueError:
        return None


def _ip(value: object) -> bool:
    try:
        ipaddress.ip_address(str(value).strip())
    except ValueError:
        return False
    return True


def _all_ips(samples: Sequence[object]) -> bool:
    """Whether there are sampled values and each is an IP address."""
    values = [v for v in samples if v not in (None, "")]
    return bool(values) and all(_ip(v) for v in values)


def routed_block(samples: Sequence[object]) -> bool:
    """Whether every sampled value (one at least) is an IP block the Internet routes as one:
    an IPv4 ``/24`` or wider, an IPv6 ``/48`` or wider (a network's, many hosts each)."""
    values = [v for v in samples if v not in (None, "")]
    if not values:
        return False
    for value in values:
        block = _ip_block(value)
        if block is None:
            return False
        widest = _IPV4_WIDEST_HOST if block.version == 4 else _IPV6_WIDEST_HOST
        if block.prefixlen > widest:
            return False
    return True


def routed_blocks(view: FieldView) -> list[SignalHit]:
    """A veto of IP_ADDRESS for a column of routed blocks (:func:`routed_block`)."""
    if not routed_block(view.ctx.samples):
        return []
    reason = (
        "a network's own addressing: every sampled value is an IP block the Internet routes as "
        f"one (an IPv4 /{_IPV4_WIDEST_HOST} or an IPv6 /{_IPV6_WIDEST_HOST} or wider), a "
        "network's route of many hosts, not one device's address: not personal data"
    )
    return [view.veto("IP_ADDRESS", reason)]


def login_source(view: FieldView) -> list[SignalHit]:
    """IP_ADDRESS for where a sign-in came from (``last_login_from``, ``last_seen_from``) in a
    table keyed to a person or named for sign-ins, sessions, passwords or keys, unless a
    sampled value is no IP address (a ``login_from`` that names an application)."""
    tokens, ctx = view.tokens, view.ctx
    if len(tokens) < 2 or tokens[-1] != "from" or tokens[-2] not in SIGN_IN_WORDS:
        return []
    people = view.words.PEOPLE
    keyed = next(
        (s for s in ctx.siblings if s != ctx.name and person_key_column(view.tokenize(s), people)),
        "",
    )
    named = _words(view.table_words) & (_SIGN_IN_TABLES | people)
    if not keyed and not named:
        return []
    values = [v for v in ctx.samples if v not in (None, "")]
    if values and not all(_ip(v) for v in values):
        return []
    whose = (
        f"column {keyed!r} keys a person" if keyed else f"table {view.table_name!r} is of sign-ins"
    )
    reason = (
        f"column name {ctx.name!r} says where a sign-in came from and {whose}: the IP address "
        "the person signed in from"
    )
    return [view.hit("IP_ADDRESS", 0.7, reason)]
