"""Held-out set symfonydemo: the database shipped with the Symfony Demo application (a blog).

The Symfony framework's reference application ships its demo database as a SQLite file, built by
its Doctrine fixtures: three users (full name, user name, e-mail address, bcrypt password hash,
roles as a JSON array), 30 blog posts by two of them (title, slug, summary, Lorem-ipsum content,
publication time), 150 comments by the third user, tags and the post-tag links.

All tables and all their rows, loaded into MariaDB through ``sqlitesource`` under DDL translated
from the file's own (``CLOB`` as ``LONGTEXT``, ``DATETIME`` kept, ``VARCHAR(255)`` kept); primary
keys kept, foreign keys and indexes left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO = "symfony/demo"
COMMIT = "920d86dc809f837543cb519d3df5b364a2c36577"
FILES = "data/database.sqlite (the demo application's database, all rows)"
LICENCE = "MIT"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "symfony_demo_user": (
        "symfony_demo_user",
        (
            "id INT NOT NULL",
            "full_name VARCHAR(255) NOT NULL",
            "username VARCHAR(255) NOT NULL",
            "email VARCHAR(255) NOT NULL",
            "password VARCHAR(255) NOT NULL",
            "roles LONGTEXT NOT NULL COMMENT '(DC2Type:json)'",
        ),
        "PRIMARY KEY (id)",
    ),
    "symfony_demo_post": (
        "symfony_demo_post",
        (
            "id INT NOT NULL",
            "author_id INT NOT NULL",
            "title VARCHAR(255) NOT NULL",
            "slug VARCHAR(255) NOT NULL",
            "summary VARCHAR(255) NOT NULL",
            "content LONGTEXT NOT NULL",
            "published_at DATETIME NOT NULL",
        ),
        "PRIMARY KEY (id)",
    ),
    "symfony_demo_tag": (
        "symfony_demo_tag",
        ("id INT NOT NULL", "name VARCHAR(255) NOT NULL"),
        "PRIMARY KEY (id)",
    ),
    "symfony_demo_post_tag": (
        "symfony_demo_post_tag",
        ("post_id INT NOT NULL", "tag_id INT NOT NULL"),
        "PRIMARY KEY (post_id, tag_id)",
    ),
    "symfony_demo_comment": (
        "symfony_demo_comment",
        (
            "id INT NOT NULL",
            "post_id INT NOT NULL",
            "author_id INT NOT NULL",
            "content LONGTEXT NOT NULL",
            "published_at DATETIME NOT NULL",
        ),
        "PRIMARY KEY (id)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the demo database as one MariaDB script."""
    return sqlitesource.script(read("data/database.sqlite"), _TABLES, ENGINE)
