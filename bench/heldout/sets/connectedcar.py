"""Held-out set connectedcar: the database of Microsoft's IoT Connected Car sample application.

People (full name, preferred name, birth date, phone, fax, e-mail address and an empty photo
column), their cars (owner, vehicle identification number, make, model, year, colours), event
categories and the in-memory table of the cars' telemetry events (city, postal code, speed,
temperatures, odometer, pedal and lamp states; empty until the sample's generator runs): the
four tables of ``setup_reset.sql`` that hold the sample's data, loaded into MariaDB. The DDL
is translated by hand (``nvarchar`` as ``VARCHAR``, ``datetime2(7)`` as ``DATETIME(6)``,
``varbinary(max)`` as ``LONGBLOB``, ``uniqueidentifier`` as ``CHAR(36)``, ``bit`` as
``BOOLEAN``; ``AS NODE``, memory optimisation, system versioning and the history table left
out; names as written), then the script's one-line ``insert into dbo.<table> (...)
values(...);`` statements, read by ``sqlsource`` and written again for MariaDB. Left out: the
graph edge tables and ``DriveScore``, whose rows a loop draws from ``RAND()``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlitesource import literal
from sqlsource import Number, SourceError, parse_insert, text_of

REPO = "microsoft/sql-server-samples"
COMMIT = "481085dc95720244a359f1311afd6003e0bcc09c"
_FILE = "samples/applications/iot-connected-car/setup_reset.sql"
FILES = f"{_FILE} (DDL, translated; the Person, Auto and EventCategory rows)"
LICENCE = "MIT (license.txt of the repository)"
ENGINE = "mysql"

_DDL = """\
CREATE TABLE Person (
    PersonID INT NOT NULL PRIMARY KEY,
    FullName VARCHAR(50) NOT NULL,
    PreferredName VARCHAR(50),
    DateOfBirth DATETIME(6),
    PhoneNumber VARCHAR(20),
    FaxNumber VARCHAR(20),
    EmailAddress VARCHAR(256),
    Photo LONGBLOB
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE Auto (
    AutoID INT NOT NULL PRIMARY KEY,
    OwnerID INT NOT NULL,
    VIN VARCHAR(20) NOT NULL,
    Make VARCHAR(30) NOT NULL,
    Model VARCHAR(30) NOT NULL,
    Year INT NOT NULL,
    DriveTrain VARCHAR(10),
    EngineType VARCHAR(30),
    ExteriorColor VARCHAR(30),
    InteriorColor VARCHAR(30),
    Transmission VARCHAR(30)
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE EventCategory (
    EventCategoryID INT NOT NULL PRIMARY KEY,
    EventCategoryName VARCHAR(30) NOT NULL
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE Events (
    EventID CHAR(36) NOT NULL,
    AutoID INT NOT NULL PRIMARY KEY,
    EventCategoryID INT NOT NULL,
    EventMessage VARCHAR(100),
    City VARCHAR(50),
    OutsideTemperature DECIMAL(5,2),
    EngineTemperature DECIMAL(5,2),
    Speed DECIMAL(5,2),
    Fuel INT,
    EngineOil DECIMAL(5,2),
    TirePressure DECIMAL(5,2),
    Odometer INT,
    AcceleratorPedalPosition INT,
    ParkingBrakeStatus BOOLEAN,
    HeadlampStatus BOOLEAN,
    BrakePedalStatus BOOLEAN,
    TransmissionGearPosition INT,
    IgnitionStatus BOOLEAN,
    WindshieldWiperStatus BOOLEAN,
    `Abs` BOOLEAN,
    PostalCode VARCHAR(5),
    `Timestamp` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    SysStartTime DATETIME(6),
    SysEndTime DATETIME(6)
) DEFAULT CHARSET=utf8mb4;"""
_TABLES = {"person": "Person", "auto": "Auto", "eventcategory": "EventCategory"}
_INSERT = re.compile(r"^insert into dbo\.(\w+) \(.*\);$", re.IGNORECASE)


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the Connected Car tables as one MariaDB script."""
    out = ["SET NAMES utf8mb4;", _DDL]
    counts = dict.fromkeys(_TABLES, 0)
    for line in text_of(read(_FILE)).splitlines():
        if _INSERT.match(line) is None:
            continue
        ins = parse_insert(line)
        if ins.table not in _TABLES or ins.columns is None:
            raise SourceError(f"an INSERT into {ins.table} with no column list or another table")
        values = [
            ", ".join(literal(v.text if isinstance(v, Number) else v, ENGINE) for v in row)
            for row in ins.rows
        ]
        table = _TABLES[ins.table]
        out.append(
            f"INSERT INTO {table} ({', '.join(ins.columns)}) VALUES "
            + ", ".join(f"({v})" for v in values)
            + ";"
        )
        counts[ins.table] += len(ins.rows)
    if not all(counts.values()):
        raise SourceError(f"rows missing in {_FILE}: {counts}")
    return "\n".join(out) + "\n"
