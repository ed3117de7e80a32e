"""Held-out set spider_bikeshare: the ``bike_1`` database of Spider (text-to-SQL).

A bike-share network (San Francisco Bay Area): stations with coordinates, their status over time,
9,959 trips with start and end station, times, bike, subscription type and the rider's ZIP code,
and daily weather by ZIP code.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_employment``);
primary keys kept where the file's rows are unique on them, foreign keys left out. Besides:
``trip.zip_code`` and the 21 measurement columns of ``weather`` (declared ``INTEGER`` or
``NUMERIC``) kept as text: they hold empty strings and, for ZIP codes, strings that are not
numbers.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/bike_1/bike_1.sqlite (Spider's bike_1, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "station": (
        "station",
        (
            "id INT NOT NULL",
            "name VARCHAR(255)",
            "lat DOUBLE",
            "`long` DOUBLE",
            "dock_count INT",
            "city VARCHAR(255)",
            "installation_date VARCHAR(255)",
        ),
        "PRIMARY KEY (id)",
    ),
    "status": (
        "status",
        (
            "station_id INT",
            "bikes_available INT",
            "docks_available INT",
            "time VARCHAR(255)",
        ),
        "",
    ),
    "trip": (
        "trip",
        (
            "id INT NOT NULL",
            "duration INT",
            "start_date VARCHAR(255)",
            "start_station_name VARCHAR(255)",
            "start_station_id INT",
            "end_date VARCHAR(255)",
            "end_station_name VARCHAR(255)",
            "end_station_id INT",
            "bike_id INT",
            "subscription_type VARCHAR(255)",
            "zip_code VARCHAR(255)",
        ),
        "PRIMARY KEY (id)",
    ),
    "weather": (
        "weather",
        (
            "date VARCHAR(255)",
            "max_temperature_f VARCHAR(255)",
            "mean_temperature_f VARCHAR(255)",
            "min_temperature_f VARCHAR(255)",
            "max_dew_point_f VARCHAR(255)",
            "mean_dew_point_f VARCHAR(255)",
            "min_dew_point_f VARCHAR(255)",
            "max_humidity VARCHAR(255)",
            "mean_humidity VARCHAR(255)",
            "min_humidity VARCHAR(255)",
            "max_sea_level_pressure_inches VARCHAR(255)",
            "mean_sea_level_pressure_inches VARCHAR(255)",
            "min_sea_level_pressure_inches VARCHAR(255)",
            "max_visibility_miles VARCHAR(255)",
            "mean_visibility_miles VARCHAR(255)",
            "min_visibility_miles VARCHAR(255)",
            "max_wind_Speed_mph VARCHAR(255)",
            "mean_wind_speed_mph VARCHAR(255)",
            "max_gust_speed_mph VARCHAR(255)",
            "precipitation_inches VARCHAR(255)",
            "cloud_cover VARCHAR(255)",
            "events VARCHAR(255)",
            "wind_dir_degrees VARCHAR(255)",
            "zip_code INT",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of bike_1 as one MariaDB script."""
    data = read("datasets/spider/database/bike_1/bike_1.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
