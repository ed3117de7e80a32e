"""Held-out set alonetone: the test fixtures of alonetone, a Rails community where independent
musicians upload and share their tracks, comment on each other's music and follow each other.

The application's specs load Rails fixtures, one YAML file per table: users (login, e-mail,
Authlogic salt and scrypt password hash, persistence and perishable tokens, the last login's IP
address, display names, admin and moderator flags, soft deletion), their profiles (bio, city,
country, user names on Apple Music, Twitter, Spotify, Bandcamp and Instagram, a website, the
browser's user agent) and settings, account requests (the wanted login, an e-mail, the kind of
account, free text about oneself, the moderator), mass invites (a name and an invite token),
groups (labels), uploaded assets (file name, title, permalink, size, length), their audio
features (a waveform of 500 numbers), playlists and their tracks, comments (body, spam flag,
commenter, the commenter's IP address and user agent), listens (listener, asset, the track's
owner), and Active Storage blobs and attachments (audio files, avatars and playlist covers).

Every row of those fixture files loaded into PostgreSQL through ``railsfixtures`` (a table per
file, ``active_storage/blobs.yml`` as ``active_storage_blobs``; relative times fixed from
``railsfixtures.REFERENCE``; an association written as a fixture label kept as that label); the
empty ``user_reports.yml`` (no rows, so no columns) is left out. The ERB that ``railsfixtures``
does not know is replaced here: ``.to_formatted_s :db`` is ``.to_fs(:db)``; the ``%w(...).each
do |user|`` loops of ``profiles.yml`` and ``settings.yml`` are unrolled, one row per name;
``N.megabytes`` and ``N.kilobytes`` are that many bytes, truncated to an integer as Rails does
when it writes them to an integer column (one asset's size, written ``3.megabytes`` without
ERB, stays that text, so the column is text); ``Digest::MD5.base64digest('OK!')`` is computed;
``waveform`` is the 500 numbers the specs' helper generates (``round((sin(i / 10) + 1) *
1000000)``); each ``SecureRandom.hex(64)`` (a salt or persistence token) and each
``ActiveStorage::Blob.generate_unique_secure_token`` is a fixed value of the same form derived
from its position instead of a random one; ``scrypt("test" + salt)`` is a hash in the scrypt gem's
format (``400$8$1$``, 16 hex digits of salt, ``$``, 64 hex digits) computed with
``hashlib.scrypt`` (N 1024, r 8, p 1, 32 bytes) under a fixed salt, as the gem computes it.
"""

from __future__ import annotations

import base64
import hashlib
import math
import re
from collections.abc import Callable

import railsfixtures
from sqlsource import text_of

REPO = "sudara/alonetone"
COMMIT = "ebf728bf66ba173e9dfcabf9dd1fba327b9d402b"
FILES = "spec/fixtures/**/<table>.yml for 14 tables (the Rails spec fixtures, all rows)"
LICENCE = "MIT (LICENSE of the repository)"
ENGINE = "postgresql"

_TABLES = (
    "users",
    "profiles",
    "settings",
    "account_requests",
    "mass_invites",
    "groups",
    "assets",
    "audio_features",
    "playlists",
    "tracks",
    "comments",
    "listens",
    "active_storage/blobs",
    "active_storage/attachments",
)

_LOOP = re.compile(r"<% %w\(([^)]*)\)\.each do \|user\| %>\n(.*?)<% end %>\n?", re.S)
_BYTES = re.compile(r"<%=\s*(\d+(?:\.\d+)?)\.(kilobyte|megabyte)s?\s*%>")
_SALT = re.compile(r"<%=\s*(salt = )?SecureRandom\.hex\(64\)\s*%>")
_SCRYPT = re.compile(r"""<%=\s*scrypt\(["']test["'] \+ salt\)\s*%>""")
_BLOB_TOKEN = re.compile(r"<%=\s*ActiveStorage::Blob\.generate_unique_secure_token\s*%>")
_BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def _waveform() -> str:
    return str([math.floor((math.sin(i / 10.0) + 1) * 1000000 + 0.5) for i in range(1, 501)])


def _hex64(table: str, position: int) -> str:
    return hashlib.sha512(f"alonetone {table} {position}".encode()).hexdigest()


def _scrypt(secret: str, position: int) -> str:
    salt = hashlib.sha256(f"alonetone scrypt {position}".encode()).hexdigest()[:16]
    key = hashlib.scrypt(secret.encode(), salt=bytes.fromhex(salt), n=1024, r=8, p=1, dklen=32)
    return f"400$8$1${salt}${key.hex()}"


def _blob_token(position: int) -> str:
    digest = hashlib.sha256(f"alonetone blob token {position}".encode()).digest()
    return "".join(_BASE36[b % 36] for b in digest[:28])


def _unroll(match: re.Match[str]) -> str:
    body = match.group(2)
    return "".join(body.replace("<%= user %>", name) for name in match.group(1).split())


def _bytes(match: re.Match[str]) -> str:
    unit = 1024 if match.group(2) == "kilobyte" else 1024**2
    return str(int(float(match.group(1)) * unit))


def _secrets(table: str, text: str) -> str:
    """Salts, tokens and scrypt hashes in file order, each hash under the salt before it."""
    out: list[str] = []
    salt = ""
    pattern = re.compile(f"{_SALT.pattern}|{_SCRYPT.pattern}|{_BLOB_TOKEN.pattern}")
    last = 0
    for position, match in enumerate(pattern.finditer(text), start=1):
        out.append(text[last : match.start()])
        tag = match.group(0)
        if _SALT.fullmatch(tag):
            value = _hex64(table, position)
            if match.group(1):
                salt = value
        elif _SCRYPT.fullmatch(tag):
            value = _scrypt("test" + salt, position)
        else:
            value = _blob_token(position)
        out.append(value)
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""
    extra = {
        "<%= Digest::MD5.base64digest('OK!') %>": base64.b64encode(
            hashlib.md5(b"OK!").digest()
        ).decode(),
        "<%= waveform %>": _waveform(),
    }

    def fixture(table: str) -> str:
        text = text_of(read(f"spec/fixtures/{table}.yml"))
        text = text.replace(".to_formatted_s :db %>", ".to_fs(:db) %>")
        text = _LOOP.sub(_unroll, text)
        text = _BYTES.sub(_bytes, text)
        return _secrets(table, text)

    return railsfixtures.script(fixture, _TABLES, extra)
