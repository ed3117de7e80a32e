"""Held-out set openstreetmap: the test fixtures of openstreetmap-website, the Rails application
behind openstreetmap.org, where volunteers map the world: mappers (users with e-mail, MD5
password hash, display name, profile description, home location, languages, the IP address
they signed up from, roles, preferences and blocks by moderators, friends) edit the map in
changesets (bounding box, tags, discussion comments, subscribers), upload GPS traces (file name,
description, visibility, start position, tags, and the track's points with their times and
positions), write diary entries (title, body, language, location) and comments on them, send
each other messages, and report map problems as notes (position, status) with comments that
record the author's user or IP address; OAuth client applications, redactions, access control
rules, languages, countries, and the current map nodes and their tags complete the data.

The tests load ``test/fixtures/<table>.yml``. The fixtures are read at a 2016 commit, just before
the project began replacing them by factories; at HEAD only ``lorem_ipsum.txt`` is left.

Loaded into PostgreSQL through ``railsfixtures``: every row of 24 of the 39 fixture files, the
ones about people and what they do (users, user_roles, user_preferences, user_blocks, friends,
messages, diary_entries, diary_comments, gpx_files, gpx_file_tags, gps_points, notes,
note_comments, changesets, changeset_tags, changeset_comments, changesets_subscribers,
client_applications, redactions), the catalogues (acls, languages, countries) and the current
map nodes with their tags (current_nodes, current_node_tags); not the history of nodes, nor
ways and relations (map geometry with no person), nor the empty ``user_tokens.yml``. A table
per file; ids from the labels as Rails computes them unless the file gives one. The ERB tags
are evaluated here as Ruby would: ``SCALE`` is 10000000 (coordinates are stored as integers of
1e-7 degrees), ``n*SCALE`` the float product truncated to an integer (as Rails stores it in an
integer column), ``QuadTile.tile_for_point`` the project's own tile number
(``lib/quad_tile.rb``), ``Digest::MD5.hexdigest('...')`` the MD5 hex digest,
``Changeset::MAX_ELEMENTS + 1`` 50001, and ``Time.now.utc`` (``+ 86400``) the fixed reference
moment of ``railsfixtures`` (a day later).
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Callable

import railsfixtures
from sqlsource import SourceError, text_of

REPO = "openstreetmap/openstreetmap-website"
COMMIT = "ea610c8c3c006555cac91b8c238c82938f33aef7"
_TABLES = (
    "users",
    "user_roles",
    "user_preferences",
    "user_blocks",
    "friends",
    "messages",
    "diary_entries",
    "diary_comments",
    "gpx_files",
    "gpx_file_tags",
    "gps_points",
    "notes",
    "note_comments",
    "changesets",
    "changeset_tags",
    "changeset_comments",
    "changesets_subscribers",
    "client_applications",
    "redactions",
    "acls",
    "languages",
    "countries",
    "current_nodes",
    "current_node_tags",
)
FILES = (
    "test/fixtures/*.yml at a 2016 commit (24 of the 39 Rails fixture files, all their rows:"
    " users and their activity, catalogues, current nodes and their tags; not node history,"
    " ways, relations or the empty user_tokens.yml)"
)
LICENCE = "GPL-2.0 (LICENSE of the repository)"
ENGINE = "postgresql"

_SCALE = 10000000
_MAX_ELEMENTS = 50000  # Changeset::MAX_ELEMENTS in app/models/changeset.rb at COMMIT
_NUMBER = r"-?\d+(?:\.\d+)?"
_PRODUCT = re.compile(rf"<%=\s*\(?\s*({_NUMBER})\s*\*\s*SCALE\s*\)?(?:\.to_i)?\s*%>")
_TILE = re.compile(rf"<%=\s*QuadTile\.tile_for_point\(({_NUMBER}),\s*({_NUMBER})\)\s*%>")
_MD5 = re.compile(r"<%=\s*Digest::MD5(?:\.|::)hexdigest\('([^']*)'\)\s*%>")
_FIXED = {
    "<% SCALE = 10000000 unless defined?(SCALE) %>": "",
    "<%= Changeset::MAX_ELEMENTS + 1 %>": str(_MAX_ELEMENTS + 1),
    "<%= Time.now.utc %>": railsfixtures.REFERENCE.isoformat(sep=" "),
    "<%= Time.now.utc + 86400 %>": (railsfixtures.REFERENCE + datetime.timedelta(days=1)).isoformat(
        sep=" "
    ),
}


def _round(value: float) -> int:
    """Ruby's ``Float#round``: halves away from zero."""
    return int(value + 0.5) if value >= 0 else -int(-value + 0.5)


def tile_for_point(lat: float, lon: float) -> int:
    """The quad tile of a point, as ``QuadTile.tile_for_point`` in ``lib/quad_tile.rb``.

    >>> tile_for_point(0.0, 0.0)  # x = y = 0x8000: the top two bits
    3221225472
    """
    x = _round((lon + 180) * 65535 / 360)
    y = _round((lat + 90) * 65535 / 180)
    t = 0
    for _ in range(16):
        t = (t << 1) | (1 if x & 0x8000 else 0)
        x <<= 1
        t = (t << 1) | (1 if y & 0x8000 else 0)
        y <<= 1
    return t


def _value(tag: str) -> str:
    """The value Ruby gives one ERB tag of these fixtures, else an error."""
    if tag in _FIXED:
        return _FIXED[tag]
    if m := _PRODUCT.fullmatch(tag):
        return str(int(float(m.group(1)) * _SCALE))
    if m := _TILE.fullmatch(tag):
        return str(tile_for_point(float(m.group(1)), float(m.group(2))))
    if m := _MD5.fullmatch(tag):
        return hashlib.md5(m.group(1).encode()).hexdigest()
    raise SourceError(f"an ERB tag this set does not evaluate: {tag[:60]!r}")


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""
    texts = {t: text_of(read(f"test/fixtures/{t}.yml")) for t in _TABLES}
    tags = {tag for text in texts.values() for tag in re.findall(r"<%.*?%>", text, re.S)}
    extra = {tag: _value(tag) for tag in tags}
    return railsfixtures.script(texts.__getitem__, _TABLES, extra)
