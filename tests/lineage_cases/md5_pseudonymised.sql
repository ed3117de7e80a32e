-- dialect: postgres
INSERT INTO analytics.events_users (user_key, phone_hash, country)
SELECT md5(lower(c.email)), encode(digest(c.phone, 'sha256'), 'hex'), c.country
FROM crm.customers AS c;
