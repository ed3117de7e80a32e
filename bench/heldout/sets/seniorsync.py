"""Held-out set seniorsync: the local development database of SeniorSync, a care-request
management web application for senior activity centres (a Spring Boot back end with a Next.js
staff console and a chat flow through which seniors lodge requests; written at an Open
Government Products x People's Association hackathon in Singapore, 2025).

The repository keeps the whole PostgreSQL schema as Flyway migrations in
``backend/database/migrations`` and the development sample rows as further migrations in its
``_local_seeding_data`` folder; the project's docker-compose runs Flyway over both folders
together, so the files apply in the order of their version numbers, seed files between schema
files. The sample data: 10 staff (care coordinators, nurses, social workers...) with name,
job title, phone, e-mail and a shared bcrypt password hash set by a migration, plus a root
administrator; 12 seniors with name, date of birth, phone, e-mail, postal address in one column
and their care characteristics (a JSON list of conditions such as dementia or wheelchair); 12
care requests of seniors (title, free-text description naming the senior, status, priority,
assigned staff); the request types, care levels and one centre; the chat flow's transitions,
prompts and reply options in English, Chinese, Malay and Tamil. Comments, reminders,
conversations, messages, drafts, rankings and spam checks have no rows.

Translation: the migrations are read in Flyway's order (``_FILES``) and joined into one script;
the application's schema ``senior_sync`` becomes ``public`` (its ``CREATE SCHEMA`` and the
``COMMENT ON SCHEMA`` left out, every ``senior_sync.`` prefix removed), as the loader counts
tables in ``public``. The seed that gives each senior a random care level (``random()``) runs
after ``setseed`` so that every load gives the same levels. Timestamps of the requests are
relative to ``NOW()`` in the source and so are those of the load.
"""

from __future__ import annotations

import re
from collections.abc import Callable

REPO = "BFGOrangle/SeniorSync"
COMMIT = "269da9b6512fd0801d42b0c7efc33ed8cd45a335"
FILES = (
    "backend/database/migrations/*.sql and backend/database/migrations/_local_seeding_data/*.sql"
    " (the Flyway migrations of the schema and the local development seed, 46 files in"
    " version order)"
)
LICENCE = "MIT with the Commons Clause (LICENSE of the repository)"
ENGINE = "postgresql"

_DIR = "backend/database/migrations/"
_SEED = _DIR + "_local_seeding_data/"
_FILES = (
    _DIR + "V202506272225__create_senior_sync_schema.sql",
    _DIR + "V202506291030__create_set_updated_at_function.sql",
    _DIR + "V202506291035__create_staff_tbl.sql",
    _DIR + "V202506291036__create_senior_tbl.sql",
    _DIR + "V202506291040__create_requests_tbls.sql",
    _DIR + "V202506291045__populate_request_types.sql",
    _SEED + "V202506292200__seed_local_staff_data.sql",
    _SEED + "V202506292202__seed_local_seniors_data.sql",
    _SEED + "V202506292205__seed_local_requests_data.sql",
    _DIR + "V202507011046__create_reminders_tbl.sql",
    _DIR + "V202507041012__create_fsm_transitions_tbl.sql",
    _DIR + "V202507041030__create_fsm_state_replys_tbl.sql",
    _DIR + "V202507041040__insert_transitions_and_replys_for_senior_request_lodging.sql",
    _DIR + "V202507041045__create_conversations_and_messages_tbl.sql",
    _DIR + "V202507042110__create_requests_draft_tbl.sql",
    _DIR + "V202507050925__add_tags_to_senior_profile_tbl.sql",
    _DIR + "V202507061420__create_auth_system.sql",
    _DIR + "V202507061421__migrate_staff_to_auth.sql",
    _DIR + "V202507071205__change_care_color_to_string_in_seniors_tbl.sql",
    _DIR + "V202507071210__add_senior_characteristics_in_seniors_tbl.sql",
    _DIR + "V202507071215__add_colorcode_to_seniors_tbl.sql",
    _SEED + "V202507081435.sql",
    _DIR + "V202507091502__create_fsm_state_prompts_tbl.sql",
    _DIR + "V202507091507__insert_fsm_state_prompts_for_senior_request_lodging.sql",
    _DIR + "V202507091518__add_language_code_to_fsm_state_reply_option_tbl_and_backfill_"
    "existing_to_en.sql",
    _DIR + "V202507091520__add_urgent_priority_fsm_transition_for_en.sql",
    _DIR + "V202507091522__insert_init_transition_for_lodging_request.sql",
    _DIR + "V202507091525__insert_multi_language_fsm_state_reply_options_for_senior_request_"
    "lodging.sql",
    _DIR + "V202507091900__add_fsm_acknowledgement_transition_for_senior_request_loding.sql",
    _DIR + "V202507101230__fix_completed_state_transitions.sql",
    _DIR + "V202508020800__create_ai_powered_requests_ranking.sql",
    _DIR + "V202508052217__create_center_table.sql",
    _DIR + "V202508091000__create_spam_detection_results_tbl.sql",
    _DIR + "V202508111500__add_cognito_sub_to_staff copy.sql",
    _DIR + "V202508150701__create_ai_recommendations_table.sql",
    _SEED + "V202508162135__add_root_admin_to_staff.sql",
    _DIR + "V202508200900__drop_ai_recommendations_table.sql",
    _DIR + "V202508211430__add_due_date_to_senior_requests.sql",
    _DIR + "V202508212226__create_care_level_table.sql",
    _DIR + "V202508212313__edit_senior_care_levels.sql",
    _SEED + "V202508212321__add_care_level_id.sql",
    _DIR + "V202508231208__care_level.sql",
    _DIR + "V202508241506__care_level_id_key.sql",
    _DIR + "V202508241507__care_level_key.sql",
    _DIR + "V202508282258__add_center_id_to_request_types_table.sql",
    _DIR + "V202511101200__create_comment_mentions_tbl.sql",
)

_SCHEMA_LINE = re.compile(
    r"^(CREATE SCHEMA IF NOT EXISTS senior_sync|COMMENT ON SCHEMA senior_sync)"
)


def _translate(path: str, text: str) -> str:
    """One migration file with the ``senior_sync`` schema folded into ``public``."""
    lines = [line for line in text.splitlines() if not _SCHEMA_LINE.match(line)]
    body = "\n".join(lines).replace("senior_sync.", "")
    if "senior_sync" in body:
        raise ValueError(f"{path}: a use of the schema senior_sync is not handled")
    if "random()" in body:
        body = "SELECT setseed(0.42);\n" + body
    return f"-- {path.rsplit('/', 1)[-1]}\n{body}\n;\n"


def script(read: Callable[[str], bytes]) -> str:
    """The migrations in Flyway's order, schema ``senior_sync`` as ``public``, one script."""
    return "\n".join(_translate(path, read(path).decode("utf-8")) for path in _FILES)
