"""Held-out set spider_assets: the ``assets_maintenance`` database of Spider (text-to-SQL).

An asset-maintenance business: third-party companies (names, addresses, countries), maintenance
contracts, assets, parts, skills, staff (names, gender), maintenance engineers (names), fault
logs and engineer visits, all fourteen tables and all their rows, loaded into PostgreSQL from the
benchmark's SQLite file with the DDL translated by hand: the same snake-case columns in the same
order, ``DATETIME`` as ``timestamp``; ``company_type`` widened from ``VARCHAR(5)`` to
``varchar(30)`` because the file holds longer values (SQLite does not enforce the length);
primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/assets_maintenance/assets_maintenance.sqlite "
    "(Spider's assets_maintenance, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "third_party_companies": (
        "Third_Party_Companies",
        (
            "company_id integer NOT NULL",
            "company_type varchar(30) NOT NULL",
            "company_name varchar(255)",
            "company_address varchar(255)",
            "other_company_details varchar(255)",
        ),
        "PRIMARY KEY (company_id)",
    ),
    "maintenance_contracts": (
        "Maintenance_Contracts",
        (
            "maintenance_contract_id integer NOT NULL",
            "maintenance_contract_company_id integer NOT NULL",
            "contract_start_date timestamp",
            "contract_end_date timestamp",
            "other_contract_details varchar(255)",
        ),
        "PRIMARY KEY (maintenance_contract_id)",
    ),
    "parts": (
        "Parts",
        (
            "part_id integer NOT NULL",
            "part_name varchar(255)",
            "chargeable_yn varchar(1)",
            "chargeable_amount varchar(20)",
            "other_part_details varchar(255)",
        ),
        "PRIMARY KEY (part_id)",
    ),
    "skills": (
        "Skills",
        (
            "skill_id integer NOT NULL",
            "skill_code varchar(20)",
            "skill_description varchar(255)",
        ),
        "PRIMARY KEY (skill_id)",
    ),
    "staff": (
        "Staff",
        (
            "staff_id integer NOT NULL",
            "staff_name varchar(255)",
            "gender varchar(1)",
            "other_staff_details varchar(255)",
        ),
        "PRIMARY KEY (staff_id)",
    ),
    "assets": (
        "Assets",
        (
            "asset_id integer NOT NULL",
            "maintenance_contract_id integer NOT NULL",
            "supplier_company_id integer NOT NULL",
            "asset_details varchar(255)",
            "asset_make varchar(20)",
            "asset_model varchar(20)",
            "asset_acquired_date timestamp",
            "asset_disposed_date timestamp",
            "other_asset_details varchar(255)",
        ),
        "PRIMARY KEY (asset_id)",
    ),
    "asset_parts": (
        "Asset_Parts",
        (
            "asset_id integer NOT NULL",
            "part_id integer NOT NULL",
        ),
        "",
    ),
    "maintenance_engineers": (
        "Maintenance_Engineers",
        (
            "engineer_id integer NOT NULL",
            "company_id integer NOT NULL",
            "first_name varchar(50)",
            "last_name varchar(50)",
            "other_details varchar(255)",
        ),
        "PRIMARY KEY (engineer_id)",
    ),
    "engineer_skills": (
        "Engineer_Skills",
        (
            "engineer_id integer NOT NULL",
            "skill_id integer NOT NULL",
        ),
        "",
    ),
    "fault_log": (
        "Fault_Log",
        (
            "fault_log_entry_id integer NOT NULL",
            "asset_id integer NOT NULL",
            "recorded_by_staff_id integer NOT NULL",
            "fault_log_entry_datetime timestamp",
            "fault_description varchar(255)",
            "other_fault_details varchar(255)",
        ),
        "PRIMARY KEY (fault_log_entry_id)",
    ),
    "engineer_visits": (
        "Engineer_Visits",
        (
            "engineer_visit_id integer NOT NULL",
            "contact_staff_id integer",
            "engineer_id integer NOT NULL",
            "fault_log_entry_id integer NOT NULL",
            "fault_status varchar(10) NOT NULL",
            "visit_start_datetime timestamp",
            "visit_end_datetime timestamp",
            "other_visit_details varchar(255)",
        ),
        "PRIMARY KEY (engineer_visit_id)",
    ),
    "part_faults": (
        "Part_Faults",
        (
            "part_fault_id integer NOT NULL",
            "part_id integer NOT NULL",
            "fault_short_name varchar(20)",
            "fault_description varchar(255)",
            "other_fault_details varchar(255)",
        ),
        "PRIMARY KEY (part_fault_id)",
    ),
    "fault_log_parts": (
        "Fault_Log_Parts",
        (
            "fault_log_entry_id integer NOT NULL",
            "part_fault_id integer NOT NULL",
            "fault_status varchar(10) NOT NULL",
        ),
        "",
    ),
    "skills_required_to_fix": (
        "Skills_Required_To_Fix",
        (
            "part_fault_id integer NOT NULL",
            "skill_id integer NOT NULL",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of assets_maintenance as one PostgreSQL script."""
    data = read("datasets/spider/database/assets_maintenance/assets_maintenance.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
