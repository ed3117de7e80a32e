"""Held-out set spider_academic: the ``academic`` database of Spider (text-to-SQL).

Academic search (Microsoft Academic style): authors (name, homepage, organisation), conferences,
journals, domains, keywords, organisations, publications with abstract, citation and reference
counts, and who wrote and cited what; every table is empty in the file, so the set tests names and
types alone.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/academic/academic.sqlite (Spider's academic, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "author": (
        "author",
        (
            "aid INT NOT NULL",
            "homepage TEXT",
            "name TEXT",
            "oid INT",
        ),
        "PRIMARY KEY (aid)",
    ),
    "conference": (
        "conference",
        (
            "cid INT NOT NULL",
            "homepage TEXT",
            "name TEXT",
        ),
        "PRIMARY KEY (cid)",
    ),
    "domain": (
        "domain",
        (
            "did INT NOT NULL",
            "name TEXT",
        ),
        "PRIMARY KEY (did)",
    ),
    "domain_author": (
        "domain_author",
        (
            "aid INT NOT NULL",
            "did INT NOT NULL",
        ),
        "PRIMARY KEY (did, aid)",
    ),
    "domain_conference": (
        "domain_conference",
        (
            "cid INT NOT NULL",
            "did INT NOT NULL",
        ),
        "PRIMARY KEY (did, cid)",
    ),
    "journal": (
        "journal",
        (
            "homepage TEXT",
            "jid INT NOT NULL",
            "name TEXT",
        ),
        "PRIMARY KEY (jid)",
    ),
    "domain_journal": (
        "domain_journal",
        (
            "did INT NOT NULL",
            "jid INT NOT NULL",
        ),
        "PRIMARY KEY (did, jid)",
    ),
    "keyword": (
        "keyword",
        (
            "keyword TEXT",
            "kid INT NOT NULL",
        ),
        "PRIMARY KEY (kid)",
    ),
    "domain_keyword": (
        "domain_keyword",
        (
            "did INT NOT NULL",
            "kid INT NOT NULL",
        ),
        "PRIMARY KEY (did, kid)",
    ),
    "publication": (
        "publication",
        (
            "abstract TEXT",
            "cid TEXT",
            "citation_num INT",
            "jid INT",
            "pid INT NOT NULL",
            "reference_num INT",
            "`title` TEXT",
            "`year` INT",
        ),
        "PRIMARY KEY (pid)",
    ),
    "domain_publication": (
        "domain_publication",
        (
            "did INT NOT NULL",
            "pid INT NOT NULL",
        ),
        "PRIMARY KEY (did, pid)",
    ),
    "organization": (
        "organization",
        (
            "continent TEXT",
            "homepage TEXT",
            "name TEXT",
            "oid INT NOT NULL",
        ),
        "PRIMARY KEY (oid)",
    ),
    "publication_keyword": (
        "publication_keyword",
        (
            "pid INT NOT NULL",
            "kid INT NOT NULL",
        ),
        "PRIMARY KEY (kid, pid)",
    ),
    "writes": (
        "writes",
        (
            "aid INT NOT NULL",
            "pid INT NOT NULL",
        ),
        "PRIMARY KEY (aid, pid)",
    ),
    "cite": (
        "cite",
        (
            "cited INT",
            "citing INT",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of academic as one MariaDB script."""
    data = read("datasets/spider/database/academic/academic.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
