-- dialect: postgres
INSERT INTO analytics.country_stats (country, customers, emails, revenue)
SELECT c.country, count(*), count(DISTINCT c.email), sum(o.total)
FROM crm.customers AS c
JOIN shop.orders AS o ON o.customer_id = c.id
GROUP BY c.country;
