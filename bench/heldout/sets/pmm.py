"""Held-out set pmm: the sample data of Program Management Module (PMM), Salesforce.org's open
source package with which nonprofits track the programs they run, the people they serve, who
takes part in which program and the services delivered to them, session by session.

``datasets/sample.sql`` is the package's CumulusCI sample dataset (loaded into a scratch org by
its ``load_dataset`` task), a SQLite-flavoured SQL script with one table per Salesforce object
and one column per field, every field ``VARCHAR(255)``: 11 tables, all filled. It holds accounts
(households named after the family and organisations: name, description, billing and shipping
street, city, state, postal code and country, phone, fax, website, employees, number, site,
type, record type), the account record types, contacts (salutation, first and last name,
e-mail, four phones, title, birth date, mailing street, city, state, postal code and country, a
client flag, absence and attendance counts, last service date, account), programs (name,
description, issue area, dates, status, summary, target population), program cohorts, program
engagements (a person's application, role, stage and dates in a program), services, service
schedules and sessions (times, providers), service participants (sign-up date, status) and
service deliveries (date, quantity, attendance status, service, person, provider, session).

Loaded into PostgreSQL as written, with every double-quoted identifier lower-cased (the rows
hold no double quote) and ``VARCHAR(255)`` as ``VARCHAR`` (SQLite does not enforce the length,
and a few descriptions are longer); empty fields stay empty strings, as the file has them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "SalesforceFoundation/PMM"
COMMIT = "4c5f3c79b930485f1fafb65b5acd6e1becf8a071"
FILES = "datasets/sample.sql (the package's CumulusCI sample dataset; all tables and rows)"
LICENCE = "BSD-3-Clause (LICENSE.txt of the repository)"
ENGINE = "postgresql"

DATASET = "datasets/sample.sql"
_QUOTED = re.compile(r'"[^"\n]+"')


def script(read: Callable[[str], bytes]) -> str:
    """The dataset with its quoted identifiers lower-cased, as one PostgreSQL script."""
    text = text_of(read(DATASET))
    if 'CREATE TABLE "Contact"' not in text or re.search(r"^(ATTACH|PRAGMA)", text, re.M):
        raise SourceError(f"{DATASET} no longer defines Contact, or has SQLite commands")
    text = text.replace(" VARCHAR(255),", " VARCHAR,")
    return _QUOTED.sub(lambda m: m.group(0).lower(), text)
