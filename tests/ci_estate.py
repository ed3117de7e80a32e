"""The demo estate a quarter later, for the CI command tests (diff, check, baseline).

:func:`scanned` copies ``sample_data/demo`` to a temporary folder, makes the named changes, scans
it at a fixed time and returns the snapshot file; each set of changes is scanned once a session.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from lineage.core import snapshot as snapshot_io
from lineage.core.config import load_estate
from lineage.pipeline.demo_estate import demo_estate_path, demo_org
from lineage.pipeline.run import scan_estate

SCANNED_AT = "2026-09-21T14:13:20Z"


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} is no longer in {path}; update tests/ci_estate.py"
    path.write_text(text.replace(old, new, 1))


def add_email_column(folder: Path) -> None:
    """A new column of e-mail addresses in the storefront's customers table."""
    with sqlite3.connect(folder / "storefront.sqlite") as db:
        db.execute("ALTER TABLE customers ADD COLUMN recovery_email TEXT")
        db.execute("UPDATE customers SET recovery_email = 'backup.' || id || '@mailbox.example'")


def add_http_endpoint(folder: Path) -> None:
    """A new integration config with a plain-http endpoint of an undeclared vendor."""
    (folder / "integrations" / "rewards.yaml").write_text(
        "rewards:\n  members_endpoint: http://points.rewardly.example/api/members\n"
    )


def turn_tls_off(folder: Path) -> None:
    """The newsletter sync to Klaviyo now goes over plain http."""
    _replace(
        folder / "estate.yaml",
        'transport: {url: "https://a.klaviyo.com/api/profiles", auth: api_key}',
        'transport: {url: "http://a.klaviyo.com/api/profiles", auth: api_key}',
    )


def lengthen_retention(folder: Path) -> None:
    """Orders are now kept ten years instead of seven."""
    _replace(folder / "estate.yaml", "tables: {orders: P7Y,", "tables: {orders: P10Y,")


def add_third_party(folder: Path) -> None:
    """A new declared third party receiving customers' e-mails and names over https."""
    _replace(
        folder / "estate.yaml",
        "\nflows:\n",
        "\n  loyaltyhub: {kind: third_party, name: LoyaltyHub, vendor: LoyaltyHub, region: US}\n"
        "\nflows:\n"
        "  - name: loyalty-sync\n"
        "    from: storefront/customers\n"
        "    to: loyaltyhub\n"
        "    entities: [EMAIL_ADDRESS, PERSON_NAME]\n"
        '    transport: {url: "https://api.loyaltyhub.example/v1/members", auth: oauth_jwt}\n'
        "    purpose: Loyalty programme\n"
        "    legal_basis: contract\n",
    )


def send_cards_to_crm(folder: Path) -> None:
    """A declared flow sending card numbers into the CRM (the demo policy bans it)."""
    _replace(
        folder / "estate.yaml",
        "\nflows:\n",
        "\nflows:\n"
        "  - name: card-to-crm\n"
        "    from: storefront/payments\n"
        "    to: crm/Contact\n"
        "    entities: [CREDIT_CARD]\n"
        '    transport: {url: "https://acme-shop.my.salesforce.com/services/data/v59.0", '
        "auth: oauth_jwt}\n",
    )


#: The changes a test can ask for, by name.
CHANGES: dict[str, Callable[[Path], None]] = {
    "emails": add_email_column,
    "http_endpoint": add_http_endpoint,
    "tls_off": turn_tls_off,
    "retention": lengthen_retention,
    "third_party": add_third_party,
    "cards_to_crm": send_cards_to_crm,
}
#: The quarter's five changes the issue names.
QUARTER = ("emails", "http_endpoint", "tls_off", "retention", "third_party")

_SCANS: dict[tuple[str, ...], Path] = {}


def scanned(factory: pytest.TempPathFactory, *changes: str) -> Path:
    """snapshot.json of the demo with ``changes`` made, scanned at :data:`SCANNED_AT`."""
    key = tuple(sorted(changes))
    if key not in _SCANS:
        folder = factory.mktemp("estate-" + ("-".join(key) or "demo"))
        shutil.copytree(demo_estate_path().parent, folder, dirs_exist_ok=True)
        for name in key:
            CHANGES[name](folder)
        estate = folder / "estate.yaml"
        with demo_org(estate):
            snapshot = scan_estate(load_estate(estate), scanned_at=SCANNED_AT)
        path = folder / "out" / "snapshot.json"
        snapshot_io.save(snapshot, path)
        _SCANS[key] = path
    return _SCANS[key]


def policy(folder: Path, text: str | None = None) -> Path:
    """The demo's policy.yaml, or ``text``, written to ``folder``."""
    path = folder / "policy.yaml"
    path.write_text(
        text if text is not None else (demo_estate_path().parent / "policy.yaml").read_text()
    )
    return path
