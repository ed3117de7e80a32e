"""Demographic, financial and physical facts about people, mailbox names without a domain and
Windows accounts (issue 15): what a privacy team expects in an inventory beyond contact data.
All values are made up."""

from __future__ import annotations

import pytest

from classifiers import FieldContext, default_classifier
from classifiers.demographics import _child_ages

from .table_verdicts import table_verdicts

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
        ("age", "students", "int", tuple(range(18, 40)), "DEMOGRAPHIC"),
        ("customer_age", "customers", "smallint", (), "DEMOGRAPHIC"),
        ("salaryamount", "employees", "decimal(15,2)", (), "FINANCIAL"),  # glued words
        ("maritalstatus", "employee", "char(1)", ("S", "M"), "DEMOGRAPHIC"),
        ("commission", "salesperson", "numeric(10,2)", (), "FINANCIAL"),
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


@pytest.mark.parametrize(
    "name, table, data_type, samples, entity",
    [
        ("birthplace", "patients", "text", (), "DEMOGRAPHIC"),
        ("birth_city", "people", "varchar(40)", (), "DEMOGRAPHIC"),
        ("InsuranceID", "patient", "int(11)", (68476213, 30542123, 19283746), "INSURANCE_ID"),
        ("policy_number", "members", "varchar(20)", (), "INSURANCE_ID"),
    ],
)
def test_places_of_birth_and_insurance_numbers(name, table, data_type, samples, entity):
    person = ("FirstName", "LastName", "EmailAddress")
    assert entity in _found(name, table, data_type, samples, siblings=(*person, name))


def test_an_animals_name_birth_date_sex_and_weight_are_not_a_persons():
    siblings = ("dog_id", "owner_id", "name", "gender", "date_of_birth", "weight", "owner_name")
    for name, data_type in (("name", "varchar(40)"), ("gender", "varchar(1)"),
                            ("date_of_birth", "date"), ("weight", "numeric")):  # fmt: skip
        found = _found(name, "kennel.dogs", data_type, siblings=siblings)
        assert not {"PERSON_NAME", "GENDER", "DATE_OF_BIRTH", "PHYSICAL"} & set(found), name
    assert "PERSON_NAME" in _found("owner_name", "kennel.dogs", siblings=siblings)


def test_codes_of_nine_bare_digits_need_a_name_to_be_national_ids():
    codes = tuple(str(419199007 + 7919 * i) for i in range(20))  # clinical-code-like numbers
    found = _found("code", "allergies", "text", codes, siblings=("patient", "code", "description"))
    assert "NATIONAL_ID" not in found, found


def test_an_organisations_tax_id_is_not_personal_data():
    siblings = ("organization_id", "organization_name", "uk_vat_number")
    vat = tuple(f"GB{123456789 + 11 * i}" for i in range(10))
    assert "TAX_ID" not in _found("uk_vat_number", "organizations", samples=vat, siblings=siblings)


def test_a_stores_address_is_not_free_text_about_people():
    siblings = ("store_id", "store_name", "store_address", "store_phone", "store_email")
    addresses = tuple(
        f"{i} Harbour Road, Suite {i}, Port Ellen, Islay PA42 7{i}X" for i in range(20)
    )
    found = _found("store_address", "department_stores", "text", addresses, siblings=siblings)
    assert "FREE_TEXT" not in found, found


def test_an_integer_key_with_short_values_is_no_issued_number():
    """``Policy_ID`` holding 119, 141... is the row's key; ``InsuranceID`` holding eight-digit
    numbers is a number an insurer issued, even in an integer column."""
    key = _found("Policy_ID", "customer_policies", "integer", (119, 141, 143, 218, 264),
                 siblings=("Customer_ID", "Policy_ID"))  # fmt: skip
    assert "INSURANCE_ID" not in key
    issued = _found("InsuranceID", "patient", "integer", (68476213, 36546321, 65465421),
                    siblings=("SSN", "Name", "InsuranceID"))  # fmt: skip
    assert "INSURANCE_ID" in issued
    tax_key = _found("council_tax_id", "council_tax", "integer", (1, 2, 3, 7, 8, 9))
    assert "TAX_ID" not in tax_key


def test_a_table_named_for_an_occupation_is_about_people():
    """``journalist.age``: the table's name alone (an occupation from Faker's job titles) says
    its rows are people, with no person column beside it."""
    assert "DEMOGRAPHIC" in _found("Age", "journalist", "int", siblings=("journalist_ID", "Age"))
    assert "DEMOGRAPHIC" not in _found("Age", "processor", "int", siblings=("id", "Age"))


_DONOR = ("name", "email", "phone")
_GIVER = ("first_name", "last_name", "email", "phone")


@pytest.mark.parametrize(
    "name, table, samples, siblings, entity",
    [
        # a person's own facts stay theirs: a health record, a survey, a donor's age in years
        ("health", "health_records", ("Asthma",), ("patient_id", *_DONOR), "HEALTH"),
        ("education", "education_surveys", ("Degree",), _DONOR, "DEMOGRAPHIC"),
        ("age", "blood_donations", ("34", "52"), _DONOR, "DEMOGRAPHIC"),
        ("age", "organ_donations", ("34", "52"), ("organ", *_DONOR), "DEMOGRAPHIC"),
        ("age", "members", ("25-34", "35-44"), _DONOR, "DEMOGRAPHIC"),
        ("age", "gift_cards", ("3-6 yrs",), _DONOR, "DEMOGRAPHIC"),
        # review: the giver's own facts in a table named for what is given from them (a share
        # of income, payroll giving, a sponsored weight loss, a faith's offering)
        ("income", "income_pledges", ("42000", "55000"), _GIVER, "FINANCIAL"),
        ("salary", "salary_donations", ("42000", "55000"), (*_GIVER, "amount"), "FINANCIAL"),
        ("weight", "weight_pledges", ("82", "95"), _GIVER, "PHYSICAL"),
        ("health", "health_pledges", ("Diabetic", "Asthma"), _GIVER, "HEALTH"),
        ("disability", "disability_gifts", ("Wheelchair user", "Deaf"), _GIVER, "HEALTH"),
        (
            "religion",
            "religion_offerings",
            ("Hindu", "Buddhist"),
            (*_GIVER, "amount"),
            "SENSITIVE_DEMOGRAPHIC",
        ),
        # an aid's word holding numbers beside a gift's amount: the donor's years of schooling
        ("education", "education_donations", ("12", "16"), (*_GIVER, "amount"), "DEMOGRAPHIC"),
        # review: a donor's age band beside the thing's column is an adult's, no child's range
        ("age", "book_donations", ("25-34", "35-44", "65+"), ("book", *_GIVER), "DEMOGRAPHIC"),
        ("age", "toy_gifts", ("18-24", "45-54"), ("toy", *_GIVER), "DEMOGRAPHIC"),
    ],
)
def test_facts_of_people_beside_things_given(name, table, samples, siblings, entity):
    assert entity in _found(name, table, "varchar(255)", samples, (*siblings, name))


@pytest.mark.parametrize(
    "name, table, samples, siblings, entity",
    [
        # the kind of thing given, named by the table's own word before donations or gifts
        # beside the gift's own record (an amount, a campaign's key)
        ("health", "health_donations", ("Vitamin tablets",), (*_DONOR, "amount"), "HEALTH"),
        (
            "education",
            "education_gifts",
            ("Exercise books",),
            (*_DONOR, "campaign_id"),
            "DEMOGRAPHIC",
        ),
        # the ages a toy or a book given is meant for, beside the thing the table is named by
        ("age", "toy_donations", ("3-6 yrs", "8+"), ("toy", *_DONOR), "DEMOGRAPHIC"),
        ("age", "book_pledges", ("9-12",), ("book", *_DONOR), "DEMOGRAPHIC"),
    ],
)
def test_things_given_are_no_facts_of_people(name, table, samples, siblings, entity):
    assert entity not in _found(name, table, "varchar(255)", samples, (*siblings, name))


def test_an_age_range_of_thousands_of_digits_is_no_childs_and_raises_nothing() -> None:
    assert not _child_ages("9" * 5000 + "-5")
    assert _child_ages("4-10 yrs")


# -- pay by the hour (round 42) -------------------------------------------------------------------

_PEOPLE = ("first_name", "last_name", "email")


@pytest.mark.parametrize(
    "name, table, data_type, samples, siblings",
    [
        # a price by the hour: of a car park, a meeting room, a car share's vehicle, a service
        ("hourly", "parking_lots", "numeric(6,2)", ("2.50", "3.00"), ("id", "name", "hourly")),
        ("hourly_rate", "meeting_rooms", "numeric(6,2)", ("40.00",), ("id", "room", "capacity")),
        ("hourly", "vehicles", "numeric(6,2)", ("12.00", "9.00"), ("id", "plate", "daily")),
        ("hourly_rate", "services", "numeric(8,2)", ("80.00",), ("id", "title", "hourly_rate")),
        # a parking session's price keyed to its customer: what the customer is charged
        ("hourly", "parking_sessions", "numeric(6,2)", ("2.50",), ("id", "customer_id", "hourly")),
        # a person's switch of hourly digests, a rate limit, and whether the job is paid hourly
        ("hourly", "users", "integer", ("0", "1", "1"), _PEOPLE),
        ("hourly_limit", "users", "integer", ("100", "500"), _PEOPLE),
        ("hourly", "employees", "varchar(3)", ("yes", "no"), _PEOPLE),
        # a weather forecast's hours
        ("hourly", "forecasts", "jsonb", ('{"temp": [12, 13]}',), ("id", "city", "daily")),
    ],
)
def test_a_price_or_a_switch_by_the_hour_is_no_pay(name, table, data_type, samples, siblings):
    assert "FINANCIAL" not in _found(name, table, data_type, samples, siblings)


@pytest.mark.parametrize(
    "name, table, samples",
    [
        ("hourly", "employees", ("7.00", "7.00", "9.50")),
        ("hourly_rate", "tutors", ("25.00", "30.00")),
        ("hourly_pay", "staff", ("12.50",)),
        ("hourly", "caregivers", ("14.00", "15.50")),
        ("HourlyRate", "contractors", ("85.00", "90.00")),
    ],
)
def test_a_persons_pay_by_the_hour(name, table, samples):
    found = _found(name, table, "numeric(8,2)", samples, (*_PEOPLE, name))
    assert "FINANCIAL" in found, found


# -- a person's health conditions as tags (round 42) ----------------------------------------------

_TAGS = "jsonb"


@pytest.mark.parametrize(
    "name, table, samples, siblings",
    [
        # a hotel room's and a recipe's features: no person's
        ("features", "rooms", ('["wheelchair_accessible", "sea_view"]', '["deaf_alarm"]'), ("id",)),
        ("tags", "recipes", ('["diabetic", "low_salt"]', '["diabetic", "vegan"]'), ("id", "title")),
        # an insurance plan's covered conditions
        ("covered", "plans", ('["diabetes", "asthma"]', '["dementia"]'), ("id", "premium")),
        # a doctor's specialties and a carer's skills name the conditions they treat
        ("specialties", "doctors", ('["diabetes", "dementia"]', '["asthma"]'), _PEOPLE),
        (
            "skills",
            "caregivers",
            ('["dementia_care", "wheelchair_transfer"]', '["hoist"]'),
            _PEOPLE,
        ),
        # a charity supporter's interests: the causes they give to
        ("interests", "donors", ('["dementia_research", "deaf_children"]', '["cancer"]'), _PEOPLE),
        # tags, preferences and badges of customers and members with no health word
        ("tags", "customers", ('["vip", "newsletter"]', '["wholesale"]'), _PEOPLE),
        ("preferences", "guests", ('["vegan", "gluten_free"]', '["late_checkout"]'), _PEOPLE),
        # one health word among many tags: a share too small
        ("badges", "members", ('["runner"]', '["blind_tasting"]', '["chef"]', '["host"]'), _PEOPLE),
    ],
)
def test_tags_that_are_no_persons_health(name, table, samples, siblings):
    assert "HEALTH" not in _found(name, table, _TAGS, samples, siblings)


@pytest.mark.parametrize(
    "name, table, samples",
    [
        (
            "characteristics",
            "residents",
            ('["diabetic", "wheelchair"]', '["fall_risk", "memory_loss"]'),
        ),
        (
            "flags",
            "clients",
            ('["bedridden", "incontinent"]', '["hearing_impaired"]', '["active"]'),
        ),
        ("needs", "passengers", ('["wheelchair"]', '["blind", "guide_dog"]')),
        ("profile_tags", "members", ('["epileptic"]', '["asthmatic", "dementia"]', '["dialysis"]')),
    ],
)
def test_a_persons_health_conditions_as_tags(name, table, samples):
    found = _found(name, table, _TAGS, samples, (*_PEOPLE, name))
    assert "HEALTH" in found, found


# -- narrowed on review (review-tune42): made-up tables like the review's probes ------------------

_ROW = {
    "id": ("1", "2", "3"),
    "first_name": ("Ana", "Tom", "Lia"),
    "last_name": ("Lee", "Park", "Moss"),
    "email": ("ana.lee@example.org", "tom.park@example.org", "lia.moss@example.org"),
}
_GAMER = {"id": ("1", "2"), "username": ("ace", "bob"), "email": _ROW["email"]}


def _in_table(
    table: str, name: str, data_type: str, samples: tuple[str, ...], row: dict | None = None
) -> set[str]:
    """The entities of one column of a made-up table of people (every column a sibling)."""
    columns = {**(_ROW if row is None else row), name: samples}
    found = table_verdicts(table, columns, {"id": "integer", name: data_type}, default_type=_V)
    return set(found[name])


_V = "varchar(60)"


@pytest.mark.parametrize(
    "table, name, data_type, samples, row",
    [
        # a login's, a VPN's, a digest's, single sign-on's or a trailer's state: a switch
        ("users", "status", _V, ("active", "disabled", "active"), None),
        ("employees", "vpn_access", _V, ("enabled", "disabled"), None),
        ("subscribers", "digest", _V, ("disabled", "weekly"), None),
        ("users", "sso", _V, ("enabled", "disabled", "disabled"), None),
        ("drivers", "trailer", _V, ("disabled", "flatbed"), None),
        # poker blinds, a sealed-bid auction, a double-blind review, a desktop theme
        ("players", "seat_role", _V, ("small_blind", "big_blind", "dealer", "button"), _GAMER),
        ("bidders", "auction_type", _V, ("blind", "open"), None),
        ("reviewers", "review_mode", _V, ("double_blind", "single_blind", "open"), None),
        ("users", "desktop_theme", _V, ("oxygen", "breeze"), None),
        # a game's debuffs, a credit-impaired loan, a climber's and a diver's oxygen
        ("players", "debuffs", _TAGS, ('["paralysis", "poison"]', '["blind"]', '["slow"]'), _GAMER),
        (
            "customers",
            "credit_flags",
            _TAGS,
            ('["impaired_credit"]', '["arrears", "impaired_credit"]', '["prime"]'),
            None,
        ),
        (
            "climbers",
            "equipment",
            _TAGS,
            ('["oxygen", "crampons"]', '["oxygen"]', '["rope"]'),
            None,
        ),
        ("members", "gas_certs", _TAGS, ('["oxygen"]', '["nitrox", "oxygen"]', '["trimix"]'), None),
        # what a person does, works on or studies about conditions
        (
            "employees",
            "courses_completed",
            _TAGS,
            ('["dementia_awareness"]', '["epilepsy_first_aid", "fire_safety"]'),
            None,
        ),
        ("nurses", "units", _TAGS, ('["dialysis"]', '["dementia_ward"]', '["icu"]'), None),
        ("volunteers", "roles", _TAGS, ('["wheelchair_pusher"]', '["guide_dog_trainer"]'), None),
        ("authors", "keywords", _TAGS, ('["diabetes", "insulin"]', '["hypertension"]'), None),
        ("students", "modules", _TAGS, ('["diabetes_care", "anatomy"]', '["dementia_care"]'), None),
        ("doctors", "clinics", _TAGS, ('["diabetes_clinic"]', '["epilepsy_clinic"]'), None),
        ("caregivers", "experience", _TAGS, ('["dementia", "alzheimers"]', '["wheelchair"]'), None),
        ("agents", "queues", _TAGS, ('["disabled_customers"]', '["billing"]'), None),
        # a van's or a let unit's features
        (
            "drivers",
            "vehicle_features",
            _TAGS,
            ('["wheelchair_ramp", "ac"]', '["wheelchair_ramp"]'),
            None,
        ),
        (
            "tenants",
            "unit_features",
            _TAGS,
            ('["wheelchair_accessible", "balcony"]', '["elevator"]'),
            None,
        ),
        # one condition tag among many rows of people's tags: a share of rows too small
        (
            "members",
            "tags",
            _TAGS,
            ('["vip"]', '["vip"]', '["vip"]', '["diabetic"]'),
            None,
        ),
    ],
)
def test_states_and_tags_of_other_domains_are_no_health(table, name, data_type, samples, row):
    assert "HEALTH" not in _in_table(table, name, data_type, samples, row)


_N = "numeric(8,2)"


@pytest.mark.parametrize(
    "table, name, data_type, samples, row",
    [
        # a rig's hash rate, a game's gold, an API quota per hour
        (
            "workers",
            "hourly_rate",
            _N,
            ("512.30", "498.10"),
            {"id": ("1", "2"), "worker_name": ("rig-01", "rig-02"), "last_share_at": ()},
        ),
        ("players", "hourly", "integer", ("1200", "3400"), _GAMER),
        ("users", "hourly", "integer", ("1000", "5000"), None),
        # a measurement: an infusion's rate, hourly rainfall, the Hour's distance
        ("patients", "hourly_rate", _N, ("12.50", "40.00"), None),
        ("observers", "hourly", _N, ("0.20", "3.40", "0.00"), None),
        ("athletes", "hourly", "numeric(6,3)", ("49.254", "52.116"), None),
        # a price the person is charged: a coworking desk, a lesson, a day-use room, a lawyer
        ("members", "hourly_rate", _N, ("15.00", "15.00", "12.00"), None),
        ("students", "hourly_rate", _N, ("30.00", "25.00"), None),
        ("guests", "hourly_rate", _N, ("35.00", "35.00"), None),
        ("customers", "hourly_rate", _N, ("120.00", "95.00"), None),
        # a flag with nothing sampled, a notification mode, a 0/1 switch kept as numeric(10,4)
        ("employees", "hourly", "smallint", (), None),
        ("drivers", "hourly", "integer", ("0", "1", "2"), None),
        ("employees", "hourly", "numeric(10,4)", ("1.0000", "0.0000"), None),
    ],
)
def test_rates_measures_prices_and_modes_by_the_hour_are_no_pay(
    table, name, data_type, samples, row
):
    assert "FINANCIAL" not in _in_table(table, name, data_type, samples, row)


def test_pay_by_the_hour_beside_a_hiring_date() -> None:
    # a table of people no job word names, whose rows are hired: their pay by the hour
    row = {**_ROW, "hired_on": ("2021-03-01", "2022-07-15", "2023-01-09")}
    assert "FINANCIAL" in _in_table("people", "hourly_rate", _N, ("18.00", "21.50"), row)
