"""Coordinates in spatial types and hex WKB (issue 15, cause 5): what the catalogs report for
spatial columns, and what piimap makes of them.

PostGIS is not installed on the development servers (``CREATE EXTENSION postgis`` fails), so its
type strings (``format_type`` output) are tested as strings; MariaDB's ``POINT`` and
PostgreSQL's built-in ``point`` are scanned for real, and PostGIS's text form of a geometry (hex
EWKB) is stored in a text column.
"""

from __future__ import annotations

import struct

import pytest

import lineage
from classifiers import FieldContext, default_classifier
from classifiers.recognizers.geolocation import WkbPointRecognizer, wkb_point

from .conftest import write_estate

CLASSIFIER = default_classifier()
PEOPLE = ("id", "first_name", "last_name", "email")


def _entities(
    name: str,
    data_type: str,
    *,
    table: str = "stores",
    comment: str = "",
    values: tuple[str, ...] = (),
    siblings: tuple[str, ...] = (),
) -> dict[str, str]:
    ctx = FieldContext("s", table, name, data_type, comment, samples=values, siblings=siblings)
    return {h.entity: h.explanation for h in CLASSIFIER.classify([ctx])[0]}


def ewkb(lon: float, lat: float, srid: int | None = 4326, big_endian: bool = False) -> str:
    """A point as PostGIS prints a geometry (``geom::text``): hex EWKB."""
    order = ">" if big_endian else "<"
    kind = 1 | (0x20000000 if srid is not None else 0)
    head = bytes([0 if big_endian else 1]) + struct.pack(order + "I", kind)
    if srid is not None:
        head += struct.pack(order + "I", srid)
    return (head + struct.pack(order + "dd", lon, lat)).hex().upper()


POINTS = tuple(ewkb(-0.1 - i * 0.013, 51.5 + i * 0.007) for i in range(30))


# -- declared types ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, data_type, table, comment, siblings",
    [
        # PostGIS, as format_type() reports it
        ("location", "geography(Point,4326)", "customers", "", PEOPLE),
        ("geom", "geometry(Point,4326)", "customers", "", PEOPLE),
        ("home", "geometry(PointZ,4326)", "members", "", PEOPLE),
        ("geog", "geography", "users", "", PEOPLE),
        # MySQL/MariaDB COLUMN_TYPE, SQL Server, Snowflake/BigQuery
        ("pos", "point", "offices", "Latitude and longitude of the office", ()),
        ("coords", "POINT", "stores", "", ()),
        ("where_seen", "geography", "sightings", "GPS coordinates (lat/long)", ()),
        ("shape", "geometry", "employees", "", PEOPLE),
    ],
)
def test_a_spatial_type_with_a_person_or_a_location_is_geolocation(
    name, data_type, table, comment, siblings
):
    found = _entities(name, data_type, table=table, comment=comment, siblings=siblings)
    assert "GEOLOCATION" in found, found
    assert "type" in found["GEOLOCATION"]


@pytest.mark.parametrize(
    "name, data_type, table",
    [
        ("geom", "geometry(Point,4326)", "weather_stations"),  # a hint only: no person, no word
        ("boundary", "geometry(Polygon,4326)", "customers"),  # an area, not a position
        ("route", "linestring", "deliveries"),
        ("geom", "geometry", "parcels"),
        ("location", "varchar(40)", "warehouse_bins"),
    ],
)
def test_other_spatial_columns_are_not_geolocation(name, data_type, table):
    assert "GEOLOCATION" not in _entities(name, data_type, table=table)


# -- hex WKB values ------------------------------------------------------------------------


def test_hex_ewkb_points_label_a_column_with_a_name_that_says_nothing():
    found = _entities("g", "text", table="t", values=POINTS)
    assert "GEOLOCATION" in found, found
    assert not any(p in found["GEOLOCATION"] for p in POINTS)  # masked, never raw


@pytest.mark.parametrize(
    "value, expected",
    [
        (ewkb(2.35, 48.85), True),
        (ewkb(2.35, 48.85, srid=None), True),
        (ewkb(2.35, 48.85, big_endian=True), True),
        ("E6100000" + ewkb(51.5, -0.12, srid=None), True),  # MySQL's SRID-prefixed form
        (ewkb(0.0, 0.0), False),  # null island
        (ewkb(500.0, 600.0), False),  # out of range
        ("0103000020E6100000" + "00" * 40, False),  # a polygon
        ("DEADBEEF" * 6, False),
        ("d41d8cd98f00b204e9800998ecf8427e", False),  # an MD5
    ],
)
def test_wkb_point_recognizer(value, expected):
    results = WkbPointRecognizer().analyze(value, ["GEOLOCATION"])
    assert any(r.start == 0 and r.end == len(value) for r in results) == expected


def test_wkb_point_reads_both_byte_orders():
    assert wkb_point(ewkb(2.5, 48.0)) == (2.5, 48.0)
    assert wkb_point(ewkb(2.5, 48.0, big_endian=True)) == (2.5, 48.0)


# -- real servers --------------------------------------------------------------------------


def test_mariadb_point_column_is_scanned_as_geolocation(my_db, tmp_path):
    my_db.run(
        """
        CREATE TABLE nameparts_member (
            id INT PRIMARY KEY,
            first_name VARCHAR(30),
            last_name VARCHAR(30),
            pos POINT COMMENT 'Latitude and longitude of the home address'
        );
        INSERT INTO nameparts_member
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
        SELECT i, CONCAT('Ann', CHAR(97 + i % 26)), CONCAT('Lee', CHAR(97 + i % 20)),
               POINT(-0.1 - i / 100, 51.5 + i / 1000) FROM n;
        """
    )
    estate = write_estate(
        tmp_path,
        f"systems:\n  club: {{connector: mysql, dsn: '{my_db.dsn}', "
        "include: ['*.nameparts_member']}\n",
    )
    snapshot = lineage.scan(estate, scanned_at="2026-01-01T00:00:00Z").snapshot
    fields = {f.name: f for f in snapshot.fields}
    assert fields["pos"].data_type.lower() == "point"  # what the catalog reports
    (hit,) = [e for e in fields["pos"].entities if e.entity == "GEOLOCATION"]
    assert "type 'point'" in hit.explanation and "values" in hit.explanation


def test_postgresql_point_and_hex_ewkb_columns_are_scanned_as_geolocation(pg_db, tmp_path):
    rows = ", ".join(
        f"({i}, point({-0.1 - i / 100}, {51.5 + i / 1000}), '{POINTS[i]}')" for i in range(30)
    )
    pg_db.run(
        "CREATE TABLE nameparts_visit (id int PRIMARY KEY, spot point, geom_hex text);"
        "COMMENT ON COLUMN nameparts_visit.spot IS 'Longitude and latitude of the visitor';"
        f"INSERT INTO nameparts_visit VALUES {rows};"
    )
    estate = write_estate(
        tmp_path,
        f"systems:\n  visits: {{connector: postgresql, dsn: '{pg_db.dsn}', "
        "include: [public.nameparts_visit]}\n",
    )
    snapshot = lineage.scan(estate, scanned_at="2026-01-01T00:00:00Z").snapshot
    fields = {f.name: f for f in snapshot.fields}
    assert fields["spot"].data_type == "point"  # format_type of the built-in point
    assert "GEOLOCATION" in {e.entity for e in fields["spot"].entities}
    assert "GEOLOCATION" in {e.entity for e in fields["geom_hex"].entities}
    for f in fields.values():
        for e in f.entities:
            assert not any(p in e.explanation for p in POINTS)
