"""Setting names that say a value is a secret, as storefront platforms and their extensions
spell them, and the keys that are public by design.

A name is read as words (``payment/braintree/private_key`` -> ``private key``). Words that only
say which environment the value is for are set aside (``client_secret_production``,
``live_secret_key``, ``api_key_test``, ``shared_secret_eu``), plurals count as the singular
(``webhook_secret_keys``), and the short forms platforms use count (``smtp[pass]``,
``stripe_live_sk``, ``hmacLive``):

>>> [is_credential_key(k) for k in ("woocommerce-ppcp-settings[client_secret_production]",
...     "webhook_secret_keys", "smtp[pass]", "payment/stripe_payments_basic/stripe_live_sk")]
[True, True, True, True]

Keys a vendor publishes to browsers are not secrets, and are listed in :data:`PUBLIC_KEYS`
with the vendor's documentation; a key is only taken for one in that vendor's settings:

>>> is_credential_key("client_key_live", "payment/adyen_abstract/client_key_live")
False
>>> is_credential_key("client_key", "acme_sync[client_key]")
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A name whose last word is one of these holds a secret.
SECRET_WORDS = frozenset(
    {"password", "passwd", "pwd", "pass", "passphrase", "secret", "token", "apikey",
     "signature", "privatekey", "secretkey", "accesskey", "clientsecret", "apisecret",
     "appsecret", "hmac", "signing"}
)  # fmt: skip
#: Words before ``key`` that make it a secret (``api_key``, ``private_key``, not ``site_key``).
KEY_QUALIFIERS = frozenset(
    {"api", "private", "secret", "access", "auth", "signing", "encryption", "hmac", "merchant",
     "transaction", "trans", "app", "application", "client", "webhook", "consumer", "shared",
     "rest", "integration", "partner", "account", "security", "service", "license", "live",
     "test"}
)  # fmt: skip
#: Words that say the key is public by design (Stripe's publishable key, Braintree's public
#: key, Klaviyo's public API key, ``stripe_live_pk``).
PUBLIC_WORDS = frozenset({"public", "publishable", "pub", "pk"})
#: Words that only name the environment a value is for, at either end of a name.
ENVIRONMENT_WORDS = frozenset(
    {"production", "prod", "live", "sandbox", "sb", "test", "testing", "staging", "stage",
     "dev", "development", "demo"}
)  # fmt: skip
#: Region suffixes some extensions add (Klarna for WooCommerce: ``shared_secret_eu``).
REGION_WORDS = frozenset({"eu", "us", "uk", "na", "oc"})
_PLURALS = {f"{w}s": w for w in ("key", "secret", "token", "password", "passphrase",
                                 "signature", "apikey", "credential")}  # fmt: skip


@dataclass(frozen=True)
class PublicKey:
    """A key a vendor makes public by design (sent to every shopper's browser), so a setting
    holding it is not a secret: ``words`` of the name, in the settings of ``vendor``."""

    vendor: str
    words: tuple[str, ...]
    why: str
    source: str


#: Public keys that are deliberately not secrets; docs/platforms.md lists them.
PUBLIC_KEYS = (
    PublicKey("adyen", ("client", "key"),
              "Adyen's client key authenticates Adyen's browser components, and is public",
              "https://docs.adyen.com/development-resources/client-side-authentication/"),
    PublicKey("adyen", ("origin", "key"),
              "Adyen's origin key (replaced by the client key) is embedded in checkout pages",
              "https://docs.adyen.com/development-resources/client-side-authentication/"),
    PublicKey("braintree", ("tokenization", "key"),
              "Braintree's tokenization key only creates payment-method nonces in the browser",
              "https://developer.paypal.com/braintree/docs/guides/authorization/tokenization-key"),
    PublicKey("paypal", ("client", "id"),
              "PayPal's client id is loaded by the JavaScript SDK in every checkout page",
              "https://developer.paypal.com/sdk/js/configuration/"),
    PublicKey("algolia", ("search", "only", "api", "key"),
              "Algolia's search-only API key is used by the storefront's browser search",
              "https://www.algolia.com/doc/guides/security/api-keys/"),
    PublicKey("algolia", ("search", "api", "key"),
              "Algolia's search-only API key is used by the storefront's browser search",
              "https://www.algolia.com/doc/guides/security/api-keys/"),
)  # fmt: skip


def key_words(key: str) -> list[str]:
    """Lower-case words of the last part of a setting path that is not a number:
    ``payment/paypal/apiPassword`` -> ``['api', 'password']``; ``gw/secret_key/1`` ->
    ``['secret', 'key']``."""
    parts = [p for p in re.split(r"[/.\[\]]", key) if p.strip(": ") and not p.isdigit()]
    last = parts[-1] if parts else key
    return [w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", last)]


def name_words(key: str) -> list[str]:
    """:func:`key_words` without environment and region words at either end, plurals made
    singular: ``client_secret_production`` -> ``['client', 'secret']``;
    ``test_webhook_secret_keys`` -> ``['webhook', 'secret', 'key']``.

    >>> name_words("live_api_key_eu"), name_words("apiKeyTest")
    (['api', 'key'], ['api', 'key'])
    """
    words = key_words(key)
    while len(words) > 1 and (words[-1] in ENVIRONMENT_WORDS or words[-1] in REGION_WORDS):
        words.pop()
    while len(words) > 1 and words[0] in ENVIRONMENT_WORDS:
        words.pop(0)
    if words:
        words[-1] = _PLURALS.get(words[-1], words[-1])
    return words


def public_key(key: str, context: str = "") -> PublicKey | None:
    """The :data:`PUBLIC_KEYS` entry ``key`` is, when ``context`` (the setting's location and
    extension) names its vendor."""
    words = tuple(name_words(key))
    where = context.lower() or key.lower()
    for entry in PUBLIC_KEYS:
        if words[-len(entry.words) :] == entry.words and entry.vendor in where:
            return entry
    return None


def is_credential_key(key: str, context: str = "") -> bool:
    """Whether the setting's name says it holds a secret (``api_key``, ``clientSecret``,
    ``PS_MAIL_PASSWD``), leaving out public keys and keys *about* secrets (``token_ttl``).
    ``context`` (the setting's location and extension) tells the vendor of a public key."""
    raw = key_words(key)
    words = name_words(key)
    if not words or PUBLIC_WORDS & set(raw) or public_key(key, context):
        return False
    if " " in key.rsplit("[", 1)[-1] and SECRET_WORDS & set(words):
        return True  # a label, as Saleor names fields: "Password or license"
    last = words[-1]
    if last in SECRET_WORDS:
        return True
    if last == "sk" and len(raw) > 1 and ("stripe" in raw or ENVIRONMENT_WORDS & set(raw)):
        return True  # Stripe's secret key, as StripeIntegration_Payments names it
    if last in ("key", "credential") and len(words) > 1:
        return words[-2] in KEY_QUALIFIERS or "secret" in words
    return "".join(words[-2:]) in SECRET_WORDS
