"""Held-out set openklant: the demo data of Open Klant, the registration component in which a
Dutch municipality (or another public body) keeps its customers and their contacts with it, per the
Klantinteracties API specification of VNG Realisatie (the association of Dutch municipalities) and
the Contactgegevens API. Open Klant is a Django application on PostgreSQL that Maykin (Amsterdam)
develops with the municipalities of Amsterdam, The Hague and Utrecht and VNG Realisatie, part of
the "Common Ground" components (EUPL; about 1,070 commits from October 2021 to August 2026, the
2.x data model since 2023; commit names Steven Bal, Daniel Mursa, bart-maykin, Tim de Beer, Joeri
Bekker and others). Every model and nearly every field is named in Dutch.

The Klantinteracties part holds parties ("partij": a person, an organisation or a contact person,
with a visiting and a correspondence address, each as three address lines, street name, house
number and addition, postcode, town, country and the BAG address id, a preferred language, a
secrecy flag, an internal note, and preferred digital address and bank account), the persons'
and contact persons' names ("contactnaam": initials, first name, surname prefix, surname), the
organisations' names, the parties' identifiers in the national registers (a citizen service
number, "bsn", from the personal records database BRP, or a Chamber of Commerce number from the
trade register HR), representation between parties ("vertegenwoordigden"), categories of parties,
digital addresses (e-mail, phone), bank accounts (IBAN, BIC), the customer contacts themselves
("klantcontact": channel, subject, content, language, confidentiality, when it took place), the
parties involved in a contact ("betrokkene": their role, name and addresses at the time), the
objects a contact was about and its attachments (each an identifier in a register, here a
citizen service number), the actors who handled a contact ("actor": an employee, an automated
actor or an organisational unit; an employee, "medewerker", has a job title, e-mail address and
phone number) and the internal tasks that follow a contact ("internetaak": requested action,
explanation, status). The Contactgegevens part holds a person (first names, surname prefix,
surname, sex, dates of birth and death, address) and an organisation (trade name, founding and
dissolution dates, address).

Source: the two Django fixtures of demo data in ``src/openklant/fixtures`` at the head of the
repository, ``klantinteracties.json`` (written in January to March 2024 with the project's
Postman collection, last changed in March 2025 when the separate Dutch address fields came) and
``contactgegevens.json``: all 29 objects of 20 models, loaded into PostgreSQL through
``djangofixtures`` (a table per model, named ``<app>_<model>`` as Django names it, such as
``klantinteracties_partij``; a foreign key keeps the field's name, ``partij`` not ``partij_id``;
columns typed from the values): 3 parties (a person, an organisation and its contact person), 2
customer contacts (an e-mail and a phone call, their content placeholder text) with 3 involved
parties, 2 actors who are employees, 2 internal tasks, one identifier, digital address, bank
account, subject object and attachment, and one person and one organisation of Contactgegevens.
The module checks that the two files hold those 20 models and nothing else.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import djangofixtures
from sqlsource import SourceError, text_of

REPO = "maykinmedia/open-klant"
COMMIT = "754d9cd20c70a6e0d3a76a67ee6a143732747e99"
PATHS = (
    "src/openklant/fixtures/klantinteracties.json",
    "src/openklant/fixtures/contactgegevens.json",
)
FILES = (
    "src/openklant/fixtures/klantinteracties.json and contactgegevens.json (the demo data of Open "
    "Klant, the Dutch municipalities' register of customers and customer contacts per the VNG "
    "Klantinteracties and Contactgegevens APIs, named in Dutch: parties with names, addresses, "
    "citizen service numbers, digital addresses and bank accounts, customer contacts with the "
    "parties involved, subject objects and attachments, employees and internal tasks, a person "
    "and an organisation of Contactgegevens; all 29 objects of 20 models)"
)
LICENCE = "EUPL (LICENSE.md, EUPL 1.2 text)"
ENGINE = "postgresql"

#: objects per model in the two fixtures
MODELS = {
    "klantinteracties.actor": 2,
    "klantinteracties.actorklantcontact": 2,
    "klantinteracties.betrokkene": 3,
    "klantinteracties.bijlage": 1,
    "klantinteracties.categorie": 1,
    "klantinteracties.categorierelatie": 1,
    "klantinteracties.contactpersoon": 1,
    "klantinteracties.digitaaladres": 1,
    "klantinteracties.internetaak": 2,
    "klantinteracties.klantcontact": 2,
    "klantinteracties.medewerker": 2,
    "klantinteracties.onderwerpobject": 1,
    "klantinteracties.organisatie": 1,
    "klantinteracties.partij": 3,
    "klantinteracties.partijidentificator": 1,
    "klantinteracties.persoon": 1,
    "klantinteracties.rekeningnummer": 1,
    "klantinteracties.vertegenwoordigden": 1,
    "contactgegevens.organisatie": 1,
    "contactgegevens.persoon": 1,
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of every model in the two fixtures as one PostgreSQL script."""
    objs: list[dict[str, object]] = []
    for path in PATHS:
        objs.extend(djangofixtures.objects(text_of(read(path))))
    found = Counter(str(obj["model"]) for obj in objs)
    if found != Counter(MODELS):
        raise SourceError(f"the fixtures now hold {dict(found)}")
    return djangofixtures.script(objs)
