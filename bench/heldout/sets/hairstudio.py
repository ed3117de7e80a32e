"""Held-out set hairstudio: the preset data of Virtual Hair Studio, a web application (React
front end, Express.js back end on MySQL) written in 2023-2024 by a student developer in Malaysia
(Yong Yao Wen, MIT licence) for hair salons and their customers: salon owners list their salons
(name, street address, state, contact number, business hours, picture) with hair stylists
(name, position, rating, photo) and services; customers book appointments with a stylist,
review the service, and try hairstyles on a picture of themselves with a generative-AI
"virtual try-on" (prompts built from option catalogues, the resulting image URLs, token counts,
scores and feedback); user management keeps the accounts (user name, bcrypt password, e-mail,
first and last name, gender, profile picture), groups (roles) and the features each group may
use.

The repository keeps its schema as Flyway-style migrations of three MySQL 8 databases
(``database-schema/resources/<database>/V1_0_0__DDL_baseline.sql`` and
``V1_0_1__DML_preset.sql``, SQLyog exports): ``vhs_info`` (salons, stylists, services,
appointments, reviews), ``vhs_tryon`` (the try-on feature) and ``vhs_um`` (user management).
All 18 tables and all their 482 rows are loaded: 10 user accounts (test accounts at example.com
beside the developers' own names, one university address, bcrypt hashes, gender as one letter,
five profile pictures), 12 stylists (full Malaysian names, two of them also users; portrait
URLs; position; rating), 56 salons of 16 names at 14 Malaysian business addresses with
landline numbers (one test salon named after the developer), 39 services, 98 appointments of
4 customers with dummy remarks, 37 reviews, 33 try-on attempts (prompts and the URLs of the
generated pictures of the user), feedback and the catalogues of options, groups and features.

Translation, in this module: the three databases become one (their table names do not clash),
so each file's ``CREATE DATABASE`` and ``USE`` lines are left out; MySQL 8's collation
``utf8mb4_0900_ai_ci``, which MariaDB does not know, is dropped (the tables keep utf8mb4 and the
server's default collation); every backtick-quoted identifier is lower-cased
(``media_URLS`` becomes ``media_urls``); the table ``try-on_attempts`` keeps its name. Otherwise
the files run as written, DDL then rows, database by database.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, lower_identifiers, text_of

REPO = "Wen-MY/virtual-hair-studio"
COMMIT = "4888ef955f4aae1129a7feb6009cf70a5ff547a2"
FILES = (
    "database-schema/resources/{vhs_info,vhs_tryon,vhs_um}/V1_0_0__DDL_baseline.sql and "
    "V1_0_1__DML_preset.sql (the SQLyog-exported schema and preset rows of the three MySQL "
    "databases of Virtual Hair Studio, a React and Express.js web application for hair salons "
    "with a generative-AI hairstyle try-on, 2023-2024; all 18 tables and all rows)"
)
LICENCE = "MIT (LICENSE of the repository, Copyright (c) 2023 Yong Yao Wen)"
ENGINE = "mysql"

ROOT = "database-schema/resources"
DATABASES = ("vhs_info", "vhs_tryon", "vhs_um")
FILE_NAMES = ("V1_0_0__DDL_baseline.sql", "V1_0_1__DML_preset.sql")

_CREATE_DATABASE = re.compile(r"^CREATE DATABASE [^\n]*;\n", re.M)
_USE = re.compile(r"^USE `(\w+)`;\n", re.M)
_COLLATION = re.compile(r"\s*(?:CHARACTER SET utf8mb4 )?COLLATE(?:=| )utf8mb4_0900_ai_ci")


def one_file(read: Callable[[str], bytes], database: str, name: str) -> str:
    """One migration file without its own database lines and MySQL 8 collation."""
    text = text_of(read(f"{ROOT}/{database}/{name}"))
    uses = _USE.findall(text)
    if len(_CREATE_DATABASE.findall(text)) != 1 or uses != [database]:
        raise SourceError(f"{database}/{name}: expected one CREATE DATABASE and USE `{database}`")
    text = _USE.sub("", _CREATE_DATABASE.sub("", text))
    return _COLLATION.sub("", text)


def script(read: Callable[[str], bytes]) -> str:
    """The six files, DDL then rows for each database, as one MariaDB script."""
    parts = [one_file(read, d, f) for d in DATABASES for f in FILE_NAMES]
    return lower_identifiers("\n".join(parts))
