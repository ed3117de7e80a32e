-- dialect: tsql
INSERT INTO dw.dbo.top_customers (email, orders)
SELECT x.email, x.n
FROM (SELECT c.email, count(o.id) AS n
      FROM crm.customers AS c JOIN shop.orders AS o ON o.customer_id = c.id
      GROUP BY c.email) AS x;
