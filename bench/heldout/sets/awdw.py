"""Held-out set awdw: Microsoft's AdventureWorksDW sample data warehouse, sixteen of its tables.

The prospective buyers (people), the resellers (businesses with phone and address), geography
(cities, postal codes, an IP address locator per city), sales territories (with flag images),
call-centre, survey and quota facts and the small reference dimensions, loaded into MariaDB with
the DDL of ``instawdbdw.sql`` translated by hand (``nvarchar`` as ``VARCHAR``, ``money`` as
``DECIMAL(19,4)``, ``varbinary(max)`` as ``LONGBLOB``; primary keys kept, foreign keys to the
tables not loaded dropped). Table names are lower case, column names as in the source. Not loaded:
DimCustomer, DimEmployee, DimProduct and the large facts (their files are not in the stored
mirror), DimDate, the finance and currency-rate facts, DatabaseLog and sysdiagrams.
"""

from __future__ import annotations

from collections.abc import Callable

REPO = "microsoft/sql-server-samples"
COMMIT = "481085dc95720244a359f1311afd6003e0bcc09c"
_DIR = "samples/databases/adventure-works/data-warehouse-install-script"
FILES = (
    f"{_DIR}/instawdbdw.sql (schema); ProspectiveBuyer, DimReseller, DimGeography, "
    "DimSalesTerritory, FactSurveyResponse, FactCallCenter, DimPromotion, DimOrganization, "
    "DimDepartmentGroup, DimCurrency, DimAccount, DimProductCategory, DimProductSubcategory, "
    "DimSalesReason, DimScenario, FactSalesQuota .csv (all rows)"
)
LICENCE = "MIT (LICENSE of the repository)"
ENGINE = "mysql"

# source table -> columns in file order as "Name TYPE"; the first column is the primary key
_TABLES: dict[str, tuple[str, ...]] = {
    "ProspectiveBuyer": (
        "ProspectiveBuyerKey INT NOT NULL",
        "ProspectAlternateKey VARCHAR(15)",
        "FirstName VARCHAR(50)",
        "MiddleName VARCHAR(50)",
        "LastName VARCHAR(50)",
        "BirthDate DATETIME",
        "MaritalStatus CHAR(1)",
        "Gender VARCHAR(1)",
        "EmailAddress VARCHAR(50)",
        "YearlyIncome DECIMAL(19,4)",
        "TotalChildren TINYINT UNSIGNED",
        "NumberChildrenAtHome TINYINT UNSIGNED",
        "Education VARCHAR(40)",
        "Occupation VARCHAR(100)",
        "HouseOwnerFlag CHAR(1)",
        "NumberCarsOwned TINYINT UNSIGNED",
        "AddressLine1 VARCHAR(120)",
        "AddressLine2 VARCHAR(120)",
        "City VARCHAR(30)",
        "StateProvinceCode VARCHAR(3)",
        "PostalCode VARCHAR(15)",
        "Phone VARCHAR(20)",
        "Salutation VARCHAR(8)",
        "`Unknown` INT",
    ),
    "DimReseller": (
        "ResellerKey INT NOT NULL",
        "GeographyKey INT",
        "ResellerAlternateKey VARCHAR(15)",
        "Phone VARCHAR(25)",
        "BusinessType VARCHAR(20) NOT NULL",
        "ResellerName VARCHAR(50) NOT NULL",
        "NumberEmployees INT",
        "OrderFrequency CHAR(1)",
        "OrderMonth TINYINT UNSIGNED",
        "FirstOrderYear INT",
        "LastOrderYear INT",
        "ProductLine VARCHAR(50)",
        "AddressLine1 VARCHAR(60)",
        "AddressLine2 VARCHAR(60)",
        "AnnualSales DECIMAL(19,4)",
        "BankName VARCHAR(50)",
        "MinPaymentType TINYINT UNSIGNED",
        "MinPaymentAmount DECIMAL(19,4)",
        "AnnualRevenue DECIMAL(19,4)",
        "YearOpened INT",
    ),
    "DimGeography": (
        "GeographyKey INT NOT NULL",
        "City VARCHAR(30)",
        "StateProvinceCode VARCHAR(3)",
        "StateProvinceName VARCHAR(50)",
        "CountryRegionCode VARCHAR(3)",
        "EnglishCountryRegionName VARCHAR(50)",
        "SpanishCountryRegionName VARCHAR(50)",
        "FrenchCountryRegionName VARCHAR(50)",
        "PostalCode VARCHAR(15)",
        "SalesTerritoryKey INT",
        "IpAddressLocator VARCHAR(15)",
    ),
    "DimSalesTerritory": (
        "SalesTerritoryKey INT NOT NULL",
        "SalesTerritoryAlternateKey INT",
        "SalesTerritoryRegion VARCHAR(50) NOT NULL",
        "SalesTerritoryCountry VARCHAR(50) NOT NULL",
        "SalesTerritoryGroup VARCHAR(50)",
        "SalesTerritoryImage LONGBLOB",
    ),
    "FactSurveyResponse": (
        "SurveyResponseKey INT NOT NULL",
        "DateKey INT NOT NULL",
        "CustomerKey INT NOT NULL",
        "ProductCategoryKey INT NOT NULL",
        "EnglishProductCategoryName VARCHAR(50) NOT NULL",
        "ProductSubcategoryKey INT NOT NULL",
        "EnglishProductSubcategoryName VARCHAR(50) NOT NULL",
        "`Date` DATETIME",
    ),
    "FactCallCenter": (
        "FactCallCenterID INT NOT NULL",
        "DateKey INT NOT NULL",
        "WageType VARCHAR(15) NOT NULL",
        "Shift VARCHAR(20) NOT NULL",
        "LevelOneOperators SMALLINT NOT NULL",
        "LevelTwoOperators SMALLINT NOT NULL",
        "TotalOperators SMALLINT NOT NULL",
        "Calls INT NOT NULL",
        "AutomaticResponses INT NOT NULL",
        "Orders INT NOT NULL",
        "IssuesRaised SMALLINT NOT NULL",
        "AverageTimePerIssue SMALLINT NOT NULL",
        "ServiceGrade DOUBLE NOT NULL",
        "`Date` DATETIME",
    ),
    "DimPromotion": (
        "PromotionKey INT NOT NULL",
        "PromotionAlternateKey INT",
        "EnglishPromotionName VARCHAR(255)",
        "SpanishPromotionName VARCHAR(255)",
        "FrenchPromotionName VARCHAR(255)",
        "DiscountPct DOUBLE",
        "EnglishPromotionType VARCHAR(50)",
        "SpanishPromotionType VARCHAR(50)",
        "FrenchPromotionType VARCHAR(50)",
        "EnglishPromotionCategory VARCHAR(50)",
        "SpanishPromotionCategory VARCHAR(50)",
        "FrenchPromotionCategory VARCHAR(50)",
        "StartDate DATETIME NOT NULL",
        "EndDate DATETIME",
        "MinQty INT",
        "MaxQty INT",
    ),
    "DimOrganization": (
        "OrganizationKey INT NOT NULL",
        "ParentOrganizationKey INT",
        "PercentageOfOwnership VARCHAR(16)",
        "OrganizationName VARCHAR(50)",
        "CurrencyKey INT",
    ),
    "DimDepartmentGroup": (
        "DepartmentGroupKey INT NOT NULL",
        "ParentDepartmentGroupKey INT",
        "DepartmentGroupName VARCHAR(50)",
    ),
    "DimCurrency": (
        "CurrencyKey INT NOT NULL",
        "CurrencyAlternateKey CHAR(3) NOT NULL",
        "CurrencyName VARCHAR(50) NOT NULL",
    ),
    "DimAccount": (
        "AccountKey INT NOT NULL",
        "ParentAccountKey INT",
        "AccountCodeAlternateKey INT",
        "ParentAccountCodeAlternateKey INT",
        "AccountDescription VARCHAR(50)",
        "AccountType VARCHAR(50)",
        "Operator VARCHAR(50)",
        "CustomMembers VARCHAR(300)",
        "ValueType VARCHAR(50)",
        "CustomMemberOptions VARCHAR(200)",
    ),
    "DimProductCategory": (
        "ProductCategoryKey INT NOT NULL",
        "ProductCategoryAlternateKey INT",
        "EnglishProductCategoryName VARCHAR(50) NOT NULL",
        "SpanishProductCategoryName VARCHAR(50) NOT NULL",
        "FrenchProductCategoryName VARCHAR(50) NOT NULL",
    ),
    "DimProductSubcategory": (
        "ProductSubcategoryKey INT NOT NULL",
        "ProductSubcategoryAlternateKey INT",
        "EnglishProductSubcategoryName VARCHAR(50) NOT NULL",
        "SpanishProductSubcategoryName VARCHAR(50) NOT NULL",
        "FrenchProductSubcategoryName VARCHAR(50) NOT NULL",
        "ProductCategoryKey INT",
    ),
    "DimSalesReason": (
        "SalesReasonKey INT NOT NULL",
        "SalesReasonAlternateKey INT NOT NULL",
        "SalesReasonName VARCHAR(50) NOT NULL",
        "SalesReasonReasonType VARCHAR(50) NOT NULL",
    ),
    "DimScenario": ("ScenarioKey INT NOT NULL", "ScenarioName VARCHAR(50)"),
    "FactSalesQuota": (
        "SalesQuotaKey INT NOT NULL",
        "EmployeeKey INT NOT NULL",
        "DateKey INT NOT NULL",
        "CalendarYear SMALLINT NOT NULL",
        "CalendarQuarter TINYINT UNSIGNED NOT NULL",
        "SalesAmountQuota DECIMAL(19,4) NOT NULL",
        "`Date` DATETIME",
    ),
}


def _literal(value: str, column: str) -> str:
    """One field of a bcp file as a MariaDB literal (empty field = NULL, binary as hex)."""
    if value == "":
        return "NULL"
    if column.endswith("BLOB"):
        return f"X'{value}'"
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of awdw as one MariaDB script."""
    out = ["SET NAMES utf8mb4;"]
    for source, columns in _TABLES.items():
        table = source.lower()
        key = columns[0].split()[0]
        body = ",\n    ".join((*columns, f"PRIMARY KEY ({key})"))
        out.append(f"CREATE TABLE {table} (\n    {body}\n) DEFAULT CHARSET=utf8mb4;")
        lines = read(f"{_DIR}/{source}.csv").decode("utf-8-sig").splitlines()
        rows = []
        for line in filter(None, lines):
            fields = line.split("|")
            if len(fields) != len(columns):
                raise ValueError(f"{source}.csv: {len(fields)} fields, expected {len(columns)}")
            rows.append(
                "(" + ", ".join(_literal(f, c) for f, c in zip(fields, columns, strict=True)) + ")"
            )
        for start in range(0, len(rows), 1000):
            chunk = ",\n".join(rows[start : start + 1000])
            out.append(f"INSERT INTO {table} VALUES\n{chunk};")
    return "\n".join(out) + "\n"
