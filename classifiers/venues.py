"""A rule of the seventieth round's second pass: where a gathering takes place is its venue's,
no one's home (the name rule ``gathering_places``).

A table of events, meetings, concerts or tournaments keeps where each is held: its address
lines (``address``, ``address_2``), its coordinates (``latitude``, ``citylat``) and its
location. That is the venue's address, as an office's is the office's: business contact data,
said so in the explanation, not a person's. The rule vetoes the street address and the
geolocation of such a column when the table is named for a gathering (its last word:
:data:`GATHERINGS`), its columns describe one (a title or a name, and a start or a date), and
its row points at no one it is about: a key to whoever runs it (an organiser, a host, a
creator) is allowed, a table named for a person's own (``user_events``, a calendar) is not,
nor a key to an attendee, a patient or a customer is not (a person's
appointment, a tracked person's location events). A column named for a person
(``organizer_address``, ``attendee_lat``) is left alone.

>>> gathering(("app", "events")), gathering(("location", "events")), gathering(("users",))
('event', 'event', None)
"""

from __future__ import annotations

from .base import SignalHit
from .name_tokens import singular
from .name_view import FieldView, person_key_sibling

#: Last words (singular) of a table of gatherings.
GATHERINGS = frozenset({
    "event", "meeting", "conference", "concert", "festival", "tournament", "fixture", "webinar",
    "meetup", "exhibition", "gig", "seminar", "workshop",
})  # fmt: skip
#: People who run a gathering rather than what it is about.
RUNNERS = frozenset({
    "organizer", "organiser", "host", "creator", "owner", "author", "admin", "promoter",
    "user", "manager", "staff", "coordinator",
})  # fmt: skip
#: Words of a column that names the gathering (``event_title``, ``name``).
_TITLES = frozenset({"title", "name"})
#: Words of a column of when it begins (``start_date``, ``event_date``, ``starts_at``).
_WHEN = frozenset({"start", "starts", "begin", "date", "datetime"})
#: What the rule vetoes: the place's address and coordinates.
PLACE_ENTITIES = ("STREET_ADDRESS", "GEOLOCATION")


def gathering(table: tuple[str, ...]) -> str | None:
    """The gathering a table is named for by its last word (singular), or None."""
    word = singular(table[-1]) if table else ""
    return word if word in GATHERINGS else None


def _describes_gathering(view: FieldView) -> bool:
    """Whether the table's columns name the gathering and when it begins."""
    words = [set(view.tokenize(s)) for s in view.ctx.siblings]
    return any(w & _TITLES for w in words) and any(w & _WHEN for w in words)


def gathering_places(view: FieldView) -> list[SignalHit]:
    """The address lines and coordinates of a table of gatherings are the venue's: vetoes of a
    street address and a geolocation (the name signal's rule)."""
    found = [e for e in PLACE_ENTITIES if e in view.supported]
    if not found:
        return []
    what = gathering(view.table_words)
    if what is None or set(view.tokens) & view.words.PEOPLE:
        return []
    if {singular(w) for w in view.table_words[:-1]} & view.words.PEOPLE:
        return []  # ``user_events``: a person's own calendar
    if not _describes_gathering(view):
        return []  # ``location_events`` of a tracked person: no title, no start
    if person_key_sibling(view, view.words.PEOPLE, RUNNERS) is not None:
        return []  # an attendee's or a patient's row: the place may be theirs
    reason = (
        f"business contact data: table {view.table_name!r} keeps gatherings ({what}s) and "
        f"column {view.ctx.name!r} is where one takes place, its venue's, no person's"
    )
    return [view.veto(entity, reason) for entity in found]
