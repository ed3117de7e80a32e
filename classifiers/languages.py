"""Schemas written in another language, read in English: piimap's name rules read English names
(``birth_date``, ``customers.phone``), so a table whose names are Spanish, Portuguese, French,
Italian, German, Dutch, Polish, Indonesian (and Malay), Hungarian, Turkish, Czech (and Slovak),
Swedish (and Norwegian and Danish), Romanian, Finnish, Vietnamese, Serbo-Croatian (and
Slovenian), Catalan, Greek or Russian (and Ukrainian) in Latin letters, or Tagalog is read
through its language's glossary first (:mod:`classifiers.glossaries`):
``pacientes.fecha_de_nacimiento`` is read as
``patients.birth_date``, ``Mitglieder.Geburtsdatum`` as ``members.birth_date``.

A table's language is told by the words of its name and its columns' names that belong to one
language's glossary only, and to no English word piimap knows (``email``, ``data``, ``via`` tell
nothing; ``nombre`` is a Spanish name and a French number, and tells no language apart). It
needs two foreign words at the least, and more than the English words among the names: an
English table is read as it is.

>>> read = english(FieldContext("crm", "public.pacientes", "fecha_de_nacimiento",
...     siblings=("nombre", "apellido_paterno", "fecha_de_nacimiento", "telefono_movil")))
>>> read.dataset, read.name, read.siblings
('public.patients', 'birth_date', ('name', 'surname', 'birth_date', 'mobile_phone'))
>>> english(FieldContext("crm", "public.customers", "birth_date", siblings=("name", "email")))
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import NamedTuple

from .base import FieldContext
from .glossaries.base import Glossary
from .glossaries.catalan import CATALAN
from .glossaries.czech import CZECH
from .glossaries.dutch import DUTCH
from .glossaries.finnish import FINNISH
from .glossaries.french import FRENCH
from .glossaries.german import GERMAN
from .glossaries.greek import GREEK
from .glossaries.hungarian import HUNGARIAN
from .glossaries.indonesian import INDONESIAN
from .glossaries.italian import ITALIAN
from .glossaries.polish import POLISH
from .glossaries.portuguese import PORTUGUESE
from .glossaries.romanian import ROMANIAN
from .glossaries.russian import RUSSIAN
from .glossaries.serbo_croatian import SERBO_CROATIAN
from .glossaries.spanish import SPANISH
from .glossaries.swedish import SWEDISH
from .glossaries.tagalog import TAGALOG
from .glossaries.turkish import TURKISH
from .glossaries.vietnamese import VIETNAMESE
from .name_tokens import (
    abbreviates,
    identifier_words,
    plural,
    singular,
    table_prefix,
    unprefixed,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: The languages read, each by its glossary.
GLOSSARIES: tuple[Glossary, ...] = (
    SPANISH,
    PORTUGUESE,
    FRENCH,
    ITALIAN,
    GERMAN,
    DUTCH,
    POLISH,
    INDONESIAN,
    HUNGARIAN,
    TURKISH,
    CZECH,
    SWEDISH,
    ROMANIAN,
    FINNISH,
    VIETNAMESE,
    SERBO_CROATIAN,
    CATALAN,
    GREEK,
    RUSSIAN,
    TAGALOG,
)

#: Glossary words that are English words too (``via``, ``art``, ``kind``, ``data``): they tell no
#: language apart, though a table already read in that language reads them in it. The last
#: lines are the English words of a word list that the glossaries of issue 15's third pass would
#: otherwise read (``magazine``: Romanian ``magazin``; ``families``: Swedish ``familie``).
ENGLISH_HOMOGRAPHS = _words("""
    adherent alter alumna animal antecedents ape art arts caseworker caseworkers correspondent
    correspondents assurance bank barrio bat begin boutique
    burger cant cap chauffeur ci commercial commune complement conjoint creation data debut
    devise diagnostic dir docent domicile dossier elector eta expedition exterior filial fine
    fiscal genre handy inscription instruction interior kind laden lager land levering lid
    lien lieu loon mere modification mote municipal nit note nubile parents partner patient
    pays person personal piazza piece pis portable primer pseudo remuneration rib rue run rut
    situation spender sportive str student studio vast via week
    artiste concierge detective director habitant instructor invite invitee participant pilot
    president resident secretaire supervisor tourist trainer
    act alder alders anterior bloc bolt brute cast caste come complete create curs curse
    diagnosis didactic electronica expeditor families guru historian jobber jobbers kilo kopek
    magazine mama marker markers medic medicine medicines notaries notary numeric pincer plate
    registers rude sanguine scare sector signature signatures skate skater skaters skates sore
    stare stave stilling talon tare taxi telecast teletypewriter termini tipsters typecast
    vaccination vaccinations vaccine vaccines verge verges webcast
""")
#: Words schemas in every language write in English (e-mail, a framework's timestamps), beside
#: the name signal's key words (``NameWords.KEY_TOKENS``: ``id``, ``uuid``, ``ref``...): they
#: tell no language, English neither (:func:`_neutral`).
NEUTRAL = _words("""
    code type status date email mail fax web url ip login token hash created updated deleted
    modified at on by version
""")
#: Keys a name may lead or end with, in any language (``id_cliente``, ``cliente_id``).
KEYS = frozenset({"id", "fk", "pk"})
#: English words an application glues before a table's word (``dataanggota``, ``tblpelanggan``,
#: a schema written in CamelCase and lower-cased): read as a glued word's first part only.
_TABLE_LEADS = frozenset({"data", "tbl", "master"})
#: How many words of one language a table's names need, at the least, to be read in it.
MIN_WORDS = 2
#: Words shorter than this tell no language (``cp``, ``ci``, ``nr``).
MIN_LETTERS = 3
#: A word's letters at the least to be read as the glossary's word spelt alike (Greek
#: ``hmeromhnia``: ``imerominia``); a shorter one is another language's as often.
MIN_SPELT = 5
#: Entries a per-word cache keeps before it starts again: a scan of generated or glued names
#: would otherwise grow it with every distinct word and every piece of one tried in a split.
CACHE_LIMIT = 100_000

#: Letters NFKD leaves whole that a name spells otherwise (``Straße``: ``strasse``).
_LIGATURES = str.maketrans(
    {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "\u0131": "i", "\u0130": "i"}
)
#: German and Dutch spell an umlaut with an ``e`` when they write ASCII (``Schueler``).
_UMLAUTS = (("ae", "a"), ("oe", "o"), ("ue", "u"))


@lru_cache(maxsize=1 << 16)
def words(identifier: str) -> tuple[str, ...]:
    """An identifier's words as the name signal cuts them (:func:`~classifiers.name_tokens.
    identifier_words`), accents folded first (``fechaDeNacimiento``: ``fecha de nacimiento``;
    ``Straße``: ``strasse``).

    >>> words("fechaDeNacimiento"), words("Straße_Nr"), words("Teléfono__c")
    (('fecha', 'de', 'nacimiento'), ('strasse', 'nr'), ('telefono',))
    """
    folded = unicodedata.normalize("NFKD", identifier.translate(_LIGATURES))
    return identifier_words("".join(c for c in folded if not unicodedata.combining(c)))


class Unit(NamedTuple):
    """A word or a phrase of a name, in English when the glossary knows it (``english`` is None
    when it does not, and the words are kept), whether it is in the plural, and the digits
    after it (``telefono_2``)."""

    source: tuple[str, ...]
    english: tuple[str, ...] | None
    form: str = ""
    plural: bool = False
    digits: tuple[str, ...] = ()

    def out(self, head: bool) -> tuple[str, ...]:
        """Its English words; in the plural only as the ``head`` of a name (``customer
        addresses``: an English modifier is singular)."""
        if self.english is None:
            return (*self.source, *self.digits)
        last = plural(self.english[-1]) if self.plural and head else self.english[-1]
        return (*self.english[:-1], last, *self.digits)


class Lexicon:
    """One language's glossary, ready to read names: its forms, the words they are made of,
    and how its words are found in a name (singular, umlauts spelt out, glued)."""

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self.name = glossary.name
        self.entries = glossary.entries()
        self.vocabulary = frozenset(w for form in self.entries for w in form)
        self.longest = max(len(form) for form in self.entries)
        self.linkers = frozenset(glossary.linkers.split())
        self.quiet = frozenset(glossary.quiet.split())
        self.before = glossary.before_forms()
        self.invariable = frozenset(glossary.invariable.split())
        self.keep = re.compile(glossary.keep) if glossary.keep else None
        self.beside = glossary.beside_forms()
        self.alone = glossary.alone_forms()
        self.leads = frozenset(glossary.leads.split())
        spell = glossary.spelling
        self.spelt = {} if spell is None else {spell(w): w for w in sorted(self.vocabulary)}
        self.spelt_entries = (
            {} if spell is None else {tuple(map(spell, f)): e for f, e in self.entries.items()}
        )
        self._found: dict[str, tuple[str, bool] | None] = {}
        self._splits: dict[str, tuple[str, ...] | None] = {}

    def find(self, word: str) -> tuple[str, bool] | None:
        """The glossary word a name's word is, and whether it is in the plural; None when the
        glossary has no such word."""
        if word in self._found:
            return self._found[word]
        found = self._find(word)
        if found is None and self.glossary.joints is not None:
            found = next(
                (
                    (stem[0], False)
                    for joint in self.glossary.joints
                    if word.endswith(joint) and len(word) - len(joint) >= MIN_LETTERS
                    if (stem := self._find(word[: -len(joint)])) is not None
                ),
                None,
            )
        if len(self._found) >= CACHE_LIMIT:
            self._found.clear()
        self._found[word] = found
        return found

    def _find(self, word: str) -> tuple[str, bool] | None:
        # as listed first, then spelt alike (a plural's ending is not read as another spelling)
        for alike in (False, True) if self.spelt else (False,):
            for spelt in (self._spell(word),) if alike else self._spellings(word):
                if (known := self._known(spelt, alike)) is not None:
                    return known, False
                # plurals first, then the endings of a case or a possessive (in the singular)
                for endings, number in (
                    (self.glossary.plurals, True),
                    (self.glossary.endings, False),
                ):
                    for ending, one in endings:
                        stem = spelt[: -len(ending)] + one
                        if (
                            spelt.endswith(ending)
                            and len(stem) >= MIN_LETTERS
                            and (known := self._known(stem, alike)) is not None
                            and not (number and known in self.invariable)
                        ):
                            return known, number
        return None

    def _spell(self, word: str) -> str:
        spell = self.glossary.spelling
        return word if spell is None else spell(word)

    def _known(self, word: str, alike: bool) -> str | None:
        """The glossary's word a word is as listed, or (``alike``) spelt alike
        (:attr:`Glossary.spelling`, for a word of :data:`MIN_SPELT` letters at the least)."""
        if not alike:
            return word if word in self.vocabulary else None
        spell = self.glossary.spelling
        if spell is None or len(word) < MIN_SPELT:
            return None
        return self.spelt.get(spell(word))

    def _spellings(self, word: str) -> Iterable[str]:
        yield word
        if self.glossary.joints is not None:
            spelt = word
            for pair, umlaut in _UMLAUTS:
                spelt = spelt.replace(pair, umlaut)
            if spelt != word:
                yield spelt

    def split(self, word: str, telling: bool = True) -> tuple[str, ...] | None:
        """A glued word as the fewest words (:meth:`_part`), among as few those whose shortest
        is longest, one of them at the least a word of this language alone (``geburtsdatum``:
        ``geburts datum``; ``codigopostal``: ``codigo postal``; ``nomclient``: ``nom client``,
        a schema written in CamelCase and lower-cased), or None. Not ``telling``: a name of a
        table already read in this language, whose glued words may be made of words other
        languages or English share (``numtelephone``: ``num telephone``; ``codepostal``: ``code
        postal``), one of them at the least a word of this glossary.

        >>> [lex.split("fechanacimiento") for lex in lexicons() if lex.name == "Spanish"]
        [('fecha', 'nacimiento')]
        >>> [(lex.split("numtelephone"), lex.split("numtelephone", telling=False))
        ...  for lex in lexicons() if lex.name == "French"]
        [(None, ('num', 'telephone'))]
        """
        key = word if telling else f"{word}/"
        if key in self._splits:
            return self._splits[key]
        # per end: (how many parts, minus the shortest part's length, the parts)
        best: list[tuple[int, int, tuple[str, ...]] | None] = [(0, -len(word), ())]
        best += [None] * len(word)
        for end in range(2, len(word) + 1):
            for start in range(end - 1):
                head = best[start]
                piece = word[start:end]
                if head is None or not self._part(piece, start, end, len(word)):
                    continue
                shortest = head[1] if len(piece) < MIN_LETTERS else max(head[1], -len(piece))
                found = (head[0] + 1, shortest, (*head[2], piece))
                current = best[end]
                if current is None or found[:2] < current[:2]:
                    best[end] = found
        last = best[-1]
        own = _foreign()[self.name] if telling else self.vocabulary
        parts = (
            last[2]
            if last is not None
            and len(last[2]) >= 2
            and any((f := self.find(p)) is not None and f[0] in own for p in last[2])
            else None
        )
        if len(self._splits) >= CACHE_LIMIT:
            self._splits.clear()
        self._splits[key] = parts
        return parts

    def _part(self, piece: str, start: int, end: int, length: int) -> bool:
        """Whether ``word[start:end]`` may be a part of a glued word: a glossary word, or an
        person's word in English (``nomclient``), of :data:`MIN_LETTERS` at the least; a
        linker inside it; a key at either end (``idcliente``); an application's word before a
        table's (``dataanggota``: :data:`_TABLE_LEADS`) or the glossary's short lead
        (``pjpasseport``: :attr:`~classifiers.glossaries.base.Glossary.leads`) at the start."""
        if len(piece) >= MIN_LETTERS and self.find(piece) is not None:
            return True
        if piece in _people_words():
            return self.glossary.head_first and end == length
        if start > 0 and end == length and self.glossary.head_first:
            # a person's word of one syllable after the head it qualifies (Vietnamese
            # ``tenme``: ``ten me``, the mother's name)
            return _person_word(self.entries.get((piece,)))
        if piece in self.linkers:
            return start > 0 and end < length
        if piece in _TABLE_LEADS or piece in self.leads:
            return start == 0 and end < length
        return piece in KEYS and (start == 0 or end == length)

    def _kin_after(self, word: str) -> bool:
        """Whether a short word may end with a person's word of two letters, glued after a
        head of three (Vietnamese ``tenme``: the mother's name)."""
        return (
            len(word) == 2 * MIN_LETTERS - 1
            and self.glossary.head_first
            and _person_word(self.entries.get((word[-2:],)))
        )

    def units(self, names: Sequence[str]) -> list[Unit]:
        """A name's words as units: phrases first (longest), linkers dropped, glued words
        split."""
        pieces: list[str] = []
        for word in names:
            long = len(word) >= 2 * MIN_LETTERS or self._kin_after(word)
            glued = long and word.isalpha() and self.find(word) is None
            pieces.extend((glued and self.split(word, telling=False)) or (word,))
        content = [w for w in pieces if w not in self.linkers] or pieces
        found = [self.find(w) for w in content]
        forms = [f[0] if f else w for w, f in zip(content, found, strict=True)]
        units: list[Unit] = []
        i = 0
        while i < len(content):
            if content[i].isdigit() and units:
                units[-1] = units[-1]._replace(digits=(*units[-1].digits, content[i]))
                i += 1
                continue
            for n in range(min(self.longest, len(content) - i), 0, -1):
                english = self.entries.get(tuple(forms[i : i + n]))
                if english is None and self.spelt_entries:
                    english = self.spelt_entries.get(tuple(map(self._spell, forms[i : i + n])))
                if english is not None:
                    last = found[i + n - 1]
                    source = tuple(content[i : i + n])
                    several = last is not None and last[1]
                    units.append(Unit(source, english, forms[i + n - 1], several))
                    i += n
                    break
            else:
                units.append(Unit((content[i],), None, forms[i]))
                i += 1
        return units

    def read(
        self,
        identifier: str,
        table: Mapping[str, tuple[str, ...]] | None = None,
        unread: frozenset[str] = frozenset(),
    ) -> str:
        """An identifier in English, ``_``-joined; the identifier itself when the glossary
        reads nothing in it or keeps it. ``table``: the glossary words of a column's table's
        name and their English, which lead the column's name as a prefix (``producto_nombre``
        in ``productos``), perhaps abbreviated (``cli_nombre`` in ``clientes``); None when the
        identifier is a table's name, whose words that are not the glossary's lead it (an
        application's prefix: ``tbl_clientes``, ``webapp_bautizo``). ``unread``: forms of
        :attr:`~classifiers.glossaries.base.Glossary.beside` left as they are, as a word
        alone (:func:`_unread`)."""
        names = words(identifier)
        if not names or (self.keep and self.keep.fullmatch("_".join(names))):
            return identifier
        found = self.units(names)
        units = [
            u._replace(english=None)
            if (
                u.source == ("via",)
                and any(o.english not in _STREET_PARTS for o in found if o is not u and not _key(o))
            )
            or (len(u.source) == 1 and u.form in unread)
            else u
            for u in found
        ]
        first = units[0]
        if table is None and len(units) > 1 and len(first.source[0]) < MIN_LETTERS:
            # a table's name led by a word of one or two letters: an application's prefix
            # (``tb_``, ``m_``), not the glossary's word (Indonesian ``tb``, a height)
            units[0] = first = first._replace(english=None)
        if table and len(units) > 1 and first.english is None and not first.digits:
            own = next((f for f in table if abbreviates(first.source[0], f)), None)
            if own is not None:
                units[0] = first._replace(english=table[own], form=own)
        if not any(u.english for u in units):
            return identifier
        if len(units) == 1 and len(first.source) == 1 and first.form in self.alone:
            units[0] = first._replace(english=self.alone[first.form])
        if self.glossary.head_first:
            units = _head_last(_adjectives(units, self.before), table)
        english = tuple(w for i, u in enumerate(units) for w in u.out(i == len(units) - 1))
        return identifier if english == names else "_".join(english)


def _adjectives(units: list[Unit], before: frozenset[str]) -> list[Unit]:
    """A head-first name's units with each adjective that stands before its head (Czech
    ``mobilni``: :attr:`Glossary.before`) joined to the unit after it, so that reading the
    name's head last keeps the two in order (``cislo_mobilniho_telefonu``:
    ``mobile_phone_number``)."""
    if not before:
        return units
    joined: list[Unit] = []
    for unit in reversed(units):
        after = joined[-1] if joined else None
        if (
            after is not None
            and unit.english is not None
            and after.english is not None
            and not unit.digits
            and len(unit.source) == 1
            and unit.form in before
        ):
            joined[-1] = after._replace(
                source=(*unit.source, *after.source), english=(*unit.english, *after.english)
            )
        else:
            joined.append(unit)
    return joined[::-1]


#: What may stand beside ``via`` when it is a street (``nome_via``, ``tipo_via``, ``via_2``).
_STREET_PARTS = frozenset(
    {("name",), ("number",), ("type",), ("street", "name"), ("street", "type"), ("house", "number")}
)


def _head_last(units: list[Unit], table: Mapping[str, tuple[str, ...]] | None) -> list[Unit]:
    """A head-first name's units in English order (``fecha nacimiento``: ``birth date``): the
    keys at either end last, and a prefix kept first (:func:`_prefix`)."""
    start, end = 0, len(units)
    while start < end and _key(units[start]):
        start += 1
    while end > start and _key(units[end - 1]):
        end -= 1
    body = units[start:end]
    lead = 0
    while lead < len(body) - 1 and _prefix(body[lead], body[lead + 1], table):
        lead += 1
    return [*body[:lead], *reversed(body[lead:]), *units[:start], *units[end:]]


def _prefix(unit: Unit, after: Unit, table: Mapping[str, tuple[str, ...]] | None) -> bool:
    """Whether a head-first name's unit is a prefix, kept first: a word the glossary does not
    know, in a table's name (an application's prefix) or, in a column's, when it is no English
    word either (a table's abbreviation: ``cli_nombre``; ``date_debut`` is a start date); the
    table's own word; or a person's word before a field of theirs (``cliente_nombre`` is the
    customer's name, as ``nombre_cliente`` is; in ``membre_bureau`` the member is the head, of
    an office)."""
    if unit.english is None:
        word = unit.source[0]
        return table is None or (word not in _vocabulary() and word not in _neutral())
    if table is not None and unit.form in table:
        return True
    if after.english in _QUALIFIERS:
        return False  # ``profesor_externo``: an external teacher, no field of the teacher's
    return _people(unit.english) and not (_people(after.english) or _places(after.english))


#: English adjectives that a head-first language writes after the person they qualify
#: (``profesor1_externo``: ``external_teacher_1``).
_QUALIFIERS = frozenset({("external",)})


def _key(unit: Unit) -> bool:
    """Whether a unit is a key's word (``id``), in any language."""
    return unit.english is None and unit.source[0] in KEYS and not unit.digits


def _people(english: Sequence[str] | None) -> bool:
    """Whether a unit's English is a person's word (``customer``, ``patients``)."""
    if not english or len(english) != 1:
        return False
    word = english[0]
    people = _people_words()
    return word in people or (word.endswith("s") and word[:-1] in people)


def _places(english: Sequence[str] | None) -> bool:
    """Whether a unit's English is an organisation's or a place's word (``office``,
    ``company``, ``city``)."""
    from .organisations import ORGANISATION_TABLES, PLACE_TABLES

    if not english:
        return False
    return english[-1] in ORGANISATION_TABLES or english[-1] in PLACE_TABLES


@cache
def _person_word(english: Sequence[str] | None) -> bool:
    """Whether a unit's English is one person's word, a kin's too (``mother``, ``spouse``).

    >>> _person_word(("mother",)), _person_word(("customer",)), _person_word(("year",))
    (True, True, False)
    """
    return _people(english) or (english is not None and tuple(english)[-1:] in _KIN)


#: A person's kin, as the glossaries read them (``me``: ``mother``; ``vo``: ``spouse``).
_KIN = frozenset(
    (w,)
    for w in _words("""
    mother father parent spouse wife husband child son daughter sibling brother sister
    grandmother grandfather guardian
    """)
)


@cache
def _people_words() -> frozenset[str]:
    """The English words of people: piimap's (``customer``, ``patient``) and those of the
    glossaries' roles and trades (``detective``, ``fencer``, ``referee``), which the English
    rules need not know: a table so named holds people. Read once (glued words ask for it at
    each split)."""
    from .name_words import NameWords

    return NameWords.PEOPLE.union(*(g.role_words() for g in GLOSSARIES))


@cache
def lexicons() -> tuple[Lexicon, ...]:
    """Every glossary, ready to read names."""
    return tuple(Lexicon(g) for g in GLOSSARIES)


@cache
def _vocabulary() -> frozenset[str]:
    """The English words piimap's name rules know."""
    from .name_words import NameWords

    return NameWords().split_words()


@cache
def _neutral() -> frozenset[str]:
    """Words every language writes: :data:`NEUTRAL` and the name signal's key words."""
    from .name_words import NameWords

    return NEUTRAL | NameWords.KEY_TOKENS


@cache
def _english_words() -> frozenset[str]:
    """The English words of piimap's vocabulary that tell a table is English: not
    :func:`_neutral`, and no glossary's word for something else (``data``, a Portuguese date;
    ``kind``, a German child). ``name`` in German and ``patient`` in French are English too."""
    elsewhere = {
        form[0]
        for lexicon in lexicons()
        for form, english in lexicon.entries.items()
        if len(form) == 1 and english != form
    }
    return _vocabulary() - elsewhere - _neutral()


@cache
def _untelling() -> frozenset[str]:
    """Words that tell no language: English words, and those every language writes."""
    return _vocabulary() | ENGLISH_HOMOGRAPHS | _neutral()


@cache
def _foreign() -> dict[str, frozenset[str]]:
    """Each language's words that may tell it: in its glossary, no English word, no linker
    and no abbreviation shorter than :data:`MIN_LETTERS`."""
    linkers = frozenset().union(*(lexicon.linkers for lexicon in lexicons()))
    english = _untelling()
    return {
        lexicon.name: frozenset(
            w
            for w in lexicon.vocabulary
            if len(w) >= MIN_LETTERS
            and w not in english
            and w not in linkers
            and w not in lexicon.quiet
            and w.isalpha()
        )
        for lexicon in lexicons()
    }


_TELLS: dict[str, frozenset[str]] = {}


def tells(word: str) -> frozenset[str]:
    """The languages a name's word belongs to (``apellido``: Spanish, ``geburtsdatum``:
    German, ``telefono``: Spanish and Italian); none for an English word (``email``,
    ``status``, ``data``).

    >>> [sorted(tells(w)) for w in ("apellidos", "geburtsdatum", "telefono", "status")]
    [['Spanish'], ['German'], ['Italian', 'Spanish'], []]
    """
    if word in _TELLS:
        return _TELLS[word]
    foreign = _foreign()
    found = set()
    if word.isalpha() and word not in _untelling():
        for lexicon in lexicons():
            own = foreign[lexicon.name]
            lemma = lexicon.find(word)
            if lemma is not None:
                if lemma[0] in own:
                    found.add(lexicon.name)
            elif len(word) >= 2 * MIN_LETTERS:
                parts = lexicon.split(word)
                if parts and any((f := lexicon.find(p)) and f[0] in own for p in parts):
                    found.add(lexicon.name)
    if len(_TELLS) >= CACHE_LIMIT:
        _TELLS.clear()
    told = _TELLS[word] = frozenset(found)
    return told


def language(names: Iterable[str]) -> Lexicon | None:
    """The language a table's names (its own and its columns') are written in, or None. Its
    words that belong to one language only tell which: more of them than of any other's, one
    at the least. Words it shares with other languages (``usuario``, Spanish and Portuguese)
    count for it too: at least :data:`MIN_WORDS` in all, and more than the English words
    among the names.

    >>> language(["Mitglieder", "Vorname", "Nachname", "Geburtsdatum", "PLZ", "Ort"]).name
    'German'
    >>> language(["usuario", "nombre", "apellido", "email", "password"]).name
    'Spanish'
    >>> language(["customers", "first_name", "last_name", "email", "nombre"]) is None
    True
    """
    found = {w for name in names for w in words(name)}
    english = _english_words()
    alone: Counter[str] = Counter()
    shared: Counter[str] = Counter()
    for word in found:
        told = tells(word)
        if len(told) == 1:
            alone.update(told)
        shared.update(told)
    spoken = sum(1 for w in found if w in english or singular(w) in english)
    ranked = alone.most_common(2)
    if not ranked:
        return None
    best, count = ranked[0]
    tied = len(ranked) > 1 and ranked[1][1] == count
    if tied or shared[best] < MIN_WORDS or shared[best] <= spoken:
        return None
    return next(lexicon for lexicon in lexicons() if lexicon.name == best)


@dataclass(frozen=True)
class Reading:
    """A table read in one language: its name and its columns' names in English."""

    language: str
    table: str
    names: dict[str, str]
    lexicon: Lexicon
    #: The glossary words of the table's own name, and their English.
    words: Mapping[str, tuple[str, ...]]
    #: Whether the table says what its rows are (:func:`_known_rows`), and whether they may
    #: be people's (:func:`_maybe_people`).
    known: bool = True
    people: bool = True
    #: Whether the table is named for a part of an address whose rows are places, which the
    #: English rules do not know as such (:data:`_ADDRESS_PLACES`: ``desa``, ``mahalle``).
    place: bool = False
    #: The glossary's forms that the table leaves unread (:func:`_unread`).
    unread: frozenset[str] = frozenset()

    def read(self, column: str) -> str:
        """A column's name in English, or as it is when what it reads is withheld."""
        found = self.names.get(column)
        if found is None:
            found = _withheld(column, self.lexicon.read(column, self.words, self.unread), self)
        return found


#: English words of a read column's name that reach or locate whoever the row is; ``name``
#: too, which such details make a person's.
_CONTACT = _words("""
    phone mobile landline fax email address street house postal postcode city town suburb
    website name
""")
#: English words of a read column's name that show its row is a person's.
_PERSON_FIELDS = _words("""
    first last surname surnames middle maiden birth birthday gender sex nickname salutation
    initials
""")
#: A read column's English words of a person's full name (Greek ``onomateponymo``), which
#: describes one person as a first name does; a bare ``name`` is a firm's as often.
_FULL_NAME = frozenset({"full", "name"})
#: English words of a read column's name that reach one person (a phone, an e-mail, a street)
#: or describe one (:data:`_PERSON_FIELDS`): a table named for a role has one at the least
#: when its rows are people, not a municipality, a postcode and a count alone.
_REACH = _words("phone mobile landline fax email address street house")
#: English words of a read column's name, and firms' numbers left as they are, that say a
#: row is a firm's (``razon_social``: ``company_name``; ``Firma``; ``partita_iva``, ``siret``).
_FIRM = _words("company partita cif cnpj siret siren regon")
#: What only a person has, read when the table may be people's (:func:`_maybe_people`): a
#: product's or an animal's gender is no person's.
_PERSON_ONLY = _words("gender sex")
#: English words of a read column's name for what a firm or an association holds as a person
#: does (a bank account, a tax number): withheld, as contact details are, in a table that says
#: nothing of its rows (a chart of accounts' ``cislo_uctu``, an association's ``vergi_no``),
#: unless a word no glossary reads qualifies it (:func:`_in_part`: ``adm_tax_id``).
_HELD_BY_FIRMS_TOO = _words("bank tax")
#: Parts of an address that name a table of places the English rules do not know as one
#: (``PLACE_TABLES`` has ``district`` and ``municipality``): a table read as ``suburb``
#: (Indonesian ``desa``, Turkish ``mahalle``) holds places, and its contact details are theirs.
_ADDRESS_PLACES = _words("suburb village")
#: English words of a read column's name that count what follows them (``jumlah_siswa``:
#: ``student_amount``; ``pocet_obyvatel``, ``antal_elever``): beside a people word, a count of
#: people, not a person; ``number`` counts only beside a plural (``tanulok_szama``,
#: ``numar_elevi``), since ``member_number`` is a member's own.
_COUNT = _words("quantity amount count total")


def _withheld(column: str, read: str, table: Reading) -> str:
    """``read``, or the column's own name when what it reads needs rows the table does not
    say it has: contact details, a bank account or a tax number in a table that says nothing
    of its rows (``hoteles``, a chart of accounts), contact details in a table of places
    (``desa``: :data:`_ADDRESS_PLACES`), a gender in a table of things (``productos``)."""
    said = _says(read, table.lexicon, table.unread)
    # a bank account or a tax number qualified by a word no glossary reads (``con_adm_run``:
    # ``adm_tax_id``, an administrator's) is whoever that word names, not the row's
    firms = _HELD_BY_FIRMS_TOO if not _in_part(read) else frozenset()
    nobody = not table.known and said & (_CONTACT | firms)
    if nobody or (table.place and said & _CONTACT) or (not table.people and said & _PERSON_ONLY):
        return column
    return read


def _says(read: str, lexicon: Lexicon, unread: frozenset[str] = frozenset()) -> frozenset[str]:
    """The English words of a read name, and of its words left as they are that the glossary
    knows (``prenom``, which the French name rules read, says ``first name``): a name left as
    it is still says what it means when the reading asks whether the rows are people's; not
    the forms the table leaves ``unread`` (:func:`_unread`)."""
    said = set(read.lower().split("_"))
    said.update(
        e
        for w in words(read)
        if (f := lexicon.find(w)) and f[0] not in unread
        for e in lexicon.entries.get((f[0],), ())
    )
    return frozenset(said)


def _known_rows(
    table: str,
    read: str,
    names: Sequence[frozenset[str]],
    whole: Sequence[frozenset[str]] | None = None,
) -> bool:
    """Whether a read table says what its rows are: its own name is read (``pacientes``,
    ``proveedores``) or is a people word as it is (a Dutch ``contact``), or a read column names
    a person's field (``apellido``, ``Geburtsdatum``). A table whose name the glossary lacks
    (``hoteles``, ``Apotheken``) and whose columns are only a name and contact details is left
    as it is: read in English, its phone and address would be judged with no table to say
    they are an organisation's. A people word says so only in ``whole`` (:func:`_person_fields`)."""
    return read != table or _people(_head(read)) or _person_fields(names, _PERSON_FIELDS, whole)


def _maybe_people(
    read: str, names: Sequence[frozenset[str]], whole: Sequence[frozenset[str]] | None = None
) -> bool:
    """Whether a read table's rows may be people's, so that a gender is a person's: its name
    is a person's word (``empleados``), or a column other than a gender names a person's field
    (``apellido``, ``Geburtsdatum``). A table of products or animals (``productos_ropa`` of a
    ``nombre``, a ``talla`` and a ``sexo``) is not."""
    return _people(_head(read)) or _person_fields(names, _PERSON_FIELDS - _PERSON_ONLY, whole)


def _head(read: str) -> tuple[str, ...]:
    """A read table name's last word, the head an English name ends with (``coach_passengers``:
    ``passengers``), as a one-word tuple; none for no name.

    >>> _head("coach_passengers"), _head("")
    (('passengers',), ())
    """
    return words(read)[-1:] if read else ()


def _person_fields(
    names: Sequence[frozenset[str]],
    fields: frozenset[str],
    whole: Sequence[frozenset[str]] | None = None,
) -> bool:
    """Whether a read column says a person: one of its English words is one of ``fields``
    (:data:`_PERSON_FIELDS`, or those less a gender), a people word (``mother``) or a full
    name (``nombre_completo``, ``nama_lengkap``: :data:`_FULL_NAME`), the latter two only
    among ``whole`` when it is given: the columns read whole (:func:`_in_part`).

    >>> _person_fields([frozenset({"phone"}), frozenset({"surname"})], _PERSON_FIELDS)
    True
    >>> _person_fields([frozenset({"gender"})], _PERSON_FIELDS - _PERSON_ONLY)
    False
    >>> _person_fields([frozenset({"full", "name"})], _PERSON_FIELDS)
    True
    """
    people = names if whole is None else whole
    return (
        any(w in fields for said in names for w in said)
        or any(_people((w,)) for said in people for w in said)
        or any(said >= _FULL_NAME for said in people)
    )


@lru_cache(maxsize=4096)
def reading(table: str, columns: tuple[str, ...]) -> Reading | None:
    """A table's names in English, when they are written in another language (None for an
    English table). A scan meets a table once for each of its columns: the reading is kept."""
    bare = _unprefixed(columns)
    bare.update((c, b) for c in columns if (b := _unglued(c, table)) != c)
    lexicon = language((table, *columns, *bare.values()))
    if lexicon is None:
        return None
    unread = _unread(table, columns, lexicon)
    own = {
        f[0]: english
        for w in words(table)
        if (f := lexicon.find(w)) and f[0] not in unread
        if (english := lexicon.entries.get((f[0],)))
    }
    names = {c: lexicon.read(c, own, unread) for c in columns}
    names.update(
        (c, lexicon.read(b, own, unread)) for c, b in bare.items() if _reads_better(c, names[c], b)
    )
    roles = lexicon.glossary.role_forms()
    alone = {c for c in columns if _role_alone(c, lexicon, roles) or _counts(c, lexicon)}
    names.update((c, c) for c in alone)
    said = [_says(n, lexicon, unread) for c, n in names.items() if c not in alone]
    whole = [
        _says(n, lexicon, unread) for c, n in names.items() if c not in alone and not _in_part(n)
    ]
    read = table if _trade_not_rows(table, lexicon, said) else lexicon.read(table, None, unread)
    found = Reading(
        lexicon.name,
        read,
        names,
        lexicon,
        own,
        known=_known_rows(table, read, said, whole),
        people=_maybe_people(read, said, whole),
        place=_place(read),
        unread=unread,
    )
    if not (found.known and found.people) or found.place:
        names.update((c, _withheld(c, n, found)) for c, n in names.items())
    return found


def _unread(table: str, columns: Sequence[str], lexicon: Lexicon) -> frozenset[str]:
    """The forms of the glossary's :attr:`~classifiers.glossaries.base.Glossary.beside` that a
    table leaves unread: those none of whose companions names a column, in a table not named
    for people (its name read without them). Vietnamese ``ho`` is a surname beside ``ten``, a
    given name, or in ``khach_hang``; in ``ho_chua_nuoc`` (a reservoir) it is a lake, and no
    surname makes the table one of people.

    >>> vietnamese = next(lex for lex in lexicons() if lex.name == "Vietnamese")
    >>> _unread("ho_chua_nuoc", ("ma_ho", "ten_ho", "tinh"), vietnamese)
    frozenset({'ho'})
    >>> _unread("danh_sach", ("ho", "ten", "lop"), vietnamese)
    frozenset()
    >>> _unread("khach_hang", ("ho", "so_dien_thoai"), vietnamese)
    frozenset()
    """
    if not lexicon.beside:
        return frozenset()
    if _people(_head(lexicon.read(table, None, frozenset(lexicon.beside)))):
        return frozenset()
    names = {words(c) for c in columns}
    return frozenset(form for form, beside in lexicon.beside.items() if not beside & names)


def _place(read: str) -> bool:
    """Whether a read table's name is a part of an address that holds places
    (:data:`_ADDRESS_PLACES`), with no people word: ``suburb`` (``desa``), not ``resident_suburb``
    (``warga_desa``, a village's residents).

    >>> _place("suburb"), _place("resident_suburb"), _place("")
    (True, False, False)
    """
    found = words(read)
    people = any(_people((w,)) for w in found)
    return bool(found) and singular(found[-1]) in _ADDRESS_PLACES and not people


def _counts(column: str, lexicon: Lexicon) -> bool:
    """Whether a column counts people (``jumlah_siswa``, ``pocet_obyvatel``, ``tanulok_szama``,
    ``numar_elevi``: :data:`_COUNT`): it holds no person, and read in English its people word
    would name one beside the row (a school's ``student_amount``); it is left as it is, as a
    role noun alone is (:func:`_role_alone`).

    >>> hungarian = next(lex for lex in lexicons() if lex.name == "Hungarian")
    >>> _counts("tanulok_szama", hungarian), _counts("tanulo_szam", hungarian)
    (True, False)
    """
    names = words(column)
    # a plural's ending only where it ends a word of the name: glued, it is a joint
    # (``Kundennummer``, a customer's number)
    found = [
        (u.english[-1], u.plural and u.source[-1] in names)
        for u in lexicon.units(names)
        if u.english
    ]
    people = [(w, plural) for w, plural in found if _people((w,))]
    said = {w for w, _ in found}
    several = any(plural or w not in _people_words() for w, plural in people)
    return bool(people) and bool(said & _COUNT or ("number" in said and several))


def _in_part(read: str) -> bool:
    """Whether a read column's name keeps words no glossary and no English rule reads
    (``sorumlu_doctor``, the doctor in charge; ``doctor_penanggung_jawab``): its people word
    is a person named beside the row, as a role noun alone is (:func:`_role_alone`), and says
    nothing of the table's rows (:func:`_person_fields`).

    >>> _in_part("sorumlu_doctor"), _in_part("mother_name"), _in_part("customer_id_2")
    (True, False, False)
    """
    known = _read_words()
    return any(w not in known and singular(w) not in known and not w.isdigit() for w in words(read))


@cache
def _read_words() -> frozenset[str]:
    """Every English word the glossaries read their forms as, the English rules' words and the
    keys: the words of a read name that are read."""
    glossaries = {w for lexicon in lexicons() for e in lexicon.entries.values() for w in e}
    return frozenset(glossaries) | _untelling() | KEYS


def _reads_better(column: str, plain: str, bare: str) -> bool:
    """Whether a column is better read without its shared prefix or glued table word
    (``bare``): its plain reading kept it whole, or kept its first word, which ``bare`` drops
    (``qz_nombre``: ``qz_name``); not when the plain reading read that word (the table's own
    abbreviation: ``cli_nombre`` in ``clientes``: ``customer_name``).

    >>> _reads_better("qz_nombre", "qz_name", "nombre")
    True
    >>> _reads_better("nompompier", "nompompier", "nom")
    True
    >>> _reads_better("cli_nombre", "customer_name", "nombre")
    False
    """
    return plain == column or words(plain)[0] == words(column)[0] != words(bare)[0]


def _role_alone(column: str, lexicon: Lexicon, roles: frozenset[str]) -> bool:
    """Whether a column is named by a role or trade noun alone (``gerente``, ``direttore``,
    ``presidente``, ``Geschaeftsfuehrer``): a person named beside the row (a store's manager, a
    club's president), which says nothing of the row's own contact details; it is left as it is.

    >>> spanish = next(lex for lex in lexicons() if lex.name == "Spanish")
    >>> _role_alone("gerente", spanish, spanish.glossary.role_forms())
    True
    """
    found = words(column)
    return len(found) == 1 and (f := lexicon.find(found[0])) is not None and f[0] in roles


def _trade_not_rows(table: str, lexicon: Lexicon, said: Sequence[frozenset[str]]) -> bool:
    """Whether a table named through a role or trade noun alone (:attr:`Glossary.roles`) is not
    named for its rows, so that its name is left as it is: the noun follows a plural word the
    glossary does not know, whose modifier it is in a head-first language (``comunidades_vecinos``,
    ``bufetes_abogados``, ``caisses_retraite``); or its columns are a firm's (``razon_social``,
    ``Firma``, ``partita_iva``: ``Veranstalter`` that are companies); or none reaches or
    describes a person (``Einwohner`` of a ``Gemeinde``, a ``PLZ`` and an ``Anzahl``).

    >>> spanish = next(lex for lex in lexicons() if lex.name == "Spanish")
    >>> _trade_not_rows("comunidades_vecinos", spanish, [frozenset({"phone"})])
    True
    >>> _trade_not_rows("arbitros", spanish, [frozenset({"name"}), frozenset({"phone"})])
    False
    """
    roles = lexicon.glossary.role_forms()
    found = [
        (w, f[0] if (f := lexicon.find(w)) and (f[0],) in lexicon.entries else None)
        for w in words(table)
    ]
    if not any(form in roles for _, form in found) or any(
        form is not None and form not in roles for _, form in found
    ):
        return False
    first, first_form = found[0]
    modifier = (
        lexicon.glossary.head_first
        and first_form is None
        and len(first) > MIN_LETTERS + 1
        and first not in _untelling()
        and first.endswith(tuple(end for end, _ in lexicon.glossary.plurals))
    )
    column_words = frozenset().union(*said)
    firm = bool(column_words & _FIRM)
    reach = bool(column_words & (_REACH | _PERSON_FIELDS)) or any(s >= _FULL_NAME for s in said)
    return modifier or firm or not reach


def _unprefixed(columns: Sequence[str]) -> dict[str, str]:
    """The columns' names without the short prefix most of them share (``qz_nombre``,
    ``qz_fono``: ``nombre``, ``fono``; :func:`~classifiers.name_tokens.table_prefix`), when that
    prefix is neither a word of the table's languages (:func:`_prefix_is_word`) nor an English
    one, nor a firm's abbreviation (:func:`_firm_abbreviation`); only the names it leads, with a
    word after it.

    >>> _unprefixed(("qz_id", "qz_nombre", "qz_fono", "qz_correo"))["qz_nombre"]
    'nombre'
    >>> _unprefixed(("tel_fijo", "tel_movil", "tel_trabajo"))
    {}
    >>> _unprefixed(("soc_id", "soc_nombre", "soc_fono", "soc_correo"))
    {}
    """
    split = [words(c) for c in columns]
    prefix = table_prefix(split)
    if (
        prefix is None
        or prefix in _untelling()
        or _prefix_is_word(prefix, split)
        or _firm_abbreviation(prefix)
    ):
        return {}
    return {
        c: "_".join(bare)
        for c, found in zip(columns, split, strict=True)
        if (bare := unprefixed(found, prefix)) != found
    }


def _prefix_is_word(prefix: str, names: Sequence[Sequence[str]]) -> bool:
    """Whether a shared prefix is a word of a glossary that reads it: of any glossary, or of
    one whose words keep a prefix only in its own tables
    (:attr:`~classifiers.glossaries.base.Glossary.prefix_needs_language`: Vietnamese's
    syllables ``ma``, ``so``, ``con``, Catalan's ``al``, Serbo-Croatian's ``pol``, which a
    Spanish or a Polish table abbreviates its name to as often, ``con_nombre`` in ``conjunto``)
    only where a word of the table's names tells its language (``so_cmnd``, ``so_tai_khoan``: a
    number's). Every language a word tells counts, not :func:`language`'s one winner: a table
    that says Vietnamese only in a few words among more of another language's keeps the prefix.

    >>> _prefix_is_word("so", [("so", "cmnd"), ("so", "tai", "khoan"), ("ho", "ten")])
    True
    >>> _prefix_is_word("con", [("con", "nombre"), ("con", "direccion"), ("con", "fono")])
    False
    """
    told: set[str] | None = None
    for lexicon in lexicons():
        if not lexicon.find(prefix):
            continue
        if not lexicon.glossary.prefix_needs_language:
            return True
        if told is None:
            told = {lang for found in names for w in found for lang in tells(w)}
        if lexicon.name in told:
            return True
    return False


def _firm_abbreviation(prefix: str) -> bool:
    """Whether a shared prefix begins a word some glossary reads as a firm (``soc``:
    ``societe``, ``societa``; ``emp``: ``empresa``; ``ent``: ``entreprise``): the columns it
    leads may be a company's (``soc_nombre``, ``soc_nit`` in ``afiliados``), whatever the
    table's rows are, and left out it would make the company's name the rows' own; it is kept,
    as it was before prefixes were left out. Three letters at the least: two begin too much.

    >>> _firm_abbreviation("soc"), _firm_abbreviation("emp"), _firm_abbreviation("qz")
    (True, True, False)
    """
    return len(prefix) >= MIN_LETTERS and any(
        form.startswith(prefix) and form != prefix for form in _firm_forms()
    )


@cache
def _firm_forms() -> frozenset[str]:
    """Every glossary's one-word forms of a firm (``empresa``, ``Firma``: ``company``)."""
    return frozenset(
        form[0]
        for lexicon in lexicons()
        for form, english in lexicon.entries.items()
        if len(form) == 1 and english == ("company",)
    )


def _unglued(column: str, table: str) -> str:
    """A column's name without its table's word glued at its end or its start, when what is
    left is a word or words a glossary knows (``nompompier`` in ``pompier``: ``nom``;
    ``guidatelefono`` in ``guida``: ``telefono``), a schema written in CamelCase and
    lower-cased; else the name itself. The table's word need not be the glossary's.

    >>> _unglued("nompompier", "pompiers"), _unglued("guidatelefono", "guida")
    ('nom', 'telefono')
    >>> _unglued("idpompier", "pompier"), _unglued("personalidad", "persona")
    ('idpompier', 'personalidad')
    """
    names = words(column)
    heads = _heads(table)
    if len(names) != 1 or not heads or not names[0].isalpha():
        return column
    word = names[0]
    for head in heads:
        if len(word) - len(head) < MIN_LETTERS:
            continue
        # the table's word at the end (nompompier), then at the start (bagninocognome); the
        # table's language is not known yet, so any glossary may know what is left
        for rest in (word.removesuffix(head), word.removeprefix(head)):
            if rest != word and any(lex.find(rest) or lex.split(rest) for lex in lexicons()):
                return rest
    return column


@lru_cache(maxsize=4096)
def _heads(table: str) -> tuple[str, ...]:
    """A table's last word, and its singulars in each glossary's plurals (``pompiers``:
    ``pompiers``, ``pompier``; ``bagnini``: ``bagnini``, ``bagnino``...), of four letters at
    the least."""
    last = words(table)[-1:]
    if not last or not last[0].isalpha():
        return ()
    head = last[0]
    found = [head]
    found += [
        head[: -len(end)] + one
        for lexicon in lexicons()
        for end, one in lexicon.glossary.plurals
        if head.endswith(end)
    ]
    return tuple(h for h in dict.fromkeys(found) if len(h) > MIN_LETTERS)


def _reading_of(ctx: FieldContext) -> Reading | None:
    return reading(ctx.dataset.rsplit(".", 1)[-1], ctx.siblings or (ctx.name,))


def english(ctx: FieldContext) -> FieldContext | None:
    """The field as read in English: its name, its siblings and its table's name translated
    (samples, type, comment and platform labels as they are); None when its table is English
    or nothing changes."""
    read = _reading_of(ctx)
    if read is None:
        return None
    name = read.read(ctx.name)
    schema, dot, _ = ctx.dataset.rpartition(".")
    dataset = f"{schema}{dot}{read.table}"
    siblings = tuple(read.names.get(s, s) for s in ctx.siblings)
    if name == ctx.name and dataset == ctx.dataset and siblings == ctx.siblings:
        return None
    empty = frozenset(read.names.get(s, s) for s in ctx.empty_siblings)
    return replace(ctx, name=name, dataset=dataset, siblings=siblings, empty_siblings=empty)


def note(ctx: FieldContext, read: FieldContext) -> str:
    """What a verdict of a field read in English says first: the language and the name read
    (names only, never a value).

    >>> ctx = FieldContext("crm", "pacientes", "telefono_movil",
    ...     siblings=("nombre", "apellido", "telefono_movil"))
    >>> note(ctx, english(ctx))
    "column name read in Spanish as 'mobile_phone'; "
    """
    found = _reading_of(ctx)
    told = [tells(w) for w in words(ctx.name) if not w.isdigit()]
    alone = sorted(frozenset.intersection(*told)) if told and all(told) else []
    spoken = found.language if found else " or ".join(alone) or "another language"
    if read.name != ctx.name:
        return f"column name read in {spoken} as {read.name!r}; "
    if read.dataset != ctx.dataset:
        return f"table read in {spoken} as {read.dataset.rsplit('.', 1)[-1]!r}; "
    return f"the table's other columns read in {spoken}; "
