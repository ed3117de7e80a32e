"""Held-out set neticrm: netiCRM with its generated sample data (netiCRM is the fork of CiviCRM,
the constituent-relationship manager of non-profits, that NETivism maintains for organisations
in Taiwan: contacts (individuals, households, organisations) with their addresses, e-mails,
phones, instant-messenger names, websites, notes, relationships and groups; contributions,
pledges and premiums; memberships; events and participants; CiviMail mailings and their events;
activities, cases, grants, surveys; profiles, custom fields, reports and settings).

``tools/scripts/regen.sh`` is how the project builds the sample database and its dump: it loads
``sql/civicrm.mysql`` (the schema, generated from ``xml/schema``), ``sql/civicrm_data.mysql``
(reference data), ``sql/civicrm_sample.mysql`` and a table of ZIP codes, runs
``GenerateData.php`` (no longer in the repository), which made up the contacts and their
records, dumps the whole database with ``mysqldump -cent`` into ``sql/civicrm_generated.mysql``,
appends the sample custom data and the sample case configuration, and loads
``sql/civicrm.mysql`` and ``sql/civicrm_generated.mysql`` into a fresh database. The dump was
made with CiviCRM 3.3.1's schema and the current schema still takes it (its INSERTs name their
columns; the columns added since are left to their defaults, so the creation and modification
times of contacts and products are the time of the load). It holds 101 contacts (75
individuals with prefix, first, middle and last name, suffix, gender and birth date; 15
households; 11 organisations), 89 addresses with their coordinates, 86 e-mail addresses, 124
phone numbers, 97 notes, 150 relationships, 543 activities, 13 contributions, 3 pledges, 30
memberships, 6 events with 50 participants, groups and tags, a personal campaign page; the
tables for mailings, cases, grants, instant messengers, OpenID, websites, payment gateways
(card tokens and their first and last digits, Taiwan ACH bank accounts and ID numbers), AI
completions, visit tracking and the custom data groups (marital status, most important issue)
are empty.

The set is loaded as the script's last step does it: ``sql/civicrm.mysql`` and then
``sql/civicrm_generated.mysql`` into a fresh database, as they are but for the names of the
columns the schema defines, put in lower case (six are mixed case: ``image_URL``,
``background_URL``, ``mobile_background_URL``, ``post_URL``, ``cancel_URL``, ``skipBreadcrumb``;
the dump's column lists name them either way, which MariaDB takes).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import text_of

REPO = "NETivism/netiCRM"
COMMIT = "56c618eed0718f2262d19b28fb376cc196fc3392"
FILES = "sql/civicrm.mysql (the schema), sql/civicrm_generated.mysql (the sample database's dump)"
LICENCE = "AGPL-3.0"
ENGINE = "mysql"


# a column definition in the schema's CREATE TABLE: an indented, back-quoted name at a line's start
_COLUMN = re.compile(r"(?m)^(\s+`)(\w+)(`)")


def script(read: Callable[[str], bytes]) -> str:
    """The schema, then the generated sample database, as one MariaDB script."""
    schema = _COLUMN.sub(lambda m: m[1] + m[2].lower() + m[3], text_of(read("sql/civicrm.mysql")))
    return schema + "\n" + text_of(read("sql/civicrm_generated.mysql"))
