"""Held-out set alumni: the database of "Alumni CMS" (alumn_cms), a plain-PHP and MySQL web
application written by a team of four in July 2025 with which a university's alumni office keeps
its graduates: an alumnus or alumna with name, e-mail, phone, date of birth, gender, ethnicity,
web and social-media links, whether they would be a guest speaker or receive the newsletter,
pictures, a description and, for the deceased, a date and notes; their addresses, degrees
(major, minor, graduation date, university), jobs (company, place, title, dates), skills and
donations to the university; and the office's users with their privileges. Every table and
column is named in English (column names in camel case, ``fName``, ``zipCode``, ``guestSpeakerYN``).

The repository keeps the phpMyAdmin dump of the database (``alumni_cms-2.sql``, MySQL 5.7.44,
generated 21 July 2025) beside the PHP pages and the hand-written table and insert scripts it was
built from. All 7 tables and all their rows are loaded.

Translation, in this module: none beyond lower-casing the backtick-quoted identifiers
(``alumniID``: ``alumniid``), as the labels name them. The dump names no database
(``single_dump`` checks that it neither creates nor uses one) and runs as written in MariaDB:
phpMyAdmin's session settings (``NO_AUTO_VALUE_ON_ZERO``, one transaction), the 7 ``CREATE
TABLE``s, one multi-row INSERT for each table, then the primary keys, indexes,
``AUTO_INCREMENT``s and three foreign keys (donations, employment, skill sets) added by ``ALTER
TABLE``; it has no views, triggers or procedures, and no backslashes.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lowered_dump

REPO = "Greythethird/alumn_cms"
COMMIT = "f0207da5355720b8db49303407ebcafda6c0f0f0"
FILES = (
    "alumni_cms-2.sql (the phpMyAdmin dump, MySQL 5.7, 21 July 2025, of the database of "
    "Alumni CMS, a PHP web application with which a university's alumni office keeps its "
    "graduates: alumni with contact data, birth date, gender and social-media links, their "
    "addresses, degrees, jobs, skills and donations, and the office's users; all 7 tables "
    "and all rows)"
)
LICENCE = "none stated (the repository has no licence file)"
ENGINE = "mysql"

PATH = "alumni_cms-2.sql"
TABLES = ["address", "alumni", "degree", "donations", "employment", "skillset", "user"]


def script(read: Callable[[str], bytes]) -> str:
    """The dump as written, identifiers lower-cased; its table list is checked."""
    return lowered_dump(read, PATH, TABLES)
