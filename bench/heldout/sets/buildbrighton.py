"""Held-out set buildbrighton: the test database of BBMS, the Build Brighton Member System, a
Laravel application with which Build Brighton, a hackspace (makerspace) in Brighton, England,
runs its membership: members sign up with their name, address, phone and emergency contact, pay
a monthly subscription by GoCardless direct debit or PayPal, get RFID key fobs for the door,
are inducted on equipment by trainers, rent storage boxes, vote on proposals and log their use
of tools, which is billed from a member credit balance.

``database/dump.sql`` is the MySQL dump (Sequel Pro, MySQL 5.5, September 2014, extended by
hand up to October 2015) that the repository keeps as its test database: 22 tables. It holds
users (given and family name, e-mail and secondary e-mail, bcrypt password, phone, emergency
contact, notes, member status flags, key holder and founder flags, payment method and day,
monthly subscription, subscription ids and dates, cash balance, ban date and reason, remember
token, rules agreed), their addresses (four lines and a postcode, with an approval flag),
public profiles (Twitter, Facebook, Google+, GitHub and IRC names, web site, tagline,
description, skills, photo flags), key fobs, inductions (equipment, trainer, date), payments
(reason, reference, source and its id, amounts, fee, status), subscription charges, storage
boxes, roles and members' roles, proposals and votes, the equipment (make, model, serial number,
room, help text, loaner, costs), equipment usage log, door access log, access-control nodes,
expenses, notifications, devices detected on the network (MAC address, display name), audit log,
password reminders and Laravel's migrations. The rows are few (57): four test members at
example.com (two with a password), one address, four profiles (one with the developer's own
public handles), two key fobs, three inductions, eleven pieces of equipment; seven tables
(access log, audit log, detected devices, expenses, notifications, password reminders, votes)
are empty.

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``; its own
``SQL_MODE='NO_AUTO_VALUE_ON_ZERO'`` lets the rows that leave out a ``NOT NULL`` column take
the implicit default), with every backtick-quoted identifier lower-cased.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "ArthurGuy/BBMembershipSystem"
COMMIT = "d686bf6d40ea39dd0493d787d4982909e3330fb2"
FILES = (
    "database/dump.sql (the Sequel Pro dump of the application's MySQL test database, "
    "2014-2015; all 22 tables and all rows)"
)
LICENCE = "GPL-3.0 (LICENSE of the repository, GNU General Public License version 3)"
ENGINE = "mysql"

DUMP = "database/dump.sql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, DUMP))
