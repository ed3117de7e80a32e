"""Real-world schemas (../shared/realworld, loaded by its load.sh) scan without errors.

Skipped when the databases are not loaded (CI loads them); see docs/benchmarks.md for numbers.
"""

from __future__ import annotations

import pytest

from lineage.core.config import Estate, EstateConfig
from lineage.pipeline.run import scan_estate

from .conftest import MY_ADMIN, PG_ADMIN, REPO

PG = f"postgresql://postgres@{PG_ADMIN['host']}:{PG_ADMIN['port']}"
MY = f"mysql://root@{MY_ADMIN['host']}:{MY_ADMIN['port']}"

SCHEMAS = {
    "pagila": ("postgresql", f"{PG}/pagila", 15),
    "chinook_pg": ("postgresql", f"{PG}/chinook", 11),
    "chinook_my": ("mysql", f"{MY}/Chinook", 11),
    "opencart": ("mysql", f"{MY}/opencart", 134),
    "prestashop": ("mysql", f"{MY}/prestashop", 231),
}


def _loaded(connector: str, dsn: str) -> bool:
    from sqlalchemy import create_engine

    url = dsn.replace("postgresql://", "postgresql+psycopg://").replace(
        "mysql://", "mysql+pymysql://"
    )
    try:
        with create_engine(url).connect():
            return True
    except Exception:
        return False


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_real_world_schema_scans_completely(name):
    connector, dsn, min_tables = SCHEMAS[name]
    if not _loaded(connector, dsn):
        pytest.skip(f"{name} is not loaded; run ../shared/realworld/load.sh")
    config = EstateConfig(systems={name: {"connector": connector, "dsn": dsn}})
    snapshot = scan_estate(Estate(REPO / "estate.yaml", config, ""))
    assert snapshot.systems[0].scanned
    tables = [d for d in snapshot.datasets if d.kind in ("table", "partitioned table")]
    assert len(tables) >= min_tables
    unexpected = [i for i in snapshot.issues if "has not been populated" not in i.message]
    assert not unexpected, unexpected[:3]
    # Every one of these stores customers with e-mail addresses.
    assert any(e.entity == "EMAIL_ADDRESS" for f in snapshot.pii_fields() for e in f.entities)


PLATFORMS = {"opencart": ("OpenCart", "oc_"), "prestashop": ("PrestaShop", "ps_")}


@pytest.mark.parametrize("name", sorted(PLATFORMS))
def test_real_world_storefront_platform_is_recognised(name):
    connector, dsn, _ = SCHEMAS[name]
    if not _loaded(connector, dsn):
        pytest.skip(f"{name} is not loaded; run ../shared/realworld/load.sh")
    config = EstateConfig(systems={name: {"connector": connector, "dsn": dsn}})
    snapshot = scan_estate(Estate(REPO / "estate.yaml", config, ""))
    facts = {f.name: f.value for f in snapshot.systems[0].facts}
    assert (facts["platform"], facts["platform_prefix"]) == PLATFORMS[name]
    extensions = {k: v for k, v in facts.items() if k.startswith("extension.")}
    if name == "opencart":  # 41 bundled extensions; Google Shopping installed but off
        assert len(extensions) == 41
        assert extensions["extension.advertise:google"].endswith("disabled")
        assert not [v for v in extensions.values() if v.startswith("unclassified")]
        assert not [f for f in snapshot.flows if f.kind == "extension"]
    else:  # the dump has the schema without rows
        assert extensions == {}
    # The platform's own columns are a signal: OpenCart's and PrestaShop's customer e-mail.
    table = f"{name}.{PLATFORMS[name][1]}customer"
    email = next(f for f in snapshot.fields if f.dataset == table and f.name == "email")
    assert "platform" in {s for e in email.entities for s in e.signals}
