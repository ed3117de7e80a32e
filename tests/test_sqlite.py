"""The SQLite connector on temp files: catalog, read-only access, sampling."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from connectors.sqlite import SQLiteConfig, SQLiteConnector
from lineage.core.errors import ConnectorError


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "shop.db"
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE TABLE customer (id INTEGER PRIMARY KEY, email TEXT NOT NULL, created_at TIMESTAMP);
        CREATE TABLE tag (shop TEXT, code TEXT, label TEXT, PRIMARY KEY (shop, code)) WITHOUT ROWID;
        CREATE TABLE customer_tag (customer_id INTEGER REFERENCES customer(id), shop TEXT,
            code TEXT, FOREIGN KEY (shop, code) REFERENCES tag (shop, code));
        CREATE VIEW customer_emails AS SELECT id, email FROM customer;
    """)
    conn.executemany(
        "INSERT INTO customer VALUES (?, ?, ?)",
        [(i, f"user{i}@example.com", f"2021-01-{1 + i % 28:02d} 10:00:00") for i in range(1, 301)],
    )
    conn.executemany(
        "INSERT INTO tag VALUES (?, ?, ?)", [("eu", f"c{i}", f"L{i}") for i in range(9)]
    )
    conn.commit()
    conn.close()
    return path


def _scan(path, **options):
    return SQLiteConnector(
        "shop", SQLiteConfig(connector="sqlite", path=str(path), **options)
    ).scan()


def test_catalog_keys_views_and_without_rowid(db):
    result = _scan(db, sample_size=50)
    datasets = {d.name: d for d in result.datasets}
    assert datasets["customer_emails"].kind == "view"
    assert "SELECT id, email" in datasets["customer_emails"].view_definition
    assert datasets["tag"].primary_key == ("shop", "code")
    fks = {fk.ref_dataset: fk for fk in datasets["customer_tag"].foreign_keys}
    assert fks["tag"].columns == ("shop", "code") and fks["tag"].ref_columns == ("shop", "code")
    assert fks["customer"].ref_columns == ("id",)
    assert datasets["customer"].row_count == 300
    assert datasets["customer"].oldest_record == "2021-01-01T10:00:00Z"
    assert len(result.samples["shop/tag/label"]) == 9
    emails = result.samples["shop/customer/email"]
    assert len(emails) == 50 and len(set(emails)) == 50
    assert emails != tuple(f"user{i}@example.com" for i in range(1, 51))


def test_opened_read_only(db):
    connector = SQLiteConnector("shop", SQLiteConfig(connector="sqlite", path=str(db)))
    engine = connector.create_engine(connector.url())
    with engine.connect() as conn, pytest.raises(Exception, match=r"readonly|read-only|query_only"):
        conn.execute(text("DELETE FROM customer"))
    engine.dispose()
    assert sqlite3.connect(db).execute("SELECT count(*) FROM customer").fetchone() == (300,)


def test_missing_file_is_not_created(tmp_path):
    with pytest.raises(ConnectorError, match="no SQLite database at"):
        _scan(tmp_path / "absent.db")
    assert not (tmp_path / "absent.db").exists()
