"""Held-out set campground: the test fixtures of Open Campground (campground reservations).

Open Campground is a GPL-licensed Ruby on Rails (2.x era, MySQL) web application with which a
campground or RV park books its sites: campers (name, address lines, city, state, mail code,
country, two phone numbers, e-mail, an identification number, notes, last activity),
reservations (camper, space, start and end dates, adults, kids, pets, the rig's type, length,
age and slide-outs, the vehicle's licence plate and its state, special requests, deposit,
totals, discount, check-in), extra charges of a reservation, the sites (``spaces``: name,
site type, length, width, power, water, sewer), site types, seasons, price classes and their
daily, weekly, monthly and seasonal rates, discounts, tax rates, extras, rig types, the
recommenders a camper was referred by, countries, credit-card types, the e-mail and payment
gateway settings, the screen prompts, the site's options, and the office user (name, salted
password hash, remember-me token).

Every row of the 22 fixture files with rows, loaded into PostgreSQL through ``railsfixtures``
(a table per file; the files give the ids). The fixtures' dates are ERB relative to the day of
the test run, ``<%= (Date.today+4).to_s %>``, ``<%= Date.today.beginning_of_year %>`` and
``end_of_year``: each becomes the same day counted from the reader's fixed reference day
(``railsfixtures.REFERENCE``), so that a load does not depend on the day. The six fixture files
with no rows (``archives``, ``card_transactions``, ``groups``, ``mail_attachments``,
``payments``, ``remember_logins``) are left out.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

import railsfixtures
from sqlsource import text_of

REPO = "sgraham3/OpenCampground"
COMMIT = "4ece115554b2a566293c568d33dc72eb69bf32cc"
FILES = (
    "test/fixtures/*.yml (the Rails test fixtures of Open Campground, a campground and RV park"
    " reservation system: campers, reservations, extra charges, sites, site types, seasons,"
    " prices and rates, discounts, tax rates, extras, rig types, recommenders, countries,"
    " credit-card types, e-mail and gateway settings, prompts, options, the office user; all"
    " rows of the 22 files with rows, not the six empty ones)"
)
LICENCE = "GPL-2.0 (the GNU GPL version 2, shown by the application's admin/license page)"
ENGINE = "postgresql"

_TABLES = (
    "campers",
    "countries",
    "creditcards",
    "discounts",
    "emails",
    "extra_charges",
    "extras",
    "extras_taxrates",
    "integrations",
    "options",
    "prices",
    "prompts",
    "rates",
    "recommenders",
    "reservations",
    "rigtypes",
    "seasons",
    "sitetypes",
    "smtp_authentications",
    "spaces",
    "taxrates",
    "users",
)

_OFFSET = re.compile(r"<%=\s*\(Date\.today(?:([+-])(\d+))?\)\.to_s\s*%>")
_YEAR = re.compile(r"<%=\s*Date\.today\.(beginning|end)_of_year\s*%>")


def _dates(text: str) -> dict[str, str]:
    """The fixtures' relative-date ERB tags and the day each gives from the reference day."""
    today = railsfixtures.REFERENCE.date()
    extra: dict[str, str] = {}
    for match in _OFFSET.finditer(text):
        sign, days = match.groups()
        step = datetime.timedelta(days=int(days or 0))
        extra[match.group(0)] = (today - step if sign == "-" else today + step).isoformat()
    for match in _YEAR.finditer(text):
        edge = (1, 1) if match.group(1) == "beginning" else (12, 31)
        extra[match.group(0)] = today.replace(month=edge[0], day=edge[1]).isoformat()
    return extra


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""
    texts = {t: text_of(read(f"test/fixtures/{t}.yml")) for t in _TABLES}
    extra: dict[str, str] = {}
    for text in texts.values():
        extra.update(_dates(text))
    return railsfixtures.script(texts.__getitem__, _TABLES, extra)
