"""A loopback TCP proxy in front of a real server, with faults a test switches on.

    with FaultProxy(("127.0.0.1", 5432)) as proxy:
        dsn = f"postgresql://postgres@127.0.0.1:{proxy.port}/db?sslmode=disable"
        proxy.when_sent(b"orders", "freeze")   # the first statement naming orders is never answered
        ...

Faults, applied to every open connection (and, for ``freeze``/``delay``/``kill``, to new ones):

- ``freeze``: nothing is forwarded any more, both ways, but every socket stays open and the
  kernel still acknowledges what the client sends: a server process stopped with SIGSTOP, or a
  network that drops packets silently. New connections are accepted and held the same way.
- ``drop``: every open connection is closed (FIN), as a server restart or a failover does; new
  connections are forwarded.
- ``reset``: every open connection is reset (RST, via ``SO_LINGER`` 0); new ones are forwarded.
- ``kill``: every open connection is closed and the listening socket too, so new connections
  are refused: the server died.
- ``delay``: every chunk is forwarded ``seconds`` late.

``when_sent(marker, fault)`` applies a fault the first time a client sends bytes containing
``marker``, before those bytes reach the server, so a test can place the fault at an exact point
of a scan (the first statement naming a table) without timing. Use ``sslmode=disable`` (libpq) so
the statements cross the proxy in clear. ``connections`` counts the connections accepted.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from typing import Any

_FAULTS = ("freeze", "drop", "reset", "kill", "delay")


class _Link:
    """One client connection and its upstream connection."""

    def __init__(self, client: socket.socket, upstream: socket.socket) -> None:
        self.client = client
        self.upstream = upstream
        self.closed = False

    def close(self, reset: bool = False) -> None:
        self.closed = True
        if reset:
            with contextlib.suppress(OSError):
                self.client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        for sock in (self.client, self.upstream):
            if not reset:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()


class FaultProxy:
    """Forward 127.0.0.1:``port`` to ``upstream`` until told to fail."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._links: list[_Link] = []
        self._frozen = threading.Event()
        self._thawed = threading.Event()
        self._thawed.set()
        self._delay = 0.0
        self._triggers: list[tuple[bytes, str, float]] = []
        self._stopped = False
        self.connections = 0
        self.faults: list[str] = []
        threading.Thread(target=self._accept, name="faultproxy-accept", daemon=True).start()

    # --- faults ---------------------------------------------------------------------------------

    def freeze(self) -> None:
        self.faults.append("freeze")
        self._thawed.clear()

    def thaw(self) -> None:
        self._thawed.set()

    def delay(self, seconds: float) -> None:
        self.faults.append("delay")
        self._delay = seconds

    def drop(self) -> None:
        self.faults.append("drop")
        self._close_links(reset=False)

    def reset(self) -> None:
        self.faults.append("reset")
        self._close_links(reset=True)

    def kill(self) -> None:
        self.faults.append("kill")
        self._stop_listening()
        self._close_links(reset=False)

    def when_sent(self, marker: bytes, fault: str, seconds: float = 0.0) -> None:
        """Apply ``fault`` the first time a client sends ``marker`` (before forwarding it)."""
        assert fault in _FAULTS, fault
        with self._lock:
            self._triggers.append((marker, fault, seconds))

    def apply(self, fault: str, seconds: float = 0.0) -> None:
        if fault == "delay":
            self.delay(seconds)
        else:
            getattr(self, fault)()

    def close(self) -> None:
        self._thawed.set()
        self._stop_listening()
        self._close_links(reset=False)

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # --- forwarding -----------------------------------------------------------------------------

    def _stop_listening(self) -> None:
        self._stopped = True
        # shutdown() wakes the accept() under way (close() alone would leave the socket
        # listening until then); new connections are refused from here on.
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(OSError):
            self._listener.close()

    def _close_links(self, reset: bool) -> None:
        with self._lock:
            links, self._links = self._links, []
        for link in links:
            link.close(reset=reset)

    def _accept(self) -> None:
        while not self._stopped:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            try:
                upstream = socket.create_connection(self.upstream, timeout=5)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            link = _Link(client, upstream)
            with self._lock:
                self._links.append(link)
            for src, dst, outgoing in ((client, upstream, True), (upstream, client, False)):
                threading.Thread(
                    target=self._pump, args=(link, src, dst, outgoing), daemon=True
                ).start()

    def _pump(self, link: _Link, src: socket.socket, dst: socket.socket, outgoing: bool) -> None:
        try:
            while not link.closed:
                data = src.recv(65536)
                if not data:
                    break
                if outgoing:
                    self._check_triggers(data)
                if link.closed:
                    return
                self._thawed.wait()  # frozen: hold the bytes, keep the sockets open
                if link.closed or self._stopped:
                    return
                if self._delay:
                    time.sleep(self._delay)
                dst.sendall(data)
        except OSError:
            pass
        self._thawed.wait()  # frozen: a close is held too
        if not link.closed:
            # One side closed: pass the close on, as a server or client would see it.
            with self._lock:
                if link in self._links:
                    self._links.remove(link)
            link.close()

    def _check_triggers(self, data: bytes) -> None:
        with self._lock:
            fired = [t for t in self._triggers if t[0] in data]
            self._triggers = [t for t in self._triggers if t not in fired]
        for _marker, fault, seconds in fired:
            self.apply(fault, seconds)
