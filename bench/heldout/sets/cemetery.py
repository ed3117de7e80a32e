"""Held-out set cemetery: the database of CemeterySystem, an ASP.NET Web Forms application (C#,
Entity Framework 6 code-first migrations, SQL Server) for the administration of a Polish cemetery,
written from February to June 2018 by a team of four (the repository's commits are by Mateusz
Nowacki, Rafał Gubała (also as gubi95), Michal Magiera and Oskar Speruda; issue keys ``CSA-nn``;
its pages and enum descriptions are in Polish).

``CemeterySystem/DB-init-script.sql`` (one commit, 8a38a34 of 19 April 2018, "New DB init script",
unchanged since) is a T-SQL script that fills the database the migrations create, with generated
(Mockaroo-style) test rows: addresses (70: street, house and flat number, town from all over the
world, phone; 20 are family members', 15 funeral companies', 35 unreferenced), payment classes of
graves (5: name, price, Polish description), cemetery staff (20: first and last name, position,
PESEL), burial places (30: field and grave number, type and status codes, payment date,
description), burial place bookers (8: name, birth date, gender code, PESEL, the booked place),
funeral companies (15: name, licence number, address), funerals (20: date, company, staff member in
charge), family members (20: name, relationship to the deceased, phone, address) and deceased
persons (20: name, PESEL, gender code, burial place, funeral, family member). Every key is
``NEWID()``; every foreign key is a sub-select on another table's phone number, licence number,
PESEL, grave number, price or funeral date.

The schema is not in SQL in the repository: it is written out here, for MariaDB, from the Up()
methods of the 22 migrations in ``CemeterySystem/Migrations/`` as applied in order at this commit
(``201803092106140_Init_Migration`` .. ``201806061802256_zmiana2_back``): the ASP.NET Identity
tables (``AspNetRoles``, ``AspNetUserRoles``, ``AspNetUsers`` with the added ``FamilyMemberID`` and
``IsDeleted``, ``AspNetUserClaims``, ``AspNetUserLogins``) and the application's tables, with the
columns added later (``Addresses.PostCode`` and ``Email``, the ``IsDeleted`` flags,
``BurialPlaces.PaymentClassID`` in place of ``PaymentClass``, ``DeadPersons.FamilyMemberID`` in
place of ``FamilyMembers.DeadPersonID``, ``BurialPlaceBookers.FamilyMemberID``,
``PaymentClasses.ExtraDaysForPaymentMade``, the ``BookedServices`` and ``Services`` tables). SQL
Server's types as EF6 maps them: ``uniqueidentifier`` as MariaDB's ``UUID``, ``nvarchar(max)`` as
``LONGTEXT``, ``nvarchar(n)`` as ``VARCHAR(n)``, ``bit`` as ``BOOLEAN``, ``datetime`` and ``date``
as ``DATETIME`` and ``DATE``, ``decimal(18,2)`` as ``DECIMAL(18,2)``; a non-null column added to an
existing table gets the default EF6 gives it (``''``, ``0``, the empty GUID, or the migration's own
default). Foreign keys as the migrations leave them (cascading where they say so). Not created:
EF's ``__MigrationHistory``. The Identity tables stay empty: the application creates its roles and
three dummy users at start-up (``Global.asax.cs``), with password hashes made at run time, which
are not data of the repository.

The rows are the script's, as written: its ``use CemeterySystemDB;`` and byte-order mark are
dropped, the SQL outside string literals is lower-cased (so ``ADDRESSES`` and ``Addresses`` are one
table, as in SQL Server's case-insensitive collation), and each ``NEWID()`` becomes a fixed UUID
(version 5, from its position in the script) so that every load gives the same keys. The values the
script writes as numbers into string columns (PESEL, field and grave numbers) and its
``'yyyy.mm.dd'`` and ``'yyyy-mm-dd'`` dates are converted by MariaDB as SQL Server converts them.
Each foreign key sub-select ``(select X from T where ...)`` becomes ``(select min(X) from T where
...)``: the same key where one row matches, as in all but two statements; in two of the 20 deceased
persons' statements the funeral's sub-select (by date) matches two funerals held on the same day,
which SQL Server rejects (error 512: the statement fails and the script goes on without that row),
and the set keeps those two rows, both pointing at the funeral with the smaller key.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "mnowacki07/CemeterySystem"
COMMIT = "72a950f44c32d55de250d127b50abc209c8b2107"
FILES = (
    "CemeterySystem/DB-init-script.sql (the T-SQL script of the application's test rows; all "
    "rows) and the schema of CemeterySystem/Migrations/*.cs (the 22 Entity Framework 6 "
    "migrations, written out as MariaDB DDL in the module)"
)
LICENCE = "none stated (the repository has no licence file)"
ENGINE = "mysql"

_FILE = "CemeterySystem/DB-init-script.sql"
_EMPTY_GUID = "00000000-0000-0000-0000-000000000000"

_DDL = f"""\
CREATE TABLE aspnetroles (
    id VARCHAR(128) NOT NULL PRIMARY KEY,
    name VARCHAR(256) NOT NULL,
    UNIQUE KEY rolenameindex (name));
CREATE TABLE addresses (
    customaddressid UUID NOT NULL PRIMARY KEY,
    street LONGTEXT NOT NULL,
    housenumber LONGTEXT NOT NULL,
    flatnumber LONGTEXT,
    town LONGTEXT NOT NULL,
    phonenumber LONGTEXT,
    postcode LONGTEXT NOT NULL DEFAULT '',
    email LONGTEXT);
CREATE TABLE paymentclasses (
    paymentclassid UUID NOT NULL PRIMARY KEY,
    name LONGTEXT NOT NULL,
    price DECIMAL(18, 2) NOT NULL,
    description LONGTEXT,
    isdeleted BOOLEAN NOT NULL DEFAULT 0,
    extradaysforpaymentmade INT NOT NULL DEFAULT 1460);
CREATE TABLE burialplaces (
    burialplaceid UUID NOT NULL PRIMARY KEY,
    fieldnumber LONGTEXT NOT NULL,
    gravenumber LONGTEXT,
    type INT NOT NULL,
    paymentdate DATE,
    description LONGTEXT,
    status INT NOT NULL,
    paymentclassid UUID NOT NULL DEFAULT '{_EMPTY_GUID}',
    isdeleted BOOLEAN NOT NULL DEFAULT 0,
    FOREIGN KEY (paymentclassid) REFERENCES paymentclasses (paymentclassid) ON DELETE CASCADE);
CREATE TABLE cemeterystaffpersons (
    cemeterystaffpersonid UUID NOT NULL PRIMARY KEY,
    firstname LONGTEXT NOT NULL,
    lastname LONGTEXT NOT NULL,
    position LONGTEXT NOT NULL,
    pesel LONGTEXT NOT NULL,
    isdeleted BOOLEAN NOT NULL DEFAULT 0);
CREATE TABLE funeralcompanies (
    funeralcompanyid UUID NOT NULL PRIMARY KEY,
    name LONGTEXT NOT NULL,
    licensenumber LONGTEXT NOT NULL,
    addressid UUID NOT NULL,
    isdeleted BOOLEAN NOT NULL DEFAULT 0,
    FOREIGN KEY (addressid) REFERENCES addresses (customaddressid) ON DELETE CASCADE);
CREATE TABLE funerals (
    funeralid UUID NOT NULL PRIMARY KEY,
    funeraldate DATE NOT NULL,
    funeralcompanyid UUID NOT NULL,
    cemeterystaffpersonid UUID NOT NULL,
    isdeleted BOOLEAN NOT NULL DEFAULT 0,
    FOREIGN KEY (cemeterystaffpersonid)
        REFERENCES cemeterystaffpersons (cemeterystaffpersonid) ON DELETE CASCADE,
    FOREIGN KEY (funeralcompanyid)
        REFERENCES funeralcompanies (funeralcompanyid) ON DELETE CASCADE);
CREATE TABLE familymembers (
    familymemberid UUID NOT NULL PRIMARY KEY,
    firstname LONGTEXT NOT NULL,
    lastname LONGTEXT NOT NULL,
    relationship LONGTEXT NOT NULL,
    phonenumber LONGTEXT,
    addressid UUID NOT NULL,
    FOREIGN KEY (addressid) REFERENCES addresses (customaddressid) ON DELETE CASCADE);
CREATE TABLE deadpersons (
    deadpersonid UUID NOT NULL PRIMARY KEY,
    firstname LONGTEXT NOT NULL,
    lastname LONGTEXT NOT NULL,
    pesel LONGTEXT,
    gender INT NOT NULL,
    burialplaceid UUID NOT NULL,
    funeralid UUID NOT NULL,
    familymemberid UUID,
    isdeleted BOOLEAN NOT NULL DEFAULT 0,
    FOREIGN KEY (burialplaceid) REFERENCES burialplaces (burialplaceid) ON DELETE CASCADE,
    FOREIGN KEY (funeralid) REFERENCES funerals (funeralid) ON DELETE CASCADE,
    FOREIGN KEY (familymemberid) REFERENCES familymembers (familymemberid));
CREATE TABLE burialplacebookers (
    burialplacebookerid UUID NOT NULL PRIMARY KEY,
    firstname LONGTEXT,
    lastname LONGTEXT,
    birthdate DATE,
    gender INT,
    pesel LONGTEXT,
    burialplaceid UUID NOT NULL,
    familymemberid UUID,
    FOREIGN KEY (burialplaceid) REFERENCES burialplaces (burialplaceid) ON DELETE CASCADE,
    FOREIGN KEY (familymemberid) REFERENCES familymembers (familymemberid));
CREATE TABLE aspnetusers (
    id VARCHAR(128) NOT NULL PRIMARY KEY,
    email VARCHAR(256),
    emailconfirmed BOOLEAN NOT NULL,
    passwordhash LONGTEXT,
    securitystamp LONGTEXT,
    phonenumber LONGTEXT,
    phonenumberconfirmed BOOLEAN NOT NULL,
    twofactorenabled BOOLEAN NOT NULL,
    lockoutenddateutc DATETIME,
    lockoutenabled BOOLEAN NOT NULL,
    accessfailedcount INT NOT NULL,
    username VARCHAR(256) NOT NULL,
    familymemberid UUID,
    isdeleted BOOLEAN NOT NULL DEFAULT 0,
    UNIQUE KEY usernameindex (username),
    FOREIGN KEY (familymemberid) REFERENCES familymembers (familymemberid));
CREATE TABLE aspnetuserroles (
    userid VARCHAR(128) NOT NULL,
    roleid VARCHAR(128) NOT NULL,
    PRIMARY KEY (userid, roleid),
    FOREIGN KEY (roleid) REFERENCES aspnetroles (id) ON DELETE CASCADE,
    FOREIGN KEY (userid) REFERENCES aspnetusers (id) ON DELETE CASCADE);
CREATE TABLE aspnetuserclaims (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    userid VARCHAR(128) NOT NULL,
    claimtype LONGTEXT,
    claimvalue LONGTEXT,
    FOREIGN KEY (userid) REFERENCES aspnetusers (id) ON DELETE CASCADE);
CREATE TABLE aspnetuserlogins (
    loginprovider VARCHAR(128) NOT NULL,
    providerkey VARCHAR(128) NOT NULL,
    userid VARCHAR(128) NOT NULL,
    PRIMARY KEY (loginprovider, providerkey, userid),
    FOREIGN KEY (userid) REFERENCES aspnetusers (id) ON DELETE CASCADE);
CREATE TABLE bookedservices (
    bookedserviceid UUID NOT NULL PRIMARY KEY,
    name LONGTEXT NOT NULL,
    description LONGTEXT,
    pricegross DECIMAL(18, 2) NOT NULL,
    ispaid BOOLEAN NOT NULL,
    isfinished BOOLEAN NOT NULL,
    burialplaceid UUID NOT NULL,
    familymemberid UUID NOT NULL,
    creationdatetime DATETIME NOT NULL DEFAULT '1900-01-01 00:00:00',
    FOREIGN KEY (burialplaceid) REFERENCES burialplaces (burialplaceid) ON DELETE CASCADE,
    FOREIGN KEY (familymemberid) REFERENCES familymembers (familymemberid) ON DELETE CASCADE);
CREATE TABLE services (
    serviceid UUID NOT NULL PRIMARY KEY,
    name LONGTEXT NOT NULL,
    description LONGTEXT,
    pricegross DECIMAL(18, 2) NOT NULL);"""

_EXPECTED = {
    "addresses": 70,
    "paymentclasses": 5,
    "cemeterystaffpersons": 20,
    "burialplaces": 30,
    "burialplacebookers": 8,
    "funeralcompanies": 15,
    "funerals": 20,
    "familymembers": 20,
    "deadpersons": 20,
}
_LITERAL = re.compile(r"('(?:[^']|'')*')")
_INSERT = re.compile(r"\binsert\s+into\s+(\w+)\s*\(")
_NEWID = re.compile(r"\bnewid\(\)")
_SUBSELECT = re.compile(r"\(\s*select\s+(\w+)\s+from\b")
_NS = uuid.uuid5(uuid.NAMESPACE_URL, f"https://github.com/{REPO}/blob/{COMMIT}/{_FILE}")


def script(read: Callable[[str], bytes]) -> str:
    """The migrations' tables (MariaDB DDL) and the init script's rows, as written."""
    text = text_of(read(_FILE)).lstrip("\ufeff").replace("\r\n", "\n")
    text = re.sub(r"^\s*use\s+CemeterySystemDB\s*;\s*$", "", text, count=1, flags=re.M | re.I)
    # lower-case everything outside the string literals (the odd parts of the split)
    parts = _LITERAL.split(text)
    parts[::2] = [p.lower() for p in parts[::2]]
    counter = iter(range(1, 10_000))
    parts[::2] = [
        _NEWID.sub(lambda _m: f"'{uuid.uuid5(_NS, str(next(counter)))}'", p) for p in parts[::2]
    ]
    parts[::2] = [_SUBSELECT.sub(r"(select min(\1) from", p) for p in parts[::2]]
    body = "".join(parts).strip()
    counts = dict.fromkeys(_EXPECTED, 0)
    for m in _INSERT.finditer(body):
        if m.group(1) not in counts:
            raise SourceError(f"rows for a table this set does not fill: {m.group(1)}")
        counts[m.group(1)] += 1
    if counts != _EXPECTED:
        raise SourceError(f"DB-init-script.sql changed: {counts}")
    return _DDL + "\n" + body + "\n"
