-- dialect: postgres
INSERT INTO dw.contact_points (id, contact)
SELECT c.id, CASE WHEN c.email IS NOT NULL THEN c.email ELSE c.phone END
FROM crm.customers AS c;
