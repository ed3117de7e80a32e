"""Held-out set sflight: SAP's CAP SFLIGHT sample (the flight-booking scenario of SAP's ABAP
training system, redone as a Cloud Application Programming Model application): travels booked
by travel agencies for customers, their flight bookings and booking supplements, with airlines,
airports, flights, connections and code lists.

``db/schema.cds``, ``db/master-data.cds`` and ``db/common.cds`` define the entities; the CSV files
of ``db/data/`` are the rows CAP deploys with them: 728 passengers (the customers: first and last
name, title, street, postal code, city, country, phone number and e-mail address), 50 travel
agencies with their address, phone, e-mail and web address, 4,133 travels (agency, customer,
dates, fees, a description such as the purpose of the trip, status, and the user names of who
created and last changed them), 9,153 bookings of a customer on a flight, 16,189 booking
supplements (meals, drinks, luggage), airlines, airports, flights and flight connections,
supplements with their translations, countries and currencies with theirs, and booking, travel
and supplement-type codes.

Loaded into PostgreSQL with one table per entity under the name CAP gives it on a SQL database
(``sap.fe.cap.travel.Passenger`` is ``sap_fe_cap_travel_passenger``, a localized entity's texts
are ``..._texts``), lower-cased, and the columns the CDS model declares, typed by hand (the
``managed`` aspect's creation and change columns, a code list's ``name`` and ``descr``, an
association's foreign-key columns such as ``to_customer_customerid``); every CSV row is loaded as
written, an empty field as NULL. Calculated elements (the travel status's field control) are not
stored and are left out.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from sqlsource import SourceError, create_tables, pg_insert, pg_literal, text_of

REPO = "SAP-samples/cap-sflight"
COMMIT = "c948c233100fab917762cc1cc4ca8caaefa12419"
FILES = "db/*.cds (entities, translated by hand) and db/data/*.csv, 20 files (all rows)"
LICENCE = "Apache-2.0"
ENGINE = "postgresql"

_MANAGED = [
    "createdat timestamptz",
    "createdby varchar(255)",
    "lastchangedat timestamptz",
    "lastchangedby varchar(255)",
]
_CODE_LIST = ["name varchar(255)", "descr varchar(1000)"]
_TEXTS = ["locale varchar(14) NOT NULL", *_CODE_LIST]

_TABLES = {
    "sap_common_countries": [*_CODE_LIST, "code varchar(3) PRIMARY KEY"],
    "sap_common_countries_texts": [*_TEXTS, "code varchar(3) NOT NULL"],
    "sap_common_currencies": [
        *_CODE_LIST,
        "code varchar(3) PRIMARY KEY",
        "symbol varchar(5)",
        "numcode integer",
        "exponent integer",
        "minor varchar(5000)",
    ],
    "sap_common_currencies_texts": [*_TEXTS, "code varchar(3) NOT NULL"],
    "sap_fe_cap_travel_airline": [
        "airlineid varchar(3) PRIMARY KEY",
        "name varchar(40)",
        "currencycode_code varchar(3)",
        "airlinepicurl varchar(5000)",
    ],
    "sap_fe_cap_travel_airport": [
        "airportid varchar(3) PRIMARY KEY",
        "name varchar(40)",
        "city varchar(40)",
        "countrycode_code varchar(3)",
    ],
    "sap_fe_cap_travel_supplementtype": [*_CODE_LIST, "code varchar(2) PRIMARY KEY"],
    "sap_fe_cap_travel_supplementtype_texts": [*_TEXTS, "code varchar(2) NOT NULL"],
    "sap_fe_cap_travel_supplement": [
        *_MANAGED,
        "supplementid varchar(10) PRIMARY KEY",
        "price numeric(16,3)",
        "type_code varchar(2)",
        "description varchar(1024)",
        "currencycode_code varchar(3)",
    ],
    "sap_fe_cap_travel_supplement_texts": [
        "locale varchar(14) NOT NULL",
        "supplementid varchar(10) NOT NULL",
        "description varchar(1024)",
    ],
    "sap_fe_cap_travel_flightconnection": [
        "connectionid varchar(4) NOT NULL",
        "airlineid varchar(3) NOT NULL",
        "departureairport_airportid varchar(3)",
        "destinationairport_airportid varchar(3)",
        "departuretime time",
        "arrivaltime time",
        "distance integer",
        "distanceunit varchar(3)",
        "PRIMARY KEY (connectionid, airlineid)",
    ],
    "sap_fe_cap_travel_flight": [
        "airlineid varchar(3) NOT NULL",
        "flightdate date NOT NULL",
        "connectionid varchar(4) NOT NULL",
        "price numeric(16,3)",
        "currencycode_code varchar(3)",
        "planetype varchar(10)",
        "maximumseats integer",
        "occupiedseats integer",
        "PRIMARY KEY (airlineid, flightdate, connectionid)",
    ],
    "sap_fe_cap_travel_passenger": [
        *_MANAGED,
        "customerid varchar(6) PRIMARY KEY",
        "firstname varchar(40)",
        "lastname varchar(40)",
        "title varchar(10)",
        "street varchar(60)",
        "postalcode varchar(10)",
        "city varchar(40)",
        "countrycode_code varchar(3)",
        "phonenumber varchar(30)",
        "emailaddress varchar(256)",
    ],
    "sap_fe_cap_travel_travelagency": [
        "agencyid varchar(6) PRIMARY KEY",
        "name varchar(80)",
        "street varchar(60)",
        "postalcode varchar(10)",
        "city varchar(40)",
        "countrycode_code varchar(3)",
        "phonenumber varchar(30)",
        "emailaddress varchar(256)",
        "webaddress varchar(256)",
    ],
    "sap_fe_cap_travel_bookingstatus": [*_CODE_LIST, "code varchar(1) PRIMARY KEY"],
    "sap_fe_cap_travel_bookingstatus_texts": [*_TEXTS, "code varchar(1) NOT NULL"],
    "sap_fe_cap_travel_travelstatus": [*_CODE_LIST, "code varchar(1) PRIMARY KEY"],
    "sap_fe_cap_travel_travelstatus_texts": [*_TEXTS, "code varchar(1) NOT NULL"],
    "sap_fe_cap_travel_travel": [
        *_MANAGED,
        "traveluuid varchar(36) PRIMARY KEY",
        "travelid integer DEFAULT 0",
        "begindate date",
        "enddate date",
        "bookingfee numeric(16,3) DEFAULT 0",
        "totalprice numeric(16,3)",
        "currencycode_code varchar(3) DEFAULT 'EUR'",
        "description varchar(1024)",
        "travelstatus_code varchar(1) DEFAULT 'O'",
        "to_agency_agencyid varchar(6)",
        "to_customer_customerid varchar(6)",
        "gogreen boolean DEFAULT false",
        "greenfee numeric(16,3)",
        "treesplanted integer",
    ],
    "sap_fe_cap_travel_booking": [
        *_MANAGED,
        "bookinguuid varchar(36) PRIMARY KEY",
        "bookingid integer",
        "bookingdate date",
        "connectionid varchar(4)",
        "flightdate date",
        "flightprice numeric(16,3)",
        "currencycode_code varchar(3)",
        "bookingstatus_code varchar(1) DEFAULT 'N'",
        "to_carrier_airlineid varchar(3)",
        "to_customer_customerid varchar(6)",
        "to_travel_traveluuid varchar(36)",
    ],
    "sap_fe_cap_travel_bookingsupplement": [
        *_MANAGED,
        "booksuppluuid varchar(36) PRIMARY KEY",
        "bookingsupplementid integer",
        "price numeric(16,3)",
        "currencycode_code varchar(3)",
        "to_booking_bookinguuid varchar(36)",
        "to_travel_traveluuid varchar(36)",
        "to_supplement_supplementid varchar(10)",
    ],
}

#: table -> its CSV file in db/data/ (the supplement types' texts have none)
_CSV = {
    "sap_common_countries": "sap.common-Countries.csv",
    "sap_common_countries_texts": "sap.common-Countries.texts.csv",
    "sap_common_currencies": "sap.common-Currencies.csv",
    "sap_common_currencies_texts": "sap.common-Currencies.texts.csv",
    "sap_fe_cap_travel_airline": "sap.fe.cap.travel-Airline.csv",
    "sap_fe_cap_travel_airport": "sap.fe.cap.travel-Airport.csv",
    "sap_fe_cap_travel_supplementtype": "sap.fe.cap.travel-SupplementType.csv",
    "sap_fe_cap_travel_supplement": "sap.fe.cap.travel-Supplement.csv",
    "sap_fe_cap_travel_supplement_texts": "sap.fe.cap.travel-Supplement.texts.csv",
    "sap_fe_cap_travel_flightconnection": "sap.fe.cap.travel-FlightConnection.csv",
    "sap_fe_cap_travel_flight": "sap.fe.cap.travel-Flight.csv",
    "sap_fe_cap_travel_passenger": "sap.fe.cap.travel-Passenger.csv",
    "sap_fe_cap_travel_travelagency": "sap.fe.cap.travel-TravelAgency.csv",
    "sap_fe_cap_travel_bookingstatus": "sap.fe.cap.travel-BookingStatus.csv",
    "sap_fe_cap_travel_bookingstatus_texts": "sap.fe.cap.travel-BookingStatus.texts.csv",
    "sap_fe_cap_travel_travelstatus": "sap.fe.cap.travel-TravelStatus.csv",
    "sap_fe_cap_travel_travelstatus_texts": "sap.fe.cap.travel-TravelStatus.texts.csv",
    "sap_fe_cap_travel_travel": "sap.fe.cap.travel-Travel.csv",
    "sap_fe_cap_travel_booking": "sap.fe.cap.travel-Booking.csv",
    "sap_fe_cap_travel_bookingsupplement": "sap.fe.cap.travel-BookingSupplement.csv",
}


def script(read: Callable[[str], bytes]) -> str:
    """The hand-typed tables, then every row of every CSV file, as one PostgreSQL script."""
    out = [create_tables(_TABLES)]
    for table, name in _CSV.items():
        rows = list(csv.reader(io.StringIO(text_of(read(f"db/data/{name}"))), delimiter=";"))
        header = [c.strip().lower() for c in rows[0]]
        known = {c.split()[0] for c in _TABLES[table]}
        if not set(header) <= known:
            raise SourceError(f"{name}: columns {sorted(set(header) - known)} not in {table}")
        values = []
        for row in rows[1:]:
            if not row:
                continue
            if len(row) != len(header):
                raise SourceError(f"{name}: {len(row)} fields for {len(header)} columns")
            values.append([pg_literal(v if v != "" else None) for v in row])
        out.extend(pg_insert(table, header, values))
    return "\n".join(out) + "\n"
