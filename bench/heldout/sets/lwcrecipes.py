"""Held-out set lwcrecipes: the sample data of LWC Recipes, a Salesforce sample app (B2B CRM).

Business accounts (company name, type, phone, one employee count), their contact people (name,
title, e-mail, phone, portrait URL, the account) and sales opportunities (name, amount, close
date, stage, the account), all records of the three files of ``data/data-plan.json``, loaded into
PostgreSQL by ``sfdxsource.py`` under DDL written here: each object as a table named after it,
the record's ``referenceId`` as ``id``, each field as a column named as it is (unquoted, so lower
case), a reference as the ``referenceId`` it names.
"""

from __future__ import annotations

from collections.abc import Callable

import sfdxsource

REPO = "trailheadapps/lwc-recipes"
COMMIT = "3c27819dc25bac8827c3220c1ca4678529f49930"
FILES = "data/Accounts.json, data/Contacts.json, data/Opportunities.json (all records)"
LICENCE = "CC0-1.0"
ENGINE = "postgresql"

_TABLES: sfdxsource.Tables = {
    "account": (
        "data/Accounts.json",
        "Account",
        (
            "id varchar(20) NOT NULL",
            "Name varchar(255)",
            "Type varchar(40)",
            "Phone varchar(40)",
            "NumberOfEmployees integer",
        ),
        "PRIMARY KEY (id)",
    ),
    "contact": (
        "data/Contacts.json",
        "Contact",
        (
            "id varchar(20) NOT NULL",
            "AccountId varchar(20)",
            "FirstName varchar(40)",
            "LastName varchar(80)",
            "Title varchar(128)",
            "Email varchar(80)",
            "Phone varchar(40)",
            "Picture__c varchar(255)",
        ),
        "PRIMARY KEY (id)",
    ),
    "opportunity": (
        "data/Opportunities.json",
        "Opportunity",
        (
            "id varchar(20) NOT NULL",
            "AccountId varchar(20)",
            "Name varchar(120)",
            "Amount numeric(16,2)",
            "CloseDate date",
            "StageName varchar(40)",
        ),
        "PRIMARY KEY (id)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of LWC Recipes' sample records as one PostgreSQL script."""
    return sfdxsource.script(read, _TABLES, ENGINE)
