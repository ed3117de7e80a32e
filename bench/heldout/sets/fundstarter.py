"""Held-out set fundstarter: the development database of "Fundstarter", a Kickstarter-like
reward crowdfunding site: creators post projects with a funding goal, a duration and rewards,
backers pledge money to them by card or PayPal, and creators and backers write to each other.

The repository ``dhimanmehak/freebasics`` holds a Laravel 4.2 (PHP) application (its README calls
it "freebasics_bhu", a "Freebasics PHP Platform"), pushed by one person ("mehak") in two commits on
3 January 2018: the crowdfunding script ``fundstarter`` with its installer
(``fundstarterdbconfig.php``, ``database/fundstarter_ins.sql``, an installer's dump of November
2015 with one user, no pledges and some WordPress tables) and an older copy of the application
under ``old_code``. ``app/database/kickstarter_db (7).sql`` (the same file as in ``old_code``) is
the phpMyAdmin 4.2.11 dump (MySQL 5.5.24), generated on 28 April 2015, of the developers'
database ``kickstarter_db``: the site's settings name it "Fundstarter", its page links point at
``localhost:8080/kickstarter``, and the administrators' e-mail addresses are all on one company's
domain, apparently the developers' (the script's vendor). Every table and column is named in
English, lower case, mostly run together (``billingaddress1``, ``recieverid``).

The dump holds: users (first and last name, e-mail address, mobile number, bcrypt password hash,
login type (normal, Facebook or Twitter) and Twitter id, e-mail and mobile verification codes,
last login IP address, profile picture path (holding the e-mail address), biography,
address, city, state, country, postal code, vanity URL, website, Facebook, Twitter and Google+
links, date of birth, gender, e-mail notification preferences, counts of projects created and
backed); administrators (name, e-mail address, bcrypt hash, type, last login IP address); the
site's settings in one row (the administrator's name and e-mail, the contact address, Dropbox,
PayPal API and SMTP account names and passwords, API keys of Facebook, Twitter, Google and
Twilio); projects (title, blurb, category, location as a country id, funding goal and duration,
pledged total, image and video, description and risks, and the funds' recipient: an individual
or an organisation, with address, city, state, country, PIN code, business name and type, the
kind and the uploaded scan of an identity proof, and a PayPal e-mail address); rewards (pledge
amount, description, delivery estimate, quantity, countries shipped to); backings (the backer,
pledge, reward, and the card: name on the card, number, expiry date and CVV, and the billing
address, city, postal code and country); PayPal payments (pay key, transaction id, the payer's
PayPal e-mail address); payouts to project hosts (empty); comments on projects, messages between
users (``inboxmsgs``; ``sendmsgs`` is empty), project updates and FAQs, starred projects;
contact-form messages (name, e-mail, mobile number, subject, message); newsletter subscriptions
(e-mail address, verification code) and newsletter e-mail templates; the PayPal gateway's
settings (a serialized PHP array with the merchant's sandbox e-mail address); categories and
subcategories, countries (with calling codes and currencies), currencies, states
and provinces of a few countries, cities (empty), static pages, home-page sliders and a pre-footer.

All 27 tables and all 649 rows are loaded: 6 users, 5 administrators, 13 projects, 30 rewards,
25 backings (6 with card and billing data; every card number is 2147483647, the largest value of
the ``int`` column it was typed into), 12 payments, 7 comments, 9 messages, 8 updates, 1 FAQ, 2
starred projects, 2 contact messages, 3 subscriptions, 7 newsletter templates, 1 settings row, 1
payment gateway, 15 categories, 2 subcategories, 230 countries, 2 currencies, 254 states, 9
static pages, 4 sliders and 1 pre-footer; ``cities``, ``paymenthosts`` and ``sendmsgs`` are empty.
The rows are the developers' test data: test phrases, keyboard mashing and pasted text.

Translation, in this module: none. The dump neither creates nor uses a database and has no foreign
keys, views or triggers; it runs as written in MariaDB (its own ``SQL_MODE`` setting, without
strict mode, keeps its zero dates), its backtick-quoted identifiers lower-cased (they already
are). The module checks the table list and that no view, trigger or procedure has appeared.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, lower_identifiers, single_dump

REPO = "dhimanmehak/freebasics"
COMMIT = "74a77e1557ac97d8663a21fab3464434ac61568f"
PATH = "app/database/kickstarter_db (7).sql"
FILES = (
    f"{PATH} (the phpMyAdmin dump, MySQL 5.5, 28 April 2015, of the developers' database of "
    "Fundstarter, a Kickstarter-like crowdfunding site in Laravel 4.2: users with names, e-mail "
    "addresses, mobile numbers, bcrypt hashes, addresses, birth dates, genders and social links, "
    "administrators, site settings with account credentials, projects with the recipient's "
    "address, identity proof and PayPal e-mail, rewards, backings with card and billing data, "
    "PayPal payments, comments, messages, updates, contact messages, subscriptions, newsletters, "
    "categories, countries and states; all 27 tables and all rows)"
)
LICENCE = (
    "none stated (no licence file; composer.json's MIT is the Laravel skeleton's; a "
    "crowdfunding script's test data)"
)
ENGINE = "mysql"

TABLES = [
    "admins",
    "adminsettings",
    "backings",
    "categories",
    "cities",
    "comments",
    "contacts",
    "countries",
    "currencies",
    "faqs",
    "inboxmsgs",
    "newsletters",
    "paymentgateways",
    "paymenthosts",
    "payments",
    "prefooters",
    "projects",
    "rewards",
    "sendmsgs",
    "sliders",
    "starredprojects",
    "states",
    "staticpages",
    "subcategories",
    "subscriptions",
    "updates",
    "users",
]

_CREATED = re.compile(r"^CREATE TABLE IF NOT EXISTS `(\w+)` \(", re.M)
_OTHER_OBJECT = re.compile(
    r"CREATE\s+(?:ALGORITHM|DEFINER|(?:OR REPLACE\s+)?VIEW|TRIGGER|PROCEDURE)"
)


def script(read: Callable[[str], bytes]) -> str:
    """The dump as written, identifiers lower-cased, once its table list is checked."""
    text = single_dump(read, PATH)
    found = sorted(t.lower() for t in _CREATED.findall(text))
    if found != TABLES:
        raise SourceError(f"{PATH}: expected the tables {' '.join(TABLES)}, found {found}")
    if _OTHER_OBJECT.search(text):
        raise SourceError(f"{PATH} now holds a view, trigger or procedure")
    return lower_identifiers(text)
