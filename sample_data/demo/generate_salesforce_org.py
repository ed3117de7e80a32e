#!/usr/bin/env python3
"""Generate the demo Salesforce org: ``salesforce_org.json``, served by the loopback fake
(``connectors.salesforce.fake``) when ``piimap demo`` runs.

The org is the CRM of the demo shop "Larkspur & Co". Its contacts and orders are the storefront's
own customers and orders (read from ``storefront.sqlite`` next to this script), synced in by the
"Storefront Sync" connected app since the org went live on 2022-10-03; leads, business accounts
and staff users come from Faker. Everything is synthetic; identity-number-like values start with
9 (never issued as US SSNs); endpoints use ``.example`` hosts except the two vendor APIs.

Determinism: Faker and ``random.Random`` are seeded with ``SEED`` and every date is computed from
``REFERENCE_DATE``, so the same Faker version and the same ``storefront.sqlite`` give the same
JSON bytes.

Usage::

    python sample_data/demo/generate_salesforce_org.py [--out FILE]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sqlite3
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from faker import Faker

SEED = 20260930
REFERENCE_DATE = datetime(2026, 9, 30)
GO_LIVE = datetime(2022, 10, 3, 9, 0)  # the org went live; older customers were imported then
HERE = Path(__file__).resolve().parent
DOMAIN = "larkspur-co.example"
N_CONTACTS, N_DELETED, N_LEADS, N_ACCOUNTS, N_ORDERS = 60, 2, 40, 20, 80
LOCALES, LOCALE_WEIGHTS = ("en_US", "en_GB", "de_DE", "fr_FR"), (55, 20, 15, 10)
COUNTRIES = {"US": "United States", "GB": "United Kingdom", "DE": "Germany", "FR": "France"}
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

Row = dict[str, Any]


def f(name: str, ftype: str, **extra: Any) -> Row:
    """A describe field spec."""
    return {"name": name, "type": ftype, **extra}


def ref(name: str, target: str, relationship: str, **extra: Any) -> Row:
    return f(name, "reference", referenceTo=[target], relationshipName=relationship, **extra)


NAME_FIELDS = [
    f("Salutation", "picklist", values=["Mr.", "Ms.", "Mrs.", "Mx.", "Dr.", "Prof."], length=40),
    f("FirstName", "string", length=40, label="First Name"),
    f("LastName", "string", length=80, label="Last Name", nillable=False),
    f("Name", "string", length=121, label="Full Name", extraTypeInfo="personname"),
]


def address_fields(prefix: str, label: str) -> list[Row]:
    return [
        f(f"{prefix}Street", "textarea", label=f"{label} Street".strip()),
        f(f"{prefix}City", "string", length=40, label=f"{label} City".strip()),
        f(f"{prefix}State", "string", length=80, label=f"{label} State/Province".strip()),
        f(f"{prefix}PostalCode", "string", length=20, label=f"{label} Zip/Postal Code".strip()),
        f(f"{prefix}Country", "string", length=80, label=f"{label} Country".strip()),
        f(f"{prefix}Address", "address", label=f"{label} Address".strip()),
    ]


def classified(level: str, groups: str | None, **extra: Any) -> Row:
    """FieldDefinition extras: data sensitivity level and compliance categorization."""
    return {"SecurityClassification": level, "ComplianceGroup": groups, "BusinessStatus": "Active",
            **extra}  # fmt: skip


def sf_time(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%S.000+0000")


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in ascii_text.lower() if ch.isalnum())


class Generator:
    def __init__(self, storefront: Path) -> None:
        Faker.seed(SEED)
        self.rng = random.Random(SEED)
        self.fakers = {loc: Faker(loc) for loc in LOCALES}
        self.db = sqlite3.connect(f"file:{storefront}?mode=ro", uri=True)
        self.db.row_factory = sqlite3.Row
        self.ids: set[str] = set()

    # --- helpers --------------------------------------------------------------------------
    def sf_id(self, prefix: str) -> str:
        """A new 18-character Id with Salesforce's case checksum."""
        while True:
            body = prefix + "8d0000" + "".join(self.rng.choice(ALPHABET) for _ in range(6))
            suffix = ""
            for i in range(3):
                chunk = body[i * 5 : i * 5 + 5]
                bits = sum(1 << n for n, c in enumerate(chunk) if c.isupper())
                suffix += "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"[bits]
            if body + suffix not in self.ids:
                self.ids.add(body + suffix)
                return body + suffix

    def between(self, start: datetime, end: datetime) -> datetime:
        return start + timedelta(seconds=self.rng.randint(0, int((end - start).total_seconds())))

    def locale(self) -> str:
        return self.rng.choices(LOCALES, weights=LOCALE_WEIGHTS)[0]

    def email(self, first: str, last: str, locale: str) -> str:
        local = self.rng.choice(
            (
                f"{slug(first)}.{slug(last)}",
                f"{slug(first)[0]}{slug(last)}",
                f"{slug(last)}.{slug(first)}{self.rng.randint(1, 99)}",
            )
        )
        return f"{local}@{self.fakers[locale].free_email_domain()}"  # fmt: skip

    # --- objects --------------------------------------------------------------------------
    def users(self) -> list[Row]:
        staff = [("Storefront", "Integration", "integration", "Integration User"),
                 ("piimap", "Scanner", "piimap-scan", "Read-only scan identity")]  # fmt: skip
        for title in ("Salesforce Administrator", "Data Protection Officer", "Account Executive",
                      "Account Executive", "Marketing Manager"):  # fmt: skip
            fake = self.fakers["en_GB"]
            first, last = fake.first_name(), fake.last_name()
            staff.append((first, last, f"{slug(first)}.{slug(last)}", title))
        return [
            {"Id": self.sf_id("005"), "Username": f"{alias}@{DOMAIN}", "FirstName": first,
             "LastName": last, "Email": f"{alias}@{DOMAIN}", "Title": title, "IsActive": True,
             "CreatedDate": sf_time(GO_LIVE - timedelta(days=30 - i))}
            for i, (first, last, alias, title) in enumerate(staff)
        ]  # fmt: skip

    def accounts(self, owners: list[str]) -> list[Row]:
        rows: list[Row] = [{"Id": self.sf_id("001"), "Name": "Larkspur Online Customers",
                 "Type": "Customer - Direct", "Industry": "Retail", "OwnerId": owners[0],
                 "Description": "Bucket account for storefront customers",
                 "CreatedDate": sf_time(GO_LIVE)}]  # fmt: skip
        for _ in range(N_ACCOUNTS - 1):
            loc = self.locale()
            fake = self.fakers[loc]
            company = fake.company()
            rows.append({
                "Id": self.sf_id("001"), "Name": company,
                "Type": self.rng.choice(("Customer - Channel", "Prospect", "Partner")),
                "Industry": self.rng.choice(("Hospitality", "Retail", "Media", "Consulting")),
                "Phone": fake.phone_number(), "Website": f"https://www.{slug(company)[:20]}.example",
                "BillingStreet": fake.street_address(), "BillingCity": fake.city(),
                "BillingPostalCode": fake.postcode(), "BillingCountry": COUNTRIES[loc[-2:]],
                "NumberOfEmployees": self.rng.choice((12, 40, 85, 230, 1200)),
                "AnnualRevenue": float(self.rng.randint(5, 900) * 100_000),
                "OwnerId": self.rng.choice(owners),
                "CreatedDate": sf_time(self.between(GO_LIVE, REFERENCE_DATE)),
            })  # fmt: skip
        return rows

    def contacts(self, accounts: list[Row], owner: str) -> tuple[list[Row], dict[int, str]]:
        with_orders = [r[0] for r in self.db.execute(
            "SELECT DISTINCT customer_id FROM orders ORDER BY customer_id")]  # fmt: skip
        chosen = sorted(self.rng.sample(with_orders, N_CONTACTS + N_DELETED))
        deleted = set(self.rng.sample(chosen, N_DELETED))
        rows, by_customer = [], {}
        for cid in chosen:
            c = self.db.execute("SELECT * FROM customers WHERE id = ?", (cid,)).fetchone()
            a = self.db.execute(
                "SELECT * FROM addresses WHERE customer_id = ? ORDER BY is_default_billing DESC, "
                "id LIMIT 1", (cid,)).fetchone()  # fmt: skip
            loc = {"US": "en_US", "GB": "en_GB", "DE": "de_DE", "FR": "fr_FR"}[a["country_code"]]
            created = max(datetime.fromisoformat(c["created_at"]), GO_LIVE)
            created += timedelta(minutes=self.rng.randint(1, 50))
            mobile = a["phone"] if a["phone"] and a["phone"] != c["phone"] else None
            if mobile is None and self.rng.random() < 0.4:
                mobile = self.fakers[loc].phone_number()
            row = {
                "Id": self.sf_id("003"),
                "Salutation": {"female": "Ms.", "male": "Mr."}.get(c["gender"]),
                "FirstName": c["first_name"], "LastName": c["last_name"], "Email": c["email"],
                "Phone": c["phone"], "MobilePhone": mobile,
                "MailingStreet": "\n".join(filter(None, (a["address_line1"], a["address_line2"]))),
                "MailingCity": a["city"], "MailingState": a["region"],
                "MailingPostalCode": a["postal_code"],
                "MailingCountry": COUNTRIES[a["country_code"]],
                "Birthdate": c["date_of_birth"],
                "HasOptedOutOfEmail": not c["marketing_opt_in"],
                "AccountId": accounts[0]["Id"] if self.rng.random() < 0.75
                else self.rng.choice(accounts[1:])["Id"],
                "LeadSource": "Web Store", "Loyalty_Tier__c": c["loyalty_tier"].title(),
                "Storefront_Customer_Id__c": f"C-{cid:06d}",
                "National_Id__c": f"9{self.rng.randint(10, 99)}-{self.rng.randint(10, 99)}-"
                f"{self.rng.randint(1000, 9999)}" if loc == "en_US" and self.rng.random() < 0.35
                else None,
                "Description": None, "OwnerId": owner, "CreatedById": owner,
                "CreatedDate": sf_time(created),
            }  # fmt: skip
            if self.rng.random() < 0.08:
                row["Description"] = self.rng.choice((
                    f"Asked to be called back on {self.fakers[loc].phone_number()} about a refund.",
                    "Gift orders go to a different address; check before shipping.",
                    f"Work e-mail: {slug(c['last_name'])}@{self.fakers[loc].domain_name()}",
                ))  # fmt: skip
            if cid in deleted:  # in the Recycle Bin: only queryAll sees it
                row.update(
                    IsDeleted=True, LastModifiedDate=sf_time(REFERENCE_DATE - timedelta(days=6))
                )
            else:
                by_customer[cid] = row["Id"]
            rows.append(row)
        return rows, by_customer

    def contact_history(self, contacts: list[Row], owner: str) -> list[Row]:
        rows = []
        for contact in self.rng.sample(contacts, 24):
            created = datetime.strptime(contact["CreatedDate"][:19], "%Y-%m-%dT%H:%M:%S")
            when = self.between(created, REFERENCE_DATE - timedelta(days=1))
            loc = self.locale()
            if self.rng.random() < 0.6:
                old = self.email(contact["FirstName"], contact["LastName"], loc)
                change = ("Email", old, contact["Email"])
            else:
                change = ("Phone", self.fakers[loc].phone_number(), contact["Phone"])
            rows.append({"Id": self.sf_id("017"), "ContactId": contact["Id"], "Field": change[0],
                         "DataType": "EmailAddress" if change[0] == "Email" else "Phone",
                         "OldValue": change[1], "NewValue": change[2], "CreatedById": owner,
                         "CreatedDate": sf_time(when)})  # fmt: skip
        return sorted(rows, key=lambda r: r["CreatedDate"])

    def leads(self, owners: list[str]) -> list[Row]:
        rows = []
        for _ in range(N_LEADS):
            loc = self.locale()
            fake = self.fakers[loc]
            first, last = fake.first_name(), fake.last_name()
            rows.append({
                "Id": self.sf_id("00Q"), "FirstName": first, "LastName": last,
                "Email": self.email(first, last, loc), "Company": fake.company(),
                "Title": fake.job()[:80], "Phone": fake.phone_number(),
                "Street": fake.street_address(), "City": fake.city(),
                "PostalCode": fake.postcode(), "Country": COUNTRIES[loc[-2:]],
                "Status": self.rng.choice(("Open - Not Contacted", "Working - Contacted",
                                           "Closed - Not Converted", "Qualified")),
                "LeadSource": self.rng.choice(("Trade Show", "Web", "Partner Referral",
                                               "Purchased List")),
                "HasOptedOutOfEmail": self.rng.random() < 0.2, "IsConverted": False,
                "OwnerId": self.rng.choice(owners),
                "CreatedDate": sf_time(self.between(GO_LIVE, REFERENCE_DATE)),
            })  # fmt: skip
        return rows

    def orders(self, by_customer: dict[int, str], owner: str) -> list[Row]:
        marks = ",".join("?" * len(by_customer))
        found = self.db.execute(
            "SELECT o.*, a.postal_code FROM orders o JOIN addresses a ON a.id = "
            f"o.shipping_address_id WHERE o.customer_id IN ({marks}) "
            "ORDER BY o.created_at DESC LIMIT ?", (*by_customer, N_ORDERS)).fetchall()  # fmt: skip
        rows = []
        for o in sorted(found, key=lambda r: r["created_at"]):
            placed = datetime.fromisoformat(o["created_at"])
            created = max(placed, GO_LIVE) + timedelta(minutes=self.rng.randint(1, 20))
            rows.append({
                "Id": self.sf_id("a0F"), "Name": o["order_number"],
                "Order_Number__c": o["order_number"], "Customer_Email__c": o["customer_email"],
                "Total__c": o["total"], "Order_Currency__c": o["currency"],
                "Status__c": o["status"].title(), "Shipping_Postcode__c": o["postal_code"],
                "Order_IP_Address__c": o["placed_ip"], "Placed_At__c": sf_time(placed),
                "Contact__c": by_customer[o["customer_id"]], "OwnerId": owner,
                "CreatedById": owner, "CreatedDate": sf_time(created),
            })  # fmt: skip
        return rows

    def order_history(self, orders: list[Row], owner: str) -> list[Row]:
        rows = []
        path = ("Paid", "Shipped", "Delivered")
        for order in orders:
            if order["Status__c"] not in ("Shipped", "Delivered") or self.rng.random() < 0.6:
                continue
            when = datetime.strptime(order["CreatedDate"][:19], "%Y-%m-%dT%H:%M:%S")
            for old, new in itertools.pairwise(path[: path.index(order["Status__c"]) + 1]):
                when += timedelta(days=self.rng.randint(1, 4))
                rows.append({"Id": self.sf_id("017"), "ParentId": order["Id"],
                             "Field": "Status__c", "DataType": "DynamicEnum", "OldValue": old,
                             "NewValue": new, "CreatedById": owner,
                             "CreatedDate": sf_time(min(when, REFERENCE_DATE))})  # fmt: skip
        return rows

    def build(self) -> dict[str, Any]:
        users = self.users()
        integration, _scanner, admin, dpo, rep1, rep2, marketing = (u["Id"] for u in users)
        accounts = self.accounts([rep1, rep2])
        contacts, by_customer = self.contacts(accounts, integration)
        orders = self.orders(by_customer, integration)
        names = {c["Id"]: f"{c['FirstName']} {c['LastName']}" for c in contacts}
        for order in orders:  # the formula field's value
            order["Customer_Name__c"] = names[order["Contact__c"]]
        order_object = self.sf_id("01I")[:15]
        org: dict[str, Any] = {
            "org_id": self.sf_id("00D"),
            "name": "Larkspur & Co",
            "instance": "larkspur.my.salesforce.com",
            "auth": {
                "client_id": "3MVG9DEMO.larkspur.piimap-scan.not-a-real-consumer-key",
                "client_secret": "demo-fixture-not-a-secret",
                "jwt_subjects": [f"piimap-scan@{DOMAIN}", f"integration@{DOMAIN}"],
                "client_credentials_user": f"piimap-scan@{DOMAIN}",
            },
            "objects": {
                "User": self.user_object(users),
                "Account": self.account_object(accounts),
                "Contact": self.contact_object(contacts, dpo, integration),
                "Lead": self.lead_object(self.leads([rep1, rep2]), dpo),
                "Storefront_Order__c": self.order_object(orders, order_object, integration),
            },
            "data": self.setup_data(users, integration, admin, marketing),
            "tooling": self.tooling(order_object, integration),
        }
        # Last, so that every row above is as it was before the access model was added.
        self.access_model(org, users, dpo, marketing)
        return org

    def access_model(self, org: Row, users: list[Row], dpo: str, marketing: str) -> None:
        """Profiles, permission sets and who reads what (the access review), a last login per
        user, and a System Administrator who left in the spring and still holds the profile."""
        fake = Faker("en_GB")
        fake.seed_instance(SEED + 1)
        first, last = fake.first_name(), fake.last_name()
        alias = f"{slug(first)}.{slug(last)}"
        users.append(
            {"Id": self.sf_id("005"), "Username": f"{alias}@{DOMAIN}", "FirstName": first,
             "LastName": last, "Email": f"{alias}@{DOMAIN}", "Title": "Salesforce Administrator",
             "IsActive": True, "CreatedDate": sf_time(GO_LIVE - timedelta(days=40))}
        )  # fmt: skip
        profiles = {
            "System Administrator": dict(ViewAllData=True, ModifyAllData=True, ApiEnabled=True,
                                         ManageUsers=True, CustomizeApplication=True,
                                         AuthorApex=True, ExportReport=True, ViewSetup=True),
            "Standard User": dict(ApiEnabled=True),
            "Storefront Integration": dict(ViewAllData=True, ApiEnabled=True, ApiUserOnly=True),
            # least privilege: View All Records on each object it samples, not View All Data
            "Read Only Scan": dict(ApiEnabled=True, ApiUserOnly=True, ViewSetup=True),
        }  # fmt: skip
        profile_ids = {name: self.sf_id("00e") for name in profiles}
        sets = {name: self.sf_id("0PS") for name in (*profiles, "Privacy_Export", "Lead_Contact")}
        # user -> profile and last login (days before the reference date)
        plan = ["Storefront Integration", "Read Only Scan", "System Administrator",
                "Standard User", "Standard User", "Standard User", "Standard User",
                "System Administrator"]  # fmt: skip
        last_days = [0.01, 0.02, 2, 5, 1, 9, 3, 214]
        for user, profile, days in zip(users, plan, last_days, strict=True):
            user["UserType"] = "Standard"
            user["ProfileId"] = profile_ids[profile]
            user["LastLoginDate"] = sf_time(REFERENCE_DATE - timedelta(days=days))
        spec = org["objects"]["User"]
        spec["fields"] += [f("UserType", "picklist", label="User Type"),
                           ref("ProfileId", "Profile", "Profile", label="Profile ID"),
                           f("LastLoginDate", "datetime", label="Last Login")]  # fmt: skip
        permission_sets = [
            {"Id": sets[name], "Name": f"X{profile_ids[name][:15]}", "Label": name,
             "Type": "Profile", "IsOwnedByProfile": True, "ProfileId": profile_ids[name],
             "PermissionSetGroupId": None, "NamespacePrefix": None,
             **{f"Permissions{k}": v for k, v in perms.items()}}
            for name, perms in profiles.items()
        ]  # fmt: skip
        permission_sets += [
            {"Id": sets["Privacy_Export"], "Name": "Privacy_Export", "Label": "Privacy Export",
             "Type": "Regular", "IsOwnedByProfile": False, "ProfileId": None,
             "PermissionSetGroupId": None, "NamespacePrefix": None,
             "PermissionsExportReport": True},
            {"Id": sets["Lead_Contact"], "Name": "Lead_Contact", "Label": "Lead Contact Details",
             "Type": "Regular", "IsOwnedByProfile": False, "ProfileId": None,
             "PermissionSetGroupId": None, "NamespacePrefix": None},
        ]  # fmt: skip
        assignments = [(u["Id"], sets[p]) for u, p in zip(users, plan, strict=True)]
        assignments += [(dpo, sets["Privacy_Export"]), (marketing, sets["Lead_Contact"])]
        objects = [name for name in org["objects"] if name != "User"]
        grants: list[tuple[str, str, dict[str, bool]]] = []  # (set, object, permissions)
        for name in objects:
            grants.append((sets["System Administrator"], name,
                           dict(Read=True, Create=True, Edit=True, Delete=True,
                                ViewAllRecords=True, ModifyAllRecords=True)))  # fmt: skip
            grants.append((sets["Standard User"], name, dict(Read=True, Create=True, Edit=True)))
            grants.append((sets["Read Only Scan"], name, dict(Read=True, ViewAllRecords=True)))
        grants.append((sets["Storefront Integration"], "Contact", dict(Read=True, Edit=True)))
        grants.append((sets["Storefront Integration"], "Storefront_Order__c",
                       dict(Read=True, Create=True, Edit=True)))  # fmt: skip
        object_permissions = [
            {"Id": self.sf_id("110"), "ParentId": ps, "SobjectType": name,
             **{f"Permissions{k}": perms.get(k, False) for k in
                ("Read", "Create", "Edit", "Delete", "ViewAllRecords", "ModifyAllRecords")}}
            for ps, name, perms in grants
        ]  # fmt: skip
        every = [f"{name}.{field['name']}" for name in objects
                 for field in org["objects"][name]["fields"]]  # fmt: skip
        standard = ["Account.Phone", "Account.BillingAddress", "Contact.Email", "Contact.Phone",
                    "Contact.MailingAddress", "Lead.Company", "Storefront_Order__c.Total__c",
                    "Storefront_Order__c.Status__c"]  # fmt: skip
        integration = ["Contact.Email", "Contact.Phone", "Contact.MailingAddress",
                       "Contact.Birthdate", "Storefront_Order__c.Customer_Email__c",
                       "Storefront_Order__c.Customer_Name__c",
                       "Storefront_Order__c.Shipping_Postcode__c",
                       "Storefront_Order__c.Order_IP_Address__c"]  # fmt: skip
        field_grants = (
            [(sets["System Administrator"], name) for name in every]
            + [(sets["Read Only Scan"], name) for name in every]
            + [(sets["Standard User"], name) for name in standard]
            + [(sets["Storefront Integration"], name) for name in integration]
            + [(sets["Lead_Contact"], name) for name in ("Lead.Email", "Lead.Phone")]
        )
        field_permissions = [
            {"Id": self.sf_id("01k"), "ParentId": ps, "SobjectType": name.split(".")[0],
             "Field": name, "PermissionsRead": True,
             "PermissionsEdit": ps == sets["System Administrator"]}
            for ps, name in field_grants
        ]  # fmt: skip
        org["data"].update({
            "Profile": [{"Id": profile_ids[name], "Name": name, "UserType": "Standard",
                         "UserLicenseId": None} for name in profiles],
            "PermissionSet": permission_sets,
            "PermissionSetAssignment": [
                {"Id": self.sf_id("0Pa"), "AssigneeId": user, "PermissionSetId": ps,
                 "PermissionSetGroupId": None, "IsActive": True, "ExpirationDate": None}
                for user, ps in assignments
            ],
            "ObjectPermissions": object_permissions,
            "FieldPermissions": field_permissions,
        })  # fmt: skip

    def user_object(self, users: list[Row]) -> Row:
        fields = [f("Username", "string", length=80, unique=True), *NAME_FIELDS[1:],
                  f("Email", "email", length=128), f("Title", "string", length=80),
                  f("IsActive", "boolean", label="Active")]  # fmt: skip
        return {"label": "User", "labelPlural": "Users", "keyPrefix": "005", "fields": fields,
                "field_definitions": {"Email": classified("Internal", "PII")},
                "records": users}  # fmt: skip

    def account_object(self, accounts: list[Row]) -> Row:
        fields = [f("Name", "string", length=255, label="Account Name"),
                  f("Type", "picklist", values=["Customer - Direct", "Customer - Channel",
                                                "Prospect", "Partner"]),
                  f("Industry", "picklist", values=["Hospitality", "Retail", "Media",
                                                    "Consulting"]),
                  f("Phone", "phone", label="Account Phone"), f("Website", "url"),
                  *(a for a in address_fields("Billing", "Billing") if a["name"] != "BillingState"),
                  f("NumberOfEmployees", "int", label="Employees", digits=8),
                  f("AnnualRevenue", "currency", label="Annual Revenue"),
                  f("Description", "textarea", length=32000, label="Account Description"),
                  ref("OwnerId", "User", "Owner", label="Owner ID")]  # fmt: skip
        return {"label": "Account", "labelPlural": "Accounts", "keyPrefix": "001",
                "fields": fields, "records": accounts,
                "field_definitions": {"Name": classified("Public", None),
                                      "Website": classified("Public", None),
                                      "Phone": classified("Internal", None)}}  # fmt: skip

    def contact_object(self, contacts: list[Row], dpo: str, owner: str) -> Row:
        fields = [
            *NAME_FIELDS, ref("AccountId", "Account", "Account", label="Account ID",
                              childRelationshipName="Contacts"),
            f("Email", "email"), f("Phone", "phone", label="Business Phone"),
            f("MobilePhone", "phone", label="Mobile Phone"),
            f("Fax", "phone", label="Business Fax"),
            *address_fields("Mailing", "Mailing"),
            f("Birthdate", "date", encrypted=True),  # Shield Platform Encryption
            f("HasOptedOutOfEmail", "boolean", label="Email Opt Out"),
            f("LeadSource", "picklist", values=["Web Store", "Trade Show", "Web",
                                                "Partner Referral"]),
            f("Description", "textarea", length=32000, label="Contact Description"),
            f("Loyalty_Tier__c", "picklist", values=["Bronze", "Silver", "Gold"]),
            f("Storefront_Customer_Id__c", "string", length=20, externalId=True, unique=True,
              label="Storefront Customer ID", inlineHelpText="customers.id in the shop database"),
            f("National_Id__c", "encryptedstring", length=11, mask="*", maskType="lastFour",
              label="National ID", inlineHelpText="US SSN for tax forms on corporate gifting"),
            ref("OwnerId", "User", "Owner", label="Owner ID"),
        ]  # fmt: skip
        email_note = "Primary e-mail, synced from the storefront by Storefront Sync."
        # Classification and history tracking sit where a real org puts them: on the compound
        # fields (Name, MailingAddress); their parts (FirstName, MailingCity) inherit them.
        definitions = {
            "Name": classified("Internal", "PII"),
            "Email": classified("Confidential", "PII;GDPR", BusinessOwnerId=dpo,
                                IsFieldHistoryTracked=True, Description=email_note),
            "Phone": classified("Confidential", "PII;GDPR", BusinessOwnerId=dpo,
                                IsFieldHistoryTracked=True),
            "MobilePhone": classified("Confidential", "GDPR;CCPA"),
            "MailingAddress": classified("Confidential", "GDPR;CCPA",
                                         IsFieldHistoryTracked=True),
            "Birthdate": classified("Restricted", "PII;GDPR;CCPA", BusinessOwnerId=dpo),
            "National_Id__c": classified("Restricted", "PII;GDPR", BusinessOwnerId=dpo),
            "Fax": {"BusinessStatus": "DeprecateCandidate"},
            "HasOptedOutOfEmail": classified("Internal", None),
        }  # fmt: skip
        return {"label": "Contact", "labelPlural": "Contacts", "keyPrefix": "003",
                "fields": fields, "field_definitions": definitions, "records": contacts,
                "history": self.contact_history([c for c in contacts if not c.get("IsDeleted")],
                                                owner)}  # fmt: skip

    def lead_object(self, leads: list[Row], dpo: str) -> Row:
        fields = [*NAME_FIELDS, f("Email", "email"), f("Company", "string", length=255),
                  f("Title", "string", length=128), f("Phone", "phone"),
                  *address_fields("", ""),
                  f("Status", "picklist", values=["Open - Not Contacted", "Working - Contacted",
                                                  "Closed - Not Converted", "Qualified"]),
                  f("LeadSource", "picklist", values=["Trade Show", "Web", "Partner Referral",
                                                      "Purchased List"]),
                  f("HasOptedOutOfEmail", "boolean", label="Email Opt Out"),
                  f("IsConverted", "boolean", label="Converted"),
                  ref("OwnerId", "User", "Owner", label="Owner ID")]  # fmt: skip
        definitions = {"Email": classified("Confidential", "GDPR;PII", BusinessOwnerId=dpo),
                       "Company": classified("Public", None)}  # fmt: skip
        return {"label": "Lead", "labelPlural": "Leads", "keyPrefix": "00Q", "fields": fields,
                "field_definitions": definitions, "records": leads}  # fmt: skip

    def order_object(self, orders: list[Row], durable_id: str, owner: str) -> Row:
        formula = 'Contact__r.FirstName & " " & Contact__r.LastName'
        fields = [
            f("Name", "string", length=80, label="Storefront Order Name"),
            f("Order_Number__c", "string", length=20, externalId=True, unique=True),
            ref("Contact__c", "Contact", "Contact__r",
                childRelationshipName="Storefront_Orders__r"),
            f("Customer_Email__c", "email"),
            f("Customer_Name__c", "string", length=1300, calculated=True,
              calculatedFormula=formula),
            f("Total__c", "currency", precision=16, scale=2),
            f("Order_Currency__c", "picklist", values=["USD", "GBP", "EUR"]),
            f("Status__c", "picklist", values=["Pending", "Paid", "Shipped", "Delivered",
                                               "Cancelled", "Refunded"]),
            f("Shipping_Postcode__c", "string", length=20),
            f("Order_IP_Address__c", "string", length=45, label="Order IP Address"),
            f("Placed_At__c", "datetime"),
            ref("OwnerId", "User", "Owner", label="Owner ID"),
        ]  # fmt: skip
        return {"label": "Storefront Order", "labelPlural": "Storefront Orders",
                "keyPrefix": "a0F", "durableId": durable_id, "sharingModel": "Private",
                "fields": fields, "records": orders,
                "field_definitions": {
                    "Customer_Email__c": classified("Confidential", "PII"),
                    "Status__c": {"IsFieldHistoryTracked": True, "BusinessStatus": "Active"}},
                "history": self.order_history(orders, owner)}  # fmt: skip

    def setup_data(self, users: list[Row], integration: str, admin: str, marketing: str) -> Row:
        shipfast_nc = self.sf_id("0XA")
        apps = ("Storefront Sync", "Mailchimp for Salesforce", "DocuSign eSignature", "Dataloader")
        day = timedelta(days=1)
        return {
            "NamedCredential": [
                {"Id": shipfast_nc, "DeveloperName": "ShipFast_API", "MasterLabel": "ShipFast API",
                 "Endpoint": "https://api.shipfast.example/v2", "PrincipalType": "NamedUser",
                 "NamespacePrefix": None, "AuthProviderId": None,
                 "CreatedDate": sf_time(GO_LIVE + 40 * day)},
                {"Id": self.sf_id("0XA"), "DeveloperName": "Klaviyo_Profiles",
                 "MasterLabel": "Klaviyo Profiles", "Endpoint": "https://a.klaviyo.com/api",
                 "PrincipalType": "Anonymous", "NamespacePrefix": None, "AuthProviderId": None,
                 "CreatedDate": sf_time(GO_LIVE + 200 * day)},
            ],
            "ExternalDataSource": [
                {"Id": self.sf_id("0XC"), "DeveloperName": "ShipFast_Tracking",
                 "MasterLabel": "ShipFast Tracking", "Endpoint": "callout:ShipFast_API/odata",
                 "Type": "OData4", "PrincipalType": "Anonymous", "Protocol": "NoAuthentication",
                 "IsWritable": False, "NamedCredentialId": shipfast_nc, "NamespacePrefix": None,
                 "CreatedDate": sf_time(GO_LIVE + 41 * day)},
            ],
            "ConnectedApplication": [
                {"Id": self.sf_id("0H4"), "Name": name,
                 "OptionsAllowAdminApprovedUsersOnly": name in ("Storefront Sync",),
                 "OptionsRefreshTokenValidityMetric": False,
                 "RefreshTokenValidityPeriod": 90 if name == "Storefront Sync" else None,
                 "StartUrl": None, "MobileStartUrl": None,
                 "CreatedDate": sf_time(GO_LIVE + i * 30 * day)}
                for i, name in enumerate(apps)
            ],
            "OauthToken": [
                {"Id": self.sf_id("0CQ"), "AppName": app, "UserId": user, "UseCount": uses,
                 "LastUsedDate": sf_time(REFERENCE_DATE - days * day),
                 "AppMenuItemId": None, "CreatedDate": sf_time(GO_LIVE + 3 * day)}
                for app, user, uses, days in (
                    ("Storefront Sync", integration, 48211, 0.01),
                    ("Mailchimp for Salesforce", marketing, 3120, 0.3),
                    ("DocuSign eSignature", admin, 212, 12),
                    ("Dataloader", admin, 14, 331),
                )
            ],
        }  # fmt: skip

    def tooling(self, order_object: str, integration: str) -> Row:
        def package(name: str, ns: str, version: tuple[int, int, int, int], label: str) -> Row:
            return {"Id": self.sf_id("0A3"), "SubscriberPackageId": self.sf_id("033"),
                    "SubscriberPackage": {"Id": None, "Name": name, "NamespacePrefix": ns},
                    "SubscriberPackageVersion": {
                        "Id": self.sf_id("04t"), "Name": label, "MajorVersion": version[0],
                        "MinorVersion": version[1], "PatchVersion": version[2],
                        "BuildNumber": version[3]}}  # fmt: skip

        def remote(name: str, url: str, ns: str | None, description: str) -> Row:
            insecure = url.startswith("http:")
            return {"Id": self.sf_id("0rp"), "SiteName": name, "EndpointUrl": url, "IsActive": True,
                    "ProtocolMismatch": insecure, "Description": description,
                    "NamespacePrefix": ns, "FullName": f"{ns}__{name}" if ns else name,
                    "Metadata": {"url": url, "isActive": True, "disableProtocolSecurity": insecure,
                                 "description": description}}  # fmt: skip

        def outbound(
            name: str, entity: tuple[str, str], endpoint: str, fields: list[str], session: bool
        ) -> Row:
            return {"Id": self.sf_id("04k"), "Name": name, "EntityDefinitionId": entity[0],
                    "IntegrationUserId": integration, "ApiVersion": 59.0, "NamespacePrefix": None,
                    "FullName": f"{entity[1]}.{name.replace(' ', '_')}",
                    "Metadata": {"apiVersion": 59.0, "description": None, "endpointUrl": endpoint,
                                 "fields": fields, "includeSessionId": session,
                                 "integrationUser": f"integration@{DOMAIN}", "name": name,
                                 "protected": False, "useDeadLetterQueue": False}}  # fmt: skip

        return {
            "InstalledSubscriberPackage": [
                package("Mailchimp for Salesforce", "mc4sf", (1, 117, 0, 1), "Summer 2025"),
                package("DocuSign eSignature for Salesforce", "dfsle", (7, 6, 0, 2), "v7.6"),
            ],
            "RemoteProxy": [
                remote("ShipFast_Labels", "http://api.shipfast.example", None,
                       "Shipping labels (legacy plain-http endpoint)"),
                remote("Mailchimp_API", "https://us6.api.mailchimp.com", "mc4sf",
                       "Mailchimp audience sync"),
                remote("DocuSign_API", "https://www.docusign.net", "dfsle", "DocuSign envelopes"),
            ],
            "WorkflowOutboundMessage": [
                outbound("Order to ShipFast", (order_object, "Storefront_Order__c"),
                         "https://hooks.shipfast.example/sfdc",
                         ["Id", "Order_Number__c", "Customer_Email__c", "Shipping_Postcode__c"],
                         False),
                outbound("New Lead to Marketing", ("Lead", "Lead"),
                         f"https://hooks.{DOMAIN}/salesforce/leads",
                         ["Id", "FirstName", "LastName", "Email", "Company"], True),
            ],
            "PlatformEventChannelMember": [
                {"Id": self.sf_id("0v8"), "DeveloperName": "ChangeEvents_ContactChangeEvent",
                 "EventChannel": "ChangeEvents", "SelectedEntity": "ContactChangeEvent",
                 "NamespacePrefix": None, "FullName": "ChangeEvents_ContactChangeEvent",
                 "Metadata": {"eventChannel": "ChangeEvents",
                              "selectedEntity": "ContactChangeEvent"}},
            ],
        }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=HERE / "salesforce_org.json")
    parser.add_argument("--storefront", type=Path, default=HERE / "storefront.sqlite")
    args = parser.parse_args(argv)
    org = Generator(args.storefront).build()
    text = json.dumps(org, indent=1, ensure_ascii=False) + "\n"
    args.out.write_text(text, encoding="utf-8")
    counts = {name: len(spec["records"]) for name, spec in org["objects"].items()}
    print(f"{args.out} ({len(text.encode()):,} bytes): {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
