"""Held-out set spider_themepark: the ``cre_Theme_park`` database of Spider (text-to-SQL).

Theme parks, tourist attractions and their locations (street addresses), hotels, shops, museums,
street markets, features, photos of attractions, visitors (first names in ``Tourist_Details``),
their visits, and staff (first names, empty other details), all sixteen tables and all their rows,
loaded into PostgreSQL from the benchmark's SQLite file with the DDL translated by hand: the same
Pascal-snake-case columns in the same order, ``DATETIME`` as ``timestamp``, ``REAL`` as ``double
precision`` except ``price_range``, kept as ``text`` because the file holds empty strings there;
primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/cre_Theme_park/cre_Theme_park.sqlite "
    "(Spider's cre_Theme_park, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "ref_hotel_star_ratings": (
        "Ref_Hotel_Star_Ratings",
        (
            "star_rating_code char(15) NOT NULL",
            "star_rating_description varchar(80)",
        ),
        "PRIMARY KEY (star_rating_code)",
    ),
    "locations": (
        "Locations",
        (
            "Location_ID integer NOT NULL",
            "Location_Name varchar(255)",
            "Address varchar(255)",
            "Other_Details varchar(255)",
        ),
        "PRIMARY KEY (Location_ID)",
    ),
    "ref_attraction_types": (
        "Ref_Attraction_Types",
        (
            "Attraction_Type_Code char(15) NOT NULL",
            "Attraction_Type_Description varchar(255)",
        ),
        "PRIMARY KEY (Attraction_Type_Code)",
    ),
    "visitors": (
        "Visitors",
        (
            "Tourist_ID integer NOT NULL",
            "Tourist_Details varchar(255)",
        ),
        "PRIMARY KEY (Tourist_ID)",
    ),
    "features": (
        "Features",
        (
            "Feature_ID integer NOT NULL",
            "Feature_Details varchar(255)",
        ),
        "PRIMARY KEY (Feature_ID)",
    ),
    "hotels": (
        "Hotels",
        (
            "hotel_id integer NOT NULL",
            "star_rating_code char(15) NOT NULL",
            "pets_allowed_yn char(1)",
            "price_range text",
            "other_hotel_details varchar(255)",
        ),
        "PRIMARY KEY (hotel_id)",
    ),
    "tourist_attractions": (
        "Tourist_Attractions",
        (
            "Tourist_Attraction_ID integer NOT NULL",
            "Attraction_Type_Code char(15) NOT NULL",
            "Location_ID integer NOT NULL",
            "How_to_Get_There varchar(255)",
            "Name varchar(255)",
            "Description varchar(255)",
            "Opening_Hours varchar(255)",
            "Other_Details varchar(255)",
        ),
        "PRIMARY KEY (Tourist_Attraction_ID)",
    ),
    "street_markets": (
        "Street_Markets",
        (
            "Market_ID integer NOT NULL",
            "Market_Details varchar(255)",
        ),
        "PRIMARY KEY (Market_ID)",
    ),
    "shops": (
        "Shops",
        (
            "Shop_ID integer NOT NULL",
            "Shop_Details varchar(255)",
        ),
        "PRIMARY KEY (Shop_ID)",
    ),
    "museums": (
        "Museums",
        (
            "Museum_ID integer NOT NULL",
            "Museum_Details varchar(255)",
        ),
        "PRIMARY KEY (Museum_ID)",
    ),
    "royal_family": (
        "Royal_Family",
        (
            "Royal_Family_ID integer NOT NULL",
            "Royal_Family_Details varchar(255)",
        ),
        "PRIMARY KEY (Royal_Family_ID)",
    ),
    "theme_parks": (
        "Theme_Parks",
        (
            "Theme_Park_ID integer NOT NULL",
            "Theme_Park_Details varchar(255)",
        ),
        "PRIMARY KEY (Theme_Park_ID)",
    ),
    "visits": (
        "Visits",
        (
            "Visit_ID integer NOT NULL",
            "Tourist_Attraction_ID integer NOT NULL",
            "Tourist_ID integer NOT NULL",
            "Visit_Date timestamp NOT NULL",
            "Visit_Details varchar(40) NOT NULL",
        ),
        "PRIMARY KEY (Visit_ID)",
    ),
    "photos": (
        "Photos",
        (
            "Photo_ID integer NOT NULL",
            "Tourist_Attraction_ID integer NOT NULL",
            "Name varchar(255)",
            "Description varchar(255)",
            "Filename varchar(255)",
            "Other_Details varchar(255)",
        ),
        "PRIMARY KEY (Photo_ID)",
    ),
    "staff": (
        "Staff",
        (
            "Staff_ID integer NOT NULL",
            "Tourist_Attraction_ID integer NOT NULL",
            "Name varchar(40)",
            "Other_Details varchar(255)",
        ),
        "PRIMARY KEY (Staff_ID)",
    ),
    "tourist_attraction_features": (
        "Tourist_Attraction_Features",
        (
            "Tourist_Attraction_ID integer NOT NULL",
            "Feature_ID integer NOT NULL",
        ),
        "PRIMARY KEY (Tourist_Attraction_ID, Feature_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of cre_Theme_park as one PostgreSQL script."""
    data = read("datasets/spider/database/cre_Theme_park/cre_Theme_park.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
