"""Held-out set guardagency: the database of MSA-MIS, the management information system of a
security guard agency in the Philippines, a C# Windows Forms desktop application on MySQL that a
team of students (commit authors lerycibalio, AJ Pasigado, Rhyle Abram Regodon and "Student";
about 1,200 commits) wrote from December 2016 to October 2017, apparently as their capstone
project (the README once linked the "full paper" and named the agency; in October 2018 the
author replaced the agency's name by its initials, "remove specific company information"). The
README lists its modules: guard management, client management, duty scheduling and payroll
management. Every table and column is named in English, in short run-together or camel-case
abbreviations (``FN``, ``MN``, ``LN``, ``BDate``, ``EdAtt``, ``PrevAss``).

The agency hires security guards and deploys them to client businesses. It keeps its guards
(first, middle and last name, status, birth date, gender, height, weight, religion, civil
status, mobile and telephone number, security guard licence number, SSS, TIN and PhilHealth
numbers, previous agency, previous assignment, educational attainment, course, military
trainings, an emergency contact's name and number, guard type: regular or officer), their
addresses (birthplace, temporary and permanent address: country, city, street number, barangay,
street) and their family (father, mother, spouse, sons, daughters, siblings: the relationship as
a code, first, middle and last name). Clients (company name, street number, street, barangay,
city, a contact person's name and number, the manager's name, status, a rate) send requests for
guards (type, date, status, who processed it) with the place and contract dates of the
assignment and the number of guards, or to unassign a guard; each assignment of a guard to a
request has duty details (time in and out, the days of the week, dates of effect and dismissal);
each client has certifiers (name and contact number) who certify a guard's pay period;
attendance per duty and date (time in, time out). Payroll: semi-monthly pay periods per guard,
payroll rows (the rates used, cash bond, thirteenth-month pay, cost-of-living allowance, SSS,
Pag-IBIG, PhilHealth and withholding tax deductions, cash advance, emergency allowance,
serialised hour and total summaries, status, hourly basic pay, who approved), the basic pay
history, premium rates for holidays, Sundays, night differential and overtime, the SSS
contribution table, withholding-tax brackets and values, holidays and their dates. Also incident
reports (type, who completed it, date, place, description) with the persons involved (type,
first, middle and last name), adjustment logs, user accounts (user name, bcrypt hash, type),
log-in history and an audit log of actions (session, time, event code, and the name of the
guard, client or payroll touched) with old and new values of changed columns.

``sql/msadb.sql`` is the team's "Final Database" (commit of 30 September 2017), a MySQL
Workbench dump (mysqldump 10.13, MySQL 5.7) of two databases in turn, ``msadb`` and
``msadbarchive`` (where a procedure copies an archived guard's rows). Only ``msadb`` is loaded:
all its 28 tables and all their rows: 199 guards, 597 addresses, 966 dependents, 16 clients, 49
certifiers, 4 requests for guards, 33 assignments, 9 duty details, 8 pay periods, 105 attendance
rows, 20 basic pays, 3 rate sets, 7 contribution periods, 67 SSS brackets, 48 and 16
withholding-tax rows, 22 holidays and their dates, 7 accounts, 202 log-ins, 10,963 audit-log
actions and 76 changed values. Empty as dumped: payroll, adjustment log, incident reports,
persons involved and unassignment requests. ``msadbarchive`` holds the same tables (and no rows)
and is left out. The agency is in the Davao region of Mindanao (the holidays include Davao City
Day and the Kadayawan Festival; the requested posts are in Davao and Mati). The guards and their
family look generated, by the team's populator (``src/populator``) or a later version of it:
first names from US census lists, numbers drawn at random in Philippine formats (the licence
number equals the SSS number in every row, every telephone number has one prefix), two heights,
three religions in even shares. The addresses look like another generator's dummy data (103
countries, one city per row), and so do the clients' certifiers; the clients are companies,
half of them from the populator's list of US company names, the rest other firms and a few local
businesses.

Translation, in this module: the dump's ``CREATE DATABASE`` and ``USE`` of ``msadb`` are dropped
(the loader chooses the database) and the dump is cut where the ``msadbarchive`` dump begins;
its 35 ``DELIMITER ;;`` blocks (triggers, a function and stored procedures) and its two views
(placeholders of ``select 1``, created then replaced) are left out; identifiers are lower-cased.
The rest runs as written in MariaDB.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, lower_identifiers, text_of

REPO = "jibalio/msa-mis"
COMMIT = "a6d060062cd5f9151c228a33ce134e50f48fe561"
PATH = "sql/msadb.sql"
FILES = (
    'sql/msadb.sql (the MySQL Workbench dump, "Final Database" of 30 September 2017, of '
    "MSA-MIS, a Philippine security guard agency's management system, a students' C# desktop "
    "application on MySQL: guards with their addresses and dependents, clients with their "
    "certifiers, requests for guards, assignments, duty details, attendance, pay periods, "
    "payroll, basic pay, premium rates, SSS and withholding-tax tables, holidays, incident "
    "reports, accounts, log-ins and an audit log; the database msadb, all 28 tables and all "
    "rows; not its triggers, routines and views, nor the empty archive database)"
)
LICENCE = "none stated (the repository has no licence file; a students' project)"
ENGINE = "mysql"

TABLES = [
    "account",
    "address",
    "adjustment_log",
    "attendance",
    "basicpay",
    "certifier",
    "client",
    "contribdetails",
    "dependents",
    "dutydetails",
    "guards",
    "holiday",
    "holiday_instance",
    "incidentreport",
    "log_action",
    "log_values",
    "loginhistory",
    "payroll",
    "period",
    "personsinvolved",
    "rates",
    "request",
    "request_assign",
    "request_unassign",
    "sduty_assignment",
    "ssscontrib",
    "withtax_bracket",
    "withtax_value",
]
HEAD = (
    "CREATE DATABASE  IF NOT EXISTS `msadb` /*!40100 DEFAULT CHARACTER SET latin1 */;\n"
    "USE `msadb`;\n"
)
ARCHIVE = "CREATE DATABASE  IF NOT EXISTS `msadbarchive`"
ROUTINE = re.compile(r"^DELIMITER ;;\n.*?^DELIMITER ;\n", re.M | re.S)
ROUTINES = 35
TEMP_VIEW = re.compile(r"^/\*!50001 CREATE VIEW `\w+` AS SELECT \n.*?\*/;\n", re.M | re.S)
FINAL_VIEW = re.compile(
    r"^/\*!50001 CREATE ALGORITHM=UNDEFINED \*/\n/\*!50013 [^\n]*\*/\n"
    r"/\*!50001 VIEW `\w+` AS [^\n]*\*/;\n",
    re.M,
)
VIEWS = 2


def script(read: Callable[[str], bytes]) -> str:
    """The dump of ``msadb`` without its routines and views, identifiers lower-cased."""
    text = text_of(read(PATH)).replace("\r\n", "\n")
    if not text.startswith(HEAD):
        raise SourceError(f"{PATH} no longer starts by creating and using msadb")
    text, archive, _ = text[len(HEAD) :].partition(ARCHIVE)
    if not archive:
        raise SourceError(f"{PATH} no longer dumps msadbarchive after msadb")
    text, routines = ROUTINE.subn("", text)
    text, temp_views = TEMP_VIEW.subn("", text)
    text, final_views = FINAL_VIEW.subn("", text)
    if (routines, temp_views, final_views) != (ROUTINES, VIEWS, VIEWS):
        raise SourceError(
            f"{PATH}: {routines} routines, {temp_views} + {final_views} views, "
            f"expected {ROUTINES}, {VIEWS} + {VIEWS}"
        )
    if re.search(r"DELIMITER|CREATE DATABASE|^USE |VIEW `\w+` AS", text, re.M):
        raise SourceError(f"{PATH}: a routine, view or database is left after cutting")
    created = sorted(t.lower() for t in re.findall(r"^CREATE TABLE `(\w+)`", text, re.M))
    if created != TABLES:
        raise SourceError(f"{PATH}: expected the tables {' '.join(TABLES)}, found {created}")
    return lower_identifiers(text)
