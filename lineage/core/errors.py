"""One exception family for piimap; the CLI turns each into a one-line message and an exit code."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

#: Documented process exit codes (docs/cli.md).
EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3


class PiimapError(Exception):
    """Base class of every error piimap raises on purpose."""

    exit_code = EXIT_USAGE


class ConfigError(PiimapError):
    """The estate config (or another input file) is malformed."""


class UnknownNameError(ConfigError):
    """A registry lookup (connector, signal, entity) failed; says what was meant."""

    def __init__(self, kind: str, name: str, known: Iterable[str], where: str = "") -> None:
        known = sorted(known)
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        hint = f" Did you mean {close[0]!r}?" if close else f" Known: {', '.join(known)}."
        prefix = f"{where}: " if where else ""
        super().__init__(f"{prefix}unknown {kind} {name!r}.{hint}")


class OutputError(PiimapError):
    """A file or folder piimap was asked to write (``--out``) cannot be created or written."""


class ConnectorError(PiimapError):
    """A system could not be scanned (unreachable, refused credentials, missing driver)."""

    exit_code = EXIT_PARTIAL


class SnapshotError(PiimapError):
    """A snapshot file cannot be read."""


class ExecutorError(PiimapError):
    """The distributed engine a scan was sent to (``--executor dask://...``) cannot be used."""
