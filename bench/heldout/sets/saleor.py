"""Held-out set saleor: the demo store of Saleor (a headless e-commerce platform, Django and
GraphQL).

``saleor/static/populatedb_data.json`` is the catalogue that ``manage.py populatedb`` loads
into a new store, written as a Django fixture: categories, product types, products with their
rich-text descriptions (Editor.js JSON) and SEO texts, variants with SKUs, channel listings with
prices, product media, collections, attributes and their values, menus, a shipping zone and
method, pages (About, brand stories, return reasons), a sale, gift card tags, the site settings
(the shop's mail sender) and stock levels.

Loaded into PostgreSQL through ``djangofixtures``, every object but one: the store's single
warehouse (named ``Global``), the only object whose primary key is a UUID, which
``djangofixtures`` does not take; its stock rows keep that UUID as a foreign key.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import djangofixtures
from sqlsource import text_of

REPO = "saleor/saleor"
COMMIT = "723cd4eba87dfc72822ade45dc08a3caa548428d"
FILES = (
    "saleor/static/populatedb_data.json (the demo store's catalogue, a Django fixture; every "
    "object but the one warehouse, keyed by a UUID)"
)
LICENCE = "BSD-3-Clause"
ENGINE = "postgresql"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the fixture as one PostgreSQL script."""
    text = text_of(read("saleor/static/populatedb_data.json"))
    kept = [obj for obj in json.loads(text) if obj.get("model") != "warehouse.warehouse"]
    return djangofixtures.script(djangofixtures.objects(json.dumps(kept)))
