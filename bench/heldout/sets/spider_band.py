"""Held-out set spider_band: the ``music_2`` database of Spider (text-to-SQL).

A band's songs, albums, band members (first and last name), instruments, stage positions, track
lists and vocals; every table is empty in the file, so the set tests names and types alone.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/music_2/music_2.sqlite (Spider's music_2, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "songs": (
        "Songs",
        (
            "SongId integer NOT NULL",
            '"Title" text',
        ),
        "PRIMARY KEY (SongId)",
    ),
    "albums": (
        "Albums",
        (
            "AId integer NOT NULL",
            '"Title" text',
            '"Year" integer',
            '"Label" text',
            '"Type" text',
        ),
        "PRIMARY KEY (AId)",
    ),
    "band": (
        "Band",
        (
            "Id integer NOT NULL",
            "Firstname text",
            "Lastname text",
        ),
        "PRIMARY KEY (Id)",
    ),
    "instruments": (
        "Instruments",
        (
            "SongId integer NOT NULL",
            "BandmateId integer NOT NULL",
            "Instrument text NOT NULL",
        ),
        "PRIMARY KEY (SongId, BandmateId, Instrument)",
    ),
    "performance": (
        "Performance",
        (
            "SongId integer NOT NULL",
            "Bandmate integer NOT NULL",
            "StagePosition text",
        ),
        "PRIMARY KEY (SongId, Bandmate)",
    ),
    "tracklists": (
        "Tracklists",
        (
            "AlbumId integer NOT NULL",
            '"Position" integer NOT NULL',
            "SongId integer",
        ),
        'PRIMARY KEY (AlbumId, "Position")',
    ),
    "vocals": (
        "Vocals",
        (
            "SongId integer NOT NULL",
            "Bandmate integer NOT NULL",
            '"Type" text',
        ),
        "PRIMARY KEY (SongId, Bandmate)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of music_2 as one PostgreSQL script."""
    data = read("datasets/spider/database/music_2/music_2.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
