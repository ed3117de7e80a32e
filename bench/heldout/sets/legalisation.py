"""Held-out set legalisation: the databases of "Get a Document Legalised", the online service of the
Legalisation Office of the UK Foreign, Commonwealth and Development Office (FCO, later FCDO),
through which citizens and businesses apply and pay to have UK public documents (birth, marriage and
death certificates, degree certificates, criminal record checks, powers of attorney, company
documents, medical reports...) legalised with an apostille for use abroad, and post them to the
Office or have them collected by courier. UKForeignOffice/loi-application-service is the
application's Node.js (Sails) front end, written from June 2016 (its first commit) to October 2024
(the commit read), most commits by Richard Bray, Simon Moore and Martin Carson; its README lists the
sibling services (address, notification, payment, submission, user) that share two PostgreSQL
databases, ``FCO-LOI-Service`` (applications) and ``FCO-LOI-User`` (accounts). Every table and
column is named in English, in PascalCase or camelCase quoted identifiers mixed with snake_case.

Three files of the repository are read, all at one commit:

- ``databases/FCO-LOI-Service.sql``, the plain pg_dump (PostgreSQL 9.6.21, pg_dump 13.3, added
  in May 2021 with the message "Update README and add db schema") of the applications database:
  applications (reference numbers, case reference, service type, company name, whether the
  documents reside in the EU, consent to feedback), the applicant's details (first and last
  name, telephone, mobile, e-mail), the main and alternative (return) addresses (full name,
  organisation, house name, street, town, county, country, postcode, telephone, mobile, e-mail),
  additional information (special instructions, the applicant's own reference), payments
  (amount, reference, status), the documents and their counts, the chosen postage, the
  attempts to submit an application to the case-management system (the submitted JSON and the
  response), the flat export of each application for the caseworkers
  (``ExportedApplicationData``: the applicant's and both addresses' columns again and the whole
  submitted application as JSON), and the reference tables: 63 kinds of document that can be
  legalised with their eligibility questions, 17 document types, 8 postage options, 3
  application types and 229 countries. Its application and person tables are empty;
- ``databases/FCO-LOI-User.sql``, the plain pg_dump of the accounts database, added in the same
  commit: users (e-mail, password hash and salt, reset and activation tokens, lock and expiry
  flags, premium and drop-off permissions), account details (first and last name, telephone,
  mobile, company name and number, consent to feedback) and saved addresses (full name,
  organisation, house name, street, town, county, country, postcode, telephone, mobile,
  e-mail); all three tables empty;
- ``tests/files/FCO_LOI_Service_Test.sql``, the older pg_dump (PostgreSQL 9.4.1, started on 29
  March 2016, last changed in July 2016) with INSERT statements of a test database: only the
  rows of its ten application tables are read (4 applications, 5 applicant rows, 2 addresses,
  4 rows of additional information, 4 payments, 5 rows of exported data, 2 submission attempts
  with the submitted JSON, 4 document counts, 4 postage choices and 860 document rows; the
  entries of the developers and of user-research testers); its reference rows (documents,
  types, postages, countries) are older versions of the ones above and are left out.

So the set is the 2021 schema of both databases, with the 2021 reference rows (and one document
row) and the 2016 test rows of applications: all 19 tables, 1,216 rows; the accounts' three
tables stay empty. Translation, in this module: each quoted identifier outside the
rows (``"ExportedApplicationData"``, ``"createdAt"``, ``"mobileNo"``, ``"in_EU"``) is lower-cased,
so the tables and columns are named in lower case (the functions' and the view's bodies the
same, so they still agree with the tables); the COPY blocks are written as INSERTs
(``copy_as_inserts``), since the loader runs one simple query without COPY data; the accounts
dump's ``populate_exportedapplicationdata`` function, a newer copy of the one in the
applications dump, is created with ``CREATE OR REPLACE``; the test rows are added, with their
column lists lower-cased and their values as written, after both dumps (so after the dumps'
keys and foreign keys) and a ``SET search_path = public`` (the dumps empty it), the applications
first. Everything else runs as written: the session
settings, the functions, the view, sequences and ``setval``, comments, keys and foreign keys.

>>> lowered('COPY public."Users" (email, "createdAt") FROM stdin;\\n"A"\\t1\\n\\\\.\\n-- "X"\\n')
'COPY public."users" (email, "createdat") FROM stdin;\\n"A"\\t1\\n\\\\.\\n-- "x"\\n'
>>> sample_rows('INSERT INTO "T" (id, "createdAt") VALUES (1, \\'"B"\\');', ["T"])
['INSERT INTO "t" (id, "createdat") VALUES (1, \\'"B"\\');']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from sqlsource import SourceError, copy_as_inserts, text_of

REPO = "UKForeignOffice/loi-application-service"
COMMIT = "50ab028c8245d447cda85c9a8a59fe572b843869"
FILES = (
    "databases/FCO-LOI-Service.sql and databases/FCO-LOI-User.sql (the plain pg_dumps, "
    "PostgreSQL 9.6.21, added in May 2021, of the two databases of the UK Foreign Office's "
    '"Get a Document Legalised" service, where citizens and businesses apply and pay to have '
    "UK public documents legalised with an apostille: applications with the applicant's name, "
    "telephone, mobile and e-mail, main and return addresses, special instructions, payments, "
    "documents, postage, submission attempts with their JSON, an export of each application "
    "for caseworkers; user accounts with password hashes and salts, tokens, account details "
    "and saved addresses; the legalisable documents, postage options and countries) with the "
    "application rows of tests/files/FCO_LOI_Service_Test.sql (the March 2016 test database's "
    "pg_dump with INSERTs: 4 applications, 5 applicants, 2 addresses, 5 exported rows, 2 "
    "submission attempts, 860 document rows); all 19 tables"
)
LICENCE = (
    "none stated (no licence file; package.json's license field is empty; a UK government "
    "service's code, Crown copyright)"
)
ENGINE = "postgresql"

SERVICE = "databases/FCO-LOI-Service.sql"
USER = "databases/FCO-LOI-User.sql"
TEST = "tests/files/FCO_LOI_Service_Test.sql"
SERVICE_TABLES = sorted(
    [
        "AdditionalApplicationInfo",
        "AddressDetails",
        "Application",
        "ApplicationPaymentDetails",
        "ApplicationReference",
        "ApplicationTypes",
        "AvailableDocuments",
        "DocumentTypes",
        "ExportedApplicationData",
        "PostagesAvailable",
        "SubmissionAttempts",
        "UserDetails",
        "UserDocumentCount",
        "UserDocuments",
        "UserPostageDetails",
        "country",
    ]
)
USER_TABLES = ["AccountDetails", "SavedAddress", "Users"]
#: The test dump's tables whose rows are read, in the order they are inserted (applications
#: first, for the foreign keys of payments and submission attempts).
TEST_TABLES = [
    "Application",
    "AdditionalApplicationInfo",
    "AddressDetails",
    "ApplicationPaymentDetails",
    "ExportedApplicationData",
    "SubmissionAttempts",
    "UserDetails",
    "UserDocumentCount",
    "UserDocuments",
    "UserPostageDetails",
]

_QUOTED = re.compile(r'"([A-Za-z_][A-Za-z0-9_]*)"')
_BLOCK = re.compile(r"(^COPY [^\n]*\n)(.*?^\\\.$)", re.M | re.S)
_TABLE = re.compile(r'^CREATE TABLE public\.("?)(\w+)\1 \(', re.M)


def _lower(text: str) -> str:
    return _QUOTED.sub(lambda m: f'"{m.group(1).lower()}"', text)


def lowered(text: str) -> str:
    """A pg_dump with every quoted identifier outside its COPY rows in lower case."""
    out: list[str] = []
    pos = 0
    for block in _BLOCK.finditer(text):
        out.append(_lower(text[pos : block.start()]))
        out.append(_lower(block.group(1)))
        out.append(block.group(2))
        pos = block.end()
    out.append(_lower(text[pos:]))
    return "".join(out)


def sample_rows(text: str, tables: Sequence[str]) -> list[str]:
    """The one-line INSERT statements of ``tables``, in that order, with lower-cased heads."""
    out: list[str] = []
    for table in tables:
        head = f'INSERT INTO "{table}" ('
        for line in text.splitlines():
            if not line.startswith(head):
                continue
            if not line.endswith(");") or " VALUES (" not in line:
                raise SourceError(f"an INSERT into {table} that is not one line")
            cols, values = line.split(" VALUES (", 1)
            out.append(f"{_lower(cols)} VALUES ({values}")
    return out


def _dump(read: Callable[[str], bytes], path: str, tables: Sequence[str]) -> str:
    text = text_of(read(path))
    if re.search(r"CREATE DATABASE|^\\(?!\.$)", text, re.M):
        raise SourceError(f"{path} now creates or connects to a database")
    created = sorted(m.group(2) for m in _TABLE.finditer(text))
    if created != sorted(tables):
        raise SourceError(f"{path}: expected the tables {' '.join(tables)}, found {created}")
    text, copies = copy_as_inserts(lowered(text))
    if copies != len(tables) or re.search(r"^COPY ", text, re.M):
        raise SourceError(f"{path}: {copies} COPY blocks read, expected {len(tables)}")
    return text


def script(read: Callable[[str], bytes]) -> str:
    """Both dumps, then the test database's application rows, as checked."""
    service = _dump(read, SERVICE, SERVICE_TABLES)
    user = _dump(read, USER, USER_TABLES)
    user, replaced = re.subn(
        r"^CREATE FUNCTION (public\.populate_exportedapplicationdata\()",
        r"CREATE OR REPLACE FUNCTION \1",
        user,
        flags=re.M,
    )
    if replaced != 1:
        raise SourceError(f"{USER} no longer defines populate_exportedapplicationdata once")
    rows = sample_rows(text_of(read(TEST)), TEST_TABLES)
    if len(rows) != 894:
        raise SourceError(f"{TEST}: {len(rows)} application rows, expected 894")
    return "\n".join([service, user, "SET search_path = public;", *rows, ""])
