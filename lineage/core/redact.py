"""What outputs may quote of a text that can hold secrets or personal data.

>>> mask_literals("CREATE USER etl WITH PASSWORD 'S3cr''et' -- $$x$$")
"CREATE USER etl WITH PASSWORD '…' -- '…'"
"""

from __future__ import annotations

import re

#: String literals: 'it''s', MySQL's 'it\'s', E'...', N'...', X'...', PostgreSQL's $tag$...$tag$.
_LITERAL = re.compile(
    r"(?:(?<!\w)[EeNnBbXx])?'(?:[^'\\]|\\.|'')*'|\$([A-Za-z_]\w*|)\$.*?\$\1\$", re.S
)


def mask_literals(sql: str) -> str:
    """``sql`` with every string literal replaced by ``'…'``: what messages quote and snapshots
    keep of a statement or a view, since literals can hold passwords or personal data."""
    return _LITERAL.sub("'…'", sql)
