"""Plugins: a distribution installed next to piimap adds connectors and signals through entry
points, the way piimap's own are declared, and changes what a scan finds."""

from __future__ import annotations

import logging
import sqlite3
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import lineage
from classifiers import BUILT_IN, default_classifier, get_signal
from connectors import get_connector
from lineage.core.config import load_estate
from lineage.core.errors import ConfigError, UnknownNameError
from lineage.core.plugins import Registry, reset_plugins

from .conftest import write_estate

PLUGIN = '''
"""A third party's piimap plugin: a wristband signal and an inventory connector."""

from lineage.core.model import Dataset, Field

from classifiers.base import Signal, SignalHit
from connectors.base import Connector, ConnectorResult, ScanConfig


class WristbandSignal(Signal):
    """The id of the NFC wristband a member wears identifies the member's device."""

    name = "wristbands"

    def evaluate(self, ctx):
        if "wristband" in ctx.name:
            yield SignalHit("DEVICE_ID", 0.9, self.name, "column name names a member's wristband")


class InventoryConfig(ScanConfig):
    tables: list[str] = []


class InventoryConnector(Connector):
    """The tables an inventory file lists, without reading any system."""

    name = "inventory"
    config_model = InventoryConfig

    def scan(self, progress=None):
        result = ConnectorResult(system=self.config.system(self.system_id, self.name))
        for table in self.config.tables:
            result.datasets.append(Dataset(self.system_id, table))
            result.fields.append(Field(self.system_id, table, "member_email", "text"))
        return result
'''

ENTRY_POINTS = {
    "piimap.signals": {"wristbands": "piimap_test_plugin:WristbandSignal"},
    "piimap.connectors": {
        "inventory": "piimap_test_plugin:InventoryConnector",
        "inv": "piimap_test_plugin:InventoryConnector",
    },
}


@pytest.fixture(autouse=True)
def _fresh_registries() -> Iterator[None]:
    """Each test sees the plugins installed at that moment, and leaves none behind."""
    reset_plugins()
    yield
    reset_plugins()
    sys.modules.pop("piimap_test_plugin", None)


def install(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    entry_points: dict[str, dict[str, str]] = ENTRY_POINTS,
    name: str = "piimap-test-plugin",
) -> None:
    """Install a distribution as pip would: its module and a ``*.dist-info`` on sys.path."""
    site = tmp_path / f"site-{name}"
    info = site / f"{name.replace('-', '_')}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(
        "".join(
            f"[{group}]\n" + "".join(f"{k} = {v}\n" for k, v in points.items())
            for group, points in entry_points.items()
        )
    )
    (site / "piimap_test_plugin.py").write_text(textwrap.dedent(PLUGIN))
    monkeypatch.syspath_prepend(str(site))
    reset_plugins()


def shop(tmp_path: Path) -> Path:
    """A SQLite shop whose members wear wristbands, whose ids piimap alone leaves alone."""
    with sqlite3.connect(tmp_path / "shop.db") as conn:
        conn.executescript(
            "CREATE TABLE members (id INTEGER PRIMARY KEY, email TEXT, wristband TEXT);"
            + "".join(
                f"INSERT INTO members VALUES ({i}, 'm{i}@example.org', 'WB {7000 + i} {i % 10}');"
                for i in range(20)
            )
        )
    return write_estate(tmp_path, "systems:\n  shop: {connector: sqlite, path: shop.db}\n")


def entities(estate: Path, field_id: str) -> set[str]:
    snapshot = lineage.scan(estate, scanned_at="2026-01-01T00:00:00Z").snapshot
    (found,) = [f for f in snapshot.fields if f.id == field_id]
    return {e.entity for e in found.entities}


def test_a_signal_plugin_changes_what_a_scan_finds(tmp_path, monkeypatch):
    estate = shop(tmp_path)
    assert entities(estate, "shop/members/wristband") == set()
    assert entities(estate, "shop/members/email") == {"EMAIL_ADDRESS"}

    install(tmp_path, monkeypatch)

    assert entities(estate, "shop/members/wristband") == {"DEVICE_ID"}
    assert entities(estate, "shop/members/email") == {"EMAIL_ADDRESS"}


def test_plugin_signals_run_after_the_built_in_ones(tmp_path, monkeypatch):
    install(tmp_path, monkeypatch)
    names = [s.name for s in default_classifier().signals]
    assert names == [*BUILT_IN, "wristbands"]
    assert names[:4] == ["names", "types", "platform", "values"]
    assert get_signal("wristbands").__name__ == "WristbandSignal"


def test_a_connector_plugin_is_found_by_its_name_and_alias(tmp_path, monkeypatch):
    install(tmp_path, monkeypatch)
    assert get_connector("inv") is get_connector("inventory")
    estate = write_estate(
        tmp_path, "systems:\n  stock: {connector: inv, tables: [members], owner: Ops}\n"
    )
    snapshot = lineage.scan(estate, scanned_at="2026-01-01T00:00:00Z").snapshot
    (system,) = snapshot.systems
    assert (system.id, system.kind, system.owner) == ("stock", "inventory", "Ops")
    assert [f.id for f in snapshot.pii_fields()] == ["stock/members/member_email"]


def test_a_connector_plugin_validates_its_own_keys(tmp_path, monkeypatch):
    install(tmp_path, monkeypatch)
    estate = write_estate(tmp_path, "systems:\n  stock: {connector: inventory, tabels: [a]}\n")
    with pytest.raises(
        ConfigError, match=r"systems\.stock\.tabels: unknown key; did you mean 'tables'"
    ):
        load_estate(estate)
    estate = write_estate(tmp_path, "systems:\n  stock: {connector: inventory, dsn: x}\n")
    with pytest.raises(
        ConfigError, match=r"systems\.stock\.dsn: unknown key for connector 'inventory'"
    ):
        load_estate(estate)


def test_a_broken_plugin_is_skipped_with_a_warning_and_the_scan_goes_on(
    tmp_path, monkeypatch, caplog
):
    broken = {
        "piimap.signals": {"shoddy": "no_such_module_anywhere:Signal"},
        "piimap.connectors": {"shoddy": "no_such_module_anywhere:Connector"},
    }
    install(tmp_path, monkeypatch, broken, name="piimap-broken-plugin")
    estate = shop(tmp_path)
    with caplog.at_level(logging.WARNING, logger="lineage.core.plugins"):
        assert entities(estate, "shop/members/email") == {"EMAIL_ADDRESS"}
    assert "signal plugin 'shoddy' (no_such_module_anywhere:Signal) not loaded" in caplog.text
    assert "ModuleNotFoundError" in caplog.text

    estate = write_estate(tmp_path, "systems:\n  x: {connector: shoddy}\n")
    with pytest.raises(
        ConfigError, match="connector 'shoddy' is installed but could not be loaded"
    ):
        load_estate(estate)


def test_an_unknown_name_fails_with_did_you_mean(tmp_path, monkeypatch):
    install(tmp_path, monkeypatch)
    with pytest.raises(
        UnknownNameError, match=r"unknown connector 'inventroy'\. Did you mean 'inventory'\?"
    ):
        get_connector("inventroy")
    with pytest.raises(
        UnknownNameError, match=r"unknown signal 'wristband'\. Did you mean 'wristbands'\?"
    ):
        get_signal("wristband")
    estate = write_estate(tmp_path, "systems:\n  stock: {connector: inventroy}\n")
    with pytest.raises(
        ConfigError,
        match=r"stock\.connector: unknown connector 'inventroy'\. Did you mean 'inventory'\?",
    ):
        load_estate(estate)


def test_piimap_keeps_its_own_name_when_a_plugin_takes_it_too(tmp_path, monkeypatch, caplog):
    install(
        tmp_path,
        monkeypatch,
        {"piimap.connectors": {"sqlite": "piimap_test_plugin:InventoryConnector"}},
    )
    with caplog.at_level(logging.WARNING, logger="lineage.core.plugins"):
        assert get_connector("sqlite").__name__ == "SQLiteConnector"
    assert "connector plugin 'sqlite' of piimap-test-plugin ignored" in caplog.text


def test_a_group_nobody_declares_says_to_reinstall():
    with pytest.raises(ConfigError, match=r"no widget is registered .* reinstall piimap"):
        Registry("widget", "piimap.no-such-group").get("gadget")
