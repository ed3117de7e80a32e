"""Words of the parts of a person's name that are not the name itself: courtesy titles
(honorifics) in several languages, name suffixes, and the words that mark a value as a place,
an organisation or a thing rather than a person. :mod:`classifiers.name_parts` reads them.

Each set is written as one string of lower-case words without their final dot, so a reviewer
reads the vocabulary, not the syntax.

>>> courtesy_title("Mrs."), courtesy_title("Prof. Dr."), courtesy_title("Sales Manager")
(True, True, False)
>>> name_suffix("Jr."), name_suffix("III"), name_suffix("Junior Developer")
(True, True, False)
>>> phone_extension("x5800"), phone_extension("ext. 12"), phone_extension("5551234567")
(True, True, False)
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Courtesy titles that say the person's gender (and sometimes marital status).
GENDERED_TITLES = _words("""
    mr mrs ms miss mister missus master madam madame mx sir dame lord lady
    herr frau fräulein frl hr fru frk
    m mme mmes mlle mlles monsieur messieurs mademoiselle
    sr sra srta señor señora señorita don doña dña sres
    sig sigra signor signora signorina sigg
    dhr mevr mw heer mevrouw juffrouw
    pan pani panna
    senhor senhora dom dona
    dra dott.ssa dottoressa
""")
#: Courtesy, academic, professional and religious titles that go before a name.
COURTESY_TITLES = GENDERED_TITLES | _words("""
    dr doctor prof professor rev revd reverend fr father pastor rabbi imam
    hon honourable honorable rt right excellency
    me maître pr
    dott ing avv arch geom rag
    ir drs mag dipl
    capt captain col lt sgt
""")
#: Name suffixes: generational and post-nominal letters.
NAME_SUFFIXES = _words("""
    jr jnr junior sr snr senior
    ii iii iv v vi vii viii
    2nd 3rd 4th
    esq esquire phd md dds dvm mba cpa rn jd llm
""")
#: Words that make a capitalised value a place or a thing, not a person: function words, place
#: words and catalogue words. (Organisations, by legal form or by word, are
#: :func:`classifiers.organisations.is_organisation_name`'s.)
NOT_NAME_WORDS = _words("""
    the of and for with to in on at by from or &
    north south east west northern southern eastern western central upper lower greater
    new old port lake mount mountain mountains river city town village county state
    province island islands bay beach park street road avenue lane square valley hills
    springs falls heights harbor harbour creek fort point republic kingdom united
    federation federal democratic union emirates territory territories
    school store shop club society team edition series collection set pack kit
""")
#: Column-name words of a courtesy-title column, and those that say so without values.
TITLE_WORDS = _words("""
    title titles salutation salutations honorific honorifics courtesy prefix anrede titel
    civility civilite civilité tratamiento
""")
SURE_TITLE_WORDS = _words("salutation salutations honorific honorifics courtesy")
#: Column-name words of a name-suffix column, of a phone extension and of a phone.
SUFFIX_WORDS = _words("suffix suffixes generational")
EXTENSION_WORDS = _words("extension extensions ext extn")
PHONE_WORDS = _words("phone phones telephone tel mobile cell fax")
#: Column-name words that say the column holds some other thing: values do not outvote them.
OTHER_THINGS = _words("""
    title titles subject caption description desc label product products item items sku model
    brand category genre tag tags city town country nation state region province county street
    address place location venue language company organisation organization org business
    employer firm vendor supplier team club school university hotel store shop file path
    url domain host server album track song film movie book show event project campaign
    character characters
""")

_DOTS = re.compile(r"[.,]+")
_EXTENSION = re.compile(r"(?i)^(?:x|ext|extn|ext\.|extn\.|#)?\s*\d{1,6}$")


def _parts(value: str) -> list[str]:
    return [w for w in _DOTS.sub(" ", value.lower()).split() if w]


def courtesy_title(value: str) -> bool:
    """Whether the whole value is one or more courtesy titles ("Mr.", "Prof. Dr.", "Sra.")."""
    parts = _parts(value)
    return bool(parts) and len(parts) <= 3 and all(p in COURTESY_TITLES for p in parts)


def name_suffix(value: str) -> bool:
    """Whether the whole value is a name suffix ("Jr.", "III", "PhD")."""
    parts = _parts(value)
    return bool(parts) and len(parts) <= 2 and all(p in NAME_SUFFIXES for p in parts)


def name_part(value: str) -> bool:
    """A courtesy title or a name suffix: part of a person's name though never a name alone."""
    return courtesy_title(value) or name_suffix(value)


def phone_extension(value: str) -> bool:
    """A telephone extension: one to six digits, perhaps after ``x``, ``ext.`` or ``#``."""
    return _EXTENSION.fullmatch(value.strip()) is not None
