"""Held-out set seaandtea: the Flyway migrations of Sea & Tea Tours, a Spring Boot marketplace for
local tour guides in Sri Lanka, with their sample rows: users (tourists, guides, an admin), guide
profiles, specialties and languages, tours and their images, bookings, reviews, payments,
messages between tourists and guides, and homepage slider images.

``src/main/resources/db/migration`` of the repository dranawaka/seaandtea-backend (a Java 17,
Spring Boot 3.2 backend on PostgreSQL, "The Upwork for Travel Guides in Sri Lanka") holds three
Flyway migrations: ``V1__Create_initial_schema.sql`` creates ten tables and their indexes,
``V2__Insert_sample_data.sql`` inserts the application's sample data (multi-row INSERTs with
column lists, each ending ``ON CONFLICT ... DO NOTHING``: 9 users, 4 guides, 15 specialties, 15
languages, 10 tours, 22 tour images, 9 bookings, 6 reviews, 9 payments, 15 messages) and
``V3__Create_homepage_slider_images.sql`` adds an eleventh, empty table. The module runs the
three files in Flyway's order, as written: their identifiers are already lower case and
unquoted, and their syntax (``BIGSERIAL``, ``ON CONFLICT``, ``CREATE INDEX IF NOT EXISTS``) is
PostgreSQL's own.

Not used: ``src/main/resources/db/init.sql`` (a setup script outside Flyway's location). The
application runs Hibernate with ``ddl-auto: update``, so a live database would also get the
tables of JPA entities that no migration creates (products and their images, carts and cart
items, news posts with their comments and likes); the set is the database the migrations make.
"""

from __future__ import annotations

from collections.abc import Callable

REPO = "dranawaka/seaandtea-backend"
COMMIT = "7cbc41c947f9b3318cdeed7847550cfaf8888bec"
MIGRATIONS = (
    "src/main/resources/db/migration/V1__Create_initial_schema.sql",
    "src/main/resources/db/migration/V2__Insert_sample_data.sql",
    "src/main/resources/db/migration/V3__Create_homepage_slider_images.sql",
)
FILES = (
    "src/main/resources/db/migration/V1__Create_initial_schema.sql, V2__Insert_sample_data.sql, "
    "V3__Create_homepage_slider_images.sql (the Flyway migrations: schema, sample rows and the "
    "slider table; all 11 tables and all rows)"
)
LICENCE = (
    "none found: the README says MIT ('see the LICENSE file'), but the repository has no "
    "LICENSE file"
)
ENGINE = "postgresql"


def script(read: Callable[[str], bytes]) -> str:
    """The three Flyway migrations in order, unchanged."""
    return "\n;\n".join(read(path).decode("utf-8") for path in MIGRATIONS)
