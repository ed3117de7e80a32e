"""Held-out set easyspaces: the sample data of Easy Spaces, a Salesforce event-venue sample app.

Accounts (companies and households, by name only), their contacts (name, e-mail, mailing
address, mobile phone, a reservation status), sales leads (name, company or household, title,
industry, street address, mobile phone, e-mail, employee count), markets (cities), the venue
spaces in each (booking rates, capacities, pictures) and two reservations (a contact, dates,
guests), all records of the six files of ``data/Plan1.json`` and ``data/Plan2.json``, loaded into
MariaDB by ``sfdxsource.py`` under DDL written here: each object as a table named after it, the
record's ``referenceId`` as ``id``, each field as a column named as it is, a reference as the
``referenceId`` it names.
"""

from __future__ import annotations

from collections.abc import Callable

import sfdxsource

REPO = "trailheadapps/easy-spaces-lwc"
COMMIT = "584ef538d9d4dacb43a405c01df40fde023724d6"
FILES = (
    "data/Accounts.json, data/Contacts.json, data/Leads.json, data/Market__cs.json, "
    "data/Space__cs.json, data/Reservation__cs.json (all records; the CSV copies not used)"
)
LICENCE = "CC0-1.0"
ENGINE = "mysql"

_TABLES: sfdxsource.Tables = {
    "account": (
        "data/Accounts.json",
        "Account",
        ("id VARCHAR(20) NOT NULL", "Name VARCHAR(255)"),
        "PRIMARY KEY (id)",
    ),
    "contact": (
        "data/Contacts.json",
        "Contact",
        (
            "id VARCHAR(20) NOT NULL",
            "Email VARCHAR(80)",
            "FirstName VARCHAR(40)",
            "LastName VARCHAR(80)",
            "MailingCity VARCHAR(40)",
            "MailingCountry VARCHAR(80)",
            "MailingPostalCode VARCHAR(20)",
            "MailingState VARCHAR(80)",
            "MailingStreet VARCHAR(255)",
            "MobilePhone VARCHAR(40)",
            "AccountId VARCHAR(20)",
            "Reservation_Status__c VARCHAR(20)",
        ),
        "PRIMARY KEY (id)",
    ),
    "lead": (
        "data/Leads.json",
        "Lead",
        (
            "id VARCHAR(20) NOT NULL",
            "City VARCHAR(40)",
            "Company VARCHAR(255)",
            "Country VARCHAR(80)",
            "Email VARCHAR(80)",
            "FirstName VARCHAR(40)",
            "Industry VARCHAR(80)",
            "LastName VARCHAR(80)",
            "MobilePhone VARCHAR(40)",
            "PostalCode VARCHAR(20)",
            "State VARCHAR(80)",
            "Street VARCHAR(255)",
            "Title VARCHAR(128)",
            "NumberOfEmployees INT",
        ),
        "PRIMARY KEY (id)",
    ),
    "market": (
        "data/Market__cs.json",
        "Market__c",
        (
            "id VARCHAR(20) NOT NULL",
            "City__c VARCHAR(40)",
            "Country__c VARCHAR(80)",
            "Name VARCHAR(80)",
            "State__c VARCHAR(20)",
        ),
        "PRIMARY KEY (id)",
    ),
    "space": (
        "data/Space__cs.json",
        "Space__c",
        (
            "id VARCHAR(20) NOT NULL",
            "Daily_Booking_Rate__c DECIMAL(10,2)",
            "Market__c VARCHAR(20)",
            "Maximum_Capacity__c INT",
            "Minimum_Capacity__c INT",
            "Name VARCHAR(80)",
            "Category__c VARCHAR(80)",
            "Type__c VARCHAR(255)",
            "Picture_URL__c VARCHAR(255)",
        ),
        "PRIMARY KEY (id)",
    ),
    "reservation": (
        "data/Reservation__cs.json",
        "Reservation__c",
        (
            "id VARCHAR(30) NOT NULL",
            "Contact__c VARCHAR(20)",
            "Market__c VARCHAR(20)",
            "Start_Date__c DATE",
            "End_Date__c DATE",
            "Status__c VARCHAR(20)",
            "Total_Number_of_Guests__c INT",
        ),
        "PRIMARY KEY (id)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of Easy Spaces' sample records as one MariaDB script."""
    return sfdxsource.script(read, _TABLES, ENGINE)
