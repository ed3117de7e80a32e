"""Magento 2, WordPress/WooCommerce, PrestaShop and OpenCart: a table of installed modules and
one key/value table of settings (``core_config_data``, ``options``, ``configuration``,
``setting``)."""

from __future__ import annotations

import re

from . import Extension
from .source import Source, text, truthy
from .values import php_unserialize

# --- Magento 2 -------------------------------------------------------------------------------

#: ``0:3:<base64>``: Magento's encryptor (key version, cipher version, ciphertext).
_MAGENTO_CIPHER = re.compile(r"^\d+:[0-9]:\S+$")
#: Config sections of Magento's own features; a path under one names no extension.
_MAGENTO_CORE = frozenset(
    {"admin", "advanced", "analytics", "cataloginventory", "catalog", "checkout", "cms",
     "contact", "crontab", "currency", "customer", "design", "dev", "general", "google",
     "multishipping", "newsletter", "oauth", "persistent", "reports", "rss", "sales",
     "sales_email", "sales_pdf", "security", "sendfriend", "shipping", "sitemap", "system",
     "tax", "trans_email", "twofactorauth", "web", "webapi", "wishlist"}
)  # fmt: skip


def read_magento(src: Source) -> None:
    """Modules from ``setup_module``; settings from ``core_config_data``."""
    report = src.report
    report.version_evidence = (
        "not recorded: Magento keeps its release in composer.lock; setup_module holds the "
        "schema versions of modules"
    )
    modules = src.select(
        "setup_module", ["module", "schema_version", "data_version"], "", ["module"]
    )
    config = src.select(
        "core_config_data",
        ["scope", "scope_id", "path", "value"],
        "",
        ["path", "scope", "scope_id"],
    )
    config = config or []
    prefix = "advanced/modules_disable_output/"
    no_output = {
        r["path"][len(prefix) :]
        for r in config
        if text(r["path"]).startswith(prefix) and truthy(r["value"])
    }
    names = [text(r["module"]) for r in modules or []]
    table = src.name("setup_module")
    for row in modules or []:
        name = text(row["module"])
        evidence = f"{table}: {name}"
        if name in no_output:
            evidence += (
                f"; output disabled by {src.name('core_config_data')} {prefix}{name} "
                "(its observers, cron jobs and API calls still run)"
            )
        version = text(row["schema_version"]) or text(row["data_version"])
        report.extensions.append(Extension(name, name, "module", version, None, evidence))
    src.settings.protected = _magento_protected
    table = src.name("core_config_data")
    for row in config:
        path = text(row["path"])
        if path.startswith("web/"):
            if path.endswith("base_url") or path.endswith("base_link_url"):
                src.settings.own_url(row["value"])
            continue
        if path.startswith(prefix):
            continue
        scope = text(row["scope"])
        where = ", default scope" if scope == "default" else f", {scope} {text(row['scope_id'])}"
        src.settings.add(_magento_owner(path, names), table, path, row["value"], where)


def _magento_protected(value: str) -> str:
    if _MAGENTO_CIPHER.match(value):
        return f"stored encrypted by Magento (key version {value.split(':', 1)[0]})"
    return ""


def _magento_owner(path: str, modules: list[str]) -> str | None:
    """The module a config path belongs to: ``payment/braintree/...`` -> ``PayPal_Braintree``
    when installed (rather than a bundled ``Magento_Braintree`` beside it), else ``braintree``;
    ``payment/stripe_payments_basic/...`` -> ``StripeIntegration_Payments``; a path of
    Magento's own sections -> None.

    >>> _magento_owner("payment/braintree/private_key", ["Magento_Braintree", "PayPal_Braintree"])
    'PayPal_Braintree'
    >>> _magento_owner("payment/stripe_payments_basic/stripe_live_sk",
    ...                ["StripeIntegration_Payments"])
    'StripeIntegration_Payments'
    """
    section, _, rest = path.partition("/")
    group = rest.partition("/")[0]
    token = (group if section in ("payment", "carriers") and group else section).lower()
    words = token.split("_")
    found = []
    for module in modules:
        lower = module.lower()
        vendor, _, name = lower.partition("_")
        if (
            lower == token
            or lower.endswith("_" + token)
            or token.startswith(lower + "_")
            or (vendor != "magento" and token.startswith(vendor + "_"))
            # StripeIntegration_Payments keeps payment/stripe_payments*: the vendor's first word
            # and the module's name both in the group
            or (vendor != "magento" and vendor.startswith(words[0]) and name in words[1:])
        ):
            found.append(module)
    if len(found) > 1:  # a vendor's own module wins over the bundled one it replaced
        found = [m for m in found if not m.lower().startswith("magento_")] or found
    if len(found) == 1:
        return found[0]
    if section in _MAGENTO_CORE:
        return None
    return token


# --- WordPress and WooCommerce ---------------------------------------------------------------

#: WordPress's own options that are no extension's settings (or are the site's own URLs).
_WP_SKIP = re.compile(
    r"^(siteurl|home|ping_sites|rewrite_rules|cron|active_plugins|recently_activated|"
    r"uninstall_plugins|recently_edited|sidebars_widgets|widget_.*|theme_mods_.*|.*user_roles|"
    r"(auth|secure_auth|logged_in|nonce)_(key|salt))$"
)
_WP_CORE = re.compile(r"^(mailserver_.*|admin_email|new_admin_email|upload_url_path)$")
#: Transients are caches (feeds, API answers), not settings. No LIKE: a '%' in SQL sent
#: without parameters trips PyMySQL's formatting.
_NOT_TRANSIENT = (
    "SUBSTR(option_name, 1, 11) <> '_transient_' AND "
    "SUBSTR(option_name, 1, 16) <> '_site_transient_'"
)


def read_wordpress(src: Source) -> None:
    """Active plugins from ``options.active_plugins`` (and the recently deactivated ones),
    settings from ``options``; WooCommerce's version and its webhooks."""
    report = src.report
    woo = src.match.platform == "woocommerce"
    options = (
        src.select("options", ["option_name", "option_value"], _NOT_TRANSIENT, ["option_name"])
        or []
    )
    values = {text(r["option_name"]): r["option_value"] for r in options}
    table = src.name("options")
    key = "woocommerce_version" if woo else "db_version"
    if woo and not text(values.get(key)):
        key = "woocommerce_db_version"
    if text(values.get(key)):
        report.version = text(values[key]).strip()
        report.version_evidence = f"{table}.{key}"
        if not woo:
            report.version_evidence += " (the database schema revision, not the release number)"
    else:
        report.version_evidence = f"not recorded: {table} has no {key}"
    active = _plugin_list(values.get("active_plugins"), keys=False)
    recent = _plugin_list(values.get("recently_activated"), keys=True)
    for path in active:
        report.extensions.append(
            Extension(_slug(path), path, "plugin", "", True, f"{table}.active_plugins")
        )
    for path in recent:
        if path not in active:
            report.extensions.append(
                Extension(_slug(path), path, "plugin", "", False, f"{table}.recently_activated")
            )
    slugs = sorted({e.code for e in report.extensions}, key=len, reverse=True)
    src.settings.own_url(values.get("siteurl"))
    src.settings.own_url(values.get("home"))
    for name, value in values.items():
        if not _WP_SKIP.match(name):
            src.settings.add(_wp_owner(name, slugs), table, name, value)
    if woo:
        _woo_webhooks(src)
        if "woocommerce_api_keys" in src.match.tables:
            _woo_api_keys(src)


def _plugin_list(value: object, keys: bool) -> list[str]:
    """Plugin paths of a serialized array: its values (``active_plugins``) or its keys
    (``recently_activated``, path => time)."""
    try:
        parsed = php_unserialize(text(value)) if value else {}
    except ValueError:
        return []
    if not isinstance(parsed, dict):
        return []
    items = parsed.keys() if keys else parsed.values()
    return sorted({p for p in items if isinstance(p, str) and p.strip()})


def _slug(path: str) -> str:
    """``woocommerce/woocommerce.php`` -> ``woocommerce``; ``hello.php`` -> ``hello``."""
    head = path.split("/", 1)[0]
    return head[:-4] if head.endswith(".php") else head


#: Options of plugins whose names share no word with the plugin's slug (PayPal Payments is
#: the "PayPal Commerce Platform", ppcp, inside).
WP_OPTION_OWNERS = {
    "woocommerce-ppcp-settings": "woocommerce-paypal-payments",
    "woocommerce_ppcp": "woocommerce-paypal-payments",
    "ppcp": "woocommerce-paypal-payments",
    "mc4wp": "mailchimp-for-wp",
}
#: Words an option name or plugin slug adds that say nothing about which plugin it is.
_WP_FILLER = frozenset({"for", "woocommerce", "wc", "wp", "woo", "settings", "options",
                        "option", "plugin", "the", "and"})  # fmt: skip


def _wp_owner(name: str, slugs: list[str]) -> str | None:
    """The plugin an option belongs to: ``woocommerce_stripe_settings`` -> the plugin whose
    slug names ``stripe``, else ``stripe``; ``klaviyo_settings`` -> ``klaviyo``;
    ``mailchimp-woocommerce`` -> ``mailchimp-for-woocommerce`` (the same words, fillers
    aside); the options of :data:`WP_OPTION_OWNERS` to their plugin.

    >>> _wp_owner("mailchimp-woocommerce", ["woocommerce", "mailchimp-for-woocommerce"])
    'mailchimp-for-woocommerce'
    >>> _wp_owner("woocommerce-ppcp-settings", ["woocommerce", "woocommerce-paypal-payments"])
    'woocommerce-paypal-payments'
    """
    if _WP_CORE.match(name):
        return None
    lower = name.lower()
    for option, plugin in WP_OPTION_OWNERS.items():
        if lower == option or lower.startswith((option + "_", option + "-")):
            return next((s for s in slugs if s.lower() == plugin), plugin)
    norm = lower.replace("-", "_")
    gateway = re.fullmatch(r"woocommerce_(.+)_settings", norm)
    if gateway:
        ident = gateway.group(1)
        words = set(re.split(r"[_-]", ident))
        owners = [s for s in slugs if words & set(re.split(r"[_-]", s.lower())) - {"woocommerce"}]
        return owners[0] if len(owners) == 1 else ident
    for slug in slugs:
        s = slug.lower().replace("-", "_")
        if norm == s or norm.startswith(s + "_"):
            return slug
    words = set(norm.split("_")) - _WP_FILLER - {""}
    if words:
        owners = [
            s for s in slugs if words == set(s.lower().replace("-", "_").split("_")) - _WP_FILLER
        ]
        if len(owners) == 1:
            return owners[0]
    first = re.split(r"[_-]", norm.lstrip("_"), maxsplit=1)[0]
    return first or None


def _woo_webhooks(src: Source) -> None:
    rows = src.select(
        "wc_webhooks",
        ["webhook_id", "status", "topic", "delivery_url", "secret"],
        order=["webhook_id"],
    )
    table = src.name("wc_webhooks")
    for row in rows or []:
        where = f"webhook {row['webhook_id']} ({text(row['topic'])}, {text(row['status'])})"
        src.settings.add("woocommerce", table, where, row["delivery_url"])
        src.settings.add("woocommerce", table, f"{where} secret", row["secret"])


def _woo_api_keys(src: Source) -> None:
    """REST API keys: WooCommerce keeps the consumer secret in plain text by design (only the
    consumer key is hashed), so each one is a credential; its value is judged, never kept."""
    rows = src.select(
        "woocommerce_api_keys", ["key_id", "permissions", "consumer_secret"], order=["key_id"]
    )
    table = src.name("woocommerce_api_keys")
    for row in rows or []:
        where = f"key {row['key_id']} ({text(row['permissions'])}) consumer_secret"
        src.settings.add("woocommerce", table, where, row["consumer_secret"])


# --- PrestaShop ------------------------------------------------------------------------------


def read_prestashop(src: Source) -> None:
    """Modules from ``module`` (enabled when active and attached to a shop in
    ``module_shop``); version and settings from ``configuration``."""
    report = src.report
    config = (
        src.select(
            "configuration",
            ["name", "value", "id_shop_group", "id_shop"],
            "",
            ["name", "id_shop_group", "id_shop"],
        )
        or []
    )
    modules = src.select("module", ["id_module", "name", "active", "version"], "", ["name"])
    shops = src.select("module_shop", ["id_module", "id_shop"], "", ["id_module", "id_shop"])
    table = src.name("configuration")
    for key in ("PS_VERSION_DB", "PS_INSTALL_VERSION"):
        found = [text(r["value"]) for r in config if r["name"] == key and text(r["value"])]
        if found:
            report.version, report.version_evidence = found[0], f"{table}.{key}"
            break
    else:
        report.version_evidence = f"not recorded: {table} has no PS_VERSION_DB"
    by_module: dict[str, list[str]] = {}
    for row in shops or []:
        by_module.setdefault(text(row["id_module"]), []).append(text(row["id_shop"]))
    for row in modules or []:
        ident, active = text(row["id_module"]), truthy(row["active"])
        evidence = f"{src.name('module')} id {ident} (active={int(active)})"
        if shops is None:
            enabled = active
        else:
            attached = by_module.get(ident, [])
            enabled = active and bool(attached)
            evidence += f"; {src.name('module_shop')}: " + (
                f"shop {', '.join(attached)}" if attached else "no shop"
            )
        name = text(row["name"])
        report.extensions.append(
            Extension(name, name, "module", text(row["version"]), enabled, evidence)
        )
    names = sorted((e.code for e in report.extensions), key=len, reverse=True)
    for row in config:
        name = text(row["name"])
        if name in ("PS_SHOP_DOMAIN", "PS_SHOP_DOMAIN_SSL"):
            src.settings.own_url(row["value"])
            continue
        shop = text(row["id_shop"])
        group = text(row["id_shop_group"])
        scope = f", shop {shop}" if shop else f", shop group {group}" if group else ""
        src.settings.add(_ps_owner(name, names), table, name, row["value"], scope)


def _ps_owner(name: str, modules: list[str]) -> str | None:
    """``PAYPAL_API_PASSWORD`` -> ``paypal``; ``PS_MAIL_PASSWD`` (PrestaShop's own) -> None."""
    upper = name.upper()
    for module in modules:
        if upper == module.upper() or upper.startswith(module.upper() + "_"):
            return module
    if upper.startswith("PS_"):
        return None
    return upper.split("_", 1)[0].lower() or None


# --- OpenCart -------------------------------------------------------------------------------


def read_opencart(src: Source) -> None:
    """Extensions from ``extension`` (enabled per ``<type>_<code>_status`` in ``setting``)
    and OCMOD modifications; settings from ``setting``."""
    report = src.report
    report.version_evidence = "not recorded: OpenCart keeps its version in index.php (VERSION)"
    extensions = src.select("extension", ["type", "code"], "", ["type", "code"]) or []
    settings = src.select("setting", ["store_id", "key", "value"], "", ["store_id", "key"])
    mods = src.select("modification", ["code", "name", "version", "status"], "", ["code"])
    settings = settings or []
    default = {text(r["key"]): r["value"] for r in settings if text(r["store_id"]) in ("0", "")}
    table = src.name("setting")
    for row in extensions:
        kind, code = text(row["type"]), text(row["code"])
        enabled = None
        evidence = f"{src.name('extension')}: {kind}/{code}"
        for key in (f"{kind}_{code}_status", f"{code}_status"):
            if key in default:
                enabled = truthy(default[key])
                evidence += f"; {table} {key} (store 0)"
                break
        else:
            # Installed but never switched on: the status of payment, shipping, advertising...
            # extensions defaults to off (modules keep theirs per instance in ``module``).
            if settings and kind != "module":
                enabled = False
                evidence += f"; no {kind}_{code}_status in {table} (off until it is set)"
        report.extensions.append(Extension(code, f"{kind}/{code}", kind, "", enabled, evidence))
    for row in mods or []:
        code = text(row["code"])
        report.extensions.append(
            Extension(
                code,
                text(row["name"]),
                "modification",
                text(row["version"]),
                truthy(row["status"]),
                f"{src.name('modification')}: {code}",
            )
        )
    owners = sorted(
        ((f"{t}_{c}_", c) for t, c in ((text(r["type"]), text(r["code"])) for r in extensions)),
        key=lambda p: len(p[0]),
        reverse=True,
    )
    codes = sorted({c for _, c in owners}, key=len, reverse=True)
    for row in settings:
        key = text(row["key"])
        owner = next((c for p, c in owners if key.startswith(p)), None)
        if owner is None and not key.startswith("config_"):
            owner = next((c for c in codes if key.startswith(c + "_")), None)
        src.settings.add(owner, table, key, row["value"], f", store {text(row['store_id'])}")
