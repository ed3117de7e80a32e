"""Held-out set spider_kennels: the ``dog_kennels`` database of the Spider text-to-SQL benchmark.

A kennel's dogs, their owners, the professionals (employees, veterinarians) who treat them, the
treatments and reference tables, all eight tables and all their rows, loaded into PostgreSQL from
the benchmark's SQLite file with the DDL translated by hand: the same snake-case columns in the
same order, ``DATETIME`` as ``timestamp``, ``DECIMAL(19,4)`` as ``numeric(19,4)``; primary keys
kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/dog_kennels/dog_kennels.sqlite (Spider's dog_kennels, all rows)"
ENGINE = "postgresql"

_PERSON = (
    "street varchar(50)",
    "city varchar(50)",
    "state varchar(20)",
    "zip_code varchar(20)",
)
_TABLES: sqlitesource.Tables = {
    "breeds": (
        "Breeds",
        ("breed_code varchar(10) NOT NULL", "breed_name varchar(80)"),
        "PRIMARY KEY (breed_code)",
    ),
    "charges": (
        "Charges",
        ("charge_id integer NOT NULL", "charge_type varchar(20)", "charge_amount numeric(19,4)"),
        "PRIMARY KEY (charge_id)",
    ),
    "sizes": (
        "Sizes",
        ("size_code varchar(10) NOT NULL", "size_description varchar(80)"),
        "PRIMARY KEY (size_code)",
    ),
    "treatment_types": (
        "Treatment_Types",
        ("treatment_type_code varchar(10) NOT NULL", "treatment_type_description varchar(80)"),
        "PRIMARY KEY (treatment_type_code)",
    ),
    "owners": (
        "Owners",
        (
            "owner_id integer NOT NULL",
            "first_name varchar(50)",
            "last_name varchar(50)",
            *_PERSON,
            "email_address varchar(50)",
            "home_phone varchar(20)",
            "cell_number varchar(20)",
        ),
        "PRIMARY KEY (owner_id)",
    ),
    "dogs": (
        "Dogs",
        (
            "dog_id integer NOT NULL",
            "owner_id integer NOT NULL",
            "abandoned_yn varchar(1)",
            "breed_code varchar(10) NOT NULL",
            "size_code varchar(10) NOT NULL",
            "name varchar(50)",
            "age varchar(20)",
            "date_of_birth timestamp",
            "gender varchar(1)",
            "weight varchar(20)",
            "date_arrived timestamp",
            "date_adopted timestamp",
            "date_departed timestamp",
        ),
        "PRIMARY KEY (dog_id)",
    ),
    "professionals": (
        "Professionals",
        (
            "professional_id integer NOT NULL",
            "role_code varchar(20) NOT NULL",
            "first_name varchar(50)",
            *_PERSON,
            "last_name varchar(50)",
            "email_address varchar(50)",
            "home_phone varchar(20)",
            "cell_number varchar(20)",
        ),
        "PRIMARY KEY (professional_id)",
    ),
    "treatments": (
        "Treatments",
        (
            "treatment_id integer NOT NULL",
            "dog_id integer NOT NULL",
            "professional_id integer NOT NULL",
            "treatment_type_code varchar(10) NOT NULL",
            "date_of_treatment timestamp",
            "cost_of_treatment numeric(19,4)",
        ),
        "PRIMARY KEY (treatment_id)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of dog_kennels as one PostgreSQL script."""
    data = read("datasets/spider/database/dog_kennels/dog_kennels.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
