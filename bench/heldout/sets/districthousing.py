"""Held-out set districthousing: the test fixtures of District Housing, a Code for DC Rails
application with which caseworkers help clients apply for Section 8 (subsidised) housing in
Washington, DC, by filling many landlords' and agencies' PDF application forms from one online
form about the applicant and their household.

The tests load ``test/fixtures/<table>.yml``: caseworkers' accounts (``users``: e-mail, role),
applicants (the user who helps them, the person who is the applicant), people (applicants,
household members, landlords and contacts: first, middle and last name, SSN, date of birth,
gender, work, home and cell phones, e-mail, country, state and city of birth, citizenship,
driver's licence number, state and expiry, marital and student status, race, ethnicity,
occupation, the mailing address), addresses (street, city, state, zip), an applicant's past
residences (address, start and end, reason for leaving, landlord, rent), household members and
contacts (the person and the relationship), criminal histories (crime type, description, state,
year), employments (start and end, employer, supervisor, position, address, phone), incomes
(amount, type, interval), the housing application forms and their fields, and the applicant's
record in Salesforce.

Every row of the thirteen fixture files, loaded into PostgreSQL through ``railsfixtures`` (a
table per file; ids from the labels as Rails computes them; an association written as a fixture
label, ``person: one``, kept as that label in a column named ``person``; only the columns the
fixtures fill, not every column of ``db/schema.rb``). The one ERB tag,
``<%= User::USER_ROLES[:sample] %>``, becomes 2, its value in ``app/models/user.rb``.
``form.pdf`` and ``.gitkeep`` are not fixtures.
"""

from __future__ import annotations

from collections.abc import Callable

import railsfixtures
from sqlsource import text_of

REPO = "civictechdc/districthousing"
COMMIT = "7c836e358312d4491b973b19ca44f4a2ddad7ae4"
FILES = "test/fixtures/*.yml (the 13 Rails test fixture files; all rows)"
LICENCE = "MIT (LICENSE.md of the repository)"
ENGINE = "postgresql"

_TABLES = (
    "users",
    "applicants",
    "people",
    "addresses",
    "residences",
    "household_members",
    "contacts",
    "criminal_histories",
    "employments",
    "incomes",
    "housing_forms",
    "form_fields",
    "salesforce_applicants",
)


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""

    def fixture(table: str) -> str:
        return text_of(read(f"test/fixtures/{table}.yml"))

    extra = {"<%= User::USER_ROLES[:sample] %>": "2"}
    return railsfixtures.script(fixture, _TABLES, extra)
