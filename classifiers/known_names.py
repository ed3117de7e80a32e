"""Given names and surnames known to Faker's person providers, as a dictionary of names.

The names-by-values rule (:mod:`classifiers.name_parts`) asks that values shaped like full names
also read as names: a known given name first and a known name last. Faker (a well-kept package,
offline, MIT) ships given-name and surname lists for about 80 locales; they are read once, the
first time a column needs them (about 0.15 s), and kept lower-cased in two sets (about 16 MB,
so a process that classifies nothing, as a scan's main process once its worker processes
classify, never reads them). The lists hold
some words that are also places or things (Boston, York, Royal), which is why both ends of a
value must be names.

>>> reads_as_name(["maria", "garcia"]), reads_as_name(["algerian", "dinar"])
(True, False)
>>> reads_as_name(["boston", "red", "stockings"])  # a given name first, but no name last
False
>>> reads_as_name(["a", "hartwell"])  # an initial, then a surname
True
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Collection, Sequence
from functools import lru_cache

_GIVEN_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def _names_of(provider: type, attr: str) -> Collection[object]:
    """The provider's list of names ``attr`` (a list, or a dict of names and their weights),
    as the nearest class defining it holds it; empty when none does."""
    for cls in provider.__mro__:
        found = cls.__dict__.get(attr)
        if isinstance(found, list | tuple | dict | set | frozenset):
            return found
    return ()


@lru_cache(maxsize=1)
def known_names() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames), lower case, from every locale of Faker's person provider.

    Most names are listed more than once (a locale's ``first_names`` is its male and female
    lists again, and locales share names): each distinct name is lower-cased once."""
    import faker.providers.person as person

    given: set[object] = set()
    surnames: set[object] = set()
    for module in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in _GIVEN_ATTRS:
            given.update(_names_of(provider, attr))
        surnames.update(_names_of(provider, "last_names"))
    return _lower(given), _lower(surnames)


def _lower(names: set[object]) -> frozenset[str]:
    """Names as lower-case text.

    >>> sorted(_lower({"Maria", "MARIA", "maría"}))
    ['maria', 'maría']
    """
    return frozenset(map(str.lower, map(str, names)))


def reads_as_name(words: Sequence[str]) -> bool:
    """Whether lower-case name words read as a person's name: a known given name (or an
    initial) first and a known given name or surname last."""
    if len(words) < 2:
        return False
    given, surnames = known_names()
    first = words[0] in given or len(words[0]) == 1
    return first and (words[-1] in surnames or words[-1] in given)


#: Words of Faker's job titles that name no person in a table's name: things and organisations
#: (a data ``processor``, a telecom ``operator``, a ``controller`` board) and title fragments.
_NOT_PERSON_JOBS = frozenset({
    "controller", "processor", "developer", "operator", "runner", "handler", "planner",
    "executive", "professional", "associate", "crew", "streamer", "copy", "land", "make", "sub",
    "boy", "trader", "broker", "contractor", "producer", "forwarder", "dealer", "staff", "person",
    "emeritus",
})  # fmt: skip


@lru_cache(maxsize=1)
def occupations() -> frozenset[str]:
    """Nouns of occupations, from the last word of each of Faker's (en_US) job titles before a
    comma (``Architect``, ``Journalist, newspaper``, ``Engineer, civil``), lower case, without
    the words that also name things or organisations.

    >>> {"architect", "journalist", "technician"} <= occupations(), "processor" in occupations()
    (True, False)
    """
    from faker.providers.job.en_US import Provider

    found = set()
    for title in Provider.jobs:
        words = title.split(",")[0].split("(")[0].split()
        word = words[-1].lower() if words else ""
        if word.isalpha() and len(word) >= 5 and word not in _NOT_PERSON_JOBS:
            found.add(word)
    return frozenset(found)
