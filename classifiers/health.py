"""Data concerning a person's health (GDPR Art. 9(1)), read from the schema: what a school, a
clinic or an employer keeps about someone's medical conditions, medication and first aid is
often in tables that are empty in a sample database, so the names decide (0.6).

- A column named for health (``medical_information``, ``allergies``, ``medication``,
  ``diagnosis``, ``disability``, ``special_needs``) is ``HEALTH`` in a table about people or
  whose rows point at a person.
- A table of health records (``person_medical``, ``first_aid``, ``patient_allergies``) whose
  rows point at a person, or at a person's record (``person_medical_id``, ``person_id_patient``),
  keeps that person's health in every text column: a condition's ``name``, its ``triggers``, a
  first-aid ``description``, the ``action_taken``.

- A column named for a person's genes (``allele``, ``genotype``, ``haplotype``: genetic data,
  GDPR Art. 9(1)) is ``HEALTH`` in a table about people or whose rows key someone whose own
  genes are typed (a patient, a donor, a participant; not a researcher, a user, a player or a
  student), unless the table or a column names an animal, a plant or a lab's strain (a herd's,
  a crop's, a mouse line's genotypes).
- A column of a table about people named for a person's tags (``characteristics``,
  ``needs``, ``flags``, ``tags``: :data:`TAG_NAMES`) whose sampled values are lists of tags
  (``["diabetic", "wheelchair"]``), at least half of the sampled rows with tags naming a
  condition, an impairment or an aid of a person's body (:data:`CONDITION_WORDS`,
  :data:`CONDITION_PAIRS`; a word other domains use as often, ``blind`` or ``disabled``, only
  as a whole tag or in a pair), is ``HEALTH``: a care home's or a transport's record of each
  person's conditions. Not a column named otherwise (``courses``, ``units``, ``roles``,
  ``equipment``, a plain ``status``), not one naming what a person offers or follows
  (``specialty_tags``, ``skill_tags``), and not a table of things (a room's features, a
  recipe's tags).

Keys, counts, flags and timestamps are never health data by their name; the names of the
people who wrote a record (``created_by``) are theirs, not a health fact.

>>> from classifiers.base import FieldContext
>>> health_reason(FieldContext("s", "students", "medical_info", "text"), ["medical", "info"],
...     "table 'students' holds people")
"column name 'medical_info' names a person's health (medical) and table 'students' holds people"
>>> health_reason(FieldContext("s", "first_aid", "description", "text"), ["description"],
...     None, "the row points at a person ('person_id')")
"table 'first_aid' keeps health records (first aid) and the row points at a person ('person_id')"
>>> health_reason(FieldContext("s", "products", "medical_use", "text"), ["medical", "use"], None)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from .base import FieldContext
from .name_tokens import singular, table_name
from .name_view import person_keys
from .name_words import NameWords
from .people import ANIMALS, is_text, tokens, words

#: Column words of a person's health.
HEALTH_WORDS = words("""
    medical medication medications medicine medicines diagnosis diagnoses allergy allergies
    illness illnesses disease diseases disability disabilities symptom symptoms prescription
    prescriptions vaccination vaccinations immunisation immunization immunisations
    immunizations therapy therapies health anamnesis surgery surgeries pregnant pregnancy
    pregnancies prenatal antenatal postnatal trimester
""")
#: Two column words of a person's condition or of the aid their body needs, singular
#: (``patient_condition``, ``mobility_aids``, ``assistive_device``): a permit's, a carer's or a
#: transport's record of it. A bare ``condition`` is an item's or a rule's as often, a bare
#: ``aid`` a grant's, a ``chronic_condition`` an orchard's blight as often, a
#: ``mobility_device`` a company's phone (enterprise mobility).
HEALTH_PAIRS = frozenset({
    ("patient", "condition"), ("mobility", "aid"), ("assistive", "device"), ("walking", "aid"),
    ("dietary", "restriction"), ("dietary", "requirement"), ("pre", "natal"),
    ("substance", "abuse"), ("substance", "use"), ("drug", "abuse"), ("drug", "use"),
    ("injected", "drug"), ("alcohol", "abuse"),
}) | frozenset({  # a person's mind as a test of fitness judges it (round 65)
    ("psychological", "fitness"), ("psychological", "evaluation"), ("psychological", "assessment"),
}) | frozenset({  # a disability in a form's gentler words (round 70, second pass)
    ("physically", "challenged"), ("differently", "abled"), ("physically", "handicapped"),
})  # fmt: skip
#: Health words whose yes or no is itself a fact of the person's body or care
#: (``currently_pregnant``, ``injected_drugs``): a flag of them is health data, where a flag of
#: another health word is a setting or a requirement as often (``vaccination_required``).
_CONDITION_FLAGS = words("pregnant pregnancy") | frozenset(
    " ".join(p)
    for p in HEALTH_PAIRS
    if p[0] in {"substance", "drug", "injected", "alcohol", "physically", "differently"}
)
_BOOLEAN = re.compile(r"^(bool|boolean|bit|tinyint\(1\))\b", re.I)
#: A person's special needs (``special_needs``, a lower-cased ``SpecialNeeds``): a disability
#: or a condition that needs care, as a school, an orphanage or a carer records it.
SPECIAL_NEEDS = (("special", "need"), ("special", "needs"))
_SPECIAL_NEEDS_GLUED = words("specialneed specialneeds")
#: Table words of health records, besides :data:`HEALTH_WORDS` (``injuries``); ``first aid`` is
#: matched as two words.
HEALTH_TABLES = HEALTH_WORDS | words("injury injuries")
#: Words that make a health word a thing's, not a person's (``health_check`` of a server).
_NOT_PERSONAL = words("check checks insurance insurer policy plan provider status url endpoint")
#: Column words of who wrote or changed a record, not what it says about the person.
_AUTHORS = words("by creator author editor recorder")
#: Words of how severe a disability is (``disability_rate``, ``degree_of_disability``): with a
#: word of :data:`_DISABILITIES`, a number that is the person's health, as a disability
#: assessment records it (a battery's or a game character's ``health_percentage`` is none).
_DEGREES = words("rate percentage percent pct degree grade severity")
_DISABILITIES = words("disability disabilities disabled impairment handicap invalidity")
#: Words of a key column (``person_id_patient``): a key, not what the record says.
_KEYS = words("id key")
#: Name endings of a link, an identifier, a unit, a duration or an agency in a health record
#: (``requesterurl``, ``dose_unit``, ``prescribing_agency``): what the record refers to or how
#: it measures, not what it says of the person; read glued too (``groupidentifier``).
_REFERENCE = re.compile(
    r"(?:url|uri|link|identifier|units?|duration|agency"
    r"|code|display|status|statusreason|quantity(?:value|text)?"
    r"|(?:request|record|statement|order|encounter|episode|entry|visit)id)$"
)
SCORE = 0.6

#: Words of a person's condition, impairment or care aid, read in sampled tags (one word of a
#: tag is enough: ``diabetic``, ``wheelchair_user``, ``early_dementia``).
CONDITION_WORDS = words("""
    diabetic diabetes dementia alzheimer alzheimers epileptic epilepsy asthmatic asthma
    bedridden wheelchair incontinent incontinence dialysis amputee paraplegic quadriplegic
    paralysed paralyzed hypertensive hypertension parkinson parkinsons autistic autism deaf
    immobile frail dysphagia
""")
#: Words of a condition that other domains use as often (a switch's ``disabled``, poker's and
#: peer review's ``blind``, a credit-``impaired`` loan, a climber's ``oxygen``, a game's
#: ``paralysis``): a condition only as a whole tag (``blind``) or in :data:`CONDITION_PAIRS`.
AMBIGUOUS_WORDS = words("blind disabled impaired impairment oxygen paralysis")
#: Two-word conditions and aids (``memory_loss``, ``fall_risk``, ``hearing_impaired``).
CONDITION_PAIRS = frozenset({
    ("memory", "loss"), ("hearing", "loss"), ("fall", "risk"), ("feeding", "tube"),
    ("limited", "mobility"), ("reduced", "mobility"), ("walking", "stick"), ("walking", "frame"),
    ("guide", "dog"), ("hearing", "aid"), ("hearing", "impaired"), ("hearing", "impairment"),
    ("visually", "impaired"), ("vision", "impaired"), ("vision", "impairment"),
    ("visual", "impairment"), ("cognitively", "impaired"), ("cognitive", "impairment"),
    ("mobility", "impaired"), ("physically", "disabled"), ("legally", "blind"),
    ("oxygen", "support"), ("oxygen", "therapy"), ("home", "oxygen"),
})  # fmt: skip
#: Column words of a person's descriptive tags (``characteristics``, ``care_needs``,
#: ``profile_tags``): a column named otherwise (``courses``, ``units``, ``roles``, ``keywords``,
#: ``clinics``, ``experience``, ``equipment``, ``features``) names what a person does, works
#: on, studies, runs or owns, and its health words are no condition of theirs.
TAG_NAMES = words("""
    characteristic characteristics need needs flag flags tag tags trait traits attribute
    attributes label labels
""")
#: Column words of what a person offers, treats, follows or supports (a doctor's
#: ``specialty_tags``, a carer's ``skill_tags``, a donor's ``interest_tags``): their tags name
#: conditions that are not the person's own.
_NOT_OWN = words("""
    skill skills specialty specialties speciality specialities specialism specialisms expertise
    qualification qualifications certification certifications training trainings service
    services interest interests cause causes focus treats treatment treatments offer offers
""")
#: How many sampled rows with tags at the least, and what share of them naming a condition.
MIN_TAGS = 2
TAG_SHARE = 0.5
#: How many sampled values are read.
PROBE = 100
_TAG_WORDS = re.compile(r"[a-z]+")
_QUOTES = "\"' "


def _tag_list(value: object) -> list[str] | None:
    """The tags of a list-shaped value (a JSON or PostgreSQL array, or a list), or None."""
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    text = str(value).strip()
    if len(text) < 2 or (text[0], text[-1]) not in {("[", "]"), ("{", "}")}:
        return None
    inner = text[1:-1].strip()
    if any(c in inner for c in "[]{}:"):
        return None  # nested or an object: no flat list of tags
    return [t.strip(_QUOTES) for t in inner.split(",") if t.strip(_QUOTES)]


def _names_a_condition(tag: str) -> bool:
    found = _TAG_WORDS.findall(tag.lower())
    if set(found) & CONDITION_WORDS or any(p in CONDITION_PAIRS for p in pairwise(found)):
        return True
    return len(found) == 1 and found[0] in AMBIGUOUS_WORDS


def health_tags(name: str, samples: tuple[object, ...]) -> bool:
    """Whether a column's sampled values are a person's health conditions as tags: a name for
    a person's tags (:data:`TAG_NAMES`, none of :data:`_NOT_OWN`), every sampled value a list,
    at least :data:`MIN_TAGS` sampled rows with tags and at least :data:`TAG_SHARE` of those
    rows with a tag naming a condition.

    >>> health_tags("characteristics", ('["diabetic", "wheelchair"]', '["fall_risk"]'))
    True
    >>> health_tags("specialty_tags", ('["diabetes"]', '["dementia"]'))
    False
    >>> health_tags("keywords", ('["diabetes"]', '["dementia"]'))
    False
    >>> health_tags("tags", ('["vip"]', '["blind_tasting"]', '["chef"]'))
    False
    >>> health_tags("status", ("active", "disabled"))
    False
    """
    words_of_name = set(tokens(name))
    if not words_of_name & TAG_NAMES or words_of_name & _NOT_OWN:
        return False
    rows = []
    for value in samples[:PROBE]:
        if value is None or not str(value).strip():
            continue
        tags = _tag_list(value)
        if tags is None:
            return False
        if tags:
            rows.append(any(map(_names_a_condition, tags)))
    return len(rows) >= MIN_TAGS and sum(rows) >= TAG_SHARE * len(rows)


def health_word(parts: Sequence[str]) -> str | None:
    """The health word of a column's words (:data:`HEALTH_WORDS`, or a person's special needs),
    or None.

    >>> health_word(["allergies"]), health_word(["special", "needs"]), health_word(["specialneeds"])
    ('allergies', 'special needs', 'special needs')
    >>> health_word(["other", "mobility", "aids"]), health_word(["patient", "conditions"])
    ('mobility aid', 'patient condition')
    >>> health_word(["special", "offer"]) is None, health_word(["condition"]) is None
    (True, True)
    >>> health_word(["mobility", "device"]) is None
    True
    """
    found = next((w for w in parts if w in HEALTH_WORDS), None)
    if found is not None:
        return found
    pair = next((p for p in pairwise(map(singular, parts)) if p in HEALTH_PAIRS), None)
    if pair is not None:
        return " ".join(pair)
    if set(parts) & _SPECIAL_NEEDS_GLUED or any(p in SPECIAL_NEEDS for p in pairwise(parts)):
        return "special needs"
    return None


def condition_flag(parts: Sequence[str]) -> bool:
    """Whether a column's words name a condition whose yes or no is itself health data
    (:data:`_CONDITION_FLAGS`: ``currently_pregnant``, ``injected_drugs``).

    >>> condition_flag(["currently", "pregnant"]), condition_flag(["vaccination", "required"])
    (True, False)
    """
    return health_word(parts) in _CONDITION_FLAGS


#: People a row's key may point at whose special needs are their care's (a pupil's, a
#: patient's, a passenger's): an order's, a booking's or a pet's special needs are no one's health.
_CARED_FOR = words("""
    student pupil learner child kid orphan patient resident passenger camper participant
    attendee beneficiary
""")


def cared_for_key(siblings: Sequence[str]) -> str | None:
    """The sibling that keys someone cared for (``student_id``, ``camper_id``), or None.

    >>> cared_for_key(["id", "passenger_id"]), cared_for_key(["id", "customer_id"])
    ('passenger_id', None)
    """
    for sibling in siblings:
        parts = tokens(sibling)
        if len(parts) == 2 and parts[1] in {"id", "key"} and singular(parts[0]) in _CARED_FOR:
            return sibling
    return None


def _cared_for(siblings: Sequence[str]) -> bool:
    """Whether a sibling is a key to someone cared for (:func:`cared_for_key`)."""
    return cared_for_key(siblings) is not None


@lru_cache(maxsize=4096)
def health_table(dataset: str) -> str:
    """What a table's name says of health records ("first aid", "medical"), or "".

    >>> health_table("school.person_medical_conditions"), health_table("firstaid")
    ('medical', 'first aid')
    >>> health_table("orders")
    ''
    """
    table = tokens(dataset.rsplit(".", 1)[-1])
    if "firstaid" in table or ("first", "aid") in pairwise(table):
        return "first aid"
    if set(table) & _NOT_PERSONAL:
        return ""
    found = [w for w in table if w in HEALTH_TABLES]
    if found:
        return found[0]
    pair = next((p for p in pairwise(map(singular, table)) if p in HEALTH_PAIRS), None)
    return "" if pair is None else " ".join(pair)


#: Table words of one person's health record kept in a table of its own, which the person's row
#: keys (``residents.health_profile_id``): ``health_profile``, ``health_records``,
#: ``clinical_history``.
_OWN_RECORD_WORDS = words("medical health clinical")
_OWN_RECORD_HEADS = words("""
    information info record records history histories detail details profile profiles file
""")
#: Column words of what a record says beside the health words, and of when it was written
#: (``notes``, ``remarks``, ``certification_date``, ``updated_at``).
_RECORD_NOTES = words("note notes remark remarks comment comments description summary other")
_RECORD_TIMES = words("date time at on timestamp created updated modified")


def _record_column(words_: tuple[str, ...], own: tuple[str, ...]) -> bool:
    """Whether a column is what one person's health record holds: the record's own key, a
    health word (:func:`health_word`), a note, a moment, or a person the record names
    (``physician_name``, a ``doctor_id``); a key to anything else (``building_id``), a thing's
    word (``orchard_block``, ``sku``) or a probe's (``check_name``) is none."""
    found = tuple(singular(w) for w in words_)
    if not found or found in {("id",), own}:
        return True
    if health_word(found) and not set(found) & _NOT_PERSONAL:
        return True
    if set(found) & NameWords.PEOPLE:
        return True
    return all(w in _RECORD_NOTES or w in _RECORD_TIMES for w in found)


@lru_cache(maxsize=4096)
def own_health_record(dataset: str, siblings: tuple[str, ...]) -> str | None:
    """Why a table is one person's health record though no column keys the person (the
    person's table keys it: ``residents.health_profile_id``), or None: its name is a health
    word and a record's (``health_profile``, ``health_records``), a column names a person's
    health, and every column is what such a record holds (:func:`_record_column`): a herd's,
    a building's, an orchard's record keys or names what it is about, a catalogue its items.

    >>> own_health_record("care.health_profile", ("id", "disability", "notes"))
    "the name of table 'health_profile' says its rows are a person's health record"
    >>> own_health_record("vet.health_records", ("id", "pet_id", "allergies")) is None
    True
    >>> own_health_record("medical_details", ("id", "sku", "description")) is None
    True
    >>> own_health_record("healthrecord", ("recordid", "animalid", "notes")) is None
    True
    """
    table = tokens(table_name(dataset))
    if len(table) != 2 or table[0] not in _OWN_RECORD_WORDS or table[1] not in _OWN_RECORD_HEADS:
        return None  # ``service_health_details``: a service's, a node's health
    own = (*(singular(w) for w in table), "id")
    columns = [tokens(s) for s in siblings]
    if not any(health_word(c) and not set(c) & _NOT_PERSONAL for c in columns):
        return None  # a status page's checks, a building's inspections: no person's health
    if not all(_record_column(c, own) for c in columns):
        return None  # a herd's, a crop's or a building's record; a catalogue's items
    return f"the name of table {table_name(dataset)!r} says its rows are a person's health record"


def health_reason(
    ctx: FieldContext, parts: list[str], people: str | None, key: str | None = None
) -> str | None:
    """Why a column holds a person's health, or None; ``people`` says why the table is about
    people, ``key`` why its rows point at a person (either may be None)."""
    whose = people or key
    if whose is None or set(parts) & _NOT_PERSONAL:
        return None
    health = health_word(parts)
    flag = condition_flag(parts) and bool(_BOOLEAN.match(ctx.data_type.strip()))
    degree = set(parts) & _DEGREES and set(parts) & _DISABILITIES
    if not is_text(ctx.data_type) and not degree and not flag:
        return None  # ``covered_medications`` 12: an insurer's count, no one's health
    if health == "special needs" and people is None and not _cared_for(ctx.siblings):
        return None  # a booking's, a shipment's, a pet's special needs
    if health is not None:
        return f"column name {ctx.name!r} names a person's health ({health}) and {whose}"
    if key is None or set(parts) & _AUTHORS or set(parts) & _KEYS:
        return None
    if _REFERENCE.search(ctx.name.lower().replace("_", "")):
        return None
    records = health_table(ctx.dataset)
    if not records:
        return None
    table = ctx.dataset.rsplit(".", 1)[-1]
    return f"table {table!r} keeps health records ({records}) and {key}"


#: Column words of a person's genes, as a clinic, a transplant registry or a biobank keeps them.
GENETIC_WORDS = words("""
    allele alleles genotype genotypes haplotype haplotypes haplogroup haplogroups karyotype
""")
#: Words of a non-human organism whose genes a table keeps (a herd's, a crop's, a mouse line's,
#: a breeding game's creature), besides :data:`~classifiers.people.ANIMALS`, and of a key to
#: who owns or breeds it.
_ORGANISMS = ANIMALS | words("""
    plant strain cultivar species mouse mice rat crop seed variety accession litter sire dam
    herd organism isolate creature monster dragon owner breeder farmer grower
""")
#: People whose own genes a row keyed to them keeps (a patient, a donor, a study's participant,
#: a kit's customer), not who handles, breeds, plays or studies them (a researcher, a user of a
#: lab's or a game's records, a player, a student).
_GENOTYPED = words("""
    patient donor recipient participant subject proband person individual customer client member
    volunteer case child mother father sibling twin
""")


def genetic_reason(
    ctx: FieldContext, parts: Sequence[str], people: str | None, key: str | None = None
) -> str | None:
    """Why a column holds a person's genetic data (an allele, a genotype), or None: the
    column's words name one and ``people`` says whose row it is, or ``key`` does and a column
    keys someone whose own genes are typed (``patient_id``, ``donor_id``; not ``researcher_id``,
    ``user_id``, ``student_id``), and neither the table nor a column names an organism other
    than a person or its owner.

    >>> from classifiers.base import FieldContext
    >>> ctx = FieldContext(
    ...     "s", "typing", "allele", "smallint", siblings=("researcher_id", "patient_id")
    ... )
    >>> genetic_reason(ctx, ["allele"], None, "the row points at a person ('researcher_id')")[-45:]
    "and the row points at a person ('patient_id')"
    >>> ctx = FieldContext("s", "genotypes", "allele", "text", siblings=("mouse_id", "patient_id"))
    >>> genetic_reason(ctx, ["allele"], None, "the row points at a person ('patient_id')") is None
    True
    >>> ctx = FieldContext("s", "cell_lines", "karyotype", siblings=("researcher_id",))
    >>> genetic_reason(ctx, ["karyotype"], None, "the row points at a person") is None
    True
    """
    found = next((w for w in parts if w in GENETIC_WORDS), None)
    # the reason names the key to whoever is typed, not the first key to anyone
    typed = next(person_keys(ctx, _GENOTYPED, tokens), None) if key else None
    whose = people or (None if typed is None else f"the row points at a person ({typed!r})")
    if found is None or whose is None or set(parts) & _KEYS:
        return None
    named = [tokens(table_name(ctx.dataset)), *(tokens(s) for s in ctx.siblings)]
    if any(singular(w) in _ORGANISMS for words_ in named for w in words_):
        return None  # a herd's, a seed bank's or a mouse line's genotypes
    return f"column name {ctx.name!r} names a person's genes ({found}: genetic data) and {whose}"
