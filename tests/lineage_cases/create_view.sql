-- dialect: mysql
CREATE VIEW dw.v_customers AS
SELECT c.id AS customer_id, CONCAT(c.name, ' ', c.phone) AS label, sha1(c.email) AS email_sha
FROM crm.customers AS c;
