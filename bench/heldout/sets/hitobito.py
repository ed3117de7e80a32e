"""Held-out set hitobito: the test fixtures of hitobito (an open-source member and group
management application of Swiss youth and umbrella organisations: people, groups, roles, events,
courses, invoices, mailing lists, messages).

hitobito's specs load Rails fixtures, one YAML file per table: people (first and last name, a
company name and flag, e-mail address, bcrypt password hash, street, house number, ZIP code, town,
country, additional information, primary group), a table of Swiss street addresses for address
validation, groups (layers and their sub-groups, with e-mail, street, ZIP code and town of the
organisation), roles of people in groups, events and courses with dates, questions, participations
and event roles, qualification kinds, invoices (recipient e-mail and address, sender, amounts, ESR
reference numbers, IBAN of the issuing group) with items, articles, configurations and payment
reminders, mailing lists and subscriptions, messages (letters, SMS, bulk mails) and their
recipients, mail logs, service tokens of API clients, label formats, custom contents (e-mail
templates) in several languages, help texts, assignments, pass definitions and grants, audit-log
entries (``hitobito_log_entries``) and rich texts.

Every fixture file but one, every row, loaded into PostgreSQL through ``railsfixtures`` (a table
per file, ``event/dates.yml`` as ``event_dates``, ``custom_content/translations.yml`` as
``custom_content_translations``; relative times and ``Time.zone.now`` fixed from 2026-01-01 noon;
``ActiveRecord::FixtureSet.identify(:label)`` the id of that label; an association written as a
fixture label, as ``primary_group: top_group``, kept as that label). Three tags name settings of
the application: its name and the operators' e-mail address, written below as the defaults of
``config/settings.yml`` at the same commit; one names a date (``Time.zone.parse("2012-3-01")``).
``active_storage/blobs.yml`` is left out: each of its rows is one
``ActiveStorage::FixtureSet.blob`` tag that computes a file's checksum and size.
"""

from __future__ import annotations

from collections.abc import Callable

import railsfixtures
from sqlsource import text_of

REPO = "hitobito/hitobito"
COMMIT = "f040bafbe064cc52dc85903a80330ac4d9d55874"
FILES = "spec/fixtures/<table>.yml for 51 tables (the Rails test fixtures, all rows)"
LICENCE = "AGPL-3.0-or-later"
ENGINE = "postgresql"

_TABLES = (
    "people",
    "addresses",
    "groups",
    "roles",
    "related_role_types",
    "role_type_orders",
    "group_type_orders",
    "events",
    "event_translations",
    "event/dates",
    "event/kinds",
    "event/kind_translations",
    "event/kind_qualification_kinds",
    "event/participations",
    "event/questions",
    "event/question_templates",
    "event/question_translations",
    "event/roles",
    "event_role_type_orders",
    "qualification_kinds",
    "qualification_kind_translations",
    "invoices",
    "invoice_items",
    "invoice_item_translations",
    "invoice_articles",
    "invoice_configs",
    "payment_provider_configs",
    "payment_reminder_configs",
    "payment_reminder_config_translations",
    "mailing_lists",
    "subscriptions",
    "messages",
    "message_recipients",
    "message_templates",
    "mail_logs",
    "service_tokens",
    "label_formats",
    "label_format_translations",
    "custom_contents",
    "custom_content/translations",
    "help_texts",
    "help_text/translations",
    "assignments",
    "pass_definitions",
    "pass_definition_translations",
    "pass_grants",
    "self_registration_reasons",
    "self_registration_reason/translations",
    "hitobito_log_entries",
    "action_text/rich_texts",
    "active_storage/attachments",
)

_EXTRA = {
    "<%= Settings.application.name %>": "hitobito",
    "<%= Settings.root_email %>": "hitobito@puzzle.ch",
    '<%= Time.zone.parse("2012-3-01") %>': "2012-03-01 00:00:00",
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""

    def fixture(table: str) -> str:
        return text_of(read(f"spec/fixtures/{table}.yml"))

    return railsfixtures.script(fixture, _TABLES, _EXTRA)
