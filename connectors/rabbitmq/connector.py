"""``connector: rabbitmq``: a message broker as a store (its queues) and a channel of flows
(publishers to consumers through exchanges), from the management API, AMQP or a definitions
export (docs/rabbitmq.md)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar
from urllib.parse import urlsplit

from lineage.core.errors import ConnectorError
from lineage.core.model import Control, Fact, ScanIssue, Status
from lineage.core.transport import transport_status

from ..base import Connector, ConnectorResult, Progress, ScanConfig
from .build import DEFAULT_USER, Builder
from .config import RabbitConfig, check_config, credentials, resolve
from .topology import Topology


class RabbitMQConnector(Connector):
    """Scan a RabbitMQ broker: ``url`` (management API), ``amqp_url`` or ``definitions``."""

    name: ClassVar[str] = "rabbitmq"
    config_model: ClassVar[type[ScanConfig]] = RabbitConfig
    config: RabbitConfig

    @classmethod
    def check(cls, system_id: str, config: ScanConfig, base_dir: Path) -> None:
        assert isinstance(config, RabbitConfig)
        check_config(system_id, config, base_dir)

    def _base_dir(self) -> Path:
        return self.estate.base_dir if self.estate else Path()

    def scan(self, progress: Progress | None = None) -> ConnectorResult:
        cfg = self.config
        base = self._base_dir()
        top, transit = self._topology(base)
        if progress:
            progress(0, 1, "queues")
        systems = self.estate.config.systems if self.estate else {}
        declared = [(f.source, f.target) for f in self.estate.config.flows] if self.estate else []
        built = Builder(self.system_id, cfg, base, systems, declared).build(top)
        facts = [Fact(n, v, e) for n, v, e in top.facts] + built.facts
        facts.append(Fact("source", top.source, "what the scan read"))
        facts.append(Fact("queues", str(len(built.datasets)), top.source))
        user = cfg.user or DEFAULT_USER
        if user == DEFAULT_USER and not top.source.startswith("definitions"):
            facts.append(
                Fact(
                    "amqp.default_credentials",
                    "accepted",
                    f"the scan itself logged in as {DEFAULT_USER} ({top.source})",
                )
            )
        if cfg.url:
            host = urlsplit(cfg.url)
            facts.append(Fact("host", host.hostname or "", "the management URL"))
        system = cfg.system(
            self.system_id,
            self.name,
            facts=tuple(sorted(facts, key=lambda f: (f.name, f.value, f.evidence))),
            transit=transit,
            at_rest=Control(
                Status.UNKNOWN,
                (
                    "RabbitMQ writes persistent messages to its data folder as they are; "
                    "encryption at rest depends on the disk, which the scan cannot see",
                ),
            ),
        )
        if progress:
            progress(1, 1, "")
        return ConnectorResult(
            system=system,
            datasets=built.datasets,
            fields=built.fields,
            samples=built.samples,
            issues=top.issues + built.issues,
            flows=built.flows,
            systems=built.systems,
        )

    def _topology(self, base: Path) -> tuple[Topology, Control]:
        """What the management API shows, else AMQP passively, else the definitions export."""
        cfg = self.config
        sid = self.system_id
        if cfg.url:
            from .api import ApiError, Management
            from .reader import read_broker

            user, password = credentials(sid, cfg, base)
            api = Management(cfg.url, user, password, float(cfg.statement_timeout))
            try:
                top = read_broker(sid, api, cfg)
                return top, transport_status(cfg.url, f"systems.{sid}.url")
            except ApiError as exc:
                if not exc.down:
                    hint = f"; {self._rights_hint()}" if exc.status in (401, 403) else ""
                    raise ConnectorError(f"{sid}: {exc.reason}{hint}.") from None
                down = exc.reason
            finally:
                api.close()
            fallback = self._fallback(base, down)
            if fallback is None:
                raise ConnectorError(
                    f"{sid}: the management API does not answer ({down}); enable it "
                    "(rabbitmq-plugins enable rabbitmq_management), or give amqp_url and the "
                    f"queues to check, or a definitions export (docs/rabbitmq.md)."
                )
            return fallback
        fallback = self._fallback(base, "")
        assert fallback is not None
        return fallback

    def _rights_hint(self) -> str:
        return (
            "give the scan user the 'monitoring' tag and read permission on the vhosts "
            "(docs/rabbitmq.md)"
        )

    def _fallback(self, base: Path, why: str) -> tuple[Topology, Control] | None:
        cfg, sid = self.config, self.system_id
        if cfg.amqp_url and cfg.queues:
            from .amqp import NOT_SEEN, read_passive

            user, password = credentials(sid, cfg, base)
            top = read_passive(
                sid, cfg.amqp_url, user, password, sorted(cfg.queues), float(cfg.connect_timeout)
            )
            because = f"the management API does not answer ({why}); " if why else ""
            top.issues.insert(
                0,
                ScanIssue(
                    sid,
                    "partial",
                    f"{because}{len(top.queues)} queue(s) named in the estate were checked "
                    f"passively over AMQP; {NOT_SEEN}",
                ),
            )
            return top, transport_status(cfg.amqp_url, f"systems.{sid}.amqp_url")
        if cfg.definitions:
            from .definitions import read_definitions

            top = read_definitions(sid, resolve(base, cfg.definitions))
            if why:
                top.issues.insert(
                    0,
                    ScanIssue(
                        sid,
                        "partial",
                        f"the management API does not answer ({why}); read the definitions "
                        "export instead: connections and consumers not seen",
                    ),
                )
            where = f"systems.{sid}.amqp_url" if cfg.amqp_url else f"systems.{sid}.definitions"
            transit = (
                transport_status(cfg.amqp_url, where)
                if cfg.amqp_url
                else Control(
                    Status.UNKNOWN,
                    (f"{where}: an export says nothing of the broker's connections",),
                )
            )
            return top, transit
        return None
