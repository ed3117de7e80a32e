-- dialect: snowflake
CREATE TABLE dw.big_spenders AS
SELECT c.email, max(o.total) AS top_order
FROM crm.customers AS c
JOIN (SELECT customer_id, total FROM shop.orders WHERE total > 100) AS o ON o.customer_id = c.id
GROUP BY c.email;
