"""Held-out set semprovas: a fictitious detective agency's clients, detectives and cases, a
Portuguese university group's MySQL project.

"Agência Sem-Provas" is the database of a fictitious detective agency ("uma agência de detetives
fictícia", README.md) designed by a group of students (group 47) for the Bases de Dados course of
2023/24 at the Universidade do Minho, Portugal, and put on GitHub in one commit in March 2025:
requirements, a conceptual model in brModelo, a logical model and a MySQL database, all in
European Portuguese. ``mySQL/tabelas.sql`` creates seven tables; one script per table fills it:
clients (``cliente``, 6: NIF, the Portuguese taxpayer number, as the key; name; postcode, town,
street and door number; birth date, marital status, mobile number, e-mail, age), cases (``caso``,
6: number, description, cost, start and end dates, state, area, the client's NIF), departments
(``departamento``, 4: specialisation, mobile number, e-mail), detectives (``detetive``, 6:
employee number, name, rating, salary, postcode, town, street, door number, mobile number,
e-mail, department), the detectives on a case (``caso_detetive``, 3: case, detective, start and
end dates), procedures (``procedimento``, 6: cost and description of a kind of work, such as
surveillance) and the procedures a detective carried out on a case with their total cost
(``procedimento_caso_detetive``, 12).

Loaded into PostgreSQL: the seven ``CREATE TABLE`` statements of ``tabelas.sql`` written again by
hand (names unquoted, so in lower case as PostgreSQL folds them: ``NIF`` as ``nif``, ``eMail`` as
``email``; ``DOUBLE`` as ``DOUBLE PRECISION``; every other type, ``NULL``/``NOT NULL``, primary
and foreign key as written), checked against the file's column names; the rows are the INSERTs of
the seven table scripts, read with ``sqlsource``, every value as written (the scripts quote the
numbers and dates too, and PostgreSQL reads them into the declared types). Each table script
starts with a ``SELECT *`` of its table, which is left out; ``cliente.sql`` and
``procedimento.sql`` end with a ``DELETE`` of the rows just inserted, which is left out too: the
group refilled those two tables from ``povoamento/cliente.csv`` and ``procedimento.csv`` with a
Python script (the same procedures; the same clients but for five of their six postcodes and
their e-mail addresses), and the set keeps the SQL scripts' rows. Left out: ``criarUser.sql``
(MySQL accounts and grants), ``view.sql`` (three views) and ``queries.sql`` (no data).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import (
    SourceError,
    Tables,
    Value,
    columns_of,
    create_tables,
    first_word,
    oracle_statements,
    parse_insert,
    pg_literal,
    rows_by_table,
    table_inserts,
    text_of,
)

REPO = "filipasilva30/Agencia-Sem-Provas"
COMMIT = "0d1c4a0c394128330ae7334c7b628420a19416ea"
FILES = (
    "mySQL/tabelas.sql (the seven tables' MySQL DDL, translated by hand) and mySQL/cliente.sql, "
    "caso.sql, departamento.sql, detetive.sql, caso_detetive.sql, procedimento.sql and "
    "procedimento_caso_detetive.sql (all their rows)"
)
LICENCE = "none stated (the repository has no licence file; a university course project)"
ENGINE = "postgresql"

_DDL = "mySQL/tabelas.sql"

_TABLES: Tables = {
    "cliente": [
        "nif INT NOT NULL",
        "nome VARCHAR(100) NOT NULL",
        "codigo_postal VARCHAR(10) NOT NULL",
        "localidade VARCHAR(100) NOT NULL",
        "rua VARCHAR(100) NOT NULL",
        "numero_porta INT NOT NULL",
        "data_nascimento DATE NOT NULL",
        "estado_civil VARCHAR(15) NULL",
        "telemovel INT NOT NULL",
        "email VARCHAR(100) NOT NULL",
        "idade INT NOT NULL",
        "PRIMARY KEY (nif)",
    ],
    "caso": [
        "numero INT NOT NULL",
        "descricao TEXT NOT NULL",
        "custo DOUBLE PRECISION NOT NULL",
        "data_inicio DATE NOT NULL",
        "data_fim DATE NULL",
        "estado VARCHAR(10) NOT NULL",
        "area VARCHAR(50) NOT NULL",
        "cliente INT NOT NULL",
        "PRIMARY KEY (numero)",
        "FOREIGN KEY (cliente) REFERENCES cliente (nif)",
    ],
    "departamento": [
        "id INT NOT NULL",
        "especializacao VARCHAR(50) NOT NULL",
        "telemovel INT NOT NULL",
        "email VARCHAR(100) NOT NULL",
        "PRIMARY KEY (id)",
    ],
    "detetive": [
        "numero_mecanografico INT NOT NULL",
        "nome VARCHAR(100) NOT NULL",
        "classificacao DOUBLE PRECISION NOT NULL",
        "salario DOUBLE PRECISION NOT NULL",
        "codigo_postal VARCHAR(10) NOT NULL",
        "localidade VARCHAR(100) NOT NULL",
        "rua VARCHAR(100) NOT NULL",
        "numero_porta INT NOT NULL",
        "telemovel INT NOT NULL",
        "email VARCHAR(100) NOT NULL",
        "departamento INT NOT NULL",
        "PRIMARY KEY (numero_mecanografico)",
        "FOREIGN KEY (departamento) REFERENCES departamento (id)",
    ],
    "caso_detetive": [
        "caso INT NOT NULL",
        "detetive INT NOT NULL",
        "data_inicio DATE NOT NULL",
        "data_fim DATE NOT NULL",
        "PRIMARY KEY (caso, detetive)",
        "FOREIGN KEY (caso) REFERENCES caso (numero)",
        "FOREIGN KEY (detetive) REFERENCES detetive (numero_mecanografico)",
    ],
    "procedimento": [
        "id INT NOT NULL",
        "custo DOUBLE PRECISION NOT NULL",
        "descricao TEXT NOT NULL",
        "PRIMARY KEY (id)",
    ],
    "procedimento_caso_detetive": [
        "custo_total DOUBLE PRECISION NOT NULL",
        "caso INT NOT NULL",
        "procedimento INT NOT NULL",
        "detetive INT NOT NULL",
        "PRIMARY KEY (caso, procedimento, detetive)",
        "FOREIGN KEY (caso) REFERENCES caso (numero)",
        "FOREIGN KEY (procedimento) REFERENCES procedimento (id)",
        "FOREIGN KEY (detetive) REFERENCES detetive (numero_mecanografico)",
    ],
}

#: the statements each table script holds besides its one INSERT, in order
_OTHERS = {
    "cliente": ["select", "insert", "delete"],
    "procedimento": ["select", "insert", "delete"],
}

_EXPECTED = {
    "cliente": 6,
    "caso": 6,
    "departamento": 4,
    "detetive": 6,
    "caso_detetive": 3,
    "procedimento": 6,
    "procedimento_caso_detetive": 12,
}

_CREATE = re.compile(r"CREATE TABLE (\w+) \((.*?)\n\);", re.S)


def _check_ddl(text: str) -> None:
    """The tables and column names of ``tabelas.sql`` are the ones written here."""
    found: dict[str, list[str]] = {}
    for m in _CREATE.finditer(text):
        cols = []
        for line in m.group(2).splitlines():
            word = line.strip().split(" ")[0].lower()
            if word and word not in ("primary", "foreign"):
                cols.append(word)
        found[m.group(1).lower()] = cols
    wanted = {t: columns_of(_TABLES, t) for t in _TABLES}
    if found != wanted:
        raise SourceError(f"{_DDL} changed: {found}")


def _literal(table: str, column: str, value: Value) -> str:
    return pg_literal(value)


def script(read: Callable[[str], bytes]) -> str:
    """The agency's seven tables (translated DDL) and all their rows, for PostgreSQL."""
    _check_ddl(text_of(read(_DDL)))
    inserts = []
    for table in _TABLES:
        path = f"mySQL/{table}.sql"
        statements = oracle_statements(text_of(read(path)))
        kinds = [first_word(s) for s in statements]
        if kinds != _OTHERS.get(table, ["select", "insert"]):
            raise SourceError(f"{path} changed: {kinds}")
        ins = parse_insert(statements[1])
        if ins.table != table:
            raise SourceError(f"{path} inserts into {ins.table}")
        inserts.append(ins)
    rows = rows_by_table(inserts, _TABLES)
    counts = {t: len(r) for t, r in rows.items()}
    if counts != _EXPECTED:
        raise SourceError(f"the table scripts changed: {counts}")
    return "\n".join([create_tables(_TABLES), *table_inserts(_TABLES, rows, _literal)])
