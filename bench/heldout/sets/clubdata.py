"""Held-out set clubdata: the country-club database of PostgreSQL Exercises (pgexercises.com).

Members, facilities and bookings, all rows, loaded into MariaDB (the original is a PostgreSQL
schema ``cd``) with the DDL of ``clubdata-schemaonly.sql`` and ``clubdata-finalise.sql``
translated by hand: ``numeric`` as ``DECIMAL(10,2)``, ``timestamp`` as ``DATETIME``, the same
primary keys, foreign keys and indexes. The rows come from the COPY blocks of the per-table files.
"""

from __future__ import annotations

from collections.abc import Callable

REPO = "AlisdairO/pgexercises"
COMMIT = "c226557fd393c6c977d4ec398caa5a4cec2089c4"
FILES = (
    "database/clubdata-schemaonly.sql, clubdata-finalise.sql (schema); clubdata-members.sql, "
    "clubdata-facilities.sql, clubdata-bookings.sql (rows)"
)
LICENCE = "BSD-2-Clause (LICENSE of the repository)"
ENGINE = "mysql"

_DDL = """\
CREATE TABLE facilities (
    facid INT NOT NULL,
    name VARCHAR(100) NOT NULL,
    membercost DECIMAL(10,2) NOT NULL,
    guestcost DECIMAL(10,2) NOT NULL,
    initialoutlay DECIMAL(10,2) NOT NULL,
    monthlymaintenance DECIMAL(10,2) NOT NULL,
    CONSTRAINT facilities_pk PRIMARY KEY (facid)
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE members (
    memid INT NOT NULL,
    surname VARCHAR(200) NOT NULL,
    firstname VARCHAR(200) NOT NULL,
    address VARCHAR(300) NOT NULL,
    zipcode INT NOT NULL,
    telephone VARCHAR(20) NOT NULL,
    recommendedby INT,
    joindate DATETIME NOT NULL,
    CONSTRAINT members_pk PRIMARY KEY (memid),
    KEY `members.joindate` (joindate),
    KEY `members.recommendedby` (recommendedby),
    CONSTRAINT fk_members_recommendedby FOREIGN KEY (recommendedby)
        REFERENCES members (memid) ON DELETE SET NULL
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE bookings (
    bookid INT NOT NULL,
    facid INT NOT NULL,
    memid INT NOT NULL,
    starttime DATETIME NOT NULL,
    slots INT NOT NULL,
    CONSTRAINT bookings_pk PRIMARY KEY (bookid),
    KEY `bookings.memid_facid` (memid, facid),
    KEY `bookings.facid_memid` (facid, memid),
    KEY `bookings.facid_starttime` (facid, starttime),
    KEY `bookings.memid_starttime` (memid, starttime),
    KEY `bookings.starttime` (starttime),
    CONSTRAINT fk_bookings_facid FOREIGN KEY (facid) REFERENCES facilities (facid),
    CONSTRAINT fk_bookings_memid FOREIGN KEY (memid) REFERENCES members (memid)
) DEFAULT CHARSET=utf8mb4;
"""


def _literal(value: str) -> str:
    r"""One field of a COPY text block as a MariaDB literal (``\N`` = NULL)."""
    if value == "\\N":
        return "NULL"
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of clubdata as one MariaDB script."""
    out = ["SET NAMES utf8mb4;", "SET FOREIGN_KEY_CHECKS = 0;", _DDL]
    for table in ("facilities", "members", "bookings"):
        lines = read(f"database/clubdata-{table}.sql").decode("utf-8").splitlines()
        rows = [
            "(" + ", ".join(_literal(field) for field in line.split("\t")) + ")"
            for line in lines
            if line and not line.startswith(("COPY ", "\\.", "--"))
        ]
        for start in range(0, len(rows), 1000):
            chunk = ",\n".join(rows[start : start + 1000])
            out.append(f"INSERT INTO {table} VALUES\n{chunk};")
    out.append("SET FOREIGN_KEY_CHECKS = 1;")
    return "\n".join(out) + "\n"
