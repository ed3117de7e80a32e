"""Demographic, financial and physical facts about people, mailbox names without a domain and
Windows accounts (issue 15): what a privacy team expects in an inventory beyond contact data.
All values are made up."""

from __future__ import annotations

import pytest

from classifiers import FieldContext, default_classifier

CLASSIFIER = default_classifier()


def _found(
    name: str,
    table: str,
    data_type: str = "varchar(40)",
    samples: tuple[object, ...] = (),
    siblings: tuple[str, ...] = (),
) -> dict[str, str]:
    ctx = FieldContext("s", table, name, data_type, samples=samples, siblings=siblings)
    return {h.entity: h.explanation for h in CLASSIFIER.classify([ctx])[0]}


@pytest.mark.parametrize(
    "name, table, data_type, samples, entity",
    [
        (
            "cust_marital_status",
            "sh.customers",
            "varchar(20)",
            ("single", "married"),
            "DEMOGRAPHIC",
        ),
        ("MaritalStatus", "prospectivebuyer", "char(1)", ("S", "M"), "DEMOGRAPHIC"),
        ("Education", "dimcustomer", "varchar(40)", ("Bachelors", "High School"), "DEMOGRAPHIC"),
        ("ethnicity", "patients", "varchar(30)", (), "SENSITIVE_DEMOGRAPHIC"),
        ("religion", "members", "text", (), "SENSITIVE_DEMOGRAPHIC"),
        ("salary", "hr.employees", "numeric(8,2)", (), "FINANCIAL"),
        ("YearlyIncome", "prospectivebuyer", "decimal(19,4)", (), "FINANCIAL"),
        ("cust_income_level", "customers", "varchar(30)", ("A: Below 30,000",), "FINANCIAL"),
        ("height", "people", "int", (), "PHYSICAL"),
        ("eye_color", "patients", "varchar(10)", (), "PHYSICAL"),
        ("birthMonth", "people", "int", tuple(range(1, 13)) * 3, "DATE_OF_BIRTH"),
        ("birth_day", "customers", "smallint", tuple(range(1, 29)), "DATE_OF_BIRTH"),
    ],
)
def test_facts_about_people(name, table, data_type, samples, entity):
    person = ("FirstName", "LastName", "EmailAddress")  # a table of people by its columns
    found = _found(name, table, data_type, samples, siblings=(*person, name))
    assert entity in found, found
    assert repr(name) in found[entity]


def test_a_salary_next_to_a_key_to_a_person_is_theirs():
    found = _found("salary", "salaries", "int", siblings=("yearID", "playerID", "salary"))
    assert "FINANCIAL" in found and "'playerID'" in found["FINANCIAL"]


@pytest.mark.parametrize(
    "name, table, data_type, siblings",
    [
        ("min_salary", "hr.jobs", "numeric(6,0)", ("job_id", "job_title", "min_salary")),
        ("weight", "products", "numeric(8,2)", ("sku", "weight")),
        ("education_id", "customers", "int", ()),
        ("num_salaries", "employees", "int", ()),
        ("has_income", "customers", "boolean", ()),
        ("race_id", "results", "int", ("race_id", "driver_id")),
    ],
)
def test_keys_counts_flags_and_catalogues_are_not_facts_about_people(
    name, table, data_type, siblings
):
    found = _found(name, table, data_type, siblings=siblings)
    assert not {"DEMOGRAPHIC", "SENSITIVE_DEMOGRAPHIC", "FINANCIAL", "PHYSICAL"} & set(found)


@pytest.mark.parametrize(
    "values",
    [
        (
            "SKING",
            "NKOCHHAR",
            "LDEHAAN",
            "AHUNOLD",
            "BERNST",
            "DAUSTIN",
            "VPATABAL",
            "DLORENTZ",
            "NGREENBE",
            "DFAVIET",
            "JCHEN",
            "ISCIARRA",
        ),
        tuple(
            f"{n}@intranet"
            for n in (
                "ana.lima",
                "raj.patel",
                "li.wei",
                "tom.berg",
                "eva.ross",
                "ali.khan",
                "jo.park",
                "ivy.chen",
                "sam.cole",
                "max.ruiz",
            )
        ),
    ],
    ids=["local parts", "single-label host"],
)
def test_mailbox_names_without_a_domain_in_an_email_column(values):
    found = _found("email", "hr.employees", samples=values)
    assert "EMAIL_ADDRESS" in found, found
    assert not any(v in found["EMAIL_ADDRESS"] for v in values)


def test_mailbox_shapes_alone_are_no_email():
    values = ("SKING", "NKOCHHAR", "LDEHAAN", "AHUNOLD", "BERNST", "DAUSTIN", "JCHEN", "ISCIARRA",
              "VPATABAL", "DLORENTZ", "NGREENBE")  # fmt: skip
    assert "EMAIL_ADDRESS" not in _found("code", "hr.employees", samples=values)


def test_windows_accounts_are_usernames_whatever_the_column_is_called():
    values = tuple(
        f"contoso\\{n}{i}"
        for i, n in enumerate(("ana", "raj", "li", "tom", "eva", "ali", "jo", "ivy", "sam", "max"))
    )
    found = _found("salesperson", "customer", samples=values)
    assert "USERNAME" in found, found
    assert not any(v in found["USERNAME"] for v in values)
