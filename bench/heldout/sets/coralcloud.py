"""Held-out set coralcloud: the sample data of Coral Cloud Resorts, a Salesforce sample app.

The resort's guests as Salesforce contacts (name, preferred name, mailing address, mobile phone,
e-mail, birth date, an external id, a guest type, three interests, for one guest a photo URL and
a next check-in date), the experiences it sells (tours, with prices and picture URLs), guests'
reviews of them (a rating and a comment) and two service cases written about one guest, all
records of the four ``data-plan.json`` files (not the ``-large`` ones), loaded into PostgreSQL
by ``sfdxsource.py`` under DDL written here: each object as a table named after it (``Case`` as
``cases``, a reserved word), the record's ``referenceId`` as ``id``, each field as a column
named as it is (unquoted, so lower case), a reference as the ``referenceId`` it names.
"""

from __future__ import annotations

from collections.abc import Callable

import sfdxsource

REPO = "trailheadapps/coral-cloud"
COMMIT = "a25e9acba9b498ee739b513b2a4e0113fd556529"
FILES = (
    "data/data-Contact.json, data/data-Experience__c.json, data/data-Guest_Review__c.json, "
    "data/data-Case.json (the records of data/data-plan.json, all of them)"
)
LICENCE = "CC0-1.0"
ENGINE = "postgresql"

_TABLES: sfdxsource.Tables = {
    "contact": (
        "data/data-Contact.json",
        "Contact",
        (
            "id varchar(20) NOT NULL",
            "LastName varchar(80)",
            "FirstName varchar(40)",
            "MailingStreet varchar(255)",
            "MailingCity varchar(40)",
            "MailingState varchar(80)",
            "MailingPostalCode varchar(20)",
            "MailingCountry varchar(80)",
            "MobilePhone varchar(40)",
            "Email varchar(80)",
            "LeadSource varchar(40)",
            "Birthdate date",
            "External_Id__c varchar(20)",
            "Guest_Type__c varchar(80)",
            "Interest1__c varchar(80)",
            "Interest2__c varchar(80)",
            "Interest3__c varchar(80)",
            "Preferred_Name__c varchar(40)",
            "Photo_URL__c varchar(255)",
            "Next_Check_in_Date__c date",
        ),
        "PRIMARY KEY (id)",
    ),
    "experience": (
        "data/data-Experience__c.json",
        "Experience__c",
        (
            "id varchar(30) NOT NULL",
            "Name varchar(80)",
            "Activity_Level__c varchar(20)",
            "Capacity__c integer",
            "Default_Start_Time__c varchar(20)",
            "Description__c text",
            "Duration_Hours__c numeric(4,1)",
            "Location__c varchar(80)",
            "Picture_URL__c varchar(255)",
            "Price__c numeric(10,2)",
            "Type__c varchar(80)",
        ),
        "PRIMARY KEY (id)",
    ),
    "guest_review": (
        "data/data-Guest_Review__c.json",
        "Guest_Review__c",
        (
            "id varchar(30) NOT NULL",
            "Experience__c varchar(30)",
            "Contact__c varchar(20)",
            "Rating__c integer",
            "Comments__c text",
        ),
        "PRIMARY KEY (id)",
    ),
    "cases": (
        "data/data-Case.json",
        "Case",
        (
            "id varchar(20) NOT NULL",
            "ContactId varchar(20)",
            "Type varchar(40)",
            "Status varchar(40)",
            "Reason varchar(40)",
            "Origin varchar(40)",
            "Subject varchar(255)",
            "Priority varchar(40)",
            "Description text",
        ),
        "PRIMARY KEY (id)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of Coral Cloud's sample records as one PostgreSQL script."""
    return sfdxsource.script(read, _TABLES, ENGINE)
