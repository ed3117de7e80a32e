"""Held-out set mautic: the sample data of Mautic, an open-source marketing-automation and
e-mail newsletter application written in PHP (Symfony, Doctrine): contacts ("leads") with their
companies, segments and categories, e-mails to segments, landing pages with their visits, and
web forms with their submissions.

Mautic's Doctrine fixtures (``app/bundles/*/DataFixtures/ORM/``, loaded by
``doctrine:fixtures:load`` for a demo installation and by the functional tests) read most of their
rows from CSV files beside the PHP classes, one row per entity with the entity's property names
as the header. The 12 CSV files are a fictitious conference's marketing: 54 contacts (title,
first and last name, city, street address, state, postal code, country, e-mail, phone, company,
website, Facebook and Twitter handles, an IP address and points; four with an address and an IP
address only), four companies (name, city, state, country, industry), eight categories, seven
segments ("lead lists") tied to categories, two e-mails (name, type, subject, serialised PHP
content, plain text, counters, custom HTML), three landing pages (title, alias, language,
serialised content, hit counters, parents), 130 page hits (page, the number of an IP address
record, times hit and left, HTTP code, referer, URL, user agent, page language, browser
languages, a tracking id), two forms with eight fields and two actions, and 50 submissions of
each form (form, page, the numbers of the IP address record and of the contact, and the answers:
name, e-mail, number of attendees, in English for one form and in Spanish for the other).

Loaded into PostgreSQL by this module: a table per CSV file, named after the Mautic table the
fixture fills (``leads``, ``companies``, ``categories``, ``lead_lists``, ``emails``, ``forms``,
``form_fields``, ``form_actions``, ``form_results_1`` and ``form_results_2`` for the two forms'
submissions, ``pages``, ``page_hits``), the columns the CSV header in lower case, in its order;
a column whose every value is a whole number is ``bigint``, the others ``text``. The files are
read as PHP's ``fgetcsv`` reads them (comma, double quote, backslash as escape character), but
whole (the PHP reader's 1,000-byte line limit is not applied); the literal ``NULL`` is SQL NULL
(as the fixtures skip it), an empty field an empty string. The rows made in PHP code only (two
users, two roles, one segment's filter, campaigns, assets) are not used.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable

from sqlsource import text_of

REPO = "mautic/mautic"
COMMIT = "24271492a83834e2dd68d9a2c63b61f689a661ac"
FILES = (
    "app/bundles/{LeadBundle,EmailBundle,FormBundle,PageBundle}/DataFixtures/ORM/*.csv "
    "(the 12 CSV files of the Doctrine fixtures; all rows)"
)
LICENCE = "GPL-3.0-or-later (LICENSE.txt of the repository)"
ENGINE = "postgresql"

_B = "app/bundles/"
_TABLES = (
    ("leads", _B + "LeadBundle/DataFixtures/ORM/fakeleaddata.csv"),
    ("companies", _B + "LeadBundle/DataFixtures/ORM/fakecompanydata.csv"),
    ("categories", _B + "LeadBundle/DataFixtures/ORM/fakecategorydata.csv"),
    ("lead_lists", _B + "LeadBundle/DataFixtures/ORM/fakecategorizedleadlistdata.csv"),
    ("emails", _B + "EmailBundle/DataFixtures/ORM/fakeemaildata.csv"),
    ("forms", _B + "FormBundle/DataFixtures/ORM/fakeformdata.csv"),
    ("form_fields", _B + "FormBundle/DataFixtures/ORM/fakefielddata.csv"),
    ("form_actions", _B + "FormBundle/DataFixtures/ORM/fakeactiondata.csv"),
    ("form_results_1", _B + "FormBundle/DataFixtures/ORM/fakeresultdata.csv"),
    ("form_results_2", _B + "FormBundle/DataFixtures/ORM/fakeresult2data.csv"),
    ("pages", _B + "PageBundle/DataFixtures/ORM/fakepagedata.csv"),
    ("page_hits", _B + "PageBundle/DataFixtures/ORM/fakepagehitdata.csv"),
)
_WHOLE = re.compile(r"-?[0-9]+")


def _literal(value: str | None, kind: str) -> str:
    if value is None:
        return "NULL"
    if kind == "bigint":
        return value
    return "'" + value.replace("'", "''") + "'"


def table_script(table: str, text: str) -> str:
    """CREATE TABLE and INSERT for one fixture CSV (header row, then one row per entity)."""
    reader = csv.reader(io.StringIO(text), escapechar="\\", doublequote=True, strict=False)
    header, *records = [r for r in reader if r]
    names = [h.strip().lower() for h in header]
    if len(set(names)) != len(names):
        raise ValueError(f"{table}: repeated column names")
    rows: list[list[str | None]] = []
    for record in records:
        if len(record) != len(names):
            raise ValueError(f"{table}: a row has {len(record)} fields, not {len(names)}")
        rows.append([None if v == "NULL" else v for v in record])
    kinds = []
    for i in range(len(names)):
        values = [r[i] for r in rows if r[i] is not None]
        whole = values and all(_WHOLE.fullmatch(v) and len(v) < 18 for v in values)
        kinds.append("bigint" if whole else "text")
    body = ",\n    ".join(f'"{n}" {k}' for n, k in zip(names, kinds, strict=True))
    out = [f'CREATE TABLE "{table}" (\n    {body}\n);']
    if rows:
        cols = ", ".join(f'"{n}"' for n in names)
        values = ",\n".join(
            "(" + ", ".join(_literal(v, k) for v, k in zip(r, kinds, strict=True)) + ")"
            for r in rows
        )
        out.append(f'INSERT INTO "{table}" ({cols}) VALUES\n{values};')
    return "\n".join(out)


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the 12 fixture CSV files as one PostgreSQL script."""
    parts = [table_script(t, text_of(read(path))) for t, path in _TABLES]
    return "\n".join(parts) + "\n"
