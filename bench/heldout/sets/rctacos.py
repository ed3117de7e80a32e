"""Held-out set rctacos: the database of TACOS, the resource management system of an Austrian
Red Cross station (Bruck an der Mur, Styria), written in Java by students of FH JOANNEUM's
Internettechnik programme in 2007-2008 and in production there from 2008 to 2012: a control
centre application (Eclipse RCP) with which the dispatchers record patient transports (the
caller, the patient's name, pick-up and destination address, disease, priority), assign the
ambulances (vehicles with their driver and medics) and plan the regular dialysis transports,
and an online duty roster (JSP and servlets) for the station's staff (name, sex, birthday,
e-mail, home address, phone numbers, log-in, competences, shifts).

The set is the productive-v1 branch's SQL Server scripts: ``createtable_beta2.sql`` (26 tables
and the 14 rows of ``selected``, the services that can be alerted) and ``insertdata_beta1.sql``
(the developers' initial data: service types, jobs, the station's mobile phones, log-ins,
diseases, competences, the district's locations, staff members and their phones and
competences, two dummy dialysis patients, a dummy caller, the vehicles, two sick persons and the
roster periods; its transports and roster entries are commented out, so those tables stay
empty). The DDL is written here for PostgreSQL, names in lower case: ``bigint`` and ``varchar``
kept, ``bit`` boolean, ``datetime`` timestamp, ``tinyint`` smallint, ``text`` kept; primary and
foreign keys kept (without the ``ON UPDATE``/``ON DELETE`` actions), the nonclustered indexes
left out. The module checks that the source still creates these tables with these columns.
Every row is kept: ``bit`` values 0/1 as booleans and the dialysis times (``dd.mm.yyyy hh:mi``)
as timestamps.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import (
    Insert,
    Number,
    SourceError,
    Tables,
    Value,
    columns_of,
    create_tables,
    oracle_datetime,
    parse_inserts,
    pg_literal,
    rows_by_table,
    table_inserts,
    text_of,
)

REPO = "mheiss/rc-tacos"
COMMIT = "df7e1dbef5287d46ee2fc9c3f76f0f7f0ffeb08b"
SQL = "source/branches/productive-v1/at.rc.tacos.core.db/sql"
CREATE = f"{SQL}/createtable_beta2.sql"
INSERT = f"{SQL}/insertdata_beta1.sql"
FILES = (
    f"{CREATE} and {INSERT} (TACOS's SQL Server tables and initial data, productive-v1 branch; "
    "all 26 tables, all rows)"
)
LICENCE = "GPL-2.0 (source/branches/productive-v1/documentation/licence.txt)"
ENGINE = "postgresql"

_FK = "REFERENCES"
TABLES: Tables = {
    "servicetype": [
        "servicetype_id bigint NOT NULL PRIMARY KEY",
        "servicetype varchar(30) NOT NULL",
    ],
    "job": ["job_id bigint NOT NULL PRIMARY KEY", "jobname varchar(30) NOT NULL"],
    "phonenumbers": [
        "phonenumber_id bigint NOT NULL PRIMARY KEY",
        "phonenumber varchar(30) NOT NULL",
        "phonename varchar(30) NULL",
    ],
    "userlogin": [
        "username varchar(30) NOT NULL PRIMARY KEY",
        "pwd varchar(255) NULL",
        "authorisation varchar(20) NULL",
        "isloggedin boolean NULL",
        "locked boolean NULL",
    ],
    "selected": ["selected_id bigint NOT NULL PRIMARY KEY", "name varchar(30) NOT NULL"],
    "disease": ["disease_id bigint NOT NULL PRIMARY KEY", "disease varchar(30) NOT NULL"],
    "caller": [
        "caller_id bigint NOT NULL PRIMARY KEY",
        "callername varchar(150) NULL",
        "caller_phonenumber varchar(60) NULL",
    ],
    "tmptransports": [
        "transportnr bigint NOT NULL",
        "location_id bigint NOT NULL",
        "actualyear varchar(39) NULL",
        "PRIMARY KEY (transportnr, location_id)",
    ],
    "competences": [
        "competence_id bigint NOT NULL PRIMARY KEY",
        "competence varchar(30) NOT NULL",
    ],
    "location": [
        "location_id bigint NOT NULL PRIMARY KEY",
        f"phonenumber_id bigint NOT NULL {_FK} phonenumbers (phonenumber_id)",
        "locationname varchar(30) NULL",
        "street varchar(30) NULL",
        "streetnumber varchar(10) NULL",
        "zipcode bigint NULL",
        "city varchar(30) NULL",
        "note text NULL",
    ],
    "dialysis": [
        "dialysis_id bigint NOT NULL PRIMARY KEY",
        "firstname varchar(30) NULL",
        "lastname varchar(30) NULL",
        f"location bigint NOT NULL {_FK} location (location_id)",
        "plannedstartoftransport timestamp NULL",
        "plannedtimeatpatient timestamp NULL",
        "appointmenttimeatdialysis timestamp NULL",
        "plannedstartforbacktransport timestamp NULL",
        "readytime timestamp NULL",
        "fromstreet varchar(100) NULL",
        "fromcity varchar(50) NULL",
        "tostreet varchar(100) NULL",
        "tocity varchar(50) NULL",
        "insurance varchar(30) NULL",
        "stationary boolean NULL",
        "kindoftransport varchar(30) NULL",
        "assistant boolean NULL",
        "monday boolean NULL",
        "tuesday boolean NULL",
        "wednesday boolean NULL",
        "thursday boolean NULL",
        "friday boolean NULL",
        "saturday boolean NULL",
        "sunday boolean NULL",
    ],
    "dialysis_transport": [
        f"dialysis_id bigint NOT NULL PRIMARY KEY {_FK} dialysis (dialysis_id)",
        "transport_date timestamp NULL",
        "return_date timestamp NULL",
    ],
    "dayinfo": [
        "date timestamp NOT NULL PRIMARY KEY",
        f"username varchar(30) NOT NULL {_FK} userlogin (username)",
        "message text NULL",
    ],
    "link": [
        "link_id bigint NOT NULL PRIMARY KEY",
        "link_inner_text varchar(250) NOT NULL",
        "link_href varchar(250) NOT NULL",
        "link_title varchar(1000)",
        f"username varchar(30) NOT NULL {_FK} userlogin (username)",
    ],
    "staffmembers": [
        "staffmember_id bigint NOT NULL PRIMARY KEY",
        f"username varchar(30) NOT NULL {_FK} userlogin (username)",
        f"primarylocation bigint NOT NULL {_FK} location (location_id)",
        "lastname varchar(30) NOT NULL",
        "firstname varchar(30) NOT NULL",
        "sex boolean NULL",
        "birthday varchar(12) NULL",
        "email varchar(100) NULL",
        "street varchar(50) NULL",
        "city varchar(50) NULL",
        "phone1 varchar(50) NULL",
        "phone2 varchar(50) NULL",
    ],
    "phone_staffmember": [
        f"staffmember_id bigint NOT NULL {_FK} staffmembers (staffmember_id)",
        f"phonenumber_id bigint NOT NULL {_FK} phonenumbers (phonenumber_id)",
        "PRIMARY KEY (staffmember_id, phonenumber_id)",
    ],
    "staffmember_competence": [
        f"staffmember_id bigint NOT NULL {_FK} staffmembers (staffmember_id)",
        f"competence_id bigint NOT NULL {_FK} competences (competence_id)",
        "PRIMARY KEY (staffmember_id, competence_id)",
    ],
    "transports": [
        "transport_id bigint NOT NULL PRIMARY KEY",
        "transportnr bigint NOT NULL",
        "year varchar(39) NULL",
        f"planned_location bigint NULL {_FK} location (location_id)",
        f"caller_id bigint NULL {_FK} caller (caller_id)",
        f"createdby_user varchar(30) NOT NULL {_FK} userlogin (username)",
        "note text NULL",
        "feedback text NULL",
        "creationdate timestamp NULL",
        "departure timestamp NULL",
        "appointment timestamp NULL",
        "appointmentpatient timestamp NULL",
        "disease varchar(30) NULL",
        "firstname varchar(30) NULL",
        "lastname varchar(30) NULL",
        "from_street varchar(100) NULL",
        "from_city varchar(50) NULL",
        "to_street varchar(100) NULL",
        "to_city varchar(50) NULL",
        "programstate bigint NULL",
        "transporttype varchar(30) NULL",
        "priority varchar(1) NULL",
        "direction bigint NULL",
        "dateoftransport timestamp NULL",
        "disposedby_user varchar(30) NULL",
    ],
    "roster": [
        "roster_id bigint NOT NULL PRIMARY KEY",
        f"entry_createdby varchar(30) NOT NULL {_FK} userlogin (username)",
        f"staffmember_id bigint NOT NULL {_FK} staffmembers (staffmember_id)",
        f"location_id bigint NOT NULL {_FK} location (location_id)",
        f"job_id bigint NOT NULL {_FK} job (job_id)",
        f"servicetype_id bigint NOT NULL {_FK} servicetype (servicetype_id)",
        "starttime timestamp NOT NULL",
        "endtime timestamp NOT NULL",
        "checkin timestamp NULL",
        "checkout timestamp NULL",
        "note text NULL",
        "standby boolean NULL",
    ],
    "vehicles": [
        "vehicle_id varchar(10) NOT NULL PRIMARY KEY",
        f"medic2_id bigint NULL {_FK} staffmembers (staffmember_id)",
        f"medic1_id bigint NULL {_FK} staffmembers (staffmember_id)",
        f"driver_id bigint NULL {_FK} staffmembers (staffmember_id)",
        f"currentlocation bigint NOT NULL {_FK} location (location_id)",
        f"phonenumber_id bigint NOT NULL {_FK} phonenumbers (phonenumber_id)",
        f"primarylocation bigint NOT NULL {_FK} location (location_id)",
        "note text NULL",
        "lastdestinationfree text NULL",
        "vehicletype varchar(30) NULL",
        "readyforaction boolean NULL",
        "outoforder boolean NULL",
        "transportstatus bigint NULL",
    ],
    "transportstate": [
        "transportstate smallint NOT NULL",
        f"transport_id bigint NOT NULL {_FK} transports (transport_id)",
        "date timestamp NULL",
        "PRIMARY KEY (transportstate, transport_id)",
    ],
    "assigned_vehicle": [
        f"transport_id bigint NOT NULL PRIMARY KEY {_FK} transports (transport_id)",
        "vehicle_id varchar(10) NOT NULL",
        "vehicletype varchar(30) NULL",
        "driver_id bigint NULL",
        "driver_lastname varchar(30) NULL",
        "driver_firstname varchar(30) NULL",
        "medic1_id bigint NULL",
        "medic1_lastname varchar(30) NULL",
        "medic1_firstname varchar(30) NULL",
        "medic2_id bigint NULL",
        "medic2_lastname varchar(30) NULL",
        "medic2_firstname varchar(30) NULL",
        "location_id bigint NULL",
        "location_name varchar(30) NULL",
        "note text NULL",
    ],
    "transport_selected": [
        f"selected_id bigint NOT NULL {_FK} selected (selected_id)",
        f"transport_id bigint NOT NULL {_FK} transports (transport_id)",
        "alarmingdatetime timestamp NULL",
        "PRIMARY KEY (selected_id, transport_id)",
    ],
    "sickperson": [
        "sickperson_id bigint NOT NULL PRIMARY KEY",
        "lastname varchar(30) NULL",
        "firstname varchar(30) NULL",
        "sex boolean NULL",
        "street varchar(50) NULL",
        "city varchar(50) NULL",
        "svnr varchar(30) NULL",
        "kindoftransport varchar(50) NULL",
        "notes text NULL",
    ],
    "address": [
        "address_id bigint NOT NULL PRIMARY KEY",
        "street varchar(50) NULL",
        "streetnumber varchar(10) NULL",
        "city varchar(50) NULL",
        "gkz bigint NULL",
    ],
    "periods": [
        "period_id bigint NOT NULL PRIMARY KEY",
        "period varchar(15) NULL",
        "servicetypecompetence varchar(5)",
    ],
}

_TABLE = re.compile(r"^CREATE TABLE (\w+) \((.*?)\n\)", re.M | re.S | re.I)
_NOT_COLUMN = re.compile(r"(--|primary\b|foreign\b|references\b|on\b|\)|$)", re.I)


def source_columns(text: str) -> dict[str, list[str]]:
    """Each CREATE TABLE of the source script: its lower-cased column names in order."""
    out: dict[str, list[str]] = {}
    for m in _TABLE.finditer(text):
        names = []
        for line in m.group(2).splitlines():
            if not _NOT_COLUMN.match(line.strip()):
                names.append(line.split()[0].lower())
        out[m.group(1).lower()] = names
    return out


def literal(table: str, column: str, value: Value) -> str:
    kind = next(c.split()[1] for c in TABLES[table] if c.split()[0] == column)
    if kind == "boolean" and isinstance(value, Number):
        if value.text not in ("0", "1"):
            raise SourceError(f"{table}.{column}: bit value {value.text}")
        return "true" if value.text == "1" else "false"
    if kind == "timestamp" and isinstance(value, str):
        return pg_literal(oracle_datetime(value, "dd.mm.yyyy hh24:mi"))
    if isinstance(value, str | Number) or value is None:
        return pg_literal(value)
    raise SourceError(f"{table}.{column}: unexpected value {value!r}")


def script(read: Callable[[str], bytes]) -> str:
    create = text_of(read(CREATE))
    found = source_columns(create)
    wanted = {t: columns_of(TABLES, t) for t in TABLES}
    if found != wanted:
        diff = [t for t in sorted(set(found) | set(wanted)) if found.get(t) != wanted.get(t)]
        raise SourceError(f"{CREATE}: tables or columns changed: {', '.join(diff)}")
    # the rows of ``selected`` are the only INSERTs of the create script
    selected = "\n".join(
        line
        for line in create.splitlines()
        if line.lstrip().upper().startswith(("INSERT ", "VALUES"))
    )
    inserts: list[Insert] = parse_inserts(selected) + parse_inserts(text_of(read(INSERT)))
    rows = rows_by_table(inserts, TABLES)
    return "\n".join([create_tables(TABLES), *table_inserts(TABLES, rows, literal)]) + "\n"
