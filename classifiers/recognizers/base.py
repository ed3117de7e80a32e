"""Base class of piimap's value recognizers: Presidio pattern recognizers for whole column values.

A recognizer is one short class whose data lives in class constants, in Presidio's style:
``ENTITY`` (a name from :data:`classifiers.entities.ENTITIES`), ``PATTERNS`` (regexes with scores),
``CONTEXT`` (words that raise the score when they appear in the column's name),
``PREFILTER`` (a cheap regex: a column is only analysed for this entity when enough of its values
match it) and ``NEEDS_NAME`` (True when a value match alone cannot label a column: four digits
are a card's last four only if the column's name or type says so). ``validate_result`` rejects
matches a regex cannot (checksums, impossible dates).

>>> from presidio_analyzer import Pattern
>>> class Sku(ValueRecognizer):
...     ENTITY = "PAYMENT_TOKEN"
...     PATTERNS = (Pattern("token", r"^tok_[A-Za-z0-9]{24}$", 0.9),)
...     PREFILTER = r"^tok_"
>>> Sku().analyze("tok_" + "a" * 24, ["PAYMENT_TOKEN"])[0].score
0.9
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern, PatternRecognizer


class ValueRecognizer(PatternRecognizer):
    """A Presidio PatternRecognizer with piimap's column-level metadata."""

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[tuple[Pattern, ...]] = ()
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    PREFILTER: ClassVar[str] = ""
    NEEDS_NAME: ClassVar[bool] = False

    def __init__(self) -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
        )
        self.prefilter = re.compile(self.PREFILTER) if self.PREFILTER else None

    def may_match(self, value: str) -> bool:
        """Cheap test: could this value be this entity? (No prefilter means yes.)"""
        return self.prefilter is None or self.prefilter.search(value) is not None

    def may_match_any(self, values: list[str]) -> bool:
        """Could any of these values be this entity? (:meth:`may_match` of each, to the first.)"""
        return any(map(self.may_match, values))
