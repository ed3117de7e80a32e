"""Held-out set icarwash: the database of ICarWash, a Java web application (servlets and JSP on
MySQL) for an on-demand car wash that two Brazilian developers wrote in 2017: customers register
(name, phone, birth date, CPF) with a login (e-mail and a SHA-1 password), keep named addresses
(CEP, state, city, neighbourhood, street, number), and request a wash of a car model at one of
their addresses; a washer (``lavador``: contract date, name, phone, birth date, CPF, a busy
flag) is assigned, the request moves through its states and the customer rates the washer's
punctuality, service, attendance and speed. The catalogues are the services with their prices,
the products each service uses, and car makes and models with their size. Every table and column
is named in Portuguese (``cliente.dt_nascimento``, ``cpf``, ``endereco.cep``, ``bairro``,
``lavador.dt_contrato``, ``usuario.senha``, ``avaliacao.nota_pontualidade``,
``solicitacao.valor_total``), an original Brazilian schema.

The repository keeps several exports of the database beside the Java sources; this set is the
mysqldump of 23 November 2017 (``icarwash2017-11-23.sql``, MySQL 5.7), the export with the most
people (the later export of 3 December 2017 has fewer customers and no requests). All 12 tables
and all their rows are loaded: customers and washers with their logins (``usuario``), addresses,
wash requests with their services, ratings, services, products, car makes and models.

Translation, in this module: none beyond lower-casing the backtick-quoted identifiers (``ID``,
``CPF``, ``CEP``). The dump names its database only in a comment (``single_dump`` checks that it
neither creates nor uses one) and runs as written in MariaDB: mysqldump's session settings
(foreign-key checks off, ``NO_AUTO_VALUE_ON_ZERO``), ``DROP TABLE IF EXISTS``, the tables with
their keys and foreign keys, ``LOCK TABLES`` and one multi-row INSERT a table.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lowered_dump

REPO = "rrezenes/ICarWash"
COMMIT = "afa553cc5ecbdd141798ae3efaf97381f2002df9"
FILES = (
    "src/java/br/icarwash/util/icarwash2017-11-23.sql (the mysqldump, MySQL 5.7, 23 November "
    "2017, of the database of ICarWash, a Brazilian Java web application for an "
    "on-demand car wash, tables and columns named in Portuguese: customers with phone, birth "
    "date and CPF, washers with contract date, phone, birth date and CPF, their logins with "
    "e-mail and SHA-1 password, named addresses with CEP, wash requests, their services and "
    "ratings, the service and product catalogues, car makes and models; all 12 tables and all "
    "rows)"
)
LICENCE = "Apache-2.0 (the repository's LICENSE file)"
ENGINE = "mysql"

PATH = "src/java/br/icarwash/util/icarwash2017-11-23.sql"
TABLES = [
    "avaliacao",
    "cliente",
    "endereco",
    "lavador",
    "marca",
    "modelo",
    "produto",
    "servico",
    "servico_produtos",
    "solicitacao",
    "solicitacao_servico",
    "usuario",
]


def script(read: Callable[[str], bytes]) -> str:
    """The dump as written, identifiers lower-cased; its table list is checked."""
    return lowered_dump(read, PATH, TABLES)
