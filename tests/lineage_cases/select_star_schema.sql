-- dialect: postgres
INSERT INTO dw.contacts SELECT * FROM crm.customers;
