"""Held-out set dentalsearch: the database of DENTALSEARCH, an online appointment and patient
records system for dental clinics (a PHP student project from the Philippines, 2022), where
clinics register themselves, patients pick a clinic and book appointments, and the clinic's
assistant and dentist keep the patient's record, dental chart, bills, prescriptions, X-rays and a
medical questionnaire.

``db_dentalclinic.sql``, a phpMyAdmin dump of MariaDB 10.4 (of the database ``db_dentalclinic``,
April 2022), creates 25 tables and fills 23 of them (not ``pending_appointments`` and
``dental_duplicate``): patient records (name parts, birth date, age, address, parent or guardian,
plain password, e-mail, contact number, gender, verification code, profile image), user accounts
of the clinics' administrators and dentists (the same, with street, barangay, city, zip code,
branch and user type), appointments (patient name and e-mail, dentist, service, clinic, note,
times, payment), bills, dental chart entries per tooth (condition and procedure), a medical
certificate, feedback with ratings, prescriptions, an X-ray file, the patients' answers to a
medical history questionnaire (health, treatment, illness, hospitalisation, medication, tobacco,
alcohol and drugs, allergies, bleeding time, pregnancy, nursing, birth control pills, blood type
and pressure), clinics (contact, address, logo, schedule), dentists with photos, branches,
services, the landing page's content and control panel, tooth conditions and procedures,
inventories, sales and log-in attempts by IP address.

Loaded into MariaDB as written, except that every backtick-quoted identifier is lower-cased
(``Equip_Id``: ``equip_id``, ``IpAddress``: ``ipaddress``), as the labels name them; the dump
names no database of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "lnnnbrtlm/DENTALSEARCH"
COMMIT = "7ae940e64f6303e348f25b6d495c1ea919132c9f"
FILES = "db_dentalclinic.sql (the application's database dump; all tables and rows)"
LICENCE = "none stated (no licence file of its own, only bundled libraries' ones; README.md)"
ENGINE = "mysql"

DUMP = "db_dentalclinic.sql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, DUMP))
