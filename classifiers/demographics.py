"""The demographics signal: facts about a person that are not contact data.

In a table about people (:func:`classifiers.people.about_people`), or in a table whose rows point
at one person through a key column (``player_id``, ``EmployeeKey``: a people word, then id or
key) or keep a person's national id (``ssn``: :mod:`classifiers.holders_and_records`), a column
named by one of these words holds personal data (the table's word glued before the column's is an
application's prefix: ``crewnationality`` in ``flightcrew``):

- ``DEMOGRAPHIC``: marital status, education, nationality, citizenship (``cust_marital_status``,
  ``Education``);
- ``SENSITIVE_DEMOGRAPHIC``: racial or ethnic origin, religion, political opinion, sexual
  orientation, the special categories of GDPR Art. 9(1) (``ethnicity``, ``religion``; a
  person's ``party`` or ``party_affiliation``);
- ``DEMOGRAPHIC`` too: whether or how many children a person has (``has_children``,
  ``number_of_children``, a flag or a count; not beside a booking's ``adults`` nor in a tree
  or a referral chain: a ``parent_id``, a ``lft``, a ``sponsor_id``);
- ``FINANCIAL``: salary, wage, income, earnings, compensation of a person (``salary``,
  ``YearlyIncome``, ``cust_income_level``, ``comm`` for a commission, a pay's period glued
  before the pay word: ``monthlyearning``, ``annualsalary``), wealth (``net_worth``);
  a job's salary band (``jobs.min_salary``) is not,
  because a job catalogue's rows are no people; a bare ``salary`` or ``wage`` beside a bare
  ``name`` and a phone or an e-mail is a person's, whatever job names the table (``porters``);
- ``FINANCIAL`` too: the balance of an account someone holds (``balance``, ``cash_balance``,
  ``acc_bal``) in a table of accounts (``accounts``, ``checking``, ``wallets``) or of people, or
  whose rows point at a person; a ledger's, an invoice's or a supplier's balance is not;
- ``PHYSICAL``: height, weight, eye or hair colour, blood type, body mass; a ``weight`` or
  ``height`` after a word that is not about a body (``vote_weight``, ``line_height``) is a
  thing's, and one whose values are a sort order (1, 2, 3) is a sort key; in a table that only
  points at a person, a height or weight is theirs when the rows are measurements
  (``patient_vitals``), not votes or items; a ``parent_id`` or ``child_id`` links a tree,
  not a person;
- ``DATE_OF_BIRTH``: the day or month of birth kept apart from the year (``birthMonth``,
  ``birth_day``), which the name signal leaves to this one; a place of birth (``birthplace``,
  ``birth_city``) is ``DEMOGRAPHIC``;
- ``INSURANCE_ID``: a health-insurance, policy or beneficiary number (``InsuranceID``,
  ``policy_number``, ``medicare_number``, a provincial health plan's ``ohip_no``);
- ``HEALTH``: a person's health, by the rules of :mod:`classifiers.health`; and ``FINANCIAL``
  for every amount of a staff member's employment contract (``staff_contracts.housing_amount``),
  but not for the salary a job on offer pays (``job_orders.salary``).

In a table of things given (``health_donations``, ``toy_gifts``, ``book_pledges``), a column
named by the table's own word before that head (``health``, ``education``) is the kind of thing
given, and an ``age`` whose every value is a range of ages (``3-6 yrs``, ``8+``) beside the
column naming the thing (``toy``) is the ages it suits: neither is a fact of the giver.

In a table about animals (``dogs``, ``pets``, ``horses``), a name, birth date, sex or weight is
the animal's: those entities are vetoed, unless the column names a person (``owner_name``).

Keys, counts and flags are never these facts: a name ending in id, key, code or count, or
starting with has, is, num or count (``education_id``, ``num_salaries``, ``has_income``), and
boolean columns are skipped. The name alone decides (0.6): these values (a letter, a band, a
number) say nothing a recognizer could check.

>>> from classifiers.base import FieldContext
>>> [(h.entity, h.score) for h in DemographicSignal().evaluate(
...     FieldContext("s", "sh.customers", "cust_marital_status", "varchar(20)"))]
[('DEMOGRAPHIC', 0.6)]
>>> [h.entity for h in DemographicSignal().evaluate(
...     FieldContext("s", "salaries", "salary", "int", siblings=("player_id", "salary")))]
['FINANCIAL']
>>> DemographicSignal().evaluate(FieldContext("s", "hr.jobs", "min_salary", "numeric"))
[]
"""

from __future__ import annotations

import re
from itertools import pairwise

from .base import FieldContext, Signal, SignalHit
from .clinical_notes import clinical_reason
from .fixtures_and_accounts import distinct_texts
from .health import (
    GENETIC_WORDS,
    cared_for_key,
    condition_flag,
    genetic_reason,
    health_reason,
    health_table,
    health_tags,
    health_word,
    own_health_record,
)
from .holders_and_records import national_id_key, table_word_prefix
from .measures_and_factors import body_measure, body_table, composition, measured_person, numeric
from .name_tokens import singular, table_name, table_prefix, unprefixed
from .name_words import NameWords, person_fields
from .organisations import ledger_column, names_a_holder
from .pages_and_signups import children_fact, flag_or_count, no_family, paid_person
from .people import (
    GIFTS,
    about_animals,
    about_people,
    animal_column,
    animal_trait,
    details_table,
    is_text,
    named_for_people,
    table_heads,
    tokens,
    words,
)

#: Column words -> entity. Two-word phrases are matched on consecutive words.
DEMOGRAPHIC_WORDS = words("""
    marital marriage education educational nationality citizenship age
""")
SENSITIVE_WORDS = words("""
    race racial ethnicity ethnic religion religious faith political politics orientation caste
    tribe indigenous aboriginal
""")
#: Adjectives of :data:`SENSITIVE_WORDS` that name an origin only last in a column's name or
#: before one of :data:`_ORIGIN_TAILS` (``indigenous_group``; not ``indigenous_language_course``,
#: ``aboriginal_art_newsletter``, ``indigenous_land_use_agreement``).
_ORIGIN_ADJECTIVES = words("indigenous aboriginal")
_ORIGIN_TAILS = words("""
    status group origin identity background heritage descent community nation affiliation
""")
FINANCIAL_WORDS = words("""
    salary salaries wage wages income earnings compensation remuneration payroll paycheck
    bonus commission wealth worth networth
""")
#: A pay's period or kind glued before a pay word, as a lower-cased ``MonthlyEarning`` or
#: ``AnnualSalary`` reads (``monthlyearning``: ``monthly earnings``); the pay word is the fact.
#: ``earnings`` counts only after a period (``monthly_earnings``): bare, it is a game's gold or
#: a seller's takings as often.
PAY_PERIODS = words("monthly yearly annual weekly daily gross net")
_EARNINGS = words("earning earnings")
#: Pay words a period glued before reads as one person's pay (``monthlyearning``); a
#: department's ``annualpayroll``, a game's ``dailybonus`` and a deal's ``grosscommission`` are not.
_GLUED_PAY = words("salary salaries wage wages income remuneration compensation paycheck")
_PAY_GLUED = re.compile(
    rf"({'|'.join(sorted(PAY_PERIODS))})({'|'.join(sorted(_GLUED_PAY | _EARNINGS))})"
)
#: A civil status (``civil_status``, ``civilstate``, ``estado_civil``, its code): a person's
#: marital status as European and Latin American schemas name it, as the whole name;
#: ``civil`` alone (a civil case, a civil engineer) and a ``civil_statement`` are not one.
CIVIL_STATUS = re.compile(r"(?:civil_?(?:status|state)|estado_?civil)(?:_?(?:id|code|cd))?")
_CIVIL = "a civil (marital) status"
#: The first word of a key that points at the person themselves (``person_id``, ``member_id``):
#: a civil status keyed so is theirs; one beside a role in a work process (an engineer, an
#: inspector, an applicant, a player) is a civil work's, a permit's or a game's state.
_CIVIL_HOLDERS = frozenset({
    "person", "user", "member", "customer", "employee", "citizen", "resident", "patient",
    "individual", "client", "beneficiary", "respondent",
})  # fmt: skip
#: Words that name a fact on their own: a glued prefix before one is cut off (``crewnationality``).
_FACT_WORDS = DEMOGRAPHIC_WORDS | SENSITIVE_WORDS | FINANCIAL_WORDS
#: Words before ``orientation`` that make it a person's (else a page's or a screen's).
SEXUAL = words("sexual sex")
#: A person's party, alone or with these words (``party``, ``party_affiliation``): a political
#: opinion; ``third_party`` or ``party_size`` is not.
PARTY_WORDS = words("party")
PARTY_TAIL = words("affiliation membership name")
#: Abbreviations of pay that stand alone or with a rate (``comm``, ``comm_pct``: a commission).
PAY_ABBREVIATIONS = words("comm")
PAY_TAIL = words("pct percent rate amount amt")
#: A pay period that, alone or before a rate or pay (``hourly``, ``hourly_rate``), is what a
#: person is paid by the hour, in a table of people who are paid only (:data:`PAID_HEADS`, or
#: a sibling of :data:`PAY_SIBLINGS`): a car park's, a room's or a service's ``hourly`` is a
#: price, a customer's, a member's or a student's is what they are charged, a player's, a
#: user's or a patient's a rate of something else (gold, requests, an infusion).
HOURLY = words("hourly")
HOURLY_TAIL = words("rate pay fee charge")
#: Table words of people paid for their work (``employees``, ``tutors``); not a bare
#: ``workers``, a mining pool's rigs or a job queue's processes as often.
PAID_HEADS = words("""
    employee staff personnel payroll contractor freelancer caregiver carer tutor nanny
    babysitter cleaner housekeeper temp coach instructor trainer helper maid housemaid
""")
#: :data:`PAID_HEADS` that also name things (a bus ``coaches``, a model's ``trainers``, code's
#: ``helpers``): people paid only when a column of the row is the person's own (a name part,
#: a full name, an e-mail or a phone not led by another person's word, as ``driver_phone`` is).
THING_HEADS = words("coach trainer helper")
#: A person's pay rate (round 58): a bare ``rate``, or a pay's period or ``pay`` before it
#: (``daily_rate``, ``day_rate``, ``pay_rate``), in a table named for paid people
#: (:data:`PAID_HEADS` but a payroll's own rules, or :data:`WORKERS` whose columns name the
#: person): a tax's, a currency's, a room's or a deduction's rate is no one's pay.
RATE = words("rate")
RATE_LEADS = PAY_PERIODS | words("day hour pay hourly")
#: Table words of people who work for pay, which also name a job queue's processes or a mining
#: pool's rigs (``workers``): people only when the table's columns name the person.
WORKERS = words("worker labourer laborer")
#: Person fields that only a person has (a name part, a birth date): a mining pool's or a job
#: queue's workers have an e-mail and a phone for alerts too.
NAME_PARTS = words("first last surname firstname lastname birth birthday dob prenom prénom")
#: Sampled values of a rating on a small scale (1 to 5, 1 to 10), not a rate of pay.
_RATING_TOP = 10
_PAY_RATE = "a person's pay rate"
#: Column words beside pay by the hour that make the row a paid person's (``salary``,
#: ``hired_on``, ``overtime_rate``).
PAY_SIBLINGS = words("salary salaries wage wages payroll overtime hired hire employment")
#: A hire's words: beside a fee (``hire_date``, ``fee_per_day``), a hirer pays for a thing.
HIRE = words("hire hired")
#: Whole numbers a mode, a level or a switch is kept in (0 off, 1 hourly, 2 daily).
_MODES = 3
_BY_THE_HOUR = "a person's pay by the hour"
#: A fee or a charge per a unit of work (``fee_per_work``, ``charge_per_visit``): in a table of
#: people paid for their work, what they are paid (round 59), gated as pay by the hour is.
FEES = words("fee fees charge charges")
_FEE_PER = "a person's fee for their work"
#: A column type that keeps money: a decimal with two places (``numeric(8,2)``, MySQL's
#: ``decimal(10,2) unsigned``), ``money`` or SQL Server's ``smallmoney``; matched at the start.
_MONEY_TYPE = re.compile(
    r"(?i)(?:(?:numeric|decimal|number)\s*\(\s*\d+\s*,\s*2\s*\)|(?:small)?money)(?![\w(])"
)
#: Last words of an account's balance (``balance``, ``cash_balance``, ``acc_bal``).
BALANCE_WORDS = words("balance bal")
#: Table heads whose rows are accounts that someone holds (``accounts``, ``checking``): their
#: balance is the holder's, a person's unless the table says otherwise.
ACCOUNT_TABLES = words("account acct checking saving savings wallet deposit balance")
#: Table words of bookkeeping and trade, whose balances are no person's (a ledger, an invoice).
_NOT_HOLDINGS = words("""
    ledger gl general journal chart nominal coa budget order invoice bill quote cart shipment
    transaction payment receipt purchase supplier vendor company organisation organization
""")
PHYSICAL_WORDS = words("""
    height weight bmi blood eye eyes hair complexion bust waist hip hips inseam
""")
#: Words that may come before ``height`` or ``weight`` of a body (``body_weight``,
#: ``birth_weight``, ``current_height``); any other (``vote_weight``, ``line_height``,
#: ``font_weight``) makes it a thing's measure or a sort key.
BODY_QUALIFIERS = (
    words("""
    body birth current initial start starting target goal ideal last latest recent measured
    actual standing sitting adult baby child infant person patient his her
""")
    | NameWords.PEOPLE
)
#: Units a body's height or weight may be named in after its word (``weight_kg``,
#: ``height_in_cm``, ``weight_lbs``), as singular words.
BODY_UNITS = words("""
    kg kgs kilo kilogram kilogramme g gram lb lbs pound st stone cm mm m metre meter in inch ft foot
    feet
""")
_MEASURES_IN_UNITS = words("height weight")
#: Table heads of records of measurements, whose height or weight is the person's they point at
#: (``measurements`` with a ``patient_id``); a vote's or an item's weight is not.
MEASUREMENT_TABLES = words("""
    measurement measure vital sign observation reading exam examination checkup visit growth
    weighin biometric biometrics health anthropometric anthropometry screening assessment
""")
#: Key columns that link a row to another row of its own table (a tree), not to a person.
_TREE_KEYS = words("parent child")
#: With ``birth`` or ``born``: a day or month of birth.
BIRTH_PARTS = words("day month mon dd mm")
#: With ``birth`` or ``born``: a time of birth (``birth_time``, ``time_of_birth``), which a
#: horoscope or a maternity record keeps beside the date; its values (``10:45 AM``) are no date.
BIRTH_TIMES = words("time timing hour")
#: With ``birth`` or ``born``: a place of birth (``birth_city``, ``place_of_birth``).
BIRTH_PLACES = words("place city town country state county region nation")
#: A place of birth in one word: ``birthplace``, and its abbreviation ``pob`` (beside ``dob``).
BIRTH_PLACE_WORDS = words("birthplace pob")
#: Words of a health-insurance or policy number (``InsuranceID``, ``policy_number``), and of a
#: public health plan's (Canada's provinces' ``ohip_no``, ``ramq_number``, ``msp_no``): a
#: patient's, or the number a physician bills the plan by. Not ``phn``, a phone's as often.
INSURANCE_WORDS = words("insurance insurer policy medicare medicaid beneficiary msp ohip ramq")
#: Of those, the plans whose abbreviation names other things before ``id`` (an IT managed
#: service provider's ``msp_id``): their number only (``ohip_number``, ``ramq_no``).
HEALTH_PLANS = words("msp ohip ramq")
INSURANCE_TAIL = words("id number no num nr")
#: National health insurers whose name alone, as a text column of a table about people, is the
#: person's membership number there (the Philippines' ``philhealth``, Indonesia's ``bpjs``); a
#: number-typed one is a payroll's contribution to it.
NATIONAL_HEALTH_INSURERS = words("philhealth bpjs")
#: What an animal's sex or age band (:func:`~classifiers.people.animal_trait`) beside a column
#: naming the animal cannot be.
_ANIMAL_VETOES = ("GENDER", "DEMOGRAPHIC")
#: Entities an animal's row cannot hold unless a column names a person (``owner_name``).
PERSON_FACTS = ("PERSON_NAME", "DATE_OF_BIRTH", "GENDER", "PHYSICAL", "DEMOGRAPHIC")
#: Last words of keys, counts and codes; first words of flags and counts.
_NOT_FACT_LAST = words("id ids key fk pk code count cnt num number no uuid guid")
_NOT_FACT_FIRST = words("has is no num count cnt number total")
#: Words that ask a yes or no of a person (``is_pregnant``, ``is_physically_challenged``).
_ASKS = words("is has")


def _condition_asked(parts: list[str]) -> bool:
    """Whether a column asks whether the person has a condition whose yes or no is itself
    health data (``is_pregnant``, ``is_physically_challenged``: :func:`condition_flag`)."""
    return len(parts) >= 2 and parts[0] in _ASKS and condition_flag(parts[1:])


#: Words that make ``eye``/``hair``/``blood`` a fact (``eye_color``, ``blood_type``).
_PHYSICAL_PAIRS = {"eye": words("color colour"), "hair": words("color colour"),
                   "blood": words("type group")}  # fmt: skip
_BOOLEAN = re.compile(r"^(bool|boolean|bit|tinyint\(1\))\b", re.I)
#: Table words of jobs on offer, whose salary is what the job pays, no person's.
_VACANCIES = words("job joborder vacancy opening posting requisition")
#: Table words of employment contracts, and of who is employed under them.
_CONTRACTS = words("contract payroll payslip")
_EMPLOYED = words("staff employee worker personnel teacher")
#: Name endings of a contract's amounts (``salary_amount``, ``housingallowance``), and of a
#: loan's (``monthly_installment``).
_CONTRACT_AMOUNTS = ("amount", "amt", "allowance", "installment", "instalment")
#: Table words of an employee's pay and loans (``employee_salary``, ``staff_loans``): every
#: amount of a row that points at the employee is theirs; not what repays their expenses.
_PAY_RECORDS = words("salary wage payroll payslip loan")
#: Pay-record words long enough to be told at the start of a table word glued whole, as a
#: Django model's table is named (``api_payrollperiodpayment``, ``hr_salaryslip``).
_GLUED_PAY_RECORDS = ("payroll", "payslip", "salary")
#: What may follow ``total`` in a pay record's sum of a person's pay (``total_amount``,
#: ``total_net_amount``); not the employer's own charges (``total_company_social_amount``).
_PAID_TOTALS = words("amount amt net gross pay paid")
#: A pay rate's name (``hourly_rate``, ``pay_rate``, ``overtimerate``): in a pay record keyed to
#: the employee, what they are paid per hour or day; a tax's or a currency's rate is not.
_PAY_RATE_NAME = re.compile(r"(?:hourly|daily|weekly|pay|wage|overtime|ot|base|hour|day)_?rate")
_REPAID = words("reimbursement expense claim")
#: Words of a key to who wrote a row (``created_by_user_id``), not whom it is about.
_AUTHOR_KEYS = words("by created updated modified edited entered author creator recorder")
#: People words for a person key in the row (``playerID``) beyond the name signal's people.
PERSON_KEY_WORDS = NameWords.PEOPLE | words("player athlete patient member employee")
#: Last words of a key that numbers a person (``emp_no``, ``employee_nr``).
_NUMBER_KEYS = words("no nr num")
#: People numbered so; not ``contact`` (a ``contact_no`` is often a phone number).
_NUMBERED_PEOPLE = words("emp employee staff worker student member customer cust patient")

SCORE = 0.6
#: Kinds of aid given (``health_donations.health``, ``toy_gifts.toy``): the thing given, when the
#: table is named for it.
_AID = words("health education food cloth clothing toy book school medicine medical")
#: Column words of a gift's own record (``amount``, ``campaign_id``, ``donation_date``): beside one,
#: a row is a gift, not a person's profile.
_GIFT_RECORD = words("amount quantity qty campaign donation")
#: The ages a thing is meant for (``3-6 yrs``, ``8+``, ``0 to 12 months``), not a person's age.
_AGE_RANGE = re.compile(
    r"\d+\s*(?:[-\u2013]|to)\s*\d+\s*(?:yrs?|years?|months?|mos?)?\.?|\d+\s*\+"
    r"(?:\s*(?:yrs?|years?))?",
    re.I,
)
#: Below this age a range is a child's (``4-10 yrs``), an item's ages: ``18-24`` is an adult's band.
_ADULT = 18
#: Income words that, on a bill or a sale, are what it brings in (``invoices.base_income``).
_TAKINGS = words("income earnings revenue")
#: Table words of records of trade: an invoice's or an order's income is the seller's takings.
_TRADE = words("invoice bill receipt order quote sale transaction creditnote")


def _trade_record(dataset: str) -> bool:
    """Whether a table's rows are bills, orders or sales (``sales_invoices``, ``order``).

    >>> _trade_record("shop.sales_invoices"), _trade_record("hr.employee_income")
    (True, False)
    """
    table = [singular(w) for w in tokens(table_name(dataset))]
    heads = [w for w in table if w not in NameWords.TABLE_FILLER]
    return bool(heads) and heads[-1] in _TRADE


def _thing_given(ctx: FieldContext, parts: list[str]) -> bool:
    """Whether a column names a thing given, not a fact of the giver: in a table named for aid
    given (``health_donations``) beside a gift's own record (``amount``, ``campaign_id``), the
    column named by that aid (``health``) with no number sampled; or an ``age`` whose every
    value is a child's range (``3-6 yrs``, ``8+``, ``0-6 months``) beside the column the table
    is named by (``toy_donations`` with ``toy``). A pledge's ``health`` with no gift's record
    (``health_pledges``), a share of ``income``, a donor's age band (``25-34``) stay the giver's.

    >>> _thing_given(FieldContext("s", "health_donations", "health", samples=("Vitamins",),
    ...     siblings=("name", "amount", "health")), ["health"])
    True
    >>> _thing_given(FieldContext("s", "health_pledges", "health", samples=("Asthma",),
    ...     siblings=("name", "email", "health")), ["health"])
    False
    >>> _thing_given(FieldContext("s", "toy_donations", "age", samples=("3-6 yrs", "8+"),
    ...     siblings=("toy", "name", "age")), ["age"])
    True
    >>> _thing_given(FieldContext("s", "toy_gifts", "age", samples=("18-24",),
    ...     siblings=("toy", "name", "age")), ["age"])
    False
    """
    heads = table_heads(ctx.dataset)
    if len(heads) < 2 or heads[-1] not in GIFTS:
        return False
    thing = heads[:-1]
    values = distinct_texts(ctx.samples)
    if parts == thing:
        record = any({singular(w) for w in tokens(s)} & _GIFT_RECORD for s in ctx.siblings)
        return thing[-1] in _AID and record and not any(v.isdigit() for v in values)
    if parts != ["age"] or not any([singular(w) for w in tokens(s)] == thing for s in ctx.siblings):
        return False
    return bool(values) and all(_child_ages(v) for v in values)


def _child_ages(value: str) -> bool:
    """Whether a value is a range of a child's ages (``4-10 yrs``, ``8+``, ``6-24 months``).

    >>> _child_ages("4-10 yrs"), _child_ages("6-24 months"), _child_ages("18-24")
    (True, True, False)
    """
    if not _AGE_RANGE.fullmatch(value):
        return False
    months = "mo" in value.lower()
    numbers = re.findall(r"\d+", value)
    # a number of four digits or more is no child's age (nor is int() asked of thousands)
    return months or (all(len(n) <= 3 for n in numbers) and max(map(int, numbers)) < _ADULT)


def _job_record(dataset: str) -> bool:
    """Whether a table's rows are jobs on offer (``job_orders``, ``vacancies``), whose salary is
    no one's pay.

    >>> _job_record("ats.job_orders"), _job_record("hr.employee_jobs"), _job_record("staff")
    (True, False, False)
    """
    table = [singular(w) for w in tokens(table_name(dataset))]
    return bool(set(table) & _VACANCIES) and not set(table) & NameWords.PEOPLE


def _contract_amount(ctx: FieldContext) -> str | None:
    """Why a column is an amount of a person's employment contract (``staff_contracts`` with a
    ``housing_amount``), or of their pay or loan (``salaries``, ``loans`` whose rows point at a
    person), or None: every amount of it is that person's pay, allowance or debt."""
    name = ctx.name.lower().replace("_", "")
    if not name.endswith(_CONTRACT_AMOUNTS) and not _PAY_RATE_NAME.fullmatch(name):
        return None
    table = {singular(w) for w in tokens(table_name(ctx.dataset))}
    table |= {w for t in table for w in _GLUED_PAY_RECORDS if t.startswith(w) and t != w}
    if table & _CONTRACTS and table & _EMPLOYED:
        return (
            f"column name {ctx.name!r} is an amount of table {ctx.dataset!r}, a person's "
            "employment contract: their pay or allowances"
        )
    if not table & _PAY_RECORDS or table & (_VACANCIES | _REPAID):
        return None
    key = _employee_key(ctx)
    if key is None:
        return None
    return (
        f"column name {ctx.name!r} is an amount of table {ctx.dataset!r}, an employee's pay or "
        f"loan, and the row points at the employee ({key!r})"
    )


def _employee_key(ctx: FieldContext) -> str | None:
    """The sibling column that points at an employee (``employee_id``, ``staff_no``, a bare
    ``employee`` as HR schemas and fixtures name a foreign key), or None.

    >>> from classifiers.base import FieldContext
    >>> _employee_key(FieldContext("s", "loans", "amount", siblings=("id", "employee")))
    'employee'
    >>> _employee_key(FieldContext("s", "loans", "amount", siblings=("id", "cust_id"))) is None
    True
    """
    for sibling in ctx.siblings:
        parts = [singular(w) for w in tokens(sibling)]
        if (
            parts
            and parts[0] in _EMPLOYED | {"emp"}
            and set(parts[1:]) <= {"id", "key", *_NUMBER_KEYS}
        ):
            return sibling
    return None


def _in_units(word: str, after: list[str]) -> bool:
    """Whether the words after a height or a weight name only its unit (``weight_kg``,
    ``height_in_cm``): the same measure.

    >>> _in_units("weight", ["kg"]), _in_units("height", ["in", "cm"]), _in_units("weight", ["id"])
    (True, True, False)
    """
    return word in _MEASURES_IN_UNITS and 1 <= len(after) <= 2 and set(after) <= BODY_UNITS


def _entity(parts: list[str]) -> tuple[str, str] | None:
    """(entity, what) the column's words name, or None.

    >>> _entity(["party"]), _entity(["third", "party"])
    (('SENSITIVE_DEMOGRAPHIC', 'a political party (political opinion)'), None)
    >>> _entity(["comm"]), _entity(["comm", "channel"])
    (('FINANCIAL', "a person's pay or income"), None)
    >>> _entity(["monthly", "earning"]), _entity(["earning"])
    (('FINANCIAL', "a person's pay or income"), None)
    >>> _entity(["civilstatus"]), _entity(["civil", "case"]), _entity(["civil", "statement"])
    (('DEMOGRAPHIC', 'a civil (marital) status'), None, None)
    """
    present = set(parts)
    if parts[0] in PARTY_WORDS and set(parts[1:]) <= PARTY_TAIL:
        return "SENSITIVE_DEMOGRAPHIC", "a political party (political opinion)"
    if parts[0] in PAY_ABBREVIATIONS and set(parts[1:]) <= PAY_TAIL:
        return "FINANCIAL", "a person's pay or income"
    if parts[0] in HOURLY and set(parts[1:]) <= HOURLY_TAIL:
        return "FINANCIAL", _BY_THE_HOUR
    if len(parts) == 3 and parts[0] in FEES and parts[1] == "per":
        return "FINANCIAL", _FEE_PER
    if parts[-1] in RATE and (len(parts) == 1 or (len(parts) == 2 and parts[0] in RATE_LEADS)):
        return "FINANCIAL", _PAY_RATE
    if len(parts) == 2 and parts[0] in PAY_PERIODS and parts[1] in _EARNINGS:
        return "FINANCIAL", "a person's pay or income"
    if present & ({"birth", "born"}) and present & BIRTH_PARTS:
        return "DATE_OF_BIRTH", "a day or month of birth"
    if present & ({"birth", "born"}) and present & BIRTH_TIMES:
        return "DEMOGRAPHIC", "a time of birth"
    if present & BIRTH_PLACE_WORDS or (present & {"birth", "born"} and present & BIRTH_PLACES):
        return "DEMOGRAPHIC", "a place of birth"
    if CIVIL_STATUS.fullmatch("_".join(parts)):
        return "DEMOGRAPHIC", _CIVIL
    for i, word in enumerate(parts):
        if word == "orientation" and i and parts[i - 1] not in SEXUAL:
            continue  # a page's, a print's or a screen's orientation
        if word in _ORIGIN_ADJECTIVES and not set(parts[i + 1 :]) <= _ORIGIN_TAILS:
            continue  # what it qualifies is a course, a newsletter or an agreement
        if word in SENSITIVE_WORDS:
            return "SENSITIVE_DEMOGRAPHIC", "a special category (origin, belief, orientation)"
        if word in DEMOGRAPHIC_WORDS:
            return "DEMOGRAPHIC", "a demographic fact"
        if word in FINANCIAL_WORDS:
            return "FINANCIAL", "a person's pay or income"
    for i, word in enumerate(parts):
        if word in _PHYSICAL_PAIRS:
            if present & _PHYSICAL_PAIRS[word]:
                return "PHYSICAL", "a physical characteristic"
        elif (
            word in PHYSICAL_WORDS
            and (i == len(parts) - 1 or _in_units(word, parts[i + 1 :]))
            and (i == 0 or parts[i - 1] in BODY_QUALIFIERS)
        ):
            return "PHYSICAL", "a physical characteristic"
    return None


def _balance_holder(ctx: FieldContext, parts: list[str]) -> str | None:
    """Why a column is a balance someone holds (``accounts.balance``, ``checking.balance`` of a
    customer), or None: its last word is a balance, in a table of accounts or of people, or one
    whose rows point at a person; not a ledger's, an invoice's or a supplier's.

    >>> from classifiers.base import FieldContext
    >>> _balance_holder(FieldContext("s", "accounts", "cash_balance"), ["cash", "balance"])
    "table 'accounts' holds accounts, whose balance is their holder's"
    >>> _balance_holder(FieldContext("s", "gl_accounts", "balance"), ["balance"]) is None
    True
    """
    if not parts or parts[-1] not in BALANCE_WORDS:
        return None
    table = [singular(w) for w in tokens(table_name(ctx.dataset))]
    if set(table) & _NOT_HOLDINGS:
        return None
    heads = [w for w in table if w not in NameWords.TABLE_FILLER]
    columns = [tokens(s) for s in ctx.siblings]
    if (
        person_key(ctx) is None
        and ledger_column(columns) is not None
        and not any(names_a_holder(c, NameWords.PEOPLE) for c in columns)
    ):
        return None  # the organisation's own accounts, kept in its books
    if heads and heads[-1] in ACCOUNT_TABLES:
        return f"table {ctx.dataset!r} holds accounts, whose balance is their holder's"
    people = about_people(ctx)
    if people is None:
        key = person_key(ctx)
        return None if key is None else f"the row points at a person ({key!r})"
    return people


def _may_be_health(ctx: FieldContext, parts: list[str]) -> bool:
    """A cheap first look: the column or the table has a health word (most have none)."""
    return health_word(parts) is not None or bool(health_table(ctx.dataset))


def _points_at(ctx: FieldContext) -> str | None:
    """Why a health record's row is a person's: a key to the person, or to a person's record
    (``person_medical_id``, ``person_id_patient``: a key with a people word in it), or a table
    named for one person's health record (:func:`~classifiers.health.own_health_record`)."""
    key = person_key(ctx) or _cared_for_in_record(ctx)
    if key is None and health_table(ctx.dataset):
        own = (*tokens(table_name(ctx.dataset)), "id")  # the row's own id
        key = next((s for s in ctx.siblings if tokens(s) != own and _record_key(tokens(s))), None)
        if key is None:
            return own_health_record(ctx.dataset, ctx.siblings)
    return None if key is None else f"the row points at a person ({key!r})"


def _cared_for_in_record(ctx: FieldContext) -> str | None:
    """The sibling that keys someone cared for (a camper, a pupil, a resident:
    :func:`~classifiers.health.cared_for_key`) in a table of health records, or None: a
    camp's health record of a camper; an RV's check-up keyed by its ``camper_id`` is no
    health record."""
    return cared_for_key(ctx.siblings) if health_table(ctx.dataset) else None


def _record_key(parts: tuple[str, ...]) -> bool:
    """Whether a column is a key to a person's record (``person_medical_id``).

    >>> _record_key(("person", "medical", "id")), _record_key(("parent", "id"))
    (True, False)
    """
    return (
        bool(set(parts) & {"id", "key"})
        and bool({singular(w) for w in parts} & (PERSON_KEY_WORDS - _TREE_KEYS))
        and not set(parts) & _AUTHOR_KEYS
    )


def person_key(ctx: FieldContext) -> str | None:
    """The sibling column that points at one person (``player_id``, ``EmployeeKey``; after the
    application's prefix the table's name starts with too, ``acmepersonid`` in ``acmefirstaid``),
    or None."""
    prefix = tokens(table_name(ctx.dataset))[:1]
    for sibling in ctx.siblings:
        parts = [singular(w) for w in tokens(sibling)]
        if len(parts) == 3 and parts[:1] == list(prefix):
            parts = parts[1:]
        if (
            len(parts) == 2
            and parts[1] in {"id", "key"}
            and parts[0] in PERSON_KEY_WORDS - _TREE_KEYS
        ):
            return sibling
        if len(parts) == 2 and parts[1] in _NUMBER_KEYS and parts[0] in _NUMBERED_PEOPLE:
            return sibling  # ``emp_no``, ``employee_nr``: the person's number in the table
    return None


def _national_id(ctx: FieldContext) -> str | None:
    """The sibling that is a person's national id (``ssn``), which makes the row that person's;
    the column itself is no key to its own row."""
    siblings = [s for s in ctx.siblings if s != ctx.name]
    i = national_id_key(tokens(table_name(ctx.dataset)), [tokens(s) for s in siblings])
    return None if i is None else siblings[i]


def _glued(ctx: FieldContext) -> tuple[str, str] | None:
    """A one-word column cut into the table's word glued before a fact's word (``crewnationality``
    in ``flightcrew``: ``crew nationality``) or a pay's period before a pay word
    (``monthlyearning``: ``monthly earning``), or None."""
    parts = tokens(ctx.name)
    if len(parts) != 1:
        return None
    if (pay := _PAY_GLUED.fullmatch(parts[0])) is not None:
        return pay.group(1), pay.group(2)
    return table_word_prefix(parts[0], tokens(table_name(ctx.dataset)), _FACT_WORDS)


def _measurements(dataset: str) -> bool:
    """Whether a table's rows are measurements (``patient_vitals``, ``growth_measurements``):
    only then is the height or weight in a row that points at a person that person's.

    >>> _measurements("clinic.patient_vitals"), _measurements("votes")
    (True, False)
    """
    table = [singular(w) for w in tokens(table_name(dataset))]
    return bool(set(table) & MEASUREMENT_TABLES)


def _sort_order(samples: tuple[object, ...]) -> bool:
    """Whether sampled values are a sort order: whole numbers in equal steps from 0, 1 or the
    step itself (1, 2, 3; 2, 4, 6; 10, 20, 30), at least three of them or two steps apart; a
    person's height or weight is no such run.

    >>> _sort_order((1, 2, 3)), _sort_order(("2", "4", "6", "8")), _sort_order((72, 80, 95))
    (True, True, False)
    >>> _sort_order((60, 70, 80)), _sort_order((1,)), _sort_order(("3.5", "4.1"))
    (False, False, False)
    """
    values = set()
    for value in samples:
        try:
            number = float(str(value).strip())
        except ValueError:
            return False
        if not number.is_integer():
            return False
        values.add(int(number))
    ordered = sorted(values)
    if len(ordered) < 3:
        return False
    step = ordered[1] - ordered[0]
    return (
        step > 0 and ordered[0] in {0, 1, step} and all(b - a == step for a, b in pairwise(ordered))
    )


def _amount(ctx: FieldContext) -> bool:
    """Whether a column is a number with sampled values that are no switch, mode or level
    (whole numbers from 0 to :data:`_MODES` only, ``1.0000`` as well as ``1``); nothing
    sampled is no amount.

    >>> from classifiers.base import FieldContext
    >>> _amount(FieldContext("s", "staff", "hourly", "numeric(6,2)", samples=("7.00", "9.50")))
    True
    >>> _amount(FieldContext("s", "users", "hourly", "integer", samples=("0", "1", "2")))
    False
    >>> _amount(FieldContext("s", "staff", "hourly", "numeric(10,4)", samples=("1.0000",)))
    False
    >>> _amount(FieldContext("s", "staff", "hourly", "smallint", samples=()))
    False
    >>> _amount(FieldContext("s", "coaches", "hourly_rate", "numeric(8,2)", samples=()))
    True
    """
    if not numeric(ctx.data_type):
        return False
    if _MONEY_TYPE.match(ctx.data_type.strip()) and not any(
        v is not None and str(v).strip() for v in ctx.samples
    ):
        return True  # an empty column of money (two decimals): its type says it is an amount
    values = []
    for v in ctx.samples:
        if v is None or not str(v).strip():
            continue
        try:
            values.append(float(str(v)))
        except ValueError:
            return False
    return bool(values) and not all(v.is_integer() and 0 <= v <= _MODES for v in values)


def _own_person_column(ctx: FieldContext) -> bool:
    """Whether a sibling is the row's person's own field (``first_name``, ``full_name``,
    ``phone``), not one of another person the row names (``driver_name``, ``owner_email``).

    >>> _own_person_column(FieldContext("s", "coaches", "rate", siblings=("driver_phone", "seats")))
    False
    >>> _own_person_column(FieldContext("s", "coaches", "rate", siblings=("full_name", "rate")))
    True
    """
    for sibling in ctx.siblings:
        words_ = tokens(sibling)
        if sibling == ctx.name or not words_ or singular(words_[0]) in NameWords.PEOPLE:
            continue
        if words_ in {("full", "name"), ("fullname",)} or person_fields([words_]):
            return True
    return False


def _paid_heads(ctx: FieldContext, heads: set[str]) -> set[str]:
    """The table's words of people paid for their work (:data:`PAID_HEADS`), those that also
    name things (:data:`THING_HEADS`) only beside a column of the person's own."""
    paid = heads & PAID_HEADS
    if paid and paid <= THING_HEADS and not _own_person_column(ctx):
        return set()  # a bus coach's driver, a model trainer's owner: the row is no one paid
    return paid


def _paid_by_the_hour(ctx: FieldContext, pay_words: frozenset[str] = PAY_SIBLINGS) -> bool:
    """Whether a table's rows are people paid for their work: its name says so
    (:data:`PAID_HEADS`) or a sibling names their pay or hiring (``pay_words``; a fee is
    asked without :data:`HIRE`, as a hall's or a van's ``hire_date`` is the hirer's)."""
    if _paid_heads(ctx, set(table_heads(ctx.dataset))):
        return True
    return any(set(tokens(s)) & pay_words for s in ctx.siblings if s != ctx.name)


def _paid_at_a_rate(ctx: FieldContext) -> bool:
    """Whether a rate is a person's pay: an amount that is no rating (whole numbers up to
    :data:`_RATING_TOP` only), in a table named for people paid for their work
    (:data:`PAID_HEADS` but ``payroll``, whose rates are its rules'), or for workers whose
    columns name the person (a name part or a birth date: :data:`NAME_PARTS`). The table's last
    word must be the paid people's (an ``employee_reviews``' rate is a rating); values all below
    1 are shares (a commission's, a success rate), no pay.

    >>> from classifiers.base import FieldContext
    >>> _paid_at_a_rate(FieldContext("s", "workers", "rate", "decimal(10,2)",
    ...     samples=("86.00", "90.00"), siblings=("first_name", "last_name", "rate")))
    True
    >>> _paid_at_a_rate(FieldContext("s", "workers", "rate", "decimal(10,2)",
    ...     samples=("86.00", "90.00"), siblings=("queue", "host", "rate")))
    False
    >>> _paid_at_a_rate(FieldContext("s", "staff", "rate", "int", samples=(4, 5, 3)))
    False
    >>> _paid_at_a_rate(FieldContext("s", "employee_reviews", "rate", "decimal(3,1)",
    ...     samples=("4.5", "3.7")))
    False
    >>> _paid_at_a_rate(FieldContext("s", "employees_ie", "rate", "decimal(10,2)",
    ...     samples=("86.00", "90.00")))
    True
    """
    if not _amount(ctx):
        return False
    values = [float(str(v)) for v in ctx.samples if v is not None and str(v).strip()]
    if all(v.is_integer() and 0 <= v <= _RATING_TOP for v in values):
        return False
    if all(0 <= v < 1 for v in values):
        return False  # a share (a commission's, a success rate): no amount of pay
    # the rows' word last, a rate's word and a country's or a region's code after it left out
    # (``employee_rates``, ``employees_ie``)
    heads = [h for h in table_heads(ctx.dataset) if h not in RATE and len(h) > 2]
    if not heads:
        return False
    if _paid_heads(ctx, {heads[-1]}) - {"payroll"}:
        return True  # the rows are the paid people, not their reviews or feedback
    fields = person_fields(tokens(c) for c in ctx.siblings)
    return heads[-1] in WORKERS and len(fields) >= 2 and bool(fields & NAME_PARTS)


def _paid_person(ctx: FieldContext) -> str | None:
    """Why a pay column is a person's in a table no word says is about people (``porters``,
    ``lifeguards``): the row names someone and how to reach them (:func:`paid_person`)."""
    found = paid_person(
        tokens(ctx.name), tokens(table_name(ctx.dataset)), [tokens(s) for s in ctx.siblings]
    )
    if found is None:
        return None
    name, reach = (ctx.siblings[i] for i in found)
    return f"the row names someone (column {name!r}) and how to reach them (column {reach!r})"


class DemographicSignal(Signal):
    """Demographic, financial and physical facts about people (see the module docstring)."""

    name = "demographics"

    def evaluate(self, ctx: FieldContext) -> list[SignalHit]:
        return self._facts(ctx) or self._body_measure(ctx)

    def _body_measure(self, ctx: FieldContext) -> list[SignalHit]:
        """A measure of a body (``bmi``, ``body_fat``, a skinfold site, and the height and weight
        beside them) in a record of a body's composition whose rows are a person's: a fitness or
        clinical record of the person's body (:mod:`classifiers.measures_and_factors`). A
        tailor's girths are no composition and stay unflagged."""
        parts = tokens(ctx.name)
        if not numeric(ctx.data_type) or not body_measure(parts):
            return []
        columns = [tokens(s) for s in ctx.siblings]
        table = tokens(table_name(ctx.dataset))
        if not body_table(columns) or about_animals(ctx.dataset) is not None:
            return []
        if not (composition(table) or any(composition(c) for c in columns if body_measure(c))):
            return []
        key = measured_person(columns) or (ctx.dataset if _measurements(ctx.dataset) else None)
        if key is None:
            return []
        reason = (
            f"column name {ctx.name!r} is one of the body-composition measures the table keeps "
            f"(body mass, body fat, skinfolds), of a person ({key!r}): health data"
        )
        return [SignalHit("HEALTH", SCORE, self.name, reason)]

    def _health_tags(self, ctx: FieldContext) -> list[SignalHit]:
        """A person's health conditions kept as lists of tags under a name for a person's tags
        (``characteristics``, ``needs``), in a table about people (:func:`health_tags`)."""
        if not is_text(ctx.data_type) or not ctx.samples:
            return []
        people = about_people(ctx)
        if people is None or not health_tags(ctx.name, ctx.samples):
            return []
        reason = (
            f"column {ctx.name!r} is named for a person's tags and its sampled values are lists "
            f"of tags, at least half of the rows with a tag naming a condition, an impairment or "
            f"a care aid of a person's body, and {people}"
        )
        return [SignalHit("HEALTH", SCORE, self.name, reason)]

    def _children(self, ctx: FieldContext) -> list[SignalHit]:
        """Whether or how many children a person has (``has_children``, a flag or a count): a
        family fact, in a table about people; a booking's children (beside its adults, of its
        guests) are a party's, a tree's or a referral chain's (beside a ``parent_id``, a ``lft``,
        a ``sponsor_id``) a node's."""
        if not flag_or_count(ctx.data_type):
            return []  # a node's list of children (text, JSON)
        people = about_people(ctx)
        table = tokens(table_name(ctx.dataset))
        if people is None or no_family(table, [tokens(s) for s in ctx.siblings]):
            return []
        reason = (
            f"column name {ctx.name!r} says whether or how many children the person has (a "
            f"family fact) and {people}"
        )
        return [SignalHit("DEMOGRAPHIC", SCORE, self.name, reason)]

    def _facts(self, ctx: FieldContext) -> list[SignalHit]:
        if children_fact(ctx.name):
            return self._children(ctx)
        if _BOOLEAN.match(ctx.data_type.strip()) and not condition_flag(
            [singular(w) for w in tokens(ctx.name)]
        ):
            return []  # a flag, unless its yes or no is a condition (``currently_pregnant``)
        glued = _glued(ctx)
        own = tokens(ctx.name)
        if details_table(ctx.dataset, ctx.siblings):
            own = unprefixed(own, table_prefix([tokens(s) for s in ctx.siblings]))  # ``mpi_weight``
        parts = [singular(w) for w in glued or own]
        animal = about_animals(ctx.dataset)
        if animal is None and animal_trait(parts) and named_for_people(ctx) is None:
            column = animal_column(ctx.siblings)  # not in a table of customers or members
            if column is not None:
                reason = f"column {column!r} names the row's animal: its sex or age, no person's"
                return [SignalHit(e, 1.0, self.name, reason, veto=True) for e in _ANIMAL_VETOES]
        if animal is not None:
            if set(parts) & (NameWords.PEOPLE | NameWords.ROLES):
                return []  # an owner's name in a table of pets is a person's
            reason = f"table {ctx.dataset!r} is about animals ({animal}): not a person's"
            return [SignalHit(e, 1.0, self.name, reason, veto=True) for e in PERSON_FACTS]
        if (
            len(parts) >= 2
            and parts[-2] in INSURANCE_WORDS
            and parts[-1] in INSURANCE_TAIL
            and not (parts[-2] in HEALTH_PLANS and parts[-1] == "id")
        ):
            found: tuple[str, str] | None = ("INSURANCE_ID", "an insurance or policy number")
        elif (
            1 <= len(parts) <= 2
            and (glued or own)[0] in NATIONAL_HEALTH_INSURERS  # as written: ``bpjs``
            and set(parts[1:]) <= INSURANCE_TAIL
            and is_text(ctx.data_type)
        ):
            found = ("INSURANCE_ID", "a national health insurer's membership number")
        elif (
            parts[:1] == ["total"]
            and set(parts[1:]) <= _PAID_TOTALS
            and (contract := _contract_amount(ctx)) is not None
        ):
            return [SignalHit("FINANCIAL", SCORE, self.name, contract)]  # a sum, no count
        elif (clinical := clinical_reason(ctx, parts)) is not None:
            return [SignalHit("HEALTH", SCORE, self.name, clinical)]
        elif (
            not parts
            or parts[-1] in _NOT_FACT_LAST
            or (parts[0] in _NOT_FACT_FIRST and not _condition_asked(parts))
        ):
            return []
        elif _thing_given(ctx, parts):
            return []  # ``health_donations.health``: what was given, no fact of the giver
        elif not set(parts).isdisjoint(GENETIC_WORDS) and (
            genes := genetic_reason(ctx, parts, about_people(ctx), _points_at(ctx))
        ):
            return [SignalHit("HEALTH", SCORE, self.name, genes)]
        elif _may_be_health(ctx, parts) and (
            health := health_reason(ctx, parts, about_people(ctx), _points_at(ctx))
        ):
            return [SignalHit("HEALTH", SCORE, self.name, health)]
        elif (contract := _contract_amount(ctx)) is not None:
            return [SignalHit("FINANCIAL", SCORE, self.name, contract)]
        elif (holder := _balance_holder(ctx, parts)) is not None:
            reason = f"column name {ctx.name!r} names an account's balance and {holder}"
            return [SignalHit("FINANCIAL", SCORE, self.name, reason)]
        else:
            found = _entity(parts)
        if found is None:
            return self._health_tags(ctx)
        entity, what = found
        if entity == "FINANCIAL" and set(parts) & _TAKINGS and _trade_record(ctx.dataset):
            return []  # ``invoices.base_income``: what the sale brings in, no one's pay
        if entity == "FINANCIAL" and _job_record(ctx.dataset):
            return []  # ``job_orders.salary``: what a vacancy offers, no one's pay yet
        if entity == "PHYSICAL" and _sort_order(ctx.samples):
            return []  # ``weight`` 1, 2, 3: a sort key (Drupal's, OpenSlides' weights)
        people = about_people(ctx)
        if what in {_BY_THE_HOUR, _FEE_PER} and (
            people is None
            or not _amount(ctx)
            or not _paid_by_the_hour(
                ctx, PAY_SIBLINGS - HIRE if set(parts) & FEES else PAY_SIBLINGS
            )
        ):
            return []  # a car park's or a member's price, a hall's fee, a switch: no pay
        if what == _PAY_RATE and (people is None or not _paid_at_a_rate(ctx)):
            return []  # a tax's, a currency's or a room's rate, a rating: no one's pay
        if people is None and entity == "FINANCIAL":
            people = _paid_person(ctx)
        if (
            people is None
            and entity == "FINANCIAL"
            and ((glued and glued[0] in PAY_PERIODS) or (len(parts) == 2 and parts[1] in _EARNINGS))
        ):
            return []  # a store's daily income, a film's gross earnings: no person key alone
        if people is None and what == _CIVIL:
            key = person_key(ctx)
            if key is None or singular(tokens(key)[0]) not in _CIVIL_HOLDERS:
                return []  # an engineer's, an inspector's or a player's row: civil works, a game
        if people is None:
            key = person_key(ctx) or _national_id(ctx) or _cared_for_in_record(ctx)
            if key is None or (entity == "PHYSICAL" and not _measurements(ctx.dataset)):
                return []
            people = f"the row points at a person ({key!r})"
        before = "the pay's period" if glued and glued[0] in PAY_PERIODS else "the table's word"
        read = f" (read as {glued[1]!r} after {before} {glued[0]!r})" if glued else ""
        reason = f"column name {ctx.name!r}{read} names {what} and {people}"
        return [SignalHit(entity, SCORE, self.name, reason)]
