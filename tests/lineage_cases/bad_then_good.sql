-- dialect: postgres
INSERT INTO dw.broken SELEC email FROM;
INSERT INTO dw.ok (email) SELECT email FROM crm.customers;
