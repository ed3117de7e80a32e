"""Held-out set evergreen: patrons, libraries and vendors of the Evergreen ILS "concerto"
test dataset (Evergreen is an open-source integrated library system used by public library
consortia; Perl and PostgreSQL).

The enhanced concerto dataset (``Open-ILS/tests/datasets/sql/concerto_enhanced/``) dumps the
tables of a demo consortium with ``COPY``. Fourteen of them are loaded: the patrons and staff
(actor.usr: user name, e-mail, password hash, identification type and value, prefix, given,
family and preferred names, name keywords, alias, phones, date of birth, guardian, home library,
barcode of the active card, dates and flags), their addresses (actor.usr_address), library cards
(actor.card), settings (actor.usr_setting: notification phone numbers and e-mail, pickup
library, default search and the like, as JSON text), standing penalties with staff messages,
statistical categories of patrons (such as the primary language) and their values for each
patron, the libraries (actor.org_unit with name, e-mail and phone) and their addresses, the
staff workstations, acquisitions vendors (acq.provider) and patrons' miscellaneous bills and
cash payments (money.grocery, money.cash_payment).

Each table goes into the public schema under its Evergreen name without the schema (``usr``,
``usr_address``, ``provider``), with the columns of its ``COPY`` line typed by hand from
Evergreen's schema (``Open-ILS/src/sql/Pg/005.schema.actors.sql``, ``080.schema.money.sql``,
``200.schema.acq.sql``; inherited columns included, constraints other than the key left out);
every row of the ``COPY`` data is loaded as an INSERT.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, pg_insert, pg_literal, text_of

REPO = "evergreen-library-system/Evergreen"
COMMIT = "921164cbfe938ca0ea3865f8cabaa4bc21a88e35"
FILES = "Open-ILS/tests/datasets/sql/concerto_enhanced/<schema>.<table>.sql for 14 tables"
LICENCE = "GPL-2.0-or-later"
ENGINE = "postgresql"

_DIR = "Open-ILS/tests/datasets/sql/concerto_enhanced"

_INT, _TEXT, _BOOL, _TS = "integer", "text", "boolean", "timestamptz"
_MONEY = "numeric(6,2)"

#: "<schema>.<table>" -> column -> type (from Evergreen's CREATE TABLE statements)
_TYPES: dict[str, dict[str, str]] = {
    "actor.usr": {
        "id": _INT, "card": _INT, "profile": _INT, "usrname": _TEXT, "email": _TEXT,
        "passwd": _TEXT, "standing": _INT, "ident_type": _INT, "ident_value": _TEXT,
        "ident_type2": _INT, "ident_value2": _TEXT, "net_access_level": _INT,
        "photo_url": _TEXT, "prefix": _TEXT, "first_given_name": _TEXT,
        "second_given_name": _TEXT, "family_name": _TEXT, "suffix": _TEXT, "guardian": _TEXT,
        "pref_prefix": _TEXT, "pref_first_given_name": _TEXT, "pref_second_given_name": _TEXT,
        "pref_family_name": _TEXT, "pref_suffix": _TEXT, "name_keywords": _TEXT,
        "name_kw_tsvector": "tsvector", "alias": _TEXT, "day_phone": _TEXT,
        "evening_phone": _TEXT, "other_phone": _TEXT, "mailing_address": _INT,
        "billing_address": _INT, "home_ou": _INT, "dob": "date", "active": _BOOL,
        "master_account": _BOOL, "super_user": _BOOL, "barred": _BOOL, "deleted": _BOOL,
        "juvenile": _BOOL, "usrgroup": _INT, "claims_returned_count": _INT,
        "credit_forward_balance": _MONEY, "last_xact_id": _TEXT, "create_date": _TS,
        "expire_date": _TS, "claims_never_checked_out_count": _INT, "last_update_time": _TS,
        "locale": _TEXT, "guardian_email": _TEXT,
    },
    "actor.usr_address": {
        "id": _INT, "valid": _BOOL, "within_city_limits": _BOOL, "address_type": _TEXT,
        "usr": _INT, "street1": _TEXT, "street2": _TEXT, "city": _TEXT, "county": _TEXT,
        "state": _TEXT, "country": _TEXT, "post_code": _TEXT, "pending": _BOOL,
        "replaces": _INT,
    },
    "actor.card": {"id": _INT, "usr": _INT, "barcode": _TEXT, "active": _BOOL},
    "actor.usr_setting": {"id": "bigint", "usr": _INT, "name": _TEXT, "value": _TEXT},
    "actor.usr_standing_penalty": {
        "id": _INT, "org_unit": _INT, "usr": _INT, "standing_penalty": _INT, "staff": _INT,
        "set_date": _TS, "stop_date": _TS, "usr_message": _TEXT,
    },
    "actor.stat_cat": {
        "id": _INT, "owner": _INT, "name": _TEXT, "opac_visible": _BOOL, "usr_summary": _BOOL,
        "sip_field": "char(2)", "sip_format": _TEXT, "checkout_archive": _BOOL,
        "required": _BOOL, "allow_freetext": _BOOL,
    },
    "actor.stat_cat_entry": {"id": _INT, "stat_cat": _INT, "owner": _INT, "value": _TEXT},
    "actor.stat_cat_entry_usr_map": {
        "id": "bigint", "stat_cat_entry": _TEXT, "stat_cat": _INT, "target_usr": _INT,
    },
    "actor.org_unit": {
        "id": _INT, "parent_ou": _INT, "ou_type": _INT, "ill_address": _INT,
        "holds_address": _INT, "mailing_address": _INT, "billing_address": _INT,
        "shortname": _TEXT, "name": _TEXT, "email": _TEXT, "phone": _TEXT,
        "opac_visible": _BOOL, "fiscal_calendar": _INT, "staff_catalog_visible": _BOOL,
    },
    "actor.org_address": {
        "id": _INT, "valid": _BOOL, "address_type": _TEXT, "org_unit": _INT, "street1": _TEXT,
        "street2": _TEXT, "city": _TEXT, "county": _TEXT, "state": _TEXT, "country": _TEXT,
        "post_code": _TEXT, "san": _TEXT, "latitude": "double precision",
        "longitude": "double precision",
    },
    "actor.workstation": {"id": _INT, "name": _TEXT, "owning_lib": _INT},
    "acq.provider": {
        "id": _INT, "name": _TEXT, "owner": _INT, "currency_type": _TEXT, "code": _TEXT,
        "holding_tag": _TEXT, "san": _TEXT, "buyer_san": _TEXT, "edi_default": _INT,
        "active": _BOOL, "prepayment_required": _BOOL, "url": _TEXT, "email": _TEXT,
        "phone": _TEXT, "fax_phone": _TEXT, "default_copy_count": _INT,
        "default_claim_policy": _INT, "primary_contact": _INT,
    },
    "money.grocery": {
        "id": "bigint", "usr": _INT, "xact_start": _TS, "xact_finish": _TS,
        "unrecovered": _BOOL, "billing_location": _INT, "note": _TEXT,
    },
    "money.cash_payment": {
        "id": "bigint", "xact": "bigint", "payment_ts": _TS, "voided": _BOOL,
        "amount": _MONEY, "note": _TEXT, "amount_collected": _MONEY, "accepting_usr": _INT,
        "cash_drawer": _INT,
    },
}  # fmt: skip

_COPY = re.compile(r"COPY (\w+)\.(\w+) \(([^)]*)\) FROM stdin;\n(.*?)^\\\.$", re.S | re.M)
_ESCAPE = re.compile(r"\\(.)")
_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "\\": "\\"}


def _field(text: str) -> str | None:
    """One field of COPY text format: ``\\N`` is NULL, backslash escapes are undone."""
    if text == "\\N":
        return None
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), text)


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fourteen tables as one PostgreSQL script."""
    out = []
    for source, types in _TYPES.items():
        text = text_of(read(f"{_DIR}/{source}.sql"))
        m = _COPY.search(text)
        if m is None or f"{m.group(1)}.{m.group(2)}" != source:
            raise SourceError(f"no COPY of {source}")
        table = m.group(2)
        columns = [c.strip() for c in m.group(3).split(",")]
        if set(columns) != set(types):
            raise SourceError(f"the columns of {source} are not the ones typed here")
        defs = [f"{c} {types[c]}" + (" PRIMARY KEY" if c == "id" else "") for c in columns]
        out.append(f"CREATE TABLE {table} (\n  " + ",\n  ".join(defs) + "\n);")
        rows = []
        for line in m.group(4).splitlines():
            fields = line.split("\t")
            if len(fields) != len(columns):
                raise SourceError(f"a row of {source} with {len(fields)} fields")
            rows.append([pg_literal(_field(f)) for f in fields])
        out.extend(pg_insert(table, columns, rows))
    return "\n".join(out) + "\n"
