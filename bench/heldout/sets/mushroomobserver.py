"""Held-out set mushroomobserver: the test fixtures of Mushroom Observer, a Rails citizen-science
site where amateur and professional mycologists record observations of fungi (where and when,
with photos, specimens, DNA sequences and proposed names that other users vote on), keep species
lists, run projects and herbaria, and donate to the non-profit that runs the site.

The tests load ``test/fixtures/<table>.yml``; 27 of the 57 files are used, the ones about people
and what they record: users (login, name, e-mail, a SHA-1 password digest, an auth code, a
mailing address, an iNaturalist user name, preferences, a content filter), their API keys,
donations (donor's name, e-mail, amount), comments, observations (date, place name, latitude,
longitude and altitude, notes, flags, source), locations (names and bounding boxes), images
(photographer's name, original file name, copyright holder), namings and votes, collection
numbers (collector's name and number), field slips, herbaria (name, code, mailing address,
e-mail, curator's personal herbarium) and herbarium records (accession number, initial
determination), sequences (locus, bases, archive and accession), external links and sites,
species lists, publications, articles, occurrences, projects with their members (trust level),
aliases, user groups, user statistics, interests, and iNaturalist imports (user name at
iNaturalist, token, states). Not used: the taxonomy (``names``, ``name_*``, ``synonyms``),
descriptions and their versions, glossary terms, licences, languages, translations, RSS logs,
triples, visual models and groups, banners, job trackers and queue tables, ``query_records``
(empty) and the IP lists (``*.txt``).

Every row of the 27 files, loaded into PostgreSQL through ``railsfixtures`` (a table per file;
ids from the labels as Rails computes them; an association written as a fixture label,
``user: one``, kept as that label; relative times from the fixed reference moment). Before the
reader runs, each file's ERB tags are replaced here: enum lookups (``User.image_sizes[:medium]``,
``Vote.maximum_vote``, ``ProjectMember.trust_levels[:editing]``...) by the integers the models
define, ``Time.zone.*`` and ``Time.now.strftime(...)`` by the reference moment, the test strings
built in Ruby (``"Sh#{'e'*200}pland"``) by the string they build, and ``{ ... }.to_yaml.inspect``
by the YAML text Ruby writes; then Rails' ``$LABEL`` placeholder (in rows merged from a
``DEFAULTS`` anchor) is replaced by each row's label, as Rails does.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable

import railsfixtures
import yaml
from sqlsource import text_of

REPO = "MushroomObserver/mushroom-observer"
COMMIT = "19d1dea9778c388f5a44a694d90dcca706a5a838"
FILES = (
    "test/fixtures/{users,api_keys,donations,comments,observations,locations,images,namings,"
    "votes,collection_numbers,field_slips,herbaria,herbarium_records,sequences,external_links,"
    "external_sites,species_lists,publications,articles,occurrences,projects,project_members,"
    "project_aliases,user_groups,user_stats,interests,inat_imports}.yml"
    " (27 of the Rails test fixture files; all their rows)"
)
LICENCE = "MIT (LICENSE of the repository)"
ENGINE = "postgresql"

_TABLES = (
    "users",
    "api_keys",
    "donations",
    "comments",
    "observations",
    "locations",
    "images",
    "namings",
    "votes",
    "collection_numbers",
    "field_slips",
    "herbaria",
    "herbarium_records",
    "sequences",
    "external_links",
    "external_sites",
    "species_lists",
    "publications",
    "articles",
    "occurrences",
    "projects",
    "project_members",
    "project_aliases",
    "user_groups",
    "user_stats",
    "interests",
    "inat_imports",
)

_NOW = railsfixtures.REFERENCE
_TODAY = _NOW.date()


def _yaml_inspect(key: str, value: str) -> str:
    """What ``{ key: value }.to_yaml.inspect`` writes: a double-quoted YAML document."""
    quoted = f"'{value}'" if value in ("yes", "no") else value
    return json.dumps(f"---\n:{key}: {quoted}\n")


_EXTRA = {
    # enums and constants of app/models (user.rb, observation.rb, vote.rb, project_member.rb,
    # inat_import.rb) and the users table's default licence (db/schema.rb)
    '<%= User.column_defaults["license_id"] %>': "10",
    "<%= User.image_sizes[:medium] %>": "3",
    "<%= User.keep_filenames[:toss] %>": "1",
    "<%= User.keep_filenames[:keep_but_hide] %>": "2",
    "<%= User.keep_filenames[:keep_and_show] %>": "3",
    "<%= User.location_formats[:scientific] %>": "2",
    "<%= User.thumbnail_sizes[:thumbnail] %>": "1",
    "<%= User.votes_anonymous[:no] %>": "1",
    "<%= Observation.no_notes %>": "{}",
    "<%= Observation.sources[:mo_website] %>": "1",
    "<%= Observation.sources[:mo_api] %>": "4",
    "<%= ProjectMember.trust_levels[:no_trust] %>": "1",
    "<%= ProjectMember.trust_levels[:hidden_gps] %>": "2",
    "<%= ProjectMember.trust_levels[:editing] %>": "3",
    "<%= InatImport.states[:Unstarted] %>": "0",
    "<%= InatImport.states[:Importing] %>": "3",
    "<%= InatImport.states[:Done] %>": "4",
    "<%= Vote.delete_vote %>": "0",
    "<%= Vote.minimum_vote %>": "-3",
    "<%= Vote.min_neg_vote %>": "-1",
    "<%= Vote.min_pos_vote %>": "1",
    "<%= Vote.next_best_vote %>": "2",
    "<%= Vote.maximum_vote %>": "3",
    # times, from the reference moment
    '<%= Time.now.strftime("%F %T")%>': _NOW.isoformat(sep=" "),
    '<%= Time.now.strftime("%Y-%m-%d %H:%M:%S") %>': _NOW.isoformat(sep=" "),
    '<%= Time.now.strftime("%Y-%m-%d") %>': _TODAY.isoformat(),
    "<%= Time.zone.now + 15.seconds %>": (_NOW + datetime.timedelta(seconds=15)).isoformat(sep=" "),
    "<%= Time.zone.today %>": _TODAY.isoformat(),
    "<%= Time.zone.today + 7.days %>": (_TODAY + datetime.timedelta(days=7)).isoformat(),
    "<%= Time.zone.tomorrow %>": (_TODAY + datetime.timedelta(days=1)).isoformat(),
    "<%= Time.zone.yesterday %>": (_TODAY - datetime.timedelta(days=1)).isoformat(),
    # strings built in Ruby for tests of long names
    "<%= \"B#{'a'*80}\" %>": "B" + "a" * 80,
    "<%= \"Sh#{'e'*200}pland\" %>": "Sh" + "e" * 200 + "pland",
    "<%= \"Sh#{'e'*80}pland\" %>": "Sh" + "e" * 80 + "pland",
    # content filters, written as YAML text by Ruby
    '<%= { has_images: "yes" }.to_yaml.inspect %>': _yaml_inspect("has_images", "yes"),
    '<%= { has_specimen: "yes" }.to_yaml.inspect %>': _yaml_inspect("has_specimen", "yes"),
    '<%= { lichen: "no" }.to_yaml.inspect %>': _yaml_inspect("lichen", "no"),
    '<%= { lichen: "yes" }.to_yaml.inspect %>': _yaml_inspect("lichen", "yes"),
    '<%= { region: "California, USA" }.to_yaml.inspect %>': _yaml_inspect(
        "region", "California, USA"
    ),
    '<%= { region: "Massachusetts" }.to_yaml.inspect %>': _yaml_inspect("region", "Massachusetts"),
}


def _with_label(value: object, label: str) -> object:
    """``value`` with Rails' ``$LABEL`` placeholder replaced by the row's label."""
    if isinstance(value, str):
        return value.replace("$LABEL", label)
    return value


def _fixture(text: str) -> str:
    """One fixture file with its ERB expanded and ``$LABEL`` replaced, as YAML again."""
    data = yaml.safe_load(railsfixtures.expand(text, _EXTRA)) or {}
    rows = {
        label: (
            row
            if label == "DEFAULTS" or not isinstance(row, dict)
            else {k: _with_label(v, str(label)) for k, v in row.items()}
        )
        for label, row in data.items()
    }
    rows.pop("DEFAULTS", None)
    return yaml.safe_dump(rows, allow_unicode=True, sort_keys=False)


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the 27 fixture files as one PostgreSQL script."""

    def fixture(table: str) -> str:
        return _fixture(text_of(read(f"test/fixtures/{table}.yml")))

    return railsfixtures.script(fixture, _TABLES, {})
