"""Registries of named plugins, found through entry points: piimap's own and third parties' alike.

A :class:`Registry` reads the names of one entry-point group from the installed distributions'
metadata (nothing is imported until a name is asked for), loads each entry once and caches it. An
entry whose name differs from its object's ``name`` is an alias (``postgres`` for
``postgresql``). A broken plugin is logged and skipped; an unknown name fails with "did you mean".
piimap declares its own connectors and signals in pyproject.toml, so this module imports neither.

>>> registry = Registry("widget", "piimap.no-such-group")
>>> registry.names()
[]
>>> registry.entries()
{}
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .errors import ConfigError, UnknownNameError

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

log = logging.getLogger(__name__)

T = TypeVar("T")

#: The distribution whose entry points win a name clash: piimap's own plugins.
OWN_DISTRIBUTION = "piimap"


class Registry(Generic[T]):
    """The plugins of entry-point group ``group``, called ``kind`` in messages."""

    def __init__(self, kind: str, group: str) -> None:
        self.kind = kind
        self.group = group
        self._points: dict[str, EntryPoint] | None = None
        self._loaded: dict[str, T] = {}
        self._broken: set[str] = set()

    def names(self) -> list[str]:
        """Every name (aliases included) the installed distributions declare, sorted."""
        return sorted(self._entry_points())

    def get(self, name: str, where: str = "") -> T:
        """The plugin called ``name``; ``where`` prefixes the message of an unknown name."""
        points = self._entry_points()
        if name in points:
            found = self._load(name)
            if found is not None:
                return found
            raise ConfigError(
                f"{where + ': ' if where else ''}{self.kind} {name!r} is installed but could not "
                "be loaded; the warning logged above says why."
            )
        if not points:
            raise ConfigError(
                f"{where + ': ' if where else ''}unknown {self.kind} {name!r}: no {self.kind} is "
                f"registered (entry-point group {self.group}); reinstall piimap "
                "(pip install -e .) so its entry points are recorded."
            )
        raise UnknownNameError(self.kind, name, [n for n in points if n not in self._broken], where)

    def entries(self) -> dict[str, T]:
        """Every plugin that loads, by its own name (aliases folded in), sorted by name."""
        found: dict[str, T] = {}
        for point_name in self.names():
            plugin = self._load(point_name)
            if plugin is not None:
                found.setdefault(str(getattr(plugin, "name", point_name)), plugin)
        return dict(sorted(found.items()))

    def reset(self) -> None:
        """Forget what was found and loaded (tests that install a plugin call this)."""
        self._points = None
        self._loaded.clear()
        self._broken.clear()

    def _entry_points(self) -> dict[str, EntryPoint]:
        if self._points is None:
            from importlib.metadata import entry_points  # read once, when a name is first asked

            ordered = sorted(
                entry_points(group=self.group),
                key=lambda ep: _distribution(ep) != OWN_DISTRIBUTION,
            )
            self._points = {}
            for ep in ordered:  # piimap's own first, then the sys.path order
                taken = self._points.setdefault(ep.name, ep)
                if taken is not ep and taken.value != ep.value:
                    log.warning(
                        "%s plugin %r of %s ignored: the name is taken by %s (%s)",
                        self.kind,
                        ep.name,
                        _distribution(ep) or "an unknown distribution",
                        _distribution(taken) or "an unknown distribution",
                        taken.value,
                    )
        return self._points

    def _load(self, name: str) -> T | None:
        if name in self._loaded:
            return self._loaded[name]
        if name in self._broken:
            return None
        point = self._entry_points()[name]
        try:
            plugin: T = point.load()
        except Exception as exc:  # one broken plugin must not break every scan
            log.warning(
                "%s plugin %r (%s) not loaded: %s: %s",
                self.kind,
                name,
                point.value,
                type(exc).__name__,
                exc,
            )
            self._broken.add(name)
            return None
        self._loaded[name] = plugin
        return plugin


def _distribution(point: EntryPoint) -> str | None:
    dist = point.dist
    return dist.metadata["Name"] if dist is not None else None


#: Connector classes (connectors.base.Connector), by the ``connector:`` name of a system.
CONNECTORS: Registry[Any] = Registry("connector", "piimap.connectors")
#: Classification signal classes (classifiers.base.Signal), by name.
SIGNALS: Registry[Any] = Registry("signal", "piimap.signals")


def reset_plugins() -> None:
    """Forget every registry's plugins, so the next look-up reads the entry points again."""
    for registry in (CONNECTORS, SIGNALS):
        registry.reset()
