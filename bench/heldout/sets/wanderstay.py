"""Held-out set wanderstay: the database of WanderStay, a property reservation platform in the
manner of Airbnb (private hosts list their flats, rooms and houses for short stays; guests search
them on a map, reserve dates, review them and write to the host), the project of two students
(Pavlos Spanoudakis and Theodora Troizi) for the Web Application Technologies course of the
Department of Informatics and Telecommunications of the University of Athens, summer 2023 (a
React front end, a Spring Boot REST back end with JPA/Hibernate, PostgreSQL, Docker; 259
commits, March 2023 to February 2024, almost all in July to September 2023, Greek time). Every
table and column is named in English, the tables with a leading underscore (``_user``,
``_property``). A user (user name as the key, e-mail address, first and last name, mobile
number, bcrypt password hash, a profile picture, active and locked flags) has the roles guest,
host or admin, each role also a table of its own keyed by the user name (the admin enables host
accounts). A host's property has a name, a street address, a city (from a list of 381 cities of
120 countries), map coordinates, a description, a type (whole property, private room or shared
room), a floor area, amenities (elevator, heating, kitchen, lounge, parking, refrigerator, TV,
wi-fi; numbers of bathrooms, bedrooms and beds), house rules (cost per day and per extra guest,
minimum stay, events, pets and smoking allowed), public transport nearby, pictures and
available date ranges. Guests reserve a property for dates and a number of persons at the
prices of the day, review it (stars and text) and hold one conversation per property with its
host, in messages with the sender's user name and time.

``db/db_data.sql`` is the plain pg_dump (PostgreSQL 15.4) of the database as of 30 September
2023 (unchanged since), which the project's ``db`` Docker image runs at start-up: 19 tables
(Hibernate's names and types), sequences, one ``COPY ... FROM stdin`` block per table, the 90
large objects that hold the text of three ``@Lob String`` fields (on PostgreSQL Hibernate keeps
such a field as an ``oid`` pointing at a large object), keys and foreign keys. Loaded into
PostgreSQL as written except that the dump's ``set_config('search_path', '', false)`` goes,
the ``BEGIN`` and ``COMMIT`` around the large objects' data go (the whole script is one
transaction), each COPY block becomes INSERTs (``\\N`` as NULL, COPY's backslash escapes
undone), and at the end the three ``oid`` columns (``_property.description``, ``_message.text``,
``_review.text``) become ``text`` columns holding their large objects' UTF-8 text, as the
application reads them, and the large objects are unlinked. All 19 tables and all 838 rows are
loaded: 11 users (3 with a name and e-mail address, 2 with a mobile number), 10 guests, 7 hosts,
1 admin, 18 properties (of 2 hosts) in 12 countries, 34 images, 38 available date ranges, 28
reservations, 11 reviews, 13 conversations with 61 messages (test phrases), and the city,
country and role lists. The names are already lower case. The module checks the table list, the
19 COPY blocks, the 90 large objects and the three ``oid`` columns, and that no view or psql
meta-command is left and the dump neither creates nor connects to a database.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, copy_as_inserts, text_of

REPO = "pspanoudakis/WanderStay"
COMMIT = "958af1ce42b4d7ea18a3581526129ef6cff8484e"
FILES = (
    "db/db_data.sql (the pg_dump, 30 September 2023, of WanderStay, two students' Airbnb-like "
    "property reservation platform for a web application course at the University of Athens: "
    "users with names, e-mail addresses, mobile numbers and bcrypt hashes, their guest, host "
    "and admin roles, hosts' properties with addresses, coordinates, amenities, rules and "
    "pictures, reservations, reviews, guest-host conversations and messages, cities and "
    "countries; its three large-object text columns loaded as text; all 19 tables and all rows)"
)
LICENCE = "none stated (no licence file; a university course project)"
ENGINE = "postgresql"

PATH = "db/db_data.sql"
TABLES = sorted(
    [
        "_admin",
        "_available_time_slot",
        "_city",
        "_conversation",
        "_country",
        "_guest",
        "_host",
        "_image",
        "_message",
        "_property",
        "_property_amenities",
        "_property_image",
        "_property_rules",
        "_public_transport_accesses",
        "_reservation",
        "_review",
        "_role",
        "_user",
        "user_role",
    ]
)
BLOBS = 90  # the large objects behind the three oid columns
#: the ``oid`` columns (Hibernate's ``@Lob String`` on PostgreSQL) turned into text
LOB_COLUMNS = (("_property", "description"), ("_message", "text"), ("_review", "text"))

_DROPPED = re.compile(r"^SELECT pg_catalog\.set_config\('search_path', '', false\);$", re.M)
_BLOB_TRANSACTION = re.compile(r"^(?:BEGIN|COMMIT);$", re.M)
_CREATED = re.compile(r"^CREATE TABLE public\.(\w+) \(", re.M)
_LO_CREATE = re.compile(r"^SELECT pg_catalog\.lo_create\('\d+'\);$", re.M)


def script(read: Callable[[str], bytes]) -> str:
    """The dump without its empty search path and the BEGIN and COMMIT around its large objects'
    data, its COPY blocks as INSERTs, then the three ``oid`` columns turned into the text of their
    large objects and the large objects dropped, as one PostgreSQL script."""
    text, dropped = _DROPPED.subn("", text_of(read(PATH)))
    if dropped != 1:
        raise SourceError(f"expected one search_path setting in {PATH}, found {dropped}")
    if "CREATE DATABASE" in text or "\\connect" in text:
        raise SourceError(f"{PATH} now creates or connects to its own database")
    if sorted(_CREATED.findall(text)) != TABLES:
        raise SourceError(f"{PATH}: expected the tables {' '.join(TABLES)}")
    if re.search(r"CREATE (?:OR REPLACE )?(?:MATERIALIZED )?VIEW", text):
        raise SourceError(f"{PATH} now holds a view")
    if len(_LO_CREATE.findall(text)) != BLOBS:
        raise SourceError(f"expected {BLOBS} large objects in {PATH}")
    text, bracket = _BLOB_TRANSACTION.subn("", text)
    if bracket != 2:
        raise SourceError(f"expected one BEGIN and one COMMIT in {PATH}, found {bracket} of them")

    text, copies = copy_as_inserts(text)
    if copies != len(TABLES):
        raise SourceError(f"expected {len(TABLES)} COPY blocks in {PATH}, found {copies}")
    if re.search(r"^COPY ", text, re.M):
        raise SourceError(f"a COPY block of {PATH} was not read")
    if re.search(r"^\\", text, re.M):
        raise SourceError(f"{PATH} now holds a psql meta-command")
    for table, column in LOB_COLUMNS:
        if not re.search(rf"^CREATE TABLE public\.{table} \([^;]*^    {column} oid,$", text, re.M):
            raise SourceError(f"{PATH}: {table}.{column} is no longer an oid column")
        text += (
            f"\nALTER TABLE public.{table} ALTER COLUMN {column} TYPE text"
            f" USING convert_from(lo_get({column}), 'UTF8');"
        )
    return text + "\nSELECT lo_unlink(oid) FROM pg_largeobject_metadata;\n"
