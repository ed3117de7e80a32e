"""Held-out set incapacidades: a Colombian employer's sick-leave (incapacidad) database.

"Sistema de Gestión de Incapacidades" (disability_system_backend) is a Go web service (Gin,
GORM, JWT, S3 uploads; hexagonal architecture) with which a company's human-resources staff
record the medical incapacity certificates of its employees (sick notes for common illness,
work accidents and occupational disease, traffic accidents, maternity and paternity leave),
have them transcribed at the health insurer (EPS) or occupational-risk insurer (ARL), collect
the supporting documents, and follow up the insurers' reimbursements. It was written in May 2026
(Spanish names and comments throughout).

The repository keeps its PostgreSQL schema and data as golang-migrate migrations in
``migrations/``: the schema (``000001``), the reference rows (``000002``: permissions, roles,
document types and states, insurer types, reception and service channels, payment types and
states, report periods, incapacity states and types, and the insurers: EPS, ARL, AFP with their
deadlines), later changes of the schema (``000003`` to ``000010``: foreign keys, transcription
columns, ``origen`` and ``codigo`` filled by ``UPDATE``, an audit table), and the MVP's dummy
rows (``000011``): users (administrative staff and employees, with name, e-mail, identity
document number and a bcrypt hash), their incapacities (dates relative to ``CURRENT_DATE``,
origin, remarks, title), two payments, four follow-ups of collection, and two audit entries.
The role-specific tables (``empleado``, ``gerencia``, ``gestion_humana``), documents, history
and notifications have no rows.

Translation: none beyond order; the eleven ``.up.sql`` files are joined in version order, as
``migrate up`` applies them, each file ended by ``;`` (two end without a newline). Dates of the
dummy rows follow ``CURRENT_DATE`` of the load, as in the source.
"""

from __future__ import annotations

from collections.abc import Callable

REPO = "PinchaoRamiroA/disability_system_backend"
COMMIT = "79b8a75efa9e43e3d5d8fc514f26915ea614c3a3"
FILES = (
    "migrations/000001_init_schema.up.sql to migrations/000011_dummy_data.up.sql (the eleven"
    " golang-migrate up migrations of the Go service: schema, reference rows, schema changes,"
    " audit table and the MVP's dummy users, incapacities, payments, follow-ups and audit rows)"
)
LICENCE = (
    "MIT (LICENSE of the repository, whose text is golang-migrate's MIT licence, copyright"
    " Matthias Kadenbach and Dale Hui, copied unchanged)"
)
ENGINE = "postgresql"

_FILES = (
    "migrations/000001_init_schema.up.sql",
    "migrations/000002_seed_data.up.sql",
    "migrations/000003_change_fk_to_usuario.up.sql",
    "migrations/000004_add_transcripcion_fields.up.sql",
    "migrations/000005_add_updated_at_seguimiento.up.sql",
    "migrations/000006_add_id_tipo_historial.up.sql",
    "migrations/000007_add_origen_to_tipo_incapacidad.up.sql",
    "migrations/000008_add_codigo_to_tipo_documento.up.sql",
    "migrations/000009_add_updated_at_historial.up.sql",
    "migrations/000010_create_auditoria_table.up.sql",
    "migrations/000011_dummy_data.up.sql",
)

_TABLES = 24


def script(read: Callable[[str], bytes]) -> str:
    """The up migrations in version order, one script."""
    parts = [f"-- {path}\n{read(path).decode('utf-8')}\n;\n" for path in _FILES]
    body = "\n".join(parts)
    created = body.upper().count("CREATE TABLE")
    if created != _TABLES:
        raise ValueError(f"expected {_TABLES} CREATE TABLE statements, found {created}")
    return body
