"""The systems of an estate, scanned several at once: each system's connect, sample and classify
as one unit (:func:`scan_system`), run in a bounded pool of threads, with the classification of
large batches in worker processes shared by all of them.

Memory stays bounded whatever the estate's size: a connector hands its datasets over in batches
as it reads them (:attr:`connectors.base.Connector.sink`), each batch is classified and its
samples dropped, and a connector waits when more batches are in flight than the workers can
take, so a system's sampling overlaps the classification of its (and other systems') earlier
batches without getting ahead of it.
"""

from __future__ import annotations

import dataclasses
import gc
import logging
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import partial
from multiprocessing import get_all_start_methods, get_context
from typing import TYPE_CHECKING, Protocol

from connectors.base import Batch, ConnectorResult, Link, ThirdParty
from lineage.core import timing
from lineage.core.errors import PiimapError
from lineage.core.model import Dataset, Field, Flow, Gap, Principal, ReadGrant, ScanIssue, System

if TYPE_CHECKING:
    from classifiers import Classifier
    from classifiers.values import ValueSettings
    from connectors import Connector
    from lineage.core.config import Estate, SystemConfig

log = logging.getLogger(__name__)

#: How a crash's message ends: the traceback is logged at debug level only.
RERUN = "rerun with -vv for the details"
#: A batch with at least this many sampled fields starts the worker processes (below it, their
#: start-up costs more than they save); once started, every batch goes to them.
POOL_MIN_SAMPLED = 200
#: ...and so do the small batches of many small systems, once this many sampled fields have
#: been classified in the main process (an estate of 40 databases of 180 fields each would
#: otherwise be classified on one core).
POOL_MIN_TOTAL = 1000
#: Most systems scanned at once by default, whatever the number of cores.
MAX_DEFAULT_JOBS = 8

#: ``classify(fields, samples, datasets, classifier, platform)``: the fields with verdicts.
ClassifyFn = Callable[..., list[Field]]


class Reporter(Protocol):
    """Receives progress while a scan runs (the CLI draws progress bars from it); called from
    the thread scanning each system, so several systems may report at once."""

    def system_started(self, system_id: str, kind: str) -> None: ...

    def progress(self, system_id: str, done: int, total: int, what: str) -> None: ...

    def system_finished(self, system_id: str, problem: str | None) -> None: ...


class Silent:
    """A reporter that shows nothing."""

    def system_started(self, system_id: str, kind: str) -> None:
        pass

    def progress(self, system_id: str, done: int, total: int, what: str) -> None:
        pass

    def system_finished(self, system_id: str, problem: str | None) -> None:
        pass


def default_jobs() -> int:
    """Systems scanned at once unless told: two per core (a system mostly waits on its server
    while it is sampled), at most :data:`MAX_DEFAULT_JOBS`.

    >>> 2 <= default_jobs() <= MAX_DEFAULT_JOBS
    True
    """
    return max(2, min(MAX_DEFAULT_JOBS, 2 * (os.cpu_count() or 1)))


@dataclass
class SystemScan:
    """What one system's scan gives the estate: its record and what it found, fields classified
    (no sample is kept), or ``problem`` when it could not be scanned or its results used."""

    system_id: str
    system: System
    datasets: list[Dataset] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    issues: list[ScanIssue] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    third_parties: list[ThirdParty] = field(default_factory=list)
    problem: str | None = None
    principals: list[Principal] = field(default_factory=list)
    grants: list[ReadGrant] = field(default_factory=list)
    flows: list[Flow] = field(default_factory=list)
    systems: list[System] = field(default_factory=list)


class Classification:
    """Classifies the batches of every system of one scan: in the calling thread while they are
    small, in worker processes (started on the first large batch, shared by all systems) after
    that; at most ``2 x workers`` batches are in flight, so connectors wait for the classifier
    rather than pile up samples.

    ``classify`` is :func:`lineage.pipeline.classify.classify` (looked up by the caller, so tests
    may replace it); ``settings`` and ``threshold`` build each worker's own classifier (None:
    the classifier cannot be rebuilt in another process, and every batch is classified here).
    """

    def __init__(
        self,
        classifier: Classifier,
        classify: ClassifyFn,
        settings: ValueSettings | None,
        threshold: float,
    ) -> None:
        self.classifier = classifier
        self.classify = classify
        self.settings = settings
        self.threshold = threshold
        cores = os.cpu_count() or 1
        self.workers = 1 if settings is None else settings.processes or cores
        self._pool: ProcessPoolExecutor | None = None
        self._broken = False
        self._sampled = 0  # sampled fields seen so far, across systems
        self._lock = threading.Lock()
        self._in_flight = threading.BoundedSemaphore(2 * max(1, self.workers))
        self._stopped = threading.Event()

    def submit(self, batch: Batch) -> Callable[[], list[Field]]:
        """Start classifying ``batch``; returns what gives its fields with their verdicts. The
        batch's samples are let go of as soon as they are classified."""
        if self._stopped.is_set():
            raise ScanStopped
        pool = self._pool_for(batch)
        if pool is None:
            return _done(self._here(batch))
        while not self._in_flight.acquire(timeout=0.5):  # wait for the workers rather than
            if self._stopped.is_set():  # pile up samples, unless the scan is stopped
                raise ScanStopped
        try:
            future = pool.submit(
                _classify_in_worker, batch.fields, batch.samples, batch.datasets, batch.platform
            )
        except BrokenProcessPool:
            self._in_flight.release()
            self._break()
            return _done(self._here(batch))
        future.add_done_callback(partial(self._done, batch))
        return partial(self._result, future, batch)

    def _done(self, batch: Batch, future: Future[tuple[list[Field], float, float]]) -> None:
        """A batch's worker is done: its samples go now, not when the system is done (kept only
        should the batch have to be classified here instead)."""
        if not future.cancelled() and not isinstance(future.exception(), BrokenProcessPool):
            batch.samples.clear()
        self._in_flight.release()

    def _here(self, batch: Batch) -> list[Field]:
        try:
            with timing.phase("classification"):
                return self.classify(
                    batch.fields, batch.samples, batch.datasets, self.classifier, batch.platform
                )
        finally:
            batch.samples.clear()  # sampled values go no further than the classifiers

    def _result(self, future: Future[tuple[list[Field], float, float]], b: Batch) -> list[Field]:
        try:
            fields, wall, cpu = future.result()
        except BrokenProcessPool:  # a worker died (killed, out of memory): classify here
            self._break()
            return self._here(b)
        timing.add("classification", wall, cpu)
        b.samples.clear()
        return fields

    def _pool_for(self, batch: Batch) -> ProcessPoolExecutor | None:
        with self._lock:
            if self._pool is not None or self._broken or self.workers < 2 or self.settings is None:
                return self._pool
            self._sampled += len(batch.samples)
            if len(batch.samples) < POOL_MIN_SAMPLED and self._sampled < POOL_MIN_TOTAL:
                return None
            # Fork would copy the threads' locks mid-use; a fresh interpreter per worker is safe.
            methods = get_all_start_methods()
            method = "forkserver" if "forkserver" in methods else "spawn"
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=get_context(method),
                initializer=_start_worker,
                initargs=(self.settings, self.threshold),
            )
            return self._pool

    def _break(self) -> None:
        with self._lock:
            if not self._broken:
                log.warning("worker processes failed; classifying in this process instead")
            self._broken = True

    def stop(self) -> None:
        """Make every connector stop at its next batch (the scan was interrupted)."""
        self._stopped.set()

    @property
    def stopped(self) -> bool:
        return self._stopped.is_set()

    def close(self) -> None:
        """Stop the worker processes (without waiting for them when the scan was stopped)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=not self.stopped, cancel_futures=True)


def _done(fields: list[Field]) -> Callable[[], list[Field]]:
    return lambda: fields


_WORKER: Classifier | None = None
#: Whether this worker's long-lived objects are out of the cycle collector's reach (see
#: :func:`_settle_collector`).
_SETTLED = False


def _start_worker(settings: ValueSettings, threshold: float) -> None:
    """A worker's own classifier, without worker processes of its own."""
    from classifiers import default_classifier

    global _WORKER
    _WORKER = default_classifier(dataclasses.replace(settings, processes=1), threshold)
    _WORKER.prepare()


def _classify_in_worker(
    fields: list[Field],
    samples: dict[str, tuple[object, ...]],
    datasets: list[Dataset],
    platform: dict[str, dict[str, str]],
) -> tuple[list[Field], float, float]:
    """One batch classified in a worker, with the wall and CPU seconds it took there."""
    from .classify import classify

    assert _WORKER is not None
    wall, cpu = time.perf_counter(), time.process_time()
    out = classify(fields, samples, datasets, _WORKER, platform)
    _settle_collector()
    return out, time.perf_counter() - wall, time.process_time() - cpu


def _settle_collector() -> None:
    """After a worker's first batch, collect once and freeze what is left (``gc.freeze``):
    Presidio, the recognizers' finders and Faker's name lists, all built by then and kept for
    the worker's life, are no longer traversed by every full collection (each one walked them
    all: about 70 ms, some 3 % of a worker's CPU on the hex scan). Only worker processes do
    this: they are piimap's own, so no caller's collector is touched."""
    global _SETTLED
    if not _SETTLED:
        _SETTLED = True
        gc.collect()
        gc.freeze()


class ScanStopped(Exception):
    """The scan was interrupted: a connector handing a batch over stops there."""


class _ResultsUnusable(Exception):
    """Classifying a batch of the system crashed: none of its results are kept."""


def scan_system(
    estate: Estate,
    system_id: str,
    config: SystemConfig,
    connector: type[Connector],
    classification: Classification,
    reporter: Reporter,
) -> SystemScan:
    """One system, connected to, sampled and classified batch by batch; never raises: a system
    that cannot be scanned, or whose results cannot be used, comes back with its ``problem``."""
    reporter.system_started(system_id, connector.name)
    pending: list[Callable[[], list[Field]]] = []
    datasets: list[Dataset] = []

    def take(batch: Batch) -> None:
        datasets.extend(batch.datasets)
        try:
            pending.append(classification.submit(batch))
        except Exception as exc:
            if classification.stopped:
                raise ScanStopped from None
            raise _ResultsUnusable from exc

    try:
        instance = connector(system_id, config, estate)
        instance.sink = take
        result = instance.scan(partial(reporter.progress, system_id))
    except ScanStopped:  # the scan was interrupted: nothing to report, nobody waits for it
        return SystemScan(system_id, config.system(system_id, connector.name, scanned=False))
    except _ResultsUnusable as exc:
        return _unusable(system_id, config, connector.name, exc.__cause__, reporter)
    except PiimapError as exc:
        return not_scanned(system_id, config, connector.name, str(exc), "not_scanned", reporter)
    except Exception as exc:  # a bug in one connector must not lose the other systems
        log.debug("connector %s failed", system_id, exc_info=True)
        problem = f"{system_id}: unexpected {type(exc).__name__} while scanning; " + RERUN
        return not_scanned(system_id, config, connector.name, problem, "error", reporter)
    try:
        return _finished(system_id, result, datasets, pending, classification, reporter)
    except Exception as exc:  # a bug must not lose the other systems
        return _unusable(system_id, config, result.system.kind, exc, reporter)


def _finished(
    system_id: str,
    result: ConnectorResult,
    datasets: list[Dataset],
    pending: list[Callable[[], list[Field]]],
    classification: Classification,
    reporter: Reporter,
) -> SystemScan:
    """The system's scan once its connector is done: what it left in its result classified too,
    every batch's fields collected in order."""
    rest = Batch(result.datasets, result.fields, result.samples, result.platform)
    result.samples = {}
    if rest.fields or rest.datasets:
        pending.append(classification.submit(rest))
    fields = [f for get in pending for f in get()]
    reporter.system_finished(system_id, None)
    return SystemScan(
        system_id,
        result.system,
        datasets + rest.datasets,
        fields,
        result.issues,
        result.links,
        result.gaps,
        result.third_parties,
        principals=result.principals,
        grants=result.grants,
        flows=result.flows,
        systems=result.systems,
    )


def not_scanned(
    system_id: str,
    config: SystemConfig,
    kind: str,
    problem: str,
    issue_kind: str,
    reporter: Reporter,
) -> SystemScan:
    """The record of a system that could not be scanned (or whose results are unusable), with
    ``problem`` as its reason and as an issue of kind ``issue_kind``."""
    system = config.system(system_id, kind, scanned=False, not_scanned_reason=problem)
    reporter.system_finished(system_id, problem)
    return SystemScan(
        system_id, system, issues=[ScanIssue(system_id, issue_kind, problem)], problem=problem
    )


def _unusable(
    system_id: str, config: SystemConfig, kind: str, exc: BaseException | None, reporter: Reporter
) -> SystemScan:
    log.debug("system %s failed after its scan", system_id, exc_info=exc)
    name = type(exc).__name__ if exc is not None else "error"
    problem = f"{system_id}: its results could not be used ({name}); " + RERUN
    return not_scanned(system_id, config, kind, problem, "error", reporter)
