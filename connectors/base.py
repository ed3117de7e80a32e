"""The connector interface: discover datasets and fields, sample values, report facts.

A connector never writes to the system it scans. Samples live only in the returned
:class:`ConnectorResult` (in memory) and are dropped once the classifiers have seen them.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from lineage.model import Dataset, Field, ScanIssue, System

if TYPE_CHECKING:
    from lineage.config import Estate, SystemConfig

#: Called as ``progress(done, total, what)`` while a connector works through datasets.
Progress = Callable[[int, int, str], None]


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


class Connector(ABC):
    """Base class of every connector; subclasses set ``name`` and implement :meth:`scan`."""

    name: ClassVar[str]
    aliases: ClassVar[tuple[str, ...]] = ()

    def __init__(self, system_id: str, config: SystemConfig, estate: Estate | None = None) -> None:
        self.system_id = system_id
        self.config = config
        self.estate = estate

    @classmethod
    def is_available(cls) -> bool:
        """False when the connector's driver is not installed."""
        return True

    @abstractmethod
    def scan(self, progress: Progress | None = None) -> ConnectorResult:
        """Scan the system. Raise :class:`lineage.errors.ConnectorError` when it cannot be reached;
        record per-dataset problems as issues and go on."""
