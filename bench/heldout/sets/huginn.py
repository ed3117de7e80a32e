"""Held-out set huginn: the test fixtures of Huginn (an open-source, self-hosted system of agents
that watch websites, feeds, e-mail and social accounts and act on what they find, in the manner of
IFTTT).

Huginn's specs load Rails fixtures, one YAML file per table: users (e-mail address, user name,
invitation code, admin flag, scenario count), agents (type, schedule, name, guid, how long events
are kept, the owning user, options as JSON: the URL to scrape, a weather location as coordinates
and an API key, a Twitter user name with consumer and OAuth keys, a trigger's rules and message,
an RSS feed's template), events (payload as JSON), links between agents, agent logs, scenarios
(name, description, guid, public flag) and their memberships, services (a user's OAuth accounts
at Twitter, Threads, Raindrop: provider, name, uid, token, secret, refresh token, expiry, options
with the account's user id, user name or e-mail) and user credentials (a credential's name and
value, such as an AWS key).

Every fixture file, every row, loaded into PostgreSQL through ``railsfixtures`` (a table per
file; ``30.days.from_now`` fixed from 2026-01-01 noon; an association written as a fixture label,
as ``user: bob``, kept as that label; a label repeated in a file is the last row of that label,
as Rails reads it). The ERB tags are translated here: a Ruby hash literal serialised with
``.to_json.inspect`` (symbols and strings as keys and values, numbers, nested hashes and arrays)
becomes the same JSON text, written as a YAML string as Ruby's ``inspect`` writes it; ``N.days``
the number of seconds (an ``ActiveSupport::Duration`` in a fixture is its seconds);
``User::INVITATION_CODES.last`` the default code of ``app/models/user.rb`` (``try-huginn``);
``Time.parse("2015-01-01 00:00:00")`` that moment; ``SecureRandom.hex`` one fixed string of 32
hexadecimal digits. Any other tag stops the load.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import railsfixtures
from sqlsource import SourceError, text_of

REPO = "huginn/huginn"
COMMIT = "9faad4aeee0d97570693377e0a281567e775abb4"
FILES = "spec/fixtures/<table>.yml for 9 tables (the Rails test fixtures, all rows)"
LICENCE = "MIT"
ENGINE = "postgresql"

_TABLES = (
    "users",
    "agents",
    "agent_logs",
    "events",
    "links",
    "scenarios",
    "scenario_memberships",
    "services",
    "user_credentials",
)

_FIXED = {
    "<%= User::INVITATION_CODES.last %>": "try-huginn",
    '<%= Time.parse("2015-01-01 00:00:00") %>': "2015-01-01 00:00:00",
    "<%= SecureRandom.hex %>": "9d3b7e0c41a6f25e8b1c7d4a0f6e2b93",
}
_HASH = re.compile(r"<%=\s*(\{.*?\})\.to_json\.inspect\s*%>", re.S)
_DAYS = re.compile(r"<%=\s*(\d+)\.days\s*%>")
_TOKEN = re.compile(
    r"\s+|(?P<key>[A-Za-z_]\w*):(?!:)|:(?P<sym>[A-Za-z_]\w*)|'(?P<sq>[^'\\]*)'"
    r"|\"(?P<dq>[^\"\\]*)\"|(?P<num>-?\d+(?:\.\d+)?)|(?P<punct>=>|[{}\[\],])"
)


def _json_of_ruby(literal: str) -> str:
    """The JSON text of a Ruby hash literal of symbols, strings, numbers, hashes and arrays."""
    out: list[str] = []
    pos = 0
    while pos < len(literal):
        token = _TOKEN.match(literal, pos)
        if token is None:
            raise SourceError(f"a Ruby literal the set does not read: {literal[pos : pos + 30]!r}")
        pos = token.end()
        kind = token.lastgroup
        if kind is None:
            continue
        text = token.group(kind)
        if kind == "key":
            out.append(json.dumps(text) + ":")
        elif kind in ("sym", "sq", "dq"):
            out.append(json.dumps(text))
        elif text == "=>":
            out.append(":")
        elif text in "}]" and out and out[-1] == ",":
            out[-1] = text  # a trailing comma, which Ruby allows
        else:
            out.append(text)
    return json.dumps(json.loads("".join(out)), separators=(",", ":"))


def _extra(texts: list[str]) -> dict[str, str]:
    """The value of every ERB tag of ``texts`` that is not a relative time."""
    extra = dict(_FIXED)
    for text in texts:
        for tag in _HASH.finditer(text):
            extra[tag.group(0)] = json.dumps(_json_of_ruby(tag.group(1)))
        for tag in _DAYS.finditer(text):
            extra[tag.group(0)] = str(int(tag.group(1)) * 86400)
    return extra


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""
    texts = {t: text_of(read(f"spec/fixtures/{t}.yml")) for t in _TABLES}
    return railsfixtures.script(texts.__getitem__, _TABLES, _extra(list(texts.values())))
