"""Workflow states: a record's ``state`` or ``status`` (draft, sent, paid, closed) is no region.

A ``state`` column in a table of postal addresses is a region, and so is one in a table whose
other columns make its rows addresses (an invoice's recipient's street and town). But the same
table's own workflow keeps a ``state`` too: when every sampled value is a word of a record's
life cycle, the column is that record's state.

>>> workflow_states(("draft", "sent", "Payed")), workflow_states(("BE", "ZH"))
(True, False)
>>> workflow_states(("in progress", "on-hold")), workflow_states(())
(True, False)
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words of a record's life cycle, lower case, spaces and hyphens written as ``_``.
LIFE_CYCLE = _words(
    """
    draft new open opened reopened pending sent issued paid payed unpaid partial partially_paid
    reminded overdue cancelled canceled closed done resolved rejected accepted approved declined
    submitted published unpublished archived deleted active inactive suspended blocked expired
    completed complete failed succeeded success processing shipped delivered returned refunded
    on_hold hold waiting in_progress started finished scheduled queued running stopped error
    confirmed unconfirmed verified locked enabled disabled initial final planned proposed
    in_review review requested received answered awaiting_response
    """
)


def workflow_states(samples: tuple[object, ...]) -> bool:
    """Whether every sampled value (one at least) is a word of a record's life cycle."""
    seen = False
    for value in samples:
        if not isinstance(value, str):
            return False
        word = "_".join(value.strip().lower().replace("-", " ").split())
        if word not in LIFE_CYCLE:
            return False
        seen = True
    return seen
