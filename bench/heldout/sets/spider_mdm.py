"""Held-out set spider_mdm: the ``local_govt_mdm`` database of Spider (text-to-SQL).

A council's customer master index (company names in ``cmi_details``), its cross-references to
source systems, and the council tax, business rates, benefit overpayments, parking fines, rent
arrears and electoral register records that point at them (ids only). All tables and all their
rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL typed from the file's own
declarations and checked against its values: ``INT``/``INTEGER`` as ``integer``, ``REAL`` as
``double precision``, ``DECIMAL``/``NUMERIC`` as ``numeric``, ``DATETIME`` as ``timestamp``,
``DATE`` as ``date``, ``TEXT`` and ``VARCHAR``/``CHAR`` lengths kept, names unquoted (so lower
case) unless they need quotes; primary keys kept where the file's rows are unique on them, foreign
keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/local_govt_mdm/local_govt_mdm.sqlite "
    "(Spider's local_govt_mdm, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "customer_master_index": (
        "Customer_Master_Index",
        (
            "master_customer_id integer NOT NULL",
            "cmi_details varchar(255)",
        ),
        "PRIMARY KEY (master_customer_id)",
    ),
    "cmi_cross_references": (
        "CMI_Cross_References",
        (
            "cmi_cross_ref_id integer NOT NULL",
            "master_customer_id integer",
            "source_system_code char(15)",
        ),
        "PRIMARY KEY (cmi_cross_ref_id)",
    ),
    "council_tax": (
        "Council_Tax",
        (
            "council_tax_id integer NOT NULL",
            "cmi_cross_ref_id integer",
        ),
        "PRIMARY KEY (council_tax_id)",
    ),
    "business_rates": (
        "Business_Rates",
        (
            "business_rates_id integer NOT NULL",
            "cmi_cross_ref_id integer",
        ),
        "PRIMARY KEY (business_rates_id)",
    ),
    "benefits_overpayments": (
        "Benefits_Overpayments",
        (
            "council_tax_id integer NOT NULL",
            "cmi_cross_ref_id integer",
        ),
        "PRIMARY KEY (council_tax_id)",
    ),
    "parking_fines": (
        "Parking_Fines",
        (
            "council_tax_id integer NOT NULL",
            "cmi_cross_ref_id integer",
        ),
        "PRIMARY KEY (council_tax_id)",
    ),
    "rent_arrears": (
        "Rent_Arrears",
        (
            "council_tax_id integer NOT NULL",
            "cmi_cross_ref_id integer",
        ),
        "PRIMARY KEY (council_tax_id)",
    ),
    "electoral_register": (
        "Electoral_Register",
        (
            "electoral_register_id integer NOT NULL",
            "cmi_cross_ref_id integer",
        ),
        "PRIMARY KEY (electoral_register_id)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of local_govt_mdm as one PostgreSQL script."""
    data = read("datasets/spider/database/local_govt_mdm/local_govt_mdm.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
