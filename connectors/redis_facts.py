"""What a Redis server says about itself, as facts and controls: TLS, ACL users and whether the
default user is open, persistence (RDB, AOF) for the at-rest status, keyspace size, and each
dataset's TTLs as retention evidence. Never a password or its hash: ACL LIST's hashes are only
compared with those of well-known default passwords."""

from __future__ import annotations

import hashlib
import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from lineage.core.model import Control, Fact, Status

#: Passwords shipped in examples and images (redis.conf's ``foobared`` and the like): a user
#: whose hash is one of theirs has a default password.
WELL_KNOWN_PASSWORDS = ("foobared", "redis", "password", "changeme", "admin", "123456", "secret")
_WELL_KNOWN_HASHES = frozenset(hashlib.sha256(p.encode()).hexdigest() for p in WELL_KNOWN_PASSWORDS)

#: Reads a server command; raises ``Refused`` with the reason when the server refuses it.
Ask = Callable[..., Any]


class Refused(Exception):
    """A command the server refused: ``missing`` True when it does not know the command (a
    managed service renames CONFIG; a fake server lacks INFO), False when the scan user may not
    run it (NOPERM)."""

    def __init__(self, reason: str, missing: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.missing = missing


@dataclass
class ServerFacts:
    facts: list[Fact] = field(default_factory=list)
    transit: Control = field(default_factory=Control)
    at_rest: Control = field(default_factory=Control)
    #: What the scan user was refused, for ``partial`` issues (the rights to grant).
    refused: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class AclUser:
    name: str
    on: bool
    nopass: bool
    well_known_password: bool


def parse_acl(lines: Sequence[str]) -> list[AclUser]:
    """ACL LIST's lines, without the password hashes.

    >>> parse_acl(["user default on nopass ~* &* +@all", "user app off #abc ~cart:* +get"])
    [AclUser(name='default', on=True, nopass=True, well_known_password=False), \
AclUser(name='app', on=False, nopass=False, well_known_password=False)]
    """
    users = []
    for line in lines:
        words = line.split()
        if len(words) < 2 or words[0] != "user":
            continue
        hashes = {w[1:] for w in words[2:] if w.startswith("#")}
        users.append(
            AclUser(
                words[1],
                "on" in words[2:],
                "nopass" in words[2:],
                bool(hashes & _WELL_KNOWN_HASHES),
            )
        )
    return users


def read_server(ask: Ask, tls: bool, password_given: bool) -> ServerFacts:
    """The server's facts; each read that is refused leaves its control ``unknown`` with the
    reason, and a refusal for want of a right is listed in ``refused``."""
    found = ServerFacts()

    refused: dict[str, tuple[list[str], str]] = {}

    def read(what: str, *command: str) -> Any:
        try:
            return ask(*command)
        except Refused as exc:
            if not exc.missing:  # one issue a command, naming what it would have read
                name = " ".join(command[:2]) if command[0] in ("CONFIG", "ACL") else command[0]
                refused.setdefault(name, ([], exc.reason))[0].append(what)
            return exc

    info: dict[str, Any] = {}
    for section in ("server", "persistence", "keyspace", "memory"):
        answer = read(section, "INFO", section)
        if isinstance(answer, dict):
            info.update(answer)
    if "redis_version" in info:
        found.facts.append(Fact("server_version", f"Redis {info['redis_version']}", "INFO server"))
    if "used_memory_human" in info:
        found.facts.append(Fact("used_memory", str(info["used_memory_human"]), "INFO memory"))
    dbs = sorted(k for k in info if k.startswith("db") and k[2:].isdigit())
    if dbs:
        found.facts.append(
            Fact(
                "keyspace.databases",
                ", ".join(f"{db}: {info[db].get('keys', 0)} keys" for db in dbs),
                "INFO keyspace",
            )
        )
    config: dict[str, Any] = {}
    for name in ("tls-port", "save", "appendonly"):  # by name: "*" would fetch requirepass too
        answer = read(name, "CONFIG", "GET", name)
        if isinstance(answer, dict):
            config.update(answer)
    found.transit = _transit(tls, config, "CONFIG GET" if config else "")
    found.facts.extend(_tls_facts(tls, config))
    found.at_rest = _persistence(config, info, found.facts)
    _acl(read, password_given, found)
    found.refused = [
        f"{name} refused ({', '.join(whats)} not read): {reason}"
        for name, (whats, reason) in refused.items()
    ]
    return found


def _transit(tls: bool, config: dict[str, Any], source: str) -> Control:
    if tls:
        return Control(Status.OK, ("the scanner's connection uses TLS (rediss://)",))
    port = str(config.get("tls-port", "")) if source else ""
    if port and port != "0":
        return Control(
            Status.UNKNOWN,
            (
                f"CONFIG GET tls-port: the server offers TLS on port {port}, but this scan "
                "connected in plain text (redis://); which clients use TLS is not visible",
            ),
        )
    if port == "0":
        return Control(
            Status.GAP,
            (
                "CONFIG GET tls-port is 0: the server offers no TLS; every client connects in "
                "plain text",
            ),
        )
    return Control(
        Status.GAP,
        (
            "the scanner's connection is plain text (redis://); the server's TLS settings "
            "could not be read (CONFIG GET)",
        ),
    )


def _tls_facts(tls: bool, config: dict[str, Any]) -> list[Fact]:
    facts = [Fact("tls", "on" if tls else "off", "the DSN's scheme (rediss:// is TLS)")]
    if "tls-port" in config:
        facts.append(Fact("tls_port", str(config["tls-port"]), "CONFIG GET tls-port"))
    return facts


def _persistence(config: dict[str, Any], info: dict[str, Any], facts: list[Fact]) -> Control:
    """RDB and AOF: when neither is on, Redis writes no file holding the data; when one is,
    its files are as plain as the data (Redis encrypts nothing) and only volume encryption,
    which piimap cannot see, would protect them."""
    if "save" in config or "appendonly" in config:
        rdb = str(config.get("save", "")).strip()
        aof = str(config.get("appendonly", "no"))
        where = "CONFIG GET save, appendonly"
    elif "aof_enabled" in info:
        rdb = "unknown" if "rdb_last_save_time" in info else ""
        aof = "yes" if str(info["aof_enabled"]) == "1" else "no"
        where = "INFO persistence"
    else:
        return Control(
            Status.UNKNOWN,
            ("the persistence settings could not be read (CONFIG GET and INFO persistence)",),
        )
    facts.append(Fact("persistence.rdb", rdb or "off", where))
    facts.append(Fact("persistence.aof", "on" if aof == "yes" else "off", where))
    if not rdb and aof != "yes":
        return Control(
            Status.OK,
            (
                f"{where}: RDB snapshots and the AOF are off; Redis writes no file holding the "
                "data, which lives in memory only",
            ),
        )
    on = " and ".join(
        x for x, y in (("RDB snapshots (save " + rdb + ")", rdb), ("the AOF", aof == "yes")) if y
    )
    return Control(
        Status.UNKNOWN,
        (
            f"{where}: {on} write the data to disk unencrypted (Redis has no encryption of its "
            "own); volume encryption, if any, is not visible to piimap",
        ),
    )


def _acl(read: Callable[..., Any], password_given: bool, found: ServerFacts) -> None:
    whoami = read("the scan user", "ACL", "WHOAMI")
    if isinstance(whoami, str):
        found.facts.append(Fact("scan_user", whoami, "ACL WHOAMI"))
    listed = read("the users", "ACL", "LIST")
    if isinstance(listed, list):
        users = parse_acl([str(x) for x in listed])
        found.facts.append(
            Fact("acl.users", ", ".join(sorted(u.name for u in users)), "ACL LIST (names only)")
        )
        nopass = sorted(u.name for u in users if u.on and u.nopass)
        if nopass:
            found.facts.append(Fact("acl.nopass_users", ", ".join(nopass), "ACL LIST"))
        default = next((u for u in users if u.name == "default"), None)
        if default:
            state = (
                "off"
                if not default.on
                else "on, nopass"
                if default.nopass
                else "on, well-known password"
                if default.well_known_password
                else "on, password set"
            )
            found.facts.append(Fact("acl.default_user", state, "ACL LIST"))
        return
    if whoami == "default" and not password_given:
        found.facts.append(
            Fact(
                "acl.default_user",
                "on, nopass",
                "the scan logged in as user default without a password (ACL WHOAMI)",
            )
        )


def ttl_facts(dataset: str, pttls: Sequence[int], keys: int | None = None) -> list[Fact]:
    """The share of a dataset's keys without expiry and the median and longest TTL of the
    others (rounded up, :func:`iso_rounded`), from PTTL of the keys seen (or of ``pttls``, a
    share of the ``keys`` seen).

    >>> [f.value for f in ttl_facts("session:<id>", [-1, 3_599_000, 7_200_000, -1])]
    ['2/4', 'PT2H', 'PT2H']
    """
    seen = [t for t in pttls if t != -2]  # -2: the key expired between SCAN and PTTL
    if not seen:
        return []
    without = sum(1 for t in seen if t == -1)
    where = (
        f"PTTL of {len(pttls)} of the {keys} keys seen, spread over them"
        if keys and keys > len(pttls)
        else f"PTTL of the {len(seen)} keys seen"
    )
    facts = [Fact(f"ttl.{dataset}.no_expiry", f"{without}/{len(seen)}", where)]
    expiring = [t for t in seen if t >= 0]
    if expiring:
        median = statistics.median(expiring)
        facts.append(Fact(f"ttl.{dataset}.median", iso_rounded(median), where))
        facts.append(Fact(f"ttl.{dataset}.max", iso_rounded(max(expiring)), where))
    return facts


def iso_rounded(ms: float) -> str:
    """Milliseconds as an ISO 8601 duration rounded up: to the minute below an hour, to the
    hour below a day, to the day above (a TTL counts down; two scans a moment apart, or a
    quarter apart, should agree on what it is).

    >>> iso_rounded(90_061_000), iso_rounded(7_199_000), iso_rounded(1), iso_rounded(0)
    ('P2D', 'PT2H', 'PT1M', 'PT0M')
    """
    minutes = math.ceil(ms / 60_000)
    if minutes <= 60:
        return f"PT{minutes}M" if minutes < 60 else "PT1H"
    hours = math.ceil(minutes / 60)
    if hours < 24:
        return f"PT{hours}H"
    return f"P{math.ceil(hours / 24)}D"
