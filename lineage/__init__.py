"""piimap: map personal data and its flows across an e-commerce estate, with evidence.

The analyst API (:mod:`lineage.api`, imported on first use): :func:`scan` an estate.yaml,
:func:`load` a snapshot or :func:`demo` the bundled demo, each giving an :class:`Estate` with its
networkx graph and pandas tables.

Underneath: :func:`lineage.config.load_estate` reads an estate, ``scan_estate`` of the
``lineage.scan`` module scans it into a :class:`lineage.model.Snapshot`, :mod:`lineage.snapshot`
saves and loads it and :func:`lineage.graph.build_graph` turns it into a networkx graph.

``lineage.scan`` and ``lineage.demo`` are the API's functions whatever was imported before; the
modules of the same names are imported by name (``from lineage.scan import scan_estate``), not
reached as attributes of the package.
"""

from __future__ import annotations

import sys
import types
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("piimap")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"

if TYPE_CHECKING:
    from .api import Estate, demo, load, scan

__all__ = ["Estate", "__version__", "demo", "load", "scan"]
_API = frozenset({"Estate", "demo", "load", "scan"})


def __getattr__(name: str) -> Any:
    """The analyst API on first use, so ``import lineage`` (and every connector) stays light."""
    if name in _API:
        from . import api

        value = getattr(api, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _API)


class _Package(types.ModuleType):
    """The package, declining two bindings: importing the submodule ``lineage.scan`` (or
    ``lineage.demo``) sets the package's ``scan`` (``demo``) to that module, which would hide
    the API's function of the same name."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _API and isinstance(value, types.ModuleType):
            return  # the module stays in sys.modules, importable by name
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
