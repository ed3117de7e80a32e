"""Held-out set oracle_sh: Oracle's Sales History (SH) sample schema, version 3 data files.

The newest SH release keeps its customers and sales in files too large for the stored mirror, so
this set uses the v3 release (the last one with the small data files): the 1000 customers of
``cust2v3.dat`` instead of the 55,500 of ``cust1v3.dat``, the 2804 sales of ``dmsal_v3.dat``
instead of ``sale1v3.dat``. ``costs`` is left out (its only small file, ``cost2v3.dat``, has
another layout than the table). Types are translated from ``csh_v3.sql`` by hand and the
comments come from ``sh_comnt.sql``; the primary keys are kept, the foreign keys (disabled in
Oracle) are not, since the subsets do not satisfy them.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable

REPO = "oracle-samples/db-sample-schemas"
COMMIT = "65273f78514b4f2310ca52c739bb0a3234e603ab"
FILES = (
    "sales_history/csh_v3.sql, sh_comnt.sql (schema, comments); coun_v3.dat, chan_v3.dat, "
    "prod1v3.dat, prom1v3.dat, time_v3.dat, cust2v3.dat (1000 of 55,500 customers), "
    "dem1v3.dat, dmsal_v3.dat (2804 sales rows)"
)
LICENCE = "MIT (LICENSE.md of the repository)"
ENGINE = "postgresql"

# (table, data file, quote character, columns as (name, type)); a column typed "skip" is a
# field of the file that the table does not have (cust2v3.dat's COMPANY_ID filler).
_TABLES: tuple[tuple[str, str, str, tuple[tuple[str, str], ...]], ...] = (
    (
        "countries",
        "coun_v3.dat",
        '"',
        (
            ("country_id", "integer primary key"),
            ("country_iso_code", "char(2) not null"),
            ("country_name", "varchar(40) not null"),
            ("country_subregion", "varchar(30) not null"),
            ("country_subregion_id", "integer not null"),
            ("country_region", "varchar(20) not null"),
            ("country_region_id", "integer not null"),
            ("country_total", "varchar(11) not null"),
            ("country_total_id", "integer not null"),
            ("country_name_hist", "varchar(40)"),
        ),
    ),
    (
        "channels",
        "chan_v3.dat",
        '"',
        (
            ("channel_id", "integer primary key"),
            ("channel_desc", "varchar(20) not null"),
            ("channel_class", "varchar(20) not null"),
            ("channel_class_id", "integer not null"),
            ("channel_total", "varchar(13) not null"),
            ("channel_total_id", "integer not null"),
        ),
    ),
    (
        "products",
        "prod1v3.dat",
        "^",
        (
            ("prod_id", "integer primary key"),
            ("prod_name", "varchar(50) not null"),
            ("prod_desc", "varchar(4000) not null"),
            ("prod_subcategory", "varchar(50) not null"),
            ("prod_subcategory_id", "integer not null"),
            ("prod_subcategory_desc", "varchar(2000) not null"),
            ("prod_category", "varchar(50) not null"),
            ("prod_category_id", "integer not null"),
            ("prod_category_desc", "varchar(2000) not null"),
            ("prod_weight_class", "smallint not null"),
            ("prod_unit_of_measure", "varchar(20)"),
            ("prod_pack_size", "varchar(30) not null"),
            ("supplier_id", "integer not null"),
            ("prod_status", "varchar(20) not null"),
            ("prod_list_price", "numeric(8,2) not null"),
            ("prod_min_price", "numeric(8,2) not null"),
            ("prod_total", "varchar(13) not null"),
            ("prod_total_id", "integer not null"),
            ("prod_src_id", "integer"),
            ("prod_eff_from", "timestamp"),
            ("prod_eff_to", "timestamp"),
            ("prod_valid", "varchar(1)"),
        ),
    ),
    (
        "promotions",
        "prom1v3.dat",
        "^",
        (
            ("promo_id", "integer primary key"),
            ("promo_name", "varchar(30) not null"),
            ("promo_subcategory", "varchar(30) not null"),
            ("promo_subcategory_id", "integer not null"),
            ("promo_category", "varchar(30) not null"),
            ("promo_category_id", "integer not null"),
            ("promo_cost", "numeric(10,2) not null"),
            ("promo_begin_date", "timestamp not null"),
            ("promo_end_date", "timestamp not null"),
            ("promo_total", "varchar(15) not null"),
            ("promo_total_id", "integer not null"),
        ),
    ),
    (
        "times",
        "time_v3.dat",
        '"',
        (
            ("time_id", "timestamp primary key"),
            ("day_name", "varchar(9) not null"),
            ("day_number_in_week", "smallint not null"),
            ("day_number_in_month", "smallint not null"),
            ("calendar_week_number", "smallint not null"),
            ("fiscal_week_number", "smallint not null"),
            ("week_ending_day", "timestamp not null"),
            ("week_ending_day_id", "integer not null"),
            ("calendar_month_number", "smallint not null"),
            ("fiscal_month_number", "smallint not null"),
            ("calendar_month_desc", "varchar(8) not null"),
            ("calendar_month_id", "integer not null"),
            ("fiscal_month_desc", "varchar(8) not null"),
            ("fiscal_month_id", "integer not null"),
            ("days_in_cal_month", "integer not null"),
            ("days_in_fis_month", "integer not null"),
            ("end_of_cal_month", "timestamp not null"),
            ("end_of_fis_month", "timestamp not null"),
            ("calendar_month_name", "varchar(9) not null"),
            ("fiscal_month_name", "varchar(9) not null"),
            ("calendar_quarter_desc", "char(7) not null"),
            ("calendar_quarter_id", "integer not null"),
            ("fiscal_quarter_desc", "char(7) not null"),
            ("fiscal_quarter_id", "integer not null"),
            ("days_in_cal_quarter", "integer not null"),
            ("days_in_fis_quarter", "integer not null"),
            ("end_of_cal_quarter", "timestamp not null"),
            ("end_of_fis_quarter", "timestamp not null"),
            ("calendar_quarter_number", "smallint not null"),
            ("fiscal_quarter_number", "smallint not null"),
            ("calendar_year", "smallint not null"),
            ("calendar_year_id", "integer not null"),
            ("fiscal_year", "smallint not null"),
            ("fiscal_year_id", "integer not null"),
            ("days_in_cal_year", "integer not null"),
            ("days_in_fis_year", "integer not null"),
            ("end_of_cal_year", "timestamp not null"),
            ("end_of_fis_year", "timestamp not null"),
        ),
    ),
    (
        "customers",
        "cust2v3.dat",
        '"',
        (
            ("cust_id", "integer primary key"),
            ("cust_first_name", "varchar(20) not null"),
            ("cust_last_name", "varchar(40) not null"),
            ("cust_gender", "char(1) not null"),
            ("cust_year_of_birth", "smallint not null"),
            ("cust_marital_status", "varchar(20)"),
            ("cust_street_address", "varchar(40) not null"),
            ("cust_postal_code", "varchar(10) not null"),
            ("cust_city", "varchar(30) not null"),
            ("cust_city_id", "integer not null"),
            ("cust_state_province", "varchar(40) not null"),
            ("cust_state_province_id", "integer not null"),
            ("country_id", "integer not null"),
            ("cust_main_phone_number", "varchar(25) not null"),
            ("cust_income_level", "varchar(30)"),
            ("cust_credit_limit", "integer"),
            ("cust_email", "varchar(50)"),
            ("cust_total", "varchar(14) not null"),
            ("cust_total_id", "integer not null"),
            ("company_id", "skip"),
            ("cust_src_id", "integer"),
            ("cust_eff_from", "timestamp"),
            ("cust_eff_to", "timestamp"),
            ("cust_valid", "varchar(1)"),
        ),
    ),
    (
        "supplementary_demographics",
        "dem1v3.dat",
        '"',
        (
            ("cust_id", "integer primary key"),
            ("education", "varchar(21)"),
            ("occupation", "varchar(21)"),
            ("household_size", "varchar(21)"),
            ("yrs_residence", "integer"),
            ("affinity_card", "integer"),
            ("bulk_pack_diskettes", "integer"),
            ("flat_panel_monitor", "integer"),
            ("home_theater_package", "integer"),
            ("bookkeeping_application", "integer"),
            ("printer_supplies", "integer"),
            ("y_box_games", "integer"),
            ("os_doc_set_kanji", "integer"),
            ("comments", "varchar(4000)"),
        ),
    ),
    (
        "sales",
        "dmsal_v3.dat",
        "^",
        (
            ("prod_id", "integer not null"),
            ("cust_id", "integer not null"),
            ("time_id", "timestamp not null"),
            ("channel_id", "integer not null"),
            ("promo_id", "integer not null"),
            ("quantity_sold", "numeric(10,2) not null"),
            ("amount_sold", "numeric(10,2) not null"),
        ),
    ),
)

# COMMENT ON TABLE|COLUMN <name> IS '<text>'; statements of sh_comnt.sql (text has no quotes).
_COMMENT = re.compile(r"COMMENT ON (TABLE|COLUMN) (\w+)(?:\.(\w+))?\s+IS '([^']*)';", re.IGNORECASE)


def _literal(value: str, sql_type: str) -> str:
    """One field of a data file as a PostgreSQL literal (empty field = NULL)."""
    if value == "":
        return "NULL"
    if sql_type.startswith("timestamp"):
        # SQL*Loader masks YYYY-MM-DD-HH24-MI-SS and YYYY-MM-DD
        value = value[:10] + (" " + value[11:].replace("-", ":") if len(value) > 10 else "")
    return "'" + value.replace("'", "''") + "'"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of oracle_sh as one PostgreSQL script."""
    out: list[str] = []
    for table, data_file, quote, columns in _TABLES:
        kept = [(name, sql_type) for name, sql_type in columns if sql_type != "skip"]
        out.append(
            f"CREATE TABLE {table} (\n"
            + ",\n".join(f"    {name} {sql_type}" for name, sql_type in kept)
            + "\n);"
        )
        text = read(f"sales_history/{data_file}").decode("latin-1")
        rows = []
        for fields in csv.reader(io.StringIO(text), delimiter="|", quotechar=quote):
            if not fields:
                continue
            values = [
                _literal(field, sql_type)
                for field, (_name, sql_type) in zip(fields, columns, strict=False)
                if sql_type != "skip"
            ]
            values += ["NULL"] * (len(kept) - len(values))
            rows.append("(" + ", ".join(values) + ")")
        for start in range(0, len(rows), 500):
            chunk = ",\n".join(rows[start : start + 500])
            out.append(f"INSERT INTO {table} VALUES\n{chunk};")
    loaded = {
        table: {name for name, sql_type in columns if sql_type != "skip"}
        for table, _file, _quote, columns in _TABLES
    }
    comments = read("sales_history/sh_comnt.sql").decode("latin-1")
    for _kind, table, column, text in _COMMENT.findall(comments):
        table, column = table.lower(), column.lower()
        if table in loaded and (not column or column in loaded[table]):
            target = f"TABLE {table}" if not column else f"COLUMN {table}.{column}"
            out.append(f"COMMENT ON {target} IS '{text}';")
    return "\n".join(out) + "\n"
