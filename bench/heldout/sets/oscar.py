"""Held-out set oscar: the sandbox shop of django-oscar (an open-source e-commerce framework on
Django).

The sandbox's ``make sandbox`` loads these Django fixtures in this order (``Makefile``, targets
``sandbox_load_user`` and ``sandbox_load_data``): two users (user name, first and last name,
e-mail address, PBKDF2 password hash, staff and superuser flags, last login), a catalogue of
clothing with child products, categories, attributes and their values, a partner (a fulfilment
partner) with stock records and prices, a flat page, product ranges, three conditional offers with
their conditions and benefits, and one order: its number, guest e-mail, totals and status, the
shipping address of the customer (title, first and last name, four address lines, state,
postcode, country, phone number, delivery notes and the text that search indexes), the order line
with partner and product, its price, a discount, and the analytics record of the ordering user
(orders, items, total spent, last order date).

Those six files, every object, loaded into PostgreSQL through ``djangofixtures`` (a table per
model, named ``<app>_<model>`` as Django names it, such as ``order_shippingaddress``; a foreign
key keeps the field's name, ``user`` not ``user_id``; columns typed from the values). Offers and
ranges repeat the range objects; a later object with the same model and primary key replaces the
earlier one, as ``loaddata`` does. The catalogue's CSV imports, images and the countries that the
``oscar_populate_countries`` command creates are not fixtures and are left out.
"""

from __future__ import annotations

from collections.abc import Callable

import djangofixtures
from sqlsource import text_of

REPO = "django-oscar/django-oscar"
COMMIT = "cdbfc4412c87dd9037d62b04755780b76490373c"
FILES = (
    "sandbox/fixtures/auth.json, child_products.json, pages.json, ranges.json, offers.json, "
    "orders.json (the sandbox's Django fixtures, all objects, in the Makefile's order)"
)
LICENCE = "BSD-3-Clause"
ENGINE = "postgresql"

_FILES = ("auth", "child_products", "pages", "ranges", "offers", "orders")


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the fixtures as one PostgreSQL script."""
    objects: list[dict[str, object]] = []
    for name in _FILES:
        objects += djangofixtures.objects(text_of(read(f"sandbox/fixtures/{name}.json")))
    return djangofixtures.script(objects)
