"""Held-out set ebikes: the sample data of E-Bikes, a Salesforce B2B sample app (a bike maker).

Its reseller accounts (company name and billing street, city, state, postal code and country),
product families and products (descriptions, list prices, picture URLs, components), all
records of the three files of ``data/sample-data-plan.json``, loaded into MariaDB by
``sfdxsource.py`` under DDL written here: each object as a table named after it, the record's
``referenceId`` as ``id``, each field as a column named as it is, a reference as the
``referenceId`` it names.
"""

from __future__ import annotations

from collections.abc import Callable

import sfdxsource

REPO = "trailheadapps/ebikes-lwc"
COMMIT = "4b9e2bcca51d247d8a56973a199e86ce993a80b1"
FILES = "data/Accounts.json, data/Product_Family__cs.json, data/Product__cs.json (all records)"
LICENCE = "CC0-1.0"
ENGINE = "mysql"

_TABLES: sfdxsource.Tables = {
    "account": (
        "data/Accounts.json",
        "Account",
        (
            "id VARCHAR(20) NOT NULL",
            "Name VARCHAR(255)",
            "BillingStreet VARCHAR(255)",
            "BillingCity VARCHAR(40)",
            "BillingState VARCHAR(80)",
            "BillingPostalCode VARCHAR(20)",
            "BillingCountry VARCHAR(80)",
        ),
        "PRIMARY KEY (id)",
    ),
    "product_family": (
        "data/Product_Family__cs.json",
        "Product_Family__c",
        (
            "id VARCHAR(20) NOT NULL",
            "Name VARCHAR(80)",
            "Description__c VARCHAR(255)",
            "Category__c VARCHAR(40)",
        ),
        "PRIMARY KEY (id)",
    ),
    "product": (
        "data/Product__cs.json",
        "Product__c",
        (
            "id VARCHAR(20) NOT NULL",
            "Name VARCHAR(80)",
            "Product_Family__c VARCHAR(20)",
            "Description__c TEXT",
            "MSRP__c DECIMAL(10,2)",
            "Level__c VARCHAR(20)",
            "Category__c VARCHAR(40)",
            "Material__c VARCHAR(40)",
            "Picture_URL__c VARCHAR(255)",
            "Battery__c VARCHAR(20)",
            "Charger__c VARCHAR(20)",
            "Motor__c VARCHAR(40)",
            "Fork__c VARCHAR(40)",
            "Front_Brakes__c VARCHAR(40)",
            "Rear_Brakes__c VARCHAR(40)",
        ),
        "PRIMARY KEY (id)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of E-Bikes' sample records as one MariaDB script."""
    return sfdxsource.script(read, _TABLES, ENGINE)
