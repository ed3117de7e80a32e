r"""The shape of a person's name, without a language model: capitalised words of letters.

One to four words of any script's letters, with hyphens, apostrophes and initials ("Mary-Jane",
"O'Brien", "J. R. R. Tolkien"), lower-case particles allowed ("van der Berg"), no digits. Product
names and cities have the same shape, so values only confirm a column whose name says name;
what they reject matters as much: digits, symbols, literals (``true``, ``null``), camel-case
brands (``iPhone``). Case is not judged: legacy stores keep names in capitals (``SMITH``) or in
lower case, and an enum in capitals is caught by the value signal's enum guard instead.

>>> PersonNameRecognizer().analyze("van der Berg", ["PERSON_NAME"])[0].score
0.4
>>> PersonNameRecognizer().analyze("ORD-00042", ["PERSON_NAME"])
[]
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from .base import ValueRecognizer


def shape(words: int, length: int) -> str:
    r"""A regex for up to ``words`` words of letters (``\p{L}``: any script), ``length`` chars."""
    word = r"['\u2019]?\p{L}[\p{L}'\u2019.-]*"
    return rf"^(?=.{{2,{length}}}$){word}(?:,?\s+{word}){{0,{words - 1}}}$"


_PARTS = re.compile(r"[-'\u2019]")
#: Words of ASCII letters, each starting with a capital, one space apart.
_CAPITALISED = re.compile(r"[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*")


def word_set(text: str) -> frozenset[str]:
    """The words of a space-separated string, as a set."""
    return frozenset(text.split())


class PersonNameRecognizer(ValueRecognizer):
    """A first, last or full name: capitalised words of letters, particles in lower case."""

    ENTITY = "PERSON_NAME"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (Pattern("capitalised words", shape(6, 40), 0.4),)
    CONTEXT: ClassVar[tuple[str, ...]] = ("name", "first", "last", "surname", "given", "family")
    PREFILTER = r"^\s*['\u2019]?[^\W\d_](?:[^\W\d_]|[\s'\u2019.,-]){1,49}$"
    NEEDS_NAME = True
    #: Words that may stay in lower case; the others must start with a capital.
    LOWER_WORDS: ClassVar[frozenset[str]] = word_set(
        "van von der den de del della di da das dos do du la le les y e bin ibn al el ter ten zu"
        " af av d l"
    )
    #: At most this many words that are not in ``LOWER_WORDS``.
    MAX_WORDS: ClassVar[int] = 4

    #: Single words that are data literals, not names.
    LITERALS: ClassVar[frozenset[str]] = word_set("true false null none nil yes no n/a na test")

    def validate_result(self, pattern_text: str) -> bool | None:
        """Words of letters capitalised alike; not a literal, not a camel-case brand."""
        if _CAPITALISED.fullmatch(pattern_text):
            # most names: each word counts (none is lower-case, camel-case or split in parts)
            words = pattern_text.split(" ")
            if self.LOWER_WORDS.isdisjoint(words):
                if len(words) == 1 and words[0].lower() in self.LITERALS:
                    return False
                return None if len(words) <= self.MAX_WORDS else False
        return self._validate_words(pattern_text)

    def _validate_words(self, pattern_text: str) -> bool | None:
        """:meth:`validate_result` word by word."""
        words = pattern_text.replace(",", " ").split()
        if len(words) == 1 and words[0].lower() in self.LITERALS:
            return False
        counted = 0
        initials = set()
        for word in words:
            parts = [p.strip(".") for p in _PARTS.split(word) if p.strip(".")]
            if not parts:
                return False
            if all(p in self.LOWER_WORDS for p in parts):
                continue
            if any(p[0].islower() and any(c.isupper() for c in p[1:]) for p in parts):
                return False  # iPhone, eBay
            initials.add(parts[0][0].isupper())
            counted += 1
        if len(initials) > 1:
            return False  # "Red T-shirt size L": names are capitalised alike
        return None if 0 < counted <= self.MAX_WORDS else False


class InitialRecognizer(ValueRecognizer):
    """One capital letter, with or without its dot: a middle or first initial ("J", "J.").

    Letters are also sizes, grades and codes, so an initial only confirms a column whose name
    says initial or middle name.

    >>> InitialRecognizer().analyze("J.", ["PERSON_NAME"])[0].score
    0.3
    >>> InitialRecognizer().analyze("JR", ["PERSON_NAME"])
    []
    """

    ENTITY = "PERSON_NAME"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (Pattern("initial", r"^\p{Lu}\.?$", 0.3),)
    CONTEXT: ClassVar[tuple[str, ...]] = ("initial", "middle", "name")
    PREFILTER = r"^\s*[^\W\d_]\.?\s*$"
    NEEDS_NAME = True
