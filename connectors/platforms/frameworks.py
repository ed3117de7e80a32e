"""Shopware 6, Sylius, Saleor, Medusa and Spree/Solidus: extensions are plugins, apps,
payment gateways or providers, and their settings are JSON or YAML documents."""

from __future__ import annotations

import re

from . import Extension
from .source import Row, Source, text, truthy
from .values import structured

# --- Shopware 6 ------------------------------------------------------------------------------


def read_shopware(src: Source) -> None:
    """Plugins (``plugin``) and apps (``app``); settings from ``system_config``; webhook
    URLs of apps from ``webhook``."""
    report = src.report
    report.version_evidence = (
        "not recorded: Shopware keeps its release in composer.lock; the migration table names "
        "migration classes only"
    )
    plugins = src.select("plugin", ["name", "version", "active", "installed_at"], "", ["name"])
    apps = src.select("app", ["id", "name", "version", "active"], "", ["name"])
    config = src.select(
        "system_config",
        ["configuration_key", "configuration_value", "sales_channel_id"],
        "",
        ["configuration_key"],
    )
    for row in plugins or []:
        name = text(row["name"])
        installed = row["installed_at"] is not None
        evidence = f"{src.name('plugin')}: {name}" + ("" if installed else " (not installed)")
        enabled = installed and truthy(row["active"])
        report.extensions.append(
            Extension(name, name, "plugin", text(row["version"]), enabled, evidence)
        )
    app_names = {}
    for row in apps or []:
        name = text(row["name"])
        app_names[_hex(row["id"])] = name
        report.extensions.append(
            Extension(
                name,
                name,
                "app",
                text(row["version"]),
                truthy(row["active"]),
                f"{src.name('app')}: {name}",
            )
        )
    known = {e.code.lower(): e.code for e in report.extensions}
    table = src.name("system_config")
    for row in config or []:
        key = text(row["configuration_key"])
        head = key.split(".", 1)[0]
        owner = None if head == "core" else known.get(head.lower(), head)
        channel = _hex(row["sales_channel_id"])
        scope = f", sales channel {channel}" if channel else ""
        src.settings.add(owner, table, key, row["configuration_value"], scope)
    if apps is not None:
        webhooks = src.select("webhook", ["name", "url", "app_id"], "", ["name"])
        for row in webhooks or []:
            owner = app_names.get(_hex(row["app_id"]))
            src.settings.add(owner, src.name("webhook"), text(row["name"]), row["url"])


def _hex(value: object) -> str:
    """A Shopware id (BINARY(16)) as hex text; "" for NULL."""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    return text(value)


# --- Sylius ---------------------------------------------------------------------------------


def read_sylius(src: Source) -> None:
    """Bundles are code, not rows; the database tells which payment gateways are configured
    (``sylius_gateway_config``) and used by enabled payment methods, and their settings."""
    report = src.report
    report.version_evidence = (
        "not recorded: Sylius keeps its release in composer.lock; sylius_migrations lists "
        "Doctrine migrations only"
    )
    gateways = src.select(
        "sylius_gateway_config", ["id", "gateway_name", "factory_name", "config"], "", ["id"]
    )
    methods = src.select(
        "sylius_payment_method", ["code", "gateway_config_id", "is_enabled"], "", ["code"]
    )
    table = src.name("sylius_gateway_config")
    for row in gateways or []:
        used = [m for m in methods or [] if text(m["gateway_config_id"]) == text(row["id"])]
        factory, name = text(row["factory_name"]), text(row["gateway_name"])
        evidence = f"{table} id {text(row['id'])}"
        if methods is None:
            enabled = None
        else:
            enabled = any(truthy(m["is_enabled"]) for m in used)
            states = ", ".join(
                f"{text(m['code'])} ({'enabled' if truthy(m['is_enabled']) else 'disabled'})"
                for m in used
            )
            evidence += f"; {src.name('sylius_payment_method')}: {states or 'none uses it'}"
        report.extensions.append(Extension(factory, name, "payment gateway", "", enabled, evidence))
        config = row["config"]
        parsed = structured(config) if isinstance(config, str) else config
        # Payum's encrypted gateway config marks itself and stores ciphertext values.
        encrypted = isinstance(parsed, dict) and parsed.get("encrypted") is True
        protected = "stored encrypted by Payum (gateway config encryption)" if encrypted else ""
        src.settings.add(factory, table, name, parsed, protected=protected)


# --- Saleor ----------------------------------------------------------------------------------


def read_saleor(src: Source) -> None:
    """Plugins (``plugins_pluginconfiguration``, one row per channel) and apps
    (``app_app``); plugin configuration and app webhooks (``webhook_webhook``)."""
    report = src.report
    report.version_evidence = (
        "not recorded: Saleor keeps its release in its code; django_migrations lists "
        "migrations only"
    )
    plugins = src.select(
        "plugins_pluginconfiguration",
        ["identifier", "name", "active", "channel_id", "configuration"],
        "",
        ["identifier", "channel_id"],
    )
    apps = src.select("app_app", (), "", ["id"])
    hooks = src.select(
        "webhook_webhook", ["id", "target_url", "is_active", "secret_key", "app_id"], "", ["id"]
    )
    table = src.name("plugins_pluginconfiguration")
    by_plugin: dict[str, list[Row]] = {}
    for row in plugins or []:
        by_plugin.setdefault(text(row["identifier"]) or text(row["name"]), []).append(row)
    for ident, rows in by_plugin.items():
        channels = [r for r in rows if r["channel_id"] is not None]
        evidence = f"{table}: {ident}" + (f" ({len(channels)} channel(s))" if channels else "")
        enabled = any(truthy(r["active"]) for r in rows)
        name = text(rows[0]["name"]) or ident
        report.extensions.append(Extension(ident, name, "plugin", "", enabled, evidence))
        for r in rows:
            scope = f", channel {text(r['channel_id'])}" if r["channel_id"] is not None else ""
            src.settings.add(ident, table, ident, r["configuration"], scope)
    app_codes = {}
    for row in apps or []:
        code = text(row.get("identifier")) or text(row.get("name"))
        app_codes[text(row["id"])] = code
        report.extensions.append(
            Extension(
                code,
                text(row.get("name")) or code,
                "app",
                text(row.get("version")),
                truthy(row.get("is_active")),
                f"{src.name('app_app')} id {text(row['id'])}",
            )
        )
    table = src.name("webhook_webhook")
    for row in hooks or []:
        owner = app_codes.get(text(row["app_id"]))
        state = "active" if truthy(row["is_active"]) else "inactive"
        where = f"webhook {text(row['id'])} ({state})"
        src.settings.add(owner, table, f"{where} target_url", row["target_url"])
        src.settings.add(owner, table, f"{where} secret_key", row["secret_key"])


# --- Medusa ----------------------------------------------------------------------------------

_MEDUSA_PROVIDERS = (
    ("payment_provider", "payment provider"),
    ("fulfillment_provider", "fulfillment provider"),
    ("notification_provider", "notification provider"),
)


def read_medusa(src: Source) -> None:
    """Payment, fulfillment and notification providers; their options live in
    medusa-config.js, not in the database."""
    report = src.report
    generations = set()
    for base, kind in _MEDUSA_PROVIDERS:
        for row in src.select(base, (), "", ["id"]) or []:
            column = "is_enabled" if "is_enabled" in row else "is_installed"
            enabled = truthy(row[column]) if column in row else None
            if column in row:
                generations.add("2" if column == "is_enabled" else "1")
            code = text(row["id"])
            report.extensions.append(
                Extension(
                    code,
                    text(row.get("name")) or code,
                    kind,
                    "",
                    enabled,
                    f"{src.name(base)} id {code} ({column})",
                )
            )
    schema = f"; the provider tables are Medusa {'/'.join(sorted(generations))}'s"
    report.version_evidence = "not recorded: Medusa keeps its release in package.json" + (
        schema if generations else ""
    )


# --- Spree / Solidus ------------------------------------------------------------------------


def read_spree(src: Source) -> None:
    """Payment methods (``spree_payment_methods``: type, active, preferences) and the legacy
    ``spree_preferences`` key/value store."""
    report = src.report
    report.version_evidence = (
        "not recorded: Spree and Solidus keep their release in Gemfile.lock; schema_migrations "
        "lists migrations only"
    )
    methods = src.select("spree_payment_methods", (), "", ["id"])
    prefs = src.select("spree_preferences", ["key", "value"], "", ["key"])
    table = src.name("spree_payment_methods")
    for row in methods or []:
        ident, kind = text(row["id"]), text(row.get("type")) or "Spree::PaymentMethod"
        deleted = row.get("deleted_at") is not None
        enabled = truthy(row.get("active", True)) and not deleted
        evidence = f"{table} id {ident}" + (" (deleted)" if deleted else "")
        report.extensions.append(
            Extension(kind, text(row.get("name")) or kind, "payment method", "", enabled, evidence)
        )
        src.settings.add(
            kind, table, "preferences", row.get("preferences"), f", payment method {ident}"
        )
    # Preference keys are the class path underscored: spree/gateway/stripe_gateway/secret_key/1
    paths = sorted(((_underscore(e.code) + "/", e.code) for e in report.extensions), reverse=True)
    table = src.name("spree_preferences")
    for row in prefs or []:
        key = text(row["key"])
        owner = next((code for path, code in paths if key.startswith(path)), None)
        src.settings.add(owner, table, key, row["value"])


def _underscore(class_name: str) -> str:
    """``Spree::Gateway::StripeGateway`` -> ``spree/gateway/stripe_gateway`` (Rails)."""
    return "/".join(
        re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", part).lower() for part in class_name.split("::")
    )
