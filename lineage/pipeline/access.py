"""The grants a scan keeps: those on datasets and fields holding personal data (docs/access.md).

>>> from lineage.core.model import EntityHit, Field, ReadGrant
>>> email = Field("shop", "s.people", "email", "text", entities=(EntityHit("EMAIL_ADDRESS", 0.9),))
>>> grants = [ReadGrant("shop", "app", "s.people", ("id",)), ReadGrant("shop", "app", "s.people"),
...           ReadGrant("shop", "app", "s.orders"), ReadGrant("shop", "root", "*")]
>>> [(g.dataset, g.fields) for g in keep_personal(grants, [email])]
[('s.people', ()), ('*', ())]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from lineage.core.model import EVERY_DATASET, Field, ReadGrant


def keep_personal(grants: Iterable[ReadGrant], fields: Iterable[Field]) -> list[ReadGrant]:
    """The grants reaching a field holding personal data: on every dataset, on a dataset
    holding some, or on columns among which one holds some."""
    pii: dict[tuple[str, str], set[str]] = defaultdict(set)
    for f in fields:
        if f.entities:
            pii[(f.system, f.dataset)].add(f.name)
    kept = []
    for g in grants:
        if g.dataset == EVERY_DATASET:
            kept.append(g)
            continue
        held = pii.get((g.system, g.dataset))
        if held and (not g.fields or held & set(g.fields)):
            kept.append(g)
    return kept
