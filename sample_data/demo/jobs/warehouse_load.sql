-- Nightly load of the analytics warehouse from the storefront (SQLite, both files ATTACHed:
-- the storefront as main, the warehouse as analytics). Read by piimap for column lineage.

-- Lifetime value per customer, keyed by a hash of the email: pseudonymised, still personal data.
INSERT INTO analytics.customer_ltv
    (customer_email_sha256, lifetime_value, first_order_at, last_order_at, segment)
SELECT
    sha256(lower(trim(o.customer_email))),
    sum(i.quantity * i.unit_price),
    min(o.created_at),
    max(o.created_at),
    CASE
        WHEN sum(i.quantity * i.unit_price) > 2000 THEN 'vip'
        WHEN max(o.created_at) > date('now', '-90 days') THEN 'active'
        WHEN max(o.created_at) > date('now', '-365 days') THEN 'at_risk'
        ELSE 'lapsed'
    END
FROM orders AS o
JOIN order_items AS i ON i.order_id = o.id
GROUP BY lower(trim(o.customer_email));

-- Sessions become web events; the visitor's IP address is copied as it is.
INSERT INTO analytics.web_events
    (event_id, session_id, ip_address, event_type, page_path, occurred_at)
SELECT
    lower(hex(randomblob(16))),
    s.session_id,
    s.ip_address,
    'page_view',
    '/',
    s.started_at
FROM sessions AS s
WHERE s.started_at >= date('now', '-1 day');

-- Sales per day: aggregates only, no personal data.
INSERT INTO analytics.daily_sales (date, orders, revenue)
SELECT date(o.created_at), count(*), sum(o.total)
FROM orders AS o
GROUP BY date(o.created_at);
