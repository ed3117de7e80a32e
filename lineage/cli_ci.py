"""The CI commands of ``piimap`` (``diff``, ``check``, ``baseline``), registered on the main
group when :mod:`lineage.cli` is imported."""

from __future__ import annotations
