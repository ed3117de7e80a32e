"""Held-out set maybe: the test fixtures of Maybe (an open-source personal-finance application).

Maybe's tests load Rails fixtures, one YAML file per table: families (households, with currency,
locale, country and date format) and their users (first and last name, e-mail address, bcrypt
password digest, role, onboarding, AI consent), sessions with IP address and user agent,
impersonation sessions of support staff and their logs, invitations by e-mail, API keys, mobile
devices, chats and messages with an AI assistant and its tool calls; the family's accounts (bank
depositories, credit cards with APR and limits, loans with interest rates, investments, crypto,
property with its street address, vehicles with make, model and mileage, other assets and
liabilities) with balances, entries, transactions, transfers, trades, holdings, valuations;
merchants, categories, tags, budgets, rules, imports (with their raw rows as read from a bank
export), Plaid items and accounts, securities and their prices, exchange rates, subscriptions,
syncs and family exports.

Every fixture file but Active Storage's two (its blob row is built by Ruby code) and three empty
ones (family exports, impersonation session logs, mobile devices), every row, loaded
into PostgreSQL through ``railsfixtures`` (a table per file, ``import/rows.yml`` as
``import_rows``; relative times fixed from 2026-01-01 noon; the two ``<%= SecureRandom.uuid %>``
ids of ``api_keys.yml`` both given one fixed UUID; an association written as a fixture label, as
``family: dylan_family``, kept as that label).
"""

from __future__ import annotations

from collections.abc import Callable

import railsfixtures
from sqlsource import text_of

REPO = "maybe-finance/maybe"
COMMIT = "77b5469832758d1cbee1a940f3012a1ae1c74cd3"
FILES = "test/fixtures/<table>.yml for 45 tables (the Rails test fixtures, all rows)"
LICENCE = "AGPL-3.0"
ENGINE = "postgresql"

_TABLES = (
    "accounts",
    "addresses",
    "api_keys",
    "balances",
    "budgets",
    "categories",
    "chats",
    "credit_cards",
    "cryptos",
    "depositories",
    "entries",
    "exchange_rates",
    "families",
    "holdings",
    "impersonation_sessions",
    "import/mappings",
    "import/rows",
    "imports",
    "investments",
    "invitations",
    "loans",
    "merchants",
    "messages",
    "other_assets",
    "other_liabilities",
    "plaid_accounts",
    "plaid_items",
    "properties",
    "rule/actions",
    "rule/conditions",
    "rules",
    "securities",
    "security/prices",
    "sessions",
    "subscriptions",
    "syncs",
    "taggings",
    "tags",
    "tool_calls",
    "trades",
    "transactions",
    "transfers",
    "users",
    "valuations",
    "vehicles",
)

_EXTRA = {"<%= SecureRandom.uuid %>": "00000000-0000-4000-8000-000000000001"}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""

    def fixture(table: str) -> str:
        return text_of(read(f"test/fixtures/{table}.yml"))

    return railsfixtures.script(fixture, _TABLES, _EXTRA)
