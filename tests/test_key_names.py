"""Secret-named settings as storefront platforms and their extensions really name them: the
environment words, plurals and short forms they use, and the public keys that are no secret."""

from __future__ import annotations

import pytest

from connectors.platforms.keynames import PUBLIC_KEYS, is_credential_key, name_words, public_key

#: (platform, setting path as piimap cites it, holds a secret)
SETTING_NAMES = [
    # WooCommerce / WordPress: option[key] of the serialised option
    ("woocommerce", "woocommerce_stripe_settings[secret_key]", True),
    ("woocommerce", "woocommerce_stripe_settings[test_secret_key]", True),
    ("woocommerce", "woocommerce_stripe_settings[webhook_secret]", True),
    ("woocommerce", "woocommerce_stripe_settings[test_webhook_secret]", True),
    ("woocommerce", "woocommerce_stripe_settings[publishable_key]", False),
    ("woocommerce", "woocommerce_stripe_settings[test_publishable_key]", False),
    ("woocommerce", "woocommerce-ppcp-settings[client_secret_production]", True),
    ("woocommerce", "woocommerce-ppcp-settings[client_secret_sandbox]", True),
    ("woocommerce", "woocommerce-ppcp-settings[client_id_production]", False),
    ("woocommerce", "woocommerce-ppcp-settings[merchant_email_production]", False),
    ("woocommerce", "mailchimp-woocommerce[mailchimp_api_key]", True),
    ("woocommerce", "woocommerce_braintree_credit_card_settings[sandbox_private_key]", True),
    ("woocommerce", "woocommerce_braintree_credit_card_settings[public_key]", False),
    ("woocommerce", "woocommerce_braintree_credit_card_settings[tokenization_key]", False),
    ("woocommerce", "woocommerce_kp_settings[shared_secret_eu]", True),
    ("woocommerce", "woocommerce_kp_settings[test_shared_secret_us]", True),
    ("woocommerce", "woocommerce_kp_settings[merchant_id_eu]", False),
    ("woocommerce", "mollie-payments-for-woocommerce_live_api_key", True),
    ("woocommerce", "mollie-payments-for-woocommerce_test_api_key", True),
    ("woocommerce", "key 1 (read_write) consumer_secret", True),
    ("wordpress", "wp_mail_smtp[smtp][pass]", True),
    ("wordpress", "wp_mail_smtp[smtp][user]", False),
    ("wordpress", "wp_mail_smtp[sendgrid][api_key]", True),
    ("wordpress", "smtp[pass]", True),
    ("wordpress", "swpsmtp_options[smtp_settings][password]", True),
    ("wordpress", "mc4wp[api_key]", True),
    # Magento 2: core_config_data paths
    ("magento", "payment/braintree/private_key", True),
    ("magento", "payment/braintree/sandbox_private_key", True),
    ("magento", "payment/braintree/public_key", False),
    ("magento", "payment/braintree/merchant_id", False),
    ("magento", "payment/stripe_payments_basic/stripe_live_sk", True),
    ("magento", "payment/stripe_payments_basic/stripe_test_sk", True),
    ("magento", "payment/stripe_payments_basic/stripe_live_pk", False),
    ("magento", "payment/adyen_abstract/api_key_live", True),
    ("magento", "payment/adyen_abstract/api_key_test", True),
    ("magento", "payment/adyen_abstract/client_key_live", False),
    ("magento", "payment/adyen_abstract/notification_hmac_key_live", True),
    ("magento", "payment/adyen_abstract/notification_password", True),
    ("magento", "paypal/wpp/api_password", True),
    ("magento", "paypal/wpp/api_signature", True),
    ("magento", "system/smtp/password", True),
    ("magento", "system/smtp/username", False),
    ("magento", "algoliasearch_credentials/credentials/api_key", True),
    ("magento", "algoliasearch_credentials/credentials/search_only_api_key", False),
    ("magento", "customer/password/required_character_classes_number", False),
    ("magento", "admin/security/password_lifetime", False),
    ("magento", "oauth/access_token_lifetime/customer", False),
    ("magento", "recaptcha_frontend/type_recaptcha_v3/public_key", False),
    # Shopware 6: system_config keys
    ("shopware", "SwagPayPal.settings.clientSecret", True),
    ("shopware", "SwagPayPal.settings.clientSecretSandbox", True),
    ("shopware", "SwagPayPal.settings.clientId", False),
    ("shopware", "SwagPayPal.settings.clientIdSandbox", False),
    ("shopware", "AdyenPaymentShopware6.config.apiKeyLive", True),
    ("shopware", "AdyenPaymentShopware6.config.clientKeyLive", False),
    ("shopware", "AdyenPaymentShopware6.config.clientKeyTest", False),
    ("shopware", "AdyenPaymentShopware6.config.hmacLive", True),
    ("shopware", "AdyenPaymentShopware6.config.hmacTest", True),
    ("shopware", "StripeShopwarePayment.config.stripeSecretKey", True),
    ("shopware", "StripeShopwarePayment.config.stripePublicKey", False),
    ("shopware", "MolliePayments.config.liveApiKey", True),
    ("shopware", "MolliePayments.config.testApiKey", True),
    ("shopware", "core.mailerSettings.password", True),
    # Sylius: gateway name[config key]
    ("sylius", "stripe[webhook_secret_keys][0]", True),
    ("sylius", "stripe[secret_key]", True),
    ("sylius", "stripe[publishable_key]", False),
    ("sylius", "paypal[signature]", True),
    ("sylius", "paypal_commerce[client_secret]", True),
    ("sylius", "adyen[apiKey]", True),
    ("sylius", "adyen[clientKey]", False),
    ("sylius", "adyen[hmacKey]", True),
    ("sylius", "adyen[authPassword]", True),
    # Saleor: plugin identifier[field name or label]
    ("saleor", "saleor.payments.stripe[secret_api_key]", True),
    ("saleor", "saleor.payments.stripe[public_api_key]", False),
    ("saleor", "saleor.payments.stripe[webhook_secret_key]", True),
    ("saleor", "mirumee.payments.adyen[api-key]", True),
    ("saleor", "mirumee.payments.adyen[client-key]", False),
    ("saleor", "mirumee.payments.adyen[webhook-hmac]", True),
    ("saleor", "mirumee.payments.braintree[Public API key]", False),
    ("saleor", "mirumee.payments.braintree[Secret API key]", True),
    ("saleor", "mirumee.taxes.avalara[Password or license]", True),
    ("saleor", "mirumee.taxes.avalara[Username or account]", False),
    # Spree / Solidus: preferences[key] and spree_preferences keys
    ("spree", "preferences[secret_key]", True),
    ("spree", "preferences[publishable_key]", False),
    ("spree", "preferences[api_key]", True),
    ("spree", "preferences[webhook_endpoint_signing_secret]", True),
    ("spree", "preferences[private_key]", True),
    ("spree", "preferences[public_key]", False),
    ("spree", "spree/gateway/stripe_gateway/secret_key/1", True),
    # PrestaShop and OpenCart
    ("prestashop", "PS_MAIL_PASSWD", True),
    ("prestashop", "STRIPE_TEST_KEY", True),
    ("prestashop", "STRIPE_PUBLISHABLE", False),
    ("prestashop", "PAYPAL_SANDBOX", False),
    ("opencart", "payment_paypal_client_secret", True),
    ("opencart", "config_mail_smtp_password", True),
    ("opencart", "payment_stripe_live_secret_key", True),
    # About secrets, not secrets
    ("any", "token_ttl", False),
    ("any", "test_mode", False),
    ("any", "sandbox", False),
    ("any", "use_hmac_v2", False),
]


@pytest.mark.parametrize("platform, name, secret", SETTING_NAMES)
def test_setting_name(platform, name, secret):
    assert is_credential_key(name, name) is secret, (platform, name_words(name))


def test_public_keys_are_documented_and_need_their_vendor():
    """Each public key names its vendor's documentation, and is only public in that vendor's
    settings: a client_key elsewhere may be a TLS or OAuth client's private key."""
    for entry in PUBLIC_KEYS:
        assert entry.source.startswith("https://") and entry.vendor in entry.source
    assert public_key("client_key_live", "payment/adyen_abstract/client_key_live")
    assert public_key("client_key", "erp_sync[client_key]") is None
    assert is_credential_key("client_key", "erp_sync[client_key]")
