"""FEDERATED (and MariaDB FederatedX) tables: local tables whose rows live on another server.

The connection string is in the table definition (``SHOW CREATE TABLE``) or, for
``CONNECTION='server/table'``, in ``mysql.servers``. A stored password is never kept: the string
is parsed at once and only the fact that one is there survives. The engine has no TLS option, so
rows travel in plain text unless the remote is on loopback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lineage.core.model import Control, Status
from lineage.core.transport import is_loopback

from .base import Link

#: ``Password <> ''`` is asked of the server so the password itself is never fetched.
SERVERS = """
SELECT Server_name, Host, Db, Port, Socket, Password <> ''
FROM mysql.servers WHERE Server_name IN %(names)s
"""

_CONNECTION = re.compile(r"\bCONNECTION\s*=\s*'((?:[^'\\]|\\.|'')*)'", re.I)


@dataclass(frozen=True)
class Federated:
    """Where a FEDERATED table's rows live; ``server`` is set for ``CONNECTION='server/table'``
    (host and database then come from mysql.servers)."""

    table: str
    server: str = ""
    host: str = ""
    port: int | None = None
    database: str = ""
    has_password: bool = False


def parse_connection(create_table: str) -> Federated | None:
    """The remote of a FEDERATED table from its ``SHOW CREATE TABLE`` text, without the password.

    >>> parse_connection("CREATE TABLE t (id int) ENGINE=FEDERATED "
    ...                  "CONNECTION='mysql://app:pw@crm.internal:3307/crm/customer'")
    Federated(table='customer', server='', host='crm.internal', port=3307, database='crm', \
has_password=True)
    >>> parse_connection("... CONNECTION='crm_srv/orders'").server
    'crm_srv'
    """
    match = _CONNECTION.search(create_table)
    if match is None:
        return None
    text = match.group(1).replace("''", "'").replace("\\'", "'")
    _, sep, rest = text.partition("://")
    if not sep:
        server, _, table = text.partition("/")
        return Federated(table=table, server=server)
    userinfo, at, location = rest.rpartition("@")
    has_password = bool(at) and ":" in userinfo and bool(userinfo.split(":", 1)[1])
    hostport, _, path = location.partition("/")
    database, _, table = path.partition("/")
    host, _, port = hostport.partition(":")
    return Federated(
        table=table,
        host=host,
        port=int(port) if port.isdigit() else None,
        database=database,
        has_password=has_password,
    )


def federated_link(
    local: str, columns: tuple[str, ...], remote: Federated, server_row: tuple | None
) -> Link:
    """The ``in`` link of one FEDERATED table; ``server_row`` is its mysql.servers row
    (name, host, db, port, socket, has_password), None when it was not read."""
    where = f"FEDERATED table {local}"
    evidence = []
    host, port, database, has_password = remote.host, remote.port, remote.database, False
    if remote.server:
        source = f"server {remote.server} (mysql.servers)"
        if server_row is not None:
            _, host, database, port, socket, has_password = server_row
            host = host or ("localhost" if socket else "")
            port = int(port) if port else None
            has_password = bool(has_password)
        table = remote.table or local.split(".", 1)[1]
    else:
        source = "its CONNECTION string (SHOW CREATE TABLE)"
        has_password = remote.has_password
        table = remote.table
    remote_dataset = f"{database}.{table}" if database else table
    at = f"{host}:{port}" if host and port else host or "an unread host"
    evidence.append(f"{where} reads {remote_dataset} on {at} through {source}")
    if not host:
        transit = Control(
            Status.UNKNOWN,
            (f"{where}: FEDERATED has no TLS option, and the host of {source} was not read",),
        )
    elif is_loopback(host):
        transit = Control(Status.OK, (f"{where}: {host} stays on loopback",))
    else:
        transit = Control(
            Status.GAP,
            (f"{where}: FEDERATED has no TLS option: rows from {host} travel in plain text",),
        )
    if has_password:
        evidence.append(
            f"a password is stored in plain text in the table definition of {local}; readable "
            "by anyone with SHOW CREATE TABLE"
            if not remote.server
            else f"a password is stored in plain text in mysql.servers for server "
            f"{remote.server}; readable by anyone with SELECT on mysql.servers"
        )
    return Link(
        kind="federated",
        name=remote.server or local,
        direction="in",
        local_dataset=local,
        remote_dataset=remote_dataset,
        host=host,
        port=port,
        database=database,
        transit=transit,
        auth="static_credential" if has_password else "unknown",
        fields=columns,
        evidence=tuple(evidence),
    )
