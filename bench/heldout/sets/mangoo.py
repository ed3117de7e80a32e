"""Held-out set mangoo: the test database of mangoO Microfinance Management, a PHP web
application for a small savings and credit cooperative (SACCO) in Uganda: members who buy
shares and hold savings and loan accounts, their loans with guarantors, securities and
repayment schedules, the institution's incomes and expenses, employees, users and settings.

``database/mangoo_test.sql`` is a phpMyAdmin dump (October 2017, MariaDB 10.1, German
headings) of the application's test installation: 25 tables, all filled. It holds about a
hundred customers (member number, name, birth date as a Unix time, sex code, place of residence,
phone, e-mail, occupation, marital status code, heir and relation of the heir, membership
dates, a sickness-risk code, active flag, photo path), employees (number, name, birth date, sex
and marital status codes, position, salary, address, phone, e-mail, dates in and out, photo
path), loans (number, dates, principal, interest, fees and their receipts, insurance, rate,
period, purpose, three guarantors as customer ids), loan transactions (due and paid principal
and interest, fines, receipts), savings and share transactions (amounts, receipts, slips, the
payer's name), savings balances, securities given for loans (name, value, file path), incomes
and expenses (amount, text, recipient, receipt and voucher numbers), login records, users (user
name, password hash, group, employee), user groups, fees, settings and code lists (sex, marital
status, sickness risk, loan status, income, expense and savings types, share values).

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``; it names the
database ``mangoo`` only in a comment), with every backtick-quoted identifier lower-cased (they
already are).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "mangoO-Microfinance/mangoO-Microfinance"
COMMIT = "acdf458a28f9fed77a3aa7dad8dcfbaaba00b534"
FILES = "database/mangoo_test.sql (the application's test database dump; all tables and rows)"
LICENCE = "GPL-3.0 (LICENCE of the repository)"
ENGINE = "mysql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, "database/mangoo_test.sql"))
