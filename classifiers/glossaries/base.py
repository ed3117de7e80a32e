"""What a glossary of one language holds: its words and phrases in English, the small words it
links them with, its word order, how it forms plurals and glues compounds, and the names that
piimap's rules already read in that language (left as they are).

>>> glossary = Glossary("Spanish", "fecha = date\\ncodigo postal, cp = postal code")
>>> glossary.entries()
{('fecha',): ('date',), ('codigo', 'postal'): ('postal', 'code'), ('cp',): ('postal', 'code')}
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Glossary:
    """One language's words as its schemas use them.

    ``words`` has one line per meaning: the language's forms (accent-folded, lower case, words
    of a phrase apart), comma-separated, ``=`` the English words that piimap's name rules read
    (``fecha nacimiento = birth date`` where the phrase is not read word by word). A ``#`` starts
    a comment. Forms are singular: :attr:`plurals` finds the singular of a plural.
    """

    name: str
    words: str
    #: Small words between a head and what qualifies it (``fecha_de_nacimiento``), dropped.
    linkers: str = ""
    #: Whether a phrase puts its head first (``fecha_nacimiento``: the date of birth), as the
    #: Romance languages, Indonesian and Czech do; German, Dutch, Hungarian, Turkish, Finnish and
    #: the Scandinavian languages put it last (``Geburtsdatum``, ``szuletesi_datum``).
    head_first: bool = True
    #: Letters a compound glues between its words (German ``Geburt-s-datum``,
    #: ``Kunde-n-nummer``): a glued word is split into glossary words, each perhaps followed by
    #: one of these. None: the language writes its words apart.
    joints: tuple[str, ...] | None = None
    #: Plural endings and what replaces them in the singular, tried in order.
    plurals: tuple[tuple[str, str], ...] = (("s", ""),)
    #: Endings of a case or a possessive, not of number, and what replaces them, tried after
    #: :attr:`plurals` (Turkish ``tarih-i``, the date of; Hungarian ``szam-a``, its number;
    #: Finnish ``henkilo-n``, a person's): the word is read as it is, in the singular.
    endings: tuple[tuple[str, str], ...] = ()
    #: Adjectives that stand before their head in a language whose genitives follow it (Czech
    #: ``rodne_cislo``, but ``datum_narozeni``), as :attr:`words` writes them: in a head-first
    #: name such a word stays before the word after it (``mobilni_telefon``: ``mobile_phone``).
    before: str = ""
    #: Short or shared words the glossary reads that tell no language (Hungarian ``nem``, a
    #: sex, is a Hungarian "no" too), apart by spaces: a table's other words must tell it.
    quiet: str = ""
    #: Forms that keep one spelling in the plural (Italian nouns stressed on their last vowel:
    #: ``città``, ``località``, written folded): no word is read as their plural, which would
    #: make another language's word one of theirs (French ``localite`` is no Italian plural).
    invariable: str = ""
    #: Names (the ``_``-joined folded words) that piimap's rules already read in this language,
    #: a regular expression: they are left as they are, and so is a table so named.
    keep: str = ""
    #: Whether its words keep a table's shared prefix (``so_cmnd``, ``so_tai_khoan``: a
    #: number's) only in a table some word of which tells this language: its short words are
    #: other languages' abbreviations too (Vietnamese ``con``, a child, and ``con_nombre`` in a
    #: Spanish ``conjunto``), and elsewhere the prefix is left out as an unknown one is.
    prefix_needs_language: bool = False
    #: Forms read only beside a column named for one of their companions, or in a table named
    #: for people; elsewhere they mean something else as often and are left unread (Vietnamese
    #: ``ho``: a surname beside ``ten``, a given name, but a lake or a household elsewhere). One
    #: line per form: the form, ``=``, its companions, comma-separated, as :attr:`words` writes
    #: forms.
    beside: str = ""
    #: People named by their role or trade (a detective, a fencer, a referee, a carer), as
    #: :attr:`words` writes them: a table so named holds people, whether or not the English
    #: word is one piimap's English rules know (:meth:`role_words`).
    roles: str = ""
    #: Adjectives of :attr:`before` that a name uses alone for the noun they qualify, left out
    #: (Slovenian ``davcna``, the tax number: ``davcna stevilka``), as :attr:`words` writes
    #: them: read so only when they are the whole name (``davcna_stopnja`` is a tax rate).
    alone: str = ""
    #: Forms of one or two letters that lead a glued word as their own word, apart by spaces
    #: (French ``pj``, a file attached: ``pjpasseport``, a passport's): a form so short is a
    #: part of a glued word nowhere else.
    leads: str = ""
    #: How the language's words are spelt alike when its writers spell them several ways
    #: (Greek in Latin letters: eta as ``i`` or ``h``, omega as ``o`` or ``w``), as a function
    #: of a folded word; a name's word of five letters or more that the glossary lacks is
    #: read as the glossary's word spelt alike. None: each form is spelt as it is listed.
    spelling: Callable[[str], str] | None = None

    def entries(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        """Each form, as its words, and its English words."""
        return {
            **_lines(self.name, self.words),
            **_lines(self.name, self.before),
            **_lines(self.name, self.roles),
        }

    def alone_forms(self) -> dict[str, tuple[str, ...]]:
        """The one-word forms of :attr:`alone` and their English.

        >>> Glossary("Slovenian", "stevilka = number", alone="davcna = tax id").alone_forms()
        {'davcna': ('tax', 'id')}
        """
        return {form[0]: english for form, english in _lines(self.name, self.alone).items()}

    def before_forms(self) -> frozenset[str]:
        """The one-word forms of :attr:`before` (Czech ``rodne``, ``mobilni``).

        >>> Glossary("Czech", "cislo = number", before="rodne = birth").before_forms()
        frozenset({'rodne'})
        """
        return frozenset(form[0] for form in _lines(self.name, self.before) if len(form) == 1)

    def beside_forms(self) -> dict[str, frozenset[tuple[str, ...]]]:
        """Each form of :attr:`beside` and its companions, as their words.

        >>> glossary = Glossary("Vietnamese", "ho = last name", beside="ho = ten, ten dem")
        >>> sorted(glossary.beside_forms()["ho"])
        [('ten',), ('ten', 'dem')]
        """
        found: dict[str, frozenset[tuple[str, ...]]] = {}
        for line in self.beside.splitlines():
            entry = line.split("#", 1)[0].strip()
            if not entry:
                continue
            form, _, companions = entry.partition("=")
            found[form.strip()] = frozenset(tuple(c.split()) for c in companions.split(","))
        return found

    def role_words(self) -> frozenset[str]:
        """The English of :attr:`roles` (``detective``, ``fencer``): words of people.

        >>> Glossary("French", "nom = name", roles="arbitre = referee").role_words()
        frozenset({'referee'})
        """
        return frozenset(w for english in _lines(self.name, self.roles).values() for w in english)

    def role_forms(self) -> frozenset[str]:
        """The one-word forms of :attr:`roles` (``arbitre``, ``vecino``), as a name writes them.

        >>> Glossary("French", "nom = name", roles="arbitre = referee").role_forms()
        frozenset({'arbitre'})
        """
        return frozenset(form[0] for form in _lines(self.name, self.roles) if len(form) == 1)


def _lines(language: str, text: str) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each form of a glossary's ``text``, as its words, and its English words."""
    found: dict[tuple[str, ...], tuple[str, ...]] = {}
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        forms, _, english = entry.partition("=")
        if not english.strip():
            raise ValueError(f"{language} glossary line has no English: {line!r}")
        for form in forms.split(","):
            found[tuple(form.split())] = tuple(english.split())
    return found
