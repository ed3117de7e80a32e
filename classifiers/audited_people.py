"""A rule of the sixty-eighth round: what an audit log of people's records or calls keeps of
them (the name rule ``audited_people``).

A table that logs or audits what people did or had changed, named for them
(``log_audit_customer``, ``customer_audit``, ``member_change_history``) and keyed to the person
(``customer_id``), keeps the request they sent and their record before or after the change
whole: ``request_json``, ``old_json``, ``new_data``, ``payload``; and the files they sent, kept
as bytes (``request_file``, ``old_file``: a profile picture replaced). Each repeats the person's
own fields (FREE_TEXT for the text, OTHER_PERSONAL_DATA for the bytes). A server's response
(``response_json``: what the application answered), a log of machines or jobs (no people word
in the table's name), an audit keyed to no person and a column that is a status, a URL or an
operation's name are left alone.

>>> kept_whole(("request", "json")), kept_whole(("old", "file")), kept_whole(("response", "json"))
('text', 'bytes', None)
>>> kept_whole(("payload",)), kept_whole(("url",)), kept_whole(("old", "status"))
('text', None, None)
"""

from __future__ import annotations

from collections.abc import Sequence

from .base import SignalHit
from .name_tokens import singular
from .name_view import FieldView, person_key_sibling

#: Table words of a log or an audit trail.
AUDITS = frozenset({"audit", "log", "history", "trail", "journal"})
#: Column words of what was sent or changed: a request, a record before or after.
_SENT = frozenset({
    "request", "req", "old", "new", "before", "after", "previous", "prev", "original",
    "changed", "payload",
})  # fmt: skip
#: Last words of a value kept whole as text (``request_json``, ``old_values``).
_TEXT = frozenset({"json", "data", "body", "payload", "content", "values", "value", "xml"})
#: Last words of a file kept as bytes (``old_file``, ``request_image``).
_BYTES = frozenset({"file", "blob", "image", "picture", "photo", "attachment"})
#: Types that keep bytes.
_BINARY = ("blob", "bytea", "binary", "image")


def kept_whole(tokens: Sequence[str]) -> str | None:
    """Whether a column keeps a request or a record whole: ``text`` (``request_json``,
    ``old_data``, a bare ``payload``), ``bytes`` (``old_file``), or None."""
    words = tuple(singular(w) for w in tokens)
    if words == ("payload",):
        return "text"
    if len(words) != 2 or words[0] not in _SENT:
        return None
    if words[1] in _TEXT:
        return "text"
    return "bytes" if words[1] in _BYTES else None


def audited_people(view: FieldView) -> list[SignalHit]:
    """What an audit log named for people keeps of them whole: the name signal's rule."""
    if view.kind not in {"text", ""} or view.supported:
        return []
    kept = kept_whole(view.tokens)
    if kept is None:
        return []
    table = {singular(w) for w in view.table_words}
    if not table & AUDITS or not table & view.words.PEOPLE:
        return []
    key = person_key_sibling(view, view.words.PEOPLE)
    if key is None or not table & {singular(w) for w in view.tokenize(key)}:
        return []  # keyed to no one, or to someone else than the people it is named for
    binary = any(b in view.ctx.data_type.lower() for b in _BINARY)
    if kept == "bytes" and not binary:
        return []  # a file's name or path: no file kept here
    what = "a file the person sent or had" if kept == "bytes" else "a request or a record whole"
    reason = (
        f"column name {view.ctx.name!r} keeps {what} in table {view.table_name!r}, an audit "
        f"log of people's records keyed to the person ({key!r})"
    )
    entity = "OTHER_PERSONAL_DATA" if kept == "bytes" else "FREE_TEXT"
    return [view.hit(entity, 0.6, reason)]
