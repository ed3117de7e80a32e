"""Held-out set x2crm: X2CRM (X2Engine) with its sample data (X2CRM is a PHP customer-relationship
manager: contacts, accounts, leads, opportunities, quotes and products, service cases, marketing
campaigns and web forms, actions and a calendar, documents and media, an activity feed, users
with their profiles, groups and roles, processes).

The installer (``x2engine/initialize.php``) builds the database in stages, each an SQL file cut
at ``/*&*/`` and run statement by statement: ``protected/data/core.sql``, ``RBAC.sql``,
``timezoneData.sql``, each enabled module's ``data/install.sql`` (``protected/data/
enabledModules.php`` in its order, with ``install-pro.sql``/``install-pla.sql`` where the module's
``register.php`` adds them and the docs module's ``sample_quote_template.sql``), ``config.sql``,
and, when "Create sample data" is ticked, ``dummy_data.sql``; after each stage it also runs the
``<stage>-pro.sql`` and ``<stage>-pla.sql`` files the repository holds. This module runs the same
files in the same order. The sample data is a small sales company (Campbell's Cloud Computing):
1,148 contacts (name, title, company, phones, e-mail, street address, city, state, ZIP, country,
background, Twitter and Skype names, lead and deal fields), 35 accounts (companies, two of them
named after a person, with phone, revenue, ticker), opportunities, quotes and their products,
120 service cases, campaigns and mailing lists with their recipients, 3,000 actions with their
text (web-lead notes with a name, e-mail and phone), the activity feed (posts, comments,
check-ins), geolocations of contacts and users, a phone-number index, tags, the change log, ten
users (names, user names, password hashes, phones, home address, e-mail) with their profiles
(e-mail signatures, tag lines), calendars, chat, and empty tables for leads, sessions, logins,
password resets, browser fingerprints, anonymous contacts and bug reports.

Left out: the form layouts that the modules' ``register.php`` files insert from PHP (screen
layouts, no data), and the installer's form input: ``config.sql``'s placeholders get the
installer's defaults where it has one (admin user name ``admin``, which the sample data needs,
currency USD, language en, time zone UTC, edition opensource, application name X2CRM, every
enabled module visible) and are left empty otherwise (the administrator's e-mail and password,
API key, base URL, install time); the installer's shift of the sample timestamps to the install
date is not made (the rows keep the dates they were generated with). Names in ``CREATE TABLE``
and ``ALTER TABLE`` statements are put in lower case (the columns are camelCase in the files).
"""

from __future__ import annotations

import re
from collections.abc import Callable

REPO = "X2Engine/X2CRM"
COMMIT = "e2b1011a2806a3f4efeaaafb60cc70cf39e2ebed"
FILES = (
    "x2engine/protected/data/{core,RBAC,timezoneData,config,dummy_data}.sql and their -pro/-pla "
    "files, x2engine/protected/modules/*/data/install*.sql, "
    "x2engine/protected/modules/docs/data/sample_quote_template.sql"
)
LICENCE = "AGPL-3.0"
ENGINE = "mysql"

_DATA = "x2engine/protected/data"
_MODULES = "x2engine/protected/modules"
# protected/data/enabledModules.php, in its order, less x2Activity and charts (installModule
# skips them) and gauges (no register.php, so not enabled)
_ENABLED = [
    *("accounts", "actions", "calendar", "contacts", "users", "docs", "groups", "x2Leads"),
    *("marketing", "media", "opportunities", "products", "quotes", "reports", "workflow"),
    *("services", "topics", "bugReports", "emailInboxes"),
]
# the extra files each module's register.php installs after data/install.sql
_EXTRA = {
    "actions": ("install-pro.sql",),
    "contacts": ("install-pla.sql",),
    "docs": ("sample_quote_template.sql",),
    "marketing": ("install-pla.sql",),
    "services": ("install-pro.sql",),  # when the file exists, as for the others
}
_EDITIONS = ("pro", "pla")
_PLACEHOLDERS = {
    "{adminEmail}": "",
    "{adminUsername}": "admin",
    "{adminPass}": "",
    "{apiKey}": "",
    "{currency}": "USD",
    "{time}": "0",
    "{unique_id}": "none",
    "{edition}": "opensource",
    "{bulkEmail}": "",
    "{language}": "en",
    "{timezone}": "UTC",
    "{app}": "X2CRM",
    "{baseUrl}": "",
    "{baseUri}": "",
    "{adminUserKey}": "",
}
_LITERAL = re.compile(r"'(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.)*\"", re.S)
_DDL = re.compile(r"\s*(?:/\*.*?\*/\s*)*(CREATE\s+TABLE|ALTER\s+TABLE)", re.I | re.S)


def _lower_names(statement: str) -> str:
    """A CREATE/ALTER TABLE statement with everything outside string literals in lower case."""
    if not _DDL.match(statement):
        return statement
    out, last = [], 0
    for m in _LITERAL.finditer(statement):
        out.append(statement[last : m.start()].lower())
        out.append(m.group())
        last = m.end()
    out.append(statement[last:].lower())
    return "".join(out)


def script(read: Callable[[str], bytes]) -> str:
    """The installer's files, statement by statement, as one MariaDB script."""

    def exists(path: str) -> bool:
        try:
            read(path)
        except Exception:  # the loader's "no such file"
            return False
        return True

    files: list[str] = []

    def stage(name: str) -> None:
        files.append(f"{_DATA}/{name}.sql")
        files.extend(
            f"{_DATA}/{name}-{ed}.sql" for ed in _EDITIONS if exists(f"{_DATA}/{name}-{ed}.sql")
        )

    stage("core")
    stage("RBAC")
    stage("timezoneData")
    for module in _ENABLED:
        files.append(f"{_MODULES}/{module}/data/install.sql")
        extras = (f"{_MODULES}/{module}/data/{extra}" for extra in _EXTRA.get(module, ()))
        files.extend(path for path in extras if exists(path))
    # config: '', -pro, -pla (and -ent, absent), with the placeholders filled
    config = [f"{_DATA}/config.sql"] + [
        f"{_DATA}/config-{ed}.sql" for ed in _EDITIONS if exists(f"{_DATA}/config-{ed}.sql")
    ]
    files.extend(config)
    stage("dummy_data")

    visible = "('" + "','".join([*_ENABLED, "x2Activity", "charts"]) + "')"
    statements: list[str] = []
    for path in files:
        text = read(path).decode("utf-8")
        if path in config:
            for key, value in {**_PLACEHOLDERS, "{visibleModules}": visible}.items():
                text = text.replace(key, value)
        for part in text.split("/*&*/"):
            if part.strip():
                statements.append(_lower_names(part.strip().rstrip(";")))
    return "SET NAMES utf8mb4;\nSET FOREIGN_KEY_CHECKS = 1;\n" + "".join(
        f"{s};\n" for s in statements
    )
