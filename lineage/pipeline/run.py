"""The scan pipeline: config, connectors, classifiers, declared flows, snapshot.

Each system is scanned on its own; one that cannot be reached is recorded (with the reason) and
the others go on, so a partial scan still yields a snapshot.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import defaultdict
from collections.abc import Iterable
from functools import partial
from typing import Protocol

from classifiers import Classifier, FieldContext, default_classifier
from classifiers.values import user_entities, value_settings
from connectors.base import Link
from lineage.assess import assess
from lineage.core import dates
from lineage.core.config import Estate
from lineage.core.errors import PiimapError
from lineage.core.model import (
    Dataset,
    Fact,
    Field,
    Flow,
    Gap,
    Organisation,
    ScanIssue,
    Snapshot,
)
from lineage.core.snapshot import normalised
from lineage.core.version import __version__
from lineage.flows.declared import declared_flow
from lineage.flows.found import Found, unique_ids
from lineage.flows.heroku_connect import heroku_connect_flows
from lineage.flows.links import link_flows
from lineage.flows.propagation import carried_entities, propagate_entities
from lineage.flows.sql_flows import sql_job_flows, view_flows
from lineage.flows.third_parties import integration_flows, third_party_flows

from .overrides import apply_overrides, load_overrides

log = logging.getLogger(__name__)


class Reporter(Protocol):
    """Receives progress while a scan runs (the CLI draws progress bars from it)."""

    def system_started(self, system_id: str, kind: str) -> None: ...

    def progress(self, system_id: str, done: int, total: int, what: str) -> None: ...

    def system_finished(self, system_id: str, problem: str | None) -> None: ...


class _Silent:
    def system_started(self, system_id: str, kind: str) -> None:
        pass

    def progress(self, system_id: str, done: int, total: int, what: str) -> None:
        pass

    def system_finished(self, system_id: str, problem: str | None) -> None:
        pass


def scan_estate(
    estate: Estate,
    *,
    reporter: Reporter | None = None,
    classifier: Classifier | None = None,
    scanned_at: str | None = None,
) -> Snapshot:
    """Scan every system of the estate and return the snapshot."""
    from connectors import get_connector

    reporter = reporter or _Silent()
    settings = estate.config.classification
    classifier = classifier or default_classifier(
        value_settings(settings, estate.base_dir), settings.threshold
    )
    classifier.prepare()
    overrides = None
    if settings.overrides:  # read before connecting anywhere: a bad file costs no scan time
        extra = user_entities(value_settings(settings, estate.base_dir))
        overrides = load_overrides(estate.resolve(settings.overrides), extra_entities=extra)
    systems, datasets, fields, issues = [], [], [], []
    found_flows: list[Flow] = []
    links: list[tuple[str, Link]] = []
    connector_gaps: list[Gap] = []
    for sid, cfg in sorted(estate.config.systems.items()):
        if cfg.connector is None:
            systems.append(
                cfg.system(
                    sid, "third_party", facts=(Fact("declared", "estate config", f"systems.{sid}"),)
                )
            )
            continue
        cls = get_connector(cfg.connector)
        reporter.system_started(sid, cls.name)
        try:
            result = cls(sid, cfg, estate).scan(partial(reporter.progress, sid))
        except PiimapError as exc:
            problem = str(exc)
            systems.append(cfg.system(sid, cls.name, scanned=False, not_scanned_reason=problem))
            issues.append(ScanIssue(sid, "not_scanned", problem))
            reporter.system_finished(sid, problem)
            continue
        except Exception as exc:  # a bug in one connector must not lose the other systems
            log.debug("connector %s failed", sid, exc_info=True)
            problem = f"{sid}: unexpected {type(exc).__name__} while scanning; rerun with -v"
            systems.append(cfg.system(sid, cls.name, scanned=False, not_scanned_reason=problem))
            issues.append(ScanIssue(sid, "error", problem))
            reporter.system_finished(sid, problem)
            continue
        fields.extend(
            classify(result.fields, result.samples, result.datasets, classifier, result.platform)
        )
        result.samples.clear()
        systems.append(result.system)
        datasets.extend(result.datasets)
        issues.extend(result.issues)
        links.extend((sid, link) for link in result.links)
        connector_gaps.extend(result.gaps)
        found_flows.extend(
            third_party_flows(result.system, result.third_parties, systems, estate.config.systems)
        )
        reporter.system_finished(sid, None)
    found = Found()
    declared: list[Flow] = []
    for i, flow_cfg in enumerate(estate.config.flows):
        job = Found()
        if flow_cfg.sql:
            job = sql_job_flows(estate, i, flow_cfg, systems, datasets, fields)
        if job.flows:
            found_flows.extend(job.flows)
            job.flows = []
        elif not flow_cfg.entities and flow_cfg.sql is None:
            found_flows.append(declared_flow(i, flow_cfg))  # entities from what it sends
        else:  # entities as declared; a job whose SQL gave nothing is still recorded
            declared.append(declared_flow(i, flow_cfg))
        found.extend(job)
    found.extend(view_flows(systems, datasets, fields))
    found.extend(link_flows(links, estate, systems, datasets, fields))
    systems += found.systems
    found_flows += found.flows + heroku_connect_flows(systems, datasets, fields)
    fields = propagate_entities(fields, found_flows)
    if overrides is not None:  # after propagation: a reviewed decision is final
        fields, warnings = apply_overrides(fields, overrides)
        for warning in warnings:
            log.warning(warning)
    flows = declared + carried_entities(found_flows, fields)
    flows, from_configs = integration_flows(estate, systems, flows)
    flows += carried_entities(from_configs.flows, fields)
    issues += found.issues + from_configs.issues
    flows = unique_ids(flows)
    when = scanned_at or dates.now()
    datasets, flows, gaps = assess(when, estate.config.systems, systems, datasets, fields, flows)
    return normalised(
        Snapshot(
            scanned_at=when,
            piimap_version=__version__,
            config_hash=estate.config_hash,
            systems=tuple(systems),
            datasets=tuple(datasets),
            fields=tuple(fields),
            flows=tuple(flows),
            gaps=tuple(gaps + found.gaps + from_configs.gaps + connector_gaps),
            issues=tuple(issues),
            organisation=organisation(estate),
        )
    )


def organisation(estate: Estate) -> Organisation:
    """The controller the estate config declares (empty fields where it says nothing)."""
    org = estate.config.organisation
    return Organisation(
        name=org.name or "",
        contact=org.contact or "",
        representative=org.representative or "",
        dpo=org.dpo or "",
    )


def classify(
    fields: list[Field],
    samples: dict[str, tuple[object, ...]],
    datasets: Iterable[Dataset],
    classifier: Classifier,
    platform: dict[str, dict[str, str]] | None = None,
) -> list[Field]:
    """Fields with their entity verdicts; samples are only read here, never kept."""
    verdicts = classifier.classify(field_contexts(fields, samples, datasets, platform))
    return [dataclasses.replace(f, entities=v) for f, v in zip(fields, verdicts, strict=True)]


def field_contexts(
    fields: list[Field],
    samples: dict[str, tuple[object, ...]],
    datasets: Iterable[Dataset],
    platform: dict[str, dict[str, str]] | None = None,
) -> list[FieldContext]:
    """What the classifiers see of each field: names, types, comments, siblings, samples."""
    comments = {d.id: d.comment for d in datasets}
    columns: dict[str, list[str]] = defaultdict(list)
    for f in fields:
        columns[f.dataset_id].append(f.name)
    siblings = {dataset: tuple(names) for dataset, names in columns.items()}
    return [
        FieldContext(
            system=f.system,
            dataset=f.dataset,
            name=f.name,
            data_type=f.data_type,
            comment=f.comment,
            dataset_comment=comments.get(f.dataset_id, ""),
            samples=samples.get(f.id, ()),
            siblings=siblings[f.dataset_id],
            label=(platform or {}).get(f.id, {}).get("label", ""),
            platform=(platform or {}).get(f.id, {}),
        )
        for f in fields
    ]
