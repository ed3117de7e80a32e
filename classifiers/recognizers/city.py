"""The shape of a city's name: capitalised words, with the connectors place names use.

The rules of :class:`~classifiers.recognizers.person_name.PersonNameRecognizer`, plus more words
in lower case ("Frankfurt am Main", "Stratford-upon-Avon", "'s-Hertogenbosch") and up to five
capitalised words. Values only confirm a column whose name says city or town.

>>> CityRecognizer().analyze("Frankfurt am Main", ["CITY"])[0].score
0.4
>>> CityRecognizer().analyze("Blue Widget 3000", ["CITY"])
[]
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from .person_name import PersonNameRecognizer, shape, word_set


class CityRecognizer(PersonNameRecognizer):
    """A city or town: 'St. Louis', 'Saint-Étienne', 'Frankfurt am Main', 'Washington D.C.'."""

    ENTITY = "CITY"
    PATTERNS = (Pattern("capitalised place words", shape(7, 50), 0.4),)
    CONTEXT = ("city", "town", "locality", "municipality")
    LOWER_WORDS: ClassVar[frozenset[str]] = PersonNameRecognizer.LOWER_WORDS | word_set(
        "am an im in upon on sur sous lès en bei ob die auf aan op the of and et los las s"
    )
    MAX_WORDS: ClassVar[int] = 5
