"""Redis: keys grouped into datasets by pattern, values decoded into fields, the server's TLS,
ACL, persistence and each dataset's TTLs as facts (docs/redis.md).

Read-only and bounded: SCAN (``scan_count`` per call, at most ``max_keys`` keys and
``time_budget`` seconds), TYPE, PTTL, MEMORY USAGE, and reads of a few keys per dataset whose
size is checked first (STRLEN, HSTRLEN, MEMORY USAGE): a value over ``max_value_bytes`` is never
read. No command that writes, expires or blocks is sent.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import unquote, urlsplit

import pydantic

from lineage.core.errors import ConfigError, ConnectorError
from lineage.core.ids import dataset_id
from lineage.core.model import Dataset, Fact, Field, ScanIssue
from lineage.core.redact import scrub_secrets

from .base import Connector, ConnectorResult, Progress, ScanConfig
from .redis_facts import Refused, read_server, ttl_facts
from .redis_keys import collapse, pattern_of, variable_parts
from .redis_values import decode
from .secrets import read_password_file

if TYPE_CHECKING:
    import redis

#: Keys looked up per round trip (TYPE and PTTL are pipelined).
PIPELINE = 1000
#: Keys of one dataset whose TTL is read, spread evenly over its keys: enough for the share
#: without expiry and the median, and a bound on the time one huge dataset takes.
TTL_KEYS = 10_000
#: Datasets in a row whose connection was lost before the scan of the server stops.
MAX_FAILURES = 3
#: The share of the time budget SCAN may take; the rest is for reading the datasets.
SCAN_SHARE = 0.5
#: Elements read from one list, set, sorted set or stream; fields of one hash.
ELEMENTS = 20
#: A hash with more fields than this is sampled by HRANDFIELD instead of listed by HKEYS.
HKEYS_AT_MOST = 512
_SCHEMES = ("redis", "rediss")


class RedisConfig(ScanConfig):
    """A Redis server (or one logical database of it)."""

    #: ``redis://user@host:6379/0``, ``rediss://`` for TLS.
    dsn: str | None = None
    #: A file holding the password (read by the scanner, never copied).
    password_file: str | None = None
    #: SCAN MATCH pattern: only keys matching it are read (``shop:*``).
    match: str = "*"
    #: SCAN's COUNT hint per call.
    scan_count: int = pydantic.Field(default=1000, ge=10, le=100_000)
    #: Keys the scan looks at, at most; the rest of the keyspace is reported as not seen.
    max_keys: int = pydantic.Field(default=100_000, ge=1, le=10_000_000)
    #: Seconds the whole scan of the server may take.
    time_budget: int = pydantic.Field(default=300, ge=1, le=7 * 24 * 3600)
    #: A value (a string, a hash field, a collection) larger than this is not read.
    max_value_bytes: int = pydantic.Field(default=1024 * 1024, ge=1024, le=64 * 1024 * 1024)


def _reason(exc: BaseException) -> str:
    """A Redis error in one line, without the arguments Redis quotes (key names)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    text = text.split(" of pipeline caused error: ")[-1]  # "Command # 1 (TYPE key) of ..."
    return scrub_secrets(text.split(", with args beginning with")[0]).rstrip(". ")


class RedisConnector(Connector):
    """Scan a Redis server: ``dsn: redis://piimap@cache:6379/0`` (docs/redis.md)."""

    name: ClassVar[str] = "redis"
    config_model: ClassVar[type[ScanConfig]] = RedisConfig
    config: RedisConfig

    @classmethod
    def is_available(cls) -> bool:
        try:
            import redis  # noqa: F401
        except ImportError:
            return False
        return True

    @classmethod
    def check(cls, system_id: str, config: ScanConfig, base_dir: Path) -> None:
        """The DSN (scheme, port, database number) and ``password_file``, when the estate is
        loaded."""
        assert isinstance(config, RedisConfig)
        cls.target(system_id, config, base_dir)

    @classmethod
    def target(cls, system_id: str, config: RedisConfig, base_dir: Path) -> tuple[str, str | None]:
        """The DSN and the password (from ``password_file``), or ConfigError naming the key.
        Messages never quote the DSN, which may hold a password from the environment."""
        key = f"systems.{system_id}"
        expected = "redis://user@host:6379/0 (rediss:// for TLS)"
        if not config.dsn:
            raise ConfigError(f"{key}.dsn: a redis system needs 'dsn: {expected}'.")
        parts = urlsplit(config.dsn)
        if parts.scheme not in _SCHEMES:
            raise ConfigError(
                f"{key}.dsn: scheme {parts.scheme!r} is not redis; expected {expected}."
            )
        try:
            port = parts.port
        except ValueError:
            raise ConfigError(f"{key}.dsn: the port is not a number from 1 to 65535.") from None
        if port == 0 or not parts.hostname:
            raise ConfigError(f"{key}.dsn: no host or port; expected {expected}.")
        db = parts.path.strip("/")
        if db and not db.isdigit():
            raise ConfigError(
                f"{key}.dsn: the database {db!r} is not a number; expected {expected}."
            )
        password = None
        if config.password_file is not None:
            password = read_password_file(f"{key}.password_file", config.password_file, base_dir)
        return config.dsn, password

    def shown(self) -> str:
        """The DSN for messages: scheme, user, host, port and database; never the password."""
        parts = urlsplit(self.config.dsn or "")
        user = f"{unquote(parts.username)}@" if parts.username else ""
        port = f":{parts.port}" if parts.port else ""
        return f"{parts.scheme}://{user}{parts.hostname}{port}{parts.path or '/0'}"

    # --- the scan ------------------------------------------------------------------------------

    def scan(self, progress: Progress | None = None) -> ConnectorResult:
        import redis
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        base_dir = self.estate.base_dir if self.estate else Path()
        dsn, password = self.target(self.system_id, self.config, base_dir)
        self._deadline = time.monotonic() + self.config.time_budget
        self._failures, self._last_failure = 0, ""
        client = redis.Redis.from_url(
            dsn,
            password=password or _url_password(dsn),
            socket_connect_timeout=self.config.connect_timeout,
            socket_timeout=self.config.statement_timeout,
            protocol=2,  # no HELLO: the scan user needs no right beyond the commands it sends
            # No silent retries: each command waits statement_timeout at most, and a lost
            # connection counts towards stopping (MAX_FAILURES).
            retry=Retry(NoBackoff(), 0),
            retry_on_timeout=False,
        )
        try:
            try:
                client.ping()
            except redis.AuthenticationError as exc:
                raise ConnectorError(
                    f"{self.system_id}: login to {self.shown()} refused: {_reason(exc)}; check the "
                    "user and password (password_file or ${ENV} in the DSN)."
                ) from None
            except redis.exceptions.NoPermissionError as exc:
                raise ConnectorError(
                    f"{self.system_id}: {self.shown()} refused the scan user: {_reason(exc)}; "
                    "give it the rights docs/redis.md lists."
                ) from None
            except redis.RedisError as exc:
                raise ConnectorError(
                    f"{self.system_id}: cannot connect to {self.shown()}: {_reason(exc)}. Check "
                    "the host, port, credentials and that the server is running."
                ) from None
            try:
                return self._scan(client, dsn, bool(password or _url_password(dsn)), progress)
            except (redis.ConnectionError, redis.TimeoutError) as exc:
                raise ConnectorError(
                    f"{self.system_id}: the connection to {self.shown()} was lost while its "
                    f"settings and keys were read: {_reason(exc)}."
                ) from None
        finally:
            client.close()

    def _ask(self, client: redis.Redis, *command: str) -> Any:
        """A server command's answer; :class:`Refused` when the server refuses it."""
        import redis

        name = " ".join(command[:2]).upper()
        try:
            if command[0] == "INFO":
                return client.info(command[1])
            if command[:2] == ("CONFIG", "GET"):
                return _text(client.config_get(command[2]))
            if command == ("ACL", "WHOAMI"):
                return _text(client.acl_whoami())
            if command == ("ACL", "LIST"):
                return _text(client.acl_list())
            return client.execute_command(*command)
        except redis.exceptions.NoPermissionError as exc:
            raise Refused(_reason(exc), missing=False) from None
        except redis.ResponseError as exc:
            text = str(exc).lower()
            missing = "unknown command" in text or "unknown subcommand" in text
            raise Refused(f"{name}: {_reason(exc)}", missing=missing) from None

    def _scan(
        self, client: redis.Redis, dsn: str, password_given: bool, progress: Progress | None
    ) -> ConnectorResult:
        import redis

        tls = urlsplit(dsn).scheme == "rediss"
        server = read_server(lambda *c: self._ask(client, *c), tls, password_given)
        issues = [
            ScanIssue(self.system_id, "partial", f"{what}; docs/redis.md gives the ACL to set")
            for what in server.refused
        ]
        facts = list(server.facts)
        try:
            by_pattern, complete, why = self._scan_keys(client)
        except redis.exceptions.NoPermissionError as exc:
            raise ConnectorError(
                f"{self.system_id}: cannot list the keys of {self.shown()}: {_reason(exc)}; "
                "give the scan user +scan (docs/redis.md)."
            ) from None
        total = self._dbsize(client)
        count = sum(len(k) for k in by_pattern.values())
        seen = f"{count} keys" + (f" of {total}" if total is not None else "")
        facts.append(Fact("keyspace.scanned", seen if complete else f"{seen}: {why}", "SCAN"))
        if total is not None:
            facts.append(Fact("keyspace.keys", str(total), "DBSIZE"))
        if not complete:
            issues.append(
                ScanIssue(
                    self.system_id,
                    "partial",
                    f"the keyspace was only partly seen ({seen}): {why}; raise max_keys or "
                    "time_budget, or narrow match",
                )
            )
        groups = [(p, k) for p, k in collapse(by_pattern).items() if self._selected(p)]
        result = ConnectorResult(
            system=self.config.system(
                self.system_id,
                self.name,
                transit=server.transit,
                at_rest=server.at_rest,
            )
        )
        for i, (pattern, names) in enumerate(groups):
            if progress:
                progress(i, len(groups), pattern)
            facts.extend(self._dataset(client, pattern, names, complete, result))
        if progress:
            progress(len(groups), len(groups), "")
        result.system = _with_facts(result.system, facts)
        result.issues = issues + result.issues
        return result

    def _scan_keys(self, client: redis.Redis) -> tuple[dict[str, list[str]], bool, str]:
        """Key names by pattern (decoded; never written anywhere), whether the whole keyspace
        was seen, and why not. Naming the patterns is part of SCAN's share of the budget."""
        by_pattern: dict[str, list[str]] = defaultdict(list)
        head = _fixed_head(self.config.match)
        seen, cursor, limit = 0, 0, self.config.max_keys
        scan_deadline = time.monotonic() + self.config.time_budget * SCAN_SHARE
        while True:
            cursor, batch = client.scan(
                cursor, match=self.config.match, count=self.config.scan_count
            )
            taken = batch[: limit - seen]
            for raw in taken:
                key = _field_text(raw)
                by_pattern[pattern_of(key, head)].append(key)
            seen += len(taken)
            if len(taken) < len(batch) or (seen >= limit and int(cursor) != 0):
                return by_pattern, False, f"max_keys ({limit}) reached"
            if int(cursor) == 0:
                return by_pattern, True, ""
            if time.monotonic() > scan_deadline:
                spent = self.config.time_budget * SCAN_SHARE
                return by_pattern, False, f"SCAN took its share of the time budget ({spent:g} s)"

    def _dbsize(self, client: redis.Redis) -> int | None:
        try:
            return int(self._ask(client, "DBSIZE"))
        except Refused:
            return None

    def _selected(self, pattern: str) -> bool:
        import fnmatch

        include, exclude = self.config.include, self.config.exclude
        if include and not any(fnmatch.fnmatchcase(pattern, p) for p in include):
            return False
        return not any(fnmatch.fnmatchcase(pattern, p) for p in exclude)

    def _dataset(
        self,
        client: redis.Redis,
        pattern: str,
        names: list[str],
        complete: bool,
        result: ConnectorResult,
    ) -> list[Fact]:
        """One pattern's dataset, fields and samples into ``result``; its TTL facts returned."""
        import redis

        subject = dataset_id(self.system_id, pattern)
        reader = _Reader(client, self.config.max_value_bytes, self.config.sample_size)
        pttls: list[int] = []
        reason = self._stopped()
        try:
            if not reason:
                types, pttls = self._types_and_ttls(client, names, reader.keys)
                reader.read(names, types, self._deadline)
                self._failures = 0
        except (redis.ConnectionError, redis.TimeoutError) as exc:
            reason = f"connection lost: {_reason(exc)}"
            self._failures += 1
            self._last_failure = reason
        except redis.RedisError as exc:  # NOPERM on its keys, a key changed type meanwhile
            reason = f"could not read keys: {_reason(exc)}"
        if reason:
            result.issues.append(ScanIssue(subject, "not_scanned", reason))
        if reader.too_big:
            result.issues.append(
                ScanIssue(
                    subject,
                    "partial",
                    f"{reader.too_big} value(s) larger than max_value_bytes "
                    f"({self.config.max_value_bytes} bytes; the largest {_size(reader.largest)}) "
                    "not read",
                )
            )
        if reader.unsized:
            result.issues.append(
                ScanIssue(
                    subject,
                    "partial",
                    f"{reader.unsized} list(s), set(s), sorted set(s) or stream(s) not read: "
                    "MEMORY USAGE, which bounds the read, is not available (grant "
                    "+memory|usage, docs/redis.md)",
                )
            )
        count = len(names)
        result.datasets.append(
            Dataset(
                system=self.system_id,
                name=pattern,
                kind="keys",
                row_count=count,
                row_count_evidence=(
                    f"SCAN: {count} keys match"
                    if complete
                    else f"SCAN: at least {count} keys match (the keyspace was only partly seen)"
                ),
                retention_policy=(
                    self.config.retention.for_dataset(pattern) if self.config.retention else None
                ),
                at_rest=result.system.at_rest,
                scanned=not reason,
                not_scanned_reason=reason,
            )
        )
        for position, (path, (data_type, values)) in enumerate(sorted(reader.fields.items())):
            f = Field(self.system_id, pattern, path, data_type, position=position + 1)
            result.fields.append(f)
            if values:
                result.samples[f.id] = tuple(values[: self.config.sample_size])
        return ttl_facts(pattern, pttls, len(names))

    def _stopped(self) -> str:
        """Why no more datasets are read ("" while the scan goes on): the time budget ran out,
        or the connection was lost for :data:`MAX_FAILURES` datasets in a row."""
        if time.monotonic() > self._deadline:
            return f"the time budget of this system ({self.config.time_budget} s) ran out"
        if self._failures >= MAX_FAILURES:
            return (
                f"the scan of this system stopped after {MAX_FAILURES} consecutive connection "
                f"failures (last: {self._last_failure})"
            )
        return ""

    def _types_and_ttls(
        self, client: redis.Redis, names: list[str], sampled: int
    ) -> tuple[dict[str, str], list[int]]:
        """TYPE of the first ``sampled`` keys (those read) and PTTL of at most
        :data:`TTL_KEYS` keys spread evenly over the dataset, pipelined, until the time budget
        runs out."""
        types: dict[str, str] = {}
        pipe = client.pipeline(transaction=False)
        for k in names[:sampled]:
            pipe.type(k)
        for k, kind in zip(names[:sampled], pipe.execute(raise_on_error=True), strict=True):
            types[k] = kind.decode() if isinstance(kind, bytes) else str(kind)
        step = max(1, len(names) // TTL_KEYS)
        pttls: list[int] = []
        for chunk in _chunks(names[::step][:TTL_KEYS], PIPELINE):
            if time.monotonic() > self._deadline:
                break
            pipe = client.pipeline(transaction=False)
            for k in chunk:
                pipe.pttl(k)
            pttls.extend(int(t) for t in pipe.execute(raise_on_error=True))
        return types, pttls


class _Reader:
    """Reads a few keys of a dataset, each within the size limit, into fields and samples."""

    def __init__(self, client: redis.Redis, limit: int, sample_size: int) -> None:
        self.client: Any = client  # redis-py's answers are typed loosely; these are bytes
        self.limit = limit
        self.keys = max(1, min(sample_size, 50))
        #: path -> (data type, sampled leaves)
        self.fields: dict[str, tuple[str, list[Any]]] = {}
        self.too_big = 0
        self.largest = 0
        #: Collections not read because MEMORY USAGE could not bound them.
        self.unsized = 0

    def read(self, names: list[str], types: dict[str, str], deadline: float) -> None:
        for key in names[: self.keys]:
            if time.monotonic() > deadline:
                return
            kind = types.get(key, "none")
            for placeholder, text in variable_parts(key):
                self._add(f"(key) {placeholder}", "key name part", [text])
            read = getattr(self, f"_{kind}", None)
            if read is not None:
                read(key)

    def _add(self, path: str, data_type: str, values: list[Any]) -> None:
        self.fields.setdefault(path or "value", (data_type, []))[1].extend(values)

    def _value(self, raw: Any, kind: str, prefix: str = "") -> None:
        fmt, leaves = decode(raw if isinstance(raw, bytes) else str(raw).encode())
        if not leaves and fmt == "binary":
            self._add(prefix, f"{kind} (binary)", [])
        for path, values in leaves.items():
            full = ".".join(p for p in (prefix, path) if p)
            self._add(full, f"{kind} ({fmt})" if fmt != "text" else kind, values)

    def _skip(self, size: int) -> bool:
        if size > self.limit:
            self.too_big += 1
            self.largest = max(self.largest, size)
            return True
        return False

    def _memory(self, key: str) -> int | None:
        import redis

        try:
            return int(self.client.memory_usage(key) or 0)
        except redis.ResponseError:  # not known to the server, or not granted: no size
            return None

    def _string(self, key: str) -> None:
        if self._skip(int(self.client.strlen(key))):
            return
        raw = self.client.get(key)
        if raw is not None:
            self._value(raw, "string")

    def _hash(self, key: str) -> None:
        count = int(self.client.hlen(key))
        names = (
            self.client.hkeys(key)
            if count <= HKEYS_AT_MOST
            else self.client.hrandfield(key, ELEMENTS)
        )
        names = sorted(names)[: ELEMENTS * 5]
        pipe = self.client.pipeline(transaction=False)
        for n in names:
            pipe.hstrlen(key, n)
        wanted, total = [], 0
        for n, size in zip(names, pipe.execute(raise_on_error=True), strict=True):
            if self._skip(int(size)):  # named, for the classifiers, but never read
                self._add(_field_name(n), "hash (not read: too large)", [])
                continue
            total += int(size)
            if total > self.limit:  # at most max_value_bytes read of one key
                break
            wanted.append(n)
        if not wanted:
            return
        for name, raw in zip(wanted, self.client.hmget(key, wanted), strict=True):
            field = _field_name(name)
            if raw is not None:
                self._value(raw, "hash", field)

    def _bounded_collection(self, key: str) -> bool:
        """A collection is read only when MEMORY USAGE shows it within the limit (it has no
        per-element size command); without MEMORY USAGE it is counted as not read."""
        size = self._memory(key)
        if size is None:
            self.unsized += 1
            return False
        return not self._skip(size)

    def _list(self, key: str) -> None:
        if self._bounded_collection(key):
            for raw in self.client.lrange(key, 0, ELEMENTS - 1):
                self._value(raw, "list", "[]")

    def _set(self, key: str) -> None:
        if self._bounded_collection(key):
            _cursor, members = self.client.sscan(key, 0, count=ELEMENTS)
            for raw in sorted(members)[:ELEMENTS]:
                self._value(raw, "set", "[]")

    def _zset(self, key: str) -> None:
        if self._bounded_collection(key):
            for raw in self.client.zrange(key, 0, ELEMENTS - 1):
                self._value(raw, "zset", "[]")

    def _stream(self, key: str) -> None:
        if self._bounded_collection(key):
            for _id, entry in self.client.xrange(key, "-", "+", count=ELEMENTS):
                for name, raw in sorted(entry.items()):
                    self._value(raw, "stream", _field_name(name))


def _field_name(name: Any) -> str:
    from .paths import sampled_segment

    return sampled_segment(name)


def _fixed_head(match: str) -> str:
    """The part of a SCAN MATCH pattern before its first wildcard: a namespace, kept as is.

    >>> _fixed_head("shop:prod:*"), _fixed_head("*")
    ('shop:prod:', '')
    """
    for i, c in enumerate(match):
        if c in "*?[\\":
            return match[:i]
    return match


def _field_text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _text(value: Any) -> Any:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, dict):
        return {_text(k): _text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_text(v) for v in value]
    return value


def _url_password(dsn: str) -> str | None:
    password = urlsplit(dsn).password
    return unquote(password) if password else None


def _with_facts(system: Any, facts: list[Fact]) -> Any:
    import dataclasses

    return dataclasses.replace(system, facts=tuple(sorted(facts, key=lambda f: f.name)))


__all__ = ["RedisConfig", "RedisConnector"]
