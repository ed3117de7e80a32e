-- dialect: postgres
INSERT INTO dw.people (email, name, src)
WITH crm AS (SELECT email, name, 'crm' AS src FROM crm.customers),
     shop AS (SELECT email, full_name AS name, 'shop' AS src FROM shop.buyers)
SELECT email, name, src FROM crm
UNION ALL
SELECT email, name, src FROM shop;
