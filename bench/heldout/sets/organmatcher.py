"""Held-out set organmatcher: the database of Organizr ("SD27 Final Project"), a web service
written in December 2020 and January 2021 by a team of students (the repository is the
GCUGrayArea account's; its commits name four authors) for health professionals who match
patients needing an organ transplant with compatible donors: a Java back end (Spring Boot,
JPA, Spring Security), an Angular front end and a MySQL database.

``DB/organmatcherdb.sql`` is the database's MySQL Workbench "forward engineering" script with
the team's test data: patients (first and last name, birth date, sex, weight, blood type, an
address and notes), their addresses (two street lines, city, state, zip), each patient's HLA
alleles by protein class (the tissue type that donor matching sorts on), the organs a patient
has volunteered to donate (``donor_role``), transplant requests (recipient, donor, organ,
approval status, notes), the site's users (name, user name, role, bcrypt password) and the
catalogues of blood types, blood type compatibility, protein classes and transplant types.

Loaded into MariaDB as written, with these lines left out (each checked to be there): the
script's ``DROP SCHEMA``, ``CREATE SCHEMA`` and ``USE`` of its own database ``organmatcherdb``
(once at the top and once before each table's rows), and its three account statements
(``GRANT USAGE``, ``DROP USER`` and ``CREATE USER`` of an application login, and the ``GRANT``
of its rights), which create a server account rather than data. The script's ``SET`` lines,
``START TRANSACTION``/``COMMIT`` around each table's rows, keys and foreign keys stay; its
backtick-quoted identifiers are lower-cased (they already are). The rows of
``transplant_request`` give no ``created_at``, so its default fills in the time of loading.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import lower_identifiers, text_of

REPO = "GCUGrayArea/FinalProject"
COMMIT = "ca4840b493dcf9a6cbc115806e7d552f1b316770"
FILES = (
    "DB/organmatcherdb.sql (the MySQL Workbench script of Organizr, a student team's Spring "
    "Boot and Angular web service of 2020-2021 that matches organ transplant recipients with "
    "donors by blood type and HLA: patients, addresses, HLA alleles, donor roles, transplant "
    "requests, users and catalogues; all 10 tables and all rows)"
)
LICENCE = "none stated (the repository has no licence file)"
ENGINE = "mysql"

SOURCE = "DB/organmatcherdb.sql"
# Lines that would leave load.py's database or touch the server's accounts, with how many
# times each occurs.
DROPPED = {
    "DROP SCHEMA IF EXISTS `organmatcherdb` ;": 1,
    "CREATE SCHEMA IF NOT EXISTS `organmatcherdb` DEFAULT CHARACTER SET utf8 ;": 1,
    "USE `organmatcherdb` ;": 1,
    "USE `organmatcherdb`;": 10,
    "GRANT USAGE ON *.* TO organ@localhost;": 1,
    " DROP USER organ@localhost;": 1,
    "CREATE USER 'organ'@'localhost' IDENTIFIED BY 'organ';": 1,
    "GRANT SELECT, INSERT, TRIGGER, UPDATE, DELETE ON TABLE * TO 'organ'@'localhost';": 1,
}


def script(read: Callable[[str], bytes]) -> str:
    """The script's tables and rows, in the database load.py made."""
    lines = text_of(read(SOURCE)).replace("\r\n", "\n").split("\n")
    for line, count in DROPPED.items():
        found = lines.count(line)
        if found != count:
            raise ValueError(f"{SOURCE}: {line.strip()!r} occurs {found} times, expected {count}")
    kept = [line for line in lines if line not in DROPPED]
    text = "\n".join(kept)
    if re.search(r"\b(?:SCHEMA|USE|USER|GRANT)\b", text.replace("auth_user", "")):
        raise ValueError(f"{SOURCE}: another schema, USE or account statement")
    return lower_identifiers(text)
