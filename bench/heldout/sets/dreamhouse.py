"""Held-out set dreamhouse: the sample data of DreamHouse, a Salesforce real-estate sample app.

Brokers (full name, title, office and mobile phone, e-mail, portrait URL), contacts (name, phone,
e-mail) and the properties for sale (street address, city, state, ZIP code, coordinates, price,
beds and baths, pictures, tags, status, the broker), all records of the three files of
``data/sample-data-plan.json``, loaded into MariaDB by ``sfdxsource.py`` under DDL written here:
each object as a table named after it, the record's ``referenceId`` as ``id``, each field as a
column named as it is, a reference as the ``referenceId`` it names.
"""

from __future__ import annotations

from collections.abc import Callable

import sfdxsource

REPO = "trailheadapps/dreamhouse-lwc"
COMMIT = "9f41bfff59de2a4598a432576a580a44837ef84e"
FILES = "data/brokers-data.json, data/contacts-data.json, data/properties-data.json (all records)"
LICENCE = "Apache-2.0"
ENGINE = "mysql"

_TABLES: sfdxsource.Tables = {
    "broker": (
        "data/brokers-data.json",
        "Broker__c",
        (
            "id VARCHAR(30) NOT NULL",
            "Name VARCHAR(80)",
            "Title__c VARCHAR(40)",
            "Phone__c VARCHAR(40)",
            "Mobile_Phone__c VARCHAR(40)",
            "Email__c VARCHAR(80)",
            "Picture__c VARCHAR(255)",
        ),
        "PRIMARY KEY (id)",
    ),
    "contact": (
        "data/contacts-data.json",
        "Contact",
        (
            "id VARCHAR(30) NOT NULL",
            "FirstName VARCHAR(40)",
            "LastName VARCHAR(80)",
            "Phone VARCHAR(40)",
            "Email VARCHAR(80)",
        ),
        "PRIMARY KEY (id)",
    ),
    "property": (
        "data/properties-data.json",
        "Property__c",
        (
            "id VARCHAR(30) NOT NULL",
            "Name VARCHAR(80)",
            "Address__c VARCHAR(255)",
            "City__c VARCHAR(50)",
            "State__c VARCHAR(20)",
            "Zip__c VARCHAR(10)",
            "Price__c DECIMAL(12,2)",
            "Beds__c INT",
            "Baths__c INT",
            "Location__Longitude__s DOUBLE",
            "Location__Latitude__s DOUBLE",
            "Picture__c VARCHAR(255)",
            "Thumbnail__c VARCHAR(255)",
            "Tags__c VARCHAR(255)",
            "Description__c TEXT",
            "Broker__c VARCHAR(30)",
            "Status__c VARCHAR(20)",
        ),
        "PRIMARY KEY (id)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of DreamHouse's sample records as one MariaDB script."""
    return sfdxsource.script(read, _TABLES, ENGINE)
