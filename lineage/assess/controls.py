"""The control matrix of one scan: for each audit criterion in ``criteria.yaml``, what piimap
tested, on how large a population, the gaps that are exceptions to it and its result.

:func:`control_matrix` is a pure function of a snapshot, so the same snapshot gives the same
rows, and a later command can compute the matrix of each scan of an audit period. The mapping
from checks to criteria lives in ``criteria.yaml`` beside this module, with its sources
(docs/audit.md tells a reviewer how to read it).

>>> from lineage.core.model import Snapshot
>>> rows = control_matrix(Snapshot("2026-01-01T00:00:00Z", "0"))
>>> [(r.criterion, r.result) for r in rows if r.criterion == "SOC2 CC8.1"]
[('SOC2 CC8.1', 'not tested')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from classifiers.taxonomy import TAXONOMY
from lineage.core.errors import PiimapError
from lineage.core.ids import system_of
from lineage.core.model import Boundary, Gap, Snapshot

from .gaps import gap_ids

CRITERIA_FILE = Path(__file__).with_name("criteria.yaml")
#: What a criterion's population may count, in the order the population column lists them.
POPULATIONS = ("systems", "stores", "flows", "third_parties", "principals", "fields")
_LABELS = {"third_parties": "third parties"}
_ONE = {"systems": "system", "stores": "store", "flows": "flow", "third_parties": "third party"}
_ONE |= {"principals": "principal", "fields": "field"}
#: Checks made while discovering, outside :data:`~lineage.assess.gaps.GAP_RULES`: name, the
#: control of their gaps and where they are made (docs/assessment.md lists them too).
DISCOVERY_CHECKS = {
    "integration_config_credential": ("SOC2 CC6.1", "lineage.flows.third_parties"),
    "unaccounted_endpoint": ("GDPR Art. 30", "lineage.flows.third_parties"),
    "platform_setting_credential": ("SOC2 CC6.1", "connectors.platforms.discover"),
    "unclassified_extension": ("GDPR Art. 30", "connectors.platforms.discover"),
}
NO_EXCEPTIONS, EXCEPTIONS, NOT_TESTED = "no exceptions", "exceptions", "not tested"

PopulationKind = Literal["systems", "stores", "flows", "third_parties", "principals", "fields"]


class CriteriaError(PiimapError):
    """The criteria file cannot be read or does not match its schema."""


class Criterion(BaseModel):
    """One audit criterion and what piimap tests of it (an entry of ``criteria.yaml``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str
    tested: str = ""
    not_tested: str = ""
    gaps: tuple[str, ...] = ()
    primary_only: bool = False
    rules: tuple[str, ...] = ()
    population: tuple[PopulationKind, ...] = ()
    scope: Literal["", "cardholder"] = ""
    evidence: tuple[str, ...] = ()
    sources: tuple[str, ...] = Field(min_length=1)


class Criteria(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    criteria: tuple[Criterion, ...]


@cache
def load_criteria(path: Path = CRITERIA_FILE) -> tuple[Criterion, ...]:
    """The criteria of ``path`` (default: piimap's own ``criteria.yaml``), in file order."""
    from pydantic import ValidationError

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return Criteria.model_validate(data).criteria
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise CriteriaError(f"{path}: not a valid criteria file ({exc})") from None


@dataclass(frozen=True)
class ControlRow:
    """One criterion's row of the matrix. ``exceptions`` holds the ids of its gaps
    (:func:`~lineage.assess.gaps.gap_ids`); ``evidence`` the artefacts backing the result."""

    criterion: str
    name: str
    tested: str
    population: tuple[tuple[str, int], ...]
    exceptions: tuple[str, ...]
    result: str
    evidence: tuple[str, ...]


def control_matrix(
    snapshot: Snapshot, criteria: Iterable[Criterion] | None = None
) -> tuple[ControlRow, ...]:
    """The matrix of ``snapshot``: one row per criterion, sorted (:func:`criterion_order`).

    A criterion is ``not tested`` when the file says piimap cannot test it (with the reason) or
    when its population is empty (nothing of the kind was found to test); otherwise it has
    ``exceptions`` when a gap of one of its control ids (primary, or related too unless it
    takes ``primary_only``) is found, on its scope, and ``no exceptions`` when none is.
    """
    ids = gap_ids(snapshot.gaps)
    cardholder = _cardholder(snapshot)
    counts = {"": _counts(snapshot, None), "cardholder": _counts(snapshot, cardholder)}
    rows = []
    for c in load_criteria() if criteria is None else criteria:
        scope = cardholder if c.scope == "cardholder" else None
        if c.not_tested:
            rows.append(
                ControlRow(c.id, c.name, f"not tested: {c.not_tested}", (), (), NOT_TESTED, ())
            )
            continue
        population = tuple((kind, counts[c.scope][kind]) for kind in c.population)
        if not any(n for _, n in population):
            what = " or ".join(_LABELS.get(k, k) for k, _ in population)
            where = " with account data" if scope is not None else ""
            rows.append(
                ControlRow(
                    c.id,
                    c.name,
                    f"not tested: the scan found no {what}{where} to test. {c.tested}",
                    population,
                    (),
                    NOT_TESTED,
                    c.evidence,  # the inventory showing there was nothing to test
                )
            )
            continue
        found = sorted(ids[g] for g in snapshot.gaps if _maps(g, c, scope))
        rows.append(
            ControlRow(
                c.id,
                c.name,
                c.tested,
                population,
                tuple(found),
                EXCEPTIONS if found else NO_EXCEPTIONS,
                c.evidence,
            )
        )
    return tuple(sorted(rows, key=lambda r: criterion_order(r.criterion)))


#: The frameworks in the order the matrix lists them.
FRAMEWORKS = ("SOC2", "GDPR", "CCPA", "PCI")


def criterion_order(criterion: str) -> tuple[int, tuple[tuple[int, int | str], ...]]:
    """The sort key of a criterion id: its framework (:data:`FRAMEWORKS`), then its id with
    numbers compared as numbers.

    >>> sorted(["GDPR Art. 30", "SOC2 CC6.1", "GDPR Art. 5(1)(e)"], key=criterion_order)
    ['SOC2 CC6.1', 'GDPR Art. 5(1)(e)', 'GDPR Art. 30']
    """
    framework, _, rest = criterion.partition(" ")
    rank = FRAMEWORKS.index(framework) if framework in FRAMEWORKS else len(FRAMEWORKS)
    parts = re.split(r"(\d+)", rest)
    return rank, tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts if p)


def population_text(population: Iterable[tuple[str, int]]) -> str:
    """``14 stores, 9 flows``: a row's population in words.

    >>> population_text([("stores", 14), ("third_parties", 2), ("flows", 1)])
    '14 stores, 2 third parties, 1 flow'
    """
    return ", ".join(
        f"{n} {_ONE[kind] if n == 1 else _LABELS.get(kind, kind)}" for kind, n in population
    )


def _maps(gap: Gap, criterion: Criterion, scope: _Scope | None) -> bool:
    ids = {gap.control} if criterion.primary_only else {gap.control, *gap.related}
    if not ids & set(criterion.gaps):
        return False
    return scope is None or gap.subject in scope.subjects


@dataclass(frozen=True)
class _Scope:
    """What holds or carries account data: field, dataset and system ids, and flows."""

    fields: frozenset[str]
    datasets: frozenset[str]
    flows: frozenset[str]

    @property
    def subjects(self) -> frozenset[str]:
        return self.datasets | self.flows | {system_of(d) for d in self.datasets}


def _is_card(entity: str) -> bool:
    categories = TAXONOMY.get(entity)
    return bool(categories and categories.pci)


def _cardholder(snapshot: Snapshot) -> _Scope:
    fields = [f for f in snapshot.pii_fields() if any(_is_card(e.entity) for e in f.entities)]
    return _Scope(
        frozenset(f.id for f in fields),
        frozenset(f.dataset_id for f in fields),
        frozenset(fl.id for fl in snapshot.flows if any(_is_card(e) for e in fl.entities)),
    )


def _counts(snapshot: Snapshot, scope: _Scope | None) -> dict[str, int]:
    """Each population's size, over everything or over what ``scope`` holds."""
    pii = snapshot.pii_fields()
    carrying = [f for f in snapshot.flows if f.entities]
    if scope is not None:
        pii = tuple(f for f in pii if f.id in scope.fields)
        carrying = [f for f in carrying if f.id in scope.flows]
    views = {d.id for d in snapshot.datasets if d.kind in ("view", "endpoint")}  # store nothing
    third = {s.id for s in snapshot.systems if s.boundary == Boundary.THIRD_PARTY}
    return {
        "systems": len(snapshot.systems),
        "stores": len({f.dataset_id for f in pii} - views),
        "flows": len(carrying),
        "third_parties": len({system_of(f.target) for f in carrying} & third),
        "principals": len(snapshot.principals),
        "fields": len(pii),
    }
