"""Held-out set puzzletime: the test fixtures of PuzzleTime, the time-tracking and project
controlling application of Puzzle ITC (a Swiss software company): employees book hours on
orders and absences, and the company plans, prices and invoices its orders to clients.

The tests load ``test/fixtures/<table>.yml``: employees (first and last name, initials, a SHA-1
password hash, e-mail, LDAP name, social insurance number, birthday, city, marital status,
nationalities, graduation, department, workplace, coach), their employments (percentage, dates,
vacation days) with roles and levels, work times (hours on a work item or an absence, ticket,
internal description), expenses (kind, status, amount, dates, description, reason, reviewer),
overtime transfers, plannings and custom lists; the clients, their contact persons (name,
function, e-mail, phone and mobile number) and billing addresses, the tree of work items,
orders with contracts, comments, targets, risks and chances, accounting posts, invoices; and
reference tables (absence kinds, departments, order kinds and statuses, portfolio items,
sectors, services, target scopes, holidays, workplaces, working conditions, employment roles).

Every fixture file, every row, loaded into PostgreSQL through ``railsfixtures`` (a table per
file; ids from the labels as Rails computes them unless the file gives one; an association
written as a fixture label, ``department: devone``, kept as that label; columns typed from the
values as YAML 1.1 reads them, so a phone number written ``0310000000`` is the octal integer
52428800 and a date written ``2006.07.01`` a string). The one ERB tag, ``<%=
Employee.encode('ptime') %>``, becomes what ``Employee.encode`` returns: the SHA-1 hex digest of
``ptime``. ``files/`` holds API responses, not fixtures.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import railsfixtures
from sqlsource import text_of

REPO = "puzzle/puzzletime"
COMMIT = "b274fe0549e67b1f6167f939efb3445e1aa734b5"
FILES = "test/fixtures/<table>.yml for 35 tables (the Rails test fixtures, all rows)"
LICENCE = "AGPL-3.0 (LICENSE of the repository)"
ENGINE = "postgresql"

_TABLES = (
    "absences",
    "accounting_posts",
    "authentications",
    "billing_addresses",
    "clients",
    "contacts",
    "contracts",
    "custom_lists",
    "departments",
    "employees",
    "employment_role_categories",
    "employment_role_levels",
    "employment_roles",
    "employment_roles_employments",
    "employments",
    "expenses",
    "holidays",
    "invoices",
    "order_comments",
    "order_kinds",
    "order_statuses",
    "order_targets",
    "order_uncertainties",
    "orders",
    "overtime_vacations",
    "plannings",
    "portfolio_items",
    "sectors",
    "services",
    "target_scopes",
    "user_notifications",
    "work_items",
    "working_conditions",
    "workplaces",
    "worktimes",
)


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""

    def fixture(table: str) -> str:
        return text_of(read(f"test/fixtures/{table}.yml"))

    extra = {"<%= Employee.encode('ptime') %>": hashlib.sha1(b"ptime").hexdigest()}
    return railsfixtures.script(fixture, _TABLES, extra)
