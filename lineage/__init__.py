"""piimap: map personal data and its flows across an e-commerce estate, with evidence.

The library API (:mod:`lineage.api`), imported on first use so that ``import lineage`` stays
light: :func:`scan` an estate.yaml, :func:`load` a snapshot or :func:`demo` the bundled demo,
each giving an :class:`Estate` with its networkx graph and pandas tables; :func:`write_outputs`
writes a scan's artefacts; :func:`diff`, :func:`check` and :func:`baseline` gate CI;
:func:`access_review` and :func:`accept_review` are the quarterly access review;
:func:`bundle` and :func:`verify` make and check the evidence bundle, and :func:`period`
reads the scans of an audit period together (SOC 2 Type II).

The layers underneath (docs/architecture.md): :mod:`lineage.core` (model, ids, errors, config),
:mod:`lineage.pipeline` (the scan), :mod:`lineage.flows`, :mod:`lineage.assess`,
:mod:`lineage.graph` (the EstateGraph every reader uses), :mod:`lineage.render`,
:mod:`lineage.export`, :mod:`lineage.ci` and the thin :mod:`lineage.cli`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import (
        Estate,
        accept_review,
        access_review,
        baseline,
        bundle,
        check,
        demo,
        diff,
        load,
        period,
        scan,
        verify,
        write_outputs,
    )

__all__ = [
    "Estate",
    "__version__",
    "accept_review",
    "access_review",
    "baseline",
    "bundle",
    "check",
    "demo",
    "diff",
    "load",
    "period",
    "scan",
    "verify",
    "write_outputs",
]
_API = frozenset(__all__) - {"__version__"}


def __getattr__(name: str) -> Any:
    """The API (and ``__version__``) on first use, so ``import lineage`` imports nothing heavy."""
    if name == "__version__":
        from .core.version import __version__

        value: Any = __version__
    elif name in _API:
        from . import api

        value = getattr(api, name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
