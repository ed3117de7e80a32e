"""Storefront platforms recognised from the names of the tables a scan found.

Each platform has a set of characteristic tables, all of which must be present under one common
prefix, so a custom schema with a ``customer`` and an ``order`` table is never taken for a
platform. The prefix is whatever comes before the characteristic names (``oc_``, ``wp2_``,
``shop_oc_``, ``""``):

>>> names = ["shop.oc_setting", "shop.oc_extension", "shop.oc_order", "shop.oc_customer",
...          "shop.oc_product_to_store", "shop.oc_layout_route", "shop.invoices"]
>>> [(m.platform, m.schema, m.prefix) for m in detect_platforms(names)]
[('opencart', 'shop', 'oc_')]
>>> detect_platforms(["public.customer", "public.order", "public.product"])
[]
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from . import PLATFORMS, PlatformMatch


@dataclass(frozen=True)
class Fingerprint:
    """The tables that identify a platform: every one of ``required``, and at least
    ``min_extra`` of ``extra`` (WooCommerce's tables on top of WordPress's)."""

    platform: str
    required: tuple[str, ...]
    extra: tuple[str, ...] = ()
    min_extra: int = 0
    #: A platform this one is built on, not reported again under the same prefix.
    replaces: str = ""


_WORDPRESS = ("options", "posts", "postmeta", "comments", "terms", "term_taxonomy")

#: Most specific first: a WooCommerce install is not also reported as plain WordPress.
FINGERPRINTS = (
    # Magento 1 has core_website and sales_flat_order instead of store_website and sales_order.
    Fingerprint(
        "magento",
        ("core_config_data", "setup_module", "eav_entity_type", "store_website",
         "customer_entity", "sales_order"),
    ),
    Fingerprint(
        "woocommerce",
        _WORDPRESS,
        ("woocommerce_order_items", "woocommerce_order_itemmeta", "woocommerce_sessions",
         "woocommerce_api_keys", "woocommerce_attribute_taxonomies", "woocommerce_tax_rates",
         "woocommerce_payment_tokens", "wc_orders", "wc_order_stats", "wc_customer_lookup",
         "wc_webhooks"),
        2,
        "wordpress",
    ),
    # users/usermeta are left out: a multisite's sub-sites (wp_2_) share the main site's.
    Fingerprint("wordpress", _WORDPRESS),
    # ``orders`` (PrestaShop) and ``order`` (OpenCart) keep the two apart.
    Fingerprint(
        "prestashop",
        ("configuration", "module", "module_shop", "hook_module", "orders", "employee", "shop"),
    ),
    Fingerprint(
        "opencart",
        ("setting", "extension", "order", "customer", "product_to_store", "layout_route"),
    ),
    Fingerprint(
        "shopware",
        ("plugin", "system_config", "sales_channel", "sales_channel_domain", "state_machine",
         "order_customer"),
    ),
    Fingerprint(
        "sylius",
        ("sylius_channel", "sylius_customer", "sylius_order", "sylius_payment_method",
         "sylius_gateway_config", "sylius_product_variant"),
    ),
    Fingerprint(
        "saleor",
        ("account_user", "account_address", "order_order", "checkout_checkout",
         "product_product"),
    ),
    Fingerprint(
        "medusa",
        ("store", "region", "cart", "order", "customer", "payment_provider",
         "fulfillment_provider"),
    ),
    Fingerprint(
        "spree",
        ("spree_orders", "spree_line_items", "spree_payment_methods", "spree_addresses",
         "spree_variants"),
    ),
)  # fmt: skip

#: Tables only Solidus (the Spree fork) creates (solidus_one_four and later migrations), named
#: in the evidence. Not spree_store_credit_events: Spree 4.3+ creates it too (spree_four_three).
_SOLIDUS = (
    "spree_wallet_payment_sources", "spree_unit_cancels", "spree_order_mutexes",
    "spree_shipping_rate_taxes", "spree_cartons", "spree_store_credit_reasons",
)  # fmt: skip
#: Tables only Spree creates (4.6+ payment sources, 5.x gateway customers; Solidus keeps
#: ``spree_roles_users`` where Spree has ``spree_role_users``).
_SPREE = ("spree_payment_sources", "spree_gateway_customers", "spree_role_users")
_PREFIX = re.compile(r"^[A-Za-z0-9_$]*$")

assert {f.platform for f in FINGERPRINTS} == set(PLATFORMS)


def detect_platforms(dataset_names: Iterable[str]) -> list[PlatformMatch]:
    """The platforms whose characteristic tables are all among ``dataset_names``, one match
    per schema and prefix, ordered by schema, prefix and platform.

    Names are ``schema.table`` (PostgreSQL), ``database.table`` (MySQL) or a bare ``table``
    (SQLite); table names compare case-insensitively, prefixes keep their case.
    """
    schemas: dict[str, dict[str, str]] = defaultdict(dict)
    for name in dataset_names:
        schema, _, table = name.rpartition(".")
        schemas[schema][table.lower()] = table
    matches = []
    for schema, tables in schemas.items():
        replaced: set[tuple[str, str]] = set()
        for fp in FINGERPRINTS:
            for prefix in _prefixes(fp, tables):
                if (fp.platform, prefix) in replaced:
                    continue
                found = [p for b in fp.required if (p := f"{prefix}{b}".lower()) in tables]
                extra = [p for b in fp.extra if (p := f"{prefix}{b}".lower()) in tables]
                if len(found) < len(fp.required) or len(extra) < fp.min_extra:
                    continue
                replaced.add((fp.replaces, prefix))
                evidence = "tables " + ", ".join(tables[t] for t in sorted(found + extra))
                if fp.platform == "spree":
                    evidence += _spree_or_solidus(prefix, tables)
                bases = frozenset(t[len(prefix) :] for t in found + extra)
                matches.append(PlatformMatch(fp.platform, schema, prefix, evidence, bases))
    return sorted(matches, key=lambda m: (m.schema, m.prefix, m.platform))


def _spree_or_solidus(prefix: str, tables: dict[str, str]) -> str:
    """ "; Solidus: <tables>" when a table only Solidus creates is there, else "; Spree:
    <tables>" for tables only Spree creates, else "" (both share the rest)."""
    for label, bases in (("Solidus", _SOLIDUS), ("Spree", _SPREE)):
        found = [tables[t] for b in bases if (t := f"{prefix}{b}".lower()) in tables]
        if found:
            return f"; {label}: {', '.join(found)}"
    return ""


def _prefixes(fp: Fingerprint, tables: dict[str, str]) -> list[str]:
    """Prefixes (in the tables' own case) under which the first characteristic table exists."""
    first = fp.required[0]
    out = set()
    for lower, original in tables.items():
        if lower.endswith(first):
            prefix = original[: len(original) - len(first)]
            if _PREFIX.match(prefix):
                out.add(prefix)
    return sorted(out)
