-- dialect: postgres
UPDATE dw.contacts
SET email = b.email, name = upper(b.full_name), country = 'unknown'
FROM shop.buyers AS b
WHERE dw.contacts.id = b.id;
