"""Held-out set nayeebra: the database of a community matrimony portal from Telangana
(matrimonyapp.in; the dump is named after the Nayee Brahmin community, its rows after the
Vishwabrahmin one and its subcastes), a CodeIgniter (PHP) site and admin dashboard where people,
or their parents, register a marriage profile with personal, family, horoscope, education and
income details and the partner they look for, like other profiles, and find wedding services
(photographers, decorators, pandits, music, halls) listed by members.

``nayeebraweb_db.sql``, an SQLyog dump of MariaDB 10.4 (of the database ``nayeebraweb_db``,
rows of September 2020 to January 2021), creates the 31 tables and fills 28 of them (573 rows):
users (registration id, display name, log-in e-mail, mobile, gender, password hash and base64
password, social log-in ids, profile photo, trial period and payment, for whom the profile is
made), their personal information (date, time and place of birth, age, country, state and
district, gothram, caste, birth star, raasi and pada, height, complexion, marital status, manglik
status, disability, children), restricted details (e-mail, photo, phones, landline, native
district, communication and present address, each with a publish flag), family details (surname,
parents' names and professions, up to five brothers and five sisters with name, marital status
and profession, sibling counts), education and work (qualification, profession, place of work,
company, role, income, other income), partner preferences (age, height, qualification,
profession, eating habits, region, other requirements), liked profiles, referral codes and their
use, a family register (members with name, parents, gothram, birth date, address parts, blood
group, phone, e-mail, password) and their relatives, newsletter subscribers (IP address, e-mail),
success stories (a couple's names and text), wedding services (name, e-mail, phones, address,
website, skills), the administrator's log-in and lookup tables (areas, cities, heights,
professions, qualifications, blood groups, stars, raasis, padas, subcastes, banners).

Loaded into MariaDB as written, except that its ``CREATE DATABASE nayeebraweb_db`` and ``USE
nayeebraweb_db`` go (the rows load into the held-out database) and every backtick-quoted
identifier is lower-cased (they already are). The repository's ``db_alerts.sql`` (later ALTERs
adding columns this dump lacks) and its older dump ``nayeebra_db.sql`` are not used.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, lower_identifiers, text_of

REPO = "phanimunnangi/matrimony"
COMMIT = "674adfa5d1d4fbac315adfc816904bd97f9fdf6d"
FILES = "nayeebraweb_db.sql (the portal's database dump; all tables and rows)"
LICENCE = (
    "GPL-3.0 (LICENSE of the repository; license.txt is CodeIgniter's MIT licence, "
    "for the framework)"
)
ENGINE = "mysql"

DUMP = "nayeebraweb_db.sql"
_DATABASE = re.compile(
    r"^(?:CREATE DATABASE [^\n]*`nayeebraweb_db`[^\n]*;|USE `nayeebraweb_db`;)\r?$", re.M
)


def script(read: Callable[[str], bytes]) -> str:
    """The dump without its own database, identifiers lower-cased, as one MariaDB script."""
    text, found = _DATABASE.subn("", text_of(read(DUMP)))
    if found != 2:
        raise SourceError(f"expected CREATE DATABASE and USE nayeebraweb_db, found {found}")
    return lower_identifiers(text)
