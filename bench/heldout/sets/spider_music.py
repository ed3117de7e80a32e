"""Held-out set spider_music: the ``music_1`` database of Spider (text-to-SQL).

Genres, artists keyed by their first name (country, gender, preferred genre), audio files and songs
naming the artist (the artist's name as the foreign key), with ratings, languages and release dates
as ``27-MAR-2004``. All tables and all their rows, loaded into MariaDB from the benchmark's SQLite
file under DDL typed from the file's own declarations and checked against its values: ``INTEGER``
as ``INT``, ``REAL`` as ``DOUBLE``, ``TEXT`` as ``VARCHAR(255)``, ``DATETIME``, ``DATE``,
``DECIMAL`` and ``VARCHAR``/``CHAR`` lengths kept, names as written; primary keys kept where the
file's rows are unique on them, foreign keys left out. Besides: ``song.releasedate``, declared
``Date``, as ``VARCHAR(255)``: the file holds ``dd-MON-yyyy`` text.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/music_1/music_1.sqlite (Spider's music_1, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "genre": (
        "genre",
        (
            "g_name VARCHAR(20) NOT NULL",
            "rating VARCHAR(10)",
            "most_popular_in VARCHAR(50)",
        ),
        "PRIMARY KEY (g_name)",
    ),
    "artist": (
        "artist",
        (
            "artist_name VARCHAR(50) NOT NULL",
            "country VARCHAR(20)",
            "gender VARCHAR(20)",
            "preferred_genre VARCHAR(50)",
        ),
        "PRIMARY KEY (artist_name)",
    ),
    "files": (
        "files",
        (
            "f_id INT NOT NULL",
            "artist_name VARCHAR(50)",
            "file_size VARCHAR(20)",
            "duration VARCHAR(20)",
            "formats VARCHAR(20)",
        ),
        "PRIMARY KEY (f_id)",
    ),
    "song": (
        "song",
        (
            "song_name VARCHAR(50) NOT NULL",
            "artist_name VARCHAR(50)",
            "country VARCHAR(20)",
            "f_id INT",
            "genre_is VARCHAR(20)",
            "rating INT",
            "languages VARCHAR(20)",
            "releasedate VARCHAR(255)",
            "resolution INT",
        ),
        "PRIMARY KEY (song_name)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of music_1 as one MariaDB script."""
    data = read("datasets/spider/database/music_1/music_1.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
