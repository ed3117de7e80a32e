"""Held-out set ekylibre: the test fixtures of Ekylibre, an open-source farm management ERP
(accounting, sales and purchases, stock, crop and animal production, interventions on land
parcels, people and organisations as "entities", workers and their contracts and payslips).

Ekylibre's tests load Rails fixtures, one YAML file per table, as written by its developers for
a demo farm: 178 files at this commit, 165 with rows (13 hold only comments and give tables
without columns). Among them: 19 entities (people and organisations: first and last name, full
name, title, birth and death dates, language, country, SIRET and VAT numbers, bank account
holder, IBAN and BIC), 18 entity addresses (postal lines, or an e-mail address, phone or website
in one ``coordinate`` column), 4 users (e-mail address, names, bcrypt hash, authentication token,
sign-in IP addresses, job), workers as products, 2 worker contracts with an hourly wage, 3
payslips, 48 events with 67 participations, 282 paper-trail versions holding the changed records
as JSON, 13 documents with their extracted text, GPS crumbs of a phone, beside accounts, journal
entries, sales, purchases, payments, loans, land parcels with their geometry, products, animals
and readings.

Every fixture file, every row, loaded into PostgreSQL through ``railsfixtures`` (a table per file;
no file uses ERB; an association written as a fixture label stays that label; columns typed from
their values, so only the columns the fixtures fill exist), with Ruby's YAML tags dropped: a
``!ruby/hash:...`` mapping, a ``!ruby/object:BigDecimal`` number and the serialised RGeo
geometries of paper-trail versions are read as plain mappings and strings (jsonb or text).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import railsfixtures
from sqlsource import text_of

REPO = "ekylibre/ekylibre"
COMMIT = "4c6532cfde377dcc36a97b38942d910fb2b6fa78"
FILES = "test/fixtures/<table>.yml for 178 tables (the Rails test fixtures, all rows)"
LICENCE = "AGPL-3.0 (LICENSE of the repository)"
ENGINE = "postgresql"

#: Ruby's YAML tags (``!ruby/hash:ActiveSupport::HashWithIndifferentAccess``,
#: ``!ruby/object:BigDecimal``, RGeo geometries) and the bare ``!`` tag, dropped so that the
#: value is read as a plain mapping or string
_RUBY_TAG = re.compile(r"!ruby/\w+:[\w:]+|(?<=: )!(?= )")

_TABLES = (
    "account_balances",
    "accounts",
    "activities",
    "activity_budget_items",
    "activity_budgets",
    "activity_distributions",
    "activity_inspection_calibration_natures",
    "activity_inspection_calibration_scales",
    "activity_inspection_point_natures",
    "activity_productions",
    "activity_seasons",
    "activity_tactics",
    "affairs",
    "alert_phases",
    "alerts",
    "analyses",
    "analysis_items",
    "associates",
    "attachments",
    "bank_statement_items",
    "bank_statements",
    "call_messages",
    "calls",
    "campaigns",
    "cap_islets",
    "cap_land_parcels",
    "cap_neutral_areas",
    "cap_statements",
    "cash_sessions",
    "cash_transfers",
    "cashes",
    "catalog_items",
    "catalogs",
    "contract_items",
    "contracts",
    "crop_group_items",
    "crop_group_labellings",
    "crop_groups",
    "crumbs",
    "cultivable_zones",
    "cvi_cadastral_plant_cvi_land_parcels",
    "cvi_cadastral_plants",
    "cvi_cultivable_zones",
    "cvi_land_parcels",
    "cvi_statements",
    "dashboards",
    "debt_transfers",
    "deliveries",
    "delivery_tools",
    "deposits",
    "districts",
    "document_templates",
    "documents",
    "entities",
    "entity_addresses",
    "entity_links",
    "event_participations",
    "events",
    "financial_year_exchanges",
    "financial_years",
    "fixed_asset_depreciations",
    "fixed_assets",
    "gap_items",
    "gaps",
    "georeadings",
    "guide_analyses",
    "guide_analysis_points",
    "guides",
    "idea_diagnostics",
    "identifiers",
    "imports",
    "incoming_harvest_crops",
    "incoming_harvest_storages",
    "incoming_harvests",
    "incoming_payment_modes",
    "incoming_payments",
    "inspection_calibrations",
    "inspection_points",
    "inspections",
    "integrations",
    "intervention_costings",
    "intervention_crop_groups",
    "intervention_labellings",
    "intervention_parameter_readings",
    "intervention_parameter_settings",
    "intervention_parameters",
    "intervention_participations",
    "intervention_setting_items",
    "intervention_working_periods",
    "interventions",
    "inventories",
    "inventory_items",
    "issues",
    "journal_entries",
    "journal_entry_items",
    "journals",
    "labels",
    "listing_node_items",
    "listing_nodes",
    "listings",
    "loan_repayments",
    "loans",
    "locations",
    "map_layers",
    "naming_format_fields",
    "naming_formats",
    "net_services",
    "notifications",
    "observations",
    "outgoing_payment_lists",
    "outgoing_payment_modes",
    "outgoing_payments",
    "parcel_item_storings",
    "parcel_items",
    "parcels",
    "payslip_natures",
    "payslips",
    "plant_counting_items",
    "plant_countings",
    "plant_density_abaci",
    "plant_density_abacus_items",
    "postal_zones",
    "preferences",
    "prescriptions",
    "product_enjoyments",
    "product_labellings",
    "product_linkages",
    "product_links",
    "product_localizations",
    "product_memberships",
    "product_movements",
    "product_nature_categories",
    "product_nature_category_taxations",
    "product_nature_variant_components",
    "product_nature_variant_readings",
    "product_nature_variants",
    "product_natures",
    "product_ownerships",
    "product_phases",
    "product_readings",
    "products",
    "project_budgets",
    "purchase_items",
    "purchase_natures",
    "purchases",
    "regularizations",
    "ride_sets",
    "rides",
    "roles",
    "sale_contract_natures",
    "sale_contracts",
    "sale_items",
    "sale_natures",
    "sales",
    "sensors",
    "sequences",
    "subscription_natures",
    "subscriptions",
    "supervision_items",
    "supervisions",
    "synchronization_operations",
    "target_distributions",
    "tasks",
    "tax_declaration_item_parts",
    "tax_declaration_items",
    "tax_declarations",
    "tax_payments",
    "taxes",
    "teams",
    "tokens",
    "trackings",
    "units",
    "users",
    "versions",
    "wice_grid_serialized_queries",
    "worker_contracts",
    "worker_groups",
    "worker_time_logs",
)


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""

    def fixture(table: str) -> str:
        return _RUBY_TAG.sub("", text_of(read(f"test/fixtures/{table}.yml")))

    return railsfixtures.script(fixture, _TABLES)
