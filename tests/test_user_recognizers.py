"""User recognizers in Presidio's ad-hoc YAML format, named in the estate config."""

from __future__ import annotations

import sqlite3

import pytest

from lineage.core.config import load_estate
from lineage.core.errors import ConfigError
from lineage.pipeline.run import scan_estate

from .conftest import write_estate

YAML = """
recognizers:
  - name: Loyalty card number
    supported_language: en
    supported_entity: LOYALTY_ID
    patterns:
      - {name: loyalty, regex: "^LOY-\\\\d{8}$", score: 0.9}
    context: [loyalty, member]
"""


def _shop(tmp_path):
    db = sqlite3.connect(tmp_path / "shop.db")
    db.execute("CREATE TABLE member (id INTEGER PRIMARY KEY, card TEXT, tier TEXT)")
    db.executemany(
        "INSERT INTO member (card, tier) VALUES (?, ?)",
        [(f"LOY-{10000000 + i * 7919}", "gold") for i in range(50)],
    )
    db.commit()
    db.close()


def test_a_yaml_recognizer_labels_a_column(tmp_path):
    _shop(tmp_path)
    (tmp_path / "recognizers.yaml").write_text(YAML)
    estate = write_estate(
        tmp_path,
        """
systems:
  shop: {connector: sqlite, path: shop.db}
classification:
  recognizers: [recognizers.yaml]
""",
    )
    snapshot = scan_estate(load_estate(estate))
    fields = {f.name: f for f in snapshot.fields}
    (hit,) = fields["card"].entities
    assert hit.entity == "LOYALTY_ID"
    assert "values: 20 of 20 distinct sampled values are loyalty id" in hit.explanation
    assert not fields["tier"].entities


def test_a_broken_recognizer_file_is_a_config_error(tmp_path):
    _shop(tmp_path)
    (tmp_path / "recognizers.yaml").write_text("recognizers:\n  - {name: x}\n")
    estate = write_estate(
        tmp_path,
        "systems:\n  shop: {connector: sqlite, path: shop.db}\n"
        "classification: {recognizers: [recognizers.yaml]}\n",
    )
    with pytest.raises(ConfigError, match="not a Presidio recognizer file"):
        scan_estate(load_estate(estate))
