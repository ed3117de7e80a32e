"""Held-out set horilla: the demo database of Horilla (an open-source HRMS: employees, attendance,
leave, payroll, recruitment, onboarding and offboarding, performance, assets and projects;
Django).

Horilla's "load demo data" action loads fourteen fixture files of ``load_data/`` with
``loaddata``, in this order: the user accounts (128, with user names, first and last names,
e-mail addresses and password hashes), the employees (126, with badge id, names, e-mail, phone,
address, country, state, city, ZIP, date of birth, gender, qualification and experience, marital
status, children, emergency contact with name and relation, profile image, and their documents),
the company structure (companies with address, departments, job positions and roles, work types
and shifts with their assignments and requests, holidays, announcements, mail templates), the
employees' work information (job, manager, work e-mail and phone, location, joining date,
contract end, basic salary and salary per hour) with policies, disciplinary actions and FAQs,
attendance records and overtime, leave types, balances and requests, assets and their
assignments, recruitments with their candidates (name, e-mail, phone, address, country, state,
city, ZIP, date of birth, gender, source, resume, portfolio) and their interviews, ratings and
survey answers, onboarding and offboarding stages with resignation letters, objectives, key
results, feedback and meetings, payroll allowances, deductions, tax brackets, reimbursements and
a loan account, and a project with its tasks.

Every object of those files loaded into PostgreSQL through ``djangofixtures`` (a table per model,
named as Django names it), a later object replacing an earlier one of the same model and key, as
``loaddata`` does; but the objects of the two history models (django-simple-history's records of
shift requests and key results, 42 rows), whose fields include the ``id`` of the object they
record beside their own key, which ``djangofixtures`` does not read.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import djangofixtures
from sqlsource import text_of

REPO = "horilla-opensource/horilla"
COMMIT = "72e7198fa42220e704579d23db071cf902fc20d9"
FILES = "load_data/*.json: the 14 files of the demo database, in the order Horilla loads them"
LICENCE = "LGPL-2.1"
ENGINE = "postgresql"

_FIXTURES = (
    "user_data",
    "employee_info_data",
    "base_data",
    "work_info_data",
    "attendance_data",
    "leave_data",
    "asset_data",
    "recruitment_data",
    "onboarding_data",
    "offboarding_data",
    "pms_data",
    "payroll_data",
    "payroll_loanaccount_data",
    "project_data",
)


_HISTORY = ("base.historicalshiftrequest", "pms.historicalkeyresult")


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the demo fixtures (but the history models) as one
    PostgreSQL script."""
    objects = []
    for name in _FIXTURES:
        text = text_of(read(f"load_data/{name}.json"))
        kept = [o for o in json.loads(text) if o.get("model") not in _HISTORY]
        objects.extend(djangofixtures.objects(json.dumps(kept)))
    return djangofixtures.script(objects)
