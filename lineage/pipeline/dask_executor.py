"""Systems scanned on the workers of a Dask distributed cluster (``--executor dask://HOST:PORT``):
each system's connect, sample and classify is one task; the client merges the results in the
order of the system ids, as a local scan does, so the snapshot is the same.

No secret is sent. A task holds the system's entry and the ``classification`` section of the
estate file as written, their ``${VARS}`` not expanded: the worker expands them from its own
environment and reads password files itself. Dask is imported only when a scan uses it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from connectors import get_connector
from lineage.core.config import Estate, parse_estate, read_yaml
from lineage.core.errors import ConfigError, ExecutorError, PiimapError
from lineage.core.version import __version__

from .classify import classify
from .systems import RERUN, Classification, Reporter, Silent, SystemScan, not_scanned, scan_system

if TYPE_CHECKING:
    from distributed import Client, Future

    from classifiers import Classifier
    from lineage.core.config import SystemConfig

log = logging.getLogger(__name__)

LOCAL = "local"
SCHEME = "dask://"
INSTALL = "pip install 'piimap[dask]'"


def scheduler_address(executor: str) -> str | None:
    """The Dask scheduler an ``executor`` names (None: scan on this machine); ConfigError when it
    is neither ``local`` nor ``dask://HOST:PORT``.

    >>> scheduler_address("dask://10.0.0.5:8786")
    'tcp://10.0.0.5:8786'
    >>> scheduler_address("local") is None
    True
    """
    if executor == LOCAL:
        return None
    rest = executor.removeprefix(SCHEME)
    host, _, port = rest.rpartition(":")
    if executor.startswith(SCHEME) and host and port.isdigit() and "/" not in rest:
        return f"tcp://{rest}"
    raise ConfigError(
        f"executor {executor!r}: expected 'local' or dask://HOST:PORT, the address of a Dask "
        "scheduler (e.g. dask://10.0.0.5:8786)."
    )


@dataclass(frozen=True)
class SystemTask:
    """One system's scan as a worker receives it; nothing in it is a secret."""

    #: The estate file on the client: relative paths in the config are relative to its folder.
    estate_path: str
    system_id: str
    #: The system's entry in the estate file, as written (``${VARS}`` not expanded).
    system: dict[str, Any]
    #: The estate's ``classification`` section, as written.
    classification: dict[str, Any]
    piimap_version: str


def system_tasks(estate: Estate) -> dict[str, SystemTask]:
    """A task for each system with a connector, by system id, from the estate file as written
    (read again; refused if it changed since it was loaded, as its hash is the snapshot's)."""
    raw, raw_bytes = read_yaml(estate.path, "estate config")
    if hashlib.sha256(raw_bytes).hexdigest() != estate.config_hash:
        raise ConfigError(f"{estate.path}: changed since it was loaded; run the scan again.")
    classification = raw.get("classification") or {}
    return {
        sid: SystemTask(str(estate.path), sid, raw["systems"][sid], classification, __version__)
        for sid, cfg in sorted(estate.config.systems.items())
        if cfg.connector is not None
    }


def run_system_task(task: SystemTask) -> SystemScan:
    """One system's scan on a worker: its config expanded from the worker's environment, its
    fields classified by the worker's own classifier, in the task's thread."""
    if task.piimap_version != __version__:
        raise ConfigError(
            f"the Dask worker runs piimap {__version__} and the client {task.piimap_version}; "
            "install the same version on both."
        )
    raw = {"systems": {task.system_id: task.system}, "classification": task.classification}
    config = parse_estate(raw, task.estate_path)  # ${VARS} from this worker's environment
    estate = Estate(Path(task.estate_path), config, config_hash="")
    system = config.systems[task.system_id]
    assert system.connector is not None
    connector = get_connector(system.connector)
    threshold = config.classification.threshold
    classification = Classification(_classifier(estate), classify, None, threshold)
    return scan_system(estate, task.system_id, system, connector, classification, Silent())


_CLASSIFIERS: dict[Any, Classifier] = {}
_CLASSIFIERS_LOCK = threading.Lock()


def _classifier(estate: Estate) -> Classifier:
    """The worker's classifier for the estate's classification settings, built once per worker
    process (without worker processes of its own: the cluster's workers are the parallelism)."""
    from classifiers import default_classifier
    from classifiers.values import value_settings

    settings = estate.config.classification
    values = dataclasses.replace(value_settings(settings, estate.base_dir), processes=1)
    key = (values, settings.threshold)
    with _CLASSIFIERS_LOCK:
        if key not in _CLASSIFIERS:
            classifier = default_classifier(values, settings.threshold)
            classifier.prepare()
            _CLASSIFIERS[key] = classifier
        return _CLASSIFIERS[key]


class DaskCluster:
    """A Dask scheduler's client, open for one scan."""

    def __init__(self, client: Client, address: str) -> None:
        self.client = client
        self.address = address

    def scan(self, estate: Estate, reporter: Reporter) -> dict[str, SystemScan]:
        """Every system with a connector scanned on the cluster's workers, by system id; a
        system whose task failed comes back with its ``problem``, as a local scan's would."""
        from distributed import as_completed

        run = uuid.uuid4().hex[:8]
        futures = {
            self.client.submit(run_system_task, task, key=f"piimap-{sid}-{run}", retries=0): sid
            for sid, task in system_tasks(estate).items()
        }
        scanned: dict[str, SystemScan] = {}
        for future in as_completed(futures, loop=self.client.loop):
            sid = futures[future]
            scanned[sid] = _collected(future, sid, estate.config.systems[sid], reporter)
        return scanned


def _collected(future: Future, sid: str, config: SystemConfig, reporter: Reporter) -> SystemScan:
    """A task's result; a task that failed is the system not scanned, with why."""
    assert config.connector is not None
    try:
        found: SystemScan = future.result()
    except PiimapError as exc:  # the worker's config error: a variable it lacks, a version
        problem = f"{sid}: not scanned on the Dask worker: {exc}"
        kind = get_connector(config.connector).name
        return not_scanned(sid, config, kind, problem, "not_scanned", reporter)
    except Exception as exc:
        log.debug("the Dask task of %s failed", sid, exc_info=True)
        name = type(exc).__name__
        why = "its Dask worker died" if name == "KilledWorker" else f"its Dask task failed ({name})"
        kind = get_connector(config.connector).name
        return not_scanned(sid, config, kind, f"{sid}: {why}; " + RERUN, "error", reporter)
    reporter.system_finished(sid, found.problem)
    return found


@contextmanager
def dask_cluster(address: str) -> Iterator[DaskCluster]:
    """A client of the Dask scheduler at ``address`` (``tcp://HOST:PORT``) for the time of a
    scan; ConfigError when Dask is not installed, ExecutorError when the scheduler cannot be
    reached or has no worker (in Dask's ``distributed.comm.timeouts.connect``, 30 s unless
    configured)."""
    try:
        from distributed import Client
    except ImportError:
        raise ConfigError(f"--executor dask://: Dask is not installed; {INSTALL}") from None
    where = SCHEME + address.removeprefix("tcp://")
    try:
        client = Client(address, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ExecutorError(
            f"cannot reach the Dask scheduler at {where} ({exc}); check HOST:PORT, or start "
            "it with: dask scheduler"
        ) from None
    try:
        _wait_for_a_worker(client, where)
        yield DaskCluster(client, where)
    finally:
        client.close()


def _wait_for_a_worker(client: Client, where: str) -> None:
    """Returns once the cluster has a worker; ExecutorError when none joins in Dask's connect
    timeout (a scheduler without workers would hold the tasks for ever)."""
    import dask
    from dask.utils import parse_timedelta

    timeout = parse_timedelta(dask.config.get("distributed.comm.timeouts.connect"))
    try:
        client.wait_for_workers(1, timeout=timeout)
    except TimeoutError:
        raise ExecutorError(
            f"the Dask scheduler at {where} has no worker (none joined in {timeout:g} s); start "
            f"workers with: dask worker tcp://{where.removeprefix(SCHEME)}"
        ) from None
