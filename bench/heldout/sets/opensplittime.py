"""Held-out set opensplittime: the test fixtures of OpenSplitTime (opensplittime.org), a Rails site
that times ultramarathons and other endurance races: organisations put on events with courses,
splits and aid stations, runners enter (an "effort" per runner and event) and are timed at each
split, lotteries decide who may enter an oversubscribed race, and the public follows runners.

The specs load ``spec/fixtures/<table>.yml``: users (Devise columns: e-mail, bcrypt password,
names, phone and its confirmation, sign-in times and IP addresses, role, preferences), the
credentials users keep for race-registration services (a key, a service and a value per row),
people (a runner across events: name, gender, birth date, e-mail, phone, city, state, country,
privacy flags), efforts (a person's entry in one event: bib number, name, age, birth date,
gender, e-mail, phone, city, state, country, emergency contact and phone, comments, check-in
and finish state), split times and raw times (times at each split, with the bib number and the
timer's entry), historical facts (a runner's past races, lottery and service facts, imported
with the runner's name, contact data and a comment), lotteries with divisions, entrants (name,
birth date, gender, contact data and place), tickets, draws and simulation runs, organisations,
event series and groups, events, courses, course groups, splits, aid stations, gating
locations, results templates and categories, partners (sponsors' banners), connections to
outside registration services, subscriptions of users to runners, notifications of a runner's
progress, monetary donations to an organisation, crew passages, async tasks and projection
assessment runs.

Every row of the 36 fixture files that hold rows, loaded into PostgreSQL through
``railsfixtures`` (a table per file; ids from the labels as Rails computes them; an association
written as a fixture label, ``user: one``, kept as that label in a column named ``user``; a
polymorphic one, ``subscribable: one (Effort)``, kept as written; relative times such as ``<%=
5.minutes.ago %>`` counted from the fixed reference moment). Numbers written as Ruby
``BigDecimal`` objects (``!ruby/object:BigDecimal 9:0.25e3``, in ``splits`` and
``monetary_donations``), which a YAML reader that builds no Ruby objects refuses, become the
plain decimal they stand for before the reader runs. ``stewardships.yml`` (an empty mapping) is
not loaded, and the files under ``files/`` (CSV, JSON and spreadsheet samples for imports) and
``vcr/`` (recorded HTTP responses) are not fixtures.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

import railsfixtures
from sqlsource import text_of

REPO = "SplitTime/OpenSplitTime"
COMMIT = "32fe712df102c88822c9e8f7f5f6bfb37f7164f4"
FILES = "spec/fixtures/*.yml (the RSpec fixtures, 36 files with rows; all rows)"
LICENCE = "MIT (LICENSE of the repository)"
ENGINE = "postgresql"

_TABLES = (
    "users",
    "credentials",
    "organizations",
    "event_series",
    "event_series_events",
    "event_groups",
    "courses",
    "course_groups",
    "course_group_courses",
    "splits",
    "aid_stations",
    "events",
    "people",
    "efforts",
    "split_times",
    "raw_times",
    "historical_facts",
    "lotteries",
    "lottery_divisions",
    "lottery_entrants",
    "lottery_tickets",
    "lottery_draws",
    "lottery_simulation_runs",
    "gating_locations",
    "gating_location_events",
    "results_templates",
    "results_categories",
    "results_template_categories",
    "partners",
    "connections",
    "subscriptions",
    "notifications",
    "monetary_donations",
    "crew_passages",
    "async_tasks",
    "projection_assessment_runs",
)

_BIGDECIMAL = re.compile(r"!ruby/object:BigDecimal \d+:(\S+)")


def _plain(match: re.Match[str]) -> str:
    """The decimal a Ruby ``BigDecimal`` dump stands for, written as a plain number."""
    return format(Decimal(match.group(1)), "f")


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""

    def fixture(table: str) -> str:
        return _BIGDECIMAL.sub(_plain, text_of(read(f"spec/fixtures/{table}.yml")))

    return railsfixtures.script(fixture, _TABLES)
