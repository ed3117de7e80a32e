"""Held-out set rapport: Rapport, a service-call system for independent appliance engineers.

Rapport ("Rapport for independent engineers", sudeeptalati/rapportforindependentengineers, a
PHP application on the Yii 1 framework, 2016-2017, UK) is the job-management program of a
small domestic-appliance repair business: it books service calls for customers' washing
machines, cookers and fridges, plans the engineers' visits in a diary, records the spare parts
used and the costs, and deals with the warranty providers (manufacturers, insurers, extended
warranty companies) whose contracts pay for the repairs. It keeps everything in one SQLite file
that ships with the application in ``chs/protected/data``, managed with phpLiteAdmin; a
companion Yii 2 site (``rapport-chs-mobile``) lets the engineers log in from their phones. The
repository's ``chs.db`` is too large for the stored copy, so the set reads the working copy
next to it, ``WORKIG-00chs.db`` (41 tables, 432 columns; added on 3 January 2017, last
written on 26 January 2017).

Fifteen of its tables, the business and the people, and all their rows: the business's own
details (``setup``, 1 row), the warranty providers' contracts (``contract``, 27, with free-text
management, spares, accounts and technical contacts and portal log-ins) and their types
(``contract_type``, 7), the address book (``contact_details``, 31 addresses, phones and
e-mails of contracts and engineers), customers (``customer``, 2), engineers (``engineer``, 5)
and an engineer's mobile log-in (``engineer_login``, 1), the diary (``enggdiary``, 2),
customers' appliances (``product``, 2), service calls (``servicecall``, 1), spare parts used
(``spares_used``, 2), retailers and distributors (``retailers_and_distributors``, 2), the
people to notify of a job's status (``notification_contact``, empty) and the office users
with their profiles (``tbl_users``, ``tbl_profiles``, 6 each). Left out: the catalogues of
model numbers (2,685), parts (4,918), brands, product types, job statuses, countries and
documents; the notification rules and codes, settings, add-ons, scheduled tasks, report and
server-sync fields, the Yii ``Rights``/``Auth*`` tables, business running costs and an
imported ``mytable`` of 1,009 rows with columns ``FIELD1`` to ``FIELD12``.

Loaded into PostgreSQL under DDL written here from the file's own: ``INTEGER`` and SQLite's
``DATETIME`` columns, which hold Unix times, as ``bigint``; ``FLOAT``/``REAL`` as ``double
precision``; ``TEXT``/``varchar`` as ``text``/``varchar``; the purchase and warranty dates of
products, the retailers' ``created``, the profiles' birthdays and four columns of
``contract`` whose values mix integers and text (``inactivated_by_user_id``, ``modified``
and the two warranty durations) as ``text``, the integers among them written as text before
loading. Primary keys kept; foreign keys, defaults and ``sqlite_sequence`` left out.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import sqlitesource

REPO = "sudeeptalati/rapportforindependentengineers"
COMMIT = "0f452f9eb7a15e6cd1b49a682e8784c32857d091"
_FILE = "chs/protected/data/WORKIG-00chs.db"
FILES = (
    f"{_FILE} (the SQLite database shipped with the application, working copy last written on"
    " 26 January 2017: 15 of its 41 tables, with all their rows; not chs.db, absent from the"
    " stored copy, nor the catalogues, settings and sync tables)"
)
LICENCE = "GPL-3.0 (LICENSE: GNU General Public License version 3)"
ENGINE = "postgresql"


def _cols(spec: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in spec.split(","))


_PK = "PRIMARY KEY (id)"
_TABLES: sqlitesource.Tables = {
    "setup": (
        "setup",
        _cols(
            "id bigint NOT NULL, company text, address text, town text, postcode_s text,"
            " postcode_e text, county text, country_id bigint, email text, telephone text,"
            " mobile text, alternate text, fax text, postcodeanywhere_account_code text,"
            " postcodeanywhere_license_key text, website text, vat_reg_no text,"
            " company_number text, postcode text, version_update_url text,"
            " live_booking_id bigint"
        ),
        _PK,
    ),
    "contact_details": (
        "contact_details",
        _cols(
            "id bigint NOT NULL, address_line_1 text, address_line_2 text, address_line_3 text,"
            " town text, postcode_s text, postcode_e text, postcode text, county text,"
            " state text, country text, latitudes text, longitudes text, mobile text,"
            " telephone text, fax text, email text, website text, created bigint,"
            " lockcode bigint"
        ),
        _PK,
    ),
    "contract_type": (
        "contract_type",
        _cols(
            "id bigint NOT NULL, name text, information text, created_by_user_id bigint,"
            " created bigint"
        ),
        _PK,
    ),
    "contract": (
        "contract",
        _cols(
            "id bigint NOT NULL, contract_type_id bigint, name text,"
            " main_contact_details_id bigint, vat_reg_number text, notes text, active bigint,"
            " inactivated_by_user_id text, inactivated_on text, created_by_user_id bigint,"
            " created bigint, modified text, management_contact_details text,"
            " spares_contact_details text, accounts_contact_details text,"
            " technical_contact_details text, short_name text,"
            " labour_warranty_months_duration text, parts_warranty_months_duration text,"
            " api_key text, portal_url text, portal_login_email text, portal_encrypt_pass text,"
            " max_spend_limit_without_authorisation double precision"
        ),
        _PK,
    ),
    "customer": (
        "customer",
        _cols(
            "id bigint NOT NULL, product_id bigint, title text, first_name text, last_name text,"
            " fullname text, address_line_1 text, address_line_2 text, address_line_3 text,"
            " town text, postcode_s text, postcode_e text, postcode text, county text,"
            " state text, country text, latitudes text, longitudes text, telephone text,"
            " mobile text, fax text, email text, notes text, created_by_user_id bigint,"
            " created bigint, modified bigint, lockcode bigint"
        ),
        _PK,
    ),
    "engineer": (
        "engineer",
        _cols(
            "id bigint NOT NULL, first_name text, last_name text, active bigint, company text,"
            " vat_reg_number text, notes text, inactivated_by_user_id bigint,"
            " inactivated_on bigint, contact_details_id bigint,"
            " delivery_contact_details_id bigint, created_by_user_id bigint, created bigint,"
            " modified bigint, fullname text, color text, include_in_diary_route_planning bigint"
        ),
        _PK,
    ),
    "engineer_login": (
        "engineer_login",
        _cols(
            "id bigint NOT NULL, username text, auth_key text, password_hash text,"
            " password_reset_token text, status bigint, created_at bigint, updated_at bigint,"
            " name text, email text, engineer_id bigint"
        ),
        _PK,
    ),
    "enggdiary": (
        "enggdiary",
        _cols(
            "id bigint NOT NULL, engineer_id bigint, visit_start_date bigint,"
            " visit_end_date bigint, slots bigint, servicecall_id bigint, user_id bigint,"
            " created bigint, modified bigint, status bigint, notes text,"
            " duration_of_call bigint"
        ),
        _PK,
    ),
    "product": (
        "product",
        _cols(
            "id bigint NOT NULL, contract_id bigint, brand_id bigint, product_type_id bigint,"
            " customer_id bigint, engineer_id bigint, purchased_from text, purchase_date text,"
            " warranty_date text, model_number text, serial_number text, production_code text,"
            " enr_number text, fnr_number text, discontinued bigint, warranty_for_months bigint,"
            " purchase_price double precision, notes text, created_by_user_id bigint,"
            " created bigint, modified bigint, cancelled bigint, lockcode bigint"
        ),
        _PK,
    ),
    "servicecall": (
        "servicecall",
        _cols(
            "id bigint NOT NULL, service_reference_number bigint, customer_id bigint,"
            " product_id bigint, contract_id bigint, engineer_id bigint,"
            " insurer_reference_number text, job_status_id bigint, fault_date bigint,"
            " fault_code text, fault_description text, engg_diary_id bigint,"
            " work_carried_out text, spares_used_status_id bigint,"
            " total_cost double precision, vat_on_total double precision,"
            " net_cost double precision, job_payment_date bigint, job_finished_date bigint,"
            " notes text, created_by_user_id bigint, created bigint, modified bigint,"
            " cancelled bigint, closed bigint, number_of_visits bigint, activity_log text,"
            " comments text, recalled_job bigint, work_summary text, admintime bigint,"
            " remote_ref_no text, remote_data_recieved text, communications text,"
            " remote_data_sent text, received_remote_data_status bigint, test_results text"
        ),
        _PK,
    ),
    "spares_used": (
        "spares_used",
        _cols(
            "id bigint NOT NULL, master_item_id bigint, servicecall_id bigint, item_name text,"
            " part_number text, unit_price double precision, quantity bigint,"
            " total_price double precision, date_ordered bigint, created bigint,"
            " modified bigint, created_by_user bigint, used bigint, notes text"
        ),
        _PK,
    ),
    "retailers_and_distributors": (
        "retailers_and_distributors",
        _cols(
            "id bigint NOT NULL, company text, companytype text, contact_person text,"
            " address text, town text, postcode text, telephone text, created text"
        ),
        _PK,
    ),
    "notification_contact": (
        "notification_contact",
        _cols(
            "id bigint NOT NULL, notification_rule_id bigint, person_name text,"
            " person_info text, email text, mobile text, notification_code_id bigint,"
            " created bigint, modified bigint, deleted bigint"
        ),
        _PK,
    ),
    "tbl_users": (
        "tbl_users",
        _cols(
            "id bigint NOT NULL, username varchar(20) NOT NULL, password varchar(128) NOT NULL,"
            " email varchar(128) NOT NULL, activkey varchar(128) NOT NULL,"
            " createtime bigint NOT NULL, lastvisit bigint NOT NULL, superuser smallint NOT NULL,"
            " status smallint NOT NULL"
        ),
        _PK,
    ),
    "tbl_profiles": (
        "tbl_profiles",
        _cols(
            "user_id bigint NOT NULL, lastname varchar(50) NOT NULL,"
            " firstname varchar(50) NOT NULL, birthday text NOT NULL,"
            " date_of_birth text NOT NULL"
        ),
        "PRIMARY KEY (user_id)",
    ),
}

#: columns whose SQLite values mix integers and text: loaded as text
_AS_TEXT = {
    "contract": (
        "inactivated_by_user_id",
        "modified",
        "labour_warranty_months_duration",
        "parts_warranty_months_duration",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of Rapport's working database (15 tables) as one PostgreSQL script."""
    db = sqlite3.connect(":memory:")
    try:
        db.deserialize(read(_FILE))
        for table, columns in _AS_TEXT.items():
            # a copy without column affinity, so that the cast values stay text
            names = [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]
            select = ", ".join(
                f'CAST("{n}" AS TEXT) AS "{n}"' if n in columns else f'"{n}"' for n in names
            )
            db.execute(f'CREATE TABLE "_{table}" AS SELECT {select} FROM "{table}" ORDER BY rowid')
            db.execute(f'DROP TABLE "{table}"')
            db.execute(f'ALTER TABLE "_{table}" RENAME TO "{table}"')
        data = db.serialize()
    finally:
        db.close()
    return sqlitesource.script(data, _TABLES, ENGINE)
