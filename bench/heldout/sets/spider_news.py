"""Held-out set spider_news: the ``news_report`` database of Spider (text-to-SQL).

Journalists (name, nationality, age, years working), events with venue and attendance, and who
reported which event.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/news_report/news_report.sqlite (Spider's news_report, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "event": (
        "event",
        (
            "Event_ID integer NOT NULL",
            "Date text",
            "Venue text",
            "Name text",
            "Event_Attendance integer",
        ),
        "PRIMARY KEY (Event_ID)",
    ),
    "journalist": (
        "journalist",
        (
            "journalist_ID integer NOT NULL",
            "Name text",
            "Nationality text",
            "Age text",
            "Years_working integer",
        ),
        "PRIMARY KEY (journalist_ID)",
    ),
    "news_report": (
        "news_report",
        (
            "journalist_ID integer NOT NULL",
            "Event_ID integer NOT NULL",
            "Work_Type text",
        ),
        "PRIMARY KEY (journalist_ID, Event_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of news_report as one PostgreSQL script."""
    data = read("datasets/spider/database/news_report/news_report.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
