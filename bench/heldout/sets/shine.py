"""Held-out set shine: SAP HANA Interactive Education (SHINE), SAP's sample data model (EPM).

Employees (names, sex, language, phone, e-mail, login name, salary, bank account and a photo
path), business partners (companies with contact e-mail addresses, phones and web sites), one
address table for both (street, city, postal code, coordinates; private and business addresses
told apart by a type code), products, texts, constants, system messages, notes with their authors
and thumbnails, attachments, and purchase and sales orders with their items: the fourteen tables
of ``core-db`` whose rows ship as CSV files, all their rows, loaded into MariaDB. The DDL is
translated by hand from the CDS sources (``Core``, ``MD``, ``Util``, ``PO``, ``SO``): a CDS
context and entity become the table name (``MD.Employees`` as ``md_employees``), a structured
element becomes one column per field (``NAME.FIRST`` as ``name_first``, an association its key,
``HISTORY.CREATEDBY.EMPLOYEEID`` as ``history_createdby_employeeid``), the CDS types their
HANA lengths, and each ``@Comment`` a column or table comment; keys kept, the computed
``FULLNAME`` and the associations' constraints left out. An empty CSV field is loaded as NULL.

    >>> column("HISTORY.CREATEDBY.EMPLOYEEID")
    'history_createdby_employeeid'
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from sqlitesource import literal
from sqlsource import SourceError, text_of

REPO = "SAP-samples/hana-shine-xsa"
COMMIT = "883acf8c55b204308af9329cecb049b716bfcb28"
FILES = (
    "core-db/src/data/*.hdbcds (DDL, translated); core-db/src/data/loads/addresses, "
    "businessPartner, employees, products, constants, texts, messages, notes, attachments, "
    "purchaseOrder, purchaseOrderItem, salesOrder, salesOrderItem, salesOrderFilter .csv (all rows)"
)
LICENCE = "Apache-2.0 (LICENSE of the repository)"
ENGINE = "mysql"

_LOADS = "core-db/src/data/loads"
_HISTORY = (
    "history_createdby_employeeid VARCHAR(10)",
    "history_createdat DATE",
    "history_changedby_employeeid VARCHAR(10)",
    "history_changedat DATE",
)
_AMOUNTS = ("grossamount DECIMAL(15,2)", "netamount DECIMAL(15,2)", "taxamount DECIMAL(15,2)")

#: table -> (CSV file, table comment, columns in CSV order as "name TYPE [COMMENT '...']", key)
_TABLES: dict[str, tuple[str, str, tuple[str, ...], str]] = {
    "md_addresses": (
        "addresses.csv",
        "Addresses entity",
        (
            "addressid VARCHAR(10) NOT NULL COMMENT 'Address ID'",
            "city VARCHAR(40) COMMENT 'City'",
            "postalcode VARCHAR(10) COMMENT 'Postal Code'",
            "street VARCHAR(60) COMMENT 'Street'",
            "building VARCHAR(10) COMMENT 'Building'",
            "country VARCHAR(3) COMMENT 'Country'",
            "region VARCHAR(4) COMMENT 'Region'",
            "addresstype VARCHAR(2) COMMENT 'Address Type'",
            "validity_startdate DATE",
            "validity_enddate DATE",
            "latitude DOUBLE COMMENT 'Latitude'",
            "longitude DOUBLE COMMENT 'Longitude'",
        ),
        "addressid",
    ),
    "md_businesspartner": (
        "businessPartner.csv",
        "Buisness Partner entity",
        (
            "partnerid VARCHAR(10) NOT NULL COMMENT 'Partner ID'",
            "partnerrole VARCHAR(3) COMMENT 'Partner Role'",
            "emailaddress VARCHAR(255) COMMENT 'Partner EmailID'",
            "phonenumber VARCHAR(30) COMMENT 'Partner Phone Number'",
            "faxnumber VARCHAR(30) COMMENT 'Partner Fax Number'",
            "webaddress VARCHAR(1024) COMMENT 'Partner Website'",
            "addresses_addressid VARCHAR(10)",
            "companyname VARCHAR(80) COMMENT 'Partner Company Name'",
            "legalform VARCHAR(10) COMMENT 'Partner Legal Form'",
            *_HISTORY,
            "currency VARCHAR(5) COMMENT 'Partner Currency Code'",
        ),
        "partnerid",
    ),
    "md_employees": (
        "employees.csv",
        "",
        (
            "employeeid VARCHAR(10) NOT NULL",
            "name_first VARCHAR(40)",
            "name_middle VARCHAR(40)",
            "name_last VARCHAR(40)",
            "name_initials VARCHAR(10)",
            "sex VARCHAR(1)",
            "language VARCHAR(1)",
            "phonenumber VARCHAR(30)",
            "emailaddress VARCHAR(255)",
            "loginname VARCHAR(12)",
            "addresses_addressid VARCHAR(10)",
            "validity_startdate DATE",
            "validity_enddate DATE",
            "currency VARCHAR(5)",
            "salaryamount DECIMAL(15,2)",
            "accountnumber VARCHAR(10)",
            "bankid VARCHAR(10)",
            "bankname VARCHAR(255)",
            "employeepicurl VARCHAR(255)",
        ),
        "employeeid",
    ),
    "md_products": (
        "products.csv",
        "",
        (
            "productid VARCHAR(10) NOT NULL",
            "typecode VARCHAR(2)",
            "category VARCHAR(40)",
            *_HISTORY,
            "nameid VARCHAR(10)",
            "descid VARCHAR(10)",
            "supplier_partnerid VARCHAR(10)",
            "taxtariffcode INT",
            "quantityunit VARCHAR(3)",
            "weightmeasure DECIMAL(13,3)",
            "weightunit VARCHAR(3)",
            "currency VARCHAR(5)",
            "price DECIMAL(15,2)",
            "productpicurl VARCHAR(255)",
            "width DECIMAL(13,3)",
            "depth DECIMAL(13,3)",
            "height DECIMAL(13,3)",
            "dimensionunit VARCHAR(3)",
        ),
        "productid",
    ),
    "util_constants": (
        "constants.csv",
        "",
        (
            "domain VARCHAR(30) NOT NULL",
            "fixedvalue VARCHAR(30) NOT NULL",
            "language VARCHAR(1) NOT NULL",
            "description VARCHAR(60)",
        ),
        "domain, fixedvalue, language",
    ),
    "util_texts": (
        "texts.csv",
        "",
        (
            "textid VARCHAR(10) NOT NULL",
            "language VARCHAR(1)",
            "isolanguage VARCHAR(2)",
            "text VARCHAR(1024)",
        ),
        "textid",
    ),
    "util_messages": (
        "messages.csv",
        "",
        (
            "messageclass VARCHAR(20) NOT NULL",
            "messagenumber VARCHAR(3) NOT NULL",
            "language VARCHAR(2) NOT NULL",
            "description VARCHAR(255)",
            "text LONGTEXT",
        ),
        "messageclass, messagenumber, language",
    ),
    "util_notes": (
        "notes.csv",
        "",
        (
            "noteid VARCHAR(10) NOT NULL",
            "author VARCHAR(30)",
            "text VARCHAR(255)",
            "thumbnail VARCHAR(255)",
            "linkid VARCHAR(10)",
            "createdat DATE",
        ),
        "noteid",
    ),
    "util_attachments": (
        "attachments.csv",
        "",
        (
            "noteid VARCHAR(10) NOT NULL",
            "linkid VARCHAR(10)",
            "type VARCHAR(30)",
            "title VARCHAR(255)",
            "createdat DATE",
            "description VARCHAR(255)",
            "size VARCHAR(40)",
        ),
        "noteid",
    ),
    "po_header": (
        "purchaseOrder.csv",
        "Purchase Order Header Entity",
        (
            "purchaseorderid VARCHAR(10) NOT NULL COMMENT 'Purchase Order ID'",
            *_HISTORY,
            "noteid VARCHAR(10) COMMENT 'Purchase Order Note ID'",
            "partner_partnerid VARCHAR(10)",
            "currency VARCHAR(5) COMMENT 'Purchase Order Currency Code'",
            "grossamount DECIMAL(15,2) COMMENT 'Purchase Order Gross Amount'",
            "netamount DECIMAL(15,2) COMMENT 'Purchase Order Net Amount'",
            "taxamount DECIMAL(15,2) COMMENT 'Purchase Order Tax Amount'",
            "lifecyclestatus VARCHAR(1) COMMENT 'Purchase Order Lifecycle Status'",
            "approvalstatus VARCHAR(1) COMMENT 'Purchase Order Approval Status'",
            "confirmstatus VARCHAR(1) COMMENT 'Purchase Order Confirmation Status'",
            "orderingstatus VARCHAR(1) COMMENT 'Purchase Order Status'",
            "invoicingstatus VARCHAR(1) COMMENT 'Purchase Order Invoice Status'",
        ),
        "purchaseorderid",
    ),
    "po_item": (
        "purchaseOrderItem.csv",
        "Purchase Order Items entity",
        (
            "purchaseorderid VARCHAR(10) NOT NULL COMMENT 'Purchase Order ID'",
            "purchaseorderitem VARCHAR(10) NOT NULL",
            "product_productid VARCHAR(10)",
            "noteid VARCHAR(10) COMMENT 'Purchase Order Item Note ID'",
            "currency VARCHAR(5) COMMENT 'Purchase Order Item Currency Code'",
            "grossamount DECIMAL(15,2) COMMENT 'Purchase Order Item Gross Amount'",
            "netamount DECIMAL(15,2) COMMENT 'Purchase Order Item Net Amount'",
            "taxamount DECIMAL(15,2) COMMENT 'Purchase Order Item Tax Amount'",
            "quantity DECIMAL(13,3) COMMENT 'Purchase Order Item Quantity'",
            "quantityunit VARCHAR(3) COMMENT 'Purchase Order Item Quantity Unit'",
            "deliverydate DATE COMMENT 'Purchase Order Item Delivery Date'",
        ),
        "purchaseorderid, purchaseorderitem",
    ),
    "so_header": (
        "salesOrder.csv",
        "Sales Order Header Entity",
        (
            "salesorderid VARCHAR(10) NOT NULL COMMENT 'Sales Order ID'",
            *_HISTORY,
            "noteid VARCHAR(10) COMMENT 'Sales Order Note ID'",
            "partner_partnerid VARCHAR(10)",
            "currency VARCHAR(5) COMMENT 'Sales Order Currency Code'",
            "grossamount DECIMAL(15,2) COMMENT 'Sales Order Gross Amount'",
            "netamount DECIMAL(15,2) COMMENT 'Sales Order Net Amount'",
            "taxamount DECIMAL(15,2) COMMENT 'Sales Order Tax Amount'",
            "lifecyclestatus VARCHAR(1) COMMENT 'Sales Order Lifecycle Status'",
            "billingstatus VARCHAR(1) COMMENT 'Sales Order Billing Status'",
            "deliverystatus VARCHAR(1) COMMENT 'Sales Order Delivery Status'",
        ),
        "salesorderid",
    ),
    "so_item": (
        "salesOrderItem.csv",
        "Sales Order Item Entity",
        (
            "salesorderid VARCHAR(10) NOT NULL COMMENT 'Sales Order ID'",
            "salesorderitem VARCHAR(10) NOT NULL",
            "product_productid VARCHAR(10)",
            "noteid VARCHAR(10) COMMENT 'Sales Order Note ID'",
            "currency VARCHAR(5) COMMENT 'Sales Order Item Currency Code'",
            "grossamount DECIMAL(15,2) COMMENT 'Sales Order Item Gross Amount'",
            "netamount DECIMAL(15,2) COMMENT 'Sales Order Item Net Amount'",
            "taxamount DECIMAL(15,2) COMMENT 'Sales Order Item Tax Amount'",
            "itematpstatus VARCHAR(1)",
            "opitempos VARCHAR(10)",
            "quantity DECIMAL(13,3) COMMENT 'Sales Order Item Quantity'",
            "quantityunit VARCHAR(3) COMMENT 'Sales Order Item Quantity Unit'",
            "deliverydate DATE COMMENT 'Sales Order Item Delivery Date'",
        ),
        "salesorderid, salesorderitem",
    ),
    "so_filter": (
        "salesOrderFilter.csv",
        "",
        ("model VARCHAR(30) NOT NULL", "colname VARCHAR(8) NOT NULL", "colvalue VARCHAR(8)"),
        "model, colname",
    ),
}


def column(header: str) -> str:
    """Our column name for a CSV header of the SHINE loads (a dotted CDS element path)."""
    return header.lower().replace(".", "_")


def _rows(text: str, name: str, columns: tuple[str, ...]) -> list[list[str]]:
    """The rows of one CSV file, after checking its header against our columns."""
    header, *rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    expected = [c.split()[0] for c in columns]
    if [column(h) for h in header] != expected:
        raise SourceError(f"{name} has columns {header}, expected {expected}")
    for row in rows:
        if len(row) != len(header):
            raise SourceError(f"{name}: a row of {len(row)} fields, expected {len(header)}")
    return rows


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the SHINE tables as one MariaDB script."""
    out = ["SET NAMES utf8mb4;"]
    for table, (name, comment, columns, key) in _TABLES.items():
        body = ",\n    ".join([*columns, f"PRIMARY KEY ({key})"])
        note = f" COMMENT='{comment}'" if comment else ""
        out.append(f"CREATE TABLE {table} (\n    {body}\n) DEFAULT CHARSET=utf8mb4{note};")
        rows = _rows(text_of(read(f"{_LOADS}/{name}")), name, columns)
        values = [
            "(" + ", ".join(literal(v if v != "" else None, ENGINE) for v in row) + ")"
            for row in rows
        ]
        for start in range(0, len(values), 1000):
            chunk = ",\n".join(values[start : start + 1000])
            out.append(f"INSERT INTO {table} VALUES\n{chunk};")
    return "\n".join(out) + "\n"
