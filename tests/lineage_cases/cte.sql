-- dialect: postgres
INSERT INTO dw.mailing (email, display_name)
WITH recent AS (
  SELECT c.email, c.name FROM crm.customers AS c WHERE c.country = 'DE'
)
SELECT r.email, r.name FROM recent AS r;
