"""Held-out set fossbilling: a new FOSSBilling installation (FOSSBilling is a PHP billing and
client-management application for hosting and service providers: clients, orders, invoices,
transactions, subscriptions, domains, a support helpdesk with tickets and public tickets, a
knowledge base, e-mail templates and queues).

The installer (``src/install/install.php``) runs ``src/install/sql/structure.sql`` (a mysqldump
of the 60 tables) and then ``src/install/sql/content.sql``: the reference and demo content of a
new installation (admin and client groups, currencies, extensions, payment gateways, a product
category and product, a news post, a helpdesk with canned responses, knowledge-base articles,
domain TLDs and registrars, settings). The installer's own rows from its form (the administrator
and the company's details) are not added; clients, orders, invoices, tickets and every log stay
empty and are labelled from their schema.

Loaded into MariaDB as the two files are, one after the other.
"""

from __future__ import annotations

from collections.abc import Callable

REPO = "FOSSBilling/FOSSBilling"
COMMIT = "56a0871df1240dc1d0d12c1a278fbe3678821982"
FILES = (
    "src/install/sql/structure.sql, src/install/sql/content.sql (the installer's schema and "
    "the content of a new installation)"
)
LICENCE = "Apache-2.0"
ENGINE = "mysql"


def script(read: Callable[[str], bytes]) -> str:
    """The installer's two scripts as one MariaDB script."""
    parts = [
        read(f"src/install/sql/{name}.sql").decode("utf-8") for name in ("structure", "content")
    ]
    return "\n".join(parts)
