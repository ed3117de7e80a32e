"""Held-out set communityengine: the test fixtures of CommunityEngine, a Ruby on Rails engine that
adds a social network to a Rails application (member profiles, friendships, private messages,
blogs, photos and albums, clippings, events with RSVPs, forums, comments, tags and ads).

CommunityEngine (bborn/communityengine, written by Bruno Bornsztein from 2007, MIT licence, later
versions a gem for Rails 3 and 4; the commit read is the master branch's last, August 2016) keeps
its test database in Rails fixtures, one YAML file per table under ``test/fixtures``: the members
(``users``: login and its URL slug, e-mail address, a free-text description of themselves, a
birthday, the state and metro area they live in, Authlogic's salted password hash, salt and
persistence, single-access and perishable tokens, the activation code and dates, whether the
profile is public, the role, vendor and featured-writer flags, forum post counts and last visit),
friendships between members with their status and initiator, private messages (sender,
recipient, subject, body, when read, deleted flags), blog posts (title, raw and rendered text,
category, how published), comments on profiles, posts, photos and clippings (title, text,
commenter and recipient), photos and albums (title, description, uploaded file name, type, size
and dimensions), clippings (a saved web page's URL, image URL and description), events with
their metro area and RSVPs, forums, topics and forum posts (body and its HTML), moderatorships
and topic monitorships, static pages, an ad, a homepage feature, tags and taggings, and the
reference lists (categories, countries, US states, metro areas, roles, friendship statuses);
two invitations hold only their ids. The members are fictional test personas (a login and an
e-mail address on a reserved or generic domain each); every member shares one test password,
salt and hash.

Every row of the 27 fixture files, loaded into PostgreSQL through ``railsfixtures`` (a table per
file, ids as the files give them, only the columns the fixtures fill, not every column of the
engine's migrations). The fixtures' ERB tags are expanded in this module before the YAML is read:
the relative times (``<%= 5.days.ago.iso8601 %>``, ``<%= (13.days.from_now + 1.hour).iso8601
%>``, ``<%= 1.2.hours.ago.iso8601 %>``, ``<%= Time.now.iso8601 %>``) are counted from the
loader's fixed moment, 2026-01-01 noon UTC; the birthday ``<%= configatron.min_age.years.ago.iso8601
%>`` uses the engine's default minimum age, 16 (``config/application_config.rb``); and each
``Authlogic::Random.hex_token`` (128 hex digits) and ``Authlogic::Random.friendly_token`` (20
URL-safe characters), random on every test run, becomes a fixed token derived from the file name
and the tag's position, so that every load is the same.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import re
from collections.abc import Callable

import railsfixtures
from sqlsource import SourceError, text_of

REPO = "bborn/communityengine"
COMMIT = "438659f2926e69e90861de6b4fda02aea793d6d6"
FILES = (
    "test/fixtures/<table>.yml for 27 tables (the Rails test fixtures of the social network "
    "engine: members, friendships, messages, blog posts, comments, photos, albums, clippings, "
    "events and RSVPs, forums, topics and forum posts, pages, ads, tags and reference lists; all "
    "rows)"
)
LICENCE = "MIT (LICENSE: the CommunityEngine plugin is distributed under the MIT license)"
ENGINE = "postgresql"

_TABLES = (
    "users",
    "roles",
    "countries",
    "states",
    "metro_areas",
    "friendship_statuses",
    "friendships",
    "messages",
    "categories",
    "posts",
    "comments",
    "albums",
    "photos",
    "clippings",
    "events",
    "rsvps",
    "forums",
    "topics",
    "sb_posts",
    "moderatorships",
    "monitorships",
    "pages",
    "ads",
    "homepage_features",
    "invitations",
    "tags",
    "taggings",
)

_MIN_AGE = 16  # configatron.min_age in config/application_config.rb
_HOURS = {"minute": 1 / 60, "hour": 1, "day": 24, "week": 24 * 7, "month": 24 * 30, "year": 8760}
_SPAN = r"(\d+(?:\.\d+)?)\.(minute|hour|day|week|month|year)s?"
_TIME = re.compile(
    rf"<%=\s*\(?(?:{_SPAN}\.(ago|from_now)|Time\.now|configatron\.min_age\.years\.ago)"
    rf"(?:\s*\+\s*{_SPAN})?\)?\.iso8601\s*%>"
)
_TOKEN = re.compile(r"<%=\s*Authlogic::Random\.(hex_token|friendly_token)\s*%>")


def _hours(count: str, unit: str) -> float:
    return float(count) * _HOURS[unit]


def _time(match: re.Match[str]) -> str:
    count, unit, direction, plus_count, plus_unit = match.groups()
    moment = railsfixtures.REFERENCE
    if count is not None:
        step = datetime.timedelta(hours=_hours(count, unit))
        moment = moment - step if direction == "ago" else moment + step
    elif "min_age" in match.group(0):
        moment = moment.replace(year=moment.year - _MIN_AGE)
    if plus_count is not None:
        moment += datetime.timedelta(hours=_hours(plus_count, plus_unit))
    return moment.replace(microsecond=0).isoformat() + "Z"


def expand(table: str, text: str) -> str:
    """``text`` with the times and tokens of its ERB tags written out; any other tag is refused."""
    text = _TIME.sub(_time, text)
    count = 0

    def token(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        seed = hashlib.sha512(f"{table}:{count}".encode()).digest()
        if match.group(1) == "hex_token":
            return seed.hex()
        return base64.urlsafe_b64encode(seed[:15]).decode()

    text = _TOKEN.sub(token, text)
    left = re.search(r"<%.*?%>", text, re.S)
    if left is not None:
        raise SourceError(f"{table}: an ERB tag the set does not know: {left.group(0)[:60]!r}")
    return text


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""

    def fixture(table: str) -> str:
        return expand(table, text_of(read(f"test/fixtures/{table}.yml")))

    return railsfixtures.script(fixture, _TABLES)
