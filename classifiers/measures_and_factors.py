"""A person's body measurements, a login's second factor, the IP address of a person's login
log, a person's subject at an OpenID issuer, and pictures of a person kept in several sizes.

Every function takes a column's or a table's words (lower-case, as
:func:`classifiers.people.tokens` cuts them) or sampled values; none keeps or reports a value.

>>> body_measure(("waist",)), body_measure(("width",))
(True, False)
>>> body_table([("id",), ("client", "id"), ("waist",), ("hip",), ("bust",)])
True
>>> second_factor_table(("user", "otp")), second_factor_table(("quest", "seed"))
(True, False)
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Collection, Sequence

from .name_words import NameWords

# -- a person's body measurements -------------------------------------------------------------

#: Words of a measure of a body: height and weight, body mass and fat, girths and skinfold sites
#: (``waist``, ``calf``, ``biceps``, ``midaxillary``) as fitness and clinical forms take them.
BODY_WORDS = frozenset({
    "height", "weight", "bmi", "bodyfat", "fat", "waist", "hip", "hips", "chest", "bust", "thigh",
    "calf", "neck", "bicep", "biceps", "tricep", "triceps", "forearm", "abdominal", "abdomen",
    "subscapular", "suprailiac", "axilla", "midaxillary", "skinfold", "pectoral", "muscle",
})  # fmt: skip
#: Measures only a human body has; ``height``, ``weight``, ``fat``, ``muscle``, ``neck`` and
#: ``chest`` are a parcel's, an animal's, a recipe's or an avatar's too.
HUMAN_ONLY = frozenset({
    "waist", "hip", "hips", "bust", "thigh", "calf", "bicep", "biceps", "tricep", "triceps",
    "forearm", "abdominal", "subscapular", "suprailiac", "axilla", "midaxillary", "skinfold",
    "bmi", "bodyfat",
})  # fmt: skip
#: Words of a body-composition measure (body mass index, body fat, a skinfold site): health data.
COMPOSITION = frozenset({
    "bmi", "bodyfat", "skinfold", "subscapular", "suprailiac", "axilla", "midaxillary",
})  # fmt: skip
#: Words that may stand beside a body word in one measure's name (``body_fat_percent``,
#: ``waist_cm``, ``left_calf``).
_MEASURE_FILLER = frozenset({
    "body", "value", "val", "percent", "percentage", "pct", "cm", "mm", "kg", "lb", "lbs", "in",
    "inch", "inches", "left", "right", "mid", "skin", "fold", "girth", "circumference", "mass",
    "index", "size", "measure", "measurement",
})  # fmt: skip
#: A table is a record of body measurements when its measures name this many distinct body words.
BODY_COLUMNS = 3
#: The people a row of body measurements is of (``member_id``, ``patient_fk``).
MEASURED_PEOPLE = frozenset({
    "member", "client", "customer", "patient", "athlete", "employee", "student", "person", "user",
})  # fmt: skip
#: Declared types of measured numbers.
_NUMERIC = re.compile(
    r"^\s*(?:float|double|real|decimal|numeric|number|(?:small)?money|(?:big|small|tiny|medium)?int)",
    re.I,
)


def body_measure(words: Sequence[str]) -> bool:
    """Whether a column's words name a measure of a body (``body_fat``, ``waist_cm``,
    ``left_calf``): a body word, with only a measure's filler words beside it.

    >>> body_measure(("fat", "percent")), body_measure(("left", "calf")), body_measure(("fat",))
    (True, True, True)
    >>> body_measure(("line", "height")), body_measure(("fat", "content", "id")), body_measure(())
    (False, False, False)
    """
    present = set(words)
    return bool(present & BODY_WORDS) and present <= BODY_WORDS | _MEASURE_FILLER


def composition(words: Sequence[str]) -> bool:
    """Whether a column's or a table's words name a body-composition measure (``bmi``,
    ``body_fat``, ``skinfolds``, ``subscapular``); a recipe's ``fat`` is none.

    >>> composition(("body", "fat")), composition(("bmi", "value")), composition(("fat",))
    (True, True, False)
    """
    present = set(words)
    return bool(present & COMPOSITION) or {"body", "fat"} <= present or "skinfolds" in present


def body_table(columns: Sequence[Sequence[str]]) -> bool:
    """Whether a table's measures name three or more distinct body words, one of them a measure
    only a human body has (``waist``, ``bmi``, a skinfold site): a parcel's, a herd's or an
    avatar's height, weight and chest are none.

    >>> body_table([("weight", "kg"), ("height", "cm"), ("weight",), ("chest",)])
    False
    >>> body_table([("weight",), ("height",), ("bmi", "value")])
    True
    """
    measures = [words for words in columns if body_measure(words)]
    found = {w for words in measures for w in words if w in BODY_WORDS}
    human = bool(found & HUMAN_ONLY) or any(composition(words) for words in measures)
    return len(found) >= BODY_COLUMNS and human


def measured_person(columns: Sequence[Sequence[str]]) -> str | None:
    """The column that keys a row to the person measured (``member_id``, ``patient_fk``), or
    None: a seller's, a player's or an owner's key is no body's.

    >>> measured_person([("id",), ("member", "id")]), measured_person([("seller", "id")])
    ('member_id', None)
    """
    for words in columns:
        if len(words) == 2 and words[1] in {"id", "fk", "key"} and words[0] in MEASURED_PEOPLE:
            return "_".join(words)
    return None


def numeric(data_type: str) -> bool:
    """Whether a declared type holds numbers (``float``, ``decimal(5,2)``, ``int(11)``).

    >>> numeric("float"), numeric("decimal(5,2)"), numeric("varchar(20)")
    (True, True, False)
    """
    return bool(_NUMERIC.match(data_type))


# -- a login's second factor ------------------------------------------------------------------

#: Table words of a login's second factor: one-time passwords and authenticator apps.
_FACTOR_TABLE_WORDS = frozenset({"totp", "otp", "mfa", "2fa", "tfa", "authenticator", "hotp"})
#: Table words of an application's second-factor providers and settings (``mfa_providers``,
#: ``otp_settings``).
_FACTOR_SETTINGS = (
    NameWords.SETTINGS_TABLES
    | {f"{w}s" for w in NameWords.SETTINGS_TABLES}
    | {"provider", "providers"}
)
#: Columns of a second factor's table that hold its shared secret or recovery codes.
FACTOR_SECRETS = frozenset({
    ("secret",), ("seed",), ("shared", "secret"), ("secret", "key"), ("recovery", "codes"),
    ("backup", "codes"), ("recovery", "code"), ("backup", "code"),
})  # fmt: skip
#: Columns of a second factor's table that hold its provisioning URI (the secret inside it).
FACTOR_URIS = frozenset({("url",), ("uri",), ("provisioning", "uri"), ("provisioning", "url")})
#: An authenticator's provisioning URI: it carries the shared secret.
_OTPAUTH = re.compile(r"^otpauth://[a-z]+/", re.I)


def second_factor_table(table: Collection[str]) -> bool:
    """Whether a table's words name a login's second factor (``user_otp``, ``user_mfa``,
    ``two_factor_auths``); a quest's or a vault's ``secrets`` are none.

    >>> second_factor_table(("two", "factor", "auths")), second_factor_table(("factors",))
    (True, False)
    >>> second_factor_table(("mfa", "providers"))
    False
    """
    words = set(table)
    if words & _FACTOR_SETTINGS:
        return False  # ``mfa_providers``, ``otp_settings``: the application's, no person's
    return bool(words & _FACTOR_TABLE_WORDS) or {"two", "factor"} <= words


def otpauth_uris(samples: Sequence[object]) -> bool:
    """Whether every sampled value (at least one) is an authenticator's provisioning URI.

    >>> otpauth_uris(["otpauth://totp/Shop:ana?secret=JBSWY3DPEHPK3PXP"]), otpauth_uris([])
    (True, False)
    >>> otpauth_uris(["https://example.org/otp"])
    False
    """
    if not samples or str(samples[0]).lstrip()[:7].lower() != "otpauth":
        return False  # most columns: one look at the first value
    values = [str(v).strip() for v in samples if v is not None and str(v).strip()]
    return bool(values) and all(_OTPAUTH.match(v) for v in values)


# -- the IP address of a person's login log ---------------------------------------------------

#: Table words of a log of a person's logins and sessions.
_LOGIN_LOG_WORDS = frozenset({"login", "logins", "signin", "session", "sessions"})
#: Table words of a log that is one of logins only with a column of the login's time.
_TIMED_LOG_WORDS = frozenset({"log", "logs", "history", "access", "visit", "visits", "attempt",
                              "attempts"})  # fmt: skip
#: Column words of a login's time (``logged_in_at``, ``login_time``, ``sign_in``).
_LOGIN_TIMES = frozenset({("log", "in"), ("logged", "in"), ("login",), ("signin",), ("sign", "in")})
#: Names of the IP address a client logs in from (``visitor_ip``, ``remote_addr``).
CLIENT_IPS = frozenset({
    ("ip",), ("ip", "address"), ("ipaddress",), ("remote", "ip"), ("remote", "addr"),
    ("client", "ip"), ("visitor", "ip"), ("login", "ip"), ("last", "ip"), ("log", "ip"),
    ("user", "ip"),
})  # fmt: skip


def login_log(table: Sequence[str], columns: Sequence[Sequence[str]]) -> bool:
    """Whether a table is a log of logins: its name says so (``login_history``,
    ``user_sessions``), or it is a log, an access or a visit table with a column of the
    login's time (``logged_in_at``, ``login_time``).

    >>> login_log(("clerk", "log"), [("logged", "in", "at"), ("ip",)])
    True
    >>> login_log(("sync", "log"), [("started", "at"), ("ip",)])
    False
    >>> login_log(("access", "points"), [("ip",), ("ssid",)])
    False
    """
    words = set(table)
    if words & _LOGIN_LOG_WORDS:
        return True
    if not words & _TIMED_LOG_WORDS:
        return False
    return any(tuple(c[:2]) in _LOGIN_TIMES or tuple(c[:1]) in _LOGIN_TIMES for c in columns)


#: Names of the login a log of logins records (``username``, ``user_login``): not a bare
#: ``login``, which is the login's time there.
LOGIN_NAMES = frozenset({("username",), ("user", "name"), ("login", "name"), ("user", "login")})
#: Column words of a logout's time (``logout_time``, ``logged_out_at``): a log of sessions a
#: person opens and closes.
_LOGOUT_TIMES = frozenset({
    ("log", "out"), ("logged", "out"), ("logout",), ("signout",), ("sign", "out"),
})  # fmt: skip
#: Well-known system, default and service accounts: a log of theirs is a machine's.
_SYSTEM_ACCOUNTS = frozenset({
    "root", "admin", "administrator", "postgres", "mysql", "replicator", "ubuntu", "ec2-user",
    "centos", "deploy", "anonymous", "ftp", "guest", "support", "kiosk", "nobody", "daemon",
    "www-data", "system", "sa", "test", "demo",
})  # fmt: skip


def session_logins(
    column: Sequence[str],
    table: Sequence[str],
    columns: Sequence[Sequence[str]],
    distinct: Sequence[str],
    person_key: bool = False,
) -> bool:
    """Whether a column is the login of a log of people's sessions: a log of logins
    (:func:`login_log`) that keys a person or records a logout's time beside the login's, none
    of whose sampled logins is a system, default or service account (``root``, ``postgres``,
    ``svc_sync``). A few people logging in every day are no enum.

    >>> session_logins(("username",), ("system", "logs"), [("login", "time"),
    ...     ("logout", "time")], ["mkhan", "jdoe"])
    True
    >>> session_logins(("username",), ("ssh", "logins"), [("logout", "at")], ["root", "deploy"])
    False
    >>> session_logins(("username",), ("login", "history"), [("login", "time")], ["mkhan"])
    False
    """
    if tuple(column) not in LOGIN_NAMES or not login_log(table, columns):
        return False
    if any(_system_account(v) for v in distinct):
        return False
    return person_key or any(
        tuple(c[:2]) in _LOGOUT_TIMES or tuple(c[:1]) in _LOGOUT_TIMES for c in columns
    )


def _system_account(login: str) -> bool:
    """Whether a login is a well-known system or service account (``svc_backup``)."""
    name = login.strip().lower()
    return name in _SYSTEM_ACCOUNTS or name.startswith(("svc", "service"))


def one_address(distinct: Sequence[str]) -> bool:
    """Whether the sampled values are one IP address repeated (a developer's machine in
    every row of a login log).

    >>> one_address(["127.0.0.1"]), one_address(["a.b"]), one_address(["::1", "10.0.0.1"])
    (True, False, False)
    """
    if len(distinct) != 1:
        return False
    try:
        ipaddress.ip_address(distinct[0])
    except ValueError:
        return False
    return True


# -- a person's subject at an OpenID issuer ---------------------------------------------------

#: Names of the subject claim and of the issuer beside it (OpenID Connect's ``sub``, ``iss``).
_SUBJECTS = frozenset({("subject",), ("sub",), ("oidc", "subject"), ("openid", "subject")})
_ISSUERS = frozenset({("issuer",), ("iss",), ("oidc", "issuer"), ("openid", "issuer")})


#: Every column name the name rule ``factors_and_subjects`` may judge: a second factor's and a
#: subject's.
FACTOR_NAMES = FACTOR_SECRETS | FACTOR_URIS | _SUBJECTS


#: A person's fields beside a subject that make it a person's login, not a workload's.
_PERSON_FIELDS = LOGIN_NAMES | {("email",), ("email", "address"), ("login",)}


def issuer_subject(
    column: Sequence[str], siblings: Sequence[Sequence[str]], person_key: bool = False
) -> bool:
    """Whether a column is the subject an OpenID issuer named beside it knows a person's login
    by: a key to a person (``person_key``) or a person's field (``email``, ``username``) stands
    beside it; a workload's or a service account's subject has neither.

    >>> issuer_subject(("sub",), [("iss",), ("email",)])
    True
    >>> issuer_subject(("sub",), [("iss",), ("project", "id")])
    False
    >>> issuer_subject(("sub",), [("body",), ("to",)], person_key=True)
    False
    """
    return (
        tuple(column) in _SUBJECTS
        and any(tuple(s) in _ISSUERS for s in siblings)
        and (person_key or any(tuple(s) in _PERSON_FIELDS for s in siblings))
    )


# -- pictures kept in several sizes -----------------------------------------------------------

_SIZE = re.compile(r"^(?:\d{2,4}(?:px)?|\d{2,4}x\d{2,4})$")
_NUMBER = re.compile(r"^\d{2,4}$")


def without_sizes(words: Sequence[str]) -> list[str]:
    """A picture's words without the pixel sizes its copies are kept in (``pic64_url``,
    ``avatar_64_url``, ``photo_128x128``): the picture word stays last before its storage word.
    An ``x`` goes only between two sizes; ``avatar_x`` is a crop's offset.

    >>> without_sizes(["pic", "64", "url"]), without_sizes(["photo", "128", "x", "128"])
    (['pic', 'url'], ['photo'])
    >>> without_sizes(["address", "2"]), without_sizes(["avatar", "x"])
    (['address', '2'], ['avatar', 'x'])
    """
    kept = []
    for i, word in enumerate(words):
        between = (
            word == "x"
            and 0 < i < len(words) - 1
            and bool(_NUMBER.match(words[i - 1]))
            and bool(_NUMBER.match(words[i + 1]))
        )
        if not (between or _SIZE.match(word)):
            kept.append(word)
    return kept
