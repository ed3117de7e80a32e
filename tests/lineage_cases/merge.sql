-- dialect: postgres
MERGE INTO dw.contacts AS t
USING crm.customers AS s ON t.id = s.id
WHEN MATCHED THEN UPDATE SET email = lower(s.email), phone = s.phone
WHEN NOT MATCHED THEN INSERT (id, email, name) VALUES (s.id, s.email, s.name);
