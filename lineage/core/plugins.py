"""Entry-point plugins: third parties add connectors and signals without changing piimap."""

from __future__ import annotations

import logging
from importlib.metadata import entry_points
from typing import Any

log = logging.getLogger(__name__)


def load_plugins(group: str) -> dict[str, Any]:
    """Every plugin of an entry-point group by name; a broken one is logged and skipped."""
    found: dict[str, Any] = {}
    for ep in entry_points(group=group):
        try:
            found[ep.name] = ep.load()
        except Exception as exc:  # one broken plugin must not break every scan
            log.warning("plugin %s in %s not loaded: %s", ep.name, group, exc)
    return found
