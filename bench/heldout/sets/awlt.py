"""Held-out set awlt: Microsoft's AdventureWorksLT sample (the small SalesLT schema).

The CSV export of its ten tables in openentity/setup-adventureworksltdb-postgres, loaded into the
public schema of PostgreSQL with hand-written DDL: SQL Server names folded to lower case as an
unquoted port would have them (``customer.firstname``), ``money`` as ``numeric(19,4)``, the
computed columns (``salesordernumber``, ``totaldue``, ``linetotal``) as generated columns, the
column comments (Microsoft's extended properties) taken from that repository's ``init.sql``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable

REPO = "openentity/setup-adventureworksltdb-postgres"
COMMIT = "4f60f85724b7af1e1a804f214b5a94cd359ad6e2"
FILES = "init/SalesLT.*.csv (ten tables, all rows); comments from init/init.sql"
LICENCE = "MIT (LICENSE of the repository; the AdventureWorks data is Microsoft's, MIT)"
ENGINE = "postgresql"

# table -> (columns in CSV order as (name, type); generated columns, constraints)
_TABLES: dict[str, tuple[tuple[tuple[str, str], ...], tuple[str, ...]]] = {
    "address": (
        (
            ("addressid", "integer"),
            ("addressline1", "varchar(60) not null"),
            ("addressline2", "varchar(60)"),
            ("city", "varchar(30) not null"),
            ("stateprovince", "varchar(50) not null"),
            ("countryregion", "varchar(50) not null"),
            ("postalcode", "varchar(15) not null"),
            ("rowguid", "uuid not null unique"),
            ("modifieddate", "timestamp not null"),
        ),
        ("primary key (addressid)",),
    ),
    "customer": (
        (
            ("customerid", "integer"),
            ("namestyle", "boolean not null"),
            ("title", "varchar(8)"),
            ("firstname", "varchar(50) not null"),
            ("middlename", "varchar(50)"),
            ("lastname", "varchar(50) not null"),
            ("suffix", "varchar(10)"),
            ("companyname", "varchar(128)"),
            ("salesperson", "varchar(256)"),
            ("emailaddress", "varchar(50)"),
            ("phone", "varchar(25)"),
            ("passwordhash", "varchar(128) not null"),
            ("passwordsalt", "varchar(10) not null"),
            ("rowguid", "uuid not null unique"),
            ("modifieddate", "timestamp not null"),
        ),
        ("primary key (customerid)",),
    ),
    "customeraddress": (
        (
            ("customerid", "integer not null references customer"),
            ("addressid", "integer not null references address"),
            ("addresstype", "varchar(50) not null"),
            ("rowguid", "uuid not null unique"),
            ("modifieddate", "timestamp not null"),
        ),
        ("primary key (customerid, addressid)",),
    ),
    "productcategory": (
        (
            ("productcategoryid", "integer"),
            ("parentproductcategoryid", "integer references productcategory"),
            ("name", "varchar(50) not null unique"),
            ("rowguid", "uuid not null unique"),
            ("modifieddate", "timestamp not null"),
        ),
        ("primary key (productcategoryid)",),
    ),
    "productmodel": (
        (
            ("productmodelid", "integer"),
            ("name", "varchar(50) not null unique"),
            ("catalogdescription", "xml"),
            ("rowguid", "uuid not null unique"),
            ("modifieddate", "timestamp not null"),
        ),
        ("primary key (productmodelid)",),
    ),
    "productdescription": (
        (
            ("productdescriptionid", "integer"),
            ("description", "varchar(400) not null"),
            ("rowguid", "uuid not null unique"),
            ("modifieddate", "timestamp not null"),
        ),
        ("primary key (productdescriptionid)",),
    ),
    "productmodelproductdescription": (
        (
            ("productmodelid", "integer not null references productmodel"),
            ("productdescriptionid", "integer not null references productdescription"),
            ("culture", "char(6) not null"),
            ("rowguid", "uuid not null unique"),
            ("modifieddate", "timestamp not null"),
        ),
        ("primary key (productmodelid, productdescriptionid, culture)",),
    ),
    "product": (
        (
            ("productid", "integer"),
            ("name", "varchar(50) not null unique"),
            ("productnumber", "varchar(25) not null unique"),
            ("color", "varchar(15)"),
            ("standardcost", "numeric(19,4) not null"),
            ("listprice", "numeric(19,4) not null"),
            ("size", "varchar(5)"),
            ("weight", "numeric(8,2)"),
            ("productcategoryid", "integer references productcategory"),
            ("productmodelid", "integer references productmodel"),
            ("sellstartdate", "timestamp not null"),
            ("sellenddate", "timestamp"),
            ("discontinueddate", "timestamp"),
            ("thumbnailphoto", "bytea"),
            ("thumbnailphotofilename", "varchar(50)"),
            ("rowguid", "uuid not null unique"),
            ("modifieddate", "timestamp not null"),
        ),
        ("primary key (productid)",),
    ),
    "salesorderheader": (
        (
            ("salesorderid", "integer"),
            ("revisionnumber", "smallint not null"),
            ("orderdate", "timestamp not null"),
            ("duedate", "timestamp not null"),
            ("shipdate", "timestamp"),
            ("status", "smallint not null"),
            ("onlineorderflag", "boolean not null"),
            ("purchaseordernumber", "varchar(25)"),
            ("accountnumber", "varchar(15)"),
            ("customerid", "integer not null references customer"),
            ("shiptoaddressid", "integer references address"),
            ("billtoaddressid", "integer references address"),
            ("shipmethod", "varchar(50) not null"),
            ("creditcardapprovalcode", "varchar(15)"),
            ("subtotal", "numeric(19,4) not null"),
            ("taxamt", "numeric(19,4) not null"),
            ("freight", "numeric(19,4) not null"),
            ("comment", "text"),
            ("rowguid", "uuid not null unique"),
            ("modifieddate", "timestamp not null"),
        ),
        (
            "salesordernumber varchar(25) generated always as"
            " ('SO' || salesorderid::varchar(23)) stored",
            "totaldue numeric(19,4) generated always as (subtotal + taxamt + freight) stored",
            "primary key (salesorderid)",
        ),
    ),
    "salesorderdetail": (
        (
            ("salesorderid", "integer not null references salesorderheader"),
            ("salesorderdetailid", "integer not null"),
            ("orderqty", "smallint not null"),
            ("productid", "integer not null references product"),
            ("unitprice", "numeric(19,4) not null"),
            ("unitpricediscount", "numeric(19,4) not null"),
            ("rowguid", "uuid not null unique"),
            ("modifieddate", "timestamp not null"),
        ),
        (
            "linetotal numeric(38,6) generated always as"
            " (unitprice * (1 - unitpricediscount) * orderqty) stored",
            "primary key (salesorderid, salesorderdetailid)",
        ),
    ),
}

# COMMENT ON TABLE|COLUMN "SalesLT"."Table"["."Column"] IS '...'; in init.sql
_COMMENT = re.compile(
    r'COMMENT ON (TABLE|COLUMN) "SalesLT"\."(\w+)"(?:\."(\w+)")? IS \'((?:[^\']|\'\')*)\';'
)


def _literal(value: str, sql_type: str) -> str:
    """One CSV field as a PostgreSQL literal; the export writes NULL for a null."""
    if value == "NULL":
        return "NULL"
    if sql_type.startswith("bytea"):
        return f"'\\x{value.removeprefix('0x')}'::bytea"
    if sql_type.startswith("boolean"):
        return "true" if value == "1" else "false"
    return "'" + value.replace("'", "''") + "'"


def script(read: Callable[[str], bytes]) -> str:
    """DDL, rows and comments of awlt as one PostgreSQL script."""
    out: list[str] = []
    for table, (columns, extra) in _TABLES.items():
        body = ",\n    ".join([f"{name} {sql_type}" for name, sql_type in columns] + list(extra))
        out.append(f"CREATE TABLE {table} (\n    {body}\n);")
        csv_name = next(name for name in _CSV_NAMES if name.lower() == table)
        text = read(f"init/SalesLT.{csv_name}.csv").decode("utf-8-sig")
        rows = [row for row in csv.reader(io.StringIO(text)) if row]
        if [name.lower() for name in rows[0]] != [name for name, _type in columns]:
            raise ValueError(f"SalesLT.{csv_name}.csv has columns {rows[0]}")
        values = [
            "(" + ", ".join(_literal(v, t) for v, (_n, t) in zip(row, columns, strict=True)) + ")"
            for row in rows[1:]
        ]
        names = ", ".join(name for name, _type in columns)
        for start in range(0, len(values), 500):
            chunk = ",\n".join(values[start : start + 500])
            out.append(f"INSERT INTO {table} ({names}) VALUES\n{chunk};")
    init = read("init/init.sql").decode("utf-8-sig")
    for kind, table, column, text in _COMMENT.findall(init):
        target = table.lower() + (f".{column.lower()}" if column else "")
        out.append(f"COMMENT ON {kind} {target} IS '{text}';")
    return "\n".join(out) + "\n"


_CSV_NAMES = (
    "Address",
    "Customer",
    "CustomerAddress",
    "ProductCategory",
    "ProductModel",
    "ProductDescription",
    "ProductModelProductDescription",
    "Product",
    "SalesOrderHeader",
    "SalesOrderDetail",
)
