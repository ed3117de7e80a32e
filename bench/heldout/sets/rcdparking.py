"""Held-out set rcdparking: the development seed of the Richmond Centre for Disability's
accessible parking permit (APP) platform, a Next.js, GraphQL and Prisma application on
PostgreSQL that volunteer student teams of UW Blueprint (the University of Waterloo's club that
builds software for nonprofits) have written since May 2021 for the Richmond Centre for Disability
(RCD), a nonprofit in Richmond, British Columbia, which issues the province's accessible parking
permits to people with disabilities: an applicant-facing portal for new, renewal and replacement
requests and an internal portal where RCD's employees process them.

The database keeps permit holders (``applicants``: name, date of birth, gender, phone, e-mail,
home address, status, notes), their guardians or power-of-attorney holders (``guardians``: name,
phone, address, relationship, the key of a scanned form), their medical information
(``medical_information``: disability, certification date, patient conditions and mobility aids
as enum arrays, the certifying physician's MSP number) and the physicians (``physicians``: MSP
number (British Columbia's Medical Services Plan billing number), name, phone, office address);
permit requests (``applications``: the applicant's name, contact data and address as given on
the request, permit type, payment method, processing fee, donation, a second payment, Shopify
payment data, shipping and billing name and address) with one of three detail rows
(``new_applications``: date of birth, gender, disability, patient conditions, mobility aids, the
physician's and the guardian's name, phone and address, van and wide-space needs;
``renewal_applications``: the physician and the van needs; ``replacement_applications``: reason,
when and where a permit was lost, the police file number, jurisdiction and officer's name when
stolen, a description); the processing of a request (``application_processing``: status, APP
number, hole-punching, wallet card, review, invoice, documents, mailing, refund, each with the
employee who did it); permits issued (``permits``: RCD permit number, type, expiry date); the
employees who log in (``employees``: name, e-mail, role), their e-mail sign-in tokens
(``verification_requests``), invoices and wallet cards (``application_invoices``,
``wallet_card``: S3 keys and URLs). Tables and columns are named in English, in snake case.

Loaded into PostgreSQL as the application's development database is built: the six Prisma
migrations of ``prisma/migrations`` run as written, in order (the 14 tables, 15 enum types and
the foreign keys; two migrations add enum values, one adds the second payment method, one the
wallet cards, the last renames constraints), then the rows that ``prisma db seed`` writes in
development (``prisma/seed.ts``: the employees, applicants, applications and permits of
``prisma/dev-seed-utils/*.ts``; the production seed of one employee is not used). The seed
holds 27 employees (the project's developers, added over the years so that they can sign in to
a development copy), 4 invented applicants with 3 guardians, 4 medical records and 3 physicians,
5 permit requests (2 new, 2 renewals, 1 replacement) with their processing rows, and 3 permits;
invoices, wallet cards and sign-in tokens have no rows.

Translation, in this module: the seed's TypeScript object literals (strings, numbers, booleans,
``null``, ``undefined``, arrays, nested objects, enum members such as ``PermitType.PERMANENT``,
``new Prisma.Decimal(n)``, ``new Date('...')``, ``new Date()`` and ``new Date(new
Date().getTime() + n * ...)``) are parsed here, and the upserts of the four seed scripts are
replayed on an empty database as Prisma would run them: every employee gets the role ``ADMIN``;
an applicant's guardian and medical information are created with it, and its physician is
created once per MSP number (``connectOrCreate``); every application gets an empty
``application_processing`` row (all defaults) and one detail row of its type, and a renewal or
replacement is connected to its applicant, while a new request is not; ``undefined`` leaves a
column to its default, ``null`` writes NULL. The keys of serial columns are written as the
serial would give them on an empty database (1, 2, ... in seed order), and are checked to equal
the seed's own ``id`` where it gives one. Prisma field names become column names through the
``@map`` attributes of ``prisma/schema.prisma`` (read from the same commit; an unknown field
stops the load). ``new Date()`` is read as the fixed moment 2026-01-01 12:00 UTC
(:data:`REFERENCE`, as for the Rails fixture sets), so that the one certification date and the
one expiry date that the seed computes from the current time do not depend on the day of the
load. ``created_at`` and ``updated_at`` keep their defaults (the time of the load).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlsource import SourceError, pg_insert, pg_literal, text_of

REPO = "uwblueprint/richmond-centre-for-disability"
COMMIT = "62ea7a8ab6ee16c1627e66e31fabea3823909756"
MIGRATIONS = [
    "prisma/migrations/20231123031908_init/migration.sql",
    "prisma/migrations/20240123153427_added_mail_lost_reason/migration.sql",
    "prisma/migrations/20240207054756_add_amex_payment_type/migration.sql",
    "prisma/migrations/20240212032557_add_second_payment_method/migration.sql",
    "prisma/migrations/20241018181434_create_wallet/migration.sql",
    "prisma/migrations/20250727225112_prisma3_migration/migration.sql",
]
SCHEMA = "prisma/schema.prisma"
SEEDS = "prisma/dev-seed-utils"
FILES = (
    "prisma/migrations/*/migration.sql (the six Prisma migrations), prisma/schema.prisma (for "
    "the column names) and prisma/seed.ts with prisma/dev-seed-utils/employees.ts, "
    "applicants.ts, applications.ts and permits.ts (the development seed) of the Richmond "
    "Centre for Disability's accessible parking permit platform (UW Blueprint, Next.js and "
    "Prisma on PostgreSQL): applicants with guardians, medical information and physicians, "
    "new, renewal and replacement permit requests with their processing, permits, employees; "
    "all 14 tables, the seed's rows replayed"
)
LICENCE = "MIT (LICENSE of the repository, Copyright (c) 2021 UW Blueprint)"
ENGINE = "postgresql"

#: the moment ``new Date()`` stands for
REFERENCE = datetime.datetime(2026, 1, 1, 12, 0, 0, tzinfo=datetime.UTC)

TABLES = sorted(
    [
        "applicants",
        "applications",
        "employees",
        "guardians",
        "medical_information",
        "permits",
        "physicians",
        "verification_requests",
        "application_processing",
        "new_applications",
        "renewal_applications",
        "replacement_applications",
        "application_invoices",
        "wallet_card",
    ]
)

# --- the TypeScript literals of the seed ---------------------------------------------------------


class Undefined:
    """JavaScript's ``undefined``: the field is left out (its column keeps its default)."""

    def __repr__(self) -> str:
        return "undefined"


UNDEFINED = Undefined()


@dataclass(frozen=True)
class Decimal:
    """``new Prisma.Decimal(n)``, kept as written."""

    text: str


_TOKEN = re.compile(
    r"""
      (?P<space>\s+|//[^\n]*|/\*.*?\*/)
    | (?P<string>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
    | (?P<number>\d+(?:\.\d+)?)
    | (?P<name>[A-Za-z_$][\w$]*)
    | (?P<op>[{}\[\](),:;.+*-])
    """,
    re.VERBOSE | re.DOTALL,
)
_ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", "'": "'", '"': '"'}


class _Literal:
    """A reader of the object literals the seed uses, and nothing more."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0  #: where the next token not yet read starts
        self.toks: list[tuple[str, str]] = []  #: the tokens read so far
        self.i = 0

    def peek(self, k: int = 0) -> tuple[str, str]:
        """The token ``k`` ahead, read from the text only when needed (the code after the
        literal is not read)."""
        while len(self.toks) <= self.i + k:
            m = _TOKEN.match(self.text, self.pos)
            if self.pos >= len(self.text):
                return ("end", "")
            if m is None:
                raise SourceError(f"seed: cannot read {self.text[self.pos : self.pos + 30]!r}")
            self.pos = m.end()
            if m.lastgroup != "space":
                self.toks.append((m.lastgroup or "", m.group()))
        return self.toks[self.i + k]

    def take(self, want: str | None = None) -> str:
        kind, text = self.peek()
        if kind == "end" or (want is not None and text != want):
            raise SourceError(f"seed: expected {want!r}, found {text!r}")
        self.i += 1
        return text

    def value(self) -> object:
        kind, text = self.peek()
        if text == "{":
            return self.obj()
        if text == "[":
            self.take("[")
            items = []
            while self.peek()[1] != "]":
                items.append(self.value())
                if self.peek()[1] == ",":
                    self.take(",")
            self.take("]")
            return items
        if kind == "string":
            self.take()
            return re.sub(r"\\(.)", lambda m: _ESCAPES[m.group(1)], text[1:-1])
        if kind == "number":
            self.take()
            return int(text) if text.isdigit() else float(text)
        if text in ("true", "false"):
            self.take()
            return text == "true"
        if text == "null":
            self.take()
            return None
        if text == "undefined":
            self.take()
            return UNDEFINED
        if text == "new":
            return self.new()
        if kind == "name" and self.peek(1)[1] == "." and self.peek(2)[0] == "name":
            self.i += 3  # an enum member, PermitType.PERMANENT: its name is its value
            return self.toks[self.i - 1][1]
        raise SourceError(f"seed: a value the reader does not know: {text!r}")

    def obj(self) -> dict[str, object]:
        self.take("{")
        out: dict[str, object] = {}
        while self.peek()[1] != "}":
            kind, key = self.peek()
            if kind not in ("name", "string"):
                raise SourceError(f"seed: an object key {key!r}")
            self.take()
            self.take(":")
            out[key.strip("'\"")] = self.value()
            if self.peek()[1] == ",":
                self.take(",")
        self.take("}")
        return out

    def new(self) -> object:
        self.take("new")
        name = self.take()
        while self.peek()[1] == ".":
            self.take(".")
            name += "." + self.take()
        self.take("(")
        if name == "Prisma.Decimal":
            number = self.take()
            if not re.fullmatch(r"\d+(\.\d+)?", number):
                raise SourceError(f"seed: Prisma.Decimal({number})")
            self.take(")")
            return Decimal(number)
        if name != "Date":
            raise SourceError(f"seed: new {name}")
        if self.peek()[1] == ")":
            self.take(")")
            moment = REFERENCE
        elif self.peek()[0] == "string":
            text = self.take()[1:-1]
            self.take(")")
            moment = _parse_js_date(text)
        else:
            millis = self.sum()
            self.take(")")
            moment = datetime.datetime.fromtimestamp(millis / 1000, datetime.UTC)
        if self.peek()[1] == "." and self.peek(1)[1] == "getTime":
            self.i += 2
            self.take("(")
            self.take(")")
            return int(moment.timestamp() * 1000)
        return moment

    def sum(self) -> int:
        total = self.product()
        while self.peek()[1] == "+":
            self.take("+")
            total += self.product()
        return total

    def product(self) -> int:
        total = self.factor()
        while self.peek()[1] == "*":
            self.take("*")
            total *= self.factor()
        return total

    def factor(self) -> int:
        value = self.value()  # a number, or new Date(...).getTime()
        if not isinstance(value, int) or isinstance(value, bool):
            raise SourceError(f"seed: a number expected in a date, found {value!r}")
        return value


def _parse_js_date(text: str) -> datetime.datetime:
    """``new Date('2001-01-01')``: a date-only ISO string is midnight UTC in JavaScript."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        raise SourceError(f"seed: new Date({text!r})")
    return datetime.datetime.fromisoformat(text).replace(tzinfo=datetime.UTC)


def seed_array(text: str, name: str) -> list[dict[str, object]]:
    """The array literal assigned to ``const <name>`` (with or without a type) in a seed file."""
    m = re.search(rf"(?m)^const {name}(?::[^=]+)? = \[", text)
    if m is None:
        raise SourceError(f"seed: no const {name} = [...]")
    reader = _Literal(text[m.end() - 1 :])
    value = reader.value()
    if reader.peek()[1] != ";":
        raise SourceError(f"seed: const {name} does not end after its array")
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise SourceError(f"seed: const {name} is not an array of objects")
    return value


# --- the Prisma schema: field names to columns ----------------------------------------------------


@dataclass(frozen=True)
class Field:
    column: str
    kind: str  # "date", "timestamp", "money", "array", "int", "bool" or "text"


def prisma_fields(text: str) -> dict[str, dict[str, Field]]:
    """Each model's table and its scalar fields' columns, from ``schema.prisma``."""
    models = dict(re.findall(r"(?ms)^model (\w+) \{\n(.*?)^\}", text))
    enums = set(re.findall(r"(?m)^enum (\w+) \{", text))
    out: dict[str, dict[str, Field]] = {}
    for body in models.values():
        table = re.search(r'@@map\("(\w+)"\)', body)
        if table is None:
            raise SourceError(f"{SCHEMA}: a model without @@map")
        fields: dict[str, Field] = {}
        for line in body.splitlines():
            m = re.match(r"\s+(\w+)\s+(\w+)(\[\]|\?)?(.*)$", line)
            if m is None or line.strip().startswith("@@"):
                continue
            name, ftype, mark, attrs = m.groups()
            if ftype in models:
                continue  # a relation
            mapped = re.search(r'@map\("(\w+)"\)', attrs)
            if mark == "[]":
                kind = "array"
            elif ftype == "DateTime":
                kind = "date" if "@db.Date" in attrs else "timestamp"
            elif ftype == "Decimal":
                kind = "money"
            elif ftype == "Int":
                kind = "int"
            elif ftype == "Boolean":
                kind = "bool"
            elif ftype == "String" or ftype in enums:
                kind = "text"
            else:
                raise SourceError(f"{SCHEMA}: field type {ftype}")
            fields[name] = Field(mapped.group(1) if mapped else name, kind)
        out[table.group(1)] = fields
    return out


def literal(value: object, field: Field) -> str:
    """A seed value as a PostgreSQL literal for a column of ``field``'s kind."""
    if value is None:
        return "NULL"
    if field.kind == "date" and isinstance(value, datetime.datetime):
        return pg_literal(value.date().isoformat())
    if field.kind == "timestamp" and isinstance(value, datetime.datetime):
        return pg_literal(value.isoformat(sep=" "))
    if field.kind == "money" and isinstance(value, Decimal):
        return pg_literal(value.text)
    if field.kind == "array" and isinstance(value, list):
        if not all(isinstance(v, str) and re.fullmatch(r"[A-Z0-9_]+", v) for v in value):
            raise SourceError(f"seed: an array {value!r}")
        return pg_literal("{" + ",".join(value) + "}")
    if field.kind == "int" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if field.kind == "bool" and isinstance(value, bool):
        return "true" if value else "false"
    if field.kind == "text" and isinstance(value, str):
        return pg_literal(value)
    raise SourceError(f"seed: {value!r} for the {field.kind} column {field.column}")


class Rows:
    """The rows to insert, table by table, in the order they are created."""

    def __init__(self, fields: dict[str, dict[str, Field]]) -> None:
        self.fields = fields
        self.rows: dict[str, list[dict[str, str]]] = {}

    def add(self, table: str, values: dict[str, object]) -> None:
        row: dict[str, str] = {}
        for name, value in values.items():
            if value is UNDEFINED:
                continue
            field = self.fields[table].get(name)
            if field is None:
                raise SourceError(f"seed: {table} has no field {name}")
            row[field.column] = literal(value, field)
        self.rows.setdefault(table, []).append(row)

    def count(self, table: str) -> int:
        return len(self.rows.get(table, []))

    def inserts(self, order: list[str]) -> list[str]:
        out = []
        for table in order:
            rows = self.rows.get(table, [])
            columns: list[str] = []
            for row in rows:
                columns.extend(c for c in row if c not in columns)
            written = [[r.get(c, "DEFAULT") for c in columns] for r in rows]
            out.extend(pg_insert(table, columns, written))
        return out


def _serial(rows: Rows, table: str, given: object) -> int:
    """The serial key the next row of ``table`` gets, checked against the seed's own id."""
    key = rows.count(table) + 1
    if given is not UNDEFINED and given != key:
        raise SourceError(f"seed: {table} id {given!r} is not the serial {key}")
    return key


def replay(read: Callable[[str], bytes], fields: dict[str, dict[str, Field]]) -> Rows:
    """The rows the development seed creates, in the order ``prisma/seed.ts`` creates them."""
    main = text_of(read("prisma/seed.ts"))
    calls = re.findall(r"await (dev\w+)\(\)", main.split("const devSeed", 1)[-1])
    if calls != [
        "devEmployeeUpsert",
        "devApplicantUpsert",
        "devApplicationUpsert",
        "devPermitUpsert",
    ]:
        raise SourceError(f"prisma/seed.ts changed: the dev seed calls {calls}")
    rows = Rows(fields)

    def seed(name: str) -> list[dict[str, object]]:
        return seed_array(text_of(read(f"{SEEDS}/{name}.ts")), name)

    for emp in seed("employees"):
        if set(emp) != {"firstName", "lastName", "email"}:
            raise SourceError(f"seed: an employee with {sorted(emp)}")
        rows.add("employees", {"id": rows.count("employees") + 1, "role": "ADMIN", **emp})

    physicians: set[str] = set()
    for applicant in seed("applicants"):
        rest = dict(applicant)
        key = _serial(rows, "applicants", rest.pop("id", UNDEFINED))
        guardian = rest.pop("guardian", UNDEFINED)
        medical = dict(rest.pop("medicalInformation"))  # type: ignore[arg-type]
        physician = medical.pop("physician")
        if not isinstance(physician, dict) or not isinstance(physician.get("mspNumber"), str):
            raise SourceError("seed: an applicant's physician without an MSP number")
        if physician["mspNumber"] not in physicians:  # connectOrCreate
            physicians.add(physician["mspNumber"])
            rows.add("physicians", physician)
        if isinstance(guardian, dict):
            rest["guardianId"] = rows.count("guardians") + 1
            rows.add("guardians", {"id": rest["guardianId"], **guardian})
        elif guardian is not UNDEFINED:
            raise SourceError(f"seed: a guardian {guardian!r}")
        rest["medicalInformationId"] = rows.count("medical_information") + 1
        rows.add(
            "medical_information",
            {
                "id": rest["medicalInformationId"],
                **medical,
                "physicianMspNumber": physician["mspNumber"],
            },
        )
        rows.add("applicants", {"id": key, **rest})

    details = {
        "NEW": ("newApplication", "new_applications"),
        "RENEWAL": ("renewalApplication", "renewal_applications"),
        "REPLACEMENT": ("replacementApplication", "replacement_applications"),
    }
    for application in seed("applications"):
        rest = dict(application)
        key = _serial(rows, "applications", rest.pop("id", UNDEFINED))
        kind = rest["type"]
        if kind not in details:
            raise SourceError(f"seed: an application of type {kind!r}")
        detail_field, detail_table = details[kind]
        applicant = rest.pop("applicantId", UNDEFINED)
        detail = rest.pop(detail_field)
        if not isinstance(detail, dict):
            raise SourceError(f"seed: application {key} without its {detail_field}")
        for other, _table in details.values():
            if rest.pop(other, UNDEFINED) is not UNDEFINED:
                raise SourceError(f"seed: application {key} has a {other} too")
        if kind != "NEW":  # a renewal or replacement is connected to its applicant
            rest["applicantId"] = applicant
        processing = rows.count("application_processing") + 1
        rows.add("application_processing", {"id": processing})
        rows.add("applications", {"id": key, **rest, "applicationProcessingId": processing})
        rows.add(detail_table, {"applicationId": key, **detail})

    for permit in seed("permits"):
        if "expiryDate" not in permit:
            permit = {**permit, "expiryDate": REFERENCE}
        rows.add("permits", permit)
    return rows


#: the order the rows go in, for the foreign keys
ORDER = [
    "employees",
    "physicians",
    "guardians",
    "medical_information",
    "applicants",
    "application_processing",
    "applications",
    "new_applications",
    "renewal_applications",
    "replacement_applications",
    "permits",
]


def script(read: Callable[[str], bytes]) -> str:
    """The six migrations as written, then the development seed's rows as INSERTs."""
    parts = []
    for path in MIGRATIONS:
        text = text_of(read(path))
        if re.search(r"(?i)\binsert\b", text):
            raise SourceError(f"{path}: rows in a migration")
        parts.append(text)
    created = re.findall(r'(?m)^CREATE TABLE "(\w+)"', "\n".join(parts))
    if sorted(created) != TABLES:
        raise SourceError(f"the migrations create {created}")
    fields = prisma_fields(text_of(read(SCHEMA)))
    if sorted(fields) != TABLES:
        raise SourceError(f"{SCHEMA}: models for {sorted(fields)}")
    rows = replay(read, fields)
    if sorted(set(rows.rows) - set(ORDER)):
        raise SourceError(f"seed: rows for {sorted(rows.rows)}")
    parts.extend(rows.inserts(ORDER))
    return "\n".join(parts) + "\n"
