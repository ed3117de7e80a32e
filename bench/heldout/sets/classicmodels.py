"""Held-out set classicmodels: the MySQL Tutorial sample database ``classicmodels`` (a retailer
of scale models of classic cars: customers with their contact person, address and credit limit,
the sales employees and their offices, orders and order lines, payments, products and product
lines), as kept in a repository that uses it for MySQL and MariaDB upgrade tests.

``mysqlsampledatabase.sql`` (version 3.1 of the sample) creates the eight tables and fills them:
122 customers, 23 employees, 7 offices, 326 orders with 2996 lines, 273 payments, 110 products
in 7 product lines.

Loaded into MariaDB as written, except that its ``CREATE DATABASE classicmodels`` and
``USE classicmodels`` go (the rows load into the held-out database) and every backtick-quoted
identifier is lower-cased (the script writes them in camel case: ``contactLastName``); its
Windows line ends stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, lower_identifiers, text_of

REPO = "hhorak/mysql-sample-db"
COMMIT = "07992002687b6cc73ba79bd7a3b6abb18a774d99"
FILES = "mysqlsampledatabase.sql (the classicmodels sample database, version 3.1; all rows)"
LICENCE = "none stated in the repository (the sample database of mysqltutorial.org)"
ENGINE = "mysql"

_DATABASE = re.compile(
    r"^(?:CREATE DATABASE [^\n]*`classicmodels`[^\n]*;|USE `classicmodels`;)\r?$", re.M
)


def script(read: Callable[[str], bytes]) -> str:
    """The dump without its own database, identifiers lower-cased, as one MariaDB script."""
    text, found = _DATABASE.subn("", text_of(read("mysqlsampledatabase.sql")))
    if found != 2:
        raise SourceError(f"expected CREATE DATABASE and USE classicmodels, found {found}")
    return lower_identifiers(text)
