"""Held-out set psicocentro: the database of a web application with which a psychological centre
("centro psicológico") in Peru runs its practice: its psychologists and their patients,
appointments, courses of care ("atenciones") with their sessions, clinical notes and ICD-10
diagnoses, couple, family and group therapy, the patients' guardians, emotional check-ins between
sessions with alert rules, homework, session packages, advance payments, patients' accounts and
payments, workshops for institutions and the professionals' payroll. One developer (commit name
Josue; 47 commits from 16 April to 26 June 2026, UTC-5) wrote it in plain PHP 8 with PDO on
MySQL/MariaDB and a JavaScript single-page front end (its ``CLAUDE.md``: "Sistema de Gestión —
Centro Psicológico"); the money is in soles and the payment methods include Yape and Plin, Peru's
mobile wallets. Every table and column is named in Spanish (``personas``, ``pacientes``,
``apoderados``, ``atenciones``, ``motivo_consulta``, ``nota_clinica``, ``checkin_emocional``,
``como_te_sientes``, ``planillas``), and the enumerations too (``soltero``, ``conviviente``,
``primaria_incompleta``, ``tutor_legal``).

Every person is a row of ``personas`` (DNI, given names, surnames, date of birth, sex, phone,
e-mail, photo URL); a patient ("pacientes") adds education level, occupation, marital status, an
emergency contact and clinical background, a guardian ("apoderados") is linked to the minors in
their care with the relationship and whether they pay, a professional ("profesionales") adds a
licence number ("colegiatura"), a speciality, a biography and an hourly rate, and a user account
("usuarios") a bcrypt hash and a role. An appointment ("citas", with a history of its changes)
opens a course of care ("atenciones": the reason for consultation, general and behavioural
observations, relevant background, recommendations, the patient's education, occupation,
marital status and age at intake), whose sessions ("sesiones") carry a clinical note and
attached files; diagnoses ("diagnosticos_atencion") are ICD-10 codes ("cie10", a sample of the
catalogue's chapter V) with their certainty and a clinical remark; linked courses
("atenciones_vinculadas", "atencion_vinculo_detalle", "sesiones_grupo") hold couple, family and
group therapy with a systemic hypothesis and a shared note. Follow-up plans send emotional
check-ins ("checkin_emocional": how the patient feels, slept and how stressed they are, 0 to 10,
whether they did their homework, a note) that alert rules ("reglas_alerta", "alertas") watch;
homework ("tareas") records the patient's answer. The centre sells session packages and takes
advance payments, keeps each patient's accounts ("cuentas_cobro") and payments
("pagos_paciente", with a free-text name of an outside payer), runs workshops for institutions
and pays its professionals by payroll ("planillas", "planilla_conceptos", "pagos_personal").

Source: ``sql/centro_psicologico.sql`` at the head of the repository, the phpMyAdmin dump (MariaDB
11.8.2) of the database ``centro_psicologico``, generated on 19 May 2026 and last changed by the
commit of that day ("modificación de flujos y modals"); the migration scripts under
``sql/migrations/`` are not applied (two of them, of 21 and 23 May 2026, add a reminder flag to
``citas`` and a course of care to ``paciente_paquetes``). All 34 tables and all their rows are
loaded: 8 people (3 professionals and an administrator, each with a user account, and 4 patients),
16 ICD-10 codes, 3 packages, 4 services with 11 subservices; appointments, courses of care,
sessions, check-ins, accounts, payments and payroll are empty. The rows are the developer's demo
entries (the patients' education, occupation and marital status "no_especificado", three of the four
accounts with one password hash).

Translation, in this module, from MySQL to PostgreSQL: each ``CREATE TABLE`` is rewritten column by
column (``int(10) UNSIGNED``: ``bigint``, ``smallint(5) UNSIGNED``: ``integer``, ``tinyint``:
``smallint``, ``decimal``: ``numeric``, ``datetime`` and ``timestamp``: ``timestamp``, an ``enum`` a
``varchar`` as long as its longest value with a ``CHECK`` of its values, ``current_timestamp()`` as
``CURRENT_TIMESTAMP``, ``ON UPDATE`` dropped, the stored generated columns kept as PostgreSQL stored
generated columns, the column comments as ``COMMENT ON COLUMN`` with their line breaks and
indentation folded to single spaces); identifiers are lower-cased; from the dump's ``ALTER TABLE``
statements the primary and unique keys go into the table, the ``AUTO_INCREMENT`` keys become
identity columns and the foreign keys are added after the rows (plain indexes and a full-text index
of ``cie10`` left out). The dump's six views, the stand-in tables phpMyAdmin writes for them and its
four triggers (MySQL procedural code that keeps balances) are left out. Every row of every
``INSERT`` is kept, its string literals read as MySQL writes them. Anything else in a table
definition, an ``ALTER TABLE`` or a row stops the loader.

    >>> column_sql("  `dni` varchar(15) NOT NULL,")
    ('dni', 'dni varchar(15) NOT NULL')
    >>> column_sql("  `persona_id` int(10) UNSIGNED NOT NULL,")
    ('persona_id', 'persona_id bigint NOT NULL')
    >>> column_sql("  `sexo` enum('masculino','femenino') DEFAULT NULL,")
    ('sexo', "sexo varchar(9) DEFAULT NULL CHECK (sexo IN ('masculino', 'femenino'))")
    >>> column_sql("  `created_at` timestamp NULL DEFAULT current_timestamp() "
    ...            "ON UPDATE current_timestamp()")
    ('created_at', 'created_at timestamp NULL DEFAULT CURRENT_TIMESTAMP')
    >>> column_sql("  `neto` decimal(10,2) GENERATED ALWAYS AS (`bruto` - `descuentos`) STORED,")
    ('neto', 'neto numeric(10,2) GENERATED ALWAYS AS (bruto - descuentos) STORED')
    >>> line = "  `nivel` tinyint(3) UNSIGNED DEFAULT 1 COMMENT 'Escala\\\\r\\\\n   0-10',"
    >>> column_sql(line), comment_of(line)
    (('nivel', 'nivel smallint DEFAULT 1'), 'Escala 0-10')
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import (
    SourceError,
    mysql_alter_keys,
    mysql_tables_as_pg,
    pg_literal,
    text_of,
)

REPO = "xZhask/centro_psicologico"
COMMIT = "e1ae15b444aae876376d7836bb00a27951afbedf"
PATH = "sql/centro_psicologico.sql"
FILES = (
    f"{PATH} (the phpMyAdmin dump, MariaDB 11.8, 19 May 2026, of a Peruvian psychological "
    "centre's management application in plain PHP, named in Spanish: people with DNI, names, "
    "birth date, sex, phone, e-mail and photo; patients with education, occupation, marital "
    "status, emergency contact and background; guardians, psychologists with licence numbers, "
    "user accounts; appointments, courses of care with reasons for consultation, observations "
    "and recommendations, sessions with clinical notes and files, ICD-10 diagnoses, couple, "
    "family and group therapy, emotional check-ins and alerts, homework, packages, advance "
    "payments, accounts, payments, workshops, payroll; all 34 tables and all rows, views and "
    "triggers left out)"
)
LICENCE = "none stated (no licence file, no README; one developer's application)"
ENGINE = "postgresql"

#: the base tables of the dump
TABLES = (
    "adelanto_sesion",
    "adelantos_paciente",
    "alertas",
    "apoderado_paciente",
    "apoderados",
    "atencion_vinculo_detalle",
    "atenciones",
    "atenciones_vinculadas",
    "checkin_emocional",
    "cie10",
    "citas",
    "cuentas_cobro",
    "diagnosticos_atencion",
    "historial_citas",
    "paciente_paquetes",
    "pacientes",
    "pagos_paciente",
    "pagos_personal",
    "paquetes",
    "personas",
    "planes_seguimiento",
    "planilla_conceptos",
    "planillas",
    "profesionales",
    "reglas_alerta",
    "servicios",
    "sesion_archivos",
    "sesiones",
    "sesiones_grupo",
    "subservicios",
    "taller_fechas",
    "talleres_institucionales",
    "tareas",
    "usuarios",
)

_STRING = r"'(?:[^'\\]|\\.)*'"
_COLUMN = re.compile(
    r"  `(\w+)` (int\(10\) UNSIGNED|smallint\(5\) UNSIGNED|tinyint\(\d\)(?: UNSIGNED)?"
    r"|decimal\(\d+,\d+\)|varchar\(\d+\)|text|date|datetime|timestamp"
    rf"|enum\((?:{_STRING},?)+\))"
    r"(?: GENERATED ALWAYS AS \((.*)\) STORED)?"
    r"( NOT NULL| NULL)?"
    rf"(?: DEFAULT (NULL|current_timestamp\(\)|{_STRING}|-?\d+(?:\.\d+)?))?"
    r"(?: ON UPDATE current_timestamp\(\))?"
    rf"(?: COMMENT ({_STRING}))?,?"
)
_TYPES = {
    "int(10) UNSIGNED": "bigint",
    "smallint(5) UNSIGNED": "integer",
    "decimal": "numeric",
    "datetime": "timestamp",
}
_TABLE = re.compile(
    r"^CREATE TABLE `(\w+)` \(\n(  `.*?)\n\)(?: ENGINE=InnoDB DEFAULT CHARSET=utf8mb4)? ?;$",
    re.M | re.S,
)
_STAND_IN = re.compile(r"^CREATE TABLE `v_\w+` \(\n`\w+` [^\n]*\n(?:,`\w+` [^\n]*\n)*\);$", re.M)
_VIEW = re.compile(
    r"^DROP TABLE IF EXISTS `v_\w+`;\n+CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` "
    r"SQL SECURITY DEFINER VIEW `v_\w+`  AS SELECT [^\n]*;$",
    re.M,
)
_TRIGGER = re.compile(r"^DELIMITER \$\$\nCREATE TRIGGER `\w+` .*?\n\$\$\nDELIMITER ;$", re.M | re.S)
_INSERT = re.compile(r"^INSERT INTO `(\w+)` \(([^)]*)\) VALUES\n(.*?\));$", re.M | re.S)


def _unquote(literal: str) -> str:
    """A MySQL string literal's text (the escapes the dump writes read)."""
    escapes = {"n": "\n", "r": "\r", "t": "\t", "'": "'", "\\": "\\"}

    def unescape(m: re.Match[str]) -> str:
        if m.group(1) not in escapes:
            raise SourceError(f"an unexpected escape \\{m.group(1)} in {literal[:40]!r}")
        return escapes[m.group(1)]

    return re.sub(r"\\(.)", unescape, literal[1:-1])


def column_sql(line: str) -> tuple[str, str]:
    """One column line of the dump: its name and its PostgreSQL definition (without identity)."""
    m = _COLUMN.fullmatch(line)
    if m is None:
        raise SourceError(f"unknown column definition: {line.strip()[:60]!r}")
    name, kind, generated, null, default, _ = m.groups()
    name = name.lower()
    check = ""
    if kind.startswith("enum("):
        values = [_unquote(v) for v in re.findall(_STRING, kind[5:-1])]
        kind = f"varchar({max(len(v) for v in values)})"
        listed = ", ".join(pg_literal(v) for v in values)
        check = f" CHECK ({name} IN ({listed}))"
    elif kind.startswith("tinyint"):
        kind = "smallint"
    elif kind.startswith("decimal"):
        kind = "numeric" + kind[len("decimal") :]
    else:
        kind = _TYPES.get(kind, kind)
    definition = f"{name} {kind}"
    if generated is not None:
        if null or default or "'" in generated:
            raise SourceError(f"an unexpected generated column: {line.strip()[:60]!r}")
        definition += f" GENERATED ALWAYS AS ({generated.replace('`', '')}) STORED"
    definition += null or ""
    if default is not None:
        if default == "current_timestamp()":
            default = "CURRENT_TIMESTAMP"
        elif default.startswith("'"):
            default = pg_literal(_unquote(default))
        definition += f" DEFAULT {default}"
    return name, definition + check


def comment_of(line: str) -> str | None:
    """The comment of a column line, its line breaks and indentation folded to single spaces."""
    m = _COLUMN.fullmatch(line)
    if m is None or m.group(6) is None:
        return None
    return " ".join(_unquote(m.group(6)).split())


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the dump's tables as one PostgreSQL script."""
    text = text_of(read(PATH)).replace("\r\n", "\n")
    if "CREATE DATABASE" in text or re.search(r"^USE ", text, re.M):
        raise SourceError(f"{PATH} now names its own database")
    text, views = _VIEW.subn("", text)
    text, stand_ins = _STAND_IN.subn("", text)
    text, triggers = _TRIGGER.subn("", text)
    if (views, stand_ins, triggers) != (6, 6, 4):
        raise SourceError(f"{PATH}: {views} views, {stand_ins} stand-ins, {triggers} triggers")
    if re.search(r"CREATE (?:\w+ )*(?:TRIGGER|PROCEDURE|FUNCTION|VIEW|EVENT)", text):
        raise SourceError(f"{PATH} now has other routines or views")
    if text.count("CREATE TABLE") != len(TABLES):
        raise SourceError(f"{PATH}: {text.count('CREATE TABLE')} CREATE TABLE statements")
    fulltext = "ALTER TABLE `cie10` ADD FULLTEXT KEY `ft_cie10_descripcion` "
    if text.count(fulltext) != 1:
        raise SourceError(f"{PATH}: not the one full-text index of cie10")
    text = re.sub(
        rf"^{re.escape(fulltext)}\(`descripcion`,`descripcion_corta`\);$", "", text, flags=re.M
    )
    keys, serial, foreign = mysql_alter_keys(text, PATH)
    columns, out = mysql_tables_as_pg(text, PATH, _TABLE, _INSERT, column_sql, keys, serial)
    if sorted(columns) != sorted(TABLES):
        raise SourceError(f"{PATH}: tables {sorted(columns)}, not {TABLES}")
    notes = []
    for m in _TABLE.finditer(text):
        for line in m.group(2).split("\n"):
            if (note := comment_of(line)) is not None:
                name = column_sql(line)[0]
                notes.append(
                    f"COMMENT ON COLUMN {m.group(1).lower()}.{name} IS {pg_literal(note)};"
                )
    return "\n".join(out + foreign + notes) + "\n"
