"""PostgreSQL's own links to other databases: logical replication and postgres_fdw/mysql_fdw.

Everything comes from the catalog; nothing here connects anywhere. A password in a subscription's
connection string or a user mapping is never kept: the queries ask the server whether one is
stored, and a parsed connection string keeps only host, port, database and sslmode.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lineage.core.model import Control, Status
from lineage.core.transport import is_loopback

from .base import Link

#: The columns of a published table only when the publication lists them (prattrs).
PUBLICATIONS = """
SELECT p.pubname, pt.schemaname, pt.tablename, {columns}, p.pubinsert, p.pubupdate, p.pubdelete
FROM pg_publication p
JOIN pg_publication_tables pt ON pt.pubname = p.pubname
LEFT JOIN pg_namespace n ON n.nspname = pt.schemaname
LEFT JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = pt.tablename
LEFT JOIN pg_publication_rel pr ON pr.prpubid = p.oid AND pr.prrelid = c.oid
ORDER BY 1, 2, 3
"""
PUBLICATION_COLUMNS_15 = "CASE WHEN pr.prattrs IS NOT NULL THEN pt.attnames END, pt.rowfilter"
PUBLICATION_COLUMNS_OLD = "NULL::name[], NULL::text"

#: Subscribers connected now through a pgoutput slot of this database.
SUBSCRIBERS = """
SELECT s.slot_name, r.application_name, host(r.client_addr), l.ssl, l.version
FROM pg_replication_slots s
JOIN pg_stat_replication r ON r.pid = s.active_pid
LEFT JOIN pg_stat_ssl l ON l.pid = r.pid
WHERE s.slot_type = 'logical' AND s.plugin = 'pgoutput' AND s.database = current_database()
ORDER BY 1
"""

#: ``{conninfo}`` is ``s.subconninfo`` only when the role may read it (else the query would fail).
SUBSCRIPTIONS = """
SELECT s.subname, s.subenabled, s.subpublications, {conninfo},
       array(SELECT n.nspname || '.' || c.relname FROM pg_subscription_rel r
             JOIN pg_class c ON c.oid = r.srrelid
             JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE r.srsubid = s.oid ORDER BY 1)
FROM pg_subscription s
WHERE s.subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())
ORDER BY 1
"""

FOREIGN_TABLES = """
SELECT n.nspname, c.relname, s.srvname, h.proname, coalesce(s.srvoptions, '{{}}'),
       coalesce(ft.ftoptions, '{{}}'),
       array(SELECT a.attname FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)
FROM pg_foreign_table ft
JOIN pg_class c ON c.oid = ft.ftrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_foreign_server s ON s.oid = ft.ftserver
JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw
LEFT JOIN pg_proc h ON h.oid = w.fdwhandler
WHERE h.proname IN ('postgres_fdw_handler', 'mysql_fdw_handler') AND {schemas}
ORDER BY 1, 2
"""

#: Whether each mapping stores a password, asked of the server: ``umoptions`` is never fetched.
USER_MAPPINGS = """
SELECT m.srvname, m.usename, m.umoptions IS NULL,
       coalesce((SELECT bool_or(o LIKE 'password=%%') FROM unnest(m.umoptions) o), false)
FROM pg_user_mappings m
ORDER BY 1, 2
"""

_SERVER_KEYS = ("host", "hostaddr", "port", "dbname", "sslmode")


@dataclass(frozen=True)
class Remote:
    """The remote side of a connection string, without credentials."""

    host: str
    port: int | None
    database: str
    sslmode: str
    has_password: bool = False


def parse_conninfo(conninfo: str) -> Remote | None:
    """Host, port, database and sslmode of a libpq connection string (None when it does not
    parse); only the presence of a password is kept.

    >>> r = parse_conninfo("host=replica.internal port=5433 dbname=shop password=x sslmode=require")
    >>> r.host, r.port, r.database, r.sslmode, r.has_password
    ('replica.internal', 5433, 'shop', 'require', True)
    """
    from psycopg.conninfo import conninfo_to_dict

    try:
        params = conninfo_to_dict(conninfo)
    except Exception:  # the driver's message quotes the string, password included
        return None
    return Remote(
        host=str(params.get("host") or params.get("hostaddr") or "").split(",")[0],
        port=_port(str(params.get("port", "")).split(",")[0]),
        database=str(params.get("dbname", "")),
        sslmode=str(params.get("sslmode", "")),
        has_password=bool(params.get("password")),
    )


def libpq_transit(host: str, sslmode: str, where: str) -> Control:
    """Transit of a libpq connection (subscription, postgres_fdw server) from its sslmode."""
    mode = sslmode or "prefer"
    if mode in ("verify-full", "verify-ca"):
        return Control(
            Status.OK, (f"{where}: sslmode={mode}: TLS with the server certificate verified",)
        )
    if mode == "require":
        return Control(
            Status.OK, (f"{where}: sslmode=require: TLS (the server certificate is not verified)",)
        )
    if not host or host.startswith("/"):
        return Control(
            Status.OK, (f"{where}: no host: a Unix socket on the same machine (sslmode={mode})",)
        )
    if is_loopback(host):
        return Control(Status.OK, (f"{where}: {host} stays on loopback (sslmode={mode})",))
    if mode in ("disable", "allow"):
        plain = "is plain text" if mode == "disable" else "tries plain text first"
        return Control(Status.GAP, (f"{where}: sslmode={mode}: the connection to {host} {plain}",))
    given = "sslmode=prefer" if sslmode else "no sslmode: libpq's default prefer"
    return Control(
        Status.UNKNOWN,
        (f"{where}: {given} falls back to plain text when {host} offers no TLS",),
    )


def publication_links(
    rows: Sequence[Sequence[Any]], subscribers: Sequence[Sequence[Any]], ssl: str | None
) -> list[Link]:
    """One ``out`` link per published table (and per connected subscriber when it is certain
    which publication it reads: the publisher is not told which publications a slot streams)."""
    pubs = sorted({r[0] for r in rows})
    who = [_subscriber(s) for s in subscribers]
    links = []
    for pub, schema, table, columns, rowfilter, ins, upd, dele in rows:
        dataset = f"{schema}.{table}"
        ops = ", ".join(op for op, on in (("insert", ins), ("update", upd), ("delete", dele)) if on)
        what = f"columns {', '.join(columns)}" if columns else "all columns"
        if rowfilter:
            what += f", rows where {rowfilter}"
        evidence = [
            f"publication {pub} publishes {dataset} ({what}; {ops}) (pg_publication_tables)"
        ]
        targets: list[tuple[str, Control, str]] = []
        if who and len(pubs) == 1:
            targets = who
        else:
            if who:
                evidence.append(
                    "connected subscribers ("
                    + ", ".join(w[2] for w in who)
                    + ") cannot be told apart by publication on the publisher"
                )
            targets = [("", _no_subscriber(pub, ssl), "")]
        for host, transit, note in targets:
            links.append(
                Link(
                    kind="replication",
                    name=pub,
                    direction="out",
                    local_dataset=dataset,
                    remote_dataset=dataset,
                    host=host,
                    port=None,
                    database="",
                    transit=transit,
                    fields=tuple(columns or ()),
                    evidence=tuple(evidence + ([note] if note else [])),
                )
            )
    return links


def _subscriber(row: Sequence[Any]) -> tuple[str, Control, str]:
    slot, app, addr, ssl, version = row
    where = f"subscriber {app or slot}"
    note = (
        f"{where} at {addr or 'an unseen address'} streams through slot {slot} "
        "(pg_stat_replication)"
    )
    if ssl:
        transit = Control(Status.OK, (f"{where}: connected with {version} (pg_stat_ssl)",))
    elif addr and is_loopback(addr):
        transit = Control(Status.OK, (f"{where}: {addr} stays on loopback",))
    elif addr:
        transit = Control(Status.GAP, (f"{where} at {addr}: connected without TLS (pg_stat_ssl)",))
    else:
        transit = Control(
            Status.UNKNOWN,
            (
                f"{where}: its address and TLS state are not visible (a Unix socket, or the scan "
                "role lacks pg_read_all_stats)",
            ),
        )
    return addr or "", transit, note


def _no_subscriber(pub: str, ssl: str | None) -> Control:
    if ssl == "off":
        return Control(
            Status.GAP,
            (
                f"publication {pub}: the server has ssl=off, so subscribers from other hosts "
                "receive it in plain text (pg_settings)",
            ),
        )
    state = f"ssl={ssl}" if ssl else "ssl is not visible"
    return Control(
        Status.UNKNOWN,
        (
            f"publication {pub}: no subscriber is connected now ({state}); the subscriber's "
            "sslmode and pg_hba.conf decide whether it uses TLS",
        ),
    )


def subscription_links(rows: Sequence[Sequence[Any]], conninfo_readable: bool) -> list[Link]:
    """``in`` links of this database's subscriptions: one per table pg_subscription_rel lists,
    or one per publication (with no local table) while it lists none."""
    links = []
    for name, enabled, publications, conninfo, tables in rows:
        where = f"subscription {name}"
        remote = parse_conninfo(conninfo) if conninfo else None
        evidence = []
        if remote is not None:
            at = f"{remote.host or 'a Unix socket'}" + (f":{remote.port}" if remote.port else "")
            at += f"/{remote.database}" if remote.database else ""
            evidence.append(
                f"{where} receives {', '.join(publications)} from {at} (pg_subscription)"
            )
            transit = libpq_transit(remote.host, remote.sslmode, where)
        elif conninfo:
            evidence.append(f"{where}: its connection string does not parse (pg_subscription)")
            transit = Control(Status.UNKNOWN, (f"{where}: the connection string does not parse",))
        else:
            why = "not readable by the scan role" if not conninfo_readable else "empty"
            evidence.append(
                f"{where} receives {', '.join(publications)}; its publisher is "
                f"unknown (pg_subscription.subconninfo is {why})"
            )
            transit = Control(Status.UNKNOWN, (f"{where}: subconninfo is {why}",))
        auth = "unknown"
        if remote is not None and remote.has_password:
            auth = "static_credential"
            evidence.append(
                f"{where}: a password is stored in plain text in its connection string "
                "(pg_subscription.subconninfo, readable by superusers and pg_read_all_data)"
            )
        if not enabled:
            evidence.append(
                f"{where} is disabled (subenabled=false): no rows arrive until it is enabled"
            )
        if tables:
            if len(publications) > 1:
                evidence.append(
                    "pg_subscription_rel does not say which of its publications carries each table"
                )
            items = [(",".join(publications), t) for t in tables]
        else:
            items = [(p, "") for p in publications]
        for pub, table in items:
            links.append(
                Link(
                    kind="replication",
                    name=pub,
                    direction="in",
                    local_dataset=table,
                    remote_dataset=table,
                    host=remote.host if remote else "",
                    port=remote.port if remote else None,
                    database=remote.database if remote else "",
                    transit=transit,
                    auth=auth,
                    evidence=tuple(
                        evidence + ([f"pg_subscription_rel lists {table}"] if table else [])
                    ),
                )
            )
    return links


def fdw_links(tables: Sequence[Sequence[Any]], mappings: Sequence[Sequence[Any]]) -> list[Link]:
    """``in`` links of postgres_fdw and mysql_fdw foreign tables, with the auth their server's
    user mappings imply."""
    by_server: dict[str, list[tuple[str, bool, bool]]] = defaultdict(list)
    for server, user, hidden, password in mappings:
        by_server[server].append((user, hidden, password))
    links = []
    for schema, table, server, handler, srvoptions, ftoptions, columns in tables:
        srv, ft = _options(srvoptions), _options(ftoptions)
        wrapper = "mysql_fdw" if handler.startswith("mysql") else "postgres_fdw"
        host = (srv.get("host") or srv.get("hostaddr") or "").split(",")[0]
        port = _port(srv.get("port", "").split(",")[0])
        if wrapper == "postgres_fdw":
            database = srv.get("dbname", "")
            remote = f"{ft.get('schema_name', schema)}.{ft.get('table_name', table)}"
        else:
            database = ft.get("dbname", "")
            remote = f"{database}.{ft.get('table_name', table)}"
        local = f"{schema}.{table}"
        where = f"foreign server {server}"
        said = ", ".join(f"{k} {srv[k]}" for k in _SERVER_KEYS if srv.get(k))
        evidence = [
            f"foreign table {local} reads {remote} through {where} ({wrapper}"
            f"{', ' + said if said else ''}) (pg_foreign_table, pg_foreign_server)"
        ]
        if wrapper == "postgres_fdw":
            transit = libpq_transit(host, srv.get("sslmode", ""), where)
        else:
            transit = _mysql_fdw_transit(host, srv, where)
        auth, auth_evidence = _mapping_auth(server, by_server.get(server, []))
        links.append(
            Link(
                kind="fdw",
                name=server,
                direction="in",
                local_dataset=local,
                remote_dataset=remote,
                host=host,
                port=port,
                database=database,
                transit=transit,
                auth=auth,
                fields=tuple(columns),
                evidence=tuple(evidence + auth_evidence),
            )
        )
    return links


def _mapping_auth(server: str, mappings: list[tuple[str, bool, bool]]) -> tuple[str, list[str]]:
    if not mappings:
        return "unknown", [f"foreign server {server} has no user mapping (pg_user_mappings)"]
    stored = [u for u, _, p in mappings if p]
    hidden = [u for u, h, _ in mappings if h]
    if stored:
        return "static_credential", [
            f"the user mapping for {', '.join(stored)} on {server} stores a password in plain "
            "text (pg_user_mappings)"
        ]
    if hidden:
        return "unknown", [
            f"the user mapping for {', '.join(hidden)} on {server} is hidden from the scan role "
            "(pg_user_mappings shows options to the server owner and superusers only)"
        ]
    return "unknown", [
        f"the user mappings on {server} store no password (pg_user_mappings): .pgpass, a "
        "certificate or trust authenticates"
    ]


def _mysql_fdw_transit(host: str, srv: dict[str, str], where: str) -> Control:
    if not host or is_loopback(host):
        return Control(Status.OK, (f"{where}: {host or 'no host'} stays on this machine",))
    tls = sorted(k for k in srv if k.startswith("ssl_"))
    said = f"TLS options {', '.join(tls)} are set" if tls else "no ssl_* option is set"
    return Control(
        Status.UNKNOWN,
        (f"{where}: mysql_fdw to {host}: {said}; whether TLS is required is not visible",),
    )


def _options(options: Sequence[str]) -> dict[str, str]:
    """``{key=value}`` option arrays as a dict, without any password."""
    out = {}
    for option in options:
        key, _, value = option.partition("=")
        if key != "password":
            out[key] = value
    return out


def _port(text: str) -> int | None:
    return int(text) if text.isdigit() else None
