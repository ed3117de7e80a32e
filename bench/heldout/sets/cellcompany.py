"""Held-out set cellcompany: the database of a mobile phone company's web application written
as a university database course homework in 2024 (an Express server, ``server.js``, over
PostgreSQL), where the company adds a customer with a bank account and a phone plan, records
calls, bills and payments, and looks up a customer's payment history and bill summary.

``sql/create_tables.sql`` creates the ten tables: phone plans (type, monthly charge, data and
talk limits), bank accounts (account holder's name, bank name, account and routing numbers,
balance), customers (name, phone number, e-mail, plan, bank account), call records (start and
end time, duration, data usage, cost), bills (date, amount, due date, status), payments (method,
type, date, amount, bill, bank account), customers' addresses (street, city, state, ZIP code),
customer service cases (date, issue and resolution descriptions), phone warranties (start and
end dates, status) and service ranges (region name, coverage area). ``sql/populate_data.sql``
fills them: ten plans and ten customers, each with one bank account, call, bill, payment,
address, service case, warranty and service range.

Loaded into PostgreSQL as written, the two files one after the other (each is its own
transaction, BEGIN ... COMMIT). The call records' start and end times are DATE columns and keep
only the day of the timestamps the rows give. The other SQL files of the repository (queries, a
delete script, a transaction trace, ``ddl3.sql``, an older draft of the schema without rows)
are left out.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import text_of

REPO = "ayaan129/Database_CS_HW4"
COMMIT = "5fb32302d63d53cfb161625ce29ed693e123b987"
FILES = (
    "sql/create_tables.sql and sql/populate_data.sql (the schema and the sample rows of the "
    "course homework; all tables and rows)"
)
LICENCE = (
    "none stated (the repository has no licence file; its package.json has npm's default "
    '"license": "ISC", for the Node package)'
)
ENGINE = "postgresql"

SCHEMA = "sql/create_tables.sql"
ROWS = "sql/populate_data.sql"


def script(read: Callable[[str], bytes]) -> str:
    """The schema and the sample rows as one PostgreSQL script."""
    return text_of(read(SCHEMA)) + "\n" + text_of(read(ROWS))
