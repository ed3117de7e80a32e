"""The photo signal: pictures of people (``PHOTO``), stored as bytes or as a path or URL.

In a table about people (:func:`classifiers.people.about_people`), or one that gives a person a
position (:func:`classifiers.cases_and_registers.role_record`: a town's councillors), or, for a
column named so, a table of the papers a person handed in
(:func:`classifiers.attachments_and_scans.person_attachments`: an applicant's attachments):

- a column whose name ends in a picture word (``photo``, ``picture``, ``avatar``, ``portrait``,
  ``image``, ``headshot``...), possibly followed by where or how it is stored (``photo_path``,
  ``avatar_url``, ``profile_image_blob``), or whose comment says so: 0.7 when it is binary or
  names a path or URL, 0.6 otherwise (the name alone);
- sampled values that are images: bytes that start with an image format's magic number (JPEG,
  PNG, GIF, BMP, WebP, TIFF, HEIC), base64 text of one (``data:image/...``), or paths and URLs
  of image files (``.jpg``, ``.png``...): support 0.6 from the values alone, which the name adds to.

Images in a table not about people (a product's pictures) are not flagged, nor are a logo, an
icon, a banner or an emblem, in any table (``company_logo``, ``logo_url``): they picture an
organisation or a thing, never a person. Counts, flags and
keys (``photo_count``, ``has_avatar``, ``photo_id``) are never photos: the name must end in the
picture word or a storage word, and numbers, flags and dates are skipped.

>>> from classifiers.base import FieldContext
>>> [(h.entity, h.score) for h in PhotoSignal().evaluate(
...     FieldContext("s", "public.employees", "photo", "bytea"))]
[('PHOTO', 0.7)]
>>> PhotoSignal().evaluate(FieldContext("s", "public.products", "photo", "bytea"))
[]
"""

from __future__ import annotations

import re

from .attachments_and_scans import person_attachments
from .base import FieldContext, Signal, SignalHit
from .cases_and_registers import role_record
from .measures_and_factors import without_sizes
from .name_tokens import singular, table_name
from .people import about_people, is_binary, is_text, tokens, words

PICTURE_WORDS = words("""
    photo photograph pic picture avatar portrait image img headshot selfie mugshot likeness
    photoid
""")
#: Words that may follow the picture word: where or how the picture is kept, or the size of
#: the copy (``normal``, ``mini``, ``bigger``: the sizes a social network serves a profile
#: picture in).
STORAGE_WORDS = words("""
    path url uri file filename name link src source location loc key data blob bytes content bin
    binary thumb thumbnail small medium large original full big base64 b64 jpeg jpg png
    normal mini bigger
""")
#: The picture words a glued name may begin with, longest first (``photograph`` before
#: ``photo``), and the fewest letters of the word glued after it.
_GLUED_PICTURES = tuple(sorted(PICTURE_WORDS, key=len, reverse=True))
_GLUED_TAIL = 3
#: The words glued after a picture word that split it: not ``name``, as glued the name of what
#: the picture stands for as often (a game's ``avatarname``, a container's ``imagename``).
_GLUED_STORAGE = STORAGE_WORDS - {"name"}
#: Pictures of organisations and things (``logo``, ``favicon``): no person's photo.
THING_PICTURES = words("logo icon favicon emblem banner watermark badge crest sprite")
#: Storage words that say the value points at a file (stronger than a bare ``photo`` text).
_POINTERS = words("""
    path url uri file filename link src source location loc key
""")
NAME_SCORE, STORED_SCORE, VALUES_SCORE = 0.6, 0.7, 0.6
#: Share of sampled values that must be images for the values to speak.
VALUES_SHARE = 0.6

#: Magic numbers of image formats at the start of a file.
_MAGIC = (
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)
#: Base64 of those magic numbers (``/9j/`` is JPEG), optionally in a data URL.
_BASE64 = re.compile(r"^(?:data:image/[\w.+-]+;base64,|/9j/|iVBORw0KGgo|R0lGOD|UklGR)")
_IMAGE_FILE = re.compile(
    r"\.(?:jpe?g|png|gif|bmp|webp|tiff?|heic|heif|avif|svg)(?:[?#].*)?$", re.IGNORECASE
)
#: Words an image's file name may hold (``construction worker.jpg``, ``IMG 0042.png``, as an
#: upload keeps the name a camera or a person gave it); a caption or a sentence that ends in one
#: (``photo of the team.jpg``) is longer.
_FILE_NAME_WORDS = 2
_COMMENT = re.compile(
    r"\b(?:photo(?:graph)?s?|pictures?|avatars?|portraits?|headshots?|images? of)\b", re.I
)


def image_format(value: object) -> str | None:
    """The image format a sampled value is in, or None.

    >>> image_format(b"\\xff\\xd8\\xff\\xe0\\x00\\x10JFIF"), image_format("avatars/42.png")
    ('JPEG', 'image file name')
    >>> image_format(b"RIFF\\x24\\x00\\x00\\x00WEBPVP8 "), image_format("hello") is None
    ('WebP', True)
    >>> image_format("construction worker.jpg"), image_format("photo of the team.jpg")
    ('image file name', None)
    """
    if isinstance(value, bytes):
        for magic, what in _MAGIC:
            if value.startswith(magic):
                return what
        if value[:4] == b"RIFF" and value[8:12] == b"WEBP":
            return "WebP"
        if value[4:8] == b"ftyp" and value[8:12] in (b"heic", b"heix", b"mif1", b"avif"):
            return "HEIC"
        return None
    text = str(value).strip()
    if _BASE64.match(text):
        return "base64 image"
    if _IMAGE_FILE.search(text) and len(text.split()) <= _FILE_NAME_WORDS:
        return "image file name"
    return None


def unglued(words: list[str]) -> list[str]:
    """A name of one word that glues a picture word to the storage or size word after it,
    split there (``imagethumb``, ``photourl``, ``imagenormal``: a schema written in camel case
    and lower-cased); any other name as it is.

    >>> unglued(["imagethumb"]), unglued(["photourl"]), unglued(["imagenormal"])
    (['image', 'thumb'], ['photo', 'url'], ['image', 'normal'])
    >>> unglued(["imagery"]), unglued(["picnic"]), unglued(["photo", "url"])
    (['imagery'], ['picnic'], ['photo', 'url'])
    >>> unglued(["avatarname"])
    ['avatarname']
    """
    if len(words) != 1:
        return words
    word = words[0]
    for picture in _GLUED_PICTURES:
        rest = word[len(picture) :]
        if word.startswith(picture) and rest in _GLUED_STORAGE and len(rest) >= _GLUED_TAIL:
            return [picture, rest]
    return words


def picture_name(name: str) -> tuple[bool, bool]:
    """(the name says picture, it says a file holds it: ``photo_path``, ``avatar_url``).

    >>> [picture_name(n) for n in ("photo", "avatar_url", "photo_count", "has_photo")]
    [(True, False), (True, True), (False, False), (False, False)]
    >>> picture_name("imageThumb".lower()), picture_name("photourl")
    ((True, False), (True, True))
    """
    words = without_sizes([singular(w) for w in unglued(list(tokens(name)))])
    pointer = False
    while len(words) > 1 and words[-1] in STORAGE_WORDS:
        pointer = pointer or words[-1] in _POINTERS
        words.pop()
    if words and words[0] in {"has", "is", "no", "num", "count"}:
        return False, False
    return bool(words) and words[-1] in PICTURE_WORDS, pointer


def _thing_picture(name: str) -> bool:
    """Whether a column's name ends in a picture of a thing (``logo``, ``brand_icon_url``).

    >>> _thing_picture("company_logo"), _thing_picture("logo_path"), _thing_picture("photo")
    (True, True, False)
    """
    words = [singular(w) for w in tokens(name)]
    while len(words) > 1 and words[-1] in STORAGE_WORDS:
        words.pop()
    return bool(words) and words[-1] in THING_PICTURES


def after_table_word(ctx: FieldContext) -> str:
    """A one-word column name past its table's word glued before it (``image`` of
    ``customerimage`` in ``customer``, ``photo`` of ``userphoto`` in ``users``), or "".

    >>> after_table_word(FieldContext("s", "shop.customer", "customerimage"))
    'image'
    >>> after_table_word(FieldContext("s", "users", "userphoto")), after_table_word(
    ...     FieldContext("s", "users", "user_photo"))
    ('photo', '')
    """
    table = tokens(table_name(ctx.dataset))
    name = ctx.name.lower()
    if len(table) != 1 or len(tokens(ctx.name)) != 1:
        return ""
    for word in dict.fromkeys((table[0], singular(table[0]))):
        if name.startswith(word) and len(name) > len(word):
            return name[len(word) :]
    return ""


class PhotoSignal(Signal):
    """Pictures of people (see the module docstring)."""

    name = "photos"

    def evaluate(self, ctx: FieldContext) -> list[SignalHit]:
        binary = is_binary(ctx.data_type)
        if not binary and not is_text(ctx.data_type):
            return []
        if _thing_picture(ctx.name):
            return []
        named, pointer = picture_name(ctx.name)
        if not named and (rest := after_table_word(ctx)):
            named, pointer = picture_name(rest)  # ``customerimage`` in ``customer``
        commented = not named and bool(_COMMENT.search(ctx.comment[:300]))
        values = list(ctx.samples[: 50 if binary else 20])
        formats = [f for f in (image_format(v) for v in values) if f]
        if not (named or commented or formats):
            return []
        people = about_people(ctx) or role_record([tokens(s) for s in ctx.siblings])
        if people is None and (named or commented):
            people = person_attachments(ctx)  # a picture among an applicant's papers
        if people is None:
            return []
        hits = []
        if named or commented:
            said = f"column name {ctx.name!r}" if named else "the column's comment"
            score = STORED_SCORE if binary or pointer else NAME_SCORE
            kind = "a picture" if not pointer else "where a picture is kept"
            reason = f"{said} names {kind} and {people}"
            hits.append(SignalHit("PHOTO", score, self.name, reason))
        if values and len(formats) >= VALUES_SHARE * len(values):
            common = max(set(formats), key=formats.count)
            reason = (
                f"values: {len(formats)} of {len(values)} sampled values are images "
                f"({common}) and {people}"
            )
            share = round(len(formats) / len(values), 2)
            hits.append(SignalHit("PHOTO", VALUES_SCORE, self.name, reason, value_share=share))
        return hits
