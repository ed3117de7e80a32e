"""Held-out set opencats: OpenCATS with its test data (OpenCATS, formerly CATS, is a PHP
applicant-tracking system for recruiters: candidates with their résumés and pipelines, client
companies with their departments and contacts, job orders, activities, a calendar, saved lists
and searches, users, a careers page).

``db/cats_testdata.bak`` is a backup made by the application's own backup module (a zip file)
that the project ships as test data; its ``db/catsbackup.sql.0`` is the whole database as the
module writes it, one statement after another separated by ``((ENDOFQUERY))``: the schema (51
tables) with the reference rows (access levels, statuses, e-mail and careers-page templates,
dashboard components, settings) and the test data of a recruiting agency: about 70 candidates
(name, phones, address, e-mail, key skills, notes), two client companies with their address,
phones and departments, a contact at each, job orders, the pipelines and their status history,
activities, a calendar event, the change history of every record, two attachments (a backup
file and a licence text, stored as their text), saved searches and three users.

Loaded into MariaDB as the backup module's restore runs it: split at ``((ENDOFQUERY))``, each
statement as it is, but for the names in ``CREATE TABLE`` put in lower case (two columns have
capitals: ``dashboard_module.parameter_CSV`` and ``word_verification.word_verification_ID``; the
rows are inserted without a column list).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable

REPO = "opencats/OpenCATS"
COMMIT = "0c1487b931755c7a282057ff690eada4a46ff664"
FILES = "db/cats_testdata.bak (the application's backup of its test data: db/catsbackup.sql.0)"
LICENCE = "MPL-2.0 / CATS Public License 1.1a"
ENGINE = "mysql"

_MEMBER = "db/catsbackup.sql.0"
_SEPARATOR = "((ENDOFQUERY))"
_NAME = re.compile(r"`[^`]+`")


def script(read: Callable[[str], bytes]) -> str:
    """The backup's statements as one MariaDB script."""
    with zipfile.ZipFile(io.BytesIO(read("db/cats_testdata.bak"))) as archive:
        text = archive.read(_MEMBER).decode("utf-8")
    statements = [part.strip() for part in text.split(_SEPARATOR)]
    statements = [
        _NAME.sub(lambda m: m.group().lower(), s) if s.startswith("CREATE TABLE") else s
        for s in statements
    ]
    return "".join(f"{statement};\n" for statement in statements if statement)
