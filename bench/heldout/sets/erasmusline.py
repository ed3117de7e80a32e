"""Held-out set erasmusline: the database of ErasmusLine, a web application for the Erasmus
student-mobility office of a university: the students who go abroad for a semester of study or a
traineeship, their home and host institutions and coordinators, the forms of the mobility
(application, learning agreement, accommodation, extension) and rooms for incoming students.

ErasmusLine is the project of one team ("orange", going by the repository's name,
``djjorjinho/mutworange_2011``) of MUTW 2011, "Multinational Undergraduate Team Work", in which
students of eleven European universities work together on one common project: about a dozen students
from Portugal, Belgium, Germany, Greece, Iceland and Bulgaria (meeting reports from March to May
2011), 721 commits from March to October 2011. It is a PHP application on the small "Plonk"
framework, with one module per step of a mobility (precandidate, student application and learning
agreement, change of learning agreement, accommodation registration, certificate of arrival,
extension of the mobility period, departure, evaluation questionnaire), plus a residence office,
partnerships between institutions, course matching and a statistics data warehouse fed by daemons.
The install script ``erasmusline/bin/install.sh`` creates the database from
``erasmusline/scripts/erasmusline.sql`` (the statistics warehouse is a second database,
``p8statsdw``, and the message-queue table of ``mqueue.sql`` is commented out of the install;
neither is loaded here). Every table and column is named in English, the columns in camel case
(``familyName``, ``statusOfErasmus``); the dump's own comments are in Dutch (phpMyAdmin in Dutch).

The dump (phpMyAdmin 3.3.9, MySQL 5.5.8, generated on 22 June 2011; last changed in the repository
on 23 June 2011) holds: user accounts (e-mail as the natural key, family and first name, an MD5
password hash, birth date and place, sex, phone, mobile phone, fax, street and number, city, postal
code, country, the user level (student, Erasmus coordinator, international relations office staff
and others), an e-mail verification code, the institution); the Erasmus students (their e-mail, the
mobility's start and end dates, the study programme, the state of the mobility workflow, traineeship
or study, the names of the uploaded CV, transcript and language certificate, ECTS credits, mother
tongue, whether they have been abroad before, the e-mails of the home and host coordinators and of
the home and host institutions); the forms each student filled in, kept as JSON (the precandidate
form and the student application form repeat the student's name, addresses, phones, e-mail, birth
date and place, sex and nationality and name the coordinators with their phones and e-mails), with
the coordinators' motivations for their decisions; the student's events (a log of each step, with
who should read it); grades of the courses taken abroad; the home courses whose exams a student
abroad asks to take (with the home and host answers); the institutions (name, address, phone, fax,
website, the URL of their ErasmusLine server, grading scale, bank account); the companies offering
traineeships (empty); programmes of study and courses per institution; the workflow levels with
their deadlines; landlords of rooms for incoming students (name, phone, mobile, e-mail, address)
with their residences (address, price, facilities) and the leases of students; and eight countries.
Most keys between people are e-mail addresses: ``studentId`` in forms, grades, leases and events,
``ownerId`` in residences and the coordinators' ids are the person's e-mail, and ``institutionId``
is the institution's e-mail.

All 16 tables and all 103 rows are loaded: 9 users (4 students, 2 coordinators, 3 office staff), 3
Erasmus students, 11 forms, 24 events, 3 grades (with no grade filled in), 2 home-exam requests, 3
institutions, 4 landlords (3 of them also users), 4 residences, 7 leases, 7 courses, 5 programmes, 8
workflow levels and 8 countries; the companies table is empty.

Translation, in this module: the dump's lines that drop, create and use the database ``erasmusline``
go (the loader chooses the database), and the backtick-quoted identifiers are lower-cased; the rest,
with its foreign keys added after the rows, runs as written in MariaDB.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, lower_identifiers, text_of

REPO = "djjorjinho/mutworange_2011"
COMMIT = "ed3310415a288f52a37b1e74dfde3e28021c24b9"
PATH = "erasmusline/scripts/erasmusline.sql"
FILES = (
    "erasmusline/scripts/erasmusline.sql (the phpMyAdmin dump, 22 June 2011, of ErasmusLine, "
    "a PHP web application for a university's Erasmus student-mobility office written by a "
    "multinational team of students in 2011: user accounts, Erasmus students with their "
    "coordinators and institutions, their forms as JSON, events, grades, home-exam requests, "
    "institutions, programmes and courses, workflow levels, landlords, residences and leases, "
    "countries, traineeship companies (empty); all 16 tables and all rows)"
)
LICENCE = "none stated (the repository has no licence file; a students' project)"
ENGINE = "mysql"

TABLES = [
    "companies",
    "country",
    "coursespereducperinst",
    "education",
    "educationperinstitute",
    "erasmuslevel",
    "erasmusstudent",
    "forms",
    "grades",
    "homecoursestoerasmus",
    "institutions",
    "leasing",
    "owner",
    "residence",
    "studentsevents",
    "users",
]
DATABASE = (
    "DROP DATABASE `erasmusline`;\n"
    "CREATE DATABASE `erasmusline` DEFAULT CHARACTER SET utf8 COLLATE utf8_general_ci;\n"
    "USE `erasmusline`;\n"
)


def script(read: Callable[[str], bytes]) -> str:
    """The dump without the lines that name its database, identifiers lower-cased."""
    text = text_of(read(PATH)).replace("\r\n", "\n")
    if text.count(DATABASE) != 1:
        raise SourceError(f"{PATH}: the lines that drop, create and use erasmusline are gone")
    text = text.replace(DATABASE, "")
    if re.search(r"CREATE DATABASE|^USE ", text, re.M):
        raise SourceError(f"{PATH}: it names another database")
    created = sorted(
        t.lower() for t in re.findall(r"^CREATE TABLE IF NOT EXISTS `(\w+)`", text, re.M)
    )
    if created != TABLES:
        raise SourceError(f"{PATH}: expected the tables {' '.join(TABLES)}, found {created}")
    return lower_identifiers(text)
