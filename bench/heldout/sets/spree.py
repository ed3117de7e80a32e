"""Held-out set spree: the sample data of Spree Commerce (an open-source e-commerce platform).

Spree's demo store is seeded from CSV files in its import format: 20 customers of a B2C and B2B
shop (e-mail, first and last name, phone in US, UK, German and Canadian formats, whether they
accept marketing e-mail, tags such as ``VIP`` or ``Wholesale``, a company for the wholesale buyers,
a street address with city, province, country and ZIP or postcode), 211 product and variant rows of
37 household appliances (prices in USD and EUR, descriptions, SEO texts, option values, image URLs,
dimensions, stock flags, custom fields such as wattage) and 74 German and French product
translations.

Each CSV file is one table, its header the columns (the ``custom_field.custom.<name>`` headers of
the products file as ``custom_field_<name>``), loaded into PostgreSQL under DDL written here:
prices, dimensions and weights as ``numeric``, the inventory count as ``integer``, the two
``TRUE``/``FALSE`` columns as ``boolean``, everything else as ``text``; an empty field is NULL.
Primary keys: the e-mail address of a customer, the slug and locale of a translation; products have
none (the file repeats one SKU and currency). The header of each file is checked against the DDL
before loading, and so is the number of fields of every row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "spree/spree"
COMMIT = "cee28a23d9965d3c873955f2a567212450e4b335"
FILES = (
    "spree/core/db/sample_data/customers.csv, products.csv, product_translations.csv "
    "(the demo store's CSV imports, all rows)"
)
LICENCE = "BSD-3-Clause"
ENGINE = "postgresql"

_DIR = "spree/core/db/sample_data"

#: table -> (CSV file, columns as "name TYPE" in header order, primary key or "")
_TABLES: dict[str, tuple[str, tuple[str, ...], str]] = {
    "customers": (
        "customers.csv",
        (
            "email text NOT NULL",
            "first_name text",
            "last_name text",
            "phone text",
            "accepts_email_marketing text",
            "tags text",
            "company text",
            "address1 text",
            "address2 text",
            "city text",
            "province_code text",
            "country_code text",
            "zip text",
        ),
        "email",
    ),
    "products": (
        "products.csv",
        (
            "slug text NOT NULL",
            "sku text NOT NULL",
            "name text",
            "price numeric(10,2)",
            "compare_at_price numeric(10,2)",
            "currency text NOT NULL",
            "status text",
            "description text",
            "meta_title text",
            "meta_description text",
            "meta_keywords text",
            "tags text",
            "tax_category text",
            "product_type text",
            "category1 text",
            "option1_name text",
            "option1_value text",
            "option2_name text",
            "option2_value text",
            "image1_src text",
            "width numeric",
            "height numeric",
            "depth numeric",
            "dimensions_unit text",
            "weight numeric",
            "weight_unit text",
            "available_on text",
            "discontinue_on text",
            "inventory_count integer",
            "inventory_backorderable boolean",
            "track_inventory boolean",
            "custom_field_wattage text",
            "custom_field_voltage text",
            "custom_field_warranty text",
            "custom_field_capacity text",
            "custom_field_runtime text",
            "custom_field_room_coverage text",
            "custom_field_noise_level text",
            "custom_field_connectivity text",
        ),
        "",
    ),
    "product_translations": (
        "product_translations.csv",
        (
            "slug text NOT NULL",
            "locale text NOT NULL",
            "name text",
            "description text",
            "meta_title text",
            "meta_description text",
        ),
        "slug, locale",
    ),
}


def column(header: str) -> str:
    """Our column name for a CSV header.

    >>> column("custom_field.custom.room_coverage"), column("zip")
    ('custom_field_room_coverage', 'zip')
    """
    return header.replace("custom_field.custom.", "custom_field_")


def rows(text: str, name: str, columns: tuple[str, ...]) -> list[list[str]]:
    """The rows of one CSV file, after checking its header against our columns.

    >>> rows("a,b\\n1,\\n", "t.csv", ("a text", "b text"))
    [['1', '']]
    """
    header, *body = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    expected = [c.split()[0] for c in columns]
    if [column(h) for h in header] != expected:
        raise SourceError(f"{name} has columns {header}, expected {expected}")
    for row in body:
        if len(row) != len(header):
            raise SourceError(f"{name}: a row of {len(row)} fields, expected {len(header)}")
    return body


def _literal(value: str) -> str:
    return "NULL" if value == "" else "'" + value.replace("'", "''") + "'"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the three sample-data files as one PostgreSQL script."""
    out: list[str] = []
    for table, (name, columns, key) in _TABLES.items():
        body = ",\n    ".join([*columns, *([f"PRIMARY KEY ({key})"] if key else [])])
        out.append(f"CREATE TABLE {table} (\n    {body}\n);")
        found = rows(text_of(read(f"{_DIR}/{name}")), name, columns)
        values = ["(" + ", ".join(_literal(v) for v in row) + ")" for row in found]
        if values:
            out.append(f"INSERT INTO {table} VALUES\n" + ",\n".join(values) + ";")
    return "\n".join(out) + "\n"
