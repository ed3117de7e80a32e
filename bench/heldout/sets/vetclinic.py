"""Held-out set vetclinic: the database of a veterinary clinic's web application (CodeIgniter,
PHP, from the Philippines), with the clinic's accounts (clients and staff), their pets, medical
records, laboratory examinations and results, grooming, release vouchers (the bill when a pet
goes home), a photo album, banners, pages and the web sessions.

``db_dump/blessed-clinic (1).sql`` is the newest of the repository's phpMyAdmin dumps (March
2017) of the developers' installation, with its test rows: 18 tables, 16 of them filled. It
holds accounts (an e-mail address as user name, an unsalted MD5 password hash, last and first
name, type admin/dev/customer, failed logins, status, gender, a street address and a contact
number stored as an integer), pets of the clients (name, species, breed, birth date, sex,
colour, free-text remarks, status, date added, date and cause of death, photo file names),
medical records of pets (height, weight, temperature, heart rate with units, findings per body
part in free text, status), laboratory results per pet and examination (remark, date, images
with descriptions, one result per test), the catalogues of species, breeds, examinations and
laboratory tests, grooming jobs (description, cost, time), release vouchers (code, client,
admin, pet, receipt number, time, remarks, status, total, e-mailed flag) with their line items,
a photo album, banner images, empty pages and page categories, and CodeIgniter's session table
(session id, IP address, user agent, last activity, serialised session data).

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), with every
backtick-quoted identifier lower-cased (they already are).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "chuckwilliams10/veterinary-clinic"
COMMIT = "3b465d6f0dfee66b5daf382e20fa2e7ae6ec68ba"
FILES = "db_dump/blessed-clinic (1).sql (the newest database dump, March 2017; all tables and rows)"
LICENCE = (
    "none stated for the dump "
    "(license-codeigniter.txt is the licence of CodeIgniter, the framework)"
)
ENGINE = "mysql"

DUMP = "db_dump/blessed-clinic (1).sql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, DUMP))
