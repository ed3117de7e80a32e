"""Rules of the forty-eighth round: a computerised national identity card's number (``cnic``) on
its own, ``orphan`` as a people word, Google+ written as two words, a pay's period glued before a
pay word (``monthlyearning``), a count of children of a kind (``no_of_previous_children``) and a
person's special needs. Every table, column and value is made up; the negative cases come from
other domains (a server room's network cards, a file store's orphaned files, a blog's share
buttons, a shop's books, a job board, a hotel's bookings, a category tree, a product catalogue,
a hotel's rooms)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_TYPES = {
    "id": "int",
    "google_plus_shares": "int",
    "netincome": "numeric",
    "annualsalary": "int",
    "monthlyincome": "numeric",
    "monthlyearning": "int",
    "noofchildren": "int",
    "adults": "int",
    "noofpreviouschildren": "int",
    "google_plus": "text",
    "show_google_plus": "boolean",
}


def _found(table: str, columns: dict[str, tuple[object, ...]], column: str) -> set[str]:
    return set(explanations(table, columns, _TYPES)[column])


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a server room's network cards: ``nic`` is no identity card without people
        ("servers", {"id": (), "hostname": ("db-4",), "nic_no": ("2",)}, "nic_no", "NATIONAL_ID"),
        # a file store's orphaned files: their name is a file's, no person's
        (
            "orphan_files",
            {"id": (), "name": ("scan_0042.tif",), "size": ("4096",)},
            "name",
            "PERSON_NAME",
        ),
        # a blog's share buttons and an article's share count are no one's account
        ("share_settings", {"id": (), "show_google_plus": (True,)}, "show_google_plus", "USERNAME"),
        (
            "articles",
            {"id": (), "title": ("Spring fair",), "google_plus_shares": (12,)},
            "google_plus_shares",
            "USERNAME",
        ),
        # a shop's invoices' net income is its takings; a job board's salary is the job's
        (
            "sales_invoices",
            {"id": (), "invoice_no": ("F-88",), "netincome": ("120.50",)},
            "netincome",
            "FINANCIAL",
        ),
        (
            "job_offers",
            {"id": (), "title": ("Welder",), "annualsalary": (31000,)},
            "annualsalary",
            "FINANCIAL",
        ),
        (
            "stores",
            {"id": (), "name": ("North Mall",), "monthlyincome": ("8800",)},
            "monthlyincome",
            "FINANCIAL",
        ),
        # a hotel's bookings count a party's children; a category tree keeps its children
        (
            "bookings",
            {"id": (), "guest_name": ("A. Ruiz",), "adults": (2,), "noofchildren": (1,)},
            "noofchildren",
            "DEMOGRAPHIC",
        ),
        (
            "categories",
            {"id": (), "parent_id": (), "previous_children": ("[3, 4]",)},
            "previous_children",
            "DEMOGRAPHIC",
        ),
        # a product's and a hotel room's special needs, a special offer: no person's health
        (
            "products",
            {"id": (), "sku": ("KB-1",), "special_needs": ("fragile",)},
            "special_needs",
            "HEALTH",
        ),
        ("rooms", {"id": (), "floor": ("2",), "specialneeds": ("ramp",)}, "specialneeds", "HEALTH"),
        (
            "customers",
            {"id": (), "first_name": ("Ola",), "special_offer": ("spring",)},
            "special_offer",
            "HEALTH",
        ),
    ],
)
def test_not_flagged_elsewhere(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity not in _found(table, columns, column)


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a visitors' comments keyed by their identity card's number, with no person's name
        (
            "visitor_comments",
            {"id": (), "cnic": ("4210112345671",), "remark": ("Kind staff",)},
            "cnic",
            "NATIONAL_ID",
        ),
        # a children's home's orphans: people, with their card number and schooling
        (
            "orphans",
            {"cnic": ("4210198765431",), "full_name": ("Sana Ali",), "education": ("Grade 4",)},
            "cnic",
            "NATIONAL_ID",
        ),
        (
            "orphans",
            {"cnic": ("4210198765431",), "full_name": ("Sana Ali",), "education": ("Grade 4",)},
            "education",
            "DEMOGRAPHIC",
        ),
        # a member's Google+ handle beside their other networks
        (
            "member_profiles",
            {"id": (), "member_id": (), "twitter": ("@kat",), "google_plus": ("KatBee",)},
            "google_plus",
            "USERNAME",
        ),
        # a prospective adopter's monthly earning and children, lower-cased from camel case
        (
            "adoption_applicants",
            {"id": (), "name": ("Omar Khan",), "monthlyearning": (90000,)},
            "monthlyearning",
            "FINANCIAL",
        ),
        (
            "adoption_applicants",
            {"id": (), "name": ("Omar Khan",), "noofpreviouschildren": (2,)},
            "noofpreviouschildren",
            "DEMOGRAPHIC",
        ),
        # a student's and a resident's special needs
        (
            "students",
            {"id": (), "first_name": ("Lea",), "specialneeds": ("hearing aid",)},
            "specialneeds",
            "HEALTH",
        ),
        (
            "residents",
            {"id": (), "full_name": ("Ben Ode",), "special_needs": ("wheelchair",)},
            "special_needs",
            "HEALTH",
        ),
    ],
)
def test_flagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity in _found(table, columns, column)
