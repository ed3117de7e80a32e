"""Held-out set spider_docmgmt: the ``document_management`` database of Spider (text-to-SQL).

Users (a role, user names shaped like ``first.last``, a ``0``/``1`` login flag, SHA-1 password
hashes), roles, documents (some named ``<first name> CV``), their structures, functional areas and
sections, and images whose alt text is a first name, all nine tables and all their rows, loaded
into MariaDB from the benchmark's SQLite file with the DDL translated by hand: the same snake-case
columns in the same order; primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/document_management/document_management.sqlite "
    "(Spider's document_management, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "roles": (
        "Roles",
        (
            "role_code VARCHAR(15) NOT NULL",
            "role_description VARCHAR(80)",
        ),
        "PRIMARY KEY (role_code)",
    ),
    "users": (
        "Users",
        (
            "user_id INT NOT NULL",
            "role_code VARCHAR(15) NOT NULL",
            "user_name VARCHAR(40)",
            "user_login VARCHAR(40)",
            "password VARCHAR(40)",
        ),
        "PRIMARY KEY (user_id)",
    ),
    "document_structures": (
        "Document_Structures",
        (
            "document_structure_code VARCHAR(15) NOT NULL",
            "parent_document_structure_code VARCHAR(15)",
            "document_structure_description VARCHAR(80)",
        ),
        "PRIMARY KEY (document_structure_code)",
    ),
    "functional_areas": (
        "Functional_Areas",
        (
            "functional_area_code VARCHAR(15) NOT NULL",
            "parent_functional_area_code VARCHAR(15)",
            "functional_area_description VARCHAR(80) NOT NULL",
        ),
        "PRIMARY KEY (functional_area_code)",
    ),
    "images": (
        "Images",
        (
            "image_id INT NOT NULL",
            "image_alt_text VARCHAR(80)",
            "image_name VARCHAR(40)",
            "image_url VARCHAR(255)",
        ),
        "PRIMARY KEY (image_id)",
    ),
    "documents": (
        "Documents",
        (
            "document_code VARCHAR(15) NOT NULL",
            "document_structure_code VARCHAR(15) NOT NULL",
            "document_type_code VARCHAR(15) NOT NULL",
            "access_count INT",
            "document_name VARCHAR(80)",
        ),
        "PRIMARY KEY (document_code)",
    ),
    "document_functional_areas": (
        "Document_Functional_Areas",
        (
            "document_code VARCHAR(15) NOT NULL",
            "functional_area_code VARCHAR(15) NOT NULL",
        ),
        "",
    ),
    "document_sections": (
        "Document_Sections",
        (
            "section_id INT NOT NULL",
            "document_code VARCHAR(15) NOT NULL",
            "section_sequence INT",
            "section_code VARCHAR(20)",
            "section_title VARCHAR(80)",
        ),
        "PRIMARY KEY (section_id)",
    ),
    "document_sections_images": (
        "Document_Sections_Images",
        (
            "section_id INT NOT NULL",
            "image_id INT NOT NULL",
        ),
        "PRIMARY KEY (section_id, image_id)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of document_management as one MariaDB script."""
    data = read("datasets/spider/database/document_management/document_management.sqlite")
    return "SET NAMES utf8mb4;\n" + sqlitesource.script(data, _TABLES, ENGINE)
