"""Held-out set seek: the test fixtures of FAIRDOM-SEEK, a Rails application in which research
projects in the life sciences (systems biology) share and catalogue their data: people belong to
projects through work groups at institutions, describe investigations, studies and assays, and
upload data files, models and SOPs (standard operating procedures) in versions, each under a
sharing policy with per-person and per-group permissions.

SEEK's tests load Rails fixtures, one YAML file per table: 35 people (first and last name,
e-mail, a description, disciplines), 18 user accounts (login, SHA-1 password hash and salt,
activation code, times), roles, institutions (title, address, city, country), projects (web and
wiki page), work groups and group memberships, favourite groups of people with their access
types, favourites and a saved search, events (address, city, dates), site announcements,
investigations, studies and assays with their organisms and diseases, data files, models and
SOPs with their versions and content blobs (original file name, URL, UUID), policies and
permissions, DOI logs and catalogues (assay classes, disciplines, organisms, strains, model
formats and types, publication types, sample attribute types, units and the like).

Every fixture file of ``test/fixtures/`` with at least one row carrying a column other than the
key (53 tables), every row, loaded into PostgreSQL through ``railsfixtures`` (a table per file; an
association written as a fixture label stays that label; columns typed from their values). The
fixtures' ERB is replaced before that: ``<%= 2.days.ago.to_fs :db %>`` and the like become times
counted from ``railsfixtures.REFERENCE``; the ``Policy`` and ``FavouriteGroup`` constants their
values in ``app/models``; ``I18n.t('assays.…')`` the English text of ``config/locales/en.yml``;
content blobs' helper block is dropped and each ``init_blob(...)`` or ``SecureRandom.uuid`` becomes
a UUID derived from its position (the tests copy a file into the filestore under a random UUID).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

import railsfixtures
from sqlsource import text_of

REPO = "seek4science/seek"
COMMIT = "45b83bfd6e3331d9861491df7208a340685c6257"
FILES = "test/fixtures/<table>.yml for 53 tables (the Rails test fixtures, all rows)"
LICENCE = 'BSD-3-Clause (BSD-LICENSE of the repository, "University of Manchester and HITS gGmbH")'
ENGINE = "postgresql"

_TABLES = (
    "annotation_attributes",
    "assay_assets",
    "assay_classes",
    "assay_human_diseases",
    "assay_organisms",
    "assays",
    "asset_doi_logs",
    "assets_creators",
    "bioportal_concepts",
    "content_blobs",
    "culture_growth_types",
    "data_file_versions",
    "data_files",
    "disciplines",
    "events",
    "favourite_group_memberships",
    "favourite_groups",
    "favourites",
    "genes",
    "group_memberships",
    "help_documents",
    "human_diseases",
    "institutions",
    "investigations",
    "isa_tags",
    "measured_items",
    "model_formats",
    "model_types",
    "model_versions",
    "models",
    "modifications",
    "organisms",
    "people",
    "permissions",
    "phenotypes",
    "policies",
    "projects",
    "publication_types",
    "recommended_model_environments",
    "relationship_types",
    "roles",
    "sample_attribute_types",
    "saved_searches",
    "site_announcements",
    "sop_versions",
    "sops",
    "strains",
    "studies",
    "text_values",
    "units",
    "users",
    "work_groups",
    "worksheets",
)

_EXTRA = {
    "<%= Policy::DETERMINED_BY_GROUP %>": "-1",
    "<%= Policy::NO_ACCESS %>": "0",
    "<%= Policy::VISIBLE %>": "1",
    "<%= Policy::ACCESSIBLE %>": "2",
    "<%= Policy::EDITING %>": "3",
    "<%= Policy::MANAGING %>": "4",
    "<%= FavouriteGroup::DENYLIST_ACCESS_TYPE %>": "0",
    "<%= FavouriteGroup::ALLOWLIST_ACCESS_TYPE %>": "2",
    "<%= FavouriteGroup::DENYLIST_NAME %>": "__denylist__",
    "<%= FavouriteGroup::ALLOWLIST_NAME %>": "__allowlist__",
    "<%= I18n.t('assays.experimental_assay') %>": "Experimental assay",
    "<%= I18n.t('assays.modelling_analysis') %>": "Modelling analysis",
    "<%= I18n.t('assays.assay_stream') %>": "Assay Stream",
}

_BLOCK = re.compile(r"<%(?!=).*?%>", re.S)
_AGO = re.compile(r"<%=\s*(\d+)\.days\.ago\.to_fs :db\s*%>")
_UUID = re.compile(r"<%=\s*(?:init_blob\('[^']*'\)|SecureRandom\.uuid)\s*%>")


def _expand(table: str, text: str) -> str:
    text = _BLOCK.sub("", text)
    text = _AGO.sub(lambda m: f"<%= {m.group(1)}.days.ago.to_fs(:db) %>", text)
    position = iter(range(1, 10000))
    return _UUID.sub(
        lambda _m: str(uuid.uuid5(uuid.NAMESPACE_URL, f"seek/{table}/{next(position)}")), text
    )


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the fixtures as one PostgreSQL script."""

    def fixture(table: str) -> str:
        return _expand(table, text_of(read(f"test/fixtures/{table}.yml")))

    return railsfixtures.script(fixture, _TABLES, _EXTRA)
