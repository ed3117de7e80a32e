"""``piimap salesforce export``: an org's metadata written to a JSON file, for scans without
network access to the org.

:func:`export_org` runs the connector with ``sample_size: 0`` and writes what it found in the
format of :mod:`.export_file`, which also reads such a file back for a salesforce system with
``path:`` instead of ``auth:``. It never holds a record value, a sampled value or a secret.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lineage.core.errors import ConfigError, UnknownNameError

from ..base import Progress
from .config import SalesforceConfig
from .connector import SalesforceConnector
from .export_file import to_document

if TYPE_CHECKING:
    from lineage.core.config import Estate


def export_system(
    estate: Estate, system_id: str, path: str | os.PathLike[str], progress: Progress | None = None
) -> dict[str, Any]:
    """Export the salesforce system ``system_id`` of ``estate`` to ``path`` (:func:`export_org`)."""
    systems = estate.config.systems
    salesforce = [sid for sid, s in systems.items() if isinstance(s, SalesforceConfig)]
    if system_id not in systems:
        raise UnknownNameError("salesforce system", system_id, salesforce, str(estate.path))
    config = systems[system_id]
    if not isinstance(config, SalesforceConfig):
        known = ", ".join(sorted(salesforce)) or "none"
        raise ConfigError(
            f"{estate.path}: systems.{system_id} is not a salesforce system "
            f"(connector {config.connector or 'none'}); salesforce systems: {known}."
        )
    connector = SalesforceConnector(system_id, config, estate)
    return export_org(connector, path, progress)


def export_org(
    connector: SalesforceConnector, path: str | os.PathLike[str], progress: Progress | None = None
) -> dict[str, Any]:
    """Scan the connector's org without sampling and write its metadata to ``path`` (atomically).

    Returns the written document.
    """
    config = connector.config.model_copy(update={"sample_size": 0})
    result = type(connector)(connector.system_id, config, connector.estate).scan(progress)
    result.samples.clear()  # sample_size 0 reads none; never let one reach the file
    document = to_document(result, connector.system_id)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    text = json.dumps(document, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return document
