-- dialect: postgres
INSERT INTO dw.customer_orders (customer_id, customer_email, order_total)
SELECT c.id, c.email, o.total
FROM crm.customers AS c
JOIN shop.orders AS o ON o.customer_id = c.id
LEFT JOIN shop.buyers AS b ON b.email = c.email;
