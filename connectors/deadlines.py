"""Client-side deadlines of the database connectors: the scan never waits on a silent server.

A server's own statement timeout ends a slow statement, but not one sent to a server that no
longer answers: a process stopped with SIGSTOP, a network that drops packets silently. The
kernel still acknowledges what the client sends (and answers TCP keepalives), so the driver
waits forever. :class:`Watchdog` gives each statement a deadline of its own; when it passes, it
shuts the connection's socket down, so the driver's wait ends at once with a connection error
and SQLAlchemy drops that connection.

One watchdog thread serves a whole scan (started on first use) and wakes every :data:`TICK`
seconds; arming it is one assignment, so the deadlines cost the normal path next to nothing.

:class:`Breaker` counts consecutive connection failures (a lost connection, a connection that
cannot be made again, a statement past its deadline) and stops a system after
:data:`MAX_CONNECTION_FAILURES` of them, or when its time budget has run out.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

#: How often the watchdog checks the armed deadline, in seconds.
TICK = 0.1
#: Consecutive connection failures after which a system is stopped.
MAX_CONNECTION_FAILURES = 3
#: TCP keepalive: idle seconds before the first probe, seconds between probes, probes.
KEEPALIVE = (10, 5, 3)


def grace(statement_timeout: float) -> float:
    """Seconds the client waits beyond the server's own statement timeout, which normally ends
    a slow statement first: 20 % of it, at least 1 s and at most 5 s."""
    return max(1.0, min(5.0, statement_timeout * 0.2))


def tune_socket(fd: int, user_timeout_s: float) -> None:
    """Keepalives and TCP_USER_TIMEOUT on a connected socket, so a network that silently drops
    everything ends the connection (Linux options; ignored where they do not exist)."""
    sock = socket.socket(fileno=os.dup(fd))
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        idle, interval, count = KEEPALIVE
        for name, value in (
            ("TCP_KEEPIDLE", idle),
            ("TCP_KEEPINTVL", interval),
            ("TCP_KEEPCNT", count),
            ("TCP_USER_TIMEOUT", int(user_timeout_s * 1000)),
        ):
            option = getattr(socket, name, None)
            if option is not None:
                with contextlib.suppress(OSError):
                    sock.setsockopt(socket.IPPROTO_TCP, option, value)
    finally:
        sock.close()  # closes the duplicate only


class Watchdog:
    """Shuts down the socket of a connection whose wait for the server outlives its deadline:
    ``seconds`` after :meth:`arm` (give or take :data:`TICK`), or ``budget_ends``
    (time.monotonic) if sooner.

    ``socket_of(dbapi_connection)`` returns the file descriptor of the connection's socket, or
    None. ``fired`` says why the watchdog last ended a wait ("" when it did not; the scan
    clears it once read).

    Arming costs one assignment (no clock, no lock): each :meth:`arm` stores a new one-item
    list, and the watchdog thread times how long it has seen the same list.
    """

    def __init__(
        self,
        socket_of: Callable[[Any], int | None],
        seconds: float,
        late: str,
        budget_ends: float,
        out_of_time: str,
    ) -> None:
        self._socket_of = socket_of
        self._seconds = seconds
        self._late = late
        self._budget_ends = budget_ends
        self._out_of_time = out_of_time
        self._armed: list[Any] | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.fired = ""

    def start(self) -> None:
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="piimap-watchdog", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._armed = None

    def arm(self, dbapi_connection: Any) -> None:
        """Watch ``dbapi_connection`` until :meth:`disarm`."""
        if self._thread is None:
            self.start()
        self._armed = [dbapi_connection]

    def disarm(self) -> None:
        self._armed = None

    def extend_budget(self, seconds: float) -> None:
        """Move the time budget's end later (time the scan spent waiting on its classifier)."""
        self._budget_ends += seconds

    def _run(self) -> None:
        seen: list[Any] | None = None
        since = 0.0
        while not self._stop.wait(TICK):
            armed = self._armed
            now = time.monotonic()
            if armed is None:
                seen = None
                continue
            if armed is not seen:
                seen, since = armed, now
            if now >= self._budget_ends:
                why = self._out_of_time
            elif now - since >= self._seconds:
                why = self._late
            else:
                continue
            # The same wait is still under way (a new one would be a new list): end it.
            if self._armed is armed:
                # Said before the socket goes: the scan reads it as soon as its wait fails.
                self.fired = why
                if self._shutdown(armed[0]):
                    self._armed = seen = None
                else:
                    self.fired = ""

    def _shutdown(self, dbapi_connection: Any) -> bool:
        """Shut the connection's socket down; False when it has none (a file database)."""
        try:
            fd = self._socket_of(dbapi_connection)
        except Exception:  # the driver has already closed it
            return False
        if fd is None or fd < 0:
            return False
        try:
            sock = socket.socket(fileno=os.dup(fd))
        except OSError:
            return False
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            return False
        finally:
            sock.close()  # closes the duplicate only
        return True


class Breaker:
    """Stops a system's scan after consecutive connection failures or when its time runs out."""

    def __init__(self, budget_s: float, limit: int = MAX_CONNECTION_FAILURES) -> None:
        self.budget_s = budget_s
        self.ends = time.monotonic() + budget_s
        self.limit = limit
        self.failures = 0
        self.last = ""
        self.stopped = ""
        self.out_of_time = f"the time budget of this system ({budget_s:g} s) ran out"

    def failed(self, reason: str) -> None:
        self.failures += 1
        self.last = reason
        if self.failures >= self.limit and not self.stopped:
            self.stopped = (
                f"the scan of this system stopped after {self.failures} consecutive "
                f"connection failures (last: {reason})"
            )

    def succeeded(self) -> None:
        self.failures = 0

    def extend(self, seconds: float) -> None:
        """Move the end of the time budget later: time spent outside the system (classifying
        what it has read) is not the system's."""
        self.ends += seconds

    def check(self) -> str:
        """Why the scan must stop now ("" to go on)."""
        if not self.stopped and time.monotonic() >= self.ends:
            self.stopped = self.out_of_time
        return self.stopped
