"""The connector interface: discover datasets and fields, sample values, report facts.

A connector never writes to the system it scans. Samples live only in memory, in the
:class:`Batch` handed to the scan's ``sink`` or in the returned :class:`ConnectorResult`, and are
dropped once the classifiers have seen them.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

import pydantic

from lineage.core.config import SystemConfig
from lineage.core.model import (
    Control,
    Dataset,
    Field,
    Flow,
    Gap,
    Principal,
    ReadGrant,
    ScanIssue,
    System,
)

if TYPE_CHECKING:
    from lineage.core.config import Estate

#: Called as ``progress(done, total, what)`` while a connector works through datasets.
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ThirdParty:
    """A party outside the system that receives (or may pull) its data, as the system's own
    configuration names it: an installed package, a callout endpoint, an outbound message...

    ``dataset`` and ``fields`` name what is sent when the configuration says so. ``auth`` is
    ``short_lived_oauth``, ``static_credential`` or ``unknown``.
    """

    name: str
    vendor: str
    kind: str
    endpoint: str | None
    transit: Control
    auth: str = "unknown"
    dataset: str | None = None
    fields: tuple[str, ...] = ()
    active: bool = True
    evidence: tuple[str, ...] = ()
    #: Entities it is known to receive when no field says so (an extension's catalogue entry).
    entities: tuple[str, ...] = ()


@dataclass(frozen=True)
class Link:
    """A connection the database itself keeps to another database, so data moves between them
    without any job: a logical replication subscription or publication, a postgres_fdw foreign
    table, a MySQL/MariaDB FEDERATED table.

    ``direction`` is ``in`` when the rows of ``remote_dataset`` on the remote side arrive in
    ``local_dataset`` here (a subscription, a foreign table) and ``out`` when ``local_dataset``
    is sent away (a publication). ``host``, ``port`` and ``database`` name the remote side as the
    configuration gives them (empty when it does not say: a publication knows no subscriber);
    the scan matches them against the estate's systems. ``fields`` are local column names
    (empty for all). ``auth`` is ``short_lived_oauth``, ``static_credential`` or ``unknown``;
    a password is never kept, only the fact that one is stored.
    """

    kind: str
    name: str
    direction: str
    local_dataset: str
    remote_dataset: str
    host: str
    port: int | None
    database: str
    transit: Control
    auth: str = "unknown"
    fields: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()


class ScanConfig(SystemConfig):
    """The keys of every system piimap scans, besides those of every system (SystemConfig).

    >>> ScanConfig(connector="x").sample_size
    100
    """

    include: list[str] = pydantic.Field(default_factory=list)
    exclude: list[str] = pydantic.Field(default_factory=list)
    sample_size: int = pydantic.Field(default=100, ge=0, le=10_000)
    connect_timeout: int = pydantic.Field(default=10, ge=1, le=600)
    statement_timeout: int = pydantic.Field(default=30, ge=1, le=3600)


#: A field's platform hint (``"true"``) when the connector did not read its values (a column the
#: scan role's grants hide, a type it never samples): no sampled value then says nothing of it.
UNREAD = "unread"


@dataclass
class Batch:
    """Datasets a connector has finished reading, with their fields and the fields' samples
    (field id -> sampled non-null values), handed to the scan before the connector goes on."""

    datasets: list[Dataset] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    samples: dict[str, tuple[object, ...]] = field(default_factory=dict, repr=False)
    #: The platform's own classification of these fields (see :class:`ConnectorResult`).
    platform: dict[str, dict[str, str]] = field(default_factory=dict)


#: Takes each :class:`Batch` a connector hands over; may block until the scan can take more.
Sink = Callable[[Batch], None]


@dataclass
class ConnectorResult:
    """What one system's scan found. ``samples`` maps a field id to its sampled non-null values."""

    system: System
    datasets: list[Dataset] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    samples: dict[str, tuple[object, ...]] = field(default_factory=dict, repr=False)
    issues: list[ScanIssue] = field(default_factory=list)
    #: The platform's own classification per field id (Salesforce ComplianceGroup...).
    platform: dict[str, dict[str, str]] = field(default_factory=dict)
    #: Parties outside the system it sends data to; the scan makes them systems and flows.
    third_parties: list[ThirdParty] = field(default_factory=list)
    #: Replication, foreign-data and FEDERATED links to other databases (inferred flows).
    links: list[Link] = field(default_factory=list)
    #: Findings the connector can judge alone (a plain-text API key in a platform's settings).
    gaps: list[Gap] = field(default_factory=list)
    #: The system's accounts, roles and API keys, and who may read which dataset (every
    #: dataset scanned: the scan keeps the grants on those holding personal data).
    principals: list[Principal] = field(default_factory=list)
    grants: list[ReadGrant] = field(default_factory=list)
    #: Flows the system itself shows between other systems and its datasets (a broker's
    #: publishers and consumers); they carry the entities of the fields they name.
    flows: list[Flow] = field(default_factory=list)
    #: Systems those flows start or end at that the estate does not list (a broker's clients).
    systems: list[System] = field(default_factory=list)


class Connector(ABC):
    """Base class of every connector; subclasses set ``name`` and implement :meth:`scan`.

    A connector is registered as an entry point of the ``piimap.connectors`` group (more entries
    pointing at the same class are aliases). ``config_model`` is the pydantic model its systems
    are validated against when the estate is loaded: :class:`ScanConfig` or a subclass that adds
    the connector's own keys.
    """

    name: ClassVar[str]
    config_model: ClassVar[type[ScanConfig]] = ScanConfig
    config: ScanConfig
    #: Set by the scan before :meth:`scan`: a connector that reads datasets one after another
    #: may hand finished ones to it in batches (every dataset once, with all of its fields) and
    #: leave them out of its result, so that their samples are classified and dropped while it
    #: reads on. A connector that ignores it returns everything in its result, as before.
    sink: Sink | None = None

    def __init__(self, system_id: str, config: SystemConfig, estate: Estate | None = None) -> None:
        if not isinstance(config, self.config_model):
            raise TypeError(
                f"{type(self).__name__} takes a {self.config_model.__name__}, "
                f"not a {type(config).__name__}"
            )
        self.system_id = system_id
        self.config = config
        self.estate = estate

    @classmethod
    def is_available(cls) -> bool:
        """False when the connector's driver is not installed."""
        return True

    @classmethod
    def check(cls, system_id: str, config: ScanConfig, base_dir: Path) -> None:
        """Check a system's config (its URL, its auth block, the files it names...) when the
        estate is loaded, before any system is scanned, so that a mistake is a config error (exit
        2, nothing written) rather than a system not scanned. Raise ConfigError starting with the
        key (``systems.ID.dsn: ...``; the loader adds the file) and never quoting a secret.
        ``base_dir`` is the estate file's folder. The default checks nothing."""
        return None

    @abstractmethod
    def scan(self, progress: Progress | None = None) -> ConnectorResult:
        """Scan the system. Raise :class:`lineage.core.errors.ConnectorError` when it cannot be
        reached; record per-dataset problems as issues and go on."""
