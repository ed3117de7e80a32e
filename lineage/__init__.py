"""piimap: map personal data and its flows across an e-commerce estate, with evidence.

The library behind the ``piimap`` command: :func:`lineage.config.load_estate` reads an estate,
:func:`lineage.scan.scan_estate` scans it into a :class:`lineage.model.Snapshot`,
:mod:`lineage.snapshot` saves and loads it and :func:`lineage.graph.build_graph` turns it into a
networkx graph.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("piimap")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"
