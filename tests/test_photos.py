"""Photos of people: pictures stored as bytes or as a path or URL in a table about people
(cases and image headers made up here)."""

from __future__ import annotations

import pytest

from classifiers import FieldContext, default_classifier
from classifiers.photos import image_format, picture_name
from classifiers.taxonomy import categories
from lineage.core.config import load_estate
from lineage.pipeline.run import scan_estate

from .conftest import write_estate

CLASSIFIER = default_classifier()
PEOPLE = ("id", "first_name", "last_name", "email")
JPEG = tuple(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes([i]) * 60 for i in range(10))
PNG = tuple(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes([i]) * 60 for i in range(10))
WEBP = tuple(b"RIFF" + bytes([i, 0, 0, 0]) + b"WEBPVP8 " + bytes(40) for i in range(10))
GIF = tuple(b"GIF89a" + bytes([i]) * 30 for i in range(10))
PATHS = tuple(f"/srv/media/staff/{i:04d}.jpg" for i in range(10))
URLS = tuple(f"https://cdn.example.net/u/{i}/avatar.png?v={i}" for i in range(10))
NOISE = tuple(bytes([7, i, 3, 9]) * 20 for i in range(10))


def found(name, data_type, samples=(), table="hr.employees", siblings=PEOPLE, comment=""):
    ctx = FieldContext(
        "s", table, name, data_type, comment=comment, samples=tuple(samples), siblings=siblings
    )
    return {e.entity: e for e in CLASSIFIER.classify([ctx])[0]}


@pytest.mark.parametrize(
    ("name", "data_type", "samples", "table", "comment"),
    [
        ("photo", "bytea", (), "hr.employees", ""),  # the name alone
        ("picture", "longblob", JPEG, "staff", ""),
        ("ProfileImage", "varbinary(max)", PNG, "app.user_profiles", ""),
        ("photo_path", "varchar(255)", PATHS, "hr.employees", ""),
        ("avatar_url", "text", URLS, "app.users", ""),
        ("headshot_file_name", "varchar(100)", (), "crm.contacts", ""),
        ("blob1", "blob", WEBP, "hr.employees", ""),  # the values alone
        ("img_data", "mediumblob", GIF, "people", ""),
        ("att", "bytea", (), "hr.employees", "Passport photo of the employee"),  # comment
        ("data", "bytea", JPEG, "hr.employee_photos", ""),  # a table of a person's photos
    ],
)
def test_pictures_in_a_table_about_people_are_photos(name, data_type, samples, table, comment):
    hit = found(name, data_type, samples, table=table, comment=comment).get("PHOTO")
    assert hit is not None and hit.confidence >= 0.5, found(name, data_type, samples, table)
    assert "people" in hit.explanation


def test_values_and_name_together_are_surer_than_either():
    named = found("photo", "bytea")["PHOTO"].confidence
    both = found("photo", "bytea", JPEG)["PHOTO"]
    assert both.confidence > named
    assert "10 of 10 sampled values are images (JPEG)" in both.explanation


@pytest.mark.parametrize(
    ("name", "data_type", "samples", "table"),
    [
        ("image", "bytea", JPEG, "shop.products"),  # a product's picture
        ("photo_path", "text", PATHS, "cms.banners"),
        ("photo_count", "integer", (), "hr.employees"),
        ("has_photo", "boolean", (), "hr.employees"),
        ("photo_id", "bigint", (), "hr.employees"),
        ("photo_taken_at", "timestamp", (), "hr.employees"),
        ("signature_blob", "bytea", NOISE, "hr.employees"),  # bytes, but no image, no picture name
        ("password_salt", "bytea", NOISE, "app.users"),
    ],
)
def test_not_photos(name, data_type, samples, table):
    siblings = PEOPLE if table in ("hr.employees", "app.users") else ("id", "title", "sku")
    assert "PHOTO" not in found(name, data_type, samples, table=table, siblings=siblings)


def test_formats_and_names():
    assert [image_format(v[0]) for v in (JPEG, PNG, WEBP, GIF)] == ["JPEG", "PNG", "WebP", "GIF"]
    assert image_format("data:image/png;base64,iVBORw0KGgo=") == "base64 image"
    assert image_format("/9j/4AAQSkZJRgABAQ") == "base64 image"
    assert image_format("photo of the team.jpg") is None  # words, not a file name
    assert picture_name("avatar_thumbnail_url") == (True, True)
    assert picture_name("image_width") == (False, False)


def test_photo_is_visual_information_under_fideslang_self_image():
    c = categories("PHOTO")
    assert (c.gdpr, c.ccpa, c.fides, c.sensitive) == (
        "personal",
        "sensory_information",
        "user.content.self_image",
        False,
    )
    assert categories("FREE_TEXT").fides == "user.content"


def test_a_photo_column_in_a_real_postgresql_table(pg_db, tmp_path):
    pg_db.run(
        "CREATE TABLE employees (id int, last_name text, email text, photo bytea, "
        "photo_path text);"
        "INSERT INTO employees SELECT i, 'Name' || i, 'e' || i || '@mail.example.net', "
        "decode('ffd8ffe000104a464946' || lpad(to_hex(i), 8, '0'), 'hex'), "
        "'photos/' || i || '.jpg' FROM generate_series(1, 12) i;"
    )
    estate = write_estate(
        tmp_path, f"systems:\n  pg: {{connector: postgresql, dsn: '{pg_db.dsn}'}}\n"
    )
    snapshot = scan_estate(load_estate(estate))
    photos = {f.name: f for f in snapshot.fields if f.name.startswith("photo")}
    for name in ("photo", "photo_path"):
        (hit,) = [e for e in photos[name].entities if e.entity == "PHOTO"]
        assert "images" in hit.explanation, name


def test_every_ccpa_category_has_its_statute_in_the_ropa_export():
    from typing import get_args

    from classifiers.taxonomy import Ccpa
    from lineage.export.ropa import CCPA_STATUTE

    assert set(get_args(Ccpa)) == set(CCPA_STATUTE)
    assert CCPA_STATUTE["sensory_information"] == "1798.140(v)(1)(H)"
