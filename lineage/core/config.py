"""The estate config (estate.yaml): systems, flows, integration configs and policy.

Loaded with :func:`load_estate`, validated with pydantic: each system against the config model of
its connector, found by its ``connector:`` name among the registered connectors
(:data:`lineage.core.plugins.CONNECTORS`). ``${VAR}`` is replaced by the environment variable VAR
(``$${`` writes a literal ``${``). Secrets must come from the environment or files: a literal
password in a DSN or an auth block is refused.

>>> cfg = parse_estate({"systems": {"shop": {"connector": "sqlite", "path": "shop.db"}}}, "e.yaml")
>>> cfg.systems["shop"].sample_size
100
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, ClassVar, get_args
from urllib.parse import quote

import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from .errors import ConfigError
from .ids import SEP, system_of
from .model import Boundary, System
from .plugins import CONNECTORS

#: ``${NAME}``, ``$${`` (a literal ``${``), and a ``${`` that is neither (an error, not kept).
_ENV_REF = re.compile(r"\$\$\{|\$\{(?:([A-Za-z_][A-Za-z0-9_]*)\})?")
_ISO_DURATION = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$")
_DSN_USERINFO = re.compile(
    r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)(?P<user>[^:/@?#]*):(?P<pw>[^@/?#]*)@"
)
_DSN_QUERY_SECRET = re.compile(r"[?&](password|passwd|pwd|sslpassword)=(?P<pw>[^&]*)", re.I)
_SECRET_KEY = re.compile(r"password|passwd|secret|token|session|private_key|api_key|apikey", re.I)
_SAFE_SECRET_KEY = re.compile(r"(_file|_env|_path)$", re.I)

LEGAL_BASES = (
    "consent",
    "contract",
    "legal_obligation",
    "vital_interests",
    "public_task",
    "legitimate_interests",
)
_KNOWN_AUTH = (
    "oauth_jwt",
    "oauth_client_credentials",
    "oauth",
    "api_key",
    "basic",
    "mtls",
    "static_credential",
    "none",
    "unknown",
)


def _one_of(value: str | None, known: tuple[str, ...], what: str) -> str | None:
    """``value`` when it is one of ``known`` (or None); else a ValueError with a suggestion."""
    if value is not None and value not in known:
        close = difflib.get_close_matches(value, known, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else f"; one of {', '.join(known)}"
        raise ValueError(f"unknown {what} {value!r}{hint}")
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @field_validator("*", mode="before")
    @classmethod
    def _no_boolean_numbers(cls, value: Any, info: ValidationInfo) -> Any:
        """A number key given ``true``/``false``: pydantic would take it as 1 or 0."""
        if isinstance(value, bool) and info.field_name is not None:
            annotation = cls.model_fields[info.field_name].annotation
            kinds = set(get_args(annotation)) or {annotation}
            if kinds & {int, float} and bool not in kinds:
                raise ValueError(
                    f"expected a number, got {str(value).lower()}; write the number itself"
                )
        return value


class Retention(_Strict):
    """Declared retention: an ISO 8601 duration per dataset, with a default."""

    default: str | None = None
    tables: dict[str, str] = Field(default_factory=dict)

    @field_validator("default")
    @classmethod
    def _default_is_duration(cls, value: str | None) -> str | None:
        return value if value is None else _duration(value)

    @field_validator("tables")
    @classmethod
    def _tables_are_durations(cls, value: dict[str, str]) -> dict[str, str]:
        return {k: _duration(v) for k, v in value.items()}

    def for_dataset(self, name: str) -> str | None:
        """The policy for ``schema.table`` or ``table``; the default otherwise."""
        short = name.rsplit(".", 1)[-1]
        return self.tables.get(name) or self.tables.get(short) or self.default


def _duration(value: str) -> str:
    if not _ISO_DURATION.match(value):
        raise ValueError(f"expected an ISO 8601 duration such as P3Y or P90D, got {value!r}")
    return value


class Transport(_Strict):
    url: str | None = None
    auth: str | None = None

    @field_validator("auth")
    @classmethod
    def _known_auth(cls, value: str | None) -> str | None:
        return _one_of(value, _KNOWN_AUTH, "auth")

    @field_validator("url")
    @classmethod
    def _no_credentials(cls, value: str | None) -> str | None:
        # The URL is evidence and is quoted in outputs; a user or password in it would be too
        # (and an unencoded '@' in a password would pass a piece of it off as the host).
        if value and "://" in value and "@" in value.split("://", 1)[1].split("/", 1)[0]:
            raise ValueError(
                "holds a user or password; give the endpoint without credentials "
                "(the URL is quoted as evidence)"
            )
        return value


class SystemConfig(_Strict):
    """What every system says of itself: a connector to scan, or a declared third party
    (``kind: third_party``). Each connector validates its systems with its own subclass
    (``Connector.config_model``), which adds the keys it reads (``dsn``, ``auth``...)."""

    connector: str | None = None
    kind: str | None = None
    name: str | None = None
    owner: str | None = None
    region: str | None = None
    vendor: str | None = None
    boundary: Boundary | None = None
    retention: Retention | None = None
    #: Whose personal data it holds (GDPR Art. 30(1)(c)): customers, employees, prospects...
    data_subjects: list[str] = Field(default_factory=list)
    #: Safeguards of a transfer outside the EEA (Art. 30(1)(e)): "SCCs", "adequacy (US DPF)"...
    transfer_safeguards: str | None = None

    #: The trust boundary of a scanned system whose config gives none.
    default_boundary: ClassVar[Boundary] = Boundary.INTERNAL

    def system(self, system_id: str, kind: str, **observed: Any) -> System:
        """The model's System with what the config says of it, plus what a scan ``observed``."""
        default = Boundary.THIRD_PARTY if self.kind == "third_party" else self.default_boundary
        return System(
            id=system_id,
            kind=kind,
            name=self.name or self.vendor or system_id,
            owner=self.owner or "",
            region=self.region or "",
            boundary=self.boundary or default,
            vendor=self.vendor or "",
            data_subjects=tuple(self.data_subjects),
            transfer_safeguards=self.transfer_safeguards or "",
            **observed,
        )

    @model_validator(mode="after")
    def _connector_or_declared(self) -> SystemConfig:
        if self.connector is None and self.kind is None:
            raise ValueError("expected 'connector' (a system to scan) or 'kind: third_party'")
        if self.kind is not None and self.kind != "third_party":
            raise ValueError(f"kind must be 'third_party', got {self.kind!r}")
        if self.connector is not None and self.kind is not None:
            raise ValueError(
                "a system has either 'connector' (a system to scan) or 'kind: third_party' "
                "(a declared third party), not both; remove one"
            )
        return self


def system_model(raw: Any) -> type[SystemConfig]:
    """The model a system's mapping is validated against: its connector's, else the base.

    Raises ConfigError (UnknownNameError with "did you mean") when the connector is unknown.

    >>> system_model({"connector": "postgres"}).__name__, system_model({"kind": "third_party"})
    ('DatabaseConfig', <class 'lineage.core.config.SystemConfig'>)
    """
    name = raw.get("connector") if isinstance(raw, Mapping) else None
    if not isinstance(name, str):
        return SystemConfig
    model: type[SystemConfig] = CONNECTORS.get(name).config_model
    return model


def _systems(value: Any) -> Any:
    """Each system validated against its connector's model; errors keep their key paths."""
    if not isinstance(value, Mapping):
        return value
    out: dict[Any, Any] = {}
    errors: list[Any] = []
    for sid, raw in value.items():
        if isinstance(raw, SystemConfig):
            out[sid] = raw
            continue
        try:
            out[sid] = system_model(raw).model_validate(raw)
        except ConfigError as exc:  # an unknown connector, said at its key
            name, problem = raw.get("connector"), ValueError(str(exc))
            errors.append(
                {
                    "type": "value_error",
                    "loc": (sid, "connector"),
                    "input": name,
                    "ctx": {"error": problem},
                }
            )
        except ValidationError as exc:
            errors += [{**e, "loc": (sid, *e["loc"])} for e in exc.errors(include_url=False)]
    if errors:
        raise ValidationError.from_exception_data("systems", errors)
    return out


class FlowConfig(_Strict):
    """A flow declared in the config: a SQL job (``sql``: a .sql file or a folder of them, read
    with sqlglot for column lineage) or what SQL cannot show (integration platforms, SaaS syncs).
    """

    name: str
    source: str = Field(alias="from")
    target: str = Field(alias="to")
    sql: str | None = None
    #: sqlglot dialect of the SQL job; defaults to the source system's database.
    dialect: str | None = None
    transport: Transport | None = None
    schedule: str | None = None
    fields: list[str] = Field(default_factory=list)
    entities: list[str] = Field(default_factory=list)
    purpose: str | None = None
    #: GDPR Art. 6 legal basis: consent, contract, legal_obligation, vital_interests,
    #: public_task, legitimate_interests.
    legal_basis: str | None = None

    @field_validator("source", "target")
    @classmethod
    def _an_end(cls, value: str) -> str:
        parts = value.split(SEP)
        if len(parts) > 3 or not all(parts):
            problem = f"{len(parts)} parts" if len(parts) > 3 else "an empty part"
            raise ValueError(
                f"{value!r} has {problem}; write system, system/dataset or system/dataset/field"
            )
        return value

    @field_validator("legal_basis")
    @classmethod
    def _known_basis(cls, value: str | None) -> str | None:
        return _one_of(value, LEGAL_BASES, "legal basis")


class ClassificationConfig(_Strict):
    """How fields are classified (docs/classification.md)."""

    #: Presidio ad-hoc recognizer YAML files, relative to the estate file.
    recognizers: list[str] = Field(default_factory=list)
    #: overrides.yaml: accept, reject or relabel fields, with a reason.
    overrides: str | None = None
    #: A spaCy model the user installed (e.g. en_core_web_sm); enables NER for names and places.
    spacy_model: str | None = None
    #: Phone number regions tried on sampled values (ISO 3166 alpha-2): the estate's markets.
    phone_regions: list[str] = Field(default_factory=lambda: ["US", "GB", "DE", "FR", "CA", "AU"])
    #: Lowest confidence reported.
    threshold: float = Field(default=0.5, gt=0, le=1)
    #: Worker processes for value classification (0: one per core, 1: none).
    processes: int = Field(default=0, ge=0, le=64)


class OrganisationConfig(_Strict):
    """The controller named in the record of processing (GDPR Art. 30(1)(a))."""

    name: str | None = None
    contact: str | None = None
    representative: str | None = None
    dpo: str | None = None


class IntegrationConfigEntry(_Strict):
    """Integration config files (or a folder of them) and the system whose integrations they
    configure; endpoints found there become flows from that system."""

    path: str
    system: str | None = None


class AccessConfig(_Strict):
    """What the access review holds against the estate's accounts (docs/access.md)."""

    #: A privileged account whose last login is older than this many days is dormant.
    dormant_days: int = Field(default=90, ge=1, le=3650)
    #: Most active superusers or full admins one system may have.
    max_full_admins: int = Field(default=2, ge=0, le=1000)
    #: Account names (besides piimap's list: admin, root, test, shared...) that no one person
    #: owns; case-insensitive.
    generic_names: list[str] = Field(default_factory=list)
    #: Account names that are generic on purpose and reviewed (not reported).
    allowed_generic: list[str] = Field(default_factory=list)
    #: An API key or integration credential set longer ago than this many days is due for
    #: rotation.
    rotation_days: int = Field(default=365, ge=1, le=3650)


class EstateConfig(_Strict):
    systems: Annotated[dict[str, SystemConfig], BeforeValidator(_systems)] = Field(min_length=1)
    flows: list[FlowConfig] = Field(default_factory=list)
    integration_configs: list[str | IntegrationConfigEntry] = Field(default_factory=list)
    organisation: OrganisationConfig = Field(default_factory=OrganisationConfig)
    policy: str | None = None
    classification: ClassificationConfig = Field(default_factory=ClassificationConfig)
    access: AccessConfig = Field(default_factory=AccessConfig)

    @field_validator("systems")
    @classmethod
    def _ids_are_safe(cls, value: dict[str, SystemConfig]) -> dict[str, SystemConfig]:
        for sid in value:
            if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", sid):
                raise ValueError(f"system id {sid!r} may hold only letters, digits, '_', '.', '-'")
        return value

    @model_validator(mode="after")
    def _flows_name_systems(self) -> EstateConfig:
        seen: dict[str, int] = {}
        for i, flow in enumerate(self.flows):
            if flow.name in seen:
                raise ValueError(
                    f"flows.{i}.name: {flow.name!r} is already the name of flows.{seen[flow.name]}"
                    "; flow names must be unique (they are the flows' ids)"
                )
            seen[flow.name] = i
            for end, sid in (("from", flow.source), ("to", flow.target)):
                system = system_of(sid)
                if system not in self.systems:
                    close = difflib.get_close_matches(system, list(self.systems), n=1)
                    hint = f"; did you mean {close[0]!r}?" if close else ""
                    raise ValueError(f"flows.{i}.{end}: unknown system {system!r}{hint}")
        for i, entry in enumerate(self.integration_configs):
            owner = entry.system if isinstance(entry, IntegrationConfigEntry) else None
            if owner is not None and owner not in self.systems:
                close = difflib.get_close_matches(owner, list(self.systems), n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                raise ValueError(f"integration_configs.{i}.system: unknown system {owner!r}{hint}")
        return self

    def integration_entries(self) -> list[IntegrationConfigEntry]:
        """Every ``integration_configs`` item in its long form."""
        return [
            e if isinstance(e, IntegrationConfigEntry) else IntegrationConfigEntry(path=e)
            for e in self.integration_configs
        ]


@dataclass(frozen=True)
class Estate:
    """A loaded estate config with where it came from."""

    path: Path
    config: EstateConfig
    config_hash: str

    @property
    def base_dir(self) -> Path:
        return self.path.parent

    def resolve(self, relative: str) -> Path:
        """A path from the config, relative to the config file's folder."""
        p = Path(relative).expanduser()
        return p if p.is_absolute() else (self.base_dir / p)


class _DuplicateKey(Exception):
    def __init__(self, key: Any, line: int, column: int, first: int) -> None:
        super().__init__(key)
        self.key, self.line, self.column, self.first = key, line, column, first


class _UniqueKeyLoader(yaml.SafeLoader):
    """PyYAML's SafeLoader refusing a key repeated in one mapping (it would keep the last
    silently); keys that a ``<<`` merge brings in may be overridden, as YAML intends."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge" or not isinstance(
                key_node, yaml.ScalarNode
            ):
                continue
            key = self.construct_object(key_node)
            mark = key_node.start_mark
            if key in seen:
                raise _DuplicateKey(key, mark.line + 1, mark.column + 1, seen[key])
            seen[key] = mark.line + 1
        return super().construct_mapping(node, deep=deep)


def read_yaml(
    path: Path, what: str, hint: Callable[[str], str | None] | None = None
) -> tuple[Any, bytes]:
    """Parsed YAML and the file's bytes; errors name the file, line, column and the problem.

    ``hint`` gets the offending line and may return advice to append.
    """
    try:
        raw_bytes = path.read_bytes()
    except OSError as exc:
        raise ConfigError(
            f"{path}: cannot read the {what} ({exc.strerror}); give the path of the YAML file."
        ) from None
    try:
        return yaml.load(raw_bytes, Loader=_UniqueKeyLoader), raw_bytes
    except _DuplicateKey as exc:
        where = f":{exc.line}:{exc.column}"
        raise ConfigError(
            f"{path}{where}: duplicate key {exc.key!r} (first at line {exc.first}); YAML would "
            "keep only the last one: remove or merge one of them."
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context, start = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and start:
            problem += f" ({context.removeprefix('while ')} that starts at line {start.line + 1})"
        lines = raw_bytes.decode("utf-8", "replace").splitlines()
        if hint and mark and mark.line < len(lines) and (advice := hint(lines[mark.line])):
            problem += f"; {advice}"
        raise ConfigError(f"{path}{where}: malformed YAML: {problem}.") from None


def load_estate(path: str | os.PathLike[str], env: Mapping[str, str] | None = None) -> Estate:
    """Read, expand and validate an estate config file."""
    path = Path(path)
    raw, raw_bytes = read_yaml(path, "estate config")
    config = parse_estate(raw, str(path), env)
    _check_connectors(config, str(path))
    _check_flow_files(config, str(path))
    _check_classification_files(config, str(path))
    return Estate(
        path=path.resolve(), config=config, config_hash=hashlib.sha256(raw_bytes).hexdigest()
    )


def parse_estate(raw: Any, source: str, env: Mapping[str, str] | None = None) -> EstateConfig:
    """Validate already-parsed YAML; ``source`` names the file in error messages."""
    if not isinstance(raw, dict):
        raise ConfigError(f"{source}: expected a mapping with a 'systems' key at the top level.")
    _refuse_literal_secrets(raw, source)
    expanded = _expand(raw, os.environ if env is None else env, source, ())
    try:
        return EstateConfig.model_validate(expanded)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, source, expanded)) from None


def _check_connectors(config: EstateConfig, source: str) -> None:
    """What each connector checks of its systems before any scan (the DSN, the auth block, the
    files they name...), so that a mistake costs no scan time and writes nothing."""
    for sid, system in config.systems.items():
        if system.connector is not None:
            cls = CONNECTORS.get(system.connector, where=f"{source}: systems.{sid}.connector")
            try:
                cls.check(sid, system, Path(source).resolve().parent)
            except ConfigError as exc:  # connectors name the key; the file is named here
                raise ConfigError(f"{source}: {exc}") from None


def _check_flow_files(config: EstateConfig, source: str) -> None:
    """SQL job files, their dialects and integration config paths exist, before any scan."""
    base = Path(source).resolve().parent
    for i, flow in enumerate(config.flows):
        if flow.sql is not None and not (base / flow.sql).exists():
            raise ConfigError(
                f"{source}: flows.{i}.sql: {flow.sql} does not exist (relative to {base}); "
                "fix the path or remove the key."
            )
        if flow.dialect is not None:
            from sqlglot.dialects.dialect import Dialect  # only an estate naming a dialect

            try:
                Dialect.get_or_raise(flow.dialect)
            except ValueError as exc:
                raise ConfigError(f"{source}: flows.{i}.dialect: {exc}") from None
    for i, entry in enumerate(config.integration_entries()):
        if not (base / entry.path).exists():
            raise ConfigError(
                f"{source}: integration_configs.{i}: {entry.path} does not exist "
                f"(relative to {base}); fix the path or remove it."
            )


def _check_classification_files(config: EstateConfig, source: str) -> None:
    """The overrides file and the recognizer files exist, before any scan (what they hold is
    read by the classifiers, which :func:`lineage.pipeline.stages.check_estate` asks)."""
    base = Path(source).resolve().parent
    settings = config.classification
    named = [(f"recognizers.{i}", p) for i, p in enumerate(settings.recognizers)]
    if settings.overrides is not None:
        named.append(("overrides", settings.overrides))
    for key, name in named:
        path = Path(name).expanduser()
        path = path if path.is_absolute() else base / path
        if not name.strip() or not path.is_file():
            problem = "is a folder" if name.strip() and path.is_dir() else "does not exist"
            raise ConfigError(
                f"{source}: classification.{key}: {name!r} {problem} (relative to {base}); "
                "give the path of the file, or remove the key."
            )


def _describe(exc: ValidationError, source: str, raw: Mapping[str, Any]) -> str:
    """One line for pydantic's errors: the first, an unknown key before any other (a misspelt
    key is also why a required one is missing), said at its key path."""
    errors = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
    first = errors[0]
    loc = ".".join(str(p) for p in first["loc"])
    if first["type"] == "extra_forbidden":
        parent = _model_at(first["loc"][:-1], raw)
        known = list(parent.model_fields) if parent else []
        close = difflib.get_close_matches(str(first["loc"][-1]), known, n=1)
        connector = _connector_at(first["loc"][:-1], raw)
        if close:
            what = f"unknown key; did you mean {close[0]!r}?"
            meant = (*first["loc"][:-1], close[0])  # missing only because it is misspelt
            errors = [e for e in errors if not (e["type"] == "missing" and e["loc"] == meant)]
        elif connector:
            what = f"unknown key for connector {connector!r}"
        else:
            what = "unknown key" + (f"; known keys: {', '.join(known)}" if known else "")
    else:
        what = first["msg"].removeprefix("Value error, ")
        value = first.get("input")
        sensitive = any(_SECRET_KEY.search(str(p)) or p == "dsn" for p in first["loc"])
        if (
            isinstance(value, str | int | float)
            and not sensitive
            and len(str(value)) < 60
            and first["type"] not in ("value_error", "missing")
        ):
            what += f" (got {value!r})"
    more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
    return f"{source}: {loc}: {what}{more}" if loc else f"{source}: {what}{more}"


def _connector_at(loc: tuple[Any, ...], raw: Mapping[str, Any]) -> str | None:
    """The ``connector:`` of the system whose keys ``loc`` points at (``systems.ID``), if any."""
    if len(loc) != 2 or loc[0] != "systems":
        return None
    system = raw.get("systems", {}).get(loc[1])
    name = system.get("connector") if isinstance(system, Mapping) else None
    return name if isinstance(name, str) else None


def _model_at(loc: tuple[Any, ...], raw: Mapping[str, Any]) -> type[BaseModel] | None:
    """The pydantic model a location path points into, for "did you mean" on unknown keys."""
    model: type[BaseModel] = EstateConfig
    i = 0
    while i < len(loc):
        key = loc[i]
        if model is EstateConfig and key == "systems" and i + 1 < len(loc):
            try:
                model, i = system_model(raw["systems"][loc[i + 1]]), i + 2
            except (ConfigError, KeyError, TypeError):
                return None
        elif model is EstateConfig and key == "flows":
            model, i = FlowConfig, i + 2
        elif issubclass(model, SystemConfig) and key == "retention":
            model, i = Retention, i + 1
        elif model is FlowConfig and key == "transport":
            model, i = Transport, i + 1
        else:
            return None
    return model


def _expand(value: Any, env: Mapping[str, str], source: str, loc: tuple[str, ...]) -> Any:
    if isinstance(value, dict):
        return {k: _expand(v, env, source, (*loc, str(k))) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v, env, source, (*loc, str(i))) for i, v in enumerate(value)]
    if not isinstance(value, str):
        return value
    in_userinfo = _userinfo_span(value) if loc and loc[-1] == "dsn" else None

    def sub(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        var = match.group(1)
        if var is None:
            raise ConfigError(
                f"{source}: {'.'.join(loc)}: '${{' starts an environment variable reference "
                "that is not closed or not a valid name; write ${NAME}, or $${ for a literal ${."
            )
        if var not in env:
            raise ConfigError(
                f"{source}: {'.'.join(loc)}: environment variable {var} is not set; "
                f"export {var}=... before running piimap."
            )
        if in_userinfo and in_userinfo[0] <= match.start() < in_userinfo[1]:
            return quote(env[var], safe="")
        return env[var]

    return _ENV_REF.sub(sub, value)


def _userinfo_span(dsn: str) -> tuple[int, int] | None:
    m = _DSN_USERINFO.match(dsn)
    return (m.start("user"), m.end("pw")) if m else None


def _is_reference(text: str) -> bool:
    return bool(re.fullmatch(r"(\$\{[A-Za-z_][A-Za-z0-9_]*\})+", text))


def _refuse_literal_secrets(raw: dict[str, Any], source: str) -> None:
    systems = raw.get("systems")
    if not isinstance(systems, dict):
        return
    for sid, system in systems.items():
        if not isinstance(system, dict):
            continue
        dsn = system.get("dsn")
        if isinstance(dsn, str):
            secret = _DSN_USERINFO.match(dsn) or _DSN_QUERY_SECRET.search(dsn)
            if secret and secret.group("pw") and not _is_reference(secret.group("pw")):
                raise ConfigError(
                    f"{source}: systems.{sid}.dsn holds a literal password; put it in an "
                    f"environment variable and write it as ${{{_env_name(sid)}_PASSWORD}} in the "
                    f"DSN, use password_file:, or pass the whole DSN as ${{{_env_name(sid)}_DSN}}."
                )
        auth = system.get("auth")
        if isinstance(auth, dict):
            for key, value in auth.items():
                if (
                    _SECRET_KEY.search(str(key))
                    and not _SAFE_SECRET_KEY.search(str(key))
                    and isinstance(value, str)
                    and value
                    and not _is_reference(value)
                ):
                    raise ConfigError(
                        f"{source}: systems.{sid}.auth.{key} is a literal secret; put it in an "
                        f"environment variable and write ${{{_env_name(sid)}_{str(key).upper()}}}, "
                        f"or point {key}_file: at a file only the scanner can read."
                    )


def _env_name(system_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "_", system_id).upper()
