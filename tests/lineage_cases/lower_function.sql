-- dialect: postgres
INSERT INTO dw.emails (email_norm, name_upper, label)
SELECT LOWER(TRIM(email)), UPPER(name), name || ' <' || email || '>'
FROM crm.customers;
