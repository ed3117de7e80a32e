"""Held-out set icehrm: the database of IceHrm (an open-source human-resources application:
employees and their personal details, company structure, leave, attendance, time sheets,
payroll, training and recruitment; PHP with MySQL) with its sample data.

``core/scripts/icehrmdb.sql`` creates the tables; ``icehrm_master_data.sql`` fills the reference
data an installation starts with (countries, provinces, nationalities, currencies, job titles,
pay grades, employment statuses, leave types and rules, skills, languages, payroll columns and
settings, the admin user and its employee); ``icehrm_sample_data.sql`` adds a demo company:
company structures, three more employees (names, nationality, birthday, gender, marital status,
SSN, NIC and other ids, driving licence, address, phones, e-mail addresses, joined date,
supervisor and approvers), their emergency contacts and dependants, certifications,
educations, languages, skills, projects, salary components, a loan, documents and attendance,
users with password hashes, files and a few settings.

Loaded into MariaDB in the order IceHrm's installer runs them (tables, master data, sample
data), with every backtick-quoted identifier lower-cased so that tables and columns have
lower-case names (every table and column name in the scripts is quoted; the same goes for the
column names quoted in the SQL text of the master data's report definitions). The sample data's two
``DELIMITER`` blocks, which define random-name functions that no statement calls, are left out.
As in an installation, a few salary amounts and the attendance times are drawn with ``RAND()``
and the attendance and document dates are counted from the day of loading (``CURDATE()``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import lower_identifiers, text_of

REPO = "gamonoid/icehrm"
COMMIT = "ef8c23501031f6f9c0bb9b69da22b5260d06454a"
FILES = "core/scripts/icehrmdb.sql, icehrm_master_data.sql and icehrm_sample_data.sql (all rows)"
LICENCE = "GPL-3.0-or-later"
ENGINE = "mysql"

_SCRIPTS = ("icehrmdb", "icehrm_master_data", "icehrm_sample_data")
_DELIMITED = re.compile(r"^DELIMITER \$\$\n.*?^DELIMITER ;\n", re.M | re.S)


def script(read: Callable[[str], bytes]) -> str:
    """The installer's three scripts, identifiers lower-cased, as one MariaDB script."""
    parts = []
    for name in _SCRIPTS:
        text = text_of(read(f"core/scripts/{name}.sql"))
        text = _DELIMITED.sub("", text)
        parts.append(lower_identifiers(text))
    return "\n".join(parts)
