"""Held-out set dbsloyalty: the seed database of "DBS Loyalty", the back end of a bank's loyalty
and privilege programme for its priority-banking customers in Indonesia (DBS Bank Indonesia going
by the names: the Java package ``com.dbs.loyalty``, e-mail addresses at ``dbs.com``, promotions of
"DBS Treasures"): customers earn reward points and spend them on privilege products, point products
and TADA e-vouchers, see promotions, answer event invitations and their feedback forms, book
airport assistance (a lounge and a transfer for a departure or an arrival flight) and wellness
appointments (health check-ups at partner clinics), and register their loved ones; the bank's staff
run it through a maker-checker back office.

The application is a Spring Boot web application and REST API (Java, Spring Security with LDAP and
JWT logins, Spring Batch for a customer import, a Thymeleaf back office) written from February to
October 2019, 268 of its 269 commits by one developer, Ferry L. H. Its database is built by
Liquibase on MariaDB (the application's own target; an H2 variant for development):
``db.changelog-master.xml`` includes one changelog per table, then one per seed data set, all under
``src/main/resources/db/changelog/release-100``. Every table and column is named in English, with a
prefix per module: ``sec_`` (back-office users, roles, authorities, e-mail verification tokens),
``t_task`` (the maker-checker queue, old and new data as JSON), ``file_`` (images and PDF files,
and their pending versions), ``mst_`` (settings, countries, provinces, cities), ``cst_`` (customers
with the bank's customer number "CIF", account number, e-mail, first and last name, phone, customer
type, date of birth and bcrypt hash; their addresses, loved ones (name, date of birth, phone) and
reward points), ``ass_`` (airports, the airport-assistance allowance per customer, departures and
arrivals with the flight, phones, a guest's name and phone, passengers, luggage and the pick-up or
drop-off address), ``log_`` (logins with browser, device, user name and IP address; an audit of the
customers' API calls with the request, old and response JSON and the uploaded and replaced profile
pictures), ``prm_`` (promotions and their categories, the customers interested in one), ``evt_``
(events, invitations and answers, feedback forms, questions and answers), ``md_`` (medical
providers, cities, branches, health packages, the wellness allowance per customer, appointments)
and ``trx_`` (privilege products and orders, TADA orders with their items, payment, recipient
(name, e-mail, phone, address) and the TADA response, point products and orders with the customer's
name and account number). The Spring Batch job repository (nine ``batch_`` tables, from the Spring
Batch ``schema-mariadb.sql`` that one changelog runs) is part of it.

The seed rows are test data, 350 rows in all: 12 customers named ``Customer01`` to ``Customer12``
with e-mail addresses to match, all with the same phone number, birth date and bcrypt hash and the
same two addresses (an office building and a street in West Jakarta), each with a profile picture
(one placeholder picture); 2 loved ones of the first customer, 12 reward-point grants, a departure
and an arrival of the first customer, 3 airport-assistance and 3 wellness allowances and one
appointment; 17 back-office users (user names such as ``admin01`` or ``checker02``: 12 internal
ones, who log in by LDAP and have no hash, and 5 external ones sharing one bcrypt hash) with 4
roles and 49 authorities; 5 promotions (in Indonesian, with pictures and terms) in 3 categories, 2
events with a picture and an invitation PDF each, 2 feedback forms with 8 questions, 2 medical
providers with 3 cities, 10 branches and 2 health packages, 5 airports, a privilege product and 4
point products with pictures, 2 settings, 3 countries, 13 provinces and 32 cities, and the starting
row of each of the three Spring Batch sequence tables. The login and audit logs, the task queue,
the pending files, the verification tokens, the invitation and feedback answers, the promotion
interests, all orders and the other Spring Batch tables are empty.

Translation, in this module: the changelogs are read in the master's order and each change is
written as MariaDB SQL in that order: ``createTable`` as ``CREATE TABLE`` (Liquibase's
``timestamp`` as ``DATETIME``, ``clob`` and the ``text.type`` property as ``LONGTEXT``, the
``file.type`` property as ``MEDIUMBLOB``, ``Integer`` as ``INT``; ``nullable="false"`` and default
values kept), ``addPrimaryKey``, ``addUniqueConstraint``, ``addForeignKeyConstraint`` and
``createIndex`` as ``ALTER TABLE`` or ``CREATE INDEX``, each ``insert`` as an ``INSERT`` (the
changelog properties ``${...}`` substituted as Liquibase does, the first definition for MariaDB
winning, an undefined one left as written; ``valueComputed="CURRENT_TIMESTAMP"`` as the time of
loading; ``valueDate`` as a date, time or date and time; ``valueBlobFile`` as the file's bytes, or
its UTF-8 text in a text column), and each ``sqlFile`` (countries, provinces, cities and the Spring
Batch schema) as its statements, the Spring Batch ones in lower case. Tables and columns are lower
case. The module refuses any other kind of change, attribute or column type, and checks the list of
tables.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable

from sqlitesource import literal
from sqlsource import SourceError, text_of

REPO = "ferrylinton/dbs-loyalty"
COMMIT = "99433a4449bf8cf12b1a9a1305e8dc352abaf90a"
FILES = (
    "src/main/resources/db/changelog/db.changelog-master.xml and the changelogs, SQL files, "
    "pictures, PDF and text files it includes under release-100/ (the Liquibase changelogs, "
    "2019, of DBS Loyalty, a Spring Boot back end of a bank's loyalty and privilege programme "
    "for priority-banking customers in Indonesia: customers with CIF and account numbers, "
    "e-mail, names, phone, birth date and bcrypt hash, their addresses, loved ones and reward "
    "points, airport-assistance departures and arrivals, wellness appointments, promotions, "
    "events and feedback, privilege, TADA and point orders, back-office users, login and audit "
    "logs, the maker-checker task queue and the Spring Batch tables; all 56 tables, all seed "
    "rows)"
)
LICENCE = "none stated (no licence file; one developer's project for a bank)"
ENGINE = "mysql"

_NS = "{http://www.liquibase.org/xml/ns/dbchangelog}"
_BASE = "src/main/resources/db/changelog/"
_MASTER = _BASE + "db.changelog-master.xml"
_DBMS = "mariadb"

TABLES = sorted(
    [
        "ass_airport",
        "ass_airport_assistance",
        "ass_arrival",
        "ass_departure",
        "batch_job_execution",
        "batch_job_execution_context",
        "batch_job_execution_params",
        "batch_job_execution_seq",
        "batch_job_instance",
        "batch_job_seq",
        "batch_step_execution",
        "batch_step_execution_context",
        "batch_step_execution_seq",
        "cst_address",
        "cst_customer",
        "cst_loved_one",
        "cst_reward",
        "evt_event",
        "evt_event_customer",
        "evt_feedback",
        "evt_feedback_answer",
        "evt_feedback_customer",
        "evt_feedback_question",
        "file_image",
        "file_image_task",
        "file_pdf",
        "file_pdf_task",
        "log_audit_customer",
        "log_login",
        "md_appointment",
        "md_health_package",
        "md_medical_branch",
        "md_medical_city",
        "md_medical_provider",
        "md_wellness",
        "mst_city",
        "mst_country",
        "mst_province",
        "mst_setting",
        "prm_promo",
        "prm_promo_category",
        "prm_promo_customer",
        "sec_authority",
        "sec_role",
        "sec_role_authority",
        "sec_user",
        "sec_verification_token",
        "t_task",
        "trx_order",
        "trx_priviledge_order",
        "trx_priviledge_product",
        "trx_product",
        "trx_tada_item",
        "trx_tada_order",
        "trx_tada_payment",
        "trx_tada_recipient",
    ]
)

#: Liquibase column types (after property substitution) -> MariaDB
_TYPES = {
    "timestamp": "DATETIME",
    "date": "DATE",
    "time": "TIME",
    "boolean": "BOOLEAN",
    "int": "INT",
    "integer": "INT",
    "tinyint": "TINYINT",
    "text": "TEXT",
    "longtext": "LONGTEXT",
    "clob": "LONGTEXT",
    "mediumblob": "MEDIUMBLOB",
    "bit(1)": "BIT(1)",
}
_TEXT_TYPES = ("VARCHAR", "TEXT", "LONGTEXT")
_PROPERTY = re.compile(r"\$\{([\w.]+)\}")


def _tag(element: ET.Element) -> str:
    return element.tag.removeprefix(_NS)


def _column_type(raw: str) -> str:
    if m := re.fullmatch(r"VARCHAR\((\d+)\)", raw, re.IGNORECASE):
        return f"VARCHAR({m.group(1)})"
    try:
        return _TYPES[raw.lower()]
    except KeyError:
        raise SourceError(f"column type {raw!r} is not known here") from None


def _only(element: ET.Element, allowed: set[str]) -> None:
    extra = set(element.attrib) - allowed
    if extra:
        raise SourceError(f"<{_tag(element)}> has attributes {sorted(extra)} not read here")


class _Changelog:
    """The SQL of the changelogs, in order; ``types`` gives each table's column types."""

    def __init__(self, read: Callable[[str], bytes]) -> None:
        self.read = read
        self.properties: dict[str, str] = {}
        self.types: dict[str, dict[str, str]] = {}
        self.out: list[str] = []

    def sub(self, text: str) -> str:
        def one(m: re.Match[str]) -> str:  # an undefined one stays as written, as in Liquibase
            return self.properties.get(m.group(1), m.group(0))

        return _PROPERTY.sub(one, text)

    def run(self) -> str:
        master = ET.fromstring(self.read(_MASTER))
        for child in master:
            if _tag(child) != "include":
                raise SourceError(f"the master changelog has a <{_tag(child)}>")
            _only(child, {"file", "relativeToChangelogFile"})
            if child.get("relativeToChangelogFile") != "true":
                raise SourceError(f"{child.get('file')} is not relative to the master")
            self.changelog(_BASE + child.get("file", ""))
        return "\n".join(self.out) + "\n"

    def changelog(self, path: str) -> None:
        folder = path.rsplit("/", 1)[0] + "/"
        root = ET.fromstring(self.read(path))
        for child in root:
            tag = _tag(child)
            if tag == "property":
                _only(child, {"name", "value", "dbms"})
                dbms = child.get("dbms")
                if dbms is None or _DBMS in dbms.split(","):
                    self.properties.setdefault(child.get("name", ""), child.get("value", ""))
            elif tag == "preConditions":
                continue  # h2, mysql or mariadb
            elif tag == "changeSet":
                _only(child, {"author", "id"})
                for change in child:
                    self.change(change, folder)
            else:
                raise SourceError(f"{path}: <{tag}> is not read here")

    def change(self, el: ET.Element, folder: str) -> None:
        tag = _tag(el)
        table = el.get("tableName", "").lower()
        if tag == "createTable":
            _only(el, {"tableName"})
            cols, types = [], {}
            for col in el:
                if _tag(col) != "column":
                    raise SourceError(f"{table}: <{_tag(col)}> in createTable")
                _only(col, {"name", "type", "defaultValue", "defaultValueBoolean"})
                name = col.get("name", "").lower()
                kind = _column_type(self.sub(col.get("type", "")))
                types[name] = kind
                sql = f"`{name}` {kind}"
                for cons in col:
                    if _tag(cons) != "constraints" or dict(cons.attrib) != {"nullable": "false"}:
                        raise SourceError(f"{table}.{name}: constraints {cons.attrib}")
                    sql += " NOT NULL"
                if (value := col.get("defaultValue")) is not None:
                    sql += f" DEFAULT {literal(value, 'mysql')}"
                if (flag := col.get("defaultValueBoolean")) is not None:
                    sql += f" DEFAULT {flag.upper()}"
                cols.append(sql)
            self.types[table] = types
            self.out.append(
                f"CREATE TABLE `{table}` (\n  "
                + ",\n  ".join(cols)
                + "\n) DEFAULT CHARSET=utf8mb4;"
            )
        elif tag == "addPrimaryKey":
            _only(el, {"tableName", "columnNames", "constraintName"})
            self.out.append(f"ALTER TABLE `{table}` ADD PRIMARY KEY ({self.names(el)});")
        elif tag == "addUniqueConstraint":
            _only(el, {"tableName", "columnNames", "constraintName"})
            name = el.get("constraintName", "").lower()
            self.out.append(
                f"ALTER TABLE `{table}` ADD CONSTRAINT `{name}` UNIQUE ({self.names(el)});"
            )
        elif tag == "addForeignKeyConstraint":
            _only(
                el,
                {
                    "baseTableName",
                    "baseColumnNames",
                    "constraintName",
                    "referencedTableName",
                    "referencedColumnNames",
                    "deferrable",
                    "initiallyDeferred",
                    "onDelete",
                    "onUpdate",
                },
            )
            for attr, allowed in (
                ("deferrable", "false"),
                ("initiallyDeferred", "false"),
                ("onDelete", "NO ACTION"),
                ("onUpdate", "NO ACTION"),
            ):
                if el.get(attr, allowed) != allowed:
                    raise SourceError(f"foreign key {el.get('constraintName')}: {attr}")
            base = el.get("baseTableName", "").lower()
            ref = el.get("referencedTableName", "").lower()
            cols = ", ".join(
                f"`{c.strip().lower()}`" for c in el.get("baseColumnNames", "").split(",")
            )
            refs = ", ".join(
                f"`{c.strip().lower()}`" for c in el.get("referencedColumnNames", "").split(",")
            )
            name = el.get("constraintName", "").lower()
            self.out.append(
                f"ALTER TABLE `{base}` ADD CONSTRAINT `{name}` FOREIGN KEY ({cols}) "
                f"REFERENCES `{ref}` ({refs});"
            )
        elif tag == "createIndex":
            _only(el, {"tableName", "indexName"})
            cols = []
            for col in el:
                if _tag(col) != "column":
                    raise SourceError(f"{table}: <{_tag(col)}> in createIndex")
                _only(col, {"name"})
                cols.append(f"`{col.get('name', '').lower()}`")
            name = el.get("indexName", "").lower()
            self.out.append(f"CREATE INDEX `{name}` ON `{table}` ({', '.join(cols)});")
        elif tag == "insert":
            _only(el, {"tableName"})
            self.insert(el, table, folder)
        elif tag == "sqlFile":
            expected = {
                "endDelimiter": ";",
                "relativeToChangelogFile": "true",
                "splitStatements": "true",
                "stripComments": "true",
            }
            if {k: v for k, v in el.attrib.items() if k != "path"} != expected:
                raise SourceError(f"sqlFile {el.get('path')}: {el.attrib}")
            path = folder + self.sub(el.get("path", ""))
            text = text_of(self.read(path)).lstrip("\ufeff").replace("\r\n", "\n")
            if path.endswith("/schema-mariadb.sql"):  # Spring Batch's: names in upper case
                if any(q != q.lower() for q in re.findall(r"'[^']*'", text)):
                    raise SourceError(f"{path}: a string literal would be lower-cased")
                text = text.lower()
            for statement in text.split(";"):
                if statement.strip() and re.sub(r"--[^\n]*", "", statement).strip():
                    self.out.append(statement.strip() + ";")
        else:
            raise SourceError(f"<{tag}> is not read here")

    @staticmethod
    def names(el: ET.Element) -> str:
        return ", ".join(f"`{c.strip().lower()}`" for c in el.get("columnNames", "").split(","))

    def insert(self, el: ET.Element, table: str, folder: str) -> None:
        types = self.types.get(table)
        if types is None:
            raise SourceError(f"insert into {table} before it is created")
        names, values = [], []
        for col in el:
            if _tag(col) != "column" or len(col.attrib) != 2:
                raise SourceError(f"{table}: insert column {col.attrib}")
            name = col.get("name", "").lower()
            if name not in types:
                raise SourceError(f"{table} has no column {name}")
            (kind, raw), *_ = ((k, v) for k, v in col.attrib.items() if k != "name")
            names.append(f"`{name}`")
            values.append(self.value(kind, raw, types[name], folder, table, name))
        self.out.append(f"INSERT INTO `{table}` ({', '.join(names)}) VALUES ({', '.join(values)});")

    def value(
        self, kind: str, raw: str, column_type: str, folder: str, table: str, name: str
    ) -> str:
        if kind == "value":
            return literal(self.sub(raw), "mysql")
        if kind == "valueNumeric":
            if not re.fullmatch(r"-?\d+(\.\d+)?", raw):
                raise SourceError(f"{table}.{name}: number {raw!r}")
            return raw
        if kind == "valueBoolean":
            if raw not in ("true", "false"):
                raise SourceError(f"{table}.{name}: boolean {raw!r}")
            return raw.upper()
        if kind == "valueDate":
            if re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d)?|\d\d:\d\d:\d\d", raw):
                return literal(raw.replace("T", " "), "mysql")
            raise SourceError(f"{table}.{name}: date {raw!r}")
        if kind == "valueComputed":
            if raw != "CURRENT_TIMESTAMP":
                raise SourceError(f"{table}.{name}: computed {raw!r}")
            return "CURRENT_TIMESTAMP"
        if kind == "valueBlobFile":
            data = self.read(folder + self.sub(raw))
            if column_type.startswith(_TEXT_TYPES):
                return literal(data.decode("utf-8").lstrip("\ufeff"), "mysql")
            return literal(data, "mysql")
        raise SourceError(f"{table}.{name}: {kind} is not read here")


def script(read: Callable[[str], bytes]) -> str:
    """The changelogs' DDL and seed rows as one MariaDB script."""
    sql = _Changelog(read).run()
    created = sorted(
        t.lower()
        for t in re.findall(r"^create table (?:if not exists )?`?(\w+)`?", sql, re.M | re.I)
    )
    if created != TABLES:
        raise SourceError(f"expected the tables {' '.join(TABLES)}, found {' '.join(created)}")
    return sql
