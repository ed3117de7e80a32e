"""Held-out set awoltp: Microsoft's AdventureWorks OLTP sample database (the 2025 install
script), the 28 tables about people, employees, customers, stores and vendors that ship in files
under 4 MiB.

Employees (national id numbers, network logins, birth dates, marital status, gender, hire dates,
pay history), job candidates' résumés as XML, e-mail addresses, phone numbers and password hashes
and salts of the people of the database, one address table for customers, employees, stores and
vendors (street, city, postal code and a geography point), credit cards (type, number, expiry)
and the people holding them, customers, stores (a survey of the store as XML), vendors, sales
people with their quotas and bonuses, territories, product reviews with the reviewer's name and
e-mail address, and the small reference tables, all their rows, loaded into PostgreSQL. The
people table itself (``Person.Person``: names, titles, demographics) is not loaded: its file is
not in the stored mirror. The DDL of ``instawdb.sql`` is translated by hand (schemas dropped,
names lower case; ``nvarchar``/``nchar`` and the user types ``Name``, ``Phone`` and
``AccountNumber`` as ``varchar``, ``Flag`` as ``boolean``, ``money`` as ``numeric(19,4)``,
``uniqueidentifier`` as ``uuid``, ``XML`` as ``xml``, ``geography`` and ``hierarchyid`` as
``bytea``, the computed ``OrganizationLevel`` and ``AccountNumber`` as plain columns since the
files hold their values); primary keys kept, foreign keys, checks and defaults left out. Each
``MS_Description`` extended property of a loaded table or column becomes its comment. The files
are read as the script's ``BULK INSERT`` reads them: tab-separated lines, or fields ended by
``+|`` and rows by ``&|`` and a newline; an empty field is NULL.

    >>> tab_rows("1\\tA\\nit's\\ntwo\\tB\\n", 2)
    [['1', 'A'], ["it's\\ntwo", 'B']]
    >>> tab_rows("1\\tA\\tx\\n", 2)
    Traceback (most recent call last):
    ...
    sqlsource.SourceError: a tab-separated file with 1 fields left over, not rows of 2
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, pg_insert, pg_literal, text_of

REPO = "microsoft/sql-server-samples"
COMMIT = "481085dc95720244a359f1311afd6003e0bcc09c"
_DIR = "samples/databases/adventure-works/oltp-install-script"
FILES = (
    f"{_DIR}/instawdb.sql (DDL, translated; MS_Description properties as comments); Address, "
    "AddressType, BusinessEntity, BusinessEntityAddress, BusinessEntityContact, ContactType, "
    "CountryRegion, CreditCard, Customer, Department, EmailAddress, Employee, "
    "EmployeeDepartmentHistory, EmployeePayHistory, JobCandidate, Password, PersonCreditCard, "
    "PersonPhone, PhoneNumberType, ProductReview, SalesPerson, SalesPersonQuotaHistory, "
    "SalesTerritory, SalesTerritoryHistory, Shift, StateProvince, Store, Vendor .csv (all rows)"
)
LICENCE = "MIT (license.txt of the repository)"
ENGINE = "postgresql"

_ROWGUID = "rowguid uuid"
_MODIFIED = "modifieddate timestamp"

#: source table (schema.table) -> (columns in file order as "name type", primary key, "+|" file)
_TABLES: dict[str, tuple[tuple[str, ...], str, bool]] = {
    "Person.Address": (
        (
            "addressid integer",
            "addressline1 varchar(60)",
            "addressline2 varchar(60)",
            "city varchar(30)",
            "stateprovinceid integer",
            "postalcode varchar(15)",
            "spatiallocation bytea",
            _ROWGUID,
            _MODIFIED,
        ),
        "addressid",
        False,
    ),
    "Person.AddressType": (
        ("addresstypeid integer", "name varchar(50)", _ROWGUID, _MODIFIED),
        "addresstypeid",
        False,
    ),
    "Person.BusinessEntity": (
        ("businessentityid integer", _ROWGUID, _MODIFIED),
        "businessentityid",
        True,
    ),
    "Person.BusinessEntityAddress": (
        (
            "businessentityid integer",
            "addressid integer",
            "addresstypeid integer",
            _ROWGUID,
            _MODIFIED,
        ),
        "businessentityid, addressid, addresstypeid",
        True,
    ),
    "Person.BusinessEntityContact": (
        (
            "businessentityid integer",
            "personid integer",
            "contacttypeid integer",
            _ROWGUID,
            _MODIFIED,
        ),
        "businessentityid, personid, contacttypeid",
        True,
    ),
    "Person.ContactType": (
        ("contacttypeid integer", "name varchar(50)", _MODIFIED),
        "contacttypeid",
        False,
    ),
    "Person.CountryRegion": (
        ("countryregioncode varchar(3)", "name varchar(50)", _MODIFIED),
        "countryregioncode",
        False,
    ),
    "Sales.CreditCard": (
        (
            "creditcardid integer",
            "cardtype varchar(50)",
            "cardnumber varchar(25)",
            "expmonth smallint",
            "expyear smallint",
            _MODIFIED,
        ),
        "creditcardid",
        False,
    ),
    "Sales.Customer": (
        (
            "customerid integer",
            "personid integer",
            "storeid integer",
            "territoryid integer",
            "accountnumber varchar(10)",
            _ROWGUID,
            _MODIFIED,
        ),
        "customerid",
        False,
    ),
    "HumanResources.Department": (
        ("departmentid smallint", "name varchar(50)", "groupname varchar(50)", _MODIFIED),
        "departmentid",
        False,
    ),
    "Person.EmailAddress": (
        (
            "businessentityid integer",
            "emailaddressid integer",
            "emailaddress varchar(50)",
            _ROWGUID,
            _MODIFIED,
        ),
        "businessentityid, emailaddressid",
        True,
    ),
    "HumanResources.Employee": (
        (
            "businessentityid integer",
            "nationalidnumber varchar(15)",
            "loginid varchar(256)",
            "organizationnode bytea",
            "organizationlevel smallint",
            "jobtitle varchar(50)",
            "birthdate date",
            "maritalstatus char(1)",
            "gender char(1)",
            "hiredate date",
            "salariedflag boolean",
            "vacationhours smallint",
            "sickleavehours smallint",
            "currentflag boolean",
            _ROWGUID,
            _MODIFIED,
        ),
        "businessentityid",
        False,
    ),
    "HumanResources.EmployeeDepartmentHistory": (
        (
            "businessentityid integer",
            "departmentid smallint",
            "shiftid smallint",
            "startdate date",
            "enddate date",
            _MODIFIED,
        ),
        "businessentityid, startdate, departmentid, shiftid",
        False,
    ),
    "HumanResources.EmployeePayHistory": (
        (
            "businessentityid integer",
            "ratechangedate timestamp",
            "rate numeric(19,4)",
            "payfrequency smallint",
            _MODIFIED,
        ),
        "businessentityid, ratechangedate",
        False,
    ),
    "HumanResources.JobCandidate": (
        ("jobcandidateid integer", "businessentityid integer", "resume xml", _MODIFIED),
        "jobcandidateid",
        True,
    ),
    "Person.Password": (
        (
            "businessentityid integer",
            "passwordhash varchar(128)",
            "passwordsalt varchar(10)",
            _ROWGUID,
            _MODIFIED,
        ),
        "businessentityid",
        True,
    ),
    "Sales.PersonCreditCard": (
        ("businessentityid integer", "creditcardid integer", _MODIFIED),
        "businessentityid, creditcardid",
        False,
    ),
    "Person.PersonPhone": (
        (
            "businessentityid integer",
            "phonenumber varchar(25)",
            "phonenumbertypeid integer",
            _MODIFIED,
        ),
        "businessentityid, phonenumber, phonenumbertypeid",
        True,
    ),
    "Person.PhoneNumberType": (
        ("phonenumbertypeid integer", "name varchar(50)", _MODIFIED),
        "phonenumbertypeid",
        True,
    ),
    "Production.ProductReview": (
        (
            "productreviewid integer",
            "productid integer",
            "reviewername varchar(50)",
            "reviewdate timestamp",
            "emailaddress varchar(50)",
            "rating integer",
            "comments varchar(3850)",
            _MODIFIED,
        ),
        "productreviewid",
        False,
    ),
    "Sales.SalesPerson": (
        (
            "businessentityid integer",
            "territoryid integer",
            "salesquota numeric(19,4)",
            "bonus numeric(19,4)",
            "commissionpct numeric(10,4)",
            "salesytd numeric(19,4)",
            "saleslastyear numeric(19,4)",
            _ROWGUID,
            _MODIFIED,
        ),
        "businessentityid",
        False,
    ),
    "Sales.SalesPersonQuotaHistory": (
        (
            "businessentityid integer",
            "quotadate timestamp",
            "salesquota numeric(19,4)",
            _ROWGUID,
            _MODIFIED,
        ),
        "businessentityid, quotadate",
        False,
    ),
    "Sales.SalesTerritory": (
        (
            "territoryid integer",
            "name varchar(50)",
            "countryregioncode varchar(3)",
            '"group" varchar(50)',
            "salesytd numeric(19,4)",
            "saleslastyear numeric(19,4)",
            "costytd numeric(19,4)",
            "costlastyear numeric(19,4)",
            _ROWGUID,
            _MODIFIED,
        ),
        "territoryid",
        False,
    ),
    "Sales.SalesTerritoryHistory": (
        (
            "businessentityid integer",
            "territoryid integer",
            "startdate timestamp",
            "enddate timestamp",
            _ROWGUID,
            _MODIFIED,
        ),
        "businessentityid, startdate, territoryid",
        False,
    ),
    "HumanResources.Shift": (
        ("shiftid smallint", "name varchar(50)", "starttime time", "endtime time", _MODIFIED),
        "shiftid",
        False,
    ),
    "Person.StateProvince": (
        (
            "stateprovinceid integer",
            "stateprovincecode char(3)",
            "countryregioncode varchar(3)",
            "isonlystateprovinceflag boolean",
            "name varchar(50)",
            "territoryid integer",
            _ROWGUID,
            _MODIFIED,
        ),
        "stateprovinceid",
        False,
    ),
    "Sales.Store": (
        (
            "businessentityid integer",
            "name varchar(50)",
            "salespersonid integer",
            "demographics xml",
            _ROWGUID,
            _MODIFIED,
        ),
        "businessentityid",
        True,
    ),
    "Purchasing.Vendor": (
        (
            "businessentityid integer",
            "accountnumber varchar(15)",
            "name varchar(50)",
            "creditrating smallint",
            "preferredvendorstatus boolean",
            "activeflag boolean",
            "purchasingwebserviceurl varchar(1024)",
            _MODIFIED,
        ),
        "businessentityid",
        False,
    ),
}


def _name(definition: str) -> str:
    return definition.split()[0].strip('"')


def tab_rows(text: str, width: int) -> list[list[str]]:
    """Rows of a tab-separated file whose fields but the last may hold newlines: a row ends at
    the first newline of its ``width``-th field (as ``BULK INSERT`` reads ProductReview.csv)."""
    fields = text.split("\t")
    rows: list[list[str]] = []
    first, at = fields[0], 1  # a row's first field, then where its second is in ``fields``
    while at + width - 1 <= len(fields):
        last, sep, rest = fields[at + width - 2].partition("\n")
        rows.append([first, *fields[at : at + width - 2], last])
        at += width - 1
        if not sep:
            first = ""
            break
        first = rest
    left = [f for f in [first, *fields[at:]] if f.strip()]
    if left:
        raise SourceError(
            f"a tab-separated file with {len(left)} fields left over, not rows of {width}"
        )
    return rows


def plus_rows(text: str, width: int) -> list[list[str]]:
    """Rows of a file with fields ended by ``+|`` and rows by ``&|`` and a newline."""
    body = text.rstrip("\r\n")
    if not body.endswith("&|"):
        raise SourceError("a +| file whose last row does not end with &|")
    rows = [row.split("+|") for row in body[:-2].split("&|\n")]
    for row in rows:
        if len(row) != width:
            raise SourceError(f"a +| row of {len(row)} fields, expected {width}")
    return rows


def _literal(value: str, definition: str) -> str:
    if value == "":
        return "NULL"
    kind = definition.split()[1]
    if kind == "bytea":
        if not re.fullmatch(r"(?:[0-9A-Fa-f]{2})+", value):
            raise SourceError(f"not a hexadecimal value for {_name(definition)}")
        return f"'\\x{value}'::bytea"
    return pg_literal(value)


_PROPERTY = re.compile(
    r"EXECUTE \[sys\]\.\[sp_addextendedproperty\] N'MS_Description', N'((?:[^']|'')*)', "
    r"N'SCHEMA', \[(\w+)\], N'TABLE', \[(\w+)\], (?:N'COLUMN', \[(\w+)\]|NULL, NULL);"
)


def comments(ddl: str) -> list[str]:
    """COMMENT statements from the MS_Description properties of the loaded tables."""
    out = []
    for text, schema, table, column in _PROPERTY.findall(ddl):
        if f"{schema}.{table}" not in _TABLES:
            continue
        value = pg_literal(text.replace("''", "'"))
        if column:
            out.append(f"COMMENT ON COLUMN {table.lower()}.{column.lower()} IS {value};")
        else:
            out.append(f"COMMENT ON TABLE {table.lower()} IS {value};")
    if len(out) < len(_TABLES):
        raise SourceError(f"only {len(out)} descriptions of the loaded tables in instawdb.sql")
    return out


def script(read: Callable[[str], bytes]) -> str:
    """DDL, comments and rows of the AdventureWorks tables as one PostgreSQL script."""
    out = []
    for source, (columns, key, plus) in _TABLES.items():
        table = source.split(".")[1].lower()
        body = ",\n    ".join([*columns, f"PRIMARY KEY ({key})"])
        out.append(f"CREATE TABLE {table} (\n    {body}\n);")
        text = text_of(read(f"{_DIR}/{source.split('.')[1]}.csv")).lstrip("\ufeff")
        rows = plus_rows(text, len(columns)) if plus else tab_rows(text, len(columns))
        written = [[_literal(v, c) for v, c in zip(row, columns, strict=True)] for row in rows]
        out.extend(pg_insert(table, [f'"{_name(c)}"' for c in columns], written))
    out.extend(comments(text_of(read(f"{_DIR}/instawdb.sql"))))
    return "\n".join(out) + "\n"
