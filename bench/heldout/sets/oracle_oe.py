"""oracle_oe: five tables of Oracle's OE (Order Entry) sample schema, in PostgreSQL.

customers, warehouses, orders, order_items and inventories, from ``oe_cre.sql`` and the table
scripts it calls (``ccus_v3.sql``, ``cwhs_v3.sql``, ``cord_v3.sql``). The Oracle object types
become PostgreSQL ones: ``cust_address_typ`` a composite type, the ``phone_list_typ`` VARRAY a
``text[]``, ``MDSYS.SDO_GEOMETRY`` points a ``point`` (NULL when
a coordinate is) and ``XMLTYPE`` ``xml``; TIMESTAMP WITH
LOCAL TIME ZONE is ``timestamptz`` (read as UTC). Foreign keys to HR and to the product tables,
which are not loaded, are left out, and so is the ``insert_ord_line`` trigger: order lines keep
the numbers the source gives them. An empty string is NULL, as in Oracle. Rows come from
``oe_p_{cus,whs,ord,itm,inv}.sql`` (with their UPDATEs) and comments from ``oe_comnt.sql``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import (
    Call,
    Number,
    SourceError,
    Tables,
    Value,
    comments,
    create_tables,
    first_word,
    oracle_literal,
    oracle_statements,
    parse_insert,
    rows_by_table,
    table_inserts,
    text_of,
)

REPO = "oracle-samples/db-sample-schemas"
COMMIT = "6660bad68c07bd143430ace58565b3f727e17263"
FILES = (
    "order_entry/oe_cre.sql, ccus_v3.sql, cwhs_v3.sql, cord_v3.sql, oe_comnt.sql, "
    "oe_p_{cus,whs,ord,itm,inv}.sql (Oracle Order Entry schema, 5 of its tables)"
)
LICENCE = "MIT (Copyright (c) 2023 Oracle and/or its affiliates)"
ENGINE = "postgresql"

TYPES = """
SET TIME ZONE 'UTC';
CREATE TYPE cust_address_typ AS (
  street_address varchar(40),
  postal_code varchar(10),
  city varchar(30),
  state_province varchar(10),
  country_id char(2)
);
"""

TABLES: Tables = {
    "customers": [
        "customer_id numeric(6)",
        "cust_first_name varchar(20) NOT NULL",
        "cust_last_name varchar(20) NOT NULL",
        "cust_address cust_address_typ",
        "phone_numbers text[]",
        "nls_language varchar(3)",
        "nls_territory varchar(30)",
        "credit_limit numeric(9,2)",
        "cust_email varchar(40)",
        "account_mgr_id numeric(6)",
        "cust_geo_location point",
        "CONSTRAINT customer_credit_limit_max CHECK (credit_limit <= 5000)",
        "CONSTRAINT customer_id_min CHECK (customer_id > 0)",
    ],
    "warehouses": [
        "warehouse_id numeric(3)",
        "warehouse_spec xml",
        "warehouse_name varchar(35)",
        "location_id numeric(4)",
        "wh_geo_location point",
    ],
    "order_items": [
        "order_id numeric(12)",
        "line_item_id numeric(3) NOT NULL",
        "product_id numeric(6) NOT NULL",
        "unit_price numeric(8,2)",
        "quantity numeric(8)",
    ],
    "orders": [
        "order_id numeric(12)",
        "order_date timestamptz NOT NULL",
        "order_mode varchar(8)",
        "customer_id numeric(6) NOT NULL",
        "order_status numeric(2)",
        "order_total numeric(8,2)",
        "sales_rep_id numeric(6)",
        "promotion_id numeric(6)",
        "CONSTRAINT order_mode_lov CHECK (order_mode IN ('direct', 'online'))",
        "CONSTRAINT order_total_min CHECK (order_total >= 0)",
    ],
    "inventories": [
        "product_id numeric(6)",
        "warehouse_id numeric(3) NOT NULL",
        "quantity_on_hand numeric(8) NOT NULL",
        "CONSTRAINT inventory_pk PRIMARY KEY (product_id, warehouse_id)",
    ],
}

KEYS = """
ALTER TABLE customers ADD CONSTRAINT customers_pk PRIMARY KEY (customer_id);
ALTER TABLE warehouses ADD CONSTRAINT warehouses_pk PRIMARY KEY (warehouse_id);
ALTER TABLE order_items ADD CONSTRAINT order_items_pk PRIMARY KEY (order_id, line_item_id);
CREATE UNIQUE INDEX order_items_uk ON order_items (order_id, product_id);
ALTER TABLE orders ADD CONSTRAINT order_pk PRIMARY KEY (order_id);
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fk
  FOREIGN KEY (customer_id) REFERENCES customers (customer_id) ON DELETE SET NULL;
ALTER TABLE inventories ADD CONSTRAINT inventories_warehouses_fk
  FOREIGN KEY (warehouse_id) REFERENCES warehouses (warehouse_id);
ALTER TABLE order_items ADD CONSTRAINT order_items_order_id_fk
  FOREIGN KEY (order_id) REFERENCES orders (order_id) ON DELETE CASCADE;
CREATE SEQUENCE orders_seq START WITH 1000 INCREMENT BY 1 NO CYCLE;
"""

POPULATE = ["oe_p_cus", "oe_p_whs", "oe_p_ord", "oe_p_itm", "oe_p_inv"]


def oe_literal(value: Value) -> str:
    """An OE value: Oracle's plus its object types and spatial points."""
    if value == "":
        return "NULL"
    if isinstance(value, Call):
        if value.name == "cust_address_typ":
            return f"ROW({', '.join(oe_literal(v) for v in value.args)})::cust_address_typ"
        if value.name == "phone_list_typ":
            return f"ARRAY[{', '.join(oe_literal(v) for v in value.args)}]::text[]"
        if value.name == "mdsys.sdo_geometry":
            point = value.args[2]
            if isinstance(point, Call) and point.name == "mdsys.sdo_point_type":
                x, y = point.args[:2]
                if isinstance(x, Number) and isinstance(y, Number):
                    return f"point({x.text}, {y.text})"
                if x is None or y is None:  # a point missing a coordinate: no PostgreSQL point
                    return "NULL"
            raise SourceError(f"an SDO_GEOMETRY that is not a point: {value!r}")
    return oracle_literal(value)


def update(statement: str) -> str:
    """A source UPDATE in PostgreSQL (XMLTYPE.CREATEXML becomes XMLPARSE)."""
    out = re.sub(r"sys\.xmltype\.createxml\s*\(", "XMLPARSE(DOCUMENT ", statement, flags=re.I)
    if re.search(r"\b(sys|mdsys|xmltype)\.", out, re.I):
        raise SourceError(f"an UPDATE this module does not translate: {statement[:60]!r}")
    return out + ";"


def script(read: Callable[[str], bytes]) -> str:
    for name in ("oe_cre", "ccus_v3", "cwhs_v3", "cord_v3"):  # the DDL translated above
        oracle_statements(text_of(read(f"order_entry/{name}.sql")))
    statements = [
        s for f in POPULATE for s in oracle_statements(text_of(read(f"order_entry/{f}.sql")))
    ]
    inserts = [parse_insert(s) for s in statements if first_word(s) == "insert"]
    updates = [update(s) for s in statements if first_word(s) == "update"]
    notes = oracle_statements(text_of(read("order_entry/oe_comnt.sql")))

    def literal(table: str, column: str, value: Value) -> str:
        return oe_literal(value)

    rows = rows_by_table(inserts, TABLES)
    return "\n".join(
        [
            TYPES,
            create_tables(TABLES),
            *table_inserts(TABLES, rows, literal),
            *updates,
            KEYS,
            *comments(notes, set(TABLES)),
        ]
    )
