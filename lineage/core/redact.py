"""What outputs may quote of a text that can hold secrets or personal data.

>>> mask_literals("CREATE USER etl WITH PASSWORD 'S3cr''et' -- $$x$$")
"CREATE USER etl WITH PASSWORD '…' -- '…'"
"""

from __future__ import annotations

import re

#: String literals: 'it''s', MySQL's 'it\'s', E'...', N'...', X'...', PostgreSQL's $tag$...$tag$;
#: quoted names ("it's", `it's`) are matched too, so that a quote inside one starts no literal.
_LITERAL = re.compile(
    r"(?P<name>\"(?:[^\"]|\"\")*\"|`(?:[^`]|``)*`)"
    r"|(?:(?<!\w)[EeNnBbXx])?'(?:[^'\\]|\\.|'')*'|\$(?P<tag>[A-Za-z_]\w*|)\$.*?\$(?P=tag)\$",
    re.S,
)


def mask_literals(sql: str) -> str:
    """``sql`` with every string literal replaced by ``'…'``: what messages quote and snapshots
    keep of a statement or a view, since literals can hold passwords or personal data.

    >>> mask_literals("SELECT `o'neil` FROM t WHERE e = 'jane@example.com'")
    "SELECT `o'neil` FROM t WHERE e = '…'"
    """
    return _LITERAL.sub(lambda m: m.group("name") or "'…'", sql)


#: ``scheme://user:password@``: the password runs to the last ``@`` of the word, since a
#: password may hold an unencoded ``@``, ``/``, ``:``, ``?`` or ``#`` and a host holds none.
_URL_PASSWORD = re.compile(r"(?P<head>\b[A-Za-z][A-Za-z0-9+.-]*://[^\s:/@]*):\S*@")
#: ``password=...`` in a libpq conninfo or a query string, quoted or not, to the next space.
_KEY_PASSWORD = re.compile(
    r"(?P<key>\b(?:ssl)?(?:password|passwd|pwd)\s*=\s*)(?!(?:hidden|\*\*\*)(?:[&\s]|$))"
    r"(?:'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|\S+)",
    re.I,
)


def scrub_secrets(text: str) -> str:
    """``text`` with the password of any URL's userinfo and any ``password=`` value replaced by
    ``***``: the last defence for a message quoting a DSN or a driver error.

    >>> scrub_secrets("cannot connect to postgresql://u:Pw@tail@db:5432/shop?password=a&b x")
    'cannot connect to postgresql://u:***@db:5432/shop?password=*** x'
    >>> scrub_secrets("host=db password='a b\\\\'c' user=u")
    'host=db password=*** user=u'
    >>> scrub_secrets("postgresql://u@db/shop?password=hidden&sslmode=prefer")
    'postgresql://u@db/shop?password=hidden&sslmode=prefer'
    """
    text = _URL_PASSWORD.sub(r"\g<head>:***@", text)
    return _KEY_PASSWORD.sub(r"\g<key>***", text)
